//! The declarative description of a REG.API function's parameters ([`Spec`]) and the one request
//! builder every function uses ([`build`]).
//!
//! A function's row lists its own parameters with their kind, the common groups it accepts
//! (service identification, service lists, folder identification, payment) and which parameters are
//! required (each `one_of` group needs at least one member). The builder checks every parameter the
//! caller gives against that list (an unknown name is refused, naming it), checks its kind, and lays
//! the request out as the document's examples do:
//!
//! - **plain**: when no parameter carries a list of objects or an object, every parameter is a form
//!   field; a list of scalars becomes repeated fields (`white_list_ips=a&white_list_ips=b`);
//! - **JSON**: otherwise (or when the row says so, because the document only shows that form) every
//!   function parameter travels inside `input_data` (JSON, in the caller's order, booleans as `1`/`0`)
//!   with `input_format=json`; authentication and API-control parameters stay plain fields, as
//!   §2.2.4.2 asks ("Do not pass authentication data … in the input_data field").
//!
//! Every request also carries `output_format=json`. Form fields are sorted by name (stable), as the
//! document prints them; `sig` comes last when the client signs.

use super::Client;
use crate::error::Error;
use crate::wire::Pairs;
use crate::wire::request::RequestBuilder;
use serde_json::{Map, Value};

/// What a parameter's value may be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Text (a number is accepted and sent as its text).
    Text,
    /// A whole number, or a string of digits.
    Int,
    /// A number (prices, amounts), or a numeric string.
    Num,
    /// `1`/`0`, `"1"`/`"0"` or `true`/`false`.
    Flag,
    /// A domain name as the document allows it: ASCII, punycode or national (Cyrillic) letters,
    /// passed through unchanged; must be non-empty without spaces or control characters.
    Domain,
    /// One text or a list of texts (repeated fields in plain form, an array in JSON).
    Texts,
    /// A list (of objects or texts); forces the JSON form.
    List,
    /// An object (hash); forces the JSON form.
    Object,
    /// One of the listed texts.
    OneOf(&'static [&'static str]),
    /// Anything the document does not pin down (kept as given; an object or list forces JSON).
    Any,
}

/// One parameter.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    /// The vendor's name.
    pub name: &'static str,
    /// What the value may be.
    pub kind: Kind,
    /// The document's description (first sentence).
    pub doc: &'static str,
}

/// A parameter of `kind` named `name`.
pub const fn f(name: &'static str, kind: Kind, doc: &'static str) -> Field {
    Field { name, kind, doc }
}

/// How the parameters travel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// Plain fields unless a list of objects or an object is given (then JSON).
    Auto,
    /// Always inside `input_data` (the document shows only that form for the function).
    Json,
}

/// A function's parameters.
#[derive(Clone, Copy, Debug)]
pub struct Spec {
    /// The function's own parameters.
    pub fields: &'static [Field],
    /// The common groups it accepts ([`SERVICE_ID`], [`LIST_ID`], [`FOLDER_ID`], [`PAYMENT`]).
    pub groups: &'static [&'static [Field]],
    /// Each inner list: at least one of these must be given.
    pub one_of: &'static [&'static [&'static str]],
    /// Plain or JSON.
    pub form: Form,
    /// The function's own documented rules beyond kinds (lengths, per-zone limits), if any.
    pub check: Option<Check>,
}

/// A function's own validation over its parameters (run after the kinds and what is required).
pub type Check = fn(&Map<String, Value>) -> Result<(), Error>;

