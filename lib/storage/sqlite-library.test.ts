import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewCorrection } from '@/lib/domain/correction';
import { LibraryQuerySchema, type Listing } from '@/lib/domain/listing';
import type { Metric } from '@/lib/domain/release';
import { migrate, MIGRATIONS } from './migrations';
import { SqliteReportStore } from './sqlite';
import { hashSecret, newSecret } from '@/lib/secrets';
import { packParse } from './packed-parse';
import { TEAM_LIBRARY, type LibraryScope } from './report-store';

let dir: string;
let store: SqliteReportStore;

function listing(company: string, ticker: string, releaseDate: string | null): Listing {
  return { company, ticker, releaseDate, headline: null, period: null, yearEnd: null, figures: [] };
}

async function save(text: string, l: Listing | null) {
  const bytes = new TextEncoder().encode(text);
  const { report } = await store.saveReport({ fileName: `${text.slice(0, 8)}.txt`, bytes, format: 'text', parserVersion: null, parsed: null, listing: l, searchText: text, editKeyHash: hashSecret(newSecret()) });
  await new Promise((resolve) => setTimeout(resolve, 3)); // distinct created_at
  return report.id;
}

const list = (options: Record<string, unknown>) => store.listReports(LibraryQuerySchema.parse(options), TEAM_LIBRARY);

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'release-desk-library-'));
  store = new SqliteReportStore(path.join(dir, 'reports.db'));
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the library', () => {
  it('finds reports by company, ticker or a word of the text, by word prefix, ignoring case', async () => {
    const locker = await save('Sales to the USPS accounted for 53.9% of net sales.', listing('American Locker Group Incorporated', 'ALGIE', '2005-07-27'));
    const sears = await save('Sears reported revenue of $8.7 billion.', listing('Sears, Roebuck and Co.', 'S', '1995-10-19'));
    const ids = async (q: string) => (await list({ q })).items.map((i) => i.id);
    expect(await ids('usps')).toEqual([locker]);
    expect(await ids('ALGIE')).toEqual([locker]);
    expect(await ids('roebuck')).toEqual([sears]);
    expect(await ids('amer lock')).toEqual([locker]);
    expect(await ids('revenue billion')).toEqual([sears]);
    expect(await ids('nothing-like-this')).toEqual([]);
  });

  it('reads search input as words, so FTS5 syntax typed by a user is harmless', async () => {
    const id = await save('Net sales rose. NEAR the end.', listing('Acme', 'ACM', null));
    expect((await list({ q: '"sales" rose*' })).items.map((i) => i.id)).toEqual([id]);
    expect((await list({ q: 'sales" OR "x' })).total).toBe(0); // every word is required: there is no x
    expect((await list({ q: 'NEAR(' })).total).toBe(1);
    expect((await list({ q: '*** ()' })).total).toBe(1); // no words: no filter
  });

  it('sorts by release date, newest first and undated last, or by upload time', async () => {
    const old = await save('one', listing('Old Co', 'OLD', '1995-10-19'));
    const undated = await save('two', listing('Undated Co', 'UND', null));
    const recent = await save('three', listing('Recent Co', 'REC', '2026-01-15'));
    expect((await list({ sort: 'release_date' })).items.map((i) => i.id)).toEqual([recent, old, undated]);
    expect((await list({ sort: 'uploaded' })).items.map((i) => i.id)).toEqual([recent, undated, old]);
  });

  it('returns the stored listing and keeps search in step when a listing is replaced', async () => {
    const id = await save('text', listing('Before Corp', 'BEF', '2020-01-01'));
    await store.updateListing(id, listing('After Corp', 'AFT', '2021-02-02'));
    expect((await list({ q: 'after' })).items[0]?.listing).toEqual(listing('After Corp', 'AFT', '2021-02-02'));
    expect((await list({ q: 'before' })).total).toBe(0);
    expect((await list({ q: 'text' })).total).toBe(1);
  });
});

const metric: Metric = {
  metric: 'revenue', period: { end: '2004-12-31', months: 12 }, value: 49023417, unit: 'USD', gaap: true, segment: null,
  derived: false, source: { start: 10, end: 21 }, sources: [{ start: 10, end: 21 }], label: 'Net sales', rule: 'metrics/table-row',
};

