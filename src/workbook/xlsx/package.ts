/**
 * The last step of the .xlsx renderer: exceljs 4.4.0 writes a package that Excel repairs on open, and
 * that omits what a table needs to keep its formulas for rows a user adds. This module rewrites the
 * few parts concerned, inside the zip exceljs produced (see docs/DECISIONS.md, "The .xlsx package"):
 *
 * - worksheet parts: top-level children in the order of the CT_Worksheet sequence (ECMA-376 Part 1,
 *   §18.3.1.99). exceljs writes `<legacyDrawing>` (cell notes) after `<tableParts>`; Excel reports the
 *   sheet as damaged (exceljs issue #1369, fix in the unmerged pull request #2079);
 * - VML drawing parts (the notes' shapes): exceljs gives every part `<o:idmap data="1"/>` and shape ids
 *   from `_x0000_s1025`. Each part must claim its own block of 1024 shape ids (idmap data = N covers
 *   1024·N … 1024·N+1023) and use ids inside it, unique in the workbook;
 * - table parts: every computed column gets `<calculatedColumnFormula>` (CT_TableColumn, §18.5.1.3), so
 *   a row added to the table in Excel gets the column's formula, and a custom totals cell gets the
 *   `<totalsRowFormula>` that `totalsRowFunction="custom"` refers to (exceljs writes only the attribute);
 *   the cells of such a column that keep their row's own formula are listed in the sheet's
 *   `<ignoredErrors>` as meant, so Excel does not mark them as inconsistent.
 *
 * Works in Node (CLI) and in the browser (the web page), with jszip, which exceljs itself packs with.
 */
import JSZip from "jszip";
import { columnLetter, fillRow, parseAddress } from "../a1";
import type { FormulaForm, WorkbookPlan } from "../plan";
import { toFileFormula } from "./formulas";
import { isDualFormula, shareable } from "./render";

/** Formulas a table's columns carry in the table part, by column position. */
export interface TableColumnFormulas {
  /** A1 formula as written in the first data row (no "="): what Excel fills into a new row. */
  calculated?: string;
  /** The totals row's formula of a column whose totals cell is a formula. */
  totals?: string;
}

/** What the package needs to know of a table. */
export interface TablePackageInfo {
  /** One entry per column (undefined when the column has neither formula). */
  columns: (TableColumnFormulas | undefined)[];
  /**
   * Cells of calculated columns that hold their row's own formula or a value (an indicator without a
   * base, a text target), as A1 ranges: Excel would mark each as "inconsistent with the calculated
   * column formula"; the sheet tells it they are meant (CT_IgnoredError/@calculatedColumn, §18.3.1.51).
   */
  exceptions: string[];
}

/** Per table name. */
export type TableFormulas = Map<string, TablePackageInfo>;

/** "M5:M7", "M9" … for a column's rows (ascending). */
function rowRuns(letter: string, rows: number[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    out.push(rows[i] === rows[j] ? `${letter}${rows[i]}` : `${letter}${rows[i]}:${letter}${rows[j]}`);
    i = j + 1;
  }
  return out;
}

/**
 * What the table parts need from the plan, computed exactly as the renderer writes the cells:
 * the first data row is below the anchor, `{first}`/`{last}` are the data rows.
 */
export function tableFormulas(plan: WorkbookPlan, form: FormulaForm): TableFormulas {
  const out: TableFormulas = new Map();
  for (const sheet of plan.sheets) {
    for (const t of sheet.tables) {
      const tl = parseAddress(t.anchor);
      const first = tl.row + 1;
      const last = first + Math.max(1, t.rows.length + (t.blankRows ?? 0)) - 1;
      const exceptions: string[] = [];
      const columns = t.columns.map((col, j) => {
        const entry: TableColumnFormulas = {};
        const text = col.role === "computed" && col.formula ? col.formula[form] : null;
        // Only a formula that is the same in every row in relative terms (shared in the sheet) can be a
        // calculated column: Excel fills a new row by shifting the first row's formula.
        if (text && shareable(text)) {
          entry.calculated = toFileFormula(fillRow(text, { r: first, first, last }), form);
          const own: number[] = [];
          t.rows.forEach((row, i) => {
            const v = row.values[col.header];
            if (v !== undefined && !(isDualFormula(v) && v[form] === text)) own.push(first + i);
          });
          exceptions.push(...rowRuns(columnLetter(tl.col + j), own));
        }
        const total = t.totals?.[col.header];
        // The first column's totals cell is a label in exceljs' model, never a totals function.
        if (j > 0 && isDualFormula(total) && total[form] !== null)
          entry.totals = toFileFormula(fillRow(total[form]!, { first, last }), form);
        return entry.calculated || entry.totals ? entry : undefined;
      });
      out.set(t.name, { columns, exceptions });
    }
  }
  return out;
}

// --- Worksheet children in schema order -------------------------------------------------------------

/** CT_Worksheet (ECMA-376 Part 1, §18.3.1.99): the children of `<worksheet>`, in sequence. */
export const WORKSHEET_SEQUENCE = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];
const WORKSHEET_RANK = new Map(WORKSHEET_SEQUENCE.map((n, i) => [n, i]));

