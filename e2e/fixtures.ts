import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

export const SAMPLE_PATH = path.join(__dirname, '..', 'public', 'samples', 'american-locker-2005.txt');
export const SAMPLE_TEXT = readFileSync(SAMPLE_PATH, 'utf8');

/** A short, unique, made-up release, so parallel tests never collide on duplicate bytes. */
export function madeUpRelease(company: string): string {
  return [
    `${company} Reports Results`,
    '',
    `SPRINGFIELD, IL--(BUSINESS WIRE)--March 3, 2025--${company} today reported net sales of`,
    `$12,345,678 for the fiscal year ended December 31, 2024. [${crypto.randomUUID()}]`,
  ].join('\n');
}

export const PNG_BYTES = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);

export const ELEVEN_MB = 11 * 1024 * 1024;

/** The sample with a unique last line: its own report, so this browser is its uploader and may correct it. */
export function ownSample(): string {
  return `${SAMPLE_TEXT}\n[copy ${crypto.randomUUID()}]\n`;
}

/** Files people drop by mistake or on purpose, each with what the app must say of it. */
export function hostileFiles() {
  const tag = crypto.randomUUID();
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n');
  const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]);
  // windows-1252 curly quotes (0x93, 0x94) are not valid UTF-8.
  const invalidUtf8 = Buffer.concat([Buffer.from(`Kappa Corp. [${tag}] said `), Buffer.from([0x93]), Buffer.from('net sales rose'), Buffer.from([0x94]), Buffer.from(' to $1,234,567 in 2024.\n')]);
  const hostileHtml = `<html><body><p>Lambda Corp [${tag}] net sales rose.</p><script>alert('script')</script>
<iframe src="javascript:alert('iframe')"></iframe><img src="x" onerror="alert('onerror')">
<a href="javascript:alert('link')">click</a></body></html>`;
  const nested = `${'<div>'.repeat(10_000)}Mu Corp [${tag}] net sales rose.${'</div>'.repeat(10_000)}`;
  const oneLine = `Nu Corp [${tag}] `.padEnd(64, ' ') + 'Net sales were $1,234 in thousands, up 5% from 2023. '.repeat(20_000);
  return {
    refused: [
      { name: 'empty.txt', buffer: Buffer.alloc(0), message: 'This file is empty', code: 'empty_file', status: 400 },
      { name: 'blank.txt', buffer: Buffer.from('  \n\t \r\n  '), message: 'This file is empty', code: 'empty_file', status: 400 },
      { name: 'chart.png', buffer: PNG_BYTES, message: 'not a press release we can read', code: 'unsupported_type', status: 415 },
      { name: 'report.pdf', buffer: pdf, message: 'not a press release we can read', code: 'unsupported_type', status: 415 },
      { name: 'pdf-named.txt', buffer: pdf, message: 'not a press release we can read', code: 'unsupported_type', status: 415 },
      { name: 'archive.zip', buffer: zip, message: 'not a press release we can read', code: 'unsupported_type', status: 415 },
    ],
    accepted: [
      { name: 'kappa-1252.txt', buffer: invalidUtf8, excerpt: 'said “net sales rose” to $1,234,567' },
      { name: 'lambda.htm', buffer: Buffer.from(hostileHtml), excerpt: 'net sales rose.' },
      { name: 'mu-nested.htm', buffer: Buffer.from(nested), excerpt: 'net sales rose.' },
      { name: 'nu-one-line.txt', buffer: Buffer.from(oneLine), excerpt: 'Net sales were $1,234 in thousands' },
    ],
  };
}

export const FIFTY_MB = 50 * 1024 * 1024;

/** Dismisses every alert/confirm the page opens and counts them: uploaded content must open none. */
export function countDialogs(page: Page): () => number {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  return () => dialogs;
}
