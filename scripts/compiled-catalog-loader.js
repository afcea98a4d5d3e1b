// webpack loader for the build-time catalog modules (src/catalog/compiled.ts, full.ts, summary.ts):
// evaluates the module in Node at build time (through tsx) and emits its default export as a JSON
// literal. The catalog is validated by its zod schema here, once, when the add-in is built: an invalid
// catalog fails the build with the schema's message, and no bundle carries zod for the built-in data.
// JSON.parse of a string literal is how V8 recommends shipping large data (faster to parse than an
// object literal: v8.dev/blog/cost-of-javascript-2019#json).
require("tsx/cjs");
const path = require("path");

/** Evaluates a build-time module; returns its default export as the source of a JS module. */
function compileDataModule(file) {
  for (const key of Object.keys(require.cache)) {
    if (key.includes(`${path.sep}src${path.sep}`) || key === file) delete require.cache[key];
  }
  let data;
  try {
    data = require(file).default;
  } catch (e) {
    const detail = e && e.issues ? JSON.stringify(e.issues, null, 2) : e && e.stack ? e.stack : String(e);
    throw new Error(`内置目录无效，构建中止 / the built-in catalog is invalid, build stopped: ${file}\n${detail}`);
  }
  if (data === undefined) throw new Error(`${file} has no default export to compile`);
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
}

module.exports = function compiledCatalogLoader() {
  const file = this.resourcePath;
  // Rebuild when any catalog source changes.
  this.addContextDependency(path.join(path.dirname(file), "sources"));
  return compileDataModule(file);
};
module.exports.compileDataModule = compileDataModule;
