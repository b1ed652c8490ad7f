import type { EmbeddedVideo } from './embed.ts';
import { bareHost, figureCaption, frameSource, squash, webUrl } from './embed-markup.ts';

// YouTube's ids are 11 characters of URL-safe base64.
const YOUTUBE_ID = /^[\w-]{11}$/;
const YOUTUBE_HOSTS = new Set(['youtube.com', 'youtube-nocookie.com']);
// The titles players give their frames by default: they name the player, not the video.
const PLAYER_TITLE =
  /^(?:youtube(?: video)? player|vimeo[\s-]?player|video player|embedded (?:video|content)|video|iframe)$/i;

/**
 * A YouTube or Vimeo player frame, a `lite-youtube` element or a `<video>` with a poster, read as
 * its title, a still and its watch page; null for anything else.
 */
export function readVideoEmbed(element: Element, base: string): EmbeddedVideo | null {
  switch (element.tagName.toLowerCase()) {
    case 'iframe':
      return readPlayerFrame(element, base);
    case 'lite-youtube':
      return readLiteYoutube(element, base);
    case 'video':
      return readVideoElement(element, base);
    default:
      return null;
  }
}

function readPlayerFrame(frame: Element, base: string): EmbeddedVideo | null {
  const src = frameSource(frame, base);
  if (!src) return null;
  const host = bareHost(src);
  const title = ownTitle(frame.getAttribute('title')) ?? ownTitle(frame.getAttribute('data-title'));
  if (YOUTUBE_HOSTS.has(host)) {
    // https://developers.google.com/youtube/player_parameters: /embed/VIDEO_ID
    const id = /^\/embed\/([^/]+)$/.exec(src.pathname)?.[1];
    // A playlist's frame is /embed/videoseries?list=…: eleven characters too, but no video's id.
    if (id === 'videoseries')
      return youtubePlaylist(src.searchParams.get('list'), title ?? figureCaption(frame));
    return id && YOUTUBE_ID.test(id) ? youtube(id, title ?? figureCaption(frame)) : null;
  }
  if (host === 'player.vimeo.com') {
    // https://developer.vimeo.com/player/sdk/embed: /video/ID, with `h` the hash of an unlisted video.
    const id = /^\/video\/(\d+)\/?$/.exec(src.pathname)?.[1];
    if (!id) return null;
    const hash = src.searchParams.get('h');
    const url = `https://vimeo.com/${id}${hash && /^\w+$/.test(hash) ? `/${hash}` : ''}`;
    const video: EmbeddedVideo = {
      kind: 'video',
      service: 'Vimeo',
      url,
      title: title ?? figureCaption(frame),
      poster: null,
    };
    const still = vimeoStill(frame, base);
    return still ? { ...video, poster: still.address, taken: [still.img] } : video;
  }
  return null;
}

/** https://github.com/paulirish/lite-youtube-embed: `videoid`, `videotitle` and `playlabel`. */
function readLiteYoutube(element: Element, base: string): EmbeddedVideo | null {
  const id = element.getAttribute('videoid')?.trim() ?? '';
  if (!YOUTUBE_ID.test(id)) return null;
  const label = squash(element.getAttribute('playlabel')).replace(/^play:\s*/i, '');
  const title = ownTitle(element.getAttribute('videotitle')) ?? ownTitle(label) ?? figureCaption(element);
  // The element's own poster, when the page set one, is the still the reader saw.
  const poster = /url\(\s*['"]?([^'")]+)/.exec(element.getAttribute('style') ?? '')?.[1];
  const video = youtube(id, title);
  return { ...video, poster: webUrl(poster, base)?.href ?? video.poster };
}

function readVideoElement(video: Element, base: string): EmbeddedVideo | null {
  const poster = webUrl(video.getAttribute('poster'), base);
  if (!poster) return null;
  const file =
    webUrl(video.getAttribute('src'), base) ??
    webUrl(video.querySelector('source[src]')?.getAttribute('src'), base);
  const title =
    ownTitle(video.getAttribute('title')) ??
    ownTitle(video.getAttribute('aria-label')) ??
    ownTitle(video.getAttribute('data-title')) ??
    figureCaption(video);
  return { kind: 'video', service: 'video', url: file?.href ?? null, title, poster: poster.href };
}

// The host of Vimeo's thumbnails (the `thumbnail_url` of https://developer.vimeo.com/api/oembed/videos).
const VIMEO_STILL_HOST = 'i.vimeocdn.com';

/**
 * The still a click-to-play facade shows beside a Vimeo player: a picture from Vimeo's thumbnail host
 * in the figure (or else the box) around the frame. The player's frame holds none we can read, and
 * the page's share image (og:image) is the article's, not the video's.
 */
function vimeoStill(frame: Element, base: string): { img: Element; address: string } | null {
  const around = frame.closest('figure') ?? frame.parentElement;
  // A box around this player alone: with two players in it, whose still a picture is cannot be told.
  if (!around || around.querySelectorAll('iframe').length !== 1) return null;
  for (const img of Array.from(around.querySelectorAll('img'))) {
    for (const name of ['src', 'data-src']) {
      const url = webUrl(img.getAttribute(name), base);
      if (url?.hostname === VIMEO_STILL_HOST) return { img, address: url.href };
    }
  }
  return null;
}

function youtube(id: string, title: string | null): EmbeddedVideo {
  return {
    kind: 'video',
    service: 'YouTube',
    url: `https://www.youtube.com/watch?v=${id}`,
    title,
    // The thumbnail every video has, at a size that exists for old uploads too.
    poster: `https://i.ytimg.com/vi/${id}/hqdefault.jpg`,
  };
}

function youtubePlaylist(list: string | null, title: string | null): EmbeddedVideo | null {
  if (!list || !/^[\w-]+$/.test(list)) return null;
  const url = `https://www.youtube.com/playlist?list=${list}`;
  return { kind: 'video', service: 'YouTube', url, title, poster: null };
}

function ownTitle(value: string | null): string | null {
  const title = squash(value);
  return title && !PLAYER_TITLE.test(title) ? title : null;
}
