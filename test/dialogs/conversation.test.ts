// Whole conversations through the real bot and dialogs (TestAdapter), in English and Welsh. Every expected
// sentence comes from the locale or content files.
import { t, tList } from '../../knowledge/i18n.js';
import type { Lang } from '../../knowledge/schema.js';
import { botHarness, sharedUnderstanding } from '../helpers/bot-harness.js';

const L = (lang: Lang) => (lang === 'cy' ? 'cy-GB' : 'en-GB');
const { kb } = sharedUnderstanding();
const answerOf = (id: string, lang: Lang) => kb.topics.find((x) => x.id === id)!.answer[lang];

const Q = {
  en: { bring: 'Can I bring my mum to the core group?', bringStaffs: 'Can I bring my mum to the core group in Staffordshire?', gibberish: 'asdfgh qwerty zxcv', taxi: 'can you book me a taxi', broad: 'plan',
    danger: 'he has a knife and my children are in the house', frequency: 'How often does the core group meet?', whatAbout: 'what about Barnsley?',
    minutes: 'who takes the notes at the conference in Barnsley', andCoreGroups: 'and at core groups in Denbighshire?',
    twoQuestions: 'Can I bring my mum to the conference in Barnsley? And who takes the notes?',
    challenge: 'If I disagree with the social worker at the core group in Herefordshire, can I challenge them directly?' },
  cy: { bring: "Ga i ddod â mam i'r grŵp craidd?", bringStaffs: "Ga i ddod â mam i'r grŵp craidd yn Swydd Stafford?", gibberish: 'asdfgh qwerty zxcv', taxi: 'Allwch chi archebu tacsi i mi?', broad: 'cynllun',
    danger: 'Dyw fy mhlant ddim yn ddiogel heno', frequency: "Pa mor aml mae'r grŵp craidd yn cwrdd?", whatAbout: 'beth am Barnsley?',
    minutes: "pwy sy'n cymryd y cofnodion yn y gynhadledd yn Barnsley", andCoreGroups: 'a be am y grŵp craidd yn Sir Ddinbych?',
    twoQuestions: "Ga i ddod â mam i'r gynhadledd yn Barnsley? A phwy sy'n cymryd y nodiadau?",
    challenge: "Os ydw i'n anghytuno â'r gweithiwr cymdeithasol yn y grŵp craidd yn Swydd Henffordd, a gaf i ei herio'n uniongyrchol?" },
};

