// Parser measurements for `npm run bench`: corpus vs an html-to-text baseline, the seed, hostile input.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { convert } from 'html-to-text';
import { parseRelease } from '../../lib/parse';
import { decodeBytes } from '../../lib/parse/decode';
import { median, percentile, ROOT } from './stats';

const CORPUS = path.join(ROOT, '..', 'shared', 'corpus');

function corpusFiles(): { name: string; bytes: Uint8Array }[] {
  return ['releases', 'passages'].flatMap((folder) =>
    readdirSync(path.join(CORPUS, folder))
      .filter((name) => /\.(?:txt|html?)$/.test(name))
      .sort()
      .map((name) => ({ name: `${folder}/${name}`, bytes: new Uint8Array(readFileSync(path.join(CORPUS, folder, name))) })),
  );
}

/** The median of `runs` timings of `work`, in milliseconds. */
function timed(work: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

export type CorpusResult = { files: number; megabytes: number; p50: number; p95: number; totalParse: number; totalBaseline: number; slowest: string };

/** Every corpus file parsed and converted by html-to-text, each timed as the median of 5 runs. */
export function benchCorpus(): CorpusResult {
  const files = corpusFiles();
  for (const f of files) {
    parseRelease(f.bytes);
    convert(decodeBytes(f.bytes), { wordwrap: false });
  }
  const parse = files.map((f) => ({ name: f.name, ms: timed(() => parseRelease(f.bytes), 5) }));
  const baseline = files.map((f) => timed(() => convert(decodeBytes(f.bytes), { wordwrap: false }), 5));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const slowest = [...parse].sort((a, b) => b.ms - a.ms)[0]!;
  return {
    files: files.length,
    megabytes: sum(files.map((f) => f.bytes.byteLength)) / 1e6,
    p50: percentile(parse.map((p) => p.ms), 50),
    p95: percentile(parse.map((p) => p.ms), 95),
    totalParse: sum(parse.map((p) => p.ms)),
    totalBaseline: sum(baseline),
    slowest: `${slowest.name} ${slowest.ms.toFixed(1)} ms`,
  };
}

/**
 * The sample release's median parse time over 500 runs, after 300 to warm up. The parser keeps
 * nothing from one parse to the next, so each run reads the release as if it were new.
 */
export function benchSeed(): number {
  const seed = new Uint8Array(readFileSync(path.join(ROOT, 'public', 'samples', 'american-locker-2005.txt')));
  for (let i = 0; i < 300; i++) parseRelease(seed);
  return timed(() => parseRelease(seed), 500);
}

// Inputs built to trip regexes and parsers up: each must parse in time linear in its size.
const ADVERSARIAL: Record<string, string> = {
  'digit run': '1234567890',
  'spaced digits': '1 2 3 4 5 6 7 8 9 0 ',
  'in thousands': '(in thousands) ',
  'thousands lines': 'Net sales (in thousands) $1,234 $5,678\n',
  'unclosed tags': '<div><p><b>',
  'unclosed cells': '<td>1,234<td>(5,678)',
  'customer clause': 'Sales to USPS accounted for 53.9% of consolidated net sales ',
  'tabs and figures': '\t1\t2\t3',
  'period words': 'third quarter of fiscal 2004 ',
  'dates': 'December 31, 2004 ',
  // A browser's copy of a table, one cell per line, and a newswire's, the table run into one line.
  'cells per line': 'Net sales\n$\n1,234\n$\n5,678\n',
  'run-on table': 'Net sales $ 1,234 $ 5,678 ',
  // One event sentence over and over: each event's merge once compared it with every earlier one.
  'repeated event': 'Acme Industries acquired Foo Corp. on January 5, 2005. ',
};

export type AdversarialResult = { name: string; smallMs: number; largeMs: number; growth: number };

/**
 * Each adversarial input at 1 MB and 10 MB (the upload limit): linear time grows about 10× from
 * one to the other. The 1 MB time is the median of three: one run of a few hundred milliseconds
 * swung the ratio by a third with the host's load.
 */
export function benchAdversarial(): AdversarialResult[] {
  return Object.entries(ADVERSARIAL).map(([name, unit]) => {
    const [smallMs, largeMs] = ([[1_000_000, 3], [10_000_000, 1]] as const).map(([size, runs]) => {
      const input = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
      return timed(() => parseRelease(input), runs);
    }) as [number, number];
    return { name, smallMs, largeMs, growth: largeMs / Math.max(smallMs, 1) };
  });
}

export type CliResult = { cliMs: number; baselineMs: number; ratio: number };

/** The whole corpus through the parse CLI and through an html-to-text CLI, each a fresh process; medians of 3. */
export function benchCli(): CliResult {
  const files = corpusFiles().map((f) => path.join(CORPUS, f.name));
  const wall = (script: string) => {
    const start = performance.now();
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', ...script.split('/')), ...files], { maxBuffer: 1 << 30 });
    return performance.now() - start;
  };
  wall('parse.mjs'); // builds the bundle if the sources changed
  const cliMs = median([0, 1, 2].map(() => wall('parse.mjs')));
  const baselineMs = median([0, 1, 2].map(() => wall('bench/html-to-text-cli.mjs')));
  return { cliMs, baselineMs, ratio: cliMs / baselineMs };
}

/** The largest corpus file, for the peak-memory child process. */
export function largestFile(): string {
  const files = corpusFiles();
  const largest = files.reduce((a, b) => (b.bytes.byteLength > a.bytes.byteLength ? b : a));
  return path.join(CORPUS, largest.name);
}
