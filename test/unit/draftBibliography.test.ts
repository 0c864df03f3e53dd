import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bibliographyPaths, parseBibliography, withReferences } from '../../server/src/core/citations/draftBibliography.js';
import { getFigureIndex } from '../../server/src/core/figures/figureIndex.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraft } from '../../server/src/core/index.js';
import { completeCitation } from '../../server/src/features/completion.js';
import { DEFAULT_SETTINGS } from '../../server/src/settings.js';
import { cursor, snapshotOf } from '../helpers/memoryCorpus.js';
import { RAIL_SOURCE } from '../helpers/railSource.js';

const SOURCE = RAIL_SOURCE;

test('a draft names its bibliography in front matter: one path or a list', () => {
  assert.deepEqual(bibliographyPaths('---\ntitle: Brief\nbibliography: refs.bib\n---\nText.'), ['refs.bib']);
  assert.deepEqual(bibliographyPaths('---\nbibliography:\n  - a.json\n  - ../b.yaml\n---\n'), ['a.json', '../b.yaml']);
  assert.deepEqual(bibliographyPaths('No front matter. bibliography: x.bib'), []);
});

test('bibliographies in BibTeX, CSL-JSON and CSL-YAML give the same references', () => {
  const bib = parseBibliography('refs.bib', '@article{mensah2022, title={Ports of West Africa}, author={Mensah, Kofi}, year={2022}}');
  const json = parseBibliography('refs.json', JSON.stringify([{ id: 'mensah2022', title: 'Ports of West Africa', author: [{ family: 'Mensah', given: 'Kofi' }], issued: { 'date-parts': [[2022]] } }]));
  const yaml = parseBibliography('refs.yaml', 'references:\n  - id: mensah2022\n    title: Ports of West Africa\n    author:\n      - family: Mensah\n        given: Kofi\n    issued:\n      date-parts: [[2022]]\n');
  for (const r of [bib, json, yaml]) {
    assert.equal(r.references[0].id, 'mensah2022');
    assert.equal(r.references[0].year, '2022');
  }
  assert.match(parseBibliography('bad.yaml', 'references: [unclosed').problems[0].message, /CSL-YAML/);
});

test("a bibliography key is valid, offered, and a figure citing it is said to be uncheckable, not wrong", () => {
  const corpus = snapshotOf({ '/corpus/okafor2021.md': SOURCE });
  const { references } = parseBibliography('refs.bib', '@report{mensah2022, title={Ports of West Africa}, author={Mensah, Kofi}, year={2022}}');
  const view = withReferences(corpus, references, 'refs.bib@1');
  assert.equal(getFigureIndex(view), getFigureIndex(corpus), 'the figure index is shared, not rebuilt');
  assert.equal(withReferences(corpus, references, 'refs.bib@1'), view, 'one view per bibliography');
  const draft = 'Tema handled 1.5 million TEU in 2021 [@mensah2022]. See also [@nobody2020].\n';
  const analysis = analyzeDraft(draft);
  const diagnostics = checkDraft(view, analysis, DEFAULT_SETTINGS).diagnostics;
  assert.deepEqual(diagnostics.filter((d) => d.code === 'citation.unknown-key').map((d) => d.message.split('.')[0]), ['Unknown citation key @nobody2020']);
  const figure = diagnostics.find((d) => d.code === 'figure.not-in-cited-source')!;
  assert.equal(figure.severity, 'information');
  assert.match(figure.message, /cannot be checked against @mensah2022: the corpus has its reference but not its text/);
  // Without the bibliography the same key is unknown.
  assert.ok(checkDraft(corpus, analysis, DEFAULT_SETTINGS).diagnostics.some((d) => d.message.startsWith('Unknown citation key @mensah2022')));
  const { text, offset } = cursor('As shown [@mens|]');
  assert.equal(completeCitation(view, analyzeDraft(text), offset)?.[0]?.key, 'mensah2022');
});

test('a draft in a corpus folder (front matter naming a bibliography) is not indexed as a source, and says why', () => {
  const corpus = snapshotOf({
    '/corpus/okafor2021.md': SOURCE,
    '/corpus/brief.md': '---\ntitle: My brief\nbibliography: refs.bib\n---\n\nThe line carried 1.42 million tonnes of freight in 2020.\n',
    '/corpus/notes.md': '---\nid: notes2024\nbibliography: refs.bib\n---\n\nKept: it has an id of its own.\n',
  });
  assert.deepEqual(corpus.documents.map((d) => d.key).sort(), ['notes2024', 'okafor2021']);
  assert.match(corpus.problems.find((p) => p.path === '/corpus/brief.md')!.message, /looks like a draft/);
});

test('one front-matter reader for drafts and sources: the same block (BOM, CRLF, closed by --- or ...) gives the draft its bibliography and the source its key', () => {
  for (const close of ['---', '...']) {
    for (const nl of ['\n', '\r\n']) {
      const text = `\ufeff---${nl}id: zhou2019${nl}bibliography: refs.bib${nl}title: "Ports: a survey"${nl}${close}${nl}${nl}In 2020 the line carried 1.42 million tonnes.${nl}`;
      const body = text.indexOf('In 2020');
      assert.deepEqual(bibliographyPaths(text), ['refs.bib']);
      const analysis = analyzeDraft(text);
      assert.ok(analysis.mask.subarray(1, body - 2 * nl.length).every((m) => m === 1), 'the draft does not check its front matter');
      assert.equal(analysis.mask[body], 0);
      const corpus = snapshotOf({ '/corpus/zhou.md': text });
      assert.deepEqual(corpus.documents.map((d) => d.key), ['zhou2019']);
      assert.equal(corpus.references.get('zhou2019')?.title, 'Ports: a survey');
      assert.ok(corpus.documents[0].normalized.text.startsWith('In 2020'), 'the source body starts after it');
    }
  }
});