describe('the library by company', () => {
  it('groups releases by company, newest company first, each with its count and newest releases; filters by company and release year', async () => {
    const old = await save('Quillon first quarter 2003.', listing('Quillon Devices Inc.', 'QLD', '2003-05-01'));
    const rellen = await save('Rellen annual results 2004.', listing('Rellen Tools Corp.', 'RLT', '2004-02-01'));
    const recent = await save('Quillon second quarter 2004.', listing('Quillon Devices Inc.', 'QLD', '2004-08-01'));
    const unnamed = await save('A page with no company at all.', null);

    const grouped = await list({ group: 'company' });
    expect(grouped.groups?.map((g) => [g.key, g.company, g.ticker, g.total, g.items.map((i) => i.id)])).toEqual([
      ['', null, null, 1, [unnamed]],
      ['qld', 'Quillon Devices Inc.', 'QLD', 2, [recent, old]],
      ['rlt', 'Rellen Tools Corp.', 'RLT', 1, [rellen]],
    ]);
    expect([grouped.total, grouped.items.map((i) => i.id), grouped.years]).toEqual([3, [unnamed, recent, old, rellen], [2004, 2003]]);

    const in2004 = await list({ group: 'company', year: 2004, sort: 'release_date' });
    expect(in2004.groups?.map((g) => [g.key, g.items.map((i) => i.id)])).toEqual([['qld', [recent]], ['rlt', [rellen]]]);
    expect((await list({ company: 'qld', q: 'quillon' })).items.map((i) => i.id)).toEqual([recent, old]);
    expect((await list({ company: 'qld', year: 2003 })).items.map((i) => i.id)).toEqual([old]);
    expect((await list({ group: 'company', q: 'annual' })).groups?.map((g) => [g.key, g.total])).toEqual([['rlt', 1]]);
  });
});

describe('the search index', () => {
  it('reads the first million characters of a text: a word past them is not found', async () => {
    const filler = 'lorem '.repeat(200_000);
    await save(`quorvex ${filler} zintaru`, listing('Long Text Inc.', 'LTX', '2030-01-01'));
    expect((await list({ q: 'quorvex' })).total).toBe(1);
    expect((await list({ q: 'zintaru' })).total).toBe(0);
  });
});

describe('corrections and edit rights', () => {
  it('keeps a report’s corrections in order with what was before and after', async () => {
    const id = await save('corrected', null);
    const edit: NewCorrection = { factKey: 'k1', kind: 'metric', action: 'edit', before: metric, after: { ...metric, value: 49000000 }, reason: 'typo in release' };
    const dismiss: NewCorrection = { factKey: 'k1', kind: 'metric', action: 'dismiss', before: { ...metric, value: 49000000 }, after: null, reason: 'not revenue' };
    const first = await store.addCorrection(id, edit);
    await store.addCorrection(id, dismiss);
    const undo: NewCorrection = { factKey: 'k1', kind: 'metric', action: 'revert', reverts: first.id + 1, before: null, after: { ...metric, value: 49000000 }, reason: 'it is revenue' };
    const added: NewCorrection = { factKey: 'added:x', kind: 'metric', action: 'add', before: null, after: metric, reason: 'missed' };
    await store.addCorrection(id, undo);
    await store.addCorrection(id, added);
    expect(first).toEqual({ ...edit, reverts: null, id: expect.any(Number), createdAt: expect.any(String) });
    const listed = (await store.listCorrections(id)).map(({ id: _id, createdAt: _at, ...c }) => c);
    expect(listed).toEqual([{ ...edit, reverts: null }, { ...dismiss, reverts: null }, undo, { ...added, reverts: null }]);
    expect(await store.listCorrections(await save('other', null))).toEqual([]);
  });

  it('keeps edit keys as hashes, any number per report, each opening its own report only; grants edit rights per browser token', async () => {
    const a = await save('report a', null);
    const b = await save('report b', null);
    await store.addEditKey(a, hashSecret('second key of a'));
    await store.addEditKey(a, hashSecret('third key of a'));
    expect(await store.isEditKey(a, hashSecret('second key of a'))).toBe(true);
    expect(await store.isEditKey(a, hashSecret('third key of a'))).toBe(true);
    expect(await store.isEditKey(b, hashSecret('second key of a'))).toBe(false);
    expect(await store.isEditKey(a, hashSecret('never made'))).toBe(false);
    await store.grantEditor(a, 'token-hash-1');
    await store.grantEditor(a, 'token-hash-1');
    expect(await store.isEditor(a, 'token-hash-1')).toBe(true);
    expect(await store.isEditor(b, 'token-hash-1')).toBe(false);
    expect(await store.isEditor(a, 'token-hash-2')).toBe(false);
    // Deleting a report takes its keys with it.
    await store.deleteReport(a);
    expect(await store.isEditKey(a, hashSecret('second key of a'))).toBe(false);
  });
});

