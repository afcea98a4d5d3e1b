/**
 * Excel on the web fetches functions.json from the add-in's host while the workbook is on another
 * origin: without Access-Control-Allow-Origin the POLICY functions never register. The bundled
 * server (npm start, the browser tests) and the webpack dev server both send it.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const { serveStatic } = require("../../scripts/static-server.js") as {
  serveStatic(root: string, o?: { port?: number }): Promise<{ server: import("http").Server; url: string }>;
};

let dir: string;
let served: { server: import("http").Server; url: string };
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "duibiao-static-"));
  fs.writeFileSync(path.join(dir, "functions.json"), '{"functions":[]}');
  fs.writeFileSync(path.join(dir, "functions.js"), "");
  served = await serveStatic(dir);
});
afterAll(async () => {
  await new Promise((r) => served.server.close(r));
  fs.rmSync(dir, { recursive: true, force: true });
});

test("functions.json is served to another origin (Excel on the web)", async () => {
  const res = await fetch(served.url + "functions.json", { headers: { Origin: "https://excel.officeapps.live.com" } });
  expect(res.status).toBe(200);
  expect(res.headers.get("access-control-allow-origin")).toBe("*");
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  expect(await res.json()).toEqual({ functions: [] });
});

test("so are the other static files, and a HEAD or a 404 answer carries the header too", async () => {
  const js = await fetch(served.url + "functions.js", { method: "HEAD" });
  expect(js.headers.get("access-control-allow-origin")).toBe("*");
  const missing = await fetch(served.url + "nope.json");
  expect(missing.status).toBe(404);
  expect(missing.headers.get("access-control-allow-origin")).toBe("*");
});

test("the webpack dev server sends the same header", async () => {
  const config = await require("../../webpack.config.js")({}, { mode: "development" });
  expect(config.devServer.headers).toEqual(expect.objectContaining({ "Access-Control-Allow-Origin": "*" }));
});
