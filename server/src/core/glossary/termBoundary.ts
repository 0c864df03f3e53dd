/**
 * Where a Chinese name starts inside a run of characters that ends with it. Chinese writes no
 * spaces, so the run before "（ADB）" may be "中方支持亚洲开发银行": the subject and the verb
 * must be cut off. Intl.Segmenter (ICU's dictionary) gives the words; function words and common
 * verbs among them mark where the clause before the name ends.
 */

// Characters that never occur inside a name: the run is cut after the last of them.
// Traditional forms too (並, 還, 這, 該).
const STOP_CHARS = new Set([...'的了是但而并或被也就都又还即这该此並還這該']);

// The last words in a run that give another name: "又称", "俗稱为", "也叫".
const ALSO_CALLED = /(?:[又也亦俗或通统統别別][称稱](?:为|為|之为)?|又名|[也又]叫(?:做)?)(?!.*(?:[又也亦俗或通统統别別][称稱]|又名|[也又]叫))/;

// Single-character words (as segments) that end the clause before a name: "标准已在亚太…" (and their
// traditional forms: "市政府已從亞洲開發銀行").
// 与/和/及/对 are not here: they occur inside names (经济合作与发展组织), so they are only
// stripped at the start.
const FUNCTION_WORDS = new Set([...'已在于把将从向让使给经凡称跟应据由於將從讓給經稱應據']);
// Conjunctions and prepositions that also join the parts of a name: "中方与亚洲基础设施投资银行"
// is cut, "经济合作与发展组织" is not. The cut is made only when the words after it are as many
// as the acronym in the parenthesis has letters (AIIB: four), or when it opens the run before a
// whole word.
const JOINING_WORDS = new Set([...'与和及对同與對']);

// Verbs that take a name as their object; as whole segments, a name starts after them.
const OBJECT_VERBS = new Set(
  '参见 参看 详见 引自 支持 提出 推动 推进 建立 建设 参与 加入 发起 成立 设立 签署 通过 根据 包括 实施 启动 主导 利用 作为 依托 借助 委托 邀请 认为 表示 指出 显示 呼吁 采用 设置 实行 形成 提供 完成 覆盖 按照 依照 参照 依据 基于 针对 依據 參照 針對 基於 试点 达成 加快 完善 提升 提高 加强 扩大 构建 打造 开展 落实 优化 健全 强化 推行 倡导 实现 坚持 增强 改善 引入 制定 出台 发布 组建 创建 筹建 开通'.split(' '),
);

// Adverbs: the word after one is a verb ("各方日益重视生态流量"), and a name starts after that verb.
const ADVERBS = new Set('日益 日渐 不断 逐步 逐渐 进一步 正在 已经 更加 大力 积极 继续 共同 开始 越来越 始终 一直 仍然 再次 率先 首次 相继 分别 主要 普遍 高度 充分'.split(' '));

// Words that often precede a name in running text but never start one (kept from the rules the
// bundled corpus taught).
const LEADING_VERBS = /^(?:作者根据|根据|参见|参看|详见|转引自|引自|比如说|比如|例如|包括|推进|建设|通过|作为|加入|参与|成立|设立|签署|主导|提出|实施|利用|启动|和|与|及|对|在|把|将|以|由)/;

// A number and a classifier before a name: 165个, 3家, 一批.
const COUNT = /^(?:\d+(?:\.\d+)?|[一两几数])(?:多|余)?[个项家座批所名位]/;

let segmenter: Intl.Segmenter | undefined;

/**
 * Where a name starts in a clause that runs up to it, when the clause says so plainly: after
 * the last 的 ("属于典型的梯级开发") or after a verb that takes it as object ("提出建立1+3协作机制").
 * 0 when there is no such mark.
 */
