// The BM25 index: ranking, typo tolerance only for unknown words, and prefixes.
import { Bm25Index, boundedDistance } from '../../understanding/bm25.js';

function index(docs: string[][]) {
  const ix = new Bm25Index();
  docs.forEach((d) => ix.add(d));
  ix.seal();
  return ix;
}

describe('Bm25Index', () => {
  test('ranks documents that share rarer terms above ones that share common terms', () => {
    const ix = index([['core', 'group', 'meet'], ['core', 'group', 'chair'], ['complain', 'council'], ['core', 'group', 'minut']]);
    const hits = ix.search([['chair'], ['group']]);
    expect(hits[0].doc).toBe(1);
    expect([...hits[0].matched].sort()).toEqual(['chair', 'group']);
    expect(hits.map((h) => h.doc)).not.toContain(2);
  });

  test('forgives a typo in an unknown word, but only in the word as typed', () => {
    const ix = index([['complain', 'council'], ['advocat']]);
    expect(ix.search([['complane']])[0]?.doc).toBe(0);
    expect(ix.search([['zzzzz', 'complane']])).toEqual([]);
  });

  test('a long unknown word can be the start of a longer one', () => {
    const ix = index([['chronolog']]);
    expect(ix.search([['chrono']])[0]?.doc).toBe(0);
  });

  test('boundedDistance stops early', () => {
    expect(boundedDistance('kitten', 'sitting', 3)).toBe(3);
    expect(boundedDistance('kitten', 'sitting', 1)).toBe(2);
    expect(boundedDistance('a', 'abcdef', 2)).toBe(3);
  });
});
