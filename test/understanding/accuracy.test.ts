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
/** Set 1 was written with the first content and used while tuning; sets 2 to 4 were written later, from the answers
 *  alone (their first figures are in the README, before anything was tuned with them in view). */
const SETS = {
  'labelled-questions.json': fixture<{ items: LabelledItem[] }>('labelled-questions.json').items,
  'labelled-questions-2.json': fixture<{ items: LabelledItem[] }>('labelled-questions-2.json').items,
  'labelled-questions-3.json': fixture<{ items: LabelledItem[] }>('labelled-questions-3.json').items,
  'labelled-questions-4.json': fixture<{ items: LabelledItem[] }>('labelled-questions-4.json').items,
};
const items = Object.values(SETS).flat();
const understander = new Understander(loadKnowledgeBase());

/** The issue's bar: answered right first time. */
const BAR = { en: 0.95, cy: 0.9 };
/**
 * Where we are held today (strict: answered right first time; lenient: or one tap away in "Did you mean").
 * These floors stop us sliding back; the figures and whether the issue's bar is met are printed on every run.
 */
const FLOOR: Record<keyof typeof SETS, Record<'en' | 'cy', { strict: number; lenient: number }>> = {
  'labelled-questions.json': { en: { strict: 0.95, lenient: 0.96 }, cy: { strict: 0.92, lenient: 0.94 } },
  'labelled-questions-2.json': { en: { strict: 0.94, lenient: 0.96 }, cy: { strict: 0.9, lenient: 0.92 } },
  'labelled-questions-3.json': { en: { strict: 0.94, lenient: 0.95 }, cy: { strict: 0.87, lenient: 0.92 } },
  'labelled-questions-4.json': { en: { strict: 0.97, lenient: 0.98 }, cy: { strict: 0.91, lenient: 0.93 } },
};

describe.each(Object.keys(SETS) as (keyof typeof SETS)[])('labelled questions %s', (set) => {
  test.each(['en', 'cy'] as const)('%s accuracy is at or above the floor', (lang) => {
    const s = scoreSet(understander, SETS[set], lang);
    const strict = s.strict / s.n;
    console.log(`accuracy ${set} ${lang}: strict ${(100 * strict).toFixed(1)}% (issue's bar ${100 * BAR[lang]}%: ${strict >= BAR[lang] ? 'met' : 'not met'}), ` +
      `lenient ${(100 * s.lenient / s.n).toFixed(1)}% of ${s.n}\n  misses (first 15):\n  ${s.wrong.slice(0, 15).join('\n  ')}`);
    expect(s.n).toBeGreaterThanOrEqual(lang === 'en' ? 120 : 75);
    expect(strict).toBeGreaterThanOrEqual(FLOOR[set][lang].strict);
    expect(s.lenient / s.n).toBeGreaterThanOrEqual(FLOOR[set][lang].lenient);
  });
});

test.each(['en', 'cy'] as const)('%s: the four sets together are at the issue\'s bar', (lang) => {
  const s = scoreSet(understander, items, lang);
  console.log(`accuracy, all ${s.n} ${lang} questions of the four sets: strict ${(100 * s.strict / s.n).toFixed(1)}% (issue's bar ${100 * BAR[lang]}%), lenient ${(100 * s.lenient / s.n).toFixed(1)}%`);
  expect(s.strict / s.n).toBeGreaterThanOrEqual(BAR[lang]);
});

test('every danger message in the four sets gets the safety reply', () => {
  const danger = items.filter((i) => i.expect === 'safety');
  const missed = danger.filter((i) => understander.understand(i.text, {}, i.lang).intent.kind !== 'safety').map((i) => i.text);
  console.log(`safety: ${danger.length - missed.length}/${danger.length} caught${missed.length ? `; missed: ${missed.join(' | ')}` : ''}`);
  expect(missed).toEqual([]);
});

test('language detection on short messages, whatever the previous language was', () => {
  const set = fixture<{ items: { text: string; lang: 'en' | 'cy' }[] }>('language-detection.json').items;
  for (const prior of ['en', 'cy'] as const) {
    // The language the reply is in: the detected one when sure, else the previous one.
    const right = set.filter((i) => {
      const guess = detectLanguage(i.text, prior, understander.lexicon);
      return (guess.confident ? guess.lang : prior) === i.lang;
    }).length;
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
