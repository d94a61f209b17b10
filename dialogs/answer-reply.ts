// Sends an answer: the answer and its source, then what to ask next, then "Did this help?".
import type { TurnContext } from 'botbuilder';
import { t } from '../knowledge/i18n.js';
import type { Lang } from '../knowledge/schema.js';
import type { Hints } from '../knowledge/answers.js';
import type { Services } from './services.js';
import { sendParts, suggested } from './replies.js';
import { audienceOf } from '../understanding/entities.js';

/** `alternatives`: topics that came close, offered first as "Or did you mean…?". */
export async function sendAnswer(context: TurnContext, services: Services, group: string, lang: Lang, hints: Hints = {}, alternatives: string[] = []): Promise<boolean> {
  const profile = await services.state.profile.get(context, {});
  const audience = audienceOf(profile.role);
  const parts = services.answers.answer(group, lang, { council: profile.council, nation: profile.nation }, audience, hints);
  if (!parts) return false;
  const offered = alternatives.filter((g) => g !== group && services.answers.hasGroup(g)).map((g) => ({ title: services.answers.title(g, lang), value: services.answers.title(g, lang) }));
  const buttons = [...offered, ...parts.buttons.filter((b) => !offered.some((o) => o.title === b.title))].slice(0, 6);
  await sendParts(context, { ...parts, buttons }, t(lang, offered.length ? 'answer.orDidYouMean' : 'answer.followUps'));
  await context.sendActivity(suggested(t(lang, 'feedback.ask'), [
    { title: t(lang, 'feedback.yes'), value: t(lang, 'feedback.yes') },
    { title: t(lang, 'feedback.no'), value: t(lang, 'feedback.no') },
  ]));
  const info = await services.state.conversation.get(context, {});
  info.lastGroup = group;
  info.awaitingFeedback = group;
  return true;
}
