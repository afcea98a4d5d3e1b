/**
 * Direction of an indicator from its name: lower is better for consumption, emissions, unemployment,
 * accidents and rates of occurrence, unless the indicator is itself a reduction (降幅, "…降低（%）"),
 * which is better when larger. The deciding words are returned for the entry's notes.
 */
import type { Comparator, Direction } from "../schema";

const DOWN_WORDS = [
  "降低",
  "下降",
  "减少",
  "能耗",
  "排放",
  "失业率",
  "事故",
  "发生率",
  "死亡率",
  "不良率",
  "浓度",
  "污染",
];
/** Words that name a reduction achieved: a larger value is better. */
const REDUCTION_WORDS = [
  "降幅",
  "降低率",
  "下降率",
  "降低幅度",
  "下降幅度",
  "降低额",
  "减少额",
  "减少量",
  "减排量",
  "节能量",
  "压减",
  "削减",
];

export interface DirectionRead {
  direction: Direction;
  /** 中文 / English, for the entry's notes. */
  note: string;
}

export function inferDirection(name: string, unit: string, cellComparator?: Comparator): DirectionRead {
  const reduction = REDUCTION_WORDS.find((w) => name.includes(w));
  if (reduction)
    return {
      direction: "up",
      note: `方向推断：名称含“${reduction}”，指标本身是降幅，越大越好（up） / direction inferred: the name says “${reduction}”, the indicator is a reduction, higher is better`,
    };
  const endsReduced = /(降低|下降|减少)(?:幅度|比例|率)?$/.exec(name);
  if (endsReduced && /%|‰|百分点/.test(unit))
    return {
      direction: "up",
      note: `方向推断：名称以“${endsReduced[1]}”结尾、单位为“${unit}”，指标本身是降低幅度，越大越好（up） / direction inferred: the name ends in “${endsReduced[1]}” with unit “${unit}”: the indicator is a reduction, higher is better`,
    };
  const down = DOWN_WORDS.find((w) => name.includes(w));
  if (down)
    return {
      direction: "down",
      note: `方向推断：名称含“${down}”，越低越好（down） / direction inferred: the name says “${down}”, lower is better`,
    };
  if (cellComparator === "<=" || cellComparator === "<")
    return {
      direction: "down",
      note: `方向推断：目标写作“${cellComparator === "<" ? "<" : "≤"}”，越低越好（down） / direction inferred: the target is written “${cellComparator}”, lower is better`,
    };
  return {
    direction: "up",
    note: "方向推断：名称无降低、能耗、排放类词语，按越高越好（up） / direction inferred: no word of reduction, consumption or emission in the name, higher is better",
  };
}
