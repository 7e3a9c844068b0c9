// The parser's measurements as one process prints them, as JSON: run bundled (as the app's
// production build runs the parser) or through the TypeScript loader (`seed` only, for reference).
import { benchAdversarial, benchCorpus, benchSeed } from './parse-bench';

const seedOnly = process.argv[2] === 'seed';
console.log(JSON.stringify(seedOnly ? { seed: benchSeed() } : { corpus: benchCorpus(), seed: benchSeed(), adversarial: benchAdversarial() }));
