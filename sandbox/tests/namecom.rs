//! Name.com legacy API over loopback HTTP, driven by registrar-kit's catalog.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::{call, client, ok, sandbox};
use registrar_kit::ErrorKind;
use registrar_sandbox::seed;
use serde_json::json;

#[test]
fn lifecycle() {
    let sb = sandbox();
    let c = client("namecom", &sb.config("namecom").unwrap());
    let check = ok(
        &c,
        "domain/check",
        json!({"keyword": "sandboxlife", "tlds": ["com", "net"]}),
    );
    assert!(check.to_string().contains("sandboxlife.com"), "{check}");

    let order = ok(
        &c,
        "order",
        json!({"items": [{"order_type": "domain/create", "domain_name": "sandboxlife.com",
                          "period": 1, "nameservers": ["ns1.name.com", "ns2.name.com"]}]}),
    );
    assert!(order.to_string().contains("sandboxlife.com"), "{order}");

    ok(
        &c,
        "domain/update_nameservers",
        json!({"domain_name": "sandboxlife.com", "nameservers": ["ns1.sandbox.test", "ns2.sandbox.test"]}),
    );
    ok(&c, "domain/lock", json!({"domain_name": "sandboxlife.com"}));
    let info = ok(&c, "domain/get", json!({"domain_name": "sandboxlife.com"}));
    assert_eq!(info["locked"], json!(true), "{info}");
    assert_eq!(
        info["nameservers"],
        json!(["ns1.sandbox.test", "ns2.sandbox.test"]),
        "{info}"
    );
    assert_eq!(info["expire_date"], json!("2026-01-01 00:00:01"), "{info}");

    let renew = ok(
        &c,
        "order",
        json!({"items": [{"order_type": "domain/renew", "domain_name": "sandboxlife.com", "period": 1}]}),
    );
    assert!(renew.to_string().contains("domain/renewal"), "{renew}");
    let info = ok(&c, "domain/get", json!({"domain_name": "sandboxlife.com"}));
    assert!(
        info["expire_date"]
            .as_str()
            .unwrap()
            .starts_with("2027-01-01"),
        "{info}"
    );

    let rec = ok(
        &c,
        "dns/create",
        json!({"domain_name": "sandboxlife.com", "hostname": "www", "type": "A",
               "content": "192.0.2.10", "ttl": 300}),
    );
    assert!(rec.to_string().contains("www.sandboxlife.com"), "{rec}");
    let list = ok(&c, "dns/list", json!({"domain_name": "sandboxlife.com"}));
    assert!(list.to_string().contains("192.0.2.10"), "{list}");

    let account = ok(&c, "account/get", json!({}));
    // 1000.00 − 9.99 − 9.99
    assert!(account.to_string().contains("980.02"), "{account}");
}

#[test]
fn session_tokens() {
    let sb = sandbox();
    let c = client("namecom", &sb.config("namecom").unwrap());
    let login = ok(&c, "login", json!({}));
    let token = login["session_token"].as_str().unwrap().to_owned();
    assert_eq!(token.len(), 40);
    let endpoint = sb.base_url("namecom").unwrap();
    let s = client(
        "namecom",
        &json!({"session_token": token, "endpoint": endpoint}),
    );
    ok(&s, "account/get", json!({}));
    ok(&s, "logout", json!({}));
    let e = call(&s, "account/get", json!({})).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Auth, "{e:?}");
}

#[test]
fn errors() {
    let sb = sandbox();
    let mut bad = sb.config("namecom").unwrap();
    bad["api_token"] = json!("wrong");
    let e = call(&client("namecom", &bad), "account/get", json!({})).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Auth, "{e:?}");
    let e = call(&client("namecom", &bad), "login", json!({})).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Auth, "{e:?}");

    let c = client("namecom", &sb.config("namecom").unwrap());
    let e = call(
        &c,
        "domain/create",
        json!({"domain_name": "example.com", "period": 1}),
    )
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Unavailable, "{e:?}");

    let mut poor = sb.config("namecom").unwrap();
    poor["username"] = json!(seed::NAMECOM_POOR_USERNAME);
    poor["api_token"] = json!(seed::NAMECOM_POOR_API_TOKEN);
    let p = client("namecom", &poor);
    let e = call(
        &p,
        "domain/create",
        json!({"domain_name": "sandboxpoor.com", "period": 1}),
    )
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InsufficientFunds, "{e:?}");
    // In an order the failure is per item: the envelope stays 100 and the item says why.
    let out = call(
        &p,
        "order",
        json!({"items": [{"order_type": "domain/create", "domain_name": "sandboxpoor.com", "period": 1}]}),
    );
    let text = format!("{out:?}");
    assert!(text.contains("Insufficient Funds"), "{text}");
}
