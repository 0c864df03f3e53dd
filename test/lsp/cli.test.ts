import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers/lspClient.js';
import AjvDraft04 from 'ajv-draft-04';

// A CommonJS module whose module.exports is the class (its types describe the namespace).
const Ajv4 = AjvDraft04 as unknown as typeof AjvDraft04.default;

const CLI = path.join(ROOT, 'dist', 'cli.js');
const CORPUS = path.join(ROOT, 'test', 'fixtures', 'figures', 'corpus');

// An English environment, whatever the machine's: the language of the messages follows LANG.
const ENGLISH = { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' };

function run(args: string[], env: NodeJS.ProcessEnv = ENGLISH) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env });
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-cli-'));
const draft = path.join(dir, 'draft.md');
writeFileSync(draft, '# Draft\n\nTrade at the Hunchun crossing reached $3 billion in 2023 [@kim2025].\nThe corridor carried 1.2 million tonnes of freight in 2023 [@kim2025].\n');

test('check prints file:line:col severity code message and fails on an error', () => {
  const r = run(['check', '--corpus', CORPUS, '--no-bundled', draft]);
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 1, r.stdout);
  assert.match(lines[0], new RegExp(`^${draft.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:39 error figure\\.contradicted @kim2025 gives \\$2\\.4 billion`));
});

test('--fail-on never exits 0; --format json is machine-readable', () => {
  assert.equal(run(['check', '--corpus', CORPUS, '--no-bundled', '--fail-on', 'never', draft]).status, 0);
  const r = run(['check', '--corpus', CORPUS, '--no-bundled', '--format', 'json', draft]);
  const json = JSON.parse(r.stdout);
  assert.equal(json.drafts[0].findings[0].code, 'figure.contradicted');
  assert.equal(json.corpus.sources, 1);
});

test('bad usage exits 2 with a message, a mistyped draft path too', () => {
  const bad = run(['check', '--fail-on', 'sometimes', draft]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--fail-on takes/);
  const missing = run(['check', '--no-bundled', path.join(dir, 'nope.md')]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /draft .*nope\.md does not exist/);
});

test('a corpus folder that does not exist, an unknown format or a missing folder name stop with exit 2; --help exits 0', () => {
  const noFolder = run(['check', '--corpus', path.join(dir, 'no-such-folder'), draft]);
  assert.equal(noFolder.status, 2);
  assert.match(noFolder.stderr, /corpus folder .*no-such-folder does not exist/);
  const notFolder = run(['check', '--corpus', draft, draft]);
  assert.equal(notFolder.status, 2);
  assert.match(notFolder.stderr, /is not a folder/);
  const format = run(['check', '--format', 'xml', draft]);
  assert.equal(format.status, 2);
  assert.match(format.stderr, /--format takes text, json, sarif or github \(not xml\)/);
  assert.equal(run(['check', '--corpus']).status, 2);
  const help = run(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /usage: policy-writer check/);
});

test('a GB18030 draft is decoded as GB18030, with a note, and its figures are checked', () => {
  const gb = path.join(dir, 'gb18030.md');
  // "2023年珲春口岸的跨境贸易额约为24亿美元 [@kim2025]。" encoded in GB18030 (made with iconv).
  writeFileSync(gb, Buffer.from('32303233c4eae7f5b4babfdab0b6b5c4bfe7beb3c3b3d2d7b6eed4bcceaa3234d2dac3c0d4aa205b406b696d323032355da1a30a', 'hex'));
  const r = run(['check', '--corpus', CORPUS, '--no-bundled', '--format', 'json', gb]);
  assert.match(r.stderr, /gb18030\.md is gb18030, not UTF-8/);
  const report = JSON.parse(r.stdout).drafts[0];
  assert.equal(report.figures, 1);
  assert.equal(report.citations, 1);
  assert.deepEqual(report.findings, [], 'the figure is found in the cited source');
});

