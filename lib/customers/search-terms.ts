/**
 * Splits a `search` value into terms exactly as Django REST Framework's SearchFilter does
 * (`search_smart_split`): whitespace separates terms, commas too outside quotes, and a quoted
 * phrase ("ann lee" or 'ann lee') stays one term.
 */

// Django's smart_split pattern: runs of non-space text that may contain quoted sections.
const SMART_SPLIT = /((?:[^\s'"]*(?:(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')[^\s'"]*)+)|\S+)/g;

function unquote(term: string): string {
  return term.slice(1, -1).replace(/\\(["'\\])/g, '$1');
}

export function splitSearchTerms(search: string): string[] {
  const terms: string[] = [];
  for (const [raw] of search.replaceAll('\u0000', '').matchAll(SMART_SPLIT)) {
    const token = raw.replace(/^,+|,+$/g, '');
    const quote = token[0];
    if ((quote === '"' || quote === "'") && token.length > 1 && token.at(-1) === quote) {
      const phrase = unquote(token);
      if (phrase) terms.push(phrase);
      continue;
    }
    for (const part of token.split(',')) {
      const term = part.trim();
      if (term) terms.push(term);
    }
  }
  return terms;
}
