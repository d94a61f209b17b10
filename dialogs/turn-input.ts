import type { TurnContext } from 'botbuilder';

/** The user's words: typed text, or the text a card button carries (Action.Submit data). */
export function inputText(context: TurnContext): string {
  const value = context.activity.value as { text?: unknown } | undefined;
  if (value && typeof value === 'object' && typeof value.text === 'string') return value.text.slice(0, 1000);
  return (context.activity.text ?? '').slice(0, 1000).trim();
}

export function userKey(context: TurnContext): string {
  return `${context.activity.channelId}/${context.activity.from?.id ?? 'unknown'}`;
}
