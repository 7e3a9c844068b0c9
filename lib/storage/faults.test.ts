import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { guarded } from '@/lib/http/responses';
import { isStorageFault, StorageUnusableError } from './faults';
import { SqliteReportStore } from './sqlite';
import { hashSecret, newSecret } from '@/lib/secrets';
import { TEAM_LIBRARY } from './report-store';

const dirs: string[] = [];
const tempFile = (name: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'release-desk-faults-'));
  dirs.push(dir);
  return path.join(dir, name);
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const release = (text: string) => ({ fileName: 'f.txt', bytes: new TextEncoder().encode(text), format: 'text' as const, parserVersion: null, parsed: null, listing: null, searchText: text, editKeyHash: hashSecret(newSecret()) });

describe('storage faults', () => {
  it('refuses at start a file that is not a database, saying which file and what to do', () => {
    const file = tempFile('reports.db');
    writeFileSync(file, Buffer.alloc(8192, 'not a database at all '));
    expect(() => new SqliteReportStore(file)).toThrow(StorageUnusableError);
    expect(() => new SqliteReportStore(file)).toThrow(/reports\.db cannot be used: .*Restore it from a backup/);
  });

  it('answers a lock held by another process within a fraction of a second, as a storage fault', async () => {
    const file = tempFile('locked.db');
    const store = new SqliteReportStore(file);
    const other = new Database(file);
    other.exec('BEGIN EXCLUSIVE');
    const started = Date.now();
    const error = await store.saveReport(release('locked out')).then(() => null, (e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(isStorageFault(error)).toBe(true);
    other.exec('ROLLBACK');
    other.close();
    // Once the lock is gone the store works again, nothing half-written.
    await store.saveReport(release('after the lock'));
    expect((await store.listReports({ q: '', sort: 'uploaded', group: 'none', page: 1, pageSize: 10 }, TEAM_LIBRARY)).total).toBe(1);
    await store.close();
  });

  it('waits for a lock without holding the thread: other work runs meanwhile, then the write gives up', async () => {
    const file = tempFile('held.db');
    const store = new SqliteReportStore(file);
    const other = new Database(file);
    other.exec('BEGIN EXCLUSIVE');
    const ticks: number[] = [];
    const timer = setInterval(() => ticks.push(Date.now()), 10);
    const started = Date.now();
    const error = await store.saveReport(release('held out')).then(() => null, (e: unknown) => e);
    clearInterval(timer);
    // A blocking wait (busy_timeout) would let no tick run until the write had failed.
    expect(ticks.filter((t) => t < Date.now() - 20).length).toBeGreaterThanOrEqual(5);
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    expect(isStorageFault(error)).toBe(true);
    // A lock let go while the write waits: the write goes through.
    const pending = store.saveReport(release('waited for'));
    setTimeout(() => other.exec('ROLLBACK'), 60);
    await expect(pending).resolves.toMatchObject({ copyOf: null });
    other.close();
    await store.close();
  });

  it("in a thread of its own, waits inside SQLite for another process's lock longer than a server would, and writes", async () => {
    const file = tempFile('own-thread.db');
    const store = new SqliteReportStore(file, { ownThread: true });
    // Another process holds the write lock for 600 ms: past a server's 250 ms, within SQLite's wait.
    const holder = spawn(process.execPath, ['-e', `const D = require(${JSON.stringify(require.resolve('better-sqlite3'))}); const d = new D(${JSON.stringify(file)}); d.exec('BEGIN EXCLUSIVE'); process.stdout.write('held'); setTimeout(() => { d.exec('ROLLBACK'); d.close(); }, 600);`]);
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    const started = Date.now();
    await expect(store.saveReport(release('waited inside'))).resolves.toMatchObject({ copyOf: null });
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    await new Promise((resolve) => holder.once('exit', resolve));
    await store.close();
  });

  it('turns a route’s storage fault into a 503 storage_unavailable with Retry-After; other errors stay errors', async () => {
    const full = guarded(async () => {
      throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    });
    const response = await full();
    expect([response.status, response.headers.get('retry-after'), (await response.json()).error.code]).toEqual([503, '30', 'storage_unavailable']);
    const bug = guarded(async () => {
      throw new TypeError('a bug of ours');
    });
    await expect(bug()).rejects.toThrow('a bug of ours');
  });
});
