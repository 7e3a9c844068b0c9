import { describe, expect, it } from 'vitest';
import { parseRelease } from '../index';
import { readPlainText } from './plain-text';
import type { GridRow } from './html-to-text';
import { readTextTables } from './text-tables';

// One small statement, written four ways an analyst may paste it. Figures in thousands.
const STORY = 'DENVER, Colorado, August 2, 2023 -- Pinecrest Tools Inc. (NASDAQ: PCTL) today reported results for its second quarter.';
const TITLE = ['PINECREST TOOLS INC.', 'CONDENSED STATEMENTS OF OPERATIONS', '(in thousands, except per share data)'];

/** Chromium's innerText of the table: one cell per line, "$" and ")" in cells of their own. */
const ONE_CELL_PER_LINE = [
  STORY, ...TITLE,
  'Three Months Ended', 'June 30,', '2023', '% of sales', '2022', '% of sales',
  'Net sales', '$', '12,345', '100%', '$', '11,000', '100%',
  'Operating income (loss)', '(1,200', ')', '(10%)', '950', '9%',
  'Earnings per share:',
  'Diluted', '$', '(0.21', ')', '$', '0.18',
].join('\n');

/** The same copy where cells hold blocks: cells parted by a tab on a line of its own. */
const BLOCK_CELLS = [
  STORY, ...TITLE,
  '\u00a0\n\t\nThree Months Ended\n\t\n\u00a0',
  '\u00a0\n\t\nJune 30,',
  '\u00a0\n\t\n2023\n\t\n% of sales\n\t\n2022\n\t\n% of sales',
  'Net sales\n\t\n$\n\t\n12,345\n\t\n100%\n\t\n$\n\t\n11,000\n\t\n100%',
  'Operating income (loss)\n\t\n(1,200)\n\t\n(10%)\n\t\n950\n\t\n9%',
  'Earnings per share:',
  'Diluted\n\t\n$\n\t\n(0.21)\n\t\n$\n\t\n0.18',
].join('\n\n');

/** A row per line, cells apart by tabs (a spreadsheet or a simple table copied). */
const TAB_ROWS = [
  STORY, ...TITLE,
  '\tThree Months Ended',
  '\tJune 30,',
  '\t2023\t% of sales\t2022\t% of sales',
  'Net sales\t$12,345\t100%\t$11,000\t100%',
  'Operating income (loss)\t(1,200)\t(10%)\t950\t9%',
  'Earnings per share:',
  'Diluted\t$(0.21)\t\t$0.18\t',
].join('\n');

/** A markdown pipe table. */
const PIPE_TABLE = [
  STORY, '', ...TITLE, '',
  '| | Three Months Ended June 30, 2023 | % of sales | Three Months Ended June 30, 2022 | % of sales |',
  '|---|---:|---:|---:|---:|',
  '| Net sales | $12,345 | 100% | $11,000 | 100% |',
  '| Operating income (loss) | (1,200) | (10%) | 950 | 9% |',
  '| Earnings per share: | | | | |',
  '| Diluted | $(0.21) | | $0.18 | |',
].join('\n');

/** A newswire's text copy: the whole table run into one line, cells apart by single spaces. */
const RUN_ON = [
  STORY, '',
  [
    ...TITLE, 'Three Months Ended June 30, 2023 % of sales 2022 % of sales',
    'Net sales $ 12,345 100% $ 11,000 100%', 'Operating income (loss) (1,200) (10%) 950 9%',
    'Earnings per share: Diluted $ (0.21) $ 0.18',
  ].join(' '),
].join('\n');

/** The facts the parser reads from table rows (of one metric, when named). */
function tableFacts(text: string, metric?: string) {
  return parseRelease(text)
    .metrics.filter((m) => m.rule.startsWith('metrics/table-row') && (metric === undefined || m.metric === metric))
    .map((m) => ({ metric: m.metric, period: `${m.period.months}m ${m.period.end}`, value: m.value, gaap: m.gaap }));
}

/** Grid rows as [text, column, span] per cell. */
const placed = (rows: GridRow[]) => rows.map((row) => row.cells.map((c) => [c.text, c.col, c.span]));

