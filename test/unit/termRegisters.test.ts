import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeText } from '../../server/src/core/corpus/normalize.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { extractTermEvidence, type TermEvidence } from '../../server/src/core/glossary/termExtractor.js';
import { termAt } from '../../server/src/core/glossary/termLookup.js';
import { snapshotOf } from '../helpers/memoryCorpus.js';

// Every sentence here is invented. These test the general mechanisms of #19's second pass: the
// plain register (sentenceRegister.ts), names the document marks and the evidence that a sentence
// defines one of them (markedNames.ts), and boundaries.

function evidenceOf(source: string): TermEvidence[] {
  return extractTermEvidence(normalizeText(source).text);
}

/** The best evidence for `name`, and the text of its passage. */
function defined(source: string, name: string): { e: TermEvidence; passage: string } {
  const text = normalizeText(source).text;
  const all = extractTermEvidence(text);
  const found = all.filter((e) => e.names[0] === name).sort((a, b) => b.score - a.score);
  assert.ok(found.length, `no evidence for "${name}"; found ${JSON.stringify(all.map((e) => [e.rule, e.names]))}`);
  return { e: found[0], passage: text.slice(found[0].sentenceStart, found[0].sentenceEnd) };
}

/** The first passage a hover on `name` shows, with the source as the only document of the corpus. */
function hoverPassage(source: string, name: string, draft: string): string | undefined {
  const s = snapshotOf({ '/c/source.md': source });
  const hit = termAt(s, analyzeDraft(draft), draft.indexOf(name) + 1);
  const p = hit?.passages[0];
  return p && p.doc.normalized.text.slice(p.start, p.end);
}

test('the plain register: a speaker label, an answer mark or an enumerator before a definition', () => {
  // Japanese Diet minutes: the label runs into the sentence once normalised.
  const minutes = defined(
    '○政府参考人（田中一郎君）　港湾共同化とは、複数の港が設備を共同で使う仕組みでございます。',
    '港湾共同化',
  );
  assert.match(minutes.passage, /設備を共同で使う仕組み/);
  // An English debate: the bold label with a constituency and party is not part of the name.
  const debate = defined(
    '**Mr Rowe (Westfield) (Ind):** Port pooling refers to ports sharing cranes and berths.',
    'Port pooling',
  );
  assert.match(debate.passage, /sharing cranes/);
  assert.ok(
    !evidenceOf('**Mr Rowe (Westfield) (Ind):** Port pooling refers to ports sharing cranes and berths.').some((e) =>
      /Rowe|Westfield/.test(e.names.join()),
    ),
  );
  // A statute's enumerator and an answer mark.
  defined('（一）港口共用，是指多个港口共同使用装卸设施的安排。', '港口共用');
  defined('答：泊位轮换，是指多个船公司按时段轮流使用同一泊位。', '泊位轮换');
});

test('the plain register: polite and humble endings read as the written ones', () => {
  // Korean formal endings (-ㅂ니다 / 입니다) for 말한다, 부른다, …이다.
  assert.match(
    defined('항만 공유제는 여러 항만이 설비를 함께 쓰는 제도입니다.', '항만 공유제').passage,
    /함께 쓰는 제도/,
  );
  defined('여러 항만이 설비를 함께 쓰는 방식을 흔히 항만공유라고 부릅니다.', '항만공유');
  defined('선석 공유란 두 운영사가 한 선석을 함께 쓰는 것을 말합니다.', '선석 공유');
  // Japanese humble and polite forms: と申しますのは, でございます, と申しております.
  defined('港湾協働と申しますのは、複数の港が荷役を分担する取組のことでございます。', '港湾協働');
  defined('複数の港が荷役を分担することを、港湾分業と申しております。', '港湾分業');
  // Who calls it so may stand between を and the name.
  defined('荷主に負担を求めるものを、私どもは港湾協力金と呼んでおります。', '港湾協力金');
});

test('the plain register: a phrase limiting a definition to the document is read as if absent', () => {
  // English: between an indefinite subject and its copula.
  assert.match(
    defined('A levy ladder, in this context, is a schedule that raises a fee step by step.', 'levy ladder').passage,
    /raises a fee/,
  );
  assert.match(
    defined('Harbour pooling, for present purposes, is a scheme that lets ports share cranes.', 'Harbour pooling')
      .passage,
    /share cranes/,
  );
  // Korean: "이 보고서에서 말하는" before a quoted topic that closes with 뜻한다.
  defined("이 보고서에서 말하는 '항만 연대'는 여러 항만이 하역 장비를 나누어 쓰는 방식을 뜻한다.", '항만 연대');
  // Japanese: "本報告書でいう" before a quoted topic that closes with を指す.
  defined('なお、本報告書でいう「港湾連携」は、複数の港が荷役設備を融通し合う取組を指す。', '港湾連携');
});

