// What understanding a message yields: its language, what it names, and what it asks for. No botbuilder here.
import type { Command, Lang, Nation } from '../knowledge/schema.js';
import type { Entities, Meeting, Role } from './entities.js';
import type { LanguageGuess } from './language.js';
import type { MatchDecision } from './matcher.js';
import type { Beyond } from './beyond.js';

/** `lastMeeting`: the meeting the conversation last named ("I've got a conference next week…"). */
export interface UserContext { lang?: Lang; council?: string; nation?: Nation; role?: Role; lastGroup?: string; lastMeeting?: Meeting }

export type Intent =
  | { kind: 'safety' }
  | { kind: 'switchLanguage'; lang: Lang }
  | { kind: 'command'; command: Command }
  | { kind: 'setPlace' }
  | { kind: 'placeFollowUp'; group: string }
  /** `also`: the other things a message asked ("who chairs it and who takes the minutes?"), each answered after.
   *  `near`: a topic the user's own council's leaflets answer that came nearly as close, when the best one is not theirs.
   *  `beyond`: the message also asked something no leaflet answers ("can I record it, and who chairs it?").
   *  `aboutBot`: it also asked what the bot is ("are you a real person?"), told first. */
  | { kind: 'answer'; group: string; topicId?: string; closeTopics?: string[]; alternatives?: string[]; also?: string[]; near?: string; beyond?: Beyond; aboutBot?: boolean }
  | { kind: 'clarify'; choices: string[] }
  | { kind: 'offTopic' }
  /** About the family's situation but in no leaflet (adoption, benefits, court): said honestly, with where to ask. */
  | { kind: 'outOfScope'; money?: boolean }
  | { kind: 'none' };

export interface Understanding { lang: Lang; language: LanguageGuess; entities: Entities; intent: Intent; match?: MatchDecision }

/** Where a question is asked about: the place the message names, else the user's. */
export interface Place { council?: string; nation?: Nation }
