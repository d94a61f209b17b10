// Sends an answer: the answer and its source, then what to ask next, then "Did this help?".
import type { TurnContext } from 'botbuilder';
import { t } from '../knowledge/i18n.js';
import type { Lang } from '../knowledge/schema.js';
import type { Hints } from '../knowledge/answers.js';
import type { Services } from './services.js';
import { sendParts, suggested } from './replies.js';

export async function sendAnswer(context: TurnContext, services: Services, group: string, lang: Lang, hints: Hints = {}): Promise<boolean> {
  const profile = await services.state.profile.get(context, {});
  const audience = profile.role === 'supporter' ? 'supporter' : profile.role === 'professional' || profile.role === 'advocate' ? 'professional' : 'parent';
  const parts = services.answers.answer(group, lang, { council: profile.council, nation: profile.nation }, audience, hints);
  if (!parts) return false;
  await sendParts(context, parts, t(lang, 'answer.followUps'));
  await context.sendActivity(suggested(t(lang, 'feedback.ask'), [
    { title: t(lang, 'feedback.yes'), value: t(lang, 'feedback.yes') },
    { title: t(lang, 'feedback.no'), value: t(lang, 'feedback.no') },
  ]));
  const info = await services.state.conversation.get(context, {});
  info.lastGroup = group;
  info.awaitingFeedback = group;
  return true;
}
