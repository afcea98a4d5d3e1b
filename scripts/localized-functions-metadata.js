// Writes functions.<locale>.json next to the functions.json that custom-functions-metadata-plugin
// generated (the Microsoft generator makes only the default-language file): the same ids, names and
// parameters, with the Chinese half of each JSDoc description (scripts/function-text.js). A
// description not written as "中文 / English" fails the build.
const { localize } = require("./function-text");

class LocalizedFunctionsMetadataPlugin {
  constructor({ locale }) {
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
          let localized;
          try {
            localized = localize(metadata);
          } catch (e) {
            compilation.errors.push(new WebpackError(`${this.locale} metadata: ${e.message}`));
            return;
          }
          compilation.emitAsset(
            `functions.${this.locale}.json`,
            new sources.RawSource(JSON.stringify(localized, null, 2)),
          );
        },
      );
    });
  }
}

module.exports = { LocalizedFunctionsMetadataPlugin };