// Read by hand off the statement above: thousands applied, brackets negative, percent columns no values.
const EXPECTED = [
  { metric: 'revenue', period: '3m 2023-06-30', value: 12345000, gaap: true },
  { metric: 'revenue', period: '3m 2022-06-30', value: 11000000, gaap: true },
  { metric: 'operating_income', period: '3m 2023-06-30', value: -1200000, gaap: true },
  { metric: 'operating_income', period: '3m 2022-06-30', value: 950000, gaap: true },
  { metric: 'eps_diluted', period: '3m 2023-06-30', value: -0.21, gaap: true },
  { metric: 'eps_diluted', period: '3m 2022-06-30', value: 0.18, gaap: true },
];

describe('tables pasted as text', () => {
  it.each([
    ['one cell per line', ONE_CELL_PER_LINE],
    ['cells parted by tabs on lines of their own', BLOCK_CELLS],
    ['rows of tab-separated cells', TAB_ROWS],
    ['a markdown pipe table', PIPE_TABLE],
    ['a table run into one line', RUN_ON],
  ])('reads %s as the statement it is', (_, text) => {
    expect(tableFacts(text)).toEqual(EXPECTED);
  });

  it('rebuilds one-cell-per-line rows as grid rows, each header cell from its money column to the next', () => {
    const { grid } = readTextTables(ONE_CELL_PER_LINE);
    expect(placed(grid)).toEqual([
      [['Three Months Ended', 1, 4]],
      [['June 30,', 1, 4]],
      [['2023', 1, 2], ['2022', 3, 2]],
      [['Net sales', 0, 1], ['$12,345', 1, 1], ['100%', 2, 1], ['$11,000', 3, 1], ['100%', 4, 1]],
      [['Operating income (loss)', 0, 1], ['(1,200)', 1, 1], ['(10%)', 2, 1], ['950', 3, 1], ['9%', 4, 1]],
      [['Earnings per share:', 0, 1]],
      [['Diluted', 0, 1], ['$(0.21)', 1, 1], ['$0.18', 3, 1]],
    ]);
  });

  it('keeps a total row without a label a row of its own', () => {
    const text = ['\t2023\t2022', 'Selling\t7,200\t6,900', 'General and administrative\t1,300\t1,250', '\t8,500\t8,150', 'Operating income\t5,400\t6,400'].join('\n');
    expect(readTextTables(text).grid.map((row) => row.cells.map((c) => [c.text, c.col]))).toEqual([
      [['2023', 1], ['2022', 2]],
      [['Selling', 0], ['7,200', 1], ['6,900', 2]],
      [['General and administrative', 0], ['1,300', 1], ['1,250', 2]],
      [['', 0], ['8,500', 1], ['8,150', 2]],
      [['Operating income', 0], ['5,400', 1], ['6,400', 2]],
    ]);
  });

  it('takes a page number under a table of tab-parted rows for no figure of its last row', () => {
    const text = [
      STORY, ...TITLE,
      '\tThree Months Ended June 30,\t\tSix Months Ended June 30,',
      '\t2023\t\t2022\t\t2023\t\t2022',
      'Net sales\t$\t12,345\t\t$\t11,000\t\t$\t24,020\t\t$\t21,400',
      'Net income\t$\t1,010\t\t$\t880\t\t$\t1,950\t\t$\t1,640',
      '', '', '7', '', '',
      'PINECREST TOOLS INC.', 'BALANCE SHEETS',
    ].join('\n');
    expect(tableFacts(text)).toEqual([
      { metric: 'revenue', period: '3m 2023-06-30', value: 12345000, gaap: true },
      { metric: 'revenue', period: '3m 2022-06-30', value: 11000000, gaap: true },
      { metric: 'revenue', period: '6m 2023-06-30', value: 24020000, gaap: true },
      { metric: 'revenue', period: '6m 2022-06-30', value: 21400000, gaap: true },
      { metric: 'net_income', period: '3m 2023-06-30', value: 1010000, gaap: true },
      { metric: 'net_income', period: '3m 2022-06-30', value: 880000, gaap: true },
      { metric: 'net_income', period: '6m 2023-06-30', value: 1950000, gaap: true },
      { metric: 'net_income', period: '6m 2022-06-30', value: 1640000, gaap: true },
    ]);
  });

  it('splits a total without a label off the row before it, one cell per line', () => {
    const text = ['Year Ended December 31,', '2023', '2022', 'Selling', '7,200', '6,900', 'General and administrative', '1,300', '1,250', '8,500', '8,150', 'Operating income', '5,400', '6,400'].join('\n');
    expect(readTextTables(text).grid.slice(2).map((row) => row.cells.map((c) => [c.text, c.col]))).toEqual([
      [['Selling', 0], ['7,200', 1], ['6,900', 2]],
      [['General and administrative', 0], ['1,300', 1], ['1,250', 2]],
      [['', 0], ['8,500', 1], ['8,150', 2]],
      [['Operating income', 0], ['5,400', 1], ['6,400', 2]],
    ]);
  });

  it('ends the header block at a title that names a period among other words: the date and headline stay text', () => {
    const text = ['April 28, 2031', 'Pellridge Reports First-Quarter 2031 Results', 'First Quarter', '($ in billions)', '2031', '2030', 'Sales', '$13.6', '$11.9', 'Profit', '1.2', '1.1'].join('\n');
    const { text: out, grid } = readTextTables(text);
    expect(out.split('\n').slice(0, 2)).toEqual(['April 28, 2031', 'Pellridge Reports First-Quarter 2031 Results']);
    expect(grid[0]!.cells.map((c) => c.text)).toEqual(['First Quarter']);
  });

  it('ends the header block at a title that names two years: the columns are read from the headers below it, the title stays text', () => {
    // Lengths and years in cells of their own under a title naming the whole table's periods.
    const text = [
      'MARLOWE FREIGHT CORP.',
      'Three and Nine Months Ended September 30, 2011 and 2010',
      '\t\t', 'Three Months', '\t\t', 'Nine Months', '',
      '\t\t', '2011', '\t\t', '2010', '\t\t', '2011', '\t\t', '2010', '',
      'Revenues\t\t$8,120\t\t$7,400\t\t$23,900\t\t$21,050',
      'Operating income\t\t610\t\t540\t\t1,770\t\t1,520',
      'Net income\t\t$402\t\t$355\t\t$1,160\t\t$990',
    ].join('\n');
    const { text: out, grid } = readTextTables(text);
    expect(out.split('\n').slice(0, 2)).toEqual(['MARLOWE FREIGHT CORP.', 'Three and Nine Months Ended September 30, 2011 and 2010']);
    expect(placed(grid.slice(0, 2))).toEqual([
      [['Three Months', 1, 2], ['Nine Months', 3, 2]],
      [['2011', 1, 1], ['2010', 2, 1], ['2011', 3, 1], ['2010', 4, 1]],
    ]);
    expect(tableFacts(text, 'revenue')).toEqual([
      { metric: 'revenue', period: '3m 2011-09-30', value: 8120, gaap: true },
      { metric: 'revenue', period: '3m 2010-09-30', value: 7400, gaap: true },
      { metric: 'revenue', period: '9m 2011-09-30', value: 23900, gaap: true },
      { metric: 'revenue', period: '9m 2010-09-30', value: 21050, gaap: true },
    ]);
  });

  it('heads the columns with dates of two-digit years ("9/30/11"), as with years', () => {
    const text = [
      'HOLLIS BRAKE CO.',
      '\tThree Months Ended\tNine Months Ended',
      '\t9/30/11\t9/30/10\t9/30/11\t9/30/10',
      'Revenues\t$2,310,500\t$2,150,000\t$6,640,250\t$6,020,900',
      'Operating income\t140,300\t122,800\t401,100\t377,600',
      'Net income\t$88,400\t$79,900\t$250,700\t$231,050',
    ].join('\n');
    expect(placed(readTextTables(text).grid.slice(0, 2))).toEqual([
      [['Three Months Ended', 1, 2], ['Nine Months Ended', 3, 2]],
      [['9/30/11', 1, 1], ['9/30/10', 2, 1], ['9/30/11', 3, 1], ['9/30/10', 4, 1]],
    ]);
    expect(tableFacts(text, 'net_income')).toEqual([
      { metric: 'net_income', period: '3m 2011-09-30', value: 88400, gaap: true },
      { metric: 'net_income', period: '3m 2010-09-30', value: 79900, gaap: true },
      { metric: 'net_income', period: '9m 2011-09-30', value: 250700, gaap: true },
      { metric: 'net_income', period: '9m 2010-09-30', value: 231050, gaap: true },
    ]);
  });

  it('spreads a quarter\'s and a year\'s heads over runs of columns that start again at the current period', () => {
    // Three quarter columns (this one, the one before, a year ago), then two year columns.
    const text = [
      'LARKSPUR DEVICES, INC.',
      '(In millions)',
      '\tThree Months Ended\tTwelve Months Ended',
      '\tJanuary 26,\tOctober 27,\tJanuary 28,\tJanuary 26,\tJanuary 28,',
      '\t2031\t2030\t2030\t2031\t2030',
      'Revenue\t$\t3,100\t$\t2,900\t$\t2,200\t$\t11,400\t$\t8,300',
      'Net income\t$\t610\t$\t580\t$\t400\t$\t2,250\t$\t1,500',
    ].join('\n');
    expect(placed(readTextTables(text).grid.slice(0, 1))).toEqual([[['Three Months Ended', 1, 3], ['Twelve Months Ended', 4, 2]]]);
    expect(tableFacts(text, 'net_income')).toEqual([
      { metric: 'net_income', period: '3m 2031-01-26', value: 610000000, gaap: true },
      { metric: 'net_income', period: '3m 2030-10-27', value: 580000000, gaap: true },
      { metric: 'net_income', period: '3m 2030-01-28', value: 400000000, gaap: true },
      { metric: 'net_income', period: '12m 2031-01-26', value: 2250000000, gaap: true },
      { metric: 'net_income', period: '12m 2030-01-28', value: 1500000000, gaap: true },
    ]);
  });

  it('heads the columns with fiscal quarters ("Q2 FY31") beside change columns', () => {
    const text = [
      'Second Quarter Fiscal 2031 Summary',
      '($ in millions, except earnings',
      'per share)\tQ2 FY31\tQ1 FY31\tQ2 FY30\tQ/Q\tY/Y',
      'Revenue\t$4,120\t$3,980\t$3,300\tUp 4%\tUp 25%',
      'Operating income\t$910\t$870\t$640\tUp 5%\tUp 42%',
      'Net income\t$702\t$655\t$498\tUp 7%\tUp 41%',
    ].join('\n');
    expect(readTextTables(text).grid[0]!.cells.map((c) => [c.text, c.col])).toEqual([['Q2 FY31', 1], ['Q1 FY31', 2], ['Q2 FY30', 3]]);
  });

  it('gives each column its own head when the header names one per column, periods among other heads', () => {
    // A bridge from one year's sales to the next: the middle columns are changes, not periods.
    const text = [
      'Sales by Segment',
      '(Millions of dollars)\tFirst Quarter 2030\tSales Volume\tPrice Realization\tCurrency\tFirst Quarter 2031\t% Change',
      'Turbines\t$2,400\t$310\t$95\t$(40)\t$2,765\t15%',
      'Pumps\t1,180\t60\t22\t(18)\t1,244\t5%',
      'Total Sales\t$3,580\t$370\t$117\t$(58)\t$4,009\t12%',
    ].join('\n');
    expect(readTextTables(text).grid[0]!.cells.map((c) => [c.text, c.col])).toEqual([
      ['First Quarter 2030', 1], ['Sales Volume', 2], ['Price Realization', 3], ['Currency', 4], ['First Quarter 2031', 5], ['% Change', 6],
    ]);
    // The total's two periods, in millions; the change columns give no values.
    const totals = parseRelease(text).metrics.filter((m) => m.rule.startsWith('metrics/table')).map((m) => [m.metric, m.value, m.period.end.slice(0, 4)]);
    expect(totals).toEqual([['revenue', 3580000000, '2030'], ['revenue', 4009000000, '2031']]);
  });

  it('leaves fixed-width text alone: a page number under a paragraph is no table', () => {
    const text = [
      'The company moved its offices to a building it owns, and it expects',
      'the move to lower its rent by about half over the next two years.',
      '2',
      'It also agreed with its lender on new terms for its revolving loan,',
      'which now runs to the end of next year.',
      '3',
      'Net sales        $ 1,234     $ 1,100',
      'Net income           120          95',
    ].join('\n');
    expect(readTextTables(text).grid).toEqual([]);
  });
});

