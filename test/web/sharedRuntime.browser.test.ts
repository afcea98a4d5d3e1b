/**
 * The page as Excel's shared runtime uses it, and the pane's later parts on a flaky network. Real
 * Chromium loads the BUILT page (dist/) from the bundled static server.
 *
 * - Inside Excel with the pane not shown (the runtime started for the custom functions), the page
 *   registers every function and reads the workbook's catalog, but builds no UI and loads neither the
 *   pane's chunks nor the full catalog; when the pane is shown (Office.addin.onVisibilityModeChanged,
 *   or the page becoming visible) the list appears, then the full pane. office.js is replaced by a
 *   stand-in that reports host Excel and records what the page asks of it.
 * - In a plain browser, a chunk that fails to load is reported in Chinese first, the list stays usable
 *   (ticks kept), and trying again loads it; the same for the .xlsx writer on the first download.
 *
 * Needs `npm run build` first and Chromium: fails on CI when Chromium is missing, skips elsewhere.
 */
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { builtFunctionIds, CHROMIUM, openBuild, routeOfficeJs } from "../support/chromium";
import { requireBinary } from "../support/libreoffice";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");

const run = requireBinary("Chromium (/usr/bin/chromium)", CHROMIUM);
const maybe = run ? describe : describe.skip;

/** office.js inside Excel, as far as the page uses it; the workbook has no embedded catalog. */
const EXCEL_OFFICE_JS = `
window.__office = { associated: [], excelRuns: 0, showPane: null };
window.Office = {
  onReady: function () { return Promise.resolve({ host: "Excel", platform: "PC" }); },
  context: { requirements: { isSetSupported: function () { return true; } } },
  addin: {
    onVisibilityModeChanged: function (handler) {
      window.__office.showPane = function () { handler({ visibilityMode: "Taskpane" }); };
      return Promise.resolve(function () { return Promise.resolve(); });
    }
  }
};
window.Excel = {
  run: function (batch) {
    window.__office.excelRuns++;
    var sheet = { load: function () {}, isNullObject: true };
    return Promise.resolve(batch({
      workbook: { worksheets: { getItemOrNullObject: function () { return sheet; } } },
      sync: function () { return Promise.resolve(); }
    }));
  }
};
window.CustomFunctions = {
  associate: function (id) { window.__office.associated.push(String(id).toUpperCase()); },
  Error: function (code, message) { this.code = code; this.message = message; },
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!", divisionByZero: "#DIV/0!" }
};
`;

/** The runtime's page while the pane is not shown: document.visibilityState "hidden" until __visible. */
const HIDDEN_PAGE = `
Object.defineProperty(Document.prototype, "visibilityState", { configurable: true, get: function () { return window.__visible ? "visible" : "hidden"; } });
Object.defineProperty(Document.prototype, "hidden", { configurable: true, get: function () { return !window.__visible; } });
`;

/** Office's dark theme (the body background Excel reports in its "Black" theme). */
const DARK_OFFICE_THEME = `window.Office.context.officeTheme = { bodyBackgroundColor: "#262626" };`;

const functionIds = () => builtFunctionIds(DIST).sort();

