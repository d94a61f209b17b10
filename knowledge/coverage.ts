// content/COVERAGE.md maps every section of every leaflet to the topics that cover it.
// Rows look like: | staffordshire-core-groups-2008 | Complaints | complaints.staffordshire, advice-lines.staffordshire |
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from './load.js';
import { CONTENT_DIR } from './paths.js';

export interface CoverageRow { leaflet: string; section: string; ids: string[] }

export function readCoverage(dir: string = CONTENT_DIR): CoverageRow[] {
  const rows: CoverageRow[] = [];
  for (const line of readFileSync(join(dir, 'COVERAGE.md'), 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 5 || cells[1] === 'leaflet' || /^-+$/.test(cells[1])) continue;
    rows.push({ leaflet: cells[1], section: cells[2], ids: cells[3].split(/[,\s]+/).map((s) => s.replace(/`/g, '')).filter(Boolean) });
  }
  return rows;
}

export function checkCoverage(kb: KnowledgeBase, rows: CoverageRow[]): string[] {
  const problems: string[] = [];
  const topicById = new Map(kb.topics.map((t) => [t.id, t]));
  const glossaryIds = new Set(kb.glossary.map((g) => `glossary:${g.id}`));
  const seen = new Set<string>();
  for (const r of rows) {
    const key = `${r.leaflet} / ${r.section}`;
    seen.add(key);
    if (!r.ids.length) problems.push(`COVERAGE.md: ${key} lists no topics`);
    for (const id of r.ids) {
      if (glossaryIds.has(id)) continue;
      const t = topicById.get(id);
      if (!t) problems.push(`COVERAGE.md: ${key} names "${id}", which is not a topic id`);
      else if (!t.sources.some((s) => s.leaflet === r.leaflet)) problems.push(`COVERAGE.md: ${key} names ${id}, whose sources do not include ${r.leaflet}`);
    }
  }
  for (const l of kb.leaflets) {
    for (const s of l.sections) if (!seen.has(`${l.id} / ${s}`)) problems.push(`COVERAGE.md: section "${s}" of ${l.id} is missing`);
  }
  return problems;
}
