#!/usr/bin/env bash
# Rust stage: formatting, lints, tests (vectors, snapshots, property tests), docs, generated files
# up to date, and the core built for wasm32.
set -euo pipefail
cd "$(dirname "$0")/.."
stage() { printf '\n==> %s\n' "$*"; }

stage "toolchain components"
rustup component add rustfmt clippy >/dev/null 2>&1 || true
rustup target add wasm32-unknown-unknown >/dev/null

stage "cargo fmt --check"
cargo fmt --all -- --check

stage "cargo clippy (all targets, -D warnings; with and without the schema feature)"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy -p registrar-kit --all-targets --features schema -- -D warnings

stage "cargo test"
INSTA_UPDATE=no cargo test --workspace

stage "cargo doc (no warnings)"
RUSTDOCFLAGS="-D warnings" cargo doc -p registrar-kit --no-deps

stage "generated files are up to date"
bash scripts/gen.sh
if ! git diff --quiet -- schema bindings-wasm/npm/operations.d.ts bindings-python/python/registrar_kit/operations.py README.md; then
  git --no-pager diff --stat -- schema bindings-wasm/npm/operations.d.ts bindings-python/python/registrar_kit/operations.py README.md
  echo "generated files differ from the committed ones: run scripts/gen.sh and commit" >&2
  exit 1
fi

stage "core builds for wasm32-unknown-unknown"
cargo build -p registrar-kit --target wasm32-unknown-unknown --release

stage "main job (README's first command) and the quickstart example"
cargo run -q -p registrar-cli -- demo > /dev/null
cargo run -q -p registrar-kit --example quickstart > /dev/null
echo "rust stage passed"
