// The layer rule: what each folder of server/src may import (docs/architecture.md, "Invariants").
// Resolved by path, not by name, so `../../workspace.js` and `../workspace.js` are the same module.
import { isBuiltin } from 'node:module';
import * as path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const SRC = path.join(ROOT, 'server', 'src');
const DATA = path.join(ROOT, 'data');

const PROTOCOL = /^(?:vscode|vscode-languageserver(?:-[a-z]+)?|vscode-jsonrpc|vscode-languageclient)(?:\/.*)?$/;
/** Builtins the core may use: plain data, no I/O. */
const PURE_BUILTINS = new Set(['buffer', 'node:buffer']);
/** Builtins that touch the machine (files, processes, threads); the lsp layer reaches them through the node layer. */
const MACHINE_BUILTINS = /^(?:node:)?(?:fs|fs\/promises|child_process|worker_threads|os|net|cluster)$/;

/** What the analysis facade may import, relative to server/src: the layers below it, never the wiring or the node side. */
const ANALYSIS_MAY_IMPORT = /^(?:core\/|analysis\/|features\/|lsp\/toLsp\.js$|protocol\.js$)/;

/** The layer of a file under server/src: core, analysis, lsp, node, or undefined (tests, wiring roots). */
export function layerOf(file) {
  const rel = path.relative(SRC, file).split(path.sep).join('/');
  if (rel.startsWith('..')) return undefined;
  if (rel.startsWith('core/')) return 'core';
  if (rel.startsWith('analysis/')) return 'analysis';
  if (
    rel.startsWith('lsp/') ||
    rel.startsWith('features/') ||
    rel === 'diagnosticsPublisher.ts' ||
    rel === 'protocol.ts' ||
    rel === 'settings.ts'
  )
    return 'lsp';
  if (
    rel.startsWith('node/') ||
    rel.startsWith('indexing/') ||
    rel.startsWith('extract/') ||
    ['workspace.ts', 'indexWorker.ts', 'projectConfig.ts', 'prebuildIndex.ts'].includes(rel)
  )
    return 'node';
  // server.ts, main.ts, cli.ts, cliShim.ts: the roots that wire the layers together.
  return 'root';
}

/** Why `from` (a file) may not import `spec`; undefined when it may. */
export function breach(from, spec) {
  const layer = layerOf(from);
  if (!layer || layer === 'root' || layer === 'node') return undefined;
  if (!spec.startsWith('.')) {
    if (layer === 'core' || layer === 'analysis') {
      if (PROTOCOL.test(spec)) return `${layer} speaks no protocol: it may not import ${spec}`;
      if (isBuiltin(spec) && !PURE_BUILTINS.has(spec))
        return `${layer} touches no files or processes: it may not import ${spec}`;
    }
    if (layer === 'lsp' && MACHINE_BUILTINS.test(spec))
      return `lsp reaches the machine through the node layer: it may not import ${spec}`;
    return undefined;
  }
  const target = path.resolve(path.dirname(from), spec);
  if (target.startsWith(DATA + path.sep) && target.endsWith('.json')) return undefined;
  const to = layerOf(target.replace(/\.js$/, '.ts'));
  if (layer === 'core' && to !== 'core') return `core imports only core (and data tables): not ${spec}`;
  if (layer === 'analysis' && !ANALYSIS_MAY_IMPORT.test(path.relative(SRC, target).split(path.sep).join('/')))
    return `analysis imports only core, the feature modules, toLsp and protocol types: not ${spec}`;
  if (layer === 'lsp' && (to === 'node' || to === 'root'))
    return `lsp does not import the node side directly: not ${spec}`;
  return undefined;
}

const rule = {
  meta: { type: 'problem', docs: { description: 'keeps each layer of server/src to what it may import' }, schema: [] },
  create(context) {
    const check = (node, source) => {
      if (source && typeof source.value === 'string') {
        const why = breach(context.filename, source.value);
        if (why) context.report({ node, message: why });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node, node.arguments[0]);
      },
    };
  },
};

export default { rules: { layers: rule } };
