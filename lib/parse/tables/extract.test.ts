import { describe, expect, it } from 'vitest';
import { htmlToText } from '../ingest/html-to-text';
import { normalizePlainText } from '../ingest/plain-text';
import { splitLines } from '../text/lines';
import type { ColumnDefaults } from '../periods/column';
import { extractTableFacts } from './extract';
import { readTableLines } from './rows';

const NO_DEFAULTS: ColumnDefaults = { months: null, monthDay: null, fiscalYearEnd: null };

function factsOf(text: string, grid: Parameters<typeof readTableLines>[1] = [], defaults = NO_DEFAULTS) {
  return extractTableFacts(readTableLines(splitLines(text), grid), defaults).map((f) => ({
    metric: f.metric,
    period: `${f.period.months}m ${f.period.end}`,
    value: f.value,
    written: text.slice(f.source.start, f.source.end),
    gaap: f.gaap,
  }));
}

/** The table facts of an HTML snippet, as the parser reads them before prose and merging. */
function htmlTableFacts(html: string, defaults: ColumnDefaults = NO_DEFAULTS) {
  const { text, grid } = htmlToText(html);
  return extractTableFacts(readTableLines(splitLines(text), grid), defaults);
}

describe('a period end in the label cell of a header row', () => {
  it('dates the columns beside a title cell that says "Ended June 30,", where the columns name only lengths and years', () => {
    const facts = htmlTableFacts(`<table>
      <tr><th>MARLOWE FREIGHT CORP.<br>SELECTED DATA<br>Ended June 30, (Unaudited)<br>(Dollars in thousands)</th><th colspan=2>Three Months</th><th colspan=2>Six Months</th></tr>
      <tr><th>OPERATIONS:</th><th>2031</th><th>2030</th><th>2031</th><th>2030</th></tr>
      <tr><th>Total revenues</th><td>17,100</td><td>16,200</td><td>34,900</td><td>29,500</td></tr></table>`).map((f) => [f.metric, `${f.period.months}m ${f.period.end}`, f.value]);
    expect(facts).toEqual([
      ['revenue', '3m 2031-06-30', 17100000],
      ['revenue', '3m 2030-06-30', 16200000],
      ['revenue', '6m 2031-06-30', 34900000],
      ['revenue', '6m 2030-06-30', 29500000],
    ]);
  });

  it('keeps a column its own month where its head names one', () => {
    const facts = htmlTableFacts(`<table>
      <tr><th>Periods Ended June 30, (in thousands)</th><th>Year Ended December 31, 2030</th><th>Six Months Ended June 30, 2031</th></tr>
      <tr><th>Total revenues</th><td>60,100</td><td>34,900</td></tr></table>`).map((f) => [f.metric, `${f.period.months}m ${f.period.end}`, f.value]);
    expect(facts).toEqual([
      ['revenue', '12m 2030-12-31', 60100000],
      ['revenue', '6m 2031-06-30', 34900000],
    ]);
  });
});

describe('footnote marks after a row label', () => {
  it('reads "Profit 1   $ 1,537" as the label "Profit" with its footnote, not a figure of 1', () => {
    const text = normalizePlainText(`
                                        (Dollars in millions except per share data)
                                                        Three Months Ended
                                                             March 31,
                                                        2031           2030
    Operating profit                                    1,855          1,814
    Profit 1                                       $    1,537   $      1,530
    Profit per common share                        $     2.88   $       2.80
    Profit per common share — diluted 2            $     2.86   $       2.77
`);
    expect(factsOf(text)).toEqual([
      { metric: 'operating_income', period: '3m 2031-03-31', value: 1855000000, written: '1,855', gaap: true },
      { metric: 'operating_income', period: '3m 2030-03-31', value: 1814000000, written: '1,814', gaap: true },
      { metric: 'net_income', period: '3m 2031-03-31', value: 1537000000, written: '$    1,537', gaap: true },
      { metric: 'net_income', period: '3m 2030-03-31', value: 1530000000, written: '$      1,530', gaap: true },
      { metric: 'eps', period: '3m 2031-03-31', value: 2.88, written: '$     2.88', gaap: true },
      { metric: 'eps', period: '3m 2030-03-31', value: 2.8, written: '$       2.80', gaap: true },
      { metric: 'eps_diluted', period: '3m 2031-03-31', value: 2.86, written: '$     2.86', gaap: true },
      { metric: 'eps_diluted', period: '3m 2030-03-31', value: 2.77, written: '$       2.77', gaap: true },
    ]);
  });

  it('keeps a lone digit set apart like the figures as a figure', () => {
    const text = normalizePlainText(`
                                    Year Ended December 31,
                                      2031        2030
    Net income                           7           5
`);
    expect(factsOf(text).map((f) => [f.metric, f.period, f.value])).toEqual([
      ['net_income', '12m 2031-12-31', 7],
      ['net_income', '12m 2030-12-31', 5],
    ]);
  });
});

