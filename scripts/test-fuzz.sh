#!/usr/bin/env bash
# Fuzzing with cargo-fuzz (libFuzzer + AddressSanitizer, on nightly Rust): every provider's
# response parsers, every builder, the REG.API text to sign and the bracket encoder. Corpora are
# seeded from the golden vectors.
#
#   bash scripts/test-fuzz.sh                      # the short run in the test command: 10 s a target
#   FUZZ_SECONDS=3600 bash scripts/test-fuzz.sh    # the longer run (an hour a target)
#   FUZZ_TARGETS="parse_regru" FUZZ_SECONDS=600 bash scripts/test-fuzz.sh
#
# A crash leaves its input in fuzz/artifacts/<target>/ and fails the script; turn it into a vector
# under tests/vectors and fix the parser.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${FUZZ_SECONDS:-10}

rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked || cargo install cargo-fuzz

python3 scripts/fuzz_corpus.py
targets=${FUZZ_TARGETS:-$(cd fuzz && cargo +nightly fuzz list)}
(cd fuzz && cargo +nightly fuzz build)
total=0
for t in $targets; do
  out=$(cd fuzz && cargo +nightly fuzz run "$t" "corpus/$t" -- -max_total_time="$secs" -print_final_stats=1 2>&1) || {
    echo "$out" | tail -40
    echo "fuzz target $t FAILED (input saved under fuzz/artifacts/$t/)" >&2
    exit 1
  }
  runs=$(echo "$out" | awk '/stat::number_of_executed_units/ { print $2 }' | tail -1)
  echo "fuzz $t: ${runs:-0} executions in ${secs}s, no crash"
  total=$(( total + ${runs:-0} ))
done
echo "fuzz: $total executions, 0 crashes"
