import { collapseSpaces } from '../text/collapse-spaces.ts';

/**
 * Short texts that are page furniture on any site, in the languages we meet most. Each pattern matches
 * a block's whole text (trimmed, lower-cased, without trailing punctuation), never part of a sentence.
 */

/** Ad labels, widget chrome and calls to action that stand alone in a block. */
export const FURNITURE =
  /^(?:advertisements?|advertising|ad|ads|sponsored(?: content| links?)?|promoted(?: content)?|paid content|partner content|anzeige|werbung|publicidad|publicité|pubblicità|publicidade|advertentie|reklama|reklam|реклама|iklan|mainos|annonce|annons|広告|广告|廣告|광고|إعلان|اعلان|פרסומת|continue reading(?: below| the main story| the story)?|story continues(?: below(?: advertisement)?)?|article continues below(?: advertisement)?|read more|read full (?:story|article)|show more|load more|learn more|see more|view more|more|loading(?: content)?(?:\.\.\.|…)?|comments?|\d+ comments?|leave a comment|add a comment|view comments|show comments|join the discussion|reply|share(?: this(?: article| story| post)?| on \w+| via \w+)?|tweet|pin(?: it)?|email|e-mail|print(?: article| this(?: article| page)?)?|text size|font size|order reprints|reprints|copy link|link copied|close|caption|toggle caption|hide caption|expand|enlarge(?: this image)?|image \d+ (?:of|\/) ?\d*|\d+ of \d+|highlights|latest|popular|trending(?: now)?|most (?:read|popular|viewed|shared)|subscribe(?: now)?|sign up|sign in|log in|register|follow us|back to top|skip (?:to content|advert)|jump to comments|no related posts|comments powered by(?: disqus)?|listen to (?:this )?(?:article|story)|\d+ min(?:ute)?s? read|click to tweet|weiterlesen|mehr lesen|lire la suite|leer más|leia mais|continua a leggere|читать далее|baca selengkapnya)$/u;

/** Headings or labels that introduce lists of other stories, tags or author blurbs. */
export const OUTBOUND_LABEL =
  /^(?:related(?: (?:stories|articles|posts|content|coverage|news|links|reading|topics|videos?))?|(?:read|see) (?:more|also|next)|more (?:about|on|from|stories|news|articles|to read|like this|in [\p{L} ]+)(?: [\p{L}\p{N} '’.&-]{1,40})?|more great [\p{L} ]{1,30} stories|more articles(?: from| by)?(?: [\p{L}\p{N} '’.-]{1,40})?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended(?: for you| stories| reading| articles)?|don[’']?t miss(?: this)?|also (?:read|on|see)|what to read next|editor[’']?s picks?|top stories|latest (?:news|stories|articles|videos)|popular (?:now|stories|articles)|trending (?:stories|articles|now)|tags?|topics?|filed under|categories|category|keywords|about the authors?|about this author|themen|mehr zum thema|das könnte sie auch interessieren|lesen sie auch|à lire aussi|lire aussi|sur le même sujet|leia também|veja também|lee también|te puede interesar|noticias relacionadas|leggi anche|potrebbe interessarti|читайте также|по теме|baca juga|berita terkait|artikel terkait|اقرأ أيضا|اقرأ أيضاً|مقالات ذات صلة|קראו עוד|כתבות נוספות|相关阅读|相关文章|関連記事|관련 기사)$/u;

/** Headings over what readers add under a post: comments, trackbacks, the reply form. */
export const READERS_SECTION =
  /^(?:trackbacks?(?: pings| url)?|pingbacks?|trackbacks? (?:and|&) pingbacks|comments?|(?:\d+|one|no) (?:comments?|responses?|replies|trackbacks?)(?: to .{1,200})?|responses? to .{1,200}|leave a (?:reply|comment)|post a comment|add (?:a|your) comment|kommentare?|commentaires?|comentarios?)$/u;

