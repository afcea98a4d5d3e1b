/**
 * Debian's Chromium driven by playwright-core, as every browser test and the page benches start it
 * (flags from ENVIRONMENT.md: no sandbox as root, no background networking on a closed network),
 * and the built page served by the bundled static server (scripts/static-server.js).
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser } from "playwright-core";

const ROOT = path.resolve(__dirname, "../..");

/** Debian's Chromium, or null where it is not installed. */
export const CHROMIUM: string | null =
  ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p)) ?? null;

/** Where office.js and its mapping table are answered from, instead of Microsoft's CDN. */
export const OFFICE_JS_DIR = path.join(ROOT, "node_modules/@microsoft/office-js/dist");

/** The file in OFFICE_JS_DIR that answers a request for office.js (or a file it loads) on the CDN. */
export function officeJsFile(requestUrl: string): string {
  return path.join(OFFICE_JS_DIR, path.basename(new URL(requestUrl).pathname));
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
