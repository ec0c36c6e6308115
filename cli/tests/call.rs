//! `registrar call` over real HTTP: a one-shot server on 127.0.0.1 answering canned Alldomains
//! replies, a closed port, and a server that never answers.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::{run, stderr, stdout_json};
use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

/// What the server saw: the request line, the headers (lowercase names) and the body.
#[derive(Debug)]
struct Seen {
    request_line: String,
    headers: Vec<(String, String)>,
    body: String,
}

fn read_request(stream: &mut TcpStream) -> Seen {
    let mut reader = BufReader::new(stream);
    let mut request_line = String::new();
    reader.read_line(&mut request_line).unwrap();
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        let (k, v) = line.split_once(':').unwrap();
        headers.push((k.trim().to_ascii_lowercase(), v.trim().to_owned()));
    }
    let len: usize = headers
        .iter()
        .find(|(k, _)| k == "content-length")
        .map_or(0, |(_, v)| v.parse().unwrap());
    let mut body = vec![0; len];
    reader.read_exact(&mut body).unwrap();
    Seen {
        request_line: request_line.trim_end().to_owned(),
        headers,
        body: String::from_utf8(body).unwrap(),
    }
}

/// Serves one connection with `status` and a JSON `body`; returns the base URL and what it saw.
fn one_shot_server(status: &str, body: &'static str) -> (String, mpsc::Receiver<Seen>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (tx, rx) = mpsc::channel();
    let status = status.to_owned();
    thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        let seen = read_request(&mut stream);
        let reply = format!(
            "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\
             Connection: close\r\n\r\n{body}",
            body.len()
        );
        stream.write_all(reply.as_bytes()).unwrap();
        stream.flush().unwrap();
        tx.send(seen).unwrap();
    });
    (url, rx)
}

fn header<'a>(seen: &'a Seen, name: &str) -> Option<&'a str> {
    seen.headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

const CONFIG: &str = r#"{"token":"T0K3N"}"#;