test('--version, a folder of drafts, stdin, SARIF, and JSON findings with end, text and sources', () => {
  const version = run(['--version']);
  assert.equal(version.status, 0);
  assert.match(version.stdout.trim(), /^\d+\.\d+\.\d+/);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'pw-cli-folder-'));
  mkdirSync(path.join(folder, 'chapters'));
  writeFileSync(path.join(folder, 'chapters', 'one.qmd'), 'Trade at the Hunchun crossing reached $3 billion in 2023 [@kim2025].\n');
  writeFileSync(path.join(folder, 'notes.txt'), 'not a draft: $3 billion [@kim2025]\n');
  const byFolder = run(['check', '--corpus', CORPUS, '--no-bundled', '--fail-on', 'never', folder]);
  assert.equal(byFolder.stdout.trim().split('\n').length, 1, byFolder.stdout);
  assert.match(byFolder.stdout, /one\.qmd:1:39 error figure\.contradicted/);
  const stdin = spawnSync(process.execPath, [CLI, 'check', '--corpus', CORPUS, '--no-bundled', '--format', 'sarif', '-'], { encoding: 'utf8', input: 'Trade at the Hunchun crossing reached $3 billion in 2023 [@kim2025].\n' });
  assert.equal(stdin.status, 1, stdin.stderr);
  const log = JSON.parse(stdin.stdout);
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs[0].results[0].ruleId, 'figure.contradicted');
  assert.deepEqual(log.runs[0].results[0].locations[0].physicalLocation.region, { startLine: 1, startColumn: 39, endLine: 1, endColumn: 49 });
  const json = JSON.parse(run(['check', '--corpus', CORPUS, '--no-bundled', '--format', 'json', draft]).stdout);
  const f = json.drafts[0].findings[0];
  assert.equal(f.text, '$3 billion');
  assert.equal(f.endColumn - f.column, '$3 billion'.length);
  assert.equal(f.sources[0].key, 'kim2025');
  // The source passage itself, with its line in the original file, and the figure it gives.
  assert.match(f.sources[0].quote, /2\.4|24亿|billion/);
  assert.ok(f.sources[0].quote.length > f.sources[0].figure.length, JSON.stringify(f.sources[0]));
  assert.equal(typeof f.sources[0].line, 'number');
});

test('--all lists the backed figures too, in order with the findings; JSON always has the figure list', () => {
  const r = run(['check', '--corpus', CORPUS, '--no-bundled', '--all', '--fail-on', 'never', draft]);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 2, r.stdout);
  assert.match(lines[0], /:3:39 error figure\.contradicted/);
  assert.match(lines[1], /:4:22 ok figure\.supported 1\.2 million tonnes is supported by @kim2025/);
  const json = JSON.parse(run(['check', '--corpus', CORPUS, '--no-bundled', '--format', 'json', draft]).stdout);
  assert.deepEqual(json.drafts[0].figureList.map((f: { text: string; status: string }) => [f.text, f.status]), [['$3 billion', 'contradicted'], ['1.2 million tonnes', 'supported']]);
});

test('an unknown command is named; a corpus folder with no sources is warned about', () => {
  const typo = run(['chek', draft]);
  assert.equal(typo.status, 2);
  assert.match(typo.stderr, /unknown command chek/);
  const empty = mkdtempSync(path.join(os.tmpdir(), 'pw-cli-empty-'));
  const r = run(['check', '--no-bundled', '--corpus', empty, '--fail-on', 'never', draft]);
  assert.match(r.stderr, /holds no source files/);
});

test("a draft's front-matter bibliography (a Zotero export) makes its keys valid; figures citing them are said to be uncheckable", () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'pw-cli-bib-'));
  writeFileSync(path.join(folder, 'refs.bib'), '@report{mensah2022,\n  title = {Ports of West Africa},\n  author = {Mensah, Kofi},\n  year = {2022}\n}\n');
  const brief = path.join(folder, 'brief.md');
  writeFileSync(brief, '---\ntitle: Ports\nbibliography: refs.bib\n---\n\nTema handled 1.5 million TEU in 2021 [@mensah2022].\n');
  const r = run(['check', '--corpus', CORPUS, '--no-bundled', '--format', 'json', brief]);
  const findings = JSON.parse(r.stdout).drafts[0].findings as { code: string; severity: string }[];
  assert.ok(!findings.some((f) => f.code === 'citation.unknown-key'), r.stdout);
  assert.deepEqual(findings.map((f) => [f.code, f.severity]), [['figure.not-in-cited-source', 'information']]);
  // The same draft without its bibliography: the key is unknown.
  writeFileSync(brief, 'Tema handled 1.5 million TEU in 2021 [@mensah2022].\n');
  assert.match(run(['check', '--corpus', CORPUS, '--no-bundled', brief]).stdout, /citation\.unknown-key/);
});

