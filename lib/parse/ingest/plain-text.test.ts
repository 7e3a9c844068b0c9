import { describe, expect, it } from 'vitest';
import { normalizePlainText } from './plain-text';

describe('normalizePlainText', () => {
  it("parts the words a filing's tagged spans run together, and no others", () => {
    expect(normalizePlainText('Sales to the Navy were 61.2%of revenues for the thirdquarter of\n2031compared to 55.0%for 2030.During 2031, our secondlargest customer left.')).toBe(
      'Sales to the Navy were 61.2% of revenues for the third quarter of\n2031 compared to 55.0% for 2030. During 2031, our second largest customer left.',
    );
    const plain = 'Form 10-K for 2031; 4th quarter; Q3 2031; the 1990s; a 50%-owned unit; U.S.Navy; www.acme.com; $2.5 million.';
    expect(normalizePlainText(plain)).toBe(plain);
  });

  it('parts a number word from a word the text also uses on its own, and a year from the word after its comma', () => {
    expect(normalizePlainText('In the first quarter of\n2031,roughly 70% of revenue came from\nthreeutility customers. Our utility customers buy meters. The fourteen tenants of the site and the sixteenth store stayed.')).toBe(
      'In the first quarter of\n2031, roughly 70% of revenue came from\nthree utility customers. Our utility customers buy meters. The fourteen tenants of the site and the sixteenth store stayed.',
    );
  });

  it('drops <PAGE> markers, CR line ends and surplus blank lines', () => {
    expect(normalizePlainText('<PAGE>   1\r\nCISCO SYSTEMS TO ACQUIRE COMBINET\r\n\r\n\r\n\r\n<PAGE>  2\r\nText\r\n')).toBe(
      'CISCO SYSTEMS TO ACQUIRE COMBINET\n\nText',
    );
  });

  it('expands tabs to 8-column stops so tab-aligned columns line up', () => {
    expect(normalizePlainText('Net sales\t$1,000\t$900\nNet income\t$100\t$90')).toBe(
      'Net sales       $1,000  $900\nNet income      $100    $90',
    );
  });

  it('blanks EDGAR <S> and <C> column tags with spaces of the same width', () => {
    expect(normalizePlainText('<S>Net sales<C>  1,000\nCost     <C>    900')).toBe('   Net sales     1,000\nCost            900');
  });
});
