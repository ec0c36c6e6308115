//! DomainContext: no value can change the structure of a request (checked with an independent
//! form decoder), the operational metadata, the client configuration and secrets.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use proptest::prelude::*;
use registrar_kit::catalog::{self, Client};
use registrar_kit::operation::Safety;
use registrar_kit::{ErrorKind, HttpResponse};
use serde_json::{Value, json};

fn client() -> Client {
    Client::new(
        "domaincontext",
        &json!({"auth_login": "demo", "auth_password": "S3cr3t&pw=", "endpoint": "demo"}),
    )
    .unwrap()
}

/// The body decoded by `form_urlencoded` (an independent decoder), credentials dropped.
fn decoded(op: &str, params: Value) -> Result<Vec<(String, String)>, registrar_kit::Error> {
    let req = client().prepare(op, params)?;
    let pairs: Vec<(String, String)> = form_urlencoded::parse(&req.body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    assert_eq!(pairs[0], ("auth_login".into(), "demo".into()));
    assert_eq!(pairs[1], ("auth_password".into(), "S3cr3t&pw=".into()));
    Ok(pairs[2..].to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn a_label_stays_one_value(note in "\\PC{0,40}") {
        match decoded("domainSetNote", json!({"domain": "example.com", "note": note})) {
            Ok(pairs) => prop_assert_eq!(
                pairs,
                vec![("domain".to_owned(), "example.com".to_owned()), ("note".to_owned(), note)]
            ),
            Err(e) => {
                prop_assert_eq!(e.field(), Some("note"));
                prop_assert!(note.contains(['\n', '\r']));
            }
        }
    }

    #[test]
    fn a_comma_list_keeps_its_elements(items in proptest::collection::vec("[^\\r\\n]{1,12}", 1..5)) {
        match decoded("domainsSearch", json!({"note": items})) {
            Ok(pairs) => {
                prop_assert_eq!(pairs.len(), 1);
                let (k, v) = &pairs[0];
                prop_assert_eq!(k, "note");
                let back: Vec<String> = v.split(',').map(str::to_owned).collect();
                let sent: Vec<String> = items.iter().map(|s| s.trim().to_owned()).collect();
                prop_assert_eq!(back, sent);
            }
            Err(e) => {
                prop_assert_eq!(e.kind(), ErrorKind::InvalidInput);
                prop_assert!(items.iter().any(|s| s.contains(',') || s.trim().is_empty()));
            }
        }
    }

    #[test]
    fn bulk_keys_and_values_cannot_add_levels(key in "\\PC{0,10}", note in "[^\\r\\n]{0,20}") {
        let params = json!({ key.clone(): {"domain": "example.com", "note": note} });
        match decoded("domainsSetNote", params) {
            Ok(pairs) => {
                prop_assert_eq!(
                    pairs,
                    vec![(format!("{key}[domain]"), "example.com".to_owned()), (format!("{key}[note]"), note)]
                );
                prop_assert!(key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-'));
            }
            Err(e) => prop_assert_eq!(e.kind(), ErrorKind::InvalidInput),
        }
    }

    #[test]
    fn dns_values_stay_in_their_record(value in "[^\\r\\n]{0,30}") {
        let params = json!({"5504202": {"1": {"type": "txt", "value": value}}});
        let pairs = decoded("domainsSetDNS", params).unwrap();
        prop_assert_eq!(
            pairs,
            vec![
                ("5504202[1][type]".to_owned(), "txt".to_owned()),
                ("5504202[1][value]".to_owned(), value),
            ]
        );
    }
}

#[test]
fn operational_metadata() {
    let ops = catalog::operations("domaincontext");
    assert_eq!(ops.len(), 138);
    for name in ["domainRegister", "domainsRegister"] {
        let m = catalog::metadata("domaincontext", name).unwrap();
        assert_eq!(m.timeout_secs, Some(600), "{name}");
        assert!(m.notes.iter().any(|n| n.contains("10 minutes")), "{name}");
        assert_eq!(m.safety, Safety::Unsafe);
    }
    let check = catalog::metadata("domaincontext", "domainsCheck").unwrap();
    assert!(check.notes.iter().any(|n| n.contains("ban")));
    assert_eq!(check.safety, Safety::Safe);
    for m in &ops {
        assert_eq!(m.path, format!("/{}", m.name));
        assert!(m.doc.starts_with("domaincontext.txt "), "{}", m.name);
        if m.safety == Safety::Unsafe {
            let confirm = m
                .confirm_with
                .unwrap_or_else(|| panic!("{} lacks confirm_with", m.name));
            let c = catalog::metadata("domaincontext", confirm).unwrap();
            assert_eq!(c.safety, Safety::Safe, "{} confirms with {confirm}", m.name);
        }
    }
}

#[test]
fn config_is_validated() {
    for (config, field) in [
        (
            json!({"auth_login": "", "auth_password": "p", "endpoint": "demo"}),
            "auth_login",
        ),
        (
            json!({"auth_login": "l", "auth_password": "", "endpoint": "demo"}),
            "auth_password",
        ),
        (json!({"auth_login": "l", "auth_password": "p"}), "config"),
        (
            json!({"auth_login": "l", "auth_password": "p", "endpoint": "test"}),
            "endpoint",
        ),
        (
            json!({"auth_login": "l", "auth_password": "p", "endpoint": "https://x/?a=1"}),
            "endpoint",
        ),
        (
            json!({"auth_login": "l", "auth_password": "p", "endpoint": "demo", "method": "PUT"}),
            "method",
        ),
        (
            json!({"auth_login": "l", "auth_password": "p", "endpoint": "demo", "x": 1}),
            "config",
        ),
    ] {
        let err = Client::new("domaincontext", &config).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidInput, "{config}");
        assert_eq!(err.field(), Some(field), "{config}");
    }
}

#[test]
fn secrets_never_print() {
    let c = Client::new(
        "domaincontext",
        &json!({"auth_login": "demo", "auth_password": "TOPSECRET-9", "endpoint": "live", "method": "GET"}),
    )
    .unwrap();
    let req = c
        .prepare(
            "clientCheck",
            json!({"login": "client_2", "password": "OTHERSECRET-7"}),
        )
        .unwrap();
    assert!(req.url.starts_with(
        "https://api.domaincontext.com/clientCheck?auth_login=demo&auth_password=TOPSECRET-9"
    ));
    for rendering in [
        format!("{c:?}"),
        format!("{req:?}"),
        req.to_json(true).to_string(),
    ] {
        assert!(!rendering.contains("TOPSECRET"), "{rendering}");
        assert!(!rendering.contains("OTHERSECRET"), "{rendering}");
    }
    let err = c
        .prepare("clientCheck", json!({"password": "x\nTOPSECRET"}))
        .unwrap_err();
    assert!(!err.to_string().contains("TOPSECRET"));
}

#[test]
fn every_operation_refuses_unknown_arguments_and_accepts_true() {
    let c = client();
    for m in catalog::operations("domaincontext") {
        let err = c
            .prepare(m.name, json!({"no_such_argument": "1"}))
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidInput, "{}", m.name);
        if m.name != "domainsCheck" {
            let out = c.parse(m.name, &HttpResponse::new(200, "true")).unwrap();
            assert_eq!(out, json!(true), "{}", m.name);
        }
        let err = c.parse(m.name, &HttpResponse::new(200, "")).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Protocol, "{}", m.name);
        let err = c
            .parse(
                m.name,
                &HttpResponse::new(200, r#"{"_error":"not enough money"}"#),
            )
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InsufficientFunds, "{}", m.name);
        assert_eq!(err.provider_code(), Some("not enough money"));
    }
}

