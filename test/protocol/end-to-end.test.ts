// Questions asked of the real server through the Bot Framework protocol, each in a fresh conversation with an
// English channel locale (Welsh must be recognised from the words), and the replies checked for what a right
// answer must say: the fact, the council's own contact, a date worked out, 999, a Welsh reply to Welsh. Every
// phone number and email address in every reply must be one of the directory's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestChannel, type Reply } from '../helpers/channel.js';
import { startBot, type RunningBot } from '../helpers/server-process.js';
import { loadKnowledgeBase } from '../../knowledge/load.js';
import { t } from '../../knowledge/i18n.js';
import { ROOT } from '../../knowledge/paths.js';
import { detectLanguage, buildLexicon } from '../../understanding/language.js';

interface Item { id: string; lang: 'en' | 'cy'; text: string; followups?: string[]; expect: string[]; forbid?: string[]; welsh?: boolean; set?: string; lastReply?: boolean }
/** Each set and where it is held today (the figures are printed on every run). Sets 2 to 16 were written later, by
 *  other helpers, from the leaflets alone; first runs: set 3 en 88%, cy 95%; set 4 en 87%, cy 87%; set 5 en 90%,
 *  cy 84%; set 6 en 89%, cy 74%; set 7 en 86%, cy 70%; set 8 en 90%, cy 87%; set 9 en 78%, cy 83%; set 10 en 92%,
 *  cy 81%; set 11 en 97%, cy 89%; set 12 en 97%, cy 90%; set 13 en 92%, cy 89%; set 14 en 93%, cy 90%; set 15 en
 *  93%, cy 86%; set 16 (professionals, supporters, dated deadlines) en 88%, cy 74%; set 19 (in their own words) en 85%, cy 86%;
 *  set 20 (the small print) en 90%, cy 94%; set 21 (the edges: what no leaflet answers, near-miss pairs) en 65%, cy 65%;
 *  set 22 (other voices: English as an additional language, Welsh learners and code-switching) en 87%, cy 89%; set 23 (few
 *  words) en 93%, cy 85%; set 24 (dates and deadlines, without the items that depend on the day it runs) en 76%, cy 87%;
 *  set 25 (several things at once, with questions no leaflet answers) en 75%, cy 65%; set 26 (the words professionals
 *  use) en 87%, cy 93%; set 27 (a day of real traffic, first run after sets 25-26's changes) en 93%, cy 84%; set 28 (conversations, each checked on its
 *  last reply) en 65%, cy 65%; set 29 (the wider family: grandparents, siblings, step-parents, young people) en 70%, cy 80%;
 *  set 30 (thumbs and voice: text speak, phonetic spelling, autocorrect, dictation) en 95%, cy 89%; set 31 (after the
 *  meeting: what happens now) en 80%, cy 76%; set 32 (feelings first: frightened, angry, ashamed askers) en 80%, cy 80%;
 *  set 33 (trust and privacy, and questions to the bot itself) en 78%, cy 73%; set 34 (getting ready: the invitation has
 *  just come) en 88%, cy 88%; set 35 (my part in it: professionals, supporters and others asking what is expected of them)
 *  en 88%, cy 86%; set 36 (a day of real traffic, again) en 90%, cy 89%; set 37 (first messages: greetings, muddles, the name
 *  on a letter, is this a person) en 85%, cy 86%; set 38 (when it goes wrong) en 82%, cy 70%; set 39 (been here before, or
 *  somewhere else) en 83%, cy 76%; set 40 (myths and mix-ups) en 77%, cy 73%; set 41 (what I can ask for, or say no to)
 *  en 85%, cy 81%; set 42 (the child's own voice) en 90%, cy 83%; set 43 (the practical side) en 90%, cy 90%; set 44
 *  (extra needs) en 88%, cy 85%; set 45 (dads and other carers) en 90%, cy 86%; set 46 (a bad
 *  moment) en 92%, cy 75%; set 47 (asking for someone else) en 83%, cy 79% (each "about" has the story). Sets 4 to 6 are kept untuned apart from general causes found in their misses. */
