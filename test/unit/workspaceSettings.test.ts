import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver/node.js';
import { SILENT_LOGGER } from '../../server/src/core/index.js';
import type { ServerState } from '../../server/src/lsp/serverContext.js';
import { WorkspaceSettings } from '../../server/src/node/workspaceSettings.js';
import { DEFAULT_SETTINGS } from '../../server/src/settings.js';

// The settings side of the server, without a server: a fake connection that records the warnings
// shown and answers workspace/configuration, and workspace folders made on disk.

function fakeConnection(sections: unknown[] = []) {
  const shown: string[] = [];
  const asked: unknown[] = [];
  const connection = {
    window: { showWarningMessage: async (m: string) => void shown.push(m) },
    workspace: {
      getConfiguration: async (items: unknown[]) => {
        asked.push(items);
        return sections;
      },
    },
  } as unknown as Connection;
  return { connection, shown, asked };
}

function stateOf(workspaceFolders: string[], init: ServerState['init'] = {}, pullConfiguration = false): ServerState {
  return {
    settings: DEFAULT_SETTINGS,
    locale: 'en',
    init: { bundledCorpusPath: '/bundled', ...init },
    workspaceFolders,
    client: { pullConfiguration, showProgress: false, watchFiles: false, folderEvents: false },
  };
}

function withFolders(fn: (root: string) => void | Promise<void>) {
  return async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'pw-settings-'));
    try {
      await fn(root);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };
}

test('without workspace folders the corpus is the bundled one plus the configured paths; applying calls back', () => {
  let applied = 0;
  const state = stateOf([]);
  const settings = new WorkspaceSettings(
    { connection: fakeConnection().connection, logger: SILENT_LOGGER, state },
    () => applied++,
  );
  settings.apply({ corpus: { paths: ['/sources'] }, bibliography: ['/refs.bib'] });
  assert.deepEqual(settings.corpusFolders(), ['/bundled', '/sources']);
  assert.deepEqual(settings.sharedBibliographies(), ['/refs.bib']);
  assert.equal(applied, 1);
  settings.apply({ corpus: { paths: ['/sources'], includeBundled: false } });
  assert.deepEqual(settings.corpusFolders(), ['/sources']);
  assert.equal(settings.bundledFolder(), undefined);
  assert.equal(applied, 2);
});

test('a restricted workspace reads only the bundled corpus and no bibliography', () => {
  const state = stateOf([], { trusted: false });
  const settings = new WorkspaceSettings(
    { connection: fakeConnection().connection, logger: SILENT_LOGGER, state },
    () => undefined,
  );
  settings.apply({ corpus: { paths: ['/sources'] }, bibliography: ['/refs.bib'] });
  assert.deepEqual(settings.corpusFolders(), ['/bundled']);
  assert.deepEqual(settings.sharedBibliographies(), []);
});

test(
  'each workspace folder resolves its own relative corpus paths, from its own settings',
  withFolders((root) => {
    const [a, b] = [path.join(root, 'a'), path.join(root, 'b')];
    const state = stateOf([a, b]);
    const settings = new WorkspaceSettings(
      { connection: fakeConnection().connection, logger: SILENT_LOGGER, state },
      () => undefined,
    );
    settings.apply({}, [
      { corpus: { paths: ['sources'] } },
      { corpus: { paths: ['papers'] }, bibliography: ['refs.json'] },
    ]);
    assert.deepEqual(settings.corpusFolders(), ['/bundled', path.join(a, 'sources'), path.join(b, 'papers')]);
    assert.deepEqual(settings.sharedBibliographies(), [path.join(b, 'refs.json')]);
  }),
);

test(
  "a folder's project file gives its corpus; what the editor sets itself wins over it",
  withFolders((root) => {
    writeFileSync(
      path.join(root, 'policy-writer.json'),
      JSON.stringify({ corpus: { paths: ['from-file'] }, citationStyle: 'apa' }),
    );
    const state = stateOf([root]);
    const settings = new WorkspaceSettings(
      { connection: fakeConnection().connection, logger: SILENT_LOGGER, state },
      () => undefined,
    );
    settings.apply({});
    assert.deepEqual(settings.corpusFolders(), ['/bundled', path.join(root, 'from-file')]);
    assert.equal(state.settings.citationStyle, 'apa');
    settings.apply({ citationStyle: 'chicago-author-date' });
    assert.equal(state.settings.citationStyle, 'chicago-author-date');
  }),
);