maybe("the shared runtime page and the pane's lazy parts", () => {
  let browser: Browser;
  let url: string;
  let close = async () => {};

  beforeAll(async () => {
    ({ browser, url, close } = await openBuild(DIST));
  }, 60_000);

  afterAll(async () => {
    await close();
  });

  async function open(options: { excelHidden?: boolean; excelDark?: boolean }) {
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 460, height: 1100 },
      locale: "zh-CN",
    });
    const page = await context.newPage();
    if (options.excelHidden) await page.addInitScript(HIDDEN_PAGE);
    await routeOfficeJs(
      page,
      options.excelHidden ? EXCEL_OFFICE_JS : options.excelDark ? EXCEL_OFFICE_JS + DARK_OFFICE_THEME : undefined,
    );
    const requested: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    page.on("pageerror", (e) => errors.push(String(e)));
    return { page, requested, errors };
  }

  const chunk = (requested: string[], name: string) => requested.filter((p) => p.startsWith(`/chunks/${name}.`));
  const sourceList = (page: Page) => page.getByRole("list", { name: /政策来源/ });

  async function hiddenRuntime() {
    const opened = await open({ excelHidden: true });
    await opened.page.goto(url + "taskpane.html");
    const ids = functionIds();
    await opened.page.waitForFunction(
      (n) => {
        const o = (window as unknown as { __office: { associated: string[]; excelRuns: number } }).__office;
        return o.associated.length >= n && o.excelRuns > 0;
      },
      ids.length,
      { timeout: 30_000 },
    );
    const associated = await opened.page.evaluate(
      () => (window as unknown as { __office: { associated: string[] } }).__office.associated,
    );
    expect([...new Set(associated)].sort()).toEqual(ids);
    // Give a UI every chance to appear before checking that none did.
    await opened.page.waitForLoadState("networkidle");
    await expect(opened.page.locator("#container > *").count()).resolves.toBe(0);
    expect(chunk(opened.requested, "pane")).toEqual([]);
    expect(chunk(opened.requested, "catalog")).toEqual([]);
    expect(chunk(opened.requested, "embedded")).toHaveLength(1);
    return opened;
  }

  test("pane not shown: functions registered, workbook catalog read, no UI; shown: the list, then the full pane", async () => {
    const { page, requested, errors } = await hiddenRuntime();
    await page.evaluate(() => (window as unknown as { __office: { showPane(): void } }).__office.showPane());
    await sourceList(page).waitFor({ timeout: 30_000 });
    await page.getByText("支持自定义函数").first().waitFor({ timeout: 30_000 });
    expect(chunk(requested, "pane")).toHaveLength(1);
    expect(chunk(requested, "catalog")).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);

  test("the pane also appears when the page itself becomes visible", async () => {
    const { page, errors } = await hiddenRuntime();
    await page.evaluate(() => {
      (window as unknown as { __visible: boolean }).__visible = true;
      document.dispatchEvent(new Event("visibilitychange"));
    });
    await sourceList(page).waitFor({ timeout: 30_000 });
    await page.getByText("支持自定义函数").first().waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);

  test("a chunk that fails to load: Chinese-first error, ticks kept, trying again loads it", async () => {
    const { page, requested } = await open({});
    let failures = 1;
    await page.route(/\/chunks\/pane\.[^/]*\.js$/, (route) =>
      failures-- > 0 ? route.abort("connectionreset") : route.continue(),
    );
    await page.goto(url + "taskpane.html");
    const alert = page.getByRole("alert");
    await alert.waitFor({ timeout: 30_000 });
    await expect(alert.textContent()).resolves.toMatch(
      /^部分程序未能加载.*网络.*Part of the add-in could not be loaded/,
    );
    // The list works meanwhile.
    await sourceList(page)
      .getByRole("checkbox", { name: /大冶制造强市/ })
      .check();
    await page.getByRole("button", { name: /重试/ }).click();
    await page.getByText("未在 Excel 中运行").first().waitFor({ timeout: 30_000 });
    await expect(page.getByRole("alert").count()).resolves.toBe(0);
    await expect(
      sourceList(page)
        .getByRole("checkbox", { name: /大冶制造强市/ })
        .isChecked(),
    ).resolves.toBe(true);
    expect(chunk(requested, "pane")).toHaveLength(2);
    await page.context().close();
  }, 90_000);

  test("ticking on the first paint, by keyboard: ticks and focus stay on the same source when the full pane arrives", async () => {
    const { page } = await open({});
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/chunks\/pane\.[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // Not "load": the held chunk may be asked for before the load event, which then waits for it.
    await page.goto(url + "taskpane.html", { waitUntil: "domcontentloaded" });
    const bank = sourceList(page).getByRole("checkbox", { name: /银行业金融机构考评/ });
    await bank.focus();
    await page.keyboard.press("Space");
    await expect(page.getByText("正在加载").first().isVisible()).resolves.toBe(true);
    release();
    await page.getByText("未在 Excel 中运行").first().waitFor({ timeout: 30_000 });
    await expect(bank.isChecked()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.closest("li")?.getAttribute("data-source"))).resolves.toBe(
      "HS-BANK-2024",
    );
    // The full pane's preview already counts the ticked source.
    await page.getByText("银行考评").first().waitFor({ timeout: 30_000 });
    await page.context().close();
  }, 90_000);

  test("the .xlsx writer failing to load on the first download: a clear error, and the next download works", async () => {
    const { page, requested } = await open({});
    let failures = 1;
    await page.route(/\/chunks\/xlsx\.[^/]*\.js$/, (route) =>
      failures-- > 0 ? route.abort("connectionreset") : route.continue(),
    );
    await page.goto(url + "taskpane.html");
    await page.getByText("未在 Excel 中运行").first().waitFor({ timeout: 30_000 });
    await sourceList(page)
      .getByRole("checkbox", { name: /大冶制造强市/ })
      .check();
    const download = page.getByRole("button", { name: /下载 \.xlsx/ });
    await download.click();
    await page
      .getByText(/部分程序未能加载/)
      .first()
      .waitFor({ timeout: 30_000 });
    // The pane's failure message: its title, then the reason in Chinese first; webpack's own words last.
    const message =
      (await page
        .getByText(/Loading chunk/)
        .first()
        .textContent()) ?? "";
    expect(message).toMatch(
      /未能完成.*部分程序未能加载.*请检查网络后重试 \/ Part of the add-in could not be loaded.*\(Loading chunk/s,
    );
    const [file] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), download.click()]);
    expect(file.suggestedFilename()).toMatch(/^对标-DY-MFG-2024/);
    expect(chunk(requested, "xlsx").length).toBeGreaterThanOrEqual(2);
    await page.context().close();
  }, 120_000);
  /** The full pane's background, as the user sees it. */
  const paneBackground = (page: Page) =>
    page.evaluate(() => getComputedStyle(document.querySelector("#container main") as Element).backgroundColor);

  test("a dark Office: the pane paints with Fluent's dark theme, loaded as its own chunk; a light page never asks for it", async () => {
    const dark = await open({ excelDark: true });
    await dark.page.goto(url + "taskpane.html");
    await dark.page.getByText("支持自定义函数").first().waitFor({ timeout: 30_000 });
    await expect(paneBackground(dark.page)).resolves.toBe("rgb(41, 41, 41)");
    expect(chunk(dark.requested, "theme-dark")).toHaveLength(1);
    expect(dark.errors).toEqual([]);
    await dark.page.context().close();

    const light = await open({});
    await light.page.goto(url + "taskpane.html");
    await light.page.getByText("未在 Excel 中运行").first().waitFor({ timeout: 30_000 });
    await expect(paneBackground(light.page)).resolves.toBe("rgb(255, 255, 255)");
    expect(chunk(light.requested, "theme-dark")).toEqual([]);
    await light.page.context().close();
  }, 90_000);

  test("a dark Office whose theme chunk cannot load: the pane still appears, in the light theme", async () => {
    const { page, requested, errors } = await open({ excelDark: true });
    await page.route(/\/chunks\/theme-dark\.[^/]*\.js$/, (route) => route.abort("connectionreset"));
    await page.goto(url + "taskpane.html");
    await page.getByText("支持自定义函数").first().waitFor({ timeout: 30_000 });
    await expect(paneBackground(page)).resolves.toBe("rgb(255, 255, 255)");
    expect(chunk(requested, "theme-dark")).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);
});