impl Spec {
    /// A function with only its own fields, nothing required.
    pub const fn new(fields: &'static [Field]) -> Spec {
        Spec {
            fields,
            groups: &[],
            one_of: &[],
            form: Form::Auto,
            check: None,
        }
    }
    /// Adds the function's own rules.
    pub const fn check(mut self, check: Check) -> Spec {
        self.check = Some(check);
        self
    }
    /// Adds the common groups.
    pub const fn groups(mut self, groups: &'static [&'static [Field]]) -> Spec {
        self.groups = groups;
        self
    }
    /// Sets what is required.
    pub const fn one_of(mut self, one_of: &'static [&'static [&'static str]]) -> Spec {
        self.one_of = one_of;
        self
    }
    /// Always sends the function parameters inside `input_data`.
    pub const fn json(mut self) -> Spec {
        self.form = Form::Json;
        self
    }

    /// Every parameter the function accepts (own fields, groups, control parameters).
    pub fn all_fields(&self) -> impl Iterator<Item = &'static Field> + '_ {
        self.fields
            .iter()
            .chain(self.groups.iter().flat_map(|g| g.iter()))
            .chain(CONTROL.iter())
    }

    fn find(&self, name: &str) -> Option<&'static Field> {
        self.all_fields().find(|f| f.name == name)
    }

    /// The JSON Schema of the parameters (feature `schema`).
    #[cfg(feature = "schema")]
    pub fn schema(&self) -> schemars::Schema {
        let mut props = Map::new();
        for field in self.all_fields() {
            if props.contains_key(field.name) {
                continue;
            }
            props.insert(field.name.to_owned(), kind_schema(field));
        }
        let mut root = Map::new();
        root.insert("type".into(), Value::String("object".into()));
        root.insert("properties".into(), Value::Object(props));
        root.insert("additionalProperties".into(), Value::Bool(false));
        schemars::Schema::from(root)
    }
}

#[cfg(feature = "schema")]
fn kind_schema(field: &Field) -> Value {
    use serde_json::json;
    let mut s = match field.kind {
        Kind::Text | Kind::Domain => json!({"type": ["string", "number"]}),
        Kind::Int => json!({"type": ["integer", "string"]}),
        Kind::Num => json!({"type": ["number", "string"]}),
        Kind::Flag => json!({"type": ["integer", "string", "boolean"]}),
        Kind::Texts => {
            json!({"type": ["string", "number", "array"], "items": {"type": ["string", "number"]}})
        }
        Kind::List => json!({"type": "array"}),
        Kind::Object => json!({"type": "object"}),
        Kind::OneOf(values) => json!({"type": "string", "enum": values}),
        Kind::Any => json!({}),
    };
    if let Value::Object(m) = &mut s {
        if !field.doc.is_empty() {
            m.insert("description".into(), Value::String(field.doc.to_owned()));
        }
    }
    s
}

/// API control parameters every function accepts (§2.2.4.2). `output_format` is always `json`
/// (set by the library); `input_format`/`input_data` are set by the builder.
pub const CONTROL: &[Field] = &[
    f(
        "lang",
        Kind::OneOf(&["ru", "en", "th"]),
        "Language of error_text: ru, en (default) or th.",
    ),
    f(
        "io_encoding",
        Kind::OneOf(&["utf8", "cp1251", "koi8-r", "koi8-u", "cp866"]),
        "Encoding of the exchange (utf8 default). The library writes UTF-8, so any other value requires ASCII-only parameters.",
    ),
    f(
        "output_content_type",
        Kind::Text,
        "Content-Type of the response without changing its format (e.g. plain).",
    ),
    f(
        "show_input_params",
        Kind::Flag,
        "1 to have the service echo every input parameter back (the password included: avoid it).",
    ),
];

/// Service identification parameters (§2.2.4.3).
pub const SERVICE_ID: &[Field] = &[
    f(
        "service_id",
        Kind::Int,
        "Numeric service identifier (recommended).",
    ),
    f(
        "user_servid",
        Kind::Text,
        "Alphanumeric service identifier set by the user at creation.",
    ),
    f(
        "domain_name",
        Kind::Domain,
        "Domain name (punycode or national encoding).",
    ),
    f(
        "dname",
        Kind::Domain,
        "Domain name (synonym of domain_name).",
    ),
    f(
        "servtype",
        Kind::Text,
        "Service type, e.g. srv_hosting_ispmgr, srv_webfwd.",
    ),
    f("subtype", Kind::Text, "Service subtype."),
    f("uplink_service_id", Kind::Int, "ID of the parent service."),
];

