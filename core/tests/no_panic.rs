//! Parsers never panic on any bytes; builders never panic on any input. Every operation of every
//! provider in the catalog is fed arbitrary statuses and bodies (raw bytes and arbitrary JSON inside
//! the provider's envelope), and arbitrary JSON parameters.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use proptest::prelude::*;
use registrar_kit::HttpResponse;
use registrar_kit::catalog::{self, Client};
use serde_json::{Value, json};

/// A client for every provider in the catalog (a provider added to the catalog must be added here).
fn clients() -> Vec<Client> {
    catalog::PROVIDERS
        .iter()
        .filter(|p| !catalog::operations(p).is_empty())
        .map(|p| {
            let config = match *p {
                "alldomains" => json!({"token": "t"}),
                "logicboxes" => json!({"auth_userid": "1", "api_key": "k", "endpoint": "test"}),
                "regru" => json!({"username": "test", "password": "test"}),
                "domaincontext" => {
                    json!({"auth_login": "l", "auth_password": "p", "endpoint": "demo"})
                }
                "namecom" => json!({"username": "u", "api_token": "t", "endpoint": "test"}),
                other => panic!("no test config for provider {other}; add one here"),
            };
            Client::new(p, &config).unwrap()
        })
        .collect()
}

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| json!(f)),
        "\\PC{0,12}".prop_map(Value::String),
        prop_oneof![
            Just("1"),
            Just("0"),
            Just(""),
            Just("90"),
            Just("ns1.example.com"),
            Just(".com")
        ]
        .prop_map(|s| Value::String(s.into())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map(
                prop_oneof![
                    "[a-z_0-9]{1,10}",
                    Just("result".to_owned()),
                    Just("error".to_owned()),
                    Just("message".to_owned()),
                    Just("code".to_owned()),
                    Just("name_servers".to_owned()),
                    Just("domain_id".to_owned()),
                    Just("address".to_owned()),
                    Just("ip".to_owned()),
                    Just("1".to_owned()),
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn statuses() -> impl Strategy<Value = u16> {
    prop_oneof![
        Just(200u16),
        Just(201),
        Just(400),
        Just(401),
        Just(404),
        Just(429),
        Just(500),
        Just(502),
        100u16..1000
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn parsers_never_panic_on_bytes(status in statuses(), body in proptest::collection::vec(any::<u8>(), 0..256)) {
        for c in clients() {
            for m in catalog::operations(c.provider()) {
                let _ = c.parse(m.name, &HttpResponse::new(status, body.clone()));
            }
        }
    }

    #[test]
    fn parsers_never_panic_on_json(status in statuses(), result in arb_json(), error in arb_json(), raw in arb_json()) {
        let bodies = [
            json!({"result": result.clone(), "error": Value::Null}).to_string(),
            json!({"result": Value::Null, "error": error}).to_string(),
            json!({"result": {"domain": "x", "name_servers": result.clone(), "registrar": result}}).to_string(),
            raw.to_string(),
        ];
        for c in clients() {
            for m in catalog::operations(c.provider()) {
                for b in &bodies {
                    let _ = c.parse(m.name, &HttpResponse::new(status, b.as_bytes().to_vec()));
                }
            }
        }
    }

    #[test]
    fn builders_never_panic(params in arb_json()) {
        for c in clients() {
            for m in catalog::operations(c.provider()) {
                let _ = c.prepare(m.name, params.clone());
            }
        }
    }
}

#[test]
fn out_of_range_status_is_handled() {
    for c in clients() {
        for m in catalog::operations(c.provider()) {
            for status in [0u16, 99, 1000, u16::MAX] {
                let _ = c.parse(m.name, &HttpResponse::new(status, b"{}".to_vec()));
            }
        }
    }
}
