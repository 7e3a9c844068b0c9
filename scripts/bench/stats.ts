import path from 'node:path';
import { percentile } from '../lib.mjs';

export { percentile };

export const ROOT = path.resolve(__dirname, '..', '..');

export const median = (values: number[]) => percentile(values, 50);
