// Removes personal details before anything a user typed is kept for content editors.
const RULES: [RegExp, string][] = [
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '[email]'],
  [/(?:\+44\s?|\b0)(?:\d[\s-]?){9,10}\b/g, '[phone]'],
  [/\b[A-Z]{1,2}\d{1,2}[A-Z]?\s?\d[A-Z]{2}\b/gi, '[postcode]'],
  [/\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/g, '[date]'],
  [/\b(my name is|my name's|i am called|i'm called|call me|this is|fy enw i yw|fy enw yw|fy enw i ydy|fy enw ydy|dw i'n cael fy ngalw|enw fi yw)\s+([\p{L}'-]+(?:\s+[\p{L}'-]+)?)/giu, '$1 [name]'],
  [/\b\d{1,4}\s+[\p{L}]+\s+(street|road|avenue|lane|close|drive|way|court|crescent|stryd|heol|ffordd|lon)\b/giu, '[address]'],
];

/** Capitalised words after the first word look like names ("my son Jack"), except words the bot knows. */
function redactNames(text: string, known: Set<string>): string {
  return text.replace(/(\S\s+)(\p{Lu}[\p{Ll}'-]+)/gu, (m, pre: string, word: string) => (known.has(word.toLowerCase()) ? m : `${pre}[name]`));
}

export function redact(text: string, knownWords: Set<string> = new Set()): string {
  let out = text;
  for (const [re, sub] of RULES) out = out.replace(re, sub);
  return redactNames(out, knownWords).slice(0, 500);
}
