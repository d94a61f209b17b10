// Channel glue: what each channel can show, and what a host page (the council's widget, Teams) tells us.
import type { Activity } from 'botbuilder';
import type { Lang, Nation } from '../knowledge/schema.js';
import { ROLES, type Role } from '../understanding/entities.js';

/** Channels known to show Adaptive Cards; others get plain text with numbered choices. */
const CARD_CHANNELS = new Set(['webchat', 'directline', 'msteams', 'emulator', 'test', 'directlinespeech']);

export function supportsCards(channelId: string | undefined): boolean {
  return CARD_CHANNELS.has((channelId ?? '').toLowerCase());
}

export interface HostSettings { council?: string; nation?: Nation; role?: Role; lang?: Lang }

/** A council's own page can set council, role and language in channelData so the bot never asks. */
export function hostSettings(activity: Partial<Activity>): HostSettings {
  const data = activity.channelData as { council?: unknown; role?: unknown; lang?: unknown; nation?: unknown } | undefined;
  if (!data || typeof data !== 'object') return {};
  const out: HostSettings = {};
  if (typeof data.council === 'string' && /^[a-z-]{2,40}$/.test(data.council)) out.council = data.council;
  if (typeof data.nation === 'string' && ['england', 'wales', 'scotland'].includes(data.nation)) out.nation = data.nation as Nation;
  if (typeof data.role === 'string' && (ROLES as readonly string[]).includes(data.role)) out.role = data.role as Role;
  if (typeof data.lang === 'string' && ['en', 'cy'].includes(data.lang)) out.lang = data.lang as Lang;
  return out;
}

export function channelLang(activity: Partial<Activity>): Lang {
  return /^cy/i.test(activity.locale ?? '') ? 'cy' : 'en';
}
