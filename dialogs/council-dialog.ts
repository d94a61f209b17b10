// "Which council is working with your family?" with the councils as buttons and "I don't know".
import { WaterfallDialog, type WaterfallStepContext, Dialog } from 'botbuilder-dialogs';
import { t } from '../knowledge/i18n.js';
import { turnLang } from '../bot/turn-lang.js';
import { TaskDialog } from './task-dialog.js';
import { DIALOG, type Services } from './services.js';
import { choiceCard } from './replies.js';
import { inputText } from './turn-input.js';

export class CouncilDialog extends TaskDialog {
  constructor(private readonly services: Services) {
    super(DIALOG.council);
    this.addDialog(new WaterfallDialog('councilSteps', [this.askStep.bind(this), this.saveStep.bind(this)]));
    this.initialDialogId = 'councilSteps';
  }

  private async askStep(step: WaterfallStepContext) {
    const lang = turnLang(step.context);
    const buttons = this.services.kb.councils.map((c) => ({ title: c.shortName[lang], value: c.shortName[lang] }));
    buttons.push({ title: t(lang, 'place.dontKnow'), value: t(lang, 'place.dontKnow') });
    await this.ask(step, choiceCard(step.context, t(lang, 'place.ask'), buttons));
    return Dialog.EndOfTurn;
  }

  private async saveStep(step: WaterfallStepContext) {
    const lang = turnLang(step.context);
    const text = inputText(step.context);
    const profile = await this.services.state.profile.get(step.context, {});
    const found = this.services.understander.entities.find(text);
    if (found.council) {
      profile.council = found.council;
      profile.nation = found.nation;
      await step.context.sendActivity(t(lang, 'place.set', { council: this.services.answers.councilName(found.council, lang) }));
    } else if (found.nation) {
      profile.council = undefined;
      profile.nation = found.nation;
      await step.context.sendActivity(t(lang, 'place.setNation', { nation: t(lang, `nation.${found.nation}`) }));
    } else {
      profile.council = undefined;
      profile.nation = undefined;
      await step.context.sendActivity(t(lang, 'place.unknown'));
    }
    return step.endDialog();
  }
}
