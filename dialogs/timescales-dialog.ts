// Timescales for advocates and families: "The conference was on 2 March 2026, when is the first core group
// due?" gives the date, the rule and its source for the user's council or nation. A missing or ambiguous
// date is asked for, never guessed.
import { Dialog, WaterfallDialog, type DialogContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import { t } from '../knowledge/i18n.js';
import type { Lang } from '../knowledge/schema.js';
import { parseDate } from '../knowledge/timescales/parse-date.js';
import { eventDate } from '../knowledge/timescales/event-date.js';
import { buildTimeline, formatDate } from '../knowledge/timescales/timeline.js';
import { givenEvent, type GivenEvent } from '../knowledge/timescales/given-event.js';
import { asksForDate } from '../knowledge/timescales/asks-for-date.js';
import { turnLang } from '../bot/turn-lang.js';
import type { Understanding } from '../understanding/understand.js';
import { TaskDialog } from './task-dialog.js';
import { DIALOG, FREE_TEXT, type Services } from './services.js';
import { choiceCard, suggested } from './replies.js';
import { inputText } from './turn-input.js';
import { renderTimeline } from './timescales-render.js';

/** Topic groups whose answer is a date that can be worked out. */
const KIND_OF_GROUP: Record<string, string> = {
  'first-core-group': 'first-core-group', 'core-group-frequency': 'core-group-frequency',
  'review-conferences': 'first-review', 'social-worker-visits': 'social-worker-visits', transfer: 'transfer',
};

/** choices: the dates the first message could mean ("the conference on Monday": the last and the next Monday). */
interface Options { date?: string; kind?: string; retry?: boolean; choices?: string[] }

async function placeOf(services: Services, dc: DialogContext) {
  const profile = await services.state.profile.get(dc.context, {});
  const nation = profile.nation ?? (profile.council ? services.understander.entities.nationOfCouncil(profile.council) : undefined);
  return { council: profile.council, nation };
}

async function sendTimeline(dc: DialogContext, services: Services, date: string, lang: Lang, kind?: string, event: GivenEvent = 'initial-conference') {
  const place = await placeOf(services, dc);
  const where = { council: place.council ?? null, nation: place.nation ?? null } as never;
  // A core group's or a review's date: the dates that count from it ("the first core group was on 5 May, when is
  // the next?"). Where no rule counts from that meeting, the date is read as the conference's, as the heading says.
  if (event !== 'initial-conference') {
    const timeline = buildTimeline(services.kb.timescales, where, date, { known: { [event]: date } });
    const fromIt = timeline.entries.filter((e) => e.computable && e.anchor.basis === 'given');
    if (fromIt.length) {
      await dc.context.sendActivity(renderTimeline({ ...timeline, entries: fromIt }, lang, services.kb, services.answers, kind, event));
      return;
    }
  }
  const timeline = buildTimeline(services.kb.timescales, where, date);
  if (!timeline.entries.some((e) => e.computable)) {
    await dc.context.sendActivity(t(lang, 'timescales.noRules'));
    return;
  }
  await dc.context.sendActivity(renderTimeline(timeline, lang, services.kb, services.answers, kind));
}

function dateButtons(dates: string[], lang: Lang) {
  return dates.slice(0, 4).map((d) => ({ title: formatDate(d, lang), value: formatDate(d, lang) }));
}

function hasTimescales(services: Services, place: { council?: string; nation?: string }, date: string): boolean {
  const where = { council: place.council ?? null, nation: place.nation ?? null } as never;
  return buildTimeline(services.kb.timescales, where, date).entries.some((e) => e.computable);
}

/** Answers at once when a timescale question carries a clear date and the place is known. */
export async function answerTimescaleQuestion(dc: DialogContext, services: Services, u: Understanding, group: string, onlyWithDate = false): Promise<boolean> {
  const kind = KIND_OF_GROUP[group];
  if (!kind) return false;
  const text = dc.context.activity.text ?? '';
  const read = parseDate(text, u.lang);
  // Several dates ("ICPC on 9 November, first core group on 25 November. Was that in timescale?"): the one of the meeting
  // the others follow, when the words say which.
  const several = eventDate(text, read, kind === 'transfer');
  // No date at all, but a meeting's date said earlier in the conversation: counted from that ("we had the conference
  // this morning" … "so when's the first core group due?").
  const earlier = read.status === 'missing' && read.reason === 'none' && !onlyWithDate && kind !== 'transfer'
    ? (await services.state.conversation.get(dc.context, {})).lastDated : undefined;
  const event = several?.event ?? earlier?.event ?? (kind === 'transfer' ? 'transfer-request' : givenEvent(text));
  const parsed = several ? { status: 'ok' as const, date: several.date } : earlier ? { status: 'ok' as const, date: earlier.date } : read;
  if (parsed.status === 'missing' || (onlyWithDate && (parsed.status !== 'ok' || !asksForDate(text)))) return false;
  const place = await placeOf(services, dc);
  // A place whose leaflets give no timescale (Herefordshire's is for supporters): the topic's own answer, which says
  // so and gives what the other councils' leaflets say, not only "no timescales for that place".
  if (parsed.status === 'ok' && (place.council || place.nation) && !hasTimescales(services, place, parsed.date)) return false;
  if (parsed.status === 'ok' && (place.council || place.nation)) {
    // A transfer's days count from its request whatever else the message names; the other dates from the event given.
    await sendTimeline(dc, services, parsed.date, u.lang, kind, event);
    return true;
  }
  const choices = parsed.status === 'ambiguous' ? parsed.options : undefined;
  await dc.beginDialog(DIALOG.timescales, { date: parsed.status === 'ok' ? parsed.date : undefined, kind, choices } satisfies Options);
  return true;
}

export class TimescalesDialog extends TaskDialog {
  constructor(private readonly services: Services) {
    super(DIALOG.timescales);
    this.addDialog(new WaterfallDialog('timescaleSteps', [
      this.placeStep.bind(this), this.placeSaveStep.bind(this), this.dateStep.bind(this), this.resultStep.bind(this),
    ]));
    this.initialDialogId = 'timescaleSteps';
  }

  private async placeStep(step: WaterfallStepContext) {
    const lang = turnLang(step.context);
    if ((await placeOf(this.services, step)).nation) return step.next(true);
    const buttons = this.services.kb.councils.map((c) => ({ title: c.shortName[lang], value: c.shortName[lang] }));
    await this.ask(step, choiceCard(step.context, t(lang, 'timescales.askPlace'), buttons));
    return Dialog.EndOfTurn;
  }

  private async placeSaveStep(step: WaterfallStepContext) {
    if (step.result === true) return step.next();
    const found = this.services.understander.entities.find(inputText(step.context));
    if (!found.council && !found.nation) {
      await step.context.sendActivity(t(turnLang(step.context), 'timescales.placeNotFound'));
      return step.replaceDialog(this.id, step.options);
    }
    const profile = await this.services.state.profile.get(step.context, {});
    profile.council = found.council;
    profile.nation = found.nation;
    return step.next();
  }

  private async dateStep(step: WaterfallStepContext) {
    const opts = (step.options ?? {}) as Options;
    if (opts.date) return step.next({ date: opts.date });
    if (step.activeDialog) step.activeDialog.state[FREE_TEXT] = true;
    // After a date we could not read, the question (or the choice of dates) has just been sent.
    if (!opts.retry) {
      const lang = turnLang(step.context);
      // The first message named a day that could be more than one date: those dates, one tap each.
      if (opts.choices?.length) await this.ask(step, suggested(t(lang, 'timescales.ambiguous'), dateButtons(opts.choices, lang)));
      else await this.ask(step, suggested(t(lang, 'timescales.askDate'), [{ title: t(lang, 'timescales.today'), value: t(lang, 'timescales.today') }]));
    }
    return Dialog.EndOfTurn;
  }

  private async resultStep(step: WaterfallStepContext) {
    const lang = turnLang(step.context);
    const opts = (step.options ?? {}) as Options;
    // A date already known arrives as { date }; otherwise the result is the text the user typed.
    let date = (step.result as { date?: string } | undefined)?.date;
    if (!date) {
      const parsed = parseDate(inputText(step.context), lang);
      if (parsed.status === 'ok') date = parsed.date;
      else {
        if (parsed.status === 'ambiguous') {
          await step.context.sendActivity(suggested(t(lang, 'timescales.ambiguous'), dateButtons(parsed.options, lang)));
        } else {
          await step.context.sendActivity(t(lang, 'timescales.noDate'));
        }
        return step.replaceDialog(this.id, { ...opts, date: undefined, retry: true } satisfies Options);
      }
    }
    await sendTimeline(step, this.services, date, lang, opts.kind);
    return step.endDialog();
  }
}
