/**
 * `npm start` on a machine without Excel: it serves the page and writes the demo workbooks, telling
 * the user (in Chinese and English) where both are. Run with --once: start, check the page answers, stop.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");

const { needsBuild } = require("../../scripts/start.js") as { needsBuild(root?: string): boolean };

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "duibiao-start-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test("serves the page and writes both demo workbooks, saying where", () => {
  const demo = path.join(dir, "demo");
  const args = [path.join(ROOT, "scripts/start.js"), "--once", "--demo-dir", demo];
  // Rebuilds only when dist/ is older than src/ (npm test builds first, so normally it does not).
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, PORT: "0" },
    timeout: 300_000,
  });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/模板生成页面 \/ Template builder: +http:\/\/localhost:\d+\/taskpane\.html/);
  expect(r.stdout).toContain(`示例工作簿 / Demo workbooks:  ${demo}`);
  expect(r.stdout).toContain("页面检查 / page check: HTTP 200");
  expect(fs.readdirSync(demo).sort()).toEqual(["duibiao-demo-portable.xlsx", "duibiao-demo.xlsx"]);
}, 320_000);

test("a page older than the sources is rebuilt; a fresh one is not", () => {
  const src = path.join(dir, "src");
  const dist = path.join(dir, "dist");
  fs.mkdirSync(src);
  expect(needsBuild(dir)).toBe(true); // no page at all
  fs.mkdirSync(dist);
  fs.writeFileSync(path.join(src, "a.ts"), "");
  fs.writeFileSync(path.join(dist, "taskpane.html"), "");
  const past = new Date(Date.now() - 60_000);
  fs.utimesSync(path.join(src, "a.ts"), past, past);
  expect(needsBuild(dir)).toBe(false);
  fs.writeFileSync(path.join(src, "b.ts"), "");
  fs.utimesSync(path.join(dist, "taskpane.html"), past, past);
  expect(needsBuild(dir)).toBe(true);
});
