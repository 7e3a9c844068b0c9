import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParsedReleaseSchema } from '@/lib/domain/release';
import { parseRelease } from '.';
import { FACT_LIMITS } from './configuration';

const SEED = readFileSync(path.join(__dirname, '..', '..', 'public', 'samples', 'american-locker-2005.txt'));

const brief = (r: ReturnType<typeof parseRelease>) =>
  r.metrics.map((m) => ({ metric: m.metric, end: m.period.end, months: m.period.months, value: m.value, derived: m.derived }));

describe('parseRelease on the seed release (American Locker Group, July 27, 2005)', () => {
  const parsed = parseRelease(new Uint8Array(SEED));

  it('reads the header', () => {
    expect(parsed.company).toMatchObject({ name: 'American Locker Group Incorporated', ticker: 'ALGIE', exchange: 'NASDAQ' });
    expect(parsed.releaseDate).toBe('2005-07-27');
    expect(parsed.headline?.text).toBe('ANNUAL REPORT ON FORM 10-K FILED; RESULTS FOR 2004 ANNOUNCED');
    expect(parsed.dateline?.text).toMatch(/^JAMESTOWN, +NY- +\(BUSINESS +WIRE\) +July +27, +2005$/);
    expect(parsed.contacts).toEqual([{ name: 'Edward F. Ruttenberg', phone: '(412) 422-2377', email: null, source: expect.any(Object) }]);
  });

  it('reads all eight figures of 2004 and 2003, deriving the two the release gives only as a change', () => {
    // By hand from the release: net sales $49,023,417, up $9,766,979 (so 2003: $39,256,438);
    // pre-tax $3,545,379 -> $4,500,938; net income $2,147,132 -> $2,702,948; diluted EPS $1.73, up $0.35.
    expect(brief(parsed)).toEqual([
      { metric: 'revenue', end: '2004-12-31', months: 12, value: 49023417, derived: false },
      { metric: 'pretax_income', end: '2003-12-31', months: 12, value: 3545379, derived: false },
      { metric: 'pretax_income', end: '2004-12-31', months: 12, value: 4500938, derived: false },
      { metric: 'net_income', end: '2003-12-31', months: 12, value: 2147132, derived: false },
      { metric: 'net_income', end: '2004-12-31', months: 12, value: 2702948, derived: false },
      { metric: 'eps_diluted', end: '2004-12-31', months: 12, value: 1.73, derived: false },
      { metric: 'revenue', end: '2003-12-31', months: 12, value: 39256438, derived: true },
      { metric: 'eps_diluted', end: '2003-12-31', months: 12, value: 1.38, derived: true },
    ]);
  });

  it('points every figure at the words it came from', () => {
    expect(parsed.metrics.map((m) => parsed.text.slice(m.source.start, m.source.end))).toEqual([
      '$49,023,417',
      '$3,545,379',
      '$4,500,938',
      '$2,147,132',
      '$2,702,948',
      '$1.73',
      '$9,766,979',
      '$0.35',
    ]);
  });

  it('checks the stated percent changes against the figures', () => {
    expect(parsed.checks.map((c) => [c.metric, c.kind, c.ok])).toEqual([
      ['revenue', 'percent_change', true],
      ['pretax_income', 'percent_change', true],
      ['net_income', 'percent_change', true],
      ['eps_diluted', 'percent_change', true],
    ]);
  });

  it('produces output valid against the ParsedRelease schema', () => {
    expect(ParsedReleaseSchema.safeParse(parsed).success).toBe(true);
  });
});

