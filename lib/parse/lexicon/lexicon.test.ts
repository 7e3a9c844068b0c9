import { describe, expect, it } from 'vitest';
import { MONTH, MONTHS, monthNumber } from './calendar';
import { nounForms, pastForms, verbForms } from './inflect';
import { anyOf } from './patterns';

describe('MONTH', () => {
  const whole = new RegExp(`^${MONTH}$`, 'i');
  const names = Object.keys(MONTHS);
  const abbreviations = names.filter((name) => name.length <= 4 && name !== 'may' && name !== 'june' && name !== 'july');
  const capitalised = (word: string) => word[0]!.toUpperCase() + word.slice(1);

  it('has the 24 names and abbreviations the checks below go through', () => {
    expect(names).toHaveLength(24);
  });

  it.each(names)('matches %j in lower case and capitalised', (name) => {
    expect([whole.test(name), whole.test(capitalised(name)), whole.test(name.toUpperCase())]).toEqual([true, true, true]);
  });

  it.each(abbreviations)('matches the abbreviation %j with a period', (name) => {
    expect(whole.test(`${capitalised(name)}.`)).toBe(true);
  });

  it('matches no cut-short name and no name run into a letter', () => {
    // Every prefix of every name, and every name with one more letter: MONTH must match exactly the names.
    const candidates = new Set<string>(names);
    for (const name of names) {
      for (let i = 1; i < name.length; i++) candidates.add(name.slice(0, i));
      for (const letter of 'abcdefghijklmnopqrstuvwxyz') candidates.add(name + letter);
    }
    const matched = [...candidates].filter((word) => whole.test(word)).sort();
    expect(matched).toEqual([...names].sort());
  });

  it.each(['Monday', 'Spring', 'Mayor', 'Marchers', 'Sep.t', 'Decem', 'Julys', 'Jan..'])('does not match %j', (word) => {
    expect(whole.test(word)).toBe(false);
  });

  it('reads every name it matches as the month MONTHS gives it', () => {
    expect(names.map((name) => [name, monthNumber(capitalised(name))])).toEqual(names.map((name) => [name, MONTHS[name]]));
  });

  it('reads an abbreviation with its period', () => {
    expect([monthNumber('Sept.'), monthNumber('Dec.'), monthNumber('Smarch')]).toEqual([9, 12, 0]);
  });
});

describe('verbForms', () => {
  it.each([
    ['sign', ['sign', 'signs', 'signed', 'signing']],
    ['launch', ['launch', 'launches', 'launched', 'launching']],
    ['fix', ['fix', 'fixes', 'fixed', 'fixing']],
    ['partner', ['partner', 'partners', 'partnered', 'partnering']],
    ['open', ['open', 'opens', 'opened', 'opening']],
  ])('adds regular endings to %j', (lemma, forms) => {
    expect(verbForms(lemma)).toEqual(forms);
  });

  it.each([
    ['plan', ['plan', 'plans', 'planned', 'planning']],
    ['ship', ['ship', 'ships', 'shipped', 'shipping']],
    ['commit', ['commit', 'commits', 'committed', 'committing']],
    ['transfer', ['transfer', 'transfers', 'transferred', 'transferring']],
  ])('doubles the last consonant of %j', (lemma, forms) => {
    expect(verbForms(lemma)).toEqual(forms);
  });

  it.each([
    ['show', ['show', 'shows', 'showed', 'showing']],
    ['visit', ['visit', 'visits', 'visited', 'visiting']],
  ])('does not double the last consonant of %j', (lemma, forms) => {
    expect(verbForms(lemma)).toEqual(forms);
  });

  it.each([
    ['apply', ['apply', 'applies', 'applied', 'applying']],
    ['deploy', ['deploy', 'deploys', 'deployed', 'deploying']],
  ])('spells the -y of %j after its letter before', (lemma, forms) => {
    expect(verbForms(lemma)).toEqual(forms);
  });

  it.each([
    ['repay', ['repay', 'repays', 'repaying', 'repaid']],
  ])('gives %j its irregular past', (lemma, forms) => {
    expect(verbForms(lemma)).toEqual(forms);
  });

  it.each([
    ['cancel', ['cancel', 'cancels', 'canceled', 'canceling', 'cancelled', 'cancelling']],
    ['total', ['total', 'totals', 'totaled', 'totaling', 'totalled', 'totalling']],
    ['signal', ['signal', 'signals', 'signaled', 'signaling', 'signalled', 'signalling']],
  ])('gives %j its American and British spellings', (lemma, forms) => {
    expect(verbForms(lemma)).toEqual(forms);
  });

  it.each([
    ['appeal', ['appeal', 'appeals', 'appealed', 'appealing']],
    ['control', ['control', 'controls', 'controlled', 'controlling']],
    ['fail', ['fail', 'fails', 'failed', 'failing']],
  ])('doubles no "l" of %j but its own', (lemma, forms) => {
    expect(verbForms(lemma)).toEqual(forms);
  });

  it.each([
    ['acquire', ['acquire', 'acquires', 'acquired', 'acquiring']],
    ['close', ['close', 'closes', 'closed', 'closing']],
    ['agree', ['agree', 'agrees', 'agreed', 'agreeing']],
    ['tie', ['tie', 'ties', 'tied', 'tying']],
  ])('drops or keeps the -e of %j', (lemma, forms) => {
    expect(verbForms(lemma)).toEqual(forms);
  });

  it.each([
    ['sell', ['sell', 'sells', 'selling', 'sold']],
    ['take', ['take', 'takes', 'taking', 'took', 'taken']],
    ['cut', ['cut', 'cuts', 'cutting']],
    ['split', ['split', 'splits', 'splitting']],
    ['undertake', ['undertake', 'undertakes', 'undertaking', 'undertook', 'undertaken']],
  ])('gives the listed past forms of the irregular %j instead of -ed', (lemma, forms) => {
    expect(verbForms(lemma)).toEqual(forms);
  });

  it.each([
    ['team with', ['team with', 'teams with', 'teamed with', 'teaming with']],
    ['lay off', ['lay off', 'lays off', 'laying off', 'laid off']],
    ['spin off', ['spin off', 'spins off', 'spinning off', 'spun off']],
  ])('inflects the first word of the phrasal verb %j', (lemma, forms) => {
    expect(verbForms(lemma)).toEqual(forms);
  });
});

