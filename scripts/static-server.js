// A small static file server for the built page (dist/): `npm start` serves it, and the browser test
// loads the page from it. Node's http only: no dev-server, no certificates, nothing to install.
const fs = require("fs");
const http = require("http");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * Every response allows any origin: Excel on the web loads functions.json (and functions.js) from the
 * add-in's host while the workbook lives on another origin, and registers no function when the header
 * is missing. The files are public and static, so "*" gives nothing away. (Microsoft's deployment guide
 * sets the same rule for functions.json: learn.microsoft.com/office/dev/add-ins/publish/publish-add-in-vs-code,
 * "Deploy custom functions for Excel".)
 */
const CORS = { "access-control-allow-origin": "*" };

/**
 * Serves the files under `root`; "/" is `index` (taskpane.html). Paths outside root are refused.
 * Resolves to { server, port, url } once listening (port 0 = any free port).
 */
function serveStatic(root, { port = 0, host = "127.0.0.1", index = "taskpane.html" } = {}) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    let rel;
    try {
      rel = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      res.writeHead(400, CORS).end("bad request");
      return;
    }
    if (rel === "/") rel = "/" + index;
    const file = path.resolve(base, "." + rel);
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403, CORS).end("forbidden");
      return;
    }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) {
        res.writeHead(404, { ...CORS, "content-type": "text/plain; charset=utf-8" }).end("not found");
        return;
      }
      res.writeHead(200, {
        ...CORS,
        "content-type": TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
        "content-length": st.size,
        "cache-control": "no-cache",
      });
      if (req.method === "HEAD") res.end();
      else fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolve({ server, port: actual, url: `http://${host === "0.0.0.0" ? "localhost" : host}:${actual}/` });
    });
  });
}

module.exports = { serveStatic };
