import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient } from '../helpers/lspClient.js';

test('a second start reads the index from the storage folder instead of rebuilding it', async () => {
  const storagePath = mkdtempSync(path.join(os.tmpdir(), 'pw-storage-'));
  const cold = new LspClient({});
  await cold.initialize({ storagePath });
  await cold.request<any>('policyWriter/reindex', {});
  await cold.shutdown();
  const warm = new LspClient({});
  await warm.initialize({ storagePath });
  const second = await warm.request<any>('policyWriter/reindex', {});
  assert.equal(second.sources, 5);
  assert.equal(second.cachedFiles, second.files.length, 'every file came from the cache');
  await warm.shutdown();
});
