/**
 * The 进度看板's chart library is not part of the pane's first load: in the built add-in (npm run
 * build) it is in chunks that only the board's chart chunk asks for, and the scripts the page loads
 * first (functions.js, commands.js, taskpane.js, docs/PERFORMANCE.md) stay within 120 KB gzipped.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

const DIST = path.resolve(__dirname, "../../dist");
const CHUNKS = path.join(DIST, "chunks");
const INITIAL = ["functions.js", "commands.js", "taskpane.js"];
/** Props only @fluentui/react-charts' own code names. */
const CHART_LIBRARY = /legendsOverflowText|showTriangle/;

const read = (f: string) => fs.readFileSync(path.join(DIST, f), "utf8");
const gzKb = (f: string) => zlib.gzipSync(fs.readFileSync(path.join(DIST, f)), { level: 9 }).length / 1024;
const chunks = () => (fs.existsSync(CHUNKS) ? fs.readdirSync(CHUNKS).filter((f) => f.endsWith(".js")) : []);
const named = (name: string) => chunks().find((f) => f.startsWith(`${name}.`));

describe("the built add-in (npm run build)", () => {
  test("has the board's chunks", () => {
    expect(named("board")).toBeDefined();
    expect(named("board-chart")).toBeDefined();
  });

  test("the chart library is only in chunks the board's chart chunk loads", () => {
    for (const f of INITIAL) expect(read(f)).not.toMatch(CHART_LIBRARY);
    expect(read(`chunks/${named("pane")}`)).not.toMatch(CHART_LIBRARY);
    const library = chunks().filter((f) => CHART_LIBRARY.test(read(`chunks/${f}`)));
    expect(library.length).toBeGreaterThan(0);
    const board = read(`chunks/${named("board")}`);
    for (const f of library) {
      const id = f.split(".")[0];
      // Requested by the board's import() of the chart, and by nothing else.
      expect(board).toMatch(new RegExp(`\\.e\\(${id}\\)`));
      for (const other of [
        ...INITIAL,
        ...chunks()
          .filter((c) => c !== named("board"))
          .map((c) => `chunks/${c}`),
      ])
        expect(read(other)).not.toMatch(new RegExp(`\\.e\\(${id}\\)`));
    }
  });

  test("the Word library (生成通报) is only in chunks the board loads when the button is pressed", () => {
    const DOCX_LIBRARY = /wordprocessingml/;
    expect(named("report-docx")).toBeDefined();
    for (const f of INITIAL) expect(read(f)).not.toMatch(DOCX_LIBRARY);
    for (const name of ["pane", "board", "board-chart"])
      expect(read(`chunks/${named(name)}`)).not.toMatch(DOCX_LIBRARY);
    const library = chunks().filter((f) => DOCX_LIBRARY.test(read(`chunks/${f}`)));
    expect(library.length).toBeGreaterThan(0);
    const board = read(`chunks/${named("board")}`);
    for (const f of library) {
      const id = f.split(".")[0];
      if (id === "report-docx") continue;
      expect(board).toMatch(new RegExp(`\\.e\\(${id}\\)`));
    }
  });

  test("the pane's initial scripts stay within 120 KB gzipped", () => {
    const total = INITIAL.reduce((s, f) => s + gzKb(f), 0);
    expect(total).toBeLessThanOrEqual(120);
  });
});
