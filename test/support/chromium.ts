/**
 * Debian's Chromium driven by playwright-core, as every browser test and the page benches start it
 * (flags from ENVIRONMENT.md: no sandbox as root, no background networking on a closed network),
 * and the built page served by the bundled static server (scripts/static-server.js).
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";

const ROOT = path.resolve(__dirname, "../..");

/** Debian's Chromium, or null where it is not installed. */
export const CHROMIUM: string | null =
  ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p)) ?? null;

/** Where office.js and its mapping table are answered from, instead of Microsoft's CDN. */
export const OFFICE_JS_DIR = path.join(ROOT, "node_modules/@microsoft/office-js/dist");

/**
 * Answers the page's requests for office.js (and the files it loads) on Microsoft's CDN from
 * OFFICE_JS_DIR, or with `body` (a stand-in office.js) when given; anything else there is a 404.
 */
export async function routeOfficeJs(page: Page, body?: string): Promise<void> {
  await page.route(/appsforoffice\.microsoft\.com\//, (route) => {
    if (body !== undefined) return route.fulfill({ body, contentType: "text/javascript" });
    const file = path.join(OFFICE_JS_DIR, path.basename(new URL(route.request().url()).pathname));
    if (fs.existsSync(file)) return route.fulfill({ path: file, contentType: "text/javascript" });
    return route.fulfill({ status: 404, body: "" });
  });
}

export async function launchChromium(): Promise<Browser> {
  if (!CHROMIUM) throw new Error("Chromium (/usr/bin/chromium) is missing: apt-get install -y chromium");
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

const { serveStatic } = require("../../scripts/static-server.js") as {
  serveStatic(root: string, o?: { port?: number }): Promise<{ server: import("http").Server; url: string }>;
};

/** Serves a build (dist/ by default) on a free local port; fails when the build is missing. */
export async function serveBuild(dist: string): Promise<{ server: import("http").Server; url: string }> {
  if (!fs.existsSync(path.join(dist, "taskpane.html")))
    throw new Error(`${path.join(dist, "taskpane.html")} is missing: run \`npm run build\` first`);
  return serveStatic(dist);
}

export interface BuildSession {
  browser: Browser;
  /** The served build's root, ending in "/". */
  url: string;
  close(): Promise<void>;
}

/** Serves a build and starts Chromium; `close` stops both. */
export async function openBuild(dist: string): Promise<BuildSession> {
  const { server, url } = await serveBuild(dist);
  const browser = await launchChromium();
  return {
    browser,
    url,
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** Ids Excel registers (functions.json of a build), upper-cased as CustomFunctions.associate receives them. */
export function builtFunctionIds(dist: string): string[] {
  const meta = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8")) as {
    functions: { id: string }[];
  };
  return meta.functions.map((f) => f.id.toUpperCase());
}
