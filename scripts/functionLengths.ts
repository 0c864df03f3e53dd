// Lists the functions of server/src longer than a limit (60 lines by default), longest first:
//   node --import tsx scripts/functionLengths.ts [limit] [folder-or-file...]
// A function's length is its span in lines, nested functions included. Used by
// test/unit/functionLengths.test.ts, which holds the folders already brought under the limit to it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

export interface LongFunction {
  file: string;
  name: string;
  line: number;
  lines: number;
}

function sources(target: string): string[] {
  if (!statSync(target).isDirectory()) return target.endsWith('.ts') && !target.endsWith('.d.ts') ? [target] : [];
  return readdirSync(target).flatMap((e) => sources(path.join(target, e)));
}

function nameOf(node: ts.Node, sf: ts.SourceFile): string {
  const named = node as { name?: ts.Node };
  if (named.name) return named.name.getText(sf);
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText(sf);
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText(sf);
  return '(anonymous)';
}

/** Every function-like node of the files under `targets` spanning more than `limit` lines. */
export function longFunctions(targets: string[], limit = 60): LongFunction[] {
  const out: LongFunction[] = [];
  for (const file of targets.flatMap(sources)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) && (node as { body?: ts.Node }).body) {
        const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
        const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
        if (end - start + 1 > limit)
          out.push({ file, name: nameOf(node, sf), line: start + 1, lines: end - start + 1 });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out.sort((a, b) => b.lines - a.lines);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const [limitArg, ...targets] = process.argv.slice(2);
  const root = path.resolve(import.meta.dirname, '..');
  const found = longFunctions(targets.length ? targets : [path.join(root, 'server', 'src')], Number(limitArg) || 60);
  for (const f of found) console.log(`${f.lines}\t${path.relative(root, f.file)}:${f.line}\t${f.name}`);
  console.log(`${found.length} functions over ${Number(limitArg) || 60} lines`);
}
