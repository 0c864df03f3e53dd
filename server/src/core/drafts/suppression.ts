import { readFrontMatter } from '../corpus/frontMatter.js';
import type { MarkdownReading } from './proseMask.js';

/**
 * Comments that silence checks, as markdownlint and Vale read theirs. Only comments in prose
 * count: the parser never reports one inside code (fenced, indented or inline).
 *
 * - `<!-- policy-writer-disable figure.uncited -->` … `<!-- policy-writer-enable figure.uncited -->`:
 *   the named rules (diagnostic codes; a prefix such as `figure` names all `figure.*` rules; several
 *   by spaces or commas) are off between the two, or to the end of the draft when never enabled.
 * - `<!-- policy-writer-disable -->` … `<!-- policy-writer-enable -->`: every rule.
 * - `<!-- policy-writer-ignore -->`: one figure, the one right before it on its line ("12%<!-- … -->",
 *   what the quick fix writes), or else the next figure after it. Never the rest of the line.
 * - `<!-- policy-writer-disable figures -->` anywhere in prose, or `policy-writer: off` in front
 *   matter: no figure checks in the whole file (the older form, kept).
 */
export interface Suppressions {
  figuresOff: boolean;
  /** where rules are off: `rules` undefined means every rule but those in `except` */
  ranges: SuppressedRange[];
  /** the ignore comments, by offset */
  ignores: { start: number; end: number }[];
  /** each rule name a directive gives, with where (unknown names are reported by the diagnostics) */
  named: { rule: string; start: number; end: number }[];
}

export interface SuppressedRange {
  start: number;
  end: number;
  rules?: string[];
  except?: string[];
}

const DIRECTIVE = /^\s*policy-writer-(disable|enable|ignore)(?:\s+([^]*?))?\s*$/;

export function readSuppressions(text: string, reading: Pick<MarkdownReading, 'comments' | 'frontMatterEnd'>): Suppressions {
  const out: Suppressions = { figuresOff: frontMatterOff(text, reading.frontMatterEnd), ranges: [], ignores: [], named: [] };
  // What is off now: every rule (from `allFrom`, but those enabled since), and rules by name.
  let allFrom: number | undefined;
  let except: string[] = [];
  const byRule = new Map<string, number>();
  const closeAll = (at: number) => {
    if (allFrom !== undefined && at > allFrom) out.ranges.push({ start: allFrom, end: at, except: except.length ? except : undefined });
    allFrom = undefined;
  };
  for (const c of reading.comments) {
    const m = DIRECTIVE.exec(c.body);
    if (!m) continue;
    const verb = m[1];
    const rules = (m[2] ?? '').split(/[\s,]+/).filter(Boolean);
    for (const rule of rules) out.named.push({ rule, start: c.start, end: c.end });
    if (verb === 'ignore') {
      out.ignores.push({ start: c.start, end: c.end });
    } else if (verb === 'disable') {
      if (rules.length === 1 && rules[0] === 'figures') {
        out.figuresOff = true;
      } else if (rules.length === 0) {
        if (allFrom === undefined) allFrom = c.end;
        else if (except.length) {
          closeAll(c.start);
          allFrom = c.end;
        }
        except = [];
      } else {
        for (const r of rules) if (!byRule.has(r)) byRule.set(r, c.end);
        if (allFrom !== undefined && except.some((e) => rules.includes(e))) {
          closeAll(c.start);
          allFrom = c.end;
          except = except.filter((e) => !rules.includes(e));
        }
      }
    } else if (rules.length === 0) {
      closeAll(c.start);
      except = [];
      for (const [rule, from] of byRule) if (c.start > from) out.ranges.push({ start: from, end: c.start, rules: [rule] });
      byRule.clear();
    } else {
      for (const r of rules) {
        const from = byRule.get(r);
        if (from !== undefined && c.start > from) out.ranges.push({ start: from, end: c.start, rules: [r] });
        byRule.delete(r);
      }
      if (allFrom !== undefined) {
        // "disable" then "enable figure.uncited": the rest stays off, that one rule is back on.
        closeAll(c.start);
        allFrom = c.end;
        except = [...new Set([...except, ...rules])];
      }
    }
  }
  closeAll(text.length);
  for (const [rule, from] of byRule) out.ranges.push({ start: from, end: text.length, rules: [rule] });
  return out;
}

/** Whether a rule names a diagnostic code: the code itself, or a prefix of it ("figure" for figure.uncited). */
export function ruleCovers(rule: string, code: string): boolean {
  return code === rule || code.startsWith(rule + '.');
}

/** Whether a diagnostic with this code, starting at this offset, is silenced by a disable comment. */
export function isSuppressed(s: Suppressions, code: string, offset: number): boolean {
  return s.ranges.some((r) => offset >= r.start && offset < r.end && (r.rules ? r.rules.some((rule) => ruleCovers(rule, code)) : !r.except?.some((rule) => ruleCovers(rule, code))));
}

/**
 * The figures the ignore comments silence, by start offset: for each comment, the figure that
 * ends right before it on its line, or else the first figure after it. `figures` sorted by start.
 */
export function ignoredFigureStarts(text: string, s: Suppressions, figures: { start: number; end: number }[]): Set<number> {
  const out = new Set<number>();
  for (const c of s.ignores) {
    let before: { start: number; end: number } | undefined;
    let after: { start: number; end: number } | undefined;
    for (const f of figures) {
      if (f.end <= c.start) before = f;
      else if (f.start >= c.end) {
        after = f;
        break;
      }
    }
    if (before && /^[ \t*_]*$/.test(text.slice(before.end, c.start))) out.add(before.start);
    else if (after) out.add(after.start);
  }
  return out;
}

/** `policy-writer: off` (or false) in the draft's real front matter, not in a code block that looks like it. */
function frontMatterOff(text: string, frontMatterEnd: number): boolean {
  if (!frontMatterEnd) return false;
  const value = readFrontMatter('draft', text).frontMatter?.data['policy-writer'];
  return value === false || (typeof value === 'string' && /^off$/i.test(value.trim()));
}