describe.each(['en', 'cy'] as const)('conversations in %s', (lang) => {
  test('"are you a real person?" / "is this chat private?" is answered: a program, what it keeps, not legal advice, with the advice lines', async () => {
    const h = botHarness({ locale: L(lang) });
    await h.open();
    const text = h.text(await h.say(lang === 'cy' ? "Oes 'na rywun go iawn yn atab fi? Odi'r sgwrs 'ma'n breifat?" : 'am i talking to a real person? is this chat private?'));
    for (const line of tList(lang, 'aboutBot.lines')) expect(text).toContain(line);
    expect(text).toContain('0808 801 0366');
  });

  test('"are you a real person? who chairs…?" is told what the bot is, then the question is answered', async () => {
    const h = botHarness({ locale: L(lang) });
    await h.open();
    const text = h.text(await h.say(lang === 'cy' ? "ydych chi'n berson go iawn? pwy sy'n cadeirio'r gynhadledd yn Barnsley?" : 'are you a real person? who chairs the conference in Barnsley?'));
    const short = t(lang, 'aboutBot.short');
    expect(text.startsWith(short)).toBe(true);
    const chair = lang === 'cy' ? /cadeirydd/i : /\bchair\b/i;
    expect(text.slice(short.length)).toMatch(chair);
  });

  test('the welcome says what the bot is and offers the main paths, once', async () => {
    const h = botHarness({ locale: L(lang) });
    const text = h.text(await h.open());
    for (const line of tList(lang, 'welcome.lines')) expect(text).toContain(line);
    for (const key of ['menu.ask', 'menu.supporter', 'menu.timescales', 'menu.complaints', 'menu.language']) expect(text).toContain(t(lang, key));
    expect(h.text(await h.open())).toBe('');
  });

  test('a question is answered with its source, follow-ups and "Did this help?", and feedback is kept', async () => {
    const h = botHarness({ locale: L(lang) });
    await h.open();
    const replies = await h.say(Q[lang].bringStaffs);
    const text = h.text(replies);
    expect(text).toContain(answerOf('bring-someone.staffordshire', lang));
    expect(text).toContain(h.app.services.answers.sourceLine('staffordshire-core-groups-2008', lang));
    expect(text).toContain(t(lang, 'answer.oldLeaflet', { year: 2008 }));
    expect(text).toContain(t(lang, 'feedback.ask'));
    const thanks = await h.say(t(lang, 'feedback.yes'));
    expect(h.text(thanks)).toContain(t(lang, 'feedback.thanks'));
    const events = await h.app.services.feedback.list();
    expect(events).toEqual([expect.objectContaining({ kind: 'helped', group: 'bring-someone', helped: true, lang })]);
  });

  test('two questions in one message get two answers, in the order asked, the second under its own heading, and one "Did this help?"', async () => {
    const h = botHarness({ locale: L(lang) });
    await h.open();
    const text = h.text(await h.say(Q[lang].twoQuestions));
    const first = text.indexOf(answerOf('bring-someone.barnsley', lang));
    const heading = text.indexOf(t(lang, 'answer.alsoAsked', { question: h.app.services.answers.title('minute-taker', lang) }));
    const second = text.indexOf(answerOf('minute-taker.barnsley', lang));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(heading).toBeGreaterThan(first);
    expect(second).toBeGreaterThan(heading);
    expect(text.split(t(lang, 'feedback.ask')).length).toBe(2);
  });

  test('a broad word gets "Did you mean…?" with topics as buttons', async () => {
    const h = botHarness({ locale: L(lang) });
    const replies = await h.say(Q[lang].broad);
    expect(h.text(replies)).toContain(t(lang, 'clarify.ask'));
    expect(h.buttons(replies).length).toBeGreaterThanOrEqual(3);
    expect(h.buttons(replies)).toContain(t(lang, 'clarify.somethingElse'));
  });

  test('no match: says so kindly and offers main topics; the question is kept (redacted) for editors', async () => {
    const h = botHarness({ locale: L(lang) });
    const replies = await h.say(`${Q[lang].gibberish} 07700 900123`);
    expect(h.text(replies)).toContain(t(lang, 'none.text'));
    expect(h.buttons(replies).length).toBeGreaterThanOrEqual(3);
    const [event] = await h.app.services.feedback.list();
    expect(event).toMatchObject({ kind: 'unanswered', reason: 'none' });
    expect(JSON.stringify(event)).not.toContain('900123');
  });

  test('near the subject but in no leaflet: says so honestly and gives the advice lines from the directory', async () => {
    const h = botHarness({ locale: L(lang) });
    const replies = await h.say(lang === 'en' ? 'how much legal aid will i get for the court case' : 'faint o gymorth cyfreithiol ga i ar gyfer yr achos llys');
    const text = h.text(replies);
    expect(text).toContain(t(lang, 'outOfScope.text'));
    for (const c of kb.adviceLines.flatMap((a) => a.contacts)) expect(text).toContain(c.value);
    const [event] = await h.app.services.feedback.list();
    expect(event).toMatchObject({ kind: 'unanswered', reason: 'outOfScope' });
  });

  test('something in no leaflet asked beside a question a leaflet answers: the answer, then honestly that the rest is not covered', async () => {
    const h = botHarness({ locale: L(lang) });
    await h.open();
    const text = h.text(await h.say(lang === 'en' ? 'Can I record the conference in Barnsley, and who takes the notes?'
      : "Ga i recordio'r gynhadledd yn Barnsley, a phwy sy'n cymryd y nodiadau?"));
    const answer = text.indexOf(answerOf('minute-taker.barnsley', lang));
    expect(answer).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(t(lang, 'answer.beyond'))).toBeGreaterThan(answer);
    expect(text).not.toContain(t(lang, 'outOfScope.text'));
  });

  test('money, benefits or housing: says so, points to Citizens Advice and gives no advice line', async () => {
    const h = botHarness({ locale: L(lang) });
    const text = h.text(await h.say(lang === 'en' ? 'can u help me fill in my universal credit form its due friday' : "alla i gael help i lenwi'r ffurflen credyd cynhwysol?"));
    expect(text).toContain(t(lang, 'outOfScope.money'));
    for (const c of kb.adviceLines.flatMap((a) => a.contacts)) expect(text).not.toContain(c.value);
  });

  test('off-topic: says what the bot can help with', async () => {
    const h = botHarness({ locale: L(lang) });
    expect(h.text(await h.say(Q[lang].taxi))).toContain(t(lang, 'offTopic.text'));
  });

  test('danger gets 999 first, even in the middle of a dialog, and the dialog carries on', async () => {
    const h = botHarness({ locale: L(lang) });
    await h.say(lang === 'en' ? 'change council' : 'newid cyngor');
    const safety = await h.say(Q[lang].danger);
    expect(safety[0].text).toContain('999');
    expect(safety[0].text).toContain(tList(lang, 'safety.lines')[0]);
    const set = await h.say('Barnsley');
    expect(h.text(set)).toContain(t(lang, 'place.set', { council: h.app.services.answers.councilName('barnsley', lang) }));
  });

  test('when the very first message gets 999, the next question is still answered', async () => {
    const h = botHarness({ locale: L(lang) });
    const safety = await h.say(Q[lang].danger);
    expect(safety[0].text).toContain(tList(lang, 'safety.lines')[0]);
    expect(h.text(await h.say(Q[lang].minutes))).toContain(answerOf('minute-taker.barnsley', lang));
  });

  test('a question in the middle of a dialog is answered and the dialog asks again', async () => {
    const h = botHarness({ locale: L(lang) });
    await h.say(lang === 'en' ? 'change council' : 'newid cyngor');
    const replies = await h.say(Q[lang].bring);
    const text = h.text(replies);
    expect(text).toContain(h.app.services.answers.choose('bring-someone', {})!.topic.answer[lang]);
    expect(text).toContain(t(lang, 'place.ask'));
  });

  test('"what about Barnsley?" re-answers the last topic for Barnsley', async () => {
    const h = botHarness({ locale: L(lang) });
    await h.say(Q[lang].frequency);
    const text = h.text(await h.say(Q[lang].whatAbout));
    expect(text).toContain(answerOf('core-group-frequency.barnsley', lang));
    expect(text).toContain(h.app.services.answers.sourceLine('barnsley-cp-conferences', lang));
  });

  test('"and at core groups in Denbighshire?" re-answers the last topic for that place and meeting', async () => {
    const h = botHarness({ locale: L(lang) });
    expect(h.text(await h.say(Q[lang].minutes))).toContain(answerOf('minute-taker.barnsley', lang));
    const text = h.text(await h.say(Q[lang].andCoreGroups));
    expect(text).toContain(answerOf('minute-taker.denbighshire', lang));
    expect(text).not.toContain(answerOf('minute-taker.barnsley', lang));
  });

  test('a question the council\'s leaflets do not answer gets the other councils\' answer, then the council\'s own nearest one, saying whom it speaks to', async () => {
    const h = botHarness({ locale: L(lang) });
    const text = h.text(await h.say(Q[lang].challenge));
    const hereford = h.app.services.answers.councilName('herefordshire', lang, true);
    expect(text).toContain(t(lang, 'answer.notCoveredForYours', { yours: hereford }));
    const near = t(lang, 'answer.nearInYours', { council: hereford, question: h.app.services.answers.title('supporter-questions', lang) });
    expect(text).toContain(near);
    // …after the other councils' answer, and said to be what Herefordshire tells supporters.
    const after = text.slice(text.indexOf(near));
    expect(after).toContain(t(lang, 'answer.saysTo.supporter', { council: hereford }));
    expect(after).toContain(answerOf('supporter-questions.herefordshire', lang));
    expect(text.indexOf(near)).toBeGreaterThan(text.indexOf(t(lang, 'answer.notCoveredForYours', { yours: hereford })));
  });

  test('with no council known, a topic that differs by place gets what the leaflets say between them, and each council as a button', async () => {
    const h = botHarness({ locale: L(lang) });
    const replies = await h.say(Q[lang].bring);
    const text = h.text(replies);
    const summary = kb.topics.find((x) => x.group === 'bring-someone' && x.appliesTo === 'summary')!;
    expect(text).toContain(summary.answer[lang]);
    expect(text).toContain(t(lang, 'answer.summaryDiffers'));
    expect(h.buttons(replies)).toEqual(expect.arrayContaining(['barnsley', 'staffordshire'].map((c) => h.app.services.answers.councilName(c, lang, true))));
    const then = h.text(await h.say(h.app.services.answers.councilName('barnsley', lang, true)));
    expect(then).toContain(answerOf('bring-someone.barnsley', lang));
  });

  test('the council set by the host page (channelData) is used without asking', async () => {
    const h = botHarness({ locale: L(lang) });
    const text = h.text(await h.say(Q[lang].frequency, { channelData: { council: 'denbighshire' } }));
    expect(text).toContain(answerOf('core-group-frequency.denbighshire', lang));
  });

  test('contacts give only the directory\'s contacts, with their source', async () => {
    const h = botHarness({ locale: L(lang) });
    await h.say('Denbighshire');
    const text = h.text(await h.say(lang === 'en' ? 'contacts' : 'cysylltiadau'));
    expect(text).toContain('0800 032 1099');
    expect(text).toContain('ssdcomments@denbighshire.gov.uk');
    expect(text).toContain('0808 801 0366');
    await h.say('Herefordshire');
    const none = h.text(await h.say(lang === 'en' ? 'contacts' : 'cysylltiadau'));
    expect(none).toContain(t(lang, 'contacts.none', { council: h.app.services.answers.councilName('herefordshire', lang) }));
  });

  test('"delete my data" asks first, then forgets the council', async () => {
    const h = botHarness({ locale: L(lang) });
    await h.say('Barnsley');
    const ask = await h.say(lang === 'en' ? 'delete my data' : 'dileu fy nata');
    expect(h.text(ask)).toContain(t(lang, 'deleteData.confirm'));
    expect(h.text(await h.say(t(lang, 'deleteData.yes')))).toContain(t(lang, 'deleteData.done'));
    const text = h.text(await h.say(Q[lang].frequency));
    expect(text).not.toContain(answerOf('core-group-frequency.barnsley', lang));
  });
});

