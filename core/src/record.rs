//! The plain request and response records that cross every binding boundary, and their redacted
//! rendering for logs.

use crate::secret::MASK;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Names (of headers, query parameters, form fields and JSON members) whose values are credentials
/// or transfer secrets. Compared case-insensitively; for a bracket key (`0[password]`) the last
/// segment counts too. Every provider's secret-bearing names are listed here.
pub const SENSITIVE_NAMES: &[&str] = &[
    // HTTP
    "authorization",
    // LogicBoxes
    "api-key",
    "auth-key",
    "passwd",
    "auth-code",
    "otp",
    // DomainContext
    "auth-password",
    "auth_password",
    "pincode",
    // REG.API
    "password",
    "user_password",
    "authinfo",
    "sms_security_number",
    "private_key_pem",
    // Name.com
    "api-token",
    "api_token",
    "api-session-token",
    "session_token",
    // Alldomains
    "token",
    "transfer_code",
];

/// Whether a header, parameter or member named `name` carries a credential. A bracket key
/// (`0[password]`, `contacts[admin][password]`) is sensitive when its last segment is.
pub fn is_sensitive(name: &str) -> bool {
    let listed = |n: &str| SENSITIVE_NAMES.iter().any(|s| s.eq_ignore_ascii_case(n));
    if listed(name) {
        return true;
    }
    match name.strip_suffix(']').and_then(|k| k.rsplit_once('[')) {
        Some((_, last)) => listed(last),
        None => false,
    }
}

/// A request ready to send: what the host's HTTP client needs, nothing more.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HttpRequest {
    /// `GET`, `POST`, …
    pub method: String,
    /// The full URL, query string included.
    pub url: String,
    /// Headers in order, as `(name, value)`.
    pub headers: Vec<(String, String)>,
    /// The body bytes (empty for none).
    #[serde(with = "body_text")]
    pub body: Vec<u8>,
}

/// A response as the host's HTTP client received it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HttpResponse {
    /// The HTTP status code.
    pub status: u16,
    /// Headers in order, as `(name, value)`.
    #[serde(default)]
    pub headers: Vec<(String, String)>,
    /// The body bytes.
    #[serde(with = "body_text", default)]
    pub body: Vec<u8>,
}

impl From<http::Request<Vec<u8>>> for HttpRequest {
    fn from(req: http::Request<Vec<u8>>) -> Self {
        let (parts, body) = req.into_parts();
        HttpRequest {
            method: parts.method.as_str().to_owned(),
            url: parts.uri.to_string(),
            headers: parts
                .headers
                .iter()
                .map(|(k, v)| {
                    (
                        k.as_str().to_owned(),
                        String::from_utf8_lossy(v.as_bytes()).into_owned(),
                    )
                })
                .collect(),
            body,
        }
    }
}

