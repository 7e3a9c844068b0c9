import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRelease } from '../index';
import { splitSentences } from '../prose/sentences';
import { TRIGGERS } from './triggers';

describe('TRIGGERS', () => {
  it('has a cue in every sentence of the corpus its pattern matches (the cue may skip no event)', () => {
    const dir = path.join(__dirname, '..', '..', '..', '..', 'shared', 'corpus', 'releases');
    const sentences = readdirSync(dir).flatMap((name) => splitSentences(parseRelease(new Uint8Array(readFileSync(path.join(dir, name)))).text));
    const missed = TRIGGERS.flatMap(({ type, cue, pattern }) =>
      sentences.filter((s) => pattern.test(s.text) && !cue.test(s.text)).map((s) => `${type}: ${s.text.slice(0, 80)}`),
    );
    expect(sentences.length).toBeGreaterThan(1000);
    expect(missed).toEqual([]);
  });
});
