// Turns reply parts into Bot Framework activities: text, suggested actions, and Adaptive Cards 1.5 using
// only Action.Submit (they render in Web Chat and Teams), with plain text for channels without cards.
import { ActionTypes, ActivityTypes, CardFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import type { Button, ReplyParts } from '../knowledge/answers.js';
import { supportsCards } from '../bot/channels.js';

export function suggested(text: string, buttons: Button[]): Partial<Activity> {
  const msg = MessageFactory.text(text);
  if (buttons.length) {
    msg.suggestedActions = { to: [], actions: buttons.map((b) => ({ type: ActionTypes.ImBack, title: b.title, value: b.value })) };
  }
  return msg;
}

/** A card with a heading and buttons that send their value as the user's words. */
export function choiceCard(context: TurnContext, heading: string, buttons: Button[]): Partial<Activity> {
  if (!supportsCards(context.activity.channelId)) {
    return MessageFactory.text([heading, ...buttons.map((b, i) => `${i + 1}. ${b.title}`)].join('\n'));
  }
  return MessageFactory.attachment(CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [{ type: 'TextBlock', text: heading, wrap: true, weight: 'Bolder' }],
    actions: buttons.map((b) => ({ type: 'Action.Submit', title: b.title, data: { action: 'say', text: b.value, msteams: { type: 'imBack', value: b.value } } })),
  }));
}

export async function sendParts(context: TurnContext, parts: ReplyParts, buttonsHeading: string): Promise<void> {
  await context.sendActivity({ type: ActivityTypes.Typing });
  const activities: Partial<Activity>[] = [MessageFactory.text(parts.paragraphs.join('\n\n'))];
  if (parts.buttons.length) activities.push(choiceCard(context, buttonsHeading, parts.buttons));
  await context.sendActivities(activities);
}
