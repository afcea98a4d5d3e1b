/**
 * Turning the input into rows of cells, each with the line a person finds it on: tab-separated text
 * (Word, WPS, Excel), CSV, an HTML table (a web page or Word's HTML clipboard), a grid of cell values,
 * or text laid out with spaces (a PDF viewer's copy), which is split into words for the reader of
 * space-separated tables.
 */
import Papa from "papaparse";
import { parse } from "parse5";
import type { DefaultTreeAdapterTypes } from "parse5";
import type { CellGrid, CellValue, InputFormat } from "./types";

export interface Row {
  /** 1-based line of the input. */
  line: number;
  cells: string[];
  /** Last line of a row whose quoted cell holds a line break (Excel's TSV/CSV). */
  endLine?: number;
}

export interface Rows {
  format: InputFormat;
  rows: Row[];
}

function cellText(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  return String(v);
}

export function rowsOfGrid(grid: CellGrid): Rows {
  return { format: "grid", rows: grid.map((r, i) => ({ line: i + 1, cells: r.map(cellText) })) };
}

/** Line number (1-based) of each character offset, for records that papaparse reports by offset. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  return starts;
}
function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * Delimited text through papaparse, which knows the quoted cells Excel writes when a cell holds a
 * line break. A stray quote (Word text pasted as is) would swallow lines, so on a quote error the
 * text is split plainly, line by line.
 */
function delimited(text: string, delimiter: string): Row[] {
  const starts = lineStarts(text);
  const rows: Row[] = [];
  let quoteError = false;
  let prev = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      if (result.errors.some((e) => e.type === "Quotes")) quoteError = true;
      // meta.cursor is just past the record's line break, i.e. where the next record starts.
      const line = lineAt(starts, prev);
      const endLine = lineAt(starts, Math.max(prev, result.meta.cursor - 2));
      rows.push({ line, cells: result.data, ...(endLine > line ? { endLine } : {}) });
      prev = result.meta.cursor;
    },
  });
  if (!quoteError) return rows;
  return text.split("\n").map((l, i) => ({ line: i + 1, cells: l.replace(/\r$/, "").split(delimiter) }));
}

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

function isElement(n: Node): n is Element {
  return "tagName" in n;
}

/** A cell's text as shown: <br> and paragraphs become line breaks (cleaned to spaces later). */
function textOf(n: Node): string {
  if (n.nodeName === "#text") return (n as DefaultTreeAdapterTypes.TextNode).value;
  if (!isElement(n) && n.nodeName !== "#document-fragment") return "";
  if (isElement(n) && n.tagName === "br") return "\n";
  const kids = "childNodes" in n ? n.childNodes : [];
  const inner = kids.map(textOf).join("");
  return isElement(n) && /^(p|div|li|h[1-6])$/.test(n.tagName) ? `${inner}\n` : inner;
}

function attr(el: Element, name: string): number {
  const v = el.attrs.find((a) => a.name === name)?.value;
  const n = v ? parseInt(v, 10) : 1;
  return Number.isFinite(n) && n > 0 ? Math.min(n, 100) : 1;
}

function collect(n: Node, tag: string, out: Element[], stopAt?: string): void {
  if (!("childNodes" in n)) return;
  for (const c of n.childNodes) {
    if (!isElement(c)) continue;
    if (c.tagName === tag) out.push(c);
    else if (c.tagName !== stopAt) collect(c, tag, out, stopAt);
    if (c.tagName === "template") collect((c as DefaultTreeAdapterTypes.Template).content, tag, out, stopAt);
  }
}

/**
 * Rows of every table in the page, in order (a table split across pages keeps its repeated header,
 * which the reader skips). Merged cells (rowspan/colspan) occupy their grid places as blanks after
 * the first, the way a paste from Word leaves them. Line = the HTML source line of the <tr>.
 */
export function rowsOfHtml(html: string): Row[] {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const tables: Element[] = [];
  collect(doc, "table", tables);
  const rows: Row[] = [];
  for (const table of tables) {
    const trs: Element[] = [];
    collect(table, "tr", trs, "table");
    const pending: (string | undefined)[][] = [];
    trs.forEach((tr, r) => {
      const cells: string[] = pending[r] ? [...pending[r]].map((c) => c ?? "") : [];
      let col = 0;
      for (const td of tr.childNodes) {
        if (!isElement(td) || (td.tagName !== "td" && td.tagName !== "th")) continue;
        while (pending[r]?.[col] !== undefined) col++;
        const rs = attr(td, "rowspan");
        const cs = attr(td, "colspan");
        const text = textOf(td);
        for (let dr = 0; dr < rs; dr++) {
          for (let dc = 0; dc < cs; dc++) {
            const rr = r + dr;
            if (dr === 0) cells[col + dc] = dr === 0 && dc === 0 ? text : "";
            else (pending[rr] ??= [])[col + dc] = "";
          }
        }
        col += cs;
      }
      for (let i = 0; i < cells.length; i++) cells[i] ??= "";
      rows.push({ line: tr.sourceCodeLocation?.startLine ?? rows.length + 1, cells });
    });
  }
  return rows;
}

const HEADER_WORD = /序号|指标|名称|单位|属性|目标|基期|基数|类别|(?:19|20)\d\d/;

/** Splits the input into rows and says how it was read. */
export function rowsOfText(text: string): Rows {
  if (/<table[\s>]/i.test(text)) return { format: "html", rows: rowsOfHtml(text) };
  const lines = text.replace(/^\ufeff/, "").split("\n");
  if (lines.some((l) => l.includes("\t"))) return { format: "tsv", rows: delimited(text.replace(/^\ufeff/, ""), "\t") };
  // CSV when the header line has commas between several header words.
  const header = lines.find((l) => HEADER_WORD.test(l));
  if (header && header.split(/[,;]/).filter((c) => HEADER_WORD.test(c)).length >= 2) {
    const delimiter = header.split(",").length >= header.split(";").length ? "," : ";";
    return { format: "csv", rows: delimited(text.replace(/^\ufeff/, ""), delimiter) };
  }
  return {
    format: "text",
    rows: lines.map((l, i) => ({ line: i + 1, cells: l.split(/[\s\u00a0\u3000]+/).filter((w) => w !== "") })),
  };
}
