/**
 * Which trade flow a value measures: exports, imports, their total, or the balance. Trade
 * statistics state all four side by side ("跨境电商进出口1024.6亿元，其中出口867.9亿元"), and an
 * English draft's "exports … 86.8 billion yuan" restates the part after 出口, not the total after
 * 进出口, even though the total's clause shares more words. The word is looked for in any of the
 * three languages, so a draft and a source in different languages can be compared.
 */
export type TradeFlow = 'export' | 'import' | 'total' | 'balance';

// Longer forms first, so 进出口 is not read as 出口 and "exports and imports" not as exports.
const FLOW_WORD =
  /进出口|出口|进口|输出入|輸出入|输出|輸出|输入|輸入|贸易(?:总额|额)?|貿易|外贸|逆差|顺差|黒字|赤字|수출입|수출|수입|교역|무역|흑자|적자|\b(?:imports? and exports?|exports? and imports?|two-way trade|total trade|trade|exports?|exported|exporting|imports?|imported|importing|surplus|deficit)\b/gi;

const FLOWS: [RegExp, TradeFlow][] = [
  [/^(?:逆差|顺差|黒字|赤字|흑자|적자|surplus|deficit)$/i, 'balance'],
  [/^(?:进出口|输出入|輸出入|贸易|貿易|贸易额|贸易总额|外贸|수출입|교역|무역|imports? and exports?|exports? and imports?|two-way trade|total trade|trade)$/i, 'total'],
  [/^(?:出口|输出|輸出|수출|exports?|exported|exporting)$/i, 'export'],
  [/^(?:进口|输入|輸入|수입|imports?|imported|importing)$/i, 'import'],
];

// A statement ends at a full stop or a semicolon; a comma does not end it ("出口867.9亿元，增长23.4%":
// the change is the exports').
const STATEMENT_END = /[。；;!?！？]|\.\s/g;

/** The flow named nearest before `at` in its statement (at most 60 characters back), if any. */
export function tradeFlowBefore(text: string, at: number): TradeFlow | undefined {
  let window = text.slice(Math.max(0, at - 60), at);
  let cut = -1;
  for (const m of window.matchAll(STATEMENT_END)) cut = m.index + m[0].length;
  if (cut >= 0) window = window.slice(cut);
  let last: string | undefined;
  for (const m of window.matchAll(FLOW_WORD)) last = m[0];
  if (!last) return undefined;
  for (const [re, flow] of FLOWS) if (re.test(last)) return flow;
  return undefined;
}
