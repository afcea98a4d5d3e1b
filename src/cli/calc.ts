/**
 * `duibiao calc --rule ID --in CSV --out CSV`: the award and its explanation for every application
 * in a CSV, computed by the same engine as POLICY.SUBSIDY / POLICY.EXPLAIN. Every row is checked
 * first; if any row is bad (wrong field count, unparseable amount, unknown level …) the command lists
 * each bad row with its line number and writes nothing.
 */
import { CatalogIndex } from "../core/catalogIndex";
import { isPolicyError } from "../core/errors";
import { evaluateRule, explainEvaluation } from "../core/incentives";
import type { Catalog } from "../core/schema";
import { type CsvTable, parseCsv, toCsv } from "./csv";
import { inputError, usageError } from "./errors";

/** Header names accepted for each argument (case-insensitive, spaces ignored). */
export const COLUMN_NAMES = {
  rule: ["rule", "规则", "规则id", "奖补规则"],
  amount: ["amount", "金额", "申报金额", "数额", "数量"],
  qualifier: ["qualifier", "条件", "限定", "级别", "资格"],
  bound: ["bound", "取值", "上下限"],
} as const;

export const OUTPUT_COLUMNS = { award: "奖补金额", unit: "单位", explanation: "计算说明" } as const;
/** Rows reported at most, so a wholly wrong file does not flood the terminal. */
const MAX_REPORTED = 20;

function findColumn(header: string[], names: readonly string[]): number {
  const norm = (s: string) => s.replace(/\s+/g, "").toLowerCase();
  return header.findIndex((h) => names.includes(norm(h)));
}

export interface CalcResult {
  header: string[];
  rows: (string | number)[][];
  total: number;
}

export function calcAwards(
  catalog: Catalog,
  table: CsvTable,
  options: { rule?: string; onProgress?: (done: number, total: number) => void },
): CalcResult {
  const index = new CatalogIndex(catalog);
  const col = {
    rule: findColumn(table.header, COLUMN_NAMES.rule),
    amount: findColumn(table.header, COLUMN_NAMES.amount),
    qualifier: findColumn(table.header, COLUMN_NAMES.qualifier),
    bound: findColumn(table.header, COLUMN_NAMES.bound),
  };
  if (col.amount < 0) {
    throw inputError(
      `CSV缺少金额列（表头应为 ${COLUMN_NAMES.amount.join("、")} 之一；现有表头：${table.header.join("、")}）`,
      `the CSV has no amount column (name it one of ${COLUMN_NAMES.amount.join(", ")})`,
    );
  }
  if (!options.rule && col.rule < 0) {
    throw usageError("请用 --rule 指定奖补规则ID，或在CSV中加“规则”列", "give --rule ID, or a rule column in the CSV");
  }
  checkRule(catalog, options.rule);

  const width = table.header.length;
  const problems: string[] = [];
  const rows: (string | number)[][] = [];
  let total = 0;
  const cell = (fields: string[], i: number) => (i >= 0 ? fields[i] : undefined);
  table.records.forEach((rec, n) => {
    if (rec.fields.length !== width) {
      problems.push(
        `第${rec.line}行：有${rec.fields.length}个字段，表头有${width}个 / line ${rec.line}: ${rec.fields.length} fields, the header has ${width}`,
      );
      return;
    }
    const ruleId = (cell(rec.fields, col.rule)?.trim() || options.rule) ?? "";
    try {
      const e = evaluateRule(
        index,
        ruleId,
        cell(rec.fields, col.amount),
        blankToUndefined(cell(rec.fields, col.qualifier)),
        blankToUndefined(cell(rec.fields, col.bound)),
      );
      rows.push([...rec.fields, e.award, e.rule.rule.outputUnit, explainEvaluation(e)]);
      total += e.award;
    } catch (err) {
      if (!isPolicyError(err)) throw err;
      problems.push(`第${rec.line}行：${err.message.replace(/ \/ /, ` / line ${rec.line}: `)}`);
    }
    if ((n + 1) % 5000 === 0) options.onProgress?.(n + 1, table.records.length);
  });
  if (problems.length) {
    const shown = problems.slice(0, MAX_REPORTED);
    if (problems.length > MAX_REPORTED)
      shown.push(`……另有${problems.length - MAX_REPORTED}行有误 / … ${problems.length - MAX_REPORTED} more bad rows`);
    throw inputError(
      `${problems.length}行有误，未写出任何文件：\n${shown.join("\n")}`,
      `${problems.length} bad rows; nothing was written`,
    );
  }
  return {
    header: [...table.header, OUTPUT_COLUMNS.award, OUTPUT_COLUMNS.unit, OUTPUT_COLUMNS.explanation],
    rows,
    total,
  };
}

function blankToUndefined(v: string | undefined): string | undefined {
  return v === undefined || v.trim() === "" ? undefined : v;
}

/** An unknown --rule fails before the file is read: the message is about the rule, not the rows. */
export function checkRule(catalog: Catalog, rule: string | undefined): void {
  if (rule === undefined) return;
  const index = new CatalogIndex(catalog);
  if (!index.find(rule))
    throw inputError(`没有此奖补规则ID：“${rule}”（duibiao catalog 列出全部来源）`, `unknown rule ID "${rule}"`);
  index.rule(rule); // an ID of something that is not a rule fails here
}

export function calcCsv(
  catalog: Catalog,
  text: string,
  fileLabel: string,
  options: { rule?: string; onProgress?: (done: number, total: number) => void },
) {
  checkRule(catalog, options.rule);
  const result = calcAwards(catalog, parseCsv(text, fileLabel), options);
  return { ...result, csv: toCsv(result.header, result.rows) };
}
