//! `registrar prepare` and `registrar parse` against every golden vector under `tests/vectors/`:
//! the real binary, one process per vector, on parallel threads.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::{Case, assert_no_failures, cases, parallel, run, subset_mismatch};
use registrar_kit::catalog::Client;
use serde_json::{Value, json};
use std::path::PathBuf;

fn text(v: &Value) -> String {
    v.to_string()
}

fn prepare_args(c: &Case) -> Vec<String> {
    vec![
        "prepare".into(),
        c.case["provider"].as_str().unwrap().into(),
        c.case["operation"].as_str().unwrap().into(),
        "--config".into(),
        text(&c.case["config"]),
        "--params".into(),
        text(&c.case["params"]),
        "--compact".into(),
    ]
}

fn run_strings(args: &[String]) -> std::process::Output {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    run(&args)
}

fn describe(out: &std::process::Output) -> String {
    format!(
        "exit {:?}\nstdout: {}\nstderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn json_out(out: &std::process::Output) -> Result<Value, String> {
    serde_json::from_slice(&out.stdout)
        .map_err(|e| format!("stdout is not JSON: {e}\n{}", describe(out)))
}

/// What the library itself (in this process) prepares or parses for the vector: when the CLI's
/// result equals it, a failure is a core/vector mismatch rather than a CLI bug.
fn library_note(
    c: &Case,
    cli_stdout: &Value,
    response: Option<&registrar_kit::HttpResponse>,
) -> &'static str {
    let Ok(client) = Client::new(
        c.case["provider"].as_str().unwrap_or_default(),
        &c.case["config"],
    ) else {
        return "";
    };
    let op = c.case["operation"].as_str().unwrap_or_default();
    let lib = match response {
        None => client
            .prepare(op, c.case["params"].clone())
            .map(|r| r.to_json(false))
            .unwrap_or_else(|e| e.to_json()),
        Some(r) => client.parse(op, r).unwrap_or_else(|e| e.to_json()),
    };
    if &lib == cli_stdout {
        " [the library in-process gives the same: a core/vector mismatch, not a CLI bug]"
    } else {
        " [the library in-process gives something else: a CLI bug]"
    }
}

#[test]
fn prepare_reproduces_every_vector_request() {
    let all = cases();
    let with_request: Vec<&Case> = all
        .iter()
        .filter(|c| c.case.get("params").is_some() && c.case.get("request").is_some())
        .collect();
    assert!(
        with_request.len() > 400,
        "only {} vectors",
        with_request.len()
    );
    let failures = parallel(&with_request, |c| {
        let out = run_strings(&prepare_args(c));
        let actual = json_out(&out).map_err(|e| format!("{}: {e}", c.name))?;
        if out.status.code() != Some(0) {
            let note = library_note(c, &actual, None);
            return Err(format!("{}: {}{note}", c.name, describe(&out)));
        }
        if actual != c.case["request"] {
            return Err(format!(
                "{}: request differs{}\nexpected: {}\nactual:   {actual}",
                c.name,
                library_note(c, &actual, None),
                c.case["request"]
            ));
        }
        Ok(())
    });
    assert_no_failures("prepare", with_request.len(), &failures);
    eprintln!("prepare: {} vectors reproduced", with_request.len());
}

#[test]
fn prepare_redact_reproduces_every_vector_redacted_rendering() {
    let all = cases();
    let with_redacted: Vec<&Case> = all
        .iter()
        .filter(|c| c.case.get("params").is_some() && c.case.get("redacted").is_some())
        .collect();
    assert!(!with_redacted.is_empty());
    let failures = parallel(&with_redacted, |c| {
        let mut args = prepare_args(c);
        args.push("--redact".into());
        let out = run_strings(&args);
        let actual = json_out(&out).map_err(|e| format!("{}: {e}", c.name))?;
        if actual != c.case["redacted"] {
            return Err(format!(
                "{}: redacted request differs\nexpected: {}\nactual:   {actual}",
                c.name, c.case["redacted"]
            ));
        }
        Ok(())
    });
    assert_no_failures("prepare --redact", with_redacted.len(), &failures);
}

#[test]
fn prepare_reports_every_vector_prepare_error() {
    let all = cases();
    let refused: Vec<&Case> = all
        .iter()
        .filter(|c| c.case.get("params").is_some() && c.case.get("prepare_error").is_some())
        .collect();
    assert!(!refused.is_empty());
    let failures = parallel(&refused, |c| {
        let out = run_strings(&prepare_args(c));
        let actual = json_out(&out).map_err(|e| format!("{}: {e}", c.name))?;
        if out.status.code() != Some(1) {
            let note = library_note(c, &actual, None);
            return Err(format!(
                "{}: expected exit 1{note}, {}",
                c.name,
                describe(&out)
            ));
        }
        match subset_mismatch(&c.case["prepare_error"], &actual) {
            Some(m) => Err(format!("{}: {m} (error {actual})", c.name)),
            None => Ok(()),
        }
    });
    assert_no_failures("prepare errors", refused.len(), &failures);
}

