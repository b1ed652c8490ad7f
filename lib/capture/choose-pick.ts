import { collapse, linkDensity } from './block-context.ts';
import { normalize } from './find-lead.ts';
import type { ArticlePick } from './pick-article.ts';

// When to doubt our pick (each measured on the development corpora; see the README's extraction notes):
// it lacks the first paragraphs after the headline, or it is widget-sized (less prose than this, and
// less than this share of the prose the pre-pass left: a box instead of the post; a long read amid a
// page of related stories is not in doubt),
const WIDGET_PROSE = 2_000;
const PICKED_SHARE = 0.25;
// or this much of its text sits in links (the menus came with it).
const LINK_SHARE = 0.3;

// When plain Readability's pick is clearly better: ours has less than half its prose and most of our
// words are not in it (a different, smaller block: a footer widget instead of the post),
const LESS_PROSE = 0.5;
const DIFFERENT_BLOCK = 0.5;
// or ours holds its text and much more link text (it grew to take in the header and the menus).
const MORE_LINKS = 0.2;
const SAME_TEXT = 0.8;

/** A pick's text, measured once. */
interface Measured {
  text: string;
  linkShare: number;
  /** Text outside links, in characters. */
  prose: number;
  /** Its distinct words, worked out on first use: only a doubtful pick needs them. */
  words: () => Set<string>;
}

/**
 * Keeps `ours` unless the pre-pass may have cost the article, in which case `plain()` (Readability on
 * the untouched page) is worked out too and taken when ours is clearly worse: no text, a different
 * block (without any of the first paragraphs after the headline, `leads()`, where theirs holds one, or with much less
 * prose), or the same text buried in more links. Our clean-up must never do worse
 * than Readability alone, and the second pick is only paid for when there is a doubt.
 */
export function choosePick(
  ours: ArticlePick,
  plain: () => ArticlePick,
  leads: () => string[] = () => [],
): ArticlePick {
  const mine = ours.root ? measure(ours.root) : null;
  const opening = leads();
  const holdsLead = (text: string): boolean => {
    // A lead is letters, digits and single spaces: found as it is in the lower-cased text (and not
    // ending in a space, which trimming could take), it is in the normalized text too. Most picks
    // hold it so, and a book-length text is not normalized for nothing.
    const lowered = text.toLowerCase();
    if (opening.some((lead) => !lead.endsWith(' ') && lowered.includes(lead))) return true;
    const normalized = normalize(text);
    return opening.some((lead) => normalized.includes(lead));
  };
  const missesLead = !!mine && opening.length > 0 && !holdsLead(mine.text);
  // Any letter or digit will do here: the word set is only built when there is a doubt.
  if (mine && /[\p{L}\p{N}]/u.test(mine.text) && !missesLead && !doubtful(ours, mine)) return ours;
  const theirs = plain();
  if (!theirs.root) return ours;
  const other = measure(theirs.root);
  if (!mine || mine.words().size === 0) return other.words().size > 0 ? theirs : ours;
  // A different block: theirs holds the paragraph after the headline, ours does not.
  if (missesLead && holdsLead(other.text)) return theirs;
  const shared = overlap(mine.words(), other.words());
  const differentSmaller =
    mine.prose < other.prose * LESS_PROSE && shared / mine.words().size < DIFFERENT_BLOCK;
  const buriedInLinks =
    mine.linkShare > other.linkShare + MORE_LINKS && shared / Math.max(1, other.words().size) >= SAME_TEXT;
  return differentSmaller || buriedInLinks ? theirs : ours;
}

function doubtful(pick: ArticlePick, measured: Measured): boolean {
  const { pageProse, removedProse } = pick.removal;
  // Not "the pre-pass removed most of the prose": on the development corpora that is a comment
  // thread every time, and plain Readability's pick never won there.
  const widgetSized = measured.prose < Math.min(WIDGET_PROSE, (pageProse - removedProse) * PICKED_SHARE);
  return widgetSized || measured.linkShare > LINK_SHARE;
}

function measure(root: Element): Measured {
  const text = collapse(root.textContent ?? '');
  const linkShare = linkDensity(root, text.length);
  let words: Set<string> | undefined;
  return {
    text,
    linkShare,
    prose: text.length * (1 - linkShare),
    words: () => (words ??= new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])),
  };
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared;
}
