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
  const title = video.title ?? (video.service === 'video' ? 'Video' : `${video.service} video`);
  if (video.poster) {
    const image = doc.createElement('img');
    image.setAttribute('src', video.poster);
    image.setAttribute('alt', title);
    figure.append(image);
  }
  const caption = doc.createElement('figcaption');
  caption.setAttribute(EMBED_CAPTION_ATTRIBUTE, '');
  caption.append(video.url ? anchor(doc, video.url, title) : title);
  figure.append(caption);
  return figure;
}

function anchor(doc: Document, href: string, text: string): Element {
  const link = doc.createElement('a');
  link.setAttribute('href', href);
  link.textContent = text;
  return link;
}