test('marked names: a name quoted in passing is defined by a later sentence about it, which the hover shows', () => {
  const source =
    'The panel discussed what operators call "berth pooling". A berth pooling is where two operators share one quay.';
  assert.match(
    hoverPassage(source, 'berth pooling', 'We discuss berth pooling in this brief.') ?? '',
    /share one quay/,
  );
  // "By X she means": the quoted name, not "X she".
  const debate =
    'The minister spoke of "quay pooling". By quay pooling she means operators sharing one quay, does she not?';
  assert.match(defined(debate, 'quay pooling').passage, /sharing one quay/);
  assert.ok(!evidenceOf(debate).some((e) => /she/.test(e.names[0])));
  // "The phrase covers…" takes up the quoted name of the sentence before.
  assert.match(
    hoverPassage(
      'Much turns on the so-called "berth hoarding". The phrase covers any booking held without a ship to use it.',
      'berth hoarding',
      'We discuss berth hoarding in this brief.',
    ) ?? '',
    /without a ship/,
  );
});

test('marked names: question headings and their answers, in four languages', () => {
  assert.match(
    defined('**Q：港湾シェアって何？**\n\nA：複数の事業者が一つの岸壁を共同で使う方式です。', '港湾シェア').passage,
    /一つの岸壁/,
  );
  assert.match(
    defined('**Q2. 선석교대란?**\n\nA. 두 운영사가 한 선석을 시간대별로 나누어 쓰는 것을 말합니다.', '선석교대')
      .passage,
    /나누어 쓰는/,
  );
  // The question itself is no definition: the answer is shown.
  const ja = '**Q：岸壁予約制とは何ですか？**\n\nA：船会社が岸壁の利用時間を事前に予約する仕組みのことです。';
  assert.match(hoverPassage(ja, '岸壁予約制', '本稿では岸壁予約制について論じる。') ?? '', /事前に予約する/);
});

test('marked names: headwords in a key-terms box or list, remarks before the verb, modifiers before the subject', () => {
  assert.match(
    defined('> **Quay pooling** – an arrangement in which operators share one quay and its cranes.', 'Quay pooling')
      .passage,
    /share one quay/,
  );
  defined('- 선석우선권 — 정기선사가 정해진 시간에 먼저 접안할 수 있는 권리', '선석우선권');
  defined('“泊位共享”，说白了就是两家运营商共用一个码头。', '泊位共享');
  defined('另外，报告中提到的“耐心航运”，通俗地讲，是指不追求短期运价回报的长期运力投资。', '耐心航运');
  defined('Throughout this note, "berth window" is used to mean the hours a ship is promised a quay.', 'berth window');
  defined(
    'What we term quay-sharing clauses are provisions that let two lines split one berth.',
    'quay-sharing clauses',
  );
  // Not definitions: a quote in passing, a keywords line, a list of short items after a headword.
  assert.equal(evidenceOf('Critics called the plan "a quiet revolution" in the press.').length, 0);
  assert.ok(!evidenceOf('- **关键词**：港口，航运，物流').some((e) => e.names[0] === '关键词'));
  assert.ok(!evidenceOf('- **Ports**: Busan, Ningbo, Rotterdam, Hamburg').some((e) => e.names[0] === 'Ports'));
});

test('boundaries: a split word after an adverb, a conjunction before an English name, a Korean bound noun or adnominal clause', () => {
  // 充分 is an adverb, but 充分性 is one word the segmenter split: the name keeps it.
  const zh = evidenceOf('本规定的认证与欧盟的充分性评估（adequacy assessment）不同。');
  assert.ok(
    zh.some((e) => e.names[0] === '充分性评估' && e.names.includes('adequacy assessment')),
    JSON.stringify(zh.map((e) => e.names)),
  );
  assert.equal(
    defined(
      'And the Harbour Safety Code (HSC) — the minimum rules every berth must follow — applies from May.',
      'Harbour Safety Code',
    ).e.names[1],
    'HSC',
  );
  const ko = evidenceOf('보증금을 돌려주지 않을 때 항만보증공사(PGC)가 대신 지급한다.');
  assert.ok(
    ko.some((e) => e.names[0] === '항만보증공사'),
    JSON.stringify(ko.map((e) => e.names)),
  );
  defined('정부가 내세운 항만인구란 항만에 하루 3시간 이상 머무는 사람까지 포함한 인구 개념이다.', '항만인구');
  // A commentary's bracketed label over text about the document itself is no term.
  assert.ok(!evidenceOf('【说明】本条是关于港口用语含义的规定。').some((e) => e.names[0] === '说明'));
});

test('marked names: the next sentence says how the writer uses the quoted word ("We use this term for…"), in four languages', () => {
  const en = defined(
    'Shippers complain about "berth drift" at busy ports. We use this term for the gradual slippage of a ship\'s booked berthing window.',
    'berth drift',
  );
  assert.match(en.passage, /gradual slippage/);
  defined(
    'Harbour masters worry about "quay creep". The term is used here to mean the slow loss of usable quay length to storage.',
    'quay creep',
  );
  defined('港口之间出现了“泊位漂移”。本文用这一概念指船舶预约靠泊时段逐步后移的现象。', '泊位漂移');
  defined(
    "항만마다 '선석 표류'가 나타난다. 이 글은 이 용어를 예약된 접안 시간이 점점 밀리는 현상의 의미로 쓴다.",
    '선석 표류',
  );
  defined(
    '各港で「バース漂流」が起きている。本稿ではこの言葉を、予約した着岸時間が少しずつずれる現象の意味で用いる。',
    'バース漂流',
  );
});
