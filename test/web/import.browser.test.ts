/**
 * The web page (the pane outside Excel) imports a policy of the user's own: paste an indicator table
 * or choose an .xlsx, see what was recognized and what needs review, name the source, and download the
 * template with it: its indicator sheet, and its entries in the workbook's embedded catalog. The
 * recognizer is not part of the page's first load: its chunk arrives when the import is opened.
 * Real Chromium on the BUILT page (npm run build first); fails on CI when Chromium is missing.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { readCatalogSheet } from "../../src/workbook/catalogSheet";
import { CHROMIUM, openBuild, routeOfficeJs } from "../support/chromium";
import { requireBinary } from "../support/libreoffice";
import { checkXlsx } from "../support/ooxmlCheck";
import { loadXlsx } from "../support/xlsxRead";

const DIST = path.resolve(__dirname, "../../dist");
const run = requireBinary("Chromium (/usr/bin/chromium)", CHROMIUM);
const maybe = run ? describe : describe.skip;

const ROWS = [
  ["序号", "类别", "指标", "单位", "2024年", "2027年", "属性"],
  ["1", "规模实力", "规上工业总产值", "亿元", "120", "170", "预期性"],
  ["2", "", "规上工业企业数", "家", "80", ">100", "预期性"],
  ["3", "绿色发展", "万元工业增加值能耗", "吨标准煤/万元", "0.8", "0.7", "约束性"],
];

maybe("the web page imports the user's own policy", () => {
  let browser: Browser;
  let url: string;
  let close = async () => {};
  let dir: string;

  beforeAll(async () => {
    ({ browser, url, close } = await openBuild(DIST));
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "duibiao-web-import-"));
  }, 60_000);
  afterAll(async () => {
    await close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function openImport(): Promise<{ page: Page; requested: string[]; errors: string[] }> {
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 460, height: 1400 },
      locale: "zh-CN",
    });
    const page = await context.newPage();
    await routeOfficeJs(page);
    const requested: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(url + "taskpane.html");
    await page.getByRole("button", { name: /导入政策来源/ }).waitFor({ timeout: 30_000 });
    expect(requested.some((u) => /\/chunks\/import\./.test(u))).toBe(false);
    await page.getByRole("button", { name: /导入政策来源/ }).click();
    await page.getByLabel(/粘贴指标表/).waitFor({ timeout: 30_000 });
    expect(requested.some((u) => /\/chunks\/import\./.test(u))).toBe(true);
    return { page, requested, errors };
  }

  async function downloadWith(page: Page, id: string, name: string): Promise<Buffer> {
    await page.getByRole("textbox", { name: /来源ID/ }).fill(id);
    await page.getByRole("textbox", { name: /名称/ }).fill(name);
    const [dl] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      page.getByRole("button", { name: /导入并下载/ }).click(),
    ]);
    const file = path.join(dir, dl.suggestedFilename());
    await dl.saveAs(file);
    return fs.readFileSync(file);
  }

  async function embeddedOf(bytes: Buffer) {
    const wb = await loadXlsx(bytes);
    const values: unknown[][] = [];
    wb.getWorksheet("_duibiao_catalog")!.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    return { wb, embedded: readCatalogSheet(values)! };
  }

  test("paste, review, refuse a built-in ID, download the template with the user's source", async () => {
    const { page, errors } = await openImport();
    await page.getByLabel(/粘贴指标表/).fill(ROWS.map((r) => r.join("\t")).join("\n"));
    await page.getByRole("button", { name: /识别/ }).click();
    await page.getByRole("heading", { name: /识别出 3 个指标/ }).waitFor();
    await expect(page.getByText(/^第4行 \/ line 4（03）：方向推断：名称含“能耗”/).count()).resolves.toBe(1);

    await page.getByRole("textbox", { name: /来源ID/ }).fill("HS-BANK-2024");
    await page.getByText(/是内置来源的ID，请换一个/).waitFor();
    expect(await page.getByRole("button", { name: /导入并下载/ }).isDisabled()).toBe(true);

    const bytes = await downloadWith(page, "MY-PLAN", "某县三年行动");
    expect(await checkXlsx(bytes)).toEqual([]);
    const { wb, embedded } = await embeddedOf(bytes);
    expect(wb.worksheets.map((w) => w.name)).toContain("指标·某县三年行动");
    expect(embedded.sources).toEqual(["MY-PLAN"]);
    expect(embedded.catalog.indicators.filter((i) => i.sourceId === "MY-PLAN").map((i) => i.id)).toEqual([
      "MY-PLAN.01",
      "MY-PLAN.02",
      "MY-PLAN.03",
    ]);
    await page.getByText(/已下载含 MY-PLAN 的工作簿/).waitFor();
    expect(errors).toEqual([]);
  }, 120_000);

  test("an .xlsx file is read as its cells show (a percent stays a percent)", async () => {
    const { page, errors } = await openImport();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("指标表");
    ws.addRows([...ROWS, ["4", "", "研发投入强度", "", "0.021", "0.03", "预期性"]]);
    for (const c of ["E5", "F5"]) {
      ws.getCell(c).value = Number(ws.getCell(c).value);
      ws.getCell(c).numFmt = "0.0%";
    }
    const file = path.join(dir, "表.xlsx");
    fs.writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    await page.getByLabel(/选择文件/).setInputFiles(file);
    await page.getByRole("heading", { name: /识别出 4 个指标/ }).waitFor({ timeout: 60_000 });
    const row = page.getByRole("row", { name: /研发投入强度/ });
    await expect(row.textContent()).resolves.toMatch(/^04研发投入强度%3$/);
    const bytes = await downloadWith(page, "XLSX-PLAN", "表格导入");
    const { embedded } = await embeddedOf(bytes);
    expect(embedded.catalog.indicators.find((i) => i.id === "XLSX-PLAN.04")).toMatchObject({ unit: "%", base: 2.1 });
    expect(errors).toEqual([]);
  }, 120_000);
});
