// A throwaway Postgres cluster for the tests (and anyone who wants one): Debian's postgresql
// package, initdb into a temp dir, pg_ctl start on a free port, stopped and removed afterwards.
// Node built-ins only: npm test may run this before anything is installed.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { baseEnv, freePort, run } from './lib.mjs';

const VERSIONS_DIR = '/usr/lib/postgresql';

/** The folder of initdb and pg_ctl (not on PATH in Debian), or null when no server is installed. */
export function postgresBin() {
  if (!existsSync(VERSIONS_DIR)) return null;
  const versions = readdirSync(VERSIONS_DIR).filter((v) => existsSync(path.join(VERSIONS_DIR, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(VERSIONS_DIR, versions[0], 'bin') : null;
}

/** Installs Debian's postgresql (server and contrib: pg_trgm, unaccent) when it is missing; needs root. */
export async function ensurePostgres() {
  if (postgresBin()) return;
  if (process.getuid?.() !== 0) throw new Error('Postgres is missing. Install Debian\'s "postgresql" package (sudo apt-get install postgresql), or set DATABASE_URL.');
  console.log('Installing Debian postgresql for the storage tests…');
  const apt = { env: { ...baseEnv, DEBIAN_FRONTEND: 'noninteractive' } };
  if ((await run('apt-get', ['update', '-qq'], apt)) !== 0 || (await run('apt-get', ['install', '-y', '-qq', 'postgresql'], apt)) !== 0) {
    throw new Error('apt-get could not install postgresql.');
  }
}

/**
 * Starts a cluster of its own on a free port of 127.0.0.1 and resolves with its URL and a stop
 * function. initdb refuses to run as root: as root the cluster is the postgres user's.
 */
export async function startCluster() {
  const bin = postgresBin();
  if (!bin) throw new Error('Postgres is not installed (see ensurePostgres).');
  const dir = mkdtempSync(path.join(tmpdir(), 'release-desk-pg-'));
  const root = process.getuid?.() === 0;
  const as = (command, args) => (root ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]);
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const port = await freePort();
  const exec = (command, args) => {
    const [c, a] = as(command, args);
    execFileSync(c, a, { stdio: ['ignore', 'ignore', 'pipe'] });
  };
  exec(path.join(bin, 'initdb'), ['-D', path.join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8']);
  const start = () => exec(path.join(bin, 'pg_ctl'), ['-D', path.join(dir, 'data'), '-l', path.join(dir, 'log'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, '-w', 'start']);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    /** Stops the server as an outage would (connections cut), keeping its data for `resume`. */
    pause: () => exec(path.join(bin, 'pg_ctl'), ['-D', path.join(dir, 'data'), '-m', 'fast', '-w', 'stop']),
    resume: start,
    stop() {
      try {
        exec(path.join(bin, 'pg_ctl'), ['-D', path.join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
