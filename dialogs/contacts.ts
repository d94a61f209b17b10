// The contacts of the user's council and the advice lines, exactly as the directory holds them.
import type { TurnContext } from 'botbuilder';
import { t } from '../knowledge/i18n.js';
import type { Contact, Lang } from '../knowledge/schema.js';
import type { Services } from './services.js';

function line(services: Services, c: Contact, lang: Lang): string {
  const source = 'leaflet' in c.source ? services.answers.sourceLine(c.source.leaflet, lang) : t(lang, 'contacts.sourceWebsite');
  return `• ${c.label[lang]}: ${c.value} ${t(lang, 'contacts.sourceNote', { source, checked: c.lastChecked })}`;
}

export async function sendContacts(context: TurnContext, services: Services, lang: Lang): Promise<void> {
  const profile = await services.state.profile.get(context, {});
  const council = services.kb.councils.find((c) => c.id === profile.council);
  const paragraphs: string[] = [];
  if (!council) paragraphs.push(t(lang, 'contacts.noCouncil'));
  else if (!council.contacts.length) paragraphs.push(t(lang, 'contacts.none', { council: council.name[lang] }));
  else paragraphs.push([t(lang, 'contacts.heading', { council: council.name[lang] }), ...council.contacts.map((c) => line(services, c, lang))].join('\n'));
  const advice = adviceLinesText(services, lang);
  if (advice) paragraphs.push(advice);
  await context.sendActivity(paragraphs.join('\n\n'));
}

/** "Advice lines:" and each line's contacts with their source, or '' when the directory has none. */
export function adviceLinesText(services: Services, lang: Lang): string {
  const advice = services.kb.adviceLines.flatMap((a) => a.contacts.map((c) => line(services, c, lang)));
  return advice.length ? [t(lang, 'contacts.adviceHeading'), ...advice].join('\n') : '';
}
