/**
 * Corpus exclusions (policyWriter.corpus.exclude): glob patterns for files and folders that are
 * never indexed as sources, such as the drafts folder of a project whose whole folder is a corpus.
 *
 * A pattern is matched against a path relative to the corpus folder it lies in, with `/` between
 * folders; an absolute pattern against the absolute path. `**` is any number of folders (none
 * too), `*` any characters within a name, `?` one character, `{a,b}` either, `[abc]` one of.
 * A pattern without a `/` matches a name at any depth (`drafts`, `*.draft.md`), as in .gitignore;
 * a pattern that matches a folder excludes everything in it.
 */
export type ExcludeMatcher = (relativeOrAbsolutePath: string) => boolean;

export const NOTHING_EXCLUDED: ExcludeMatcher = () => false;

export function excludeMatcher(patterns: readonly string[]): ExcludeMatcher {
  const relative: RegExp[] = [];
  const absolute: RegExp[] = [];
  for (const raw of patterns) {
    const p = raw.trim().replace(/\\/g, '/');
    if (!p) continue;
    const isAbsolute = p.startsWith('/') || /^[A-Za-z]:\//.test(p);
    const anchored = isAbsolute || p.replace(/\/+$/, '').includes('/') ? p.replace(/^\.\//, '') : `**/${p}`;
    (isAbsolute ? absolute : relative).push(globToRegExp(anchored.replace(/\/+$/, '')));
  }
  if (relative.length === 0 && absolute.length === 0) return NOTHING_EXCLUDED;
  return (file) => {
    const p = file.replace(/\\/g, '/');
    const isAbsolute = p.startsWith('/') || /^[A-Za-z]:\//.test(p);
    // A folder matched excludes what is inside it: every leading part of the path is tried.
    const parts = p.split('/');
    for (let n = 1; n <= parts.length; n++) {
      const prefix = parts.slice(0, n).join('/');
      if (!prefix) continue;
      if ((isAbsolute ? absolute : relative).some((r) => r.test(prefix))) return true;
    }
    return false;
  };
}

/** One glob as a regular expression over the whole path (see excludeMatcher for the syntax). */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const atStart = i === 0 || glob[i - 1] === '/';
      const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
      if (atStart && glob[i + 2] === '/') {
        out += '(?:.*/)?'; // "**/": any number of folders, none too
        i += 2;
      } else if (atStart && atEnd && out.endsWith('/')) {
        out = `${out.slice(0, -1)}(?:/.*)?`; // "/**" at the end: the folder itself or anything in it
        i += 1;
      } else {
        out += '.*';
        i += 1;
      }
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = close;
      }
    } else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  while (braces-- > 0) out += ')';
  return new RegExp(`^${out}$`);
}
