#!/usr/bin/env node

// `npm start` on any machine, Excel or not: builds the page if dist/ is missing or older than src/,
// writes the demo workbooks (every built-in source, both forms) to ./out/demo, and serves the page on
// http://localhost:3000 (or PORT) until Ctrl-C. Opened in a browser, the page is the template builder.
//
// Options: --once (start, check the page answers, stop: a smoke test), --no-build, --demo-dir DIR.
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { serveStatic } = require("./static-server");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const PAGE = "taskpane.html";

/** Newest modification time of any file under `dir` (0 when it does not exist). */
function newest(dir) {
  let t = 0;
  if (!fs.existsSync(dir)) return t;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/** True when the built page is missing or older than any source file (or the build config). */
function needsBuild(root = ROOT) {
  const page = path.join(root, "dist", PAGE);
  if (!fs.existsSync(page)) return true;
  const built = fs.statSync(page).mtimeMs;
  const config = ["webpack.config.js", "manifest.xml"].map((f) => path.join(root, f)).filter((f) => fs.existsSync(f));
  const sources = Math.max(newest(path.join(root, "src")), ...config.map((f) => fs.statSync(f).mtimeMs));
  return sources > built;
}

function parseArgs(argv) {
  const opts = { once: false, build: true, demoDir: path.join(ROOT, "out", "demo") };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--once") opts.once = true;
    else if (argv[i] === "--no-build") opts.build = false;
    else if (argv[i] === "--demo-dir") opts.demoDir = path.resolve(argv[++i]);
    else throw new Error(`未知参数 / unknown option: ${argv[i]}`);
  }
  return opts;
}

function build() {
  console.log("正在构建页面（约一分钟）… / Building the page (about a minute)…");
  const r = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (r.status !== 0) throw new Error("构建失败 / build failed (npm run build shows why)");
}

async function writeDemo(dir) {
  require("tsx/cjs");
  const { writeDemo } = require("../src/cli/demo.ts");
  const { builtInCatalog } = require("../src/catalog/index.ts");
  const { progress } = require("../src/cli/progress.ts");
  return writeDemo(builtInCatalog(), { dir, reportDate: "2024-12-31", progress: progress(false) });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (needsBuild()) {
    if (!opts.build)
      throw new Error("dist/ 缺失或过期，请先 npm run build / dist/ is missing or stale: run npm run build");
    build();
  }
  const files = await writeDemo(opts.demoDir);
  const port = process.env.PORT === undefined ? 3000 : Number(process.env.PORT);
  let served;
  try {
    served = await serveStatic(DIST, { port, host: "127.0.0.1" });
  } catch (e) {
    if (e.code === "EADDRINUSE")
      throw new Error(
        `端口 ${port} 已被占用，请换一个：PORT=${port + 1} npm start / port ${port} is in use: try PORT=${port + 1} npm start`,
      );
    throw e;
  }
  const url = served.url.replace("127.0.0.1", "localhost") + PAGE;
  console.log("");
  console.log(`模板生成页面 / Template builder:  ${url}`);
  console.log(
    "  在浏览器中打开，勾选政策来源，下载 .xlsx（无需 Excel） / Open it in a browser, tick sources, download an .xlsx (no Excel needed)",
  );
  console.log(`示例工作簿 / Demo workbooks:  ${opts.demoDir}`);
  for (const f of files) console.log(`  ${f}`);
  console.log("  加载项版需在 Excel 中加载对标加载项；通用版（-portable）可在任何 Excel、WPS、LibreOffice 中计算。");
  console.log(
    "  The add-in form needs the Duibiao add-in in Excel; the portable one computes in any Excel, WPS or LibreOffice.",
  );

  if (opts.once) {
    const res = await fetch(served.url + PAGE);
    console.log(`页面检查 / page check: HTTP ${res.status}`);
    served.server.close();
    if (res.status !== 200) process.exitCode = 1;
    return;
  }
  console.log("按 Ctrl-C 停止 / Press Ctrl-C to stop.");
  const stop = () => {
    served.server.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(`错误 / error: ${e.message}`);
    process.exit(1);
  });
}

module.exports = { needsBuild, newest };
