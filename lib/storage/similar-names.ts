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
export const MAX_CANDIDATES = 500;

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

/** The long words of a query a typo search compares, at most four. */
export function typoWords(query: string): string[] {
  return wordsOf(query).slice(0, 4);
}

/** The trigrams of the words: a name sharing none of them cannot be like the words. */
export function trigramsOf(words: string[]): string[] {
  return [...new Set(words.flatMap((w) => [...trigrams(w)]))];
}

/**
 * Of candidate names (each with its key), those whose words are like every word of the query (the
 * same test in both engines), and the closest name.
 */
export function closestNames<K>(words: string[], candidates: { key: K; name: string }[]): { keys: K[]; name: string | null } {
  const grams = words.map(trigrams);
  let best: { name: string; score: number } | null = null;
  const keys: K[] = [];
  for (const c of candidates) {
    const nameGrams = wordsOf(c.name).map(trigrams);
    const scores = grams.map((g) => maxOf(nameGrams.map((n) => similarity(g, n)), 0));
    const worst = minOf(scores);
    if (worst < MIN_SIMILARITY) continue;
    keys.push(c.key);
    if (!best || worst > best.score) best = { name: c.name, score: worst };
  }
  return { keys, name: best?.name ?? null };
}

/**
 * The search rowids of reports whose company name or ticker is like every long word of the query,
 * and the closest name. Candidates are distinct names, so a company's every release is found
 * however many it has (the Postgres store does the same).
 */
export function similarNames(db: Database.Database, query: string): { rowids: number[]; name: string | null } {
  const words = typoWords(query);
  if (words.length === 0) return { rowids: [], name: null };
  const match = trigramsOf(words).map((g) => `"${g.replace(/"/g, '""')}"`).join(' OR ');
  const candidates = db.prepare('SELECT DISTINCT name FROM reports_names WHERE reports_names MATCH ? LIMIT ?').all(match, MAX_CANDIDATES) as { name: string }[];
  const { keys: names, name } = closestNames(words, candidates.map((c) => ({ key: c.name, name: c.name })));
  if (names.length === 0) return { rowids: [], name: null };
  const rowids = db.prepare(`SELECT rowid FROM reports_names WHERE name IN (${names.map(() => '?').join(',')})`).all(...names) as { rowid: number }[];
  return { rowids: rowids.map((r) => r.rowid), name };
}
