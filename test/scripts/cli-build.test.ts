/**
 * `duibiao` starts as built JavaScript (build/cli/duibiao.js, compiled by scripts/build-cli.js from
 * `prepare` and `npm run build`): no TypeScript compiling at start. Where the build is older than the
 * sources it runs them through tsx instead (slower, never stale); where there is neither a build nor
 * tsx it says how to fix it.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin/duibiao.js");
const { buildCli, OUT } = require("../../scripts/build-cli.js") as { buildCli(): Promise<string>; OUT: string };

/** Preloaded into the CLI's process: reports whether tsx (the TypeScript compiler hook) was loaded. */
const TSX_PROBE = `
const Module = require("module");
const load = Module._load;
Module._load = function (request) {
  if (/^tsx(\\/|$)/.test(request)) process.stderr.write("[tsx loaded]\\n");
  return load.apply(this, arguments);
};
`;

let dir: string;
let probe: string;
beforeAll(async () => {
  await buildCli();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "duibiao-cli-build-"));
  probe = path.join(dir, "probe.js");
  fs.writeFileSync(probe, TSX_PROBE);
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function duibiao(bin: string, args: string[]) {
  const r = spawnSync(process.execPath, ["-r", probe, bin, ...args], { encoding: "utf8", timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const catalogJson = (out: string) => JSON.parse(out) as { version: string; sources: { id: string }[] };

test("runs the built file, without tsx", () => {
  const r = duibiao(BIN, ["catalog", "--json"]);
  expect(r.code).toBe(0);
  expect(r.err).not.toContain("[tsx loaded]");
  expect(catalogJson(r.out).sources.length).toBeGreaterThan(0);
  const v = duibiao(BIN, ["--version"]);
  expect(v.out.trim()).toBe(
    (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version,
  );
}, 60_000);

test("a build older than the sources is not used: the sources run through tsx, with the same answer", () => {
  // A copy of the package whose build predates its sources (src/ is the real one, linked).
  const pkg = path.join(dir, "stale");
  fs.mkdirSync(path.join(pkg, "bin"), { recursive: true });
  fs.mkdirSync(path.join(pkg, "build/cli"), { recursive: true });
  fs.copyFileSync(BIN, path.join(pkg, "bin/duibiao.js"));
  fs.copyFileSync(OUT, path.join(pkg, "build/cli/duibiao.js"));
  const past = new Date("2000-01-01T00:00:00Z");
  fs.utimesSync(path.join(pkg, "build/cli/duibiao.js"), past, past);
  fs.symlinkSync(path.join(ROOT, "src"), path.join(pkg, "src"));
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(pkg, "node_modules"));
  fs.copyFileSync(path.join(ROOT, "package.json"), path.join(pkg, "package.json"));
  const stale = duibiao(path.join(pkg, "bin/duibiao.js"), ["catalog", "--json"]);
  expect(stale.code).toBe(0);
  expect(stale.err).toContain("[tsx loaded]");
  const built = duibiao(BIN, ["catalog", "--json"]);
  expect(catalogJson(stale.out)).toEqual(catalogJson(built.out));
}, 120_000);

test("neither a build nor tsx: a message saying to run npm install, exit 1", () => {
  const pkg = path.join(dir, "bare");
  fs.mkdirSync(path.join(pkg, "bin"), { recursive: true });
  fs.copyFileSync(BIN, path.join(pkg, "bin/duibiao.js"));
  const r = duibiao(path.join(pkg, "bin/duibiao.js"), ["catalog"]);
  expect(r.code).toBe(1);
  expect(r.err.replace("[tsx loaded]\n", "")).toMatch(/^duibiao 尚未构建.*npm install.* \/ duibiao is not built/);
}, 60_000);
