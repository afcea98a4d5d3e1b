// Build: the task pane page (React), the custom functions bundle (no React), the commands, the
// generated functions.json (custom-functions-metadata-plugin, from JSDoc) + functions.zh-CN.json (its
// Chinese halves, scripts/localized-functions-metadata.js),
// and the manifest with the production host.
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { LocalizedFunctionsMetadataPlugin } = require("./scripts/localized-functions-metadata");
const { functionFiles } = require("./scripts/function-text");

const { DEV_HOST, buildManifest } = require("./scripts/manifest-host");
const { version } = require("./package.json");
/** Where the add-in is hosted in production: DUIBIAO_HOST, e.g. https://addins.example.gov.cn/duibiao/ */
const productionHost = () => process.env.DUIBIAO_HOST || DEV_HOST;

/** The custom functions' files (src/functions/**, with @customfunction JSDoc): one list for the build and the tests. */
const FUNCTION_FILES = functionFiles();

/** Build-time catalog modules: the compute catalog, the full catalog, the pane's first-paint summary. */
const CATALOG_DATA = /src[\\/]catalog[\\/](compiled|full|summary)\.ts$/;

async function httpsOptions() {
  // Dev certificates exist only where `npx office-addin-dev-certs install` was run (Windows/Mac with Excel).
  try {
    const devCerts = require("office-addin-dev-certs");
    if (!(await devCerts.verifyCertificates())) return undefined;
    return await devCerts.getHttpsServerOptions();
  } catch {
    return undefined;
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const host = dev ? DEV_HOST : productionHost();
  const https = options.$0 && String(options.$0).includes("serve") ? await httpsOptions() : undefined;
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: ["./src/functions/functions.ts", ...FUNCTION_FILES.map((f) => "./" + f)],
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      // Lazy chunks load relative to the page (taskpane.html) — works under any DUIBIAO_HOST path and
      // where document.currentScript is absent (Excel's functions runtime, the contract test's VM).
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        // The catalog modules are evaluated (and validated) at build time and inlined as JSON: no zod and
        // no catalog parsing in any bundle; an invalid catalog fails the build.
        { test: CATALOG_DATA, use: path.resolve(__dirname, "scripts/compiled-catalog-loader.js") },
        {
          test: /\.tsx?$/,
          exclude: [/node_modules/, CATALOG_DATA],
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTION_FILES }),
      new LocalizedFunctionsMetadataPlugin({ locale: "zh-CN" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the task pane page is also the custom functions' runtime page.
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
        // The template lists the bundles itself, inert, behind the ES5 guard (src/taskpane/legacyGuard.js).
        inject: false,
        templateParameters: {
          legacyGuard: fs.readFileSync(path.join(__dirname, "src/taskpane/legacyGuard.js"), "utf8"),
        },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          // The manifest's SupportUrl and "learn more" link (test/manifest.test.ts: every URL resolves).
          { from: "src/taskpane/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            // Production host, and <Version> = package.json's version so that a release refreshes
            // Excel's cached functions metadata (scripts/manifest-host.js says why).
            transform: (content) => buildManifest(content.toString(), { host, version }),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      // Excel on the web fetches functions.json (and the script) cross-origin: without this header the
      // functions never register. scripts/static-server.js sends the same; README gives nginx and IIS lines.
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : "http",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      hot: false,
      client: false,
    },
  };
};
