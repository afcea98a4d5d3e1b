#!/usr/bin/env node
// The duibiao command line. Runs the CLI compiled to JavaScript (build/cli/duibiao.js, written by
// scripts/build-cli.js from `prepare` — so by `npm install` and `npm ci` in a clone — and by
// `npm run build`): no TypeScript compiling at every start.
//
// Where that file is missing, or older than a file under src/ (sources edited or checked out since the
// last build), it runs the TypeScript sources through tsx instead: slower, but never stale code.
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const BUILT = path.join(ROOT, "build", "cli", "duibiao.js");

/** True when some file under `dir` changed after `time` (ms). A few milliseconds for src/. */
function changedSince(dir, time) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (changedSince(p, time)) return true;
    } else if (fs.statSync(p).mtimeMs > time) return true;
  }
  return false;
}

function loadMain() {
  let built;
  try {
    built = fs.statSync(BUILT).mtimeMs;
  } catch {
    built = undefined;
  }
  if (built !== undefined && !changedSince(path.join(ROOT, "src"), built)) return require(BUILT).main;
  try {
    require("tsx/cjs");
  } catch {
    process.stderr.write(
      "duibiao 尚未构建，且找不到 tsx：请在本目录运行 npm install（或 npm run build:cli） / " +
        "duibiao is not built and tsx is missing: run npm install (or npm run build:cli) in this folder\n",
    );
    process.exit(1);
  }
  return require("../src/cli/main.ts").main;
}

loadMain()(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`内部错误 / internal error: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 1;
  },
);
