// Reads and validates every content file. Content is data: an editor changes YAML, restarts the bot,
// and this loader tells them (by file and id) if something is wrong.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { CONTENT_DIR } from './paths.js';
import {
  COMMANDS, commandsFile, contractFile, directoryFile, glossaryFile, leaflet, meetingsFile, youngPeopleFile, forSupportersFile, offTopicFile, outOfScopeFile, safetyFile, synonymsFile, timescaleFile, topicFile,
  type AdviceLine, type Contract, type Council, type GlossaryTerm, type Leaflet, type Topic, type TimescaleRule,
} from './schema.js';

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Content has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
}

export interface KnowledgeBase {
  leaflets: Leaflet[];
  topics: Topic[];
  councils: Council[];
  adviceLines: AdviceLine[];
  glossary: GlossaryTerm[];
  timescales: TimescaleRule[];
  contract: Contract;
  safety: z.infer<typeof safetyFile>;
  offTopic: z.infer<typeof offTopicFile>;
  outOfScope: z.infer<typeof outOfScopeFile>;
  synonyms: z.infer<typeof synonymsFile>;
  /** Topic groups about one meeting only: a message naming the other meeting needs more evidence for them. */
  meetings: z.infer<typeof meetingsFile>;
  /** A parent's topic group -> what a young person asking about their own meeting means by the same question. */
  youngPeople: z.infer<typeof youngPeopleFile>;
  /** A supporter's topic group -> the group anyone else asking the same means (content/for-supporters.yaml). */
  forSupporters: z.infer<typeof forSupportersFile>;
  commands: z.infer<typeof commandsFile>;
  /** Which file each topic came from (for error messages and the coverage check). */
  topicFiles: Map<string, string>;
}

/** Names the record an issue is about: "topics[3] (id bring-someone.barnsley)". */
function describePath(data: unknown, path: PropertyKey[]): string {
  let node: unknown = data;
  let where = '';
  let lastId = '';
  for (const key of path) {
    where += typeof key === 'number' ? `[${key}]` : (where ? '.' : '') + String(key);
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as string] : undefined;
    if (node && typeof node === 'object' && typeof (node as { id?: unknown }).id === 'string') lastId = (node as { id: string }).id;
  }
  return lastId ? `${where} (id ${lastId})` : where || '(top level)';
}

function readYaml<S extends z.ZodTypeAny>(file: string, schema: S, problems: string[]): z.infer<S> | undefined {
  const name = relative(CONTENT_DIR, file);
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (err) {
    problems.push(`${name}: cannot be read as YAML: ${(err as Error).message.split('\n')[0]}`);
    return undefined;
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(`${name}: ${describePath(data, issue.path)}: ${issue.message}`);
    return undefined;
  }
  return result.data;
}

/**
 * Loads all content. With `partial`, missing or broken files are reported in `problems` and the rest is
 * still returned (for `npm run validate` while content is being written); otherwise any problem throws.
 */
