import type { TurnContext } from 'botbuilder';
import { t, tList } from '../knowledge/i18n.js';
import type { Lang } from '../knowledge/schema.js';
import { choiceCard } from './replies.js';

export function mainMenu(lang: Lang) {
  return [
    { title: t(lang, 'menu.ask'), value: t(lang, 'menu.ask') },
    { title: t(lang, 'menu.supporter'), value: t(lang, 'menu.supporter') },
    { title: t(lang, 'menu.timescales'), value: t(lang, 'menu.timescales') },
    { title: t(lang, 'menu.complaints'), value: t(lang, 'menu.complaints') },
    { title: t(lang, 'menu.language'), value: t(lang, 'menu.language') },
  ];
}

/** Two short lines (what the bot is and is not), then the main paths as buttons. Never blocks a question. */
export async function sendWelcome(context: TurnContext, lang: Lang): Promise<void> {
  await context.sendActivities([
    { type: 'message', text: tList(lang, 'welcome.lines').join('\n\n') },
    choiceCard(context, t(lang, 'welcome.prompt'), mainMenu(lang)),
  ]);
}
