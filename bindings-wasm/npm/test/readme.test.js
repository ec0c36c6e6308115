// The README's JavaScript snippet runs as written (from inside the package, so that
// `import … from "registrar-kit"` resolves to this package by its own name).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFile, writeFile, rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "./load-vectors.js";

test("the README's JavaScript snippet runs as written", async () => {
  const readme = await readFile(path.join(repoRoot, "README.md"), "utf8");
  const snippet = readme.match(/```js\n([\s\S]*?)```/)?.[1];
  assert.ok(snippet, "no ```js block in README.md");
  const file = path.join(repoRoot, "bindings-wasm", "npm", ".readme-snippet.mjs");
  await writeFile(file, snippet);
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [file], { timeout: 60_000 });
    assert.match(stdout, /available: true/);
    // without network the call fails as kind "transport"; with it, the fake token gives "auth"
    assert.match(stdout, /^(transport|auth|not_found) (true|false) /m);
  } finally {
    await rm(file, { force: true });
  }
});
