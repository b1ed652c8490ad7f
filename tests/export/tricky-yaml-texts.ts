import { seededRandom } from '../bench/generate-articles';

/**
 * Values that sit on each edge of what YAML reads as plain text, quoted or not: the quick
 * front-matter writer (export) and reader (import) must decline each or agree with the YAML library.
 */
export const TRICKY_YAML_TEXTS: readonly string[] = [
  'plain words',
  "It's: a #test",
  'x:y',
  'ends with colon:',
  'a #b',
  'a#b',
  ' lead',
  'trail ',
  '',
  'yes',
  'No',
  'ON',
  'null',
  '~',
  '=',
  '<<',
  'true',
  '1:20',
  '2024-01-01',
  '2026-11-30T10:00:00.000Z',
  '+1',
  '-1',
  '-x',
  '- x',
  '.5',
  '.inf',
  '1_000',
  '12 "quoted"',
  '12\\back',
  '12 ',
  '? q',
  '[x',
  'a, b]',
  '{a}',
  '@at',
  '`tick',
  '%pct',
  '!tag',
  '&anchor',
  '*alias',
  '|block',
  '>fold',
  'a "b"',
  "q'uote",
  'a\\b',
  'line\nbreak',
  'tab\there',
  '\u200b',
  'zwj👩‍💻',
  'bidi\u202e',
  'nbsp\u00a0',
  'ls\u2028ps',
  'Привет, мир',
  'مقال عن',
  'café 😀',
  'https://example.com/a?b=c#d',
  'no',
  'Null',
  'FALSE',
  '0.5',
  '"quoted"',
  "'single'",
];

const YAML_SIGNIFICANT = [
  ...'ab :#-"\'\\?,[]{}&*!|>%@`~0123456789.+=<\t\n',
  'ü',
  '\u200b',
  '😀',
  ' - ',
  'yes',
];

/** `count` short random texts (1 to 8 pieces each) of characters YAML gives a meaning to; deterministic per seed. */
export function randomYamlTexts(count: number, seed: number): string[] {
  const rand = seededRandom(seed);
  const pick = () => YAML_SIGNIFICANT[Math.floor(rand() * YAML_SIGNIFICANT.length)] ?? '';
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(rand() * 8) }, pick).join(''),
  );
}