/// Service list identification parameters (§2.2.4.4): at most 1000 items.
pub const LIST_ID: &[Field] = &[
    f(
        "domains",
        Kind::List,
        "List of domains: each {\"dname\": …} or {\"domain_name\": …} or {\"service_id\": …}; at most 1000.",
    ),
    f(
        "services",
        Kind::List,
        "List of services: each {\"domain_name\"/\"dname\": …, \"servtype\": …} or {\"service_id\": …}; at most 1000.",
    ),
];

/// Folder identification parameters (§2.2.4.5).
pub const FOLDER_ID: &[Field] = &[
    f(
        "folder_id",
        Kind::Int,
        "Numeric folder identifier (recommended).",
    ),
    f("folder_name", Kind::Text, "Folder name."),
];

/// The payment options of §2.2.4.6.
pub const PAY_TYPES: &[&str] = &[
    "WM",
    "bank",
    "pbank",
    "prepay",
    "yamoney",
    "rapida",
    "robox",
    "paymer",
    "cash",
    "chronopay",
];

/// Payment parameters (§2.2.4.6).
pub const PAYMENT: &[Field] = &[
    f(
        "point_of_sale",
        Kind::Text,
        "Arbitrary string identifying the system/site the order was placed through.",
    ),
    f(
        "pay_type",
        Kind::OneOf(PAY_TYPES),
        "Payment option (default prepay).",
    ),
    f(
        "ok_if_no_money",
        Kind::Flag,
        "1 to create a bill when funds are short instead of failing with NOT_ENOUGH_MONEY.",
    ),
];

/// The most items a service list may hold (§2.2.4.4).
pub const MAX_LIST_ITEMS: usize = 1000;

/// Names the library sets itself; a caller giving one is refused.
const RESERVED: &[&str] = &[
    "username",
    "password",
    "sig",
    "input_format",
    "input_data",
    "output_format",
    "view",
];

fn is_control(name: &str) -> bool {
    CONTROL.iter().any(|f| f.name == name)
}

fn present(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::String(s) => !s.trim().is_empty(),
        Value::Array(a) => !a.is_empty(),
        _ => true,
    }
}

fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(if *b { "1" } else { "0" }.to_owned()),
        _ => None,
    }
}

fn check_kind(field: &Field, v: &Value) -> Result<(), Error> {
    let name = field.name;
    let bad = |what: &str| {
        Err(Error::invalid_input(
            name,
            format!("expected {what}, found {v}"),
        ))
    };
    match field.kind {
        Kind::Text => match v {
            Value::String(_) | Value::Number(_) => Ok(()),
            _ => bad("text"),
        },
        Kind::Domain => match v {
            Value::String(s) => {
                let s = s.trim();
                if s.is_empty() {
                    Err(Error::invalid_input(name, "domain name is empty"))
                } else if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
                    Err(Error::invalid_input(
                        name,
                        "a domain name has no spaces or control characters",
                    ))
                } else {
                    Ok(())
                }
            }
            _ => bad("a domain name (text)"),
        },
        Kind::Int => match v {
            Value::Number(n) if n.is_u64() || n.is_i64() => Ok(()),
            Value::String(s) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => Ok(()),
            _ => bad("a whole number"),
        },
        Kind::Num => match v {
            Value::Number(_) => Ok(()),
            Value::String(s) if s.trim().parse::<f64>().is_ok_and(f64::is_finite) => Ok(()),
            _ => bad("a number"),
        },
        Kind::Flag => match v {
            Value::Bool(_) => Ok(()),
            Value::Number(n) if n.as_u64().is_some_and(|n| n <= 1) => Ok(()),
            Value::String(s) if s == "0" || s == "1" => Ok(()),
            _ => bad("a flag (1/0 or true/false)"),
        },
        Kind::Texts => match v {
            Value::String(_) | Value::Number(_) => Ok(()),
            Value::Array(items)
                if items
                    .iter()
                    .all(|i| matches!(i, Value::String(_) | Value::Number(_))) =>
            {
                Ok(())
            }
            _ => bad("a text or a list of texts"),
        },
        Kind::List => match v {
            Value::Array(items) => {
                if (name == "domains" || name == "services") && items.len() > MAX_LIST_ITEMS {
                    return Err(Error::invalid_input(
                        name,
                        format!(
                            "at most {MAX_LIST_ITEMS} items per request (§2.2.4.4), found {}",
                            items.len()
                        ),
                    ));
                }
                Ok(())
            }
            _ => bad("a list"),
        },
        Kind::Object => match v {
            Value::Object(_) => Ok(()),
            _ => bad("an object"),
        },
        Kind::OneOf(values) => match v {
            Value::String(s) if values.contains(&s.as_str()) => Ok(()),
            _ => Err(Error::invalid_input(
                name,
                format!("must be one of {}, found {v}", values.join(", ")),
            )),
        },
        Kind::Any => Ok(()),
    }
}

