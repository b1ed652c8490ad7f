import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanContent } from '../../lib/capture/clean-content.ts';

const PROSE =
  'The council voted on Tuesday to keep the library open late, after a petition signed by four thousand residents asked for it.';
const MORE_PROSE =
  'Staff will rotate through the evening shifts, and the cafe on the ground floor will stay open until nine o’clock as well.';
const META = {
  title: 'Library stays open late',
  authors: ['Jane Doe'],
  excerpt: 'Residents asked, the council agreed.',
  canonicalUrl: 'https://news.example/library',
};

/** Cleans `<p>PROSE</p> … <p>MORE_PROSE</p>` with `html` around them and returns the remaining text. */
function cleaned(before: string, middle = '', after = ''): string {
  const { document } = parseHTML(
    `<html><body><div id="root">${before}<p>${PROSE}</p>${middle}<p>${MORE_PROSE}</p>${after}</div></body></html>`,
  );
  const root = document.getElementById('root');
  if (!root) throw new Error('no root');
  cleanContent(root, META);
  return Array.from(root.children, (child) => child.textContent ?? '')
    .join(' ')
    .replace(PROSE, '[prose]')
    .replace(MORE_PROSE, '[more]')
    .replace(/\s+/g, ' ')
    .trim();
}

function collapseText(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

describe('cleanContent removes clutter', () => {
  it.each([
    ['a headline repeating the title', '<h1>Library stays open late</h1>', '', ''],
    [
      'a standfirst repeating the excerpt',
      '<header><p>Residents asked, the council agreed.</p></header>',
      '',
      '',
    ],
    [
      'a standfirst in a box marked as the lead',
      '<div class="b-article__lead"><p>Residents asked, the council agreed.</p></div>',
      '',
      '',
    ],
    [
      'a standfirst in a box marked as the description',
      '<div itemprop="description"><p>Residents asked, the council agreed.</p></div>',
      '',
      '',
    ],
    ['a section kicker', '<span>Analysis</span>', '', ''],
    ['a comment-count bubble', '<a href="https://news.example/library#comments">42</a>', '', ''],
    [
      'a byline with its dateline',
      '<div>By <a href="/jane">Jane Doe</a> Sat 27 Sep 2025 // 08:38 UTC</div>',
      '',
      '',
    ],
    [
      'a published/updated line',
      '<p>PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019</p>',
      '',
      '',
    ],
    ['an advertisement label', '', '<div>ADVERTISEMENT</div>', ''],
    ['an ad label in another language', '', '<div>Anzeige</div>', ''],
    [
      'a share row',
      '',
      '<div><a href="https://www.facebook.com/sharer/sharer.php?u=x">Share</a><a href="https://twitter.com/intent/tweet?u=x">Post</a></div>',
      '',
    ],
    ['a continue-reading prompt', '', '<p>Continue reading below</p>', ''],
    [
      'a pointer to another story',
      '',
      '<p>READ MORE: <a href="/other">Council budget agreed after long night</a></p>',
      '',
    ],
    [
      'a newsletter pitch',
      '',
      '',
      '<div><h3>Get the briefing</h3><p>Sign up for our newsletter and get the news in your inbox.</p></div>',
    ],
    [
      'a related-stories list',
      '',
      '',
      '<h3>Related stories</h3><ul><li><a href="/a">One story</a></li><li><a href="/b">Another story</a></li></ul>',
    ],
    [
      'a "More about" tag list',
      '',
      '',
      '<div><h3>More about</h3></div><ul><li><a href="/t/a">Libraries</a></li><li><a href="/t/b">Council</a></li></ul>',
    ],
    [
      'a photo credit',
      '',
      '<figure><img src="a.jpg"><figcaption><span>Photo: Getty Images</span></figcaption></figure>',
      '',
    ],
    ['a copyright line', '', '', '<p>Copyright © 2025 News Example. All rights reserved.</p>'],
    ['an author bio', '', '', '<p>Jane Doe is a reporter covering city hall and the county courts.</p>'],
    [
      'a trailing list of other stories',
      '',
      '',
      '<ul><li><a href="/x">First other story</a></li><li><a href="/y">Second other story</a> [Video]</li></ul>',
    ],
    ['a player fallback message', '', '<p>Media playback is unsupported on your device</p>', ''],
    [
      "a blog post's footer line with its categories",
      '',
      '',
      '<p>Posted in <a href="/c/city">City</a>, <a href="/c/books">Books</a> | <a href="#respond">Leave a comment</a></p>',
    ],
    [
      'a "Tagged as" line',
      '',
      '',
      '<p>Tagged as: <a href="/t/a">libraries</a>, <a href="/t/b">council</a></p>',
    ],
    [
      'a "Labels" line',
      '',
      '',
      '<div>Labels: <a href="/l/a">libraries</a>, <a href="/l/b">council</a></div>',
    ],
    [
      'a "This entry was posted" line',
      '',
      '',
      '<p>This entry was posted on Tuesday, May 6th, 2025 at 9:04 am and is filed under <a href="/c/city">City</a>. You can follow any responses to this entry through the RSS 2.0 feed.</p>',
    ],
    [
      'a time and permalink line',
      '',
      '',
      '<p>Posted at 11:01 AM | <a href="/2025/05/library">Permalink</a></p>',
    ],
    [
      'links to the previous and next posts',
      '',
      '',
      '<p>« <a href="/prev">Budget talks stall</a> | <a href="/">Main</a> | <a href="/next">Pool reopens in June</a> »</p>',
    ],
    ['older and newer post links', '', '', '<div><a href="/older">Older Post</a> <a href="/">Home</a></div>'],
    [
      'labelled previous and next post links',
      '',
      '',
      '<ul><li>Previous post: <a href="/prev">Budget talks stall</a></li><li>Next post:</li></ul>',
    ],
    [
      'a trackback section',
      '',
      '',
      '<h3>TrackBack</h3><p>TrackBack URL for this entry:<br>https://blog.example/services/trackback/6a00</p><p>Listed below are links to weblogs that reference <a href="/library">Library stays open late</a>:</p>',
    ],
    [
      'an "About" box on the author the page does not name',
      '',
      '',
      '<section><figure><img alt="Sam Lee" src="sam.jpg"></figure><h2>About Sam Lee</h2>Sam co-founded the paper in 1999 and still writes its council column. Read all of <a href="/sam">Sam Lee’s posts</a>.</section>',
    ],
    [
      'an author box: the name, a handle, the bio',
      '',
      '',
      '<div><h3><a href="/author/sam">Sam Lee</a></h3><p><a href="https://social.example/samlee">@samlee</a></p><p>Sam Lee is the senior editor of the city desk. Contact him at sam@news.example.</p></div>',
    ],
    [
      'an author box with a long blurb',
      '',
      '',
      `<div><h3>Author: Sam Lee</h3><p>Sam Lee is the founder of the paper. ${'He has written about the council, its budgets, its bridges and its libraries for twenty years. '.repeat(9)}</p></div>`,
    ],
    [
      'a long notice on reproduction rights',
      '',
      '',
      '<p>This article is subject to copyright. Apart from fair use for the purpose of private study, research or review, no part of it may be reproduced, shared or stored without the written permission of the publisher. It is provided for information only.</p>',
    ],
    ['a follow-us line', '', '', '<p>Follow City News on <a href="/tw">Twitter</a> and Facebook.</p>'],
    ['a note that there are no related posts', '', '', '<p>No related posts.</p>'],
    ['the comment widget’s credit', '', '', '<div>comments powered by <a href="/d">Disqus</a></div>'],
    ['an image-source line', '', '<p>Image source: archive.example.org</p>', ''],
    ['a credit line of agencies', '', '<p>Jo Hart | Reuters | Getty Images</p>', ''],
    ['a credit with initials', '', '<p>(Image: © ESA/J. Roe/NASA)</p>', ''],
    [
      'a list of related topics',
      '',
      '',
      '<p>Explore related topics: <a href="/t/a">libraries</a>, <a href="/t/b">council</a>, <a href="/t/c">opening hours</a></p>',
    ],
    ['a wire service’s sign-off', '', '', '<p>(Reporting by Sam Lee and Jo Hart; Editing by Ann Roe)</p>'],
    ['a line on how to write to the reporter', '', '', '<p>Write to Sam Lee at sam.lee@news.example</p>'],
    [
      'a line on where the reporter can be reached',
      '',
      '',
      '<p>Sam Lee can be reached at slee@news.example or on Twitter at @samlee.</p>',
    ],
    [
      'a shouted link to another story between paragraphs',
      '',
      '<p><strong><a href="https://news.example/parking">COUNCIL TO VOTE ON NEW PARKING RULES NEXT MONTH</a></strong></p>',
      '',
    ],
    [
      'a shouted link to the app',
      '',
      '<p><a href="https://news.example/app"><b>CLICK HERE TO GET THE CITY NEWS APP</b></a></p>',
      '',
    ],
    [
      'a run of paragraphs that are each a link to another story, under the article',
      '',
      '',
      '<p><a href="/a">Review: the headset I now wear every day [Video]</a></p><p><a href="/b">Hands-on with a pocket espresso maker [Video]</a></p><p><a href="/c">A power station that charges nine devices</a></p>',
    ],
    [
      'a list of other stories under its label, each item half a link',
      '',
      '',
      '<div>More Great City News Stories</div><ul><li>Why the bridge closed, <a href="/x">and when it reopens</a></li><li>📱 Torn between phones? Never fear, <a href="/y">see our guide</a></li></ul>',
    ],
    [
      'a line pointing to the agency’s full coverage',
      '',
      '',
      '<p>Follow AP’s full coverage of the council elections at <a href="https://apnews.example/council">https://apnews.example/council</a></p>',
    ],
    [
      'a note that links in the article earn the site a commission',
      '',
      '<div>City News may earn an affiliate commission if you buy something through links in this article.</div>',
      '',
    ],
    ['a disclosure of affiliate links', '<p><em>This post contains affiliate links.</em></p>', '', ''],
    [
      'a publication date standing alone between paragraphs',
      '',
      '<time datetime="2019-11-20">November 20, 2019</time>',
      '',
    ],
  ])('%s', (_name, before, middle, after) => {
    expect(cleaned(before, middle, after)).toBe('[prose] [more]');
  });
});

describe('cleanContent keeps the article', () => {
  it.each([
    [
      'a sentence that mentions advertising',
      '',
      '<p>Advertisement revenue fell by half last year.</p>',
      '',
      'Advertisement revenue fell by half last year.',
    ],
    [
      'a sentence about commissions',
      '',
      '<p>Agents may earn a commission of 3% on each sale, the report found.</p>',
      '',
      'Agents may earn a commission of 3% on each sale, the report found.',
    ],
    [
      'a short paragraph about subscriptions',
      '',
      '<p>Subscriptions rose 20% in a year.</p>',
      '',
      'Subscriptions rose 20% in a year.',
    ],
    [
      'a link inside a sentence',
      '',
      '<p>Read the <a href="/r">full report</a> here.</p>',
      '',
      'Read the full report here.',
    ],
    ['a number in a results table', '', '<table><tr><td>1</td><td>Ann</td></tr></table>', '', '1Ann'],
    ['a subheading', '', '<h2>What happens next</h2>', '', 'What happens next'],
    [
      'a date inside a sentence',
      '',
      '<p>The doors open on 3 March 2025 at 9:00.</p>',
      '',
      'The doors open on 3 March 2025 at 9:00.',
    ],
    [
      'a quote',
      '',
      '<blockquote><p>Libraries are for everyone.</p></blockquote>',
      '',
      'Libraries are for everyone.',
    ],
    [
      'a French quotation',
      '',
      '<p>« C’est une victoire », a dit la maire.</p>',
      '',
      '« C’est une victoire », a dit la maire.',
    ],
    [
      'a sentence that opens with the name of the next subject',
      '',
      '<div><h3>Tom Ruiz</h3><p>The other candidate, Ruiz, is a teacher.</p></div>',
      '',
      'Tom RuizThe other candidate, Ruiz, is a teacher.',
    ],
    [
      'a heading the page hides from sight',
      '',
      '<h2 class="visually-hidden">What the council decided on the opening hours of every branch library in the city</h2>',
      '',
      'What the council decided on the opening hours of every branch library in the city',
    ],
    [
      'an inline word that looks like a label',
      '',
      '<p>This is <em>more</em> than we hoped.</p>',
      '',
      'This is more than we hoped.',
    ],
  ])('%s', (_name, before, middle, after, kept) => {
    expect(cleaned(before, middle, after)).toBe(`[prose] ${kept} [more]`);
  });

  it.each([
    ['a closing sentence that begins with "Published"', 'Published in 1851, the map shows the old harbour.'],
    ['a closing sentence about a person', 'Smith is expected to appear in court on Monday.'],
    ['a closing line that names what comes next', 'Next: the council meets again in June.'],
  ])('keeps %s at the end', (_name, sentence) => {
    expect(cleaned('', '', `<p>${sentence}</p>`)).toBe(`[prose] [more] ${sentence}`);
  });

  it.each([
    [
      'a closing link to the report the article is about',
      '<p><a href="/report.pdf">The council’s full report (PDF)</a></p>',
    ],
    ['a closing line in capitals', '<p>THE LIBRARY OPENS LATE FROM MONDAY</p>'],
  ])('keeps %s', (_name, html) => {
    expect(cleaned('', '', html)).toBe(`[prose] [more] ${html.replace(/<[^>]+>/g, '')}`);
  });

  it('judges what trails the article again when its last long paragraph was the writer’s blurb', () => {
    const bio =
      '<div><h3>Sam Lee</h3><p>Sam Lee is the senior editor of the city desk and has covered the council for ten years, from its budgets to its bridges.</p></div>';
    const others =
      '<p><a href="/a">Review: the headset I now wear every day [Video]</a></p><p><a href="/b">Hands-on with a pocket espresso maker [Video]</a></p>';
    expect(cleaned('', '', others + bio)).toBe('[prose] [more]');
  });

  it('reads an italic note under the article as a note, not as the article’s last paragraph', () => {
    const others =
      '<ul><li><a href="/a">Ten years of council budgets</a></li><li><a href="/b">Photos: the library at night</a></li></ul>';
    const note =
      '<p><em>Join our readers’ forum to keep talking about the city, its councils and its libraries! And if you have a news tip or a correction, write to us.</em></p>';
    expect(cleaned('', '', others + note)).toBe(
      '[prose] [more] Join our readers’ forum to keep talking about the city, its councils and its libraries! And if you have a news tip or a correction, write to us.',
    );
  });

  it('keeps a link in capitals above the article, which is its point', () => {
    const link = '<p><a href="/results.pdf">CLICK FOR FULL STATE SWIM RESULTS</a></p>';
    expect(cleaned(link)).toBe('CLICK FOR FULL STATE SWIM RESULTS [prose] [more]');
  });

  it('keeps a link in capitals that is part of a roundup list', () => {
    const list =
      '<ul><li><a href="/a">COUNCIL VOTES ON THE LIBRARY BUDGET</a></li><li><a href="/b">BRIDGE TO REOPEN IN JUNE</a></li></ul>';
    expect(cleaned('', list)).toBe(
      '[prose] COUNCIL VOTES ON THE LIBRARY BUDGETBRIDGE TO REOPEN IN JUNE [more]',
    );
  });

  it('removes the box on a writer known by one name', () => {
    const { document } = parseHTML(
      `<html><body><div id="root"><p>${PROSE}</p><p>${MORE_PROSE}</p><div class="about"><h5><a href="/author/regan">Regan</a></h5><p>Regan is a Connecticut native now living in Massachusetts with her husband, two sons and two cats, and loves day trips, reading and coffee.</p></div></div></body></html>`,
    );
    const root = document.getElementById('root');
    if (!root) throw new Error('no root');
    cleanContent(root, { ...META, authors: ['Regan'] });
    expect(collapseText(root.textContent)).toBe(collapseText(PROSE + MORE_PROSE));
  });

  it('keeps closing paragraphs of links under a sources heading', () => {
    const sources =
      '<h3>Sources</h3><p><a href="/a">Council minutes of 3 March</a></p><p><a href="/b">The library budget for 2025</a></p>';
    expect(cleaned('', '', sources)).toBe(
      '[prose] [more] Sources Council minutes of 3 March The library budget for 2025',
    );
  });

  it('keeps a closing list of sources under its heading', () => {
    const sources =
      '<h3>Sources</h3><ul><li><a href="/a">Council minutes</a></li><li><a href="/b">Library budget</a></li></ul>';
    expect(cleaned('', '', sources)).toBe('[prose] [more] Sources Council minutesLibrary budget');
  });

  it('removes a permalink line under a post without long paragraphs', () => {
    const { document } = parseHTML(
      '<html><body><div id="root"><p>Short note.</p><p>Posted at 11:01 AM | <a href="/p">Permalink</a></p></div></body></html>',
    );
    const root = document.getElementById('root');
    if (!root) throw new Error('no root');
    cleanContent(root, META);
    expect(root.textContent).toBe('Short note.');
  });

  it('keeps the picture when the credit is the only text beside it', () => {
    const { document } = parseHTML(
      `<html><body><div id="root"><p>${PROSE}</p><div><img src="https://news.example/a.jpg" alt="">(Getty Images/Jo Hart)</div><p>${MORE_PROSE}</p></div></body></html>`,
    );
    const root = document.getElementById('root');
    if (!root) throw new Error('no root');
    cleanContent(root, META);
    expect(root.querySelector('img')?.getAttribute('src')).toBe('https://news.example/a.jpg');
  });

  it('keeps the quote of a click-to-tweet box as text, without the share link or its button', () => {
    const { document } = parseHTML(
      `<html><body><div id="root"><p>${PROSE}</p><div class="box"><a href="https://twitter.com/share?text=Every+library+is+a+time+machine"><span class="quote">Every library is a time machine, if you know where to look.</span><span class="button">Click To Tweet</span></a></div><p>${MORE_PROSE}</p></div></body></html>`,
    );
    const root = document.getElementById('root');
    if (!root) throw new Error('no root');
    cleanContent(root, META);
    expect(collapseText(root.textContent)).toBe(
      collapseText(`${PROSE}Every library is a time machine, if you know where to look.${MORE_PROSE}`),
    );
    expect(root.querySelector('a')).toBeNull();
  });

  it.each([
    [
      'a credit span with its class',
      '<figcaption><span>The reading room at night.</span> <span class="wsj-article-credit">Photograph by Jo Hart/AFP/Getty Images</span></figcaption>',
    ],
    [
      'a credit the page marks as the copyright holder',
      '<figcaption><span>The reading room at night.</span><span itemprop="copyrightHolder"><span>Credit...</span><span>Jo Hart/The City News</span></span></figcaption>',
    ],
    [
      'an agency credit with initials',
      '<figcaption><span>The reading room at night.</span><span class="f2 gray">J. Scott Hart / AP file</span></figcaption>',
    ],
    [
      'a <cite> beside the caption',
      '<span class="meta"><figcaption>The reading room at night.</figcaption><cite>Jo Hart/City Archive</cite></span>',
    ],
  ])('keeps the caption of a picture without %s', (_name, caption) => {
    const figure = `<figure><img src="https://news.example/a.jpg" alt="">${caption}</figure>`;
    expect(cleaned('', figure)).toBe('[prose] The reading room at night. [more]');
  });

  it('keeps the caption without the label only screen readers hear', () => {
    const figure =
      '<figure><img src="https://news.example/a.jpg" alt=""><figcaption><span class="off-screen">Image caption</span> The reading room at night.</figcaption></figure>';
    expect(cleaned('', figure)).toBe('[prose] The reading room at night. [more]');
  });

  it('keeps who said a quote set as a figure', () => {
    const figure =
      '<figure><blockquote>Libraries are for everyone.</blockquote><figcaption><cite>Ann Lee</cite></figcaption></figure>';
    expect(cleaned('', figure)).toBe('[prose] Libraries are for everyone.Ann Lee [more]');
  });

  it('keeps a repeated caption only once', () => {
    const caption = '<figure><img src="a.jpg"><figcaption>The reading room at night</figcaption></figure>';
    expect(cleaned('', caption + caption)).toBe('[prose] The reading room at night [more]');
  });
});
