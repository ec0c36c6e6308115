//! DomainContext over loopback HTTP with registrar-kit's catalog client (POST and GET), plus raw
//! bracket-keyed bulk requests.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::{call, client, ok, sandbox, send};
use registrar_kit::HttpRequest;
use registrar_sandbox::{Sandbox, seed};
use serde_json::{Value, json};

fn raw_post(sb: &Sandbox, command: &str, body: &str) -> Value {
    let req = HttpRequest {
        method: "POST".into(),
        url: format!("{}/{command}", sb.base_url("domaincontext").unwrap()),
        headers: vec![(
            "content-type".into(),
            "application/x-www-form-urlencoded".into(),
        )],
        body: body.as_bytes().to_vec(),
    };
    let resp = send(&req);
    assert_eq!(resp.status, 200);
    serde_json::from_slice(&resp.body).unwrap()
}

#[test]
fn lifecycle() {
    let sb = sandbox();
    let c = client("domaincontext", &sb.config("domaincontext").unwrap());
    let check = ok(
        &c,
        "domainsCheck",
        json!({"domains": ["fresh-name.com", "example.com"]}),
    );
    assert!(check.to_string().contains("fresh-name.com"), "{check}");

    let reg = ok(
        &c,
        "domainRegister",
        json!({"domain": "fresh-name.com", "period": 1}),
    );
    assert!(reg.to_string().contains("\"password\""), "{reg}");
    let nss = ok(
        &c,
        "domainSetNSs",
        json!({"domain": "fresh-name.com", "nss": ["ns1.sandbox.test", "ns2.sandbox.test"]}),
    );
    assert!(nss.to_string().contains("fresh-name.com"), "{nss}");
    ok(&c, "domainEnableLock", json!({"domain": "fresh-name.com"}));

    // Info over GET.
    let mut cfg = sb.config("domaincontext").unwrap();
    cfg["method"] = json!("GET");
    let g = client("domaincontext", &cfg);
    let info = ok(&g, "domainGetInfo", json!({"domain": "fresh-name.com"}));
    let s = info.to_string();
    assert!(
        s.contains("2026-01-01") && s.contains("ns1.sandbox.test"),
        "{s}"
    );

    ok(
        &c,
        "domainRenew",
        json!({"domain": "fresh-name.com", "period": 1, "expires": "2026-01-01"}),
    );
    let info = ok(&c, "domainGetInfo", json!({"domain": "fresh-name.com"}));
    assert!(info.to_string().contains("2027-01-01"), "{info}");
    // Repeating the renewal with the old date is refused.
    assert!(
        call(
            &c,
            "domainRenew",
            json!({"domain": "fresh-name.com", "period": 1, "expires": "2026-01-01"})
        )
        .is_err()
    );
    let bal = ok(&c, "clientGetBalance", json!({}));
    assert!(bal.to_string().contains("981.00"), "{bal}");

    // The raw answers have the documented shapes.
    let raw = raw_post(
        &sb,
        "domainsCheck",
        &format!(
            "auth_login={}&auth_password={}&domains=a-new.com,%20example.com",
            seed::DOMAINCONTEXT_LOGIN,
            seed::DOMAINCONTEXT_PASSWORD
        ),
    );
    assert_eq!(raw, json!({"a-new.com": 1, "example.com": 0}));
    let raw = raw_post(
        &sb,
        "domainGetInfo",
        &format!(
            "auth_login={}&auth_password={}&domain=fresh-name.com",
            seed::DOMAINCONTEXT_LOGIN,
            seed::DOMAINCONTEXT_PASSWORD
        ),
    );
    assert_eq!(raw["is_secured"], "1");
    assert_eq!(raw["nameservers"], "ns1.sandbox.test,ns2.sandbox.test");
}

#[test]
fn bracket_bulk() {
    let sb = sandbox();
    let auth = format!(
        "auth_login={}&auth_password={}",
        seed::DOMAINCONTEXT_LOGIN,
        seed::DOMAINCONTEXT_PASSWORD
    );
    let raw = raw_post(
        &sb,
        "domainsRegister",
        &format!("{auth}&0[domain]=bulk-a.com&1[domain]=bulk-b.net&1[period]=2"),
    );
    assert_eq!(raw[0]["domain"], "bulk-a.com", "{raw}");
    assert_eq!(raw[1]["period"], "2");
    let raw = raw_post(
        &sb,
        "domainsSetNSs",
        &format!(
            "{auth}&k1[domain]=bulk-a.com&k1[nss]=ns1.x.test,ns2.x.test&k2[domain]=example.com&k2[nss]=ns1.x.test"
        ),
    );
    assert_eq!(raw["k1"]["nameservers"], "ns1.x.test,ns2.x.test");
    assert!(raw["k2"]["_error"].is_string());
    assert!(
        raw["_error"]
            .as_str()
            .unwrap()
            .starts_with("partially failed (1/2)"),
        "{raw}"
    );
    let raw = raw_post(
        &sb,
        "domainsCheck",
        &format!("{auth}&domains[]=x-new.com&domains[]=google.com"),
    );
    assert_eq!(raw, json!({"x-new.com": 1, "google.com": 0}));
    let raw = raw_post(&sb, "domainsGetInfo", &auth);
    assert_eq!(raw, json!({"_error": "nothing was done"}));
}

