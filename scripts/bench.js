#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.ts (each exports `run()` returning named figures), prints
// them, and ends with one JSON line holding every figure measured.
require("tsx/cjs");
const fs = require("fs");
const path = require("path");

(async () => {
  const dir = path.join(__dirname, "..", "bench");
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".bench.ts"))
    .sort();
  const all = {};
  for (const f of files) {
    const mod = require(path.join(dir, f));
    const name = f.replace(/\.bench\.ts$/, "");
    console.log(`== ${name}`);
    const figures = await mod.run();
    for (const [k, v] of Object.entries(figures)) {
      console.log(`  ${k}: ${v}`);
      all[`${name}.${k}`] = v;
    }
  }
  console.log(JSON.stringify(all));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
