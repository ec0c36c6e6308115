// Fails when the raw cargo output imports anything from "env": the sans-IO proof (DESIGN.md,
// Principles 1). wasm-bindgen's own placeholder modules are expected and listed for the record.
// Usage: node check-wasm-imports.mjs path/to/registrar_kit_wasm.wasm
import { readFile } from "node:fs/promises";

const path = process.argv[2];
if (!path) {
  console.error("usage: node check-wasm-imports.mjs <module.wasm>");
  process.exit(2);
}
const imports = WebAssembly.Module.imports(new WebAssembly.Module(await readFile(path)));
const modules = [...new Set(imports.map((i) => i.module))].sort();
const env = imports.filter((i) => i.module === "env");
console.log(`${path}: ${imports.length} imports from ${modules.join(", ") || "(none)"}`);
if (env.length > 0) {
  console.error(`FAIL: imports from "env": ${env.map((i) => i.name).join(", ")}`);
  process.exit(1);
}
console.log('OK: nothing imported from "env"');
