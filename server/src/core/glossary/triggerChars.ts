/**
 * Which characters a sentence holds, among the few that rules and finders need: each rule names
 * characters one of which every match of its cue contains, so one pass over the sentence's
 * characters rules out every rule (and its cue test) that cannot match. The gate is exact as long
 * as each rule's characters are: it only skips cue tests that would fail.
 */

// Character code -> trigger id (0: not a trigger). Ids index `seen`, stamped per scan.
const ID = new Uint8Array(65536);
let ids = 0;
const seen = new Uint32Array(256);
let stamp = 0;
// The ids the last scan saw, each once, in the order first seen.
const seenIds = new Uint8Array(256);
let seenCount = 0;

/** The ids of `chars`, registering those not seen before. */
export function triggerIds(chars: string): number[] {
  const out: number[] = [];
  for (const c of chars) {
    const code = c.charCodeAt(0);
    if (c.length !== 1) throw new Error(`trigger '${c}' is not one UTF-16 unit`);
    if (ID[code] === 0) {
      if (ids === 255) throw new Error('too many trigger characters');
      ID[code] = ++ids;
    }
    if (!out.includes(ID[code])) out.push(ID[code]);
  }
  return out;
}

/** Records the trigger characters of `text` between `start` and `end` (a new scan, unless `more`). */
export function scanTriggers(text: string, start: number, end: number, more = false): void {
  if (!more) {
    if (stamp === 0xffffffff) {
      seen.fill(0);
      stamp = 0;
    }
    stamp++;
    seenCount = 0;
  }
  const s = stamp;
  for (let i = start; i < end; i++) {
    const id = ID[text.charCodeAt(i)];
    if (id !== 0 && seen[id] !== s) {
      seen[id] = s;
      seenIds[seenCount++] = id;
    }
  }
}

/**
 * The rules of a table (by index) that the last scan may let through, as bits in `out` (32 rules a
 * word): those with no triggers, and those with a trigger the scan saw. `masks` holds, for each
 * trigger id, the bits of the rules it lets through (`words` words an id); see triggerMasks.
 */
export function triggeredRules(masks: Uint32Array, always: Uint32Array, out: Uint32Array): void {
  const words = always.length;
  out.set(always);
  for (let k = 0; k < seenCount; k++) {
    const base = seenIds[k] * words;
    for (let w = 0; w < words; w++) out[w] |= masks[base + w];
  }
}

/** The per-id rule bits (and the bits of rules without triggers) for rules with these trigger ids. */
export function triggerMasks(ruleIds: readonly (readonly number[] | null)[]): { masks: Uint32Array; always: Uint32Array } {
  const words = Math.max(1, Math.ceil(ruleIds.length / 32));
  const masks = new Uint32Array(256 * words);
  const always = new Uint32Array(words);
  ruleIds.forEach((ids, r) => {
    if (!ids) always[r >> 5] |= 1 << (r & 31);
    else for (const id of ids) masks[id * words + (r >> 5)] |= 1 << (r & 31);
  });
  return { masks, always };
}

/** True when the last scan saw one of these triggers. */
export function triggered(triggers: readonly number[]): boolean {
  for (let i = 0; i < triggers.length; i++) if (seen[triggers[i]] === stamp) return true;
  return false;
}
