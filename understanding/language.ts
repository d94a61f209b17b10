// Decides whether a message is Welsh or English. Short messages defeat statistical detectors, so
// franc-all (restricted to Welsh and English) is combined with Welsh and English function words; the
// channel's locale or the user's remembered language breaks ties.
import { franc } from 'franc-all';
import type { Lang } from '../knowledge/schema.js';
import { fold, tokenize } from './normalise.js';

const WELSH_CUES = new Set(('y yr yn mae maen ydy yw ydi beth pwy pryd sut ga gaf gawn alla allaf gallaf gallwch allwch fy ein eich ei eu dw dwi rwy rwyf ddim dim oes chi ni nhw ar gyda gyda efo am ble pam plis diolch os bydd fydd fyddai ydw ydych sydd syn oedd hefo fi ti wedi yng ngh nghyngor hyn hynny rhaid angen eisiau isio moyn cael gael neu ac ond hefyd wrth dros dan heb hi fe fo e o r n cynhadledd gynhadledd grwp craidd plentyn mhlentyn plant gweithiwr cymdeithasol cynllun cyfarfod gyfarfod cwyn gwyn nghwyn cefnogwr gefnogwr eiriolwr cymorth help helpu cymraeg saesneg dyddiad diwrnod heddiw ddoe mis mam tad ffrind ie be di pa mor aml dechrau eto dewislen bore da shwmae sal sut hwyl prynhawn noswaith croeso nage ia rwan nawr isio moyn dwi efo ganddo gen gyda fy nghyngor cyngor byw').split(' '));
const ENGLISH_CUES = new Set(('the is are was were what who when how why where can could should would will my your our their his her it this that these those do does did dont doesnt cant wont im ive to of in for with if about from not have has be been am an and or but so me we they you he she there here which whose child children kid kids meeting conference group plan social worker complain complaint someone friend mum dad help please thanks english welsh date day today yesterday need yes yeah yep nope no go back menu hi hiya hey hello there near live lives mean means start again thank thanks bye morning please want get got any').split(' ').filter((w) => w !== 'be'));

export interface LanguageGuess { lang: Lang; confident: boolean; cy: number; en: number; franc: string }

/** An explicit request to change language ("Cymraeg", "in English please", "Saesneg"), or undefined. */
export function explicitLanguageSwitch(text: string): Lang | undefined {
  const f = fold(text).replace(/[^a-z ]/g, '').trim();
  if (/^(cymraeg|yn gymraeg|welsh|in welsh|welsh please|cymraeg plis|cymraeg os gwelwch yn dda|newid i gymraeg|switch to welsh)$/.test(f)) return 'cy';
  if (/^(english|in english|english please|saesneg|yn saesneg|saesneg plis|newid i saesneg|switch to english)$/.test(f)) return 'en';
  return undefined;
}

export function detectLanguage(text: string, prior: Lang): LanguageGuess {
  const folded = fold(text);
  const words = tokenize(folded);
  let cy = 0;
  let en = 0;
  for (const w of words) {
    if (WELSH_CUES.has(w)) cy++;
    if (ENGLISH_CUES.has(w)) en++;
  }
  if (/[ŵŷâêîôû]/i.test(text)) cy += 1;
  if (/\b\w*(dd|ll|ch|ngh|mh|nh)\w*\b/.test(folded) && words.some((w) => /^(ngh|mh|nh)/.test(w) || /dd$/.test(w))) cy += 0.5;
  const f = folded.length >= 10 ? franc(folded, { only: ['cym', 'eng'], minLength: 10 }) : 'und';
  if (f === 'cym') cy += 0.75;
  if (f === 'eng') en += 0.75;
  if (cy === en) return { lang: prior, confident: false, cy, en, franc: f };
  const lang: Lang = cy > en ? 'cy' : 'en';
  return { lang, confident: Math.abs(cy - en) >= 1, cy, en, franc: f };
}
