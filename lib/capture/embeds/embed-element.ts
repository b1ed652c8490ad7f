import type { Embed, EmbeddedPost, EmbeddedVideo } from './embed.ts';

/**
 * Marks the caption that links a video: untitled videos share one ("YouTube video"), and the
 * clean-up, which drops a caption repeated in a gallery, must keep each of their links.
 */
export const EMBED_CAPTION_ATTRIBUTE = 'data-embed-link';

/**
 * Plain HTML for an embed, made of what Readability keeps and our Markdown rules already write:
 * a post as a blockquote with its text and a byline linking to it, a video as a figure with its
 * still and its title linking to the watch page.
 */
export function embedElement(doc: Document, embed: Embed): Element {
  return embed.kind === 'post' ? postElement(doc, embed) : videoElement(doc, embed);
}

function postElement(doc: Document, post: EmbeddedPost): Element {
  const quote = doc.createElement('blockquote');
  for (const paragraph of post.paragraphs) quote.append(doc.importNode(paragraph, true));
  const line = doc.createElement('p');
  const link = anchor(doc, post.url, post.date ?? `Post on ${post.service}`);
  if (post.paragraphs.length > 0) {
    // As the embed codes print it: "— Name (@handle) Date", the date linking to the post.
    line.append(post.author ? `— ${post.author} ` : '— ', link);
  } else {
    // A frame or a bare link card has no text to quote: say whose post it is and where it is.
    line.append(link);
    if (post.author) line.append(` by ${post.author}`);
  }
  quote.append(line);
  return quote;
}

function videoElement(doc: Document, video: EmbeddedVideo): Element {
  const figure = doc.createElement('figure');
  const name = video.service === 'video' ? 'Video' : `${video.service} video`;
  const image = video.poster ? doc.createElement('img') : null;
  image?.setAttribute('src', video.poster ?? '');
  image?.setAttribute('alt', video.title ?? name);
  if (image && video.url && !video.title) {
    // Without a title the still itself links to the video: a caption would only repeat its alt text.
    figure.append(anchor(doc, video.url, image));
    return figure;
  }
  if (image) figure.append(image);
  const caption = doc.createElement('figcaption');
  caption.setAttribute(EMBED_CAPTION_ATTRIBUTE, '');
  const title = video.title ?? name;
  caption.append(video.url ? anchor(doc, video.url, title) : title);
  figure.append(caption);
  return figure;
}

function anchor(doc: Document, href: string, content: string | Element): Element {
  const link = doc.createElement('a');
  link.setAttribute('href', href);
  link.append(content);
  return link;
}
