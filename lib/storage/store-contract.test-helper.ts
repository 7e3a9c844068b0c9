import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewCorrection } from '@/lib/domain/correction';
import { LibraryQuerySchema, type Listing } from '@/lib/domain/listing';
import type { Metric } from '@/lib/domain/release';
import { hashSecret, newSecret } from '@/lib/secrets';
import { packParse } from './packed-parse';
import { TEAM_LIBRARY, type LibraryScope, type NewReport, type ReportStore } from './report-store';
import { MAX_CANDIDATES } from './similar-names';

/** A store of its own for one test, empty, and how to dispose of it. */
export type OpenStore = () => Promise<{ store: ReportStore; dispose: () => Promise<void> }>;

const encode = (text: string) => new TextEncoder().encode(text);

function listing(company: string | null, ticker: string | null, releaseDate: string | null): Listing {
  return { company, ticker, releaseDate, headline: null, period: null, yearEnd: null, figures: [] };
}

const metric: Metric = {
  metric: 'revenue', period: { end: '2004-12-31', months: 12 }, value: 49023417, unit: 'USD', gaap: true, segment: null,
  derived: false, source: { start: 10, end: 21 }, sources: [{ start: 10, end: 21 }], label: 'Net sales', rule: 'metrics/table-row',
};

/**
 * What every ReportStore does, whatever engine it runs on: run by sqlite.contract.test.ts and
 * postgres.contract.test.ts against real databases, so both give the same answers for the same data.
 */
