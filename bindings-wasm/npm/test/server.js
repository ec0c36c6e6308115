// A tiny static server for the Chromium test: serves bindings-wasm/npm (the package, dist/ and the
// test page), GET /vectors.json (every tests/vectors case) and takes the page's POST /report.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { loadVectors } from "./load-vectors.js";

const packageRoot = fileURLToPath(new URL("../", import.meta.url));
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
};

/**
 * Starts the server on 127.0.0.1 and a free port. Resolves to
 * `{ url, report: Promise<object>, close() }`; `report` settles with the page's first POST /report.
 */
export async function startServer() {
  let deliver;
  const report = new Promise((resolve) => (deliver = resolve));
  const server = createServer(async (req, res) => {
    try {
      const { pathname } = new URL(req.url, "http://localhost");
      if (req.method === "POST" && pathname === "/report") {
        const chunks = [];
        for await (const c of req) chunks.push(c);
        res.writeHead(204).end();
        deliver(JSON.parse(Buffer.concat(chunks).toString("utf8")));
        return;
      }
      if (pathname === "/vectors.json") {
        const body = JSON.stringify(await loadVectors());
        res.writeHead(200, { "content-type": types[".json"], "cache-control": "no-store" }).end(body);
        return;
      }
      const file = path.resolve(packageRoot, "." + decodeURIComponent(pathname));
      if (!file.startsWith(packageRoot) || file.includes(`${path.sep}node_modules${path.sep}`)) {
        res.writeHead(403).end();
        return;
      }
      const body = await readFile(file);
      const type = types[path.extname(file)] ?? "application/octet-stream";
      res.writeHead(200, { "content-type": type, "cache-control": "no-store" }).end(body);
    } catch (e) {
      res.writeHead(e?.code === "ENOENT" || e?.code === "EISDIR" ? 404 : 500).end(String(e));
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    report,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
