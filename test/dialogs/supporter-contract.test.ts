// The supporter contract dialog inside the real main dialog and bot, with the real content, state kept with
// lowdb and statements kept in a temporary folder. Every expected sentence comes from the locale files.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { t } from '../../knowledge/i18n.js';
import type { Lang } from '../../knowledge/schema.js';
import { formatDate } from '../../knowledge/timescales/format-date.js';
import { addCalendarDays, todayIn, toCalDate } from '../../knowledge/timescales/calendar-date.js';
import { continueSigning, type ContractState } from '../../dialogs/supporter-signing.js';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/log.js';
import { createApp } from '../../bot/app.js';
import { sharedUnderstanding } from '../helpers/bot-harness.js';

const BASE = 'https://bot.example.org';
const USER = 'supporter-1';
const { kb } = sharedUnderstanding();

interface Card { body?: { type: string; text?: string; facts?: { title: string; value: string }[] }[]; actions?: { type: string; title: string; data: unknown }[] }

function harness(channelId = 'test') {
  // The whole app as `npm start` wires it (createApp), with state and statements in a temporary folder.
  const dataDir = mkdtempSync(join(tmpdir(), 'contract-dialog-'));
  const app = createApp({ ...loadConfig({}), dataDir, publicBaseUrl: BASE }, createLogger('silent'), kb, sharedUnderstanding().understander);
  const { statements, services, bot } = app;
  const adapter = new TestAdapter((context) => bot.run(context));
  let last: Partial<Activity>[] = [];
  let locale = 'en-GB';

  async function send(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    adapter.activeQueue.splice(0);
    await adapter.receiveActivity({ type: 'message', locale, channelId, from: { id: USER, name: 'Supporter' }, ...activity });
    last = adapter.activeQueue.splice(0).filter((a) => a.type === 'message');
    return last;
  }
  const cards = (replies: Partial<Activity>[]) => replies.flatMap((a) => (a.attachments ?? []).map((x) => x.content as Card));
  /** Every word the bot sent: texts, card texts and facts, button titles. */
  const text = (replies: Partial<Activity>[] = last) => replies.map((a) => [
    a.text ?? '',
    ...(a.suggestedActions?.actions ?? []).map((x) => x.title ?? ''),
    ...cards([a]).flatMap((c) => [
      ...(c.body ?? []).flatMap((b) => [b.text ?? '', ...(b.facts ?? []).flatMap((f) => [f.title, f.value])]),
      ...(c.actions ?? []).map((x) => x.title),
    ]),
  ].join('\n')).join('\n');

  return {
    statements, services, key: `${channelId}/${USER}`,
    setLocale(l: string) { locale = l; },
    say: (words: string) => send({ text: words }),
    /** Presses a button of the last reply: a card's Action.Submit (its data as value) or a suggested action. */
    async click(title: string) {
      for (const a of [...last].reverse()) {
        const action = cards([a]).flatMap((c) => c.actions ?? []).find((x) => x.title === title);
        if (action) return send({ text: undefined, value: action.data });
        const suggestion = a.suggestedActions?.actions.find((x) => x.title === title);
        if (suggestion) return send({ text: String(suggestion.value) });
      }
      throw new Error(`No button "${title}" in the last reply:\n${text()}`);
    },
    text,
    buttons: () => last.flatMap((a) => [...(a.suggestedActions?.actions ?? []).map((x) => x.title ?? ''), ...cards([a]).flatMap((c) => (c.actions ?? []).map((x) => x.title))]),
  };
}
type Harness = ReturnType<typeof harness>;

const sections = () => kb.contract.sections;
const stepLine = (lang: Lang, i: number) => t(lang, 'contract.step', { n: i + 1, total: sections().length });

/** Presses "I understand" from the step shown until the name is asked, checking every step. */
async function readSteps(h: Harness, lang: Lang, from: number) {
  for (let i = from; i < sections().length; i++) {
    expect(h.text()).toContain(stepLine(lang, i));
    expect(h.text()).toContain(sections()[i]!.title[lang]);
    expect(h.text()).toContain(sections()[i]!.points[lang][0]);
    await h.click(t(lang, 'contract.understand'));
  }
  expect(h.text()).toContain(t(lang, 'contract.askName'));
}