export function storeContract(engine: string, open: OpenStore) {
  describe(`the ${engine} ReportStore`, () => {
    let store: ReportStore;
    let dispose: () => Promise<void>;

    beforeEach(async () => {
      ({ store, dispose } = await open());
    });
    afterEach(async () => {
      await dispose();
    });

    const report = (text: string, l: Listing | null = null, extra: Partial<NewReport> = {}): NewReport => ({
      fileName: `${text.slice(0, 12)}.txt`, bytes: encode(text), format: 'text', parserVersion: null, parsed: null,
      listing: l, searchText: text, editKeyHash: hashSecret(newSecret()), ...extra,
    });
    async function save(text: string, l: Listing | null = null, extra: Partial<NewReport> = {}) {
      const { report: saved } = await store.saveReport(report(text, l, extra));
      await new Promise((resolve) => setTimeout(resolve, 3)); // distinct created_at
      return saved.id;
    }
    const list = (options: Record<string, unknown>, scope: LibraryScope = TEAM_LIBRARY) => store.listReports(LibraryQuerySchema.parse(options), scope);
    const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);

    it('tells where each report\'s reading stands, in the order asked, leaving out ids it does not hold', async () => {
      const waiting = await save('Waiting to be read.');
      const read = await save('Read by a parser.', listing('Orsa Foods Inc.', 'ORSA', '2030-02-01'), { parserVersion: '9.9.9' });
      const unread = await save('Too slow to read.', null, { parserVersion: '9.9.9', parseFailure: 'timed_out' });
      expect(await store.listStates([unread, 'no-such-id', waiting, read])).toEqual([
        { id: unread, parserVersion: '9.9.9', parseFailure: 'timed_out', company: null },
        { id: waiting, parserVersion: null, parseFailure: null, company: null },
        { id: read, parserVersion: '9.9.9', parseFailure: null, company: 'Orsa Foods Inc.' },
      ]);
      expect(await store.listStates([])).toEqual([]);
    });

    it('saves a report and gives back its metadata, its packed parse and its exact bytes', async () => {
      const bytes = new Uint8Array([0x93, 0x4e, 0x65, 0x74, 0x94, 0x00, 0xff]);
      const parsed = { company: { name: 'Acme Widgets Inc.' }, metrics: [], text: 'Net sales rose. '.repeat(1000) };
      const { report: saved, copyOf } = await store.saveReport({ ...report('ignored'), bytes, fileName: 'odd.txt', parserVersion: '1.0.0', parsed: packParse(parsed) });
      expect(copyOf).toBeNull();
      expect(saved.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(await store.getReport(saved.id)).toEqual({ ...saved, parsed, fileName: 'odd.txt', size: 7, format: 'text', parserVersion: '1.0.0', copyOf: null, parseFailure: null });
      expect((await store.getOriginal(saved.id))?.bytes).toEqual(bytes);
      expect([await store.getReport('no-such-id'), await store.getOriginal('no-such-id'), await store.hasReport('no-such-id'), await store.hasReport(saved.id)]).toEqual([null, null, false, true]);
      expect(await store.storedFiles([saved.sha256, 'f'.repeat(64)])).toEqual(new Set([saved.sha256]));
    });

    it('makes each upload of the same bytes its own report, lists the file once with its copies, and lets the oldest copy stand in when the first is deleted', async () => {
      const first = await save('Acme Widgets results', listing('Acme Widgets Inc.', 'ACW', '2025-02-01'));
      const { report: second, copyOf } = await store.saveReport(report('Acme Widgets results', listing('Acme Widgets Inc.', 'ACW', '2025-02-01'), { fileName: 'b.txt' }));
      const third = await save('Acme Widgets results', listing('Acme Widgets Inc.', 'ACW', '2025-02-01'));
      expect([copyOf, second.copyOf]).toEqual([first, first]);
      expect((await store.listCopies(second.id, TEAM_LIBRARY)).map((c) => c.id)).toEqual([first, second.id, third]);
      expect((await list({})).items.map((i) => [i.id, i.copies])).toEqual([[first, 2]]);
      await store.deleteReport(first);
      expect((await list({ q: 'widgets' })).items.map((i) => [i.id, i.copies])).toEqual([[second.id, 1]]);
      expect((await store.getReport(third))?.copyOf).toBe(second.id);
      await store.deleteReport(second.id);
      await store.deleteReport(third);
      expect(await store.getOriginal(third)).toBeNull();
      expect((await list({})).total).toBe(0);
    });

    it('lists newest first or by release date (undated last), a page at a time, with the total and the years', async () => {
      const a = await save('alpha', listing('Alpha Co', 'ALP', '2023-05-01'));
      const b = await save('bravo', listing('Bravo Co', 'BRV', null));
      const c = await save('charlie', listing('Charlie Co', 'CHR', '2024-01-15'));
      const page1 = await list({ pageSize: 2 });
      const page2 = await list({ pageSize: 2, page: 2 });
      expect([ids(page1), ids(page2), page1.total, page1.years]).toEqual([[c, b], [a], 3, [2024, 2023]]);
      expect(ids(await list({ sort: 'release_date' }))).toEqual([c, a, b]);
      expect(ids(await list({ year: 2023 }))).toEqual([a]);
    });

    it('searches company, ticker and text by word prefix, ignoring case and accents, all words required, and marks the match', async () => {
      const usps = await save('Sales to the USPS accounted for most of net sales in the year.', listing('American Locker Group Incorporated', 'ALGIE', '2005-07-27'));
      const nestle = await save('Organic growth was strong in every region.', listing('Nestlé S.A.', 'NSRGY', '2025-04-24'));
      expect(ids(await list({ q: 'usps' }))).toEqual([usps]);
      expect(ids(await list({ q: 'Accoun' }))).toEqual([usps]);
      expect(ids(await list({ q: 'algie' }))).toEqual([usps]);
      expect(ids(await list({ q: 'nestle' }))).toEqual([nestle]);
      expect(ids(await list({ q: 'locker organic' }))).toEqual([]);
      expect(ids(await list({ q: 'net sales' }))).toEqual([usps]);
      const [item] = (await list({ q: 'usps' })).items;
      expect(item!.snippet).toContain('\u0002USPS\u0003');
      // Search syntax typed by a user is words, never operators.
      expect((await list({ q: '"usps" * & | ! : (' })).items.map((i) => i.id)).toEqual([usps]);
    });

    it('finds a company by a name spelt a letter off when no report holds the word, and says which name', async () => {
      const cat = await save('Sales and revenues rose.', listing('Caterpillar Inc.', 'CAT', '2025-04-30'));
      await save('Lockers for the post office.', listing('American Locker Group Incorporated', 'ALGIE', '2005-07-27'));
      const page = await list({ q: 'caterpilar' });
      expect([ids(page), page.total, page.similarTo]).toEqual([[cat], 1, 'Caterpillar Inc. CAT']);
      expect(await list({ q: 'zzzqqq' })).toMatchObject({ items: [], total: 0, similarTo: null });
    });

    it("finds every release of a misspelt company, more than the candidates a typo search weighs", async () => {
      for (let i = 0; i < MAX_CANDIDATES + 20; i++) {
        await store.saveReport(report(`Quarter ${i}: revenues rose.`, listing('Komatsu Ltd.', 'KMTUY', '2025-01-31')));
      }
      const page = await list({ q: 'komatsuu', pageSize: 5 });
      expect([page.total, page.items.length, page.similarTo]).toEqual([MAX_CANDIDATES + 20, 5, 'Komatsu Ltd. KMTUY']);
    }, 60_000);

    it("groups by company and lists one company's releases, oldest first and undated last", async () => {
      const later = await save('Second quarter revenue rose.', listing('Quillon Devices Inc.', 'QLD', '2031-07-31'));
      const undated = await save('A letter to shareholders.', listing('Quillon Devices Inc.', 'QLD', null));
      const earlier = await save('First quarter revenue rose.', listing('Quillon Devices Inc.', 'QLD', '2031-05-01'));
      const other = await save('Another company altogether.', listing('Rellen Tools Corp.', 'RLT', '2031-05-02'));
      expect((await store.listCompanyReports('qld', 10, TEAM_LIBRARY)).map((r) => r.id)).toEqual([earlier, later, undated]);
      const grouped = await list({ group: 'company' });
      expect([grouped.total, grouped.groups!.map((g) => [g.key, g.total, g.items.map((i) => i.id)])]).toEqual([2, [['rlt', 1, [other]], ['qld', 3, [earlier, undated, later]]]]);
    });

    it("keeps a browser's private library to its own reports, its copies included", async () => {
      const mine: LibraryScope = { kind: 'private', editorTokenHash: 'my-token' };
      const first = await save('Deere net income fell.', listing('Deere & Company', 'DE', '2024-08-15'));
      const copy = await save('Deere net income fell.', listing('Deere & Company', 'DE', '2024-08-15'));
      const own = await save('Komatsu orders grew.', listing('Komatsu Ltd.', 'KMTUY', '2025-01-31'));
      await store.grantEditor(copy, 'my-token');
      await store.grantEditor(own, 'my-token');
      expect(ids(await list({}, mine))).toEqual([own, copy]);
      expect(ids(await list({ q: 'deere' }, mine))).toEqual([copy]);
      expect((await store.listCopies(copy, mine)).map((c) => c.id)).toEqual([copy]);
      expect((await store.listCompanyReports('de', 10, mine)).map((r) => r.id)).toEqual([copy]);
      expect(await list({}, { kind: 'private', editorTokenHash: null })).toMatchObject({ items: [], total: 0 });
      expect(ids(await list({}))).toEqual([own, first]);
    });

    it('keeps the corrections trail in order, re-lists a corrected report, and replaces a parse', async () => {
      const id = await save('Net sales were $49,023,417.', listing('Acme Co', 'ACM', '2005-01-01'));
      const edit: NewCorrection = { factKey: 'k1', kind: 'metric', action: 'edit', before: metric, after: { ...metric, value: 49000000 }, reason: 'typo' };
      const undo: NewCorrection = { factKey: 'k1', kind: 'metric', action: 'revert', reverts: 1, before: { ...metric, value: 49000000 }, after: metric, reason: 'back' };
      const saved = await store.addCorrection(id, edit);
      await store.addCorrection(id, { ...undo, reverts: saved.id });
      expect((await store.listCorrections(id)).map(({ id: _id, createdAt: _at, ...c }) => c)).toEqual([{ ...edit, reverts: null }, { ...undo, reverts: saved.id }]);
      await store.updateListing(id, listing('Acme Corrected Co', 'ACC', '2005-01-01'));
      expect((await list({ q: 'corrected' })).items.map((i) => i.listing?.company)).toEqual(['Acme Corrected Co']);
      await store.updateParse(id, { parserVersion: '2.0.0', parsed: packParse({ metrics: [metric] }), listing: listing('Acme Co', 'ACM', '2005-01-01'), searchText: 'reparsed words' });
      expect(await store.getReport(id)).toMatchObject({ parserVersion: '2.0.0', parsed: { metrics: [metric] } });
      expect(ids(await list({ q: 'reparsed' }))).toEqual([id]);
      const unlisted = await save('parsed, not listed', null, { parsed: packParse({ text: 'x' }) });
      expect(await store.listUnlisted(10)).toEqual([unlisted]);
      // Stale: written by another parser than 2.0.0 (or by none), oldest first.
      expect(await store.listStale('2.0.0', 10)).toEqual([unlisted]);
      expect(await store.listStale('9.9.9', 10)).toEqual([id, unlisted]);
      expect(await store.listStale('9.9.9', 1)).toEqual([id]);
    });

    it('keeps edit keys by hash, any number per report, and edit rights per browser; deleting takes them along', async () => {
      const keyHash = hashSecret('first key');
      const a = await save('report a', null, { editKeyHash: keyHash });
      const b = await save('report b');
      await store.addEditKey(a, hashSecret('second key'));
      expect([await store.isEditKey(a, keyHash), await store.isEditKey(a, hashSecret('second key')), await store.isEditKey(b, keyHash)]).toEqual([true, true, false]);
      await store.grantEditor(a, 'token-1');
      await store.grantEditor(a, 'token-1');
      expect([await store.isEditor(a, 'token-1'), await store.isEditor(b, 'token-1')]).toEqual([true, false]);
      await store.addCorrection(a, { factKey: 'k', kind: 'metric', action: 'dismiss', before: metric, after: null, reason: 'wrong' });
      expect(await store.deleteReport(a)).toBe(true);
      expect([await store.isEditKey(a, keyHash), await store.isEditor(a, 'token-1'), await store.listCorrections(a), await store.deleteReport(a)]).toEqual([false, false, [], false]);
    });

    it('counts requests per bucket and client in a window, and measures the space it takes', async () => {
      expect((await store.hit('uploads', '10.0.0.1', 60_000, true)).hits).toBe(1);
      expect((await store.hit('uploads', '10.0.0.1', 60_000, true)).hits).toBe(2);
      expect((await store.hit('uploads', '10.0.0.2', 60_000, true)).hits).toBe(1);
      expect((await store.hit('uploads', '10.0.0.1', 60_000, false)).hits).toBe(2);
      expect((await store.hit('searches', '10.0.0.1', 60_000, false)).hits).toBe(0);
      const before = await store.usedBytes();
      await save(`${'Incompressible words '.repeat(20)}${Array.from({ length: 60_000 }, (_, i) => (i * 7919) % 10007).join(' ')}`);
      expect(await store.usedBytes()).toBeGreaterThan(before);
    });

    it('stores a release whose text holds control characters and NUL', async () => {
      // File names come cleaned of control characters (cleanFileName); the text as the release has it.
      const id = await save('Stray \u0000 NUL and \u0007 bell in Zephyr Corp text.', listing('Zephyr Corp', 'ZPH', null), { fileName: 'zephyr.txt' });
      expect(ids(await list({ q: 'zephyr' }))).toEqual([id]);
    });
  });
}
