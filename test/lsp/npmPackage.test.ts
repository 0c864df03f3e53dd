import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers/lspClient.js';
import { column, makePdf } from '../helpers/makePdf.js';

/*
 * The npm package, as a CI job would use it: `npm pack` makes the tarball (of the bundles `npm test`
 * has just built: prepack's production build is skipped, so dist/ is not rebuilt under the other
 * tests' feet), it is installed into a clean folder with no network (the package has no runtime
 * dependency: every library is bundled), and `npx policy-writer check drafts/` runs there, reading
 * the folder's policy-writer.json, a Markdown source and a Chinese PDF source (pdf.js's CMaps ship
 * in the package).
 */
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

test('npm pack, install the tarball offline into a clean folder, npx policy-writer check drafts/', { timeout: 240_000 }, () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-npm-'));
  // An empty cache: the install must need nothing from the registry or from earlier installs.
  const env = { ...process.env, npm_config_cache: path.join(dir, 'npm-cache'), npm_config_update_notifier: 'false', LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
  try {
    const pack = spawnSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', env });
    assert.equal(pack.status, 0, pack.stderr);
    const [packed] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    const files = packed.files.map((f) => f.path);
    for (const needed of ['dist/cli.js', 'dist/server.js', 'dist/indexWorker.js', 'dist/extractors.js', 'dist/corpus-index.bin', 'dist/pdfjs/cmaps/UniGB-UCS2-H.bcmap', 'README.md', 'LICENSE']) assert.ok(files.includes(needed), `${needed} is in the package`);
    assert.ok(files.some((f) => /^dist\/data\/zhEnLexicon\.[0-9a-f]+\.json$/.test(f)), 'the lexicons the bundles read are in the package');
    assert.ok(!files.some((f) => f.startsWith('server/') || f.startsWith('test/') || f.endsWith('.map')), 'no sources, tests or source maps');
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(Object.keys(manifest.dependencies ?? {}), [], 'no runtime dependency: everything is bundled');

    const project = path.join(dir, 'project');
    mkdirSync(path.join(project, 'drafts'), { recursive: true });
    writeFileSync(path.join(project, 'package.json'), '{ "name": "brief-ci", "private": true }\n');
    cpSync(path.join(ROOT, 'test', 'fixtures', 'figures', 'corpus'), path.join(project, 'sources'), { recursive: true });
    writeFileSync(path.join(project, 'sources', 'wang2023_dongya.pdf'), makePdf([{ texts: column(['2023年中日韩三国贸易额达到7800亿美元，同比增长5.2%。'], 60, 700, 12, 'cjk') }]));
    writeFileSync(path.join(project, 'policy-writer.json'), '{ "corpus": { "paths": ["sources"], "includeBundled": false } }\n');
    writeFileSync(path.join(project, 'drafts', 'brief.md'), 'Trade at the Hunchun crossing reached $3 billion in 2023 [@kim2025].\n\n2023年中日韩三国贸易额达到7800亿美元[@wang2023]。\n');

    const install = spawnSync(npm, ['install', '--offline', '--no-audit', '--no-fund', path.join(dir, packed.filename)], { cwd: project, encoding: 'utf8', env });
    assert.equal(install.status, 0, install.stderr);

    const version = spawnSync(npx, ['--offline', 'policy-writer', '--version'], { cwd: project, encoding: 'utf8', env });
    assert.equal(version.stdout.trim(), manifest.version, version.stderr);
    const check = spawnSync(npx, ['--offline', 'policy-writer', 'check', '--format', 'json', 'drafts/'], { cwd: project, encoding: 'utf8', env });
    assert.equal(check.status, 1, check.stderr);
    assert.match(check.stderr, /config: .*policy-writer\.json/);
    const out = JSON.parse(check.stdout);
    assert.equal(out.corpus.sources, 2, check.stderr);
    assert.deepEqual(out.drafts[0].findings.map((f: { code: string; line: number }) => [f.code, f.line]), [['figure.contradicted', 1]]);
    assert.ok(out.drafts[0].figureList.some((f: { status: string; supportedBy: string | null }) => f.status === 'supported' && f.supportedBy === 'wang2023'), 'the PDF source backs the Chinese figure');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
