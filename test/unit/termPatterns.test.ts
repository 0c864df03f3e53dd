import { test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import assert from 'node:assert/strict';
import { normalizeText } from '../../server/src/core/corpus/normalize.js';
import { splitSentences } from '../../server/src/core/corpus/sentences.js';
import { extractTermEvidence, type TermEvidence } from '../../server/src/core/glossary/termExtractor.js';
import { DEFINITION_RULES } from '../../server/src/core/glossary/definitionRules.js';
import { chineseNameStart } from '../../server/src/core/glossary/termBoundary.js';
import { termKey } from '../../server/src/core/glossary/termKey.js';
import { getGlossary } from '../../server/src/core/glossary/glossary.js';
import { termAt } from '../../server/src/core/glossary/termLookup.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { snapshotOf } from '../helpers/memoryCorpus.js';
import { ROOT } from '../helpers/lspClient.js';

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
    assert.ok(r.trigger, `${r.name} has no trigger characters`);
  }
});

test('the rule table: every sentence a cue matches holds one of the rule\'s trigger characters (else the gate would skip it)', () => {
  const dirs = [path.join(ROOT, 'corpus'), ...['tune', 'tune2', 'tune3', 'tune4', 'tune5', 'tune6', 'tune7', 'tune8', 'tune9', 'tune10', 'tune11', 'tune12', 'tune13', 'tune14', 'tune15', 'tune16'].map((set) => path.join(ROOT, 'test', 'fixtures', 'terms', set, 'corpus'))];
  let matched = 0;
  for (const dir of dirs) {
    for (const f of readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n))) {
      const text = normalizeText(readFileSync(path.join(dir, f), 'utf8')).text;
      for (const s of splitSentences(text)) {
        const sentence = text.slice(s.start, s.end);
        for (const r of DEFINITION_RULES) {
          if (!r.cue.test(sentence)) continue;
          matched++;
          assert.ok([...r.trigger!].some((c) => sentence.includes(c)), `${r.name}: cue matches "${sentence}" without a trigger character`);
        }
      }
    }
  }
  assert.ok(matched > 100);
});

