/**
 * Counts the characters searched while `fn` runs, a measure of work that does not depend on the
 * machine's load: comparing it for an input and one four times as long tells a linear reading
 * (about 4x) from a quadratic one (about 16x) without a clock.
 *
 * RegExp.prototype.exec and String.prototype.indexOf are wrapped for the duration; String methods
 * taking a RegExp (matchAll, replace, split, test) go through exec. A failed search counts the rest
 * of the input (a sticky expression one character).
 */
export function scanWork<T>(fn: () => T): { result: T; scanned: number } {
  const exec = RegExp.prototype.exec;
  const indexOf = String.prototype.indexOf;
  let scanned = 0;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, input);
    if (this.sticky) scanned += m ? m[0].length + 1 : 1;
    else scanned += m ? m.index + m[0].length - from : Math.max(0, String(input).length - from);
    return m;
  };
  String.prototype.indexOf = function (this: string, search: string, position?: number) {
    const from = Math.max(0, Math.trunc(position ?? 0));
    const at = indexOf.call(this, search, position);
    scanned += at < 0 ? Math.max(0, this.length - from) : at - from + 1;
    return at;
  };
  try {
    return { result: fn(), scanned };
  } finally {
    RegExp.prototype.exec = exec;
    String.prototype.indexOf = indexOf;
  }
}
