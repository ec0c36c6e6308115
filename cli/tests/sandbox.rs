//! `registrar demo` (the lifecycle against the in-process sandbox, credentials masked) and
//! `registrar sandbox --port 0` (a separate process that answers an Alldomains check sent from
//! here with the core and a real HTTP client). Every wait is bounded.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::registrar;
use registrar_kit::catalog::{Client, PROVIDERS};
use registrar_kit::{HttpRequest, HttpResponse};
use registrar_sandbox::{Sandbox, seed};
use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Kills the child when the test ends, however it ends.
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Waits for the child to exit, at most `limit`; the whole stdout and stderr.
fn finish(child: Child, limit: Duration) -> (Option<i32>, String, String) {
    let mut child = Killed(child);
    let mut stdout = child.0.stdout.take().unwrap();
    let mut stderr = child.0.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stdout.read_to_string(&mut s);
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    let start = Instant::now();
    let code = loop {
        if let Some(status) = child.0.try_wait().unwrap() {
            break status.code();
        }
        if start.elapsed() > limit {
            let _ = child.0.kill();
            panic!("the command did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    (code, out.join().unwrap(), err.join().unwrap())
}

/// Standard base64 (for the Basic credentials that must not appear).
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut s = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                s.push(ABC[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                s.push('=');
            }
        }
    }
    s
}

/// The providers the sandbox serves (those it gives a configuration for) and every secret of
/// their configurations, plus the seeded secrets of the other accounts.
fn served_and_secrets() -> (Vec<&'static str>, Vec<String>) {
    let sb = Sandbox::start_loopback().unwrap();
    let served: Vec<&str> = PROVIDERS
        .iter()
        .copied()
        .filter(|p| Sandbox::providers().contains(p))
        .collect();
    let mut secrets: Vec<String> = vec![
        seed::ALLDOMAINS_TOKEN.into(),
        seed::ALLDOMAINS_POOR_TOKEN.into(),
        seed::NAMECOM_API_TOKEN.into(),
        seed::NAMECOM_POOR_API_TOKEN.into(),
        seed::LOGICBOXES_API_KEY.into(),
        seed::LOGICBOXES_POOR_API_KEY.into(),
        seed::REGRU_PASSWORD.into(),
        seed::REGRU_POOR_PASSWORD.into(),
        seed::DOMAINCONTEXT_PASSWORD.into(),
        seed::DOMAINCONTEXT_POOR_PASSWORD.into(),
    ];
    for p in &served {
        let Some(Value::Object(cfg)) = sb.config(p) else {
            continue;
        };
        for (k, v) in cfg {
            let secret = ["token", "key", "password", "pem", "secret"]
                .iter()
                .any(|s| k.contains(s));
            if let (true, Some(text)) = (secret, v.as_str()) {
                secrets.push(text.to_owned());
            }
        }
    }
    let basic: Vec<String> = [seed::ALLDOMAINS_TOKEN, seed::ALLDOMAINS_POOR_TOKEN]
        .iter()
        .map(|t| base64(format!("client:{t}").as_bytes()))
        .collect();
    secrets.extend(basic);
    secrets.sort();
    secrets.dedup();
    sb.shutdown();
    (served, secrets)
}

#[test]
fn base64_matches_the_standard() {
    assert_eq!(base64(b"client:t"), "Y2xpZW50OnQ=");
    assert_eq!(base64(b"ab"), "YWI=");
    assert_eq!(base64(b"abc"), "YWJj");
}

#[test]
fn demo_runs_the_lifecycle_for_every_served_provider_and_masks_credentials() {
    let (served, secrets) = served_and_secrets();
    assert!(served.contains(&"alldomains"), "{served:?}");
    let child = registrar()
        .arg("demo")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (code, out, err) = finish(child, Duration::from_secs(120));
    assert_eq!(code, Some(0), "stdout:\n{out}\nstderr:\n{err}");

    // Each served provider: its section, the seven steps, each with an outcome, and a row of
    // the summary table.
    let steps = [
        "1. check (check)",
        "2. register (register)",
        "3. name servers (set_nameservers)",
        "4. lock (lock)",
        "5. info (info)",
        "6. renew (renew)",
        "7. dns record (dns_add)",
    ];
    let summary = out
        .split("=== summary")
        .nth(1)
        .unwrap_or_else(|| panic!("no summary:\n{out}"));
    for p in &served {
        let start = out
            .find(&format!("=== {p}  (http://127.0.0.1:"))
            .unwrap_or_else(|| panic!("no section for {p}:\n{out}"));
        let section = &out[start..];
        let section = &section[..section[4..].find("\n=== ").map_or(section.len(), |i| i + 4)];
        for step in steps {
            assert!(
                section.contains(&format!("--- {step}\n")),
                "{p}: no {step}:\n{section}"
            );
        }
        assert_eq!(
            section.matches("\n    ok: ").count()
                + section.matches("\n    unsupported").count()
                + section.matches("\n    not served by the sandbox").count(),
            steps.len(),
            "{p}: one outcome per step:\n{section}"
        );
        assert!(!section.contains("FAILED"), "{section}");
        // Check and register go over HTTP for every provider: requests and answers are shown.
        assert!(section.contains("    >  "), "{section}");
        assert!(section.contains("    <  200  "), "{section}");
        assert!(section.contains(" registered"), "{section}");
        let row = summary
            .lines()
            .find(|l| l.starts_with(&format!("{p} ")))
            .unwrap_or_else(|| panic!("no summary row for {p}:\n{summary}"));
        assert!(row.split_whitespace().nth(1) == Some("ok"), "{row}");
        assert!(!row.contains("ERROR"), "{row}");
    }
    for p in PROVIDERS {
        if !served.contains(p) {
            assert!(
                out.contains(&format!("{p}: not served by the sandbox yet")),
                "{p}:\n{out}"
            );
        }
    }
    // Unsupported steps are shown with their reason (Alldomains has no DNS calls).
    if served.contains(&"alldomains") {
        assert!(
            summary.contains("alldomains dns_add: unsupported: "),
            "{summary}"
        );
    }
    assert!(out.contains("***"), "credentials are shown masked:\n{out}");
    for s in &secrets {
        assert!(
            !out.contains(s.as_str()) && !err.contains(s.as_str()),
            "the transcript shows the secret {s:?}"
        );
    }
}

/// Sends `request` with ureq (bounded) and returns the response whatever its status.
fn send(request: &HttpRequest) -> HttpResponse {
    let agent = ureq::Agent::new_with_config(
        ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(10)))
            .http_status_as_error(false)
            .build(),
    );
    let mut builder = ureq::http::Request::builder()
        .method(request.method.as_str())
        .uri(request.url.as_str());
    for (n, v) in &request.headers {
        builder = builder.header(n.as_str(), v.as_str());
    }
    let mut response = agent
        .run(builder.body(request.body.clone()).unwrap())
        .unwrap();
    let status = response.status().as_u16();
    let body = response.body_mut().read_to_vec().unwrap();
    HttpResponse {
        status,
        headers: Vec::new(),
        body,
    }
}

