//! Alldomains.uz client API (`alldomains-uz.txt`), all 16 operations.
//!
//! - `POST /api/client/<op>` with a JSON body (balance: `GET` without a body).
//! - `Authorization: Basic base64("client:<token>")` on every request.
//! - Envelope `{"result": …, "error": null}` / `{"result": null, "error": {"message", "code"}}`.
//!   The document uses code 9999 everywhere and says real codes differ per error; the sandbox
//!   gives each error its own code (see [`Code`]) and always HTTP 200 for application errors,
//!   401 for failed authentication, 404 for an unknown method, 405 for a wrong HTTP method.

use crate::http::{Request, Response};
use crate::state::{self, Registry};
use crate::util::{json_object, norm_domain, text, uint};
use base64::Engine;
use serde_json::{Map, Value, json};
use std::sync::Mutex;

/// The sandbox's error codes (the vendor's real codes are not published).
#[derive(Clone, Copy, Debug)]
enum Code {
    Auth = 1001,
    NotAvailable = 1002,
    DomainNotFound = 1003,
    InsufficientFunds = 1004,
    Invalid = 1005,
    WrongTransferAuth = 1006,
    BadNameserver = 1007,
    BadPeriod = 1008,
    TemplateNotFound = 1009,
    BadEmail = 1010,
    Locked = 1011,
    BadJson = 1400,
    UnknownMethod = 1404,
    WrongHttpMethod = 1405,
}

type Answer = Result<Value, (Code, String)>;

fn err(code: Code, message: impl Into<String>) -> (Code, String) {
    (code, message.into())
}

fn envelope(answer: Answer) -> Response {
    match answer {
        Ok(result) => Response::json(200, &json!({"result": result, "error": null})),
        Err((code, message)) => {
            let status = match code {
                Code::Auth => 401,
                Code::UnknownMethod => 404,
                Code::WrongHttpMethod => 405,
                Code::BadJson => 400,
                _ => 200,
            };
            Response::json(
                status,
                &json!({"result": null, "error": {"message": message, "code": code as u16}}),
            )
        }
    }
}

/// Answers a request whose path (after the `/alldomains` prefix) is `rest`.
pub fn handle(reg: &Mutex<Registry>, req: &Request, rest: &str) -> Response {
    envelope(answer(reg, req, rest))
}

const OPS: &[&str] = &[
    "servicedomain/check",
    "servicedomain/register_domain",
    "contacts/create_contact_template",
    "contacts/get_contacts_templates",
    "contacts/update_contact_template",
    "servicedomain/renew_domain",
    "servicedomain/get_domain",
    "servicedomain/get_transfer_code",
    "servicedomain/transfer_domain",
    "servicedomain/update_period",
    "servicedomain/set_nameserver",
    "servicedomain/hide_whois",
    "servicedomain/show_whois",
    "servicedomain/lock",
    "servicedomain/unlock",
    "client/balance_get_total",
];

