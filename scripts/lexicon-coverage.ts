// Part of `npm run eval`: how many lexicon entries occur in the texts of exactly one company's
// documents in ../shared/corpus. A word only one document uses was most likely learned from it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRelease } from '../lib/parse';
import { lexiconEntries } from '../lib/parse/lexicon';
import { anyOf } from '../lib/parse/lexicon/patterns';

const corpus = path.join(__dirname, '..', '..', 'shared', 'corpus');
// Documents of one company are related: the unit is the company the manifest names.
const companies = new Map<string, string>();
for (const line of readFileSync(path.join(corpus, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1)) {
  const [file, company] = line.split('\t');
  if (file && company) companies.set(file, company.toLowerCase().replace(/\(.*?\)/g, '').split(/[\s,]+/).slice(0, 2).join(' '));
}
const texts = [...companies.keys()].map((file) => ({
  company: companies.get(file)!,
  text: parseRelease(new Uint8Array(readFileSync(path.join(corpus, file)))).text,
}));

const counts = lexiconEntries().map((entry) => {
  const pattern = new RegExp(String.raw`(?<![\w-])${anyOf(entry.forms)}(?![\w-])`, 'i');
  return { id: entry.id, companies: new Set(texts.filter((t) => pattern.test(t.text)).map((t) => t.company)).size };
});
const one = counts.filter((c) => c.companies === 1);
console.log(
  `lexicon: ${counts.length} entries; in no corpus company's text ${counts.filter((c) => c.companies === 0).length}, ` +
    `in exactly one ${one.length}, in two or more ${counts.filter((c) => c.companies >= 2).length}`,
);
if (process.argv.includes('--verbose')) for (const c of one) console.log(`  one company: ${c.id}`);
