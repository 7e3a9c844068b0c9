import { describe, expect, it } from 'vitest';
import { databaseForSuite } from '../storage/test-database.test-helper';
import { ReparseQueue } from './reparse-queue';

describe('ReparseQueue on Postgres', () => {
  const database = databaseForSuite('release_desk_reparse');

  it('two servers queue the same stale reports at start; the two share them and each report is read once', async () => {
    const servers = [new ReparseQueue(database.url), new ReparseQueue(database.url)];
    const ids = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'];
    await servers[0]!.enqueue(ids);
    await servers[1]!.enqueue([...ids].reverse());
    const readBy: Record<string, number[]> = {};
    await Promise.all(
      servers.map((server, n) =>
        server.work(async (id) => {
          (readBy[id] ??= []).push(n);
          // A parse's worth of time, so that both servers have work in hand at once.
          await new Promise((resolve) => setTimeout(resolve, 300));
        }),
      ),
    );
    await expect.poll(() => Object.keys(readBy).length, { timeout: 20_000 }).toBe(ids.length);
    // Time for a duplicate job, had there been one, to be taken as well.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await Promise.all(servers.map((server) => server.stop()));
    expect(Object.keys(readBy).sort()).toEqual(ids);
    expect(Object.values(readBy).map((by) => by.length)).toEqual(ids.map(() => 1));
    expect(new Set(Object.values(readBy).flat()).size).toBe(2);
  }, 40_000);
});
