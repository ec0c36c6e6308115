//! Runs every golden vector under `tests/vectors/` (see its README) against the catalog, and
//! snapshots the redacted rendering of every prepared request with insta.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use registrar_kit::catalog::Client;
use registrar_kit::{HttpRequest, HttpResponse};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

fn vectors_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors")
}

fn find_cases(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            find_cases(&p, out);
        } else if p.file_name().is_some_and(|n| n == "case.json") {
            out.push(p);
        }
    }
}

/// Every member of `expected` equals the same member of `actual`.
fn subset_mismatch(expected: &Value, actual: &Value) -> Option<String> {
    let (Value::Object(e), Value::Object(a)) = (expected, actual) else {
        return Some(format!("expected an object, got {actual}"));
    };
    for (k, v) in e {
        if a.get(k) != Some(v) {
            return Some(format!(
                "member {k}: expected {v}, got {}",
                a.get(k).unwrap_or(&Value::Null)
            ));
        }
    }
    None
}

fn request_json(r: &HttpRequest) -> Value {
    r.to_json(false)
}

fn run_case(path: &Path) -> Result<Option<(String, Value)>, String> {
    let case: Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).map_err(|e| e.to_string())?;
    let provider = case["provider"].as_str().ok_or("no provider")?;
    let operation = case["operation"].as_str().ok_or("no operation")?;
    let client = Client::new(provider, &case["config"]).map_err(|e| format!("client: {e}"))?;
    let mut snapshot = None;

    if let Some(params) = case.get("params") {
        let prepared = client.prepare(operation, params.clone());
        match (case.get("request"), case.get("prepare_error"), prepared) {
            (Some(expected), None, Ok(req)) => {
                let actual = request_json(&req);
                if &actual != expected {
                    return Err(format!(
                        "request differs\nexpected: {}\nactual:   {}",
                        serde_json::to_string_pretty(expected).unwrap(),
                        serde_json::to_string_pretty(&actual).unwrap()
                    ));
                }
                if let Some(red) = case.get("redacted") {
                    if &req.to_json(true) != red {
                        return Err(format!("redacted request differs: {}", req.to_json(true)));
                    }
                }
                snapshot = Some((operation.to_owned(), req.to_json(true)));
            }
            (None, Some(expected), Err(e)) => {
                if let Some(m) = subset_mismatch(expected, &e.to_json()) {
                    return Err(format!("prepare error differs: {m} (error: {e})"));
                }
            }
            (_, _, Ok(req)) => {
                return Err(format!(
                    "expected an error, got request {}",
                    request_json(&req)
                ));
            }
            (_, _, Err(e)) => return Err(format!("expected a request, got error {e}")),
        }
    }

    if let Some(resp) = case.get("response") {
        let response: HttpResponse =
            serde_json::from_value(resp.clone()).map_err(|e| e.to_string())?;
        match (
            case.get("output"),
            case.get("error"),
            client.parse(operation, &response),
        ) {
            (Some(expected), None, Ok(out)) => {
                if &out != expected {
                    return Err(format!(
                        "output differs\nexpected: {}\nactual:   {}",
                        serde_json::to_string_pretty(expected).unwrap(),
                        serde_json::to_string_pretty(&out).unwrap()
                    ));
                }
            }
            (None, Some(expected), Err(e)) => {
                if let Some(m) = subset_mismatch(expected, &e.to_json()) {
                    return Err(format!("error differs: {m} (error: {})", e.to_json()));
                }
            }
            (_, _, Ok(out)) => return Err(format!("expected an error, got output {out}")),
            (_, _, Err(e)) => return Err(format!("expected output, got error {}", e.to_json())),
        }
    }
    if case.get("params").is_none() && case.get("response").is_none() {
        return Err("a vector needs params or a response".into());
    }
    Ok(snapshot)
}

