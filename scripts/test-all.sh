#!/usr/bin/env bash
# Every test, on a brand-new machine: each stage installs what it needs from the package
# registries (Rust components and targets, wasm-bindgen-cli, Chromium, npm packages, maturin,
# Maven artifacts, nightly Rust and cargo-fuzz), then runs. Stages: Rust, JavaScript (Node +
# headless Chromium), Python, Kotlin, and a short fuzzing run of every parser.
# The last line is the total: "N passed, 0 failed".
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
declare -a timings=()
run_stage() {
  local name=$1; shift
  local t0; t0=$(date +%s)
  printf '\n########## %s ##########\n' "$name"
  "$@" 2>&1 | tee "$logs/$name.log"
  timings+=("$name: $(( $(date +%s) - t0 ))s")
}
run_stage rust bash scripts/test-rust.sh
run_stage javascript bash scripts/test-js.sh
run_stage python bash scripts/test-python.sh
run_stage kotlin bash scripts/test-kotlin.sh
run_stage fuzz bash scripts/test-fuzz.sh

# Count what each runner reported passing.
sum() { awk '{ s += $1 } END { print s + 0 }'; }
rust=$(grep -aoE 'test result: ok\. [0-9]+ passed' "$logs/rust.log" | awk '{ print $4 }' | sum)
js=$(grep -aE '^# pass [0-9]+' "$logs/javascript.log" | awk '{ print $3 }' | sum)
py=$(grep -aoE '^[0-9]+ passed' "$logs/python.log" | awk '{ print $1 }' | sum)
kt=$(grep -aoE 'Kotlin: [0-9]+ tests, 0 failed' "$logs/kotlin.log" | awk '{ print $2 }' | sum)
printf '\n########## summary ##########\n'
printf '%s\n' "${timings[@]}"
echo "rust $rust, javascript $js, python $py, kotlin $kt tests passed"
grep -a '^fuzz: ' "$logs/fuzz.log" || true
echo "all stages passed in $(( $(date +%s) - start ))s"
echo "$(( rust + js + py + kt )) passed, 0 failed"