describe('a pasted statement labelled in the us-gaap taxonomy', () => {
  it('reads each concept or standard label as its metric, GAAP, scaled by the caption', () => {
    const text = [
      'BOSTON, May 4, 2031 -- Harrow Instruments Inc. (NYSE: HRW) today reported first-quarter results.',
      '',
      'HARROW INSTRUMENTS INC. (in millions, except per share amounts)',
      '',
      '| | Three Months Ended March 31, 2031 | Three Months Ended March 31, 2030 |',
      '|---|---:|---:|',
      '| Revenue from Contract with Customer, Excluding Assessed Tax | $412.5 | $388.0 |',
      '| us-gaap:NetIncomeLoss | 31.2 | 27.9 |',
      '| us-gaap:EarningsPerShareDiluted | 0.52 | 0.47 |',
    ].join('\n');
    expect(tableFacts(text)).toEqual([
      { metric: 'revenue', period: '3m 2031-03-31', value: 412_500_000, gaap: true },
      { metric: 'revenue', period: '3m 2030-03-31', value: 388_000_000, gaap: true },
      { metric: 'net_income', period: '3m 2031-03-31', value: 31_200_000, gaap: true },
      { metric: 'net_income', period: '3m 2030-03-31', value: 27_900_000, gaap: true },
      { metric: 'eps_diluted', period: '3m 2031-03-31', value: 0.52, gaap: true },
      { metric: 'eps_diluted', period: '3m 2030-03-31', value: 0.47, gaap: true },
    ]);
  });
});

