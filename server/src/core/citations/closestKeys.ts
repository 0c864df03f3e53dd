/** Keys closest to a mistyped one, by edit distance (ties broken alphabetically); for quick fixes. */
export function closestKeys(key: string, keys: readonly string[], limit: number): string[] {
  const lower = key.toLowerCase();
  return keys
    .map((k) => ({ k, d: editDistance(lower, k.toLowerCase()) }))
    .filter((x) => x.d <= Math.max(2, Math.ceil(key.length / 2)))
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, limit)
    .map((x) => x.k);
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 10) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