describe('migration 2', () => {
  it('fills the library columns, search index and an edit key for reports stored before it', async () => {
    await store.close();
    const file = path.join(dir, 'v1.db');
    const db = new Database(file);
    migrate(db, MIGRATIONS.slice(0, 1));
    const parsed = { company: { name: 'American Locker Group Incorporated', ticker: 'ALGIE' }, releaseDate: '2005-07-27', text: 'Sales to USPS' };
    db.prepare(
      `INSERT INTO reports (id, file_name, sha256, size, format, content, parser_version, parsed_json, created_at, updated_at)
       VALUES ('old', 'old.txt', 'x', 3, 'text', x'00', '0.4.0', ?, '2025-01-02T03:04:05.000Z', '2025-01-02T03:04:05.000Z')`,
    ).run(JSON.stringify(parsed));
    db.close();
    store = new SqliteReportStore(file);
    expect((await list({ q: 'usps' })).items.map((i) => i.id)).toEqual(['old']);
    expect((await list({ q: 'algie' })).total).toBe(1);
    const raw = new Database(path.join(dir, 'v1.db'), { readonly: true });
    expect(raw.prepare("SELECT count(*) AS n FROM edit_keys WHERE report_id = 'old'").get()).toEqual({ n: 1 });
    raw.close();
    expect((await list({})).items[0]?.listing).toBeNull();
  });
});

describe('listUnlisted', () => {
  it('names parsed reports that have no library row yet', async () => {
    const bytes = new TextEncoder().encode('parsed, not listed');
    const { report } = await store.saveReport({ fileName: 'a.txt', bytes, format: 'text', parserVersion: '0.4.0', parsed: packParse({ text: 'x' }), listing: null, searchText: 'x', editKeyHash: hashSecret(newSecret()) });
    await save('never parsed', null);
    await save('listed', listing('Listed Co', 'LST', null));
    expect(await store.listUnlisted(10)).toEqual([report.id]);
    await store.updateListing(report.id, listing('Now Listed', 'NOW', null));
    expect(await store.listUnlisted(10)).toEqual([]);
  });
});

describe('deleteReport', () => {
  it('removes the report, its search row, corrections and edit rights, and leaves others alone', async () => {
    const gone = await save('USPS contract ended', listing('Gone Corp', 'GON', null));
    const kept = await save('USPS contract renewed', listing('Kept Corp', 'KPT', null));
    const edit: NewCorrection = { factKey: 'k', kind: 'metric', action: 'dismiss', before: metric, after: null, reason: 'wrong' };
    await store.addCorrection(gone, edit);
    await store.grantEditor(gone, 'hash');
    expect(await store.deleteReport(gone)).toBe(true);
    expect(await store.getReport(gone)).toBeNull();
    expect(await store.listCorrections(gone)).toEqual([]);
    expect(await store.isEditor(gone, 'hash')).toBe(false);
    expect((await list({ q: 'usps' })).items.map((i) => i.id)).toEqual([kept]);
    expect(await store.deleteReport(gone)).toBe(false);
  });
});

