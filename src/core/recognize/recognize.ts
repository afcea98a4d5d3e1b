/**
 * The indicator-table recognizer: the text of a plan's main-indicator table (主要指标表) as a person
 * copies it, or a range of cells, becomes catalog indicator entries, with everything inferred listed
 * for review and every row it could not read listed with its line and the reason. What it reads and
 * what it flags: docs/CATALOG.md, "The table recognizer".
 */
import type { Comparator, Milestone, TargetValue } from "../schema";
import { inferDirection } from "./direction";
import { columnsOf, isHeaderRow, isSubHeaderRow, looksLikeHeader, type Column } from "./header";
import { rowsOfGrid, rowsOfText, type Row } from "./rows";
import { alignSpaced } from "./spaced";
import {
  cleanCell,
  isUnitLike,
  normalizeValue,
  readSeq,
  readValue,
  splitNameSeq,
  splitNameUnit,
  unitDeclared,
  type ValueRead,
} from "./text";
import type {
  CellGrid,
  RecognizedIndicator,
  RecognizedProvenance,
  RecognizeOptions,
  RecognizeResult,
  RejectedRow,
  ReviewItem,
} from "./types";

/** A data row of the table, its cells aligned to the header's columns. */
interface TableRow {
  line: number;
  cells: string[];
  /** The row's cells as given, for provenance and for reports. */
  quote: string[];
  /** The name cell spans the category column (a merged cell): the row has no category. */
  noCategory: boolean;
  /** A category given by an extra cell of a row wider than the header. */
  category?: string;
  /** Lines merged into this row (a cell's text broken over lines). */
  merged: number[];
}

const HEADING = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])/;

const join = (a: string, b: string): string => cleanCell(`${a} ${b}`);
const rowText = (cells: string[]): string =>
  cells
    .map(cleanCell)
    .filter((c) => c !== "")
    .join(" ");
const cmpSign: Record<Comparator, string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=" };

