// Wires everything together, in this order: content -> understanding -> storage -> state -> dialogs -> bot
// -> adapter -> server. Swapping the storage changes one line here.
import { join } from 'node:path';
import { ConversationState, UserState } from 'botbuilder';
import type { Server } from 'restify';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { createAdapter, handleTurnErrors } from './adapter.js';
import { createServer } from './server.js';
import { LowdbStorage } from './storage/lowdb-storage.js';
import { PROPERTY, type BotState } from './state.js';
import { FamilyHelperBot } from './bot.js';
import { FeedbackStore } from './feedback/feedback-store.js';
import { StatementStore } from './statements/statement-store.js';
import { startRetention } from './statements/retention.js';
import { registerPages } from './pages.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../knowledge/load.js';
import { Answers } from '../knowledge/answers.js';
import { Understander } from '../understanding/understand.js';
import { MainDialog } from '../dialogs/main-dialog.js';
import { CouncilDialog } from '../dialogs/council-dialog.js';
import { DeleteDataDialog } from '../dialogs/delete-data-dialog.js';
import { TimescalesDialog, answerTimescaleQuestion } from '../dialogs/timescales-dialog.js';
import { SupporterContractDialog } from '../dialogs/supporter-contract-dialog.js';
import type { Services } from '../dialogs/services.js';

export interface App {
  server: Server;
  storage: LowdbStorage;
  statements: StatementStore;
  services: Services;
  bot: FamilyHelperBot;
  /** Stops timers and waits for every write to finish. */
  close(): Promise<void>;
}

export function knownWordsOf(kb: KnowledgeBase): Set<string> {
  const words = new Set<string>();
  const add = (s: string) => s.toLowerCase().split(/[^\p{L}'-]+/u).forEach((w) => w && words.add(w));
  for (const c of kb.councils) [c.name.en, c.name.cy, ...c.towns, ...c.aliases].forEach(add);
  for (const g of kb.glossary) [g.term.en, g.term.cy].forEach(add);
  ['i', 'english', 'welsh', 'cymraeg', 'saesneg', 'signs', 'safety', 'smart', 'cppm', 'wales', 'england', 'scotland', 'cymru'].forEach(add);
  return words;
}

export function createApp(config: Config, log: Logger, kb: KnowledgeBase = loadKnowledgeBase(), understander: Understander = new Understander(kb)): App {
  const answers = new Answers(kb);
  const storage = new LowdbStorage(join(config.dataDir, 'state'));
  const statements = new StatementStore(join(config.dataDir, 'statements'));
  const feedback = new FeedbackStore(join(config.dataDir, 'feedback'));
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const state: BotState = {
    conversationState, userState,
    profile: userState.createProperty(PROPERTY.profile),
    conversation: conversationState.createProperty(PROPERTY.conversation),
    dialogState: conversationState.createProperty(PROPERTY.dialogState),
  };
  const services: Services = {
    kb, understander, answers, state, feedback, knownWords: knownWordsOf(kb), publicBaseUrl: config.publicBaseUrl,
    deleteUserData: async (userKey) => { await statements.deleteAllForUser(userKey); },
    timescaleQuestion: (dc, u, group, onlyWithDate) => answerTimescaleQuestion(dc, services, u, group, onlyWithDate),
  };
  const mainDialog = new MainDialog(services, [
    new CouncilDialog(services), new DeleteDataDialog(services), new TimescalesDialog(services),
    new SupporterContractDialog(services, statements, config.publicBaseUrl),
  ]);
  const bot = new FamilyHelperBot(state, mainDialog);
  const adapter = createAdapter(config);
  handleTurnErrors(adapter, conversationState, log);
  const server = createServer({
    adapter, log, dataDir: config.dataDir,
    logic: (context) => bot.run(context),
    routes: (s) => registerPages(s, { kb, statements, log }),
  });
  const stopRetention = startRetention(statements, config.statementRetentionDays, log);
  return {
    server, storage, statements, services, bot,
    async close() {
      stopRetention();
      await storage.flush();
      await statements.flush();
    },
  };
}
