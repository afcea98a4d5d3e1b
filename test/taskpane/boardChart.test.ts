/**
 * The real chart chunk (./src/taskpane/board/BoardChart.tsx with @fluentui/react-charts) renders
 * under our React and Fluent UI: one stacked bar per 类别 with a segment per status present.
 * @fluentui/react-charts' d3 dependencies are ES modules that jest's CommonJS runtime cannot load,
 * so the chart is bundled with esbuild (already a dependency) and rendered to HTML in a child Node.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildSync } from "esbuild";

const ENTRY = `
import * as React from "react";
import { renderToString } from "react-dom/server";
import { FluentProvider, SSRProvider, webLightTheme } from "@fluentui/react-components";
import { StatusChart } from "../../src/taskpane/board/BoardChart";
const counts = (a, b, c, d, e, f) => ({ 已达标: a, 正常: b, 预警: c, 滞后: d, 未达标: e, 无数据: f });
const groups = [
  { key: "规模", label: "规模", total: 3, withData: 2, onTrackShare: 0.5, counts: counts(1, 0, 0, 1, 0, 1) },
  { key: "质量", label: "质量", total: 2, withData: 2, onTrackShare: 1, counts: counts(1, 1, 0, 0, 0, 0) },
];
process.stdout.write(renderToString(
  React.createElement(SSRProvider, null,
    React.createElement(FluentProvider, { theme: webLightTheme },
      React.createElement(StatusChart, { groups })))));
`;

test("renders a stacked bar per 类别, a segment per status present", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "board-chart-"));
  const out = path.join(dir, "chart.js");
  try {
    buildSync({
      stdin: { contents: ENTRY, resolveDir: __dirname, loader: "tsx" },
      bundle: true,
      platform: "node",
      jsx: "automatic",
      outfile: out,
      logLevel: "error",
    });
    const html = execFileSync(process.execPath, [out], { encoding: "utf8" });
    expect(html).toContain("规模（3）");
    expect(html).toContain("质量（2）");
    expect(html.match(/<rect/g)).toHaveLength(5);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
