import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// The parser and the domain model are a library anyone could reuse: no UI, framework or storage.
const pureLibraryImports = {
  paths: ['react', 'react-dom', 'next', 'server-only', 'better-sqlite3', 'fs', 'node:fs', 'fs/promises', 'node:fs/promises'],
  patterns: [
    { group: ['react/*', 'react-dom/*', 'next/*'], message: 'lib/parse and lib/domain must not depend on React or Next.' },
    { group: ['@/lib/storage', '@/lib/storage/*', '**/storage', '**/storage/*'], message: 'lib/parse and lib/domain must not touch storage.' },
    { group: ['@/app/*', '@/components/*'], message: 'lib/parse and lib/domain must not import the app.' },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ['lib/parse/**', 'lib/domain/**'],
    // Tests may read fixtures from disk; the library itself may not.
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', pureLibraryImports] },
  },
  {
    // next.config.js is CommonJS (the customer fixed its name), so require() is how it imports.
    files: ['next.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  globalIgnores(['.next/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'data/**']),
]);
