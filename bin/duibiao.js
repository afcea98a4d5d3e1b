#!/usr/bin/env node
// The duibiao command line. Runs the TypeScript sources through tsx, so it works right after
// `npm install` in a fresh clone, with no build step.
require("tsx/cjs");
const { main } = require("../src/cli/main.ts");

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`内部错误 / internal error: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 1;
  },
);