impl HttpRequest {
    /// The body as text (lossy for non-UTF-8 bytes).
    pub fn body_text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The value of the first header named `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// A copy safe for logs: credential headers, query parameters, form fields and JSON members
    /// (see [`SENSITIVE_NAMES`]) show `***`.
    pub fn redacted(&self) -> HttpRequest {
        let url = match self.url.split_once('?') {
            Some((base, query)) => format!("{base}?{}", redact_pairs(query)),
            None => self.url.clone(),
        };
        let headers = self
            .headers
            .iter()
            .map(|(k, v)| {
                if is_sensitive(k) {
                    (k.clone(), MASK.to_owned())
                } else {
                    (k.clone(), v.clone())
                }
            })
            .collect();
        let content_type = self.header("content-type").unwrap_or_default();
        let body = if content_type.starts_with("application/json") {
            match serde_json::from_slice::<Value>(&self.body) {
                Ok(mut v) => {
                    redact_json(&mut v);
                    serde_json::to_vec(&v).unwrap_or_default()
                }
                Err(_) => self.body.clone(),
            }
        } else if content_type.starts_with("application/x-www-form-urlencoded") {
            redact_pairs(&String::from_utf8_lossy(&self.body)).into_bytes()
        } else {
            self.body.clone()
        };
        HttpRequest {
            method: self.method.clone(),
            url,
            headers,
            body,
        }
    }

    /// The request as JSON (`{"method","url","headers":[[n,v]…],"body":"…"}`), redacted or not.
    pub fn to_json(&self, redact: bool) -> Value {
        let r = if redact {
            self.redacted()
        } else {
            self.clone()
        };
        serde_json::to_value(&r).unwrap_or(Value::Null)
    }
}

impl std::fmt::Debug for HttpRequest {
    /// Debug output is always redacted.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let r = self.redacted();
        f.debug_struct("HttpRequest")
            .field("method", &r.method)
            .field("url", &r.url)
            .field("headers", &r.headers)
            .field("body", &String::from_utf8_lossy(&r.body))
            .finish()
    }
}

impl HttpResponse {
    /// A response with `status` and `body` and no headers.
    pub fn new(status: u16, body: impl Into<Vec<u8>>) -> Self {
        HttpResponse {
            status,
            headers: Vec::new(),
            body: body.into(),
        }
    }

    /// The `http` form, borrowing the body. Invalid header names or values are skipped (they
    /// cannot influence parsing, which reads the status and body only).
    pub fn as_http(&self) -> http::Response<&[u8]> {
        let mut b = http::Response::builder().status(self.status);
        for (k, v) in &self.headers {
            if let (Ok(name), Ok(value)) = (
                http::header::HeaderName::from_bytes(k.as_bytes()),
                http::header::HeaderValue::from_str(v),
            ) {
                b = b.header(name, value);
            }
        }
        match b.body(self.body.as_slice()) {
            Ok(r) => r,
            Err(_) => {
                // An out-of-range status: keep the body, report 0-like status via 599.
                let mut r = http::Response::new(self.body.as_slice());
                *r.status_mut() = http::StatusCode::from_u16(599).unwrap_or_default();
                r
            }
        }
    }
}

/// Form fields whose value is JSON with members of its own (REG.API's `input_data`): their
/// sensitive members are masked inside the JSON.
const JSON_FIELDS: &[&str] = &["input_data"];

fn redact_pairs(encoded: &str) -> String {
    use crate::wire::form::{decode_component, escape};
    encoded
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((k, v)) => {
                let key = decode_component(k.as_bytes());
                if is_sensitive(&key) {
                    format!("{k}={MASK}")
                } else if JSON_FIELDS.contains(&key.as_str()) {
                    match serde_json::from_str::<Value>(&decode_component(v.as_bytes())) {
                        Ok(mut json) => {
                            redact_json(&mut json);
                            format!("{k}={}", escape(&json.to_string()))
                        }
                        Err(_) => pair.to_owned(),
                    }
                } else {
                    pair.to_owned()
                }
            }
            None => pair.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("&")
}

fn redact_json(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for (k, item) in map.iter_mut() {
                if is_sensitive(k) {
                    *item = Value::String(MASK.to_owned());
                } else {
                    redact_json(item);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact_json),
        _ => {}
    }
}

/// Bodies travel as text in JSON renderings (all five providers send and answer UTF-8 text); bytes
/// that are not UTF-8 are written as `{"base64": "…"}` and read back from either form.
mod body_text {
    use base64::Engine as _;
    use base64::engine::general_purpose::STANDARD;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(body: &[u8], s: S) -> Result<S::Ok, S::Error> {
        match std::str::from_utf8(body) {
            Ok(text) => s.serialize_str(text),
            Err(_) => {
                use serde::ser::SerializeMap;
                let mut m = s.serialize_map(Some(1))?;
                m.serialize_entry("base64", &STANDARD.encode(body))?;
                m.end()
            }
        }
    }

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Body {
        Text(String),
        Base64 { base64: String },
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        match Body::deserialize(d)? {
            Body::Text(t) => Ok(t.into_bytes()),
            Body::Base64 { base64 } => STANDARD.decode(base64).map_err(serde::de::Error::custom),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redaction_masks_every_place() {
        let req = HttpRequest {
            method: "POST".into(),
            url: "https://x/api?auth-userid=1&api-key=SECRETKEY&x=1".into(),
            headers: vec![
                ("Authorization".into(), "Basic abc".into()),
                ("content-type".into(), "application/json".into()),
            ],
            body: br#"{"a":1,"password":"pw","n":{"token":"t"}}"#.to_vec(),
        };
        let r = req.redacted();
        assert_eq!(r.url, "https://x/api?auth-userid=1&api-key=***&x=1");
        assert_eq!(r.header("authorization"), Some("***"));
        assert_eq!(
            r.body_text(),
            r#"{"a":1,"password":"***","n":{"token":"***"}}"#
        );
        let dbg = format!("{req:?}");
        assert!(
            !dbg.contains("SECRETKEY") && !dbg.contains("Basic abc") && !dbg.contains("\"pw\"")
        );
    }

    #[test]
    fn form_bodies_are_redacted() {
        let req = HttpRequest {
            method: "POST".into(),
            url: "https://x/".into(),
            headers: vec![(
                "Content-Type".into(),
                "application/x-www-form-urlencoded".into(),
            )],
            body: b"username=u&password=p%26w&x=1".to_vec(),
        };
        assert_eq!(req.redacted().body_text(), "username=u&password=***&x=1");
    }

    #[test]
    fn json_inside_a_form_field_is_redacted() {
        let data = r#"{"domains":[{"dname":"a.ru","authinfo":"SECRET123"}],"contacts":{"user_password":"pw"}}"#;
        let body = format!(
            "input_format=json&input_data={}",
            crate::wire::form::escape(data)
        );
        let req = HttpRequest {
            method: "POST".into(),
            url: "https://api.reg.ru/api/regru2/domain/transfer".into(),
            headers: vec![(
                "content-type".into(),
                "application/x-www-form-urlencoded".into(),
            )],
            body: body.into_bytes(),
        };
        let shown = req.redacted().body_text();
        assert!(
            !shown.contains("SECRET123") && !shown.contains("pw%22"),
            "{shown}"
        );
        let decoded = crate::wire::form::decode_pairs(shown.as_bytes());
        assert_eq!(
            decoded.get(1).map(|(_, v)| v.as_str()),
            Some(
                r#"{"domains":[{"dname":"a.ru","authinfo":"***"}],"contacts":{"user_password":"***"}}"#
            )
        );
    }

    #[test]
    fn bracket_keys_are_redacted_by_their_last_segment() {
        assert!(is_sensitive("0[password]"));
        assert!(is_sensitive(
            "0%5Bpassword%5D"
                .replace("%5B", "[")
                .replace("%5D", "]")
                .as_str()
        ));
        assert!(is_sensitive("contacts[admin][PINCODE]"));
        assert!(!is_sensitive("password_hint"));
        assert!(!is_sensitive("0[domain]"));
        let req = HttpRequest {
            method: "POST".into(),
            url: "https://x/domainsTransfer".into(),
            headers: vec![(
                "content-type".into(),
                "application/x-www-form-urlencoded".into(),
            )],
            body: b"0[domain]=a.com&0[password]=s3cret&1[password]=t0p".to_vec(),
        };
        assert_eq!(
            req.redacted().body_text(),
            "0[domain]=a.com&0[password]=***&1[password]=***"
        );
    }
}
