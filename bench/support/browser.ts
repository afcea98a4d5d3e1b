/**
 * The built page (dist/taskpane.html) in Debian's Chromium, as the browser tests load it: served by
 * scripts/static-server.js, office.js answered from node_modules where the page asks Microsoft's CDN.
 * Each load is cold: a fresh browser context (empty cache, no service worker). The CPU can be slowed
 * with Chromium's own throttling (DevTools protocol Emulation.setCPUThrottlingRate: rate 4 = a
 * quarter of this machine's speed, chromedevtools.github.io/devtools-protocol/tot/Emulation/#method-setCPUThrottlingRate),
 * our stand-in for a government PC.
 */
import * as path from "path";
import type { Page } from "playwright-core";
import { builtFunctionIds, openBuild, routeOfficeJs, type BuildSession } from "../../test/support/chromium";

const ROOT = path.resolve(__dirname, "../..");
/** The built add-in; BENCH_DIST points elsewhere (e.g. a build of an older commit, for before/after figures). */
export const DIST = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(ROOT, "dist");

/** Chromium and the served build (BENCH_DIST or dist/). */
export function openBrowser(): Promise<BuildSession> {
  return openBuild(DIST);
}

/** Ids Excel registers, as CustomFunctions.associate receives them. */
export function functionIds(): string[] {
  return builtFunctionIds(DIST);
}

/**
 * The script run in the page before any other (plain JavaScript text: a transpiled function would
 * carry the bundler's helpers). It records in window.__bench when the last function is associated and
 * when the list of sources is on screen (in the DOM with items, then the next animation frame), with
 * the resources fetched by then. office.js defines its own CustomFunctions, even outside Office, and
 * replaces the object or its `associate`: the probe keeps one object whose `associate` records the id
 * and then calls office.js's own.
 */
function pageProbe(expected: string[]): string {
  return `(() => {
  const expected = ${JSON.stringify(expected)};
  const bench = (window.__bench = { list: 0, functions: 0, resources: [] });
  const seen = new Set();
  let officeAssociate = null;
  const record = function (id, fn) {
    seen.add(String(id).toUpperCase());
    if (!bench.functions && expected.every((e) => seen.has(e))) bench.functions = performance.now();
    if (officeAssociate) return officeAssociate.apply(this, arguments);
  };
  const probe = {};
  Object.defineProperty(probe, "associate", { enumerable: true, get: () => record, set: (fn) => (officeAssociate = fn) });
  Object.defineProperty(window, "CustomFunctions", {
    configurable: true,
    get: () => probe,
    set: (v) => {
      if (v && v !== probe) for (const k of Object.keys(v)) probe[k] = v[k];
    },
  });
  const listShown = () => {
    const ul = document.querySelector('ul[aria-label^="政策来源"]');
    return !!ul && ul.querySelectorAll("li").length > 0 && ul.getBoundingClientRect().height > 0;
  };
  new MutationObserver((_, observer) => {
    if (bench.list || !listShown()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      bench.list = performance.now();
      bench.resources = performance.getEntriesByType("resource").map((e) => e.name);
    });
  }).observe(document, { childList: true, subtree: true });
})();`;
}

export interface ColdLoad {
  /** ms from navigation start until the list of sources was on screen. */
  listVisibleMs: number;
  /** ms from navigation start until every function was associated (CustomFunctions stubbed in the page). */
  functionsReadyMs: number;
  /** Our own scripts (paths under dist/) the page requested before the list was on screen. */
  scriptsBeforeList: string[];
  page: Page;
}

/**
 * One cold load of the page. In the page, before any script: a stand-in CustomFunctions that records
 * when the last function is associated, and a MutationObserver that records when the list of sources
 * (ul[aria-label^=政策来源] with items) is in the DOM, taking the next animation frame as "on screen".
 */
export async function coldLoad(
  session: BuildSession,
  options: { cpuSlowdown?: number; keepOpen?: boolean } = {},
): Promise<ColdLoad> {
  const context = await session.browser.newContext({ viewport: { width: 460, height: 1100 }, locale: "zh-CN" });
  const page = await context.newPage();
  await routeOfficeJs(page);
  const ids = functionIds();
  await page.addInitScript(pageProbe(ids));
  const scripts: { url: string; at: number }[] = [];
  const t0 = Date.now();
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push({ url: r.url(), at: Date.now() - t0 });
  });
  if (options.cpuSlowdown && options.cpuSlowdown > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: options.cpuSlowdown });
  }
  await page.goto(session.url + "taskpane.html");
  await page.waitForFunction(
    () => {
      const b = (window as unknown as { __bench: { list: number; functions: number } }).__bench;
      return b.list > 0 && b.functions > 0;
    },
    null,
    { timeout: 60_000, polling: 50 },
  );
  const bench = await page.evaluate(
    () => (window as unknown as { __bench: { list: number; functions: number; resources: string[] } }).__bench,
  );
  // Scripts fetched by the time the list was on screen: those the page's resource timing lists then,
  // and those whose request Chromium reported before that moment (wall clock; still in flight).
  const origin = await page.evaluate(() => performance.timeOrigin);
  const own = (u: string) => u.startsWith(session.url) && /\.js(\?|$)/.test(u);
  const before = [
    ...bench.resources.filter(own),
    ...scripts.filter((s) => own(s.url) && t0 + s.at <= origin + bench.list).map((s) => s.url),
  ].map((u) => u.slice(session.url.length));
  if (!options.keepOpen) await context.close();
  return {
    listVisibleMs: Math.round(bench.list),
    functionsReadyMs: Math.round(bench.functions),
    scriptsBeforeList: [...new Set(before)],
    page,
  };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
