#!/usr/bin/env bash
# The JavaScript binding's whole check, runnable from a brand-new machine:
#   installs what is missing (wasm32 target, wasm-bindgen CLI = the version in Cargo.lock, Chromium,
#   the npm dev dependencies), builds bindings-wasm/npm, proves the wasm module imports nothing from
#   "env", type-checks index.d.ts, then runs the Node tests and the headless-Chromium test.
# Usage: bash scripts/test-js.sh        (from anywhere; env CHROMIUM overrides /usr/bin/chromium)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
npm_dir="$root/bindings-wasm/npm"
target_dir="${CARGO_TARGET_DIR:-$root/target}"
raw_wasm="$target_dir/wasm32-unknown-unknown/release/registrar_kit_wasm.wasm"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

summary=()
current=""
on_exit() {
  local rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "=== FAILED: $current (exit $rc)"
    [ "${#summary[@]}" -eq 0 ] || printf "  %s\n" "${summary[@]}"
    echo "test-js: FAILED at: $current"
  fi
}
trap on_exit EXIT

stage() {
  current="$1"
  shift
  local t0=$SECONDS
  echo
  echo "::: $current"
  "$@"
  summary+=("ok   $current ($((SECONDS - t0))s)")
  echo "=== ok: $current ($((SECONDS - t0))s)"
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then
    as_root apt-get update
    apt_updated=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@"
}

install_rust_target() {
  command -v cargo >/dev/null || { echo "cargo not found: install Rust with rustup first"; return 1; }
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    echo "wasm32-unknown-unknown: installed"
  else
    rustup target add wasm32-unknown-unknown
  fi
}

install_wasm_bindgen() {
  local want have
  # The version of the wasm-bindgen crate that Cargo.lock pins: the CLI must be exactly that.
  want="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
  [ -n "$want" ] || { echo "wasm-bindgen not found in Cargo.lock"; return 1; }
  have="$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)"
  if [ "$have" = "$want" ]; then
    echo "wasm-bindgen $have: installed (= Cargo.lock)"
    return
  fi
  echo "wasm-bindgen CLI ${have:-missing}; installing $want from crates.io"
  # --locked first (reproducible); without it when a locked dependency cannot be fetched.
  cargo install wasm-bindgen-cli --version "$want" --locked --force ||
    cargo install wasm-bindgen-cli --version "$want" --force
  [ "$(wasm-bindgen --version | awk '{ print $2 }')" = "$want" ]
}

install_node_and_chromium() {
  local pkgs=()
  command -v node >/dev/null || pkgs+=(nodejs)
  command -v npm >/dev/null || pkgs+=(npm)
  [ -x "$CHROMIUM" ] || pkgs+=(chromium)
  if [ "${#pkgs[@]}" -gt 0 ]; then
    apt_install "${pkgs[@]}"
  fi
  echo "node $(node --version), npm $(npm --version)"
  "$CHROMIUM" --version
}

npm_ci() {
  (cd "$npm_dir" && npm ci --no-audit --no-fund)
}

build_package() {
  bash "$npm_dir/build.sh"
  ls -l "$npm_dir/dist"
}

check_env_imports() {
  node "$npm_dir/scripts/check-wasm-imports.mjs" "$raw_wasm"
}

typecheck() {
  (cd "$npm_dir" && ./node_modules/.bin/tsc --version && ./node_modules/.bin/tsc --noEmit --strict -p tsconfig.json)
}

node_tests() {
  (cd "$npm_dir" && node --test test/*.test.js)
}

chromium_test() {
  (cd "$npm_dir" && node --test test/chromium.browser.js)
}

stage "rust target wasm32-unknown-unknown" install_rust_target
stage "wasm-bindgen CLI = Cargo.lock" install_wasm_bindgen
stage "node, npm, chromium" install_node_and_chromium
stage "npm ci (bindings-wasm/npm)" npm_ci
stage "build wasm + wasm-bindgen --target web" build_package
stage "no imports from \"env\" (raw cargo wasm)" check_env_imports
stage "tsc --noEmit --strict (index.d.ts)" typecheck
stage "node --test (vectors, API)" node_tests
stage "headless chromium (vectors)" chromium_test

bg="$npm_dir/dist/registrar_kit_wasm_bg.wasm"
echo
echo "test-js summary:"
printf "  %s\n" "${summary[@]}"
echo "  wasm: raw cargo $(wc -c <"$raw_wasm") B; after wasm-bindgen $(wc -c <"$bg") B, gzip -9 $(gzip -9c "$bg" | wc -c) B"
echo "test-js: all stages passed"
