/** What a recogniser reads from a publisher's embed markup, before it becomes plain HTML. */

/** A post from a social network: its text (copies of the embed's paragraphs), author and address. */
export interface EmbeddedPost {
  kind: 'post';
  /** The service's name as readers know it ("X", "Mastodon", "Bluesky", or the post's host). */
  service: string;
  /** The post's own page, http(s) only. */
  url: string;
  /** "Name (@handle)", "@user@host" or null when the markup does not say. */
  author: string | null;
  /** The date as the embed prints it, or null. */
  date: string | null;
  /** The post's text as paragraphs, detached copies; empty when the embed holds none (an iframe). */
  paragraphs: Element[];
}

/** A video: its title, a still to show in its place, and where to watch it. */
export interface EmbeddedVideo {
  kind: 'video';
  service: string;
  /** The watch page (or for a `<video>`, the file), http(s) only; null when the markup gives none. */
  url: string | null;
  title: string | null;
  /** The poster or thumbnail image, http(s) only, or null. */
  poster: string | null;
  /** Elements of the page beside the player that the reading used up (a facade's thumbnail). */
  taken?: Element[];
}

export type Embed = EmbeddedPost | EmbeddedVideo;

/** Reads one element of the page as an embed, or answers null when it is not one it knows. */
export type EmbedReader = (element: Element, base: string) => Embed | null;
