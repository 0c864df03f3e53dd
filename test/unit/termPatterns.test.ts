import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeText } from '../../server/src/core/corpus/normalize.js';
import { extractTermEvidence, type TermEvidence } from '../../server/src/core/glossary/termExtractor.js';
import { DEFINITION_RULES } from '../../server/src/core/glossary/definitionRules.js';
import { chineseNameStart } from '../../server/src/core/glossary/termBoundary.js';
import { termKey } from '../../server/src/core/glossary/termKey.js';
import { getGlossary } from '../../server/src/core/glossary/glossary.js';
import { termAt } from '../../server/src/core/glossary/termLookup.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { snapshotOf } from '../helpers/memoryCorpus.js';

// Every sentence here is invented: the rules must read definitions they were not written from.

function evidenceOf(source: string): TermEvidence[] {
  return extractTermEvidence(normalizeText(source).text);
}

/** The best evidence whose first name is `name`, or a failure listing what was found. */
function defines(source: string, name: string): TermEvidence {
  const found = evidenceOf(source).filter((e) => e.names[0] === name).sort((a, b) => b.score - a.score);
  assert.ok(found.length, `no evidence for "${name}"; found ${JSON.stringify(evidenceOf(source).map((e) => [e.rule, e.names]))}`);
  return found[0];
}

function assertRule(source: string, name: string, rule: string, aliases: string[] = []): void {
  const e = defines(source, name);
  assert.equal(e.rule, rule, `"${name}" read by ${e.rule}`);
  for (const a of aliases) assert.ok(e.names.includes(a), `"${a}" not among ${JSON.stringify(e.names)}`);
}

test('the rule table: every rule has a name, a language, a cue and a pattern with a term group', () => {
  const names = new Set<string>();
  for (const r of DEFINITION_RULES) {
    assert.ok(!names.has(r.name), `duplicate rule ${r.name}`);
    names.add(r.name);
    assert.match(r.lang, /^(zh|en|ko|ja|any)$/);
    assert.ok(r.pattern.source.includes('?<term>'), r.name);
  }
});

test('Chinese: 所谓/即/也就是/是指/指的是', () => {
  assertRule('所谓“潮汐经济”，是指沿海城市依托潮汐能形成的产业集群。', '潮汐经济', 'zh-quoted-is');
  assertRule('各地开始建设“冷链走廊”，即连接产地与口岸的低温物流通道。', '冷链走廊', 'zh-quoted-is');
  assertRule('山地光伏，也就是在坡地上架设的光伏电站，已推广多年。', '山地光伏', 'zh-clause-that-is');
  assertRule('边境数据驿站是指在口岸设立的数据中转设施。', '边境数据驿站', 'zh-clause-is');
  assertRule('海洋牧场（Marine Ranching，MR）指的是在特定海域投放人工鱼礁的养殖方式。', '海洋牧场', 'zh-clause-is', ['Marine Ranching', 'MR']);
  assert.equal(defines('所谓“潮汐经济”，是指沿海城市依托潮汐能形成的产业集群。', '潮汐经济').kind, 'explicit');
});

test('Chinese: 称为/被称为/简称/以下简称/定义为', () => {
  assertRule('各国把沿海城市之间共享的应急物资库称为“海岸储备池”。', '海岸储备池', 'zh-called');
  assertRule('把过剩风电送往邻国的做法被称为“风电外送”。', '风电外送', 'zh-called');
  assertRule('跨境冷链物流标准互认安排，简称“冷链互认”，使各方承认彼此的检验结果。', '跨境冷链物流标准互认安排', 'zh-short-name', ['冷链互认']);
  assertRule('跨境冷链物流标准（以下简称“冷链标准”）是指各方共同采用的温控规范。', '跨境冷链物流标准', 'zh-clause-is', ['冷链标准']);
  assertRule('本报告将“港口韧性指数”定义为港口在冲击后恢复吞吐量的速度。', '港口韧性指数', 'zh-define-as');
});

test('Chinese: 即 after a classifier noun, a digit-led alias, two names split by a fullwidth comma', () => {
  assertRule('各方建立“五方框架”（5-Party Framework）机制，即由五国轮流主持的协商机制。', '五方框架', 'zh-quoted-is', ['5-Party Framework']);
  assertRule('海上救助协调中心（Maritime Rescue Hub，海上救助枢纽）是指各国共同值守的救助调度机构。', '海上救助协调中心', 'zh-clause-is', ['Maritime Rescue Hub', '海上救助枢纽']);
  // 即 as a word of its own meaning "at once" or "namely so" does not define.
  assert.equal(evidenceOf('各方立即，随即启动程序。“冷链”倡议即是如此。').filter((e) => e.kind === 'explicit').length, 0);
});

