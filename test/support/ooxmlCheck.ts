/**
 * A structural checker for .xlsx packages, independent of the writer: what Excel enforces on open and
 * LibreOffice, Gnumeric and exceljs forgive. Every part is parsed with a real XML parser (saxes, the
 * parser exceljs reads with) and checked against ECMA-376 Part 1 (5th edition, sml.xsd in Annex A):
 *
 * - element order of the worksheet, workbook, styles and table parts: each complex type's sequence
 *   (sections cited at SEQUENCES below); an element out of order, repeated where the schema allows one,
 *   or unknown in the SpreadsheetML namespace is a violation;
 * - VML drawings (cell notes): each part claims its own shape-ID blocks (`<o:idmap data="N"/>` covers
 *   ids 1024·N … 1024·N+1023) and its shape ids are inside its blocks and unique in the workbook;
 * - Open Packaging Conventions (ECMA-376 Part 2): every internal relationship target is a part in the
 *   zip, every part has a content type (a Default by extension or an Override, §10.1.2.2), every
 *   Override names an existing part, every r:id a part uses is one of its relationships;
 * - defined names (§18.2.5): valid name syntax, unique in their scope, refer to sheets that exist;
 * - sheets (§18.2.19): names valid and unique;
 * - tables (§18.5.1.2): names valid and unique in the workbook (with the defined names), ref width =
 *   tableColumn count = tableColumns/@count, header cells in the sheet equal to the column names,
 *   autoFilter over the data (ref without the totals row), a custom totals function has its formula,
 *   no two tables of a sheet overlap.
 *
 * `checkXlsx` returns every violation found, one line each ("part: what"), empty when none.
 */
import JSZip from "jszip";
import { SaxesParser, type SaxesTagNS } from "saxes";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

const CT = {
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
};

/** Content type of the target by relationship type (ECMA-376 Part 1, §12.3 and Annex for SpreadsheetML parts). */
const EXPECTED_CT: Record<string, string> = {
  officeDocument: CT.workbook,
  worksheet: CT.worksheet,
  styles: CT.styles,
  table: CT.table,
  sharedStrings: CT.sharedStrings,
  vmlDrawing: CT.vml,
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  theme: "application/vnd.openxmlformats-officedocument.theme+xml",
};

/**
 * Child sequences by parent element (SpreadsheetML namespace), per part kind. A name ending in `*`
 * may repeat. Source: ECMA-376 Part 1, sml.xsd; sections of the elements' definitions given.
 */
const SEQUENCES: Record<string, Record<string, { section: string; children: string[] }>> = {
  worksheet: {
    worksheet: {
      section: "CT_Worksheet, §18.3.1.99",
      children: [
        "sheetPr",
        "dimension",
        "sheetViews",
        "sheetFormatPr",
        "cols*",
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
        "conditionalFormatting*",
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
      ],
    },
    sheetView: { section: "CT_SheetView, §18.3.1.87", children: ["pane", "selection*", "pivotSelection*", "extLst"] },
    row: { section: "CT_Row, §18.3.1.73", children: ["c*", "extLst"] },
    c: { section: "CT_Cell, §18.3.1.4", children: ["f", "v", "is", "extLst"] },
    cfRule: { section: "CT_CfRule, §18.3.1.10", children: ["formula*", "colorScale", "dataBar", "iconSet", "extLst"] },
    dataValidation: { section: "CT_DataValidation, §18.3.1.32", children: ["formula1", "formula2"] },
    ignoredErrors: { section: "CT_IgnoredErrors, §18.3.1.52", children: ["ignoredError*", "extLst"] },
  },
  workbook: {
    workbook: {
      section: "CT_Workbook, §18.2.27",
      children: [
        "fileVersion",
        "fileSharing",
        "workbookPr",
        "workbookProtection",
        "bookViews",
        "sheets",
        "functionGroups",
        "externalReferences",
        "definedNames",
        "calcPr",
        "oleSize",
        "customWorkbookViews",
        "pivotCaches",
        "smartTagPr",
        "smartTagTypes",
        "webPublishing",
        "fileRecoveryPr*",
        "webPublishObjects",
        "extLst",
      ],
    },
  },
  styles: {
    styleSheet: {
      section: "CT_Stylesheet, §18.8.39",
      children: [
        "numFmts",
        "fonts",
        "fills",
        "borders",
        "cellStyleXfs",
        "cellXfs",
        "cellStyles",
        "dxfs",
        "tableStyles",
        "colors",
        "extLst",
      ],
    },
    xf: { section: "CT_Xf, §18.8.45", children: ["alignment", "protection", "extLst"] },
    dxf: {
      section: "CT_Dxf, §18.8.14",
      children: ["font", "numFmt", "fill", "alignment", "border", "protection", "extLst"],
    },
    border: {
      section: "CT_Border, §18.8.4",
      children: ["start", "end", "left", "right", "top", "bottom", "diagonal", "vertical", "horizontal"],
    },
  },
  table: {
    table: {
      section: "CT_Table, §18.5.1.2",
      children: ["autoFilter", "sortState", "tableColumns", "tableStyleInfo", "extLst"],
    },
    tableColumn: {
      section: "CT_TableColumn, §18.5.1.3",
      children: ["calculatedColumnFormula", "totalsRowFormula", "xmlColumnPr", "extLst"],
    },
  },
};

