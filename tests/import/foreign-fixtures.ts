import { strToU8, zipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import type { PickedFile } from '../../lib/import/read-import-files';

// Every export here is written by hand in the shape its tool documents, with made-up pages on
// example domains; no real export was copied. The unit tests read them and the end-to-end tests
// write them to files for the library's picker.

/** A day in 2025, for the files' own times (what a page with no saved date is given). */
export const FILE_TIME = Date.UTC(2025, 5, 1, 12, 0, 0);

const utf8 = (text: string) => strToU8(text);
const file = (name: string, text: string): PickedFile => ({
  name,
  bytes: utf8(text),
  lastModified: FILE_TIME,
});

/**
 * HTML parsed as the library page's DOMParser parses it. linkedom leaves a fragment without the
 * `<html>` and `<body>` that a browser's parser implies, so a fragment is wrapped in them first.
 */
export const parseHtml = (html: string): Document =>
  parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`)
    .document as unknown as Document;

/** Obsidian Web Clipper's default note: quoted values, people as links, a `clippings` tag. */
export const OBSIDIAN_NOTE = `---
title: "The quiet harbour at dawn"
source: "https://harbour.example/dawn?ref=home#top"
author:
  - "[[Mara Voss]]"
published: 2025-03-02
created: 2025-03-04
description: "Fishing boats, fog and a bell."
tags:
  - "clippings"
  - "Sea Life"
---
Before the first ferry the harbour is *quiet*.

- nets
- ropes
`;

/** MarkDownload's default note: its own front matter, the title as a heading, the excerpt quoted. */
export const MARKDOWNLOAD_NOTE = `---
created: 2025-02-10T08:15:00 (UTC +01:00)
tags: [history, engineering]
source: https://mills.example/tidal
author: Ilse Brandt
---

# Tidal mills of the northern coast

> ## Excerpt
> Wheels that turn twice a day.

---

The mill pond filled on the rising tide and was let out through the wheel.
`;

export function markdownFolder(): PickedFile[] {
  return [
    file('clippings/The quiet harbour at dawn.md', OBSIDIAN_NOTE),
    file('clippings/old/Tidal mills.md', MARKDOWNLOAD_NOTE),
    file('clippings/.obsidian/app.json', '{}'),
  ];
}

const zip = (files: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, utf8(text)])));

export function markdownZip(): Uint8Array {
  return zip({
    'clippings/The quiet harbour at dawn.md': OBSIDIAN_NOTE,
    'clippings/old/Tidal mills.md': MARKDOWNLOAD_NOTE,
  });
}

/** Omnivore's metadata records, as its exporter wrote them (one page of up to 50). */
export const OMNIVORE_ITEMS = [
  {
    id: 'a1b2c3d4-0000-4000-8000-000000000001',
    slug: 'lanterns-of-the-old-quarter-18c2f1',
    title: 'Lanterns of the old quarter',
    description: 'Paper, wire and candle wax.',
    author: 'Tomasz Wierzba',
    url: 'https://lanterns.example/old-quarter',
    state: 'Active',
    readingProgress: 40,
    thumbnail: 'https://lanterns.example/lantern.jpg',
    labels: ['Crafts', 'evening reading'],
    savedAt: '2024-09-14T18:20:00.000Z',
    updatedAt: '2024-09-15T07:00:00.000Z',
    publishedAt: '2024-09-01T00:00:00.000Z',
  },
  {
    id: 'a1b2c3d4-0000-4000-8000-000000000002',
    slug: 'a-field-guide-to-puddles-77ab01',
    title: 'A field guide to puddles',
    description: null,
    author: null,
    url: 'https://puddles.example/guide',
    state: 'Archived',
    readingProgress: 100,
    thumbnail: null,
    labels: [],
    savedAt: '2024-08-02T09:00:00.000Z',
    updatedAt: '2024-08-03T09:00:00.000Z',
    publishedAt: null,
  },
  {
    id: 'a1b2c3d4-0000-4000-8000-000000000003',
    slug: 'the-slow-train-home-3f9e22',
    title: 'The slow train home',
    author: 'Ana Ruiz',
    url: 'https://trains.example/slow',
    state: 'Active',
    labels: ['travel'],
    savedAt: '2024-07-20T21:45:00.000Z',
  },
];

const LANTERNS_HTML = `<div class="page" id="readability-page-1"><div>
<h1>Lanterns of the old quarter</h1>
<p>Every autumn the lantern makers of the old quarter bend wire into frames, paste paper over them and
set a stub of candle inside, and the street turns gold for a week. The oldest shop has done it for
ninety years.</p>
<p>Share this article</p>
<p>The paper is <strong>mulberry</strong>, soaked and stretched; see <a href="/glossary#washi">the glossary</a>.</p>
<img src="/frames.jpg" alt="Frames drying">
<script>document.title = 'ran'</script>
</div></div>`;

const PUDDLES_HTML = `<div><p>A puddle is a lake that has not made up its mind. This guide sorts them by depth,
by how long they last after the rain, and by how many boots they have swallowed over the years.</p>
<ul><li>Shallow</li><li>Deceptive</li></ul></div>`;

const LANTERNS_HIGHLIGHTS = `> the street turns gold for a week [⤴️](https://omnivore.example/me/lanterns-of-the-old-quarter-18c2f1#h1)

> The oldest shop has done it for ninety years. [⤴️](https://omnivore.example/me/lanterns-of-the-old-quarter-18c2f1#h2)

Worth a visit in October.
`;

/** An Omnivore export zip: one metadata page, two articles' HTML (the third has none), one highlights file. */
export function omnivoreZip(items: unknown = OMNIVORE_ITEMS): Uint8Array {
  return zip({
    'metadata_0_to_3.json': JSON.stringify(items, null, 2),
    'content/lanterns-of-the-old-quarter-18c2f1.html': LANTERNS_HTML,
    'content/a-field-guide-to-puddles-77ab01.html': PUDDLES_HTML,
    'highlights/lanterns-of-the-old-quarter-18c2f1.md': LANTERNS_HIGHLIGHTS,
  });
}

/** Wallabag's JSON export: entries with HTML content, tags, flags, dates and annotations. */
export const WALLABAG_ENTRIES = [
  {
    is_archived: 0,
    is_starred: 1,
    tags: ['gardening', 'Soil'],
    is_public: false,
    id: 101,
    title: 'Compost, slowly',
    url: 'https://garden.example/compost',
    given_url: 'https://garden.example/compost?utm_source=feed',
    content:
      '<p>Leave the heap alone for a season and it will thank you. Turning it every week only tires the gardener; the worms do the work in their own time, and the result is the same dark crumble.</p><p>Add <em>brown</em> leaves in autumn.</p>',
    created_at: '2024-04-02T10:30:00+0200',
    updated_at: '2024-04-03T10:30:00+0200',
    published_at: '2024-03-30T06:00:00+0000',
    published_by: ['Hedda Lind'],
    annotations: [
      {
        id: 1,
        text: 'Try this in March.',
        quote: 'Leave the heap alone for a season',
        ranges: [],
        created_at: '2024-04-03T10:00:00+00:00',
      },
      // A note with no quote: a note on the whole article.
      { id: 2, text: 'Ask the allotment society.', quote: null, ranges: [] },
    ],
    mimetype: 'text/html',
    language: 'en',
    reading_time: 1,
    domain_name: 'garden.example',
    preview_picture: 'https://garden.example/heap.jpg',
    http_status: '200',
  },
  {
    is_archived: 1,
    is_starred: 0,
    tags: [],
    id: 102,
    title: 'Bienen im Winter',
    url: 'https://bees.example/winter',
    content:
      '<p>Im Winter bilden die Bienen eine Traube und wärmen einander, indem sie ihre Flugmuskeln zittern lassen, ohne die Flügel zu bewegen. So bleibt es im Inneren warm genug für die Königin.</p>',
    created_at: '2024-01-15T08:00:00+0100',
    published_at: null,
    published_by: null,
    annotations: [],
    language: 'de',
    domain_name: 'bees.example',
    preview_picture: null,
  },
];

export const wallabagJson = (entries: unknown = WALLABAG_ENTRIES) => JSON.stringify(entries, null, 2);

/** Instapaper's CSV: URL, Title, Selection, Folder, Timestamp, Tags (a JSON list). */
export const INSTAPAPER_CSV = [
  'URL,Title,Selection,Folder,Timestamp,Tags',
  'https://kites.example/tails,"Kites, tails and wind","Longer tails steady a kite.\nShorter ones let it dance.",Unread,1700000000,"[""hobbies""]"',
  'https://bread.example/sourdough,Sourdough on a schedule,,Archive,1700100000,[]',
  'https://maps.example/old,Reading old maps,,Cartography,1700200000,',
].join('\r\n');

/** Pocket's CSV export (2024 on): title, url, time_added, cursor, tags (split by |), status. */
export const POCKET_CSV = [
  'title,url,time_added,cursor,tags,status',
  'Knots every sailor should know,https://knots.example/sailor,1650000000,c1,sea|skills,unread',
  '"Why owls turn their heads, explained",https://owls.example/heads,1650100000,c2,,archive',
  'Winter soup,https://soup.example/winter,1650200000,c3,food,unread',
].join('\n');

/** Pocket's older HTML export (ril_export.html): an Unread list and a Read Archive list. */
export const POCKET_HTML = `<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>Pocket Export</title></head>
<body>
<h1>Unread</h1>
<ul>
<li><a href="https://stars.example/map" time_added="1500000000" tags="sky,night">A map of the winter stars</a></li>
<li><a href="https://tea.example/green" time_added="1500100000" tags="">Green tea, three ways</a></li>
</ul>

<h1>Read Archive</h1>
<ul>
<li><a href="https://rivers.example/delta" time_added="1490000000" tags="geography">How a delta is made</a></li>
</ul>
</body>
</html>
`;

/** A single text file as the picker gives it, under a name that need not say what it is. */
export const textFile = (name: string, text: string): PickedFile => file(name, text);
/** A single binary file (a zip) as the picker gives it. */
export const bytesFile = (name: string, bytes: Uint8Array): PickedFile => ({
  name,
  bytes,
  lastModified: FILE_TIME,
});