/** The start of a one-line pointer to another story: "Read more: <link>". */
export const OUTBOUND_PREFIX =
  /^(?:(?:explore )?related(?: post| story| article| coverage| content| topics)?|filed under|tags?|topics?|categories|category|(?:read|see|watch|listen) (?:more|also|next)|also read|more|recommended|don[’']?t miss|related video|lesen sie auch|mehr dazu|lire aussi|à lire aussi|voir aussi|leia também|veja também|lee también|leer más|leggi anche|читайте также|baca juga|اقرأ أيضا|اقرأ أيضاً|קראו עוד|קרא עוד)\s*[:：»›>|-]/u;

/** Newsletter and subscription pitches. */
export const SUBSCRIBE_PITCH =
  /(?<!\p{L})(?:newsletters?|subscribe|subscription|sign up|signup|sign-up|inbox|email alerts|news alerts|abonnieren|abonnez|suscríbete|suscribete|assine|iscriviti|подпишитесь|berlangganan)(?!\p{L})/u;

/** Copyright and syndication lines. */
export const COPYRIGHT_LINE =
  /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b|\btous droits réservés\b|\balle rechte vorbehalten\b/u;

/** The opening of a longer notice on the rights to the text, and what such a notice goes on to forbid. */
export const RIGHTS_NOTICE_START =
  /^(?:©|\(c\)|copyright\b|this (?:document|article|story|material|content|page)\b[^.]{0,40}\b(?:is|are) (?:subject to|protected by) copyright)/u;
export const RIGHTS_NOTICE_TERMS =
  /\b(?:reproduced|republished|redistributed|rewritten|broadcast|written permission|all rights reserved)\b/u;

/** Section labels that sit beside a headline ("Analysis", "Opinion"). */
export const KICKER =
  /^(?:analysis|opinion|comment|commentary|column|editorial|review|feature|features|interview|exclusive|explainer|breaking(?: news)?|live|news|updated|sponsored|promoted|partner content|podcast|video|photos|gallery|essay|letters?|obituary|q&a|fact check|analyse|meinung|kommentar|análisis|opinión|analisi|opinione|análise|opinião|mening|анализ|мнение|تحليل|رأي|ניתוח|דעה)$/u;

/** Photo credit lines: "Photo: Jane Doe", "(Image: Getty)", "Image copyright EPA". */
export const CREDIT_LINE =
  /^\(?(?:photo|image|picture|credit|source|foto|bild|imagem|imagen|immagine|фото|صورة|צילום)s?(?:\s*(?:copyright|credit|source)\b\s*[:©]?|\s*[:©]|\s*(?:\.{2,}|…)|\s+by\b)\s*(?:[^.!?]|\.(?=[^\s)])|(?<=(?:^|[\s/])\p{L})\.){0,80}\)?$|^\(?(?:(?:[^.!?|/]|(?<=(?:^|[\s/])\p{L})\.){1,40}\s*[|/]\s*){0,3}(?:getty images?|getty|ap(?: photo| file| images)?|reuters|afp|epa|shutterstock|istock)(?:\s*\/\s*[^.!?]{1,40})?\)?$/u;

/** What players and embeds print when they cannot run: nothing a reader of the copy can use. */
export const EMBED_FALLBACK =
  /^(?:media playback is (?:unsupported|not supported)|your browser does not support|this (?:video|content|embed) (?:is not available|is unavailable|cannot be played)|please enable javascript|javascript is (?:required|disabled)|you need to enable javascript|to view this (?:video|content))/u;

/**
 * "Follow us on Twitter", "Get social with Sam at Instagram": the site's or writer's accounts; and
 * "Follow AP's full coverage of the election at <link>", the agency's pointer to its other stories.
 */
export const FOLLOW_PITCH =
  /^(?:follow|like|find|connect with|get social with|join) (?:us|me|[\p{L}\p{N}.'’& -]{1,60}?) (?:on|at|via) (?:twitter|facebook|instagram|google\+|linkedin|youtube|tumblr|pinterest|mastodon|threads|bluesky)\b|^(?:follow|see|read|find) (?:our|the|[\p{L}\p{N}.& -]{1,40}?['’]s) (?:full |complete |latest |continuing |ongoing |live )?coverage of .{1,120}? (?:at|on|here)\b/u;

/** How to reach the reporter: "Write to Sam Lee at sam@…", "Sam Lee can be reached at …". */
export const CONTACT_LINE =
  /^(?:write to|e-?mail|contact|reach) [\p{L} .'’-]{1,60} (?:at|via) \S+@\S+|\bcan be reached (?:at|by e-?mail|via)\b/u;

/** "We may earn a commission from links on this page", "This post contains affiliate links". */
export const AFFILIATE_DISCLOSURE =
  /\baffiliate links?\b|\b(?:earn|receive|get|make)s? (?:an? )?(?:small )?(?:affiliate )?commissions?\b.*\b(?:links?|purchases?|buy|shop)/u;

/** Newsroom credit lines under the article: "X contributed to this report.", "(Reporting by X; Editing by Y)". */
export const CONTRIBUTOR_LINE =
  /\bcontributed (?:reporting|to this (?:report|story|article))\b|^\(?(?:additional )?(?:reporting|writing) by\b.{1,200}\bedit(?:ing|ed) by\b/u;

/** A block's text made comparable: whitespace collapsed, lower-cased, trailing punctuation dropped. */
export function normalizeBlockText(text: string): string {
  return collapseSpaces(text)
    .trim()
    .toLowerCase()
    .replace(/^[\s|•·:»›>–—-]+|[\s|•·:.!…»›>–—-]+$/gu, '');
}