export function markedNameStart(run: string): number {
  let from = 0;
  // "…的风险是断链断供，指的是…": after 是 the predicate names the term (at least two characters).
  for (let i = run.length - 1; i > 0; i--) {
    if (run[i] === '的' || (run[i] === '是' && run.length - i > 2)) {
      from = i + 1;
      break;
    }
  }
  const rest = run.slice(from);
  // Only an object verb ends a cut here: without one, there is nothing to segment for.
  if (!hasWordEndingBy(rest, OBJECT_VERBS, rest.length - 2)) return from;
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  let cut = 0;
  for (const s of segmenter.segment(rest)) {
    const end = s.index + s.segment.length;
    if (rest.length - end >= 2 && OBJECT_VERBS.has(s.segment)) cut = end;
  }
  return from + cut;
}

// A document names its terms again and again before their parentheses: the cut of a run is
// remembered for the document being read (cleared by forgetNameStarts, bounded regardless).
const NAME_STARTS = new Map<string, number>();

/** Drops the remembered cuts: called when extraction moves to another document. */
export function forgetNameStarts(): void {
  NAME_STARTS.clear();
}

/** Offset in `run` where the name at its end starts; `words`: the letters of its acronym, if known. */
export function chineseNameStart(run: string, words?: number, singleName = false): number {
  const key = `${run}\u0000${words ?? ''}\u0000${singleName ? 1 : 0}`;
  let cut = NAME_STARTS.get(key);
  if (cut === undefined) {
    if (NAME_STARTS.size > 5000) NAME_STARTS.clear();
    NAME_STARTS.set(key, (cut = computeNameStart(run, words, singleName)));
  }
  return cut;
}

function computeNameStart(run: string, words?: number, singleName = false): number {
  let from = 0;
  for (let i = run.length - 1; i >= 0; i--) {
    if (STOP_CHARS.has(run[i]) && !(run[i] === '都' && inDu(run, i))) {
      from = i + 1;
      break;
    }
  }
  // "…，又称无感知性低血糖（…）": the words that give another name (又称, 俗称, 也叫) end the clause before it.
  const also = ALSO_CALLED.exec(run);
  if (also && also.index + also[0].length > from && run.length - also.index - also[0].length >= 2) from = also.index + also[0].length;
  from += segmentCut(run.slice(from), words, singleName);
  let rest = run.slice(from);
  // "已设立165个跨境…试验区": a count and its classifier are not part of the name.
  const count = COUNT.exec(rest);
  if (count && rest.length - count[0].length >= 2) {
    from += count[0].length;
    rest = rest.slice(count[0].length);
  }
  for (let i = 0; i < 3 && LEADING_VERBS.test(rest); i++) {
    const stripped = rest.replace(LEADING_VERBS, '');
    if (stripped.length < 2) break;
    // Only a whole word: 和平, 在地, 以色列, 对外 begin with one of these characters.
    if (!wordBoundaryAt(rest, rest.length - stripped.length)) break;
    // 对/在/以/由 before another one-character word: the segmenter did not know the word
    // (以/工/代/赈, 在/岸/人民/币), as segmentCut reads single characters. 和/与/及 still join
    // (和/东/盟), and 把/将 still open a clause (将/韩/半岛).
    if (rest.length - stripped.length === 1 && /^[对在以由]/.test(rest) && !wordAtStartIsLong(stripped)) break;
    from += rest.length - stripped.length;
    rest = stripped;
  }
  return from;
}

/**
 * A short name made of a verb and its object, opening the sentence it is defined in ("强化治疗是指…", "去杠杆化是指…"): the
 * segmenter cuts after the verb, but nothing stands before it (a one-character prefix such as 去 or 再 aside).
 */
export function verbObjectName(term: string): boolean {
  const cut = term.length <= 8 ? chineseNameStart(term) : 0;
  return cut > 0 && term.length - cut >= 2 && OBJECT_VERBS.has(term.slice(/^[去再非反超准微]/.test(term) && cut === 3 ? 1 : 0, cut));
}

/** 都 inside a word (都市, 都會, 首都, 成都, 京都), not the adverb "all" that ends a clause. */
function inDu(run: string, i: number): boolean {
  return /[市会會心城府]/.test(run[i + 1] ?? '') || /[首成京古帝国國旧舊故]/.test(run[i - 1] ?? '');
}

