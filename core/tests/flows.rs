//! Runs every flow vector under `tests/flows/` (see its README) through `catalog::Client::flow`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use registrar_kit::HttpResponse;
use registrar_kit::catalog::{Client, FlowStep};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn find(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            find(&p, out);
        } else if p.file_name().is_some_and(|n| n == "flow.json") {
            out.push(p);
        }
    }
}

fn run(path: &Path) -> Result<(), String> {
    let case: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let client = Client::new(case["provider"].as_str().unwrap(), &case["config"])
        .map_err(|e| e.to_string())?;
    let mut flow = client
        .flow(case["flow"].as_str().unwrap(), case["params"].clone())
        .map_err(|e| e.to_string())?;
    for (i, step) in case["steps"].as_array().unwrap().iter().enumerate() {
        match flow.next() {
            FlowStep::Send(req) => {
                if req.to_json(false) != step["request"] {
                    return Err(format!("step {i}: request differs: {}", req.to_json(false)));
                }
            }
            FlowStep::Done(out) => return Err(format!("step {i}: flow ended early with {out}")),
        }
        let resp: HttpResponse = serde_json::from_value(step["response"].clone()).unwrap();
        flow.feed(&resp);
    }
    let FlowStep::Done(out) = flow.next() else {
        return Err("the flow wants more requests than the steps give".into());
    };
    if let Some(expected) = case.get("output") {
        if &out != expected {
            return Err(format!("output differs: {out}"));
        }
    }
    if let Some(expected) = case.get("output_error") {
        for (k, v) in expected.as_object().unwrap() {
            if out["error"].get(k) != Some(v) {
                return Err(format!(
                    "output error member {k}: expected {v}, got {}",
                    out["error"]
                ));
            }
        }
    }
    if case.get("output").is_none() && case.get("output_error").is_none() {
        return Err("a flow vector needs output or output_error".into());
    }
    Ok(())
}

#[test]
fn every_flow_vector_passes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/flows");
    let mut cases = Vec::new();
    find(&root, &mut cases);
    assert!(!cases.is_empty());
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|p| run(p).err().map(|e| format!("{}: {e}", p.display())))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn unknown_flows_and_params_are_refused() {
    let c = Client::new("alldomains", &serde_json::json!({"token": "t"})).unwrap();
    assert_eq!(
        c.flow("session", Value::Null).unwrap_err().kind(),
        registrar_kit::ErrorKind::Unsupported
    );
    let n = Client::new(
        "namecom",
        &serde_json::json!({"username": "u", "api_token": "t", "endpoint": "test"}),
    )
    .unwrap();
    let e = n
        .flow("session", serde_json::json!({"calls": [], "extra": 1}))
        .unwrap_err();
    assert_eq!(e.field(), Some("extra"));
    let e = n
        .flow(
            "session",
            serde_json::json!({"calls": [{"operation": "domain/get", "params": {}}]}),
        )
        .unwrap_err();
    assert_eq!(
        e.kind(),
        registrar_kit::ErrorKind::InvalidInput,
        "calls are validated before login"
    );
    assert_eq!(n.flows().len(), 1);
}
