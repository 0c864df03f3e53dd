/**
 * Which end of a movement a value is: the one moved from ("from 24p", 从2.1万, 由30.4%) or the one
 * moved to ("cut the cost to 21p", 降至1.8%). A draft that gives a source's starting value as the
 * level reached ("cut … to 24p" against "from 24p to 21p") has taken the wrong end.
 */
export type MovedEnd = 'from' | 'to';

const FROM_END = /(?:从|由|\bfrom\s)(?:约|近|\babout\s|\baround\s|\bnearly\s)?$/i;
const TO_END_ZH = /(?:降至|升至|增至|减至|增长至|下降至|上升至|提高至|提高到|降低至|降到|升到|增加到|增加至|减少至|减少到|扩大至|缩小至|回落至|回升至|跌至|压缩至|压减至|缩减至|削减至|下调至|上调至)\s?(?:约|近)?$/;
const TO_END_EN = /\bto\s(?:about\s|around\s|nearly\s|just\s|only\s)?$/i;
// A verb that moves a quantity somewhere, for English, where "to" alone says too little ("amounted to").
const MOVING_VERB_EN = /\b(?:cut|cuts|cutting|reduc\w+|lower\w*|rais\w+|increas\w+|decreas\w+|rise|rises|rising|rose|risen|fell|fall\w*|grew|grow\w*|climb\w*|drop\w*|declin\w*|slash\w*|shrank|shrink\w*|halv\w+|doubl\w+|push\w*|brought|bring\w*|boost\w*|trimm?\w*)\b/i;

/** The end of a movement the value is, from the words of its clause before it (folded text). */
export function movedEnd(before: string): MovedEnd | undefined {
  if (FROM_END.test(before)) return 'from';
  if (TO_END_ZH.test(before)) return 'to';
  if (TO_END_EN.test(before) && MOVING_VERB_EN.test(before)) return 'to';
  return undefined;
}
