#!/usr/bin/env bash
# Regenerates schema/catalog.json, the TypeScript and Python typings and the README's operation
# tables from the Rust catalog. `scripts/test-rust.sh` runs it and fails when the result differs
# from what is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run -q -p registrar-kit --features schema --example dump_catalog > schema/catalog.json.tmp
mv schema/catalog.json.tmp schema/catalog.json
python3 scripts/gen_typings.py