/** Reads an indicator table; see the module comment. */
export function recognizeIndicatorTable(input: string | CellGrid, options: RecognizeOptions): RecognizeResult {
  const read = typeof input === "string" ? rowsOfText(input) : rowsOfGrid(input);
  const rows = read.format === "text" ? alignSpaced(read.rows) : read.rows;
  const review: ReviewItem[] = [];
  const rejected: RejectedRow[] = [];
  const indicators: RecognizedIndicator[] = [];
  let headerLine: number | undefined;
  const result = (): RecognizeResult => ({
    indicators,
    review,
    rejected,
    format: read.format,
    ...(headerLine !== undefined ? { headerLine } : {}),
  });
  const nonEmpty = (r: Row): boolean => r.cells.some((c) => cleanCell(c) !== "");
  const reject = (r: { line: number; cells: string[] }, reason: string): void => {
    rejected.push({ line: r.line, text: r.cells.map(cleanCell).join("\t").replace(/\t+$/, ""), reason });
  };

  const headerAt = rows.findIndex((r) => isHeaderRow(r.cells.map(cleanCell)));
  if (headerAt < 0) {
    rows
      .filter(nonEmpty)
      .forEach((r) =>
        reject(
          r,
          "找不到表头：需要一行表头，含“指标/名称”列及序号、单位或年份（基期、目标）列 / no header row found: the table needs a header with a name column (指标/名称) and a 序号, 单位 or year (基期, 目标) column",
        ),
      );
    return result();
  }
  const title = rows.slice(0, headerAt).filter(nonEmpty);
  for (const r of title)
    review.push({
      line: r.line,
      message: `表头前的文字，未读作指标：“${rowText(r.cells)}” / text above the header, not read as an indicator`,
    });
  const titleText = title.map((r) => rowText(r.cells)).join(" ");
  let next = headerAt + 1;
  while (next < rows.length && !nonEmpty(rows[next])) next++;
  const firstColumns = columnsOf(rows[headerAt].cells);
  const sub = next < rows.length && isSubHeaderRow(rows[next].cells, firstColumns) ? rows[next] : undefined;
  const columns = sub ? columnsOf(rows[headerAt].cells, sub.cells) : firstColumns;
  const headLine = rows[headerAt].line;
  headerLine = headLine;
  if (sub)
    review.push({
      line: sub.line,
      message: `第二行表头，与上一行合并读作：${columns
        .map((c) => c.label)
        .filter((l) => l)
        .join(" | ")} / a second header row, read together with the one above`,
    });
  const headerQuote = columns
    .map((c) => c.label)
    .filter((l) => l !== "")
    .join(" ");
  const document = options.document ?? options.sourceName ?? options.sourceId;

  // Years the header leaves out: from the options, else from the title ("（2024—2026年）", "到2025年").
  const titlePeriod = /((?:19|20)\d\d)\s*年?\s*[-‐–—―~～至到]+\s*((?:19|20)\d\d)/.exec(titleText);
  const titleTarget = /到\s*((?:19|20)\d\d)\s*年/.exec(titleText);
  for (const c of columns) {
    if (c.role.kind !== "value" || c.role.year !== undefined) continue;
    const year =
      c.role.use === "target"
        ? (options.targetYear ??
          (titlePeriod ? Number(titlePeriod[2]) : titleTarget ? Number(titleTarget[1]) : undefined))
        : options.baseYear;
    if (year !== undefined) {
      c.role = { ...c.role, year };
      review.push({
        line: headLine,
        message: `“${c.label}”列没有年份，取${year}年（${c.role.use === "target" ? (options.targetYear ? "导入时给定" : "标题") : "导入时给定"}） / column “${c.label}” names no year: read as ${year}`,
      });
    }
  }
  const unknown = columns.filter((c) => c.role.kind === "unknown" && c.label !== "");
  for (const c of unknown)
    review.push({
      line: headLine,
      message: `未识别的列“${c.label}”：内容记入各指标的备注 / column “${c.label}” not recognized: its cells are kept in each indicator's notes`,
    });
  const targets = columns.filter((c) => c.role.kind === "value" && c.role.use === "target");
  const unitDeclaredInTitle = unitDeclared(titleText) ?? columns.map((c) => unitDeclared(c.label)).find((u) => u);
  if (read.format === "text")
    review.push({
      line: headLine,
      message:
        "按空格分列的文本（如从PDF复制）：空单元格不留痕迹，列的划分是推断的，请逐行核对 / text laid out with spaces (a PDF copy): blank cells leave no trace, so the columns are inferred: check every row",
    });

  // Rows of the table: data rows, category headings, lines that continue the row above.
  const records: TableRow[] = [];
  let category: string | undefined;
  const categoryOf = new Map<TableRow, string | undefined>();
  const width = columns.length;
  const dataWidths = rows
    .slice((sub ? rows.indexOf(sub) : headerAt) + 1)
    .filter(nonEmpty)
    .map((r) => r.cells.length);
  const modalWidth = mode(dataWidths) ?? width;
  const nameAt = columns.findIndex((c) => c.role.kind === "name");
  const roleAt = (kind: Column["role"]["kind"]): number => columns.findIndex((c) => c.role.kind === kind);
  const categoryAt = roleAt("category");
  const seqAt = roleAt("seq");
  const isValueCol = (c: Column): boolean => ["value", "growth", "attribute"].includes(c.role.kind);

  let otherTable: number | undefined;
  for (let i = (sub ? rows.indexOf(sub) : headerAt) + 1; i < rows.length; i++) {
    const row = rows[i];
    if (!nonEmpty(row)) continue;
    const clean = row.cells.map(cleanCell);
    if (row.endLine !== undefined)
      review.push({
        line: row.line,
        message: `第${row.line}—${row.endLine}行读作一行：引号内的单元格含换行 / lines ${row.line}–${row.endLine} read as one row: a quoted cell holds a line break`,
      });
    if (otherTable !== undefined) {
      reject(
        row,
        `属于另一张表（第${otherTable}行的表头之下），未读 / belongs to another table (under the header on line ${otherTable}): not read`,
      );
      continue;
    }
    if (isHeaderRow(clean) || looksLikeHeader(clean)) {
      if (labelsKey(columnsOf(row.cells)) === labelsKey(firstColumns)) {
        review.push({
          line: row.line,
          message: "重复的表头（表格跨页），已跳过 / the header repeated (the table continues on a new page): skipped",
        });
      } else {
        otherTable = row.line;
        reject(
          row,
          "另一张表的表头：只读第一张表，请分开导入 / the header of another table: only the first table is read, import it on its own",
        );
      }
      continue;
    }
    const filled = clean.filter((c) => c !== "");
    if (filled.length === 1 && /^(?:注|备注|说明|资料来源|数据来源)[:：]/.test(filled[0])) {
      review.push({
        line: row.line,
        message: `表注，未读作指标：“${filled[0]}” / a note under the table, not read as an indicator`,
      });
      continue;
    }
    const aligned = alignCells(row.cells, columns, modalWidth);
    const cells = aligned.cells.map(cleanCell);
    const hasValues = columns.some((c, k) => isValueCol(c) && cells[k] !== "");
    const unitText = columns.some((c, k) => c.role.kind === "unit" && cells[k] !== "");
    const seqValue = seqAt >= 0 ? readSeq(cells[seqAt]) : undefined;
    const nameless =
      (nameAt < 0 || cells[nameAt] === "") && (categoryAt < 0 || cells[categoryAt] === "") && !aligned.category;
    if (!hasValues && seqValue === undefined && (!unitText || nameless)) {
      const texts = cells.filter((c) => c !== "");
      const onlyLabels = columns.every((c, k) => cells[k] === "" || ["seq", "category", "name"].includes(c.role.kind));
      const prev = records[records.length - 1];
      const heading = !nameless && onlyLabels && (read.format !== "text" || HEADING.test(texts[0] ?? "") || !prev);
      if (heading) {
        category = texts.join("").replace(HEADING, "").trim() || undefined;
        review.push({ line: row.line, message: `读作类别标题：“${texts.join(" ")}” / read as a category heading` });
        continue;
      }
      if (prev) {
        prev.cells = prev.cells.map((c, k) => (cells[k] ? join(c, cells[k]) : c));
        prev.quote.push(...texts);
        prev.merged.push(row.line);
        review.push({
          line: row.line,
          message: `并入上一行（第${prev.line}行）：单元格内的文字换了行 / joined to the row above (line ${prev.line}): a cell's text continued on this line`,
        });
        continue;
      }
    }
    const record: TableRow = {
      line: row.line,
      cells,
      quote: filled,
      noCategory: aligned.noCategory,
      category: aligned.category,
      merged: [],
    };
    records.push(record);
    // A blank 类别 (a merged cell pasted as blanks) takes the one above.
    const own = aligned.category ?? (categoryAt >= 0 ? cells[categoryAt] : "");
    if (own) category = own.replace(/\s+/g, "");
    if (aligned.noCategory) category = undefined;
    categoryOf.set(record, own ? own.replace(/\s+/g, "") : aligned.noCategory ? undefined : category);
  }

  // 序号 → NN: the row's own number; a row without one gets the next free number after the largest.
  const seqOf = new Map<TableRow, { seq?: number; name: string }>();
  for (const r of records) {
    const nameCell = nameAt >= 0 ? r.cells[nameAt] : "";
    const fromCell = seqAt >= 0 ? readSeq(r.cells[seqAt]) : undefined;
    const split = splitNameSeq(nameCell);
    seqOf.set(r, fromCell !== undefined ? { seq: fromCell, name: nameCell } : split);
  }
  const anySeq = [...seqOf.values()].some((s) => s.seq !== undefined);
  const used = new Set<number>();
  let nextFree = Math.max(0, ...[...seqOf.values()].map((s) => (s.seq !== undefined && s.seq <= 99 ? s.seq : 0))) + 1;
  let order = 0;

  for (const r of records) {
    const { seq, name: nameWithUnit } = seqOf.get(r) as { seq?: number; name: string };
    const notes: string[] = [];
    const flags: { field?: string; message: string }[] = [];
    if (!nameWithUnit) {
      reject(r, "没有指标名称 / the row has no indicator name");
      continue;
    }
    let nn: number;
    let numbering: RecognizedIndicator["numbering"] = "table";
    if (!anySeq) {
      nn = ++order;
      numbering = "text-order";
      notes.push("表中无序号，按行序编号 / the table has no 序号: numbered in row order");
    } else if (seq !== undefined && (seq < 1 || seq > 99)) {
      reject(
        r,
        `序号${seq}不在1—99之间，指标ID只有两位序号 / 序号 ${seq} is outside 1–99: an indicator ID has a two-digit number`,
      );
      continue;
    } else if (seq !== undefined && !used.has(seq)) {
      nn = seq;
    } else {
      nn = nextFree++;
      numbering = "sub-row";
      const why = seq === undefined ? "表中此行无序号" : `序号${seq}重复`;
      const whyEn = seq === undefined ? "the row has no 序号" : `序号 ${seq} repeats`;
      notes.push(`${why}，编为下一个空号${pad(nn)} / ${whyEn}: given the next free number ${pad(nn)}`);
      flags.push({ field: "id", message: `${why}，编为${pad(nn)} / ${whyEn}: numbered ${pad(nn)}` });
    }
    if (nn > 99) {
      reject(r, "指标超过99个，指标ID只有两位序号 / more than 99 indicators: an indicator ID has a two-digit number");
      continue;
    }
    used.add(nn);
    const id = `${options.sourceId}.${pad(nn)}`;

    // Name and unit.
    let name = nameWithUnit;
    const sub_ = /^其中[:：]\s*/.exec(name);
    if (sub_) {
      name = name.slice(sub_[0].length);
      notes.push(`表中写作“${nameWithUnit}”，为上一项的构成项 / written “${nameWithUnit}”: a part of the item above`);
    }
    const unitAt = roleAt("unit");
    const unitCell = unitAt >= 0 ? r.cells[unitAt].replace(/\s+/g, "") : "";
    const split = splitNameUnit(name);
    let unit = unitCell;
    if (unitCell) {
      if (split.unit === unitCell) name = split.name;
    } else if (split.unit) {
      name = split.name;
      unit = split.unit;
    }
    const valueCells = columns
      .map((c, k) => ({ c, cell: r.cells[k], read: readValue(r.cells[k]) }))
      .filter((v) => v.c.role.kind === "value");
    if (!unit) {
      const fromHeader = valueCells
        .map((v) => (v.c.role.kind === "value" ? v.c.role.unit : undefined))
        .find((u) => u && isUnitLike(u));
      const fromCell = valueCells
        .map((v) => (v.read.kind === "number" || v.read.kind === "range" ? (v.read.unit ?? v.read.percent) : undefined))
        .find((u) => u);
      unit = fromHeader ?? unitDeclaredInTitle ?? fromCell ?? "";
      flags.push({
        field: "unit",
        message: unit
          ? `单位“${unit}”取自${fromHeader ? "列标题" : unitDeclaredInTitle ? "标题" : "数值后的文字"} / unit “${unit}” taken from the ${fromHeader ? "column header" : unitDeclaredInTitle ? "title" : "value cell"}`
          : "表中没有单位 / the table gives no unit",
      });
    }

    // Values.
    let baseYear: number | undefined;
    let base: number | undefined;
    let baseText: string | undefined;
    const bases = valueCells.filter((v) => v.c.role.kind === "value" && v.c.role.use === "base");
    bases.forEach((v, k) => {
      if (v.c.role.kind !== "value") return;
      if (k < bases.length - 1) {
        if (v.read.kind !== "absent") notes.push(`${v.c.label}：${cleanCell(v.cell)}`);
        return;
      }
      baseYear = v.c.role.year;
      checkCellUnit(v.read, cleanCell(v.cell), unit, flags);
      if (v.read.kind === "number") {
        base = v.read.value;
        if (v.read.comparator)
          notes.push(`基数写作“${cleanCell(v.cell)}” / the base is written “${cleanCell(v.cell)}”`);
      } else if (v.read.kind === "range" || v.read.kind === "text") baseText = cleanCell(v.cell);
      if (v.read.kind === "range")
        notes.push(`基数为区间“${baseText}”，照录为文字 / the base is a range “${baseText}”, kept as text`);
    });
    if (bases.length > 0 && baseYear === undefined)
      flags.push({ field: "baseYear", message: "基期列没有年份 / the base column names no year" });

    const milestones: Milestone[] = [];
    const written: { year: number; cmp: { comparator: Comparator; text: string } }[] = [];
    let lastAbsent: string | undefined;
    let lastYear: number | undefined;
    const sorted = valueCells
      .filter((v) => v.c.role.kind === "value" && v.c.role.use === "target")
      .sort((a, b) => yearOf(a.c) - yearOf(b.c));
    for (const v of sorted) {
      if (v.c.role.kind !== "value") continue;
      const year = v.c.role.year;
      const shown = cleanCell(v.cell);
      if (year === undefined) continue;
      lastYear = year;
      if (v.c.role.period)
        notes.push(
          `“${v.c.label}”列为${v.c.role.period[0]}—${v.c.role.period[1]}年目标，记为${year}年 / column “${v.c.label}” is the ${v.c.role.period[0]}–${v.c.role.period[1]} target, kept as ${year}`,
        );
      if (milestones.some((m) => m.year === year)) {
        if (v.read.kind !== "absent") notes.push(`${v.c.label}：${shown}`);
        continue;
      }
      const target = targetOf(v.read, shown);
      if (!target) {
        lastAbsent = shown || "空白";
        continue;
      }
      lastAbsent = undefined;
      milestones.push({ year, target });
      if ((v.read.kind === "number" || v.read.kind === "range") && v.read.comparator)
        written.push({ year, cmp: v.read.comparator });
      explainValue(v.read, shown, v.c, notes, flags);
      checkCellUnit(v.read, shown, unit, flags);
    }
    if (targets.length === 0 || lastYear === undefined) {
      reject(
        r,
        targets.length === 0
          ? "表头没有目标列（如“2025年目标”“目标值”） / the header has no target column (e.g. 2025年目标, 目标值)"
          : "目标列没有年份：请在表头写明年份（如“2025年目标”）或导入时给出目标年份 / the target column names no year: write it in the header (e.g. 2025年目标) or give the target year when importing",
      );
      continue;
    }
    if (milestones.length === 0) {
      const mark = lastAbsent ?? "空白";
      milestones.push({ year: lastYear, target: { kind: "text", text: `未设定（表中为“${mark}”）` } });
      flags.push({
        field: "milestones",
        message: `各目标列均为“${mark}”，记为未设定 / every target cell is “${mark}”: kept as not set`,
      });
    }

    // Direction and comparator.
    const final = written.find((w) => w.year === milestones[milestones.length - 1].year) ?? written[written.length - 1];
    const dir = inferDirection(name, unit, final?.cmp.comparator);
    notes.push(dir.note);
    flags.push({ field: "direction", message: dir.note });
    let comparator: Comparator;
    let comparatorText: string | undefined;
    if (final) {
      comparator = final.cmp.comparator;
      comparatorText = final.cmp.text;
      for (const w of written) {
        const m = milestones.find((x) => x.year === w.year);
        if (m && w.cmp.comparator !== comparator) m.comparator = w.cmp.comparator;
      }
    } else {
      comparator = dir.direction === "up" ? ">=" : "<=";
      flags.push({
        field: "comparator",
        message: `表中未写比较符，按方向取“${cmpSign[comparator]}” / no comparator written: “${comparator}” from the direction`,
      });
    }

    // Other columns.
    let attribute: RecognizedIndicator["attribute"];
    let growthRate: number | undefined;
    let annualIncrement: { min: number; max: number } | undefined;
    let leadUnit: string | undefined;
    let responsibleUnits: string[] | undefined;
    columns.forEach((c, k) => {
      const cell = r.cells[k];
      if (!cell) return;
      switch (c.role.kind) {
        case "attribute":
          if (cell.includes("约束")) attribute = "约束性";
          else if (cell.includes("预期")) attribute = "预期性";
          else {
            notes.push(`${c.label}：${cell}`);
            flags.push({
              field: "attribute",
              message: `属性“${cell}”不是约束性/预期性，记入备注 / attribute “${cell}” is neither 约束性 nor 预期性: kept in notes`,
            });
          }
          return;
        case "growth": {
          const g = readGrowth(cell);
          if (g?.rate !== undefined) {
            growthRate = g.rate;
            if (!g.percent)
              flags.push({
                field: "growthRate",
                message: `年均增速“${cell}”未写%，按百分数读 / growth “${cell}” has no %: read as a percentage`,
              });
          } else if (g?.increment) {
            annualIncrement = g.increment;
            notes.push(
              `${c.label}栏写作“${cell}”，是年增量而非增长率，记入年增量 / “${cell}” is a yearly increment, not a rate`,
            );
          } else if (!readValue(cell).kind.startsWith("absent")) notes.push(`${c.label}：${cell}`);
          return;
        }
        case "lead":
          leadUnit = cell;
          return;
        case "responsible":
          responsibleUnits = cell
            .split(/[、,，;；]/)
            .map((s) => s.trim())
            .filter((s) => s !== "");
          return;
        case "remark":
        case "unknown":
          if (c.role.kind === "remark" || c.label !== "" || k !== nameAt)
            notes.push(`${c.label || "未命名列"}：${cell}`);
          return;
        case "seq":
        case "category":
        case "name":
        case "unit":
        case "value":
          return;
        default: {
          const never: never = c.role;
          return never;
        }
      }
    });
    if (/累计/.test(name) && !notes.some((n) => n.includes("累计")))
      notes.push("名称含“累计”：目标为累计数 / the name says 累计: the target is cumulative");
    if (r.merged.length > 0)
      notes.push(
        `原表第${r.line}行的文字续在第${r.merged.join("、")}行 / the row's text continues on line ${r.merged.join(", ")}`,
      );

    const categoryValue = categoryOf.get(r);
    const provenance: RecognizedProvenance[] = [
      { document, clause: "指标表 表头", quote: headerQuote.length >= 2 ? headerQuote : "指标表" },
      { document, clause: `指标表 第${r.line}行${seq !== undefined ? ` 序号${seq}` : ""}`, quote: r.quote.join(" ") },
    ];
    const indicator: RecognizedIndicator = {
      id,
      sourceId: options.sourceId,
      numbering,
      name,
      ...(categoryValue ? { category: categoryValue } : {}),
      unit,
      direction: dir.direction,
      comparator,
      ...(comparatorText ? { comparatorText } : {}),
      ...(baseYear !== undefined ? { baseYear } : {}),
      ...(base !== undefined ? { base } : {}),
      ...(baseText !== undefined ? { baseText } : {}),
      milestones,
      ...(attribute ? { attribute } : {}),
      ...(growthRate !== undefined ? { growthRate } : {}),
      ...(annualIncrement ? { annualIncrement } : {}),
      ...(leadUnit ? { leadUnit } : {}),
      ...(responsibleUnits ? { responsibleUnits } : {}),
      notes,
      provenance,
    };
    indicators.push(indicator);
    for (const f of flags)
      review.push({ line: r.line, id, ...(f.field ? { field: f.field } : {}), message: f.message });
  }
  return result();
}

