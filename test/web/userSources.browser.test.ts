/**
 * A colleague opens a shared workbook that holds a built-in source and the user's own MY-PLAN, on a
 * slow PC: the list of built-in sources is ticked by keyboard while the rest of the pane loads; when
 * the full pane arrives, the ticks and the focus stay where they were, the sources the workbook holds
 * are ticked, and MY-PLAN (from the workbook's embedded catalog) is listed last, marked 自定义.
 * Real Chromium loads the BUILT page (dist/), with office.js replaced by a stand-in for Excel whose
 * workbook holds the catalog sheet the plan writes. Needs `npm run build` first and Chromium: fails
 * on CI when Chromium is missing, skips elsewhere.
 */
import * as path from "path";
import type { Browser } from "playwright-core";
import { builtInCatalog } from "../../src/catalog";
import { buildImport } from "../../src/taskpane/import/engine";
import { buildPlan } from "../../src/workbook/buildPlan";
import { parseRange } from "../../src/workbook/a1";
import { CHROMIUM, openBuild, routeOfficeJs } from "../support/chromium";
import { requireBinary } from "../support/libreoffice";

const DIST = path.resolve(__dirname, "../../dist");
const run = requireBinary("Chromium (/usr/bin/chromium)", CHROMIUM);
const maybe = run ? describe : describe.skip;

const TABLE = [
  "序号\t类别\t指标\t单位\t2024年\t2027年\t属性",
  "1\t规模实力\t规上工业总产值\t亿元\t120\t170\t预期性",
].join("\n");

/** The cells A1:E401 of the workbook's catalog sheet, as the plan writes them. */
function catalogSheetValues(): unknown[][] {
  const built = buildImport(builtInCatalog(), { table: TABLE }, { id: "MY-PLAN", name: "某县制造业三年行动" });
  if (!built.ok) throw new Error(built.errors.join("\n"));
  const plan = buildPlan(built.catalog, ["DY-MFG-2024", "MY-PLAN"], { form: "addin", reportDate: "2025-06-30" });
  const values: unknown[][] = Array.from({ length: 401 }, () => ["", "", "", "", ""]);
  for (const c of plan.sheets.find((s) => s.key === "catalog")!.cells) {
    const { row, col } = parseRange(c.address).from;
    values[row - 1][col - 1] = c.value;
  }
  return values;
}

/** office.js inside Excel, visible pane; the workbook holds the catalog sheet above. */
const excelOfficeJs = (values: unknown[][]) => `
window.Office = {
  onReady: function () { return Promise.resolve({ host: "Excel", platform: "PC" }); },
  context: { requirements: { isSetSupported: function () { return true; } } },
  addin: { onVisibilityModeChanged: function () { return Promise.resolve(function () { return Promise.resolve(); }); } }
};
window.Excel = {
  run: function (batch) {
    var sheet = {
      load: function () {}, isNullObject: false,
      getRange: function () { return { load: function () {}, values: ${JSON.stringify(values)} }; }
    };
    return Promise.resolve(batch({
      workbook: {
        worksheets: { getItemOrNullObject: function () { return sheet; } },
        application: { calculate: function () {} }
      },
      sync: function () { return Promise.resolve(); }
    }));
  }
};
window.CustomFunctions = {
  associate: function () {},
  Error: function (code, message) { this.code = code; this.message = message; },
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!", divisionByZero: "#DIV/0!" }
};
`;

maybe("a shared workbook's user source in the pane's list", () => {
  let browser: Browser;
  let url: string;
  let close = async () => {};

  beforeAll(async () => {
    ({ browser, url, close } = await openBuild(DIST));
  }, 60_000);

  afterAll(async () => {
    await close();
  });

  test("ticks and focus from the first paint stay; the workbook's sources arrive ticked, MY-PLAN last and marked 自定义", async () => {
    const context = await browser.newContext({ viewport: { width: 460, height: 1100 }, locale: "zh-CN" });
    const page = await context.newPage();
    await routeOfficeJs(page, excelOfficeJs(catalogSheetValues()));
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/chunks\/pane\.[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(url + "taskpane.html", { waitUntil: "domcontentloaded" });
    const list = page.getByRole("list", { name: /政策来源/ });
    const bank = list.getByRole("checkbox", { name: /银行业金融机构考评/ });
    await bank.waitFor({ timeout: 30_000 });
    await bank.focus();
    await page.keyboard.press("Space");
    await expect(bank.isChecked()).resolves.toBe(true);
    release();

    const mine = list.getByRole("checkbox", { name: /某县制造业三年行动/ });
    await mine.waitFor({ timeout: 60_000 });
    await expect(mine.isChecked()).resolves.toBe(true);
    await expect(list.getByRole("checkbox", { name: /大冶制造强市/ }).isChecked()).resolves.toBe(true);
    await expect(bank.isChecked()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.closest("li")?.getAttribute("data-source"))).resolves.toBe(
      "HS-BANK-2024",
    );
    const ids = await list
      .locator("li[data-source]")
      .evaluateAll((lis) => lis.map((li) => li.getAttribute("data-source")));
    expect(ids.at(-1)).toBe("MY-PLAN");
    expect(ids.slice(0, -1)).toEqual(builtInCatalog().sources.map((s) => s.id));
    await expect(list.locator('li[data-source="MY-PLAN"]').textContent()).resolves.toMatch(/自定义 user.*已在工作簿中/);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
