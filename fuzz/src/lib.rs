//! Shared pieces of the fuzz targets: a client per provider (the same test configurations as
//! `core/tests/no_panic.rs`) and the input layout.

use registrar_kit::HttpResponse;
use registrar_kit::catalog::{self, Client};

/// A client for `provider` with a test configuration.
pub fn client(provider: &str) -> Client {
    let config = match provider {
        "alldomains" => serde_json::json!({"token": "t"}),
        "logicboxes" => serde_json::json!({"auth_userid": "1", "api_key": "k", "endpoint": "test"}),
        "regru" => serde_json::json!({"username": "test", "password": "test"}),
        "domaincontext" => {
            serde_json::json!({"auth_login": "l", "auth_password": "p", "endpoint": "demo"})
        }
        "namecom" => serde_json::json!({"username": "u", "api_token": "t", "endpoint": "test"}),
        other => panic!("no fuzz config for {other}"),
    };
    match Client::new(provider, &config) {
        Ok(c) => c,
        Err(e) => panic!("{provider}: {e}"),
    }
}

const STATUSES: [u16; 8] = [200, 200, 200, 400, 401, 404, 500, 502];

/// Input layout for the parse targets: byte 0 picks the operation, byte 1 the status, the rest is
/// the body. Every operation's parser gets every body.
pub fn parse_one(provider: &str, data: &[u8]) {
    let Some((&op, rest)) = data.split_first() else {
        return;
    };
    let Some((&st, body)) = rest.split_first() else {
        return;
    };
    let ops = catalog::operations(provider);
    if ops.is_empty() {
        return;
    }
    let meta = ops[usize::from(op) % ops.len()];
    let status = STATUSES[usize::from(st) % STATUSES.len()];
    let c = client(provider);
    let _ = c.parse(meta.name, &HttpResponse::new(status, body.to_vec()));
}