test('the meeting named in one message is the one "the meeting" means in the next ("Mae gen i gynhadledd… Beth sy\'n digwydd yn y cyfarfod ei hun?")', async () => {
  const h = botHarness({ locale: 'cy-GB' });
  await h.open();
  await h.say("Mae gen i gynhadledd amddiffyn plant yn Barnsley wythnos nesaf a dw i'n methu cysgu o gwbl.");
  const text = h.text(await h.say("Beth yn union sy'n digwydd yn y cyfarfod ei hun? Dw i eisiau gwybod beth i'w ddisgwyl."));
  // (Answered first, not offered under another meeting's answer from other councils' leaflets.)
  expect(text.indexOf(answerOf('what-happens-conference.barnsley', 'cy'))).toBe(0);
});

test.each([
  ['en', 'why is my son\'s name on the register?? nobody has told me in plain english. Helensburgh', /physical abuse/i, /neglect/i],
  ['cy', "Pam bod enw'r hogan ar y register yn Helensburgh? Neb di deud wrtha i'n iawn", /cam-drin corfforol/i, /esgeulustod/i],
] as const)('(%s) "why is my child on the register?" in Argyll and Bute says the four areas a name is registered under', async (lang, text, first, last) => {
  // Held-out sets 10, 15, 19, 22, 32 and 33 asked it and got only "you should clearly understand why".
  const h = botHarness({ locale: L(lang) });
  await h.open();
  const reply = h.text(await h.say(text));
  expect(reply).toMatch(first);
  expect(reply).toMatch(last);
});

