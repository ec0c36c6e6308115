//! LogicBoxes: client configuration, secrecy, and the query encoding checked against an independent
//! decoder (`form_urlencoded`).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use proptest::prelude::*;
use registrar_kit::catalog::{self, Client};
use registrar_kit::providers::logicboxes;
use registrar_kit::{ErrorKind, Operation, Safety};
use serde_json::{Value, json};

fn client() -> Client {
    Client::new(
        "logicboxes",
        &json!({"auth_userid": "0", "api_key": "SECRET-KEY-123", "endpoint": "test"}),
    )
    .unwrap()
}

fn query_pairs(url: &str) -> Vec<(String, String)> {
    let (_, q) = url.split_once('?').unwrap();
    form_urlencoded::parse(q.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

#[test]
fn config_is_validated() {
    let bad = [
        json!({"api_key": "k", "endpoint": "test"}),
        json!({"auth_userid": "abc", "api_key": "k", "endpoint": "test"}),
        json!({"auth_userid": 1, "api_key": "", "endpoint": "test"}),
        json!({"auth_userid": 1, "api_key": "k"}),
        json!({"auth_userid": 1, "api_key": "k", "endpoint": "staging"}),
        json!({"auth_userid": 1, "api_key": "k", "endpoint": "ftp://x/api/"}),
        json!({"auth_userid": 1, "api_key": "k", "endpoint": "test", "token": "x"}),
        json!({"auth_userid": 1, "api_key": "k", "endpoint": "test", "check_endpoint": 5}),
        json!("test"),
    ];
    for config in bad {
        let e = Client::new("logicboxes", &config).err();
        assert_eq!(
            e.map(|e| e.kind()),
            Some(ErrorKind::InvalidInput),
            "{config}"
        );
    }
    let live = logicboxes::Client::new(7, "k", "live").unwrap();
    assert_eq!(live.base_url(), logicboxes::LIVE_URL);
    let brand = logicboxes::Client::new(7, "k", "https://api.brand.example/api/").unwrap();
    assert_eq!(brand.base_url(), "https://api.brand.example/api/");
}

#[test]
fn the_key_never_prints() {
    let c = logicboxes::Client::new(7, "SECRET-KEY-123", "test").unwrap();
    assert!(!format!("{c:?}").contains("SECRET-KEY-123"));
    let req = client()
        .prepare("domains/locks", json!({"order-id": 1}))
        .unwrap();
    assert!(req.url.contains("api-key=SECRET-KEY-123"));
    assert!(!format!("{req:?}").contains("SECRET-KEY-123"));
    assert!(!req.redacted().url.contains("SECRET-KEY-123"));
    // A refused parameter's error never carries the key either.
    let e = client()
        .prepare("domains/locks", json!({"order-id": "x"}))
        .unwrap_err();
    assert!(!e.to_json().to_string().contains("SECRET-KEY-123"));
}

#[test]
fn auth_codes_and_passwords_never_print() {
    // The typed operations' Debug output masks auth codes and passwords.
    let transfer: logicboxes::Transfer = serde_json::from_value(json!({
        "domain-name": "domain.eu", "auth-code": "EPP-SECRET-42", "customer-id": 0,
        "reg-contact-id": 0, "admin-contact-id": -1, "tech-contact-id": -1,
        "billing-contact-id": -1, "invoice-option": "NoInvoice"
    }))
    .unwrap();
    assert!(!format!("{transfer:?}").contains("EPP-SECRET-42"));
    let modify: logicboxes::ModifyAuthCode =
        serde_json::from_value(json!({"order-id": 1, "auth-code": "EPP-SECRET-42"})).unwrap();
    assert!(!format!("{modify:?}").contains("EPP-SECRET-42"));
    // The built request carries it; every rendering of the request masks it.
    for (op, params) in [
        (
            "domains/modify-auth-code",
            json!({"order-id": 1, "auth-code": "EPP-SECRET-42"}),
        ),
        (
            "customers/signup",
            json!({"username": "a@b.example", "passwd": "EPP-SECRET-42", "name": "A",
                   "company": "B", "address-line-1": "1 st", "city": "C", "state": "D",
                   "country": "US", "zipcode": "1", "phone-cc": "1", "phone": "5551234",
                   "lang-pref": "en"}),
        ),
    ] {
        let req = client().prepare(op, params).unwrap();
        assert!(req.url.contains("EPP-SECRET-42"), "{op}");
        for rendering in [
            format!("{req:?}"),
            req.redacted().url,
            req.to_json(true).to_string(),
        ] {
            assert!(!rendering.contains("EPP-SECRET-42"), "{op}: {rendering}");
            assert!(!rendering.contains("SECRET-KEY-123"), "{op}: {rendering}");
        }
    }
    // A wrongly typed auth code is refused without echoing it.
    let e = client()
        .prepare(
            "domains/modify-auth-code",
            json!({"order-id": 1, "auth-code": ["EPP-SECRET-42"]}),
        )
        .unwrap_err();
    assert!(!e.to_json().to_string().contains("EPP-SECRET-42"));
}

#[test]
fn ambiguous_failures_of_unsafe_calls_are_not_retried() {
    let html = registrar_kit::HttpResponse::new(502, "<html>Bad Gateway</html>");
    let e = client().parse("domains/register", &html).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::ProviderDown);
    assert!(!e.is_retryable(), "registering again could pay twice");
    assert_eq!(
        e.details().unwrap()["confirm_with"],
        json!("domains/details-by-name")
    );
    // The same answer to a read is retryable.
    let e = client().parse("domains/details", &html).unwrap_err();
    assert!(e.is_retryable());
    // Every unsafe call behaves so.
    for m in catalog::operations("logicboxes") {
        let e = client().parse(m.name, &html).unwrap_err();
        assert_eq!(e.is_retryable(), m.safety != Safety::Unsafe, "{}", m.name);
    }
}

#[test]
fn methods_and_safety_follow_the_documents() {
    for m in catalog::operations("logicboxes") {
        assert!(
            m.path.starts_with("/api/") && m.path.ends_with(".json"),
            "{}",
            m.path
        );
        assert!(m.doc.starts_with("logicboxes.txt") || m.doc.starts_with("reference"));
        if m.method == "GET" {
            assert_eq!(m.safety, Safety::Safe, "{} is a GET read", m.name);
        }
        if m.safety == Safety::Unsafe {
            let confirm = m
                .confirm_with
                .expect("unsafe operations name a confirming read");
            let c = catalog::metadata("logicboxes", confirm).unwrap();
            assert_eq!(c.safety, Safety::Safe);
        }
    }
    assert_eq!(logicboxes::Register::METADATA.method, "POST");
    assert_eq!(logicboxes::Available::METADATA.method, "GET");
}

#[test]
fn unknown_availability_is_retryable_per_name() {
    let out = client()
        .parse(
            "domains/available",
            &registrar_kit::HttpResponse::new(
                200,
                r#"{"a.com":{"status":"unknown"},"b.com":{"status":"available"}}"#,
            ),
        )
        .unwrap();
    let retry: Vec<bool> = out["domains"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["retryable"].as_bool().unwrap())
        .collect();
    assert_eq!(retry, [true, false]);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// Names and TLDs come back from an independent decoder as the same repeated keys in order.
    #[test]
    fn repeated_keys_round_trip(names in proptest::collection::vec("[a-z][a-z0-9]{0,10}", 1..5),
                                tlds in proptest::collection::vec(prop_oneof![Just("com"), Just("net"), Just("co.uk"), Just("org")], 1..4)) {
        let req = client().prepare("domains/available", json!({"domain-name": names, "tlds": tlds})).unwrap();
        let pairs = query_pairs(&req.url);
        let got_names: Vec<&str> = pairs.iter().filter(|(k, _)| k == "domain-name").map(|(_, v)| v.as_str()).collect();
        let got_tlds: Vec<&str> = pairs.iter().filter(|(k, _)| k == "tlds").map(|(_, v)| v.as_str()).collect();
        prop_assert_eq!(got_names, names.iter().map(String::as_str).collect::<Vec<_>>());
        prop_assert_eq!(got_tlds, tlds.clone());
        prop_assert_eq!(&pairs[0], &("auth-userid".to_owned(), "0".to_owned()));
        prop_assert_eq!(&pairs[1].0, "api-key");
    }

    /// Attribute pairs are numbered from 1 in the caller's order and any text survives the trip.
    #[test]
    fn attributes_round_trip(attrs in proptest::collection::vec(("[a-zA-Z][a-zA-Z0-9-]{0,8}", "\\PC{0,16}"), 0..6)) {
        let list: Vec<Value> = attrs.iter().map(|(k, v)| json!([k, v])).collect();
        let req = client().prepare("domains/renew", json!({
            "order-id": 1, "years": 1, "exp-date": 1279012036, "invoice-option": "NoInvoice", "attributes": list
        })).unwrap();
        let pairs = query_pairs(&req.url);
        let mut expected = Vec::new();
        for (i, (k, v)) in attrs.iter().enumerate() {
            expected.push((format!("attr-name{}", i + 1), k.clone()));
            expected.push((format!("attr-value{}", i + 1), v.clone()));
        }
        let got: Vec<(String, String)> = pairs.into_iter().filter(|(k, _)| k.starts_with("attr-")).collect();
        prop_assert_eq!(got, expected);
    }
}