interface Frame {
  local: string;
  uri: string;
  /** Rank of the last child seen in the parent's sequence. */
  lastRank: number;
  lastName?: string;
}

type Handler = (tag: SaxesTagNS, parents: Frame[]) => void;

/** Parses a part, checks child sequences for its kind, calls `onOpen`/`onText`/`onClose` for the caller's checks. */
function walk(
  part: string,
  xml: string,
  kind: string | undefined,
  out: string[],
  hooks: { onOpen?: Handler; onText?: (text: string, parents: Frame[]) => void; onClose?: Handler } = {},
): void {
  const sequences = kind ? SEQUENCES[kind] : undefined;
  const stack: Frame[] = [];
  const parser = new SaxesParser({ xmlns: true, position: false });
  parser.on("opentag", (tag) => {
    const parent = stack[stack.length - 1];
    const seq = parent && parent.uri === MAIN ? sequences?.[parent.local] : undefined;
    if (seq && tag.uri === MAIN) {
      const names = seq.children.map((c) => c.replace(/\*$/, ""));
      const rank = names.indexOf(tag.local);
      if (rank < 0) out.push(`${part}: <${tag.local}> is not allowed in <${parent.local}> (${seq.section})`);
      else {
        if (rank < parent.lastRank)
          out.push(`${part}: <${tag.local}> after <${parent.lastName}> in <${parent.local}> (${seq.section})`);
        else if (rank === parent.lastRank && !seq.children[rank].endsWith("*"))
          out.push(`${part}: <${tag.local}> repeated in <${parent.local}> (${seq.section})`);
        if (rank >= parent.lastRank) {
          parent.lastRank = rank;
          parent.lastName = tag.local;
        }
      }
    }
    hooks.onOpen?.(tag, stack);
    stack.push({ local: tag.local, uri: tag.uri, lastRank: -1 });
  });
  parser.on("text", (t) => hooks.onText?.(t, stack));
  parser.on("closetag", (tag) => {
    stack.pop();
    hooks.onClose?.(tag as SaxesTagNS, stack);
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    out.push(`${part}: not well-formed XML: ${(e as Error).message}`);
  }
}

function attr(tag: SaxesTagNS, local: string, uri = ""): string | undefined {
  for (const a of Object.values(tag.attributes)) if (a.local === local && a.uri === uri) return a.value;
  return undefined;
}

// --- A1 helpers (written here so the checker shares no code with the writer) ---------------------

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

interface Box {
  c1: number;
  r1: number;
  c2: number;
  r2: number;
}

function parseRef(ref: string): Box | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(ref);
  if (!m) return null;
  const box = { c1: colNumber(m[1]), r1: Number(m[2]), c2: colNumber(m[3] ?? m[1]), r2: Number(m[4] ?? m[2]) };
  return box.c1 <= box.c2 && box.r1 <= box.r2 ? box : null;
}