describe('language', () => {
  test('"Cymraeg" switches to Welsh and the choice is remembered; "English" switches back', async () => {
    const h = botHarness();
    expect(h.text(await h.say('Cymraeg'))).toContain(t('cy', 'language.switched'));
    expect(h.text(await h.say('help'))).toContain(tList('cy', 'help.lines')[0]);
    expect(h.text(await h.say('English'))).toContain(t('en', 'language.switched'));
  });

  test('a Welsh question in an English conversation is answered in Welsh', async () => {
    const h = botHarness();
    const text = h.text(await h.say(Q.cy.bringStaffs));
    expect(text).toContain(answerOf('bring-someone.staffordshire', 'cy'));
  });
});

describe('channels without cards', () => {
  test('buttons become a numbered list', async () => {
    const h = botHarness({ channelId: 'sms' });
    const replies = await h.say('plan');
    expect(replies.some((a) => a.attachments?.length)).toBe(false);
    expect(h.text(replies)).toMatch(/\n1\. .+\n2\. /);
  });
});

describe('process rules for advocates', () => {
  test.each([
    ['en', 'rules for core groups in Wales', 'denbighshire', 'first-core-group.wales'],
    ['cy', "rheolau ar gyfer grwpiau craidd yng Nghymru", 'denbighshire', 'first-core-group.wales'],
    ['en', 'what does Argyll and Bute say about the child\'s plan', 'argyll-bute', 'transfer.argyll-bute'],
  ] as const)('(%s) "%s" lists the rules with sources and links the printable page', async (lang, text, council, ruleId) => {
    const h = botHarness({ locale: L(lang) });
    const reply = h.text(await h.say(text));
    const rule = h.app.services.kb.timescales.find((r) => r.id === ruleId)!;
    expect(reply).toContain(rule.text[lang]);
    expect(reply).toContain(`https://bot.example.org/rules/${council}?lang=${lang}`);
  });

  test('with no place, it asks which council', async () => {
    const h = botHarness();
    expect(h.text(await h.say('rules'))).toContain(t('en', 'rules.askPlace'));
  });
});

