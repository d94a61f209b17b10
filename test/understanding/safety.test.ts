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
