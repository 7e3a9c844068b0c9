// Run in its own process: parses one file 20 times and prints the process's peak RSS in MB.
import { readFileSync } from 'node:fs';
import { parseRelease } from '../../lib/parse';

const bytes = new Uint8Array(readFileSync(process.argv[2]!));
for (let i = 0; i < 20; i++) parseRelease(bytes);
console.log(JSON.stringify({ file: process.argv[2], peakRssMb: process.resourceUsage().maxRSS / 1024 }));