interface Child {
  name: string;
  text: string;
}

/**
 * The top-level children of an element body, as text slices. Written by hand rather than with an XML
 * parser because a worksheet part holds every cell (megabytes for 10,000 rows): the `<sheetData>`
 * child is skipped in one search and never parsed, and nothing is re-serialized. It relies on what
 * exceljs writes: no comments, CDATA or processing instructions inside the root, and `<`/`>` escaped
 * in attribute values and text (exceljs' xmlEncode).
 */
function topLevelChildren(body: string): Child[] {
  const children: Child[] = [];
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/g;
  let p = 0;
  while (p < body.length) {
    const open = body.indexOf("<", p);
    if (open < 0) break;
    tag.lastIndex = open;
    const m = tag.exec(body);
    if (!m || m.index !== open || m[1]) throw new Error(`unexpected worksheet XML at ${open}`);
    const name = m[2];
    let end: number;
    if (m[3]) end = tag.lastIndex;
    else {
      const close = `</${name}>`;
      if (name === "sheetData") {
        const at = body.indexOf(close, tag.lastIndex);
        if (at < 0) throw new Error("unclosed sheetData");
        end = at + close.length;
      } else {
        let depth = 1;
        let t: RegExpExecArray | null;
        while (depth > 0 && (t = tag.exec(body))) {
          if (t[2] !== name || t[3]) continue;
          depth += t[1] ? -1 : 1;
        }
        if (depth > 0) throw new Error(`unclosed ${name}`);
        end = tag.lastIndex;
      }
    }
    children.push({ name: name.replace(/^.*:/, ""), text: body.slice(open, end) });
    p = end;
  }
  return children;
}

/**
 * The worksheet XML with its children in CT_Worksheet order, `extra` children (XML text) added in their
 * place; the same text when nothing moves.
 */
export function orderWorksheet(xml: string, extra = ""): string {
  const rootAt = xml.indexOf("<worksheet");
  const bodyStart = xml.indexOf(">", rootAt) + 1;
  const bodyEnd = xml.lastIndexOf("</worksheet>");
  if (rootAt < 0 || bodyEnd < bodyStart) return xml;
  const children = topLevelChildren(xml.slice(bodyStart, bodyEnd) + extra);
  // An element the sequence does not know keeps its place after the one before it.
  let last = -1;
  const ranked = children.map((c, i) => {
    last = WORKSHEET_RANK.get(c.name) ?? last;
    return { c, rank: last, i };
  });
  const sorted = [...ranked].sort((a, b) => a.rank - b.rank || a.i - b.i);
  if (!extra && sorted.every((s, i) => s.i === i)) return xml;
  return xml.slice(0, bodyStart) + sorted.map((s) => s.c.text).join("") + xml.slice(bodyEnd);
}

function indexOfBytes(hay: Uint8Array, needle: Uint8Array, fromEnd = false): number {
  const last = hay.length - needle.length;
  const at = (i: number) => {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) return false;
    return true;
  };
  if (fromEnd) {
    for (let i = last; i >= 0; i--) if (at(i)) return i;
  } else {
    for (let i = 0; i <= last; i++) if (at(i)) return i;
  }
  return -1;
}

const SHEET_DATA_OPEN = new TextEncoder().encode("<sheetData");
const SHEET_DATA_CLOSE = new TextEncoder().encode("</sheetData>");
const SHEET_DATA_STUB = "<sheetData/>";

/**
 * orderWorksheet over the part's bytes, decoding only what lies around `<sheetData>` (the cells, most
 * of the part, are copied as bytes). Null when the part is already in order.
 */
function orderWorksheetBytes(bytes: Uint8Array, extra: string): Uint8Array | null {
  const open = indexOfBytes(bytes, SHEET_DATA_OPEN);
  const close = indexOfBytes(bytes, SHEET_DATA_CLOSE, true);
  const decoder = new TextDecoder();
  if (open < 0 || close < open) {
    const xml = decoder.decode(bytes);
    const ordered = orderWorksheet(xml, extra);
    return ordered === xml ? null : new TextEncoder().encode(ordered);
  }
  const end = close + SHEET_DATA_CLOSE.length;
  const xml = decoder.decode(bytes.subarray(0, open)) + SHEET_DATA_STUB + decoder.decode(bytes.subarray(end));
  const ordered = orderWorksheet(xml, extra);
  if (ordered === xml) return null;
  const at = ordered.indexOf(SHEET_DATA_STUB);
  const head = new TextEncoder().encode(ordered.slice(0, at));
  const tail = new TextEncoder().encode(ordered.slice(at + SHEET_DATA_STUB.length));
  const out = new Uint8Array(head.length + (end - open) + tail.length);
  out.set(head, 0);
  out.set(bytes.subarray(open, end), head.length);
  out.set(tail, head.length + (end - open));
  return out;
}

// --- VML shape-ID blocks -----------------------------------------------------------------------------

