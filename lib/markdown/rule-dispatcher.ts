import type TurndownService from 'turndown';

/** A Turndown rule; `tags` (upper case) lists the only elements its filter function can accept. */
export interface MarkdownRule extends TurndownService.Rule {
  tags?: readonly string[];
}

/**
 * One Turndown rule that stands for `rules`, tried in order, first match wins, as Turndown would try
 * them. Turndown asks every rule about every element, each reading the element's name again: on a
 * book-length article that is 55,000 elements times thirty rules. Here the rules an element's name
 * can match are listed once per name, and only those are asked.
 */
export function ruleDispatcher(rules: readonly MarkdownRule[]): TurndownService.Rule {
  const byTag = new Map<string, MarkdownRule[]>();
  // Turndown asks for a node's replacement once, right after its children's: each entry is dropped
  // then, so the map holds only the open ancestors. Not a WeakMap, whose entries every garbage
  // collection during the conversion would trace again.
  const chosen = new Map<Node, MarkdownRule>();
  return {
    filter: (node, options) => {
      // Turndown compares string and array filters with the lower-cased name; so does this index.
      const tag = node.nodeName.toLowerCase();
      let candidates = byTag.get(tag);
      if (!candidates) {
        candidates = rules.filter((rule) => couldMatch(rule, tag));
        byTag.set(tag, candidates);
      }
      for (const rule of candidates) {
        if (typeof rule.filter !== 'function' || rule.filter.call(rule, node, options)) {
          chosen.set(node, rule);
          return true;
        }
      }
      return false;
    },
    replacement: (content, node, options) => {
      const rule = chosen.get(node);
      chosen.delete(node);
      return rule?.replacement?.(content, node, options) ?? content;
    },
  };
}

function couldMatch(rule: MarkdownRule, tag: string): boolean {
  const { filter } = rule;
  if (typeof filter === 'string') return filter === tag;
  if (Array.isArray(filter)) return (filter as readonly string[]).includes(tag);
  return !rule.tags || rule.tags.some((name) => name.toLowerCase() === tag);
}