describe("a company's releases", () => {
  it('lists the reports of one company by ticker, else by name, oldest release first and undated last', async () => {
    const later = await save('Second quarter: revenue rose.', listing('Quillon Devices Inc.', 'QLD', '2031-07-31'));
    const undated = await save('A letter to shareholders.', listing('Quillon Devices, Inc.', 'QLD', null));
    const earlier = await save('First quarter: revenue rose.', listing('Quillon Devices Inc.', 'QLD', '2031-05-01'));
    await save('Another company altogether.', listing('Rellen Tools Corp.', 'RLT', '2031-05-02'));
    const unlisted = await save('American Locker reports.', { company: 'American Locker Group Incorporated', ticker: null, releaseDate: '2005-07-27', headline: null, period: null, yearEnd: null, figures: [] });
    expect((await store.listCompanyReports('qld', 10, TEAM_LIBRARY)).map((r) => r.id)).toEqual([earlier, later, undated]);
    expect((await store.listCompanyReports('american-locker-group', 10, TEAM_LIBRARY)).map((r) => r.id)).toEqual([unlisted]);
    expect(await store.listCompanyReports('qld', 1, TEAM_LIBRARY)).toHaveLength(1);
    expect(await store.listCompanyReports('nobody', 10, TEAM_LIBRARY)).toEqual([]);
  });

  it('keys the reports a database listed before it knew company keys, when it is opened', async () => {
    await store.close();
    const file = path.join(dir, 'old.db');
    const db = new Database(file);
    migrate(db, MIGRATIONS.slice(0, 3));
    db.prepare(
      `INSERT INTO reports (id, file_name, sha256, size, format, content, created_at, updated_at, company, ticker, release_date, listing_json, search_rowid)
       VALUES ('old1', 'a.txt', 'aa', 1, 'text', x'41', '2024-01-01', '2024-01-01', 'Quillon Devices Inc.', 'QLD', '2031-05-01', ?, 1),
              ('old2', 'b.txt', 'bb', 1, 'text', x'42', '2024-01-02', '2024-01-02', NULL, NULL, NULL, ?, 2)`,
    ).run(JSON.stringify(listing('Quillon Devices Inc.', 'QLD', '2031-05-01')), JSON.stringify({ company: null, ticker: null, releaseDate: null, period: null, figures: [] }));
    db.close();
    store = new SqliteReportStore(file);
    expect((await store.listCompanyReports('qld', 10, TEAM_LIBRARY)).map((r) => r.id)).toEqual(['old1']);
    const check = new Database(file);
    expect(check.prepare('SELECT id, company_key FROM reports ORDER BY id').all()).toEqual([{ id: 'old1', company_key: 'qld' }, { id: 'old2', company_key: '' }]);
    check.close();
  });
});

describe('searching with a typo, and what a match shows', () => {
  it('shows the words around a match, the matched words marked', async () => {
    await save('The company said sales to the USPS accounted for most of its revenue in the year.', listing('American Locker Group Incorporated', 'ALGIE', '2005-07-27'));
    const [item] = (await list({ q: 'usps' })).items;
    expect(item!.snippet).toBe('The company said sales to the \u0002USPS\u0003 accounted for most of its…'); // twelve words
  });

  it('finds a company by a name spelt a letter off when no report holds the word, and says so', async () => {
    const cat = await save('Sales and revenues rose.', listing('Caterpillar Inc.', 'CAT', '2025-04-30'));
    await save('Lockers for the post office.', listing('American Locker Group Incorporated', 'ALGIE', '2005-07-27'));
    const page = await list({ q: 'caterpilar' });
    expect([page.items.map((i) => i.id), page.total, page.similarTo]).toEqual([[cat], 1, 'Caterpillar Inc. CAT']);
  });

  it('finds nothing for a word like no name, and prefers a real match to a similar name', async () => {
    await save('Sales and revenues rose.', listing('Caterpillar Inc.', 'CAT', '2025-04-30'));
    const exact = await save('Our caterpilar brand of toys sold well.', listing('Zeta Toys Inc.', 'ZTT', '2025-05-01'));
    expect(await list({ q: 'zzzqqq' })).toMatchObject({ items: [], total: 0, similarTo: null });
    const page = await list({ q: 'caterpilar' });
    expect([page.items.map((i) => i.id), page.similarTo]).toEqual([[exact], null]);
  });
});

