/**
 * The guard that runs before the bundles must itself run in Internet Explorer 11, which knows only
 * ES5: the source file and every inline script of the built page parse as ES5 (acorn, webpack's own
 * parser), and the bundles are listed inert so that nothing but the guard can start them.
 */
import * as fs from "fs";
import * as path from "path";
import { parse } from "acorn";

const ROOT = path.resolve(__dirname, "../..");
const GUARD = path.join(ROOT, "src/taskpane/legacyGuard.js");
const PAGE = path.join(ROOT, "dist/taskpane.html");

const es5 = (code: string) => parse(code, { ecmaVersion: 5, sourceType: "script" });

test("the guard's source is ES5", () => {
  expect(() => es5(fs.readFileSync(GUARD, "utf8"))).not.toThrow();
});

test("an ES2015 construct in the guard would be caught", () => {
  expect(() => es5("var f = () => 1;")).toThrow();
  expect(() => es5("f(a, b,);")).toThrow();
  expect(() => es5("let x = 1;")).toThrow();
});

describe("the built page (npm run build)", () => {
  const html = fs.existsSync(PAGE) ? fs.readFileSync(PAGE, "utf8") : "";
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({ attrs: m[1], body: m[2] }));

  test("exists", () => {
    expect(html).not.toBe("");
  });

  test("every inline script is ES5, after the build's minifier too", () => {
    const inline = scripts.filter((s) => s.body.trim());
    expect(inline.length).toBeGreaterThan(0);
    for (const s of inline) expect(() => es5(s.body)).not.toThrow();
  });

  test("the bundles are listed inert, in order, and only office.js loads by itself", () => {
    const src = (attrs: string) => /src="?([^" >]+)"?/.exec(attrs)?.[1];
    const inert = scripts.filter((s) => /data-duibiao-bundle/.test(s.attrs));
    expect(inert.map((s) => src(s.attrs))).toEqual(["functions.js", "commands.js", "taskpane.js"]);
    for (const s of inert) expect(s.attrs).toMatch(/type="?text\/plain/);
    const live = scripts.filter((s) => src(s.attrs) && !/data-duibiao-bundle/.test(s.attrs)).map((s) => src(s.attrs));
    expect(live).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  });
});
