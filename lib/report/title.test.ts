import { describe, expect, it } from 'vitest';
import { parseRelease } from '@/lib/parse';
import { correctRelease } from './corrected-release';
import { reportTitle } from './title';

const read = (text: string) => correctRelease(parseRelease(text), []);

describe('reportTitle', () => {
  it('is the company, short, and the headline', () => {
    const release = read('Quillon Devices Reports Record Second Quarter\n\nAUSTIN, Texas, July 31, 2031 -- Quillon Devices Inc. (NYSE: QLD) today reported net sales of $13.2 million for the quarter ended June 30, 2031.');
    expect(reportTitle(release, 'q2.txt')).toBe('Quillon Devices — Quillon Devices Reports Record Second Quarter');
  });

  it('is the file name when the release names no company, or could not be read', () => {
    expect(reportTitle(read('Sales rose in the quarter.'), 'notes.txt')).toBe('notes.txt');
    expect(reportTitle(null, 'scan.txt')).toBe('scan.txt');
  });
});
