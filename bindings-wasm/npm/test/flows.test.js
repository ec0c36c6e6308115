// Every flow vector under tests/flows, run in Node through the npm package; plus runFlow with a
// transport that answers from the vector.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import * as api from "../index.js";
import { repoRoot } from "./load-vectors.js";
import { runFlows, vectorBytes } from "./vector-runner.js";

await api.init();
const dir = path.join(repoRoot, "tests", "flows");
const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
  .filter((e) => e.isFile() && e.name === "flow.json")
  .map((e) => path.join(e.parentPath ?? e.path, e.name))
  .sort();
const flows = await Promise.all(
  files.map(async (f) => ({ path: path.relative(repoRoot, f), case: JSON.parse(await readFile(f, "utf8")) })),
);
const report = runFlows(api, flows);

test("every flow.json ran", () => {
  assert.ok(files.length > 0, "no tests/flows/**/flow.json found");
  assert.equal(report.total, files.length);
});

for (const r of report.results) {
  test(`flow ${r.path}`, () => assert.ok(r.ok, `${r.path}\n  ${r.failures.join("\n  ")}`));
}

test("runFlow drives a whole session through an async transport", async () => {
  const c = flows.find((f) => f.path.includes("login-get-logout")).case;
  const client = new api.Client(c.provider, c.config);
  const sent = [];
  const output = await client.runFlow(c.flow, c.params, async (request) => {
    const step = c.steps[sent.length];
    sent.push(request.url);
    return { status: step.response.status, headers: step.response.headers, body: vectorBytes(step.response.body) };
  });
  assert.deepEqual(sent, c.steps.map((s) => s.request.url));
  assert.deepEqual(output, c.output);
  assert.deepEqual(client.flows().map((f) => f.name), ["session"]);
  assert.throws(() => new api.Client("alldomains", { token: "t" }).flow("session"), (e) => e.kind === "unsupported");
});
