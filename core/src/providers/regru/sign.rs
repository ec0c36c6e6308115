//! The REG.API request signature (regru-api-2.txt §2.2.4.1 "Signature authentication", the Perl
//! `make_text_for_sig` reference code in the same section).
//!
//! Signing is a separate step over a finished request: [`text_to_sign`] reads the form parameters of
//! the built body (decoding `input_data` back into its JSON structure when `input_format=json`),
//! [`sign_text`] signs that text, and [`sign_request`] appends `sig=<base64>` to the body.
//!
//! The text is built exactly as `make_text_for_sig` builds it:
//!
//! - every parameter value takes part, recursing through nested objects (hashes) and arrays of
//!   `input_data` *before* it is serialized (the JSON string itself is never signed, its leaves are);
//! - keys are never part of the text, and any member named `sig` (at any depth) is skipped;
//! - values that are false to Perl are skipped: absent / `null`, the empty string and the string
//!   `"0"` (a JSON number `0` stringifies to `"0"` and is skipped too; JSON booleans never reach the
//!   text because the builder sends them as `1`/`0`);
//! - the remaining strings are sorted as byte strings and joined with `;`.
//!
//! For the document's worked example (`username=test`, `output_content_type=plain`,
//! `show_input_params=1`, `domain_name=qqq.ru`, `leftdata=1,2,3`) the text is
//! `1;1;2;3;plain;qqq.ru;test`.
//!
//! The signature is RSA PKCS#1 v1.5 over SHA-1 (the document's default) or SHA-512 (the vendor's
//! current page; client option `"digest": "sha512"`), base64-encoded without line breaks. PKCS#1 v1.5
//! signing is deterministic: no randomness is drawn, so the core stays sans-IO. Keys may be PKCS#1
//! (`BEGIN RSA PRIVATE KEY`) or PKCS#8 (`BEGIN PRIVATE KEY`) PEM; they are parsed once, when the client
//! is built.

use crate::error::Error;
use serde_json::Value;

/// The digest the signature is computed over.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Digest {
    /// SHA-1: what regru-api-2.txt documents (`openssl dgst -sha1 -sign`).
    #[default]
    Sha1,
    /// SHA-512: what the vendor's current page uses for `username` + `sig` logins.
    Sha512,
}

/// The strings of one JSON value that take part in the text (Perl-true leaves, `sig` members
/// skipped), appended to `out`.
pub fn collect_values(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Array(items) => items.iter().for_each(|v| collect_values(v, out)),
        Value::Object(map) => map
            .iter()
            .filter(|(k, _)| k.as_str() != "sig")
            .for_each(|(_, v)| collect_values(v, out)),
        Value::String(s) => push_if_true(s.clone(), out),
        Value::Number(n) => push_if_true(n.to_string(), out),
        Value::Bool(true) => out.push("1".to_owned()),
        Value::Bool(false) | Value::Null => {}
    }
}

fn push_if_true(s: String, out: &mut Vec<String>) {
    if !s.is_empty() && s != "0" {
        out.push(s);
    }
}

/// The text `make_text_for_sig` builds from `values` (sorted as byte strings, joined with `;`).
pub fn join_sorted(mut values: Vec<String>) -> String {
    values.sort_unstable();
    values.join(";")
}

/// The text to sign for a parameter list as it goes on the wire (`(name, value)` pairs, repeated
/// names allowed). When `input_format` is `json`, the `input_data` value is decoded and its leaves
/// take part instead of the JSON string; a pair named `sig` is skipped.
pub fn text_to_sign(pairs: &[(String, String)]) -> Result<String, Error> {
    let json_input = pairs
        .iter()
        .any(|(k, v)| k == "input_format" && v.eq_ignore_ascii_case("json"));
    let mut values = Vec::with_capacity(pairs.len());
    for (k, v) in pairs {
        match k.as_str() {
            "sig" => {}
            "input_data" if json_input => {
                let data: Value = serde_json::from_str(v).map_err(|e| {
                    Error::invalid_input("input_data", format!("is not valid JSON: {e}"))
                })?;
                collect_values(&data, &mut values);
            }
            _ => push_if_true(v.clone(), &mut values),
        }
    }
    Ok(join_sorted(values))
}

/// Decodes an `application/x-www-form-urlencoded` body into pairs (`+` is a space).
pub fn decode_form(body: &[u8]) -> Vec<(String, String)> {
    crate::wire::form::decode_pairs(body)
}

#[cfg(feature = "regru-sign")]
mod rsa_impl {
    use super::Digest;
    use crate::error::Error;
    use crate::secret::Secret;
    use base64::Engine as _;
    use base64::engine::general_purpose::STANDARD;
    use rsa::RsaPrivateKey;
    use rsa::pkcs1::DecodeRsaPrivateKey as _;
    use rsa::pkcs1v15::SigningKey as RsaSigningKey;
    use rsa::pkcs8::DecodePrivateKey as _;
    use rsa::signature::{SignatureEncoding as _, Signer as _};
    use std::sync::Arc;

    /// An RSA private key, parsed once; prints as `***`.
    #[derive(Clone, Debug)]
    pub struct SigningKey(Arc<Secret<RsaPrivateKey>>);

