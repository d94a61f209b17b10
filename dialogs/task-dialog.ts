// A component dialog that can ask its current question again after an interruption (help, a question
// answered in the middle, a language switch). Steps send their question with `ask`, which remembers it.
import { ComponentDialog, type DialogInstance, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Activity, TurnContext } from 'botbuilder';

const LAST_PROMPT = 'lastPrompt';
interface Nested { state?: { [k: string]: unknown; dialogs?: { dialogStack?: Nested[] } } }

function lastPrompt(instance: Nested | undefined): Partial<Activity> | undefined {
  if (!instance?.state) return undefined;
  for (const inner of [...(instance.state.dialogs?.dialogStack ?? [])].reverse()) {
    const found = lastPrompt(inner);
    if (found) return found;
  }
  return instance.state[LAST_PROMPT] as Partial<Activity> | undefined;
}

export abstract class TaskDialog extends ComponentDialog {
  /** Sends a question and remembers it, so it can be asked again. */
  protected async ask(step: WaterfallStepContext, activity: Partial<Activity>): Promise<void> {
    if (step.activeDialog) step.activeDialog.state[LAST_PROMPT] = activity;
    await step.context.sendActivity(activity);
  }

  protected async onRepromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const prompt = lastPrompt(instance as Nested);
    if (prompt) await context.sendActivity(prompt);
  }
}
