import type { Reference } from '../corpus/types.js';

/** "李明华, 张伟 (2024)" or "Kim, Y. et al. (2019)"; used as completion detail. */
export function authorsYear(ref: Reference): string {
  const authors = ref.authors.length > 3 ? `${ref.authors[0]} et al.` : ref.authors.join(', ');
  const year = ref.year ? `(${ref.year})` : '(n.d.)';
  return authors ? `${authors} ${year}` : year;
}

/** A one-line reference in a neutral author-date style, plain text (callers escape for Markdown). */
export function formatReference(ref: Reference): string {
  const parts: string[] = [];
  if (ref.authors.length) parts.push(ref.authors.join(', '));
  parts.push(ref.year ? `(${ref.year})` : '(n.d.)');
  if (ref.title) parts.push(`${ref.title}.`);
  const venue = [ref.container, ref.volume && `vol. ${ref.volume}`, ref.issue && `no. ${ref.issue}`, ref.page && `pp. ${ref.page}`]
    .filter(Boolean)
    .join(', ');
  if (venue) parts.push(`${venue}.`);
  if (ref.publisher) parts.push(`${ref.publisher}.`);
  return parts.join(' ');
}
