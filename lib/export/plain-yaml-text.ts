/**
 * Text that a YAML 1.2 reader takes as that very text when written plain (unquoted) after `key: `
 * or `- `, for most of the cases that matter: it starts with none of YAML's indicators, nor as a
 * number, null or a date might, and holds no control, format or private character. Narrower than
 * YAML's own rule on purpose; the caller also checks for `: `, ` #` and keywords (`null`, `true`…).
 * The export's quick front matter writer and the import's quick reader share it.
 */
export const PLAIN_YAML_TEXT =
  /^[^\s\-?:,[\]{}#&*!|>'"%@`0-9+.~=<\\\p{C}](?:[^\t\p{C}\u2028\u2029]*[^\s:\p{C}\u2028\u2029])?$/u;
