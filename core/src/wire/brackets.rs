//! PHP-style bracket arrays: a nested value flattened to `key[sub][0]=v` pairs.
//!
//! `{"0": {"domain": "a.com"}, "1": {"domain": "b.net"}}` becomes `0[domain]=a.com&1[domain]=b.net`;
//! arrays use their index (`nss[0]=…`). Brackets that separate levels are written literally, as the
//! vendors' documents show them; brackets *inside* a key segment or a value are percent-encoded, so
//! no value can add a level or a pair. `null` members are left out; `true`/`false` are written as the
//! provider wants them (`BoolStyle`).

use super::form::{Pairs, escape_into};
use serde_json::Value;

/// How booleans are spelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolStyle {
    /// `1` / `0`.
    OneZero,
    /// `true` / `false`.
    Words,
}

/// Flattens `value` under `prefix` (empty for the top level) into `out`.
pub fn flatten_into(prefix: &str, value: &Value, bools: BoolStyle, out: &mut Pairs) {
    match value {
        Value::Null => {}
        Value::Bool(b) => {
            let s = match (bools, b) {
                (BoolStyle::OneZero, true) => "1",
                (BoolStyle::OneZero, false) => "0",
                (BoolStyle::Words, true) => "true",
                (BoolStyle::Words, false) => "false",
            };
            out.push(prefix, s);
        }
        Value::Number(n) => {
            out.push(prefix, n.to_string());
        }
        Value::String(s) => {
            out.push(prefix, s.clone());
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                flatten_into(&child_key(prefix, &i.to_string()), item, bools, out);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                flatten_into(&child_key(prefix, k), v, bools, out);
            }
        }
    }
}

/// Flattens a top-level object or array into pairs.
pub fn flatten(value: &Value, bools: BoolStyle) -> Pairs {
    let mut out = Pairs::new();
    flatten_into("", value, bools, &mut out);
    out
}

/// A raw key segment is kept in a private form (segments joined by `\u{0}`) until encoding, so that a
/// `[` inside a segment can never be confused with a level separator.
const SEP: char = '\u{0}';

fn child_key(prefix: &str, segment: &str) -> String {
    if prefix.is_empty() {
        segment.to_owned()
    } else {
        let mut k = String::with_capacity(prefix.len() + segment.len() + 1);
        k.push_str(prefix);
        k.push(SEP);
        k.push_str(segment);
        k
    }
}

/// Writes a flattened key: the first segment, then `[segment]` for each deeper level, each segment
/// percent-encoded.
pub fn write_key(key: &str, out: &mut String) {
    for (i, seg) in key.split(SEP).enumerate() {
        if i == 0 {
            escape_into(seg, out);
        } else {
            out.push('[');
            escape_into(seg, out);
            out.push(']');
        }
    }
}

/// Encodes pairs produced by [`flatten`] (and plain pairs alike) with literal level brackets.
pub fn encode(pairs: &Pairs) -> String {
    pairs.encode_with(write_key)
}

/// The key of a flattened pair in its readable form (`0[domain]`), for errors and redaction.
pub fn display_key(key: &str) -> String {
    let mut out = String::new();
    for (i, seg) in key.split(SEP).enumerate() {
        if i == 0 {
            out.push_str(seg);
        } else {
            out.push('[');
            out.push_str(seg);
            out.push(']');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn documented_shapes() {
        let v = json!({"0": {"domain": "a.com"}, "1": {"domain": "b.net"}});
        assert_eq!(
            encode(&flatten(&v, BoolStyle::OneZero)),
            "0[domain]=a.com&1[domain]=b.net"
        );
        let v = json!({"a.com": [{"type": "A", "value": "1.2.3.4"}]});
        assert_eq!(
            encode(&flatten(&v, BoolStyle::OneZero)),
            "a.com[0][type]=A&a.com[0][value]=1.2.3.4"
        );
    }

    #[test]
    fn values_cannot_add_levels() {
        let v = json!({"x]": {"y": "v[0]=&z"}});
        assert_eq!(
            encode(&flatten(&v, BoolStyle::Words)),
            "x%5D[y]=v%5B0%5D%3D%26z"
        );
    }
}