test('Chinese boundaries: a subject, a verb or a particle before a name is cut off; names with 与 are kept', () => {
  assert.equal(defines('中方支持东海渔业银行（EFB）为渔民提供贷款。', '东海渔业银行').names[1], 'EFB');
  assert.ok(defines('该标准已在亚太航运联盟（APSA）框架下完成测试。', '亚太航运联盟'));
  assert.ok(defines('海洋合作与发展组织（OMCD）发布了年度报告。', '海洋合作与发展组织'));
  assert.equal(chineseNameStart('我们推动区域冷链联盟'), '我们推动'.length);
});

test('English: refers to, is defined as, We define … as, X means', () => {
  assertRule('Tidal commons refers to shared rights over intertidal zones.', 'Tidal commons', 'en-refers-to');
  assertRule('In most port statistics, port resilience is defined as the speed at which a port recovers.', 'port resilience', 'en-refers-to');
  assertRule('We define a coastal buffer as any strip of land within 500 metres of the shore.', 'coastal buffer', 'en-we-define');
  assertRule('Ballast swap (BWS), which refers to the exchange of ballast water at sea, is now banned.', 'Ballast swap', 'en-refers-to', ['BWS']);
  assertRule('In this report, reef credit means a tradable unit of restored coral.', 'reef credit', 'en-refers-to');
  // A clause before "means" is not a name.
  assert.equal(evidenceOf('The treaty gives states rights, but not the means to enforce them.').length, 0);
});

test('English: the so-called, known as, "X, or Y, is"', () => {
  assertRule('Harbours face the so-called berth squeeze, in which ships wait days for a slot.', 'berth squeeze', 'en-so-called');
  assertRule('Much of the trade runs through informal brokers, known as the grey network; they keep no records.', 'grey network', 'en-known-as');
  assertRule('A green bond, or climate bond, is a debt instrument whose proceeds fund clean projects.', 'green bond', 'en-or-apposition', ['climate bond']);
  const gloss = defines('The port congestion index, or the number of ships waiting per berth each day, is rising.', 'port congestion index');
  assert.deepEqual(gloss.names, ['port congestion index'], 'a long gloss after "or" is the definition, not a name');
  assertRule('In the north, what planners call the 2-1-2 household: two parents, one child and two grandparents.', '2-1-2 household', 'en-known-as');
});

test('English: a definition after a colon, in a footnote, in a glossary table', () => {
  assertRule('> **Tidal power:** electricity generated from the rise and fall of the sea.', 'Tidal power', 'colon-entry');
  assertRule('Port dues: charges levied on ships for using a harbour.', 'Port dues', 'colon-entry');
  assertRule('Ports differ.[^1]\n\n[^1]: Cold ironing refers to powering a berthed ship from the shore grid.', 'Cold ironing', 'en-refers-to');
  assertRule('| Term | Definition |\n|---|---|\n| Ballast swap | the exchange of ballast water in open sea before a ship enters port |', 'Ballast swap', 'table-row');
  // A title and its subtitle, a URL, a cited author are not entries.
  assert.equal(evidenceOf('Destined for Glory: Can Two Powers Avoid Conflict?\nhttps://example.org/a\n王小明：《港口合作研究》，2020年。').length, 0);
});

test('English: a native name with an English gloss in the same parentheses', () => {
  assertRule('Busan\'s Haenyeo Pass (해녀패스, meaning "diver pass") gives every diver free transport.', 'Haenyeo Pass', 'paren-alias', ['해녀패스', 'diver pass']);
  assertRule('Osaka\'s Minato Kizuna scheme (港の絆, meaning "harbour bond") links retired crews with ports.', 'Minato Kizuna scheme', 'paren-alias', ['港の絆', 'harbour bond', 'Minato Kizuna']);
});

test('Korean: ~(이)란 …을 말한다, ~라 함은, 이른바, ~(으)로 정의', () => {
  assertRule('해양공유지(Marine Commons)란 여러 국가가 공동으로 관리하는 해역을 말한다.', '해양공유지', 'ko-iran', ['Marine Commons']);
  assertRule('연안 완충지대라 함은 해안선으로부터 500미터 이내의 토지를 말한다.', '연안 완충지대', 'ko-iran');
  assertRule("이른바 '항구 함정(harbour trap)', 즉 항만의 과잉 투자가 가장 큰 문제로 꼽힌다.", '항구 함정', 'ko-so-called', ['harbour trap']);
  assertRule("본 연구에서는 항만이 충격 후 물동량을 회복하는 속도를 '항만 회복력'으로 정의한다.", '항만 회복력', 'ko-define-as');
  assertRule('해상 풍력 허브(Offshore Wind Hub，OWH)는 여러 풍력단지의 전력을 모으는 해상 변전 시설이다.', '해상 풍력 허브', 'paren-alias', ['Offshore Wind Hub', 'OWH']);
  // "혼란" ends in 란 but defines nothing.
  assert.equal(evidenceOf('시장의 혼란 속에서 가격이 올랐다.').length, 0);
});

