// Signing the supporter statement: full name, the date of signing, the meeting date (optional), a
// confirmation card, and only then the saved statement and its receipt with the print link. Also the card
// and button helpers the supporter contract dialog uses.
import { CardFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import { t } from '../knowledge/i18n.js';
import type { Lang } from '../knowledge/schema.js';
import type { Button } from '../knowledge/answers.js';
import { parseDate } from '../knowledge/timescales/parse-date.js';
import { formatDate } from '../knowledge/timescales/format-date.js';
import { todayIn, toCalDate, type IsoDate } from '../knowledge/timescales/calendar-date.js';
import { isRealDate, StatementValidationError } from '../bot/statements/statement-record.js';
import type { StatementStore } from '../bot/statements/statement-store.js';
import { supportsCards } from '../bot/channels.js';
import type { TaskDialogOptions } from './services.js';
import type { Services } from './services.js';
import { suggested } from './replies.js';
import { userKey } from './turn-input.js';

export type Phase = 'walk' | 'question' | 'name' | 'date' | 'meeting' | 'confirm' | 'pickWithdraw' | 'confirmWithdraw';

/** The dialog's state. expectsFreeText (FREE_TEXT) stays true: the dialog reads its own buttons and questions. */
export interface ContractState extends TaskDialogOptions {
  lang: Lang;
  phase: Phase;
  /** The section shown (0-based). */
  step: number;
  name?: string;
  signedOn?: IsoDate;
  meetingDate?: IsoDate;
  /** Statements offered for withdrawal, and the one chosen. */
  choices?: { ref: string; signedOn: IsoDate }[];
  ref?: string;
}

/** Two presses of "I agree and sign" this close together are one signature. */
const DOUBLE_SUBMIT_MS = 2 * 60 * 1000;

export interface SigningDeps { services: Services; statements: StatementStore; publicBaseUrl: string }

// ---- buttons and cards ---------------------------------------------------------------------------------

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase()
  .replace(/[\s.!?"]+$/u, '').replace(/\s+/g, ' ').trim();

/** True when the text is the button `key` in either language (buttons may be pressed after a switch). */
export function isChoice(text: string, key: string): boolean {
  const f = fold(text);
  return (['en', 'cy'] as Lang[]).some((l) => fold(t(l, key)) === f);
}

/** "2" for the second of the numbered choices shown on channels without cards. */
export function numberChoice(text: string): number | undefined {
  const m = /^\s*(\d)\s*[.)]?\s*$/.exec(text);
  return m ? Number(m[1]) : undefined;
}

export const button = (lang: Lang, key: string): Button => ({ title: t(lang, key), value: t(lang, key) });

export interface CardParts { subtle?: string; heading?: string; paragraphs?: string[]; list?: string[]; facts?: [string, string][] }

/** An Adaptive Card 1.5 with Action.Submit buttons, or plain text with numbered choices. */
export function contractCard(context: TurnContext, parts: CardParts, buttons: Button[]): Partial<Activity> {
  const paragraphs = parts.paragraphs ?? [];
  const list = (parts.list ?? []).map((p) => `- ${p}`).join('\n');
  const facts = parts.facts ?? [];
  if (!supportsCards(context.activity.channelId)) {
    return MessageFactory.text([
      [parts.subtle, parts.heading].filter(Boolean).join(': '), ...paragraphs, list,
      facts.map(([k, v]) => `${k}: ${v}`).join('\n'), buttons.map((b, i) => `${i + 1}. ${b.title}`).join('\n'),
    ].filter(Boolean).join('\n\n'));
  }
  const body: object[] = [];
  if (parts.subtle) body.push({ type: 'TextBlock', text: parts.subtle, isSubtle: true, size: 'Small', wrap: true });
  if (parts.heading) body.push({ type: 'TextBlock', text: parts.heading, weight: 'Bolder', size: 'Medium', wrap: true });
  for (const p of paragraphs) body.push({ type: 'TextBlock', text: p, wrap: true });
  if (list) body.push({ type: 'TextBlock', text: list, wrap: true });
  if (facts.length) body.push({ type: 'FactSet', facts: facts.map(([title, value]) => ({ title, value })) });
  return MessageFactory.attachment(CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    actions: buttons.map((b) => ({ type: 'Action.Submit', title: b.title, data: { action: 'say', text: b.value, msteams: { type: 'imBack', value: b.value } } })),
  }));
}

