import {
  CodeActionKind,
  CompletionItemKind,
  MarkupKind,
  type CodeAction,
  type CompletionList,
  type Hover,
  type Location,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FixData } from '../core/index.js';
import { quickFixes } from '../features/codeActions.js';
import type { ServerContext } from './serverContext.js';
import { draftOffset, draftRange, type Position } from './toLsp.js';

/*
 * The editor's own requests on a draft (hover, completion, definition, references, quick fixes):
 * each handler turns a position into an offset, asks the Analysis, and turns offsets back into
 * LSP ranges. Nothing here computes anything about drafts or the corpus.
 */

/** Runs fn on the open draft at a position; undefined for documents never opened. */
function withDraft<T>(
  ctx: ServerContext,
  uri: string,
  position: Position,
  fn: (doc: TextDocument, offset: number) => T | undefined,
): [T, TextDocument] | undefined {
  const doc = ctx.documents.get(uri);
  if (!doc) return undefined;
  const result = fn(doc, draftOffset(doc, position));
  return result === undefined ? undefined : [result, doc];
}

export function registerHoverSupport(ctx: ServerContext): void {
  ctx.connection.onHover(
    ctx.guard(async (params): Promise<Hover | null> => {
      const uri = params.textDocument.uri;
      const known = await ctx.diagnostics.findingsFor(uri);
      // Findings belong to the version they were computed for: after an edit meanwhile, none (their offsets moved).
      const findings = ctx.documents.get(uri)?.version === known.version ? known.findings : [];
      const options = { findings, style: ctx.state.settings.citationStyle, locale: ctx.state.locale };
      const found = withDraft(ctx, uri, params.position, (doc, offset) => ctx.analysis.hover(doc, offset, options));
      if (!found) return null;
      const [result, doc] = found;
      return {
        contents: { kind: MarkupKind.Markdown, value: result.markdown },
        range: draftRange(doc, result.start, result.end),
      };
    }, null),
  );
}

export function registerNavigationSupport(ctx: ServerContext): void {
  ctx.connection.onDefinition(
    ctx.guard(
      (params): Location[] =>
        withDraft(ctx, params.textDocument.uri, params.position, (doc, offset) =>
          ctx.analysis.definition(doc, offset),
        )?.[0] ?? [],
      [],
    ),
  );
  ctx.connection.onReferences(
    ctx.guard(
      (params): Location[] =>
        withDraft(ctx, params.textDocument.uri, params.position, (doc, offset) =>
          ctx.analysis.references(doc, offset),
        )?.[0] ?? [],
      [],
    ),
  );
}

export function registerCompletionSupport(ctx: ServerContext): void {
  ctx.connection.onCompletion(
    ctx.guard((params): CompletionList | null => {
      const found = withDraft(ctx, params.textDocument.uri, params.position, (doc, offset) =>
        ctx.analysis.completions(doc, offset),
      );
      if (!found) return null;
      const [items, doc] = found;
      return {
        isIncomplete: true,
        items: items.map((it) => ({
          label: it.key,
          kind: CompletionItemKind.Reference,
          detail: it.detail,
          documentation: { kind: MarkupKind.Markdown, value: it.documentation },
          filterText: it.filterText,
          sortText: it.sortText,
          textEdit: { range: draftRange(doc, it.replaceStart, it.replaceEnd), newText: it.newText },
        })),
      };
    }, null),
  );
}

export function registerCodeActionSupport(ctx: ServerContext): void {
  ctx.connection.onCodeAction(
    ctx.guard((params): CodeAction[] => {
      const doc = ctx.documents.get(params.textDocument.uri);
      if (!doc) return [];
      const text = doc.getText();
      const actions: CodeAction[] = [];
      for (const diagnostic of params.context.diagnostics) {
        const data = diagnostic.data as FixData | undefined;
        if (!data || !String(diagnostic.code ?? '').match(/^(figure|citation)\./)) continue;
        const range = { start: draftOffset(doc, diagnostic.range.start), end: draftOffset(doc, diagnostic.range.end) };
        for (const fix of quickFixes(text, data, range, ctx.state.locale)) {
          const edits = fix.edits.map((e) => ({ range: draftRange(doc, e.start, e.end), newText: e.newText }));
          actions.push({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: fix.preferred,
            edit: { changes: { [doc.uri]: edits } },
          });
        }
      }
      return actions;
    }, []),
  );
}

/** Open drafts: an edit schedules their check; closing one forgets it and clears its diagnostics. */
export function registerDocumentSupport(ctx: ServerContext): void {
  ctx.documents.onDidChangeContent((e) => ctx.diagnostics.schedule(e.document.uri));
  ctx.documents.onDidClose((e) => ctx.diagnostics.close(e.document.uri));
}
