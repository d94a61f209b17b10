// Interface strings live in locales/<lang>/translation.json and are read with i18next.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type i18n, type TOptions } from 'i18next';
import { LOCALES_DIR } from './paths.js';
import type { Lang } from './schema.js';

export type Strings = { [key: string]: string | string[] | Strings };

/** Every JSON file in locales/<lang>/ is merged: translation.json holds the main strings, others add their own top-level keys. */
export function readLocale(lang: Lang): Strings {
  const dir = join(LOCALES_DIR, lang);
  const out: Strings = {};
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Strings;
    for (const [key, value] of Object.entries(data)) {
      if (key in out) throw new Error(`locales/${lang}/${f}: key "${key}" is already defined by another file`);
      out[key] = value;
    }
  }
  return out;
}

let instance: i18n | undefined;
function get(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      initAsync: false,
      lng: 'en',
      fallbackLng: 'en',
      supportedLngs: ['en', 'cy'],
      resources: { en: { translation: readLocale('en') }, cy: { translation: readLocale('cy') } },
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return instance;
}

/** The interface string `key` in `lang`. */
export function t(lang: Lang, key: string, vars: TOptions = {}): string {
  return get().t(key, { ...vars, lng: lang }) as string;
}

/** A list of strings (e.g. the lines of a welcome) in `lang`. */
export function tList(lang: Lang, key: string): string[] {
  const v = get().t(key, { lng: lang, returnObjects: true }) as unknown;
  return Array.isArray(v) ? (v as string[]) : [String(v)];
}

export function hasKey(lang: Lang, key: string): boolean {
  return get().exists(key, { lng: lang, fallbackLng: false } as TOptions);
}
