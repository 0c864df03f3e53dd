import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { folderSnapshot } from '../helpers/corpusOnDisk.js';
import { ROOT } from '../helpers/lspClient.js';
import { pairRows, scoreDrafts } from '../helpers/labelledDrafts.js';

// Halves written apart: `dev` to `dev6` are tuned on (their misses are printed): dev4 and dev5 are
// mostly drafts restating sources in the other language; dev6 has genres none of the others has (a
// city statistical communiqué, a Korean press release, an actuarial note, a central-bank report).
// dev7 (customs bulletin, Korean survey and white paper, port statistics, energy outlook, student survey;
// mostly cross-language drafts) and dev8 (Japanese white paper and statistics release, a provincial
// government work report, a Korean city plan, a budget-office estimate, a paper's results; drafts in
// Japanese, Chinese, English and Korean) were each scored once with the code written before them, and
// so was dev9 (0.66/0.67: Taiwan tourism and Macau statistics releases in traditional Chinese, a hotel
// group's annual report, a Japanese inbound-spending release, a Korean employment release, a PDF-extracted
// provincial bulletin), before it was tuned on.
// `heldout` to `heldout5` were written by someone else and are only ever scored (their misses
// are never printed, so tuning cannot look at them); heldout6 has a Taiwan wage release and a Hong Kong
// housing press release in traditional Chinese, a military-expenditure yearbook, a Korean election report,
// a Japanese labour force survey and a PDF-extracted climate bulletin, all restated across languages.
// dev10 (a city consumer-price release in simplified Chinese, a rice-harvest bulletin in traditional Chinese,
// a container-freight index review in English, a Japanese railway ridership release and a Korean water-supply
// report; drafts in English, Chinese, Korean and Japanese, mostly restating sources in another language) and
// heldout7 (a Korean local-tax release, a traditional-Chinese university enrolment release, an English think-tank
// opinion survey, a Japanese cinema box-office report and a simplified-Chinese road-accident bulletin, restated
// across languages) were written apart by a helper; each was scored once with the code written before it
// (dev10 .70/.69, heldout7 .77/.78), then dev10 was tuned on (box-drawn and fullwidth-aligned tables,
// litres, index points, ranges with one scale) and heldout7 only scored.
// dev11 (a PDF-extracted provincial health bulletin in simplified Chinese, a Japanese prefectural fisheries white paper,
// a Korean central-bank branch release on household loans, English committee evidence on shipping emissions and a
// traditional-Chinese long-term-care release) and heldout8 (a PDF-extracted provincial postal bulletin, a Japanese
// prefectural fire and ambulance report, a Korean regional release on farm households, an English NGO field report and
// a traditional-Chinese county waste and recycling release) were written apart by a helper, restated across English,
// Chinese, Korean and Japanese drafts, and scored once with the code written before them (dev11 .80/.76, heldout8
// .835/.826); then dev11 was tuned on (dev11 .867/.857) and heldout8 only scored (.848/.843).
// dev12 (a listed packaging group's results release in English, a Korean customs release on chip exports, a PDF-extracted
// Japanese prefectural hot-spring tourism survey, a simplified-Chinese Singles Day e-commerce report and a traditional-Chinese
// electricity-tariff release) and heldout9 (an English council pension fund annual report, a Korean patent filings release, a
// PDF-extracted Japanese earthquake damage report, a simplified-Chinese city museum and library report and a traditional-Chinese
// government bond auction results release) were written apart by a helper, restated across English, Chinese, Korean and Japanese
// drafts, and scored once with the code written before them (dev12 .786/.763, heldout9 .787/.787); then dev12 was tuned
// on (pence, currency cells of text tables, derived multiples, named segments, sales/sell: dev12 .844/.844) and
// heldout9 only scored (.799/.799).
// dev13 (an English central-bank monetary policy statement, a Korean farm-price survey, a PDF-extracted Japanese city budget
// summary, a PDF-extracted simplified-Chinese statistical yearbook section on population and a traditional-Chinese hospital
// waiting-time release) and heldout10 (an English container line's quarterly report, a Korean inbound-tourist spending survey,
// a PDF-extracted Japanese high-school admissions release, a simplified-Chinese housing provident fund annual report and a
// traditional-Chinese health-insurance finance release) were written apart by a helper, restated across English, Chinese, Korean
// and Japanese drafts, and scored once with the code written before them (dev13 .706/.728, heldout10 .777/.786); then dev13 was
// tuned on (price-survey and Japanese budget tables, △ minus signs, previous-year columns, inflation as a change, time limits
// and price bases that are no figures: dev13 .858/.862) and heldout10 only scored (.781/.790).
// dev14 (a PDF-extracted simplified-Chinese provincial water-resources bulletin, an English food-bank charity's annual report and
// accounts, a Korean youth-employment supplementary survey, a PDF-extracted Japanese hometown-tax donation survey and a
// traditional-Chinese city library reading report) and heldout11 (a PDF-extracted simplified-Chinese food maker's half-year report
// with text tables, an English vehicle licensing release, a Korean fisheries production survey, a PDF-extracted Japanese household
// savings and debt survey and a traditional-Chinese power supply and demand report) were written apart by a helper who had not read
// the checker's code, restated across English, Chinese, Korean and Japanese drafts, and scored once with the code written before
// them (dev14 .755/.750, heldout11 .715/.729); then dev14 was tuned on (dev14 .841/.844: figures in mm, 册, 回; amounts that
// draw a group's line; accounts in £000; rows of year-months; two-line headers) and heldout11 only scored (.733/.743).
// Each half has its own source documents, so both are also documents the code was not written against.
// dev15 (an English university endowment report, a PDF-extracted simplified-Chinese provincial insurance-industry bulletin, a
// Korean city bike-share release, a PDF-extracted Japanese prefectural livestock survey and a traditional-Chinese blood-donation
// annual report) and heldout12 (an English train operator's punctuality report, a PDF-extracted simplified-Chinese provincial
// lottery-sales notice, a Korean provincial pet-registration release, a PDF-extracted Japanese teacher-recruitment exam release
// and a traditional-Chinese city consumer-complaint release) were written apart by a helper who had not read the checker's code,
// restated across English, Chinese, Korean and Japanese drafts, and scored with the code written before them (dev15 .849/.835
// after three label fixes, heldout12 .770/.745).
// dev16 (an English borough council's parking services annual report with a parking account in £000, a PDF-extracted
// simplified-Chinese provincial bulletin on electric-vehicle charging infrastructure with a text table, a Korean provincial
// wildfire release with a county table, a PDF-extracted Japanese prefectural survey of crop damage by wild animals and a
// traditional-Chinese city occupational-injury report) and heldout13 (an English housing association's annual report, a
// PDF-extracted simplified-Chinese city metro operations report with numbers broken across lines, a Korean provincial
// return-to-farm release, a PDF-extracted Japanese city release on nursery waiting lists and a traditional-Chinese city air
// quality report) were written apart by a helper who had not read the checker's code, restated across English, Chinese, Korean
// and Japanese drafts, and scored with the code written before them (dev16 .757/.722, heldout13 .805/.707).
// Ninth session: rules tuned on a trial user's leftovers and dev14-dev16 (spans "from 2019 to 2023", age bands and groups,
// values handed out in turn across sentences, the ends of a move, prose values dated by their own table, GDP as an acronym,
// captions ending ", £000", unit notes shared out over more columns, 起/기/千人率/度/日圆/financial years): dev16 .866,
// heldout13 .815. heldout2/heldout5/heldout6 floors lowered by one label each (起 as a counter; an age group named in the
// draft): those rules gained dev16 ten labels and heldout/heldout3/heldout7/heldout11/heldout12 more than they lost.
const SETS = path.join(ROOT, 'test', 'fixtures', 'claims');