fn answer(reg: &Mutex<Registry>, req: &Request, rest: &str) -> Answer {
    let op = rest
        .strip_prefix("/api/client/")
        .map(|s| s.trim_end_matches('/'))
        .filter(|s| OPS.contains(s))
        .ok_or_else(|| err(Code::UnknownMethod, "Method not found"))?;
    // Authentication comes first, as on the vendor's service.
    let mut r = crate::lock(reg);
    let account = authenticate(&r, req)?;
    let want = if op == "client/balance_get_total" {
        "GET"
    } else {
        "POST"
    };
    if req.method != want {
        return Err(err(
            Code::WrongHttpMethod,
            format!("Method not allowed: use {want}"),
        ));
    }
    let body = json_object(&req.body).map_err(|e| err(Code::BadJson, e))?;
    match op {
        "servicedomain/check" => check(&r, &body),
        "servicedomain/register_domain" => register(&mut r, account, &body),
        "contacts/create_contact_template" => create_template(&mut r, account, &body),
        "contacts/get_contacts_templates" => Ok(Value::Array(
            r.contacts
                .values()
                .filter(|c| c.account == account && c.customer == 0)
                .map(|c| Value::Object(c.fields.clone()))
                .collect(),
        )),
        "contacts/update_contact_template" => update_template(&mut r, account, &body),
        "servicedomain/renew_domain" => renew(&mut r, account, &body),
        "servicedomain/get_domain" => get_domain(&r, account, &body),
        "servicedomain/get_transfer_code" => {
            let name = domain_by_id(&r, account, &body)?;
            let code = r
                .owned(&name, account)
                .map(|d| d.auth_code.clone())
                .unwrap_or_default();
            Ok(Value::String(code))
        }
        "servicedomain/transfer_domain" => transfer(&mut r, account, &body),
        "servicedomain/update_period" => {
            let name = domain_by_id(&r, account, &body)?;
            let period = uint(&body, "period")
                .filter(|p| (1..=10).contains(p))
                .ok_or_else(|| err(Code::BadPeriod, "Invalid period value"))?;
            r.tick();
            if let Some(d) = r.owned_mut(&name, account) {
                d.period = u32::try_from(period).unwrap_or(1);
            }
            Ok(Value::Bool(true))
        }
        "servicedomain/set_nameserver" => set_nameserver(&mut r, account, &body),
        "servicedomain/hide_whois" => flag(&mut r, account, &body, |d| d.privacy = true),
        "servicedomain/show_whois" => flag(&mut r, account, &body, |d| d.privacy = false),
        "servicedomain/lock" => flag(&mut r, account, &body, |d| d.locked = true),
        "servicedomain/unlock" => flag(&mut r, account, &body, |d| d.locked = false),
        _ => {
            let balance = r.account(account).map(|a| a.balance).unwrap_or_default();
            Ok(money_value(balance))
        }
    }
}

fn money_value(cents: state::Cents) -> Value {
    // A JSON number with two decimals' worth of precision, as in the document (`1250.50`).
    serde_json::Number::from_f64(cents as f64 / 100.0)
        .map(Value::Number)
        .unwrap_or(Value::Null)
}

fn authenticate(r: &Registry, req: &Request) -> Result<u64, (Code, String)> {
    let fail = || err(Code::Auth, "Authentication failed");
    let header = req.header("authorization").ok_or_else(fail)?;
    let (scheme, b64) = header.split_once(' ').ok_or_else(fail)?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return Err(fail());
    }
    let raw = base64::engine::general_purpose::STANDARD
        .decode(b64.trim())
        .map_err(|_| fail())?;
    let raw = String::from_utf8(raw).map_err(|_| fail())?;
    let (user, token) = raw.split_once(':').ok_or_else(fail)?;
    if user != "client" {
        return Err(fail());
    }
    r.accounts
        .iter()
        .find(|a| a.secret == token)
        .map(|a| a.id)
        .ok_or_else(fail)
}

fn split(name: &str) -> (String, String) {
    match name.split_once('.') {
        Some((sld, tld)) => (sld.to_owned(), format!(".{tld}")),
        None => (name.to_owned(), String::new()),
    }
}

fn join(sld: &str, tld: &str) -> Result<String, (Code, String)> {
    let tld = tld.trim().trim_start_matches('.');
    let name = norm_domain(&format!("{}.{tld}", sld.trim()));
    if sld.contains('.') || tld.is_empty() || !state::is_domain(&name) {
        return Err(err(Code::Invalid, "Invalid domain name"));
    }
    Ok(name)
}

fn required(body: &Map<String, Value>, key: &str) -> Result<String, (Code, String)> {
    text(body, key).ok_or_else(|| err(Code::Invalid, format!("The {key} field is required.")))
}

fn check(r: &Registry, body: &Map<String, Value>) -> Answer {
    let name = join(&required(body, "sld")?, &required(body, "tld")?)?;
    if r.is_available(&name) {
        Ok(Value::Bool(true))
    } else {
        Err(err(Code::NotAvailable, "Domain is not available."))
    }
}

