//! Ordered key/value pairs, encoded as `application/x-www-form-urlencoded` text.
//!
//! Keys may repeat (`ns=a&ns=b`); order is the caller's. Every byte outside the RFC 3986 unreserved
//! set (`A-Z a-z 0-9 - . _ ~`) is percent-encoded, space included (`%20`), so no value can add a
//! pair, a key or a fragment: `&`, `=`, `+`, `#`, `[`, `]` and line breaks all travel escaped.

use std::fmt::Write as _;

/// Ordered pairs; keys may repeat.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pairs {
    pairs: Vec<(String, String)>,
}

impl Pairs {
    /// No pairs.
    pub fn new() -> Self {
        Pairs::default()
    }

    /// Appends one pair.
    pub fn push(&mut self, key: impl Into<String>, value: impl Into<String>) -> &mut Self {
        self.pairs.push((key.into(), value.into()));
        self
    }

    /// Appends one pair when `value` is `Some`.
    pub fn push_opt(&mut self, key: &str, value: Option<impl Into<String>>) -> &mut Self {
        if let Some(v) = value {
            self.push(key, v);
        }
        self
    }

    /// Appends `key=v` for every `v`, in order (repeated keys).
    pub fn push_all<I, V>(&mut self, key: &str, values: I) -> &mut Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        for v in values {
            self.push(key, v);
        }
        self
    }

    /// Appends every pair of `other`.
    pub fn extend(&mut self, other: Pairs) -> &mut Self {
        self.pairs.extend(other.pairs);
        self
    }

    /// The pairs, in order.
    pub fn as_slice(&self) -> &[(String, String)] {
        &self.pairs
    }

    /// Whether there are no pairs.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// `k=v&k=v` with keys and values fully escaped.
    pub fn encode(&self) -> String {
        self.encode_with(escape_into)
    }

    /// Like [`Pairs::encode`] but with `key_writer` deciding how keys are written (bracket keys keep
    /// their `[` `]` literal, see [`super::brackets`]).
    pub fn encode_with(&self, mut key_writer: impl FnMut(&str, &mut String)) -> String {
        let mut out =
            String::with_capacity(self.pairs.iter().map(|(k, v)| k.len() + v.len() + 2).sum());
        for (i, (k, v)) in self.pairs.iter().enumerate() {
            if i > 0 {
                out.push('&');
            }
            key_writer(k, &mut out);
            out.push('=');
            escape_into(v, &mut out);
        }
        out
    }
}

impl<K: Into<String>, V: Into<String>> FromIterator<(K, V)> for Pairs {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        Pairs {
            pairs: iter
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        }
    }
}

/// Whether `b` is an RFC 3986 unreserved byte.
pub const fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

/// Percent-encodes everything but unreserved bytes.
pub fn escape_into(s: &str, out: &mut String) {
    for &b in s.as_bytes() {
        if is_unreserved(b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
}

/// Percent-encodes everything but unreserved bytes.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(s, &mut out);
    out
}

/// Escapes one path segment (a domain name in a path, an id): `/`, `?`, `#`, `%` and every other
/// reserved byte are escaped so the value stays one segment.
pub fn escape_path_segment(s: &str) -> String {
    escape(s)
}

/// Decodes one `application/x-www-form-urlencoded` component: `%XX` escapes and `+` for space;
/// a malformed escape is kept as it is; bytes that are not UTF-8 are replaced.
pub fn decode_component(s: &[u8]) -> String {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while let Some(&b) = s.get(i) {
        if b == b'%' {
            let hex = s
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            if let Some(v) = hex {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(if b == b'+' { b' ' } else { b });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Decodes a form body or query string into its pairs, in order (empty pieces skipped).
pub fn decode_pairs(encoded: &[u8]) -> Vec<(String, String)> {
    encoded
        .split(|&b| b == b'&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let mut it = pair.splitn(2, |&b| b == b'=');
            let k = it.next().unwrap_or_default();
            let v = it.next().unwrap_or_default();
            (decode_component(k), decode_component(v))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_keys_keep_order() {
        let mut p = Pairs::new();
        p.push_all("domain-name", ["a", "b"])
            .push_all("tlds", ["com", "net"]);
        assert_eq!(p.encode(), "domain-name=a&domain-name=b&tlds=com&tlds=net");
    }

    #[test]
    fn decoding_reverses_encoding() {
        let mut p = Pairs::new();
        p.push("a b", "x&y=z+%").push("k", "").push("ü", "日本");
        assert_eq!(decode_pairs(p.encode().as_bytes()), p.as_slice().to_vec());
        assert_eq!(decode_component(b"a+b%2"), "a b%2");
    }

    #[test]
    fn structure_characters_are_escaped() {
        let mut p = Pairs::new();
        p.push("k", "a&b=c+d e#f[g]\r\n%");
        assert_eq!(p.encode(), "k=a%26b%3Dc%2Bd%20e%23f%5Bg%5D%0D%0A%25");
    }
}
