import { describe, expect, it } from 'vitest';
import { datelineLength, summarise } from './summary';

describe('summarise', () => {
  it.each([
    ['with its date', 'DAYTON, Ohio, March 4 -- Kettering Tool sold its coatings unit', 'Kettering Tool sold its coatings unit'],
    ['with its wire service and no date', 'AUSTIN, Texas--(BUSINESS WIRE)--Pellam Labs completed its purchase of Vireo Inc.', 'Pellam Labs completed its purchase of Vireo Inc'],
    ['that opens with its date', 'April 2, 2001 -- Norvell Inc. opened a plant in Reno', 'Norvell Inc. opened a plant in Reno'],
    ['of a place in brackets and a wire', '(TOLEDO, OH) - (BUSINESS WIRE) Harrow Mills recently announced that it has sold its dye works', 'Sold its dye works'],
    ['of a place alone before its dash', 'Fort Wayne, Indiana-- Dalby Corp. opened a warehouse in Muncie', 'Dalby Corp. opened a warehouse in Muncie'],
    ['of two cities and a date', 'Dallas/Fort Worth -- May 5, 1998 -- Ostrow Air signed a lease for four jets', 'Ostrow Air signed a lease for four jets'],
  ])('drops a dateline %s', (_kind, clause, summary) => {
    expect(summarise(clause)).toBe(summary);
  });

  it('measures the dateline a clause opens with, and none where the story starts at once', () => {
    const dateline = 'DAYTON, Ohio, March 4, 2024 /PRNewswire/ -- ';
    expect(datelineLength(`${dateline}Kettering Tool sold its coatings unit`)).toBe(dateline.length);
    expect(datelineLength('Kettering Tool sold its coatings unit')).toBe(0);
  });

  it('drops the company reporting of itself: its name, where it is listed, "announced that it has"', () => {
    expect(summarise('Quarry Point Corp. (NYSE: QPC) announced that it has sold its trucking unit')).toBe('Sold its trucking unit');
    expect(summarise('Quarry Point Corp. said that it has been selected by Corvel Foods to run its fleet')).toBe('Selected by Corvel Foods to run its fleet');
  });

  it('keeps who else acts: "announced that its board" is the board', () => {
    expect(summarise('Quarry Point Corp. announced that its board approved a buyback')).toBe('Its board approved a buyback');
  });

  it('drops openers and "announced that", and starts with a capital', () => {
    expect(summarise('In addition, during the third quarter, the company announced that it closed its Ohio plant.')).toBe('Closed its Ohio plant');
  });

  it('cuts a long clause at a word, within 90 characters', () => {
    const summary = summarise(
      'Marlow Foods signed a supply agreement with a national grocery chain covering its frozen lines in twelve states through 2027',
    );
    expect(summary).toBe('Marlow Foods signed a supply agreement with a national grocery chain covering its frozen…');
    expect(summary.length).toBeLessThanOrEqual(90);
  });
});
