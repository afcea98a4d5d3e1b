// Writes functions.<locale>.json next to the functions.json that custom-functions-metadata-plugin
// generated: the same ids and names, with the descriptions each src/functions/<area>.ts exports in
// its `ZH_CN` table. (The Microsoft generator makes only the default-language file.)
require("tsx/cjs");
const path = require("path");

class LocalizedFunctionsMetadataPlugin {
  constructor({ functionFiles, locale }) {
    this.functionFiles = functionFiles;
    this.locale = locale;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsMetadataPlugin", (compilation) => {
      const { Compilation, sources, WebpackError } = compiler.webpack;
      compilation.hooks.processAssets.tap(
        { name: "LocalizedFunctionsMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS + 1 },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          const text = asset.source.source().toString();
          // No @customfunction yet: the generator writes an empty file.
          const metadata = text.trim() ? JSON.parse(text) : { functions: [] };
          const table = {};
          for (const file of this.functionFiles) {
            const abs = path.resolve(compiler.context, file);
            delete require.cache[abs];
            Object.assign(table, require(abs).ZH_CN || {});
          }
          const missing = [];
          for (const fn of metadata.functions) {
            const zh = table[fn.name];
            if (!zh) {
              missing.push(fn.name);
              continue;
            }
            fn.description = zh.description;
            for (const p of fn.parameters || []) {
              if (zh.parameters && zh.parameters[p.name]) p.description = zh.parameters[p.name];
              else missing.push(`${fn.name}(${p.name})`);
            }
          }
          if (missing.length)
            compilation.errors.push(new WebpackError(`${this.locale} metadata missing for: ${missing.join(", ")}`));
          compilation.emitAsset(
            `functions.${this.locale}.json`,
            new sources.RawSource(JSON.stringify(metadata, null, 2)),
          );
        },
      );
    });
  }
}

module.exports = { LocalizedFunctionsMetadataPlugin };
