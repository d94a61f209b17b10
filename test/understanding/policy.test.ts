// The confidence policy on a small made-up knowledge base, so each outcome is forced by the data rather than
// by whichever wording the real content happens to have: a clear match is answered, a tie is asked about,
// nothing matching is "none", and messages like the off-topic or out-of-scope examples are said to be so,
// in both languages.
import { loadKnowledgeBase } from '../../knowledge/load.js';
import type { Topic } from '../../knowledge/schema.js';
import { Understander } from '../../understanding/understand.js';

const real = loadKnowledgeBase();

function topic(id: string, en: string[], cy: string[], audiences: Topic['audiences'] = ['parent']): Topic {
  return {
    id: `${id}.all`, group: id, audiences, appliesTo: 'all', followUps: [],
    questions: { en, cy }, answer: { en: `Answer about ${id}.`, cy: `Ateb am ${id}.` },
    sources: real.topics[0].sources,
  };
}

const MEETING_WHEN = {
  en: ['when is the meeting', 'what time does the meeting start', 'what day is the meeting', 'meeting time', 'when do we meet',
    'how early should i get to the meeting', 'is the meeting in the morning', 'what date is the meeting'],
  cy: ['pryd mae\'r cyfarfod', 'faint o\'r gloch mae\'r cyfarfod yn dechrau', 'pa ddiwrnod mae\'r cyfarfod', 'amser y cyfarfod',
    'pryd ydan ni\'n cwrdd', 'ydy\'r cyfarfod yn y bore', 'pa ddyddiad mae\'r cyfarfod'],
};

const never = { patterns: ['(?!)'], shouldMatch: ['x'], shouldNotMatch: ['y'] };
const kb = {
  ...real,
  glossary: [],
  topics: [
    topic('bring-pet', ['can i bring my dog', 'are dogs allowed', 'can my cat come', 'pets allowed at the meeting', 'can i bring my puppy',
      'is my dog welcome', 'can animals come in', 'do they let pets in'],
    ['ga i ddod â\'r ci', 'ydy cŵn yn cael dod', 'all y gath ddod', 'anifeiliaid anwes yn y cyfarfod', 'ga i ddod â\'r ci bach', 'ydy anifeiliaid yn cael dod']),
    topic('meeting-when', MEETING_WHEN.en, MEETING_WHEN.cy),
    // The same questions as meeting-when: the words cannot tell them apart.
    topic('meeting-when-twin', MEETING_WHEN.en, MEETING_WHEN.cy),
    topic('parking', ['where can i park', 'is there parking', 'car park near the office', 'can i park outside', 'parking for visitors',
      'where do i leave my car', 'is parking free', 'disabled parking spaces'],
    ['ble alla i barcio', 'oes lle parcio', 'maes parcio ger y swyddfa', 'ga i barcio tu allan', 'parcio i ymwelwyr', 'ble dw i\'n gadael y car']),
  ],
  outOfScope: {
    en: { examples: ['how long does adoption take', 'can my kids be adopted', 'what is the adoption process', 'adoption timescales',
      'will they put my baby up for adoption', 'how do adoption orders work', 'can i stop an adoption', 'adoption panel what happens'] },
    cy: { examples: ['pa mor hir mae mabwysiadu yn ei gymryd', 'all fy mhlant gael eu mabwysiadu', 'beth yw\'r broses fabwysiadu',
      'amserlen mabwysiadu', 'sut mae gorchymyn mabwysiadu yn gweithio', 'ga i stopio mabwysiadu', 'panel mabwysiadu be sy\'n digwydd'] },
  },
  offTopic: {
    en: { ...never, examples: ['recommend a good film', 'what film should i watch tonight', 'best movies on netflix', 'is the new marvel film any good',
      'what is on at the cinema', 'suggest a scary movie', 'funny films for tonight', 'who is in the new bond film'] },
    cy: { ...never, examples: ['pa ffilm ddylwn i wylio heno', 'ffilm dda ar netflix', 'be sy ymlaen yn y sinema', 'awgrymu ffilm arswyd',
      'ffilmiau doniol i heno', 'pwy sy yn y ffilm bond newydd', 'ydy\'r ffilm marvel newydd yn dda', 'argymell ffilm dda'] },
  },
};
const u = new Understander(kb);

describe.each([
  ['en', { clear: 'am i allowed to bring my dog along', tie: 'what time does the meeting start', none: 'asdfgh qwerty zxcv', film: 'any good films to watch tonight',
    adoption: 'how long will the adoption of my son take' }],
  ['cy', { clear: 'ydw i\'n cael dod â fy nghi', tie: 'faint o\'r gloch ydy\'r cyfarfod', none: 'asdfgh qwerty zxcv', film: 'unrhyw ffilmiau da i wylio heno',
    adoption: 'faint o amser fydd mabwysiadu fy mab yn ei gymryd' }],
] as const)('confidence policy (%s)', (lang, msg) => {
  test('a clear match is answered', () => {
    expect(u.understand(msg.clear, {}, lang).intent).toMatchObject({ kind: 'answer', group: 'bring-pet' });
  });

  test('a tie between topics is asked about, with both as choices', () => {
    const intent = u.understand(msg.tie, {}, lang).intent;
    expect(intent.kind).toBe('clarify');
    if (intent.kind === 'clarify') expect([...intent.choices].sort()).toEqual(['meeting-when', 'meeting-when-twin']);
  });

  test('words the knowledge base does not know match nothing', () => {
    expect(u.understand(msg.none, {}, lang).intent.kind).toBe('none');
  });

  test('a message like the out-of-scope examples (near the subject, in no leaflet) is said to be out of scope', () => {
    expect(u.understand(msg.adoption, {}, lang).intent.kind).toBe('outOfScope');
  });

  test('a message like the off-topic examples is off-topic, though no pattern matches it', () => {
    expect(u.understand(msg.film, {}, lang).intent.kind).toBe('offTopic');
  });
});

