import { PostgresReportStore } from './postgres';
import { storeContract } from './store-contract.test-helper';
import { createTestDatabase } from './test-database.test-helper';

// One database per test, made and dropped on the server vitest's global setup provides.
storeContract('Postgres', async () => {
  const database = await createTestDatabase('release_desk_test');
  const store = new PostgresReportStore(database.url);
  await store.ready();
  return {
    store,
    dispose: async () => {
      await store.close();
      await database.drop();
    },
  };
});