#[test]
fn call_sends_the_prepared_request_and_prints_the_parsed_output() {
    let (url, seen) = one_shot_server("200 OK", r#"{"result":true,"error":null}"#);
    let params = r#"{"sld":"example","tld":".uz"}"#;
    let out = run(&[
        "call",
        "alldomains",
        "servicedomain/check",
        "--config",
        CONFIG,
        "--params",
        params,
        "--endpoint",
        &url,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout_json(&out), json!({"available": true}));

    // The server got exactly what `prepare` prints (with the endpoint replaced).
    let seen = seen.recv_timeout(Duration::from_secs(10)).unwrap();
    let prepared = stdout_json(&run(&[
        "prepare",
        "alldomains",
        "servicedomain/check",
        "--config",
        CONFIG,
        "--params",
        params,
        "--endpoint",
        &url,
    ]));
    assert_eq!(
        prepared["url"].as_str().unwrap(),
        format!("{url}/api/client/servicedomain/check")
    );
    assert_eq!(
        seen.request_line,
        "POST /api/client/servicedomain/check HTTP/1.1"
    );
    assert_eq!(seen.body, prepared["body"].as_str().unwrap());
    for pair in prepared["headers"].as_array().unwrap() {
        let (name, value) = (pair[0].as_str().unwrap(), pair[1].as_str().unwrap());
        assert_eq!(header(&seen, name), Some(value), "header {name}");
    }
    // Basic base64("client:T0K3N")
    assert_eq!(
        header(&seen, "authorization"),
        Some("Basic Y2xpZW50OlQwSzNO")
    );
}

#[test]
fn call_sends_a_get_without_a_body() {
    let (url, seen) = one_shot_server("200 OK", r#"{"result":1250.50,"error":null}"#);
    let out = run(&[
        "call",
        "alldomains",
        "client/balance_get_total",
        "--config",
        CONFIG,
        "--endpoint",
        &url,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let output = stdout_json(&out);
    assert!(output.is_object() || output.is_number(), "{output}");
    let seen = seen.recv_timeout(Duration::from_secs(10)).unwrap();
    assert_eq!(
        seen.request_line,
        "GET /api/client/client/balance_get_total HTTP/1.1"
    );
    assert_eq!(seen.body, "");
}

#[test]
fn call_reports_the_provider_error_kind_and_message() {
    let (url, _seen) = one_shot_server(
        "200 OK",
        r#"{"result":null,"error":{"message":"Domain not found","code":9999}}"#,
    );
    let out = run(&[
        "call",
        "alldomains",
        "servicedomain/get_domain",
        "--config",
        CONFIG,
        "--params",
        r#"{"domain":"example.uz"}"#,
        "--endpoint",
        &url,
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stdout_json(&out);
    assert_eq!(err["kind"], "not_found");
    assert_eq!(err["provider_message"], "Domain not found");
    assert_eq!(err["provider_code"], "9999");
    let msg = stderr(&out);
    assert!(
        msg.contains("not_found") && msg.contains("Domain not found"),
        "{msg}"
    );
}

#[test]
fn call_hands_http_errors_to_the_parser() {
    let (url, _seen) = one_shot_server("502 Bad Gateway", "<html>502</html>");
    let out = run(&[
        "call",
        "alldomains",
        "servicedomain/check",
        "--config",
        CONFIG,
        "--params",
        r#"{"sld":"example","tld":".uz"}"#,
        "--endpoint",
        &url,
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stdout_json(&out);
    assert_eq!(err["kind"], "provider_down");
    assert_eq!(err["status"], 502);
    assert_eq!(err["retryable"], true);
}

fn closed_port_url() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    url
}

#[test]
fn call_to_a_closed_port_is_a_transport_error() {
    let url = closed_port_url();
    let out = run(&[
        "call",
        "alldomains",
        "servicedomain/check",
        "--config",
        CONFIG,
        "--params",
        r#"{"sld":"example","tld":".uz"}"#,
        "--endpoint",
        &url,
        "--timeout",
        "10",
    ]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let err = stdout_json(&out);
    assert_eq!(err["kind"], "transport");
    // A check is safe to repeat.
    assert_eq!(err["retryable"], true);
    assert_eq!(err["details"]["operation"], "servicedomain/check");
    assert!(stderr(&out).contains("transport"), "{}", stderr(&out));
}

#[test]
fn transport_error_on_an_unsafe_operation_names_the_confirming_operation() {
    // The params of the register_domain request vector.
    let case: Value = serde_json::from_str(
        &std::fs::read_to_string(
            common::vectors_root()
                .join("alldomains/servicedomain/register_domain/request/case.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let url = closed_port_url();
    let out = run(&[
        "call",
        "alldomains",
        "servicedomain/register_domain",
        "--config",
        CONFIG,
        "--params",
        &case["params"].to_string(),
        "--endpoint",
        &url,
    ]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let err = stdout_json(&out);
    assert_eq!(err["kind"], "transport");
    assert_eq!(err["retryable"], false);
    assert_eq!(err["details"]["confirm_with"], "servicedomain/get_domain");
    assert!(
        stderr(&out).contains("servicedomain/get_domain"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn call_times_out() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (stop_tx, stop_rx) = mpsc::channel::<()>();
    let server = thread::spawn(move || {
        // Accept and hold the connection without answering until the test is over.
        let conn = listener.accept();
        let _ = stop_rx.recv_timeout(Duration::from_secs(30));
        drop(conn);
    });
    let started = std::time::Instant::now();
    let out = run(&[
        "call",
        "alldomains",
        "servicedomain/check",
        "--config",
        CONFIG,
        "--params",
        r#"{"sld":"example","tld":".uz"}"#,
        "--endpoint",
        &url,
        "--timeout",
        "1",
    ]);
    let _ = stop_tx.send(());
    server.join().unwrap();
    assert!(started.elapsed() < Duration::from_secs(20));
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let err = stdout_json(&out);
    assert_eq!(err["kind"], "transport");
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("timed out after 1 s"),
        "{err}"
    );
}

#[test]
fn call_refuses_bad_input_before_sending() {
    // No server at all: the input is refused first.
    let out = run(&[
        "call",
        "alldomains",
        "servicedomain/check",
        "--config",
        CONFIG,
        "--params",
        r#"{"sld":"","tld":".uz"}"#,
        "--endpoint",
        &closed_port_url(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(stdout_json(&out)["kind"], "invalid_input");
}

#[test]
fn slow_operations_get_their_recommended_timeout() {
    // DomainContext documents domainRegister as slow (metadata timeout_secs = 600).
    let meta = registrar_kit::catalog::metadata("domaincontext", "domainRegister").unwrap();
    let recommended = meta.timeout_secs.unwrap();
    assert!(u64::from(recommended) > 60);
    let case = common::cases()
        .into_iter()
        .find(|c| {
            c.name.starts_with("domaincontext/domainRegister/") && c.case.get("request").is_some()
        })
        .unwrap();
    let config = case.case["config"].to_string();
    let params = case.case["params"].to_string();
    let url = closed_port_url();
    let base = [
        "call",
        "domaincontext",
        "domainRegister",
        "--config",
        &config,
        "--params",
        &params,
        "--endpoint",
        &url,
        "-v",
    ];
    let out = run(&base);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!("timeout {recommended} s")),
        "{}",
        stderr(&out)
    );
    // The verbose request is masked.
    assert!(stderr(&out).contains("***"), "{}", stderr(&out));
    let err = stdout_json(&out);
    assert_eq!(err["retryable"], false);
    assert!(err["details"]["confirm_with"].is_string(), "{err}");

    let mut explicit = base.to_vec();
    explicit.extend(["--timeout", "5"]);
    let out = run(&explicit);
    assert!(stderr(&out).contains("timeout 5 s"), "{}", stderr(&out));

    // Other operations default to 60 s.
    let out = run(&[
        "call",
        "alldomains",
        "servicedomain/check",
        "--config",
        CONFIG,
        "--params",
        r#"{"sld":"example","tld":".uz"}"#,
        "--endpoint",
        &url,
        "-v",
    ]);
    assert!(stderr(&out).contains("timeout 60 s"), "{}", stderr(&out));
}