fn arb_reply() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        "\\PC{0,12}".prop_map(Value::String),
        Just(json!("partially failed (1/2): {domain} wait")),
    ];
    leaf.prop_recursive(3, 32, 5, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            proptest::collection::btree_map(
                prop_oneof![
                    "[a-z0-9_]{1,8}",
                    Just("_error".to_owned()),
                    Just("_error_ops".to_owned()),
                    Just("0".to_owned()),
                    Just("id".to_owned()),
                    Just("password".to_owned()),
                    Just("domain".to_owned()),
                ],
                inner,
                0..5
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// The parser fuzz target, as a property: any JSON shaped like HiAPI answers (bulk maps,
    /// `_error`, `_error_ops` templates) gives output or a typed error, never a panic; an `_error`
    /// in the top level is never a success.
    #[test]
    fn parsers_never_panic_and_never_hide_errors(reply in arb_reply(), status in prop_oneof![Just(200u16), Just(500), 100u16..600]) {
        let c = client();
        let body = reply.to_string();
        for m in catalog::operations("domaincontext") {
            let out = c.parse(m.name, &HttpResponse::new(status, body.clone()));
            if reply.get("_error").is_some() {
                prop_assert!(out.is_err(), "{} accepted {}", m.name, body);
            }
        }
    }
}