export function loadKnowledgeBase(dir: string = CONTENT_DIR, opts: { partial?: boolean } = {}): KnowledgeBase & { problems: string[] } {
  const problems: string[] = [];
  const at = (f: string) => join(dir, f);
  const leaflets = readYaml(at('leaflets.yaml'), z.object({ leaflets: z.array(leaflet).min(1) }).strict(), problems)?.leaflets ?? [];
  const directory = readYaml(at('councils.yaml'), directoryFile, problems);
  const glossary = readYaml(at('glossary.yaml'), glossaryFile, problems)?.terms ?? [];
  const timescales = readYaml(at('timescales.yaml'), timescaleFile, problems)?.rules ?? [];
  const contract = readYaml(at('contract.yaml'), contractFile, problems);
  const safety = readYaml(at('safety.yaml'), safetyFile, problems);
  const offTopic = readYaml(at('offtopic.yaml'), offTopicFile, problems);
  const outOfScope = readYaml(at('out-of-scope.yaml'), outOfScopeFile, problems);
  const synonyms = readYaml(at('synonyms.yaml'), synonymsFile, problems);
  const meetings = readYaml(at('meetings.yaml'), meetingsFile, problems);
  const youngPeople = readYaml(at('young-people.yaml'), youngPeopleFile, problems);
  const forSupporters = readYaml(at('for-supporters.yaml'), forSupportersFile, problems);
  const commands = readYaml(at('commands.yaml'), commandsFile, problems);
  const topics: Topic[] = [];
  const topicFiles = new Map<string, string>();
  const topicDir = at('topics');
  for (const f of readdirSync(topicDir).filter((n) => n.endsWith('.yaml')).sort()) {
    const parsed = readYaml(join(topicDir, f), topicFile, problems);
    for (const t of parsed?.topics ?? []) {
      if (topicFiles.has(t.id)) problems.push(`topics/${f}: id ${t.id} is also used in topics/${topicFiles.get(t.id)}`);
      topicFiles.set(t.id, f);
      topics.push(t);
    }
  }
  if (!opts.partial && problems.length) throw new ContentError(problems);
  const emptyPatterns = { patterns: [], shouldMatch: [], shouldNotMatch: [] };
  const kb: KnowledgeBase = {
    leaflets, topics, councils: directory?.councils ?? [], adviceLines: directory?.adviceLines ?? [], glossary, timescales,
    contract: contract ?? { id: 'missing', version: 'missing', council: 'herefordshire', leaflet: 'herefordshire-supporter-2016', title: { en: '-', cy: '-' }, sections: [] },
    safety: safety ?? { en: emptyPatterns, cy: emptyPatterns }, offTopic: offTopic ?? { en: { ...emptyPatterns, examples: [] }, cy: { ...emptyPatterns, examples: [] } },
    outOfScope: outOfScope ?? { en: { examples: [], money: [] }, cy: { examples: [], money: [] } },
    synonyms: synonyms ?? { en: {}, cy: {} }, meetings: meetings ?? { 'core-group': [], conference: [] },
    youngPeople: youngPeople ?? {}, forSupporters: forSupporters ?? {}, topicFiles,
    commands: commands ?? (Object.fromEntries(COMMANDS.map((c) => [c, { en: [], cy: [] }])) as unknown as KnowledgeBase['commands']),
  };
  const crossProblems = crossCheck(kb).filter((p) => !(opts.partial && (!directory && /unknown council|names unknown/.test(p) || !contract && p.startsWith('contract.yaml'))));
  if (!opts.partial && crossProblems.length) throw new ContentError(crossProblems);
  return { ...kb, problems: [...problems, ...crossProblems] };
}

