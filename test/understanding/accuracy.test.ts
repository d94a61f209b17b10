// The project's own held-out question set (test/fixtures, written apart from the content's question variants):
// accuracy per language, and language detection on short messages. The figures are printed on every run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../../knowledge/load.js';
import { Understander } from '../../understanding/understand.js';
import { scoreSet, type LabelledItem } from '../../understanding/evaluate.js';
import { detectLanguage } from '../../understanding/language.js';
import { ROOT } from '../../knowledge/paths.js';

const fixture = <T>(name: string): T => JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', name), 'utf8')) as T;
const items = fixture<{ items: LabelledItem[] }>('labelled-questions.json').items;
const understander = new Understander(loadKnowledgeBase());

/**
 * Where we are held today (strict: answered right first time; lenient: or one tap away in "Did you mean").
 * The issue's goal is 95% (English) and 90% (Welsh); these floors stop us sliding back while we get there.
 */
const FLOOR = { en: { strict: 0.75, lenient: 0.88 }, cy: { strict: 0.71, lenient: 0.86 } };

describe.each(['en', 'cy'] as const)('labelled questions (%s)', (lang) => {
  test('accuracy is at or above the floor', () => {
    const s = scoreSet(understander, items, lang);
    console.log(`accuracy ${lang}: strict ${(100 * s.strict / s.n).toFixed(1)}%, lenient ${(100 * s.lenient / s.n).toFixed(1)}% of ${s.n}` +
      `\n  misses (first 15):\n  ${s.wrong.slice(0, 15).join('\n  ')}`);
    expect(s.n).toBeGreaterThanOrEqual(lang === 'en' ? 150 : 100);
    expect(s.strict / s.n).toBeGreaterThanOrEqual(FLOOR[lang].strict);
    expect(s.lenient / s.n).toBeGreaterThanOrEqual(FLOOR[lang].lenient);
  });
});

test('every danger message in the set gets the safety reply', () => {
  const danger = items.filter((i) => i.expect === 'safety');
  const missed = danger.filter((i) => understander.understand(i.text, {}, i.lang).intent.kind !== 'safety').map((i) => i.text);
  console.log(`safety: ${danger.length - missed.length}/${danger.length} caught${missed.length ? `; missed: ${missed.join(' | ')}` : ''}`);
  expect(missed.length / danger.length).toBeLessThanOrEqual(0.1);
});

test('language detection on short messages, whatever the previous language was', () => {
  const set = fixture<{ items: { text: string; lang: 'en' | 'cy' }[] }>('language-detection.json').items;
  for (const prior of ['en', 'cy'] as const) {
    const right = set.filter((i) => detectLanguage(i.text, prior).lang === i.lang).length;
    console.log(`language detection (previous language ${prior}): ${right}/${set.length} = ${(100 * right / set.length).toFixed(1)}%`);
    expect(right / set.length).toBeGreaterThanOrEqual(0.95);
  }
});

test('off-topic, learned or matched, never takes the messages the content says are not off-topic', () => {
  for (const lang of ['en', 'cy'] as const) {
    const kind = (text: string) => understander.understand(text, {}, lang).intent.kind;
    const { shouldMatch, shouldNotMatch } = understander.kb.offTopic[lang];
    expect(shouldNotMatch.filter((x) => kind(x) === 'offTopic')).toEqual([]);
    expect(shouldMatch.filter((x) => kind(x) !== 'offTopic')).toEqual([]);
  }
  const onTopic = items.filter((i) => !['offTopic', 'none'].includes(i.expect));
  expect(onTopic.filter((i) => understander.understand(i.text, {}, i.lang).intent.kind === 'offTopic').map((i) => i.text)).toEqual([]);
});
