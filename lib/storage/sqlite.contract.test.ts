import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SqliteReportStore } from './sqlite';
import { storeContract } from './store-contract.test-helper';

storeContract('SQLite', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'release-desk-contract-'));
  const store = new SqliteReportStore(path.join(dir, 'reports.db'));
  return {
    store,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
