//! REG.API 2.0 over loopback HTTP with registrar-kit's catalog client: password and signature
//! login, the lifecycle, and the error paths.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::{call, client, ok, sandbox};
use registrar_sandbox::seed;
use serde_json::{Value, json};

fn test_private_key() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/vectors/regru/domain/nop/signed_sha1_pkcs1/case.json"
    );
    let case: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("vector")).unwrap();
    case["config"]["private_key_pem"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// The parsed answer (the catalog keeps the envelope's `answer` member).
fn okr(c: &registrar_kit::catalog::Client, op: &str, params: Value) -> Value {
    ok(c, op, params)["answer"].clone()
}

#[test]
fn lifecycle_with_password() {
    let sb = sandbox();
    let c = client("regru", &sb.config("regru").unwrap());
    let check = okr(
        &c,
        "domain/check",
        json!({"domains": [{"dname": "fresh-name.ru"}, {"dname": "example.com"}]}),
    );
    let ds = check["domains"].as_array().unwrap();
    assert_eq!(ds[0]["result"], "Available");
    assert_eq!(ds[1]["error_code"], "DOMAIN_ALREADY_EXISTS");

    let order = okr(
        &c,
        "domain/create",
        json!({"domain_name": "fresh-name.ru", "period": 1, "enduser_ip": "10.11.12.13",
               "nss": {"ns0": "ns1.reg.ru", "ns1": "ns2.reg.ru"}}),
    );
    assert_eq!(order["payment"], "199.00", "{order}");
    let sid = order["domains"][0]["service_id"]
        .as_str()
        .unwrap()
        .to_owned();

    let upd = okr(
        &c,
        "domain/update_nss",
        json!({"domain_name": "fresh-name.ru", "ns0": "ns1.sandbox.test", "ns1": "ns2.sandbox.test"}),
    );
    assert_eq!(upd["domains"][0]["result"], "success");
    let nss = okr(
        &c,
        "domain/get_nss",
        json!({"domain_name": "fresh-name.ru"}),
    );
    assert_eq!(nss["domains"][0]["nss"][1]["ns"], "ns2.sandbox.test");

    let info = okr(&c, "service/get_info", json!({"service_id": sid}));
    assert_eq!(info["services"][0]["expiration_date"], "2026-01-01");
    assert_eq!(info["services"][0]["state"], "A");

    let renew = okr(
        &c,
        "service/renew",
        json!({"domain_name": "fresh-name.ru", "servtype": "domain", "period": 2}),
    );
    assert_eq!(renew["status"], "renew_success");
    assert_eq!(renew["payment"], "398.00");
    let info = okr(
        &c,
        "service/get_info",
        json!({"domain_name": "fresh-name.ru"}),
    );
    assert_eq!(info["services"][0]["expiration_date"], "2028-01-01");

    let bal = okr(&c, "user/get_balance", json!({}));
    assert_eq!(bal["prepay"], "9403.00");
    assert_eq!(bal["currency"], "RUR");

    // A second registration of the same name is refused.
    let e = call(
        &c,
        "domain/create",
        json!({"domain_name": "fresh-name.ru", "enduser_ip": "10.11.12.13"}),
    )
    .unwrap_err();
    assert_eq!(
        e.to_json()["provider_code"],
        "DOMAIN_ALREADY_EXISTS",
        "{e:?}"
    );
}

#[test]
fn signature_login() {
    let sb = sandbox();
    let url = sb.base_url("regru").unwrap();
    let c = client(
        "regru",
        &json!({"username": seed::REGRU_USERNAME, "private_key_pem": test_private_key(), "base_url": url}),
    );
    let check = okr(
        &c,
        "domain/check",
        json!({"domains": [{"dname": "signed-name.ru"}]}),
    );
    assert_eq!(check["domains"][0]["result"], "Available");
    let order = okr(
        &c,
        "domain/create",
        json!({"domain_name": "signed-name.ru", "enduser_ip": "10.11.12.13"}),
    );
    assert_eq!(order["domains"][0]["result"], "success");
    let bal = okr(&c, "user/get_balance", json!({}));
    assert_eq!(bal["prepay"], "9801.00");
    // SHA-512, as the vendor's current page signs.
    let c512 = client(
        "regru",
        &json!({"username": seed::REGRU_USERNAME, "private_key_pem": test_private_key(), "digest": "sha512", "base_url": url}),
    );
    okr(
        &c512,
        "domain/get_nss",
        json!({"domain_name": "signed-name.ru"}),
    );
}

#[test]
fn bad_signature_and_bad_credentials() {
    let sb = sandbox();
    let url = sb.base_url("regru").unwrap();
    // Signed correctly, then one parameter changed in transit: the rebuilt text differs.
    let c = client(
        "regru",
        &json!({"username": seed::REGRU_USERNAME, "private_key_pem": test_private_key(), "base_url": url}),
    );
    let mut req = c
        .prepare("domain/check", json!({"domain_name": "one.ru"}))
        .unwrap();
    let body = String::from_utf8(req.body.clone())
        .unwrap()
        .replace("one.ru", "two.ru");
    req.body = body.into_bytes();
    let resp = common::send(&req);
    let e = c.parse("domain/check", &resp).unwrap_err();
    assert_eq!(e.to_json()["provider_code"], "INVALID_SIGNATURE", "{e:?}");
    assert_eq!(e.to_json()["kind"], "auth");
    // The right key for another account (no key registered there).
    let c = client(
        "regru",
        &json!({"username": seed::REGRU_POOR_USERNAME, "private_key_pem": test_private_key(), "base_url": url}),
    );
    let e = call(&c, "user/get_balance", json!({})).unwrap_err();
    assert_eq!(e.to_json()["provider_code"], "INVALID_SIGNATURE");
    // A wrong password.
    let c = client(
        "regru",
        &json!({"username": seed::REGRU_USERNAME, "password": "nope", "base_url": url}),
    );
    let e = call(&c, "user/get_balance", json!({})).unwrap_err();
    assert_eq!(e.to_json()["provider_code"], "PASSWORD_AUTH_FAILED");
    assert_eq!(e.to_json()["kind"], "auth");
}

#[test]
fn unavailable_unknown_and_insufficient_funds() {
    let sb = sandbox();
    let url = sb.base_url("regru").unwrap();
    let c = client("regru", &sb.config("regru").unwrap());
    let e = call(
        &c,
        "domain/create",
        json!({"domain_name": "taken-name.ru", "enduser_ip": "10.11.12.13"}),
    )
    .unwrap_err();
    assert_eq!(e.to_json()["provider_code"], "DOMAIN_ALREADY_EXISTS");
    let e = call(&c, "domain/get_nss", json!({"domain_name": "not-mine.ru"})).unwrap_err();
    assert_eq!(e.to_json()["provider_code"], "DOMAIN_NOT_FOUND");
    let poor = client(
        "regru",
        &json!({"username": seed::REGRU_POOR_USERNAME, "password": seed::REGRU_POOR_PASSWORD, "base_url": url}),
    );
    let e = call(
        &poor,
        "domain/create",
        json!({"domain_name": "cheap.ru", "enduser_ip": "10.11.12.13"}),
    )
    .unwrap_err();
    assert_eq!(e.to_json()["provider_code"], "NOT_ENOUGH_MONEY");
    assert_eq!(okr(&poor, "user/get_balance", json!({}))["prepay"], "50.00");
}

#[test]
fn dns_add_then_list() {
    let sb = sandbox();
    let config = sb.config("regru").unwrap();
    let c = client("regru", &config);
    okr(
        &c,
        "domain/create",
        json!({"domain_name": "dns-zone.ru", "period": 1, "enduser_ip": "10.11.12.13",
               "nss": {"ns0": "ns1.reg.ru", "ns1": "ns2.reg.ru"}}),
    );
    let added = okr(
        &c,
        "zone/add_cname",
        json!({"domains": [{"dname": "dns-zone.ru"}], "subdomain": "blog",
               "canonical_name": "host.example.net"}),
    );
    assert_eq!(added["domains"][0]["result"], "success", "{added}");
    let missing = okr(
        &c,
        "zone/add_alias",
        json!({"domains": [{"dname": "not-mine.ru"}], "subdomain": "www", "ipaddr": "192.0.2.1"}),
    );
    assert_eq!(
        missing["domains"][0]["error_code"], "DOMAIN_NOT_FOUND",
        "{missing}"
    );
    common::facade_add("regru", &config, "dns-zone.ru", "www", "192.0.2.10");
    let rrs = okr(
        &c,
        "zone/get_resource_records",
        json!({"domains": [{"dname": "dns-zone.ru"}]}),
    );
    let zone = &rrs["domains"][0];
    assert_eq!(zone["result"], "success", "{rrs}");
    assert_eq!(zone["rrs"][1]["rectype"], "A", "{rrs}");
    assert_eq!(zone["rrs"][1]["subname"], "www", "{rrs}");
    assert_eq!(
        common::facade_records("regru", &config, "dns-zone.ru"),
        ["A www 192.0.2.10", "CNAME blog host.example.net"]
    );
}
