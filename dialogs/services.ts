import type { Answers } from '../knowledge/answers.js';
import type { KnowledgeBase } from '../knowledge/load.js';
import type { Understander } from '../understanding/understand.js';
import type { BotState } from '../bot/state.js';
import type { FeedbackStore } from '../bot/feedback/feedback-store.js';
import type { DialogContext } from 'botbuilder-dialogs';
import type { Understanding } from '../understanding/understand.js';

/** Everything dialogs need, built once in bot/index.ts. */
export interface Services {
  kb: KnowledgeBase;
  understander: Understander;
  answers: Answers;
  state: BotState;
  feedback: FeedbackStore;
  /** Words that are not names (places, terms), for redacting what users typed. */
  knownWords: Set<string>;
  /** Deletes everything kept about a user (statements included). */
  deleteUserData: (userKey: string) => Promise<void>;
  /** Answers a timescale question that carries a date ("conference was 2 March, when is..."); false if it is not one. */
  timescaleQuestion?: (dc: DialogContext, u: Understanding, group: string) => Promise<boolean>;
}

export const DIALOG = {
  main: 'mainDialog',
  router: 'routerDialog',
  council: 'councilDialog',
  deleteData: 'deleteDataDialog',
  timescales: 'timescalesDialog',
  supporterContract: 'supporterContractDialog',
} as const;
