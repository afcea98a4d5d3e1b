/**
 * `duibiao calc --rule ID --in CSV --out CSV`: the award and its explanation for every application
 * in a CSV, computed by the same engine as POLICY.SUBSIDY / POLICY.EXPLAIN. Every row is checked
 * first; if any row is bad (wrong field count, unparseable amount, unknown level …) the command lists
 * each bad row with its line number and writes nothing.
 */
import { CatalogIndex, type Entry } from "../core/catalogIndex";
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

const ROLE_ZH: Record<keyof typeof COLUMN_NAMES, string> = {
  rule: "规则",
  amount: "金额",
  qualifier: "条件",
  bound: "取值",
};

/**
 * The one column for an argument, or -1. Two columns that could both be it (数量 and 金额, or two
 * 金额) are an error naming them: picking one would compute every row from a column the user may
 * not have meant, with no sign of it.
 */
function findColumn(header: string[], role: keyof typeof COLUMN_NAMES): number {
  const names: readonly string[] = COLUMN_NAMES[role];
  const norm = (s: string) => s.replace(/\s+/g, "").toLowerCase();
  const found = header.flatMap((h, i) => (names.includes(norm(h)) ? [i] : []));
  if (found.length > 1) {
    const list = found.map((i) => `第${i + 1}列“${header[i]}”`).join("、");
    const listEn = found.map((i) => `column ${i + 1} "${header[i]}"`).join(", ");
    throw inputError(
      `CSV有${found.length}列都可作为${ROLE_ZH[role]}列：${list}；请只保留一列，或把其他列改名`,
      `the CSV has ${found.length} columns that could be the ${role} column: ${listEn}; keep one, or rename the others`,
    );
  }
  return found.length ? found[0] : -1;
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
    rule: findColumn(table.header, "rule"),
    amount: findColumn(table.header, "amount"),
    qualifier: findColumn(table.header, "qualifier"),
    bound: findColumn(table.header, "bound"),
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

const ENTRY_ZH: Record<Entry["type"], [string, string]> = {
  source: ["政策来源", "a policy source"],
  indicator: ["指标", "an indicator"],
  task: ["任务", "a task"],
  rule: ["奖补规则", "a rule"],
  rubric: ["考评办法", "a rubric"],
  rubricItem: ["考评项", "a rubric item"],
};

/**
 * An unknown --rule fails before the file is read: the message is about the rule, not the rows.
 * The ID of a source, an indicator or another entry says what it is and which rules there are.
 */
export function checkRule(catalog: Catalog, rule: string | undefined): void {
  if (rule === undefined) return;
  const index = new CatalogIndex(catalog);
  const entry = index.find(rule);
  if (entry?.type === "rule") return;
  const id = rule.trim();
  const sourceId = entry?.type === "source" ? entry.entry.id : id.split(".")[0];
  const rules = catalog.rules.filter((r) => r.id.startsWith(`${sourceId}.`)).map((r) => r.id);
  const hintZh = rules.length ? `；该来源的奖补规则：${rules.join("、")}` : "（duibiao catalog 列出全部来源）";
  const hintEn = rules.length ? `; its source's rules: ${rules.join(", ")}` : "";
  if (entry)
    throw inputError(
      `“${id}”是${ENTRY_ZH[entry.type][0]}ID，不是奖补规则ID${hintZh}`,
      `"${id}" is ${ENTRY_ZH[entry.type][1]}, not an incentive rule${hintEn}`,
    );
  throw inputError(`没有此奖补规则ID：“${id}”${hintZh}`, `unknown rule ID "${id}"${hintEn}`);
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
