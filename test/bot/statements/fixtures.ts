// Shared test data for the statement tests (not a test file itself).
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Contract, Lang } from '../../../knowledge/schema.js';
import { LOCALES_DIR } from '../../../knowledge/paths.js';
import type { StatementInput } from '../../../bot/statements/statement-store.js';

export const freshDir = (prefix = 'statements-test-') => mkdtempSync(join(tmpdir(), prefix));

export function sampleInput(overrides: Partial<StatementInput> = {}): StatementInput {
  return {
    contractId: 'herefordshire-supporter-contract',
    contractVersion: '2024-01',
    lang: 'en',
    printedName: 'Jane Example',
    signature: 'Jane Example',
    signedOn: '2026-03-02',
    meetingDate: '2026-03-10',
    council: 'herefordshire',
    userKey: 'webchat/user-1',
    ...overrides,
  };
}

/** A clock that reads whatever `clock.now` is set to. */
export function settableClock(start: string) {
  const clock = { now: new Date(start), fn: () => new Date(clock.now) };
  return clock;
}

const section = (id: Contract['sections'][number]['id'], en: string, cy: string, points: [string[], string[]], intro?: [string, string]) => ({
  id,
  title: { en, cy },
  ...(intro ? { intro: { en: intro[0], cy: intro[1] } } : {}),
  points: { en: points[0], cy: points[1] },
  section: en,
});

export const contract: Contract = {
  id: 'herefordshire-supporter-contract',
  version: '2024-01',
  council: 'herefordshire',
  leaflet: 'herefordshire-supporter-contract',
  title: { en: 'Supporter contract of expectations', cy: 'Contract disgwyliadau cefnogwr' },
  sections: [
    section('role', 'Your role', 'Eich rôl', [['You support the parent.', 'You keep things calm.'], ['Rydych yn cefnogi’r rhiant.', 'Rydych yn cadw pethau’n dawel.']]),
    section('chair', 'The chair', 'Y cadeirydd', [['The chair runs the meeting.'], ['Y cadeirydd sy’n rhedeg y cyfarfod.']]),
    section('can', 'What you can do', 'Beth gallwch ei wneud', [['Sit with the parent <b>quietly</b>.'], ['Eistedd gyda’r rhiant.']]),
    section('cannot', 'What you cannot do', 'Beth na allwch ei wneud', [['Speak for the parent.'], ['Siarad ar ran y rhiant.']]),
    section('complaints', 'Complaints', 'Cwynion', [['Complain in writing.'], ['Cwyno yn ysgrifenedig.']]),
    section('statement', 'Statement', 'Datganiad', [['I agree to keep what I hear confidential.', 'I will follow the chair.'], ['Rwy’n cytuno i gadw’n gyfrinachol yr hyn a glywaf.', 'Byddaf yn dilyn y cadeirydd.']], ['Please read and sign.', 'Darllenwch a llofnodwch.']),
  ],
};

type Tree = { [k: string]: string | Tree };
function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

export function readStatementLocale(lang: Lang): Tree {
  return JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'statement.json'), 'utf8')) as Tree;
}

/** An i18n function like the bot's (i18next with {{var}} interpolation), failing loudly on a missing key. */
export function translator(lang: Lang) {
  const tree = readStatementLocale(lang);
  return (key: string, vars: object = {}) => {
    const text = lookup(tree, key);
    if (text === undefined) throw new Error(`missing ${lang} key ${key}`);
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String((vars as Record<string, unknown>)[name] ?? ''));
  };
}
