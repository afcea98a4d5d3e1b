/**
 * The task pane page opened in a plain browser (not in Excel) is a template builder: a user ticks
 * sources, picks the form and downloads an .xlsx. Real Chromium (Debian's, via playwright-core)
 * loads the BUILT page from a local server, with office.js served from node_modules where the page
 * asks Microsoft's CDN. The downloaded files are opened and checked; a screenshot is saved for the
 * README (docs/images/web-template-builder.png).
 *
 * Needs `npm run build` first and Chromium: fails on CI when Chromium is missing, skips elsewhere.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { checkXlsx } from "../support/ooxmlCheck";
import { formulaOf, loadXlsx } from "../support/xlsxRead";
import { CHROMIUM, openBuild, routeOfficeJs } from "../support/chromium";
import { requireBinary } from "../support/libreoffice";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const SCREENSHOT = path.join(ROOT, "docs/images/web-template-builder.png");

const run = requireBinary("Chromium (/usr/bin/chromium)", CHROMIUM);
const maybe = run ? describe : describe.skip;

maybe("the page in a plain browser builds and downloads templates", () => {
  let browser: Browser;
  let url: string;
  let close = async () => {};
  let downloads: string;

  beforeAll(async () => {
    ({ browser, url, close } = await openBuild(DIST));
    downloads = fs.mkdtempSync(path.join(os.tmpdir(), "duibiao-web-"));
  }, 60_000);

  afterAll(async () => {
    await close();
    if (downloads) fs.rmSync(downloads, { recursive: true, force: true });
  });

  async function openPage(): Promise<{ page: Page; requested: string[]; errors: string[] }> {
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 460, height: 1100 },
      locale: "zh-CN",
    });
    const page = await context.newPage();
    // office.js (and the files it loads) from the package instead of Microsoft's CDN.
    await routeOfficeJs(page);
    const requested: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(url + "taskpane.html");
    await page.getByText("未在 Excel 中运行").first().waitFor({ timeout: 30_000 });
    return { page, requested, errors };
  }

  async function download(page: Page, form: RegExp): Promise<string> {
    await page.getByRole("radio", { name: form }).check();
    const [dl] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      page.getByRole("button", { name: /下载 \.xlsx/ }).click(),
    ]);
    const file = path.join(downloads, dl.suggestedFilename());
    await dl.saveAs(file);
    return file;
  }

  test("tick sources, download both forms, open the files", async () => {
    const { page, requested, errors } = await openPage();
    await page.getByRole("checkbox", { name: /大冶制造强市/ }).check();
    await page.getByRole("checkbox", { name: /银行业金融机构考评/ }).check();
    // The plan preview lists the sheets that will be written.
    await page.getByText("银行考评").first().waitFor();

    // exceljs is not part of the page's initial load: it arrives with the first download.
    const xlsxChunk = (u: string) => /\/chunks\/.*\.js$/.test(u);
    const before = requested.filter(xlsxChunk).length;

    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    const portable = await download(page, /原生公式/);
    expect(requested.filter(xlsxChunk).length).toBeGreaterThan(before);
    expect(path.basename(portable)).toMatch(/^对标-DY-MFG-2024_HS-BANK-2024-通用版-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const full = await download(page, /加载项函数/);
    expect(path.basename(full)).not.toContain("通用版");

    for (const [file, form] of [
      [portable, "portable"],
      [full, "addin"],
    ] as const) {
      expect(await checkXlsx(fs.readFileSync(file))).toEqual([]);
      const wb = await loadXlsx(fs.readFileSync(file));
      const visible = wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name);
      expect(visible).toEqual([
        "说明",
        "汇总",
        "指标·大冶制造强市三年行动",
        "任务·大冶制造强市三年行动",
        "填报记录",
        "奖补规则",
        "奖补测算",
        "银行考评",
      ]);
      expect(wb.worksheets.some((w) => w.name === "_duibiao_catalog" && w.state === "veryHidden")).toBe(true);
      const ind = wb.getWorksheet("指标·大冶制造强市三年行动")!;
      const header = (ind.getRow(3).values as unknown[]).slice(1);
      const gapCol = header.indexOf("缺口") + 1;
      expect(gapCol).toBeGreaterThan(0);
      const gap = formulaOf(ind.getCell(4, gapCol))!;
      if (form === "addin") expect(gap).toContain("_xldudf_POLICY_GAPTOTARGET(");
      else expect(gap).not.toMatch(/POLICY/);
      const bank = wb.getWorksheet("银行考评")!;
      let scores = 0;
      bank.eachRow((row) =>
        row.eachCell((cell) => {
          const f = formulaOf(cell);
          if (f && (form === "addin" ? /_xldudf_POLICY_SCORE\(/.test(f) : /^IF\(/.test(f))) scores++;
        }),
      );
      expect(scores).toBeGreaterThan(100);
    }
    expect(errors.filter((e) => !/CustomFunctions/.test(e))).toEqual([]);
  }, 120_000);
});