function cellRef(col: number, row: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${row}`;
}

/** A name that Excel reads as a cell reference (A1 up to XFD1048576, or R1C1 forms) cannot be a name. */
function looksLikeReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1 && colNumber(a1[1]) <= 16384 && Number(a1[2]) >= 1 && Number(a1[2]) <= 1048576) return true;
  return /^[Rr]\d*([Cc]\d*)?$/.test(name) || /^[Cc]\d*$/.test(name);
}

/**
 * Excel's rules for defined names and table names: a letter, underscore or backslash first; then
 * letters, digits, underscores, periods, backslashes; no cell reference; at most 255 characters.
 * Built-in names (`_xlnm.`) are Excel's own.
 */
function nameProblem(name: string): string | null {
  if (name.startsWith("_xlnm.")) return null;
  if (!name) return "empty";
  if (name.length > 255) return "longer than 255 characters";
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return "characters Excel does not allow";
  if (looksLikeReference(name)) return "reads as a cell reference";
  return null;
}

/** Sheet names a formula refers to ('My sheet'!A1, Sheet1!A1), outside string literals. */
function sheetsReferredTo(formula: string): string[] {
  const code = formula.split(/"(?:[^"]|"")*"/).join('""');
  const names: string[] = [];
  for (const m of code.matchAll(/'((?:[^']|'')+)'!|([^\s'!,()=+\-*/&^<>:;{}"%]+)!/g))
    names.push(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]);
  return names;
}

// --- The package ----------------------------------------------------------------------------------

function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const dir = source.includes("/") ? source.slice(0, source.lastIndexOf("/") + 1) : "";
  const parts: string[] = [];
  for (const seg of (dir + target).split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** The part a relationships part describes: xl/worksheets/_rels/sheet1.xml.rels → xl/worksheets/sheet1.xml. */
function relsSource(relsPath: string): string {
  return relsPath.replace(/(^|\/)_rels\/([^/]*)\.rels$/, "$1$2");
}

interface Rel {
  type: string;
  target: string;
  external: boolean;
}

interface TableInfo {
  part: string;
  sheetPart: string;
  name: string;
  box: Box;
  columns: string[];
  headerRows: number;
}

/** Every violation of the package's structure, one line each; empty when none. */
export async function checkXlsx(data: Uint8Array | ArrayBuffer): Promise<string[]> {
  const out: string[] = [];
  const zip = await JSZip.loadAsync(data);
  const parts = Object.keys(zip.files).filter((p) => !zip.files[p].dir);
  const exists = new Set(parts);
  const text = (p: string) => zip.file(p)!.async("string");

  // Content types (ECMA-376 Part 2, §10.1.2.2): a Default by extension or an Override per part.
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  if (!exists.has("[Content_Types].xml")) out.push("package: no [Content_Types].xml");
  else {
    walk("[Content_Types].xml", await text("[Content_Types].xml"), undefined, out, {
      onOpen: (tag) => {
        if (tag.uri !== CT_NS) return;
        if (tag.local === "Default")
          defaults.set((attr(tag, "Extension") ?? "").toLowerCase(), attr(tag, "ContentType") ?? "");
        if (tag.local === "Override")
          overrides.set((attr(tag, "PartName") ?? "").replace(/^\//, "").toLowerCase(), attr(tag, "ContentType") ?? "");
      },
    });
  }
  const contentType = (p: string) =>
    overrides.get(p.toLowerCase()) ?? defaults.get(p.slice(p.lastIndexOf(".") + 1).toLowerCase());
  for (const p of parts) {
    if (p === "[Content_Types].xml") continue;
    if (contentType(p) === undefined)
      out.push(`${p}: no content type (neither a Default for its extension nor an Override)`);
  }
  const lowerParts = new Set(parts.map((p) => p.toLowerCase()));
  for (const o of overrides.keys())
    if (!lowerParts.has(o)) out.push(`[Content_Types].xml: Override for /${o}, which is not in the package`);
  const partsOf = (ct: string) =>
    parts.filter((p) => contentType(p) === ct).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));

  // Relationships: every internal target is a part; Ids unique per source.
  const rels = new Map<string, Map<string, Rel>>();
  for (const p of parts.filter((p) => p.endsWith(".rels"))) {
    const source = relsSource(p);
    const map = new Map<string, Rel>();
    rels.set(source, map);
    walk(p, await text(p), undefined, out, {
      onOpen: (tag) => {
        if (tag.uri !== PKG_REL_NS || tag.local !== "Relationship") return;
        const id = attr(tag, "Id") ?? "";
        const external = attr(tag, "TargetMode") === "External";
        const rel = {
          type: attr(tag, "Type") ?? "",
          target: resolveTarget(source, attr(tag, "Target") ?? ""),
          external,
        };
        if (map.has(id)) out.push(`${p}: relationship Id ${id} used twice`);
        map.set(id, rel);
        if (!external && !exists.has(rel.target))
          out.push(`${p}: relationship ${id} targets ${rel.target}, which is not in the package`);
      },
    });
  }
  // A part reached by a relationship of a known type has that type's content type.
  for (const [source, map] of rels)
    for (const r of map.values()) {
      const expected = EXPECTED_CT[r.type.replace(REL_TYPE, "")];
      const actual = r.external || !exists.has(r.target) ? undefined : contentType(r.target);
      if (expected && actual !== undefined && actual !== expected)
        out.push(
          `${r.target}: content type ${actual}, but ${source || "the package"} refers to it as ${r.type.replace(REL_TYPE, "")}, which needs ${expected}`,
        );
    }
  /** Every r:… attribute of a part must name one of its relationships. */
  const relIdCheck =
    (part: string): Handler =>
    (tag) => {
      for (const a of Object.values(tag.attributes))
        if (a.uri === REL_NS && !rels.get(part)?.has(a.value))
          out.push(`${part}: <${tag.local} ${a.name}="${a.value}"> names no relationship of the part`);
    };

  // Shared strings, for header cells.
  const shared: string[] = [];
  for (const p of partsOf(CT.sharedStrings)) {
    let current: string | null = null;
    let inT = false;
    walk(p, await text(p), undefined, out, {
      onOpen: (tag, parents) => {
        if (tag.local === "si" && tag.uri === MAIN) current = "";
        // Phonetic runs (<rPh>) are not part of the cell's text.
        inT = tag.local === "t" && tag.uri === MAIN && !parents.some((f) => f.local === "rPh");
      },
      onText: (t) => {
        if (inT && current !== null) current += t;
      },
      onClose: (tag) => {
        if (tag.local === "t") inT = false;
        if (tag.local === "si" && current !== null) {
          shared.push(current);
          current = null;
        }
      },
    });
  }

  // Workbook: order, sheets, defined names.
  const sheets: { name: string; part?: string }[] = [];
  const definedNames: { name: string; scope: string; formula: string }[] = [];
  for (const p of partsOf(CT.workbook)) {
    let current: { name: string; scope: string; formula: string } | null = null;
    const relCheck = relIdCheck(p);
    walk(p, await text(p), "workbook", out, {
      onOpen: (tag, parents) => {
        relCheck(tag, parents);
        if (tag.uri !== MAIN) return;
        if (tag.local === "sheet") {
          const rid = attr(tag, "id", REL_NS);
          sheets.push({ name: attr(tag, "name") ?? "", part: rid ? rels.get(p)?.get(rid)?.target : undefined });
        }
        if (tag.local === "definedName")
          current = { name: attr(tag, "name") ?? "", scope: attr(tag, "localSheetId") ?? "", formula: "" };
      },
      onText: (t) => {
        if (current) current.formula += t;
      },
      onClose: (tag) => {
        if (tag.local === "definedName" && current) {
          definedNames.push(current);
          current = null;
        }
      },
    });
  }
  const sheetNames = new Set<string>();
  for (const s of sheets) {
    if (!s.name || s.name.length > 31 || /[[\]:*?/\\]/.test(s.name) || /^'|'$/.test(s.name))
      out.push(`xl/workbook.xml: sheet name "${s.name}" is not a valid Excel sheet name`);
    if (sheetNames.has(s.name.toLowerCase())) out.push(`xl/workbook.xml: sheet name "${s.name}" used twice`);
    sheetNames.add(s.name.toLowerCase());
  }
  const nameScopes = new Set<string>();
  for (const d of definedNames) {
    const problem = nameProblem(d.name);
    if (problem) out.push(`xl/workbook.xml: defined name "${d.name}": ${problem}`);
    const key = `${d.scope}|${d.name.toLowerCase()}`;
    if (nameScopes.has(key)) out.push(`xl/workbook.xml: defined name "${d.name}" defined twice in the same scope`);
    nameScopes.add(key);
    if (d.scope && !(Number(d.scope) >= 0 && Number(d.scope) < sheets.length))
      out.push(`xl/workbook.xml: defined name "${d.name}" is scoped to sheet index ${d.scope}, which does not exist`);
    for (const s of sheetsReferredTo(d.formula))
      if (!sheetNames.has(s.toLowerCase()))
        out.push(`xl/workbook.xml: defined name "${d.name}" refers to a missing sheet "${s}"`);
  }

  // Styles: order.
  for (const p of partsOf(CT.styles)) walk(p, await text(p), "styles", out);

  // Tables: order, names, columns; header cells are checked with their sheet below.
  const tables: TableInfo[] = [];
  const sheetOfTable = new Map<string, string>();
  for (const [source, map] of rels)
    for (const r of map.values()) if (r.type === REL_TYPE + "table") sheetOfTable.set(r.target, source);
  const tableIds = new Set<string>();
  for (const p of partsOf(CT.table)) {
    const info: TableInfo = {
      part: p,
      sheetPart: sheetOfTable.get(p) ?? "",
      name: "",
      box: { c1: 0, r1: 0, c2: 0, r2: 0 },
      columns: [],
      headerRows: 1,
    };
    let declaredCount: number | undefined;
    let totalsRows = 0;
    let autoFilterRef: string | undefined;
    let column: { name: string; custom: boolean; formula: boolean } | null = null;
    walk(p, await text(p), "table", out, {
      onOpen: (tag, parents) => {
        if (tag.uri !== MAIN) return;
        if (tag.local === "table") {
          info.name = attr(tag, "name") ?? "";
          const display = attr(tag, "displayName") ?? "";
          const box = parseRef(attr(tag, "ref") ?? "");
          if (!box) out.push(`${p}: table ref "${attr(tag, "ref")}" is not a range`);
          else info.box = box;
          info.headerRows = Number(attr(tag, "headerRowCount") ?? 1);
          totalsRows = Number(attr(tag, "totalsRowCount") ?? 0);
          const id = attr(tag, "id") ?? "";
          if (tableIds.has(id)) out.push(`${p}: table id ${id} used by another table`);
          tableIds.add(id);
          for (const n of new Set([info.name, display])) {
            const problem = nameProblem(n);
            if (problem || n.startsWith("_xlnm.")) out.push(`${p}: table name "${n}": ${problem ?? "reserved"}`);
          }
        }
        if (tag.local === "autoFilter" && parents.length === 1) autoFilterRef = attr(tag, "ref");
        if (tag.local === "tableColumns") declaredCount = Number(attr(tag, "count"));
        if (tag.local === "tableColumn")
          column = {
            name: attr(tag, "name") ?? "",
            custom: attr(tag, "totalsRowFunction") === "custom",
            formula: false,
          };
        if (tag.local === "totalsRowFormula" && column) column.formula = true;
      },
      onClose: (tag) => {
        if (tag.local === "tableColumn" && column) {
          info.columns.push(column.name);
          if (column.custom && !column.formula)
            out.push(
              `${p}: column "${column.name}" has totalsRowFunction="custom" but no <totalsRowFormula> (§18.5.1.3)`,
            );
          column = null;
        }
      },
    });
    const width = info.box.c2 - info.box.c1 + 1;
    if (info.columns.length !== width)
      out.push(`${p}: ${info.columns.length} tableColumn elements for a ref ${width} columns wide`);
    if (declaredCount !== undefined && declaredCount !== info.columns.length)
      out.push(`${p}: tableColumns count="${declaredCount}" but ${info.columns.length} tableColumn elements`);
    const seen = new Set<string>();
    for (const c of info.columns) {
      if (!c) out.push(`${p}: a column without a name`);
      if (seen.has(c.toLowerCase())) out.push(`${p}: column name "${c}" used twice`);
      seen.add(c.toLowerCase());
    }
    if (autoFilterRef !== undefined) {
      const data = `${cellRef(info.box.c1, info.box.r1)}:${cellRef(info.box.c2, info.box.r2 - totalsRows)}`;
      if (autoFilterRef !== data)
        out.push(`${p}: autoFilter ref ${autoFilterRef}, the table's rows without totals are ${data}`);
    }
    if (!info.sheetPart) out.push(`${p}: no worksheet refers to this table`);
    tables.push(info);
  }
  const tableNames = new Map<string, string>();
  for (const t of tables) {
    const key = t.name.toLowerCase();
    if (tableNames.has(key)) out.push(`${t.part}: table name "${t.name}" also used by ${tableNames.get(key)}`);
    tableNames.set(key, t.part);
    if (definedNames.some((d) => d.name.toLowerCase() === key && !d.scope))
      out.push(`${t.part}: table name "${t.name}" is also a defined name`);
  }

  // Worksheets: order, r:ids, notes' drawing, header cells of their tables, overlapping tables.
  for (const p of partsOf(CT.worksheet)) {
    const own = tables.filter((t) => t.sheetPart === p);
    for (let i = 0; i < own.length; i++)
      for (let j = i + 1; j < own.length; j++) {
        const a = own[i].box;
        const b = own[j].box;
        if (a.c1 <= b.c2 && b.c1 <= a.c2 && a.r1 <= b.r2 && b.r1 <= a.r2)
          out.push(`${p}: tables ${own[i].name} and ${own[j].name} overlap`);
      }
    const wanted = new Map<string, { table: TableInfo; name: string }>();
    const wantedRows = new Set<number>();
    for (const t of own) {
      if (t.headerRows < 1) continue;
      t.columns.forEach((name, j) => wanted.set(cellRef(t.box.c1 + j, t.box.r1), { table: t, name }));
      wantedRows.add(t.box.r1);
    }
    const found = new Map<string, string>();
    let inRow = false;
    let cell: { ref: string; type: string; value: string; inValue: boolean } | null = null;
    let hasLegacyDrawing = false;
    const relCheck = relIdCheck(p);
    walk(p, await text(p), "worksheet", out, {
      onOpen: (tag, parents) => {
        relCheck(tag, parents);
        if (tag.uri !== MAIN) return;
        if (tag.local === "legacyDrawing" && parents.length === 1) hasLegacyDrawing = true;
        if (tag.local === "row") inRow = wantedRows.has(Number(attr(tag, "r")));
        else if (tag.local === "c" && inRow)
          cell = { ref: attr(tag, "r") ?? "", type: attr(tag, "t") ?? "n", value: "", inValue: false };
        else if (cell && (tag.local === "v" || tag.local === "t")) cell.inValue = true;
      },
      onText: (t) => {
        if (cell?.inValue) cell.value += t;
      },
      onClose: (tag) => {
        if (!cell) return;
        if (tag.local === "v" || tag.local === "t") cell.inValue = false;
        if (tag.local === "c") {
          if (wanted.has(cell.ref))
            found.set(cell.ref, cell.type === "s" ? (shared[Number(cell.value)] ?? "") : cell.value);
          cell = null;
        }
      },
    });
    for (const [ref, w] of wanted) {
      const v = found.get(ref);
      if (v !== w.name)
        out.push(
          `${p}: header cell ${ref} of table ${w.table.name} holds ${v === undefined ? "nothing" : `"${v}"`}, its column is "${w.name}"`,
        );
    }
    const sheetRels = [...(rels.get(p)?.values() ?? [])];
    if (sheetRels.some((r) => r.type === REL_TYPE + "comments") && !hasLegacyDrawing)
      out.push(`${p}: has notes (a comments part) but no <legacyDrawing> to show them`);
  }

  // VML drawings: one idmap block set per part, shape ids inside them and unique.
  const blockOwner = new Map<number, string>();
  const shapeIds = new Map<number, string>();
  for (const p of partsOf(CT.vml)) {
    const blocks: number[] = [];
    const ids: number[] = [];
    walk(p, await text(p), undefined, out, {
      onOpen: (tag) => {
        if (tag.local === "idmap")
          blocks.push(
            ...(attr(tag, "data", "urn:schemas-microsoft-com:office:office") ?? attr(tag, "data") ?? "")
              .split(",")
              .filter(Boolean)
              .map(Number),
          );
        if (tag.local === "shape") {
          const id = /^_x0000_s(\d+)$/.exec(attr(tag, "id") ?? "");
          const spid = /^_x0000_s(\d+)$/.exec(attr(tag, "spid", "urn:schemas-microsoft-com:office:office") ?? "");
          const n = spid ?? id;
          if (n) ids.push(Number(n[1]));
        }
      },
    });
    if (ids.length && !blocks.length) out.push(`${p}: shapes but no <o:idmap> block`);
    for (const b of blocks) {
      if (blockOwner.has(b))
        out.push(`${p}: shape-ID block ${b} (o:idmap data) is also claimed by ${blockOwner.get(b)}`);
      else blockOwner.set(b, p);
    }
    for (const id of ids) {
      if (!blocks.includes(Math.floor(id / 1024)))
        out.push(`${p}: shape id _x0000_s${id} is outside the part's blocks (${blocks.join(",") || "none"})`);
      if (shapeIds.has(id)) out.push(`${p}: shape id _x0000_s${id} also used in ${shapeIds.get(id)}`);
      else shapeIds.set(id, p);
    }
  }
  return out;
}
