import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readVideoEmbed } from '../../../lib/capture/embeds/read-video-embed.ts';

const BASE = 'https://news.example/story';

function read(html: string, selector: string): unknown {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const element = document.querySelector(selector);
  if (!element) throw new Error(`no ${selector}`);
  return readVideoEmbed(element, BASE);
}

const youtube = (id: string, title: string | null): unknown => ({
  kind: 'video',
  service: 'YouTube',
  url: `https://www.youtube.com/watch?v=${id}`,
  title,
  poster: `https://i.ytimg.com/vi/${id}/hqdefault.jpg`,
});

describe('readVideoEmbed', () => {
  const cases: Array<[string, string, string, unknown]> = [
    [
      'a YouTube frame: its title, the thumbnail of its id, its watch page',
      '<iframe src="https://www.youtube.com/embed/a1B2c3D4e5F?si=xyz" title="Launch of the new lifeboat"></iframe>',
      'iframe',
      youtube('a1B2c3D4e5F', 'Launch of the new lifeboat'),
    ],
    [
      "a privacy-enhanced frame whose title is the player's default: the figure caption names it",
      '<figure><iframe src="https://www.youtube-nocookie.com/embed/a1B2c3D4e5F" title="YouTube video player"></iframe><figcaption>The lifeboat launch</figcaption></figure>',
      'iframe',
      youtube('a1B2c3D4e5F', 'The lifeboat launch'),
    ],
    [
      'a lazy frame that keeps its address in data-src',
      '<iframe src="about:blank" data-src="https://www.youtube.com/embed/a1B2c3D4e5F"></iframe>',
      'iframe',
      youtube('a1B2c3D4e5F', null),
    ],
    [
      'lite-youtube: its videotitle, else its play label without "Play:"',
      '<lite-youtube videoid="Z9y8X7w6V5u" playlabel="Play: Harbour trust chair"></lite-youtube>',
      'lite-youtube',
      youtube('Z9y8X7w6V5u', 'Harbour trust chair'),
    ],
    [
      'lite-youtube with the poster the page set',
      '<lite-youtube videoid="Z9y8X7w6V5u" videotitle="Chair" style="background-image: url(\'/img/chair.jpg\')"></lite-youtube>',
      'lite-youtube',
      { ...(youtube('Z9y8X7w6V5u', 'Chair') as object), poster: 'https://news.example/img/chair.jpg' },
    ],
    [
      "a Vimeo frame: its watch page, with an unlisted video's hash",
      '<iframe src="https://player.vimeo.com/video/905123456?h=ab12cd&amp;badge=0" title="Night on the harbour"></iframe>',
      'iframe',
      {
        kind: 'video',
        service: 'Vimeo',
        url: 'https://vimeo.com/905123456/ab12cd',
        title: 'Night on the harbour',
        poster: null,
      },
    ],
    [
      'a <video> with a poster: its file, poster and caption, resolved against the page',
      '<figure><video poster="/media/still.jpg"><source src="/media/clip.mp4"></video><figcaption>Pumps at work</figcaption></figure>',
      'video',
      {
        kind: 'video',
        service: 'video',
        url: 'https://news.example/media/clip.mp4',
        title: 'Pumps at work',
        poster: 'https://news.example/media/still.jpg',
      },
    ],
    ['a <video> without a poster has no still to keep', '<video src="/clip.mp4"></video>', 'video', null],
    [
      'a YouTube playlist frame links to the playlist, with no still of its own',
      '<iframe src="https://www.youtube.com/embed/videoseries?list=PLab12" title="Storm week"></iframe>',
      'iframe',
      {
        kind: 'video',
        service: 'YouTube',
        url: 'https://www.youtube.com/playlist?list=PLab12',
        title: 'Storm week',
        poster: null,
      },
    ],
    ['a frame of another player', '<iframe src="https://player.example/embed/1"></iframe>', 'iframe', null],
    [
      'a poster with a script address is no image',
      '<video poster="javascript:alert(1)" src="/clip.mp4"></video>',
      'video',
      null,
    ],
  ];
  for (const [name, html, selector, expected] of cases) {
    it(name, () => expect(read(html, selector)).toEqual(expected));
  }
});

describe('readVideoEmbed: a Vimeo player’s still', () => {
  const frame =
    '<iframe data-src="https://player.vimeo.com/video/905123456?dnt=1" title="The lifeboat crew at night"></iframe>';

  function readIn(html: string) {
    const { document } = parseHTML(
      `<html><head><meta property="og:image" content="https://news.example/share-card.jpg"></head><body>${html}</body></html>`,
    );
    const element = document.querySelector('iframe');
    if (!element) throw new Error('no iframe');
    return { video: readVideoEmbed(element, BASE), document };
  }

  it('takes the thumbnail a click-to-play facade shows beside the player, from Vimeo’s image host', () => {
    const { video, document } = readIn(
      `<figure class="video-embed"><div class="facade"><img data-src="https://i.vimeocdn.com/video/1780012345-abc_640x360" alt="Play"></div>${frame}</figure>`,
    );
    expect(video).toMatchObject({
      service: 'Vimeo',
      url: 'https://vimeo.com/905123456',
      title: 'The lifeboat crew at night',
      poster: 'https://i.vimeocdn.com/video/1780012345-abc_640x360',
    });
    // The facade's picture becomes the figure's still: it is taken with the player, not shown twice.
    expect(video?.taken).toEqual([document.querySelector('img')]);
  });

  it('takes no other picture of the surroundings, nor the page’s share image', () => {
    const { video } = readIn(
      `<figure><img src="https://news.example/harbour.jpg" alt="The harbour">${frame}<figcaption>Night shift</figcaption></figure>`,
    );
    expect(video).toMatchObject({ service: 'Vimeo', poster: null, title: 'The lifeboat crew at night' });
    expect(video?.taken ?? []).toEqual([]);
  });
});

describe('readVideoEmbed: a Vimeo still among two players', () => {
  it('is not guessed when the box holds two players', () => {
    const { document } = parseHTML(
      '<html><body><div><img src="https://i.vimeocdn.com/video/1-a_640"><iframe src="https://player.vimeo.com/video/11"></iframe><iframe src="https://player.vimeo.com/video/22"></iframe></div></body></html>',
    );
    const frames = document.querySelectorAll('iframe');
    expect(Array.from(frames, (frame) => readVideoEmbed(frame, BASE)?.poster)).toEqual([null, null]);
  });
});