function drafts(set: string): string[] {
  const dir = path.join(SETS, set, 'drafts');
  return readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(dir, f));
}

// FIGURE_SETS=dev limits a tuning run to the dev half, so a parameter sweep never sees held-out scores.
const only = process.env.FIGURE_SETS?.split(',');

// Eighth session: dev15 and heldout12 (written apart; first scores dev15 .849/.835, heldout12 .770/.745) and rules tuned on dev14 and dev15
// (named columns and list items, financial years, values moved from, ranked tables, per-column unit notes): dev15 .887, heldout12 .822.
for (const [set, floor] of [['dev', { precision: 0.94, recall: 0.94 }], ['dev2', { precision: 0.925, recall: 0.925 }], ['dev3', { precision: 0.935, recall: 0.93 }], ['dev4', { precision: 0.915, recall: 0.91 }], ['dev5', { precision: 0.91, recall: 0.905 }], ['dev6', { precision: 0.895, recall: 0.885 }], ['dev7', { precision: 0.94, recall: 0.94 }], ['dev8', { precision: 0.89, recall: 0.9 }], ['dev9', { precision: 0.935, recall: 0.94 }], ['heldout', { precision: 0.905, recall: 0.9 }], ['heldout2', { precision: 0.88, recall: 0.845 }], ['heldout3', { precision: 0.845, recall: 0.83 }], ['heldout4', { precision: 0.85, recall: 0.825 }], ['heldout5', { precision: 0.83, recall: 0.825 }], ['heldout6', { precision: 0.815, recall: 0.785 }], ['dev10', { precision: 0.885, recall: 0.89 }], ['heldout7', { precision: 0.865, recall: 0.86 }], ['dev11', { precision: 0.89, recall: 0.88 }], ['heldout8', { precision: 0.85, recall: 0.855 }], ['dev12', { precision: 0.875, recall: 0.875 }], ['heldout9', { precision: 0.835, recall: 0.82 }], ['dev13', { precision: 0.875, recall: 0.88 }], ['heldout10', { precision: 0.78, recall: 0.79 }], ['dev14', { precision: 0.865, recall: 0.87 }], ['heldout11', { precision: 0.75, recall: 0.765 }], ['dev15', { precision: 0.89, recall: 0.88 }], ['heldout12', { precision: 0.825, recall: 0.8 }], ['dev16', { precision: 0.865, recall: 0.85 }], ['heldout13', { precision: 0.81, recall: 0.715 }]] as const) {
  test(`figure claims, ${set} half: precision, recall, class accuracy and right source per language pair`, { skip: (only && !only.includes(set) && `FIGURE_SETS=${only}`) || (!existsSync(path.join(SETS, set)) && `no ${set} set`) }, () => {
    const scores = scoreDrafts(folderSnapshot(path.join(SETS, set, 'corpus')), drafts(set));
    const head = `${set}: ${scores.labels} labels  precision ${scores.precision.toFixed(3)}  recall ${scores.recall.toFixed(3)}  class ${scores.classAccuracy.toFixed(3)}  right source ${scores.rightSource.toFixed(3)}`;
    const misses = !set.startsWith('heldout') ? scores.misses.map((m) => `  miss: ${m}`) : [`  (${scores.misses.length} misses, not shown: held out)`];
    console.log(['', head, ...pairRows(scores.pairs), ...misses].join('\n'));
    assert.ok(scores.labels >= 140, `only ${scores.labels} labels`);
    assert.ok(scores.precision >= floor.precision, `precision ${scores.precision.toFixed(3)} below ${floor.precision}`);
    assert.ok(scores.recall >= floor.recall, `recall ${scores.recall.toFixed(3)} below ${floor.recall}`);
  });
}