/// Booleans become `1`/`0` everywhere inside `input_data` (Perl has no booleans; the signature
/// text and the service read `1`/`0`).
fn normalize(v: &Value) -> Value {
    match v {
        Value::Bool(b) => Value::from(u8::from(*b)),
        Value::Array(items) => Value::Array(items.iter().map(normalize).collect()),
        Value::Object(map) => {
            Value::Object(map.iter().map(|(k, v)| (k.clone(), normalize(v))).collect())
        }
        other => other.clone(),
    }
}

/// Builds `POST <base><name>` for a function with `spec` from the caller's `params`.
pub fn build(
    client: &Client,
    name: &str,
    spec: &Spec,
    params: &Map<String, Value>,
) -> Result<http::Request<Vec<u8>>, Error> {
    // 1. Every parameter known and of its kind.
    for (k, v) in params {
        if RESERVED.contains(&k.as_str()) {
            return Err(Error::invalid_input(
                k.as_str(),
                "is set by the client (configuration and request layout), not by parameters",
            ));
        }
        let Some(field) = spec.find(k) else {
            let known: Vec<&str> = spec.all_fields().map(|f| f.name).collect();
            return Err(Error::invalid_input(
                k.as_str(),
                format!("is not a parameter of {name}; known: {}", known.join(", ")),
            ));
        };
        if !v.is_null() {
            check_kind(field, v)?;
        }
    }
    // 2. What is required.
    for group in spec.one_of {
        if !group.iter().any(|n| params.get(*n).is_some_and(present)) {
            let first = group.first().copied().unwrap_or("params");
            let reason = if group.len() == 1 {
                "is required".to_owned()
            } else {
                format!("one of {} is required", group.join(", "))
            };
            return Err(Error::invalid_input(first, reason));
        }
    }
    if let Some(check) = spec.check {
        check(params)?;
    }
    // 3. A non-UTF-8 io_encoding: the library writes UTF-8, so only ASCII can be read back alike.
    if let Some(enc) = params.get("io_encoding").and_then(Value::as_str) {
        if enc != "utf8" && !Value::Object(params.clone()).to_string().is_ascii() {
            return Err(Error::invalid_input(
                "io_encoding",
                format!(
                    "{enc} needs ASCII-only parameters: the library sends UTF-8 (use utf8 or punycode)"
                ),
            ));
        }
    }
    // 4. Layout.
    let json_form = spec.form == Form::Json
        || params.iter().any(|(k, v)| {
            !is_control(k)
                && matches!(v, Value::Array(_) | Value::Object(_))
                && spec.find(k).is_some_and(|f| !matches!(f.kind, Kind::Texts))
        });
    let mut pairs = Pairs::new();
    pairs.push("username", client.username.as_str());
    if let Some(pw) = &client.password {
        pairs.push("password", pw.expose().as_str());
    }
    pairs.push("output_format", "json");
    let mut data = Map::new();
    for (k, v) in params {
        if v.is_null() {
            continue;
        }
        if json_form && !is_control(k) {
            data.insert(k.clone(), normalize(v));
            continue;
        }
        match v {
            Value::Array(items) => {
                for item in items {
                    if let Some(t) = scalar_text(item) {
                        pairs.push(k.as_str(), t);
                    }
                }
            }
            other => {
                if let Some(t) = scalar_text(other) {
                    pairs.push(k.as_str(), t);
                }
            }
        }
    }
    if json_form {
        pairs.push("input_format", "json");
        let text = serde_json::to_string(&Value::Object(data))
            .map_err(|e| Error::invalid_input("params", e))?;
        pairs.push("input_data", text);
    }
    let mut sorted: Vec<(String, String)> = pairs.as_slice().to_vec();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    let body: Pairs = sorted.into_iter().collect();
    let request = RequestBuilder::new(http::Method::POST, &client.base_url, name)
        .form(body.encode())
        .build()?;
    match &client.key {
        Some(key) => super::sign::sign_request(request, key, client.digest),
        None => Ok(request),
    }
}

