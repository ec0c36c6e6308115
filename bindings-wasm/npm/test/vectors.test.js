// Every golden vector under tests/vectors, run in Node through the npm package.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as api from "../index.js";
import { findCaseFiles, loadVectors } from "./load-vectors.js";
import { runVectors } from "./vector-runner.js";

await api.init();
const files = await findCaseFiles();
const vectors = await loadVectors();
const report = runVectors(api, vectors);

test("every case.json ran", () => {
  assert.ok(files.length > 0, "no tests/vectors/**/case.json found");
  assert.equal(report.total, files.length, "vectors run != case.json files found");
  console.log(`vectors: ${report.passed} passed, ${report.failed} failed (of ${files.length} case.json)`);
});

for (const r of report.results) {
  test(`vector ${r.path}`, () => {
    assert.ok(r.ok, `${r.path}\n  ${r.failures.join("\n  ")}`);
  });
}
