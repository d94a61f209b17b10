// "Are you a real person?", "is this chat private?", "is this legal advice?": what the bot is, what it keeps, and that
// it is not legal advice, with the advice lines.
import type { TurnContext } from 'botbuilder';
import { t, tList } from '../knowledge/i18n.js';
import type { Lang } from '../knowledge/schema.js';
import { adviceLinesText } from './contacts.js';
import type { Services } from './services.js';

export async function sendAboutBot(context: TurnContext, services: Services, lang: Lang): Promise<void> {
  await context.sendActivity([...tList(lang, 'aboutBot.lines'), adviceLinesText(services, lang)].filter(Boolean).join('\n\n'));
}

/** Said before the answer when a question about the bot came with another question ("are you a real person? who
 *  chairs it?"): short, so the answer is not pushed down a phone's screen. */
export async function sendAboutBotShort(context: TurnContext, lang: Lang): Promise<void> {
  await context.sendActivity(t(lang, 'aboutBot.short'));
}
