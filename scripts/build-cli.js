#!/usr/bin/env node
// Compiles the command line (src/cli/main.ts and what it imports) to one CommonJS file,
// build/cli/duibiao.js, which bin/duibiao.js runs: no TypeScript compiling at every start (the bar in
// docs/PERFORMANCE.md: the CLI as a whole process ≤2× the same work in-process). Runs from `prepare` (so `npm install`
// and `npm ci` in a clone build it: docs.npmjs.com/cli/v11/using-npm/scripts, "Life Cycle Operation
// Order"; it also runs with --omit=dev, hence esbuild is a dependency) and from `npm run build`.
//
// The npm packages it uses (exceljs with jszip and pako, commander, zod, papaparse) are bundled in too:
// one file to load instead of a few hundred, which measured ~40% less CPU for loading the CLI
// (docs/PERFORMANCE.md); `npm install` rebuilds it whenever they change. The built-in catalog is
// compiled in as data, validated by its zod schema here at build time (scripts/compiled-catalog-loader.js,
// the same step as the add-in's webpack build): the CLI does not parse the catalog at every start, and
// an invalid catalog fails this build. The output sits two folders below the package root, like
// src/cli/, so paths the CLI computes from __dirname (its package.json) stay right.
const fs = require("fs");
const path = require("path");
const esbuild = require("esbuild");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "build", "cli", "duibiao.js");
const CATALOG_DATA = /src[\\/]catalog[\\/](compiled|full|summary)\.ts$/;
const CATALOG_INDEX = path.join(ROOT, "src", "catalog", "index.ts");
const PREBUILT = path.join(ROOT, "src", "catalog", "prebuilt.ts");

/** The catalog as compiled data: imports of src/catalog/index.ts get src/catalog/prebuilt.ts instead. */
const prebuiltCatalog = {
  name: "prebuilt-catalog",
  setup(build) {
    build.onResolve({ filter: /catalog(\/index)?$/ }, (args) => {
      const target = path.resolve(args.resolveDir, args.path);
      if (
        target === CATALOG_INDEX.replace(/\.ts$/, "") ||
        target === path.dirname(CATALOG_INDEX) ||
        target === CATALOG_INDEX
      )
        return args.importer === PREBUILT ? undefined : { path: PREBUILT };
      return undefined;
    });
    build.onLoad({ filter: CATALOG_DATA }, (args) => {
      const { compileDataModule } = require("./compiled-catalog-loader.js");
      return { contents: compileDataModule(args.path), loader: "js" };
    });
  },
};

async function buildCli() {
  const tmp = `${OUT}.${process.pid}.tmp`;
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(ROOT, "src", "cli", "main.ts")],
    outfile: tmp,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    plugins: [prebuiltCatalog],
    // The bundled packages' license comments are kept, gathered at the end of the file.
    legalComments: "eof",
    logLevel: "warning",
  });
  // Written aside and renamed: a CLI started meanwhile never loads a half-written file.
  fs.renameSync(tmp, OUT);
  return OUT;
}

module.exports = { buildCli, OUT };

if (require.main === module) {
  const t0 = Date.now();
  buildCli().then(
    (out) => console.log(`duibiao CLI → ${path.relative(ROOT, out)} (${Date.now() - t0} ms)`),
    (e) => {
      console.error(e && e.message ? e.message : e);
      process.exit(1);
    },
  );
}