/// The text of a scalar parameter (`None` when absent, `null` or not a scalar).
pub fn text_param(params: &Map<String, Value>, name: &str) -> Option<String> {
    params.get(name).and_then(scalar_text)
}

/// Refuses `name` when its text is longer than `max` characters (the document's "Max length").
pub fn max_len(params: &Map<String, Value>, name: &'static str, max: usize) -> Result<(), Error> {
    match text_param(params, name) {
        Some(t) if t.chars().count() > max => Err(Error::invalid_input(
            name,
            format!(
                "at most {max} characters (regru-api-2.txt), found {}",
                t.chars().count()
            ),
        )),
        _ => Ok(()),
    }
}

/// Whether `name` is in the .RU or .РФ zone (`.ru`, `.рф`, `.xn--p1ai`), where the document sets a
/// 6-character minimum for `authinfo`.
pub fn is_ru_or_rf(name: &str) -> bool {
    let n = name.trim().trim_end_matches('.').to_lowercase();
    n.ends_with(".ru") || n.ends_with(".рф") || n.ends_with(".xn--p1ai")
}

/// The minimum length of `authinfo` in the .RU/.РФ zones ("for .RU/.РФ tlds min_length is 6
/// signs", §8.8, §8.10): checked for the top-level name and for each item of `domains`.
pub fn check_authinfo(params: &Map<String, Value>) -> Result<(), Error> {
    const MIN: usize = 6;
    let short = |auth: Option<String>, name: Option<String>| -> bool {
        match (auth, name) {
            (Some(a), Some(n)) => is_ru_or_rf(&n) && !a.is_empty() && a.chars().count() < MIN,
            _ => false,
        }
    };
    let top_name = text_param(params, "domain_name").or_else(|| text_param(params, "dname"));
    let top_auth = text_param(params, "authinfo");
    if short(top_auth.clone(), top_name) {
        return Err(Error::invalid_input(
            "authinfo",
            format!("at least {MIN} characters for .RU/.РФ domains (regru-api-2.txt §8.8, §8.10)"),
        ));
    }
    if let Some(Value::Array(items)) = params.get("domains") {
        for item in items {
            let Value::Object(m) = item else { continue };
            let name = text_param(m, "dname").or_else(|| text_param(m, "domain_name"));
            let auth = text_param(m, "authinfo").or_else(|| top_auth.clone());
            if short(auth, name) {
                return Err(Error::invalid_input(
                    "authinfo",
                    format!(
                        "at least {MIN} characters for .RU/.РФ domains (regru-api-2.txt §8.8, §8.10)"
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// `user_servid` on an order: "Allowed symbols: digits (from 0 through 9), Latin letters (from a
/// through f). Maximum length: 32 symbols" (§7.4, §8.7).
pub fn check_user_servid(params: &Map<String, Value>) -> Result<(), Error> {
    if let Some(id) = text_param(params, "user_servid") {
        if id.chars().count() > 32 {
            return Err(Error::invalid_input(
                "user_servid",
                "at most 32 characters (regru-api-2.txt §7.4, §8.7)",
            ));
        }
        if !id
            .chars()
            .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c.to_ascii_lowercase()))
        {
            return Err(Error::invalid_input(
                "user_servid",
                "only digits 0-9 and letters a-f (regru-api-2.txt §7.4, §8.7)",
            ));
        }
    }
    Ok(())
}
