#!/usr/bin/env bash
# Builds the Python binding's abi3 wheel with maturin, installs it into bindings-python/.venv,
# type-checks the package and a usage file with `mypy --strict`, and runs the pytest suite (every
# shared vector under tests/vectors, the catalog, errors, redaction, an end-to-end HTTP round trip).
#
# Needs: a Rust toolchain (cargo) and Python >= 3.9 with venv. Run from anywhere:
#   bash scripts/test-python.sh [extra pytest args]
# Environment: PYTHON (interpreter for the venv, default python3).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

pkg="$root/bindings-python"
venv="$pkg/.venv"
wheels="$root/target/python-wheels"
python="${PYTHON:-python3}"

command -v cargo >/dev/null || { echo "test-python: cargo not found (install Rust: https://rustup.rs)" >&2; exit 1; }

if [[ ! -x "$venv/bin/python" ]]; then
  echo "==> creating $venv"
  "$python" -m venv "$venv"
fi
vpy="$venv/bin/python"

echo "==> tools (maturin, pytest, mypy)"
"$vpy" -m pip install --quiet --disable-pip-version-check 'maturin>=1.9.4,<2' pytest mypy

echo "==> maturin build --profile release-unwind (abi3)"
rm -rf "$wheels"
"$venv/bin/maturin" build --profile release-unwind --quiet \
  --manifest-path "$pkg/Cargo.toml" --interpreter "$vpy" --out "$wheels"

wheel="$(ls "$wheels"/registrar_kit-*.whl)"
case "$wheel" in
  *-abi3-*) ;;
  *) echo "test-python: $wheel is not an abi3 wheel" >&2; exit 1 ;;
esac
"$vpy" -m pip install --quiet --disable-pip-version-check --no-deps --force-reinstall "$wheel"

echo "==> mypy --strict (package sources, then a usage file against the installed wheel)"
mypy_cache="$venv/.mypy_cache"
(cd "$pkg" && "$vpy" -m mypy --strict --cache-dir "$mypy_cache" python/registrar_kit)
(cd "$pkg/tests" && "$vpy" -m mypy --strict --cache-dir "$mypy_cache" typecheck_usage.py)

echo "==> pytest"
(cd "$pkg" && "$vpy" -m pytest -q -p no:cacheprovider tests "$@")

size="$(stat -c %s "$wheel" 2>/dev/null || stat -f %z "$wheel")"
echo "==> wheel: $wheel ($((size / 1024)) KiB, $size bytes)"
