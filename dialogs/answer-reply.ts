// Sends an answer: the answer and its source, then what to ask next, then "Did this help?".
import type { TurnContext } from 'botbuilder';
import { t } from '../knowledge/i18n.js';
import type { Lang } from '../knowledge/schema.js';
import type { Hints } from '../knowledge/answers.js';
import type { Services } from './services.js';
import type { Beyond } from '../understanding/beyond.js';
import { sendParts, suggested } from './replies.js';
import { audienceOf } from '../understanding/entities.js';

/** `alternatives`: topics that came close, offered first as "Or did you mean…?". `also`: the other things the message
 *  asked, each answered after the first under its own question. `near`: what the user's own council's leaflets say on
 *  a topic that came nearly as close, answered last under a line that says so. `beyond`: the message also asked
 *  something no leaflet answers, said honestly at the end. */
export interface MoreAnswers { alternatives?: string[]; also?: string[]; near?: string; beyond?: Beyond }

export async function sendAnswer(context: TurnContext, services: Services, group: string, lang: Lang, hints: Hints = {}, { alternatives = [], also = [], near, beyond }: MoreAnswers = {}): Promise<boolean> {
  const profile = await services.state.profile.get(context, {});
  const audience = audienceOf(profile.role);
  const place = { council: profile.council, nation: profile.nation };
  const parts = services.answers.answer(group, lang, place, audience, hints);
  if (!parts) return false;
  const heading = (g: string, key: string) => t(lang, key, { question: services.answers.title(g, lang), council: place.council ? services.answers.councilName(place.council, lang, true) : '' });
  const more = [...also.map((g) => ({ g, key: 'answer.alsoAsked' })), ...(near ? [{ g: near, key: 'answer.nearInYours' }] : [])]
    .filter(({ g }, i, all) => g !== group && all.findIndex((x) => x.g === g) === i).flatMap(({ g, key }) => {
      const p = services.answers.answer(g, lang, place, audience, { meeting: hints.meeting, nation: hints.nation });
      return p ? [{ group: g, heading: heading(g, key), parts: p }] : [];
    });
  const answered = [group, ...more.map((m) => m.group)];
  const offered = alternatives.filter((g) => !answered.includes(g) && services.answers.hasGroup(g)).map((g) => ({ title: services.answers.title(g, lang), value: services.answers.title(g, lang) }));
  const next = [...parts.buttons, ...more.flatMap((m) => m.parts.buttons)].filter((b) => !answered.some((g) => services.answers.title(g, lang) === b.title));
  const buttons = [...offered, ...next.filter((b, i) => !offered.some((o) => o.title === b.title) && next.findIndex((x) => x.title === b.title) === i)].slice(0, 6);
  // Each further answer under the question it answers, so that two answers in a row are not read as one.
  const paragraphs = [...parts.paragraphs, ...more.flatMap((m) => [m.heading, ...m.parts.paragraphs]),
    ...(beyond ? [t(lang, beyond === 'money' ? 'answer.beyondMoney' : 'answer.beyond')] : [])];
  await sendParts(context, { paragraphs, buttons }, t(lang, offered.length ? 'answer.orDidYouMean' : 'answer.followUps'));
  await context.sendActivity(suggested(t(lang, 'feedback.ask'), [
    { title: t(lang, 'feedback.yes'), value: t(lang, 'feedback.yes') },
    { title: t(lang, 'feedback.no'), value: t(lang, 'feedback.no') },
  ]));
  const info = await services.state.conversation.get(context, {});
  info.lastGroup = group;
  info.awaitingFeedback = group;
  return true;
}
