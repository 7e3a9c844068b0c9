import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// Playwright evaluates this file in the runner and again in each worker; the runner picks the
// port and database once and the workers inherit them through the environment.
function freePort(): string {
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  return execFileSync(process.execPath, ['-e', script]).toString().trim();
}
process.env.E2E_PORT ??= freePort();
process.env.E2E_DATABASE_PATH ??= path.join(mkdtempSync(path.join(tmpdir(), 'release-desk-e2e-')), 'e2e.db');

const port = process.env.E2E_PORT;
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: {
    // The same path as `npm start`: install if needed, build if stale, serve the production app.
    command: 'node scripts/start.mjs',
    url: `${baseURL}/api/reports?pageSize=1`,
    // A short parse budget, so a test can reach it with a file under the upload limit. The suite
    // uploads and searches faster than a person from one address: its limits are off here and
    // checked on servers of their own (rate-limits.spec.ts).
    env: { PORT: port, DATABASE_PATH: process.env.E2E_DATABASE_PATH, PARSE_BUDGET_MS: '5000', UPLOADS_PER_MINUTE: '0', SEARCHES_PER_MINUTE: '0' },
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
