//! HTTP Basic credentials (RFC 7617).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

/// `Basic base64(user:password)`.
pub fn basic(user: &str, password: &str) -> String {
    let mut raw = String::with_capacity(user.len() + password.len() + 1);
    raw.push_str(user);
    raw.push(':');
    raw.push_str(password);
    format!("Basic {}", STANDARD.encode(raw.as_bytes()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn rfc7617_example() {
        assert_eq!(
            super::basic("Aladdin", "open sesame"),
            "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
        );
    }
}
