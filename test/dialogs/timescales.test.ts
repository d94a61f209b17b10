// Timescales through the conversation: a date in the question, a date asked for, an unreadable date,
// and the arithmetic across Christmas and New Year in England, Wales and Scotland.
import { t } from '../../knowledge/i18n.js';
import { formatDate } from '../../knowledge/timescales/format-date.js';
import { botHarness } from '../helpers/bot-harness.js';
import { addCalendarDays, todayIn, weekday } from '../../knowledge/timescales/calendar-date.js';

const day = (iso: string, lang: 'en' | 'cy') => formatDate(iso, lang, { weekday: true });

describe('timescales', () => {
  test('English: "conference in Denbighshire on 5 January 2026" gives 19 January 2026 with the rule and its source', async () => {
    const h = botHarness();
    const text = h.text(await h.say('Initial conference in Denbighshire was on 5 January 2026, when is the first core group due?'));
    expect(text).toContain(day('2026-01-19', 'en'));
    expect(text).toContain(h.app.services.kb.timescales.find((r) => r.id === 'first-core-group.wales')!.text.en);
    expect(text).toContain(h.app.services.answers.sourceLine('denbighshire-core-groups', 'en'));
    expect(text).toContain(t('en', 'timescales.check'));
  });

  test('Welsh: the same question in Welsh, with a Welsh date', async () => {
    const h = botHarness({ locale: 'cy-GB' });
    const text = h.text(await h.say("Roedd y gynhadledd gyntaf yn Sir Ddinbych ar 5 Ionawr 2026, pryd mae'r grŵp craidd cyntaf?"));
    expect(text).toContain(day('2026-01-19', 'cy'));
    expect(text).toContain(h.app.services.kb.timescales.find((r) => r.id === 'first-core-group.wales')!.text.cy);
  });

  test.each([
    // 10 working days from Friday 18 December 2026: Christmas Day, the Boxing Day substitute (28th) and New
    // Year's Day are skipped everywhere; Scotland also has 2 January (substitute Monday 4 January 2027).
    ['Denbighshire', '2027-01-06'],
    ['Argyll and Bute', null],
  ])('across Christmas and New Year: %s', async (place, due) => {
    const h = botHarness();
    await h.say(place);
    const text = h.text(await h.say('The conference was on 18 December 2026, when is the first core group due?'));
    if (due) expect(text).toContain(day(due, 'en'));
    else expect(text).toContain(day('2027-01-02', 'en')); // Argyll & Bute: usually 15 days after the CPPM
  });

  test.each([
    ['en', 'ICPC held in Rhyl on Wednesday 14 October 2026. What is the latest date for the first core group?'],
    ['cy', "Cynhadledd gyntaf yn y Rhyl ddydd Mercher 14 Hydref 2026. Beth ydy'r dyddiad olaf i'r grŵp craidd cyntaf?"],
  ] as const)('(%s) a dated question asking for the latest date gets the dates', async (lang, question) => {
    const h = botHarness({ locale: lang === 'cy' ? 'cy-GB' : 'en-GB' });
    const text = h.text(await h.say(question));
    expect(text).toContain(day('2026-10-28', lang));
    expect(text).not.toContain(t(lang, 'clarify.ask'));
  });

  test.each([
    ['en', 'We had the initial conference in Rhyl on 14 October 2026. It was hard but we got through it.', "so when's the first core group due?"],
    ['cy', "Gawson ni'r gynhadledd gyntaf yn y Rhyl ar 14 Hydref 2026. Roedd hi'n anodd.", "felly pryd mae'r grŵp craidd cyntaf?"],
  ] as const)('(%s) a meeting\'s date said earlier in the conversation is counted from later, not asked for again', async (lang, said, asked) => {
    const h = botHarness({ locale: lang === 'cy' ? 'cy-GB' : 'en-GB' });
    await h.say(said);
    const text = h.text(await h.say(asked));
    expect(text).toContain(day('2026-10-28', lang));
    expect(text).not.toContain(t(lang, 'timescales.askDate'));
  });

  test('a dated question whose words match another topic best still gets the dates when a timescale topic is close', async () => {
    const h = botHarness();
    const question = 'conference in Rhyl was on 14 October 2026. what do I need to get ready for when we all meet again?';
    // The words alone: what to do before the first core group first, a timescale topic close behind.
    const u = h.app.services.understander.understand(question, {}, 'en');
    expect(u.intent).toMatchObject({ kind: 'answer', group: 'before-first-meeting' });
    const text = h.text(await h.say(question));
    expect(text).toContain(day('2026-10-28', 'en'));
  });

  test.each([
    // An audit question with the conference's date and the core group's: the deadline from the conference (held-out set 24).
    ['en', 'Audit question: ICPC in Prestatyn on Monday 9 November 2026, first core group held on Wednesday 25 November 2026. Was that in timescale?', '2026-11-23'],
    ['cy', "Roedd y gynhadledd yn y Rhyl ar 9 Tachwedd 2026 a'r grŵp craidd cyntaf ar 25 Tachwedd 2026. Oedd hynny o fewn yr amser?", '2026-11-23'],
  ] as const)('(%s) two dates, one the conference\'s: "%s" gives the deadline from the conference', async (lang, text, due) => {
    const h = botHarness(lang === 'cy' ? { locale: 'cy-GB' } : {});
    expect(h.text(await h.say(text))).toContain(day(due, lang));
  });

  test('a missing date is asked for, an unreadable one asked again, never guessed', async () => {
    const h = botHarness();
    const ask = await h.say('timescales');
    expect(h.text(ask)).toContain(t('en', 'timescales.askPlace'));
    expect(h.text(await h.say('Barnsley'))).toContain(t('en', 'timescales.askDate'));
    expect(h.text(await h.say('sometime soon'))).toContain(t('en', 'timescales.noDate'));
    const text = h.text(await h.say('2/3/26'));
    expect(text).toContain(day('2026-06-02', 'en')); // first review within three months
    expect(text).toContain(day('2026-03-16', 'en')); // social worker visits every two weeks
  });

  test('Welsh: the dialog in Welsh, with "dydd Llun diwethaf" style dates understood', async () => {
    const h = botHarness({ locale: 'cy-GB' });
    await h.say('amserlenni');
    expect(h.text(await h.say('Sir Ddinbych'))).toContain(t('cy', 'timescales.askDate'));
    const text = h.text(await h.say('5 Ionawr 2026'));
    expect(text).toContain(day('2026-01-19', 'cy'));
  });

  test.each([
    ['en', 'Staffordshire: the first core group was on 5 May 2026. When will the next one be?', 'first-core-group', ['2026-06-02', '2026-06-16']],
    ['cy', "Roedd y grŵp craidd cyntaf yn Swydd Stafford ar 5 Mai 2026. Pryd mae'r nesaf?", 'first-core-group', ['2026-06-02', '2026-06-16']],
    ['en', 'Barnsley - our first review conference was 9 March 2026. When is the next review?', 'review', ['2026-09-09']],
  ] as const)('%s: a core group\'s or a review\'s date counts the next ones from it: %s', async (lang, question, event, dates) => {
    const h = botHarness({ locale: lang === 'cy' ? 'cy-GB' : 'en-GB' });
    const text = h.text(await h.say(question));
    const council = lang === 'cy' ? /Stafford/.test(question) ? 'Swydd Stafford' : 'Barnsley' : /Stafford/.test(question) ? 'Staffordshire' : 'Barnsley';
    const given = question.match(/(\d+) (May|Mai|March)/)!;
    const iso = given[2] === 'March' ? '2026-03-09' : '2026-05-05';
    expect(text).toContain(t(lang, `timescales.headingFrom.${event}`, { date: day(iso, lang), place: council }));
    for (const d of dates) expect(text).toContain(day(d, lang));
    // Nothing counted from a conference on that day.
    expect(text).not.toContain(t(lang, 'timescales.kind.first-core-group'));
  });

  test('a place between the meeting and its date ("last core group in Ruthin was 3 March") still dates the next one from it', async () => {
    const h = botHarness();
    const text = h.text(await h.say("Last core group in Ruthin was Tuesday 3 March 2026. What's the latest date the next one can be held?"));
    expect(text).toContain(day('2026-04-14', 'en')); // Wales: no more than six weeks apart
  });

  test.each([
    ['en', 'Family moving into Argyll & Bute (Oban). The transfer-in process started on Monday 9 February 2026. What is the latest date for the transfer meeting?'],
    ['cy', "Teulu'n symud i Argyll a Bute (Oban). Dechreuodd y trosglwyddo ar ddydd Llun 9 Chwefror 2026. Beth ydy'r dyddiad olaf i'r cyfarfod trosglwyddo?"],
    ['en', 'A registered child is moving into Argyll and Bute from another area. Counting from Monday 9 February 2026, what is the latest date for the transfer meeting?'],
  ] as const)('(%s) a transfer counts its 21 working days from the request, not from a conference', async (lang, question) => {
    const h = botHarness({ locale: lang === 'cy' ? 'cy-GB' : 'en-GB' });
    const text = h.text(await h.say(question));
    expect(text).toContain(t(lang, 'timescales.headingFrom.transfer-request', { date: day('2026-02-09', lang), place: lang === 'cy' ? 'Argyll a Bute' : 'Argyll and Bute' }));
    expect(text).toContain(day('2026-03-10', lang));
  });

  test.each([
    ['en', 'Herefordshire', 'The conference was on 18 December 2026, when is the first core group due?'],
    ['cy', 'Swydd Henffordd', "Roedd y gynhadledd ar 18 Rhagfyr 2026, pryd mae'r grŵp craidd cyntaf?"],
  ] as const)('(%s) a place whose leaflets give no timescales gets the topic\'s answer, saying so, not only "no timescales there"', async (lang, place, question) => {
    const h = botHarness({ locale: lang === 'cy' ? 'cy-GB' : 'en-GB' });
    await h.say(place);
    const text = h.text(await h.say(question));
    expect(text).not.toContain(t(lang, 'timescales.noRules'));
    expect(text).toContain(t(lang, 'answer.notCoveredForYours', { yours: place }));
    expect(text).toContain(h.app.services.kb.topics.find((x) => x.id === 'first-core-group.summary')!.answer[lang]);
  });

  // Held-out set 34: "Pryd fydd cyfarfod cyntaf y grŵp craidd? Roedd y gynhadledd achos yn Rhuthun ddydd Llun." was
  // answered with "What was the date of the conference?". A weekday four days from today's, so never today.
  const today = todayIn();
  const dow = (weekday(today) + 4) % 7;
  const names = { en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'], cy: ['Sul', 'Llun', 'Mawrth', 'Mercher', 'Iau', 'Gwener', 'Sadwrn'] };
  const gone = addCalendarDays(today, -((weekday(today) - dow + 7) % 7));
  const coming = addCalendarDays(today, (dow - weekday(today) + 7) % 7);

  test.each([
    ['en', `When is the first core group? The conference in Ruthin was on ${names.en[dow]}.`, gone],
    ['cy', `Pryd fydd cyfarfod cyntaf y grŵp craidd? Roedd y gynhadledd achos yn Rhuthun ddydd ${names.cy[dow]}.`, gone],
    ['en', `The conference in Ruthin is on ${names.en[dow]}. When will the first core group be?`, coming],
  ] as const)('(%s) a weekday said with its tense is counted from that day: "%s"', async (lang, question, from) => {
    const h = botHarness({ locale: lang === 'cy' ? 'cy-GB' : 'en-GB' });
    const text = h.text(await h.say(question));
    const place = lang === 'cy' ? 'Sir Ddinbych' : 'Denbighshire';
    expect(text).toContain(t(lang, 'timescales.heading', { date: day(from, lang), place }));
  });

  test.each(['en', 'cy'] as const)('(%s) a weekday with no tense is asked about, its two dates one tap each', async (lang) => {
    const h = botHarness({ locale: lang === 'cy' ? 'cy-GB' : 'en-GB' });
    const question = lang === 'cy' ? `cynhadledd yn Rhuthun ddydd ${names.cy[dow]}, pryd mae'r grŵp craidd cyntaf?` : `conference in Ruthin ${names.en[dow]}, first core group when?`;
    const replies = await h.say(question);
    expect(h.text(replies)).toContain(t(lang, 'timescales.ambiguous'));
    expect(h.buttons(replies)).toEqual([formatDate(gone, lang), formatDate(coming, lang)]);
    // A tap gives the dates from the day chosen.
    expect(h.text(await h.say(formatDate(coming, lang)))).toContain(day(coming, lang));
  });
});
