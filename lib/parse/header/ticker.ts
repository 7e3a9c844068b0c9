import type { Source } from '@/lib/domain/release';
import { matchesOf } from '../text/regex';

export type Ticker = { ticker: string; exchange: string; source: Source };

const EXCHANGES: [RegExp, string][] = [
  [/^(?:nasdaq|nms|national market)/i, 'NASDAQ'],
  [/^(?:nyse|new york stock exchange|new york)/i, 'NYSE'],
  [/^(?:amex|ase|american stock exchange|american|nyse american|nyse mkt)/i, 'AMEX'],
  [/^(?:tsx|toronto)/i, 'TSX'],
  [/^otc/i, 'OTC'],
  [/^(?:lse|london)/i, 'LSE'],
];

// "(NASDAQ:ALGIE)", "(NYSE: BKE)", "Nasdaq NM: HCRI", "(New York Stock Exchange: XX)", "NYSE Symbol: S".
const TICKER = new RegExp(
  String.raw`\b(NASDAQ|Nasdaq|NYSE American|NYSE MKT|NYSE Arca|NYSE|AMEX|ASE|American Stock Exchange|New York Stock Exchange|Nasdaq National Market|TSX|OTC(?:\s*(?:BB|QB|QX|Pink|Bulletin Board|Markets))?)` +
    // The market's tier, after a space, slash or colon: "Nasdaq NM", "NASDAQ:NMS: USDL", "OTC BB".
    String.raw`(?:[ /:-]+(?:NM|NMS|SmallCap|Small Cap|GS|GM|CM|Global Select Market|Global Market|Capital Market|National Market|Symbol|and [A-Z]{2,4}))*` +
    String.raw`\s*(?::|-|–|,\s*symbol:)\s*"?([A-Z]{1,5}(?:[.][A-Z])?)\b`,
  'g',
);
// "traded on the Nasdaq National Market under the symbol XXXX"
const SYMBOL_PHRASE = /\b(NASDAQ|Nasdaq|NYSE|New York Stock Exchange|American Stock Exchange|AMEX)\b[^.\n]{0,60}?\bsymbol\s+"?([A-Z]{1,5})\b/g;

// "(ZEUS-NASDAQ)": symbol first.
const SYMBOL_FIRST = /\(([A-Z]{1,5})-(NASDAQ|Nasdaq|NYSE|AMEX)\)/g;

function exchangeName(raw: string): string {
  return EXCHANGES.find(([pattern]) => pattern.test(raw))?.[1] ?? raw.toUpperCase();
}

// An 8-K cover's table of listed securities: "Title of each class | Trading Symbol(s) | Name of each exchange on which registered".
const COVER_HEADER = /^.*\bTrading\s+Symbols?(?:\(s\))?.*$/im;
const CELL_SPLIT = /\s*\|\s*/;

/** The symbol in the first row of an 8-K cover's table of listed securities, with its exchange. */
function coverTicker(text: string): Ticker | null {
  const header = COVER_HEADER.exec(text);
  if (!header || !header[0].includes('|')) return null;
  const heads = header[0].split(CELL_SPLIT);
  const symbolAt = heads.findIndex((h) => /trading\s+symbol/i.test(h));
  const exchangeAt = heads.findIndex((h) => /exchange/i.test(h));
  const rowStart = header.index + header[0].length + 1;
  const row = /^.*$/m.exec(text.slice(rowStart))?.[0] ?? '';
  const cells = row.split(CELL_SPLIT);
  const symbol = cells[symbolAt]?.trim() ?? '';
  if (cells.length !== heads.length || !/^[A-Z]{1,5}(?:[.-][A-Z])?$/.test(symbol)) return null;
  const at = rowStart + row.indexOf(symbol, row.split('|').slice(0, symbolAt).join('|').length);
  return { ticker: symbol, exchange: exchangeName(cells[exchangeAt]?.trim() ?? ''), source: { start: at, end: at + symbol.length } };
}

/** The first stock symbol the release gives, with its exchange; else the one an 8-K cover lists. */
export function findTicker(text: string): Ticker | null {
  const found = [
    ...[...matchesOf(TICKER, text), ...matchesOf(SYMBOL_PHRASE, text)].map((m) => ({ at: m.index, exchange: m[1]!, symbol: m[2]!, whole: m[0] })),
    ...matchesOf(SYMBOL_FIRST, text).map((m) => ({ at: m.index, exchange: m[2]!, symbol: m[1]!, whole: m[0] })),
  ].sort((a, b) => a.at - b.at);
  const first = found[0];
  if (!first) return coverTicker(text);
  const symbolAt = first.at + first.whole.lastIndexOf(first.symbol);
  return { ticker: first.symbol, exchange: exchangeName(first.exchange), source: { start: symbolAt, end: symbolAt + first.symbol.length } };
}