test('the first sentence a process reads is tested by every rule (trigger characters are registered before the first scan)', () => {
  // A fresh process: in this one, earlier tests have already used the rule table.
  const script = `import { extractTermEvidence } from ${JSON.stringify(path.join(ROOT, 'server/src/core/glossary/termExtractor.ts'))};
console.log(JSON.stringify(extractTermEvidence('碳价走廊，即在碳市场设定价格上下限的机制。').map((e) => e.names[0])));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  assert.deepEqual(JSON.parse(out.trim()), ['碳价走廊']);
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
  assertRule('해상 풍력 허브(Offshore Wind Hub，OWH)는 여러 풍력단지의 전력을 모으는 해상 변전 시설이다.', '해상 풍력 허브', 'ko-topic', ['Offshore Wind Hub', 'OWH']);
  // "혼란" ends in 란 but defines nothing.
  assert.equal(evidenceOf('시장의 혼란 속에서 가격이 올랐다.').length, 0);
});

test('Korean text keeps its word spaces and its sentences', () => {
  const { text } = normalizeText('항만 회복력은 중요하다. 2023년 부산항은\n회복되었다.');
  assert.equal(text, '항만 회복력은 중요하다. 2023년 부산항은 회복되었다.');
  // after a comma, before a number: still a space
  assert.equal(normalizeText('전년 대비\n3.2% 증가했고, 예산을\n투입하고,\n항만을 넓힌다.').text, '전년 대비 3.2% 증가했고, 예산을 투입하고, 항만을 넓힌다.');
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

// ---- constructions added for the second tuning half (every sentence invented) ----

test('Chinese: 本文所称/通常所说的, 可以理解为, ，指, two names with 、 or /, 是一种, “X”一词…意为, an aside before 就是', () => {
  assertRule('本规定所称港口联检平台，是指口岸各部门共用的查验系统。', '港口联检平台', 'zh-clause-is');
  assertRule('**答：** 通常所说的港口拥堵，指船舶在锚地等待靠泊时间过长的现象。', '港口拥堵', 'zh-clause-is');
  assertRule('冷链驿站（cold-chain hub）可以理解为：\n沿线设立的低温中转仓库。', '冷链驿站', 'zh-clause-is', ['cold-chain hub']);
  assertRule('陆海联运、海铁联运（sea-rail transport）是指集装箱在港口与铁路之间直接换装的运输方式。', '陆海联运', 'zh-clause-is', ['海铁联运', 'sea-rail transport']);
  assertRule('口岸单一窗口/国际贸易单一窗口（Single Window）是指企业一次提交全部申报数据的平台。', '口岸单一窗口', 'zh-clause-is', ['国际贸易单一窗口', 'Single Window']);
  assertRule('港口轮值调度是一种由各港轮流承担夜间调度任务的机制。', '港口轮值调度', 'zh-is-a-kind');
  assertRule('“潮权”一词最早见于渔业习惯法，意为在潮间带采集贝类的权利。', '潮权', 'zh-word-means');
  assertRule('**答：** 联检互认，简单地说，就是一方查验的结果另一方直接承认。', '联检互认', 'zh-clause-that-is');
});

test('Chinese: 即 after 的 or an object verb, a Latin name after Chinese words, 以下简称“Y”原则', () => {
  assertRule('该港口群属于典型的错位发展，即各港分工承担不同货类的发展方式。', '错位发展', 'zh-clause-that-is');
  assertRule('《办法》提出建立2+4联络机制，即两个牵头部门加四个专项小组的协作安排。', '2+4联络机制', 'zh-clause-that-is');
  assertRule('鼓励各港运用PortTech（港口科技），即借助物联网实时调度泊位的手段。', 'PortTech', 'zh-clause-that-is', ['港口科技']);
  const e = defines('按照“统一标准、统一查验、统一放行”原则（以下简称“三统一”原则），各口岸执行相同的通关流程。', '统一标准、统一查验、统一放行');
  assert.ok(e.names.includes('三统一'), JSON.stringify(e.names));
});

test('Chinese boundaries: after an adverb and its verb, after 将与/设在, and before 和 when the gloss names one thing', () => {
  assert.deepEqual(defines('各港日益重视岸电覆盖（shore power coverage）。', '岸电覆盖').names, ['岸电覆盖', 'shore power coverage']);
  defines('我们将与亚洲港口协会（APA）开展合作。', '亚洲港口协会');
  defines('观测点设在北仑和梅山（Mei Shan）两个港区。', '梅山');
});

test('a sentence stopped by a PDF page break goes on after the page number and the running head', () => {
  const source = ['港口通报', '', '为此，各方日益重视岸线利用率（shoreline utilization），', '', '·12·', '', '港口通报', '', '它是指已开发岸线中实际用于装卸作业的比例。'].join('\n');
  const e = defines(source, '岸线利用率');
  const text = normalizeText(source).text;
  assert.match(text.slice(e.sentenceStart, e.sentenceEnd), /实际用于装卸作业/);
});

test('English: by … we mean, appositions, an aside before the verb, as used, a dash, ", or ACRONYM,", a defined term in a contract', () => {
  assertRule('By berth windowing (BW) we mean the practice of assigning each carrier a fixed weekly slot.', 'berth windowing', 'en-by-we-mean', ['BW']);
  assertRule('The second question was demurrage, by which shippers mean the charge for holding a container too long.', 'demurrage', 'en-by-which-mean');
  assertRule('Most ports report a near miss (i.e., a close approach between two vessels) every week.', 'near miss', 'en-apposition');
  assertRule('But a single STS transfer, that is, a cargo moved between two ships at sea, can spill oil.', 'STS transfer', 'en-apposition');
  assertRule('The arbitrator applied ejusdem generis, a Latin rule meaning that general words follow specific ones.', 'ejusdem generis', 'en-apposition');
  assertRule('Owners relied on the safe port doctrine, which holds that a charterer must name a port the ship can reach.', 'safe port doctrine', 'en-apposition');
  assertRule('Slow steaming, a practice adopted by carriers in 2009, denotes sailing below design speed to save fuel.', 'Slow steaming', 'en-refers-to');
  assertRule('The 48-hour rule is shorthand for the requirement that manifests reach customs two days before arrival.', '48-hour rule', 'en-refers-to');
  assertRule('Laytime, as the tribunal used the word, is the time allowed for loading without extra charge.', 'Laytime', 'en-as-used');
  assertRule('Cold ironing (CI) — the practice of plugging berthed ships into shore power — is spreading.', 'Cold ironing', 'en-dash', ['CI']);
  assertRule('There is also the Green Berth Index, or GBI, a score that grades terminals on emissions.', 'Green Berth Index', 'en-or-acronym', ['GBI']);
  assertRule('The charter also covers "Port Delay", defined as any time lost waiting for a berth.', 'Port Delay', 'en-quoted-means');
  assertRule('Clause 7 of the charter (the "Ice Clause") lets the master refuse an ice-bound port.', 'Ice Clause', 'en-defined-term');
  // A description in parentheses is not another name.
  assert.equal(evidenceOf('Captain Ada Reyes (speaking as a member of the port board) agreed.').length, 0);
});

test('Korean: a topic the sentence defines, ", 즉", 이라 함은, （이하 ‘X’）', () => {
  assertRule('항만 공동배차는 여러 운송사가 화물차를 함께 배정하는 방식을 가리킨다.', '항만 공동배차', 'ko-topic');
  assertRule('부두 혼잡도는 접안 대기 선박 수를 선석 수로 나눈 값으로 정의된다.', '부두 혼잡도', 'ko-topic');
  assertRule('참석자들은 대기 비용, 즉 선박이 접안을 기다리며 쓰는 비용이 크다고 말했다.', '대기 비용', 'ko-namely');
  assertRule('정기선 운항이라 함은 정해진 항로를 일정에 따라 운항하는 것을 말한다.', '정기선 운항', 'ko-iran');
  const e = defines('항만 디지털 전환 시범사업(이하 \'디지털항만\')은 항만 운영을 자동화하는 사업이다.', '항만 디지털 전환 시범사업');
  assert.ok(e.names.includes('디지털항만'), JSON.stringify(e.names));
  // Not topics: a place, and a clause before the marker.
  assert.equal(evidenceOf('본 연구에서는 항만을 물류 거점으로 정의한다.').filter((x) => x.rule === 'ko-topic').length, 0);
  // A glossary-like label with a list of names after it defines nothing; nor a person's romanised name.
  assert.equal(evidenceOf('**주관:** 해양수산부, 국제해사기구(IMO) 서울사무소').filter((x) => x.rule === 'colon-entry').length, 0);
  assert.equal(evidenceOf('박민준(Park Min-jun) 교수가 발표했다.').length, 0);
});

test('Japanese: a topic the sentence defines, をXと呼ぶ, いわゆるXとは, labels and loanwords in parentheses, long names', () => {
  assertRule('これに対し、港湾保安一覧は、保安上の措置を要する施設を記載する一覧のことである。', '港湾保安一覧', 'ja-topic');
  assertRule('**港湾遺産**（英: Port Heritage、略称: PH）は、港の歴史を伝える施設や慣習を指す。', '港湾遺産', 'ja-topic', ['Port Heritage', 'PH']);
  assertRule('耐用性（デュラビリティ）は、施設が設計上の性能を保つ期間を意味する。', '耐用性', 'ja-topic', ['デュラビリティ']);
  assertRule('複数の港が一体となって貨物を融通する方式を共同運営と呼ぶ。', '共同運営', 'ja-wo-called');
  assertRule('いわゆる港湾名人とは、荷役技術の保持者として認定された者の通称である。', '港湾名人', 'ja-towa');
  const long = defines('協定に基づく地域の港湾の標準的な一覧（以下「標準一覧」という。）は、各港の施設を記載する一覧である。', '地域の港湾の標準的な一覧');
  assert.ok(long.names.includes('標準一覧'), JSON.stringify(long.names));
  const gloss = defines('指針は、船主による事前の十分な情報に基づく通知（Owner, Prior and Informed Notice、PIN）を求める。', '船主による事前の十分な情報に基づく通知');
  assert.ok(gloss.names.includes('Owner, Prior and Informed Notice') && gloss.names.includes('PIN'), JSON.stringify(gloss.names));
  assertRule('- **港湾的景観**：港と市街地が一体となって形成された景観。', '港湾的景観', 'colon-entry');
});

test('drafts: a Chinese name is not matched inside a longer word; Latin names inside Chinese still are', () => {
  const s = snapshotOf({ '/c/a.txt': '“海关”是指负责进出境监督管理的机关。\n港口韧性（port resilience）是指港口在冲击后恢复运营的能力。' });
  const hoverAt = (draft: string, name: string) => termAt(s, analyzeDraft(draft), draft.indexOf(name) + 1)?.entry.name;
  assert.equal(hoverAt('上海关闭了部分码头。', '海关'), undefined);
  assert.equal(hoverAt('我们讨论海关的职能。', '海关'), '海关');
  assert.equal(hoverAt('这提高了port resilience水平。', 'port resilience'), '港口韧性');
});

test('standards: a numbered terms clause with the English name and abbreviation, and a table of abbreviations', () => {
  assertRule('3.4\n水足迹 water footprint\n产品系统在其生命周期内直接和间接消耗的淡水量。', '水足迹', 'std-clause', ['water footprint']);
  assertRule('3.1\n再生原料比例 recycled content ratio；RCR\n产品中再生原料的质量占原料总质量的比例。', '再生原料比例', 'std-clause', ['recycled content ratio', 'RCR']);
  assertRule('3.9 碳泄漏 carbon leakage：因一地减排政策导致排放转移到其他地区的现象。', '碳泄漏', 'std-clause', ['carbon leakage']);
  assertRule('| 缩略语 | 全称 | 含义 |\n|---|---|---|\n| EPD | 环境产品声明 | 依据产品类别规则发布的经第三方验证的环境信息文件 |', '环境产品声明', 'table-row-abbreviation', ['EPD']);
  // A numbered principle without an English name ("4.1 相关性 所选择的数据…") is no terms clause.
  assert.equal(evidenceOf('4.1 相关性 所选择的数据和方法应与所核算的产品相适应。').length, 0);
});

test('Chinese: a count before a name, an adverb before 是指, 是 before the name, an unquoted 称为 closing the sentence, “X”（Y）一词', () => {
  assert.equal(defines('全国已设立38个边境旅游试验区（以下简称“边旅区”），边旅区是指经批准开展边境旅游便利化试点的区域。', '边境旅游试验区').names[1], '边旅区');
  assert.equal(defines('三个沿岸国达成渔业配额协定（FQA），各自承诺削减捕捞量。', '渔业配额协定').names[1], 'FQA');
  assertRule('口岸联检模式则是指各查验单位在同一场所一次完成查验的方式。', '口岸联检模式', 'zh-clause-is');
  assertRule('沿海港口面临的新问题是泊位挤兑，指的是多艘船舶同时争抢有限泊位的现象。', '泊位挤兑', 'zh-clause-is');
  assertRule('平时闲置、灾时启用的应急仓库网络，这被称为影子仓储。', '影子仓储', 'zh-called-last');
  assertRule('“近岸储备”（nearshore reserve）一词最初用于石油行业，意为在消费地附近保存的战略储备。', '近岸储备', 'zh-word-means', ['nearshore reserve']);
  // 原则 and 规则 end names: 则 is kept.
  assertRule('污染者付费原则是指造成污染的一方承担治理费用。', '污染者付费原则', 'zh-clause-is');
});

test('aliases: a code number with its kind, an acronym and its expansion after a colon, a short name among other names, "hereinafter"', () => {
  assertRule('跨境邮路直发（9639模式）是指邮政企业直接向境外寄递商品的方式。', '跨境邮路直发', 'zh-clause-is', ['9639模式']);
  assert.deepEqual(defines('事業継続マネジメント（BCM：Business Continuity Management）とは、計画を平時から運用する仕組みである。', '事業継続マネジメント').names, ['事業継続マネジメント', 'BCM', 'Business Continuity Management']);
  assertRule('全球港口拥堵指数（Global Port Congestion Index，以下简称“拥堵指数”）综合等待时间和泊位利用率等指标。', '全球港口拥堵指数', 'paren-alias', ['Global Port Congestion Index', '拥堵指数']);
  assertRule('Grants may not go to a restricted supplier of concern (hereinafter "RSC"), namely a firm controlled by a listed state.', 'restricted supplier of concern', 'paren-alias', ['RSC']);
  // A year is no code number, nor an account name after "ID:" an expansion.
  assert.deepEqual(evidenceOf('**港航观察** （ID：ganghangguancha）').flatMap((e) => e.names), []);
  assert.deepEqual(defines('港口联盟（2021年）是指沿海港口组成的合作组织。', '港口联盟').names, ['港口联盟']);
});

test('English: "A X is a N that", "Xs are a group of", "in the sense used here", "call such N X when"', () => {
  assertRule('A berth slot is the window that a port assigns to one ship for loading.', 'berth slot', 'en-is-a');
  assertRule('An escrow pool is a fund into which buyers pay deposits until delivery.', 'escrow pool', 'en-is-a');
  assertRule('Platinum group metals (PGMs) are a group of six elements used in catalytic converters.', 'Platinum group metals', 'en-are-a-group', ['PGMs']);
  assertRule('Port capacity, in the sense used here, is the number of containers a port can handle in a year.', 'Port capacity', 'en-as-used');
  assertRule('Insurers call such policies parametric covers (PCs) when the payout follows a measured index.', 'parametric covers', 'en-known-as', ['PCs']);
  // "A key problem is the lack of …" has no relative clause right after its head noun.
  assert.equal(evidenceOf('A key problem is the lack of capacity that ports face.').length, 0);
  assert.equal(evidenceOf('His lawyers called it "a political trial".').length, 0);
});

test('Korean and Japanese: connectives before the name, 이른다, X라고 일컫는다, これをXと呼ぶ with the sentence before', () => {
  assertRule('반면 회색수소, 즉 천연가스를 개질해 만들고 이산화탄소를 포집하지 않은 수소는 값이 싸다.', '회색수소', 'ko-namely');
  assertRule('한편 수소 가격 차액지원제라 함은 기준가격과 시장가격의 차이를 보전하는 제도를 말한다.', '수소 가격 차액지원제', 'ko-iran');
  assertRule('항만배후단지란 항만의 물류 기능을 지원하기 위해 지정한 지역을 이른다.', '항만배후단지', 'ko-iran');
  assertRule('바다에서 풍력으로 만든 전기로 생산한 수소를 흔히 해상수소라고 일컫는다.', '해상수소', 'ko-called');
  const source = '港湾の管理者だけでなく荷主や船会社が協働して災害に備える考え方が広がった。これを港湾共助と呼ぶ。';
  const e = defines(source, '港湾共助');
  assert.equal(e.rule, 'ja-wo-called');
  const text = normalizeText(source).text;
  assert.match(text.slice(e.sentenceStart, e.sentenceEnd), /荷主や船会社が協働/, 'the passage holds the sentence that describes it');
});

test('more forms: "X is the ability of", ", defined as", "(ACR), i.e.", 一般指, 이란 with a comma, a report\'s own scope before a quoted Korean name, a Japanese name with hiragana', () => {
  assertRule('Port resilience is the ability of a port to resume operations after a storm.', 'Port resilience', 'en-is-the-ability');
  assertRule('Index insurance is a type of cover that pays out when rainfall falls below a threshold.', 'Index insurance', 'en-is-the-ability');
  assertRule('Slow steaming, defined as sailing well below a ship\'s design speed to save fuel, spread after 2008.', 'Slow steaming', 'en-comma-defined-as');
  assertRule('Deep-sea trawling (DST), i.e. dragging nets along the sea floor, is banned in some zones.', 'Deep-sea trawling', 'en-apposition', ['DST']);
  assertRule('成熟制程一般指28纳米及以上的芯片制造工艺。', '成熟制程', 'zh-clause-is');
  assertRule('친환경 선박이란, 온실가스 배출을 줄이도록 설계된 선박을 의미한다.', '친환경 선박', 'ko-iran');
  assertRule('이 보고서에서 ‘항만 탈탄소화’는 항만 운영에서 나오는 온실가스를 없애는 과정을 뜻한다.', '항만 탈탄소화', 'ko-quoted-topic');
  assertRule('地域づくり推進法人（ADO：Area Development Organization）とは、地域の資源を生かした事業を担う法人である。', '地域づくり推進法人', 'ja-towa-long', ['ADO', 'Area Development Organization']);
  assertRule('芯片补贴法（Chip Subsidy Act，《芯片补贴法案》）是指对本土芯片制造提供补贴的法律。', '芯片补贴法', 'zh-clause-is', ['Chip Subsidy Act', '芯片补贴法案']);
  // A Japanese description beside the names is not one of them.
  assert.deepEqual(defines('グリーンカーボン（Green Carbon、森林が吸収する炭素）とは、陸上の植物に取り込まれた炭素を指す。', 'グリーンカーボン').names, ['グリーンカーボン', 'Green Carbon']);
  // A character that begins a word (和平, 以色列, 对外) is not stripped as a preposition.
  assert.equal(chineseNameStart('和平发展倡议'), 0);
  assert.equal(chineseNameStart('对外投资合作'), 0);
  assert.equal(chineseNameStart('根据东北亚合作框架'), 2);
  // A phrase "Under the scheme, a X occurs when …" is not a definition by these rules, and "foreign entity of concern" keeps its "of".
  assert.ok(!evidenceOf('Grants may not go to a restricted supplier of concern (hereinafter "RSC"), namely a firm controlled by a listed state.').some((e) => e.names[0] === 'concern'));
});

test('glossary layouts: footnote marks before an entry, a three-column table with the English name, bold in a table cell, a colon entry with a parenthesis, a Chinese dash entry', () => {
  assertRule('[1] 航道疏浚：为维持通航水深而清除航道底部泥沙的工程。', '航道疏浚', 'colon-entry');
  assertRule('※港湾共助：複数の港湾が災害時に荷役機能を相互に補う仕組みのこと。', '港湾共助', 'colon-entry');
  assertRule('주1) 항만 공동물류란 여러 화주가 창고와 운송 수단을 함께 쓰는 방식을 말한다.', '항만 공동물류', 'ko-iran');
  assertRule('| 术语 | 英文 | 定义 |\n|---|---|---|\n| 航道疏浚 | channel dredging | 为维持通航水深而清除航道底部泥沙的工程 |', '航道疏浚', 'table-row-english', ['channel dredging']);
  assertRule('| **航道疏浚** | 为维持通航水深而清除航道底部泥沙的工程 |', '航道疏浚', 'table-row');
  assertRule('- 航道疏浚（channel dredging）：为维持通航水深而清除航道底部泥沙的工程。', '航道疏浚', 'colon-entry', ['channel dredging']);
  assertRule('航道疏浚——为维持通航水深而清除航道底部泥沙的工程。', '航道疏浚', 'zh-dash-entry');
  // A note's label is not a term.
  assert.ok(!evidenceOf('注1：航道疏浚是指为维持通航水深而清除泥沙的工程。').some((e) => e.names.includes('注1')));
  // A dash that opens an aside in running text is no entry.
  assert.equal(evidenceOf('我们认为——至少在短期内——港口会继续扩张。').length, 0);
});

test('more verbs: "We use the term X to refer to", "The term X is used to describe", "can be defined as", "also known as", 又称/也称, 的定义是, 顾名思义, an adverb before 是指, Korean "…을 가리키는 용어다", Japanese 総称して and "…を指す言葉である"', () => {
  assertRule('We use the term berth window to refer to the hours a terminal reserves for one line.', 'berth window', 'en-term-used');
  assertRule('The term dry port is used to describe an inland terminal linked to a seaport by rail.', 'dry port', 'en-term-used');
  assertRule('Slot swapping can be defined as the exchange of container slots between carriers.', 'Slot swapping', 'en-refers-to');
  assertRule('Cold chain logistics (also known as temperature-controlled logistics) moves perishable goods.', 'Cold chain logistics', 'en-also-known', ['temperature-controlled logistics']);
  assertRule('海水淡化又称海水脱盐，是指将海水转化为淡水的过程。', '海水淡化', 'zh-clause-is', ['海水脱盐']);
  assertRule('港口联盟的定义是若干港口为共同利益结成的合作组织。', '港口联盟', 'zh-definition-is');
  assertRule('江海联运，顾名思义，就是江河运输与海上运输的衔接。', '江海联运', 'zh-clause-that-is');
  assertRule('港口腹地主要是指港口货物的来源和去向地区。', '港口腹地', 'zh-clause-is');
  assertRule('항만 클러스터는 항만과 관련 산업이 한 지역에 모여 있는 것을 가리키는 용어다.', '항만 클러스터', 'ko-topic');
  assertRule('海運と港湾を総称して海事クラスターという。', '海事クラスター', 'ja-wo-called');
  assertRule('モーダルシフトは、トラック輸送を鉄道や船舶に切り替えることを指す言葉である。', 'モーダルシフト', 'ja-topic');
  // A clause before 的定义是 is no name.
  assert.equal(evidenceOf('学者的看法各不相同，但在本领域中一般通用的定义是由某学者提出的。').length, 0);
});

test('a name in the line or sentence before: a heading or definition-list term, a quoted name taken up by "this concept"', () => {
  const heading = defines('## 航道疏浚\n指为维持通航水深而清除航道底部泥沙的工程。', '航道疏浚');
  assert.equal(heading.rule, 'heading-entry');
  assertRule('### Channel dredging\nRefers to removing silt from the bed of a shipping channel.', 'Channel dredging', 'heading-entry');
  assertRule('Channel dredging\n: The removal of silt from the bed of a shipping channel.', 'Channel dredging', 'heading-entry');
  assertRule('本文讨论“航道疏浚”。这一概念是指为维持通航水深而清除泥沙的工程。', '航道疏浚', 'anaphoric-definition');
  assertRule('The paper introduces "channel dredging". This term refers to removing silt from a shipping channel.', 'channel dredging', 'anaphoric-definition');
  assertRule("보고서는 '항로 준설'을 다룬다. 이 개념은 항로 바닥의 토사를 제거하는 작업을 말한다.", '항로 준설', 'anaphoric-definition');
  assertRule('本稿は「航路浚渫」を扱う。この概念は、航路の底の土砂を取り除く作業を指す。', '航路浚渫', 'anaphoric-definition');
  // A numbered section heading, a heading before a sentence that merely starts with 即/指, two quoted names before "this concept": no entry.
  assert.equal(evidenceOf('## 1. 引言\n即将到来的改革值得关注。').length, 0);
  assert.equal(evidenceOf('## 背景\n指标体系见表1。').length, 0);
  assert.equal(evidenceOf('本文比较“港口韧性”与“港口效率”。这一概念是指港口恢复运营的能力。').length, 0);
  assert.ok(!evidenceOf("보고서는 '항로 준설'을 다룬다. 이 개념은 항로 바닥의 토사를 제거하는 작업을 말한다.").some((e) => e.names[0] === '이 개념'));
});

test('a parenthesis inside the title of a bill or an act gives no alias', () => {
  assert.ok(!evidenceOf('The draft Port Safety (Amendment) Bill would tighten inspections.').some((e) => e.names.includes('Amendment')));
  assertRule('The Port Safety Authority (PSA) inspects every berth.', 'Port Safety Authority', 'paren-alias', ['PSA']);
});

test('Chinese boundaries: a policy verb (加快完善, 提升, 打造) before a name with an acronym is cut off; names holding 发展/促进/深化/保障 are kept', () => {
  assert.equal(defines('我们应加快完善跨境清算系统（CCS）建设。', '跨境清算系统').names[1], 'CCS');
  assert.equal(defines('该项目旨在提升区域电网互联水平（RGI）。', '区域电网互联水平').names[1], 'RGI');
  assert.equal(defines('各方共同打造海洋观测网络（OON）。', '海洋观测网络').names[1], 'OON');
  for (const name of ['国家发展和改革委员会', '中国国际贸易促进委员会', '中央全面深化改革委员会', '全国社会保障基金理事会']) assert.equal(chineseNameStart(name), 0, name);
});

test('Korean: a verb before 는 (추진하는) is no topic; the name before the parenthesis is read instead', () => {
  const found = evidenceOf('정부가 추진하는 녹색 항만(green port)은 항만 운영의 배출을 없애는 항만을 말한다.');
  assert.ok(!found.some((e) => e.names[0] === '정부가 추진하'), JSON.stringify(found.map((e) => e.names)));
  assert.ok(found.some((e) => e.names[0] === '녹색 항만' && e.names.includes('green port')));
});

test('English: a named idea "holds that", "the concept is X: the…", a concept named then described, a statute\'s "a reference to X is to", "X, which is a N", "X, the regime under which", "speak of X when", "is said to be X when", "known in Korean as", a lower-case name after "The", (hereafter "the x")', () => {
  assertRule('The "berth scarcity thesis" holds that ports lose lines when quay space runs short.', 'berth scarcity thesis', 'en-holds-that');
  assertRule('The crowding-out hypothesis predicts that public berths deter private investment.', 'crowding-out hypothesis', 'en-holds-that');
  assertRule('A second idea is the port premium: the extra rent a city earns from its harbour.', 'port premium', 'en-concept-colon');
  assertRule('Another term, "quay sharing", is used loosely by operators: it describes two lines using one berth on alternate days.', 'quay sharing', 'en-concept-named');
  assertRule('(4) A reference in this Part to a "port user" is to a person who pays harbour dues.', 'port user', 'en-reference-is-to');
  assertRule('The harbour master may issue a berthing order, which is a direction requiring a ship to move within two hours.', 'berthing order', 'en-comma-kind');
  assertRule('The scheme copies slot pooling, the practice under which carriers share space on each other\'s ships.', 'slot pooling', 'en-comma-kind');
  assertRule('Economists speak of "port saturation" when berth occupancy stays above 80 percent.', 'port saturation', 'en-known-as');
  assertRule('A terminal is said to be "congested" when ships wait more than a day for a berth.', 'congested', 'en-known-as');
  assertRule('The levy, known in Japanese as kowan zei (港湾税), funds the dredging of public channels.', 'kowan zei', 'en-known-as', ['港湾税']);
  assertRule('The average turnaround time (ATT) is the number of hours a ship spends in port.', 'average turnaround time', 'paren-alias', ['ATT']);
  assertRule('Dues are capped at 2% of cargo value (hereafter "the dues cap").', 'dues cap', 'en-defined-term');
  assert.ok(evidenceOf('Dockers call this wait simply nagare (流れ), or "the flow", in every port of the coast.').some((e) => e.names[0] === 'nagare' && e.names.includes('流れ') && e.names.includes('flow')));
  // A clause, a place, a proper name before the comma: no entry.
  for (const s of ['Prices rose, which is a concern for shippers.', 'We met in Busan, the city that hosts the forum.', 'The Ministry, which is a large body, did not reply.']) assert.equal(evidenceOf(s).length, 0, s);
});

test('Korean and Japanese: "X"(이하 "Y"이라 한다)란, 이란 with no defining verb, X(gloss), 즉, a topic closing with its kind (…방식이다), a bullet before the name; いわゆるX は…, X は、…形態であり, この問題は「X」と呼ばれる with the sentence before', () => {
  assertRule('1. "항만시설사용료"(이하 "사용료"라 한다)란 선박이 항만시설을 이용하고 내는 요금을 말한다.', '항만시설사용료', 'ko-iran', ['사용료']);
  assertRule('선석점유율이란 전체 선석 시간 중 선박이 접안한 시간의 비율로, 지난해 68%였다.', '선석점유율', 'ko-iran');
  assertRule('슬롯 공유(slot sharing), 즉 선사들이 서로의 선박 공간을 나누어 쓰는 방식이 늘었다.', '슬롯 공유', 'ko-namely', ['slot sharing']);
  assertRule('한편 공동 배선은 여러 선사가 하나의 항로에 선박을 번갈아 투입하는 방식이다.', '공동 배선', 'ko-topic');
  assert.ok(!evidenceOf('- 항만세(port tax): 항만을 이용하는 화물에 부과하는 세금').some((e) => e.names.includes('- 항만세')));
  // A topic with an adnominal word, 란 after a final consonant, a spaced 이란: no entry.
  assert.equal(evidenceOf('중요한 것은 항만이 스스로 투자하는 방식이다.').length, 0);
  assert.equal(evidenceOf('항만 혼란 이후 정부가 나섰다.').length, 0);
  assertRule('いわゆる共同配船は、複数の船社が一つの航路に船舶を交互に投入する運航方式である。', '共同配船', 'ja-topic');
  assertRule('岸壁共用は、二つの船社が一つの岸壁を曜日ごとに使い分ける運用形態であり、費用が下がる。', '岸壁共用', 'ja-topic');
  assert.equal(evidenceOf('政府は、港湾の整備を進める方針である。').length, 0);
  const passage = defines('岸壁が不足し、船の待ち時間が長くなった。この現象は一般に「港湾混雑」と呼ばれている。', '港湾混雑');
  assert.equal(passage.sentenceStart, 0);
});

test('Chinese: another name between a quoted name and 是指, a definition closing on the name\'s own head noun, "简单来说，就是" after the sentence naming it, 以下简称 in a parenthesis introduces the term', () => {
  assertRule('“港口飞地”（port enclave），又称飞地港，是指在他国境内划定并由本国经营的港区。', '港口飞地', 'zh-quoted-is', ['飞地港', 'port enclave']);
  assertRule('智慧港口系统是以数据为驱动、实现装卸和调度全流程自动化的港口系统。', '智慧港口系统', 'zh-is-genus');
  assertRule('“绿色航线”是港口合作的新方向。简单来说，就是两个港口之间全程使用零碳燃料的航线。', '绿色航线', 'anaphoric-definition');
  assert.ok(!evidenceOf('简单来说，就是港口之间的合作。').some((e) => e.names[0] === '简单来说'));
  assert.equal(defines('东北亚港口联盟（NEAPA，以下简称“港盟”）由六个港口于2019年发起。', '东北亚港口联盟').kind, 'copula');
  // A sentence that merely says what a thing is like is no genus definition.
  assert.equal(evidenceOf('港口系统是重要的基础设施。').length, 0);
});

test('ranking: a term mentioned in passing in an abstract is shown with the body\'s definition', () => {
  const abstract = '## 摘要\n\n本文讨论了所谓“港盟”的机制设计。\n\n## 一、概况\n\n东北亚港口联盟（NEAPA，以下简称“港盟”）由六个港口于2019年发起，以协调航线和费率为目标。\n';
  const snap = snapshotOf({ '/c/gang2024.md': abstract });
  const text = '我们讨论港盟的问题。';
  const hit = termAt(snap, analyzeDraft(text), 5);
  const first = hit?.entry.passages[0];
  assert.ok(first, 'no hover');
  assert.match(first.doc.normalized.text.slice(first.start, first.end), /由六个港口于2019年发起/);
});

test('more forms from translated sources: single curly quotes, "the so-called X refers to", "X in this paper refers to", "X is a US-led N launched", a dash gloss repeating the head, "as the term is used, covers", a capitalised or accented romanisation with ", or the Y" / ", literally "Y"", "calls X is a", one English gloss with a comma', () => {
  assertRule('The so-called ‘Blue Port Policy’ refers to the plan of electrifying every container berth.', 'Blue Port Policy', 'en-refers-to');
  assertRule('‘Harbour diplomacy’ refers to the use of port investment to win political influence.', 'Harbour diplomacy', 'en-refers-to');
  assertRule('Port connectivity in this report refers to the number of direct liner services a port has.', 'Port connectivity', 'en-refers-to');
  assertRule('The Pacific Port Compact is a Japan-led framework launched in 2021 to share berth data.', 'Pacific Port Compact', 'en-is-the-ability');
  assertRule('Shore power — power supplied from the quay to a ship at berth — cuts emissions in port.', 'Shore power', 'en-dash');
  assertRule('Port security, as the term is used in Korea, covers cargo screening and cyber defence.', 'Port security', 'en-as-used');
  assertRule('Hanggu dongmaeng (항구동맹), or the Port Alliance, links five harbours on the east coast.', 'Hanggu dongmaeng', 'paren-alias', ['항구동맹', 'Port Alliance']);
  assertRule('In Japan, kōwan kyōsō (港湾競争), literally "port competition", refers to cities bidding for lines.', 'kōwan kyōsō', 'paren-alias', ['港湾競争', 'port competition']);
  assertRule('What the ministry calls ‘K-port’ is a model of automated terminals and shared data.', 'K-port', 'en-known-as');
  assert.deepEqual(defines('“大港小城”（big port, small city）指的是港口规模远超所在城市的现象。', '大港小城').names, ['大港小城', 'big port, small city']);
  // A translation in quotes after "literally" is no name of its own.
  assert.ok(!evidenceOf('In Japan, kōwan kyōsō (港湾競争), literally "port competition", refers to cities bidding for lines.').some((e) => e.names[0] === 'port competition'));
});

test('more forms: 一般是指 after a comma, “X”（Y）：指…, Korean \'X\'라고 불리는 and \'X\'라는 용어 with a defining verb, a topic closing on a compound kind noun', () => {
  assertRule('港口拥堵指数，一般是指在港等泊船舶数量与泊位数量之比。', '港口拥堵指数', 'zh-clause-is');
  assertRule('“港城融合”（port-city integration）：指港口与城市在空间和功能上的协同发展。', '港城融合', 'zh-quoted-is', ['port-city integration']);
  assertRule("흔히 '항만 외교'라고 불리는 이 노선은 항만 투자를 외교 수단으로 쓴다.", '항만 외교', 'ko-so-named');
  assertRule("'스마트 항만'이라는 용어는 자동화 설비와 데이터로 운영되는 항만을 가리킨다.", '스마트 항만', 'ko-so-named');
  assertRule('항만 뉴딜은 자동화와 친환경을 두 축으로 하는 항만 발전 전략이다.', '항만 뉴딜', 'ko-topic');
  // A quoted word the sentence only mentions is no term.
  assert.equal(evidenceOf("이 용어는 언론이 쓰는 '무단 정박'이라는 표현을 대신한다.").length, 0);
});

test('forms from a fifth set: straight single quotes, "classified as", "known among N as the "X" campaign", a quoted subject or a quoted name glossed after it, ", namely the", a quoted name before ", by which we mean", "is a N built around", "is a N document,", italic romanisations, ", usually rendered "Y"", a footnote whose mark the text dropped', () => {
  assertRule("Under the new rules, 'berth credit' means a voucher a port issues to a line for unused slots.", 'berth credit', 'en-refers-to');
  assertRule("A port whose waiting time exceeds two days is classified as a 'congested port'.", 'congested port', 'en-known-as');
  assertRule('The 2022 clampdown on foreign terminal operators is known among shippers as the "quay purge" campaign.', 'quay purge', 'en-known-as');
  assertRule("The port authority publishes a 'berth pressure index', which is calculated by dividing waiting ships by free berths.", 'berth pressure index', 'quoted-english');
  assertRule("The 'green berth' scheme, launched in 2021, allows ships on shore power to pay lower dues.", 'green berth', 'quoted-english');
  assertRule('Berth productivity, namely the number of moves a crane makes per hour, has doubled.', 'Berth productivity', 'en-apposition');
  assertRule("We propose 'berth pooling', by which we mean the joint allocation of quays by neighbouring ports.", 'berth pooling', 'en-by-which-mean');
  assertRule('A dry port is an inland terminal built around a rail link to a seaport.', 'dry port', 'en-is-a');
  assertRule('Port Vision 2040 is a planning document, first published in 2019, setting out the harbour\'s expansion.', 'Port Vision 2040', 'en-is-the-ability');
  assertRule('The phrase *gangkou jingji* (港口经济), usually rendered "port economy", names the growth a harbour brings.', 'gangkou jingji', 'paren-alias', ['港口经济', 'port economy']);
  const fn = evidenceOf('The phrase *gangkou jingji* (港口经济)[^2] is common.\n\n[^2]: Gangkou jingji: the economic activity that a port generates in its city.');
  assert.ok(fn.some((e) => e.rule === 'colon-entry' && e.names[0] === 'Gangkou jingji'), JSON.stringify(fn.map((e) => [e.rule, e.names])));
  // The predicate names another term: its subject is not defined ("A common tactic is the so-called X").
  assert.ok(!evidenceOf('A frequent tactic is the so-called salami strategy, in which small steps add up.').some((e) => e.names[0] === 'frequent tactic'));
});

test('forms from a fifth set in Chinese, Korean and Japanese: 一般认为是, "是…的现象" and other kind nouns, “X”思路：…, 是…的简称/统称, 业内一般称之为X, “X”（gloss）概念; Korean bullets and report endings (○ X란 …을 의미함, X는 …구역임); Japanese とは needs its answer, "ISO 1234は…規格である", を、一般にXという', () => {
  assertRule('港口经济，一般认为是以港口为依托、以临港产业为主体的区域经济形态。', '港口经济', 'zh-clause-is');
  assertRule('港口拥堵是船舶到港后因泊位不足而长时间等待靠泊的现象。', '港口拥堵', 'zh-is-kind-noun');
  assertRule('我国采取“港城一体”思路：把港口规划纳入城市总体规划统一编制。', '港城一体', 'zh-quoted-colon');
  assertRule('“两港一航”是长江沿线两个枢纽港和一条深水航道的简称。', '两港一航', 'zh-short-for');
  assertRule('这类设在内陆、与海港以铁路相连的货运场站，业内一般称之为无水港。', '无水港', 'zh-called-last');
  assert.ok(evidenceOf('欧盟提出了“守门人”（gatekeeper）概念。').some((e) => e.names.includes('gatekeeper')));
  // A clause ending in 的 before 是 is no name; a one-word gloss after an ordinary quoted phrase is no alias.
  assert.ok(!evidenceOf('与之相关的是港口拥堵，即船舶长时间等待靠泊的现象。').some((e) => e.names[0] === '与之相关的'));
  assert.ok(!evidenceOf('报告把中国列为“战略对手”(rival)。').some((e) => e.names.includes('rival')));
  assertRule('○ 항만자유구역이란 관세와 규제를 면제하여 물류 기업을 유치하는 항만 배후 구역을 의미함', '항만자유구역', 'ko-iran');
  assertRule('○ 스마트 물류단지는 자동화 설비와 공동 물류 시설을 갖춘 물류 구역임', '스마트 물류단지', 'ko-topic');
  // An actor as the topic of a sentence that only says what kind of thing it is: no entry.
  assert.equal(evidenceOf('○ 정부는 내년까지 항만 세 곳을 자동화하는 사업임').length, 0);
  assert.equal(evidenceOf('## 1. 港湾経済とは\n\n港湾経済とは、港湾を核とする地域の経済活動をいう。').filter((e) => e.names[0] === '港湾経済').every((e) => e.sentenceEnd - e.sentenceStart > 10), true);
  assertRule('ISO 28000は、国際標準化機構が2007年に公表した、サプライチェーンのセキュリティに関する国際規格である。', 'ISO 28000', 'ja-topic');
  assertRule('岸壁を複数の船社で共同利用する運営形態を、一般に共同バースという。', '共同バース', 'ja-wo-called');
});

test('forms from a sixth set: an acronym spells the words before it, a romanisation before its original beats an article phrase, "X (原文) or "Y" scheme", "which is the body that", a dash with "that is", "short for" with a long name, "described an "X" of", "it means" after "the word X", Korean 이 중 X은 …원칙이다, two quoted names before one 정의한다, 즉 X는 after its description, a superscript note mark after the verb', () => {
  assertRule('Ports are adopting automated mooring systems (AMS), which hold a ship with vacuum pads.', 'automated mooring systems', 'paren-alias', ['AMS']);
  assertRule('A common arrangement was nakanori (中乗り), literally "riding in the middle": a pilot boarding at sea.', 'nakanori', 'paren-alias', ['中乗り', 'riding in the middle']);
  assertRule('The hamaguchi (浜口) or "beach mouth" scheme lets fishermen land catches at any pier.', 'hamaguchi', 'paren-alias', ['浜口', 'beach mouth']);
  assertRule('The reform strengthened the Harbour Board, which is the body that allocates berths among operators.', 'Harbour Board', 'en-comma-kind');
  assertRule('Port-led planning—that is, planning in which the port authority sets land use—became the norm.', 'Port-led planning', 'en-dash');
  assertRule("Korea's K-PORTS, short for Korean Port Operation and Risk Tracking System, started in 2020.", 'K-PORTS', 'en-short-for', ['Korean Port Operation and Risk Tracking System']);
  assertRule('Historians have described an "anchorage economy" of brokers, chandlers and pilots around each roadstead.', 'anchorage economy', 'quoted-english');
  assertRule('Dockers coined the word hanami (花見) for the idle hours. In port slang it means waiting for a ship that is late.', 'hanami', 'anaphoric-definition');
  assertRule('이 중 선석 공유 원칙은 한 선석을 여러 선사가 요일별로 나누어 쓴다는 원칙이다.', '선석 공유 원칙', 'ko-topic');
  const two = evidenceOf("본 연구에서는 선사가 선석을 빌리는 것을 '선석 임차'로, 항만이 빌려주는 것을 '선석 임대'로 정의한다.");
  assert.ok(['선석 임차', '선석 임대'].every((n) => two.some((e) => e.names[0] === n && e.rule === 'ko-define-as')), JSON.stringify(two.map((e) => [e.rule, e.names])));
  assertRule('선박이 항만에 들어오지 못하고 대기하는 것, 즉 체선은 항만 혼잡의 지표이다.', '체선', 'ko-namely-after');
  assertRule('항만 자치(port autonomy)는 항만이 스스로 운영 방식을 결정하는 체제를 지칭한다¹⁾.', '항만 자치', 'ko-topic');
  // An acronym whose letters the words before it do not spell keeps the old reading; a verb before a romanisation is cut off.
  assert.ok(!evidenceOf('Critics coined the word hanami (花見) for the idle hours.').some((e) => e.names[0] === 'word hanami'));
});

test('forms from a sixth set in Chinese and Japanese: “X”N是…, 是…的N关系 ending on the name\'s head, a definition in a parenthesis, いわゆるX after its description, Xは、…情報である on the name\'s head noun', () => {
  assertRule('“绿色港口”创建行动是交通运输部组织的港口节能减排工程。', '绿色港口', 'quoted-name');
  assertRule('港航伙伴关系是港口与航运企业之间以长期协议为纽带的合作关系。', '港航伙伴关系', 'zh-is-genus');
  assert.ok(!evidenceOf('海外仓把“跨境物流”变为“本地配送”。').some((e) => e.names[0] === '跨境物流'));
  assertRule('港湾運営会社（港湾の一体的な運営を行う者として国が指定するもの）は、コンテナ埠頭を運営する。', '港湾運営会社', 'ja-paren-definition');
  assertRule('両国は、相互の検査結果を認める、いわゆる相互承認を2020年に発効させた。', '相互承認', 'ja-so-called-bare');
  assertRule('これに対し、共同利用岸壁は、複数の船社が曜日ごとに使い分ける岸壁である。', '共同利用岸壁', 'ja-topic');
});

test('forms from news and opinion: a title and a person\'s romanised name are no term, a country before a Korean name is cut off, “X”的概念，即…, a quoted English name then a colon, "under which", a phrase "coined", "By this they mean" after the quoted name, Korean X은 …의 줄임말, a Japanese name alone then its definition, …の総称だ', () => {
  assert.equal(evidenceOf('韩国前总理韩德洙（Han Duck-soo）表示，期待扩大合作。').length, 0);
  assert.equal(evidenceOf('港务局研究员新井洋史（Arai Hiroshi）认为合作大有可为。').length, 0);
  assertRule('미국 항만법(Ports Act)은 항만 개발에 50억 달러를 지원하는 법이다.', '항만법', 'paren-alias', ['Ports Act']);
  assertRule('报告提出“陆港联动”的概念，即内陆港与沿海港口共享通关和调度信息。', '陆港联动', 'zh-quoted-is');
  assertRule('Take "berth hoarding": slots, such as peak-hour windows, that a line books but does not use.', 'berth hoarding', 'quoted-english');
  assertRule('There is the "hub plus one" strategy, under which a line keeps its hub but adds a second port.', 'hub plus one', 'quoted-english');
  assertRule('We are building a "big ship, small port" world—a phrase coined by analysts for ships outgrowing harbours.', 'big ship, small port', 'quoted-english');
  assertRule('Some analysts warn of "berth inflation". By this they mean the rise in fees when quay space runs short.', 'berth inflation', 'anaphoric-definition');
  assertRule('항관물은 항만·관세·물류의 줄임말로, 정책 용어로 자리 잡았다.', '항관물', 'ko-abbreviation');
  assertRule('まずバースシェア。複数の船社が一つの岸壁を時間で分けて使うことを意味する。', 'バースシェア', 'fragment-then-definition');
  assertRule('港湾DXは、港湾の手続や荷役をデジタル化する取組の総称だ。', '港湾DX', 'ja-topic');
  // A short sentence that is no name, before a sentence with its own topic: nothing.
  assert.ok(!evidenceOf('次に料金。港湾料金は、船の大きさで決まる。').some((e) => e.rule === 'fragment-then-definition'));
});

test('forms from an eighth set: a hyphenated English gloss keeps 和 inside the Chinese name, X，是…的做法, a quoted name then ", the view that", "By this term it meant", a quoted name ", understood as", "the notion of X (romanisation, original)", "X, a practice borrowed from", 【X】 entries, bullets with hiragana inside the name, and a name the parenthesis reader cut short gives way to the rule\'s', () => {
  assertRule('答：港口和城市协同发展（Port-City Coordination，PCC）模式，是港口与城市统筹规划建设的一种合作关系。', '港口和城市协同发展', 'paren-alias', ['PCC']);
  assertRule('船舶引航，是港口依法指派引航员引领船舶进出港的做法。', '船舶引航', 'zh-is-kind-noun');
  assertRule('Some ports adopted "automation first", the view that no new berth should be built without automated cranes.', 'automation first', 'quoted-english');
  assertRule('The ministry spoke of "port sovereignty" (항만주권). By this term it meant control of terminals by domestic operators.', 'port sovereignty', 'anaphoric-definition');
  assertRule('Planners distinguish this from "port capture", understood as the takeover of a terminal by a foreign state firm.', 'port capture', 'en-quoted-means');
  assert.ok(evidenceOf('The ministry abandoned the notion of berths (seoksok, 선석) for shared quays.').some((e) => e.names[0] === 'berths'));
  assertRule('Slow steaming, a practice borrowed from the tanker trade, involves sailing at reduced speed to save fuel.', 'Slow steaming', 'en-subject-apposition');
  assertRule('【岸壁共用】複数の船社が一つの岸壁を曜日ごとに使い分けること。', '岸壁共用', 'bracket-entry');
  assertRule('・待ち時間指数（WTI）：船舶が入港を待つ平均時間を示す指標。', '待ち時間指数', 'colon-entry', ['WTI']);
  const both = evidenceOf('【港湾警報】待ち時間指数（WTI）が3を超える場合に発表する情報。\n\n・待ち時間指数（WTI）：船舶が入港を待つ平均時間を示す指標。');
  assert.ok(!both.some((e) => e.names[0] === '指数'), JSON.stringify(both.map((e) => e.names)));
  // A clause before ", a practice that" is no name: "…away from port, a practice that…".
  assert.ok(!evidenceOf('Catch is moved between vessels away from port, a practice that hides its origin.').some((e) => e.names[0] === 'port'));
});

test('ranking: a name hovers first with the source that defines it in those words, when another source\'s passage for the same term is about as good', () => {
  const snap = snapshotOf({
    '/c/kim2022.md': '평화공존(peaceful coexistence)이란 남북이 서로를 인정하고 흡수 없이 협력하는 상태를 말한다.\n',
    '/c/lee2023.md': 'The paper uses "peaceful coexistence" (평화공존). By this term it means a state in which the two Koreas recognise each other.\n\nPeaceful coexistence is the core of the new policy.\n',
  });
  const first = (text: string, at: number) => {
    const hit = termAt(snap, analyzeDraft(text), at);
    assert.ok(hit, `no hover in "${text}"`);
    const p = hit.passages[0];
    return p.doc.path;
  };
  assert.equal(first('우리는 평화공존에 대해 논의한다.', 5), '/c/kim2022.md');
  assert.equal(first('We discuss peaceful coexistence here.', 15), '/c/lee2023.md');
});

test('forms from a ninth set: a contract\'s bold quoted terms with "or" and "shall mean", Korean "…을 X라고 한다" (also after a PDF line break), and a ■ section title is no headword', () => {
  assertRule('**"Berth Window"** means the period allotted to a vessel under Clause 4;', 'Berth Window', 'en-quoted-means');
  assertRule('**"Minimum Throughput"** or **"MT"** means the number of containers the Operator must handle each year;', 'Minimum Throughput', 'en-quoted-means', ['MT']);
  assertRule('1.2 The term "Cut-off Date" shall mean the date falling six months after signature.', 'Cut-off Date', 'en-quoted-means');
  assertRule('선박이 접안하지 못하고 항외에서 기다리는 시간을 체선시간(waiting time)이라고 한다.', '체선시간', 'ko-object-called', ['waiting time']);
  assertRule('선박이 접안하지 못하고 항외에서 기다리는 시 간 을 체선시간이라고 한다.', '체선시간', 'ko-object-called');
  assert.ok(!evidenceOf('■港湾と都市\n\n港湾と都市の関係は、時代とともに変わってきた。').some((e) => e.names[0] === '港湾と都市'));
  // Reported speech is no definition: "…라고 한다" after a clause without an object.
  assert.equal(evidenceOf('정부는 내년에 항만을 확장할 계획이라고 한다.').length, 0);
});

test('a quoted English name glossed right after its closing quote by i.e., that is or namely', () => {
  assertRule('"Quay sharing", i.e. letting two operators berth at one quay, is spreading.', 'Quay sharing', 'en-quoted-that-is');
  assertRule("Ports now practise 'tariff laddering' (TL), namely dues that rise step by step.", 'tariff laddering', 'en-quoted-that-is', ['TL']);
  // A translation after the gloss marker is another name, not a definition.
  assert.ok(!evidenceOf('The "kaizen", that is "improvement", was noted.').some((e) => e.rule === 'en-quoted-that-is'));
});

test('Japanese 「X」という言葉 speaks of the word: a passing mention, unless the sentence defines it', () => {
  const source = '最近、「岸壁渋滞」という言葉をよく耳にする。岸壁渋滞とは、荷役を待つ船が岸壁の前に列をなす状態をいう。';
  assert.deepEqual(evidenceOf(source).filter((e) => e.names[0] === '岸壁渋滞').map((e) => e.rule), ['ja-towa']);
  assertRule('「沖合滞留」という言葉は、荷役を待つ船が沖で停泊する状態を指す。', '沖合滞留', 'ja-called');
  // Naming a thing, not the word: still read.
  assertRule('港が荷役設備を融通し合う仕組みを、「港湾互助」という。', '港湾互助', 'ja-called');
});

test('a popular name, quoted, beside or before the name a sentence defines is another name of it, in four languages', () => {
  assertRule("흔히 '부두 품앗이'로 불리는 항만협력권은 여러 항만이 하역 장비를 나누어 쓰는 구상을 가리킨다.", '항만협력권', 'ko-called-before-topic', ['부두 품앗이']);
  assertRule('一般に「港湾互助」と呼ばれる港湾連携機構とは、複数の港が荷役設備を融通し合う仕組みをいう。', '港湾連携機構', 'ja-called-before-topic', ['港湾互助']);
  assertRule('俗称“码头互助”的港口协作机制是指多个港口相互调剂装卸设备的安排。', '港口协作机制', 'zh-called-before-topic', ['码头互助']);
  assertRule('Harbour cooperation zones, often called "port pooling", are schemes in which ports share cranes.', 'Harbour cooperation zones', 'en-called-beside-subject', ['port pooling']);
  assertRule('Popularly known as "crane sharing", quay alliances are agreements under which terminals lend equipment.', 'quay alliances', 'en-called-beside-subject', ['crane sharing']);
  // A sentence that does not define its topic gives no name to it.
  assert.ok(!evidenceOf("흔히 '부두 품앗이'로 불리는 항만협력권은 올해 예산이 늘었다.").some((e) => e.names[0] === '항만협력권'));
});

test('an enumerated item whose name a PDF line break splits ("（二）岸线⏎共享，是指…") is one name, an item numbered （2） is read past its number; a heading and its next sentence are not', () => {
  const statute = '第三条 本办法下列用语的含义：\n（一）泊位漂移，是指船舶预约靠泊时段逐步后移的现象。\n（二）岸线\n共享，是指多个港口企业共同使用同一段岸线的安排。\n';
  assertRule(statute, '岸线共享', 'zh-clause-is');
  assertRule('用語の定義\n（２）岸壁\n融通とは、複数の事業者が同じ岸壁を交互に使う取決めをいう。\n', '岸壁融通', 'ja-towa');
  const heading = '（一）港口拥堵\n\n港口排队是指船舶在锚地等待靠泊的状态。\n';
  assert.ok(!evidenceOf(heading).some((e) => e.names[0].startsWith('港口拥堵')), JSON.stringify(evidenceOf(heading).map((e) => e.names)));
});

test('plain definitional forms with a variant verb or a remark before the subject, in Chinese, English and Korean', () => {
  // Chinese: 可以概括为 / 界定为, and 一词 after an unquoted name.
  assertRule('堆场共享可以概括为多家码头运营商轮流使用同一堆场的安排。', '堆场共享', 'zh-clause-is');
  assertRule('本报告将岸电覆盖率界定为已配备岸电设施的泊位所占比例。', '岸电覆盖率', 'zh-define-as');
  assertRule('锚地拥挤一词，指的是等待靠泊的船舶超过锚地容量的状况。', '锚地拥挤', 'zh-clause-is');
  // English: the adverb after the verb, "understood to mean", and a remark before the subject.
  assertRule('Yard sharing is defined here as the rotation of several operators through one container yard.', 'Yard sharing', 'en-refers-to');
  assertRule('Berth equity is understood to mean a fair allocation of berthing windows among lines.', 'Berth equity', 'en-refers-to');
  assertRule('Anchorage crowding refers loosely to waiting ships outnumbering anchorage places.', 'Anchorage crowding', 'en-refers-to');
  const lead = defines('Put simply, shore power coverage is the share of berths fitted with shore power.', 'Shore power coverage');
  assert.equal(lead.termStart, 'Put simply, '.length);
  // Korean: "…을 X이라 한다" with a name of two words, "여기서"/"본 연구에서" before the topic, "X이라는 개념은".
  assertRule('여러 운영사가 한 장치장을 돌아가며 쓰는 방식을 장치장 공유라 한다.', '장치장 공유', 'ko-object-called');
  assertRule('여기서 접안 형평성은 선사들 사이에 접안 시간을 공정하게 나누는 원칙을 가리킨다.', '접안 형평성', 'ko-topic');
  assertRule('본 연구에서 육상전원 보급률은 육상전원 설비를 갖춘 선석의 비율로 정의한다.', '육상전원 보급률', 'ko-topic');
  assertRule('묘박지 혼잡이라는 개념은 대기 선박이 묘박지 수용 능력을 넘어서는 상황을 일컫는다.', '묘박지 혼잡', 'ko-topic');
});

test('Chinese bare 指 after a name (not 指出, 指着), an adverb before it is not part of the name; Japanese …のことだ', () => {
  assertRule('堆场轮用指多家码头运营商按时段轮流使用同一堆场。', '堆场轮用', 'zh-clause-is');
  assertRule('岸线共管大体上指两个港区共同规划和使用一段岸线。', '岸线共管', 'zh-clause-is');
  assert.ok(!evidenceOf('港务局指出吞吐量仍在增长。').length);
  assert.ok(!evidenceOf('调度员指着屏幕说明情况。').length);
  assertRule('ヤード輪番は、複数の事業者が時間帯ごとに同じヤードを使う方式のことだ。', 'ヤード輪番', 'ja-topic');
});

test('standards: a terms clause laid out entry by entry (number, term, definition on three lines), in four languages', () => {
  const iso = '3 Terms and definitions\n3.1\nberth window\nperiod agreed for a vessel to occupy a berth\n3.2\nquay crane rate\nnumber of container moves per crane hour\n4 General\n4.1\nScope of application\nThis clause applies to all terminals.\n';
  assertRule(iso, 'berth window', 'std-clause');
  const rate = defines(iso, 'quay crane rate');
  assert.match(normalizeText(iso).text.slice(rate.sentenceStart, rate.sentenceEnd), /container moves per crane hour/);
  // A numbered clause after the terms clause is no entry.
  assert.ok(!evidenceOf(iso).some((e) => e.names[0] === 'Scope of application'));
  assertRule('3 术语和定义\n3.1\n泊位窗口\n为船舶靠泊约定的时段。\n3.2\n岸桥效率\n每台岸桥每小时完成的集装箱作业量。\n', '岸桥效率', 'std-clause');
  assertRule('3 용어와 정의\n3.1\n선석 창\n선박이 선석을 점유하기로 약정한 시간대\n', '선석 창', 'std-clause');
  assertRule('3 用語及び定義\n3.1\nバース枠\n船舶が岸壁を使用する約定時間帯。\n', 'バース枠', 'std-clause');
});

test('Chinese from a textbook, a judgment and a transcript: 把它叫做X, 这就是X with the sentence before, “X”（即…）, X，又称Y、Z，是…, X这个词…意思是, a speaker\'s label, 说白了就是, a spoken question naming the term', () => {
  assertRule('港口吞吐量中集装箱所占的份额，我们通常把它叫做箱化率。', '箱化率', 'zh-called-last');
  assertRule('有些船东发现运价跌破成本，干脆把船停在锚地，业内管这个叫封存运力。', '封存运力', 'zh-called-last');
  const island = '港区夜间灯光密集，附近海面水温明显高于外海。从卫星图上看，港区像一块发亮的斑点，这就是港口光斑效应。';
  const e = defines(island, '港口光斑效应');
  assert.equal(e.rule, 'zh-called-last');
  assert.match(normalizeText(island).text.slice(e.sentenceStart, e.sentenceEnd), /水温明显高于外海/);
  assert.ok(!evidenceOf('海面风浪越来越大，这就是必然的。').length);
  assertRule('被告通过船位伪装手段（即以技术方式篡改船舶自动识别系统所报位置的手段）规避监管。', '船位伪装手段', 'paren-alias');
  assertRule('岸电接口标准，又称岸电插头规范、岸电协议，是港口与船舶之间约定供电方式的技术文件。', '岸电接口标准', 'zh-also-called-is', ['岸电插头规范', '岸电协议']);
  assertRule('空箱回流这个词你可能听过，意思是把卸空的集装箱运回出口地。', '空箱回流', 'zh-bare-word-means');
  // A transcript: the speakers' labels are no terms; 说白了 before 就是; a spoken question marks a two-character name.
  const talk = '**主持人：** 今天聊港口。那甩箱又是什么？\n\n**嘉宾：** 甩箱就是船公司把已经订舱的集装箱留在码头不装船。\n\n**主持人：** 那爆舱呢？\n\n**嘉宾：** 港口压船，说白了就是船舶到港后排队等不到泊位。\n';
  assertRule(talk, '甩箱', 'marked-name');
  assertRule(talk, '港口压船', 'zh-clause-that-is');
  assert.ok(!evidenceOf(talk).some((x) => x.names[0] === '主持人' || x.names[0] === '嘉宾'));
  assert.ok(!evidenceOf('大家都说冷箱，它到底指什么？').some((x) => x.names[0].startsWith('它')));
});

test('Japanese from a textbook and an integrated report: これを**X**とよぶ, このときのNを**X**という with the sentence before, …のが**X**である, a bold headword and its gloss, X（…こと） after a particle, を「X」と定義し, 当社の考えるXとは, 当社でいう「X」は…もので、, a parenthesis in bold, a formula is no alias', () => {
  assertRule('需要が供給を上回ると、価格は上がり続けることがある。これを**価格の暴走**とよぶ。', '価格の暴走', 'marked-name');
  const eq = defines('二つの曲線が交わる点で取引量が決まる。このときの取引量を**均衡取引量**という。', '均衡取引量');
  assert.match(normalizeText('二つの曲線が交わる点で取引量が決まる。このときの取引量を**均衡取引量**という。').text.slice(eq.sentenceStart, eq.sentenceEnd), /曲線が交わる/);
  assertRule('これに対して、保険会社が集めた保険料を市場で運用するのが**機関運用**である。', '機関運用', 'ja-noga-dearu');
  assertRule('> **価値財**　所得にかかわらず誰もが消費すべきだと社会が考える財。\n', '価値財', 'bold-headword-entry');
  assertRule('また、全社員にアップスキリング（今の職務で求められるスキルを高めるために学ぶこと）の機会を提供している。', 'アップスキリング', 'ja-paren-definition');
  assertRule('当社では、社員が安心して意見を言える状態を「心理的安全性」と定義し、毎年測定している。', '心理的安全性', 'ja-called');
  assertRule('当社の考える知財経営とは、知的財産を経営資源として活用する経営のあり方です。', '知財経営', 'ja-towa');
  assertRule('当社でいう「後継者計画」は、経営陣の交代に備えて候補者を育てる計画を一覧にしたもので、毎年見直しています。', '後継者計画', 'marked-name');
  const icp = evidenceOf('**社内炭素価格（ICP）**：社内でCO2排出量に価格を付け、投資判断に使う仕組み。');
  assert.ok(!icp.some((e) => e.names.some((n) => /[（(]/.test(n))), JSON.stringify(icp.map((e) => e.names)));
  assert.ok(!evidenceOf('当社の排出総量（Scope1＋Scope2＋Scope3）は減少した。').some((e) => e.names.some((n) => n.includes('+'))));
});

test('Korean from a committee review and an encyclopaedia: "X"를 "Y"로 정의하고 있음, 을 말하는바 / 뜻하는데 after a modifying clause, (이하 "X"라 함) after a clause names only X, 이를 X 또는 Y이라고 하였다, X이라 하였고', () => {
  assertRule('○ 개정안은 "배달 노동자"를 "플랫폼을 통해 음식을 배달하고 건당 수수료를 받는 사람"으로 정의하고 있음.', '배달 노동자', 'ko-define-quoted-as');
  assert.ok(!evidenceOf('○ 개정안은 "배달 노동자"를 "플랫폼을 통해 음식을 배달하고 건당 수수료를 받는 사람"으로 정의하고 있음.').some((e) => e.names[0].startsWith('플랫폼을')));
  assertRule("○ 한편 개정안이 도입하려는 '평점 관리'는 운영자가 고객 평점으로 배차 순위를 정하는 방식을 말하는바, 안 제9조는 이를 제한함.", '평점 관리', 'marked-name');
  assertRule("○ 이번 개정안이 새로 쓰는 '배차 종속'은 노무제공자가 한 업체의 배차에 소득 대부분을 의존하는 정도를 뜻하는데, 현행법은 이를 요건으로 함.", '배차 종속', 'marked-name');
  const fee = evidenceOf('○ 안 제7조는 운영자가 업무 1건당 지급하여야 하는 최저 금액(이하 "기본요금"이라 함)을 고시하도록 함.');
  assert.ok(fee.some((e) => e.names[0] === '기본요금') && !fee.some((e) => e.names.includes('최저 금액')), JSON.stringify(fee.map((e) => e.names)));
  assertRule('추수가 끝나면 마을 사람들이 모여 잔치를 벌였는데, 지역에 따라 이를 낫걸이 또는 상사연이라고 하였다.', '낫걸이', 'ko-object-called', ['상사연']);
  assertRule('일을 지휘하는 사람을 영좌라 하였고, 깃발을 앞세워 일터로 나갔다.', '영좌', 'ko-object-called');
});

test('English: an encyclopaedia lead with the name in bold, ", that is to say" after a name', () => {
  assertRule('The **harbour dividend** is the gain in trade that follows when a port deepens its berths.', 'harbour dividend', 'marked-name');
  assertRule('Each account was a money laundering conduit, that is to say an account used only to pass stolen funds on.', 'money laundering conduit', 'en-apposition');
});

test('Chinese boundaries: a preposition before a one-character word opens a name the segmenter does not know (以工代赈, 在岸人民币); before a word it is cut off', () => {
  assertRule('以旧换新，也就是消费者交回旧家电时按折价抵扣新家电货款的促销方式。', '以旧换新', 'zh-clause-that-is');
  assertRule('对敲交易，也就是同一投资者在两个账户之间自买自卖的交易。', '对敲交易', 'zh-clause-that-is');
  assert.equal(chineseNameStart('在岸人民币'), 0);
  assert.equal(chineseNameStart('由政府主导'), 1);
  assert.equal(chineseNameStart('和东盟国家'), 1);
});

test('Chinese: 所指 ("除非另有所指") is no defining verb', () => {
  assert.deepEqual(evidenceOf('本协议中，除非上下文另有所指，下列词语具有以下含义：').map((e) => e.names[0]), []);
  assertRule('冷链断链指的是运输途中温度超出规定范围的情形。', '冷链断链', 'zh-clause-is');
});

test('glossary layouts: a three-column table of defined words with a linking word in the middle (| X | 指 | … |, | X | means | … |), several names in the left cell, a full name on the right', () => {
  const table = '本办法中，下列词语具有如下含义：\n\n| 词语 | | 含义 |\n|---|---|---|\n| 考核期 | 指 | 2022年度至2024年度 |\n| 托管行、托管人 | 指 | 北辰商业银行股份有限公司 |\n| 单位能耗 | 指 | 单位产品消耗的能源 |\n| Cut-off Date | means | the last day on which a claim may be lodged |\n';
  assertRule(table, '考核期', 'table-row-linked');
  assertRule(table, '托管行', 'table-row-linked', ['托管人', '北辰商业银行股份有限公司']);
  assert.deepEqual(defines(table, '单位能耗').names, ['单位能耗'], 'a definition with 的 is no full name');
  assertRule(table, 'Cut-off Date', 'table-row-linked');
  assert.ok(!evidenceOf(table).some((e) => e.names[0] === '词语'), 'the header row is no entry');
});

test('glossary layouts: a note numbered with ※ (※2 X：…) defines X, not "2X", and a name may open with hiragana (つなぎ融資)', () => {
  const text = '本制度は、いわゆる「つなぎ融資」※2の対象外である。\n\n※2 つなぎ融資：正式な融資が実行されるまでの間、金融機関が一時的に資金を貸し付けることをいう。';
  assertRule(text, 'つなぎ融資', 'colon-entry');
  assert.ok(!evidenceOf(text).some((e) => /^\d/.test(e.names[0])), JSON.stringify(evidenceOf(text).map((e) => e.names)));
});

test('Japanese: これをXといいます with okurigana inside the name (見回り点検), read with the sentence before; a particle inside is no name', () => {
  const text = '設備の異常を早く見つけるため、担当者が毎朝すべての配管を目で確かめます。これを見回り点検といいます。';
  assertRule(text, '見回り点検', 'ja-wo-called');
  assert.ok(defines(text, '見回り点検').sentenceStart === 0, 'shown with the sentence before');
  assert.ok(!evidenceOf('需要が急に増える現象を価格の上昇という。').some((e) => e.names[0] === '価格の上昇'));
});

test('Chinese: an unquoted name closing the sentence after 称为 with its abbreviation in a parenthesis (…，称为界面钝化层（IPL层）。)', () => {
  assertRule('硅片表面沉积一层很薄的氧化铝，称为界面钝化层（IPL层）。', '界面钝化层', 'zh-called-last', ['IPL层']);
  assertRule('车辆通过收费站时自动识别并扣费的装置，称为电子不停车收费系统（ETC系统）。', '电子不停车收费系统', 'zh-called-last', ['ETC系统']);
});

test('English: a lower-case name after "its", "their" or "this" with a short name given for the rest of the text (hereafter "the allowance")', () => {
  assertRule('Each berth publishes its loading allowance (hereafter "the allowance"), that is, the tonnage a ship may load in one call.', 'loading allowance', 'paren-alias', ['allowance']);
});

test('Chinese: a short name given after a 称为 name in the same sentence (…，称为“X”，业内简称“Y”) is another name of it', () => {
  assertRule('渔船在港外将渔获直接转载到冷藏运输船上运回的作业方式，称为“海上过驳转运”，业内简称“海上转运”。', '海上过驳转运', 'zh-called', ['海上转运']);
});

test('glossary layouts: a table cell with a full stop inside is read to the end of its row, and a cell opening "…の略。" gives the full name', () => {
  const source = '| 用語 | 解説 |\n|---|---|\n| BCP | 事業継続計画の略。災害などの緊急時にも重要な業務を止めないための計画 |\n';
  const text = normalizeText(source).text;
  const e = defines(source, 'BCP');
  assert.equal(e.rule, 'table-row');
  assert.ok(e.names.includes('事業継続計画'), JSON.stringify(e.names));
  assert.match(text.slice(e.sentenceStart, e.sentenceEnd), /重要な業務を止めないための計画/);
});

test('English: "A X is a N, such as …, that…" with examples between the noun and its clause, and in a Markdown footnote', () => {
  assertRule('Families may use respite hubs.[^3]\n\n[^3]: A respite hub is a staffed day centre, such as a school hall or clinic annex, that looks after a dependent relative for a few hours.', 'respite hub', 'en-is-a');
  assertRule('A tidal lagoon is an artificial basin, like a harbour wall ring, that stores sea water at high tide.', 'tidal lagoon', 'en-is-a');
});

test('Korean: a clause ending in a bound noun before (이하 \'X\'이라 합니다) describes X; X alone is the name', () => {
  const text = '열차가 예정 시각보다 30분 이상 늦게 도착한 경우(이하 \'열차 지연\'이라 합니다)에는 운임의 일부를 돌려드립니다.';
  assert.ok(evidenceOf(text).some((e) => e.names[0] === '열차 지연'), JSON.stringify(evidenceOf(text).map((e) => e.names)));
  assert.ok(!evidenceOf(text).some((e) => e.names.some((n) => n.endsWith('경우'))), JSON.stringify(evidenceOf(text).map((e) => e.names)));
});

test('Chinese: a full name given a short form (以下简称“X”) may hold a place in parentheses (浙江自由贸易试验区（宁波片区）综合保税区)', () => {
  const text = '浙江自由贸易试验区（宁波片区）综合保税区（以下简称“宁波综保区”）于2021年通过验收。';
  assert.ok(evidenceOf(text).some((e) => e.names[0] === '浙江自由贸易试验区（宁波片区）综合保税区' && e.names.includes('宁波综保区')), JSON.stringify(evidenceOf(text).map((e) => e.names)));
});

test('glossary layouts: a table whose header names a column of definitions, whatever its other columns (| Indicator | Definition | 2023 | 2024 |, | 용어 | 정의 | 비고 |)', () => {
  const en = '| Indicator | Definition | 2023 | 2024 |\n|---|---|---|---|\n| Water intensity (WI) | Cubic metres of water drawn per tonne of product | 3.1 | 2.8 |\n| Supplier audit rate | Share of tier-one suppliers audited on site during the year | 41% | 55% |\n';
  assertRule(en, 'Water intensity', 'table-definition-column', ['WI']);
  assertRule(en, 'Supplier audit rate', 'table-definition-column');
  const ko = '| 용어 | 정의 | 비고 |\n|---|---|---|\n| 재택 돌봄 | 거동이 불편한 노인이 자기 집에서 받는 방문 요양과 간호 서비스 | 2025년 도입 |\n';
  assertRule(ko, '재택 돌봄', 'table-definition-column');
  // A table without such a column defines nothing by its first cells.
  assert.ok(!evidenceOf('| Region | Output | 2023 | 2024 |\n|---|---|---|---|\n| North coast | Tonnes of fish landed by the fleet | 12 | 14 |\n').some((e) => e.names[0] === 'North coast'));
});

test('an encyclopaedia entry: a title heading, a section headed 정의 / 定义 / 定義 / Definition, then the definition without the name', () => {
  assertRule('# 줄다리기\n\n## 정의\n\n편을 나누어 긴 줄을 마주 잡아당겨 승부를 겨루는 민속놀이.\n\n## 내용\n\n정월 대보름에 주로 하였다.', '줄다리기', 'definition-section');
  assertRule('# 地方債\n\n## 定義\n\n地方公共団体が資金調達のために負担する債務で、返済が一会計年度を超えるもの。', '地方債', 'definition-section');
  assertRule('# Tide mill\n\n## Definition\n\nA water mill driven by the rise and fall of the tide.', 'Tide mill', 'definition-section');
});

test('ranking: within one source, the sentence that only gives a short name (X(이하 "Y")) does not come before the one that defines the term, even when hovered by the full name', () => {
  const snap = snapshotOf({
    '/c/review2024.md': '○ 현행 제도에서 배달 기사는 대체로 플랫폼노무제공자(이하 "노무제공자")에 포함되는 것으로 보아 왔음. 노무제공자는 계약 형식과 관계없이 플랫폼을 통하여 타인의 사업에 노무를 제공하고 대가를 받는 사람을 가리키는 개념으로, 여러 법률에서 달리 규정되어 왔음.\n',
  });
  const text = '우리는 플랫폼노무제공자에 대해 논의한다.';
  const hit = termAt(snap, analyzeDraft(text), 8);
  assert.ok(hit, 'no hover');
  const p = hit.passages[0];
  assert.match(p.doc.normalized.text.slice(p.start, p.end), /대가를 받는 사람을 가리키는 개념/);
});

test('English: a bold name glossed by an apposition in mid-sentence ("…and the **berth occupancy**, the share of hours a berth holds a ship, rises")', () => {
  assertRule('As trade recovers, queues grow and the **berth occupancy**, the share of hours in a year that a berth holds a ship, rises.', 'berth occupancy', 'marked-name');
  // Without the bold, nothing is read.
  assert.ok(!evidenceOf('As trade recovers, the berth occupancy, the share of hours in a year that a berth holds a ship, rises.').some((e) => e.names[0] === 'berth occupancy'));
});

test('English: "known as" / "called" before a name in bold (a load of about 80%, known as **design load**, …)', () => {
  assertRule('A steady draw of about 80% of rated output, known as **design load**, keeps the turbine efficient.', 'design load', 'en-known-as');
});

test('English: a bold name in mid-sentence, maybe another name after "also called", then its gloss after a colon', () => {
  assertRule('Port planners fear a **harbour squeeze**, also called a berth crunch: ships arrive faster than cranes can clear them.', 'harbour squeeze', 'marked-name', ['berth crunch']);
  assertRule('Analysts point to the **rebound effect**: savings from efficiency are spent on using more of the same thing.', 'rebound effect', 'marked-name');
});

test('English parentheses: a quoted name, then only the kind of thing it is, then the original (the "common harbour" policy (共同港湾)): the quoted name is the term', () => {
  const found = evidenceOf('Under the "common harbour" policy (共同港湾), the three ports share one pilotage service.');
  assert.ok(found.some((e) => e.names[0] === 'common harbour' && e.names.includes('共同港湾')), JSON.stringify(found.map((e) => e.names)));
  assert.ok(!found.some((e) => e.names.includes('policy')), JSON.stringify(found.map((e) => e.names)));
});

test('Korean: a name whose first word is a noun ending in 운 (해운, 행운) is not cut as after an adjective (새로운)', () => {
  assertRule('해운 동맹이란 여러 선사가 운임과 항로를 공동으로 정하는 협력 체계를 말한다.', '해운 동맹', 'ko-iran');
  assertRule('새로운 생활권이란 통근과 통학으로 하나가 된 지역을 말한다.', '생활권', 'ko-iran');
});

test('Chinese: a clause longer than a name before ，即 gives the name after the verb that takes it as object (…普遍采用轻晶圆厂模式，即…), not the words after 的', () => {
  assertRule('国内多数中小型芯片设计公司目前普遍采用轻晶圆厂模式，即自建少量产线、其余制造全部外包的经营模式。', '轻晶圆厂模式', 'zh-clause-that-is');
  assert.ok(!evidenceOf('各方朝着超越半岛、为地区长期稳定做出更大贡献的方向迈进，即有必要共同努力。').some((e) => e.names[0] === '方向迈进'));
});

test('glossary layouts: a headword alone on its line (maybe after ◆ or ##), then a gloss that closes on a noun, in Japanese and Korean; a section heading or a bullet item is none', () => {
  assertRule('◆ 体験型宿泊\n\n農家や漁家に泊まり、地域の暮らしや仕事を体験する滞在型の旅行。', '体験型宿泊', 'headword-line');
  assertRule('## 관광세\n\n관광객이 숙박이나 입장할 때 지방자치단체가 부과하는 지방세.', '관광세', 'headword-line');
  assert.ok(!evidenceOf('## 概要\n\n本事業は地域の観光振興を目的とする県の補助事業。').some((e) => e.names[0] === '概要'));
  assert.ok(!evidenceOf('## 제안경위\n\n○ 정부가 제출하여 위원회에 회부됨.').some((e) => e.names[0] === '제안경위'));
  // A heading over prose that closes on a verb defines nothing.
  assert.ok(!evidenceOf('◆ 地域の取組\n\n各地で体験型の旅行が広がっている。').some((e) => e.names[0] === '地域の取組'));
});

test('Japanese: a topic name with okurigana inside it (空き家バンク, 地域おこし隊) is read by ja-topic; a verb before a noun (整備する施設) is a clause', () => {
  assertRule('空き家バンクは、空き家の所有者と利用希望者をつなぐ自治体の仕組みである。', '空き家バンク', 'ja-topic');
  assertRule('地域おこし応援隊（以下「応援隊」という。）は、都市部の若者が過疎地に住み込んで地域活動を行う制度である。', '地域おこし応援隊', 'ja-topic', ['応援隊']);
  assert.ok(!evidenceOf('整備する施設は、地域の防災拠点となる施設である。').some((e) => e.names[0] === '整備する施設'));
});

test('English: a plural name opening the sentence, then a plural head noun with a relative clause ("Ghost nets are fishing nets that…"); a pronoun or quantifier is no name', () => {
  assertRule('Ghost nets are fishing nets that have been lost or abandoned at sea and keep catching fish.', 'Ghost nets', 'en-plural-are-kind');
  assertRule('Tidal barrages are concrete dams whose sluice gates trap sea water at high tide.', 'Tidal barrages', 'en-plural-are-kind');
  assert.ok(!evidenceOf('These are measures that the ministry adopted in 2021.').some((e) => e.rule === 'en-plural-are-kind'));
});

test('English: a quoted so-called name followed by its verb ("a so-called \'blue swap\' lets…"), not by a noun it modifies', () => {
  assertRule("A so-called 'blue swap' lets an island state retire debt in return for marine protection.", 'blue swap', 'en-so-called');
  assert.ok(!evidenceOf('The survey covers the so-called "silver desk" counters in local offices.').some((e) => e.names[0] === 'silver desk'));
});

test('statutes: an article number (**第七条**, **제3조(정의)**, 第4条（定義）) opens the sentence without being a term, and 本办法第三条所称X points back to the article that used X', () => {
  const zh = '**第七条** 本办法第三条所称共享单车，是指以互联网平台租赁、在公共区域停放的自行车。';
  assertRule(zh, '共享单车', 'zh-clause-is');
  assert.ok(
    !evidenceOf(zh).some((e) => /第.条/.test(e.names.join())),
    JSON.stringify(evidenceOf(zh).map((e) => e.names)),
  );
  const ko =
    '**제3조(정의)** 이 규칙에서 사용하는 용어의 뜻은 다음과 같다.\n\n**제4조(지원)** 구청장은 예산의 범위에서 행사 비용을 지원할 수 있다.';
  assert.ok(
    !evidenceOf(ko).some((e) => /제\d조/.test(e.names.join())),
    JSON.stringify(evidenceOf(ko).map((e) => e.names)),
  );
  // A numbered item's label (提案1, 推荐2) names an item, not a term.
  assert.ok(
    !evidenceOf('- 提案1：所有新建住宅应当配建充电设施，并于两年内完成验收。').some((e) => e.names[0] === '提案1'),
  );
});

test('Chinese: a name in straight quotes ("承运人"，指…) and a name glued to a two-level clause number (3.2多式联运，是指…) as a PDF or plain-text file writes them', () => {
  assertRule('2.3 "承运人"，指与托运人订立运输合同并负责运送货物的企业。', '承运人', 'zh-quoted-is');
  assertRule('3.2多式联运，是指两种以上运输方式相互衔接、共同完成的货物运输。', '多式联运', 'zh-clause-is');
});

test('a definition in the parenthesis after the name that stops at a full stop inside it: （…をいいます。以下同じ。）, (…을 말한다. 이하 같다)', () => {
  assertRule(
    '会員は、自己のポイント（本アプリの利用に応じて会員ごとに付与される特典をいいます。以下同じ。）を第三者に譲渡できないものとします。',
    'ポイント',
    'ja-paren-definition',
  );
  assertRule(
    '구청장은 마을활동가(지역에서 공동체 활동을 꾸준히 하는 주민을 말한다. 이하 같다)에게 활동비를 지원할 수 있다.',
    '마을활동가',
    'ko-paren-definition',
  );
  // The sentence inside the parenthesis is no sentence of its own: the topic before it is not defined by it.
  assert.ok(
    !evidenceOf(
      '구청장은 마을활동가(지역에서 공동체 활동을 꾸준히 하는 주민을 말한다. 이하 같다)에게 활동비를 지원할 수 있다.',
    ).some((e) => e.names[0] === '구청장'),
  );
});

test('Japanese: an English expansion and its acronym after a fullwidth colon in the parenthesis (（…index：GNRI）), a topic whose copula goes on with で、, すなわち after a name, and a scope before とは (本規程において…とは)', () => {
  assertRule('低栄養リスク指標（geriatric nutritional risk index：GNRI）は、血清アルブミン値と体重から算出する指標である。', '低栄養リスク指標', 'ja-topic', ['GNRI', 'geriatric nutritional risk index']);
  assertRule('一方、在宅酸素療法は、自宅で酸素濃縮装置から酸素を吸入する療法で、外出時にも携帯用ボンベを使える。', '在宅酸素療法', 'ja-topic');
  assertRule('訪問服薬指導、すなわち薬剤師が患者の自宅を訪ねて服薬を支援する取組みは、残薬を減らすとされる。', '訪問服薬指導', 'ja-namely');
  assertRule('本規程において登録店舗とは、当会に加盟し所定の審査を経た小売店舗をいう。', '登録店舗', 'ja-towa');
  assert.ok(!evidenceOf('2020年、すなわち感染症が広がった年に制度が変わった。').some((e) => e.rule === 'ja-namely'));
});

test('Korean: 이란 after the article that named it (제1항에 따른 X이란), and an unquoted name given to a description (…사람을 귀촌인으로 정의한다)', () => {
  assertRule('② 제1항에 따른 골목상권 공동체란 골목상권의 상인들이 상권 활성화를 위하여 결성한 단체를 말한다.', '골목상권 공동체', 'ko-iran');
  assertRule('본 연구에서는 최근 1년 이내에 도시에서 농촌으로 이주한 사람을 귀촌인으로 정의한다.', '귀촌인', 'ko-object-defined-as');
});

test('English: "call the same N X, the…", "We refer to … as X", "a X is one who…", "is in X when" for a capitalised status, "X is the share of…", and the header row of a definitions table is no entry', () => {
  assertRule('Planners in Scandinavia call the same pattern tidal commuting, the daily flow of workers across a national border.', 'tidal commuting', 'en-known-as');
  assert.ok(!evidenceOf('Planners in Scandinavia call the same pattern tidal commuting, the daily flow of workers across a national border.').some((e) => /pattern/.test(e.names[0])));
  assertRule('We refer to a month in which tourist arrivals fall below half of the five-year average as a visitor trough.', 'visitor trough', 'en-refer-to-as');
  assertRule('Throughout, a frequent borrower is one who takes out more than three loans from the library in a term.', 'frequent borrower', 'en-is-one');
  assertRule('4.2 A Tenant is in Good Order when the Tenant has paid all rent due and has no unresolved complaint.', 'Good Order', 'en-is-in-status-when');
  assert.ok(!evidenceOf('The festival is in New York when the weather is mild.').some((e) => e.rule === 'en-is-in-status-when'));
  assertRule('[^3]: Shelf vacancy is the share of library shelving left empty at the annual stock count.', 'Shelf vacancy', 'en-is-the-measure');
  assert.ok(!evidenceOf('This is the share of votes that the party lost.').some((e) => e.rule === 'en-is-the-measure'));
  const table = '| Variable | Definition |\n|---|---|\n| Queue length | Number of customers waiting at the counter at noon |';
  assert.ok(!evidenceOf(table).some((e) => e.names[0] === 'Variable'));
  assertRule(table, 'Queue length', 'table-row');
});

test('English: a description with its defined name in parentheses (an "X"), and a common noun before its defined short name, then what it is ((the "X"), being…)', () => {
  assertRule('5.1 A loan of a bicycle from one station to another (a "Station Transfer") requires the operator\'s approval.', 'Station Transfer', 'en-defined-term');
  assertRule('The Club shall keep a tenant deposit account (the "Deposit Account"), being an account held with a bank for members\' deposits.', 'tenant deposit account', 'en-described-defined-term', ['Deposit Account']);
});

test('a numbered class of a scheme and what it takes in (Tier 1 covers…; Band 3 is everything…), not a part of the document; 顾名思义 after a name (…叫准现房，顾名思义，…)', () => {
  const tiers = 'Suppliers are grouped by tier. Tier 1 covers the firms we buy from directly, such as our mills; Tier 2 covers their own suppliers. Band 3 is everything above the second threshold.';
  assertRule(tiers, 'Tier 1', 'en-numbered-class');
  assertRule(tiers, 'Tier 2', 'en-numbered-class');
  assertRule(tiers, 'Band 3', 'en-numbered-class');
  assert.ok(!evidenceOf('Table 2 covers the years from 2010 to 2020.').some((e) => e.names[0] === 'Table 2'));
  const spoken = '**主持人：** 二手房交易周期长。跟它相对的叫准现房，顾名思义，主体已经封顶、几个月内就能交付的房子。';
  assertRule(spoken, '准现房', 'zh-as-name-says');
  assert.ok(!evidenceOf(spoken).some((e) => /叫/.test(e.names[0])));
});

test('a short name for what the words before describe: …的水表（下称智能远传水表） ends with the word before, …하지 아니한 점포(이하 "휴업점포") follows a clause; the word before is no name of it', () => {
  const zh = '安装超过八年且计量误差超出允许范围的水表（下称超期误差水表），供水单位应当免费更换。';
  const ezh = defines(zh, '超期误差水表');
  assert.ok(!ezh.names.includes('水表'), JSON.stringify(ezh.names));
  assert.ok(!evidenceOf(zh).some((e) => e.names[0] === '水表'));
  const ko = '구청장은 1년 이상 운영을 하지 아니한 공방(이하 "휴업공방"이라 한다)을 청년 작가에게 빌려줄 수 있다.';
  assert.ok(!evidenceOf(ko).some((e) => e.names[0] !== '휴업공방'), JSON.stringify(evidenceOf(ko).map((e) => e.names)));
  defines(ko, '휴업공방');
});

test('traditional Chinese: a function word in traditional characters ends the clause before a name (已從, 並將), and 「X」一詞…解作 defines X', () => {
  assert.equal(chineseNameStart('市政府已從亞洲開發銀行'), '市政府已從'.length);
  assert.equal(chineseNameStart('當局並將綠色債券框架'), '當局並將'.length);
  assertRule('「火警」一詞在本條款中解作因意外起火而直接造成的損毀，但不包括自燃。', '火警', 'zh-word-means');
});

test('English: a name given after a description with its short form after ", or" (…what has come to be called X, or ABC scheme: …)', () => {
  assertRule('This is an instance of what has come to be called invoice redirection fraud, or IRF: the victim pays a genuine bill into an account the fraudster controls.', 'invoice redirection fraud', 'en-known-as', ['IRF']);
});

test("a statute's item enumerator (一、) and a traditional article number (第二條) are set aside", () => {
  assertRule(
    '本條例用詞，定義如下：\n一、共享書櫃：指設置於公共空間，供民眾自由借還書籍之櫃體。\n二、管理人：指受託維護共享書櫃之團體。',
    '共享書櫃',
    'zh-clause-is',
  );
  assertRule('二、巡回诊疗点，指乡镇卫生院定期派出医生坐诊的村级站点。', '巡回诊疗点', 'zh-clause-is');
  assertRule('第三條 本辦法所稱社區共餐據點，指提供長者午餐之場所。', '社區共餐據點', 'zh-clause-is');
});

test('Chinese boundaries: a function word before 以 (将以, 將以) and a preposition such as 按照 open the name after them', () => {
  assert.equal(chineseNameStart('承保人將以市場價值'), '承保人將以'.length);
  assert.equal(chineseNameStart('合作社将以净资产收益'), '合作社将以'.length);
  assert.equal(chineseNameStart('理赔人员按照折旧余额'), '理赔人员按照'.length);
  assertRule('承保人將以市場價值（Market Value）賠付，即同類舊物在出險時的買賣價格。', '市場價值', 'paren-alias', [
    'Market Value',
  ]);
});

test("a guideline's names: an English name with a digit and its abbreviation after a fullwidth comma (（…A2，…）) are aliases; X定义为… and 将…定义为X define X", () => {
  assertRule(
    '脑钠肽前体（N-terminal pro-B-type natriuretic peptide 2，NT-proBNP2）是指心室肌细胞在压力负荷增加时释放的多肽片段。',
    '脑钠肽前体',
    'zh-clause-is',
    ['NT-proBNP2'],
  );
  assertRule(
    '骨质疏松性骨折（type 1 fragility fracture，FF1）是指轻微外力下发生的骨折。',
    '骨质疏松性骨折',
    'zh-clause-is',
    ['FF1'],
  );
  assert.ok(
    !evidenceOf('越南（population 100 million）是重要的生产基地。').some((e) =>
      e.names.includes('population 100 million'),
    ),
  );
  assertRule('高钾血症定义为血清钾浓度高于5.5 mmol/L。', '高钾血症', 'zh-is-defined-as');
  assertRule('夜間低血壓定義為睡眠期間收縮壓低於90 mmHg。', '夜間低血壓', 'zh-is-defined-as');
  assert.ok(!evidenceOf('本研究将药物剂量定义为每公斤体重的毫克数。').some((e) => /将/.test(e.names[0])));
  assertRule('本研究将连续3天以上未经口进食的状态定义为禁食期。', '禁食期', 'zh-defined-as-last');
  assert.ok(!evidenceOf('报告将这个邻国定义为竞争者。').some((e) => e.names[0] === '竞争者'));
});

test('traditional Chinese: 係指 defines as 系指 does (in prose and in a definitions table)', () => {
  assertRule('前條所稱共享機車，係指以電子方式租借、按分鐘計費之機車。', '共享機車', 'zh-clause-is');
  assertRule('| 本基金會 | 係指 | 財團法人青禾教育基金會 |', '本基金會', 'table-row-linked');
});

test("Japanese: a statute's numbered item, its number, headword and definition parted by ideographic spaces (一　X　…をいう。)", () => {
  const law =
    '第二条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。\n一　雨水貯留施設　雨水を一時的に貯めて流出を抑える施設をいう。\n二　管理者等　雨水貯留施設の所有者又は管理を委託された者をいう。\n十一　貯め置き運用　大雨の予報が出た際に施設を空にしておくことをいう。';
  assertRule(law, '雨水貯留施設', 'ja-statute-item');
  assertRule(law, '管理者等', 'ja-statute-item');
  assertRule(law, '貯め置き運用', 'ja-statute-item');
  assert.ok(!evidenceOf('一　概要　本市は雨水対策を進めている。').length);
});

test('a statute pointing back to a paragraph or item (前項第二款所稱X, 第一項所稱X, 所稱之X, 本條例所定X) gives the name alone; a thing another article prescribes (…所定之N) and a traditional 指數 are no definition', () => {
  assertRule('前項第二款所稱中低收入長者，係指經本府審核認定者。', '中低收入長者', 'zh-clause-is');
  assertRule('第一项所称公益岗位，是指由政府出资开发的非营利性岗位。', '公益岗位', 'zh-clause-is');
  assertRule('本自治條例所稱之街角綠地，係指面積未達五百平方公尺之開放空間。', '街角綠地', 'zh-clause-is');
  assertRule('本條例所定社區照顧關懷據點，係指提供長者關懷訪視之場所。', '社區照顧關懷據點', 'zh-clause-is');
  assertRule('本辦法補助對象係指設籍本市滿一年之青年。', '補助對象', 'zh-clause-is');
  assertRule('一、街角綠地：係指面積未達五百平方公尺之開放空間。', '街角綠地', 'zh-clause-is');
  assert.ok(!evidenceOf('前條第二項所定之場所，係指托育場所。').length);
  assert.ok(!evidenceOf('本季營造工程物價指數較上季上漲1.2%。').length);
});

test('Korean: a topic whose sentence closes on its own head noun after a clause (…지급하는 바우처이다, N 가운데 X는 … 만든 모임이다), and a value or a share as the kind (…나눈 값이다)', () => {
  assertRule(
    '문화누리바우처는 저소득층이 공연과 전시를 볼 수 있도록 지원하는 바우처이다.',
    '문화누리바우처',
    'ko-topic-genus',
  );
  assertRule(
    '여러 모임 가운데 품앗이모임은 이웃끼리 일손을 주고받기 위하여 만든 모임이다.',
    '품앗이모임',
    'ko-topic-genus',
  );
  assert.ok(!evidenceOf('이 사업은 지역 주민이 참여하는 사업이다.').length);
  assertRule('재고회전율은 매출원가를 평균 재고자산으로 나눈 값이다.', '재고회전율', 'ko-topic');
});

test('English: a bold or quoted name in apposition after a lead (A related view, the **X**, holds that…); a threshold set for something (X for a N is a majority / 30 per cent of…); A X is any N that…', () => {
  assertRule(
    'A rival account, the **crowding-in thesis**, holds that public investment draws private capital in.',
    'crowding-in thesis',
    'en-holds-that',
  );
  assert.ok(
    !evidenceOf('In practice, the committee holds that the rule is clear.').some((e) => e.rule === 'en-holds-that'),
  );
  assertRule(
    '7.2 Quorum for a board meeting is 40 per cent of the directors in office.',
    'Quorum',
    'en-is-the-measure',
  );
  assertRule('The quorum for any meeting of the panel is a majority of its members.', 'quorum', 'en-is-the-measure');
  assert.ok(!evidenceOf('Turnout in the 2023 ballot is 38 per cent of registered members.').length);
  assertRule('A foot fault is any serve that is struck with a foot on the baseline.', 'foot fault', 'en-is-a');
});

test('a sentence that says what a name just introduced is ("…the so-called X, named after…. In its original form it is a duty on…") defines it with the sentence before; after a mere mention it does not', () => {
  const taken = defines(
    'The claim rests on the so-called Halvorsen duty, named after a 1990 case. In its original form it is a duty on a lender to pause a transfer it suspects.',
    'Halvorsen duty',
  );
  assert.equal(taken.rule, 'marked-name-taken-up');
  assert.ok(
    !evidenceOf('We discuss the "Halvorsen duty" below. It is a big problem that courts ignore.').some(
      (e) => e.rule === 'marked-name-taken-up',
    ),
  );
});

test('another name in the parentheses after a name (（又称Y）, （俗称“Y”）, （通称：Y）, (일명 Y)), an article before an alias dropped (also referred to as a Y), a quoted alias closed after its comma (X, or "Y," is), and "The term \'X\' includes…"', () => {
  assertRule('共有产权房（又称共有产权住房）是指政府与购房人按份共有产权的住房。', '共有产权房', 'zh-clause-is', [
    '共有产权住房',
  ]);
  assertRule('夜间经济（俗称“夜市经济”）是指傍晚至次日清晨的消费活动。', '夜间经济', 'zh-clause-is', ['夜市经济']);
  assertRule('市民交流広場（通称：ひろば）とは、市が管理する屋外の交流空間をいう。', '市民交流広場', 'ja-towa', [
    'ひろば',
  ]);
  assertRule(
    'An ancillary cottage, also referred to as a laneway house, is a small home facing a rear lane.',
    'ancillary cottage',
    'en-also-known',
    ['laneway house'],
  );
  assertRule(
    'The service line, or "baseline," is the line at the back of the court.',
    'service line',
    'en-or-apposition',
    ['baseline'],
  );
  assertRule('The term "sign" includes banners, flags and painted walls.', 'sign', 'en-term-includes');
});

test("a marked topic whose sentence closes on its own head noun or on a kind (「X」は、…が発行する証明書で、…; …取組みである; …暮らし方である; 'X'는 … 지급하는 바우처이다) is defined", () => {
  defines('「まち歩き手帳」は、市の観光協会が配布する手帳で、史跡を巡る人に使われている。', 'まち歩き手帳');
  defines('「週末農園」は、都市住民が地方の畑を借りる取組みである。', '週末農園');
  defines('「半農半X」は、農業と別の仕事を両立させる暮らし方である。', '半農半X');
  defines("'햇살카드'는 저소득 노인에게 지급하는 카드이다.", '햇살카드');
  assert.ok(!evidenceOf('「田中」は、昨日東京に行った人である。').length);
});

test('Korean boundaries: a connective or adnominal verb form (설립되어, …을 위한, …에 따른) ends the clause before a name in parentheses', () => {
  assertRule('회사는 2015년에 설립되어 수소연료전지(HFC, Hydrogen Fuel Cell)를 생산하고 있습니다.', '수소연료전지', 'paren-alias', ['HFC']);
  assertRule('정부는 탄소중립을 위한 녹색항만 전략(Green Port Strategy)을 발표했다.', '녹색항만 전략', 'paren-alias', ['Green Port Strategy']);
});

test('Chinese: another name with its own gloss (X，又称Y（English），是指…), the words 又称/也叫 never part of a name, a verb and its object before 是指 (强化监测是指…), a two-character name glossed in English (衰老（senescence）是指…)', () => {
  assertRule('慢性疲劳，又称持续性疲乏（persistent fatigue），是指持续六个月以上且休息后不能缓解的疲劳。', '慢性疲劳', 'zh-also-called-is', ['持续性疲乏', 'persistent fatigue']);
  assert.equal(chineseNameStart('夜间照护又称夜班护理'), '夜间照护又称'.length);
  assert.ok(!evidenceOf('慢性疲劳，又称持续性疲乏（persistent fatigue），是指持续六个月以上的疲劳。').some((e) => /^称/.test(e.names[0])));
  assertRule('强化监测是指对低血糖高风险患者增加血糖检测频次的做法。', '强化监测', 'zh-clause-is');
  assertRule('去强化管理是指对高龄患者减少用药种类的策略。', '去强化管理', 'zh-clause-is');
  assertRule('衰老（senescence）是指细胞停止分裂并逐渐失去功能的过程。', '衰老', 'zh-clause-is', ['senescence']);
  assert.ok(!evidenceOf('美国指的是北美的那个国家。').length);
});

test('an ordinance\'s run-in headword in emphasis glossed by a noun phrase (*Setback.* The minimum…), a paragraph of its own; a report\'s section lead that runs on is no entry', () => {
  const code = '## Definitions\n\n*Street frontage.* The length of a lot line that abuts a public street.\n\n**Corner lot.** A lot at the junction of two streets.';
  assertRule(code, 'Street frontage', 'emphasised-headword');
  assertRule(code, 'Corner lot', 'emphasised-headword');
  assert.ok(!evidenceOf('**Cargo Handling.** The division moved 4.2 million boxes. The Group added two cranes.').length);
});

test('English: how commonly another name is used (X, sometimes called Y, is…; …is the X, usually called "Y".), a possessive description no name of it, and our/their before a name dropped', () => {
  assertRule('Social play, sometimes called round-robin play, is a session where pairs rotate every game.', 'Social play', 'en-also-known', ['round-robin play']);
  const zone = defines('The strip behind the baseline is the service runway, usually called "the apron".', 'service runway');
  assert.ok(zone.names.includes('apron'), JSON.stringify(zone.names));
  assert.ok(!evidenceOf("Norway's model, sometimes called \"fee-first tolling\", charges every vehicle.").some((e) => e.names.includes("Norway's model")));
  assert.ok(defines('Our register is a list in which every member records the hours they volunteered.', 'register'));
});

test('Japanese: the name, then its definition in quotes (Xを「…人々」と定義する), and a name given with とし/とする; a long quoted clause is no name', () => {
  const paper = '本稿では、移動弱者を「自家用車を持たず日常の買い物に困難を抱える人々」と定義する。';
  assertRule(paper, '移動弱者', 'ja-object-defined-as');
  assert.ok(!evidenceOf(paper).some((e) => e.names[0].length > 12), JSON.stringify(evidenceOf(paper).map((e) => e.names)));
  assertRule('本調査では、月に一度以上町を訪れた者を「反復来訪者」とし、その行動を分析した。', '反復来訪者', 'ja-called');
  assert.ok(!evidenceOf('彼は「賛成」とする意見を述べた。').length);
});

test('Chinese boundaries: 都 inside a word (都市, 首都, 成都) is no adverb ending the clause', () => {
  assert.equal(chineseNameStart('本市都市更新處'), 0);
  assert.equal(chineseNameStart('各方都支持绿色走廊'), '各方都支持'.length);
});

test('Korean: a short name after 즉 before the topic marker (X, 즉 ABC(…)는 …) is another name of X', () => {
  assertRule('선박평형수처리장치, 즉 BWTS(Ballast Water Treatment System)는 선박평형수 속 생물을 제거하는 장치이다.', '선박평형수처리장치', 'ko-namely', ['BWTS']);
  assert.ok(!defines('토론자들은 채용 수수료, 즉 노동자가 부담하는 비용이 문제라고 지적했다.', '채용 수수료').names.includes('노동자가'));
});

test('Korean boundaries: 등 closes the examples before a name in parentheses (…착용 등 안전주행수칙(이하 "수칙"))', () => {
  assertRule('운영자는 이용자에게 헬멧 착용 등 안전주행수칙(이하 "수칙"이라 한다)을 안내하여야 한다.', '안전주행수칙', 'paren-alias', ['수칙']);
});

test('a short sentence that only names the term again, right after its definition (…状態。Yとも呼ばれる。, Y라고도 한다., 又称Y。, Also called Y.), gives another name of it', () => {
  assert.ok(defines('**ナイトタイムエコノミー**　夜間の消費活動による経済効果。夜間経済とも呼ばれる。', 'ナイトタイムエコノミー').names.includes('夜間経済'));
  assert.ok(defines('돌봄경제란 돌봄 노동과 관련된 경제 활동을 말한다. 케어 이코노미라고도 한다.', '돌봄경제').names.includes('케어 이코노미'));
  assert.ok(defines('共享厨房是指多个商户共同使用的餐饮加工场所。又称共享厨房空间。', '共享厨房').names.includes('共享厨房空间'));
  assert.ok(defines('A moonball is a high shot that sails over the opponent at the net. Also called a skyball.', 'moonball').names.includes('skyball'));
});

test('another name offered with "or" in parentheses (X (or Y) is…), an English name between a Chinese name and its definition (X，英文为Y，是指…), a quoted name that includes (…, "X" includes…), and Xという用語は…を指す', () => {
  assertRule('The sideline (or side boundary) is the line along each long edge of the court.', 'sideline', 'paren-alias', ['side boundary']);
  assertRule('长期护理保险，英文为long-term care insurance，是指为失能人员提供护理费用保障的社会保险。', '长期护理保险', 'zh-clause-is', ['long-term care insurance']);
  assertRule('For the purposes of this Chapter, "dependant" includes a foster child living in the household.', 'dependant', 'en-term-includes');
  assert.ok(!evidenceOf('He said "yes" includes everyone here.').length);
  assertRule('移動弱者という用語は、日常の移動に困難を抱える人々を指す。', '移動弱者', 'ja-term-word');
  assert.ok(!evidenceOf('ワーケーションという言葉は、近年広く使われるようになった。').some((e) => e.rule === 'ja-term-word'));
});

test('traditional 下稱/簡稱 after an English name in the same parenthesis gives the short name; a scope (在本條例中) before 指 is no name', () => {
  assertRule(
    '3.2　「共享單車」（public bike-sharing scheme，下稱「單車計劃」）指由政府資助、市民以八達通租用的單車服務。',
    '共享單車',
    'paren-alias',
    ['public bike-sharing scheme', '單車計劃'],
  );
  assertRule(
    '泊車許可證（Residential Parking Permit，簡稱RPP）是區議會向居民發出、准許在指定街道泊車的證件。',
    '泊車許可證',
    'paren-alias',
    ['Residential Parking Permit', 'RPP'],
  );
  const scoped = '「共享廚房」一詞，在本條例中指多名持牌人輪流使用的食物製備場所。';
  assert.ok(defines(scoped, '共享廚房'));
  assert.ok(
    !evidenceOf(scoped).some((e) => e.names[0].startsWith('在')),
    JSON.stringify(evidenceOf(scoped).map((e) => e.names)),
  );
});

test('a line all in bold is a heading: the paragraph under it is read as sentences of their own (**X** ⏎⏎ X is defined as…)', () => {
  const glossary = [
    '# Glossary',
    '',
    '**Wage floor**',
    '',
    'Wage floor is defined as the lowest hourly pay an employer may offer under the scheme.',
    '',
    '**Pay band**',
    '',
    'Pay band is defined as a range of hourly pay set for one grade of staff.',
    '',
  ].join('\n');
  assertRule(glossary, 'Wage floor', 'en-refers-to');
  assertRule(glossary, 'Pay band', 'en-refers-to');
});

test('ranking: a sentence that only gives a short name (X（以下简称“Y”）, 「X」（以下「Y」という。）) does not come before the one that defines the term under its short name', () => {
  const hover = (source: string, draft: string, name: string) => {
    const snap = snapshotOf({ '/c/report2024.md': source });
    const hit = termAt(snap, analyzeDraft(draft), draft.indexOf(name) + 1);
    assert.ok(hit, `no hover on ${name}`);
    return hit.passages[0].doc.normalized.text.slice(hit.passages[0].start, hit.passages[0].end);
  };
  const zh =
    '我们推进城乡供水一体化工程（以下简称“供水一体化”）建设。供水一体化，是指由一个主体统一建设、统一运营城乡供水管网的供水模式。\n';
  assert.match(hover(zh, '我们讨论城乡供水一体化工程的问题。', '城乡供水一体化工程'), /统一运营城乡供水管网/);
  const ja =
    '町は「地域見守りネットワーク」（以下「見守り網」という。）を整えた。見守り網は、配達業者や商店が高齢者の異変に気付いたときに役場へ知らせる仕組みである。\n';
  assert.match(
    hover(ja, '本稿では地域見守りネットワークについて論じる。', '地域見守りネットワーク'),
    /役場へ知らせる仕組み/,
  );
});

test('Korean: a topic glossed by its kind that goes on (X는 …하는 시설로, …), more kind nouns (…기기다, …기법이다), and N의 핵심인 before a name in parentheses closes the clause', () => {
  assertRule('나눔창고는 기부받은 식품을 분류하고 보관하는 시설로, 주 5일 문을 연다.', '나눔창고', 'ko-topic-kind-goes-on');
  assert.ok(!evidenceOf('시장은 시민의 의견을 듣는 자리로, 매달 한 번 열린다.').length, JSON.stringify(evidenceOf('시장은 시민의 의견을 듣는 자리로, 매달 한 번 열린다.').map((e) => e.names)));
  assertRule('회수기는 폐건전지를 받아 무게를 재는 기기다.', '회수기', 'ko-topic');
  assertRule('생태발자국은 인간 활동이 자연에 주는 부담을 면적으로 환산하는 기법이다.', '생태발자국', 'ko-topic');
  assertRule('올해 계획의 핵심인 주민 돌봄 쉼터(이하 "쉼터")는 어르신이 낮 동안 머무는 공간이다.', '주민 돌봄 쉼터', 'paren-alias', ['쉼터']);
});

test('Japanese minutes: a name, then これは and what it is (Xについてでございますが、これは、…のことでございます; 「X」、これは…取組でございますが、; X、略してYと呼んでおりますが、これは…団体でございます)', () => {
  assertRule('まず、見守り協定についてでございますが、これは、配達事業者が高齢者の異変に気付いたときに市へ連絡する取決めのことでございます。', '見守り協定', 'ja-kore-wa');
  assertRule('次に、「まちなか保育室」、これは商店街の空き店舗で一時預かりを行う事業でございますが、本年度は3か所で実施しました。', 'まちなか保育室', 'ja-kore-wa');
  assertRule('また、地域交通連携協議会、略して交通協議会と呼んでおりますが、これは市と事業者がバス路線を協議する組織でございます。', '地域交通連携協議会', 'ja-kore-wa', ['交通協議会']);
  // これは that only points at a remark is no definition.
  assert.ok(!evidenceOf('次に、予算でございますが、これは、昨年度より増えております。').some((e) => e.rule === 'ja-kore-wa'));
});

test('Korean: a topic whose defining verb goes on (X는 …가구를 말하며, …) or whose kind follows a past adnominal form (…합친 금액으로, …)', () => {
  assertRule('A. 네. 독거노인 가구는 만 65세 이상 노인이 혼자 사는 가구를 말하며, 방문 상담을 우선 받습니다.', '독거노인 가구', 'ko-topic-kind-goes-on');
  assertRule('월평균 소득액은 지난 1년간 받은 급여와 수당을 모두 합친 금액으로, 신청할 때 증빙해야 합니다.', '월평균 소득액', 'ko-topic-kind-goes-on');
});

test('English: "This note describes how…" defines nothing; a name opening the sentence before (hereinafter "ABC"); a description before (hereinafter the "x") defines x; Korean: a clause before 는 is no topic of a kind that goes on', () => {
  assert.ok(!evidenceOf('This guide describes how the council counted empty homes in 2023.').some((e) => e.names[0] === 'guide'));
  assertRule('Catchment zones (hereinafter "CZs") are the areas from which each clinic draws its patients.', 'Catchment zones', 'paren-alias', ['CZs']);
  assert.ok(!evidenceOf('Older respondents (aged 65+) said they had skipped meals.').length);
  const described = 'The person who signs the lease for the whole flat (hereinafter the "lead tenant") pays the deposit.';
  assertRule(described, 'lead tenant', 'en-defined-term');
  assert.ok(!evidenceOf(described).some((e) => e.names.includes('whole flat')), JSON.stringify(evidenceOf(described).map((e) => e.names)));
  const clause = '○ 한편 개정안이 도입하려는 \'공동 돌봄\'은 이웃이 아이를 번갈아 맡는 방식을 말하는바, 지원 범위가 쟁점이다.';
  assert.ok(!evidenceOf(clause).some((e) => e.names[0].startsWith('개정안')), JSON.stringify(evidenceOf(clause).map((e) => e.names)));
  assert.ok(!evidenceOf('이번 조사는 전국 2천 가구를 대상으로 하는 방식으로, 매년 실시한다.').length);
});

test('Chinese: a report\'s count after what was built (建成乡级便民驿站3个，即…) is no part of the name, nor the verb and the level; a speech\'s address (各位来宾：) is no entry; English: a verb whose preposition is stranded (the terms the Board refers to in…) defines nothing', () => {
  assertRule('全年建成乡级便民驿站3个，即为过往群众提供饮水、休息和应急药品的公益服务点。', '便民驿站', 'zh-clause-that-is');
  assert.ok(!evidenceOf('各位来宾：\n现在，我代表筹备委员会，向大家介绍本届论坛的安排，请予指正。').some((e) => e.names[0].startsWith('各位')));
  const stranded = 'The guide lists the tools the Board relies on, and the ideas the Board refers to in its minutes, such as the neutral rate.';
  assert.ok(!evidenceOf(stranded).some((e) => e.rule === 'en-refers-to'), JSON.stringify(evidenceOf(stranded).map((e) => e.names)));
});

test('English glossary layouts: a bold headword line glossed by a noun phrase on its own head noun or a kind (**Policy Rate** ⏎ The interest rate the Bank…), "The so-called X is the…", a footnote opening "The X is the…"; "term" inside a name is no pronoun', () => {
  const glossary = ['# Terms', '', '**Policy Rate**', '', 'The interest rate the central bank charges on overnight loans to commercial banks.', '', '**Swap line**', '', 'An arrangement under which two central banks exchange currencies for a fixed period.', '', '## 3. Market outlook', '', 'A price floor, that is, a minimum price, would help the miners.', ''].join('\n');
  assertRule(glossary, 'Policy Rate', 'headword-line');
  assertRule(glossary, 'Swap line', 'headword-line');
  assert.ok(!evidenceOf(glossary).some((e) => e.names[0] === 'Market outlook'));
  // Under a section heading a sentence opening on a kind noun is prose, not a gloss.
  assert.ok(!evidenceOf(['## Sampling plan', '', 'The approach that we used was a stratified sample of households.', ''].join('\n')).length);
  assertRule('The so-called term spread is the gap between long-term and short-term yields.', 'term spread', 'en-so-called');
  const note = ['Lenders watch the real wage growth rate[^1] closely.', '', '[^1]: The real wage growth rate is the change in average pay minus consumer price inflation.', ''].join('\n');
  assertRule(note, 'real wage growth rate', 'en-footnote-is');
  assert.ok(!evidenceOf(['See the table.[^2]', '', '[^2]: The figure is the mean of three runs.', ''].join('\n')).some((e) => e.rule === 'en-footnote-is'));
});

test('Chinese: a speaker who counts the name\'s characters (…就是稳就业。这三个字的意思是，…), and a textbook box (> **知识窗　X** ⏎ > …的过程。)', () => {
  assertRule('**李老师：** 核心就是稳就业。这三个字的意思是，先保住现有岗位，再谈新增岗位。', '稳就业', 'anaphoric-definition');
  const box = ['城市在扩张中不断吸纳周边人口。', '', '> **知识窗　职住分离**', '>', '> 居民居住地与工作地相距较远、需要长距离通勤的现象。许多特大城市都存在这一现象。', ''].join('\n');
  assertRule(box, '职住分离', 'box-heading');
});

test('Japanese: a name, then the one it is commonly called (X、いわゆるYは…), are one term', () => {
  const found = evidenceOf('○佐藤委員　地域公共交通計画、いわゆるマスタープランはいつ策定されるのか。');
  assert.ok(found.some((e) => e.names.includes('マスタープラン') && e.names.includes('地域公共交通計画')), JSON.stringify(found.map((e) => e.names)));
});

test('English: a measure\'s name opening the sentence and what it measures (X measures how far / the share of…); a survey or a pronoun is no measure\'s name', () => {
  assertRule('Fiscal space measures how far a government can raise spending without endangering its solvency.', 'Fiscal space', 'en-measures');
  assert.ok(!evidenceOf('The survey measures how households cope with rising prices.').some((e) => e.rule === 'en-measures'));
});

test('English: the name of an approach before a colon and what following it means (a whole system approach: we…), and a capitalised name in mid-sentence glossed by an apposition (the London Weighting, the sum paid to…, is…)', () => {
  assertRule('The council has adopted a whole system approach: we plan housing, transport and health budgets together.', 'whole system', 'en-approach-colon');
  assert.ok(!evidenceOf('We took a cautious approach: we waited.').some((e) => e.rule === 'en-approach-colon'));
  assertRule('Staff in the capital receive the inner London Weighting, the sum paid on top of salary to cover the higher cost of living there, from their first day.', 'inner London Weighting', 'en-named-apposition');
});

test('English: an organisation glossed by an apposition (the European Union, the bloc that…,) is no defined term', () => {
  assert.ok(!evidenceOf('Exports to the European Union, the bloc that buys most of our cars, fell in 2024.').some((e) => e.rule === 'en-named-apposition'));
});

test('boundaries: a foreign country before a body named in parentheses is no part of its name unless the English name holds it (德国联邦网络局（BNetzA） → 联邦网络局; 日本国际协力机构（JICA） keeps 日本); a Korean city before an institute (부산 해양연구소(…))', () => {
  assertRule('德国联邦网络局（BNetzA）负责电网接入规则的制定。', '联邦网络局', 'paren-alias', ['BNetzA']);
  assertRule('日本国际协力机构（JICA）为该项目提供了贷款。', '日本国际协力机构', 'paren-alias', ['JICA']);
  assertRule('행사는 부산 해양정책연구소(Marine Policy Institute, MPI) 대강당에서 열렸다.', '해양정책연구소', 'paren-alias', ['MPI']);
});

test('a party\'s role and the name it is given (the claimant ("Harlow")) are not one term, an acronym of the words before is (a deferred payment agreement ("DPA")); a distancing 所谓 (媒体所谓的“X”叙事) and a judgment\'s section label (事实和理由：) define nothing', () => {
  assert.ok(!evidenceOf('She sued her landlord, the respondent ("Harlow"), for the deposit.').some((e) => e.names.includes('respondent')));
  assertRule('The council offered a deferred payment agreement ("DPA") to the owner.', 'deferred payment agreement', 'paren-alias', ['DPA']);
  assert.ok(!evidenceOf('一些评论所谓的“数字鸿沟”叙事，并不符合当地情况。').length);
  assert.ok(!evidenceOf('事实和理由：原告于2022年起租用被告的商铺，双方约定租期三年。').length);
});

test('bundled corpus style: 所谓“X” after a verb or 的 keeps its so-called reading (强化了所谓“X”和…)', () => {
  assert.ok(evidenceOf('这些文件进一步强化了所谓“包容增长”的叙事。').some((e) => e.names[0] === '包容增长'));
});