/** A header's column labels without spaces, to tell a repeated header from another table's. */
function labelsKey(cols: Column[]): string {
  return cols
    .map((c) => c.label.replace(/\s+/g, ""))
    .filter((l) => l !== "")
    .join("|");
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function yearOf(c: Column): number {
  return c.role.kind === "value" ? (c.role.year ?? 9999) : 9999;
}

function mode(xs: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: number | undefined;
  for (const [x, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = x;
  return best;
}

/** A cell's target as the schema holds it; undefined for an absent mark. */
function targetOf(v: ValueRead, shown: string): TargetValue | undefined {
  switch (v.kind) {
    case "absent":
      return undefined;
    case "number":
      return { kind: "number", value: v.value };
    case "range":
      return { kind: "range", min: v.value, max: v.max };
    case "text":
      return { kind: "text", text: shown };
    default: {
      const never: never = v;
      return never;
    }
  }
}

/** Notes and review flags for what a target cell says beyond its number. */
function explainValue(
  v: ValueRead,
  shown: string,
  c: Column,
  notes: string[],
  flags: { field?: string; message: string }[],
): void {
  if (v.kind === "text") {
    if (v.hasDigits)
      flags.push({
        field: "milestones",
        message: `目标“${shown}”含数字但读不出一个目标值，照录为文字 / target “${shown}” has figures but no single target value: kept as text`,
      });
    else notes.push(`目标为文字“${shown}”，无数值 / the target is text “${shown}”, no number`);
    return;
  }
  if (v.kind === "absent") return;
  const cumulativeHeader = c.role.kind === "value" && c.role.cumulative;
  if (v.cumulative || cumulativeHeader) {
    const m = `目标“${shown}”为累计数${v.cumulative && /^[〔[【〖]/.test(shown) ? "（〔〕表示累计）" : ""}，照录 / target “${shown}” is cumulative, kept as written`;
    notes.push(m);
    flags.push({ field: "milestones", message: m });
  }
  if (v.rest || v.intent) {
    const m = `目标原文“${shown}”，取${v.kind === "range" ? `${v.value}—${v.max}` : v.value}为目标值 / target written “${shown}”: ${v.kind === "range" ? `${v.value}–${v.max}` : v.value} read as the target`;
    notes.push(m);
    flags.push({ field: "milestones", message: m });
  }
  if (v.approximate) {
    const m = `目标写作“${shown}”（左右），比较符按方向取 / the target is approximate (“${shown}”): the comparator follows the direction`;
    notes.push(m);
    flags.push({ field: "milestones", message: m });
  }
}

/**
 * A figure written with its own unit ("3万" where the unit is 元, "10%" where it is 亿元) is kept as
 * written but listed for review: the number may not be in the indicator's unit.
 */
function checkCellUnit(v: ValueRead, shown: string, unit: string, flags: { field?: string; message: string }[]): void {
  if (v.kind !== "number" && v.kind !== "range") return;
  const own = `${v.percent ?? ""}${v.unit ?? ""}`;
  if (!own || !unit || unit === own || unit.endsWith(own) || (v.percent && /%|‰|百分点/.test(unit) && !v.unit)) return;
  flags.push({
    field: "unit",
    message: `数值“${shown}”写有单位“${own}”，与指标单位“${unit}”不同，数值照录，请核对 / “${shown}” carries the unit “${own}”, not the indicator's “${unit}”: the number is kept as written, check it`,
  });
}

/** 年均增速: "10%" → rate 0.1; "每年新增 4-6 家" → a yearly increment. */
function readGrowth(
  cell: string,
): { rate?: number; percent?: boolean; increment?: { min: number; max: number } } | undefined {
  const s = normalizeValue(cell);
  const inc = /^每年(?:新增|增加)?([\d.]+)(?:[-‐–—~至到]([\d.]+))?/.exec(s);
  if (inc) {
    const a = Number(inc[1]);
    const b = inc[2] === undefined ? a : Number(inc[2]);
    return { increment: { min: Math.min(a, b), max: Math.max(a, b) } };
  }
  const v = readValue(cell);
  if (v.kind === "number" && !v.rest)
    return { rate: Number((v.value / 100).toPrecision(12)), percent: v.percent === "%" };
  return undefined;
}

/**
 * A row's cells under the header's columns. A row wider than the header (a merged header cell over
 * two columns, e.g. 指标名称 over 类别 and 名称) is read from both ends: the columns after the name
 * column take the rightmost cells, and the cells in between are the category and the name.
 */
function alignCells(
  raw: string[],
  columns: Column[],
  modalWidth: number,
): { cells: string[]; noCategory: boolean; category?: string } {
  const width = columns.length;
  const cells = [...raw];
  while (cells.length > Math.max(width, modalWidth) && cleanCell(cells[cells.length - 1]) === "") cells.pop();
  if (cells.length <= width) {
    while (cells.length < width) cells.push("");
    return { cells, noCategory: false };
  }
  const nameAt = columns.findIndex((c) => c.role.kind === "name");
  if (nameAt < 0) return { cells: cells.slice(0, width), noCategory: false };
  const after = width - nameAt - 1;
  const middle = cells.slice(nameAt, cells.length - after);
  const out = [...cells.slice(0, nameAt), "", ...cells.slice(cells.length - after)];
  const filled = middle.map(cleanCell).filter((c) => c !== "");
  if (filled.length >= 2) {
    out[nameAt] = filled.slice(1).join(" ");
    return { cells: out, noCategory: false, category: filled[0] };
  }
  out[nameAt] = filled[0] ?? "";
  // The name sits in the first of the merged cells with the rest blank: it spans the category column.
  const spans = filled.length === 1 && cleanCell(middle[0]) !== "";
  return { cells: out, noCategory: spans };
}