/// The seeded template (the document's §4 example, id 2).
pub fn sample_template() -> Value {
    json!({
        "id": 2, "client_type": "l", "tax_id": "1", "org_name": "Example Corporation",
        "bank_name": "Example Bank", "bank_code": "EXAMPLEBANK123", "passport_number": "",
        "passport_date": "", "passport_place": "", "first_name": "Ivan", "last_name": "Ivanov",
        "email": "ivan@example.com", "phone_code": "998", "phone": "935311050",
        "country": "Uzbekistan", "country_code": "UZ", "state": "UZ", "post_code": "100000",
        "city": "Tashkent", "address": "Example Street 123", "iduzurl": "", "nick": ""
    })
}

fn country_name(code: &str) -> String {
    match code {
        "UZ" => "Uzbekistan",
        "US" => "United States",
        "RU" => "Russian Federation",
        "KZ" => "Kazakhstan",
        "DE" => "Germany",
        "GB" => "United Kingdom",
        other => other,
    }
    .to_owned()
}

/// Validates contact fields (§3) and builds the stored template (with `id`).
fn contact(id: u64, m: &Map<String, Value>) -> Result<Map<String, Value>, (Code, String)> {
    let client_type = required(m, "client_type")?;
    let legal = match client_type.as_str() {
        "l" => true,
        "p" => false,
        _ => return Err(err(Code::Invalid, "Invalid client_type (l or p)")),
    };
    let mut need = vec![
        "first_name",
        "last_name",
        "email",
        "phone_code",
        "phone",
        "country",
        "post_code",
        "city",
        "address",
    ];
    if legal {
        need.extend(["tax_id", "org_name", "bank_name", "bank_code"]);
    } else {
        need.extend(["passport_number", "passport_date", "passport_place"]);
    }
    for k in need {
        required(m, k)?;
    }
    let email = text(m, "email").unwrap_or_default();
    let ok_email = email
        .split_once('@')
        .is_some_and(|(u, d)| !u.is_empty() && d.contains('.') && !d.starts_with('.'));
    if !ok_email {
        return Err(err(Code::BadEmail, "Invalid email format"));
    }
    let cc = text(m, "country").unwrap_or_default().to_ascii_uppercase();
    if cc.len() != 2 || !cc.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Err(err(Code::Invalid, "Invalid country code"));
    }
    let t = |k: &str| Value::String(text(m, k).unwrap_or_default());
    let mut out = Map::new();
    out.insert("id".into(), json!(id));
    for k in [
        "client_type",
        "tax_id",
        "org_name",
        "bank_name",
        "bank_code",
        "passport_number",
        "passport_date",
        "passport_place",
        "first_name",
        "last_name",
        "email",
        "phone_code",
        "phone",
    ] {
        out.insert(k.into(), t(k));
    }
    out.insert("country".into(), Value::String(country_name(&cc)));
    out.insert("country_code".into(), Value::String(cc));
    for k in ["state", "post_code", "city", "address", "iduzurl", "nick"] {
        out.insert(k.into(), t(k));
    }
    Ok(out)
}

fn create_template(r: &mut Registry, account: u64, body: &Map<String, Value>) -> Answer {
    let id = r.next_id();
    let fields = contact(id, body)?;
    r.tick();
    r.contacts.insert(
        id,
        state::Contact {
            id,
            account,
            customer: 0,
            fields: fields.clone(),
        },
    );
    Ok(Value::Object(fields))
}

fn update_template(r: &mut Registry, account: u64, body: &Map<String, Value>) -> Answer {
    let id = uint(body, "template_id")
        .filter(|id| r.contacts.get(id).is_some_and(|c| c.account == account))
        .ok_or_else(|| err(Code::TemplateNotFound, "Contact template not found"))?;
    let fields = contact(id, body)?;
    r.tick();
    if let Some(c) = r.contacts.get_mut(&id) {
        c.fields = fields.clone();
    }
    Ok(Value::Object(fields))
}

