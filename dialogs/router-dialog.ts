// The bottom of the dialog stack: handles each message when no other dialog is running. It stays on the
// stack, so a question can be typed at any moment: there are no forced menus.
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { t, tList } from '../knowledge/i18n.js';
import type { Lang } from '../knowledge/schema.js';
import { redact } from '../knowledge/redact.js';
import type { Understanding } from '../understanding/understand.js';
import { DIALOG, type Services } from './services.js';
import { rememberDatedMeeting } from './dated-meeting.js';
import { inputText } from './turn-input.js';
import { sendAnswer } from './answer-reply.js';
import { choiceCard } from './replies.js';
import { mainMenu, sendWelcome } from './welcome.js';
import { sendAboutBot, sendAboutBotShort } from './about-bot.js';
import { adviceLinesText, sendContacts } from './contacts.js';
import { sendRules } from './rules.js';
import { understandTurn } from './understand-turn.js';

/** Topics offered when the bot did not understand. */
const STARTER_GROUPS = ['what-is-core-group', 'bring-someone', 'disagree-plan', 'complaints', 'what-happens-conference'];
/** A timescale topic scoring this share of the best match is close enough for a dated question to settle on it. */
const NEAR_SCORE = 0.75;

export class RouterDialog extends Dialog {
  constructor(private readonly services: Services) {
    super(DIALOG.router);
  }

