/**
 * Where Office falls back to Internet Explorer 11 (an add-in with <Runtimes> and no WebView2), the
 * pane must say what to do instead of staying blank. Real Chromium loads the BUILT page from the
 * bundled static server with a Trident user agent: the bilingual message is visible, with the web
 * page's address on the same host, and no bundle was fetched or run. With Chromium's own user agent
 * the app starts as before.
 *
 * Needs `npm run build` first and Chromium: fails on CI when Chromium is missing, skips elsewhere.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM, openBuild, routeOfficeJs } from "../support/chromium";
import { requireBinary } from "../support/libreoffice";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const SCREENSHOT = path.join(ROOT, "docs/images/legacy-webview.png");
const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko";

const run = requireBinary("Chromium (/usr/bin/chromium)", CHROMIUM);
const maybe = run ? describe : describe.skip;

maybe("the page in a legacy webview", () => {
  let browser: Browser;
  let url: string;
  let close = async () => {};

  beforeAll(async () => {
    ({ browser, url, close } = await openBuild(DIST));
  }, 60_000);

  afterAll(() => close());

  async function open(userAgent?: string, suffix = ""): Promise<{ page: Page; requested: string[]; errors: string[] }> {
    const context = await browser.newContext({ userAgent, viewport: { width: 360, height: 900 }, locale: "zh-CN" });
    const page = await context.newPage();
    await routeOfficeJs(page);
    const requested: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(url + "taskpane.html" + suffix);
    return { page, requested, errors };
  }

  const ownScripts = (requested: string[]) =>
    requested.filter((u) => u.startsWith(url) && /\.js(\?|$)/.test(u)).map((u) => new URL(u).pathname);

  test("a Trident user agent gets the message in Chinese and English, and the app does not start", async () => {
    const { page, requested, errors } = await open(IE11, "?et=1#top");
    const message = page.getByRole("alert");
    await message.waitFor({ timeout: 30_000 });
    await expect(message.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "对标无法在此 Office 的网页组件中运行",
    );
    const text = (await message.textContent()) ?? "";
    expect(text).toContain("Duibiao cannot run in this Office webview");
    // Where to go instead: the same page's address (no query), the portable copy, which Office works.
    const address = url + "taskpane.html";
    await expect(message.getByRole("link", { name: address, exact: true }).getAttribute("href")).resolves.toBe(address);
    await expect(message.getByRole("link", { name: url + "help.html" }).isVisible()).resolves.toBe(true);
    expect(text).toMatch(/通用版/);
    expect(text).toMatch(/portable copy/);
    expect(text).toMatch(/WebView2/);
    expect(text).toMatch(/Microsoft 365、Office 2021/);
    await expect(message.isVisible()).resolves.toBe(true);
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    // The app did not start: no bundle fetched, nothing rendered by React, no script error.
    await page.waitForLoadState("networkidle");
    expect(ownScripts(requested)).toEqual([]);
    await expect(page.locator("#container > :not(#duibiao-legacy)").count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  test("a current browser starts the app, loading the bundles in order", async () => {
    const { page, requested, errors } = await open();
    await page.getByText("未在 Excel 中运行").first().waitFor({ timeout: 30_000 });
    await expect(page.getByRole("alert").filter({ hasText: "对标无法" }).count()).resolves.toBe(0);
    expect(ownScripts(requested).slice(0, 3)).toEqual(["/functions.js", "/commands.js", "/taskpane.js"]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);
});