test('the project configuration file gives the CLI its corpus folders and severities, as it does the editor', () => {
  const project = mkdtempSync(path.join(os.tmpdir(), 'pw-cli-config-'));
  mkdirSync(path.join(project, 'briefs'));
  writeFileSync(path.join(project, 'policy-writer.json'), JSON.stringify({ corpus: { paths: [CORPUS], includeBundled: false }, figures: { severity: { contradicted: 'information' } } }));
  const brief = path.join(project, 'briefs', 'brief.md');
  writeFileSync(brief, 'Trade at the Hunchun crossing reached $3 billion in 2023 [@kim2025].\n');
  const r = run(['check', brief]);
  assert.match(r.stderr, /config: .*policy-writer\.json/);
  assert.match(r.stdout, /information figure\.contradicted @kim2025/);
  assert.equal(r.status, 0, 'a contradiction made information by the project does not fail the default --fail-on warning');
  // A folder of drafts holding the file is checked with it too ("check briefs/", "check ."), however it is named.
  writeFileSync(path.join(project, 'briefs', 'policy-writer.json'), JSON.stringify({ corpus: { paths: [CORPUS], includeBundled: false }, figures: { severity: { contradicted: 'information' } } }));
  for (const folder of [path.join(project, 'briefs'), path.join(project, 'briefs') + path.sep]) {
    const f = run(['check', folder]);
    assert.match(f.stderr, new RegExp(`config: .*briefs.policy-writer\\.json`), f.stderr);
    assert.match(f.stdout, /information figure\.contradicted @kim2025/);
  }
});

test('a shared bibliography (--bibliography, or "bibliography" in the project configuration) makes its keys valid in every draft', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'pw-cli-sharedbib-'));
  const bib = path.join(folder, 'library.bib');
  writeFileSync(bib, '@report{osei2021,\n  title = {Inland Ports},\n  author = {Osei, Ama},\n  year = {2021}\n}\n');
  const brief = path.join(folder, 'brief.md');
  writeFileSync(brief, 'Dry ports multiplied [@osei2021].\n');
  assert.match(run(['check', '--corpus', CORPUS, '--no-bundled', brief]).stdout, /citation\.unknown-key/);
  assert.doesNotMatch(run(['check', '--corpus', CORPUS, '--no-bundled', '--bibliography', bib, brief]).stdout, /unknown-key/);
  const missing = run(['check', '--corpus', CORPUS, '--no-bundled', '--bibliography', path.join(folder, 'nope.bib'), brief]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /bibliography .*nope\.bib does not exist/);
  // From the project configuration, relative to the file.
  writeFileSync(path.join(folder, 'policy-writer.json'), JSON.stringify({ corpus: { paths: [CORPUS], includeBundled: false }, bibliography: ['library.bib'] }));
  assert.doesNotMatch(run(['check', brief]).stdout, /unknown-key/);
});

test('drafts are never sources: the drafts being checked, drafts/ by default, and --exclude', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pw-cli-exclude-'));
  mkdirSync(path.join(root, 'drafts'));
  mkdirSync(path.join(root, 'wip'));
  writeFileSync(path.join(root, 'mensah2022.md'), '---\nid: mensah2022\n---\n\nIn 2021 the port of Tema handled 1.5 million TEU.\n');
  writeFileSync(path.join(root, 'drafts', 'old.md'), 'In 2021 the port of Tema handled 2.9 million TEU.\n');
  writeFileSync(path.join(root, 'wip', 'notes.md'), 'In 2021 the port of Tema handled 2.9 million TEU.\n');
  const brief = path.join(root, 'brief.md');
  writeFileSync(brief, 'In 2021 the port of Tema handled 2.9 million TEU [@mensah2022].\n');
  const json = (args: string[]) => JSON.parse(run(['check', '--no-bundled', '--corpus', root, '--format', 'json', ...args]).stdout);
  // brief.md sits in the corpus folder but is being checked: not a source; drafts/old.md is excluded.
  const plain = json([brief]);
  assert.equal(plain.corpus.sources, 2, 'mensah2022.md and wip/notes.md');
  assert.ok(!plain.drafts[0].figureList.some((f: any) => f.supportedBy === 'brief'), JSON.stringify(plain.drafts[0].figureList));
  const excluded = json(['--exclude', 'wip/**', brief]);
  assert.equal(excluded.corpus.sources, 1);
  assert.deepEqual(excluded.drafts[0].findings.map((f: any) => f.code), ['figure.contradicted']);
  const bad = run(['check', '--exclude']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--exclude takes a glob pattern/);
});

