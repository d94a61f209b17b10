// Single dialogs with botbuilder-testing's DialogTestClient, expected strings from the locale files.
import { DialogTestClient } from 'botbuilder-testing';
import { t } from '../../knowledge/i18n.js';
import { CouncilDialog } from '../../dialogs/council-dialog.js';
import { DeleteDataDialog } from '../../dialogs/delete-data-dialog.js';
import { botHarness } from '../helpers/bot-harness.js';

type Card = { body: { text: string }[]; actions: { title: string }[] };
const cardOf = (reply: { attachments?: { content?: unknown }[] }) => reply.attachments?.[0]?.content as Card;

describe('CouncilDialog', () => {
  test.each([
    ['Rhyl', 'denbighshire'],
    ['I live in Hereford', 'herefordshire'],
    ['Sir Ddinbych', 'denbighshire'],
  ])('"%s" sets the council to %s', async (said, council) => {
    const { app } = botHarness();
    const client = new DialogTestClient('test', new CouncilDialog(app.services), undefined, [], app.services.state.conversationState);
    const ask = await client.sendActivity('change council');
    expect(cardOf(ask).body[0].text).toBe(t('en', 'place.ask'));
    expect(cardOf(ask).actions.map((a) => a.title)).toEqual([...app.services.kb.councils.map((c) => c.shortName.en), t('en', 'place.dontKnow')]);
    const done = await client.sendActivity(said);
    expect(done.text).toBe(t('en', 'place.set', { council: app.services.answers.councilName(council, 'en') }));
  });

  test('"I don\'t know" is fine and sets nothing', async () => {
    const { app } = botHarness();
    const client = new DialogTestClient('test', new CouncilDialog(app.services), undefined, [], app.services.state.conversationState);
    await client.sendActivity('change council');
    expect((await client.sendActivity(t('en', 'place.dontKnow'))).text).toBe(t('en', 'place.unknown'));
  });
});

describe('DeleteDataDialog', () => {
  test('"No, keep it" deletes nothing', async () => {
    const { app } = botHarness();
    const client = new DialogTestClient('test', new DeleteDataDialog(app.services), undefined, [], app.services.state.conversationState);
    expect((await client.sendActivity('delete my data')).text).toBe(t('en', 'deleteData.confirm'));
    expect((await client.sendActivity(t('en', 'deleteData.no'))).text).toBe(t('en', 'deleteData.kept'));
  });
});
