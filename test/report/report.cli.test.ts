/**
 * `duibiao report` through the real bin (the built CLI, or the sources through tsx), and the page
 * set-up the document carries (GB/T 9704-2012), read from its WordprocessingML.
 */
import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";
import { builtInCatalog } from "../../src/catalog";
import { buildPlan } from "../../src/workbook";
import { renderXlsx } from "../../src/workbook/xlsx/render";
import { duibiao, tempDirs } from "../cli/run";

const dir = tempDirs();
const mm = (x: number) => Math.round((x * 1440) / 25.4);

test("a template's 通报: written by the bin, A4 with the margins, fonts and sizes of GB/T 9704", async () => {
  const xlsx = path.join(dir(), "对标.xlsx");
  const plan = buildPlan(builtInCatalog(), ["DY-MFG-2024"], { form: "addin", reportDate: "2024-09-30" });
  fs.writeFileSync(xlsx, await renderXlsx(plan, { form: "addin" }));
  const out = path.join(dir(), "通报.docx");
  const r = duibiao(["report", xlsx, "--out", out, "--quiet"], { timeout: 240_000 });
  expect(r.code).toBe(0);
  expect(r.err).toContain("尚未填报任何实际值");
  expect(r.out).toContain(`已写出 / written: ${out}`);

  const zip = await JSZip.loadAsync(fs.readFileSync(out));
  const xml = await zip.file("word/document.xml")!.async("string");
  expect(xml).toContain("（截至2024年9月30日）");
  expect(xml).toContain("均尚未填报实际值");
  // A4 and the margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.
  expect(xml).toMatch(new RegExp(`<w:pgSz w:w="${mm(210)}" w:h="${mm(297)}"`));
  const margins = /<w:pgMar ([^>]*)\/>/.exec(xml)![1];
  expect(margins).toContain(`w:top="${mm(37)}"`);
  expect(margins).toContain(`w:bottom="${mm(35)}"`);
  expect(margins).toContain(`w:left="${mm(28)}"`);
  expect(margins).toContain(`w:right="${mm(26)}"`);
  // Title 2号 (22 pt = 44 half-points) 小标宋; body 3号 (32) 仿宋; headings 黑体; fixed 29 pt lines.
  expect(xml).toMatch(/w:eastAsia="方正小标宋简体"[^]*?<w:sz w:val="44"\/>/);
  expect(xml).toMatch(/w:eastAsia="仿宋_GB2312"[^]*?<w:sz w:val="32"\/>/);
  expect(xml).toMatch(/w:eastAsia="黑体"/);
  expect(xml).toMatch(/<w:spacing w:line="580" w:lineRule="exact"\/>/);
  // Page numbers on odd and even pages, 4号 (28 half-points).
  const footers = Object.keys(zip.files).filter((f) => /^word\/footer\d+\.xml$/.test(f));
  expect(footers.length).toBe(2);
  const footer = await zip.file(footers[0])!.async("string");
  expect(footer).toContain("PAGE");
  expect(footer).toContain('<w:sz w:val="28"/>');
  expect(await zip.file("word/settings.xml")!.async("string")).toContain("<w:evenAndOddHeaders/>");
}, 300_000);
