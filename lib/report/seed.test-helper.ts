import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRelease } from '@/lib/parse';

/** The sample release (American Locker Group, July 2005), parsed: the fixture the report tests read. */
export function parseSample() {
  return parseRelease(new Uint8Array(readFileSync(path.join(__dirname, '../../public/samples/american-locker-2005.txt'))));
}
