// Places and roles named in a message: a council (English or Welsh name, alias or town), a nation,
// and cues about who is asking (supporter, advocate, professional, a young person about their own conference).
import { mutatedForms } from './welsh-mutations.js';
import type { KnowledgeBase } from '../knowledge/load.js';
import type { Audience, Nation } from '../knowledge/schema.js';
import { fold } from './normalise.js';
import { choosePlace, type PlaceMention } from './place-choice.js';

export const ROLES = ['parent', 'supporter', 'professional', 'advocate', 'young-person'] as const;
export type Role = (typeof ROLES)[number];

/** Whom the answers are written for: an advocate reads the professionals' rules; a parent by default. */
export function audienceOf(role: Role | undefined): Audience {
  if (role === 'supporter' || role === 'young-person') return role;
  return role === 'professional' || role === 'advocate' ? 'professional' : 'parent';
}

export type Meeting = 'conference' | 'core-group';
/** termNation: the nation whose word the message uses ("CPPM" is Scotland's, "Care and Support Protection Plan" Wales's):
 *  a hint for which leaflet to answer from when the place is not known, never remembered as the user's place. */
export interface Entities { council?: string; nation?: Nation; termNation?: Nation; role?: Role; meeting?: Meeting; placeText: string[]; morePlaceText?: string[] }

/** Also as parents name them without the leaflets' words: "the smaller meetings", "y cyfarfod mawr". */
const CORE_GROUP = /\b(core ?-?groups?|cor groups?|cgs?|grwp craidd|grwpiau craidd|ngrwp craidd|smaller (?:meetings?|groups?)|small meetings?|little meetings?|(?:c|g)yfarfod(?:ydd)? bach|(?:c|g)wrdd bach|grwp bach)\b/;
const CONFERENCE = /\b(conferen\w*|confren\w*|cppms?|icpc|rcpc|planning meetings?|(c|g|ch|ngh)ynhadledd|cynadleddau|gynadleddau|(?:the|next|first) big meetings?|the main meetings?|(?:c|g)yfarfod(?:ydd)? mawr|(?:c|g)wrdd mawr)\b/;
/** The message with the meetings it names taken out (or named as another): "and at core groups?" after an answer asks
 *  the same again. */
export function withoutMeetings(folded: string, instead = ' '): string {
  // …with what names them in full: "a beth am y gynhadledd amddiffyn plant yn Barnsley?" ("the child protection conference").
  const unqualified = folded.replace(/\b(?:child protection|cp|initial|review) (?=conferen|core ?groups?|planning meetings?|cppm)/g, ' ')
    .replace(/(ynhadledd|ynadleddau|yfarfod|grwp craidd) amddiffyn (?:plant|plentyn)\b/g, '$1');
  return unqualified.replace(new RegExp(CORE_GROUP.source, 'g'), instead).replace(new RegExp(CONFERENCE.source, 'g'), instead);
}
/** The meetings a (folded) message names: a core group, a conference (a CPPM in Scotland), both or neither. */
export function meetingsNamed(folded: string): Set<Meeting> {
  const out = new Set<Meeting>();
  if (CORE_GROUP.test(folded)) out.add('core-group');
  if (CONFERENCE.test(folded)) out.add('conference');
  return out;
}

/** The words a (folded) message names its one meeting by ("cppm", "core group"), as written. */
export function meetingWords(folded: string): string | undefined {
  return (folded.match(CORE_GROUP) ?? folded.match(CONFERENCE))?.[0];
}

