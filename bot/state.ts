// What the bot remembers. User profile: language, council, nation, role (no names, nothing typed).
// Conversation: whether the welcome was shown and the last topic (for "what about Wales?").
import type { ConversationState, StatePropertyAccessor, UserState } from 'botbuilder';
import type { Lang, Nation } from '../knowledge/schema.js';
import type { Role } from '../understanding/entities.js';

export interface Profile { lang?: Lang; council?: string; nation?: Nation; role?: Role }
export interface ConversationInfo { welcomed?: boolean; lastGroup?: string; awaitingFeedback?: string }

export interface BotState {
  conversationState: ConversationState;
  userState: UserState;
  profile: StatePropertyAccessor<Profile>;
  conversation: StatePropertyAccessor<ConversationInfo>;
  dialogState: StatePropertyAccessor;
}

export const PROPERTY = { profile: 'profile', conversation: 'conversationInfo', dialogState: 'dialogState' } as const;
