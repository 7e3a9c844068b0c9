import * as z from 'zod';

// zod compiles object parsers with `new Function` once it has probed that eval works. In the
// browser the page's Content-Security-Policy forbids eval, so the probe itself is reported as a
// violation on every page: there the schemas run interpreted. The server keeps the compiled parsers.
if (typeof window !== 'undefined') z.config({ jitless: true });

/** zod, configured for where it runs: every schema of lib/domain is built from this import. */
export { z };
