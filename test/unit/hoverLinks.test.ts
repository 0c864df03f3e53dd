import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
// markdown-it (a CommonMark parser, present through @vscode/vsce) reads the hovers as an editor would.
import MarkdownIt from 'markdown-it';
import { snapshotOf, cursor } from '../helpers/memoryCorpus.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { hoverAt, referenceMarkdown } from '../../server/src/features/hover.js';
import { escapeMarkdown } from '../../server/src/features/markdown.js';
import { corpusHits } from '../../server/src/features/corpusSearch.js';
import { completeCitation } from '../../server/src/features/completion.js';

const md = new MarkdownIt();
// Its default refuses file: links (a browser's concern); the editor opens them.
md.validateLink = () => true;

/** Every link of rendered Markdown: its target (as the renderer normalised it) and its text. */
function links(markdown: string): { href: string; text: string }[] {
  const out: { href: string; text: string }[] = [];
  const walk = (tokens: ReturnType<MarkdownIt["parse"]>) => {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.children) walk(t.children);
      if (t.type === 'link_open') {
        let text = '';
        for (let j = i + 1; j < tokens.length && tokens[j].type !== 'link_close'; j++) text += tokens[j].content;
        out.push({ href: t.attrGet("href") ?? "", text });
      }
    }
  };
  walk(md.parse(markdown, {}));
  return out;
}


// #14 case 7: a ')' in a corpus path or a key ('k)ey(x') cut the generated file and cite links.
test('links in hovers: any character of a path or a key comes back unchanged from the rendered link', () => {
  for (const dir of ['/c/a (1)', '/c/x&copy;y', '/c/q[1] #2 %20', '/c/back\\slash', '/c/k)ey(x']) {
    const path = `${dir}/k)ey(x &amp; [n].txt`;
    const s = snapshotOf({ [path]: '所谓“路径术语”，是指一个很难链接的文件里的定义。' });
    const { text, offset } = cursor('路径术|语');
    const h = hoverAt(s, analyzeDraft(text), offset);
    assert.ok(h, path);
    const found = links(h.markdown);
    const file = found.find((l) => l.href.startsWith('file:'));
    assert.ok(file, h.markdown);
    assert.equal(fileURLToPath(file.href.replace(/#L\d+$/, '')), path, `${path}: ${file.href}`);
    const cite = found.find((l) => l.href.startsWith('command:'));
    assert.ok(cite, h.markdown);
    const args = JSON.parse(decodeURIComponent(cite.href.slice(cite.href.indexOf('?') + 1)));
    assert.deepEqual(args, ['k)ey(x &amp; [n]']);
    assert.equal(found.length, 2, 'no other link');
  }
});

test('hover text from the corpus: no live links but ours, however long, and no invisible characters', () => {
  const title = `Very long title https://evil.example/x www.evil.example <https://evil.example> ${'word '.repeat(40_000)}`;
  const s = snapshotOf({ '/c/refs.json': JSON.stringify([{ id: 'huge2024', title, note: `note \u{E0041}\u{E0042}\u061C ${title}`, author: [{ family: 'Kim' }], issued: { 'date-parts': [[2024]] } }]) });
  const markdown = referenceMarkdown(s, s.references.get('huge2024')!);
  assert.ok(markdown.length < 3000, `${markdown.length} characters`);
  const found = links(markdown);
  // The cut text ends with a "…" that opens the whole entry in its bibliography file.
  assert.ok(found.length >= 1 && found.every((l) => l.text === '…' && l.href.startsWith('file:///c/refs.json#L')), JSON.stringify(found));
  assert.ok(!/[\u061C]|\u{E0041}/u.test(markdown));
  // What an editor that links bare addresses (GFM) would see: escaped, so not a link.
  assert.ok(!/https:\/\/|www\.evil/.test(markdown));
  assert.equal(escapeMarkdown('a\u{E0041}b'), 'ab');
  // The same entry in citation completion.
  const { text, offset } = cursor('见[@huge|]。');
  const item = completeCitation(s, analyzeDraft(text), offset)?.find((i) => i.key === 'huge2024');
  assert.ok(item, 'offered');
  assert.ok(item.documentation.length < 3000 && item.detail.length <= 160, `${item.documentation.length} characters`);
  const more = links(item.documentation);
  assert.ok(more.length === 1 && more[0].text === '…' && more[0].href.startsWith('file:///c/refs.json#L'), JSON.stringify(more));
});

test('Search corpus: titles and passages are capped and have no bidi controls', () => {
  const title = `A\u202Etxt.exe ${'long '.repeat(40_000)}`;
  const s = snapshotOf({ '/c/refs.json': JSON.stringify([{ id: 'long2024', title, author: [{ family: 'Lee' }], issued: { 'date-parts': [[2024]] } }]) });
  const hits = corpusHits(s, 'long');
  assert.ok(hits.length > 0);
  for (const h of hits) {
    assert.ok(h.detail.length <= 400 && !/\u202E/.test(h.detail), `${h.detail.length} characters`);
  }
});
