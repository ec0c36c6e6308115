//! Shared test helpers: a tiny blocking HTTP/1.1 client over `std::net::TcpStream` that only
//! ever talks to 127.0.0.1, and a way to run catalog operations against the sandbox.

#![allow(dead_code)]

use registrar_kit::catalog::Client;
use registrar_kit::{Error, HttpRequest, HttpResponse};
use registrar_sandbox::Sandbox;
use serde_json::Value;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

/// Bounded timeout for every socket operation.
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// Starts a fresh seeded sandbox on 127.0.0.1, any free port.
pub fn sandbox() -> Sandbox {
    Sandbox::start_loopback().expect("sandbox starts")
}

/// Splits `http://127.0.0.1:PORT/path?query` into the address and the request target.
fn target(url: &str) -> (SocketAddr, String) {
    let rest = url.strip_prefix("http://").expect("http:// URL");
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    let addr: SocketAddr = authority.parse().expect("IP:port authority");
    assert!(
        addr.ip().is_loopback(),
        "tests only talk to loopback: {url}"
    );
    (addr, path.to_owned())
}

/// Sends a raw request and reads the whole response (the sandbox closes the connection).
pub fn send_raw(addr: SocketAddr, raw: &[u8]) -> HttpResponse {
    assert!(addr.ip().is_loopback());
    let mut s = TcpStream::connect_timeout(&addr, TIMEOUT).expect("connect");
    s.set_read_timeout(Some(TIMEOUT)).unwrap();
    s.set_write_timeout(Some(TIMEOUT)).unwrap();
    s.write_all(raw).expect("write");
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).expect("read");
    parse_response(&buf)
}

fn parse_response(buf: &[u8]) -> HttpResponse {
    let split = buf
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("response head");
    let head = String::from_utf8_lossy(&buf[..split]).into_owned();
    let body = buf[split + 4..].to_vec();
    let mut lines = head.split("\r\n");
    let status: u16 = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .expect("status line");
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    HttpResponse {
        status,
        headers,
        body,
    }
}

/// Sends a prepared request as-is.
pub fn send(req: &HttpRequest) -> HttpResponse {
    let (addr, path) = target(&req.url);
    let mut raw = format!("{} {} HTTP/1.1\r\nHost: {}\r\n", req.method, path, addr);
    for (k, v) in &req.headers {
        raw.push_str(&format!("{k}: {v}\r\n"));
    }
    raw.push_str(&format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n",
        req.body.len()
    ));
    let mut bytes = raw.into_bytes();
    bytes.extend_from_slice(&req.body);
    send_raw(addr, &bytes)
}

/// A catalog client for `provider` with `config`.
pub fn client(provider: &str, config: &Value) -> Client {
    Client::new(provider, config).expect("client config accepted")
}

/// Prepares, sends and parses one operation.
pub fn call(client: &Client, op: &str, params: Value) -> Result<Value, Error> {
    let req = client
        .prepare(op, params)
        .unwrap_or_else(|e| panic!("{op}: prepare failed: {e:?}"));
    let resp = send(&req);
    client.parse(op, &resp)
}

/// Like [`call`], panicking with the provider's answer on error.
pub fn ok(client: &Client, op: &str, params: Value) -> Value {
    match call(client, op, params) {
        Ok(v) => v,
        Err(e) => panic!("{op} failed: {e:?}"),
    }
}

/// Runs a unified-facade flow against the sandbox to its end.
pub fn drive<T: Clone>(mut flow: registrar_kit::registrar::RegistrarFlow<T>) -> Result<T, Error> {
    use registrar_kit::registrar::RegistrarStep;
    loop {
        match flow.next() {
            RegistrarStep::Done(result) => return result,
            RegistrarStep::Send(request) => flow.feed(&send(&request)),
        }
    }
}

/// An `A` record through the facade.
pub fn a_record(host: &str, ip: &str) -> registrar_kit::registrar::DnsRecord {
    registrar_kit::registrar::DnsRecord {
        id: None,
        record_type: "A".into(),
        host: host.into(),
        value: ip.into(),
        ttl: Some(3600),
        priority: None,
    }
}

/// `dns_list` through the facade, as `TYPE host value` lines, sorted.
pub fn facade_records(provider: &str, config: &Value, domain: &str) -> Vec<String> {
    let r = registrar_kit::registrar::Registrar::new(provider, config).expect("registrar");
    let mut out: Vec<String> = drive(r.dns_list(domain).expect("dns_list"))
        .expect("dns_list runs")
        .iter()
        .map(|x| format!("{} {} {}", x.record_type, x.host, x.value))
        .collect();
    out.sort();
    out
}

/// `dns_add` through the facade.
pub fn facade_add(provider: &str, config: &Value, domain: &str, host: &str, ip: &str) {
    let r = registrar_kit::registrar::Registrar::new(provider, config).expect("registrar");
    drive(r.dns_add(domain, &a_record(host, ip)).expect("dns_add")).expect("dns_add runs");
}