    impl SigningKey {
        /// Parses a PKCS#1 (`BEGIN RSA PRIVATE KEY`) or PKCS#8 (`BEGIN PRIVATE KEY`) PEM key.
        /// Encrypted keys are refused. The error never contains the key.
        pub fn from_pem(pem: &str) -> Result<Self, Error> {
            let pem = pem.trim();
            let key = if pem.contains("BEGIN RSA PRIVATE KEY") {
                RsaPrivateKey::from_pkcs1_pem(pem).map_err(|_| {
                    Error::invalid_input(
                        "private_key_pem",
                        "is not a readable PKCS#1 RSA private key (PEM)",
                    )
                })?
            } else if pem.contains("BEGIN PRIVATE KEY") {
                RsaPrivateKey::from_pkcs8_pem(pem).map_err(|_| {
                    Error::invalid_input(
                        "private_key_pem",
                        "is not a readable PKCS#8 RSA private key (PEM)",
                    )
                })?
            } else {
                return Err(Error::invalid_input(
                    "private_key_pem",
                    "expected an unencrypted PEM RSA key (BEGIN RSA PRIVATE KEY or BEGIN PRIVATE KEY)",
                ));
            };
            Ok(SigningKey(Arc::new(Secret::new(key))))
        }

        /// The base64 (no line breaks) RSA PKCS#1 v1.5 signature of `text` over `digest`.
        pub fn sign_text(&self, text: &str, digest: Digest) -> Result<String, Error> {
            let key = self.0.expose().clone();
            let bytes = match digest {
                Digest::Sha1 => RsaSigningKey::<sha1::Sha1>::new(key)
                    .try_sign(text.as_bytes())
                    .map(|s| s.to_vec()),
                Digest::Sha512 => RsaSigningKey::<sha2::Sha512>::new(key)
                    .try_sign(text.as_bytes())
                    .map(|s| s.to_vec()),
            }
            .map_err(|_| Error::invalid_input("private_key_pem", "the key could not sign"))?;
            Ok(STANDARD.encode(bytes))
        }
    }
}

#[cfg(feature = "regru-sign")]
pub use rsa_impl::SigningKey;

/// Without the `regru-sign` feature there is no signing key; a client configured with
/// `private_key_pem` is refused with `Unsupported`.
#[cfg(not(feature = "regru-sign"))]
#[derive(Clone, Debug)]
pub struct SigningKey(());

#[cfg(not(feature = "regru-sign"))]
impl SigningKey {
    /// Always `Unsupported`: the crate was built without the `regru-sign` feature.
    pub fn from_pem(_pem: &str) -> Result<Self, Error> {
        Err(Error::unsupported(
            "REG.API signatures need the `regru-sign` feature of registrar-kit",
        ))
    }
    /// Always `Unsupported`.
    pub fn sign_text(&self, _text: &str, _digest: Digest) -> Result<String, Error> {
        Err(Error::unsupported(
            "REG.API signatures need the `regru-sign` feature of registrar-kit",
        ))
    }
}

/// The signature of a finished request's form body: `base64(RSA-PKCS#1-v1.5(digest(text)))`.
pub fn sign_text(key: &SigningKey, text: &str, digest: Digest) -> Result<String, Error> {
    key.sign_text(text, digest)
}

/// Signs a finished REG.API request: reads its form body, builds [`text_to_sign`], and appends
/// `sig=<base64>` as the last form field.
pub fn sign_request(
    request: http::Request<Vec<u8>>,
    key: &SigningKey,
    digest: Digest,
) -> Result<http::Request<Vec<u8>>, Error> {
    let (parts, mut body) = request.into_parts();
    let pairs = decode_form(&body);
    let text = text_to_sign(&pairs)?;
    let sig = key.sign_text(&text, digest)?;
    if !body.is_empty() {
        body.push(b'&');
    }
    body.extend_from_slice(b"sig=");
    body.extend_from_slice(crate::wire::form::escape(&sig).as_bytes());
    Ok(http::Request::from_parts(parts, body))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(k: &str, v: &str) -> (String, String) {
        (k.to_owned(), v.to_owned())
    }

    #[test]
    fn worked_example_of_the_document() {
        let pairs = [
            p("username", "test"),
            p("output_content_type", "plain"),
            p("show_input_params", "1"),
            p("domain_name", "qqq.ru"),
            p("leftdata", "1"),
            p("leftdata", "2"),
            p("leftdata", "3"),
        ];
        assert_eq!(
            text_to_sign(&pairs).ok().as_deref(),
            Some("1;1;2;3;plain;qqq.ru;test")
        );
    }

    #[test]
    fn input_data_leaves_take_part_and_perl_false_values_do_not() {
        let pairs = [
            p("username", "u"),
            p("input_format", "json"),
            p(
                "input_data",
                r#"{"domain_name":"","nss":{},"contacts":{"a":"Z","b":"0","sig":"x"},"list":[2,0,null,"a"]}"#,
            ),
            p("sig", "ignored"),
        ];
        assert_eq!(text_to_sign(&pairs).ok().as_deref(), Some("2;Z;a;json;u"));
    }

    #[test]
    fn form_decoding() {
        assert_eq!(
            decode_form(b"a=1&b=x%20y+z&c=&d"),
            vec![p("a", "1"), p("b", "x y z"), p("c", ""), p("d", "")]
        );
    }
}
