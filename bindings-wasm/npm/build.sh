#!/usr/bin/env bash
# Builds the npm package's generated half: the wasm module and wasm-bindgen's glue in dist/.
# Needs the wasm32-unknown-unknown target and the wasm-bindgen CLI at the version in Cargo.lock
# (scripts/test-js.sh installs both).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

# The workspace's size-tuned release profile, except `strip = true` also drops the
# `target_features` section wasm-bindgen reads; keep it and let wasm-bindgen drop names instead.
CARGO_PROFILE_RELEASE_STRIP=debuginfo \
  cargo build --release --target wasm32-unknown-unknown -p registrar-kit-wasm

wasm="${CARGO_TARGET_DIR:-$root/target}/wasm32-unknown-unknown/release/registrar_kit_wasm.wasm"
rm -rf "$here/dist"
wasm-bindgen --target web --remove-name-section --remove-producers-section \
  --out-dir "$here/dist" "$wasm"
echo "built $here/dist from $wasm"
