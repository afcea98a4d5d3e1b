/**
 * Bundle sizes of the built add-in (run `npm run build` first; bars in docs/PERFORMANCE.md): the functions bundle ≤60
 * KB gzipped, and the task pane's initial JS ≤120 KB gzipped — every script of ours the page loads before
 * the list of sources is on screen (functions, commands, the pane's entry and any chunk it needs
 * first), found by loading the built page in Chromium, not by reading the HTML.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { coldLoad, DIST, openBrowser } from "./support/browser";

function gzKb(file: string): number {
  const buf = fs.readFileSync(path.join(DIST, file));
  return Math.round((zlib.gzipSync(buf, { level: 9 }).length / 1024) * 10) / 10;
}

export async function run(): Promise<Record<string, number | string>> {
  if (!fs.existsSync(path.join(DIST, "functions.js"))) throw new Error("dist/ missing: run `npm run build` first");
  const functionsGzKb = gzKb("functions.js");
  const session = await openBrowser();
  let initial: string[];
  try {
    initial = (await coldLoad(session)).scriptsBeforeList;
  } finally {
    await session.close();
  }
  const taskpaneInitialGzKb = Math.round(initial.reduce((s, f) => s + gzKb(f), 0) * 10) / 10;
  const lazy = fs
    .readdirSync(path.join(DIST, "chunks"))
    .filter((f) => f.endsWith(".js"))
    .map((f) => `chunks/${f}`)
    .filter((f) => !initial.includes(f));
  return {
    functionsGzKb,
    functionsBarKb: 60,
    functionsWithinBar: functionsGzKb <= 60 ? 1 : 0,
    taskpaneInitialGzKb,
    taskpaneInitialScripts: initial.join(" "),
    taskpaneBarKb: 120,
    taskpaneWithinBar: taskpaneInitialGzKb <= 120 ? 1 : 0,
    lazyChunksGzKb: Math.round(lazy.reduce((s, f) => s + gzKb(f), 0) * 10) / 10,
  };
}
