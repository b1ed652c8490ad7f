/**
 * The content of a `<noscript>` as nodes, parsed inertly. With scripting on, a browser keeps that
 * content as one text node of markup; a DOM without scripting (linkedom, a copy) holds elements.
 * Either way it is parsed in a `<template>`, whose content never loads or runs anything.
 */
export function parseNoscript(doc: Document, noscript: Element): DocumentFragment {
  const template = doc.createElement('template') as HTMLTemplateElement;
  const markup = noscript.innerHTML;
  template.innerHTML = markup.includes('<') ? markup : (noscript.textContent ?? '');
  return template.content;
}
