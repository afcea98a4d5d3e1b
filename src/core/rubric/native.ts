/**
 * Native spreadsheet formulas that compute SCORE and TIER from cell references, for the portable
 * workbook (no add-in: Excel 2010+, LibreOffice, WPS). Only IF, MIN, MAX, INT, ROUND, AND, OR, N,
 * ISNUMBER and NA are used, and the #NUM! error literal. Formulas are returned without the leading "=".
 *
 * They agree with the engine on valid inputs. Step counting: the engine floors x/step after rounding
 * to 12 significant digits (wholeSteps); the formula floors after ROUND(…, 9) — the same for any
 * input with fewer than 9 decimals. Invalid inputs (text, negative counts) give errors in the engine
 * but may give numbers here. A veto gives #NUM! in both (the #NUM! error literal is the portable way to raise it).
 */
import { badValue } from "../errors";
import { excelString as str } from "../native/text";
import { FLAG_WORDS } from "../parse";
import type { Rubric, RubricItem } from "../schema";
import { signedBand } from "./score";
import { VETO_WORDS } from "./tier";

export interface ScoreCells {
  /** Cell of SCORE's actual, e.g. "D5" or "$D$5". */
  actual: string;
  /** Cell of the reference (task or citywide average); may be omitted where the item has a default. */
  reference?: string;
  /** Cell of extra (events, newcomer flag, packaged disposals). */
  extra?: string;
}

export interface NativeOptions {
  /** Show "" while the actual cell is empty, instead of scoring an empty cell as 0. */
  blankWhenEmpty?: boolean;
}

function num(x: number): string {
  const s = String(x);
  if (/e/i.test(s)) throw new Error(`number ${s} cannot be written plainly in a formula`);
  return s;
}

/** floor(x / step), rounding binary noise away first (mirrors wholeSteps). */
function steps(x: string, step: number): string {
  return step === 1 ? `INT(ROUND(${x},9))` : `INT(ROUND((${x})/${num(step)},9))`;
}

/** p × x, leaving out "1*". */
function times(p: number, x: string): string {
  return p === 1 ? x : `${num(p)}*${x}`;
}

/** parseFlag in a formula: TRUE, any non-zero number, or one of its yes words (Excel compares text case-insensitively). */
function truthy(cell: string): string {
  return `OR(${cell}=TRUE,AND(ISNUMBER(${cell}),${cell}<>0),${FLAG_WORDS.yes.map((t) => `${cell}=${str(t)}`).join(",")})`;
}

function need(cell: string | undefined, what: string, item: RubricItem): string {
  if (!cell) throw badValue(`生成公式需要${what}单元格：${item.id}`, `${item.id}: the formula needs a ${what} cell`);
  return cell;
}

/** The native formula of SCORE(item, actual, reference, extra) over the given cells. */
export function nativeScoreFormula(item: RubricItem, cells: ScoreCells, opts: NativeOptions = {}): string {
  const f = scoreExpression(item, cells);
  return opts.blankWhenEmpty ? `IF(${cells.actual}="","",${f})` : f;
}

