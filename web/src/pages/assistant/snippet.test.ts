import { describe, expect, it } from 'vitest';
import { decodeEntities, snippetPieces } from './snippet';

describe('snippetPieces', () => {
  it('splits on the mark tags', () => {
    expect(snippetPieces('call the <mark>pharmacy</mark> at 4')).toEqual([
      { text: 'call the ', marked: false },
      { text: 'pharmacy', marked: true },
      { text: ' at 4', marked: false },
    ]);
    expect(snippetPieces('<mark>milk</mark> and <mark>bread</mark>').filter((piece) => piece.marked).map((piece) => piece.text)).toEqual(['milk', 'bread']);
  });

  it('decodes the escaped text, so markup in a message stays text', () => {
    expect(snippetPieces('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>Tom&#39;s</mark>')).toEqual([
      { text: '<script>alert("x")</script> & ', marked: false },
      { text: "Tom's", marked: true },
    ]);
    // An escaped mark tag written in a message is text, not a match.
    expect(snippetPieces('&lt;mark&gt;not me&lt;/mark&gt;')).toEqual([{ text: '<mark>not me</mark>', marked: false }]);
  });

  it('decodes each entity once, numeric ones too, and leaves unknown ones', () => {
    expect(decodeEntities('&amp;lt; &#233;t&#xE9; &nbsp; &#0; &bogus;')).toBe('&lt; été &nbsp; &#0; &bogus;');
  });

  it('copes with an empty or unbalanced snippet', () => {
    expect(snippetPieces('')).toEqual([]);
    expect(snippetPieces('a <mark>b')).toEqual([
      { text: 'a ', marked: false },
      { text: 'b', marked: true },
    ]);
  });
});
