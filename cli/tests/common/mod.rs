//! Helpers shared by the CLI tests: run the built `registrar` binary with a clean environment,
//! walk the golden vectors, run work on parallel threads.

#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Every variable the command reads; removed from each child's environment so the developer's
/// own credentials never leak into a test.
pub const CONFIG_VARS: &[&str] = &[
    "REGISTRAR_CONFIG",
    "ALLDOMAINS_TOKEN",
    "ALLDOMAINS_BASE_URL",
    "LOGICBOXES_AUTH_USERID",
    "LOGICBOXES_API_KEY",
    "LOGICBOXES_ENDPOINT",
    "LOGICBOXES_CHECK_ENDPOINT",
    "REGRU_USERNAME",
    "REGRU_PASSWORD",
    "REGRU_PRIVATE_KEY_PEM",
    "REGRU_PRIVATE_KEY_FILE",
    "REGRU_DIGEST",
    "REGRU_BASE_URL",
    "DOMAINCONTEXT_AUTH_LOGIN",
    "DOMAINCONTEXT_AUTH_PASSWORD",
    "DOMAINCONTEXT_ENDPOINT",
    "DOMAINCONTEXT_METHOD",
    "NAMECOM_USERNAME",
    "NAMECOM_API_TOKEN",
    "NAMECOM_SESSION_TOKEN",
    "NAMECOM_ENDPOINT",
];

/// A `registrar` command with none of the configuration variables set.
pub fn registrar() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_registrar"));
    for v in CONFIG_VARS {
        c.env_remove(v);
    }
    c.stdin(Stdio::null());
    c
}

/// Runs `registrar args…` and returns its output.
pub fn run(args: &[&str]) -> Output {
    registrar().args(args).output().expect("run registrar")
}

/// Runs `registrar args…` with `stdin` piped in.
pub fn run_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = registrar()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn registrar");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

/// Stdout as JSON (panics with both streams when it is not).
pub fn stdout_json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}); status {:?}\nstdout: {}\nstderr: {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn vectors_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors")
}

/// One golden vector: its folder relative to `tests/vectors` and its `case.json`.
pub struct Case {
    pub name: String,
    pub case: Value,
}

fn find(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            find(&p, out);
        } else if p.file_name().is_some_and(|n| n == "case.json") {
            out.push(p);
        }
    }
}

/// Every vector under `tests/vectors`.
pub fn cases() -> Vec<Case> {
    let root = vectors_root();
    let mut paths = Vec::new();
    find(&root, &mut paths);
    assert!(!paths.is_empty(), "no vectors under {}", root.display());
    paths
        .iter()
        .map(|p| Case {
            name: p
                .strip_prefix(&root)
                .unwrap()
                .parent()
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/"),
            case: serde_json::from_str(&std::fs::read_to_string(p).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", p.display())),
        })
        .collect()
}

/// Every member of `expected` equals the same member of `actual`.
pub fn subset_mismatch(expected: &Value, actual: &Value) -> Option<String> {
    let (Value::Object(e), Value::Object(a)) = (expected, actual) else {
        return Some(format!("expected an object, got {actual}"));
    };
    e.iter()
        .find(|(k, v)| a.get(k.as_str()) != Some(v))
        .map(|(k, v)| {
            format!(
                "member {k}: expected {v}, got {}",
                a.get(k).unwrap_or(&Value::Null)
            )
        })
}

/// Runs `f` over `items` on several threads; returns the failures (`Err` texts), sorted.
pub fn parallel<T: Sync>(items: &[T], f: impl Fn(&T) -> Result<(), String> + Sync) -> Vec<String> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(4)
        .clamp(4, 32);
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(item) = items.get(i) else { break };
                    if let Err(e) = f(item) {
                        failures.lock().unwrap().push(e);
                    }
                }
            });
        }
    });
    let mut f = failures.into_inner().unwrap();
    f.sort();
    f
}

/// Fails with the first few failures listed.
pub fn assert_no_failures(what: &str, total: usize, failures: &[String]) {
    if !failures.is_empty() {
        let shown: Vec<_> = failures.iter().take(15).cloned().collect();
        let mismatches = failures
            .iter()
            .filter(|f| f.contains("not a CLI bug"))
            .count();
        panic!(
            "{what}: {} of {total} failed ({mismatches} of them core/vector mismatches: the \
             library in-process gives the same result):\n\n{}",
            failures.len(),
            shown.join("\n\n")
        );
    }
}
