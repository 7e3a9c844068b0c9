// Chart colours as the theme's variables (app/globals.css), so charts follow dark mode as the page does.
const color = (name: string) => `var(--color-${name})`;

export const INK = color('slate-900');
export const MUTED_INK = color('slate-600');
export const GRID = color('slate-200');
export const SURFACE = color('white');
export const CURRENT = color('sky-700');
export const PRIOR = color('slate-400');
export const REST = color('slate-200');
/** One colour per series (customers, event types), in order: app/globals.css names them. */
export const SERIES = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `var(--chart-series-${n})`);