describe('the private library (LIBRARY=private)', () => {
  const mine: LibraryScope = { kind: 'private', editorTokenHash: 'my-token-hash' };
  const theirs: LibraryScope = { kind: 'private', editorTokenHash: 'their-token-hash' };
  const listIn = (scope: LibraryScope, options: Record<string, unknown>) => store.listReports(LibraryQuerySchema.parse(options), scope);
  const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);

  async function library() {
    // Someone uploads Caterpillar first; I upload the same file (a copy) and a report of my own; they upload another.
    const first = await save('Caterpillar sales and revenues rose to a record.', listing('Caterpillar Inc.', 'CAT', '2025-04-30'));
    const copy = await save('Caterpillar sales and revenues rose to a record.', listing('Caterpillar Inc.', 'CAT', '2025-04-30'));
    const own = await save('Deere net income fell in the quarter.', listing('Deere & Company', 'DE', '2024-08-15'));
    const other = await save('Komatsu orders grew strongly.', listing('Komatsu Ltd.', 'KMTUY', '2025-01-31'));
    await store.grantEditor(copy, 'my-token-hash');
    await store.grantEditor(own, 'my-token-hash');
    await store.grantEditor(first, 'their-token-hash');
    await store.grantEditor(other, 'their-token-hash');
    return { first, copy, own, other };
  }

  it("lists only a browser's own reports, its copies of others' files too, and none without a token", async () => {
    const { first, copy, own, other } = await library();
    expect([ids(await listIn(mine, {})), (await listIn(mine, {})).total]).toEqual([[own, copy], 2]);
    expect((await listIn(mine, {})).items.map((i) => i.copies)).toEqual([0, 0]);
    expect(ids(await listIn(theirs, {}))).toEqual([other, first]);
    expect(await listIn({ kind: 'private', editorTokenHash: null }, {})).toMatchObject({ items: [], total: 0, years: [] });
    // The team library: one row per file, its copy counted.
    expect((await list({})).items.map((i) => [i.id, i.copies])).toEqual([[other, 0], [own, 0], [first, 1]]);
  });

  it('searches, corrects typos, filters by year and groups within those reports only', async () => {
    const { copy, own } = await library();
    const found = await listIn(mine, { q: 'revenues' });
    expect([ids(found), found.items[0]!.snippet]).toEqual([[copy], 'Caterpillar sales and \u0002revenues\u0003 rose to a record.']);
    expect(await listIn(mine, { q: 'komatsu' })).toMatchObject({ items: [], total: 0 });
    expect(await listIn(mine, { q: 'komatsy' })).toMatchObject({ items: [], total: 0 });
    expect([ids(await listIn(mine, { q: 'caterpilar' })), (await listIn(mine, { q: 'caterpilar' })).similarTo]).toEqual([[copy], 'Caterpillar Inc. CAT']);
    expect(ids(await listIn(mine, { year: 2024 }))).toEqual([own]);
    expect((await listIn(mine, {})).years).toEqual([2025, 2024]);
    const grouped = await listIn(mine, { group: 'company' });
    expect(grouped.groups!.map((g) => [g.company, g.items.map((i) => i.id)])).toEqual([['Deere & Company', [own]], ['Caterpillar Inc.', [copy]]]);
  });

  it("shows a company's releases and a file's copies as far as the browser may see them", async () => {
    const { first, copy } = await library();
    expect((await store.listCompanyReports('cat', 10, mine)).map((r) => r.id)).toEqual([copy]);
    expect((await store.listCompanyReports('kmtuy', 10, mine)).map((r) => r.id)).toEqual([]);
    expect((await store.listCompanyReports('cat', 10, TEAM_LIBRARY)).map((r) => r.id)).toEqual([first]);
    expect((await store.listCopies(copy, mine)).map((c) => c.id)).toEqual([copy]);
    expect((await store.listCopies(first, TEAM_LIBRARY)).map((c) => c.id)).toEqual([first, copy]);
  });
});
