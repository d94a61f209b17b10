import type { TurnContext } from 'botbuilder';
import type { Lang } from '../knowledge/schema.js';

const KEY = Symbol('turnLang');

/** The language this turn is answered in (set by the bot once it has decided; the channel's locale before that). */
export function turnLang(context: TurnContext): Lang {
  const set = context.turnState.get(KEY) as Lang | undefined;
  if (set) return set;
  return /^cy/i.test(context.activity.locale ?? '') ? 'cy' : 'en';
}

export function setTurnLang(context: TurnContext, lang: Lang): void {
  context.turnState.set(KEY, lang);
}
