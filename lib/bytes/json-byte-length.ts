import { utf8ByteLength } from '../articles/utf8-byte-length';

/** Control characters with a two-character escape (\b \t \n \f \r); the others take six (\u00XX). */
const SHORT_ESCAPES = new Set([0x08, 0x09, 0x0a, 0x0c, 0x0d]);

/** A unit that is not one byte as written in JSON: a control character, a quote, a backslash, past ASCII. */
const NEEDS_COUNTING = /[^\x20\x21\x23-\x5b\x5d-\x7e]/;

/**
 * The bytes `text` takes as a JSON string in UTF-8, its quotes and escapes included: one pass over
 * its UTF-16 units, cheaper for a record's short fields than a call into the encoder for each.
 */
function stringBytes(text: string): number {
  // Most text is printable ASCII with nothing to escape: one byte a unit, found by the regex engine.
  if (!NEEDS_COUNTING.test(text)) return text.length + 2;
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      if (unit >= 0x20) bytes += unit === 0x22 || unit === 0x5c ? 2 : 1;
      else bytes += SHORT_ESCAPES.has(unit) ? 2 : 6;
    } else if (unit < 0x800) bytes += 2;
    else if (unit < 0xd800 || unit > 0xdfff) bytes += 3;
    else {
      const next = text.charCodeAt(i + 1);
      // A pair is one character of four bytes; a lone half is written as \uXXXX.
      if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 6;
    }
  }
  return bytes;
}

/** Whether JSON leaves this value out of an object (and writes null for it in a list). */
const unwritten = (value: unknown) =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol';

/**
 * The number of bytes of `JSON.stringify(value)` in UTF-8, counted without writing the text: the
 * library's storage line measures 100,000 records, and their JSON texts were tens of megabytes of
 * strings made only to be measured and swept. Plain data only: a value with its own `toJSON` (a
 * date) is measured by writing it.
 */
export function jsonByteLength(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return stringBytes(value);
    case 'number':
      return Number.isFinite(value) ? String(value).length : 4;
    case 'boolean':
      return value ? 4 : 5;
    case 'object': {
      if (value === null) return 4;
      if (Array.isArray(value)) {
        let bytes = 2 + Math.max(0, value.length - 1);
        for (const item of value) bytes += unwritten(item) ? 4 : jsonByteLength(item);
        return bytes;
      }
      if (typeof (value as { toJSON?: unknown }).toJSON === 'function')
        return utf8ByteLength(JSON.stringify(value));
      let bytes = 2;
      let fields = 0;
      const fieldsOf = value as Record<string, unknown>;
      for (const key in fieldsOf) {
        if (!Object.hasOwn(fieldsOf, key)) continue;
        const field = fieldsOf[key];
        if (unwritten(field)) continue;
        bytes += stringBytes(key) + 1 + jsonByteLength(field);
        fields++;
      }
      return bytes + Math.max(0, fields - 1);
    }
    default:
      return 0;
  }
}
