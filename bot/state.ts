// What the bot remembers. User profile: language, council, nation, role (no names, nothing typed).
// Conversation: whether the welcome was shown, the last topic (for "what about Wales?"), the meeting last named and a
// meeting's date said in it.
import type { ConversationState, StatePropertyAccessor, UserState } from 'botbuilder';
import type { Lang, Nation } from '../knowledge/schema.js';
import type { Meeting, Role } from '../understanding/entities.js';
import type { GivenEvent } from '../knowledge/timescales/given-event.js';

export interface Profile { lang?: Lang; council?: string; nation?: Nation; role?: Role }
/** `lastDated`: a meeting and its date said earlier in the conversation (dialogs/dated-meeting.ts); `lastMeeting`: the
 *  meeting the user last named ("the meeting" later means that one). */
export interface ConversationInfo { welcomed?: boolean; lastGroup?: string; lastMeeting?: Meeting; awaitingFeedback?: string; lastDated?: { date: string; event: GivenEvent } }

export interface BotState {
  conversationState: ConversationState;
  userState: UserState;
  profile: StatePropertyAccessor<Profile>;
  conversation: StatePropertyAccessor<ConversationInfo>;
  dialogState: StatePropertyAccessor;
}

export const PROPERTY = { profile: 'profile', conversation: 'conversationInfo', dialogState: 'dialogState' } as const;