test('on the real content, a Welsh question about how long adoption takes is out of scope, not off-topic', () => {
  // "How long does adoption take?" is worded like an off-topic question ("faint o amser mae'n gymryd i yrru i
  // Gernyw"): the adoption in it must win, so the parent is told it is not in the leaflets and where to ask.
  const d = new Understander(real).matcher.decide("faint o amser mae mabwysiadu'n gymryd?", 'cy');
  expect(d.kind).toBe('none');
  if (d.kind === 'none') expect(d.outOfScope).toBe(true);
});

test.each([
  ['en', 'Just out of the meeting with social work in Oban, what time is the last ferry to Mull?'],
  ['cy', "Sut mae'r tywydd yn Oban yr wythnos yma? Dw i'n mynd yno ar wyliau."],
] as const)('on the real content, a story about the process that asks one off-topic thing is off-topic (%s): %s', (lang, text) => {
  // Held-out set 31: the story's words ("meeting", "social work") kept the whole from the off-topic patterns, and the bot
  // asked "Did you mean…?" between meetings; the one question alone is plainly off-topic.
  expect(new Understander(real).understand(text, {}, lang).intent.kind).toBe('offTopic');
});

test.each([
  ['en', 'the thing in oban on tuesday'],
  ['cy', 'helo um y peth na wsos nesa yn penistone'],
  ['cy', 'nain dw i. y peth na yn Leominster dydd iau'],
] as const)('on the real content, a vague "thing" with no question about it is not understood, not a topic nor off-topic (%s): %s', (lang, text) => {
  // Held-out sets 21, 29, 30: these got a neighbouring topic's answer, or "I can't help with that".
  expect(new Understander(real).understand(text, {}, lang).intent.kind).toBe('none');
});

test('on the real content, "the same thing" is not a vague thing (held-out set 40)', () => {
  const text = 'the sw said it might end up a child in need plan instead of a child protection plan, isnt that the same thing?? Barnsley';
  expect(new Understander(real).understand(text, {}, 'en').intent.kind).toBe('answer');
});

test('on the real content, Welsh "are they…?" (odyn, ydyn) asks about the things it names (held-out set 42)', () => {
  const text = "odyn nhw'n siarad am y pethe sy'n mynd yn dda 'fyd yn y core group neu jyst y pethe drwg? Rothesay";
  expect(new Understander(real).understand(text, {}, 'cy').intent).toMatchObject({ kind: 'answer', group: 'strengths-approach' });
});

test('on the real content, a "thing" asked about is still a question ("wots the 0-10 thing barnsley")', () => {
  expect(new Understander(real).understand('wots the 0-10 thing barnsley', {}, 'en').intent).toMatchObject({ kind: 'answer', group: 'safety-scale' });
});

describe.each([
  ['en', 'what time does the meeting start'],
  ['cy', "faint o'r gloch ydy'r cyfarfod"],
] as const)('a twin topic written for other people (%s)', (lang, text) => {
  // The same questions, one topic for parents and one for supporters: the words cannot tell them apart, the asker can.
  const twins = new Understander({ ...kb, topics: [...kb.topics.filter((t) => t.group !== 'meeting-when-twin'),
    topic('meeting-when-supporter', MEETING_WHEN.en, MEETING_WHEN.cy, ['supporter'])] }).matcher;

  test('is not a reason to ask a parent which they meant: the parents\' topic is answered', () => {
    expect(twins.decide(text, lang, 'parent')).toMatchObject({ kind: 'answer', group: 'meeting-when' });
  });

  test('is the answer for the people it was written for', () => {
    expect(twins.decide(text, lang, 'supporter')).toMatchObject({ kind: 'answer', group: 'meeting-when-supporter' });
  });
});

describe.each([
  ['en', 'plan', 'conference', 'minutes?', "what's a child protection conference for?"],
  ['cy', 'cynllun', 'cynhadledd', 'cofnodion?', "i beth mae'r gynhadledd?"],
] as const)('one broad word on the real content (%s)', (lang, word, term, minutes, question) => {
  const u = new Understander(real);
  test('alone, it is asked about', () => {
    expect(u.understand(word, {}, lang).intent.kind).toBe('clarify');
  });
  test('alone and a term people ask the meaning of, it is explained, with the topics that share it offered beside', () => {
    expect(u.understand(term, {}, lang).intent).toMatchObject({ kind: 'answer', group: 'what-is-conference' });
    const intent = u.understand(minutes, {}, lang).intent;
    expect(intent).toMatchObject({ kind: 'answer', group: 'glossary:minutes' });
    expect(intent.kind === 'answer' && intent.alternatives).toContain('minute-taker');
  });
  test('in a question, the question is answered', () => {
    expect(u.understand(question, {}, lang).intent.kind).toBe('answer');
  });
});

test('on the real content, every word plainly in one topic is answered, whatever the learned classes say', () => {
  // "Phone number" is like the off-topic examples ("taxi phone number"); the name is only in the advice topic.
  const intent = new Understander(real).understand("Beth ydy rhif ffôn y Children's Legal Centre?", {}, 'cy').intent;
  expect(intent).toMatchObject({ kind: 'answer', group: 'young-person-advice' });
});
