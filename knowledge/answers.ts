// Picks the right record of a topic for the user's place, and turns records into plain reply parts.
// All fixed words come from the locale files; all knowledge from content.
import type { KnowledgeBase } from './load.js';
import type { Audience, Lang, Nation, Topic } from './schema.js';
import { t } from './i18n.js';

export interface Place { council?: string; nation?: Nation }
/** What the user's words point to when the place is not known: the meeting they named, the best-matched record, and
 *  the nation whose word they used ("CPPM"). */
export interface Hints { matched?: string; equallyMatched?: string[]; meeting?: 'conference' | 'core-group'; nation?: Nation }
/** How well the chosen record fits the user's place. */
/** How the record chosen fits the user's place. 'summary-elsewhere': the place is known but no leaflet of its covers
 *  the topic, so the summary of the others (each place's own fact named), never one other council's contacts. */
export type Fit = 'council' | 'nation' | 'all' | 'other' | 'unknown-place' | 'summary' | 'summary-elsewhere';
export interface Choice { topic: Topic; fit: Fit; variants: Topic[] }
export interface Button { title: string; value: string }
export interface ReplyParts { paragraphs: string[]; buttons: Button[] }

const GLOSSARY = 'glossary:';
const SUMMARY = 'summary';

export class Answers {
  private readonly byGroup = new Map<string, Topic[]>();
  private readonly nationOf: Map<string, Nation>;
  private readonly placeWords: RegExp;

