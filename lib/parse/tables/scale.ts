const CAPTION =
  /\b(?:in|amounts in|dollars in|\$ in|expressed in)\s+(thousands|millions|billions)\b|\(\s*\$?\s*(thousands|millions|billions)\b|\$\s?000'?s\b|\(\$?000'?s?\)|\b000'?s\s+omitted|\(000 omitted\)|\bin 000'?s\b|\$000\b/i;
const FACTOR: Record<string, number> = { thousands: 1e3, millions: 1e6, billions: 1e9 };

/** The multiplier a table caption states ("(in thousands, except per share data)"), if any. */
export function captionScale(text: string): number | null {
  const m = CAPTION.exec(text);
  if (!m) return null;
  const word = (m[1] ?? m[2])?.toLowerCase();
  return word ? FACTOR[word]! : 1e3;
}
