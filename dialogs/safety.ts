import type { TurnContext } from 'botbuilder';
import { tList } from '../knowledge/i18n.js';
import type { Lang } from '../knowledge/schema.js';

/** 999 first, before anything else, in whatever state the conversation is in. */
export async function sendSafety(context: TurnContext, lang: Lang): Promise<void> {
  await context.sendActivity(tList(lang, 'safety.lines').join('\n\n'));
}
