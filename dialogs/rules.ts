// "Rules for core groups in Wales" / "what does Argyll and Bute say about the child's plan": the timescales
// and topics that apply to the place, each with its source, and the link to the printable rules page.
import type { TurnContext } from 'botbuilder';
import { t } from '../knowledge/i18n.js';
import type { Lang } from '../knowledge/schema.js';
import { applicableRules } from '../knowledge/timescales/select-rules.js';
import type { Services } from './services.js';
import { choiceCard } from './replies.js';

export async function sendRules(context: TurnContext, services: Services, lang: Lang): Promise<void> {
  const profile = await services.state.profile.get(context, {});
  // A nation stands for its one council with a leaflet (Wales: Denbighshire; Scotland: Argyll & Bute).
  const councilsOfNation = services.kb.councils.filter((c) => c.nation === profile.nation);
  const council = services.kb.councils.find((c) => c.id === profile.council) ?? (councilsOfNation.length === 1 ? councilsOfNation[0] : undefined);
  if (!council) {
    await context.sendActivity(choiceCard(context, t(lang, 'rules.askPlace'),
      services.kb.councils.map((c) => ({ title: c.shortName[lang], value: t(lang, 'rules.forPlace', { place: c.shortName[lang] }) }))));
    return;
  }
  const place = council.shortName[lang];
  const rules = applicableRules(services.kb.timescales, { council: council.id, nation: council.nation });
  const lines = rules.map(({ rule }) => `• ${rule.text[lang]} (${services.answers.sourceLine(rule.sources[0].leaflet, lang).replace(/\.$/, '')})`);
  const groups = [...new Set(services.kb.topics.filter((tp) => tp.appliesTo === `council:${council.id}` || tp.appliesTo === `nation:${council.nation}`).map((tp) => tp.group))];
  const link = `${services.publicBaseUrl}/rules/${council.id}?lang=${lang}`;
  const text = [t(lang, 'rules.heading', { place }), ...(lines.length ? [t(lang, 'rules.timescalesHeading'), ...lines] : []), t(lang, 'rules.page', { place, link })];
  await context.sendActivity(text.join('\n'));
  await context.sendActivity(choiceCard(context, t(lang, 'rules.topicsHeading'), groups.slice(0, 8).map((g) => ({ title: services.answers.title(g, lang), value: services.answers.title(g, lang) }))));
}
