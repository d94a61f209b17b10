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
  /** The address people reach the server on (for links to pages). */
  publicBaseUrl: string;
  /** Deletes everything kept about a user (statements included). */
  deleteUserData: (userKey: string) => Promise<void>;
  /** Answers a timescale question that carries a date ("conference was 2 March, when is..."); false if it is not one.
   *  onlyWithDate: only when the date is clear and the message asks for a date (a close call that a dated
   *  timescale question settles). */
  timescaleQuestion?: (dc: DialogContext, u: Understanding, group: string, onlyWithDate?: boolean) => Promise<boolean>;
}

export const DIALOG = {
  main: 'mainDialog',
  router: 'routerDialog',
  council: 'councilDialog',
  deleteData: 'deleteDataDialog',
  timescales: 'timescalesDialog',
  supporterContract: 'supporterContractDialog',
} as const;

/** Set in a dialog's state while it waits for free text (a name, a date, a yes/no), so the interruption layer
 * does not take the reply for a new question. */
export const FREE_TEXT = 'expectsFreeText';
export interface TaskDialogOptions { expectsFreeText?: boolean }

interface InstanceLike { state?: { [k: string]: unknown; dialogs?: { dialogStack?: InstanceLike[] } } }
/** True when the dialog, or a dialog inside it (component dialogs nest their own stack), waits for free text. */
export function waitsForFreeText(instance: InstanceLike | undefined): boolean {
  if (!instance?.state) return false;
  if (instance.state[FREE_TEXT]) return true;
  return (instance.state.dialogs?.dialogStack ?? []).some((inner) => waitsForFreeText(inner));
}
