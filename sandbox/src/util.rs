//! Small decoding helpers shared by the providers.

use serde_json::{Map, Value};

/// The body as a JSON object: an empty body is an empty object; anything else that is not a
/// JSON object is `Err` with a reason.
pub fn json_object(body: &[u8]) -> Result<Map<String, Value>, String> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Map::new());
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(_) => Err("the body must be a JSON object".into()),
        Err(e) => Err(format!("the body is not valid JSON ({e})")),
    }
}

/// A member as text: strings as-is (trimmed), numbers and booleans in their JSON spelling;
/// `None` for a missing, null, empty or structured member.
pub fn text(m: &Map<String, Value>, key: &str) -> Option<String> {
    let s = match m.get(key)? {
        Value::String(s) => s.trim().to_owned(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        _ => return None,
    };
    if s.is_empty() { None } else { Some(s) }
}

/// A member as a non-negative integer (string or number).
pub fn uint(m: &Map<String, Value>, key: &str) -> Option<u64> {
    text(m, key)?.parse().ok()
}

/// Percent-decodes a path segment.
pub fn path_segment(s: &str) -> String {
    let bytes: Vec<u8> = s.bytes().collect();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            if let Some(v) = hex {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Lowercased, trailing dot removed.
pub fn norm_domain(s: &str) -> String {
    s.trim().trim_end_matches('.').to_ascii_lowercase()
}

/// The fully qualified name of record host `host` in zone `domain` (`""`, `@` and the domain
/// itself are the apex; a name already ending in the domain is kept).
pub fn record_fqdn(host: &str, domain: &str) -> String {
    let h = norm_domain(host);
    if h.is_empty() || h == "@" || h == domain {
        domain.to_owned()
    } else if h.ends_with(&format!(".{domain}")) {
        h
    } else {
        format!("{h}.{domain}")
    }
}

/// The host label of record name `name` in zone `domain`: `@` for the apex.
pub fn record_label(name: &str, domain: &str) -> String {
    if name == domain {
        return "@".to_owned();
    }
    name.strip_suffix(&format!(".{domain}"))
        .unwrap_or(name)
        .to_owned()
}

/// Whether `content` fits a record of type `rtype` (upper case): addresses for A and AAAA, host
/// names for CNAME, MX and NS; anything non-empty otherwise.
pub fn record_content_ok(rtype: &str, content: &str) -> bool {
    match rtype {
        "A" => content.parse::<std::net::Ipv4Addr>().is_ok(),
        "AAAA" => content.parse::<std::net::Ipv6Addr>().is_ok(),
        "CNAME" | "MX" | "NS" => crate::state::is_hostname(content),
        _ => !content.is_empty(),
    }
}
