// Sends an answer: the answer and its source, then what to ask next, then "Did this help?".
import type { TurnContext } from 'botbuilder';
import { t } from '../knowledge/i18n.js';
import type { Lang } from '../knowledge/schema.js';
import type { Hints } from '../knowledge/answers.js';
import type { Services } from './services.js';
import { sendParts, suggested } from './replies.js';
import { audienceOf } from '../understanding/entities.js';

/** `alternatives`: topics that came close, offered first as "Or did you mean…?". `also`: the other things the message
 *  asked, each answered after the first under its own question. */
export async function sendAnswer(context: TurnContext, services: Services, group: string, lang: Lang, hints: Hints = {}, alternatives: string[] = [], also: string[] = []): Promise<boolean> {
  const profile = await services.state.profile.get(context, {});
  const audience = audienceOf(profile.role);
  const place = { council: profile.council, nation: profile.nation };
  const parts = services.answers.answer(group, lang, place, audience, hints);
  if (!parts) return false;
  const more = also.filter((g) => g !== group).flatMap((g) => {
    const p = services.answers.answer(g, lang, place, audience, { meeting: hints.meeting, nation: hints.nation });
    return p ? [{ group: g, parts: p }] : [];
  });
  const answered = [group, ...more.map((m) => m.group)];
  const offered = alternatives.filter((g) => !answered.includes(g) && services.answers.hasGroup(g)).map((g) => ({ title: services.answers.title(g, lang), value: services.answers.title(g, lang) }));
  const next = [...parts.buttons, ...more.flatMap((m) => m.parts.buttons)].filter((b) => !answered.some((g) => services.answers.title(g, lang) === b.title));
  const buttons = [...offered, ...next.filter((b, i) => !offered.some((o) => o.title === b.title) && next.findIndex((x) => x.title === b.title) === i)].slice(0, 6);
  // Each further answer under the question it answers, so that two answers in a row are not read as one.
  const paragraphs = [...parts.paragraphs, ...more.flatMap((m) => [t(lang, 'answer.alsoAsked', { question: services.answers.title(m.group, lang) }), ...m.parts.paragraphs])];
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