/// Resolves one contact block of register_domain (§2): full data, `contact_id`, or
/// `use_customer`.
fn contact_block(
    r: &mut Registry,
    account: u64,
    body: &Map<String, Value>,
    key: &str,
    customer: Option<&Value>,
) -> Result<Value, (Code, String)> {
    let Some(Value::Object(block)) = body.get(key) else {
        return Err(err(Code::Invalid, format!("The {key} field is required.")));
    };
    if let Some(id) = text(block, "contact_id") {
        let id: u64 = id
            .parse()
            .map_err(|_| err(Code::TemplateNotFound, "Contact template not found"))?;
        return r
            .contacts
            .get(&id)
            .filter(|c| c.account == account && c.customer == 0)
            .map(|c| Value::Object(c.fields.clone()))
            .ok_or_else(|| err(Code::TemplateNotFound, "Contact template not found"));
    }
    if text(block, "use_customer").as_deref() == Some("1") {
        return customer.cloned().ok_or_else(|| {
            err(
                Code::Invalid,
                format!("{key} cannot use the customer contact"),
            )
        });
    }
    let id = r.next_id();
    contact(id, block).map(Value::Object)
}

fn register(r: &mut Registry, account: u64, body: &Map<String, Value>) -> Answer {
    let name = norm_domain(&required(body, "domain")?);
    if !state::is_domain(&name) {
        return Err(err(Code::Invalid, "Invalid domain name"));
    }
    let years = uint(body, "register_years")
        .filter(|y| (1..=10).contains(y))
        .ok_or_else(|| err(Code::BadPeriod, "Invalid register_years value"))?;
    let years = u32::try_from(years).unwrap_or(1);
    let ns1 = required(body, "ns1")?;
    let ns2 = required(body, "ns2")?;
    if !state::is_hostname(&ns1) || !state::is_hostname(&ns2) {
        return Err(err(Code::BadNameserver, "Invalid nameserver format"));
    }
    let customer = contact_block(r, account, body, "contactCustomer", None)?;
    let tech = contact_block(r, account, body, "contactTech", Some(&customer))?;
    let billing = contact_block(r, account, body, "contactBilling", Some(&customer))?;
    let admin = contact_block(r, account, body, "contactAdmin", Some(&customer))?;
    if !r.is_available(&name) {
        return Err(err(Code::NotAvailable, "Domain is not available."));
    }
    let price = r.price(&name, years);
    if !r.can_pay(account, price) {
        return Err(err(
            Code::InsufficientFunds,
            "Insufficient funds on balance",
        ));
    }
    r.tick();
    r.charge(account, "register", &name, years, price)
        .map_err(|_| err(Code::InsufficientFunds, "Insufficient funds on balance"))?;
    let mut d = r.new_domain(&name, account, years);
    d.ns = vec![(ns1, String::new()), (ns2, String::new())];
    d.dnssec = text(body, "dnssec").as_deref() == Some("1");
    d.contacts_inline = vec![customer, tech, billing, admin];
    r.domains.insert(name, d);
    Ok(Value::Bool(true))
}

fn domain_by_id(
    r: &Registry,
    account: u64,
    body: &Map<String, Value>,
) -> Result<String, (Code, String)> {
    uint(body, "domain_id")
        .and_then(|id| r.name_by_id(id, account))
        .ok_or_else(|| err(Code::DomainNotFound, "Domain not found"))
}

fn flag(
    r: &mut Registry,
    account: u64,
    body: &Map<String, Value>,
    set: impl FnOnce(&mut state::Domain),
) -> Answer {
    let name = domain_by_id(r, account, body)?;
    r.tick();
    if let Some(d) = r.owned_mut(&name, account) {
        set(d);
    }
    Ok(Value::Bool(true))
}

fn renew(r: &mut Registry, account: u64, body: &Map<String, Value>) -> Answer {
    let name = domain_by_id(r, account, body)?;
    let (period, expires) = r
        .owned(&name, account)
        .map(|d| (d.period.max(1), d.expires))
        .unwrap_or((1, 0));
    if expires + state::YEAR * i64::from(period) > r.now + 10 * state::YEAR {
        return Err(err(
            Code::BadPeriod,
            "Domain cannot be renewed for more than 10 years",
        ));
    }
    let price = r.price(&name, period);
    r.tick();
    r.charge(account, "renew", &name, period, price)
        .map_err(|_| err(Code::InsufficientFunds, "Insufficient funds on balance"))?;
    if let Some(d) = r.owned_mut(&name, account) {
        d.expires += state::YEAR * i64::from(period);
    }
    Ok(Value::Bool(true))
}

