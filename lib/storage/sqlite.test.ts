import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryQuerySchema } from '@/lib/domain/listing';
import { migrate, MIGRATIONS } from './migrations';
import { SqliteReportStore } from './sqlite';
import { hashSecret, newSecret } from '@/lib/secrets';
import { packParse } from './packed-parse';
import { TEAM_LIBRARY } from './report-store';

const encode = (text: string) => new TextEncoder().encode(text);

let dir: string;
let file: string;
const open: SqliteReportStore[] = [];

function openStore(): SqliteReportStore {
  const store = new SqliteReportStore(file);
  open.push(store);
  return store;
}

function release(text: string, fileName = 'release.txt') {
  return { fileName, bytes: encode(text), format: 'text' as const, parserVersion: null, parsed: null, listing: null, searchText: text, editKeyHash: hashSecret(newSecret()) };
}

function query(options: Record<string, unknown> = {}) {
  return LibraryQuerySchema.parse(options);
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'release-desk-store-'));
  file = path.join(dir, 'nested', 'reports.db');
});

afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('SqliteReportStore', () => {
  it('creates its folder and database file, in WAL mode, at the latest schema version', () => {
    openStore();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('saves a report and gets back its metadata, with a 128-bit id and the sha256 of the bytes', async () => {
    const store = openStore();
    const { report, copyOf } = await store.saveReport(release('abc', 'abc.txt'));
    expect(copyOf).toBeNull();
    expect(report.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(report).toMatchObject({
      fileName: 'abc.txt',
      // sha256("abc"), the FIPS 180-2 test vector
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      size: 3,
      format: 'text',
      parserVersion: null,
      copyOf: null,
    });
    expect(await store.getReport(report.id)).toEqual({ ...report, parsed: null });
  });

  it('keeps the original bytes exactly, including ones that are not valid UTF-8', async () => {
    const store = openStore();
    const bytes = new Uint8Array([0x93, 0x51, 0x75, 0x6f, 0x74, 0x65, 0x94, 0x00, 0xff]);
    const { report } = await store.saveReport({ ...release(''), bytes, fileName: 'odd.txt' });
    expect(await store.getOriginal(report.id)).toEqual({ fileName: 'odd.txt', format: 'text', bytes });
  });

  it('stores parsed results packed (gzipped JSON) and returns them as objects', async () => {
    const store = openStore();
    const parsed = { company: { name: 'American Locker Group Incorporated' }, metrics: [], text: 'Sales rose. '.repeat(5_000) };
    const { report } = await store.saveReport({ ...release('x'), parserVersion: '1.0.0', parsed: packParse(parsed) });
    expect(await store.getReport(report.id)).toMatchObject({ parserVersion: '1.0.0', parsed });
    const db = new Database(file, { readonly: true });
    const row = db.prepare('SELECT parsed_json, length(parsed_gzip) AS packed FROM reports WHERE id = ?').get(report.id) as { parsed_json: null; packed: number };
    db.close();
    // 60,000 characters of text in a few hundred bytes.
    expect(row.parsed_json).toBeNull();
    expect(row.packed).toBeLessThan(2_000);
  });

  it('still reads a parse stored as plain JSON by an earlier schema', async () => {
    const store = openStore();
    const { report } = await store.saveReport(release('stored plainly'));
    const db = new Database(file);
    db.prepare('UPDATE reports SET parsed_json = ?, parsed_gzip = NULL WHERE id = ?').run(JSON.stringify({ metrics: [{ metric: 'revenue' }] }), report.id);
    db.close();
    expect((await store.getReport(report.id))?.parsed).toEqual({ metrics: [{ metric: 'revenue' }] });
  });

  it('replaces the parsed result and parser version of a report, keeping its bytes', async () => {
    const store = openStore();
    const { report } = await store.saveReport({ ...release('reparse me'), parserVersion: '0.1.0', parsed: packParse({ metrics: [] }) });
    await store.updateParse(report.id, { parserVersion: '0.2.0', parsed: packParse({ metrics: [{ metric: 'revenue' }] }), listing: null, searchText: 'reparse me' });
    expect(await store.getReport(report.id)).toMatchObject({
      parserVersion: '0.2.0',
      parsed: { metrics: [{ metric: 'revenue' }] },
      createdAt: report.createdAt,
    });
    expect((await store.getOriginal(report.id))?.bytes).toEqual(encode('reparse me'));
  });

  it('makes each upload of the same bytes its own report, stores the bytes once and lists the copies with the first', async () => {
    const store = openStore();
    const firstKey = hashSecret('the first upload key');
    const first = await store.saveReport({ ...release('same bytes', 'a.txt'), editKeyHash: firstKey });
    const second = await store.saveReport(release('same bytes', 'b.txt'));
    expect(second.copyOf).toBe(first.report.id);
    expect(second.report).toMatchObject({ fileName: 'b.txt', sha256: first.report.sha256, copyOf: first.report.id });
    expect(second.report.id).not.toBe(first.report.id);
    expect([await store.isEditKey(first.report.id, firstKey), await store.isEditKey(second.report.id, firstKey)]).toEqual([true, false]);
    expect((await store.getOriginal(second.report.id))?.bytes).toEqual(encode('same bytes'));
    expect((await store.listCopies(second.report.id, TEAM_LIBRARY)).map((c) => c.fileName)).toEqual(['a.txt', 'b.txt']);
    const listed = await store.listReports(query(), TEAM_LIBRARY);
    expect([listed.total, listed.items.map((i) => [i.fileName, i.copies])]).toEqual([1, [['a.txt', 1]]]);
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM originals').get()).toEqual({ n: 1 });
    db.close();
  });

  it('lets the oldest copy stand for the file when its first report is deleted, and drops the bytes with the last', async () => {
    const store = openStore();
    const searched = { ...release('copied release text', 'a.txt'), searchText: 'copied release text' };
    const first = await store.saveReport(searched);
    const second = await store.saveReport({ ...searched, fileName: 'b.txt', editKeyHash: hashSecret(newSecret()) });
    const third = await store.saveReport({ ...searched, fileName: 'c.txt', editKeyHash: hashSecret(newSecret()) });
    await store.deleteReport(first.report.id);
    expect((await store.getReport(second.report.id))?.copyOf).toBeNull();
    expect((await store.getReport(third.report.id))?.copyOf).toBe(second.report.id);
    const found = await store.listReports(query({ q: 'copied' }), TEAM_LIBRARY);
    expect(found.items.map((i) => [i.fileName, i.copies])).toEqual([['b.txt', 1]]);
    await store.deleteReport(second.report.id);
    await store.deleteReport(third.report.id);
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM originals').get()).toEqual({ n: 0 });
    db.close();
  });

  it('answers null for an unknown id', async () => {
    const store = openStore();
    expect(await store.getReport('no-such-id')).toBeNull();
    expect(await store.getOriginal('no-such-id')).toBeNull();
  });

  it('lists reports newest first, a page at a time, with the total', async () => {
    const store = openStore();
    const names = ['one.txt', 'two.txt', 'three.txt'];
    for (const name of names) {
      await store.saveReport(release(name, name));
      await new Promise((resolve) => setTimeout(resolve, 5)); // distinct created_at
    }
    const page1 = await store.listReports(query({ pageSize: 2 }), TEAM_LIBRARY);
    const page2 = await store.listReports(query({ pageSize: 2, page: 2 }), TEAM_LIBRARY);
    expect(page1.items.map((r) => r.fileName)).toEqual(['three.txt', 'two.txt']);
    expect(page2.items.map((r) => r.fileName)).toEqual(['one.txt']);
    expect(page1).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page1.items[0]).toEqual({
      id: expect.any(String),
      fileName: 'three.txt',
      size: 9,
      format: 'text',
      createdAt: expect.any(String),
      listing: null,
      snippet: null,
      copies: 0,
    });
  });

  it('keeps reports across reopening the file', async () => {
    const { report } = await openStore().saveReport(release('durable'));
    for (const store of open.splice(0)) await store.close();
    expect(await openStore().getReport(report.id)).toEqual({ ...report, parsed: null });
  });
});

describe('rate limits and the space used', () => {
  it('counts requests per bucket and client in a fixed window, reads without counting, and starts afresh when the window ends', async () => {
    const store = openStore();
    const at = Date.now();
    expect((await store.hit('uploads', '10.0.0.1', 80, true)).hits).toBe(1);
    expect((await store.hit('uploads', '10.0.0.1', 80, true)).hits).toBe(2);
    expect((await store.hit('uploads', '10.0.0.2', 80, true)).hits).toBe(1);
    expect((await store.hit('searches', '10.0.0.1', 80, true)).hits).toBe(1);
    const read = await store.hit('uploads', '10.0.0.1', 80, false);
    expect(read.hits).toBe(2);
    expect(read.resetAt).toBeGreaterThanOrEqual(at + 80);
    expect(read.resetAt).toBeLessThanOrEqual(Date.now() + 80);
    expect((await store.hit('uploads', '10.0.0.9', 80, false)).hits).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await store.hit('uploads', '10.0.0.1', 80, false)).hits).toBe(0);
    expect((await store.hit('uploads', '10.0.0.1', 80, true)).hits).toBe(1);
  });

  it('measures the space the database takes: it grows by what is stored and falls when it is deleted', async () => {
    const store = openStore();
    const before = await store.usedBytes();
    const big = 'Net sales rose in the quarter. '.repeat(10_000); // 310,000 bytes
    const { report } = await store.saveReport(release(big));
    const after = await store.usedBytes();
    expect(after - before).toBeGreaterThan(300_000);
    await store.deleteReport(report.id);
    expect(await store.usedBytes()).toBeLessThan(after - 300_000);
  });
});

