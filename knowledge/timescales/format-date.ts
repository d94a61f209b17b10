// Dates as people write them: "19 January 2026", "19 Ionawr 2026", "Dydd Llun, 19 Ionawr 2026".
// Month and weekday names and the patterns live in locales/<lang>/dates.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES_DIR } from '../paths.js';
import type { Lang } from '../schema.js';
import { toCalDate, weekday, type DateInput } from './calendar-date.js';

interface DateWords {
  months: string[];
  weekdays: string[];
  date: string;
  dateWithWeekday: string;
}

const loaded = new Map<Lang, DateWords>();

function words(lang: Lang): DateWords {
  let w = loaded.get(lang);
  if (!w) {
    const file = join(LOCALES_DIR, lang, 'dates.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<DateWords>;
    if (!Array.isArray(data.months) || data.months.length !== 12 || !Array.isArray(data.weekdays) || data.weekdays.length !== 7 ||
      typeof data.date !== 'string' || typeof data.dateWithWeekday !== 'string') {
      throw new Error(`${file}: needs 12 months, 7 weekdays (Sunday first), "date" and "dateWithWeekday"`);
    }
    w = data as DateWords;
    loaded.set(lang, w);
  }
  return w;
}

export interface FormatDateOptions {
  /** Start with the day of the week: "Monday, 19 January 2026" / "Dydd Llun, 19 Ionawr 2026". */
  weekday?: boolean;
}

export function formatDate(date: DateInput, lang: Lang, options: FormatDateOptions = {}): string {
  const w = words(lang);
  const { y, m, d } = toCalDate(date);
  const vars: Record<string, string> = { day: String(d), month: w.months[m - 1]!, year: String(y), weekday: w.weekdays[weekday({ y, m, d })]! };
  return (options.weekday ? w.dateWithWeekday : w.date).replace(/\{\{\s*(\w+)\s*\}\}/g, (all, key: string) => vars[key] ?? all);
}

/** Month names (January first) in a language, e.g. for a date picker or a prompt. */
export function monthNames(lang: Lang): readonly string[] {
  return words(lang).months;
}
