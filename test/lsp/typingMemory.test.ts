import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { ROOT } from '../helpers/lspClient.js';
import type { BurstResult } from '../helpers/typingBurst.js';

// #14 case 10: with a 10 ms debounce, bursts of edits that add figures took the server's heap
// after GC from 18 to 182 MB (the per-sentence verdict cache held up to 5,000 entries of ~36 KB).
// The server runs in a child process with --expose-gc (test/helpers/typingBurst.ts): 2,000 edits
// (the 5,000 took over ten minutes on the shared machine: the edited sentences grow to
// dozens of figures), a hover on the draft (it waits for that version's check) and on another
// document and a completion every fifth edit, over a corpus where each figure has many near
// matches. Same run: heap after GC 158 -> 201.8 MB with the old verdict cache (5,000 entries,
// every source kept), 158 -> 175.4 MB today.
test('heap after GC is back within 20% of its pre-burst value after a burst of 2,000 edits that add figures', { timeout: 900_000 }, () => {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(ROOT, 'test', 'helpers', 'typingBurst.ts'), '2000', '5'], {
    cwd: ROOT,
    env: { ...process.env, POLICY_WRITER_CACHE_DIR: 'none' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const r = JSON.parse(out.trim().split('\n').pop()!) as BurstResult;
  assert.equal(r.draftHover.length, 400, 'every fifth edit was followed by requests');
  assert.ok(r.heapAfterMB <= r.heapBeforeMB * 1.2, `heap after GC ${r.heapBeforeMB} MB before the burst, ${r.heapAfterMB} MB after it`);
});