#[test]
fn sandbox_command_serves_an_alldomains_check() {
    let child = registrar()
        .args(["sandbox", "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut child = Killed(child);
    let stdout = child.0.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut printed = Vec::new();
    let port: u16 = loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let line = rx
            .recv_timeout(left)
            .unwrap_or_else(|e| panic!("no port printed ({e}); got:\n{}", printed.join("\n")));
        if let Some(rest) = line.split("listening on http://127.0.0.1:").nth(1) {
            break rest.trim().parse().unwrap();
        }
        printed.push(line);
    };
    assert_ne!(port, 0);
    // The banner goes on: a ready config per provider and the seeded accounts.
    let mut banner = String::new();
    while let Ok(line) = rx.recv_timeout(Duration::from_secs(5)) {
        banner.push_str(&line);
        banner.push('\n');
        if line.contains("Ctrl-C") {
            break;
        }
    }
    assert!(
        banner.contains("alldomains") && banner.contains("config:"),
        "{banner}"
    );
    assert!(banner.contains(seed::ALLDOMAINS_TOKEN), "{banner}");

    let client = Client::new(
        "alldomains",
        &json!({"token": seed::ALLDOMAINS_TOKEN,
                "base_url": format!("http://127.0.0.1:{port}/alldomains")}),
    )
    .unwrap();
    let check = |sld: &str| {
        let request = client
            .prepare("servicedomain/check", json!({"sld": sld, "tld": ".uz"}))
            .unwrap();
        client.parse("servicedomain/check", &send(&request))
    };
    assert_eq!(check("free-name").unwrap(), json!({"available": true}));
    // The check's own "not available" answer is an output, not an error.
    let taken = check("taken-name").unwrap();
    assert_eq!(taken["available"], json!(false), "{taken}");
    drop(child);
}