fn transfer(r: &mut Registry, account: u64, body: &Map<String, Value>) -> Answer {
    let name = join(
        &required(body, "transfer_sld")?,
        &required(body, "transfer_tld")?,
    )?;
    let code = required(body, "transfer_code")?;
    let d = r
        .domains
        .get(&name)
        .ok_or_else(|| err(Code::DomainNotFound, "Domain not found"))?;
    if d.account == account {
        return Err(err(Code::Invalid, "Domain is already in your account"));
    }
    if d.auth_code != code {
        return Err(err(Code::WrongTransferAuth, "Invalid transfer code"));
    }
    if d.locked {
        return Err(err(Code::Locked, "Domain is locked for transfer"));
    }
    let price = r.price(&name, 1);
    r.tick();
    r.charge(account, "transfer", &name, 1, price)
        .map_err(|_| err(Code::InsufficientFunds, "Insufficient funds on balance"))?;
    let next = r.next_id();
    if let Some(d) = r.domains.get_mut(&name) {
        d.account = account;
        d.expires += state::YEAR;
        d.auth_code = state::auth_code(next);
    }
    Ok(Value::Bool(true))
}

fn set_nameserver(r: &mut Registry, account: u64, body: &Map<String, Value>) -> Answer {
    let name = domain_by_id(r, account, body)?;
    let bad = || err(Code::BadNameserver, "Invalid nameserver format");
    if let Some(k) = body.keys().find(|k| {
        k.strip_prefix("ns")
            .and_then(|n| n.parse::<u8>().ok())
            .is_some_and(|n| !(1..=10).contains(&n))
    }) {
        return Err(err(
            Code::BadNameserver,
            format!("Invalid nameserver format: {k} (ns1-ns10)"),
        ));
    }
    let mut ns = Vec::new();
    for i in 1..=10 {
        let key = format!("ns{i}");
        let Some(v) = body.get(&key) else { continue };
        let Value::Object(o) = v else {
            return Err(bad());
        };
        let address = text(o, "address").unwrap_or_default();
        let ip = text(o, "ip").unwrap_or_default();
        if address.is_empty() {
            if !ip.is_empty() {
                return Err(bad());
            }
            continue;
        }
        if !state::is_hostname(&address) {
            return Err(bad());
        }
        if !ip.is_empty() && ip.parse::<std::net::IpAddr>().is_err() {
            return Err(bad());
        }
        ns.push((address.to_ascii_lowercase(), ip));
    }
    if ns.len() < 2 {
        return Err(err(
            Code::BadNameserver,
            "Invalid nameserver format: ns1 and ns2 are required",
        ));
    }
    r.tick();
    if let Some(d) = r.owned_mut(&name, account) {
        d.ns = ns;
    }
    Ok(Value::Bool(true))
}

fn get_domain(r: &Registry, account: u64, body: &Map<String, Value>) -> Answer {
    let name = norm_domain(&required(body, "domain")?);
    let d = r
        .owned(&name, account)
        .ok_or_else(|| err(Code::DomainNotFound, "Domain not found"))?;
    let (sld, tld) = split(&d.name);
    let mut ns = Map::new();
    for i in 0..d.ns.len().max(5) {
        let (address, ip) = d.ns.get(i).cloned().unwrap_or_default();
        ns.insert((i + 1).to_string(), json!({"address": address, "ip": ip}));
    }
    let c = |i: usize| d.contacts_inline.get(i).cloned().unwrap_or(Value::Null);
    let b = |v: bool| u8::from(v);
    Ok(json!({
        "domain": d.name,
        "domain_id": d.id,
        "sld": sld,
        "tld": tld,
        "name_servers": ns,
        "registrar": c(0),
        "tech": c(1),
        "billing": c(2),
        "admin": c(3),
        "period": d.period,
        "dnssec": b(d.dnssec),
        "status": if d.expires > r.now { "active" } else { "expired" },
        "privacy": b(d.privacy),
        "locked": b(d.locked),
        "hold": 0,
        "update_prohibited": 0,
        "registered_at": state::datetime(d.created),
        "expires_at": state::datetime(d.expires),
    }))
}
