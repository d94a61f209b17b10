// The thin bot: welcomes once per conversation, runs the main dialog for everything else, saves state.
import { ActivityHandler, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type Dialog } from 'botbuilder-dialogs';
import type { BotState } from './state.js';
import { sendWelcome } from '../dialogs/welcome.js';
import { channelLang, hostSettings } from './channels.js';
import { setTurnLang } from './turn-lang.js';

export class FamilyHelperBot extends ActivityHandler {
  constructor(private readonly state: BotState, private readonly mainDialog: Dialog) {
    super();
    this.onMembersAdded(async (context, next) => {
      const others = (context.activity.membersAdded ?? []).filter((m) => m.id !== context.activity.recipient?.id);
      if (others.length) await this.welcomeOnce(context);
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.runMain(context);
      await next();
    });
  }

  private async applyHost(context: TurnContext) {
    const profile = await this.state.profile.get(context, {});
    const host = hostSettings(context.activity);
    if (host.council && host.council !== profile.council) { profile.council = host.council; profile.nation = undefined; }
    if (host.nation) profile.nation = host.nation;
    if (host.role) profile.role = host.role;
    if (host.lang) profile.lang = host.lang;
    setTurnLang(context, profile.lang ?? channelLang(context.activity));
    return profile;
  }

  private async welcomeOnce(context: TurnContext) {
    const info = await this.state.conversation.get(context, {});
    if (info.welcomed) return;
    info.welcomed = true;
    const profile = await this.applyHost(context);
    await sendWelcome(context, profile.lang ?? channelLang(context.activity));
  }

  private async runMain(context: TurnContext) {
    await this.applyHost(context);
    const dialogs = new DialogSet(this.state.dialogState);
    dialogs.add(this.mainDialog);
    const dc = await dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.mainDialog.id);
  }

  async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.state.conversationState.saveChanges(context, false);
    await this.state.userState.saveChanges(context, false);
  }
}