test(
  'a project file that cannot be read is shown once, however often the settings are applied',
  withFolders((root) => {
    mkdirSync(path.join(root, 'w'));
    writeFileSync(path.join(root, 'w', 'policy-writer.json'), '{ not json');
    const fake = fakeConnection();
    const settings = new WorkspaceSettings(
      { connection: fake.connection, logger: SILENT_LOGGER, state: stateOf([path.join(root, 'w')]) },
      () => undefined,
    );
    settings.apply({});
    settings.apply({});
    assert.equal(fake.shown.length, 1);
    assert.match(fake.shown[0], /policy-writer\.json is not valid JSON/);
  }),
);

test('the corpus identity changes with the corpus folders, size cap and exclusions, not with severities', () => {
  const settings = new WorkspaceSettings(
    { connection: fakeConnection().connection, logger: SILENT_LOGGER, state: stateOf([]) },
    () => undefined,
  );
  settings.apply({ corpus: { paths: ['/one'] } });
  const first = settings.corpusIdentity();
  settings.apply({ corpus: { paths: ['/one'] }, figures: { severity: { uncited: 'hint' } } });
  assert.equal(settings.corpusIdentity(), first);
  settings.apply({ corpus: { paths: ['/one'], exclude: ['**/old/**'] } });
  assert.notEqual(settings.corpusIdentity(), first);
  settings.apply({ corpus: { paths: ['/two'] } });
  assert.notEqual(settings.corpusIdentity(), first);
});

test('refresh pulls the workspace and per-folder sections from a client that offers them, else re-applies the last push', async () => {
  const fake = fakeConnection([{ corpus: { paths: ['/pulled'] } }, {}]);
  const pulling = new WorkspaceSettings(
    { connection: fake.connection, logger: SILENT_LOGGER, state: stateOf(['/w'], {}, true) },
    () => undefined,
  );
  await pulling.refresh();
  assert.equal(fake.asked.length, 1);
  assert.deepEqual(fake.asked[0], [{ section: 'policyWriter' }, { scopeUri: 'file:///w', section: 'policyWriter' }]);
  const pushed = new WorkspaceSettings(
    { connection: fakeConnection().connection, logger: SILENT_LOGGER, state: stateOf([]) },
    () => undefined,
  );
  await pushed.refresh({ corpus: { paths: ['/pushed'] } });
  assert.deepEqual(pushed.corpusFolders(), ['/bundled', '/pushed']);
  await pushed.refresh();
  assert.deepEqual(pushed.corpusFolders(), ['/bundled', '/pushed'], 'the last push again');
});

test(
  'a corpus folder that does not exist is said at once, and a problem is shown once however often settings are read',
  withFolders((root) => {
    const fake = fakeConnection();
    const settings = new WorkspaceSettings(
      { connection: fake.connection, logger: SILENT_LOGGER, state: stateOf([]) },
      () => {},
    );
    const missing = path.join(root, 'no-such-folder');
    settings.apply({ corpus: { paths: [missing, root] } });
    settings.apply({ corpus: { paths: [missing, root] } });
    assert.equal(fake.shown.length, 1);
    assert.match(fake.shown[0], /corpus folder .*no-such-folder does not exist.*policyWriter\.corpus\.paths/);
    // Fixed, then broken again: shown again.
    settings.apply({ corpus: { paths: [root] } });
    settings.apply({ corpus: { paths: [missing] } });
    assert.equal(fake.shown.length, 2);
  }),
);

test(
  "a relative corpus folder is checked where the index looks for it (the workspace folder), not in the server's working directory",
  withFolders((root) => {
    mkdirSync(path.join(root, 'sources'));
    const fake = fakeConnection();
    const warned: string[] = [];
    const logger = { ...SILENT_LOGGER, warn: (m: string) => void warned.push(m) };
    const settings = new WorkspaceSettings({ connection: fake.connection, logger, state: stateOf([root]) }, () => {});
    settings.apply({ corpus: { paths: ['sources', 'missing'] } });
    settings.apply({ corpus: { paths: ['sources', 'missing'] } });
    assert.equal(fake.shown.length, 1);
    assert.match(
      fake.shown[0],
      new RegExp(`corpus folder ${path.join(root, 'missing').replace(/[/\\\\]/g, '.')} does not exist`),
    );
    // Logged once too: the client sends settings at start-up and again when asked.
    assert.equal(warned.length, 1);
  }),
);
