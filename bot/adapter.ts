// The Bot Framework CloudAdapter, configured from the standard variables. With no MicrosoftAppId the
// adapter accepts unauthenticated traffic, as the Bot Framework Emulator expects on a developer's machine.
import {
  CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, type TurnContext,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { t } from '../knowledge/i18n.js';
import { turnLang } from './turn-lang.js';

export function createAdapter(config: Config): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.appId,
    MicrosoftAppPassword: config.appPassword,
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.appTenantId,
  });
  return new CloudAdapter(auth);
}

/** Says sorry in the user's language, logs the error without anything the user typed, and resets the dialog. */
export function handleTurnErrors(adapter: CloudAdapter, conversationState: ConversationState, log: Logger): void {
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log.error({ err: { name: error?.name, message: error?.message, stack: error?.stack }, channel: context.activity.channelId, type: context.activity.type }, 'turn failed');
    try {
      await context.sendActivity(t(turnLang(context), 'errors.sorry'));
      await conversationState.delete(context);
    } catch (sendError) {
      log.error({ err: { name: (sendError as Error)?.name, message: (sendError as Error)?.message } }, 'could not send the apology');
    }
  };
}