describe('extractTableFacts', () => {
  it('reads "(1,234)" in a thousands table as -1,234,000', () => {
    const text = normalizePlainText(`
                 (In thousands, except per share data)
                                  Three Months Ended
                                     September 30,
                                   1997          1996
Net sales                       $ 10,180       $ 7,790
Net loss                        $ (1,234)      $   567
Net loss per share              $  (0.12)      $  0.05
`);
    expect(factsOf(text)).toEqual([
      { metric: 'revenue', period: '3m 1997-09-30', value: 10180000, written: '$ 10,180', gaap: true },
      { metric: 'revenue', period: '3m 1996-09-30', value: 7790000, written: '$ 7,790', gaap: true },
      { metric: 'net_income', period: '3m 1997-09-30', value: -1234000, written: '$ (1,234)', gaap: true },
      { metric: 'net_income', period: '3m 1996-09-30', value: 567000, written: '$   567', gaap: true },
      { metric: 'eps', period: '3m 1997-09-30', value: -0.12, written: '$  (0.12)', gaap: true },
      { metric: 'eps', period: '3m 1996-09-30', value: 0.05, written: '$  0.05', gaap: true },
    ]);
  });

  it('reads a <pre> table with dot leaders and wrapped labels (Sears, July 2004)', () => {
    const { text, grid } = htmlToText(`<pre>
                                          For the 13         For the 26
                                          Weeks Ended        Weeks Ended
                                        July 3, 2004 and   July 3, 2004 and
                                         June 28, 2003      June 28, 2003
    (millions, except earnings per
     common share)                       2004     2003      2004      2003

              Total revenues             8,781   10,196    16,575    19,076
    Income before income taxes, minority
     interest and cumulative effect of
     change in accounting principle         89      502        64       812
</pre>`);
    expect(factsOf(text, grid)).toEqual([
      { metric: 'revenue', period: '3m 2004-07-03', value: 8781000000, written: '8,781', gaap: true },
      { metric: 'revenue', period: '3m 2003-06-28', value: 10196000000, written: '10,196', gaap: true },
      { metric: 'revenue', period: '6m 2004-07-03', value: 16575000000, written: '16,575', gaap: true },
      { metric: 'revenue', period: '6m 2003-06-28', value: 19076000000, written: '19,076', gaap: true },
      { metric: 'pretax_income', period: '3m 2004-07-03', value: 89000000, written: '89', gaap: true },
      { metric: 'pretax_income', period: '3m 2003-06-28', value: 502000000, written: '502', gaap: true },
      { metric: 'pretax_income', period: '6m 2004-07-03', value: 64000000, written: '64', gaap: true },
      { metric: 'pretax_income', period: '6m 2003-06-28', value: 812000000, written: '812', gaap: true },
    ]);
  });

  it('reads an HTML table whose "$" and ")" sit in cells of their own, skipping percent columns', () => {
    const { text, grid } = htmlToText(`<p>($ in millions, except per share data)</p><table>
      <tr><td></td><td colspan="6">Three Months Ended May 31,</td><td></td></tr>
      <tr><td></td><td colspan="3">2022</td><td colspan="3">2021</td><td>% Change</td></tr>
      <tr><td>Total revenues</td><td>$</td><td>11,840</td><td></td><td>$</td><td>11,227</td><td></td><td>5%</td></tr>
      <tr><td>Net income (loss)</td><td>$</td><td>(3,189</td><td>)</td><td>$</td><td>4,033</td><td></td><td>(179%)</td></tr>
    </table>`);
    expect(factsOf(text, grid)).toEqual([
      { metric: 'revenue', period: '3m 2022-05-31', value: 11840000000, written: '$11,840', gaap: true },
      { metric: 'revenue', period: '3m 2021-05-31', value: 11227000000, written: '$11,227', gaap: true },
      { metric: 'net_income', period: '3m 2022-05-31', value: -3189000000, written: '$(3,189)', gaap: true },
      { metric: 'net_income', period: '3m 2021-05-31', value: 4033000000, written: '$4,033', gaap: true },
    ]);
  });

  it('reads a text row whose change columns say "Up 25%" and "Down 0.5 pts": the values before them are the columns\' own', () => {
    const text = normalizePlainText(`
                                   (In millions)
                                Year Ended December 31,
                                 2031        2030        Change
Revenue                       $ 4,120     $ 3,300      Up 25%
Gross margin                    61.0%       61.5%      Down 0.5 pts
Net income                    $   702     $   498      Up 41%
`);
    expect(factsOf(text)).toEqual([
      { metric: 'revenue', period: '12m 2031-12-31', value: 4120000000, written: '$ 4,120', gaap: true },
      { metric: 'revenue', period: '12m 2030-12-31', value: 3300000000, written: '$ 3,300', gaap: true },
      { metric: 'net_income', period: '12m 2031-12-31', value: 702000000, written: '$   702', gaap: true },
      { metric: 'net_income', period: '12m 2030-12-31', value: 498000000, written: '$   498', gaap: true },
    ]);
  });

  it('reads a 53-week year as twelve months', () => {
    const text = normalizePlainText(`
(in thousands)
                         53 Weeks Ended     52 Weeks Ended
                        February 3, 2024   January 28, 2023
Net sales                   $1,261,057         $1,294,919
`);
    expect(factsOf(text).map((f) => [f.period, f.value])).toEqual([
      ['12m 2024-02-03', 1261057000],
      ['12m 2023-01-28', 1294919000],
    ]);
  });

  it('marks figures in an "As Adjusted" section as not GAAP', () => {
    const text = normalizePlainText(`
(Dollars in thousands)
                           Year Ended December 31,
                             1996         1995
As Reported:
  Net income.............  $5,101       $3,426
As Adjusted:
  Net income.............  $4,798       $3,156
`);
    expect(factsOf(text).map((f) => [f.value, f.gaap])).toEqual([
      [5101000, true],
      [3426000, true],
      [4798000, false],
      [3156000, false],
    ]);
  });

  it('finds no figures in a table of physical units', () => {
    const text = normalizePlainText(`
                  Year Ended December 31
                    1995        1994
Copper (tons)
  Sales           323,300     326,600
`);
    expect(factsOf(text)).toEqual([]);
  });

  it('reads a header row whose first cell is the caption of units, the periods beside it', () => {
    const { text, grid } = htmlToText(`<table>
      <tr><td>($ in millions, except per share data)</td><td>Q3 FY25</td><td>Q2 FY25</td><td>Q3 FY24</td><td>Y/Y</td></tr>
      <tr><td>Revenue</td><td>$812</td><td>$790</td><td>$701</td><td>16%</td></tr>
      <tr><td>Diluted earnings per share</td><td>$0.41</td><td>$0.38</td><td>$0.30</td><td>37%</td></tr>
    </table>`);
    // A fiscal year ending January 31, a month end: its quarters end on month ends too.
    const facts = factsOf(text, grid, { months: null, monthDay: null, fiscalYearEnd: [1, 31] }).map((f) => [f.metric, f.period, f.value]);
    expect(facts).toEqual([
      ['revenue', '3m 2024-10-31', 812000000],
      ['revenue', '3m 2024-07-31', 790000000],
      ['revenue', '3m 2023-10-31', 701000000],
      ['eps_diluted', '3m 2024-10-31', 0.41],
      ['eps_diluted', '3m 2024-07-31', 0.38],
      ['eps_diluted', '3m 2023-10-31', 0.3],
    ]);
  });

  it('names each segment of a segment table, and takes the total of its segments as the consolidated figure', () => {
    const facts = htmlTableFacts(`<p>Information for our reportable segments (in thousands)</p><table>
      <tr><td></td><td>Three Months Ended March 31,</td></tr>
      <tr><td></td><td>2031</td><td>2030</td></tr>
      <tr><td>Net sales:</td></tr>
      <tr><td>Retail</td><td>$500</td><td>$450</td></tr>
      <tr><td>Wholesale</td><td>300</td><td>280</td></tr>
      <tr><td>Total net sales</td><td>$800</td><td>$730</td></tr></table>`).map((f) => [f.metric, f.period.end, f.value, f.segment]);
    expect(facts).toEqual([
      ['revenue', '2031-03-31', 500000, 'Retail'],
      ['revenue', '2030-03-31', 450000, 'Retail'],
      ['revenue', '2031-03-31', 300000, 'Wholesale'],
      ['revenue', '2030-03-31', 280000, 'Wholesale'],
      ['revenue', '2031-03-31', 800000, null],
      ['revenue', '2030-03-31', 730000, null],
    ]);
  });

  it("names a one-segment table's figures by the segment its title names, as written, not by the title's other words", () => {
    const facts = htmlTableFacts(`<p>MARINE & RAIL SYSTEMS</p><p>(Millions of dollars)</p><p>Segment Sales</p><table>
      <tr><td></td><td>Three Months Ended September 30, 2030</td><td>Three Months Ended September 30, 2031</td></tr>
      <tr><td>Total Sales</td><td>$1,240</td><td>$1,385</td></tr></table>`).map((f) => [f.metric, f.period.end, f.value, f.segment]);
    expect(facts).toEqual([
      ['revenue', '2030-09-30', 1240000000, 'MARINE & RAIL SYSTEMS'],
      ['revenue', '2031-09-30', 1385000000, 'MARINE & RAIL SYSTEMS'],
    ]);
  });

  it('takes the consolidated row of a segment table as the consolidated figure, and no sentence above it as a segment', () => {
    const facts = htmlTableFacts(`<p>Sales rose in each of the company's three largest segments</p><p>Sales and Revenues by Segment</p><table>
      <tr><td>(Millions of dollars)</td><td>Three Months Ended September 30, 2030</td><td>Three Months Ended September 30, 2031</td></tr>
      <tr><td>Consolidated Sales and Revenues</td><td>$9,020</td><td>$9,875</td></tr></table>`).map((f) => [f.metric, f.period.end, f.value, f.segment]);
    expect(facts).toEqual([
      ['revenue', '2030-09-30', 9020000000, null],
      ['revenue', '2031-09-30', 9875000000, null],
    ]);
  });

  it('names segments by column heads set a blank line above the years, the consolidated column none', () => {
    const text = normalizePlainText(`
    Segment Results
    (millions)

    For the 13 Weeks Ended April 2, 2033 and April 3, 2032

                         Stores           Online         Consolidated

                      2033     2032     2033     2032     2033     2032

    Net sales        $ 410    $ 395    $ 120    $  98    $ 530    $ 493
`);
    expect(factsOf(text).map((f) => [f.period, f.value])).toEqual([
      ['3m 2033-04-02', 410000000], ['3m 2032-04-03', 395000000], ['3m 2033-04-02', 120000000],
      ['3m 2032-04-03', 98000000], ['3m 2033-04-02', 530000000], ['3m 2032-04-03', 493000000],
    ]);
    const segments = extractTableFacts(readTableLines(splitLines(text), []), NO_DEFAULTS).map((f) => f.segment);
    expect(segments).toEqual(['Stores', 'Stores', 'Online', 'Online', null, null]);
  });

  it('reads a money row under a section of physical units, but no "Sales" counted in tons', () => {
    expect(htmlTableFacts(`<table><tr><td></td><td>Three Months Ended June 30,</td></tr>
      <tr><td></td><td>2031</td><td>2030</td></tr>
      <tr><td>Tons sold:</td></tr>
      <tr><td>Sales</td><td>412</td><td>398</td></tr>
      <tr><td>Gross margin</td><td>$30,145</td><td>$30,403</td></tr></table>`).map((f) => [f.metric, f.period.end, f.value])).toEqual([
      ['gross_profit', '2031-06-30', 30145],
      ['gross_profit', '2030-06-30', 30403],
    ]);
  });

  it('takes a period length from the label cell of a header row that dates the columns', () => {
    // The release's own period is nine months: without the label cell, the columns would be read so.
    const facts = htmlTableFacts(`<table><tr><td>Three Months Ended</td><td>Sept. 30, 2031</td><td>Sept. 30, 2030</td></tr>
      <tr><td>Net income</td><td>$79,239</td><td>$74,074</td></tr></table>`, { months: 9, monthDay: [9, 30], fiscalYearEnd: [12, 31] });
    expect(facts.map((f) => [f.metric, `${f.period.months}m ${f.period.end}`, f.value])).toEqual([
      ['net_income', '3m 2031-09-30', 79239],
      ['net_income', '3m 2030-09-30', 74074],
    ]);
  });

  it('reads column heads set in a table of their own, the caption in their first cell heading no column', () => {
    const facts = htmlTableFacts(`<table><tr><td>(Dollars in thousands)</td><td>Three Months</td><td>Six Months</td></tr>
      <tr><td></td><td>2031</td><td>2030</td><td>2031</td><td>2030</td></tr></table>
      <table><tr><td>Revenues</td><td>87,761</td><td>82,581</td><td>167,767</td><td>152,340</td></tr></table>`, { months: null, monthDay: [6, 30], fiscalYearEnd: [12, 31] });
    expect(facts.map((f) => [f.metric, `${f.period.months}m ${f.period.end}`, f.value])).toEqual([
      ['revenue', '3m 2031-06-30', 87761000],
      ['revenue', '3m 2030-06-30', 82581000],
      ['revenue', '6m 2031-06-30', 167767000],
      ['revenue', '6m 2030-06-30', 152340000],
    ]);
  });

  describe('tables as PDF-to-text lays them out', () => {
    const facts = (text: string) => factsOf(normalizePlainText(text), [], { months: 3, monthDay: null, fiscalYearEnd: [12, 31] }).map((f) => [f.metric, f.period, f.value]);

    it('reads figures whose columns drift from the header by several characters', () => {
      const text = `
                         (in thousands)
                                     Three Months Ended March 31,
                                        2031            2030
Net sales                                  $ 1,234         $ 1,100
     Net income                                   120              95
`;
      expect(facts(text)).toEqual([
        ['revenue', '3m 2031-03-31', 1234000],
        ['revenue', '3m 2030-03-31', 1100000],
        ['net_income', '3m 2031-03-31', 120000],
        ['net_income', '3m 2030-03-31', 95000],
      ]);
    });

    it('reads a label that wraps below its figures, and a month whose day went to the next line', () => {
      const text = `
                       Three months ended April
                                 30,
                          2031           2030
 Net sales              5,210          4,980
 Income from
                          610            544
 Operations
`;
      expect(facts(text)).toEqual([
        ['revenue', '3m 2031-04-30', 5210],
        ['revenue', '3m 2030-04-30', 4980],
        ['operating_income', '3m 2031-04-30', 610],
        ['operating_income', '3m 2030-04-30', 544],
      ]);
    });

    it('reads rows of dollar amounts one space apart, the length of the first header over both dates', () => {
      const text = `
(in thousands, except per share data)

For the three months ended June 30, 2031 June 30, 2030

Sales $2,410 $2,115

EPS $0.12 $0.07
`;
      // A year-end release: a column that names no length of its own would be read as twelve months.
      const yearEnd = factsOf(normalizePlainText(text), [], { months: 12, monthDay: [6, 30], fiscalYearEnd: [6, 30] }).map((f) => [f.metric, f.period, f.value]);
      expect(yearEnd).toEqual([
        ['revenue', '3m 2031-06-30', 2410000],
        ['revenue', '3m 2030-06-30', 2115000],
        ['eps', '3m 2031-06-30', 0.12],
        ['eps', '3m 2030-06-30', 0.07],
      ]);
    });

    it('keeps a sentence that ends in two sums running text', () => {
      const line = 'In the first half the two largest customers of the company together bought goods worth $33.3 $61.7';
      expect(readTableLines(splitLines(line), []).map((l) => l.kind)).toEqual(['prose']);
    });

    it('reads a line longer than any table row as running text, however many figures end it', () => {
      const line = `Net sales      ${'$ 1,234     '.repeat(200)}`;
      expect(readTableLines(splitLines(line), []).map((l) => [l.kind, l.values.length])).toEqual([['prose', 0]]);
      expect(factsOf(line)).toEqual([]);
    });

    it('reads column headers run together with single spaces', () => {
      const text = `
            Three Months Ended September 30, Nine Months Ended September 30,
                       2031 2030           2031 2030
Revenues              812  790          2,301  2,150
`;
      expect(facts(text)).toEqual([
        ['revenue', '3m 2031-09-30', 812],
        ['revenue', '3m 2030-09-30', 790],
        ['revenue', '9m 2031-09-30', 2301],
        ['revenue', '9m 2030-09-30', 2150],
      ]);
    });
  });
});

describe('a note set above a column header', () => {
  it('lends the column none of its years', () => {
    const html = `<table>
      <tr><td>(A) Restated for ASU 2029-01, which changed the way the Company counts its leases.</td></tr>
      <tr><td></td><td>Three Months Ended</td></tr>
      <tr><td></td><td>April 27,</td></tr>
      <tr><td></td><td>2031</td></tr>
      <tr><td>($ in millions)</td></tr>
      <tr><td>GAAP gross profit</td><td>$26,668</td></tr>
    </table>`;
    expect(htmlTableFacts(html).map((f) => [f.metric, `${f.period.months}m ${f.period.end}`, f.value])).toEqual([['gross_profit', '3m 2031-04-27', 26_668_000_000]]);
  });
});