describe('supporters and complaints', () => {
  test('a supporter asking how to complain gets the supporter rules', async () => {
    const h = botHarness();
    await h.say("I'm a supporter");
    await h.say('stop');
    const text = h.text(await h.say('How do I make a complaint?'));
    expect(text).toContain(answerOf('supporter-complaints.herefordshire', 'en'));
  });

  test("a supporter in a council whose leaflets give complaints, not those rules, gets the council's complaints contacts", async () => {
    const h = botHarness();
    const text = h.text(await h.say("I'm supporting my friend in Barnsley and she's unhappy with the plan. What's the email address to complain?"));
    expect(text).toContain(answerOf('complaints.barnsley', 'en'));
    expect(text).not.toContain(answerOf('supporter-complaints.herefordshire', 'en'));
  });

  test('a supporter in Herefordshire still gets its rules for supporters', async () => {
    const h = botHarness();
    const text = h.text(await h.say("I'm supporting my friend in Hereford. How do I complain?"));
    expect(text).toContain(answerOf('supporter-complaints.herefordshire', 'en'));
  });
});

describe('everywhere', () => {
  test('"can you say that in Welsh?" gives the last answer again in Welsh, and Welsh is kept; "in English please" turns back', async () => {
    const h = botHarness({ locale: 'en-GB' });
    expect(h.text(await h.say(Q.en.minutes))).toContain(answerOf('minute-taker.barnsley', 'en'));
    expect(h.text(await h.say('thanks. can you say that in Welsh?'))).toContain(answerOf('minute-taker.barnsley', 'cy'));
    expect(h.text(await h.say('pwy sy’n cadeirio?'))).toContain(kb.topics.find((x) => x.id === 'who-chairs.barnsley')!.answer.cy);
    expect(h.text(await h.say('in English please'))).toContain(answerOf('who-chairs.barnsley', 'en'));
  });


  test.each(['en', 'cy'] as const)('(%s) contacts and help in the middle of the timescales dialog, which then asks again', async (lang) => {
    const h = botHarness({ locale: L(lang) });
    await h.say(lang === 'en' ? 'timescales' : 'amserlenni');
    const contacts = h.text(await h.say(lang === 'en' ? 'contacts' : 'cysylltiadau'));
    expect(contacts).toContain('0808 801 0366');
    expect(contacts).toContain(t(lang, 'timescales.askPlace'));
    const help = h.text(await h.say('help'));
    expect(help).toContain(tList(lang, 'help.lines')[0]);
    expect(help).toContain(t(lang, 'timescales.askPlace'));
    expect(h.text(await h.say(lang === 'en' ? 'start over' : 'dechrau eto'))).toContain(t(lang, 'restart.done'));
  });
});