test('an R Markdown draft: chunks, inline R code and cross-references are not checked', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'pw-cli-rmd-'));
  const rmd = path.join(folder, 'brief.Rmd');
  writeFileSync(rmd, '---\ntitle: Corridor\n---\n\n```{r}\ntrade <- 99 # billion dollars\n```\n\nTrade at the Hunchun crossing reached $3 billion in 2023 [@kim2025] (Table \\@ref(tab:trade), @fig-map); `r 42` rows.\n');
  const r = run(['check', '--no-bundled', '--corpus', CORPUS, rmd]);
  assert.deepEqual(r.stdout.trim().split('\n').map((l) => l.split(' ').slice(1, 3).join(' ')), ['error figure.contradicted'], r.stdout);
});

test('--lang zh writes the findings in Chinese, with the same codes; a Chinese LANG does so by default; --lang en overrides it', () => {
  const zh = run(['check', '--corpus', CORPUS, '--no-bundled', '--lang', 'zh', '--format', 'json', draft]);
  const en = run(['check', '--corpus', CORPUS, '--no-bundled', '--format', 'json', draft]);
  const zf = JSON.parse(zh.stdout).drafts[0];
  const ef = JSON.parse(en.stdout).drafts[0];
  assert.deepEqual(zf.findings.map((f: any) => [f.code, f.line, f.column]), ef.findings.map((f: any) => [f.code, f.line, f.column]));
  assert.match(zf.findings[0].message, /^@kim2025 给出的是\$2\.4 billion（2023年），文稿写的是\$3 billion：“/);
  assert.match(zf.figureList.find((f: any) => f.status === 'supported').message, /有来源支持，见 @kim2025/);
  const chineseEnv = { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
  const zhText = run(['check', '--corpus', CORPUS, '--no-bundled', draft], chineseEnv);
  assert.match(zhText.stdout, /error figure\.contradicted @kim2025 给出的是/);
  // The summary lines too (a trial user found them left in English).
  assert.match(zhText.stderr, /^语料库：\d+ 个来源，\d+ 条参考文献，\d+ 个问题$/m);
  assert.match(zhText.stderr, /：\d+ 个数字，\d+ 处引用，\d+ 条检查结果$/m);
  assert.match(run(['check', '--corpus', CORPUS, '--no-bundled', '--lang', 'en', draft], chineseEnv).stdout, /error figure\.contradicted @kim2025 gives/);
  const bad = run(['check', '--lang', 'fr', draft]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--lang takes en or zh \(not fr\)/);
});

test('--format sarif is valid SARIF 2.1.0 by its JSON schema, for findings and for a clean run', () => {
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
  // unicodeRegExp off: one pattern of the schema (a language tag) is not valid with the u flag.
  const validate = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
  const clean = path.join(dir, 'clean.md');
  writeFileSync(clean, 'The corridor carried 1.2 million tonnes of freight in 2023 [@kim2025].\n');
  const withFindings = run(['check', '--corpus', CORPUS, '--no-bundled', '--format', 'sarif', draft]);
  for (const out of [withFindings.stdout, run(['check', '--corpus', CORPUS, '--no-bundled', '--format', 'sarif', clean]).stdout]) {
    const log = JSON.parse(out);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  }
  const result = JSON.parse(withFindings.stdout).runs[0].results[0];
  // The source passage behind the finding, at its line in the source file.
  assert.equal(result.relatedLocations[0].physicalLocation.artifactLocation.uri, pathToFileURL(path.join(CORPUS, 'kim2025_tumen-logistics.md')).href);
  assert.equal(typeof result.relatedLocations[0].physicalLocation.region.startLine, 'number');
  assert.match(result.relatedLocations[0].message.text, /^@kim2025: .*2\.4 billion/);
  // The schema is strict enough to catch a broken log: the test would see one.
  const broken = JSON.parse(withFindings.stdout);
  broken.runs[0].results[0].level = 'information';
  assert.equal(validate(broken), false);
});

test('--format github prints workflow annotations, escaped, with positions and the code as title', () => {
  const file = path.join(dir, 'gh.md');
  writeFileSync(file, 'Trade at the Hunchun crossing reached $3 billion in 2023 [@kim2025].\nSee [@kimm2025].\n');
  const r = run(['check', '--corpus', CORPUS, '--no-bundled', '--format', 'github', file]);
  assert.equal(r.status, 1);
  const lines = r.stdout.trim().split('\n');
  const escaped = file.split(path.sep).join('/').replace(/:/g, '%3A').replace(/,/g, '%2C');
  assert.equal(lines.length, 2, r.stdout);
  assert.match(lines[0], new RegExp(`^::error file=${escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},line=1,col=39,endLine=1,endColumn=49,title=figure\\.contradicted::@kim2025 gives \\$2\\.4 billion`));
  assert.match(lines[1], /^::error file=.*,line=2,col=7,endLine=2,endColumn=15,title=citation\.unknown-key::Unknown citation key @kimm2025\./);
  // A message of several lines stays one command: the runner reads %0A as a line break.
  assert.ok(lines.every((l) => l.startsWith('::')));
});

test("the $policy-writer problem matcher's pattern reads every finding line of the text output", () => {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const matcher = manifest.contributes.problemMatchers.find((m: any) => m.name === 'policy-writer');
  const re = new RegExp(matcher.pattern.regexp);
  const file = path.join(dir, 'pm.md');
  writeFileSync(file, 'Trade at the Hunchun crossing reached $3 billion in 2023 [@kim2025].\nFreight on the corridor rose 18 percent on the previous year in 2023.\nSee [@kimm2025].\nThe corridor carried 1.2 million tonnes of freight in 2023 [@kim2025].\n');
  const text = run(['check', '--corpus', CORPUS, '--no-bundled', '--all', file]);
  const json = JSON.parse(run(['check', '--corpus', CORPUS, '--no-bundled', '--format', 'json', file]).stdout).drafts[0].findings;
  const matched = text.stdout.trim().split('\n').map((l) => l.match(re)).filter((m): m is RegExpMatchArray => !!m);
  const p = matcher.pattern;
  assert.deepEqual(
    matched.map((m) => ({ file: m[p.file], line: +m[p.line], column: +m[p.column], severity: m[p.severity], code: m[p.code], message: m[p.message] })),
    json.map((f: any) => ({ file, line: f.line, column: f.column, severity: f.severity, code: f.code, message: f.message })),
  );
  assert.ok(json.some((f: any) => f.severity === 'information'), 'an information finding is read too');
  // The --all lines of backed figures ("ok figure.supported") are no problems.
  const ok = text.stdout.split('\n').filter((l) => / ok figure\.supported /.test(l));
  assert.ok(ok.length > 0, text.stdout);
  assert.ok(ok.every((l) => !re.test(l)));
});

test('a reader that closes the pipe early ends the run quietly, with no EPIPE stack trace', () => {
  // Enough findings to fill a pipe's buffer many times over; the shell's reader takes one line.
  const many = path.join(dir, 'many.md');
  writeFileSync(many, Array.from({ length: 3000 }, (_, i) => `第${i + 1}项：2023年某市货运量为${1000 + i}万吨。`).join('\n') + '\n');
  const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" check --no-bundled --corpus "${CORPUS}" --all "${many}" | head -n 1`], { encoding: 'utf8', env: ENGLISH });
  assert.equal(r.stdout.split('\n').filter(Boolean).length, 1);
  assert.doesNotMatch(r.stderr, /EPIPE|Error:/);
});

test('a project configuration file that cannot be read fails the run (exit 2) instead of checking against the wrong corpus', () => {
  const project = mkdtempSync(path.join(os.tmpdir(), 'pw-cli-config-'));
  writeFileSync(path.join(project, 'policy-writer.json'), '{ "corpus": { "paths": ["sources"] "includeBundled": false } }\n');
  writeFileSync(path.join(project, 'brief.md'), '2023年货运量为1200万吨。\n');
  const r = run(['check', path.join(project, 'brief.md')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /policy-writer\.json is not valid JSON: .* at line 1, column \d+: fix the file or remove it/);
});

test('a corpus folder named by the project configuration that does not exist says to fix the configuration, not to pass --corpus', () => {
  const project = mkdtempSync(path.join(os.tmpdir(), 'pw-cli-config-'));
  writeFileSync(path.join(project, 'policy-writer.json'), JSON.stringify({ corpus: { paths: ['sourcez'], includeBundled: false } }));
  writeFileSync(path.join(project, 'brief.md'), '2023年货运量为1200万吨。\n');
  const r = run(['check', path.join(project, 'brief.md')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /corpus folder .*sourcez does not exist; fix corpus\.paths in .*policy-writer\.json/);
  assert.doesNotMatch(r.stderr, /--corpus/);
});

test('a single string for corpus.paths in the project configuration: the warning shows the list to write, and the empty corpus names the file to fix', () => {
  const project = mkdtempSync(path.join(os.tmpdir(), 'pw-cli-config-'));
  writeFileSync(path.join(project, 'policy-writer.json'), JSON.stringify({ corpus: { paths: 'sources', includeBundled: false } }));
  writeFileSync(path.join(project, 'brief.md'), '2023年货运量为1200万吨。\n');
  const r = run(['check', path.join(project, 'brief.md')]);
  assert.match(r.stderr, /corpus\.paths should be an array of folder paths, got "sources"; using the default \(write \["sources"\]\)/);
  assert.match(r.stderr, /no corpus: the bundled corpus is off and no corpus folder is set.*corpus\.paths of .*policy-writer\.json/);
  assert.doesNotMatch(r.stderr, /--no-bundled/);
});

test('a broken symbolic link in a corpus folder is a problem in the total, with what to do', () => {
  const corpus = path.join(dir, 'linked-corpus');
  mkdirSync(corpus, { recursive: true });
  writeFileSync(path.join(corpus, 'ash2026_port.md'), '---\nid: ash2026\ntitle: Port Report\nyear: 2026\n---\nThe port handled 4.2 million TEU in 2026.\n');
  symlinkSync(path.join(dir, 'no-such-file.md'), path.join(corpus, 'gone.md'));
  const linkDraft = path.join(dir, 'link-draft.md');
  writeFileSync(linkDraft, 'The port handled 4.2 million TEU in 2026 [@ash2026].\n');
  const r = run(['check', '--no-bundled', '--corpus', corpus, linkDraft]);
  assert.match(r.stderr, /gone\.md: broken symbolic link: .*remove the link or restore its target/);
  assert.match(r.stderr, /corpus: 1 source, 1 reference, 1 problem\b/);
  const json = JSON.parse(run(['check', '--format', 'json', '--no-bundled', '--corpus', corpus, linkDraft]).stdout);
  assert.equal(json.corpus.problems.length, 1);
});

test('indexing progress goes to stderr once indexing takes long, never to stdout; a quick run prints none', () => {
  const quick = run(['check', '--corpus', CORPUS, '--no-bundled', draft]);
  assert.doesNotMatch(quick.stderr, /Indexing sources|Indexed sources/);
  // As if indexing were slow: progress from the first file on.
  const slow = run(['check', '--corpus', CORPUS, '--no-bundled', draft], { ...ENGLISH, POLICY_WRITER_PROGRESS_AFTER_MS: '0' });
  assert.match(slow.stderr, /^Indexing sources: \d+\.\d of \d+\.\d MB… \d+ s$/m);
  assert.match(slow.stderr, /^Indexed sources: \d+\.\d MB in \d+\.\d s$/m);
  assert.equal(slow.stdout, quick.stdout);
  assert.equal(slow.status, quick.status);
});
