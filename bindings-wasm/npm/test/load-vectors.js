// Node side of the vector tests: finds every tests/vectors/**/case.json of the repository.
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";

/** The repository root (bindings-wasm/npm/test/../../..). */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const vectorsDir = path.join(repoRoot, "tests", "vectors");

/** Paths (relative to the repo root, `/`-separated, sorted) of every case.json under tests/vectors. */
export async function findCaseFiles(dir = vectorsDir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name === "case.json")
    .map((e) => path.relative(repoRoot, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join("/"))
    .sort();
}

/** Every vector as `{ path, case }`, `path` relative to the repo root. */
export async function loadVectors() {
  const files = await findCaseFiles();
  return Promise.all(
    files.map(async (file) => ({
      path: file,
      case: JSON.parse(await readFile(path.join(repoRoot, file), "utf8")),
    })),
  );
}
