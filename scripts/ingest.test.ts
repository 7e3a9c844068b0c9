import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { databaseForSuite } from '../lib/storage/test-database.test-helper';
import { progressLine, summary } from './ingest-report';

const run = promisify(execFile);
const ROOT = path.join(__dirname, '..');

describe('what ingest prints', () => {
  const started = 1_000_000;
  it('shows a bar, the count, failures, the rate and the time left', () => {
    // 300 of 1,000 done in 10 s (250 stored): 25/s, 700 left → 28 s.
    const tally = { total: 1000, stored: 250, skipped: 40, failed: 10, started };
    expect(progressLine(tally, started + 10_000)).toBe('[#######.................] 300/1,000 · 10 failed · 25.0/s · ETA 28s');
    expect(progressLine({ ...tally, stored: 950 }, started + 125_000)).toBe('[########################] 1,000/1,000 · 10 failed · 7.6/s');
  });

  it('sums up what was stored, skipped and failed', () => {
    expect(summary({ total: 5, stored: 1, skipped: 3, failed: 1, started }, 1, started + 2_000)).toBe(
      'Stored 1 release in 2s (0.5/s, 1 parser thread); 3 skipped (stored already); 1 failed:',
    );
    expect(summary({ total: 4200, stored: 4200, skipped: 0, failed: 0, started }, 2, started + 84_000)).toBe(
      'Stored 4,200 releases in 1m24s (50.0/s, 2 parser threads); 0 skipped (stored already); none failed.',
    );
  });
});

/** A folder of made-up releases: three, one of them twice (once in a subfolder), and an image. */
function releases(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'release-desk-ingest-'));
  mkdirSync(path.join(dir, 'more'));
  const release = (company: string) =>
    `${company} Reports Results\n\nSPRINGFIELD, IL--(BUSINESS WIRE)--March 3, 2025--${company} today reported net sales of\n$12,345,678 for the fiscal year ended December 31, 2024.\n`;
  writeFileSync(path.join(dir, 'kappa.txt'), release('Kappa Mining Corp'));
  writeFileSync(path.join(dir, 'lambda.txt'), release('Lambda Foods Inc'));
  writeFileSync(path.join(dir, 'more', 'mu.htm'), `<html><body><p>${release('Mu Robotics Inc')}</p></body></html>`);
  writeFileSync(path.join(dir, 'more', 'kappa-again.txt'), release('Kappa Mining Corp'));
  writeFileSync(path.join(dir, 'more', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
  return dir;
}

async function ingest(env: Record<string, string>, args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, [path.join(ROOT, 'scripts', 'ingest.mjs'), '--threads', '2', ...args], { env: { ...process.env, ...env }, cwd: ROOT });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

/** The summary with its timing taken out: "Stored 3 releases in …; 1 skipped …". */
const untimed = (stdout: string) => stdout.replace(/ in \d+(?:m\d+)?s \([\d.]+\/s, /, ' in … (');

function expectRun(stdout: string, stored: number, skipped: number, folder: string) {
  expect(untimed(stdout).split('\n')).toEqual([
    `Stored ${stored} release${stored === 1 ? '' : 's'} in … (2 parser threads); ${skipped} skipped (stored already); 1 failed:`,
    `  ${path.join(folder, 'more', 'logo.png')}: This is not a press release we can read: upload plain text, HTML or an EDGAR submission (.txt, .htm), not an image, PDF or archive.`,
    '',
  ]);
}

describe('npm run ingest', () => {
  it('loads a folder into SQLite, says what failed and why, and skips what is stored when run again', async () => {
    const folder = releases();
    const databasePath = path.join(mkdtempSync(path.join(tmpdir(), 'release-desk-ingest-db-')), 'reports.db');
    try {
      const first = await ingest({ DATABASE_PATH: databasePath }, [folder]);
      expect(first.code).toBe(1);
      expectRun(first.stdout, 3, 1, folder);
      const db = new Database(databasePath, { readonly: true });
      expect(db.prepare('SELECT company FROM reports ORDER BY company').all()).toEqual([{ company: 'Kappa Mining Corp' }, { company: 'Lambda Foods Inc' }, { company: 'Mu Robotics Inc' }]);
      db.close();
      const again = await ingest({ DATABASE_PATH: databasePath }, [folder]);
      expectRun(again.stdout, 0, 4, folder);
    } finally {
      rmSync(folder, { recursive: true, force: true });
      rmSync(path.dirname(databasePath), { recursive: true, force: true });
    }
  }, 60_000);

  it('stores a release over the time budget unread, as an upload would be, and reads the others', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'release-desk-ingest-slow-'));
    const databasePath = path.join(folder, 'reports.db');
    const sentence = 'Sales to one customer accounted for 12% of net sales in 2004, while sales to another customer accounted for 9% of net sales. ';
    writeFileSync(path.join(folder, 'long.txt'), `Zeta Tools Inc Reports Results\n\n${sentence.repeat(12_000)}`);
    writeFileSync(path.join(folder, 'short.txt'), 'Eta Systems Inc Reports Results\n\nEta Systems Inc today reported net sales of $4.2 million for 2024.\n');
    try {
      const { code, stdout } = await ingest({ DATABASE_PATH: databasePath, PARSE_BUDGET_MS: '300' }, [path.join(folder, 'long.txt'), path.join(folder, 'short.txt')]);
      expect(code).toBe(0);
      expect(untimed(stdout)).toBe('Stored 2 releases in … (2 parser threads); 0 skipped (stored already); none failed.\n');
      const db = new Database(databasePath, { readonly: true });
      expect(db.prepare('SELECT file_name AS file, parse_failure AS failure, company FROM reports ORDER BY file_name').all()).toEqual([
        { file: 'long.txt', failure: 'timed_out', company: null },
        { file: 'short.txt', failure: null, company: 'Eta Systems Inc' },
      ]);
      db.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);

  describe('on Postgres', () => {
    const database = databaseForSuite('release_desk_ingest');

    it('loads the same folder, listed in a file, and skips it the second time', async () => {
      const folder = releases();
      try {
        const list = `${folder}.list`;
        writeFileSync(list, `${folder}\n`);
        expectRun((await ingest({ DATABASE_URL: database.url }, [`@${list}`])).stdout, 3, 1, folder);
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        expect((await client.query('SELECT company FROM reports ORDER BY company')).rows).toEqual([{ company: 'Kappa Mining Corp' }, { company: 'Lambda Foods Inc' }, { company: 'Mu Robotics Inc' }]);
        await client.end();
        expectRun((await ingest({ DATABASE_URL: database.url }, [folder])).stdout, 0, 4, folder);
      } finally {
        rmSync(folder, { recursive: true, force: true });
        rmSync(`${folder}.list`, { force: true });
      }
    }, 60_000);
  });
});
