//! A small builder for `http::Request<Vec<u8>>` that every provider uses.

use super::form::Pairs;
use crate::error::{BuildError, Error};
use http::header::{CONTENT_TYPE, HeaderName, HeaderValue};

/// Builds one request: method, `base` + `path`, optional query pairs, headers and body.
#[derive(Debug)]
pub struct RequestBuilder {
    method: http::Method,
    url: String,
    headers: Vec<(HeaderName, HeaderValue)>,
    body: Vec<u8>,
}

impl RequestBuilder {
    /// `method` to `base` joined with `path` (exactly one `/` between them).
    pub fn new(method: http::Method, base: &str, path: &str) -> Self {
        let mut url = String::with_capacity(base.len() + path.len() + 1);
        url.push_str(base.trim_end_matches('/'));
        url.push('/');
        url.push_str(path.trim_start_matches('/'));
        RequestBuilder {
            method,
            url,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    /// Appends the pairs as the query string (`?` or `&` as needed); nothing when empty.
    pub fn query(mut self, pairs: &Pairs) -> Self {
        if !pairs.is_empty() {
            self.url
                .push(if self.url.contains('?') { '&' } else { '?' });
            self.url.push_str(&pairs.encode());
        }
        self
    }

    /// Appends an already encoded query string.
    pub fn raw_query(mut self, encoded: &str) -> Self {
        if !encoded.is_empty() {
            self.url
                .push(if self.url.contains('?') { '&' } else { '?' });
            self.url.push_str(encoded);
        }
        self
    }

    /// Adds a header. Values that carry credentials should use [`RequestBuilder::secret_header`].
    pub fn header(mut self, name: &'static str, value: &str) -> Result<Self, Error> {
        let v = HeaderValue::from_str(value).map_err(|_| {
            Error::invalid_input(name, "contains characters not allowed in a header")
        })?;
        self.headers.push((HeaderName::from_static(name), v));
        Ok(self)
    }

    /// Adds a header marked sensitive (`http` keeps it out of HPACK tables; we mask it in logs).
    pub fn secret_header(mut self, name: &'static str, value: &str) -> Result<Self, Error> {
        let mut v = HeaderValue::from_str(value).map_err(|_| {
            Error::invalid_input(name, "contains characters not allowed in a header")
        })?;
        v.set_sensitive(true);
        self.headers.push((HeaderName::from_static(name), v));
        Ok(self)
    }

    /// Sets the body and its `Content-Type`.
    pub fn body(mut self, content_type: &'static str, body: Vec<u8>) -> Self {
        self.headers
            .push((CONTENT_TYPE, HeaderValue::from_static(content_type)));
        self.body = body;
        self
    }

    /// Sets a JSON body.
    pub fn json<T: serde::Serialize + ?Sized>(self, value: &T) -> Result<Self, Error> {
        let body = super::json::body(value)?;
        Ok(self.body(super::json::CONTENT_TYPE, body))
    }

    /// Sets a form body.
    pub fn form(self, encoded: String) -> Self {
        self.body("application/x-www-form-urlencoded", encoded.into_bytes())
    }

    /// Finishes the request.
    pub fn build(self) -> Result<http::Request<Vec<u8>>, Error> {
        let mut b = http::Request::builder()
            .method(self.method)
            .uri(self.url.as_str());
        for (k, v) in self.headers {
            b = b.header(k, v);
        }
        b.body(self.body)
            .map_err(|e| Error::from(BuildError::Http(e)))
    }
}

/// Checks that `base` is an absolute `http(s)` URL without query or fragment.
pub fn check_base_url(base: &str, field: &str) -> Result<(), Error> {
    let uri: http::Uri = base
        .parse()
        .map_err(|_| Error::invalid_input(field, format!("{base:?} is not a URL")))?;
    match uri.scheme_str() {
        Some("http" | "https") => {}
        _ => {
            return Err(Error::invalid_input(
                field,
                "must start with https:// or http://",
            ));
        }
    }
    if uri.host().is_none() || uri.query().is_some() || base.contains('#') {
        return Err(Error::invalid_input(
            field,
            "must be an absolute URL without query or fragment",
        ));
    }
    Ok(())
}
