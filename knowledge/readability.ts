// Flesch-Kincaid grade level, with syllables counted by the `syllable` package.
import { syllable } from 'syllable';

/** Contacts and web addresses are read as a unit, not as long words: leave them out of the measure. */
const CONTACT_LIKE = /(\b[\w.+-]+@[\w-]+(\.[\w-]+)+)|(\bwww\.\S+)|(\b0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b)|(\b[A-Z]{1,2}\d{1,2}[A-Z]? ?\d[A-Z]{2}\b)/g;

export function words(text: string): string[] {
  return text.replace(CONTACT_LIKE, ' ').match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
}

export function sentenceCount(text: string): number {
  const parts = text.replace(CONTACT_LIKE, ' x ').split(/[.!?:;]+(?=\s|$)|\n+/).filter((s) => /[A-Za-z]/.test(s));
  return Math.max(1, parts.length);
}

export function fleschKincaidGrade(text: string): number {
  const w = words(text);
  if (w.length === 0) return 0;
  const syllables = w.reduce((n, word) => n + Math.max(1, syllable(word)), 0);
  return 0.39 * (w.length / sentenceCount(text)) + 11.8 * (syllables / w.length) - 15.59;
}

export function wordCount(text: string): number {
  return (text.match(/\S+/g) ?? []).length;
}
