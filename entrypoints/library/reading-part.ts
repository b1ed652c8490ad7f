// What the reading view needs to show an article, loaded when one is opened (parts.ts).
export { default as DOMPurify } from 'dompurify';
export { renderArticleBody } from '../../lib/reading/render-article-body';
export { readLocalImages } from '../../lib/platform/read-local-images';
