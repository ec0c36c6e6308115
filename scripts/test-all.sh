#!/usr/bin/env bash
# Every test, on a brand-new machine: each stage installs what it needs from the package
# registries (Rust components and targets, wasm-bindgen-cli, Chromium, npm packages, maturin,
# Maven artifacts), then runs. Stages: Rust, JavaScript (Node + headless Chromium), Python, Kotlin.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
declare -a timings=()
run_stage() {
  local name=$1; shift
  local t0; t0=$(date +%s)
  printf '\n########## %s ##########\n' "$name"
  "$@"
  timings+=("$name: $(( $(date +%s) - t0 ))s")
}
run_stage rust bash scripts/test-rust.sh
run_stage javascript bash scripts/test-js.sh
run_stage python bash scripts/test-python.sh
run_stage kotlin bash scripts/test-kotlin.sh
printf '\n########## summary ##########\n'
printf '%s\n' "${timings[@]}"
echo "all stages passed in $(( $(date +%s) - start ))s"
