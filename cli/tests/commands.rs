//! The rest of the command line: credentials from the environment, `@file` and stdin inputs,
//! listings, exit codes, help text, and the commands that are not there yet.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::{registrar, run, run_with_stdin, stderr, stdout, stdout_json};
use serde_json::{Value, json};
use std::path::PathBuf;

const CHECK: &str = r#"{"sld":"example","tld":".uz"}"#;

fn tmp(name: &str, contents: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("commands");
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, contents).unwrap();
    p
}

fn authorization(request: &Value) -> String {
    request["headers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p[0] == "authorization")
        .map(|p| p[1].as_str().unwrap().to_owned())
        .unwrap()
}

#[test]
fn prepare_takes_credentials_from_per_provider_variables() {
    let out = registrar()
        .args([
            "prepare",
            "alldomains",
            "servicedomain/check",
            "--params",
            CHECK,
        ])
        .env("ALLDOMAINS_TOKEN", "T")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(authorization(&stdout_json(&out)), "Basic Y2xpZW50OlQ=");

    let out = registrar()
        .args(["prepare", "logicboxes", "domains/available", "--params"])
        .arg(r#"{"domain-name":["example"],"tlds":["com"]}"#)
        .env("LOGICBOXES_AUTH_USERID", "12345")
        .env("LOGICBOXES_API_KEY", "KEY")
        .env("LOGICBOXES_ENDPOINT", "live")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let url = stdout_json(&out)["url"].as_str().unwrap().to_owned();
    assert!(
        url.starts_with(
            "https://httpapi.com/api/domains/available.json?auth-userid=12345&api-key=KEY"
        ),
        "{url}"
    );

    let out = registrar()
        .args(["prepare", "namecom", "hello"])
        .env("NAMECOM_USERNAME", "u")
        .env("NAMECOM_API_TOKEN", "tok")
        .env("NAMECOM_ENDPOINT", "test")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let req = stdout_json(&out);
    assert_eq!(req["url"], "https://api.dev.name.com/api/hello");

    let out = registrar()
        .args(["prepare", "domaincontext", "clientGetBalance", "--redact"])
        .env("DOMAINCONTEXT_AUTH_LOGIN", "login")
        .env("DOMAINCONTEXT_AUTH_PASSWORD", "pw-secret")
        .env("DOMAINCONTEXT_ENDPOINT", "demo")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let req = stdout(&out);
    assert!(
        req.contains("https://demo-api.domaincontext.com/clientGetBalance"),
        "{req}"
    );
    assert!(
        req.contains("auth_login=login") && !req.contains("pw-secret"),
        "{req}"
    );
}

#[test]
fn regru_key_file_variable_is_read() {
    let case: Value = serde_json::from_str(
        &std::fs::read_to_string(
            common::vectors_root().join("regru/domain/nop/signed_sha1_pkcs1/case.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let pem = case["config"]["private_key_pem"].as_str().unwrap();
    let key = tmp("regru.pem", pem);
    let out = registrar()
        .args(["prepare", "regru", "domain/nop", "--compact", "--params"])
        .arg(case["params"].to_string())
        .env(
            "REGRU_USERNAME",
            case["config"]["username"].as_str().unwrap(),
        )
        .env("REGRU_PRIVATE_KEY_FILE", &key)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout_json(&out), case["request"]);
}

#[test]
fn registrar_config_may_be_keyed_by_provider_and_flag_wins() {
    let all = json!({
        "alldomains": {"token": "A"},
        "namecom": {"session_token": "S", "endpoint": "live"}
    });
    let out = registrar()
        .args([
            "prepare",
            "alldomains",
            "servicedomain/check",
            "--params",
            CHECK,
        ])
        .env("REGISTRAR_CONFIG", all.to_string())
        .env("ALLDOMAINS_TOKEN", "ignored")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(authorization(&stdout_json(&out)), "Basic Y2xpZW50OkE=");

    // A plain config in REGISTRAR_CONFIG, overridden by --config.
    let out = registrar()
        .args([
            "prepare",
            "alldomains",
            "servicedomain/check",
            "--params",
            CHECK,
        ])
        .args(["--config", r#"{"token":"F"}"#])
        .env("REGISTRAR_CONFIG", r#"{"token":"E"}"#)
        .output()
        .unwrap();
    assert_eq!(authorization(&stdout_json(&out)), "Basic Y2xpZW50OkY=");

    // REGISTRAR_CONFIG as @file.
    let file = tmp("config.json", &all.to_string());
    let out = registrar()
        .args(["prepare", "namecom", "hello"])
        .env("REGISTRAR_CONFIG", format!("@{}", file.display()))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout_json(&out)["url"], "https://api.name.com/api/hello");
}

#[test]
fn missing_credentials_is_a_usage_error_that_names_the_variables() {
    let out = run(&[
        "prepare",
        "alldomains",
        "servicedomain/check",
        "--params",
        CHECK,
    ]);
    assert_eq!(out.status.code(), Some(2));
    let msg = stderr(&out);
    assert!(
        msg.contains("ALLDOMAINS_TOKEN") && msg.contains("REGISTRAR_CONFIG"),
        "{msg}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn params_and_config_from_files_and_stdin() {
    let params = tmp("params.json", CHECK);
    let config = tmp("alldomains.json", r#"{"token":"T"}"#);
    let from_files = run(&[
        "prepare",
        "alldomains",
        "servicedomain/check",
        "--config",
        &format!("@{}", config.display()),
        "--params",
        &format!("@{}", params.display()),
    ]);
    assert_eq!(from_files.status.code(), Some(0), "{}", stderr(&from_files));
    let from_stdin = run_with_stdin(
        &[
            "prepare",
            "alldomains",
            "servicedomain/check",
            "--config",
            r#"{"token":"T"}"#,
            "--params",
            "-",
        ],
        CHECK.as_bytes(),
    );
    assert_eq!(from_stdin.status.code(), Some(0), "{}", stderr(&from_stdin));
    let literal = run(&[
        "prepare",
        "alldomains",
        "servicedomain/check",
        "--config",
        r#"{"token":"T"}"#,
        "--params",
        CHECK,
    ]);
    assert_eq!(stdout_json(&from_files), stdout_json(&literal));
    assert_eq!(stdout_json(&from_stdin), stdout_json(&literal));

    // Only one argument may read stdin.
    let both = run_with_stdin(
        &[
            "prepare",
            "alldomains",
            "servicedomain/check",
            "--config",
            "-",
            "--params",
            "-",
        ],
        br#"{"token":"T"}"#,
    );
    assert_eq!(both.status.code(), Some(2), "{}", stderr(&both));
    assert!(stderr(&both).contains("already used"), "{}", stderr(&both));

    let missing = run(&[
        "prepare",
        "alldomains",
        "servicedomain/check",
        "--config",
        r#"{"token":"T"}"#,
        "--params",
        "@/nonexistent/params.json",
    ]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("/nonexistent/params.json"));
}

#[test]
fn library_errors_are_json_on_stdout_with_exit_1() {
    let bad_json = run(&[
        "prepare",
        "alldomains",
        "servicedomain/check",
        "--config",
        r#"{"token":"T"}"#,
        "--params",
        "{nope",
    ]);
    assert_eq!(bad_json.status.code(), Some(1));
    assert_eq!(stdout_json(&bad_json)["field"], "params");

    let unknown_op = run(&[
        "prepare",
        "alldomains",
        "no/such",
        "--config",
        r#"{"token":"T"}"#,
    ]);
    assert_eq!(unknown_op.status.code(), Some(1));
    assert_eq!(stdout_json(&unknown_op)["kind"], "unsupported");

    let unknown_provider = run(&["prepare", "nosuch", "x", "--params", "{}"]);
    assert_eq!(unknown_provider.status.code(), Some(1));
    let err = stdout_json(&unknown_provider);
    assert_eq!(err["kind"], "invalid_input");
    assert_eq!(err["field"], "provider");

    let bad_config = run(&[
        "prepare",
        "alldomains",
        "servicedomain/check",
        "--config",
        r#"{"token":""}"#,
    ]);
    assert_eq!(bad_config.status.code(), Some(1));
    assert_eq!(stdout_json(&bad_config)["field"], "token");
}

#[test]
fn parse_reads_the_body_from_a_file_stdin_or_the_command_line() {
    let body = r#"{"result":null,"error":{"message":"Domain not found","code":9999}}"#;
    let file = tmp("reply.json", body);
    let from_file = run(&[
        "parse",
        "alldomains",
        "servicedomain/get_domain",
        "--status",
        "200",
        "--body-file",
        file.to_str().unwrap(),
        "--header",
        "Content-Type: application/json",
    ]);
    assert_eq!(from_file.status.code(), Some(1));
    let err = stdout_json(&from_file);
    assert_eq!(err["kind"], "not_found");
    assert_eq!(err["provider_message"], "Domain not found");
    assert!(stderr(&from_file).contains("Domain not found"));

    let from_stdin = run_with_stdin(
        &[
            "parse",
            "alldomains",
            "servicedomain/get_domain",
            "--status",
            "200",
            "--body-file",
            "-",
        ],
        body.as_bytes(),
    );
    assert_eq!(stdout_json(&from_stdin), err);

    let ok = run(&[
        "parse",
        "alldomains",
        "servicedomain/check",
        "--status",
        "200",
        "--body",
        r#"{"result":true,"error":null}"#,
    ]);
    assert_eq!(ok.status.code(), Some(0));
    assert_eq!(stdout_json(&ok), json!({"available": true}));

    let bad_header = run(&[
        "parse",
        "alldomains",
        "servicedomain/check",
        "--status",
        "200",
        "--header",
        "no colon",
    ]);
    assert_eq!(bad_header.status.code(), Some(2));
}

#[test]
fn operations_lists_the_catalog() {
    let out = run(&["operations", "alldomains"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let ops = registrar_kit::catalog::operations("alldomains");
    assert_eq!(text.lines().count(), ops.len() + 1, "{text}");
    assert!(text.lines().next().unwrap().starts_with("OPERATION"));
    for m in &ops {
        assert!(
            text.contains(m.name) && text.contains(m.summary),
            "{}",
            m.name
        );
    }
    assert!(text.contains("unsafe (confirm with servicedomain/get_domain)"));

    let all = run(&["operations"]);
    let text = stdout(&all);
    for p in registrar_kit::catalog::PROVIDERS {
        let n = registrar_kit::catalog::operations(p).len();
        assert!(text.contains(&format!("{p} ({n} operations)")), "{p}");
    }

    let json_out = stdout_json(&run(&["operations", "namecom", "--json"]));
    let list = json_out.as_array().unwrap();
    assert_eq!(
        list.len(),
        registrar_kit::catalog::operations("namecom").len()
    );
    assert!(
        list.iter()
            .all(|m| m["provider"] == "namecom" && m["method"].is_string())
    );

    let unknown = run(&["operations", "nosuch"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("alldomains"));
}

#[test]
fn flows_lists_the_flows() {
    let out = run(&["flows"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("namecom") && stdout(&out).contains("session"));
    let json_out = stdout_json(&run(&["flows", "--json"]));
    assert_eq!(json_out, registrar_kit::catalog::flows_json());
}

#[test]
fn sandbox_refuses_a_bad_port_and_demo_documents_its_exit_codes() {
    let out = run(&["sandbox", "--port", "http"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(stderr(&out).contains("--port"), "{}", stderr(&out));
    let help = stdout(&run(&["demo", "--help"]));
    assert!(
        help.contains("Exit codes") && help.contains("unsupported"),
        "{help}"
    );
}

#[test]
fn help_documents_examples_variables_and_exit_codes() {
    let top = stdout(&run(&["--help"]));
    for needle in [
        "prepare",
        "parse",
        "call",
        "operations",
        "flows",
        "Examples:",
        "REGISTRAR_CONFIG",
        "Exit codes:",
    ] {
        assert!(top.contains(needle), "--help lacks {needle}:\n{top}");
    }
    let prepare = stdout(&run(&["help", "prepare"]));
    for needle in [
        "--params",
        "--config",
        "--redact",
        "ALLDOMAINS_TOKEN",
        "LOGICBOXES_API_KEY",
        "REGRU_PRIVATE_KEY_FILE",
        "DOMAINCONTEXT_AUTH_PASSWORD",
        "NAMECOM_API_TOKEN",
        "Examples:",
    ] {
        assert!(
            prepare.contains(needle),
            "help prepare lacks {needle}:\n{prepare}"
        );
    }
    let call = stdout(&run(&["call", "--help"]));
    for needle in ["--endpoint", "--timeout", "transport", "confirm_with"] {
        assert!(call.contains(needle), "call --help lacks {needle}:\n{call}");
    }
    let parse = stdout(&run(&["parse", "--help"]));
    for needle in ["--status", "--body-file", "--header"] {
        assert!(parse.contains(needle), "parse --help lacks {needle}");
    }
    assert_eq!(run(&["prepare"]).status.code(), Some(2));
}

#[test]
fn the_readme_documents_every_variable() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for v in common::CONFIG_VARS {
        assert!(readme.contains(v), "cli/README.md does not mention {v}");
    }
}