describe('parseRelease on other inputs', () => {
  it('reads windows-1252 bytes, curly quotes included', () => {
    const latin = Buffer.from(
      'ACME Widget Corp. (NASDAQ: ACME) today reported net sales of $1,234,567 for the year ended December 31, 1996, ' +
        '\u201cour best year\u201d, said its chairman.',
      'latin1',
    );
    // Node's latin1 buffer maps U+201C to 0x1C; write the windows-1252 bytes for the quotes by hand.
    const bytes = new Uint8Array(latin.map((b) => (b === 0x1c ? 0x93 : b === 0x1d ? 0x94 : b)));
    const parsed = parseRelease(bytes);
    expect(parsed.text).toContain('\u201cour best year\u201d');
    expect(brief(parsed)).toEqual([{ metric: 'revenue', end: '1996-12-31', months: 12, value: 1234567, derived: false }]);
  });

  it('finds no figures, and no error, in a release with no numbers at all', () => {
    const parsed = parseRelease('Beyond Cancer Announces Approval of Its Trial\n\nThe company today announced that regulators approved its trial.');
    expect(parsed.metrics).toEqual([]);
    expect(parsed.checks).toEqual([]);
    expect(parsed.headline?.text).toBe('Beyond Cancer Announces Approval of Its Trial');
  });

  it('reads the press release exhibit of a full EDGAR submission', () => {
    const submission = `<SEC-DOCUMENT>0001.txt : 20250415
<SEC-HEADER>
FILED AS OF DATE:		20250415
		COMPANY CONFORMED NAME:			ABVC BIOPHARMA, INC.
</SEC-HEADER>
<DOCUMENT>
<TYPE>8-K
<TEXT>
<html><body><p>Item 2.02 Results of Operations and Financial Condition.</p></body></html>
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-99.1
<TEXT>
<html><body><p>ABVC BioPharma Announces 2024 Financial Results</p>
<p>Silicon Valley, CA (April 16, 2025) – ABVC BioPharma, Inc. (NASDAQ: ABVC) today announced its results.</p>
<p>ABVC reported total revenues of $509,589 in 2024, compared to $152,430 in 2023.</p></body></html>
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>`;
    const parsed = parseRelease(submission);
    expect(parsed.format).toBe('sgml');
    expect(parsed.text).not.toContain('Item 2.02');
    expect(parsed.company).toMatchObject({ name: 'ABVC BioPharma, Inc.', ticker: 'ABVC' });
    expect(parsed.releaseDate).toBe('2025-04-16');
    expect(brief(parsed)).toEqual([
      { metric: 'revenue', end: '2024-12-31', months: 12, value: 509589, derived: false },
      { metric: 'revenue', end: '2023-12-31', months: 12, value: 152430, derived: false },
    ]);
  });

  it('takes the day EDGAR filed a release that states no date, and says so; without EDGAR, no date and a warning', () => {
    const submission = `<SEC-DOCUMENT>0002.txt : 20310302
<SEC-HEADER>
FILED AS OF DATE:		20310302
		COMPANY CONFORMED NAME:			ORVANTA INC
</SEC-HEADER>
<DOCUMENT>
<TYPE>EX-99.1
<TEXT>
<html><body><p>Orvanta Names a New Chief Executive</p>
<p>Orvanta Inc. today named Hollis Vane its chief executive, effective at once.</p></body></html>
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>`;
    const filed = parseRelease(submission);
    expect([filed.releaseDate, filed.releaseDateSource, filed.warnings]).toEqual([
      '2031-03-02',
      null,
      ['The release states no date: the date shown is the day it was filed with the SEC.'],
    ]);
    const pasted = parseRelease('Orvanta Names a New Chief Executive\n\nOrvanta Inc. today named Hollis Vane its chief executive.');
    expect([pasted.releaseDate, pasted.warnings]).toEqual([null, ['The release states no date of its own.']]);
  });

  it('leaves out the HTTP response headers a saved page begins with', () => {
    const page = 'Date: Thu, 18 Dec 2031 18:51:20 GMT\nServer: Apache/1.1.1\nContent-type: text/html\n\n<html><body><p>Orvanta Names a New Chief Executive</p><p>BOISE, Idaho, Dec. 1, 2031 -- Orvanta Inc. today named Hollis Vane its chief.</p></body></html>';
    const parsed = parseRelease(page);
    expect(parsed.text).not.toContain('Server:');
    expect([parsed.releaseDate, parsed.headline?.text]).toEqual(['2031-12-01', 'Orvanta Names a New Chief Executive']);
  });

  it('tells GAAP from non-GAAP figures: a reconciliation\'s GAAP rows are GAAP, and "GAAP and non-GAAP … respectively" pairs in order', () => {
    const release = `<html><body>
      <p>BOISE, Idaho, Feb. 4, 2032 -- Orvanta Inc. (NASDAQ: ORVT) reported its fourth quarter.
      GAAP and non-GAAP diluted earnings per share were $0.50 and $0.61, respectively.
      Adjusted net income was $1.4 million, compared with GAAP net income of $1.1 million.</p>
      <p>Reconciliation of GAAP to Non-GAAP Financial Measures (in thousands)</p>
      <table><tr><td></td><td>Three Months Ended December 31,</td></tr>
      <tr><td></td><td>2031</td><td>2030</td></tr>
      <tr><td>GAAP net income</td><td>$1,100</td><td>$800</td></tr>
      <tr><td>Stock-based compensation</td><td>300</td><td>150</td></tr>
      <tr><td>Non-GAAP net income</td><td>$1,400</td><td>$950</td></tr></table></body></html>`;
    const facts = parseRelease(release).metrics.map((m) => [m.metric, m.period.end, m.value, m.gaap, m.label]);
    expect(facts).toEqual([
      ['eps_diluted', '2031-12-31', 0.5, true, 'diluted earnings per share'],
      ['eps_diluted', '2031-12-31', 0.61, false, 'diluted earnings per share'],
      ['net_income', '2031-12-31', 1100000, true, 'GAAP net income'],
      ['net_income', '2030-12-31', 800000, true, 'GAAP net income'],
      ['net_income', '2031-12-31', 1400000, false, 'Non-GAAP net income'],
      ['net_income', '2030-12-31', 950000, false, 'Non-GAAP net income'],
    ]);
  });

  it('blames the release only for arithmetic within one statement; a pairing the parser made is uncertain', () => {
    const checks = (text: string) => parseRelease(text).checks.map((c) => [c.kind, c.ok, c.pairing]);
    // 12.0 / 10.5 - 1 is 14.3%, not the 20% the sentence says.
    expect(checks('BOISE, Idaho, Feb. 4, 2032 -- Orvanta Inc. reported net sales of $12.0 million for 2031, up 20% from $10.5 million in 2030.')).toEqual([
      ['percent_change', false, 'stated'],
    ]);
    const apart = `BOISE, Idaho, Feb. 4, 2032 -- Orvanta Inc. reported net sales of $12.0 million for 2031, up 20%.

Orvanta Inc.                       (in thousands)
                               Year Ended December 31,
                                  2031        2030
Net sales                       $ 12,000    $ 10,500
`;
    expect(checks(apart)).toEqual([['percent_change', false, 'inferred']]);
  });

  it('reads a summary table whose years stand beside its caption of units, never taking the dateline for a column', () => {
    const release = `<html><body><p>Exhibit 99.1</p><p>April 28, 2031</p>
      <p>Pellridge Reports First-Quarter 2031 Results</p>
      <p>First Quarter</p>
      <table><tr><td>($ in billions except profit per share)</td><td>2031</td><td>2030</td></tr>
      <tr><td>Sales and Revenues</td><td>$13.6</td><td>$11.9</td></tr></table>
      <p>ASHGROVE, Neb. -- Pellridge Instruments Co. (NYSE: PLR) reported results for the first quarter ended March 31, 2031.</p></body></html>`;
    const parsed = parseRelease(release);
    expect(parsed.releaseDate).toBe('2031-04-28');
    expect(brief(parsed)).toEqual([
      { metric: 'revenue', end: '2031-03-31', months: 3, value: 13600000000, derived: false },
      { metric: 'revenue', end: '2030-03-31', months: 3, value: 11900000000, derived: false },
    ]);
  });

  it('takes the sum under a "Revenues:" section over a part of it that reads as revenue', () => {
    const release = `<html><body><p>BOISE, Idaho, Oct. 16, 2031 -- Orvanta Inc. (NASDAQ: ORVT) reported its first quarter.</p>
      <table><tr><td></td><td>Three Months Ended September 30,</td></tr>
      <tr><td>(in thousands)</td><td>2031</td><td>2030</td></tr>
      <tr><td>Revenues:</td></tr>
      <tr><td>Net sales</td><td>$14,880</td><td>$11,592</td></tr>
      <tr><td>Contract revenues</td><td>639</td><td>518</td></tr>
      <tr><td></td><td>15,519</td><td>12,110</td></tr></table></body></html>`;
    expect(brief(parseRelease(release))).toEqual([
      { metric: 'revenue', end: '2031-09-30', months: 3, value: 15519000, derived: false },
      { metric: 'revenue', end: '2030-09-30', months: 3, value: 12110000, derived: false },
    ]);
  });

  it('says when the fiscal year ends, from a stated year or from a fiscal quarter placed by its end', () => {
    const quarter = parseRelease(
      new TextEncoder().encode('Zephyr Robotics Inc. today reported revenue of $52.1 million for the first quarter of fiscal 2027 ended April 25, 2026.'),
    );
    // The first fiscal quarter ends April 25, so the fiscal year ends three quarters later: January 25.
    expect(quarter.fiscalYearEnd).toEqual({ month: 1, day: 25 });
    const year = parseRelease(new TextEncoder().encode('Quarry Tools Corp. reported net sales of $9.4 million for the year ended December 31, 2025.'));
    expect(year.fiscalYearEnd).toEqual({ month: 12, day: 31 });
    expect(parseRelease(new TextEncoder().encode('Bellwether Inc. opened a new office.')).fiscalYearEnd).toBeNull();
  });

  it("reads each release of a news page by its own date: an older release's quarter is its own", () => {
    const page = [
      'Pellridge News Releases',
      '',
      'PELLRIDGE REPORTS THIRD QUARTER RESULTS',
      '',
      'DENVER, Oct. 20, 1997 -- Pellridge Instruments Co. (NASDAQ: PLRI) today reported net income for the quarter of $2.1 million, or $.21 per share, compared with $1.8 million, or $.18 per share, a year ago.',
      '',
      'PELLRIDGE REPORTS SECOND QUARTER RESULTS',
      '',
      'DENVER, July 21, 1997 -- Pellridge Instruments Co. today reported net income for the quarter of $1.9 million, or $.19 per share, compared with $1.5 million, or $.15 per share, a year ago.',
    ].join('\n');
    expect(brief(parseRelease(page))).toEqual([
      { metric: 'net_income', end: '1997-09-30', months: 3, value: 2100000, derived: false },
      { metric: 'eps', end: '1997-09-30', months: 3, value: 0.21, derived: false },
      { metric: 'net_income', end: '1996-09-30', months: 3, value: 1800000, derived: false },
      { metric: 'eps', end: '1996-09-30', months: 3, value: 0.18, derived: false },
      { metric: 'net_income', end: '1997-06-30', months: 3, value: 1900000, derived: false },
      { metric: 'eps', end: '1997-06-30', months: 3, value: 0.19, derived: false },
      { metric: 'net_income', end: '1996-06-30', months: 3, value: 1500000, derived: false },
      { metric: 'eps', end: '1996-06-30', months: 3, value: 0.15, derived: false },
    ]);
  });

  it("completes a dateline of month and day with the year of the page's title", () => {
    const page = '<html><head><title>Orvanta Buys Kestrel Freight (September 19, 2031)</title></head><body><p>HOUSTON, Sept. 19 /PRNewswire/ -- Orvanta Corp. (Nasdaq: ORVT) reported today that it has acquired Kestrel Freight.</p></body></html>';
    expect(parseRelease(page).releaseDate).toBe('2031-09-19');
  });

  it("takes no customer of a filing's note for its issuer, and keeps an issuer that names its customer", () => {
    const note = 'Note 7. Major Customers\n\nSales to Harwick Avionics Corporation accounted for 21% of net sales in 2031 and 18% in 2030. Sales to Harwick Avionics Corporation are made under long-term agreements.';
    expect(parseRelease(note).company.name).toBeNull();
    const release = 'TULSA, Okla., Feb. 3, 2032 -- Pellridge Instruments Co. (NYSE: PLR) said sales to Harwick Avionics Corporation accounted for 21% of its net sales in 2031.';
    expect(parseRelease(release).company.name).toBe('Pellridge Instruments Co.');
  });

  it('keeps at most the limit of each kind of fact, and says so', () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    // A made-up file stating far more distinct acquisitions than any release does.
    const sentences = Array.from({ length: 3000 }, (_, i) => `Zorbit Holdings acquired Unit${i.toString(36)} Ltd. on ${months[i % 12]} ${(Math.floor(i / 12) % 28) + 1}, ${1950 + Math.floor(i / 336)}.`);
    const parsed = parseRelease(new TextEncoder().encode(`Zorbit Holdings Announces Acquisitions\n\n${sentences.join(' ')}`));
    expect(parsed.events).toHaveLength(FACT_LIMITS.events);
    expect(parsed.warnings).toContainEqual(expect.stringMatching(/^This release states more events than a report keeps: the first 200 of \d+ are shown\.$/));
  });

  it('reads a 10 MB line of parenthesised words (an upload at the size limit) without overflowing the regex engine', () => {
    const line = '(per unit) '.repeat(Math.ceil(10_000_000 / 11));
    const parsed = parseRelease(new TextEncoder().encode(line));
    expect([parsed.headline, parsed.metrics]).toEqual([null, []]);
  });

  it('reads a happening told under a "Non-GAAP Measures" heading, and no event from the sections of boilerplate', () => {
    const text = [
      'Kestrel Labs Sells Coatings Unit',
      'PORTLAND, Ore., March 4, 2025 /PRNewswire/ -- Kestrel Labs, Inc. (NASDAQ: KSTL) today reported results for its fourth quarter.',
      '',
      'Non-GAAP Measures',
      'Adjusted figures leave out the items listed below. The charges arose after Kestrel Labs sold its coatings unit to Harlan Paint Co. in January 2025.',
      '',
      'About Kestrel Labs',
      'Kestrel Labs acquired Dunmore Optics in 2019 and makes lenses.',
    ].join('\n');
    expect(parseRelease(text).events.map((e) => [e.type, e.date])).toEqual([['divestiture', '2025-01']]);
  });

  it('returns an empty, valid result for empty input', () => {
    const parsed = parseRelease('');
    expect(ParsedReleaseSchema.safeParse(parsed).success).toBe(true);
    expect(parsed).toMatchObject({ text: '', metrics: [], company: { name: null, ticker: null } });
  });
});