#[test]
fn every_vector_passes() {
    let root = vectors_root();
    let mut cases = Vec::new();
    find_cases(&root, &mut cases);
    assert!(!cases.is_empty(), "no vectors under {}", root.display());
    let mut failures = Vec::new();
    let mut snapshots = Vec::new();
    for path in &cases {
        let rel = path
            .strip_prefix(&root)
            .unwrap()
            .parent()
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        match run_case(path) {
            Ok(Some((_, snap))) => snapshots.push((rel, snap)),
            Ok(None) => {}
            Err(e) => failures.push(format!("{rel}: {e}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} vectors failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
    eprintln!("{} vectors passed", cases.len());

    // One snapshot per prepared request, in its redacted form (what a log would show).
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        for (name, snap) in snapshots {
            let name = name.replace('/', "__");
            insta::assert_json_snapshot!(name, snap);
        }
    });
}

#[test]
fn catalog_matches_the_checklist() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/operations.json");
    let list: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    for provider in registrar_kit::catalog::PROVIDERS {
        // (operation, method) — the checklist gives no method for some providers.
        let mut expected: Vec<(String, Option<String>)> = list["operations"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|o| o["provider"] == json!(provider))
            .map(|o| {
                let name = o["operation"].as_str().unwrap().to_owned();
                (name, o["method"].as_str().map(str::to_owned))
            })
            .collect();
        let methods_known = expected.iter().all(|(_, m)| m.is_some());
        let mut actual: Vec<(String, Option<String>)> =
            registrar_kit::catalog::operations(provider)
                .iter()
                .map(|m| {
                    (
                        m.name.to_owned(),
                        methods_known.then(|| m.method.to_owned()),
                    )
                })
                .collect();
        expected.sort();
        actual.sort();
        if registrar_kit::catalog::is_complete(provider) {
            assert_eq!(
                actual, expected,
                "catalog of {provider} differs from tests/operations.json"
            );
            let count = list["counts"][provider].as_u64();
            assert_eq!(count, Some(actual.len() as u64), "count of {provider}");
        } else {
            // A provider in progress may lack operations but never names one that is not listed.
            let names: Vec<&String> = expected.iter().map(|(n, _)| n).collect();
            for (op, _) in &actual {
                assert!(
                    names.contains(&op),
                    "{provider} names {op:?}, not in tests/operations.json"
                );
            }
        }
    }
}

#[test]
fn every_catalog_operation_has_a_request_vector() {
    let root = vectors_root();
    for m in registrar_kit::catalog::all_operations() {
        let dir = root.join(m.provider).join(m.name);
        let mut cases = Vec::new();
        if dir.is_dir() {
            find_cases(&dir, &mut cases);
        }
        let has_request = cases.iter().any(|c| {
            let v: Value = serde_json::from_str(&std::fs::read_to_string(c).unwrap()).unwrap();
            v.get("request").is_some()
        });
        let has_response = cases.iter().any(|c| {
            let v: Value = serde_json::from_str(&std::fs::read_to_string(c).unwrap()).unwrap();
            v.get("output").is_some()
        });
        assert!(
            has_request,
            "{}/{} has no request vector",
            m.provider, m.name
        );
        assert!(
            has_response,
            "{}/{} has no successful response vector",
            m.provider, m.name
        );
    }
}

#[test]
fn client_config_is_validated() {
    for (config, field) in [
        (json!({"token": ""}), "token"),
        (json!({}), "config"),
        (json!({"token": "t", "base_url": "ftp://x"}), "base_url"),
        (
            json!({"token": "t", "base_url": "https://x/?q=1"}),
            "base_url",
        ),
        (json!({"token": "t", "extra": 1}), "config"),
    ] {
        let err = Client::new("alldomains", &config).unwrap_err();
        assert_eq!(
            err.kind(),
            registrar_kit::ErrorKind::InvalidInput,
            "{config}"
        );
        assert_eq!(err.field(), Some(field), "{config}");
        assert!(!err.to_string().contains("\"t\""));
    }
    let err = Client::new("nope", &json!({})).unwrap_err();
    assert_eq!(err.field(), Some("provider"));
    let c = Client::new("alldomains", &json!({"token": "t"})).unwrap();
    let err = c.prepare("servicedomain/nope", json!({})).unwrap_err();
    assert_eq!(err.kind(), registrar_kit::ErrorKind::Unsupported);
}

#[test]
fn custom_base_url_and_secrets_never_print() {
    let c = Client::new(
        "alldomains",
        &json!({"token": "SEKRET-123", "base_url": "http://127.0.0.1:8080/"}),
    )
    .unwrap();
    let req = c
        .prepare("servicedomain/check", json!({"sld": "a", "tld": ".uz"}))
        .unwrap();
    assert_eq!(
        req.url,
        "http://127.0.0.1:8080/api/client/servicedomain/check"
    );
    for rendering in [
        format!("{c:?}"),
        format!("{req:?}"),
        req.to_json(true).to_string(),
    ] {
        assert!(!rendering.contains("SEKRET-123"), "{rendering}");
        assert!(
            !rendering.contains("U0VLUkVU"),
            "base64 of the token leaked: {rendering}"
        );
    }
    // The unredacted request does carry the credential.
    assert!(req.header("authorization").unwrap().starts_with("Basic "));
}

#[test]
fn transport_errors_say_whether_to_retry() {
    let c = Client::new("alldomains", &json!({"token": "t"})).unwrap();
    let e = c.transport_error("servicedomain/register_domain", "timed out");
    assert_eq!(e.kind(), registrar_kit::ErrorKind::Transport);
    assert!(!e.is_retryable(), "registering again could pay twice");
    assert_eq!(
        e.details().unwrap()["confirm_with"],
        json!("servicedomain/get_domain")
    );
    let e = c.transport_error("servicedomain/check", "connection refused");
    assert!(e.is_retryable());
    assert_eq!(e.to_json()["kind"], json!("transport"));
    let e = c.transport_error("no/such", "x");
    assert!(!e.is_retryable() && e.details().is_none());
}
