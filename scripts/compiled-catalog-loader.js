// webpack loader for src/catalog/compiled.ts: evaluates the module in Node at build time (through tsx)
// and emits its result as a JSON literal. The data is validated by zod here, once, at build time.
require("tsx/cjs");
const path = require("path");

module.exports = function compiledCatalogLoader() {
  const file = this.resourcePath;
  // Rebuild when any catalog source changes.
  this.addContextDependency(path.join(path.dirname(file), "sources"));
  for (const key of Object.keys(require.cache)) {
    if (key.includes(`${path.sep}src${path.sep}`)) delete require.cache[key];
  }
  const catalog = require(file).default;
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(catalog))});`;
};
