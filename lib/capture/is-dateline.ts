/**
 * Recognises byline and dateline lines ("By Jane Doe | Sat 27 Sep 2025 // 08:38 UTC") that only repeat
 * what the front matter already holds: once dates, times, author names and their connecting words are
 * taken away, nothing is left.
 */

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|' +
  'januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|' +
  'janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|' +
  'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';
const WEEKDAYS =
  'mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|' +
  'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|' +
  'lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira';
// "a.m." comes first: alternation takes the first match, and "a" alone would leave "m." behind.
const CONNECTORS =
  'a\\.m|p\\.m|by|and|at|on|in|of|the|de|às|a|um|le|der|am|um|von|par|por|di|il|staff|writer|reporter|editor|correspondent|contributor|' +
  'published|updated|posted|modified|last|first|original|originally|created|written|date|time|' +
  'publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|atualizado|pubblicato|aggiornato|опубликовано|обновлено|' +
  'am|pm|utc|gmt|bst|cet|cest|est|edt|cst|cdt|mst|mdt|pst|pdt|ist|jst|aest|aedt|et|pt|ct|mt|' +
  'ago|now|today|yesterday|hours?|hrs?|minutes?|mins?|seconds?|days?|weeks?|read|reading|th|st|nd|rd';

const DATE_WORDS = new RegExp(`(?<![\\p{L}])(?:${MONTHS}|${WEEKDAYS}|${CONNECTORS})\\.?(?![\\p{L}])`, 'giu');
const DIGITS = /\p{N}+/gu;
const LEFTOVER_PUNCTUATION = /[\s|•·:;,./\\()[\]{}–—_+-]+/gu;

/** True when `text` holds a date, time or author name and nothing else but connecting words. */
export function isDateline(text: string, authors: readonly string[]): boolean {
  const compact = text.replace(/\s+/g, ' ').trim();
  if (compact === '' || compact.length > 160) return false;
  let rest = compact.toLowerCase();
  let named = false;
  // Longest names first, so "Jane Doe" goes before a co-author called "Jane".
  for (const author of [...authors].sort((a, b) => b.length - a.length)) {
    const name = author.toLowerCase().trim();
    if (name && rest.includes(name)) {
      named = true;
      rest = rest.split(name).join(' ');
    }
  }
  const dated =
    /\p{N}/u.test(rest) &&
    (DATE_WORDS.test(rest) || /\d{1,2}[:.]\d{2}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}/.test(rest));
  DATE_WORDS.lastIndex = 0;
  if (!named && !dated) return false;
  rest = rest.replace(DATE_WORDS, ' ').replace(DIGITS, ' ').replace(LEFTOVER_PUNCTUATION, '');
  return rest === '';
}