  constructor(private readonly kb: KnowledgeBase) {
    for (const topic of kb.topics) {
      const list = this.byGroup.get(topic.group) ?? [];
      list.push(topic);
      this.byGroup.set(topic.group, list);
    }
    this.nationOf = new Map(kb.councils.map((c) => [c.id, c.nation]));
    const names = kb.councils.flatMap((c) => [c.shortName.en, c.shortName.cy, ...c.aliases]).filter((n) => n.length > 3)
      .map((n) => n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    this.placeWords = new RegExp(`\\b(${[...names, 'wales', 'scotland', 'england', 'cymru', 'alban', 'lloegr'].join('|')})\\b`, 'i');
  }

  hasGroup(group: string): boolean {
    return this.byGroup.has(group) || (group.startsWith(GLOSSARY) && this.kb.glossary.some((g) => GLOSSARY + g.id === group));
  }

  groups(): string[] {
    return [...this.byGroup.keys()];
  }

  private nationOfTopic(topic: Topic): Nation | undefined {
    const [kind, value] = topic.appliesTo.split(':');
    if (kind === 'nation') return value as Nation;
    if (kind === 'council') return this.nationOf.get(value);
    return undefined;
  }

  /** `matched` is the record whose questions matched the user's words best: used when the place is not known. */
  choose(group: string, given: Place, audience: Audience = 'parent', hints: Hints = {}): Choice | undefined {
    const variants = this.byGroup.get(group);
    if (!variants?.length) return undefined;
    const place: Place = !given.council && !given.nation && hints.nation ? { nation: hints.nation } : given;
    const nation = place.nation ?? (place.council ? this.nationOf.get(place.council) : undefined);
    const exact = place.council && variants.find((v) => v.appliesTo === `council:${place.council}`);
    if (exact) return { topic: exact, fit: 'council', variants };
    const national = nation && variants.find((v) => v.appliesTo === `nation:${nation}`);
    if (national) return { topic: national, fit: 'nation', variants };
    // A council's record stands for its nation when the user named only the nation ("in Scotland").
    const sameNation = !place.council && nation && variants.find((v) => this.nationOfTopic(v) === nation);
    if (sameNation) return { topic: sameNation, fit: 'nation', variants };
    const general = variants.find((v) => v.appliesTo === 'all');
    if (general) return { topic: general, fit: 'all', variants };
    const known = nation || place.council;
    // With no place, what the leaflets say between them (where an editor wrote that summary). The same when the
    // place is known but none of its leaflets covers this: better than one other council's rules and contacts.
    const summary = variants.find((v) => v.appliesTo === SUMMARY);
    if (summary) return { topic: summary, fit: known ? 'summary-elsewhere' : 'summary', variants };
    return this.chooseRecord(variants.filter((v) => v.appliesTo !== SUMMARY), known, audience, hints);
  }

  /** One place's record: for the person's role, the words they used and the meeting they named. */
  private chooseRecord(variants: Topic[], known: string | undefined, audience: Audience, hints: Hints): Choice {
    // With no place, the record for the person's role (a parent by default) whose questions matched best.
    const narrow = (list: Topic[], keep: (v: Topic) => boolean) => (list.some(keep) ? list.filter(keep) : list);
    const leafletFor = (v: Topic) => v.sources.map((s) => this.kb.leaflets.find((l) => l.id === s.leaflet));
    let pool = narrow(variants, (v) => v.audiences.includes(audience));
    // When the words fit one record clearly better than the others, that record; otherwise choose among equals.
    if (!known && hints.equallyMatched?.length) pool = narrow(pool, (v) => hints.equallyMatched!.includes(v.id));
    else if (!known && hints.matched && pool.some((v) => v.id === hints.matched)) pool = pool.filter((v) => v.id === hints.matched);
    // A leaflet written for this person (a parent's leaflet for a parent) before one written for others.
    pool = narrow(pool, (v) => leafletFor(v).some((l) => l?.audience.includes(audience)));
    if (hints.meeting) pool = narrow(pool, (v) => leafletFor(v).some((l) => l?.meetings.includes(hints.meeting!)));
    const best = (!known && pool.find((v) => v.id === hints.matched)) || pool[0];
    return { topic: best, fit: known ? 'other' : 'unknown-place', variants };
  }

  /** The short question that names a group on a button ("Who will be in the core group?"). */
  title(group: string, lang: Lang): string {
    if (group.startsWith(GLOSSARY)) {
      const g = this.kb.glossary.find((x) => GLOSSARY + x.id === group);
      return g ? t(lang, 'glossary.buttonTitle', { term: g.term[lang] }) : group;
    }
    // A question that names no place, from a record for parents where there is one.
    const variants = [...(this.byGroup.get(group) ?? [])].sort((a, b) => Number(b.audiences.includes('parent')) - Number(a.audiences.includes('parent')));
    const wellFormed = (x: string) => /^\p{Lu}/u.test(x) && x.endsWith('?');
    for (const v of variants) {
      const q = v.questions[lang].find((x) => !this.placeWords.test(x) && wellFormed(x));
      if (q) return q;
    }
    for (const v of variants) {
      const q = v.questions[lang].find((x) => !this.placeWords.test(x));
      if (q) return q;
    }
    return variants[0]?.questions[lang][0] ?? group;
  }

  councilName(id: string, lang: Lang, short = false): string {
    const c = this.kb.councils.find((x) => x.id === id);
    return c ? (short ? c.shortName[lang] : c.name[lang]) : id;
  }

  /** "From Staffordshire County Council's leaflet for parents and carers, February 2008." */
  sourceLine(leafletId: string, lang: Lang): string {
    const l = this.kb.leaflets.find((x) => x.id === leafletId);
    if (!l) return '';
    const council = this.councilName(l.council, lang);
    const audience = t(lang, `audience.${l.audience[0]}`);
    if (!l.published) return t(lang, 'answer.sourceUndated', { council, audience, title: l.title[lang] });
    const [year, month] = l.published.split('-').map(Number);
    const date = `${t(lang, `months.${month - 1}`)} ${year}`;
    return t(lang, 'answer.source', { council, audience, title: l.title[lang], date });
  }

  /** "From the leaflets of Barnsley and Staffordshire." for an answer drawn from several. */
  summarySourceLine(leafletIds: string[], lang: Lang): string {
    const councils = [...new Set(leafletIds.map((id) => this.kb.leaflets.find((l) => l.id === id)?.council).filter((c): c is string => !!c))]
      .map((c) => this.councilName(c, lang, true));
    const last = councils[councils.length - 1] ?? '';
    // Welsh "a" becomes "ac" before a vowel ("Barnsley ac Argyll a Bute").
    const and = /^[aeiouwyâêîôûŵŷ]/i.test(last) ? 'answer.listAndVowel' : 'answer.listAnd';
    const list = councils.length > 1 ? t(lang, and, { first: councils.slice(0, -1).join(', '), last }) : last;
    return t(lang, 'answer.sourceSummary', { councils: list });
  }

  /** Leaflets printed long ago: say so (contacts and rules may have changed). With several leaflets, name whose. */
  ageNote(leafletId: string, lang: Lang, named = false, now = new Date()): string | undefined {
    const l = this.kb.leaflets.find((x) => x.id === leafletId);
    if (!l?.published) return undefined;
    const year = Number(l.published.slice(0, 4));
    if (now.getUTCFullYear() - year < 8) return undefined;
    return named ? t(lang, 'answer.oldLeafletOf', { year, council: this.councilName(l.council, lang, true) }) : t(lang, 'answer.oldLeaflet', { year });
  }

  /** The parts of an answer: the answer, its source, any note about place or age, and what to ask next. */
  answer(group: string, lang: Lang, place: Place, audience: Audience = 'parent', hints: Hints = {}): ReplyParts | undefined {
    if (group.startsWith(GLOSSARY)) return this.definition(group, lang);
    const choice = this.choose(group, place, audience, hints);
    if (!choice) return undefined;
    const { topic, fit, variants } = choice;
    const paragraphs = [topic.answer[lang]];
    const sources = [...new Set(topic.sources.map((s) => s.leaflet))];
    const summary = fit === 'summary' || fit === 'summary-elsewhere';
    if (summary) paragraphs.push(this.summarySourceLine(sources, lang));
    else paragraphs.push(sources.map((s) => this.sourceLine(s, lang)).join(' '));
    for (const s of sources) {
      const note = this.ageNote(s, lang, summary);
      if (note) paragraphs.push(note);
    }
    if (fit === 'summary') paragraphs.push(t(lang, 'answer.summaryDiffers'));
    // A record written for someone else (Herefordshire's leaflet speaks to supporters): say who it speaks to.
    const writtenFor = topic.audiences.length === 1 && !topic.audiences.includes(audience) ? topic.audiences[0] : undefined;
    const leafletCouncil = this.kb.leaflets.find((l) => l.id === sources[0])?.council;
    if (writtenFor && leafletCouncil) paragraphs.unshift(t(lang, `answer.saysTo.${writtenFor}`, { council: this.councilName(leafletCouncil, lang, true) }));
    if (fit === 'summary-elsewhere') {
      const yours = place.council ? this.councilName(place.council, lang, true) : t(lang, `nation.${place.nation}`);
      // First: what they asked about is not in their council's leaflets, before what other councils do.
      paragraphs.unshift(t(lang, 'answer.notCoveredForYours', { yours }));
    }
    const placeCouncil = topic.appliesTo.startsWith('council:') ? topic.appliesTo.slice('council:'.length) : undefined;
    if (fit === 'other' && placeCouncil && place.council) {
      paragraphs.push(t(lang, 'answer.otherCouncil', { council: this.councilName(placeCouncil, lang, true), yours: this.councilName(place.council, lang, true) }));
    } else if (fit === 'other' || (fit === 'unknown-place' && placeCouncil)) {
      paragraphs.push(t(lang, variants.length > 1 ? 'answer.differs' : 'answer.localRule', { council: this.councilName(placeCouncil ?? '', lang, true) }));
    }
    const buttons: Button[] = [];
    if ((fit === 'unknown-place' || fit === 'summary') && variants.length > 1) {
      for (const v of variants) {
        const c = v.appliesTo.split(':')[1];
        if (v !== topic && v.appliesTo.startsWith('council:')) buttons.push({ title: this.councilName(c, lang, true), value: t(lang, 'answer.whatAbout', { place: this.councilName(c, lang, true) }) });
        if (v !== topic && v.appliesTo.startsWith('nation:')) buttons.push({ title: t(lang, `nation.${c}`), value: t(lang, `answer.whatAboutNation.${c}`) });
      }
    }
    for (const f of topic.followUps) if (this.hasGroup(f) && f !== group) buttons.push({ title: this.title(f, lang), value: this.title(f, lang) });
    return { paragraphs, buttons: buttons.slice(0, 5) };
  }

  definition(group: string, lang: Lang): ReplyParts | undefined {
    const g = this.kb.glossary.find((x) => GLOSSARY + x.id === group);
    if (!g) return undefined;
    const sources = [...new Set(g.sources.map((s) => s.leaflet))];
    return {
      paragraphs: [t(lang, 'glossary.definition', { term: g.term[lang], definition: g.definition[lang] }), sources.map((s) => this.sourceLine(s, lang)).join(' ')],
      buttons: [],
    };
  }
}
