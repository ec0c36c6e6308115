//! Property tests: every encoder's output decodes, with an independent decoder, to what went in.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use proptest::prelude::*;
use registrar_kit::wire::brackets::{self, BoolStyle};
use registrar_kit::wire::{Pairs, auth};
use serde_json::{Map, Value};

fn any_text() -> impl Strategy<Value = String> {
    // Unicode, structure characters, line breaks, percent signs and pluses.
    prop_oneof![
        "\\PC*",
        "[a-z0-9&=+#%\\[\\] \r\n;?/.~_-]{0,12}",
        Just(String::new()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Query/form pairs with repeated keys: `form_urlencoded::parse` gives back the same pairs in
    /// the same order.
    #[test]
    fn pairs_roundtrip_with_form_urlencoded(pairs in proptest::collection::vec((any_text(), any_text()), 0..12)) {
        let p: Pairs = pairs.iter().cloned().collect();
        let encoded = p.encode();
        // Nothing outside the unreserved set and `%`, `=`, `&` is ever written.
        prop_assert!(encoded.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~%=&".contains(&b)));
        let decoded: Vec<(String, String)> = form_urlencoded::parse(encoded.as_bytes()).into_owned().collect();
        if pairs.is_empty() {
            prop_assert!(decoded.is_empty());
        } else {
            prop_assert_eq!(decoded, pairs);
        }
    }

    /// Basic credentials decode (base64, RFC 7617) to `user:password`.
    #[test]
    fn basic_auth_roundtrip(user in "[^:]{0,20}", password in "\\PC{0,40}") {
        use base64::Engine as _;
        let header = auth::basic(&user, &password);
        let b64 = header.strip_prefix("Basic ").unwrap();
        let raw = base64::engine::general_purpose::STANDARD.decode(b64).unwrap();
        prop_assert_eq!(String::from_utf8(raw).unwrap(), format!("{user}:{password}"));
    }

    /// Bracket arrays: `serde_qs` (an independent PHP-style decoder) rebuilds the nested value.
    #[test]
    fn brackets_roundtrip_with_serde_qs(value in nested()) {
        let pairs = brackets::flatten(&value, BoolStyle::OneZero);
        let encoded = brackets::encode(&pairs);
        let config = serde_qs::Config::new(8, true);
        let decoded: std::collections::BTreeMap<String, Nested> = config.deserialize_str(&encoded).unwrap();
        prop_assert_eq!(serde_json::to_value(decoded).unwrap(), value);
    }

    /// Flattened pairs, as `form_urlencoded` reads them, carry the literal bracket keys and the
    /// exact values: no value can add a pair or a level.
    #[test]
    fn bracket_values_cannot_change_structure(key in "[a-z]{1,5}", value in any_text()) {
        let v = serde_json::json!({ "0": { key.clone(): value.clone() } });
        let encoded = brackets::encode(&brackets::flatten(&v, BoolStyle::OneZero));
        prop_assert_eq!(brackets::key(&["0", key.as_str()]), format!("0[{key}]"));
        let decoded: Vec<(String, String)> = form_urlencoded::parse(encoded.as_bytes()).into_owned().collect();
        prop_assert_eq!(decoded, vec![(format!("0[{key}]"), value)]);
    }
}

/// Nested objects of string leaves with keys that serde_qs reads back as map keys (it treats
/// integer-like keys as sequence indices, so keys here start with a letter), non-empty leaves.
fn nested() -> impl Strategy<Value = Value> {
    let leaf = "[^\\[\\]]{1,8}".prop_map(Value::String);
    leaf.prop_recursive(3, 24, 4, |inner| {
        proptest::collection::btree_map("[a-z][a-z0-9_]{0,5}", inner, 1..4)
            .prop_map(|m| Value::Object(m.into_iter().collect::<Map<String, Value>>()))
    })
    .prop_filter("top level is an object", Value::is_object)
}

/// The decoded shape: a string leaf or a map of the same.
#[derive(serde::Deserialize, serde::Serialize, Debug)]
#[serde(untagged)]
enum Nested {
    Leaf(String),
    Map(std::collections::BTreeMap<String, Nested>),
}
