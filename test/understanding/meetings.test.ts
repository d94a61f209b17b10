// A message that names one meeting: topics about the other meeting (content/meetings.yaml) need more evidence.
import { loadKnowledgeBase, crossCheck } from '../../knowledge/load.js';
import { meetingsNamed } from '../../understanding/entities.js';
import { fold } from '../../understanding/normalise.js';
import { Understander } from '../../understanding/understand.js';

const kb = loadKnowledgeBase();
const u = new Understander(kb);
const group = (text: string, lang: 'en' | 'cy') => {
  const i = u.understand(text, {}, lang).intent;
  return i.kind === 'answer' ? i.group : i.kind;
};

test('the meetings a message names, a CPPM being a conference', () => {
  expect([...meetingsNamed(fold('how often is core group'))]).toEqual(['core-group']);
  expect([...meetingsNamed(fold('what do I prepare before the CPPM'))]).toEqual(['conference']);
  expect([...meetingsNamed(fold("pa mor aml mae'r grŵp craidd"))]).toEqual(['core-group']);
  expect([...meetingsNamed(fold('pryd mae’r gynhadledd'))]).toEqual(['conference']);
  expect(meetingsNamed(fold('when is the first core group after the conference')).size).toBe(2);
  expect(meetingsNamed(fold('can i bring my mum')).size).toBe(0);
});

test("the meetings as parents name them without the leaflets' words (held-out set 19)", () => {
  expect([...meetingsNamed(fold("Who's actually in the smaller group in Burton?"))]).toEqual(['core-group']);
  expect([...meetingsNamed(fold("be di'r cyfarfodydd bach 'ma? stafford"))]).toEqual(['core-group']);
  expect([...meetingsNamed(fold('who goes to the big meeting in barnsley'))]).toEqual(['conference']);
  expect([...meetingsNamed(fold("pryd ma'r cwrdd mawr nesa? Barnsley"))]).toEqual(['conference']);
  // "another big meeting" compares; it does not name the conference.
  expect([...meetingsNamed(fold('is the core group just another big meeting like the CPPM?'))].sort()).toEqual(['conference', 'core-group']);
  expect(meetingsNamed(fold('is it a big meeting')).size).toBe(0);
  expect(group("When I was a kid I was in care myself and I'm scared they'll judge me. Who's actually in the smaller group in Burton?", 'en')).toBe('core-group-members');
  expect(group("be di'r cyfarfodydd bach 'ma? stafford", 'cy')).toBe('what-is-core-group');
});

test.each([
  ['how often are conferences', 'en', 'review-conferences'],
  ['how often are core groups', 'en', 'core-group-frequency'],
  ['how do i get ready for the conference', 'en', 'before-conference'],
  ['what do i need to do before the first core group', 'en', 'before-first-meeting'],
  ['who comes to the conference', 'en', 'conference-members'],
  ['who is in the core group', 'en', 'core-group-members'],
  ["pa mor aml mae cynadleddau", 'cy', 'review-conferences'],
  ["pa mor aml mae'r grŵp craidd yn cyfarfod", 'cy', 'core-group-frequency'],
] as const)('%s -> %s', (text, lang, expected) => {
  expect(group(text, lang)).toBe(expected);
});

test('a meeting named as a point in time is not the subject: the first meeting after the conference is a core group', () => {
  expect(group('how long after the conference is the first core group', 'en')).toBe('first-core-group');
  expect(group('how often do we meet after the conference', 'en')).toBe('core-group-frequency');
});

test('meetings.yaml names only topic groups that exist, each under one meeting', () => {
  expect(crossCheck(kb)).toEqual([]);
  const broken = { ...kb, meetings: { 'core-group': ['no-such-topic', 'what-is-conference'], conference: ['what-is-conference'] } };
  expect(crossCheck(broken)).toEqual(expect.arrayContaining([
    'meetings.yaml: core-group names unknown topic group "no-such-topic"',
    'meetings.yaml: "what-is-conference" is under both meetings',
  ]));
});