  async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.handle(dc);
  }

  async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.handle(dc);
  }

  async resumeDialog(): Promise<DialogTurnResult> {
    return Dialog.EndOfTurn;
  }

  private async handle(dc: DialogContext): Promise<DialogTurnResult> {
    const context = dc.context;
    const text = inputText(context);
    if (!text) return Dialog.EndOfTurn;
    const u = await understandTurn(context, this.services, text);
    const lang = u.lang;
    const info = await this.services.state.conversation.get(context, {});
    rememberDatedMeeting(info, text, lang);

    // "Did this help?" is answered with yes or no straight after an answer.
    const awaiting = info.awaitingFeedback;
    info.awaitingFeedback = undefined;
    const yesNo = this.services.understander.command(text, ['yes', 'no']);
    if (awaiting && yesNo) {
      await this.services.feedback.add({ kind: 'helped', group: awaiting, helped: yesNo === 'yes', lang, at: new Date().toISOString() });
      await context.sendActivity(t(lang, yesNo === 'yes' ? 'feedback.thanks' : 'feedback.sorry'));
      return Dialog.EndOfTurn;
    }

    const menu = this.menuChoice(text);
    if (menu === 'ask') {
      await context.sendActivity(t(lang, 'menu.askPrompt'));
      return Dialog.EndOfTurn;
    }
    if (menu === 'complaints') {
      await context.sendActivity(choiceCard(context, t(lang, 'menu.complaintsChoice'), [
        { title: t(lang, 'menu.disagree'), value: t(lang, 'menu.disagree') },
        { title: t(lang, 'menu.complain'), value: t(lang, 'menu.complain') },
      ]));
      return Dialog.EndOfTurn;
    }

    switch (u.intent.kind) {
      case 'switchLanguage':
        await context.sendActivity(t(lang, 'language.switched'));
        return Dialog.EndOfTurn;
      case 'command':
        return this.command(dc, u, lang);
      case 'setPlace':
        await this.confirmPlace(context, lang);
        return Dialog.EndOfTurn;
      case 'placeFollowUp':
      case 'answer': {
        if (u.intent.kind === 'answer' && u.intent.aboutBot) await sendAboutBotShort(context, lang);
        const group = u.intent.group;
        if (await this.tryTimescales(dc, u, group)) return Dialog.EndOfTurn;
        if (await this.datedTimescale(dc, u, (u.intent.kind === 'answer' && u.intent.alternatives) || [])) return Dialog.EndOfTurn;
        await sendAnswer(context, this.services, group, lang, { matched: u.intent.kind === 'answer' ? u.intent.topicId : undefined, equallyMatched: u.intent.kind === 'answer' ? u.intent.closeTopics : undefined, meeting: u.entities.meeting, nation: u.entities.termNation },
          u.intent.kind === 'answer' ? { alternatives: u.intent.alternatives, also: u.intent.also, near: u.intent.near, beyond: u.intent.beyond } : {});
        return Dialog.EndOfTurn;
      }
      case 'clarify': {
        // "The conference was on 14 October, what is the latest date for the first core group?": a clear date
        // settles a close call that includes a timescale topic.
        if (await this.datedTimescale(dc, u, u.intent.choices)) return Dialog.EndOfTurn;
        await this.logUnanswered(text, lang, 'clarify');
        const buttons = u.intent.choices.map((g) => ({ title: this.services.answers.title(g, lang), value: this.services.answers.title(g, lang) }));
        buttons.push({ title: t(lang, 'clarify.somethingElse'), value: t(lang, 'menu.ask') });
        await context.sendActivity(choiceCard(context, t(lang, 'clarify.ask'), buttons));
        return Dialog.EndOfTurn;
      }
      case 'outOfScope':
        await this.logUnanswered(text, lang, 'outOfScope');
        // Money, benefits and housing: Citizens Advice, not the advice lines (those are about children's services).
        await context.sendActivity(choiceCard(context, u.intent.money ? t(lang, 'outOfScope.money')
          : [t(lang, 'outOfScope.text'), adviceLinesText(this.services, lang)].filter(Boolean).join('\n\n'), this.starters(lang)));
        return Dialog.EndOfTurn;
      case 'offTopic':
        await this.logUnanswered(text, lang, 'offTopic');
        await context.sendActivity(choiceCard(context, t(lang, 'offTopic.text'), this.starters(lang)));
        return Dialog.EndOfTurn;
      default:
        await this.logUnanswered(text, lang, 'none');
        await context.sendActivity(choiceCard(context, t(lang, 'none.text'), this.starters(lang)));
        return Dialog.EndOfTurn;
    }
  }

  /** A message with a clear date that asks for one ("… 14 October. What is the latest date for the first core group?"):
   *  the dates, when a timescale topic is among the close ones (offered, or in the best three matched and scoring
   *  at least NEAR_SCORE of the best). */
  private async datedTimescale(dc: DialogContext, u: Understanding, offered: string[]): Promise<boolean> {
    const candidates = u.match?.candidates ?? [];
    const near = candidates.slice(0, 3).filter((c) => c.score >= NEAR_SCORE * (candidates[0]?.score ?? 0)).map((c) => c.group);
    for (const g of new Set([...offered, ...near])) if (await this.tryTimescales(dc, u, g, true)) return true;
    return false;
  }

  private async tryTimescales(dc: DialogContext, u: Understanding, group: string, onlyWithDate = false): Promise<boolean> {
    const hook = this.services.timescaleQuestion;
    return hook ? hook(dc, u, group, onlyWithDate) : false;
  }

  private async command(dc: DialogContext, u: Understanding, lang: Lang): Promise<DialogTurnResult> {
    const context = dc.context;
    if (u.intent.kind !== 'command') return Dialog.EndOfTurn;
    switch (u.intent.command) {
      case 'help':
        await context.sendActivity(tList(lang, 'help.lines').join('\n\n'));
        await context.sendActivity(choiceCard(context, t(lang, 'welcome.prompt'), mainMenu(lang)));
        return Dialog.EndOfTurn;
      case 'restart':
        await context.sendActivity(t(lang, 'restart.done'));
        await sendWelcome(context, lang);
        return Dialog.EndOfTurn;
      case 'cancel':
        await context.sendActivity(t(lang, 'cancel.nothing'));
        return Dialog.EndOfTurn;
      case 'aboutBot':
        await sendAboutBot(context, this.services, lang);
        return Dialog.EndOfTurn;
      case 'contacts':
        await sendContacts(context, this.services, lang);
        return Dialog.EndOfTurn;
      case 'changeCouncil':
        return dc.beginDialog(DIALOG.council);
      case 'deleteData':
        return dc.beginDialog(DIALOG.deleteData);
      case 'timescales':
        return dc.beginDialog(DIALOG.timescales);
      case 'rules':
        await sendRules(context, this.services, lang);
        return Dialog.EndOfTurn;
      case 'supporterContract':
      case 'showStatement':
      case 'withdrawStatement':
        return dc.beginDialog(DIALOG.supporterContract, { command: u.intent.command });
      default:
        return Dialog.EndOfTurn;
    }
  }

  private async confirmPlace(context: TurnContext, lang: Lang) {
    const profile = await this.services.state.profile.get(context, {});
    if (profile.council) await context.sendActivity(t(lang, 'place.set', { council: this.services.answers.councilName(profile.council, lang) }));
    else if (profile.nation) await context.sendActivity(t(lang, 'place.setNation', { nation: t(lang, `nation.${profile.nation}`) }));
  }

  private menuChoice(text: string): 'ask' | 'complaints' | undefined {
    const f = text.trim().toLowerCase();
    for (const lang of ['en', 'cy'] as Lang[]) {
      if (f === t(lang, 'menu.ask').toLowerCase()) return 'ask';
      if (f === t(lang, 'menu.complaints').toLowerCase()) return 'complaints';
    }
    return undefined;
  }

  private starters(lang: Lang) {
    return STARTER_GROUPS.filter((g) => this.services.answers.hasGroup(g)).map((g) => ({ title: this.services.answers.title(g, lang), value: this.services.answers.title(g, lang) }));
  }

  private async logUnanswered(text: string, lang: Lang, reason: 'none' | 'clarify' | 'offTopic' | 'outOfScope') {
    await this.services.feedback.add({ kind: 'unanswered', text: redact(text, this.services.knownWords), lang, reason, at: new Date().toISOString() });
  }
}

