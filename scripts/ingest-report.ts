// What `npm run ingest` prints: a progress line while it runs and a summary at the end.

export type Tally = { total: number; stored: number; skipped: number; failed: number; started: number };

const BAR = 24;

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

/** "[#######.................] 1,204/5,000 · 3 failed · 41.2/s · ETA 1m32s" */
export function progressLine(t: Tally, now = Date.now()): string {
  const done = t.stored + t.skipped + t.failed;
  const filled = t.total === 0 ? BAR : Math.round((BAR * Math.min(done, t.total)) / t.total);
  const rate = t.stored / Math.max((now - t.started) / 1000, 0.001);
  const left = Math.max(0, t.total - done);
  const eta = rate > 0 ? ` · ETA ${duration((left / rate) * 1000)}` : '';
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}] ${done.toLocaleString('en-US')}/${t.total.toLocaleString('en-US')} · ${t.failed} failed · ${rate.toFixed(1)}/s${left > 0 ? eta : ''}`;
}

/**
 * "Stored 4,990 releases in 2m01s (41.2/s, 2 parser threads); 8 skipped (stored already); 2 failed:";
 * `by` is the parser threads here, or 'queue' when the queue's workers did the parsing.
 */
export function summary(t: Tally, by: number | 'queue', now = Date.now()): string {
  const seconds = Math.max((now - t.started) / 1000, 0.001);
  const failures = t.failed === 0 ? 'none failed.' : `${t.failed} failed:`;
  const who = by === 'queue' ? "by the queue's workers" : `${by} parser thread${by === 1 ? '' : 's'}`;
  return `Stored ${t.stored.toLocaleString('en-US')} release${t.stored === 1 ? '' : 's'} in ${duration(seconds * 1000)} (${(t.stored / seconds).toFixed(1)}/s, ${who}); ${t.skipped.toLocaleString('en-US')} skipped (stored already); ${failures}`;
}
