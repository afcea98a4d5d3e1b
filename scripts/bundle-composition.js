#!/usr/bin/env node
// What a built script is made of: its minified bytes attributed to the source files (or npm packages)
// they came from, through the script's source map, with each group's gzipped size (level 9, as
// bench/bundle.bench.ts). The figures of docs/PERFORMANCE.md ("Bundle sizes") come from it:
//
//   npx webpack --mode production --devtool source-map --output-path /tmp/dist-map
//   node scripts/bundle-composition.js /tmp/dist-map/taskpane.js [package|file] [rows]
//
// A small script rather than source-map-explorer: the source-map package is already installed (webpack's
// and terser's own), and this is all we need from it. A group's gzipped size is its bytes gzipped
// alone, so the groups do not add up exactly to the file's.
const fs = require("fs");
const zlib = require("zlib");
const { SourceMapConsumer } = require("source-map");

function composition(file, by = "package") {
  const code = fs.readFileSync(file, "utf8");
  const map = JSON.parse(fs.readFileSync(`${file}.map`, "utf8"));
  const lines = code.split("\n");
  const segments = [];
  new SourceMapConsumer(map).eachMapping((m) => segments.push([m.generatedLine, m.generatedColumn, m.source]));
  segments.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const groups = new Map();
  const groupOf = (source) => {
    if (!source) return "(unmapped)";
    const path = source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, "");
    const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    if (by === "file" || !pkg) return path.replace(/^.*node_modules\//, "node_modules/");
    return `node_modules/${pkg[1]}`;
  };
  segments.forEach(([line, column, source], i) => {
    const next = segments[i + 1];
    const end = next && next[0] === line ? next[1] : lines[line - 1].length;
    const g = groupOf(source);
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g).push(lines[line - 1].slice(column, end));
  });
  const gz = (s) => zlib.gzipSync(s, { level: 9 }).length;
  return {
    bytes: code.length,
    gzBytes: gz(code),
    groups: [...groups]
      .map(([name, parts]) => ({ name, bytes: parts.join("").length, gzBytes: gz(parts.join("")) }))
      .sort((a, b) => b.gzBytes - a.gzBytes),
  };
}

if (require.main === module) {
  const [file, by = "package", rows = "40"] = process.argv.slice(2);
  if (!file) {
    console.error("usage: node scripts/bundle-composition.js <built script with .map beside it> [package|file] [rows]");
    process.exit(2);
  }
  const { bytes, gzBytes, groups } = composition(file, by);
  const kb = (n) => (n / 1024).toFixed(1).padStart(7);
  console.log(`${kb(bytes)} KB ${kb(gzBytes)} KB gz  ${file}`);
  for (const g of groups.slice(0, Number(rows))) console.log(`${kb(g.bytes)} KB ${kb(g.gzBytes)} KB gz  ${g.name}`);
}

module.exports = { composition };
