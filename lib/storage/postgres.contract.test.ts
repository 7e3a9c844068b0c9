import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { PostgresReportStore } from './postgres';
import { storeContract } from './store-contract.test-helper';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

// One database per test, made and dropped on the server vitest's global setup provides.
let admin: pg.Client;
beforeAll(async () => {
  admin = new pg.Client({ connectionString: inject('postgresUrl') });
  await admin.connect();
});
afterAll(async () => {
  await admin.end();
});

function databaseUrl(name: string): string {
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/${name}`;
  return url.toString();
}

storeContract('Postgres', async () => {
  const name = `release_desk_test_${crypto.randomUUID().replace(/-/g, '')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const store = new PostgresReportStore(databaseUrl(name));
  await store.ready();
  return {
    store,
    dispose: async () => {
      await store.close();
      await admin.query(`DROP DATABASE ${name}`);
    },
  };
});
