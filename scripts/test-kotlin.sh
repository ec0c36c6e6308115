#!/usr/bin/env bash
# Builds the uniffi binding, generates its Kotlin and Swift sources with the workspace's own
# uniffi-bindgen, checks the Swift API as text (no Swift toolchain needed) and runs the Kotlin tests
# on the JVM with Maven (golden vectors, catalog, typed errors, a real HTTP round trip, redaction).
#
# Needs: cargo, a JDK 17+ and Maven 3.8+; Maven fetches its own artifacts from Maven Central.
#
#   bash scripts/test-kotlin.sh            # debug build (default)
#   PROFILE=release-unwind bash scripts/test-kotlin.sh
#
# Generated sources go to bindings-uniffi/generated/ (gitignored, never committed).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

profile="${PROFILE:-dev}"
step() { printf '\n==> %s\n' "$*"; }
need() { command -v "$1" >/dev/null 2>&1 || { echo "error: $1 is required ($2)" >&2; exit 1; }; }
need cargo "https://rustup.rs"
need java "a JDK 17 or newer"
need mvn "Apache Maven 3.8 or newer"

target_dir="${CARGO_TARGET_DIR:-$root/target}"
case "$profile" in
  dev) out_dir="$target_dir/debug" ;;
  *) out_dir="$target_dir/$profile" ;;
esac
case "$(uname -s)" in
  Darwin) libname="libregistrar_kit_uniffi.dylib" ;;
  *) libname="libregistrar_kit_uniffi.so" ;;
esac
dev_lib="$target_dir/debug/$libname"   # read by uniffi-bindgen: it needs the symbols release strips
lib="$out_dir/$libname"                # loaded by the tests
gen="$root/bindings-uniffi/generated"

step "build the workspace's uniffi-bindgen and the library ($profile)"
# The bindgen first: building it re-links the cdylib with the `cli` feature, and the library the
# tests load must be the plain one.
cargo build --quiet -p registrar-kit-uniffi --features cli --bin uniffi-bindgen
cargo build --quiet -p registrar-kit-uniffi
if [[ "$profile" != dev ]]; then
  cargo build --quiet --profile "$profile" -p registrar-kit-uniffi
fi
for f in "$dev_lib" "$lib"; do
  [[ -f "$f" ]] || { echo "error: $f was not built" >&2; exit 1; }
done
echo "library: ${lib#"$root"/} ($(du -h "$lib" | cut -f1))"

step "generate Kotlin and Swift (library mode) into bindings-uniffi/generated/"
rm -rf "$gen"
for lang in kotlin swift; do
  "$target_dir/debug/uniffi-bindgen" generate --no-format "$dev_lib" --language "$lang" --out-dir "$gen/$lang"
done
find "$gen" -type f | sed "s|^$root/||" | sort

step "check the generated Swift API (text only: no Swift toolchain here)"
swift="$gen/swift/RegistrarKit.swift"
for f in "$swift" "$gen/swift/RegistrarKitFFI.h" "$gen/swift/RegistrarKitFFI.modulemap"; do
  [[ -s "$f" ]] || { echo "error: missing $f" >&2; exit 1; }
done
# One line per declaration, whitespace collapsed, so the patterns do not depend on formatting.
flat="$(tr -s '[:space:]' ' ' < "$swift")"
missing=0
doc='(/\*\*([^*]|\*+[^*/])*\*+/ ?)'  # one /** … */ comment
expect() {
  if ! grep -Eq -- "$1" <<<"$flat"; then
    echo "missing in RegistrarKit.swift: $1" >&2
    missing=$((missing + 1))
  fi
}
expect 'open class Client: ClientProtocol'
expect 'public convenience init\(provider: String, configJson: String\) ?throws'
expect 'func provider\(\) ?-> String'
expect 'func prepare\(operation: String, paramsJson: String\) ?throws ?-> HttpRequest'
expect 'func parse\(operation: String, response: HttpResponse\) ?throws ?-> String'
expect 'func redact\(request: HttpRequest\) ?-> HttpRequest'
expect 'func operationsJson\(\) ?-> String'
expect 'func call\(operation: String, paramsJson: String, transport: HttpTransport\) ?throws ?-> String'
expect 'public protocol HttpTransport: AnyObject'
expect 'open class Registrar: RegistrarProtocol'
expect 'func start\(operation: String, paramsJson: String\) ?throws ?-> RegistrarFlowHandle'
expect 'func run\(operation: String, paramsJson: String, transport: HttpTransport\) ?throws ?-> String'
expect 'func capabilitiesJson\(\) ?-> String'
expect 'open class RegistrarFlowHandle: RegistrarFlowHandleProtocol'
expect 'func next\(\) ?throws ?-> RegistrarStep'
expect 'func transportFailed\(reason: String\)'
expect 'public enum RegistrarStep'
expect 'public func capabilityMatrixJson\(\) ?-> String'
expect 'func send\(request: HttpRequest\) ?throws ?-> HttpResponse'
expect 'public struct Header: '
expect 'public struct HttpRequest: '
expect 'public struct HttpResponse: '
expect 'public var status: UInt16'
expect 'public var body: Data'
expect 'public func bodyText\(\) ?-> String'
expect 'public func catalogJson\(\) ?-> String'
expect 'enum RegistrarError: Swift\.Error'
expect 'enum TransportError: Swift\.Error'
expect "case Failed\\( ?$doc?reason: String"
for variant in InvalidInput Auth IpNotAllowed RateLimited NotFound Unavailable AlreadyExists \
  InsufficientFunds Pending ProviderDown Rejected Protocol Unsupported Transport; do
  expect "case $variant\\( ?$doc?errorMessage: String"
done
for field in retryable field status providerCode providerMessage bodyExcerpt detailsJson errorJson; do
  expect "\\*/ ?$field: "
done
if ((missing > 0)); then
  echo "error: the generated Swift lacks $missing expected declarations" >&2
  exit 1
fi
echo "Swift API: all expected declarations present ($(wc -l < "$swift") lines)"

step "Kotlin tests on the JVM (Maven)"
status=0
mvn -B -q -ntp -Dstyle.color=never -f bindings-uniffi/kotlin/pom.xml test \
  -Drepo.root="$root" -Duniffi.generated="$gen/kotlin" -Duniffi.libdir="$out_dir" || status=$?

# The surefire summary, from its reports (Maven runs quiet).
reports="$root/bindings-uniffi/kotlin/target/surefire-reports"
total=0 failed=0 skipped=0
for xml in "$reports"/TEST-*.xml; do
  [[ -f "$xml" ]] || continue
  suite="$(grep -m1 -o '<testsuite [^>]*>' "$xml")"
  attr() { sed -E "s/.* $1=\"([0-9]+)\".*/\\1/" <<<"$suite"; }
  name="$(sed -E 's/.* name="([^"]+)".*/\1/' <<<"$suite")"
  t="$(attr tests)" f="$(attr failures)" e="$(attr errors)" s="$(attr skipped)"
  printf '  %-40s tests %4d  failures %d  errors %d  skipped %d\n' "${name#dev.registrarkit.}" "$t" "$f" "$e" "$s"
  total=$((total + t)) failed=$((failed + f + e)) skipped=$((skipped + s))
done
printf 'Kotlin: %d tests, %d failed, %d skipped\n' "$total" "$failed" "$skipped"
if ((status != 0 || total == 0)); then
  echo "error: Kotlin tests failed" >&2
  exit 1
fi
