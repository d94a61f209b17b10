// Welsh words are matched however they are mutated and however a plural ending is said.
import { radicalForms, welshForms, writtenEndingForms } from '../../understanding/welsh-mutations.js';

test('a soft-mutated word gives its radical form', () => {
  expect(radicalForms('benderfyniadau')).toContain('penderfyniadau');
  expect(radicalForms('gynhadledd')).toContain('cynhadledd');
});

test('spoken plural endings (-a in the north, -e in the south) give the written -au', () => {
  expect(writtenEndingForms('penderfyniada')).toEqual(['penderfyniadau']);
  expect(writtenEndingForms('pethe')).toEqual(['pethau']);
  expect(writtenEndingForms('plant')).toEqual([]);
  expect(writtenEndingForms('yma')).toEqual([]);
});

test('a spoken ending is only read as written when the knowledge base uses the written word', () => {
  const known = new Set(['penderfyniadau']);
  expect(welshForms('benderfyniada', known)).toEqual(expect.arrayContaining(['penderfyniada', 'penderfyniadau']));
  expect(welshForms('hynna', known)).not.toContain('hynnau');
});
