//! The HTTP layer: garbage never crashes the server, concurrent clients are served.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::{sandbox, send_raw};

#[test]
fn garbage_gets_an_answer_and_the_server_lives_on() {
    let sb = sandbox();
    let addr = sb.addr();
    for raw in [
        &b"NONSENSE\r\n\r\n"[..],
        b"GET /nowhere HTTP/1.1\r\n\r\n",
        b"POST /namecom/api/order HTTP/1.1\r\nContent-Length: 4\r\n\r\n[1,2",
        b"POST /namecom/api/order HTTP/1.1\r\nContent-Length: 3\r\nApi-Username: sandbox\r\nApi-Token: sandbox-namecom-token\r\n\r\n[1]",
        b"GET /logicboxes/api/domains/available.json?auth-userid=%ZZ HTTP/1.1\r\n\r\n",
        b"POST /alldomains/api/client/servicedomain/check HTTP/1.1\r\nAuthorization: Basic !!!\r\n\r\n",
        b"GET /logicboxes/api/domains/register.json?auth-userid=100001&api-key=sandbox-logicboxes-key HTTP/1.1\r\n\r\n",
        b"OPTIONS /namecom/api/order HTTP/1.1\r\n\r\n",
    ] {
        let r = send_raw(addr, raw);
        assert!(r.status >= 200 && r.status < 600, "{r:?}");
    }
    let r = send_raw(addr, b"GET /namecom/api/hello HTTP/1.1\r\n\r\n");
    assert_eq!(r.status, 200);
    let v: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
    assert_eq!(v["result"]["code"], 100);
    assert_eq!(v["client_ip"], "127.0.0.1");
}

#[test]
fn concurrent_clients() {
    let sb = sandbox();
    let addr = sb.addr();
    let threads: Vec<_> = (0..16)
        .map(|_| {
            std::thread::spawn(move || {
                for _ in 0..5 {
                    let r = send_raw(addr, b"GET /namecom/api/hello HTTP/1.1\r\n\r\n");
                    assert_eq!(r.status, 200);
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
}
