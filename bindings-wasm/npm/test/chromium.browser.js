// Runs every golden vector in headless Chromium: serves the package on 127.0.0.1, opens
// test/browser.html, and waits for the page to POST its counts back. Fails if any vector fails, if
// none ran, or if the count differs from the case.json files on disk.
// Chromium: $CHROMIUM or /usr/bin/chromium (scripts/test-js.sh installs it with apt).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startServer } from "./server.js";
import { findCaseFiles } from "./load-vectors.js";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const TIMEOUT_MS = Number(process.env.CHROMIUM_TIMEOUT_MS ?? 90_000);

function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const kill = (signal) => {
    try {
      process.kill(-child.pid, signal); // the browser's own process group (detached below)
    } catch {
      /* already gone */
    }
  };
  kill("SIGTERM");
  const hard = setTimeout(() => kill("SIGKILL"), 5_000);
  return exited.finally(() => clearTimeout(hard));
}

test("every vector passes in headless Chromium", async () => {
  const files = await findCaseFiles();
  const server = await startServer();
  const profile = await mkdtemp(path.join(tmpdir(), "registrar-kit-chromium-"));
  const page = `${server.url}/test/browser.html`;
  const args = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
    `--user-data-dir=${profile}`,
    page,
  ];
  const child = spawn(CHROMIUM, args, { detached: true, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr = (stderr + d).slice(-4000)));
  const died = new Promise((_, reject) => {
    child.once("error", (e) => reject(new Error(`cannot start ${CHROMIUM}: ${e.message}`)));
    child.once("exit", (code, signal) =>
      reject(new Error(`chromium exited early (code ${code}, signal ${signal}):\n${stderr}`)),
    );
  });
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no report from ${page} within ${TIMEOUT_MS} ms:\n${stderr}`)), TIMEOUT_MS);
  });
  try {
    const report = await Promise.race([server.report, died, timeout]);
    assert.equal(report.fatal, undefined, `the page failed: ${report.fatal}`);
    console.log(`chromium (${report.userAgent}): ${report.passed} passed, ${report.failed} failed`);
    const detail = (report.failures ?? []).map((r) => `${r.path}\n  ${r.failures.join("\n  ")}`).join("\n");
    assert.ok(report.total > 0, "no vector ran in Chromium");
    assert.equal(report.total, files.length, "vectors run in Chromium != case.json files found");
    assert.equal(report.failed, 0, `vectors failing in Chromium:\n${detail}`);
    assert.equal(report.passed, files.length);
    assert.ok(report.catalogSize > 0, "catalog() is empty in Chromium");
  } finally {
    clearTimeout(timer);
    await stop(child);
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
});
