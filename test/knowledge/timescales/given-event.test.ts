// Which meeting the date in a message is the date of.
import { givenEvent } from '../../../knowledge/timescales/given-event.js';

test.each([
  ['The conference was on 2 March 2026, when is the first core group due?', 'initial-conference'],
  ['when is the first core group? conference was 5 May', 'initial-conference'],
  ['Initial conference in Denbighshire was on 5 January 2026, when is the first core group due?', 'initial-conference'],
  ['the first core group was on 5 May 2026. When will the next one be?', 'first-core-group'],
  ['Last core group in Ruthin was Tuesday 3 March 2026. What is the latest date for the next one?', 'first-core-group'],
  ['The transfer-in process started on Monday 9 February 2026. When is the transfer meeting due?', 'transfer-request'],
  ['Dechreuodd y trosglwyddo ar 9 Chwefror 2026, pryd mae angen y cyfarfod?', 'transfer-request'],
  ["last core group was 14 April 2026, when's the next?", 'first-core-group'],
  ['our first review conference was 9 March 2026, when is the next review?', 'review'],
  ['the conference was on 9 March, when is the first review?', 'initial-conference'],
  ["Roedd y grŵp craidd cyntaf ar 5 Mai 2026. Pryd mae'r nesaf?", 'first-core-group'],
  ["pryd mae'r grŵp craidd cyntaf ar ôl y gynhadledd ar 5 Mai", 'initial-conference'],
  ['roedd yr adolygiad ar 9 Mawrth, pryd mae’r nesaf', 'review'],
  ['5 January 2026', 'initial-conference'],
  // Said the spoken Welsh way, with the verb or a two-word place before the date.
  ["Gethon ni grŵp craidd yn Burton, Swydd Stafford ar 9 Mehefin 2026. Beth yw'r dyddiad hwyra galle'r un nesa fod?", 'first-core-group'],
  ["Nath y core group cynta gyfarfod yn Dunoon ar 11 Mehefin 2026. Pryd ddylai'r nesa fod?", 'first-core-group'],
  ['We had a core group in Burton, Staffordshire on 9 June 2026. When is the latest the next one can be?', 'first-core-group'],
  ['i had the conference on 3 march, when is the core group', 'initial-conference'],
  // Held-out set 24: the conference for someone or somewhere, its Welsh 'gychwynnol' / 'gynta', a review with its place.
  ['The initial child protection conference for my grandson in Leek was on Monday 2 November and as of today nobody has arranged a core group.', 'initial-conference'],
  ["Roedd y gynhadledd gychwynnol ar 12 Tachwedd ac nid yw'r grŵp craidd wedi cyfarfod eto. Erbyn pryd y dylai fod wedi cyfarfod?", 'initial-conference'],
  ['Oedd y gynhadledd gynta ar 3 Awst. Pryd oedd y review conference fod i ddigwydd erbyn?', 'initial-conference'],
  ['Our first review conference in Barnsley is on 15 January 2027. If the plan carries on after that, when is the next review?', 'review'],
  // Held-out set 31: a question about the core group after the dated CPPM ("…, is that when…?") does not date the core group.
  ['The CPPM in Oban yesterday put my kids on the register. When is the first core group, is that when the plan gets written?', 'initial-conference'],
  ['the first core group is on 5 May 2026, when is the next one?', 'first-core-group'],
])('%s -> %s', (text, event) => {
  expect(givenEvent(text)).toBe(event);
});

test('a conference said to have been had is the dated event, though a core group is mentioned after it', () => {
  expect(givenEvent('tamworth here, had the conference yesterday n they said core group is next. how long till the first one?')).toBe('initial-conference');
});
