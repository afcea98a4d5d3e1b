/**
 * Text laid out with spaces (a PDF viewer's copy): each line is a row of words, and blank cells leave
 * no trace. The header's words are grouped into columns ("2023 年 基数" is one column), then each
 * row is read from both ends: 序号 on the left, the unit and the values on the right, the words in
 * between are the name (and the category, where the header has a category column).
 */
import { isHeaderRow, roleOf } from "./header";
import type { Row } from "./rows";
import { isUnitLike, readSeq, readValue } from "./text";

const YEAR_WORD = /^(?:19|20)\d\d(?:年.*)?$/;
const LABEL_TAIL = /^(?:年|基数|基期|目标|目标值|预计值|预计|计值|数据|实际|实际值|值|完成|完成值|末|期末)$/;

export function headerLabels(words: string[]): string[] {
  const labels: string[] = [];
  for (const w of words) {
    const last = labels.length - 1;
    const lastIsValue = last >= 0 && roleOf(labels[last]).kind === "value";
    if (last >= 0 && !YEAR_WORD.test(w) && ((lastIsValue && LABEL_TAIL.test(w)) || roleOf(w).kind === "unknown"))
      labels[last] += w;
    else labels.push(w);
  }
  return labels;
}

const ATTRIBUTE = /^(?:约束性|预期性)$/;

function valueLike(w: string): boolean {
  return ATTRIBUTE.test(w) || /^每年/.test(w) || readValue(w).kind !== "text";
}

/** "每年 新增 4-6 家" → one word. */
function mergeYearly(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (/^每年/.test(words[i])) {
      let w = words[i];
      while (
        i + 1 < words.length &&
        (/^(?:新增|增加|增长)$/.test(words[i + 1]) ||
          /^[\d.\-–—~]+$/.test(words[i + 1]) ||
          (isUnitLike(words[i + 1]) && /\d/.test(w)))
      ) {
        w += words[++i];
        if (isUnitLike(words[i]) && !/^[\d.%]+$/.test(words[i])) break;
      }
      out.push(w);
    } else out.push(words[i]);
  }
  return out;
}

/** Aligns one row's words to the header columns; undefined when the row has no words. */
function align(words: string[], labels: string[]): string[] {
  const roles = labels.map(roleOf);
  const cells = labels.map(() => "");
  const nameAt = roles.findIndex((r) => r.kind === "name");
  const seqAt = roles.findIndex((r) => r.kind === "seq");
  const categoryAt = roles.findIndex((r) => r.kind === "category");
  const unitAt = roles.findIndex((r) => r.kind === "unit");
  let tokens = mergeYearly(words);
  if (seqAt >= 0 && tokens.length > 1 && readSeq(tokens[0]) !== undefined) {
    cells[seqAt] = tokens[0];
    tokens = tokens.slice(1);
  }
  const valueCols = roles.map((r, i) => i).filter((i) => i > nameAt && i !== unitAt);
  let valueTokens: string[] = [];
  let nameTokens = tokens;
  let unitStart = -1;
  if (unitAt > nameAt) {
    for (let p = 1; p < tokens.length; p++) {
      const after = tokens.length - p - 1;
      if (after >= 1 && after <= valueCols.length && isUnitLike(tokens[p])) {
        unitStart = p;
        break;
      }
    }
  }
  if (unitStart > 0) {
    let start = unitStart;
    while (start - 1 >= 1 && isUnitLike(tokens[start - 1] + tokens[unitStart]) && tokens[start - 1].length <= 2)
      start--;
    cells[unitAt] = tokens.slice(start, unitStart + 1).join("");
    valueTokens = tokens.slice(unitStart + 1);
    nameTokens = tokens.slice(0, start);
  } else {
    let k = tokens.length;
    while (k > 1 && tokens.length - k < valueCols.length && valueLike(tokens[k - 1])) k--;
    valueTokens = tokens.slice(k);
    nameTokens = tokens.slice(0, k);
  }
  const attributeAt = roles.findIndex((r) => r.kind === "attribute");
  let cols = valueCols;
  if (attributeAt >= 0 && valueTokens.length > 0 && ATTRIBUTE.test(valueTokens[valueTokens.length - 1])) {
    cells[attributeAt] = valueTokens.pop() as string;
    cols = cols.filter((i) => i !== attributeAt);
  }
  valueTokens.forEach((t, i) => {
    if (i < cols.length) cells[cols[i]] = t;
    else cells[cols[cols.length - 1]] += ` ${t}`;
  });
  if (categoryAt >= 0) {
    const n = categoryRun(nameTokens);
    if (n > 0) {
      cells[categoryAt] = nameTokens.slice(0, n).join("");
      nameTokens = nameTokens.slice(n);
    }
  }
  if (nameAt >= 0) cells[nameAt] = nameTokens.join(" ");
  return cells;
}

/**
 * How many leading words form a category ("规模 实力 规上工业总产值" → 2): short Chinese words, three
 * to eight characters together, with the name still to follow (not a number). 0 when there is none.
 */
function categoryRun(tokens: string[]): number {
  let n = 0;
  let joined = "";
  while (n < tokens.length - 1 && /^[\u4e00-\u9fff]{1,4}$/.test(tokens[n]) && (joined + tokens[n]).length <= 8) {
    joined += tokens[n];
    n++;
  }
  // "营业收入 50-100 亿元企业数量" is one name broken at a number, not a category and a name.
  return n > 0 && joined.length >= 3 && !/^\d/.test(tokens[n]) ? n : 0;
}

/** Rows of words → rows of cells under the header's columns (rows above the header stay as they are). */
export function alignSpaced(rows: Row[]): Row[] {
  const headerAt = rows.findIndex((r) => isHeaderRow(headerLabels(r.cells)));
  if (headerAt < 0) return rows.map((r) => ({ line: r.line, cells: r.cells.length ? [r.cells.join(" ")] : [] }));
  const labels = headerLabels(rows[headerAt].cells);
  // No category column, yet the first row starts with a category before its name, as a merged 类别
  // column prints: read a category column there (the recognizer lists the table for review anyway).
  const nameAt = labels.findIndex((l) => roleOf(l).kind === "name");
  const firstRow = rows.slice(headerAt + 1).find((r) => r.cells.length > 0);
  if (nameAt >= 0 && !labels.some((l) => roleOf(l).kind === "category") && firstRow) {
    const words = readSeq(firstRow.cells[0]) !== undefined ? firstRow.cells.slice(1) : firstRow.cells;
    if (categoryRun(words) > 0) labels.splice(nameAt, 0, "类别");
  }
  return rows.map((r, i) => {
    if (i < headerAt) return { line: r.line, cells: r.cells.length ? [r.cells.join(" ")] : [] };
    if (i === headerAt) return { line: r.line, cells: labels };
    if (isHeaderRow(headerLabels(r.cells))) return { line: r.line, cells: headerLabels(r.cells) };
    return { line: r.line, cells: r.cells.length ? align(r.cells, labels) : [] };
  });
}
