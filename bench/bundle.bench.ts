/** Bundle sizes of the built add-in (run `npm run build` first): functions ≤60 KB gz, task pane initial JS ≤350 KB gz. */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

const DIST = path.resolve(__dirname, "../dist");

function gzKb(file: string): number {
  const buf = fs.readFileSync(path.join(DIST, file));
  return Math.round((zlib.gzipSync(buf, { level: 9 }).length / 1024) * 10) / 10;
}

/** The scripts taskpane.html loads up front (not lazy chunks). */
function initialScripts(): string[] {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]+src="?([^" >]+)"?/g)].map((m) => m[1]).filter((s) => !/^https?:/.test(s));
}

export async function run(): Promise<Record<string, number>> {
  if (!fs.existsSync(path.join(DIST, "functions.js"))) throw new Error("dist/ missing: run `npm run build` first");
  const functionsGzKb = gzKb("functions.js");
  const taskpaneInitialGzKb = Math.round(initialScripts().reduce((s, f) => s + gzKb(f), 0) * 10) / 10;
  return {
    functionsGzKb,
    functionsBarKb: 60,
    functionsWithinBar: functionsGzKb <= 60 ? 1 : 0,
    taskpaneInitialGzKb,
    taskpaneBarKb: 350,
    taskpaneWithinBar: taskpaneInitialGzKb <= 350 ? 1 : 0,
  };
}