describe('migrate', () => {
  it.each(MIGRATIONS.map((_, version) => version))(
    'brings a database at schema version %i up to the latest version',
    (version) => {
      const db = new Database(':memory:');
      migrate(db, MIGRATIONS.slice(0, version));
      expect(db.pragma('user_version', { simple: true })).toBe(version);
      migrate(db);
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      db.close();
    },
  );

  it('opens a database written with the first schema and still serves its reports', async () => {
    mkdirSync(path.dirname(file), { recursive: true });
    const db = new Database(file);
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare(
      `INSERT INTO reports (id, file_name, sha256, size, format, content, parser_version, parsed_json,
                            created_at, updated_at)
       VALUES ('old-report-id', 'old.txt', ?, 3, 'text', ?, NULL, NULL, '2025-01-02T03:04:05.000Z',
               '2025-01-02T03:04:05.000Z')`,
    ).run('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', Buffer.from('abc'));
    db.close();

    const store = openStore();
    expect(await store.getReport('old-report-id')).toMatchObject({ fileName: 'old.txt', size: 3 });
    expect((await store.getOriginal('old-report-id'))?.bytes).toEqual(encode('abc'));
    // The same bytes uploaded after the upgrade are a copy of the old report: the bytes were moved, not lost.
    expect((await store.saveReport(release('abc'))).copyOf).toBe('old-report-id');
  });

  it('keeps corrections and edit rights when the reports table is rebuilt (schema 7)', async () => {
    mkdirSync(path.dirname(file), { recursive: true });
    const db = new Database(file);
    migrate(db, MIGRATIONS.slice(0, 6));
    db.prepare(
      `INSERT INTO reports (id, file_name, sha256, size, format, content, created_at, updated_at, search_rowid)
       VALUES ('kept', 'k.txt', ?, 3, 'text', ?, '2025-01-02T03:04:05.000Z', '2025-01-02T03:04:05.000Z', 1)`,
    ).run('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', Buffer.from('abc'));
    db.prepare(
      `INSERT INTO corrections (report_id, fact_key, kind, action, before_json, after_json, reason, created_at)
       VALUES ('kept', 'k', 'metric', 'dismiss', 'null', NULL, 'old reason', '2025-01-02T03:04:05.000Z')`,
    ).run();
    db.prepare("INSERT INTO report_editors (report_id, token_hash) VALUES ('kept', 'hash')").run();
    db.close();

    const store = openStore();
    expect((await store.listCorrections('kept')).map((c) => c.reason)).toEqual(['old reason']);
    expect(await store.isEditor('kept', 'hash')).toBe(true);
    expect((await store.getOriginal('kept'))?.bytes).toEqual(encode('abc'));
    // Foreign keys are on again: deleting the report takes its trail with it.
    await store.deleteReport('kept');
    expect(await store.listCorrections('kept')).toEqual([]);
  });

  it('hashes the plain edit keys of schema 8 and drops them (schema 9): the old links keep working', async () => {
    mkdirSync(path.dirname(file), { recursive: true });
    const db = new Database(file);
    migrate(db, MIGRATIONS.slice(0, 8));
    db.prepare('INSERT INTO originals (sha256, size, content) VALUES (?, 3, ?)').run('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', Buffer.from('abc'));
    db.prepare(
      `INSERT INTO reports (id, file_name, sha256, size, format, created_at, updated_at, search_rowid, edit_key)
       VALUES ('keyed', 'k.txt', ?, 3, 'text', '2025-01-02T03:04:05.000Z', '2025-01-02T03:04:05.000Z', 1, 'plain-old-key')`,
    ).run('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    db.close();

    const store = openStore();
    expect(await store.isEditKey('keyed', hashSecret('plain-old-key'))).toBe(true);
    expect(await store.isEditKey('keyed', 'plain-old-key')).toBe(false);
    const raw = new Database(file, { readonly: true });
    expect((raw.pragma('table_info(reports)') as { name: string }[]).map((c) => c.name)).not.toContain('edit_key');
    expect(raw.prepare('SELECT key_hash, report_id FROM edit_keys').all()).toEqual([{ key_hash: hashSecret('plain-old-key'), report_id: 'keyed' }]);
    raw.close();
  });

  it('refuses a database written by a newer version of the app', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    expect(() => migrate(db)).toThrow(/newer than this app knows/);
    db.close();
  });
});
