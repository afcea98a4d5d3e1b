/**
 * The CLI's start-up cost (the bar in docs/PERFORMANCE.md: the CLI as a whole process ≤2× the same work in-process; no
 * compiling at every start). The work: `duibiao template <every built-in source> --out … --quiet`.
 *
 * - processMs: `node bin/duibiao.js …` spawned fresh, wall clock (Node's start, loading the built CLI
 *   and the packages it needs, the work).
 * - inProcessMs: the same main() of the same built file (build/cli/duibiao.js) timed inside a process
 *   that has already loaded it: the work alone, run once as a one-off command runs it. The ratio of
 *   the two is what starting a process adds (the bar).
 * - inProcessWarmMs: the same call repeated in that process (the JIT warmed up by earlier calls), for
 *   reference; a one-off command never runs at that speed, whatever its start-up.
 * Best of 3 each. Run `npm run build` (or `npm install`) first.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..");
const BIN = path.join(ROOT, "bin", "duibiao.js");
const BUILT = path.join(ROOT, "build", "cli", "duibiao.js");
const ROUNDS = 3;

/** Runs in a child process: loads the built CLI, then times main() once cold and then warm. */
const IN_PROCESS = `
const { main } = require(process.argv[1]);
const args = JSON.parse(process.argv[2]);
const quiet = { out() {}, err() {} };
(async () => {
  const times = [];
  for (let i = 0; i < 4; i++) {
    const t0 = performance.now();
    const code = await main(args, quiet);
    if (code !== 0) throw new Error("exit code " + code);
    times.push(performance.now() - t0);
  }
  process.stdout.write(JSON.stringify({ first: times[0], warm: Math.min(...times.slice(1)) }));
})().catch((e) => { console.error(e); process.exit(1); });
`;

export async function run(): Promise<Record<string, number>> {
  if (!fs.existsSync(BUILT))
    throw new Error("build/cli/duibiao.js missing: run `npm run build` (or `npm install`) first");
  const catalog = spawnSync(process.execPath, [BIN, "catalog", "--json"], { encoding: "utf8" });
  const ids = (JSON.parse(catalog.stdout) as { sources: { id: string }[] }).sources.map((s) => s.id);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duibiao-bench-cli-"));
  const args = ["template", ...ids, "--out", path.join(dir, "all.xlsx"), "--quiet"];
  try {
    let processMs = Infinity;
    let inProcessMs = Infinity;
    let inProcessWarmMs = Infinity;
    for (let i = 0; i < ROUNDS; i++) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
      const ms = performance.now() - t0;
      if (r.status !== 0) throw new Error(`duibiao template failed (${r.status}): ${r.stderr}`);
      processMs = Math.min(processMs, ms);
      const c = spawnSync(process.execPath, ["-e", IN_PROCESS, BUILT, JSON.stringify(args)], { encoding: "utf8" });
      if (c.status !== 0) throw new Error(`in-process run failed: ${c.stderr}`);
      const t = JSON.parse(c.stdout) as { first: number; warm: number };
      inProcessMs = Math.min(inProcessMs, t.first);
      inProcessWarmMs = Math.min(inProcessWarmMs, t.warm);
    }
    const ratio = Math.round((processMs / inProcessMs) * 100) / 100;
    return {
      processMs: Math.round(processMs),
      inProcessMs: Math.round(inProcessMs),
      processToInProcessRatio: ratio,
      ratioBar: 2,
      ratioWithinBar: ratio <= 2 ? 1 : 0,
      inProcessWarmMs: Math.round(inProcessWarmMs),
      processToWarmRatio: Math.round((processMs / inProcessWarmMs) * 100) / 100,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