/** True when the first word the segmenter finds in `run` has two characters or more. */
function wordAtStartIsLong(run: string): boolean {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  for (const s of segmenter.segment(run)) return s.segment.length >= 2;
  return false;
}

/** True when the segmenter ends a word `at` characters into `run`. */
function wordBoundaryAt(run: string, at: number): boolean {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  for (const s of segmenter.segment(run)) {
    const end = s.index + s.segment.length;
    if (end >= at) return end === at;
  }
  return true;
}

// A cut ends at least two characters before the end of the run, after a word that is one of
// these characters (function words, joining words, and 在/向/到 ending a verb such as 设在) or
// one of these words (object verbs, and adverbs with the verb after them). A run holding none of
// them there has no cut, whatever its segmentation: it is left whole without segmenting it.
const CUT_CHARS = new Set([...FUNCTION_WORDS, ...JOINING_WORDS, ...'在向到']);
const CUT_WORDS = [...OBJECT_VERBS, ...ADVERBS];

function mayCut(run: string): boolean {
  const limit = run.length - 2; // where a cut can end at the latest
  for (let i = 0; i < limit; i++) if (CUT_CHARS.has(run[i])) return true;
  return hasWordEndingBy(run, CUT_WORDS, limit);
}

/** True when one of `words` occurs in `run` and ends at or before `limit`. */
function hasWordEndingBy(run: string, words: Iterable<string>, limit: number): boolean {
  for (const w of words) {
    const at = run.indexOf(w);
    if (at >= 0 && at + w.length <= limit) return true;
  }
  return false;
}

/** After the last function word or object verb among the words of `run`, keeping two characters at least. */
function segmentCut(run: string, words?: number, singleName = false): number {
  if (run.length <= 3 || !mayCut(run)) return 0;
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const segments = [...segmenter.segment(run)];
  let cut = 0;
  segments.forEach((s, i) => {
    const end = s.index + s.segment.length;
    if (run.length - end < 2) return;
    // A one-character word counts only before a word of two or more: between single characters
    // the segmenter did not know the word (同盟/导/向/性), and 向 is part of 导向.
    const single = s.segment.length === 1 && (segments[i + 1]?.segment.length ?? 0) >= 2;
    const next = segments[i + 1];
    if ((single && FUNCTION_WORDS.has(s.segment)) || OBJECT_VERBS.has(s.segment)) cut = end;
    // The word after an adverb is a verb, unless it is one character: the segmenter split a word (充分/性).
    else if (ADVERBS.has(s.segment) && next && next.segment.length >= 2 && run.length - (next.index + next.segment.length) >= 2) cut = next.index + next.segment.length;
    // "首批将与香港金融管理局": a preposition after a function word ("将与", "已同") opens the name, as 以 does ("本公司将以重置价值").
    else if (s.segment.length === 1 && FUNCTION_WORDS.has(s.segment) && next?.segment.length === 1 && (JOINING_WORDS.has(next.segment) || next.segment === '以') && run.length - (next.index + 1) >= 2) cut = next.index + 1;
    // "我们将与国际清算银行": a function word and a preposition read as one word.
    else if (s.segment.length === 2 && FUNCTION_WORDS.has(s.segment[0]) && JOINING_WORDS.has(s.segment[1])) cut = end;
    // "监测站点设在允景洪": a verb with 在/向/到 after it takes the name as its object.
    else if (s.segment.length === 2 && /[在向到]$/.test(s.segment) && i > 0) cut = end;
    else if (single && JOINING_WORDS.has(s.segment)) {
      // At the start before a whole word ("同东南亚国家联盟"), with enough words after it, or
      // when the gloss names one thing ("允景洪和清盛（Chiang Saen）": no "and" in it).
      const leading = i === 0;
      if (leading || singleName || (words !== undefined && segments.length - i - 1 >= words)) cut = end;
    }
  });
  return cut;
}
