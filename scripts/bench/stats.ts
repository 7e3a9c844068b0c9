import path from 'node:path';
import { percentile } from '../lib.mjs';

export { percentile };

// The project root; a bundled copy of the bench (under node_modules/.cache) is told it by its parent.
export const ROOT = process.env.RELEASE_DESK_ROOT ?? path.resolve(__dirname, '..', '..');

export const median = (values: number[]) => percentile(values, 50);