/** Shapes per idmap block: ids 1024·N+1 … 1024·N+1023 (Excel's own numbering starts at 1025). */
const SHAPES_PER_BLOCK = 1023;

/**
 * Gives a VML drawing part the blocks starting at `firstBlock` (as many as its shapes need) and
 * renumbers its shapes inside them. Returns the new text and the next free block.
 */
export function renumberVml(xml: string, firstBlock: number): { xml: string; nextBlock: number } {
  let k = 0;
  const ids = xml.replace(/(<v:shape\b[^>]*?\sid=")_x0000_s\d+"/g, (_m, head: string) => {
    const block = firstBlock + Math.floor(k / SHAPES_PER_BLOCK);
    const id = block * 1024 + 1 + (k % SHAPES_PER_BLOCK);
    k++;
    return `${head}_x0000_s${id}"`;
  });
  const blocks = Math.max(1, Math.ceil(k / SHAPES_PER_BLOCK));
  const data = Array.from({ length: blocks }, (_, i) => firstBlock + i).join(",");
  const mapped = ids.replace(/(<o:idmap\b[^>]*?\sdata=")[^"]*"/, `$1${data}"`);
  return { xml: mapped, nextBlock: firstBlock + blocks };
}

// --- Table parts -------------------------------------------------------------------------------------

function xmlText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function xmlUnescape(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_m, e: string) => {
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    if (e === "amp") return "&";
    return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}

function tableName(xml: string): string | undefined {
  const name = /<table\b[^>]*?\sname="([^"]*)"/.exec(xml)?.[1];
  return name === undefined ? undefined : xmlUnescape(name);
}

/** The table part with the formulas of its columns (CT_TableColumn children, in sequence order). */
export function addTableFormulas(xml: string, formulas: TableFormulas): string {
  const cols = formulas.get(tableName(xml) ?? "")?.columns;
  if (!cols) return xml;
  let j = 0;
  return xml.replace(/<tableColumn\b([^>]*?)(\/>|>([\s\S]*?)<\/tableColumn>)/g, (m, attrs: string, _e, inner) => {
    const f = cols[j++];
    if (!f || inner !== undefined) return m;
    let children = "";
    if (f.calculated) children += `<calculatedColumnFormula>${xmlText(f.calculated)}</calculatedColumnFormula>`;
    if (f.totals && /\stotalsRowFunction="custom"/.test(attrs))
      children += `<totalsRowFormula>${xmlText(f.totals)}</totalsRowFormula>`;
    return children ? `<tableColumn${attrs}>${children}</tableColumn>` : m;
  });
}

// --- The package -------------------------------------------------------------------------------------

/** A relationship target relative to its source part: xl/worksheets/sheet1.xml + ../tables/t.xml. */
function resolveRelative(source: string, target: string): string {
  const segs = source.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") segs.pop();
    else if (seg !== ".") segs.push(seg);
  }
  return segs.join("/");
}

function partNumber(path: string): number {
  return Number(/(\d+)\.\w+$/.exec(path)?.[1] ?? 0);
}

/**
 * Rewrites an .xlsx package as described above. `data` is best written by exceljs without compression
 * (`writeBuffer({ zip: { compression: "STORE" } })`): the parts are then read without inflating and
 * the whole package is compressed once, here.
 */
export async function finishPackage(data: Uint8Array | ArrayBuffer, tables: TableFormulas): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const paths = Object.keys(zip.files).filter((p) => !zip.files[p].dir);
  const byNumber = (a: string, b: string) => partNumber(a) - partNumber(b);

  const tableOfPart = new Map<string, string>();
  for (const p of paths.filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))) {
    const xml = await zip.file(p)!.async("string");
    tableOfPart.set(p, tableName(xml) ?? "");
    const withFormulas = addTableFormulas(xml, tables);
    if (withFormulas !== xml) zip.file(p, withFormulas);
  }
  for (const p of paths.filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))) {
    const exceptions: string[] = [];
    const rels = zip.file(p.replace(/([^/]+)$/, "_rels/$1.rels"));
    if (rels)
      for (const m of (await rels.async("string")).matchAll(/<Relationship\b[^>]*?\sTarget="([^"]*)"[^>]*>/g)) {
        const target = m[1].startsWith("/") ? m[1].slice(1) : resolveRelative(p, m[1]);
        exceptions.push(...(tables.get(tableOfPart.get(target) ?? "")?.exceptions ?? []));
      }
    const extra = exceptions.length
      ? `<ignoredErrors><ignoredError sqref="${exceptions.join(" ")}" calculatedColumn="1"/></ignoredErrors>`
      : "";
    const ordered = orderWorksheetBytes(await zip.file(p)!.async("uint8array"), extra);
    if (ordered) zip.file(p, ordered);
  }
  let block = 1;
  for (const p of paths.filter((p) => /^xl\/drawings\/[^/]+\.vml$/.test(p)).sort(byNumber)) {
    const r = renumberVml(await zip.file(p)!.async("string"), block);
    zip.file(p, r.xml);
    block = r.nextBlock;
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
