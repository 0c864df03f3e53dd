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
  }
  const s = stamp;
  for (let i = start; i < end; i++) {
    const id = ID[text.charCodeAt(i)];
    if (id !== 0) seen[id] = s;
  }
}

/** True when the last scan saw one of these triggers. */
export function triggered(triggers: readonly number[]): boolean {
  for (let i = 0; i < triggers.length; i++) if (seen[triggers[i]] === stamp) return true;
  return false;
}
