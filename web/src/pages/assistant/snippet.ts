/** A piece of a search snippet: text, marked as a match or not. */
export interface Piece {
  readonly text: string;
  readonly marked: boolean;
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

/** The text of HTML-escaped text: `&lt;` `&gt;` `&amp;` `&quot;` `&#39;` and any numeric reference; anything else as it is. */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+|#39);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x') || (lower.startsWith('#') && lower !== '#39')) {
      const code = lower.startsWith('#x') ? Number.parseInt(lower.slice(2), 16) : Number.parseInt(lower.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[lower] ?? whole;
  });
}

/**
 * A snippet of `GET /conversations/search` (HTML-escaped text, each match in `<mark>`...`</mark>`)
 * as pieces to render as text: no markup of the message can come through, whatever it holds.
 */
export function snippetPieces(snippet: string): Piece[] {
  const pieces: Piece[] = [];
  let marked = false;
  for (const part of snippet.split(/(<\/?mark>)/i)) {
    const tag = part.toLowerCase();
    if (tag === '<mark>') marked = true;
    else if (tag === '</mark>') marked = false;
    else if (part !== '') {
      const text = decodeEntities(part);
      const last = pieces.at(-1);
      if (last !== undefined && last.marked === marked) pieces[pieces.length - 1] = { text: last.text + text, marked };
      else pieces.push({ text, marked });
    }
  }
  return pieces;
}