const SETS = [
  { file: 'end-to-end-questions.json', floor: { en: 0.95, cy: 0.95 } },
  { file: 'end-to-end-questions-2.json', floor: { en: 0.95, cy: 0.95 } },
  { file: 'end-to-end-questions-3.json', floor: { en: 0.95, cy: 0.95 } },
  { file: 'end-to-end-questions-4.json', floor: { en: 0.87, cy: 0.88 } },
  { file: 'end-to-end-questions-5.json', floor: { en: 0.91, cy: 0.88 } },
  { file: 'end-to-end-questions-6.json', floor: { en: 0.91, cy: 0.87 } },
  { file: 'end-to-end-questions-7.json', floor: { en: 0.95, cy: 0.84 } },
  { file: 'end-to-end-questions-8.json', floor: { en: 0.92, cy: 0.96 } },
  { file: 'end-to-end-questions-9.json', floor: { en: 0.83, cy: 0.87 } },
  { file: 'end-to-end-questions-10.json', floor: { en: 0.93, cy: 0.88 } },
  { file: 'end-to-end-questions-11.json', floor: { en: 0.94, cy: 0.88 } },
  { file: 'end-to-end-questions-12.json', floor: { en: 0.95, cy: 0.9 } },
  { file: 'end-to-end-questions-13.json', floor: { en: 0.93, cy: 0.9 } },
  { file: 'end-to-end-questions-14.json', floor: { en: 0.93, cy: 0.9 } },
  { file: 'end-to-end-questions-15.json', floor: { en: 0.95, cy: 0.93 } },
  { file: 'end-to-end-questions-16.json', floor: { en: 0.9, cy: 0.86 } },
  { file: 'end-to-end-questions-17.json', floor: { en: 0.95, cy: 0.91 } },
  { file: 'end-to-end-questions-18.json', floor: { en: 0.9, cy: 0.93 } },
  { file: 'end-to-end-questions-19.json', lastReply: true, floor: { en: 0.9, cy: 0.93 } },
  { file: 'end-to-end-questions-20.json', lastReply: true, floor: { en: 0.95, cy: 0.93 } },
  { file: 'end-to-end-questions-21.json', lastReply: true, floor: { en: 0.9, cy: 0.88 } },
  { file: 'end-to-end-questions-22.json', lastReply: true, floor: { en: 0.88, cy: 0.91 } },
  { file: 'end-to-end-questions-23.json', lastReply: true, floor: { en: 0.9, cy: 0.85 } },
  { file: 'end-to-end-questions-24.json', lastReply: true, floor: { en: 0.84, cy: 0.86 } },
  { file: 'end-to-end-questions-25.json', lastReply: true, floor: { en: 0.8, cy: 0.7 } },
  { file: 'end-to-end-questions-26.json', lastReply: true, floor: { en: 0.88, cy: 0.9 } },
  { file: 'end-to-end-questions-27.json', lastReply: true, floor: { en: 0.9, cy: 0.85 } },
  { file: 'end-to-end-questions-28.json', lastReply: true, floor: { en: 0.81, cy: 0.82 } },
  { file: 'end-to-end-questions-29.json', lastReply: true, floor: { en: 0.75, cy: 0.83 } },
  { file: 'end-to-end-questions-30.json', lastReply: true, floor: { en: 0.95, cy: 0.9 } },
  { file: 'end-to-end-questions-31.json', lastReply: true, floor: { en: 0.83, cy: 0.75 } },
  { file: 'end-to-end-questions-32.json', lastReply: true, floor: { en: 0.78, cy: 0.82 } },
  { file: 'end-to-end-questions-33.json', lastReply: true, floor: { en: 0.83, cy: 0.74 } },
  { file: 'end-to-end-questions-34.json', lastReply: true, floor: { en: 0.95, cy: 0.91 } },
  { file: 'end-to-end-questions-35.json', lastReply: true, floor: { en: 0.95, cy: 0.91 } },
  { file: 'end-to-end-questions-36.json', lastReply: true, floor: { en: 0.91, cy: 0.91 } },
  { file: 'end-to-end-questions-37.json', lastReply: true, floor: { en: 0.95, cy: 0.91 } },
  { file: 'end-to-end-questions-38.json', lastReply: true, floor: { en: 0.83, cy: 0.73 } },
  { file: 'end-to-end-questions-39.json', lastReply: true, floor: { en: 0.9, cy: 0.83 } },
  { file: 'end-to-end-questions-40.json', lastReply: true, floor: { en: 0.78, cy: 0.77 } },
  { file: 'end-to-end-questions-41.json', lastReply: true, floor: { en: 0.86, cy: 0.83 } },
  { file: 'end-to-end-questions-42.json', lastReply: true, floor: { en: 0.9, cy: 0.86 } },
  { file: 'end-to-end-questions-43.json', lastReply: true, floor: { en: 0.93, cy: 0.91 } },
  { file: 'end-to-end-questions-44.json', lastReply: true, floor: { en: 0.87, cy: 0.87 } },
  { file: 'end-to-end-questions-45.json', lastReply: true, floor: { en: 0.9, cy: 0.88 } },
  { file: 'end-to-end-questions-46.json', lastReply: true, floor: { en: 0.9, cy: 0.75 } },
  { file: 'end-to-end-questions-47.json', lastReply: true, floor: { en: 0.81, cy: 0.75 } },
];
/** Sets from 19 on were written to be checked on a conversation's last reply (its writers were told so); the earlier
 *  ones on all its replies together, as ../shared/tools/channel.mjs checks them. */
