import { readFileSync } from 'node:fs';
import path from 'node:path';

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
