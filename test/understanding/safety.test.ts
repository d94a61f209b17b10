// Danger-now messages are caught in English and Welsh; process questions about harm or safety are not.
import { loadKnowledgeBase } from '../../knowledge/load.js';
import { Understander } from '../../understanding/understand.js';

const kb = loadKnowledgeBase();
const understander = new Understander(kb);

describe.each(['en', 'cy'] as const)('safety patterns (%s)', (lang) => {
  const set = kb.safety[lang];
  test.each(set.shouldMatch)('fires on: %s', (text) => {
    expect(understander.isDanger(text)).toBe(true);
    expect(understander.understand(text, {}, lang).intent.kind).toBe('safety');
  });
  test.each(set.shouldNotMatch)('does not fire on: %s', (text) => {
    expect(understander.isDanger(text)).toBe(false);
  });
});

describe('off-topic patterns', () => {
  test.each([...kb.offTopic.en.shouldMatch.map((t) => ['en', t]), ...kb.offTopic.cy.shouldMatch.map((t) => ['cy', t])])('(%s) off topic: %s', (lang, text) => {
    expect(understander.understand(text, {}, lang as 'en' | 'cy').intent.kind).toBe('offTopic');
  });
  test.each([...kb.offTopic.en.shouldNotMatch.map((t) => ['en', t]), ...kb.offTopic.cy.shouldNotMatch.map((t) => ['cy', t])])('(%s) not off topic: %s', (lang, text) => {
    expect(understander.understand(text, {}, lang as 'en' | 'cy').intent.kind).not.toBe('offTopic');
  });
});

describe('the pattern matcher gives the same answers as the plain patterns', () => {
  test('guards split off correctly, and sharing them changes no result on any example', async () => {
    const { splitLeadingGuard, PatternMatcher, foldPattern } = await import('../../understanding/patterns.js');
    const { fold } = await import('../../understanding/normalise.js');
    expect(splitLeadingGuard('^(?!.*\\b(?:used to)\\b).*\\bknife\\b')).toEqual(['(?!.*\\b(?:used to)\\b)', '.*\\bknife\\b']);
    expect(splitLeadingGuard('^(?![(])x')).toEqual(['(?![(])', 'x']);
    expect(splitLeadingGuard('\\bknife\\b')).toBeUndefined();
    const examples = [...kb.safety.en.shouldMatch, ...kb.safety.en.shouldNotMatch, ...kb.safety.cy.shouldMatch, ...kb.safety.cy.shouldNotMatch];
    for (const lang of ['en', 'cy'] as const) {
      for (const p of kb.safety[lang].patterns) {
        const plain = new RegExp(foldPattern(p), 'iu');
        const one = new PatternMatcher({ en: { patterns: [p] }, cy: { patterns: [] } });
        for (const e of examples) expect([p, e, one.test(e, ['en'])]).toEqual([p, e, plain.test(fold(e))]);
      }
    }
  });
});
