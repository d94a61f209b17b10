// Herefordshire's supporter contract: the guidance read step by step (6 sections from content/contract.yaml),
// questions answered on the way, then the statement signed (supporter-signing.ts). Also "show my statement"
// and "withdraw my statement". Nothing is saved until the supporter presses "I agree and sign".
//
// The dialog keeps expectsFreeText (FREE_TEXT) on: its buttons ("I agree and sign", "Rwy'n deall") look like
// questions to the topic matcher, so it reads them itself and answers real questions itself, then shows the
// same step again. Stop/cancel, help, language and safety are still handled by the main dialog.
import type { TurnContext } from 'botbuilder';
import { Dialog, DialogReason, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import { t } from '../knowledge/i18n.js';
import type { Lang } from '../knowledge/schema.js';
import { formatDate } from '../knowledge/timescales/format-date.js';
import { normalizeRef } from '../bot/statements/reference-codes.js';
import type { StatementStore } from '../bot/statements/statement-store.js';
import { turnLang } from '../bot/turn-lang.js';
import { DIALOG, type Services } from './services.js';
import { choiceCard, suggested } from './replies.js';
import { inputText, userKey } from './turn-input.js';
import { sendAnswer } from './answer-reply.js';
import {
  askName, button, contractCard, continueSigning, isChoice, numberChoice, printLink, repromptSigning,
  type ContractState, type SigningDeps,
} from './supporter-signing.js';

export type ContractCommand = 'supporterContract' | 'showStatement' | 'withdrawStatement';
export interface ContractOptions { command?: ContractCommand }

const SIGNING_PHASES = new Set(['walk', 'question', 'name', 'date', 'meeting', 'confirm']);

export class SupporterContractDialog extends Dialog<ContractOptions> {
  private readonly deps: SigningDeps;

  constructor(private readonly services: Services, private readonly statements: StatementStore, publicBaseUrl: string) {
    super(DIALOG.supporterContract);
    this.deps = { services, statements, publicBaseUrl };
  }

  async beginDialog(dc: DialogContext, options?: ContractOptions): Promise<DialogTurnResult> {
    const st = dc.activeDialog!.state as ContractState;
    Object.assign(st, { expectsFreeText: true, lang: turnLang(dc.context), phase: 'walk', step: 0 } satisfies ContractState);
    if (options?.command === 'showStatement') {
      await this.showStatements(dc.context, st.lang);
      return dc.endDialog();
    }
    if (options?.command === 'withdrawStatement') return this.beginWithdraw(dc, st);
    // Whoever walks through the supporter contract is a supporter: answers are chosen for supporters.
    const profile = await this.services.state.profile.get(dc.context, {});
    profile.role = 'supporter';
    return this.beginContract(dc, st);
  }

  async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const st = dc.activeDialog!.state as ContractState;
    const text = inputText(dc.context);
    if (!text) return Dialog.EndOfTurn;
    switch (st.phase) {
      case 'walk':
      case 'question':
        st.lang = turnLang(dc.context);
        return this.continueWalk(dc, st, text);
      case 'pickWithdraw':
      case 'confirmWithdraw':
        st.lang = turnLang(dc.context);
        return this.continueWithdraw(dc, st, text);
      default: // a name or a date: keep the language the dialog is in
        return (await continueSigning(dc.context, this.deps, st, text)) === 'end' ? dc.endDialog() : Dialog.EndOfTurn;
    }
  }

  /** After help, a language switch or a question answered by the main dialog: ask the same thing again. */
  async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const st = instance.state as ContractState;
    st.lang = turnLang(context);
    if (st.phase === 'walk' || st.phase === 'question') {
      st.phase = 'walk';
      await this.showStep(context, st);
    } else if (st.phase === 'pickWithdraw') await this.showWithdrawChoices(context, st);
    else if (st.phase === 'confirmWithdraw') await this.askWithdrawConfirm(context, st);
    else await repromptSigning(context, this.deps, st);
  }

  /** "Stop" is handled by the main dialog (it cancels every dialog): say that nothing was saved. */
  async endDialog(context: TurnContext, instance: DialogInstance, reason: DialogReason): Promise<void> {
    const st = instance.state as ContractState;
    if (reason !== DialogReason.cancelCalled || !SIGNING_PHASES.has(st.phase)) return;
    if (this.services.understander.command(inputText(context), ['cancel']) === 'cancel') {
      await context.sendActivity(t(turnLang(context), 'contract.nothingSaved'));
    }
  }

  // ---- the walk through the guidance ---------------------------------------------------------------

  private async beginContract(dc: DialogContext, st: ContractState): Promise<DialogTurnResult> {
    const lang = st.lang;
    const contract = this.services.kb.contract;
    const profile = await this.services.state.profile.get(dc.context, {});
    if (profile.council && profile.council !== contract.council) {
      await dc.context.sendActivity(t(lang, 'contract.notNeeded', { council: this.services.answers.councilName(profile.council, lang) }));
      if (this.services.answers.hasGroup('supporter-role')) await sendAnswer(dc.context, this.services, 'supporter-role', lang);
      return dc.endDialog();
    }
    await dc.context.sendActivity(t(lang, 'contract.intro', { title: contract.title[lang] }));
    await this.showStep(dc.context, st);
    return Dialog.EndOfTurn;
  }

  private async showStep(context: TurnContext, st: ContractState): Promise<void> {
    const lang = st.lang;
    const sections = this.services.kb.contract.sections;
    const s = sections[st.step]!;
    await context.sendActivity(contractCard(context, {
      subtle: t(lang, 'contract.step', { n: st.step + 1, total: sections.length }),
      heading: s.title[lang],
      paragraphs: s.intro ? [s.intro[lang]] : [],
      list: s.points[lang],
    }, [button(lang, 'contract.understand'), button(lang, 'contract.question'), button(lang, 'contract.stop')]));
  }

  private async continueWalk(dc: DialogContext, st: ContractState, text: string): Promise<DialogTurnResult> {
    const context = dc.context;
    const n = numberChoice(text);
    const command = this.services.understander.command(text, ['yes', 'no', 'question', 'dontKnow']);
    if (isChoice(text, 'contract.understand') || command === 'yes' || (st.phase === 'walk' && n === 1)) {
      st.phase = 'walk';
      st.step += 1;
      if (st.step < this.services.kb.contract.sections.length) await this.showStep(context, st);
      else await askName(context, st);
      return Dialog.EndOfTurn;
    }
    if (isChoice(text, 'contract.stop') || (st.phase === 'walk' && n === 3)) {
      await context.sendActivity(t(st.lang, 'contract.stopped'));
      return dc.endDialog();
    }
    if (isChoice(text, 'contract.question') || command === 'question' || command === 'no' || command === 'dontKnow' || (st.phase === 'walk' && n === 2)) {
      st.phase = 'question';
      await context.sendActivity(t(st.lang, 'contract.askQuestion'));
      return Dialog.EndOfTurn;
    }
    // A question, typed after "I have a question" or straight away: answer it, then show the same step again.
    const asked = st.phase === 'question';
    if (!(await this.answerQuestion(context, text, st.lang))) {
      await context.sendActivity(t(st.lang, asked ? 'contract.questionNoAnswer' : 'contract.pickButton'));
    }
    st.phase = 'walk';
    await this.showStep(context, st);
    return Dialog.EndOfTurn;
  }

  /** Answers from the leaflets, as the router would. False when nothing fits. */
  private async answerQuestion(context: TurnContext, text: string, lang: Lang): Promise<boolean> {
    const profile = await this.services.state.profile.get(context, {});
    const info = await this.services.state.conversation.get(context, {});
    const u = this.services.understander.understand(text, { ...profile, lang, lastGroup: info.lastGroup, lastMeeting: info.lastMeeting }, lang);
    const groups = u.intent.kind === 'answer' || u.intent.kind === 'placeFollowUp' ? [u.intent.group]
      : u.intent.kind === 'clarify' ? u.intent.choices : [];
    for (const group of groups) {
      if (this.services.answers.hasGroup(group) && await sendAnswer(context, this.services, group, lang)) {
        info.awaitingFeedback = undefined; // the next message belongs to this dialog
        return true;
      }
    }
    return false;
  }

  // ---- show and withdraw ---------------------------------------------------------------------------

  private async showStatements(context: TurnContext, lang: Lang): Promise<void> {
    const records = await this.statements.findByUser(userKey(context));
    if (!records.length) {
      await context.sendActivity(t(lang, 'contract.noneSaved'));
      return;
    }
    await context.sendActivity([
      t(lang, 'contract.listIntro'),
      ...records.map((r) => t(lang, 'contract.listItem', {
        ref: r.ref, date: formatDate(r.signedOn, lang), name: r.printedName, link: printLink(this.deps.publicBaseUrl, r.printToken),
      })),
      t(lang, 'contract.listWithdrawHint'),
    ].join('\n\n'));
  }

  private async beginWithdraw(dc: DialogContext, st: ContractState): Promise<DialogTurnResult> {
    const records = await this.statements.findByUser(userKey(dc.context));
    if (!records.length) {
      await dc.context.sendActivity(t(st.lang, 'contract.noneSaved'));
      return dc.endDialog();
    }
    st.choices = records.map((r) => ({ ref: r.ref, signedOn: r.signedOn }));
    if (records.length === 1) {
      st.ref = records[0]!.ref;
      st.phase = 'confirmWithdraw';
      await this.askWithdrawConfirm(dc.context, st);
    } else {
      st.phase = 'pickWithdraw';
      await this.showWithdrawChoices(dc.context, st);
    }
    return Dialog.EndOfTurn;
  }

  private async showWithdrawChoices(context: TurnContext, st: ContractState): Promise<void> {
    const lang = st.lang;
    const buttons = (st.choices ?? []).map((c) => ({ title: t(lang, 'contract.withdrawItem', { ref: c.ref, date: formatDate(c.signedOn, lang) }), value: c.ref }));
    await context.sendActivity(choiceCard(context, t(lang, 'contract.withdrawWhich'), [...buttons, button(lang, 'contract.keepAll')]));
  }

  private async askWithdrawConfirm(context: TurnContext, st: ContractState): Promise<void> {
    const lang = st.lang;
    const chosen = st.choices?.find((c) => c.ref === st.ref);
    await context.sendActivity(suggested(
      t(lang, 'contract.withdrawConfirm', { ref: st.ref, date: chosen ? formatDate(chosen.signedOn, lang) : '' }),
      [button(lang, 'contract.withdrawYes'), button(lang, 'contract.withdrawNo')],
    ));
  }

  private async continueWithdraw(dc: DialogContext, st: ContractState, text: string): Promise<DialogTurnResult> {
    const context = dc.context;
    const lang = st.lang;
    const command = this.services.understander.command(text, ['yes', 'no']);
    const choices = st.choices ?? [];
    if (st.phase === 'pickWithdraw') {
      const n = numberChoice(text);
      if (isChoice(text, 'contract.keepAll') || command === 'no' || n === choices.length + 1) {
        await context.sendActivity(t(lang, 'contract.kept'));
        return dc.endDialog();
      }
      const ref = n !== undefined ? choices[n - 1]?.ref : normalizeRef(text);
      if (!ref || !choices.some((c) => c.ref === ref)) {
        await context.sendActivity(t(lang, 'contract.withdrawPick'));
        await this.showWithdrawChoices(context, st);
        return Dialog.EndOfTurn;
      }
      st.ref = ref;
      st.phase = 'confirmWithdraw';
      await this.askWithdrawConfirm(context, st);
      return Dialog.EndOfTurn;
    }
    if (isChoice(text, 'contract.withdrawYes') || command === 'yes') {
      const done = st.ref ? await this.statements.withdraw(st.ref, userKey(context)) : false;
      await context.sendActivity(done ? t(lang, 'contract.withdrawn', { ref: st.ref }) : t(lang, 'contract.withdrawFailed'));
      return dc.endDialog();
    }
    if (isChoice(text, 'contract.withdrawNo') || command === 'no') {
      await context.sendActivity(t(lang, 'contract.kept'));
      return dc.endDialog();
    }
    await this.askWithdrawConfirm(context, st);
    return Dialog.EndOfTurn;
  }
}
