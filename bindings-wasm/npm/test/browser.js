// The Chromium page: the same vector runner as in Node, against the package as a browser loads it
// (index.js fetching dist/*.wasm). Reports back with POST /report and in the page title.
import * as api from "../index.js";
import { runVectors } from "./vector-runner.js";

async function report(body) {
  document.title = `registrar-kit vectors: ${body.fatal ? "fatal" : `${body.passed} passed, ${body.failed} failed`}`;
  document.getElementById("out").textContent = JSON.stringify(body, null, 2);
  await fetch("/report", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

const fatal = (e) => report({ fatal: String(e?.stack ?? e?.reason?.stack ?? e?.message ?? e?.reason ?? e) });
window.addEventListener("error", fatal);
window.addEventListener("unhandledrejection", fatal);

try {
  const vectors = await (await fetch("/vectors.json")).json();
  await api.init();
  const result = runVectors(api, vectors);
  const failures = result.results.filter((r) => !r.ok);
  await report({
    userAgent: navigator.userAgent,
    catalogSize: api.catalog().length,
    total: result.total,
    passed: result.passed,
    failed: result.failed,
    failures,
  });
} catch (e) {
  await fatal(e);
}
