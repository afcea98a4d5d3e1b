/**
 * The pane's first paint is in the page itself (src/taskpane/prerender.tsx, rendered at build time):
 * on a slow PC the list of sources is on screen, and can be ticked, before any of our scripts has
 * run; when they have, the pane keeps what was ticked and where the keyboard was. Real Chromium loads
 * the BUILT page (dist/). Needs `npm run build` first and Chromium: fails on CI when Chromium is
 * missing, skips elsewhere.
 */
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import type { Browser } from "playwright-core";
import { CHROMIUM, openBuild, routeOfficeJs } from "../support/chromium";
import { requireBinary } from "../support/libreoffice";
import summary from "../../src/catalog/summary";

const DIST = path.resolve(__dirname, "../../dist");
const run = requireBinary("Chromium (/usr/bin/chromium)", CHROMIUM);
const maybe = run ? describe : describe.skip;

maybe("the pane's first paint, before its scripts", () => {
  let browser: Browser;
  let url: string;
  let close = async () => {};

  beforeAll(async () => {
    ({ browser, url, close } = await openBuild(DIST));
  }, 60_000);

  afterAll(async () => {
    await close();
  });

  test("the list is on screen and can be ticked with taskpane.js not yet run; the tick and the focus carry over", async () => {
    const context = await browser.newContext({ viewport: { width: 460, height: 1100 }, locale: "zh-CN" });
    const page = await context.newPage();
    await routeOfficeJs(page);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/taskpane\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(url + "taskpane.html", { waitUntil: "commit" });
    const list = page.getByRole("list", { name: /政策来源/ });
    await list.waitFor();
    await expect(list.getByRole("checkbox").count()).resolves.toBe(summary.sources.length);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toMatch(/对标/);
    // No script of ours has run: the pane's React root does not exist yet.
    await expect(
      page.evaluate(() => Object.keys(document.getElementById("container")!).some((k) => k.startsWith("__react"))),
    ).resolves.toBe(false);

    const bank = list.getByRole("checkbox", { name: /银行业金融机构考评/ });
    await bank.focus();
    await page.keyboard.press("Space");
    await expect(bank.isChecked()).resolves.toBe(true);
    // It looks ticked without React: Fluent's checked colours on the box.
    const boxColour = () =>
      page.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('li[data-source="HS-BANK-2024"] input')!;
        return getComputedStyle(input.nextElementSibling!).backgroundColor;
      });
    const ticked = await boxColour();
    expect(ticked).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);

    release();
    await page.getByText("未在 Excel 中运行").first().waitFor({ timeout: 60_000 });
    await expect(list.getByRole("checkbox", { name: /银行业金融机构考评/ }).isChecked()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.closest("li")?.getAttribute("data-source"))).resolves.toBe(
      "HS-BANK-2024",
    );
    await expect(boxColour()).resolves.toBe(ticked);
    // One list, one title: the static markup was replaced, not kept beside the pane.
    await expect(page.getByRole("heading", { level: 1 }).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  test("a page that arrives slowly: the functions bundle runs before the list is parsed, and the list still shows", async () => {
    // The page is sent in two parts: everything up to the first paint's <template>, then, once the
    // functions bundle has been fetched and had time to run, the rest. The list must not be given up
    // because the bundle ran before the parser reached it.
    const html = await (await fetch(url + "taskpane.html")).text();
    const cut = html.search(/<template id="?db-first-paint/); // attribute quotes as the minifier left them
    expect(cut).toBeGreaterThan(0);
    let functionsServed!: () => void;
    const served = new Promise<void>((r) => (functionsServed = r));
    const slow = http.createServer(async (req, res) => {
      if (req.url === "/taskpane.html") {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.write(html.slice(0, cut));
        await served;
        await new Promise((r) => setTimeout(r, 1_000));
        res.end(html.slice(cut));
        return;
      }
      const answer = await fetch(url + (req.url ?? "/").slice(1));
      res.writeHead(answer.status, {
        "content-type": answer.headers.get("content-type") ?? "application/octet-stream",
      });
      res.end(Buffer.from(await answer.arrayBuffer()));
      if (/\/functions\.js$/.test(req.url ?? "")) functionsServed();
    });
    await new Promise<void>((r) => slow.listen(0, "127.0.0.1", r));
    const slowUrl = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/`;
    const context = await browser.newContext({ viewport: { width: 460, height: 1100 }, locale: "zh-CN" });
    try {
      const page = await context.newPage();
      await routeOfficeJs(page);
      // Held: whatever shows the list must be the page's first paint, not the pane's bundle.
      await page.route(/\/taskpane\.js$/, () => undefined);
      await page.goto(slowUrl + "taskpane.html", { waitUntil: "commit" });
      const list = page.getByRole("list", { name: /政策来源/ });
      await list.waitFor({ timeout: 30_000 });
      await expect(list.getByRole("checkbox").count()).resolves.toBe(summary.sources.length);
    } finally {
      functionsServed(); // never leave the page's second half waiting
      await context.close();
      slow.closeAllConnections();
      await new Promise((r) => slow.close(r));
    }
  }, 90_000);
});
