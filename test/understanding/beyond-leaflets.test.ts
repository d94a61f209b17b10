// What plainly no leaflet answers (content/out-of-scope.yaml's `beyond` patterns): recording the meeting, joining by video,
// bringing a baby to feed or a pet, travel costs, what to wear, arrest, DBS checks, how long records are kept. Such a
// question gets the honest "the leaflets don't cover that" reply, not a neighbouring topic's answer, unless a topic is sure.
import { loadKnowledgeBase } from '../../knowledge/load.js';
import { fold } from '../../understanding/normalise.js';
import { Understander } from '../../understanding/understand.js';
import type { Lang } from '../../knowledge/schema.js';

const kb = loadKnowledgeBase();
const u = new Understander(kb);
const kind = (text: string, lang: Lang) => u.understand(text, {}, lang).intent.kind;

test.each(['en', 'cy'] as const)('(%s) no pattern matches a question a topic answers', (lang) => {
  const patterns = (kb.outOfScope[lang].beyond ?? []).map((p) => new RegExp(p, 'iu'));
  expect(patterns.length).toBeGreaterThan(5);
  const caught = kb.topics.flatMap((t) => t.questions[lang].map((q) => ({ id: t.id, q }))).filter(({ q }) => patterns.some((re) => re.test(fold(q))));
  expect(caught).toEqual([]);
});

test.each([
  ['en', "Can I record the child protection conference on my phone? It's at Barnsley next week."],
  ['en', "Am I allowed to bring my 3 month old to the conference in Penistone? I'm breastfeeding her and can't leave her with anyone."],
  ['en', 'Could the conference in Cudworth be done on Teams or by phone instead? I don\'t drive and there\'s no bus that early.'],
  ['en', 'can i bring my dog to the core group in leek, hes my emotional support dog and i get panic attacks'],
  ['en', 'Do I need a DBS check to be a supporter at a core group in Hereford?'],
  ['en', 'Will the police arrest me if I go to the Barnsley conference?? Im scared to go'],
  ['en', 'What should I wear to the core group meeting in Stafford? Do I need to dress smart'],
  ['en', "I'm supporting my sister at her core group in Leominster. Can I claim my petrol money back?"],
  ['cy', 'Oes hawl gen i recordio cyfarfod y grŵp craidd yn Rhuthun ar fy ffôn?'],
  ['cy', "Fedrith y core group yn Rhyl gael ei gynnal ar Zoom? Dwi'n gweithio shifftia nos"],
  ['cy', "Odi fe'n iawn i fi ddod â'r ci i'r cyfarfod core group yn Leek? Ma fe'n help mawr gyda'n ngorbryder i"],
  ['cy', "Oes lle i barcio pan fi'n mynd i'r gynadledd yn Wombwell? Sa i moyn bod yn hwyr"],
  ['cy', "Ydi'r heddlu am fy arestio i yn y gynhadledd yn Barnsley? Dwi di clywad bod nhw'n dod i'r cyfarfod"],
  ['cy', "Am faint ma nhw'n cadw enw'r plentyn ar y system ar ôl iddo ddod off y register? Helensburgh"],
] as const)('(%s) "%s" is answered honestly: not in the leaflets', (lang, text) => {
  expect(kind(text, lang)).toBe('outOfScope');
});

test.each([
  ['en', 'can i bring my mum to the conference in barnsley', 'answer'],
  ['en', 'will i get a written record of the conference if i cant go', 'answer'],
  ['en', 'who takes the minutes at the core group', 'answer'],
  ['en', 'is the leaflet available on audio tape', 'answer'],
  ['cy', "ga i ddod â fy mam i'r gynhadledd yn Barnsley", 'answer'],
  ['cy', "pwy sy'n ysgrifennu'r cofnodion yn y grŵp craidd", 'answer'],
] as const)('(%s) "%s" is still answered', (lang, text, expected) => {
  expect(kind(text, lang)).toBe(expected);
});

test.each([
  ['en', 'where is the best place to go swimming with the kids in Hereford'],
  ['cy', "Lle ydy'r lle gora i fynd i nofio efo'r plant yn Hereford?"],
  ['cy', "Shwt ma cyrraedd y fferi i Rothesay o Glasgow? Sa i'n siŵr pa drên"],
] as const)('(%s) a day out or a journey not to a meeting, "%s", is off-topic', (lang, text) => {
  expect(kind(text, lang)).toBe('offTopic');
});