async function start(h: Harness, lang: Lang) {
  if (lang === 'cy') h.setLocale('cy-GB');
  await h.say(lang === 'cy' ? "Dw i eisiau llofnodi'r datganiad cefnogwr" : 'I need to sign the supporter agreement');
  expect(h.text()).toContain(t(lang, 'contract.intro', { title: kb.contract.title[lang] }));
  expect(h.buttons()).toEqual([t(lang, 'contract.understand'), t(lang, 'contract.question'), t(lang, 'contract.stop')]);
}

const slashDate = (iso: string) => { const { y, m, d } = toCalDate(iso); return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`; };

describe('supporter contract dialog', () => {
  test('English: the six steps, name, today, meeting date, confirmation, then the statement is saved', async () => {
    const h = harness();
    await start(h, 'en');
    await readSteps(h, 'en', 0);
    await h.say('Jane Testsupporter');
    expect(h.text()).toContain(t('en', 'contract.askDate', { example: slashDate(todayIn()) }));
    await h.click(t('en', 'contract.today'));
    expect(h.text()).toContain(t('en', 'contract.askMeeting'));
    const meeting = addCalendarDays(todayIn(), 9);
    await h.say(formatDate(meeting, 'en'));
    // The confirmation card: printed name, typed signature, date, and nothing saved yet.
    expect(h.text()).toContain(t('en', 'contract.confirmHeading'));
    expect(h.text()).toContain(`${t('en', 'contract.printName')}\nJane Testsupporter`);
    expect(h.text()).toContain(`${t('en', 'contract.signature')}\nJane Testsupporter`);
    expect(h.text()).toContain(formatDate(todayIn(), 'en'));
    expect(h.text()).toContain(formatDate(meeting, 'en'));
    expect(h.buttons()).toEqual([t('en', 'contract.agree'), t('en', 'contract.stop')]);
    expect(await h.statements.count()).toBe(0);

    await h.click(t('en', 'contract.agree'));
    const saved = await h.statements.findByUser(h.key);
    expect(saved).toHaveLength(1);
    const r = saved[0]!;
    expect(r).toMatchObject({
      contractId: kb.contract.id, contractVersion: kb.contract.version, council: kb.contract.council, lang: 'en',
      printedName: 'Jane Testsupporter', signature: 'Jane Testsupporter', signedOn: todayIn(), meetingDate: meeting, userKey: h.key,
    });
    const receipt = h.text();
    expect(receipt).toContain(t('en', 'contract.saved', { name: 'Jane Testsupporter' }));
    expect(receipt).toContain(t('en', 'contract.savedDetails', { date: formatDate(todayIn(), 'en'), ref: r.ref }));
    expect(receipt).toContain(`${BASE}/statements/${r.printToken}`);
    expect(receipt).toMatch(/\b20\d\d\b/);
    // The dialog is over: "I understand" is not read as a step any more.
    await h.say('show my statement');
    expect(h.text()).toContain(r.ref);
  });

  test('Welsh: the same walk in Welsh, "ddoe" as the date, meeting skipped, saved in Welsh', async () => {
    const h = harness();
    await start(h, 'cy');
    await readSteps(h, 'cy', 0);
    await h.say('Siân Jones');
    expect(h.text()).toContain(t('cy', 'contract.askDate', { example: slashDate(todayIn()) }));
    await h.say('ddoe');
    expect(h.text()).toContain(t('cy', 'contract.askMeeting'));
    await h.click(t('cy', 'contract.skip'));
    expect(h.text()).toContain(t('cy', 'contract.confirmHeading'));
    expect(h.text()).toContain(`${t('cy', 'contract.meetingDate')}\n${t('cy', 'contract.notGiven')}`);
    await h.click(t('cy', 'contract.agree'));
    const [r] = await h.statements.findByUser(h.key);
    expect(r).toMatchObject({ lang: 'cy', printedName: 'Siân Jones', signedOn: addCalendarDays(todayIn(), -1) });
    expect(r!.meetingDate).toBeUndefined();
    expect(h.text()).toContain(t('cy', 'contract.saved', { name: 'Siân Jones' }));
    expect(h.text()).toContain(t('cy', 'contract.savedDetails', { date: formatDate(r!.signedOn, 'cy'), ref: r!.ref }));
    expect(h.text()).toContain(`${BASE}/statements/${r!.printToken}`);
  });

  test('a question part way is answered, then the same step is shown again', async () => {
    const h = harness();
    await start(h, 'en');
    await h.click(t('en', 'contract.understand'));
    expect(h.text()).toContain(stepLine('en', 1));
    await h.click(t('en', 'contract.question'));
    expect(h.text()).toContain(t('en', 'contract.askQuestion'));
    await h.say('Can I give my own opinion in the meeting?');
    const answer = h.services.answers.answer('supporter-views', 'en', {}, 'supporter')!;
    expect(h.text()).toContain(answer.paragraphs[0]);
    expect(h.text()).toContain(stepLine('en', 1));
    expect(h.text()).toContain(sections()[1]!.title.en);
    // A question typed without pressing the button is answered too, and the step comes back.
    await h.say('Can I give my own opinion in the meeting?');
    expect(h.text()).toContain(answer.paragraphs[0]);
    expect(h.text()).toContain(stepLine('en', 1));
    // Something that is neither a button nor a question: the choices are explained, same step.
    await h.say('blue');
    expect(h.text()).toContain(t('en', 'contract.pickButton'));
    expect(h.text()).toContain(stepLine('en', 1));
    await h.click(t('en', 'contract.understand'));
    expect(h.text()).toContain(stepLine('en', 2));
    await readSteps(h, 'en', 2);
  });

  test('stopping part way saves nothing, in the walk and at the confirmation', async () => {
    const h = harness();
    await start(h, 'en');
    await h.click(t('en', 'contract.understand'));
    await h.click(t('en', 'contract.stop'));
    expect(h.text()).toContain(t('en', 'contract.nothingSaved'));
    expect(h.text()).toContain(t('en', 'cancel.done'));
    expect(h.text()).not.toContain(stepLine('en', 2));

    await start(h, 'en');
    await readSteps(h, 'en', 0);
    await h.say('Jane Testsupporter');
    await h.click(t('en', 'contract.today'));
    await h.click(t('en', 'contract.skip'));
    expect(h.text()).toContain(t('en', 'contract.confirmHeading'));
    await h.click(t('en', 'contract.stop'));
    expect(h.text()).toContain(t('en', 'contract.nothingSaved'));
    expect(await h.statements.count()).toBe(0);
  });

  test('a bad name or date is asked again kindly', async () => {
    const h = harness();
    await start(h, 'en');
    await readSteps(h, 'en', 0);
    await h.say('12345');
    expect(h.text()).toBe(t('en', 'contract.nameInvalid'));
    await h.say('Jane Testsupporter');
    await h.say('banana');
    expect(h.text()).toContain(t('en', 'contract.dateUnclear', { example: slashDate(todayIn()) }));
    await h.say('tomorrow');
    expect(h.text()).toContain(t('en', 'contract.dateFuture'));
    expect(h.buttons()).toEqual([t('en', 'contract.today')]);
    const earlier = addCalendarDays(todayIn(), -3);
    await h.say(slashDate(earlier));
    expect(h.text()).toContain(t('en', 'contract.askMeeting'));
    await h.say('sometime soon');
    expect(h.text()).toContain(t('en', 'contract.meetingUnclear', { example: slashDate(todayIn()) }));
    await h.click(t('en', 'contract.skip'));
    await h.click(t('en', 'contract.agree'));
    const [r] = await h.statements.findByUser(h.key);
    expect(r!.signedOn).toBe(earlier);
  });

  test('show and withdraw statements', async () => {
    const h = harness();
    await h.say('show my statement');
    expect(h.text()).toBe(t('en', 'contract.noneSaved'));
    await h.say('withdraw my statement');
    expect(h.text()).toBe(t('en', 'contract.noneSaved'));

    const input = {
      contractId: kb.contract.id, contractVersion: kb.contract.version, lang: 'en' as const, printedName: 'Jane Testsupporter',
      signature: 'Jane Testsupporter', council: kb.contract.council, userKey: h.key,
    };
    const a = await h.statements.save({ ...input, signedOn: addCalendarDays(todayIn(), -10) });
    const b = await h.statements.save({ ...input, signedOn: addCalendarDays(todayIn(), -2) });
    await h.statements.save({ ...input, signedOn: todayIn(), userKey: 'test/someone-else' });

    await h.say('show my statement');
    for (const r of [a, b]) {
      expect(h.text()).toContain(t('en', 'contract.listItem', { ref: r.ref, date: formatDate(r.signedOn, 'en'), name: r.printedName, link: `${BASE}/statements/${r.printToken}` }));
    }
    expect((h.text().match(/SUP-/g) ?? []).length).toBe(2);

    await h.say('withdraw my statement');
    expect(h.text()).toContain(t('en', 'contract.withdrawWhich'));
    await h.click(t('en', 'contract.withdrawItem', { ref: a.ref, date: formatDate(a.signedOn, 'en') }));
    expect(h.text()).toContain(t('en', 'contract.withdrawConfirm', { ref: a.ref, date: formatDate(a.signedOn, 'en') }));
    await h.click(t('en', 'contract.withdrawYes'));
    expect(h.text()).toBe(t('en', 'contract.withdrawn', { ref: a.ref }));
    expect((await h.statements.findByUser(h.key)).map((r) => r.ref)).toEqual([b.ref]);

    // One statement left: no list, straight to "are you sure?"; "No" keeps it.
    await h.say('withdraw my statement');
    expect(h.text()).toContain(t('en', 'contract.withdrawConfirm', { ref: b.ref, date: formatDate(b.signedOn, 'en') }));
    await h.click(t('en', 'contract.withdrawNo'));
    expect(h.text()).toBe(t('en', 'contract.kept'));
    expect(await h.statements.findByUser(h.key)).toHaveLength(1);
    await h.say('withdraw my statement');
    await h.click(t('en', 'contract.withdrawYes'));
    expect(await h.statements.findByUser(h.key)).toHaveLength(0);
    expect(await h.statements.count()).toBe(1); // someone else's statement is untouched
  });

  test('another council: no statement needed there, with the supporter role explained', async () => {
    const h = harness();
    await h.say('Barnsley');
    await h.say('I need to sign the supporter agreement');
    expect(h.text()).toContain(t('en', 'contract.notNeeded', { council: h.services.answers.councilName('barnsley', 'en') }));
    expect(h.text()).not.toContain(stepLine('en', 0));
  });

  test('help and a language switch part way ask the same thing again', async () => {
    const h = harness();
    await start(h, 'en');
    await h.click(t('en', 'contract.understand'));
    await h.say('Cymraeg');
    expect(h.text()).toContain(t('cy', 'language.switched'));
    expect(h.text()).toContain(stepLine('cy', 1));
    expect(h.text()).toContain(sections()[1]!.title.cy);
    await readSteps(h, 'cy', 1);
    await h.say('help');
    expect(h.text()).toContain(t('cy', 'contract.askName'));
    await h.say('Gareth Wyn Davies');
    await h.click(t('cy', 'contract.today'));
    await h.click(t('cy', 'contract.skip'));
    await h.click(t('cy', 'contract.agree'));
    expect(h.text()).toContain(t('cy', 'contract.saved', { name: 'Gareth Wyn Davies' }));
    const [r] = await h.statements.findByUser(h.key);
    expect(r!.lang).toBe('cy');
  });

  test('"I agree and sign" pressed twice before the first turn saved its state signs once', async () => {
    const h = harness();
    const adapter = new TestAdapter(async () => undefined);
    const press = () => new TurnContext(adapter, {
      type: 'message', channelId: 'test', serviceUrl: 'https://test.example', text: t('en', 'contract.agree'),
      from: { id: USER, name: 'Supporter' }, recipient: { id: 'bot', name: 'Bot' }, conversation: { id: 'c1', isGroup: false, name: 'c1', conversationType: 'personal' },
    });
    const deps = { services: h.services, statements: h.statements, publicBaseUrl: BASE };
    const st = (): ContractState => ({ expectsFreeText: true, lang: 'en', phase: 'confirm', step: 6, name: 'Jane Testsupporter', signedOn: todayIn() });
    expect(await continueSigning(press(), deps, st(), t('en', 'contract.agree'))).toBe('end');
    expect(await continueSigning(press(), deps, st(), t('en', 'contract.agree'))).toBe('end');
    const [r, ...more] = await h.statements.findByUser(h.key);
    expect(more).toHaveLength(0);
    const receipts = adapter.activeQueue.map((a) => a.text ?? '');
    expect(receipts).toHaveLength(2);
    for (const text of receipts) expect(text).toContain(r!.ref);
  });

  test('a channel without cards gets plain text with numbered choices, and numbers work', async () => {
    const h = harness('sms');
    await h.say('I need to sign the supporter agreement');
    expect(h.text()).toContain(`1. ${t('en', 'contract.understand')}\n2. ${t('en', 'contract.question')}\n3. ${t('en', 'contract.stop')}`);
    await h.say('1');
    expect(h.text()).toContain(stepLine('en', 1));
    await h.say('3');
    expect(h.text()).toBe(t('en', 'contract.stopped'));
  });
});
