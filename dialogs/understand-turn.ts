// Understands one message in the light of what we know about the user, and remembers what it learns:
// the language (when the message clearly shows it), the council or nation named, the user's role, and the meeting named.
import type { TurnContext } from 'botbuilder';
import { channelLang } from '../bot/channels.js';
import { setTurnLang } from '../bot/turn-lang.js';
import type { Understanding } from '../understanding/understand.js';
import type { Services } from './services.js';

export async function understandTurn(context: TurnContext, services: Services, text: string): Promise<Understanding> {
  const profile = await services.state.profile.get(context, {});
  const info = await services.state.conversation.get(context, {});
  const u = services.understander.understand(text, { ...profile, lastGroup: info.lastGroup, lastMeeting: info.lastMeeting }, channelLang(context.activity));
  if (u.entities.meeting) info.lastMeeting = u.entities.meeting;
  if (u.intent.kind === 'switchLanguage' || u.language.confident) profile.lang = u.lang;
  if (u.entities.council) {
    profile.council = u.entities.council;
    profile.nation = u.entities.nation;
  } else if (u.entities.nation) {
    if (profile.council && services.understander.entities.nationOfCouncil(profile.council) !== u.entities.nation) profile.council = undefined;
    profile.nation = u.entities.nation;
  }
  if (u.entities.role) profile.role = u.entities.role;
  setTurnLang(context, u.lang);
  return u;
}
