// "Delete my data", with a confirmation: the user profile, this conversation and any supporter statement.
import { WaterfallDialog, type WaterfallStepContext, Dialog } from 'botbuilder-dialogs';
import { t } from '../knowledge/i18n.js';
import { turnLang } from '../bot/turn-lang.js';
import { TaskDialog } from './task-dialog.js';
import { DIALOG, FREE_TEXT, type Services } from './services.js';
import { suggested } from './replies.js';
import { inputText, userKey } from './turn-input.js';

export class DeleteDataDialog extends TaskDialog {
  constructor(private readonly services: Services) {
    super(DIALOG.deleteData);
    this.addDialog(new WaterfallDialog('deleteSteps', [this.confirmStep.bind(this), this.actStep.bind(this)]));
    this.initialDialogId = 'deleteSteps';
  }

  private async confirmStep(step: WaterfallStepContext) {
    const lang = turnLang(step.context);
    // The answer is yes or no: never take it for a question to answer.
    if (step.activeDialog) step.activeDialog.state[FREE_TEXT] = true;
    await this.ask(step, suggested(t(lang, 'deleteData.confirm'), [
      { title: t(lang, 'deleteData.yes'), value: t(lang, 'deleteData.yes') },
      { title: t(lang, 'deleteData.no'), value: t(lang, 'deleteData.no') },
    ]));
    return Dialog.EndOfTurn;
  }

  private async actStep(step: WaterfallStepContext) {
    const lang = turnLang(step.context);
    const text = inputText(step.context);
    const isYes = this.services.understander.command(text, ['yes']) === 'yes'
      || [t('en', 'deleteData.yes'), t('cy', 'deleteData.yes')].some((y) => y.toLowerCase() === text.toLowerCase());
    if (!isYes) {
      await step.context.sendActivity(t(lang, 'deleteData.kept'));
      return step.endDialog();
    }
    await this.services.deleteUserData(userKey(step.context));
    await this.services.state.userState.delete(step.context);
    const info = await this.services.state.conversation.get(step.context, {});
    info.lastGroup = undefined;
    info.lastMeeting = undefined;
    info.awaitingFeedback = undefined;
    info.lastDated = undefined;
    await step.context.sendActivity(t(lang, 'deleteData.done'));
    return step.endDialog();
  }
}
