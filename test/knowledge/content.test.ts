// The content checks an editor relies on: schema, references, reading level, Welsh spelling, contacts, coverage.
import { mkdtempSync, cpSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentError, loadKnowledgeBase } from '../../knowledge/load.js';
import { qualityReport, LIMITS } from '../../knowledge/quality.js';
import { checkCoverage, readCoverage } from '../../knowledge/coverage.js';
import { findContacts, knownContactKeys } from '../../knowledge/contacts.js';
import { fleschKincaidGrade } from '../../knowledge/readability.js';
import { CONTENT_DIR } from '../../knowledge/paths.js';

const kb = loadKnowledgeBase();

describe('content', () => {
  test('every file loads and every reference resolves', () => {
    expect(kb.topics.length).toBeGreaterThan(100);
    expect(kb.councils.map((c) => c.id).sort()).toEqual(['argyll-bute', 'barnsley', 'denbighshire', 'herefordshire', 'staffordshire']);
  });

  test('meets the writing standards (reading grade, length, Welsh spelling, contacts)', () => {
    const q = qualityReport(kb);
    const f = q.figures;
    console.log(`content: ${f.topics} topics; English reading grade mean ${f.meanGrade.toFixed(2)} (max ${f.maxGrade.grade.toFixed(1)} ${f.maxGrade.id}); ` +
      `${(100 * f.shareUnder80).toFixed(0)}% under 80 words; Welsh spelling ${(100 * f.welshKnown).toFixed(1)}% of ${f.welshWords} words known`);
    expect(q.problems).toEqual([]);
    expect(f.meanGrade).toBeLessThanOrEqual(LIMITS.meanGrade);
    expect(f.welshKnown).toBeGreaterThanOrEqual(LIMITS.welshKnown);
  });

  test('the coverage map lists every leaflet section with existing topics', () => {
    expect(checkCoverage(kb, readCoverage())).toEqual([]);
  });

  test('every topic answered differently in different places has a summary for when the place is not known', () => {
    const places = new Map<string, Set<string>>();
    for (const t of kb.topics.filter((x) => x.appliesTo !== 'summary')) places.set(t.group, (places.get(t.group) ?? new Set()).add(t.appliesTo));
    const missing = [...places].filter(([group, set]) => set.size > 1 && !kb.topics.some((x) => x.group === group && x.appliesTo === 'summary')).map(([g]) => g);
    expect(missing).toEqual([]);
    // A summary draws on the records of its own group and names only their leaflets.
    for (const s of kb.topics.filter((x) => x.appliesTo === 'summary')) {
      const leaflets = new Set(kb.topics.filter((x) => x.group === s.group && x !== s).flatMap((x) => x.sources.map((src) => src.leaflet)));
      expect(places.get(s.group)?.size ?? 0).toBeGreaterThan(1);
      for (const src of s.sources) expect(leaflets).toContain(src.leaflet);
    }
  });

  test('every topic has both languages and enough question variants', () => {
    for (const t of kb.topics) {
      expect(t.answer.en.trim().length).toBeGreaterThan(0);
      expect(t.answer.cy.trim().length).toBeGreaterThan(0);
      expect(t.questions.en.length).toBeGreaterThanOrEqual(8);
      expect(t.questions.cy.length).toBeGreaterThanOrEqual(6);
    }
    for (const g of kb.glossary) expect(g.definition.cy.trim().length).toBeGreaterThan(0);
  });

  test('every phone number, email and postcode in an answer is in the directory, and every directory contact has a source', () => {
    const known = knownContactKeys(kb);
    const all = kb.topics.flatMap((t) => [t.answer.en, t.answer.cy]).flatMap(findContacts);
    expect(all.length).toBeGreaterThan(3);
    expect(all.filter((c) => !known.has(c.key))).toEqual([]);
    for (const c of [...kb.councils.flatMap((x) => x.contacts), ...kb.adviceLines.flatMap((x) => x.contacts)]) {
      expect('leaflet' in c.source ? c.source.leaflet : c.source.note).toBeTruthy();
    }
  });

  test('councils without contacts in their leaflets have none in the directory', () => {
    expect(kb.councils.find((c) => c.id === 'herefordshire')?.contacts).toEqual([]);
    expect(kb.councils.find((c) => c.id === 'argyll-bute')?.contacts).toEqual([]);
  });

  test('the reading-grade formula ranks plain text below dense text', () => {
    expect(fleschKincaidGrade('You can bring a friend. Ask your social worker first.')).toBeLessThan(4);
    expect(fleschKincaidGrade('Multi-agency safeguarding arrangements necessitate comprehensive interdisciplinary collaboration regarding organisational responsibilities.')).toBeGreaterThan(15);
  });
});

describe('content errors are reported by file and id', () => {
  const broken = () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync(CONTENT_DIR, dir, { recursive: true });
    return dir;
  };

  test('a missing Welsh answer names the file and the topic id', () => {
    const dir = broken();
    const file = join(dir, 'topics', 'barnsley.yaml');
    const text = readFileSync(file, 'utf8').replace(/(\n      cy: >-\n(?:        .*\n)+)/, '\n');
    writeFileSync(file, text);
    expect(() => loadKnowledgeBase(dir)).toThrow(ContentError);
    try { loadKnowledgeBase(dir); } catch (err) {
      expect((err as ContentError).message).toMatch(/topics\/barnsley\.yaml: topics\[0\]\.answer(\.cy)? \(id [a-z-]+\.barnsley\)/);
    }
  });

  test('an unknown follow-up and an unknown leaflet section are caught', () => {
    const dir = broken();
    const file = join(dir, 'topics', 'staffordshire.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('followUps: [', 'followUps: [no-such-group, ').replace('section: What is a core group?', 'section: Not a section'));
    expect(() => loadKnowledgeBase(dir)).toThrow(/no-such-group[\s\S]*|Not a section/);
  });
});
