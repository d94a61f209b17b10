// Which of several dates is the meeting a timescale counts from (knowledge/timescales/event-date.ts).
import { eventDate } from '../../../knowledge/timescales/event-date.js';
import { parseDate } from '../../../knowledge/timescales/parse-date.js';

const TODAY = '2026-12-07';
const of = (text: string, transfer = false) => eventDate(text, parseDate(text, 'en', TODAY), transfer);

test('the earliest meeting named before a date: the conference, then the core group, then a review', () => {
  expect(of('Audit question: ICPC in Prestatyn on Monday 9 November, first core group held on Wednesday 25 November. Was that in timescale?'))
    .toEqual({ event: 'initial-conference', date: '2026-11-09' });
  expect(of('Initial conference in Wombwell was 1 September; review conference has been booked for 8 December. Is that late?'))
    .toEqual({ event: 'initial-conference', date: '2026-09-01' });
  // Written the other way round, the conference's date is still the conference's.
  expect(of('the core group is on 30 November, the conference was 2 November')).toEqual({ event: 'initial-conference', date: '2026-11-02' });
  expect(of("Roedd y gynhadledd ar 9 Tachwedd a'r grŵp craidd ar 25 Tachwedd. Oedd hynny'n hwyr?")).toEqual({ event: 'initial-conference', date: '2026-11-09' });
});

test('a date written out beside "today", and a weekday that is the date beside it', () => {
  expect(of('The initial child protection conference for my grandson in Leek was on Monday 2 November and as of today nobody has arranged a core group.'))
    .toEqual({ event: 'initial-conference', date: '2026-11-02' });
  expect(parseDate("Ma'r gynhadledd gynta yn Penistone dydd Mercher 'ma (9 Rhagfyr). Pryd fydd yr adolygiad?", 'cy', TODAY))
    .toMatchObject({ status: 'ok', date: '2026-12-09' });
});

test("a transfer's timescale counts from its notification", () => {
  expect(of('Transfer-in notification came on Monday 12 October and the transfer CPPM was on Friday 13 November. Was that in time?', true))
    .toEqual({ event: 'transfer-request', date: '2026-10-12' });
});

test('no answer when the words do not say which date is which, or there is one date', () => {
  expect(of('is it 2 March or 3 March?')).toBeUndefined();
  expect(of('the conference was on 2 November')).toBeUndefined();
});
