//! PHP-style bracket arrays: a nested value flattened to `key[sub][0]=v` pairs.
//!
//! `{"0": {"domain": "a.com"}, "1": {"domain": "b.net"}}` becomes `0[domain]=a.com&1[domain]=b.net`;
//! arrays use their index (`nss[0]=…`). Brackets that separate levels are written literally, as the
//! vendors' documents show them; every key segment and every value is percent-encoded on its own,
//! so no `&`, `=` or `#` anywhere, and no `[` or `]` inside a value, can add a pair or a level.
//!
//! Key segments are another matter: PHP (`parse_str`, `$_POST`) decodes a key *before* splitting it
//! at brackets, so an escaped `%5B` inside a segment still opens a level on the server. A provider
//! that lets callers choose key segments must refuse those that are not [`is_plain_segment`]
//! (DomainContext does, in its `check_key`). `null` members are left out; booleans are spelled as
//! the provider wants them ([`BoolStyle`]).

use super::form::escape_into;
use serde_json::Value;

/// How booleans are spelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolStyle {
    /// `1` / `0`.
    OneZero,
    /// `true` / `false`.
    Words,
}

/// One flattened pair: the key's segments (`["0", "domain"]`) and the value.
pub type Pair = (Vec<String>, String);

/// The key `a[b][c]` from the segments `["a", "b", "c"]`, each segment percent-encoded.
pub fn key<S: AsRef<str>>(segments: &[S]) -> String {
    let mut out = String::new();
    write_key(segments, &mut out);
    out
}

fn write_key<S: AsRef<str>>(segments: &[S], out: &mut String) {
    for (i, seg) in segments.iter().enumerate() {
        if i > 0 {
            out.push('[');
        }
        escape_into(seg.as_ref(), out);
        if i > 0 {
            out.push(']');
        }
    }
}

/// Whether a caller-chosen key segment is safe for a PHP server: non-empty, only ASCII letters,
/// digits, `_`, `-` and `.` (so nothing PHP would decode into a bracket, a NUL or a space).
pub fn is_plain_segment(segment: &str) -> bool {
    !segment.is_empty()
        && segment
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
}

/// Flattens `value` under the key segments `prefix` (empty for the top level) into `out`.
pub fn flatten_into(
    prefix: &mut Vec<String>,
    value: &Value,
    bools: BoolStyle,
    out: &mut Vec<Pair>,
) {
    match value {
        Value::Null => {}
        Value::Bool(b) => {
            let s = match (bools, b) {
                (BoolStyle::OneZero, true) => "1",
                (BoolStyle::OneZero, false) => "0",
                (BoolStyle::Words, true) => "true",
                (BoolStyle::Words, false) => "false",
            };
            out.push((prefix.clone(), s.to_owned()));
        }
        Value::Number(n) => out.push((prefix.clone(), n.to_string())),
        Value::String(s) => out.push((prefix.clone(), s.clone())),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                prefix.push(i.to_string());
                flatten_into(prefix, item, bools, out);
                prefix.pop();
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                prefix.push(k.clone());
                flatten_into(prefix, v, bools, out);
                prefix.pop();
            }
        }
    }
}

/// Flattens a top-level object or array into pairs.
pub fn flatten(value: &Value, bools: BoolStyle) -> Vec<Pair> {
    let mut out = Vec::new();
    flatten_into(&mut Vec::new(), value, bools, &mut out);
    out
}

/// `k[a][b]=v&…` with literal level brackets and every segment and value escaped.
pub fn encode(pairs: &[Pair]) -> String {
    let mut out = String::new();
    for (i, (segments, value)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        write_key(segments, &mut out);
        out.push('=');
        escape_into(value, &mut out);
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
    fn values_and_keys_cannot_add_levels() {
        let v = json!({"x]": {"y": "v[0]=&z"}, "a\u{0}b": "n"});
        assert_eq!(
            encode(&flatten(&v, BoolStyle::Words)),
            "x%5D[y]=v%5B0%5D%3D%26z&a%00b=n"
        );
        assert_eq!(key(&["0", "pass[word]"]), "0[pass%5Bword%5D]");
        assert!(is_plain_segment("a.com") && is_plain_segment("0") && !is_plain_segment("a[b"));
        assert!(!is_plain_segment("") && !is_plain_segment("a b") && !is_plain_segment("a%5B"));
    }
}