/** References between files: every id that is named must exist. */
export function crossCheck(kb: KnowledgeBase): string[] {
  const problems: string[] = [];
  const leafletById = new Map(kb.leaflets.map((l) => [l.id, l]));
  const councilIds = new Set(kb.councils.map((c) => c.id));
  const groups = new Set(kb.topics.map((t) => t.group));
  const checkSources = (where: string, sources: { leaflet: string; section: string }[]) => {
    for (const s of sources) {
      const l = leafletById.get(s.leaflet);
      if (!l) problems.push(`${where}: source leaflet "${s.leaflet}" is not in leaflets.yaml`);
      else if (!l.sections.includes(s.section)) problems.push(`${where}: section "${s.section}" is not a section of ${s.leaflet} (see leaflets.yaml)`);
    }
  };
  const checkApplies = (where: string, appliesTo: string) => {
    const m = /^council:(.+)$/.exec(appliesTo);
    if (m && !councilIds.has(m[1])) problems.push(`${where}: appliesTo names unknown council "${m[1]}"`);
  };
  for (const [meeting, list] of Object.entries(kb.meetings)) {
    for (const g of list) if (!groups.has(g)) problems.push(`meetings.yaml: ${meeting} names unknown topic group "${g}"`);
  }
  for (const [from, to] of Object.entries(kb.youngPeople)) {
    for (const g of [from, to]) if (!groups.has(g)) problems.push(`young-people.yaml: names unknown topic group "${g}"`);
  }
  for (const [from, to] of Object.entries(kb.forSupporters)) {
    for (const g of [from, to]) if (!groups.has(g)) problems.push(`for-supporters.yaml: names unknown topic group "${g}"`);
  }
  for (const g of kb.meetings['core-group']) if (kb.meetings.conference.includes(g)) problems.push(`meetings.yaml: "${g}" is under both meetings`);
  for (const l of kb.leaflets) if (!councilIds.has(l.council)) problems.push(`leaflets.yaml: ${l.id} names unknown council "${l.council}"`);
  for (const t of kb.topics) {
    const where = `topics/${kb.topicFiles.get(t.id)}: ${t.id}`;
    checkSources(where, t.sources);
    checkApplies(where, t.appliesTo);
    for (const f of t.followUps) if (!groups.has(f)) problems.push(`${where}: followUp "${f}" is not the group of any topic`);
  }
  const ids = new Map<string, string>();
  for (const t of kb.glossary) {
    checkSources(`glossary.yaml: ${t.id}`, t.sources);
    if (ids.has(t.id)) problems.push(`glossary.yaml: id ${t.id} is used twice`);
    ids.set(t.id, 'glossary');
    if (t.topic && !groups.has(t.topic)) problems.push(`glossary.yaml: ${t.id}: topic "${t.topic}" is not the group of any topic`);
  }
  for (const r of kb.timescales) {
    checkSources(`timescales.yaml: ${r.id}`, r.sources);
    checkApplies(`timescales.yaml: ${r.id}`, r.appliesTo);
    if (r.maxAmount !== undefined && r.maxAmount < r.amount) problems.push(`timescales.yaml: ${r.id}: maxAmount is below amount`);
  }
  const contractLeaflet = leafletById.get(kb.contract.leaflet);
  if (!contractLeaflet) problems.push(`contract.yaml: leaflet "${kb.contract.leaflet}" is not in leaflets.yaml`);
  if (!councilIds.has(kb.contract.council)) problems.push(`contract.yaml: unknown council "${kb.contract.council}"`);
  kb.contract.sections.forEach((s, i) => {
    const order = ['role', 'chair', 'can', 'cannot', 'complaints', 'statement'];
    if (s.id !== order[i]) problems.push(`contract.yaml: section ${i + 1} should be "${order[i]}", found "${s.id}"`);
    if (contractLeaflet && !contractLeaflet.sections.includes(s.section)) problems.push(`contract.yaml: ${s.id}: section "${s.section}" is not in ${contractLeaflet.id}`);
    if (s.points.en.length !== s.points.cy.length) problems.push(`contract.yaml: ${s.id}: ${s.points.en.length} English points but ${s.points.cy.length} Welsh`);
  });
  for (const c of kb.councils) {
    for (const l of c.leaflets) if (!leafletById.has(l)) problems.push(`councils.yaml: ${c.id}: leaflet "${l}" is not in leaflets.yaml`);
    for (const k of c.contacts) if ('leaflet' in k.source && !leafletById.has(k.source.leaflet)) problems.push(`councils.yaml: ${c.id}: contact ${k.value} names unknown leaflet "${k.source.leaflet}"`);
  }
  for (const a of kb.adviceLines) {
    for (const k of a.contacts) if ('leaflet' in k.source && !leafletById.has(k.source.leaflet)) problems.push(`councils.yaml: ${a.id}: contact ${k.value} names unknown leaflet "${k.source.leaflet}"`);
  }
  for (const lang of ['en', 'cy'] as const) {
    for (const kind of ['safety', 'offTopic'] as const) {
      for (const p of kb[kind][lang].patterns) {
        try { new RegExp(p, 'iu'); } catch (err) { problems.push(`${kind === 'safety' ? 'safety' : 'offtopic'}.yaml: ${lang}: bad pattern ${p}: ${(err as Error).message}`); }
      }
    }
  }
  for (const [name, set] of Object.entries(kb.commands)) {
    for (const p of [...set.en, ...set.cy]) {
      try { new RegExp(p, 'iu'); } catch (err) { problems.push(`commands.yaml: ${name}: bad pattern ${p}: ${(err as Error).message}`); }
    }
  }
  return problems;
}
