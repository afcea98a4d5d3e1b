/**
 * Opens an .xlsx for reading with exceljs. exceljs 4.4.0 cannot load a table whose columns have child
 * elements — `<calculatedColumnFormula>`, which Excel writes for every calculated column (and so does
 * our own renderer), `<totalsRowFormula>`, `<xmlColumnPr>`, `<extLst>` (CT_TableColumn, ECMA-376 Part 1
 * §18.5.1.3): its table-column parser ends the column at the first closing tag and `load()` throws
 * "Cannot set properties of undefined (setting 'filterButton')" (exceljs issue #1240, fix unmerged).
 *
 * So before exceljs sees the package, each table part is rewritten without those children (parsed
 * with saxes, a real XML parser, not patterns: a formula may hold `>` and attributes may too). The
 * children only say how a column is calculated or totalled; the cells keep their own formulas and
 * cached values, which is all a reader needs. exceljs itself is not patched (docs/DECISIONS.md).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SaxesParser } from "saxes";

const TABLE_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";

export class WorkbookReadError extends Error {
  constructor(zh: string, en: string) {
    super(`${zh} / ${en}`);
    this.name = "WorkbookReadError";
  }
}

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;");
const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/** The table part's XML without any element inside a `<tableColumn>`. */
export function stripTableColumnChildren(xml: string): string {
  const parser = new SaxesParser({ xmlns: false });
  const out: string[] = [];
  let depthInColumn = 0; // 1 = inside <tableColumn> itself; deeper = a child to drop
  let pendingOpen = false; // the last open tag is not closed with ">" yet (it may self-close)
  const flush = () => {
    if (pendingOpen) out.push(">");
    pendingOpen = false;
  };
  parser.on("xmldecl", (d) => {
    const standalone = d.standalone ? ` standalone="${d.standalone}"` : "";
    out.push(`<?xml version="${d.version ?? "1.0"}" encoding="${d.encoding ?? "UTF-8"}"${standalone}?>`);
  });
  parser.on("opentag", (tag) => {
    if (depthInColumn >= 1) {
      depthInColumn += 1;
      if (depthInColumn > 1) return;
    }
    if (depthInColumn === 0 && localName(tag.name) === "tableColumn") depthInColumn = 1;
    flush();
    const attrs = Object.entries(tag.attributes as Record<string, string>)
      .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
      .join("");
    out.push(`<${tag.name}${attrs}`);
    pendingOpen = true;
  });
  parser.on("text", (t) => {
    if (depthInColumn > 1) return;
    flush();
    out.push(escapeText(t));
  });
  parser.on("cdata", (t) => {
    if (depthInColumn > 1) return;
    flush();
    out.push(escapeText(t));
  });
  parser.on("closetag", (tag) => {
    if (depthInColumn > 1) {
      depthInColumn -= 1;
      return;
    }
    if (depthInColumn === 1) depthInColumn = 0;
    if (pendingOpen) {
      out.push("/>");
      pendingOpen = false;
    } else out.push(`</${tag.name}>`);
  });
  parser.write(xml).close();
  return out.join("");
}

/** Paths of the package's table parts: by content type, as the package says ([Content_Types].xml). */
async function tableParts(zip: JSZip): Promise<string[]> {
  const types = await zip.file("[Content_Types].xml")?.async("string");
  if (!types) return [];
  const parts: string[] = [];
  const parser = new SaxesParser({ xmlns: false });
  parser.on("opentag", (tag) => {
    const a = tag.attributes as Record<string, string>;
    if (localName(tag.name) === "Override" && a.ContentType === TABLE_CONTENT_TYPE && a.PartName)
      parts.push(a.PartName.replace(/^\//, ""));
  });
  parser.write(types).close();
  return parts;
}

const NOT_XLSX = (file: string, why: string) =>
  new WorkbookReadError(
    `无法读取工作簿 ${file}：不是有效的 .xlsx 文件（${why}）`,
    `cannot read the workbook ${file}: not a valid .xlsx file (${why})`,
  );

/** Loads an .xlsx for reading: formulas with their cached results, tables, defined names. */
export async function loadWorkbookForReading(bytes: Uint8Array, file = "工作簿"): Promise<ExcelJS.Workbook> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw NOT_XLSX(file, e instanceof Error ? e.message : String(e));
  }
  if (!zip.file("xl/workbook.xml") && !(await zip.file("[Content_Types].xml")?.async("string"))?.includes("sheet.main"))
    throw NOT_XLSX(file, "没有工作簿部件 / no workbook part");
  for (const part of await tableParts(zip)) {
    const entry = zip.file(part);
    if (!entry) continue;
    try {
      zip.file(part, stripTableColumnChildren(await entry.async("string")));
    } catch (e) {
      throw NOT_XLSX(file, `${part}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const patched = await zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(patched as unknown as ArrayBuffer);
  } catch (e) {
    throw NOT_XLSX(file, e instanceof Error ? e.message : String(e));
  }
  return wb;
}