#[test]
fn parse_reproduces_every_vector_output_or_error() {
    let all = cases();
    let with_response: Vec<(usize, &Case)> = all
        .iter()
        .filter(|c| c.case.get("response").is_some())
        .enumerate()
        .collect();
    assert!(
        with_response.len() > 400,
        "only {} vectors",
        with_response.len()
    );
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("vector-bodies");
    std::fs::create_dir_all(&dir).unwrap();
    let failures = parallel(&with_response, |(i, c)| {
        let response: registrar_kit::HttpResponse =
            serde_json::from_value(c.case["response"].clone())
                .map_err(|e| format!("{}: {e}", c.name))?;
        let body_file = dir.join(format!("{i}.body"));
        std::fs::write(&body_file, &response.body).unwrap();
        let mut args: Vec<String> = vec![
            "parse".into(),
            c.case["provider"].as_str().unwrap().into(),
            c.case["operation"].as_str().unwrap().into(),
            "--status".into(),
            response.status.to_string(),
            "--body-file".into(),
            body_file.to_string_lossy().into_owned(),
            "--config".into(),
            text(&c.case["config"]),
            "--compact".into(),
        ];
        for (name, value) in &response.headers {
            args.push("--header".into());
            args.push(format!("{name}: {value}"));
        }
        let out = run_strings(&args);
        let actual = json_out(&out).map_err(|e| format!("{}: {e}", c.name))?;
        let note = || library_note(c, &actual, Some(&response));
        match (c.case.get("output"), c.case.get("error"), out.status.code()) {
            (Some(expected), None, Some(0)) if &actual == expected => Ok(()),
            (Some(expected), None, _) => Err(format!(
                "{}: output differs{}\nexpected: {expected}\nactual:   {}",
                c.name,
                note(),
                describe(&out)
            )),
            (None, Some(expected), Some(1)) => match subset_mismatch(expected, &actual) {
                Some(m) => Err(format!("{}: {m}{} (error {actual})", c.name, note())),
                None => Ok(()),
            },
            _ => Err(format!(
                "{}: expected an error (exit 1){}, {}",
                c.name,
                note(),
                describe(&out)
            )),
        }
    });
    assert_no_failures("parse", with_response.len(), &failures);
    eprintln!("parse: {} vectors reproduced", with_response.len());
}

#[test]
fn every_vector_is_run_by_these_tests() {
    let all = cases();
    let unread: Vec<&str> = all
        .iter()
        .filter(|c| c.case.get("params").is_none() && c.case.get("response").is_none())
        .map(|c| c.name.as_str())
        .collect();
    assert!(
        unread.is_empty(),
        "vectors without params or response: {unread:?}"
    );
}

/// The members of each provider's config that are credentials.
const SECRET_MEMBERS: &[&str] = &[
    "token",
    "api_key",
    "password",
    "auth_password",
    "api_token",
    "session_token",
];

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Every form a secret could take on the wire: itself, percent-encoded, inside Basic auth.
fn secret_forms(secret: &str) -> Vec<String> {
    let mut forms = vec![
        secret.to_owned(),
        base64(format!("client:{secret}").as_bytes()),
    ];
    for user in ["", "user:", "test:"] {
        forms.push(base64(format!("{user}{secret}").as_bytes()));
    }
    forms
}

#[test]
fn redact_never_shows_a_config_secret() {
    // Every vector with a request, its credentials replaced by distinctive values: without
    // --redact they are on the wire; with --redact no form of them is printed.
    let all = cases();
    let with_request: Vec<&Case> = all
        .iter()
        .filter(|c| c.case.get("params").is_some() && c.case.get("request").is_some())
        .collect();
    let shown_unredacted = std::sync::atomic::AtomicUsize::new(0);
    let failures = parallel(&with_request, |c| {
        let mut config = c.case["config"].clone();
        let mut secrets = Vec::new();
        if let Value::Object(m) = &mut config {
            for (k, v) in m.iter_mut() {
                if SECRET_MEMBERS.contains(&k.as_str()) && v.is_string() {
                    let s = format!("Sx{}Qz{}k7", k.replace('_', ""), c.name.len());
                    *v = json!(s);
                    secrets.push(s);
                }
                if k == "private_key_pem" {
                    // The key itself must stay valid: check its base64 lines never print.
                    let pem = v.as_str().unwrap_or_default();
                    secrets.extend(
                        pem.lines()
                            .filter(|l| !l.starts_with("-----") && l.len() > 20)
                            .map(str::to_owned),
                    );
                }
            }
        }
        let mut c2 = Case {
            name: c.name.clone(),
            case: c.case.clone(),
        };
        c2.case["config"] = config;
        let plain = run_strings(&prepare_args(&c2));
        if plain.status.code() != Some(0) {
            return Err(format!("{}: {}", c.name, describe(&plain)));
        }
        let plain_text = String::from_utf8_lossy(&plain.stdout).into_owned();
        // A request signed with a key (REG.API) or without credentials carries nothing to mask.
        let carries_secret = secrets
            .iter()
            .any(|s| secret_forms(s).iter().any(|f| plain_text.contains(f)));
        if carries_secret {
            shown_unredacted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        }
        let mut args = prepare_args(&c2);
        args.push("--redact".into());
        let out = run_strings(&args);
        let text = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        for s in &secrets {
            for form in secret_forms(s) {
                if text.contains(&form) {
                    return Err(format!("{}: --redact shows {form:?}:\n{text}", c.name));
                }
            }
        }
        if out.status.code() != Some(0) || (carries_secret && !text.contains("***")) {
            return Err(format!("{}: nothing masked: {}", c.name, describe(&out)));
        }
        Ok(())
    });
    assert_no_failures("redact", with_request.len(), &failures);
    // The substitution took effect: the unredacted requests carry the credentials.
    let shown = shown_unredacted.load(std::sync::atomic::Ordering::SeqCst);
    assert!(
        shown * 10 >= with_request.len() * 9,
        "only {shown} of {} unredacted requests carry the substituted secrets",
        with_request.len()
    );
}