const items = SETS.flatMap(({ file, lastReply }) => (JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', file), 'utf8')) as { items: Item[] }).items
  .map((i) => ({ ...i, set: file, lastReply })));

const kb = loadKnowledgeBase();
const lexicon = buildLexicon(kb);
const digits = (s: string) => s.replace(/\D/g, '');
const known = [...kb.councils.flatMap((c) => c.contacts), ...kb.adviceLines.flatMap((a) => a.contacts)].map((c) => c.value);
const knownPhones = new Set(known.map(digits).filter((d) => d.length >= 10));
const knownEmails = new Set(known.filter((v) => v.includes('@')).map((v) => v.toLowerCase()));

/** What the bot said: message text and card text and facts, not the buttons (those are choices, not answers). */
function said(replies: Reply[]): string {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) (['text', 'title', 'value'].includes(k) && typeof x === 'string' ? out.push(x) : k !== 'actions' && walk(x));
    }
  };
  for (const r of replies) {
    if (r.type !== 'message') continue;
    if (r.text) out.push(r.text);
    walk(r.attachments ?? []);
  }
  return out.join('\n');
}

function invented(text: string): string[] {
  const phones = (text.match(/(?:\+44\s?|0)\d[\d ]{8,12}\d/g) ?? []).filter((p) => !knownPhones.has(digits(p)));
  const emails = (text.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? []).filter((e) => !knownEmails.has(e.toLowerCase()));
  return [...phones, ...emails];
}

/** Conversations in flight at once. */
const CONCURRENT = 4;

describe('questions through the protocol, checked for what a right reply says', () => {
  let bot: RunningBot;
  const channel = new TestChannel();
  const results: { item: Item; pass: boolean; why: string; invented: string[] }[] = [];
  /** Conversations where a turn failed and the bot said sorry instead of answering (set 31's "a fortnight ago"). */
  const failedTurns: string[] = [];
  const apologies = [t('en', 'errors.sorry'), t('cy', 'errors.sorry')];

  beforeAll(async () => {
    await channel.start();
    bot = await startBot();
    // A few conversations at a time (each its own person and conversation), so that ~4,000 questions fit the time.
    let next = 0;
    const ask = async (item: Item) => {
      // A new person each time: nothing remembered (council, language) from the question before.
      const conv = `e2e-${item.id}`;
      const from = { id: `user-${item.id}`, name: 'Visitor', role: 'user' };
      await channel.post(bot.url, channel.activity(conv, { type: 'conversationUpdate', from, membersAdded: [{ id: from.id }] }), conv);
      const { status, replies } = await channel.post(bot.url, channel.activity(conv, { type: 'message', from, text: item.text }), conv);
      let text = said(replies);
      let all = text;
      // A follow-up in the same conversation ("what about Barnsley?"): its reply is checked with the first, or alone.
      for (const followup of item.followups ?? []) {
        const next = await channel.post(bot.url, channel.activity(conv, { type: 'message', from, text: followup }), conv);
        text = item.lastReply ? said(next.replies) : `${text}\n${said(next.replies)}`;
        all = `${all}\n${said(next.replies)}`;
      }
      if (apologies.some((sorry) => all.includes(sorry))) failedTurns.push(item.id);
      const missing = item.expect.filter((re) => !new RegExp(re, 'im').test(text));
      const forbidden = (item.forbid ?? []).filter((re) => new RegExp(re, 'im').test(text));
      const guess = detectLanguage(text, 'en', lexicon);
      const notWelsh = item.welsh === true && !(guess.lang === 'cy' && guess.confident);
      const pass = status === 200 && text.length > 0 && !missing.length && !forbidden.length && !notWelsh;
      const why = [missing.length ? `missing ${missing.join(', ')}` : '', forbidden.length ? `forbidden ${forbidden.join(', ')}` : '', notWelsh ? 'not Welsh' : '']
        .filter(Boolean).join('; ');
      results.push({ item, pass, why, invented: invented(text) });
    };
    await Promise.all(Array.from({ length: CONCURRENT }, async () => {
      while (next < items.length) await ask(items[next++]);
    }));
  }, 1_200_000);
  afterAll(async () => {
    channel.stop();
    await bot.stop();
  });

  test.each(SETS.flatMap(({ file, floor }) => (['en', 'cy'] as const).map((lang) => [file, lang, floor[lang]] as const)))(
    '%s %s: right replies at or above the floor', (file, lang, floor) => {
      const mine = results.filter((r) => r.item.lang === lang && r.item.set === file);
      const right = mine.filter((r) => r.pass).length;
      const misses = mine.filter((r) => !r.pass).map((r) => `${r.item.id} "${r.item.text}": ${r.why}`);
      console.log(`end to end ${file} ${lang}: ${right}/${mine.length} = ${(100 * right / mine.length).toFixed(1)}%\n  ${misses.join('\n  ')}`);
      expect(mine.length).toBeGreaterThanOrEqual(40); // the set loaded (sets 4 and 5 have 45 Welsh items)
      expect(right / mine.length).toBeGreaterThanOrEqual(floor);
    });

  test('no turn fails: the "something went wrong" apology is never the reply', () => {
    expect(failedTurns).toEqual([]);
  });

  test('no phone number or email address that is not in the directory', () => {
    expect(results.flatMap((r) => r.invented.map((x) => `${r.item.id}: ${x}`))).toEqual([]);
  });
});
