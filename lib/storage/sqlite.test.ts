import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryQuerySchema } from '@/lib/domain/listing';
import { MIGRATIONS } from './migrations';
import { migrate, SqliteReportStore } from './sqlite';

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
  return { fileName, bytes: encode(text), format: 'text' as const, parserVersion: null, parsed: null, listing: null, searchText: text };
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
    const { report, created } = await store.saveReport(release('abc', 'abc.txt'));
    expect(created).toBe(true);
    expect(report.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(report).toMatchObject({
      fileName: 'abc.txt',
      // sha256("abc"), the FIPS 180-2 test vector
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      size: 3,
      format: 'text',
      parserVersion: null,
      parsed: null,
    });
    expect(await store.getReport(report.id)).toEqual(report);
  });

  it('keeps the original bytes exactly, including ones that are not valid UTF-8', async () => {
    const store = openStore();
    const bytes = new Uint8Array([0x93, 0x51, 0x75, 0x6f, 0x74, 0x65, 0x94, 0x00, 0xff]);
    const { report } = await store.saveReport({ ...release(''), bytes, fileName: 'odd.txt' });
    expect(await store.getOriginal(report.id)).toEqual({ fileName: 'odd.txt', format: 'text', bytes });
  });

  it('stores parsed results as JSON and returns them as objects', async () => {
    const store = openStore();
    const parsed = { company: { name: 'American Locker Group Incorporated' }, metrics: [] };
    const { report } = await store.saveReport({ ...release('x'), parserVersion: '1.0.0', parsed });
    expect(await store.getReport(report.id)).toMatchObject({ parserVersion: '1.0.0', parsed });
  });

  it('replaces the parsed result and parser version of a report, keeping its bytes', async () => {
    const store = openStore();
    const { report } = await store.saveReport({ ...release('reparse me'), parserVersion: '0.1.0', parsed: { metrics: [] } });
    await store.updateParse(report.id, { parserVersion: '0.2.0', parsed: { metrics: [{ metric: 'revenue' }] }, listing: null, searchText: 'reparse me' });
    expect(await store.getReport(report.id)).toMatchObject({
      parserVersion: '0.2.0',
      parsed: { metrics: [{ metric: 'revenue' }] },
      createdAt: report.createdAt,
    });
    expect((await store.getOriginal(report.id))?.bytes).toEqual(encode('reparse me'));
  });

  it('returns the earlier report when the same bytes are saved again, whatever the file name', async () => {
    const store = openStore();
    const first = await store.saveReport(release('same bytes', 'a.txt'));
    const second = await store.saveReport(release('same bytes', 'b.txt'));
    expect(second).toEqual({ report: first.report, created: false });
    expect((await store.listReports(query())).total).toBe(1);
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
    const page1 = await store.listReports(query({ pageSize: 2 }));
    const page2 = await store.listReports(query({ pageSize: 2, page: 2 }));
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
    });
  });

  it('keeps reports across reopening the file', async () => {
    const { report } = await openStore().saveReport(release('durable'));
    for (const store of open.splice(0)) await store.close();
    expect(await openStore().getReport(report.id)).toEqual(report);
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
    // The same bytes uploaded after the upgrade are still recognised as that report.
    expect((await store.saveReport(release('abc'))).report.id).toBe('old-report-id');
  });

  it('refuses a database written by a newer version of the app', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    expect(() => migrate(db)).toThrow(/newer than this app knows/);
    db.close();
  });
});