#[test]
fn errors() {
    let sb = sandbox();
    let url = sb.base_url("domaincontext").unwrap();
    let bad = client(
        "domaincontext",
        &json!({"auth_login": "sandbox", "auth_password": "wrong", "endpoint": url}),
    );
    let e = call(&bad, "clientGetBalance", json!({})).unwrap_err();
    assert_eq!(e.to_json()["kind"], "auth", "{e:?}");

    let c = client("domaincontext", &sb.config("domaincontext").unwrap());
    let e = call(&c, "domainRegister", json!({"domain": "taken-one.com"})).unwrap_err();
    assert!(e.to_string().contains("not available"), "{e:?}");

    let poor = client(
        "domaincontext",
        &json!({"auth_login": seed::DOMAINCONTEXT_POOR_LOGIN, "auth_password": seed::DOMAINCONTEXT_POOR_PASSWORD, "endpoint": url}),
    );
    let e = call(&poor, "domainRegister", json!({"domain": "cheap-one.com"})).unwrap_err();
    assert!(e.to_string().contains("not enough money"), "{e:?}");
    let e = call(&c, "domainGetInfo", json!({"domain": "not-mine.com"})).unwrap_err();
    assert!(e.to_string().contains("domain not found"), "{e:?}");
}

#[test]
fn providers_have_configs() {
    let sb = sandbox();
    for p in Sandbox::providers() {
        let cfg = sb.config(p).unwrap_or_else(|| panic!("{p} has no config"));
        client(p, &cfg);
    }
    assert_eq!(
        Sandbox::providers().len(),
        registrar_sandbox::PREFIXES.len()
    );
}

#[test]
fn dns_add_then_list() {
    let sb = sandbox();
    let config = sb.config("domaincontext").unwrap();
    let c = client("domaincontext", &config);
    let reg = ok(
        &c,
        "domainRegister",
        json!({"domain": "dns-zone.com", "period": 1}),
    );
    let domain_id = reg["id"].as_str().unwrap().to_owned();
    assert_eq!(
        ok(&c, "domainGetDNS", json!({"domain": "dns-zone.com"})),
        json!([])
    );
    common::facade_add(
        "domaincontext",
        &config,
        "dns-zone.com",
        "www",
        "192.0.2.10",
    );
    // The document's bulk example shape: `<domain_id>[<key>][field]`.
    let bulk = raw_post(
        &sb,
        "domainsSetDNS",
        &format!(
            "auth_login={}&auth_password={}&{domain_id}[1][type]=mx&{domain_id}[1][value]=mail.dns-zone.com&{domain_id}[1][no]=5&{domain_id}[1][ttl]=7200&{domain_id}[1][status]=new",
            seed::DOMAINCONTEXT_LOGIN,
            seed::DOMAINCONTEXT_PASSWORD
        ),
    );
    assert!(bulk.get("_error").is_none(), "{bulk}");
    let cname = raw_post(
        &sb,
        "domainSetDNS",
        &format!(
            "auth_login={}&auth_password={}&domain=dns-zone.com&1[name]=www&1[type]=cname&1[value]=x.example.net&1[status]=new",
            seed::DOMAINCONTEXT_LOGIN,
            seed::DOMAINCONTEXT_PASSWORD
        ),
    );
    assert!(
        cname["_error"].as_str().unwrap().contains("conflicts"),
        "{cname}"
    );
    let zone = ok(&c, "domainGetDNS", json!({"domain": "dns-zone.com"}));
    let recs: Vec<&Value> = zone.as_object().unwrap().values().collect();
    assert_eq!(recs.len(), 2, "{zone}");
    let mx = recs.iter().find(|r| r["type"] == "mx").unwrap();
    assert_eq!(mx["no"], "5");
    assert_eq!(mx["ttl"], "7200");
    assert_eq!(mx["name"], "@");
    assert_eq!(
        common::facade_records("domaincontext", &config, "dns-zone.com"),
        ["A www 192.0.2.10", "MX @ mail.dns-zone.com"]
    );
}