describe('a table run into one line', () => {
  it('parts the column dates run on after a length ("Nine Months Ended October 1, October 2, …")', () => {
    const line = [
      'LINDQVIST AUDIO CORP. STATEMENTS OF INCOME (In thousands) (Unaudited)',
      'Three Months Ended Nine Months Ended October 1, October 2, October 1, October 2, 2033 2032 2033 2032',
      'Net sales $ 4,100 $ 3,900 $ 12,200 $ 11,700',
      'Gross profit 1,500 1,420 4,400 4,210',
      'Net income 300 280 900 850',
    ].join(' ');
    expect(tableFacts(`${STORY}\n\n${line}`, 'revenue')).toEqual([
      { metric: 'revenue', period: '3m 2033-10-01', value: 4100000, gaap: true },
      { metric: 'revenue', period: '3m 2032-10-02', value: 3900000, gaap: true },
      { metric: 'revenue', period: '9m 2033-10-01', value: 12200000, gaap: true },
      { metric: 'revenue', period: '9m 2032-10-02', value: 11700000, gaap: true },
    ]);
  });

  it('keeps a title\'s years ("June 30, 2031 and 2030") in its words, and parts two lengths run together', () => {
    const line = [
      'DORVAL MILLS INC. CONSOLIDATED STATEMENTS OF INCOME Three and Six Months Ended June 30, 2031 and 2030 (Unaudited)',
      'Three Months Six Months 2031 2030 2031 2030',
      'Net sales $5,000,000 $4,000,000 $9,800,000 $8,100,000',
      'Operating income 700,000 650,000 1,300,000 1,200,000',
      'Net income $410,000 $380,000 $800,000 $720,000',
    ].join(' ');
    expect(tableFacts(`${STORY}\n\n${line}`, 'revenue')).toEqual([
      { metric: 'revenue', period: '3m 2031-06-30', value: 5000000, gaap: true },
      { metric: 'revenue', period: '3m 2030-06-30', value: 4000000, gaap: true },
      { metric: 'revenue', period: '6m 2031-06-30', value: 9800000, gaap: true },
      { metric: 'revenue', period: '6m 2030-06-30', value: 8100000, gaap: true },
    ]);
  });

  it('leaves a wide fixed-width statement as it is laid out: each year stays over its column', () => {
    // PDF-to-text keeps the page's layout: lines padded far to the right, indented sub-rows.
    const pad = (label: string, cells: string[], at: number) => label.padEnd(at) + cells.map((c) => c.padStart(18)).join('');
    const text = [
      'TAMSIN OPTICS INC.',
      '',
      pad('', ['THREE MONTHS ENDED', '', 'NINE MONTHS ENDED', ''], 70),
      pad('', ['June 25,', 'June 26,', 'June 25,', 'June 26,'], 70),
      pad('', ['2033', '2032', '2033', '2032'], 70),
      '',
      pad('Net sales', ['$ 4,210', '$ 3,870', '$ 12,540', '$ 11,020'], 70),
      pad('          Gross margin', ['1,350', '1,190', '4,020', '3,510'], 70),
    ].join('\n');
    // As laid out, less the spaces at line ends.
    expect(readPlainText(text).text).toBe(text.replace(/ +$/gm, ''));
    expect(tableFacts(`${text}\n`, 'revenue')).toEqual([
      { metric: 'revenue', period: '3m 2033-06-25', value: 4210, gaap: true },
      { metric: 'revenue', period: '3m 2032-06-26', value: 3870, gaap: true },
      { metric: 'revenue', period: '9m 2033-06-25', value: 12540, gaap: true },
      { metric: 'revenue', period: '9m 2032-06-26', value: 11020, gaap: true },
    ]);
  });

  it('parts a change column\'s head from the first row, and reads "n/m" as a placeholder, not words', () => {
    const line = [
      'Year Ended December 31, 2030 2029 % Change',
      'Revenues $ 48,200 $ 45,100 6.9 %', 'Operating income (2,300 ) 1,100 n/m', 'Net income (loss) (1,900 ) 800 n/m',
    ].join(' ');
    expect(readTextTables(line).grid.map((row) => row.cells.map((c) => c.text))).toEqual([
      ['Year Ended December 31,'],
      ['2030', '2029'],
      ['Revenues', '$48,200', '$45,100', '6.9%'],
      ['Operating income', '(2,300)', '1,100', 'n/m'],
      ['Net income (loss)', '(1,900)', '800', 'n/m'],
    ]);
  });

  it('keeps the sentences before and after a table in the same line as text', () => {
    const before = 'Sales to one distributor were 12.5% and 11.8% of revenue in 2030 and 2029. The table below sets forth revenue by year.';
    const table = 'Year Ended December 31, 2030 2029 Revenues $ 48,200 $ 45,100 Operating income 2,300 1,100 Net income 1,900 800';
    const after = 'The Company expects revenue in 2031 to be between $50 million and $52 million, with operating income of about $2.5 million.';
    const { text } = readTextTables(`${before} ${table} ${after}`);
    expect(text.split('\n').filter((l) => l.trim() !== '')).toEqual([
      before,
      'Year Ended December 31,',
      '2030 | 2029',
      'Revenues | $48,200 | $45,100',
      'Operating income | 2,300 | 1,100',
      'Net income | 1,900 | 800',
      after,
    ]);
  });

  it('leaves a long sentence with figures in it alone', () => {
    const sentence =
      'Revenues rose to $48.2 million from $45.1 million, while operating income fell to $1.1 million from $2.3 million, and the company ended the year with $12.0 million in cash and no debt.';
    expect(readTextTables(sentence)).toEqual({ text: sentence, grid: [] });
  });
});

// What these check is that nothing overflows, not how fast: about 3 s alone, longer beside the rest
// of the suite on two cores (speed is `npm run bench`'s to measure).
const HUGE_TABLE_MS = 30_000;

describe('pasted tables of any size', () => {
  it.each([
    ['one cell per line', 'A\n1\n2\n'],
    ['run into one line', 'A 1 2 '],
  ])('rebuilds a 1 MB table %s, 150,000 rows and more, without overflowing the stack', (_, row) => {
    const text = row.repeat(Math.ceil(1_000_000 / row.length));
    const { grid } = readTextTables(text);
    expect(grid.length).toBe(Math.ceil(1_000_000 / row.length));
    expect([grid[0], grid.at(-1)].map((r) => r!.cells.map((c) => c.text))).toEqual([['A', '1', '2'], ['A', '1', '2']]);
  }, HUGE_TABLE_MS);
});