function scoreExpression(item: RubricItem, cells: ScoreCells): string {
  const s = item.params;
  const A = cells.actual;
  switch (s.kind) {
    case "vsTask": {
      // A blank task cell means the text's task, as in the engine.
      const ref = cells.reference;
      const text = s.defaultTask !== undefined ? num(s.defaultTask) : undefined;
      const T =
        ref === undefined
          ? (text ?? need(undefined, "任务数 reference", item))
          : text === undefined
            ? ref
            : `IF(${ref}="",${text},${ref})`;
      const raw = times(s.bonus.points, steps(`${A}-${T}`, s.bonus.step));
      const bonus = s.bonus.cap !== undefined ? `MIN(${num(s.bonus.cap)},${raw})` : raw;
      let f = `IF(${A}>=${T},${num(s.points)}+${bonus},MAX(0,${num(s.points)}*${A}/${T}))`;
      if (s.flagBonus) f += `+IF(${truthy(need(cells.extra, "extra", item))},${num(s.flagBonus.points)},0)`;
      return s.cap !== undefined ? `MIN(${num(s.cap)},${f})` : f;
    }
    case "vsAverage": {
      const R = need(cells.reference, "平均增速 reference", item);
      const up = times(s.bonus.points, steps(`${A}-${R}`, s.bonus.step));
      const bonus = s.bonus.cap !== undefined ? `MIN(${num(s.bonus.cap)},${up})` : up;
      const down = times(s.penalty.points, steps(`${R}-${A}`, s.penalty.step));
      return `IF(${A}>=${R},${num(s.points)}+${bonus},MAX(${num(s.penalty.floor)},${num(s.points)}-${down}))`;
    }
    case "perStep": {
      if (s.measure === "decrease") {
        const R = need(cells.reference, "年初利率 reference", item);
        return `MIN(${num(s.cap)},${times(s.points, `MAX(0,${steps(`${R}-${A}`, s.step)})`)})`;
      }
      const aw = s.actualWeight ?? 1;
      let x = aw === 1 ? A : `${A}*${num(aw)}`;
      if (s.extraWeight !== undefined && cells.extra) x += `+N(${cells.extra})*${num(s.extraWeight)}`;
      return `MIN(${num(s.cap)},${times(s.points, steps(x, s.step))})`;
    }
    case "perEvent":
      return `MIN(${num(s.cap)},${times(s.points, A)})`;
    case "averagePlusEvents": {
      const R = need(cells.reference, "全市平均 reference", item);
      const below = s.below === "proportional" ? `MAX(0,${num(s.points)}*${A}/${R})` : "0";
      const events = cells.extra ? `+${times(s.eventPoints, `N(${cells.extra})`)}` : "";
      return `MIN(${num(s.cap)},IF(${A}>=${R},${num(s.points)},${below})${events})`;
    }
    case "grade": {
      const R = cells.reference;
      let f = "NA()";
      for (const g of [...s.grades].reverse()) {
        const { lo, hi } = signedBand(g);
        const value = R && lo !== hi ? `IF(ISNUMBER(${R}),${R},${num(hi)})` : num(hi);
        f = `IF(${A}=${str(g.label)},${value},${f})`;
      }
      return `IF(ISNUMBER(${A}),${A},${f})`;
    }
    case "combined":
      return `MIN(${num(s.cap)},${A}${cells.reference ? `+N(${cells.reference})` : ""})`;
    case "veto":
      return `IF(${truthy(A)},#NUM!,0)`;
  }
}

/** The native formula of TIER(rubric, rank, count): rank cell and count cell (or a number). */
export function nativeTierFormula(rubric: Rubric, rank: string, count: string): string {
  const RK = rank;
  const N = count;
  // Tiers counted from the end come first: they win where both apply (see tierLabel).
  const ordered = [...rubric.tiers.filter((t) => t.fromEnd), ...rubric.tiers.filter((t) => !t.fromEnd)];
  let chain = str(rubric.otherLabel ?? "");
  for (const t of [...ordered].reverse()) {
    const cond = t.fromEnd
      ? `AND(${RK}>=${N}-${num(t.to - 1)},${RK}<=${t.from === 1 ? N : `${N}-${num(t.from - 1)}`})`
      : `AND(${RK}>=${num(t.from)},${RK}<=${num(t.to)})`;
    chain = `IF(${cond},${str(t.label)},${chain})`;
  }
  const checked = `IF(OR(${RK}<1,${RK}>${N},${RK}<>INT(${RK})),#NUM!,${chain})`;
  if (!rubric.vetoLabel) return checked;
  const veto = `OR(${VETO_WORDS.map((w) => `${RK}=${str(w)}`).join(",")})`;
  return `IF(${veto},${str(rubric.vetoLabel)},${checked})`;
}
