// The main dialog: an interruption layer over the router and the task dialogs. Safety runs first in every
// state; help, start over, stop, language and "delete my data" work anywhere; a question typed in the middle
// of a task is answered and the task is asked again.
import { ComponentDialog, Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { t } from '../knowledge/i18n.js';
import { DIALOG, waitsForFreeText, type Services } from './services.js';
import { RouterDialog } from './router-dialog.js';
import { inputText } from './turn-input.js';
import { understandTurn } from './understand-turn.js';
import { sendSafety } from './safety.js';
import { sendAnswer } from './answer-reply.js';
import { sendWelcome } from './welcome.js';
import { sendAboutBot } from './about-bot.js';
import { sendContacts } from './contacts.js';

export { FREE_TEXT } from './services.js';

export class MainDialog extends ComponentDialog {
  constructor(private readonly services: Services, tasks: Dialog[]) {
    super(DIALOG.main);
    this.addDialog(new RouterDialog(services));
    for (const d of tasks) this.addDialog(d);
    this.initialDialogId = DIALOG.router;
  }

  protected async onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    const interrupted = await this.interrupt(innerDc);
    if (interrupted) return interrupted;
    return super.onBeginDialog(innerDc, options);
  }

  protected async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const interrupted = await this.interrupt(innerDc);
    if (interrupted) return interrupted;
    // Nothing running inside (the first message of the conversation was answered with 999, before the router began):
    // the router takes this one, so no message goes unanswered.
    if (!innerDc.activeDialog) return innerDc.beginDialog(DIALOG.router);
    return super.onContinueDialog(innerDc);
  }

  /** Returns a result when the message was handled here, or undefined to let the active dialog have it. */
  private async interrupt(dc: DialogContext): Promise<DialogTurnResult | undefined> {
    const context = dc.context;
    const text = inputText(context);
    if (!text) return undefined;
    const understander = this.services.understander;
    if (understander.isDanger(text)) {
      const u = await understandTurn(context, this.services, text);
      await sendSafety(context, u.lang);
      return Dialog.EndOfTurn;
    }
    const active = dc.activeDialog;
    const inTask = active && active.id !== DIALOG.router;
    if (!inTask) return undefined; // the router handles everything else itself
    const u = await understandTurn(context, this.services, text);
    const lang = u.lang;
    if (u.intent.kind === 'switchLanguage') {
      await context.sendActivity(t(lang, 'language.switched'));
      await dc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    if (u.intent.kind === 'command') {
      switch (u.intent.command) {
        case 'help':
          await context.sendActivity(t(lang, 'help.lines.0'));
          await dc.repromptDialog();
          return Dialog.EndOfTurn;
        case 'cancel':
          await dc.cancelAllDialogs();
          await context.sendActivity(t(lang, 'cancel.done'));
          return dc.beginDialog(DIALOG.router, { quiet: true }).then(() => Dialog.EndOfTurn);
        case 'restart':
          await dc.cancelAllDialogs();
          await context.sendActivity(t(lang, 'restart.done'));
          await sendWelcome(context, lang);
          return Dialog.EndOfTurn;
        case 'contacts':
          await sendContacts(context, this.services, lang);
          await dc.repromptDialog();
          return Dialog.EndOfTurn;
        case 'aboutBot':
          await sendAboutBot(context, this.services, lang);
          await dc.repromptDialog();
          return Dialog.EndOfTurn;
        case 'deleteData':
          if (active.id === DIALOG.deleteData) return undefined;
          await dc.cancelAllDialogs();
          return dc.beginDialog(DIALOG.deleteData);
        default:
          break;
      }
    }
    // A clear question in the middle of a task: answer it, then ask the task's question again.
    const waitingForText = waitsForFreeText(active);
    if (!waitingForText && u.intent.kind === 'answer') {
      await sendAnswer(context, this.services, u.intent.group, lang, { matched: u.intent.topicId, equallyMatched: u.intent.closeTopics, meeting: u.entities.meeting }, { alternatives: u.intent.alternatives, near: u.intent.near });
      const info = await this.services.state.conversation.get(context, {});
      info.awaitingFeedback = undefined;
      await dc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    return undefined;
  }
}