describe('pastForms', () => {
  it.each([
    ['acquire', ['acquired']],
    ['plan', ['planned']],
    ['apply', ['applied']],
    ['deploy', ['deployed']],
    ['tie', ['tied']],
    ['agree', ['agreed']],
    ['commit', ['committed']],
  ])('gives %j one regular past form', (lemma, forms) => {
    expect(pastForms(lemma)).toEqual(forms);
  });

  it.each([
    ['sell', ['sold']],
    ['take', ['took', 'taken']],
  ])('gives the irregular past and participle of %j', (lemma, forms) => {
    expect(pastForms(lemma)).toEqual(forms);
  });

  it.each([
    ['team with', ['teamed with']],
    ['lay off', ['laid off']],
  ])('keeps the particle of %j', (lemma, forms) => {
    expect(pastForms(lemma)).toEqual(forms);
  });
});

describe('nounForms', () => {
  it.each([
    ['customer', ['customer', 'customers']],
    ['key', ['key', 'keys']],
    ['subsidiary', ['subsidiary', 'subsidiaries']],
    ['branch', ['branch', 'branches']],
    ['box', ['box', 'boxes']],
    ['business', ['business', 'businesses']],
  ])('pluralises %j', (lemma, forms) => {
    expect(nounForms(lemma)).toEqual(forms);
  });

  it('leaves a word already ending in -s as it is', () => {
    expect(nounForms('sales')).toEqual(['sales']);
  });

  it.each([
    ['credit facility', ['credit facility', 'credit facilities']],
    ['joint venture', ['joint venture', 'joint ventures']],
  ])('pluralises the last word of the compound %j', (lemma, forms) => {
    expect(nounForms(lemma)).toEqual(forms);
  });
});

describe('anyOf', () => {
  it('lists the longer of two words first, then alphabetically, once each', () => {
    expect(anyOf(['q', 'quarter', 'quarters', 'b', 'a', 'b'])).toBe('(?:quarters|quarter|a|b|q)');
  });

  it('matches the longer word where a shorter one is its prefix', () => {
    expect(new RegExp(anyOf(['quarter', 'quarters']), 'i').exec('for two quarters')?.[0]).toBe('quarters');
  });

  it('escapes characters special to a RegExp', () => {
    expect(anyOf(['a.b', 'c+'])).toBe('(?:a\\.b|c\\+)');
  });

  it('lets a space match a hyphen or any run of whitespace', () => {
    const pattern = new RegExp(`^${anyOf(['lay off'])}$`);
    expect(['lay off', 'lay-off', 'lay \n off', 'layoff'].map((word) => pattern.test(word))).toEqual([true, true, true, false]);
  });

  it('takes any iterable of words', () => {
    expect(anyOf(new Set(['x', 'yy']))).toBe('(?:yy|x)');
  });
});