// ---- dates ---------------------------------------------------------------------------------------------

/** "23/11/2026": the example shown when asking for a date. */
function example(today: IsoDate): string {
  const { y, m, d } = toCalDate(today);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}

/** The day the statement is signed: today or earlier. */
export function readSigningDate(text: string, lang: Lang, today: IsoDate): { date: IsoDate } | { problem: 'future' | 'unclear' } {
  if (isChoice(text, 'contract.today')) return { date: today };
  const r = parseDate(text, lang, today);
  let date: IsoDate | undefined;
  if (r.status === 'ok') date = r.yearAssumed && r.date > today ? (r.alternatives.find((d) => d <= today) ?? r.date) : r.date;
  else if (r.status === 'ambiguous' && r.reason !== 'several-dates' && r.reason !== 'range') date = [...r.options].reverse().find((d) => d <= today);
  if (!date || !isRealDate(date)) return { problem: 'unclear' };
  return date > today ? { problem: 'future' } : { date };
}

/** The meeting's day (before or after today); "Monday" is the next Monday. */
export function readMeetingDate(text: string, lang: Lang, today: IsoDate): IsoDate | undefined {
  const r = parseDate(text, lang, today);
  let date: IsoDate | undefined;
  if (r.status === 'ok') date = r.date;
  else if (r.status === 'ambiguous' && r.reason !== 'several-dates' && r.reason !== 'range') date = r.options.find((d) => d >= today) ?? r.options.at(-1);
  return date && isRealDate(date) ? date : undefined;
}

