/**
 * The rule reference (奖补规则) and the calculator (奖补测算) print as the other sheets do
 * (src/workbook/print.ts; docs/WORKBOOK.md, "Printing"): the portable workbook of one source, printed to
 * PDF by LibreOffice, shows on every page of those two sheets the sheet's title (page header and row
 * 1), the live report date, the table's first and last header (one page wide, header repeated) and
 * 第 n 页，共 m 页; and the file says so in its pageSetup and print titles.
 *
 * Needs LibreOffice (soffice) and pdftotext (poppler-utils): fails on CI when missing, skips elsewhere.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { builtInCatalog } from "../../../src/catalog";
import { fillSampleActuals } from "../../../src/demo/sampleActuals";
import { buildPlan } from "../../../src/workbook";
import { renderXlsx } from "../../../src/workbook/xlsx/render";
import { convertWithLibreOffice, findSoffice, requireBinary } from "../../support/libreoffice";

const soffice = findSoffice();
const pdftotext = spawnSync("sh", ["-c", "command -v pdftotext"], { encoding: "utf8" }).stdout.trim() || null;
const run = requireBinary("LibreOffice (soffice)", soffice) && requireBinary("pdftotext (poppler-utils)", pdftotext);
const maybe = run ? describe : describe.skip;

const REPORT_DATE = "2024-12-31";

maybe("the rule reference and the calculator print like the other sheets", () => {
  test("A4 landscape, one page wide, title, report date, header row and page numbers on every page", async () => {
    const catalog = builtInCatalog();
    const plan = fillSampleActuals(
      catalog,
      buildPlan(catalog, ["DY-MFG-2024"], { form: "portable", reportDate: REPORT_DATE }),
      REPORT_DATE,
    );
    const bytes = await renderXlsx(plan, { form: "portable" });

    // In the file: pageSetup, header and footer, and the print titles down to the table's header.
    const zip = await JSZip.loadAsync(bytes);
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    const sheets = [
      { kind: "rules", title: "奖补规则一览（金额单位：万元）", first: "ID", last: "奖补合计（万元）" },
      { kind: "calculator", title: "奖补测算（金额单位：万元）", first: "企业名称", last: "计算说明" },
    ] as const;
    for (const s of sheets) {
      const index = plan.sheets.findIndex((p) => p.kind === s.kind);
      const sheet = plan.sheets[index];
      const xml = await zip.file(`xl/worksheets/sheet${index + 1}.xml`)!.async("string");
      const pageSetup = /<pageSetup\b[^>]*>/.exec(xml)?.[0] ?? "";
      expect({ sheet: sheet.name, pageSetup }).toEqual({
        sheet: sheet.name,
        pageSetup: expect.stringMatching(/paperSize="9"/),
      });
      expect(pageSetup).toMatch(/orientation="landscape"/);
      expect(pageSetup).toMatch(/fitToWidth="1"/);
      expect(pageSetup).toMatch(/fitToHeight="0"/);
      expect(xml).toMatch(/<pageSetUpPr[^>]*fitToPage="1"/);
      expect(xml).toContain(`<oddHeader>&amp;C${s.title}</oddHeader>`);
      expect(xml).toContain("<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter>");
      const titleRows = plan.sheets[index].print!.titleRows;
      expect(workbookXml).toMatch(
        new RegExp(`<definedName name="_xlnm\\.Print_Titles" localSheetId="${index}">[^<]*\\$1:\\$${titleRows}<`),
      );
    }

    // As printed.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duibiao-print-"));
    let pages: string[];
    try {
      const file = path.join(dir, "portable.xlsx");
      fs.writeFileSync(file, bytes);
      const pdf = convertWithLibreOffice(file, "pdf", soffice!);
      pages = execFileSync(pdftotext!, ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f");
      fs.rmSync(path.dirname(pdf), { recursive: true, force: true });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    // Sheet order: … 奖补规则, 奖补测算 (the last printed sheet of this source).
    const start = (title: string) => pages.findIndex((p) => p.includes(title));
    const rulePages = pages.slice(start(sheets[0].title), start(sheets[1].title));
    const calculatorPages = pages.slice(start(sheets[1].title)).filter((p) => p.trim() !== "");
    expect(rulePages.length).toBeGreaterThanOrEqual(1);
    expect(calculatorPages.length).toBeGreaterThanOrEqual(1);
    const missing: string[] = [];
    for (const [s, list] of [
      [sheets[0], rulePages],
      [sheets[1], calculatorPages],
    ] as const)
      list.forEach((text, i) => {
        for (const want of [s.title, `报告日期：${REPORT_DATE}`, s.first, s.last])
          if (!text.includes(want)) missing.push(`${s.kind} page ${i + 1}: no ${want}`);
        if (!/第 \d+ 页，共 \d+ 页/.test(text)) missing.push(`${s.kind} page ${i + 1}: no page number`);
      });
    expect(missing).toEqual([]);
  }, 180_000);
});