const NATION_WORDS: [Nation, RegExp][] = [
  ['wales', /\b(wales|welsh (council|rules|procedures|law)|cymru|nghymru|yng nghymru|gymru)\b/],
  ['scotland', /\b(scotland|scottish|yr alban|alban)\b/],
  ['england', /\b(england|english (council|rules|procedures|law)|lloegr|loegr|yn lloegr)\b/],
];
const TERM_NATIONS: [Nation, RegExp][] = [
  ['scotland', /\b(cppms?|child protection planning meetings?|cyfarfodydd? cynllunio amddiffyn plant)\b/],
  ['wales', /\b(care (and|&) support protection plans?|(c|g|ng)ynllun amddiffyn gofal a chymorth)\b/],
];
const ROLE_WORDS: [Role, RegExp][] = [
  ['supporter', /\b(i'?m|i am|as|im) (a |the |her |his |their )?supporter\b|\b(?:gofyn|ofyn) i (?:fi |mi )?(?:fod|bod) yn (?:supporter|gefnogwr)\b|\bfod yn (?:supporter|gefnogwr) i\b|\b(go|going|come|coming|went|be there|sit in) as (my|her|his|their|a) ((friend|mate|sister|brother|daughter|son|mum|mam|neighbour|niece|nephew|cousin)'?s )?support(er)?\b|\b(supporting|support) (my|a|her|his) (best friend|best mate|friend|mate|sister|brother|daughter|son|mum|mam|dad|niece|nephew|cousin|neighbour)\b|\b(go|come|going|coming|went|sit in|be there) with (my|her|his) (friend|mate|sister|brother|daughter|son|mum|mam|dad|niece|nephew|cousin|partner|neighbour|grandson|granddaughter) to (her|his|their|the) (core group|conference|meeting)\b|\b(for|with) (my|her|his) (friend|mate|sister|brother|daughter|son|niece|nephew|cousin|neighbour) at (her|his|their) (core group|conference|meeting)\b|\b(daughter|son|sister|brother|friend|mate|niece|nephew|cousin|neighbour) (wants|asked|has asked|want) me (to come|to go|to be there|there|at (her|his|the))\b|\b(?:she|he) (?:wants|asked|has asked|would like) me (?:there |to (?:come|go|be there) )?with (?:her|him)\b|\b(instead of|in place of) (my|her|his) (daughter|son|sister|brother|friend|mate|mum|mam|dad)\b|\bin (my|her|his) (daughter|son|sister|brother|friend|mate)'?s place\b|\byn lle ?(fy |'r |y )?(merch|ferch|mab|fab|chwaer|brawd|ffrind)\b|\b(fynd|mynd|dod|ddod) (i'?r (grwp craidd|core group|gynhadledd|cyfarfod) )?yn ei (le|lle) (fo|o|e|hi)\b|\b(mynd|fynd|dod|ddod|dwad|ddwad) (efo|gyda|hefo) ?(fy |'?r |'?n |y )?(merch|ferch|mab|fab|chwaer|ffrind|mam|fam) i'?(?:r|w) (core group|grwp craidd|grŵp craidd|gynhadledd|cyfarfod|meeting)\b|\b(rwy'?n|rydw i'?n|dw ?i'?n|wi'?n|fi'?n|fel|fi yw|fi ydy|fi ydi|fi di|fi oedd|fi o'?dd|o'?n i'?n|ro'?n i'?n|roeddwn i'?n) (y |'?r )?((g|c)efnogwr|supporter)\b|\b(c|g)efnogwr (ydw i|ydwi|dw i|dwi)\b|\b(i'?m|i am|im) (a |the |her |his )?(friend|mate|neighbour|best friend) (of|to) (the|her|his|their) (mum|mam|mom|dad|parents?|mother|father)\b|\b(rwy'?n|rydw i'?n|dw ?i'?n|wi'?n|fi'?n) ffrind (i'?r|i) (fam|mam|tad|dad|rhiant|rhieni)\b|\b(?:gofyn|ofyn) i (?:fi|mi) (?:ddod|fynd|ddwad|dod|mynd) (?:efo|gyda|hefo|'da) (?:hi|fo|o|e|fe)\b|\b(?:dod|ddod|mynd|fynd|dwad|ddwad|efo hi|gyda hi|hefo hi|efo fo|gyda fe)\b.{0,40}\bi'?w (?:chefnogi|gefnogi)\b/],
  ['advocate', /\b(i'?m|i am|as|im) (an |the )?advocate\b|\b(rwy'?n|rydw i'?n|dw ?i'?n|wi'?n|fi'?n|fel) (eiriolwr|heiriolwr|eiriolwraig|advocate)\b|\b(eiriolwr|eiriolwraig|advocate) (ydw i|ydwi|dw i|dwi|wi|odw i|odw)\b(?! ddim)/],
  ['professional', /\b(i'?m|i am|im|as) (a |an |the )?(?:(?:fairly |quite |very )?(?:new|newly qualified|student|trainee|experienced|senior|junior|qualified|locum|agency|lead|duty|specialist|community|named) )?(teacher|health visitor|social worker|gp|doctor|nurse|practice nurse|police officer|probation officer|professional|practitioner|midwife|school nurse|youth worker|support worker|family support worker|designated safeguarding lead|dsl|head teacher|headteacher|teaching assistant|nursery worker|pcso|substance misuse worker|drugs? worker|drug and alcohol worker|(?:adult )?mental health (?:worker|nurse|practitioner)|cpn|domestic (?:violence|abuse) worker|idva|early help worker|paediatrician|advocacy worker)\b|\b(rwy'?n|rydw i'?n|dw ?i'?n|wi'?n|w i'?n|fi'?n|fel) (athro|athrawes|ymwelydd iechyd|weithiwr cymdeithasol|gweithiwr cymdeithasol|meddyg|nyrs|heddwas|swyddog prawf|weithiwr proffesiynol|gweithiwr proffesiynol|gweithwraig broffesiynol|weithwraig broffesiynol|health visitor|social worker|teacher|school nurse|practice nurse|nurse|gp|midwife|police officer|probation officer|youth worker|support worker|family support worker)\b|\b(athro|athrawes|ymwelydd iechyd|gweithiwr cymdeithasol|meddyg|meddyg teulu|nyrs|nyrs ysgol|heddwas|swyddog prawf|gweithiwr proffesiynol|bydwraig) (ydw i|ydwi|dw i|dwi|ydw|wi|odw i|odw)\b(?! ddim)|\b(g|w)?(weithiwr|weithwraig) [a-zâêîôûŵŷ' ]{3,40}? (ydw i|ydwi|dw i|dwi|wi|odw i|odw)\b(?! ddim|'?n)|^\W*(teacher|health visitor|hv|social worker|gp|nurse|school nurse|practice nurse|midwife|practitioner|professional|designated safeguarding lead|dsl|head teacher|headteacher|police officer|probation officer) here\b|\bi (work|am working|'?m working) (for|in|at) (the |a )?(nhs|health service|health|school|police|nursery|gp surgery|surgery|hospital|camhs|probation service|probation)\b|\bi (work|am working|'?m working) with (the|her|his|their) (mum|mam|mother|dad|father|parents?|family)\b|\b(rwy'?n|dw ?i'?n|wi'?n|fi'?n) gweithio (efo|gyda|hefo)'?r (fam|tad|rhieni|teulu)\b|\b(rwy'?n|dw ?i'?n) gweithio (i'?r|yn yr?|mewn|gyda'?r|efo'?r|hefo'?r) ?(gwasanaeth iechyd|ysgol|heddlu|feithrinfa|meithrinfa|ysbyty|feddygfa|meddygfa|gwasanaeth prawf)\b/],
  ['parent', /\b(i'?m|i am|im) (a |the |his |her |their )?(mum|mam|mom|dad|mother|father|parent|carer|step ?mum|step ?dad|foster carer|grandparent|nan|nana|nanna|nain|taid|gran|granny|grandma|grandmother|grandad|grandfather)\b|\b(my|fy) (son|daughter|child|kids|baby|children|mhlentyn|mhlant|mab|merch)\b|\b(?:ma|mae)'?n (?:crwt|mab|merch|plant|babi|hogyn|hogan|groten|croten) i\b/],
  // After "parent": "I'm 17 and my baby is on a plan" is a young parent. A child's age, or a meeting about "me".
  ['young-person', /\b(i'?m|i am|im) (only |just )?(1[0-7]|[89]|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)( years? old| yrs? old| yo| y\/o)?\b(?! (weeks?|months?|days?|minutes?|mins?|hours?)\b| and (pregnant|expecting)\b)|\b(conference|core group|meeting|plan|cppm)s? (is |are |was )?(all )?about me\b|\bmy own (conference|core group|meeting|plan|child protection)\b|\b(i'?m|i am|im) the (child|young person|kid)\b|\bas a young person\b|\b(rwy'?n|dw ?i'?n|dwi'?n|wi'?n|w i'?n|fi'?n|dw ?i n|wi n|fi n) (1[0-7]|[89])( oed| mlwydd oed)?\b(?! (wythnos|mis|diwrnod|munud|awr|blwyddyn)|(oed|mlwydd))|\b(rwy'?n|dw ?i'?n|dwi'?n) (wyth|naw|deg|un ar ddeg|deuddeg|tri ar ddeg|pedwar ar ddeg|pymtheg|un ar bymtheg|dau ar bymtheg) (oed|mlwydd oed)\b|\b(gynhadledd|cynhadledd|grwp craidd|cyfarfod|gyfarfod|cynllun) (i )?amdana ?(i|fi)\b|\b(gynhadledd|cynhadledd|grwp craidd|core group|conference|cyfarfod|gyfarfod|cppm) am (i|fi)(?=\s*(?:$|[.,?!]|a |ac |yn ))/],
];

export class EntityFinder {
  private readonly places: { council: string; pattern: RegExp; length: number }[] = [];
  private readonly nationOf = new Map<string, Nation>();

  constructor(kb: KnowledgeBase) {
    for (const c of kb.councils) {
      this.nationOf.set(c.id, c.nation);
      const names = new Set<string>([c.name.en, c.name.cy, c.shortName.en, c.shortName.cy, ...c.aliases, ...c.towns].map(fold));
      // Welsh mutates place names too: "ym Mhrestatyn", "yn Ninbych", "i Farnsley". Short names are left alone
      // ("Bute" would become "mute").
      for (const n of [...names]) if (n.length >= 6) for (const m of mutatedForms(n)) names.add(m);
      for (const n of names) {
        if (n.length < 3) continue;
        // (Hyphens and spaces alike: "ross on wye" is Ross-on-Wye, as people type it on a phone.)
        const name = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[-\s]+/g, '[-\\s]+');
        this.places.push({ council: c.id, pattern: new RegExp(`(^|[^a-z0-9])${name}(?=$|[^a-z0-9])`, 'g'), length: n.length });
      }
    }
    // Longest names first, by the name itself (not its pattern, which spaces lengthen).
    this.places.sort((a, b) => b.length - a.length);
  }

  find(text: string): Entities {
    const folded = fold(text);
    const out: Entities = { placeText: [] };
    // Every place named, longest names first, each stretch of the message counted once ("argyll and bute", not "bute").
    const mentions: PlaceMention[] = [];
    const taken: [number, number][] = [];
    for (const p of this.places) {
      for (const m of folded.matchAll(p.pattern)) {
        const start = m.index + m[0].length - m[0].replace(/^[^a-z0-9]/, '').length;
        const end = m.index + m[0].length;
        if (taken.some(([a, b]) => start < b && end > a)) continue;
        taken.push([start, end]);
        mentions.push({ council: p.council, index: start, text: folded.slice(start, end) });
      }
    }
    // The council asked about; its other names and towns there are named too ("in Argyll and Bute? my sister lives in
    // Oban"), apart: "the West Mercia procedures" in Herefordshire is a term, not where someone lives. Other councils
    // named ("we've moved from Barnsley") are taken out of the question with the place.
    out.council = choosePlace(folded, mentions);
    if (out.council) {
      out.nation = this.nationOf.get(out.council);
      const [first, ...more] = mentions.filter((m) => m.council === out.council);
      out.placeText.push(first.text);
      for (const m of more) if (!first.text.includes(m.text) && !out.morePlaceText?.includes(m.text)) (out.morePlaceText ??= []).push(m.text);
      for (const m of mentions) if (m.council !== out.council) out.placeText.push(m.text);
    }
    if (!out.nation) {
      for (const [nation, re] of NATION_WORDS) {
        const m = re.exec(folded);
        if (m) {
          out.nation = nation;
          out.placeText.push(m[0]);
          break;
        }
      }
    }
    if (!out.nation) out.termNation = TERM_NATIONS.find(([, re]) => re.test(folded))?.[0];
    const named = meetingsNamed(folded);
    if (named.has('core-group')) out.meeting = 'core-group';
    else if (named.has('conference')) out.meeting = 'conference';
    for (const [role, re] of ROLE_WORDS) {
      if (re.test(folded)) {
        out.role = role;
        break;
      }
    }
    return out;
  }

  nationOfCouncil(council: string): Nation | undefined {
    return this.nationOf.get(council);
  }
}
