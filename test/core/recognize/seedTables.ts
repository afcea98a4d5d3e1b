/**
 * The indicator tables of the seeds as the seed text prints them, and the built-in catalog entries
 * that are their expected reading. Field-by-field comparison for the recognizer's figures.
 */
import { existsSync, readFileSync } from "fs";
import { join, resolve } from "path";
import type { IndicatorInput } from "../../../src/core/schema";
import type { RecognizedIndicator } from "../../../src/core/recognize";
import { indicators as dyMfg } from "../../../src/catalog/sources/DY-MFG-2024/indicators";
import { indicators as dyInnov } from "../../../src/catalog/sources/DY-INNOV-2024/indicators";
import { indicators as hsEquip } from "../../../src/catalog/sources/HS-EQUIP-2025/indicators";

export const SEEDS = process.env.DUIBIAO_SEEDS ?? resolve(__dirname, "../../../../shared/seeds");
/** As test/catalog/provenance.test.ts: the seeds sit beside the checkout; CI must have them. */
export const HAVE_SEEDS = existsSync(SEEDS);
if (!HAVE_SEEDS && process.env.CI) throw new Error(`no seeds at ${SEEDS} (set DUIBIAO_SEEDS)`);

export interface SeedTable {
  sourceId: string;
  seed: string;
  /** The table's first line (its header) and the first line after it, as printed in the seed. */
  from: string;
  to: string;
  expected: IndicatorInput[];
}

/** The rows of a source's own table: targets stated only in the text (text-order, after the table's rows) are not in it. */
const tableRows = (list: IndicatorInput[]) => list.filter((i) => i.numbering !== "text-order");

/** Every numbered indicator table of the seeds; the other sources have no indicator table (text-order). */
export const SEED_TABLES: SeedTable[] = [
  {
    sourceId: "DY-MFG-2024",
    seed: "000_598209be3eb1f2e2.txt",
    from: "序号\t\t指标名称\t单位\t2023 年 基数",
    to: "附件 2",
    expected: tableRows(dyMfg),
  },
  {
    sourceId: "DY-INNOV-2024",
    seed: "003_4a2e06d0e45c41dd.txt",
    from: "一级指标\t指标名称\t2021 数据",
    to: "### 三、重点任务",
    expected: tableRows(dyInnov),
  },
  {
    sourceId: "HS-EQUIP-2025",
    seed: "004_bb55ef2a1f48e8cc.txt",
    from: "序号\t指标名称\t单位\t2020年预",
    to: "第三章产业布局",
    expected: tableRows(hsEquip),
  },
];

export function tableText(t: SeedTable): string {
  const text = readFileSync(join(SEEDS, t.seed), "utf8");
  const start = text.indexOf(t.from);
  const end = text.indexOf(t.to, start);
  if (start < 0 || end < 0) throw new Error(`table of ${t.sourceId} not found in ${t.seed}`);
  return text.slice(start, end);
}

/** The fields compared: what a table states (comparatorText, names in English and notes come from elsewhere). */
export const FIELDS = [
  "numbering",
  "name",
  "category",
  "unit",
  "direction",
  "comparator",
  "baseYear",
  "base",
  "baseText",
  "milestones",
  "attribute",
  "growthRate",
  "annualIncrement",
] as const;

function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x) =>
    x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x,
  );
}

export interface Score {
  rows: number;
  recognized: number;
  matched: number;
  compared: number;
  mismatches: string[];
}

/** Per expected entry: every field compared (absent on both sides counts as a match); a missing entry scores 0. */
export function score(expected: IndicatorInput[], got: RecognizedIndicator[]): Score {
  let matched = 0;
  let compared = 0;
  const mismatches: string[] = [];
  for (const e of expected) {
    const g = got.find((x) => x.id === e.id);
    for (const f of FIELDS) {
      compared++;
      const want = canonical((e as Record<string, unknown>)[f]);
      const have = g ? canonical((g as Record<string, unknown>)[f]) : "<no entry>";
      if (want === have) matched++;
      else mismatches.push(`${e.id}.${f}: expected ${want} got ${have}`);
    }
  }
  return { rows: expected.length, recognized: got.length, matched, compared, mismatches };
}
