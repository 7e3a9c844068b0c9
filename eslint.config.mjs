import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// The parser, the domain model and the report shaping are a library anyone could reuse: no UI, framework or storage.
const pureLibraryImports = {
  paths: ['react', 'react-dom', 'next', 'server-only', 'better-sqlite3', 'fs', 'node:fs', 'fs/promises', 'node:fs/promises'],
  patterns: [
    { group: ['react/*', 'react-dom/*', 'next/*'], message: 'lib/parse, lib/domain and lib/report must not depend on React or Next.' },
    { group: ['@/lib/storage', '@/lib/storage/*', '**/storage', '**/storage/*'], message: 'lib/parse, lib/domain and lib/report must not touch storage.' },
    { group: ['@/app/*', '@/components/*'], message: 'lib/parse, lib/domain and lib/report must not import the app.' },
  ],
};

const ZOD_IMPORT = { name: 'zod', message: "Import { z } from '@/lib/domain/zod', which the browser needs configured." };

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ['lib/parse/**', 'lib/domain/**', 'lib/report/**'],
    // Tests may read fixtures from disk; the library itself may not.
    ignores: ['**/*.test.ts', '**/*.test-helper.ts'],
    rules: { 'no-restricted-imports': ['error', pureLibraryImports] },
  },
  {
    // The browser must get zod configured not to probe eval (lib/domain/zod.ts explains why).
    files: ['lib/domain/**'],
    ignores: ['lib/domain/zod.ts', '**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { ...pureLibraryImports, paths: [...pureLibraryImports.paths, ZOD_IMPORT] }] },
  },
  {
    files: ['components/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [ZOD_IMPORT] }] },
  },
  {
    // `const { key: _key, ...rest } = fact` drops a field on purpose.
    rules: { '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true, varsIgnorePattern: '^_', argsIgnorePattern: '^_' }] },
  },
  {
    // next.config.js is CommonJS (the customer fixed its name), so require() is how it imports.
    files: ['next.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  globalIgnores(['.next/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'data/**']),
]);
