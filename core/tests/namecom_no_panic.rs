//! Name.com parsers and builders never panic: arbitrary JSON inside the `{"result": {"code", …}}`
//! envelope, under the members each operation reads (`domains`, `results`, `hosts`, `records`, …),
//! and arbitrary parameters (a property-test stand-in for a cargo-fuzz target over the parsers).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use proptest::prelude::*;
use registrar_kit::HttpResponse;
use registrar_kit::catalog::{self, Client};
use registrar_kit::providers::namecom::{self, SessionFlow, Step};
use serde_json::{Value, json};

fn client() -> Client {
    Client::new(
        "namecom",
        &json!({"username": "u", "api_token": "t", "endpoint": "test"}),
    )
    .unwrap()
}

const KEYS: &[&str] = &[
    "result",
    "code",
    "message",
    "domains",
    "suggested",
    "results",
    "hosts",
    "records",
    "contacts",
    "addons",
    "success",
    "order_type",
    "information",
    "period",
    "duration",
    "record_id",
    "ttl",
    "priority",
    "session_token",
    "type",
    "whois_privacy",
    "items",
    "domain_name",
    "nameservers",
];

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| json!(f)),
        "\\PC{0,10}".prop_map(Value::String),
        prop_oneof![
            Just("100"),
            Just("1"),
            Just(""),
            Just("domain/renewal"),
            Just("Parameter Value Error - x"),
            Just("example.com"),
            Just("+1.3035555555"),
        ]
        .prop_map(|s| Value::String(s.into())),
        prop_oneof![Just(100i64), Just(204), Just(250), Just(260)].prop_map(|n| json!(n)),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map(
                prop_oneof![
                    "[a-z_.0-9/]{1,12}",
                    proptest::sample::select(KEYS).prop_map(str::to_owned)
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn parsers_never_panic_inside_the_envelope(code in arb_json(), member in proptest::sample::select(KEYS), data in arb_json(), raw in arb_json(), status in prop_oneof![Just(200u16), Just(404), Just(500), 100u16..700]) {
        let c = client();
        let bodies = [
            json!({"result": {"code": 100, "message": "Command Successful"}, member: data.clone()}).to_string(),
            json!({"result": {"code": code, "message": data.clone()}}).to_string(),
            json!({"result": {"code": 100}, "results": [data.clone()], "domains": {"a.com": data.clone()}, "hosts": {"ns1.a.com": data.clone()}, "records": [data]}).to_string(),
            json!({"result": raw}).to_string(),
        ];
        for m in catalog::operations("namecom") {
            for b in &bodies {
                let _ = c.parse(m.name, &HttpResponse::new(status, b.as_bytes().to_vec()));
            }
        }
    }

    #[test]
    fn builders_never_panic(params in arb_json(), items in proptest::collection::vec(arb_json(), 0..4)) {
        let c = client();
        for m in catalog::operations("namecom") {
            let _ = c.prepare(m.name, params.clone());
            let _ = c.prepare(m.name, json!({"domain_name": "example.com", "items": items.clone(), "contacts": items.clone(), "nameservers": items.clone()}));
        }
    }

    #[test]
    fn the_session_flow_never_panics(answers in proptest::collection::vec((100u16..600, arb_json()), 0..5)) {
        let typed = namecom::Client::new("u", "t", "test").unwrap();
        let mut flow = SessionFlow::new(&typed, vec![("account/get".into(), json!({}))]).unwrap();
        let mut answers = answers.into_iter();
        for _ in 0..8 {
            match flow.next() {
                Step::Send(_) => match answers.next() {
                    Some((status, body)) => flow.feed(&HttpResponse::new(status, body.to_string())),
                    None => break,
                },
                Step::Done(_) => break,
            }
        }
    }
}
