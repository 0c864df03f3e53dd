/** Whether a span is Chinese, Korean or Japanese text rather than English (its first 200 characters decide). */
export function isCjkText(text: string, start: number, end: number): boolean {
  let cjk = 0;
  let latin = 0;
  for (let i = start; i < end && i < start + 200; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3040 && c <= 0xd7af) cjk++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return cjk * 3 >= latin;
}
