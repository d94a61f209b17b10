import { askingParts, onlyQuestion, questionParts, LONG_MESSAGE_WORDS } from '../../understanding/focus.js';
import { fold } from '../../understanding/normalise.js';
import { loadKnowledgeBase } from '../../knowledge/load.js';
import { Understander } from '../../understanding/understand.js';

test('a short message is matched whole', () => {
  expect(askingParts(fold('can i bring my mum to the core group?'))).toEqual([]);
});

test('a long message gives its questions, the last first, then the last asking clause', () => {
  const text = fold('the sw came yesterday and said there is a conference on the 14th because of stuff my ex did. '
    + 'i have not slept at all and my mum is worried too. what is it? i am scared, can i bring my mum with me?');
  expect(text.split(' ').length).toBeGreaterThanOrEqual(LONG_MESSAGE_WORDS);
  expect(askingParts(text)).toEqual(['i am scared, can i bring my mum with me?', 'what is it?', 'can i bring my mum with me?']);
});

test('a long Welsh message with no question mark gives its last sentence and its asking clause', () => {
  const text = fold('helo sori am y neges hir, mae\'r gynhadledd gynta ddydd iau a dw i\'n poeni\'n ofnadwy. '
    + 'does gen i neb i ddod efo fi heblaw\'r ddynes drws nesa, ga i ddod a hi efo fi');
  expect(askingParts(text)).toEqual(['does gen i neb i ddod efo fi heblaw\'r ddynes drws nesa, ga i ddod a hi efo fi', 'ga i ddod a hi efo fi']);
});

describe.each([
  ['en', 'sorry for going on, my partner moved out last month and the school rang the social worker after my son said something in class, '
    + 'the police came round and my mum is not speaking to me, now everything is a mess and i keep crying. how often will the core group meet?'],
  ['cy', 'sori am y neges hir, symudodd fy mhartner allan fis diwetha a mi ffoniodd yr ysgol y gweithiwr cymdeithasol ar ôl i fy mab ddeud '
    + 'rhywbeth yn y dosbarth, a dw i ddim yn cysgu. pa mor aml fydd y grŵp craidd yn cyfarfod?'],
] as const)('on the real content, a long message that tells a story and then asks (%s)', (lang, text) => {
  const u = new Understander(loadKnowledgeBase());
  test('the story drowns the question: the whole message is not plainly one topic', () => {
    expect(u.matcher.decide(fold(text), lang).kind).not.toBe('answer');
  });
  test('its question is answered', () => {
    expect(u.understand(text, {}, lang).intent).toMatchObject({ kind: 'answer', group: 'core-group-frequency' });
  });
});

describe('the separate questions of a message', () => {
  test.each([
    ['who chairs the core group and who takes the minutes?', ['who chairs the core group', 'who takes the minutes?']],
    ['can i bring my mum? will the police be there?', ['can i bring my mum?', 'will the police be there?']],
    ["pwy sy'n cadeirio'r grwp craidd, a phwy sy'n cymryd y cofnodion?", ["pwy sy'n cadeirio'r grwp craidd", "phwy sy'n cymryd y cofnodion?"]],
    ["dan ba gategoriau mae enw plentyn yn mynd ar y gofrestr, a lle mae'r gofrestr yn cael ei chadw?", ['dan ba gategoriau mae enw plentyn yn mynd ar y gofrestr', "lle mae'r gofrestr yn cael ei chadw?"]],
  ])('"%s" asks two things', (text, parts) => {
    expect(questionParts(fold(text))).toEqual(parts);
  });

  test.each([
    'can i bring my mum to the core group?',
    // A statement before the question, not a question.
    'my son is 12 and is on a plan, what happens at the core group?',
    "alla i ddim dod i'r grwp craidd ddydd iau, be ddylwn i neud",
    // One question with "also" or "or" in it.
    'can the person chairing the core group also do the minutes?',
    'do they listen to me or is it just the professionals talking?',
    // The second checks the first or asks about what was just said.
    'who runs the core group, is it the social worker?',
    "pwy sy'n cadeirio'r grwp craidd, ai'r gweithiwr cymdeithasol?",
    'they said they will take the kids. is she right? can the conference actually do that?',
  ])('"%s" asks one thing', (text) => {
    expect(questionParts(fold(text))).toEqual([]);
  });
});

test('the one question of a message that also tells something', () => {
  expect(onlyQuestion(fold('ffrind ydw i, dw i am gefnogi fy ffrind. oes rhaid i mi arwyddo rhywbeth?'))).toBe('oes rhaid i mi arwyddo rhywbeth?');
  expect(onlyQuestion(fold('can i bring my mum?'))).toBeUndefined();
  expect(onlyQuestion(fold('who chairs it? who takes the minutes?'))).toBeUndefined();
});

test.each([
  // Welsh "a" after deciding, knowing or asking is "whether", not "and".
  "pwy sy'n penderfynu a oes angen cynllun amddiffyn plant ar fy mhlentyn?",
  "dw i isio gwybod a oes rhaid i mi fynd",
])('"%s" asks one question', (text) => {
  expect(questionParts(text)).toEqual([]);
});

test.each([
  ["shwt mae'r gynhadledd yn gweithio, a pryd fydd y cyfarfod nesa?", 2],
  ['sw visiting frequency + how often are the meetings?', 2],
  ['is there parking? and can my mum come', 2],
])('"%s" asks %d questions', (text, n) => {
  expect(questionParts(text)).toHaveLength(n);
});
