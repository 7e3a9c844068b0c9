import type Database from 'better-sqlite3';
import { maxOf, minOf } from '@/lib/arrays';

/*
 * Names like a search word with a typo: "caterpilar" finds "Caterpillar Inc.". FTS5's trigram
 * index finds the names sharing a trigram with a word; of those, a name stays when one of its
 * words shares most trigrams with the word (Dice's coefficient).
 */

// Words shorter than this have too few trigrams to be told from other words.
const MIN_WORD = 4;
const MIN_SIMILARITY = 0.6;
const MAX_CANDIDATES = 500;

function trigrams(word: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= word.length; i++) grams.add(word.slice(i, i + 3));
  return grams;
}

function similarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= MIN_WORD);
}

/** The search rowids of reports whose company name or ticker is like every long word of the query, and the closest name. */
export function similarNames(db: Database.Database, query: string): { rowids: number[]; name: string | null } {
  const words = wordsOf(query).slice(0, 4);
  if (words.length === 0) return { rowids: [], name: null };
  const grams = words.map(trigrams);
  const match = [...new Set(grams.flatMap((g) => [...g]))].map((g) => `"${g.replace(/"/g, '""')}"`).join(' OR ');
  const candidates = db.prepare('SELECT rowid, name FROM reports_names WHERE reports_names MATCH ? LIMIT ?').all(match, MAX_CANDIDATES) as { rowid: number; name: string }[];
  let best: { name: string; score: number } | null = null;
  const rowids: number[] = [];
  for (const c of candidates) {
    const nameGrams = wordsOf(c.name).map(trigrams);
    const scores = grams.map((g) => maxOf(nameGrams.map((n) => similarity(g, n)), 0));
    const worst = minOf(scores);
    if (worst < MIN_SIMILARITY) continue;
    rowids.push(c.rowid);
    if (!best || worst > best.score) best = { name: c.name, score: worst };
  }
  return { rowids, name: best?.name ?? null };
}
