/**
 * The manifest Excel reads: structurally valid against Microsoft's schemas (xmllint), readable by
 * office-addin-manifest, a shared runtime with the POLICY namespace, localized, least permission, and
 * rewritable to a production host.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..");
const XSD = path.resolve(ROOT, "../shared/office-manifest-xsd/OfficeAppManifestV1_1.xsd");
const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

const { rewriteManifestHost, buildManifest, manifestVersion } = require("../scripts/manifest-host");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
const DIST = path.join(ROOT, "dist");

function xmllint(file: string): { ok: boolean; out: string } {
  const r = spawnSync("xmllint", ["--noout", "--schema", XSD, file], { encoding: "utf8" });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

const haveXsd = fs.existsSync(XSD);
(haveXsd ? test : test.skip)("manifest.xml validates against the add-in manifest schemas", () => {
  const r = xmllint(path.join(ROOT, "manifest.xml"));
  expect(r.out).toContain("validates");
  expect(r.ok).toBe(true);
});

test("office-addin-manifest reads it", () => {
  const out = execFileSync(path.join(ROOT, "node_modules/.bin/office-addin-manifest"), ["info", "manifest.xml"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(out).toContain("Name: 对标 Duibiao");
  expect(out).toContain("Permissions: ReadWriteDocument");
  expect(out).toContain("Hosts: Workbook");
});

test("shared runtime: one long-lived runtime page for task pane and functions", () => {
  expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
  expect(manifest).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/);
  expect(manifest).toMatch(/<FunctionFile resid="Taskpane.Url"\/>/);
  expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
  expect(manifest).toMatch(/id="Functions.Namespace" DefaultValue="POLICY"/);
});

test("asks for ReadWriteDocument and nothing more", () => {
  expect(manifest.match(/<Permissions>(.*)<\/Permissions>/)?.[1]).toBe("ReadWriteDocument");
});

test("zh-CN by default with en-US overrides, and localized function metadata", () => {
  expect(manifest).toContain("<DefaultLocale>zh-CN</DefaultLocale>");
  expect(manifest).toMatch(/<Override Locale="en-US" Value="Duibiao \(对标\)"\/>/);
  expect(manifest).toMatch(
    /id="Functions.Metadata.Url" DefaultValue="https:\/\/localhost:3000\/functions.zh-CN.json">\s*<bt:Override Locale="en-US" Value="https:\/\/localhost:3000\/functions.json"\/>/,
  );
});

test("a ribbon button on Home opens the task pane", () => {
  expect(manifest).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Action xsi:type="ShowTaskpane">/);
});

describe("production host", () => {
  const prod = rewriteManifestHost(manifest, "https://addins.example.gov.cn/duibiao");
  test("every localhost URL is rewritten", () => {
    expect(prod).not.toContain("localhost");
    expect(prod).toContain('DefaultValue="https://addins.example.gov.cn/duibiao/taskpane.html"');
    expect(prod).toContain("<AppDomain>https://addins.example.gov.cn</AppDomain>");
  });
  (haveXsd ? test : test.skip)("the rewritten manifest still validates", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "manifest-")), "manifest.xml");
    fs.writeFileSync(file, prod);
    expect(xmllint(file).ok).toBe(true);
  });
  test("an http or malformed host is refused with a clear message", () => {
    expect(() => rewriteManifestHost(manifest, "http://example.com/")).toThrow(/必须使用 https/);
    expect(() => rewriteManifestHost(manifest, "not a url")).toThrow(/不是有效网址/);
  });
});

describe("the built manifest (npm run build)", () => {
  const built = () => fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");

  test("is in dist", () => {
    expect(built()).toContain("<Id>6f3b1c0e-5d2a-4c8e-9a71-3d0e2b9f4a11</Id>");
  });

  // Excel caches custom functions metadata; a new <Version> is what makes a release reach users
  // (scripts/manifest-host.js cites Microsoft's pages).
  test("its <Version> is package.json's version, so every release refreshes Excel's cache", () => {
    expect(built()).toContain(`<Version>${pkg.version}.0</Version>`);
  });

  test("every URL in it is a file the build wrote", () => {
    const xml = built();
    const page = /<SourceLocation DefaultValue="([^"]+)\/taskpane\.html"\/>/.exec(xml);
    expect(page).not.toBeNull();
    const base = page![1] + "/";
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    const missing = urls.filter((u) => !u.startsWith(base) || !fs.existsSync(path.join(DIST, u.slice(base.length))));
    expect(missing).toEqual([]);
    // The SupportUrl and the "learn more" link are a real page, Chinese first.
    expect(urls.filter((u) => u.endsWith("/help.html"))).toHaveLength(2);
    expect(fs.readFileSync(path.join(DIST, "help.html"), "utf8")).toMatch(
      /<html lang="?zh-CN"?>[\s\S]*<h1>对标 帮助<\/h1>/,
    );
  });
});

describe("manifest version", () => {
  test("a release version becomes the four-part version the schema allows", () => {
    expect(manifestVersion("1.2.3")).toBe("1.2.3.0");
    const out = buildManifest(manifest, { host: "https://addins.example.gov.cn/duibiao/", version: "2.10.0" });
    expect(out).toContain("<Version>2.10.0.0</Version>");
    expect(out.match(/<Version>/g)).toHaveLength(1);
  });
  test("a pre-release or malformed version stops the build with a clear message", () => {
    expect(() => manifestVersion("1.2.3-beta.1")).toThrow(/主\.次\.修订/);
    expect(() => manifestVersion("1.2")).toThrow(/MAJOR\.MINOR\.PATCH/);
    expect(() => manifestVersion("123456.0.0")).toThrow();
  });
  (haveXsd ? test : test.skip)("the written manifest still validates", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "manifest-")), "manifest.xml");
    fs.writeFileSync(file, buildManifest(manifest, { host: "https://addins.example.gov.cn/", version: "12.0.65535" }));
    expect(xmllint(file).ok).toBe(true);
  });
});
