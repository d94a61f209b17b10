// Which record of a topic answers the user: their council's, their nation's, a summary of the leaflets when
// the place is not known or none of its leaflets covers the topic, or else another council's (said so).
import { loadKnowledgeBase } from '../../knowledge/load.js';
import { Answers } from '../../knowledge/answers.js';
import type { Topic } from '../../knowledge/schema.js';
import { t } from '../../knowledge/i18n.js';

const kb = loadKnowledgeBase();
const records = (group: string) => kb.topics.filter((x) => x.group === group);

/** A summary record for a group, built from its records (the content's own summaries are checked below). */
function withSummary(group: string): { answers: Answers; summary: Topic } {
  const own = records(group).filter((x) => x.appliesTo !== 'summary');
  const summary: Topic = {
    ...own[0],
    id: `${group}.test-summary`,
    appliesTo: 'summary',
    answer: { en: 'What the leaflets say between them.', cy: 'Beth mae’r taflenni’n ei ddweud rhyngddyn nhw.' },
    sources: own.flatMap((x) => x.sources),
  };
  return { answers: new Answers({ ...kb, topics: [...kb.topics.filter((x) => x.appliesTo !== 'summary'), summary] }), summary };
}

describe('choosing the record for the user’s place', () => {
  const group = 'bring-someone';

  test('the user’s own council’s record when it has one', () => {
    const { answers } = withSummary(group);
    const choice = answers.choose(group, { council: 'staffordshire' })!;
    expect(choice.topic.id).toBe('bring-someone.staffordshire');
    expect(choice.fit).toBe('council');
  });

  test('with no place known, the summary of the leaflets, naming each council and offering each as a button', () => {
    const { answers, summary } = withSummary(group);
    const choice = answers.choose(group, {})!;
    expect(choice.topic.id).toBe(summary.id);
    expect(choice.fit).toBe('summary');
    for (const lang of ['en', 'cy'] as const) {
      const reply = answers.answer(group, lang, {})!;
      expect(reply.paragraphs[0]).toBe(summary.answer[lang]);
      expect(reply.paragraphs.join('\n')).toContain(t(lang, 'answer.summaryDiffers'));
      const names = ['barnsley', 'staffordshire'].map((c) => answers.councilName(c, lang, true));
      for (const n of names) expect(reply.paragraphs[1]).toContain(n);
      expect(reply.buttons.map((b) => b.title)).toEqual(expect.arrayContaining(names));
    }
  });

  test('a known place none of whose leaflets covers the topic gets the summary, saying so, not one other council\'s record', () => {
    const { answers, summary } = withSummary(group);
    const choice = answers.choose(group, { council: 'argyll-bute' })!;
    expect(choice.topic.id).toBe(summary.id);
    expect(choice.fit).toBe('summary-elsewhere');
    for (const lang of ['en', 'cy'] as const) {
      const reply = answers.answer(group, lang, { council: 'argyll-bute' })!;
      const text = reply.paragraphs.join('\n');
      expect(text).toContain(t(lang, 'answer.notCoveredForYours', { yours: answers.councilName('argyll-bute', lang, true) }));
      // The place is known: no "tell me your council", no buttons for other councils.
      expect(text).not.toContain(t(lang, 'answer.summaryDiffers'));
      expect(reply.buttons.map((b) => b.title)).not.toContain(answers.councilName('barnsley', lang, true));
    }
  });

  test('a nation hinted by its own word ("CPPM") picks that nation\'s record when the place is not known, never over a known place', () => {
    const answers = new Answers(kb);
    expect(answers.choose('reports-before-meeting', {}, 'parent', { nation: 'scotland' })!.topic.id).toBe('reports-before-meeting.argyll-bute');
    expect(answers.choose('reports-before-meeting', {}, 'parent')!.topic.appliesTo).toBe('summary');
    expect(answers.choose('reports-before-meeting', { council: 'barnsley' }, 'parent', { nation: 'scotland' })!.topic.id).toBe('reports-before-meeting.barnsley');
  });

  test('without a summary, another council\'s record, said to be theirs', () => {
    const answers = new Answers({ ...kb, topics: kb.topics.filter((x) => x.appliesTo !== 'summary') });
    const choice = answers.choose(group, { council: 'argyll-bute' })!;
    expect(choice.topic.appliesTo).toMatch(/^council:/);
    expect(choice.fit).toBe('other');
    const text = answers.answer(group, 'en', { council: 'argyll-bute' })!.paragraphs.join('\n');
    expect(text).toContain(t('en', 'answer.otherCouncil', { council: answers.councilName(choice.topic.appliesTo.slice(8), 'en', true), yours: answers.councilName('argyll-bute', 'en', true) }));
  });

  test('Welsh joins council names with "ac" before a vowel and "a" before a consonant', () => {
    const { answers } = withSummary(group);
    expect(answers.summarySourceLine(['staffordshire-core-groups-2008', 'argyll-bute-cppm-practice-note'], 'cy')).toBe('O daflenni Swydd Stafford ac Argyll a Bute.');
    expect(answers.summarySourceLine(['argyll-bute-cppm-practice-note', 'barnsley-cp-conferences'], 'cy')).toBe('O daflenni Argyll a Bute a Barnsley.');
    expect(answers.summarySourceLine(['denbighshire-core-groups', 'barnsley-cp-conferences', 'staffordshire-core-groups-2008'], 'en'))
      .toBe('From the leaflets of Denbighshire, Barnsley and Staffordshire.');
  });

  test('an old leaflet is named in a summary’s age note', () => {
    const { answers } = withSummary(group);
    const reply = answers.answer(group, 'en', {})!;
    expect(reply.paragraphs.join('\n')).toMatch(/Staffordshire's leaflet was printed in 2008/);
  });
});

describe('a record written for someone else says who it speaks to', () => {
  const answers = new Answers(kb);
  // Herefordshire's leaflet speaks to supporters ("As a supporter, you should not give your own views…").
  const forSupporters = kb.topics.find((x) => x.appliesTo === 'council:herefordshire' && x.audiences.length === 1 && x.audiences[0] === 'supporter')!;

  test.each(['en', 'cy'] as const)('(%s) a parent is told it is what the leaflet tells supporters; a supporter is not', (lang) => {
    const prefix = t(lang, 'answer.saysTo.supporter', { council: answers.councilName('herefordshire', lang, true) });
    const parent = answers.answer(forSupporters.group, lang, { council: 'herefordshire' }, 'parent')!.paragraphs;
    expect(parent.slice(0, 2)).toEqual([prefix, forSupporters.answer[lang]]);
    const supporter = answers.answer(forSupporters.group, lang, { council: 'herefordshire' }, 'supporter')!.paragraphs;
    expect(supporter[0]).toBe(forSupporters.answer[lang]);
    expect(supporter).not.toContain(prefix);
  });

  test('a record for everyone gets no such line', () => {
    const everyone = kb.topics.find((x) => x.appliesTo === 'council:barnsley' && x.audiences.includes('parent') && x.audiences.includes('supporter'))!;
    const text = answers.answer(everyone.group, 'en', { council: 'barnsley' }, 'supporter')!.paragraphs.join('\n');
    expect(text).not.toMatch(/leaflet tells/);
  });
});