test('Korean text keeps its word spaces and its sentences', () => {
  const { text } = normalizeText('항만 회복력은 중요하다. 2023년 부산항은\n회복되었다.');
  assert.equal(text, '항만 회복력은 중요하다. 2023년 부산항은 회복되었다.');
});

test('Japanese: とは…をいう, いわゆる, と呼ばれる, （以下「X」という。）, a colon', () => {
  assertRule('海洋コモンズとは、複数の国が共同で管理する海域をいう。', '海洋コモンズ', 'ja-towa');
  assertRule('高齢の漁業者を地域で支える仕組みは「漁業ケア」と呼ばれる。', '漁業ケア', 'ja-called');
  assertRule('いわゆる「浜の高齢化」、すなわち漁業者の過半が65歳以上となる状態が続いている。', '浜の高齢化', 'ja-so-called');
  assertRule('両国は港湾の相互利用を定める協定（以下「港湾連携協定」という。）を締結した。', '港湾連携協定', 'ja-called');
  assertRule('港湾寿命：港湾施設が安全に使用できる期間。', '港湾寿命', 'colon-entry');
  // A quoted remark ending in a verb is not a name.
  assert.equal(evidenceOf('局長は「人材の確保は急務だ」と言う。').length, 0);
});

test('fullwidth letters in a source become the same key as ASCII', () => {
  assert.equal(termKey('ＳＳＡ'), termKey('SSA'));
  const e = defines('海底储能联盟（Ｓｅａ Ｓｔｏｒａｇｅ Ａｌｌｉａｎｃｅ，ＳＳＡ）是指各国共建的海底储能网络。', '海底储能联盟');
  assert.ok(e.names.includes('SSA') && e.names.includes('Sea Storage Alliance'), JSON.stringify(e.names));
});

// Glossary level: ranking, wrapped names and matching across scripts in drafts.
const WRAPPED = [
  '近年来，沿海各国在港口合作领域提出了多种新的制度安排，并在实践',
  '中不断加以完善。本文首先回顾这些安排的由来，再讨论其成效与局限。',
  '所谓“潮汐',
  '经济”，是指沿海城市依托潮汐能形成的产业集群，其核心是发电与养殖',
  '的结合。潮汐经济在各地的发展水平差异较大，有待进一步比较研究。',
  '海洋牧场（Marine Ranching，MR）指的是在特定海域投放人工鱼礁的养殖方式，',
  '已在多个沿海省份推广。',
].join('\n');
const REPORT = [
  '# Harbours in transition',
  '',
  'Summary: we study the so-called berth squeeze, among other pressures.',
  '',
  'The berth squeeze refers to the queue of ships that forms when terminals run out of slots.',
].join('\n');
const OTHER = 'Ports mentioned the berth squeeze (BSQ) in passing, as a concern of their clients.';
const snapshot = snapshotOf({ '/c/zhou2021.txt': WRAPPED, '/c/lee2022.md': REPORT, '/c/other2023.md': OTHER });

function hoverPassage(draft: string, name: string): string | undefined {
  const at = draft.indexOf(name);
  const hit = termAt(snapshot, analyzeDraft(draft), at + 1);
  if (!hit || hit.match.start !== at || hit.match.end !== at + name.length) return undefined;
  const p = hit.entry.passages[0];
  return p.doc.normalized.text.slice(p.start, p.end);
}

test('a term wrapped across lines in a PDF extraction is one name', () => {
  assert.match(hoverPassage('我们讨论潮汐经济的问题。', '潮汐经济') ?? '', /依托潮汐能/);
});

test('a defining sentence beats a passing mention, in the same document and in another one', () => {
  assert.match(hoverPassage('We discuss the berth squeeze here.', 'berth squeeze') ?? '', /refers to the queue/);
  assert.match(getGlossary(snapshot).entries.find((e) => e.name === 'berth squeeze')!.passages[0].doc.path, /lee2022/);
});

test('Latin names inside Chinese text and Chinese names inside English text', () => {
  assert.match(hoverPassage('我们讨论Marine Ranching的问题。', 'Marine Ranching') ?? '', /人工鱼礁/);
  assert.match(hoverPassage('这提高了MR的效率。', 'MR') ?? '', /人工鱼礁/);
  assert.match(hoverPassage('We discuss 海洋牧场 in this brief.', '海洋牧场') ?? '', /人工鱼礁/);
  assert.match(hoverPassage('中文里的berth squeeze问题。', 'berth squeeze') ?? '', /refers to the queue/);
});
