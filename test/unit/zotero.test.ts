import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { citationText, pickCitationFromZotero, ZOTERO_CAYW_URL } from '../../client/src/zotero.js';

// "Insert citation from Zotero" against a small local stand-in that answers as Better BibTeX's
// Cite-as-you-write endpoint does: ?probe=true → "ready", ?format=pandoc → the chosen keys.

interface StandIn {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

async function standIn(answer: (url: URL, res: http.ServerResponse) => void): Promise<StandIn> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/better-bibtex/cayw') {
      res.writeHead(404).end('No endpoint found');
      return;
    }
    answer(url, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/better-bibtex/cayw`,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

const betterBibTeX = (picked: string) => (url: URL, res: http.ServerResponse) => {
  if (url.searchParams.get('probe')) res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ready');
  else if (url.searchParams.get('format') === 'pandoc') res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' }).end(url.searchParams.get('brackets') ? `[${picked}]` : picked);
  else res.writeHead(400).end('unknown format');
};

test('the endpoint is Better BibTeX on the loopback address', () => {
  assert.equal(ZOTERO_CAYW_URL, 'http://127.0.0.1:23119/better-bibtex/cayw');
});

test('keys chosen in Zotero come back in Pandoc syntax; the picker is asked for format=pandoc after a probe', async () => {
  const zotero = await standIn(betterBibTeX('@kim2025; @李2019, p. 3'));
  try {
    assert.deepEqual(await pickCitationFromZotero({ url: zotero.url }), { kind: 'citation', keys: '@kim2025; @李2019, p. 3' });
    assert.deepEqual(zotero.requests, ['/better-bibtex/cayw?probe=true', '/better-bibtex/cayw?format=pandoc']);
  } finally {
    await zotero.close();
  }
});

test('brackets in the answer are taken off (they are added where needed); an empty answer is a closed picker', async () => {
  const bracketed = await standIn((url, res) => res.end(url.searchParams.get('probe') ? 'ready' : '[@kim2025]'));
  const closed = await standIn(betterBibTeX(''));
  try {
    assert.deepEqual(await pickCitationFromZotero({ url: bracketed.url }), { kind: 'citation', keys: '@kim2025' });
    assert.deepEqual(await pickCitationFromZotero({ url: closed.url }), { kind: 'cancelled' });
  } finally {
    await bracketed.close();
    await closed.close();
  }
});

test('Zotero not running, or running without Better BibTeX: a clear message, quickly', async () => {
  const gone = await standIn(betterBibTeX('@x'));
  const url = gone.url;
  await gone.close();
  const started = Date.now();
  const notRunning = await pickCitationFromZotero({ url });
  assert.equal(notRunning.kind, 'error');
  assert.match((notRunning as { message: string }).message, /Zotero is not running .*Start Zotero with the Better BibTeX add-on/);
  assert.ok(Date.now() - started < 2000);
  const withoutBbt = await standIn((_url, res) => res.writeHead(404).end('No endpoint found'));
  try {
    const r = await pickCitationFromZotero({ url: withoutBbt.url });
    assert.match((r as { message: string }).message, /Better BibTeX is not installed/);
  } finally {
    await withoutBbt.close();
  }
});

test('a probe or a picker that never answers times out; the editor can cancel the wait', async () => {
  const silent = await standIn(() => undefined); // accepts, never answers
  const slowPicker = await standIn((url, res) => (url.searchParams.get('probe') ? res.end('ready') : undefined));
  try {
    const probe = await pickCitationFromZotero({ url: silent.url, probeTimeoutMs: 200 });
    assert.match((probe as { message: string }).message, /Zotero is not running/);
    const picker = await pickCitationFromZotero({ url: slowPicker.url, pickTimeoutMs: 300 });
    assert.equal(picker.kind, 'error');
    assert.match((picker as { message: string }).message, /gave no answer within 1 second; nothing was inserted/);
    // The editor cancels while the picker is open: the cancel is sent once the picker request has
    // arrived (an event, not a timer), and the default three-minute wait must not be waited out.
    const abort = new AbortController();
    const cancelled = await standIn((url, res) => (url.searchParams.get('probe') ? res.end('ready') : abort.abort()));
    try {
      assert.deepEqual(await pickCitationFromZotero({ url: cancelled.url, signal: abort.signal }), { kind: 'cancelled' });
    } finally {
      await cancelled.close();
    }
  } finally {
    await silent.close();
    await slowPicker.close();
  }
});

test('an unexpected answer is reported with its status, not inserted', async () => {
  const broken = await standIn((url, res) => (url.searchParams.get('probe') ? res.end('ready') : res.writeHead(500).end('Error: translator failed')));
  try {
    const r = await pickCitationFromZotero({ url: broken.url });
    assert.deepEqual(r, { kind: 'error', message: 'Zotero answered HTTP 500: Error: translator failed; nothing was inserted.' });
  } finally {
    await broken.close();
  }
});

test('the keys join the citation the cursor is in, else get brackets of their own', () => {
  assert.equal(citationText('@a; @b', 'As shown ', ' here.'), '[@a; @b]');
  assert.equal(citationText('@a', 'As shown [see ', '] here.'), '@a');
  assert.equal(citationText('@a', 'As shown [@kim2025', '] here.'), '; @a');
  assert.equal(citationText('@a', 'As shown [@kim2025; ', '] here.'), '@a');
  assert.equal(citationText('@a', 'A [link](x) and ', ' text.'), '[@a]');
  assert.equal(citationText('@a', 'An open [ bracket ', ' never closed.'), '[@a]');
});