/** 2 to 100 characters, letters with spaces, hyphens, apostrophes and full stops. */
export function cleanName(text: string): string | undefined {
  const name = text.normalize('NFC').trim().replace(/\s+/gu, ' ');
  const length = [...name].length;
  if (length < 2 || length > 100) return undefined;
  if (!/^\p{L}[\p{L}\p{M} '’.-]*$/u.test(name)) return undefined;
  return (name.match(/\p{L}/gu) ?? []).length >= 2 ? name : undefined;
}

// ---- the signing steps ---------------------------------------------------------------------------------

export async function askName(context: TurnContext, st: ContractState): Promise<void> {
  st.phase = 'name';
  st.expectsFreeText = true;
  await context.sendActivity(t(st.lang, 'contract.askName'));
}

async function askDate(context: TurnContext, st: ContractState, key = 'contract.askDate'): Promise<void> {
  await context.sendActivity(suggested(t(st.lang, key, { example: example(todayIn()) }), [button(st.lang, 'contract.today')]));
}

async function askMeeting(context: TurnContext, st: ContractState, key = 'contract.askMeeting'): Promise<void> {
  await context.sendActivity(suggested(t(st.lang, key, { example: example(todayIn()) }), [button(st.lang, 'contract.skip')]));
}

async function showConfirm(context: TurnContext, deps: SigningDeps, st: ContractState): Promise<void> {
  const lang = st.lang;
  const name = st.name ?? '';
  await context.sendActivity(contractCard(context, {
    heading: t(lang, 'contract.confirmHeading'),
    paragraphs: [t(lang, 'contract.confirmIntro', { n: deps.services.kb.contract.sections.length })],
    facts: [
      [t(lang, 'contract.printName'), name],
      [t(lang, 'contract.signature'), name],
      [t(lang, 'contract.date'), st.signedOn ? formatDate(st.signedOn, lang) : ''],
      [t(lang, 'contract.meetingDate'), st.meetingDate ? formatDate(st.meetingDate, lang) : t(lang, 'contract.notGiven')],
    ],
  }, [button(lang, 'contract.agree'), button(lang, 'contract.stop')]));
}

/** Asks again whatever the signing is waiting for (after help, a language switch ...). */
export async function repromptSigning(context: TurnContext, deps: SigningDeps, st: ContractState): Promise<void> {
  if (st.phase === 'name') await askName(context, st);
  else if (st.phase === 'date') await askDate(context, st);
  else if (st.phase === 'meeting') await askMeeting(context, st);
  else await showConfirm(context, deps, st);
}

/** One answer during signing. 'end' when the dialog is over (signed, or stopped). */
export async function continueSigning(context: TurnContext, deps: SigningDeps, st: ContractState, text: string): Promise<'continue' | 'end'> {
  const lang = st.lang;
  const today = todayIn();
  const command = deps.services.understander.command(text, ['yes', 'no', 'question', 'dontKnow']);
  switch (st.phase) {
    case 'name': {
      const name = command ? undefined : cleanName(text);
      if (!name) {
        await context.sendActivity(t(lang, 'contract.nameInvalid'));
        return 'continue';
      }
      st.name = name;
      st.phase = 'date';
      await askDate(context, st);
      return 'continue';
    }
    case 'date': {
      const read = readSigningDate(text, lang, today);
      if ('problem' in read) {
        await askDate(context, st, read.problem === 'future' ? 'contract.dateFuture' : 'contract.dateUnclear');
        return 'continue';
      }
      st.signedOn = read.date;
      st.phase = 'meeting';
      await askMeeting(context, st);
      return 'continue';
    }
    case 'meeting': {
      if (isChoice(text, 'contract.skip') || command === 'no' || command === 'dontKnow') {
        st.meetingDate = undefined;
      } else {
        const date = readMeetingDate(text, lang, today);
        if (!date) {
          await askMeeting(context, st, 'contract.meetingUnclear');
          return 'continue';
        }
        st.meetingDate = date;
      }
      st.phase = 'confirm';
      await showConfirm(context, deps, st);
      return 'continue';
    }
    default: {
      const n = numberChoice(text);
      if (isChoice(text, 'contract.agree') || n === 1 || command === 'yes') return sign(context, deps, st);
      if (isChoice(text, 'contract.stop') || n === 2 || command === 'no') {
        await context.sendActivity(t(lang, 'contract.stopped'));
        return 'end';
      }
      await context.sendActivity(t(lang, 'contract.confirmPick'));
      await showConfirm(context, deps, st);
      return 'continue';
    }
  }
}

/** Saves the statement (durably, before anything is said) and sends the receipt with the print link. */
async function sign(context: TurnContext, deps: SigningDeps, st: ContractState): Promise<'end'> {
  const lang = st.lang;
  const contract = deps.services.kb.contract;
  const name = st.name ?? '';
  const signedOn = st.signedOn ?? todayIn();
  // A button pressed twice (two turns before either saved the dialog state): the receipt again, not a copy.
  const recent = (await deps.statements.findByUser(userKey(context))).find((r) => r.printedName === name && r.signedOn === signedOn
    && r.meetingDate === st.meetingDate && Date.now() - Date.parse(r.createdAt) < DOUBLE_SUBMIT_MS);
  let record = recent;
  try {
    record ??= await deps.statements.save({
      contractId: contract.id,
      contractVersion: contract.version,
      lang,
      printedName: name,
      signature: name,
      signedOn,
      ...(st.meetingDate ? { meetingDate: st.meetingDate } : {}),
      council: contract.council,
      userKey: userKey(context),
    });
  } catch (err) {
    if (!(err instanceof StatementValidationError)) throw err;
    await context.sendActivity(t(lang, 'contract.saveFailed'));
    return 'end';
  }
  await context.sendActivity([
    t(lang, 'contract.saved', { name: record.printedName }),
    t(lang, 'contract.savedDetails', { date: formatDate(record.signedOn, lang), ref: record.ref }),
    t(lang, 'contract.savedLink', { link: printLink(deps.publicBaseUrl, record.printToken) }),
    t(lang, 'contract.savedPrivate'),
  ].join('\n\n'));
  return 'end';
}

export function printLink(publicBaseUrl: string, printToken: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/statements/${printToken}`;
}
