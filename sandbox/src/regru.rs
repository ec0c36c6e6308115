//! REG.API 2.0 (`regru-api-2.txt`, `regru-api-2-requests.md`): the domain lifecycle.
//!
//! - `POST /api/regru2/<category>/<function>` with a form body (the current document: POST only,
//!   no query string). Parameters are plain fields (repeated keys become lists), or a JSON object
//!   in `input_data` with `input_format=json` (its members are merged with the plain fields).
//! - Authentication: `username` + `password`, or `username` + `sig`. The signature is checked
//!   with the account's registered public key (RSA PKCS#1 v1.5, SHA-1 as §2.2.4.1 says; SHA-512
//!   as the vendor's current page says is accepted too) over the text that this module rebuilds
//!   from the received parameters by the document's `make_text_for_sig` rule: every leaf value
//!   (the decoded leaves of `input_data` when `input_format=json`, not the JSON text), Perl-true
//!   only (no `""`, `"0"`, null, booleans), `sig` left out, sorted, joined with `;`.
//! - Answers: `{"result":"success","answer":…}` or `{"result":"error","error_code","error_text",
//!   "error_params"?}`, HTTP 200, with the document's codes (§2.3.3).
//! - Served: `nop`, `user/get_balance`, `domain/check`, `domain/create`, `domain/get_nss`,
//!   `domain/update_nss`, `service/get_info`, `service/renew`; DNS (§9): `zone/add_alias`,
//!   `zone/add_aaaa`, `zone/add_cname`, `zone/add_mx`, `zone/add_ns`, `zone/add_txt`,
//!   `zone/add_srv` and `zone/get_resource_records`, per domain of a service list.

use crate::http::{Request, Response};
use crate::state::{self, Domain, Registry};
use crate::util::norm_domain;
use base64::Engine as _;
use serde_json::{Map, Value, json};
use std::sync::Mutex;

/// An error answer: `error_code`, `error_text`.
type Fail = (&'static str, String);

fn fail(code: &'static str, text: impl Into<String>) -> Fail {
    (code, text.into())
}

/// Answers a request whose path (after the `/regru` prefix) is `rest`.
pub fn handle(reg: &Mutex<Registry>, req: &Request, rest: &str) -> Response {
    let value = match answer(reg, req, rest) {
        Ok(a) => {
            json!({"answer": a, "charset": "utf-8", "messagestore": null, "result": "success"})
        }
        Err((code, text)) => json!({
            "charset": "utf-8",
            "error_code": code,
            "error_text": text,
            "messagestore": null,
            "result": "error",
        }),
    };
    Response::json_as(200, "application/json; charset=utf-8", &value)
}

const FUNCTIONS: &[&str] = &[
    "nop",
    "user/get_balance",
    "domain/check",
    "domain/create",
    "domain/get_nss",
    "domain/update_nss",
    "service/get_info",
    "service/renew",
    "zone/add_alias",
    "zone/add_aaaa",
    "zone/add_cname",
    "zone/add_mx",
    "zone/add_ns",
    "zone/add_txt",
    "zone/add_srv",
    "zone/get_resource_records",
];

/// The received parameters: the plain pairs as sent, and the merged view (plain fields, repeated
/// keys as lists, plus the members of `input_data`).
struct Input {
    pairs: Vec<(String, String)>,
    data: Option<Value>,
    merged: Map<String, Value>,
}

impl Input {
    fn decode(pairs: Vec<(String, String)>) -> Result<Input, Fail> {
        let mut merged = Map::new();
        for (k, v) in &pairs {
            match merged.get_mut(k) {
                None => {
                    merged.insert(k.clone(), Value::String(v.clone()));
                }
                Some(Value::Array(a)) => a.push(Value::String(v.clone())),
                Some(old) => {
                    let first = old.take();
                    *old = Value::Array(vec![first, Value::String(v.clone())]);
                }
            }
        }
        let json_input = merged
            .get("input_format")
            .and_then(Value::as_str)
            .is_some_and(|f| f.eq_ignore_ascii_case("json"));
        let mut data = None;
        if json_input {
            let text = merged
                .get("input_data")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let parsed: Value = serde_json::from_str(text).map_err(|e| {
                fail(
                    "PARAMETER_INCORRECT",
                    format!("input_data has incorrect format or data ({e})"),
                )
            })?;
            let Value::Object(m) = &parsed else {
                return Err(fail(
                    "PARAMETER_INCORRECT",
                    "input_data has incorrect format or data (not a JSON object)",
                ));
            };
            for (k, v) in m {
                if !merged.contains_key(k) {
                    merged.insert(k.clone(), v.clone());
                }
            }
            data = Some(parsed);
        }
        Ok(Input {
            pairs,
            data,
            merged,
        })
    }

    fn text(&self, key: &str) -> Option<String> {
        scalar(self.merged.get(key)?)
    }
}

/// A scalar as text (strings trimmed, numbers in their JSON spelling); `None` when empty.
fn scalar(v: &Value) -> Option<String> {
    let s = match v {
        Value::String(s) => s.trim().to_owned(),
        Value::Number(n) => n.to_string(),
        Value::Array(a) => return a.first().and_then(scalar),
        _ => return None,
    };
    if s.is_empty() { None } else { Some(s) }
}

/// The text to sign, rebuilt from the received parameters (`make_text_for_sig`, §2.2.4.1).
pub fn text_for_sig(pairs: &[(String, String)], input_data: Option<&Value>) -> String {
    let mut leaves: Vec<String> = Vec::new();
    for (k, v) in pairs {
        if k == "sig" {
            continue;
        }
        if k == "input_data"
            && let Some(data) = input_data
        {
            collect_leaves(data, &mut leaves);
            continue;
        }
        if perl_true(v) {
            leaves.push(v.clone());
        }
    }
    leaves.sort();
    leaves.join(";")
}

fn perl_true(s: &str) -> bool {
    !s.is_empty() && s != "0"
}

fn collect_leaves(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Array(a) => a.iter().for_each(|x| collect_leaves(x, out)),
        Value::Object(m) => m
            .iter()
            .filter(|(k, _)| k.as_str() != "sig")
            .for_each(|(_, x)| collect_leaves(x, out)),
        Value::String(s) if perl_true(s) => out.push(s.clone()),
        Value::Number(n) if n.as_f64().is_some_and(|f| f != 0.0) => out.push(n.to_string()),
        // Booleans decode to objects in Perl (JSON::XS), so they are refs and take no part.
        _ => {}
    }
}

/// Verifies `sig` (base64, line breaks allowed) over `text` with a PEM public key (SPKI or
/// PKCS#1), SHA-1 or SHA-512.
pub fn verify_sig(public_pem: &str, text: &str, sig_b64: &str) -> bool {
    use rsa::pkcs1::DecodeRsaPublicKey;
    use rsa::pkcs1v15::{Signature, VerifyingKey};
    use rsa::pkcs8::DecodePublicKey;
    use rsa::signature::Verifier;
    let key = match rsa::RsaPublicKey::from_public_key_pem(public_pem) {
        Ok(k) => k,
        Err(_) => match rsa::RsaPublicKey::from_pkcs1_pem(public_pem) {
            Ok(k) => k,
            Err(_) => return false,
        },
    };
    let compact: String = sig_b64.chars().filter(|c| !c.is_whitespace()).collect();
    let Ok(raw) = base64::engine::general_purpose::STANDARD.decode(compact) else {
        return false;
    };
    let Ok(sig) = Signature::try_from(raw.as_slice()) else {
        return false;
    };
    let sha1_ok = VerifyingKey::<sha1::Sha1>::new(key.clone())
        .verify(text.as_bytes(), &sig)
        .is_ok();
    sha1_ok
        || VerifyingKey::<sha2::Sha512>::new(key)
            .verify(text.as_bytes(), &sig)
            .is_ok()
}

fn answer(reg: &Mutex<Registry>, req: &Request, rest: &str) -> Result<Value, Fail> {
    let function = rest
        .strip_prefix("/api/regru2/")
        .map(|f| f.trim_end_matches('/'))
        .unwrap_or(rest);
    if !FUNCTIONS.contains(&function) {
        return Err(fail(
            "NO_SUCH_COMMAND",
            format!(
                "Command {function} not found (the sandbox serves /api/regru2/<category>/<function>: {})",
                FUNCTIONS.join(", ")
            ),
        ));
    }
    if req.method != "POST" {
        return Err(fail("ONLY_POST_ALLOWED", "Only HTTP method POST allowed"));
    }
    if !req.query.is_empty() {
        return Err(fail(
            "QUERY_PARAMS_DISALLOWED",
            "Query string parameters are disallowed. Pass parameters in form data.",
        ));
    }
    let pairs: Vec<(String, String)> = form_urlencoded::parse(&req.body).into_owned().collect();
    let input = Input::decode(pairs)?;
    let mut r = crate::lock(reg);
    let account = authenticate(&r, &input)?;
    match function {
        "nop" => {
            let login = r
                .account(account)
                .map(|a| a.login.clone())
                .unwrap_or_default();
            Ok(json!({"login": login, "user_id": account}))
        }
        "user/get_balance" => balance(&r, account, &input),
        "domain/check" => check(&r, &input),
        "domain/create" => create(&mut r, account, &input),
        "domain/get_nss" => per_service(&mut r, account, &input, "domains", |_, d, _| {
            let nss: Vec<Value> =
                d.ns.iter()
                    .map(|(ns, ip)| {
                        if ip.is_empty() {
                            json!({"ns": ns})
                        } else {
                            json!({"ns": ns, "ip": ip})
                        }
                    })
                    .collect();
            Ok(json!({"nss": nss}))
        }),
        "domain/update_nss" => update_nss(&mut r, account, &input),
        "service/get_info" => per_service(&mut r, account, &input, "services", |r, d, _| {
            Ok(json!({
                "creation_date": date(d.created),
                "expiration_date": date(d.expires),
                "servtype": "domain",
                "state": if d.expires > r.now { "A" } else { "S" },
                "subtype": "",
            }))
        }),
        "service/renew" => renew(&mut r, account, &input),
        "zone/get_resource_records" => {
            per_service(&mut r, account, &input, "domains", |_, d, _| {
                Ok(resource_records(d))
            })
        }
        f if f.starts_with("zone/add_") => zone_add(&mut r, account, &input, f),
        _ => Err(fail(
            "NO_SUCH_COMMAND",
            format!("Command {function} not found"),
        )),
    }
}

fn authenticate(r: &Registry, input: &Input) -> Result<u64, Fail> {
    let Some(username) = input.text("username") else {
        return Err(fail("NO_USERNAME", "No username given"));
    };
    let password = input.text("password");
    let sig = input.text("sig");
    if password.is_none() && sig.is_none() {
        return Err(fail("NO_AUTH", "No authorization mechanism selected"));
    }
    let Some(acc) = r.accounts.iter().find(|a| a.login == username) else {
        return Err(fail("PASSWORD_AUTH_FAILED", "Username/password Incorrect"));
    };
    if let Some(pw) = &password
        && *pw != acc.secret
    {
        return Err(fail("PASSWORD_AUTH_FAILED", "Username/password Incorrect"));
    }
    if let Some(sig) = &sig {
        let Some(pem) = r.public_keys.get(&acc.id) else {
            return Err(fail(
                "INVALID_SIGNATURE",
                "Signature authentication is not set up for this account (no certificate uploaded)",
            ));
        };
        let text = text_for_sig(&input.pairs, input.data.as_ref());
        if !verify_sig(pem, &text, sig) {
            return Err(fail(
                "INVALID_SIGNATURE",
                "Signature is invalid for the parameters received",
            ));
        }
    }
    Ok(acc.id)
}

fn date(t: i64) -> String {
    state::datetime(t).chars().take(10).collect()
}

fn balance(r: &Registry, account: u64, input: &Input) -> Result<Value, Fail> {
    let currency = input.text("currency").unwrap_or_else(|| "RUR".into());
    if !currency.eq_ignore_ascii_case("RUR") {
        return Err(fail(
            "UNSUPPORTED_CURRENCY",
            "Unsupported currency (the sandbox keeps accounts in RUR)",
        ));
    }
    let prepay = r.account(account).map(|a| a.balance).unwrap_or_default();
    Ok(json!({"credit": "0.00", "currency": "RUR", "prepay": state::money(prepay)}))
}

/// The names given as `domain_name`/`dname`, or as a `domains` list of `{dname|domain_name}`.
fn names(input: &Input) -> Vec<String> {
    if let Some(Value::Array(list)) = input.merged.get("domains") {
        return list
            .iter()
            .filter_map(|d| match d {
                Value::Object(m) => m.get("dname").or(m.get("domain_name")).and_then(scalar),
                other => scalar(other),
            })
            .collect();
    }
    input
        .text("domain_name")
        .or_else(|| input.text("dname"))
        .into_iter()
        .collect()
}

/// Why `name` cannot be registered, as `(error_code, text)`.
fn unavailable(r: &Registry, name: &str) -> Option<Fail> {
    if !state::is_domain(name) {
        return Some(fail(
            "INVALID_DOMAIN_NAME_FORMAT",
            format!("{name} is invalid or unsupported zone"),
        ));
    }
    if !r.is_available(name) {
        return Some(fail(
            "DOMAIN_ALREADY_EXISTS",
            "Domain already exists, use whois service",
        ));
    }
    None
}

fn check(r: &Registry, input: &Input) -> Result<Value, Fail> {
    let names = names(input);
    if names.is_empty() {
        return Err(fail("NO_DOMAIN", "domain_name not given or empty"));
    }
    let domains: Vec<Value> = names
        .iter()
        .map(|n| {
            let name = norm_domain(n);
            match unavailable(r, &name) {
                None => json!({"dname": n, "result": "Available"}),
                Some((code, text)) => json!({"dname": n, "error_code": code, "result": text}),
            }
        })
        .collect();
    Ok(json!({"domains": domains}))
}

fn period(input: &Input, required: bool) -> Result<u32, Fail> {
    match input.text("period") {
        None if required => Err(fail("PARAMETER_MISSING", "period required")),
        None => Ok(1),
        Some(p) => p
            .parse::<u32>()
            .ok()
            .filter(|p| (1..=10).contains(p))
            .ok_or_else(|| fail("PARAMETER_INCORRECT", "period has incorrect format or data")),
    }
}

/// Name servers from `nss` (`{"ns0": …, "ns0ip": …}`) or the plain `ns0`…`ns3`, `ns0ip`….
fn name_servers(m: &Map<String, Value>) -> Result<Vec<(String, String)>, Fail> {
    let mut out = Vec::new();
    for i in 0..4 {
        let Some(ns) = m.get(&format!("ns{i}")).and_then(scalar) else {
            continue;
        };
        let ns = norm_domain(&ns);
        if !state::is_hostname(&ns) {
            return Err(fail("INVALID_NSS", "Invalid name servers"));
        }
        let ip = match m.get(&format!("ns{i}ip")) {
            Some(Value::Array(a)) => a.iter().filter_map(scalar).collect::<Vec<_>>().join(","),
            Some(v) => scalar(v).unwrap_or_default(),
            None => String::new(),
        };
        out.push((ns, ip));
    }
    Ok(out)
}

fn nss_of(input: &Input, item: Option<&Map<String, Value>>) -> Result<Vec<(String, String)>, Fail> {
    if let Some(Value::Object(nss)) = item.and_then(|i| i.get("nss")) {
        return name_servers(nss);
    }
    if let Some(item) = item {
        let ns = name_servers(item)?;
        if !ns.is_empty() {
            return Ok(ns);
        }
    }
    match input.merged.get("nss") {
        Some(Value::Object(nss)) => name_servers(nss),
        _ => name_servers(&input.merged),
    }
}

fn create(r: &mut Registry, account: u64, input: &Input) -> Result<Value, Fail> {
    let names = names(input);
    let Some(first) = names.first() else {
        return Err(fail("NO_DOMAIN", "domain_name not given or empty"));
    };
    if names.len() > 1 {
        return Err(fail(
            "TOO_MANY_OBJECTS_IN_ONE_REQUEST",
            "Too many objects (more than 1) specified in one request (the sandbox registers one domain per request)",
        ));
    }
    let name = norm_domain(first);
    let years = period(input, false)?;
    let ns = nss_of(input, None)?;
    if let Some(e) = unavailable(r, &name) {
        return Err(e);
    }
    let amount = r.price(&name, years);
    if !r.can_pay(account, amount) {
        return Err(fail(
            "NOT_ENOUGH_MONEY",
            "Not enough money at account for this operation",
        ));
    }
    r.tick();
    let bill = r
        .charge(account, "register", &name, years, amount)
        .map_err(|_| {
            fail(
                "NOT_ENOUGH_MONEY",
                "Not enough money at account for this operation",
            )
        })?;
    let mut d = r.new_domain(&name, account, years);
    d.ns = ns;
    if let Some(Value::Object(c)) = input.merged.get("contacts") {
        d.contacts_inline = vec![Value::Object(c.clone())];
    }
    let id = d.id;
    r.domains.insert(name.clone(), d);
    Ok(json!({
        "bill_id": bill.to_string(),
        "currency": "RUR",
        "domains": [{"dname": first, "result": "success", "service_id": id.to_string()}],
        "pay_notes": "Amount successfully charged",
        "pay_type": "prepay",
        "payment": state::money(amount),
    }))
}

/// One service identification (§2.2.4.4): `service_id`, or `domain_name`/`dname` (+ `servtype`,
/// which must be `domain` here).
fn identify(r: &Registry, account: u64, m: &Map<String, Value>) -> Result<String, Fail> {
    if let Some(sid) = m.get("service_id").and_then(scalar) {
        let id: u64 = sid
            .parse()
            .map_err(|_| fail("INVALID_SERVICE_ID", "service_id is invalid"))?;
        return r.name_by_id(id, account).ok_or_else(|| {
            fail(
                "SERVICE_ID_NOT_FOUND",
                format!("Service {sid} not found or not owned by You"),
            )
        });
    }
    let Some(given) = m.get("domain_name").or(m.get("dname")).and_then(scalar) else {
        return Err(fail("NO_DOMAIN", "domain_name not given or empty"));
    };
    let name = norm_domain(&given);
    if let Some(servtype) = m.get("servtype").and_then(scalar)
        && servtype != "domain"
    {
        return Err(fail(
            "SERVICE_NOT_FOUND",
            format!("Service {servtype} for ext domain {name} not found"),
        ));
    }
    if r.owned(&name, account).is_none() {
        return Err(fail(
            "DOMAIN_NOT_FOUND",
            format!("Domain {name} not found or not owned by You"),
        ));
    }
    Ok(name)
}

type ItemFn<'a> =
    dyn FnMut(&mut Registry, &Domain, &Map<String, Value>) -> Result<Value, Fail> + 'a;

/// Runs `f` for the one identified service, or for each item of a `domains`/`services` list
/// (per-item errors inside the list). `list_key` names the list in a single-service answer.
fn per_service(
    r: &mut Registry,
    account: u64,
    input: &Input,
    list_key: &str,
    mut f: impl FnMut(&mut Registry, &Domain, &Map<String, Value>) -> Result<Value, Fail>,
) -> Result<Value, Fail> {
    per_service_dyn(r, account, input, list_key, &mut f)
}

fn per_service_dyn(
    r: &mut Registry,
    account: u64,
    input: &Input,
    list_key: &str,
    f: &mut ItemFn<'_>,
) -> Result<Value, Fail> {
    for key in ["domains", "services"] {
        if let Some(Value::Array(list)) = input.merged.get(key) {
            let items: Vec<Value> = list
                .iter()
                .map(|item| {
                    let m = match item {
                        Value::Object(m) => m.clone(),
                        _ => Map::new(),
                    };
                    let mut out = m.clone();
                    match run_one(r, account, &m, f) {
                        Ok(Value::Object(extra)) => out.extend(extra),
                        Ok(_) => {}
                        Err((code, text)) => {
                            out.insert("error_code".into(), json!(code));
                            out.insert("error_text".into(), json!(text));
                            out.insert("result".into(), json!("error"));
                        }
                    }
                    Value::Object(out)
                })
                .collect();
            return Ok(json!({ key: items }));
        }
    }
    let item = run_one(r, account, &input.merged, f)?;
    Ok(json!({ list_key: [item] }))
}

fn run_one(
    r: &mut Registry,
    account: u64,
    m: &Map<String, Value>,
    f: &mut ItemFn<'_>,
) -> Result<Value, Fail> {
    let name = identify(r, account, m)?;
    let d = r.domains.get(&name).cloned().ok_or_else(|| {
        fail(
            "DOMAIN_NOT_FOUND",
            format!("Domain {name} not found or not owned by You"),
        )
    })?;
    let mut out = Map::new();
    out.insert("dname".into(), json!(d.name));
    out.insert("service_id".into(), json!(d.id.to_string()));
    if let Value::Object(extra) = f(r, &d, m)? {
        out.extend(extra);
    }
    out.insert("result".into(), json!("success"));
    Ok(Value::Object(out))
}

fn update_nss(r: &mut Registry, account: u64, input: &Input) -> Result<Value, Fail> {
    per_service(r, account, input, "domains", |r, d, item| {
        let ns = nss_of(input, Some(item))?;
        if ns.len() < 2 {
            return Err(fail(
                "INVALID_NSS",
                "Invalid name servers (give at least ns0 and ns1)",
            ));
        }
        r.tick();
        if let Some(dm) = r.domains.get_mut(&d.name) {
            dm.ns = ns;
        }
        Ok(json!({}))
    })
}

fn renew(r: &mut Registry, account: u64, input: &Input) -> Result<Value, Fail> {
    let years = period(input, true)?;
    let mut total = 0;
    let mut bill = 0;
    let mut renewed = 0;
    let single = !matches!(input.merged.get("domains"), Some(Value::Array(_)))
        && !matches!(input.merged.get("services"), Some(Value::Array(_)));
    let mut result = per_service(r, account, input, "services", |r, d, _| {
        let amount = r.price(&d.name, years);
        let new_expiry = d.expires + state::YEAR * i64::from(years);
        if new_expiry > r.now + 10 * state::YEAR + 86_400 {
            return Err(fail(
                "PROLONG_ERROR",
                "Prolong error: the domain cannot be extended beyond 10 years",
            ));
        }
        r.tick();
        let id = r
            .charge(account, "renew", &d.name, years, amount)
            .map_err(|_| {
                fail(
                    "NOT_ENOUGH_MONEY",
                    "Not enough money at account for this operation",
                )
            })?;
        if let Some(dm) = r.domains.get_mut(&d.name) {
            dm.expires = new_expiry;
        }
        total += amount;
        bill = id;
        renewed += 1;
        Ok(json!({"servtype": "domain"}))
    })?;
    if single {
        // A single-service renewal answers flat (§7.13's first example), or fails as a whole.
        let item = result
            .get("services")
            .and_then(Value::as_array)
            .and_then(|a| a.first())
            .cloned()
            .unwrap_or(Value::Null);
        return Ok(json!({
            "bill_id": bill.to_string(),
            "currency": "RUR",
            "dname": item.get("dname").cloned().unwrap_or(Value::Null),
            "payment": state::money(total),
            "period": years,
            "service_id": item.get("service_id").cloned().unwrap_or(Value::Null),
            "servtype": "domain",
            "status": "renew_success",
        }));
    }
    if renewed == 0 {
        // Nothing renewed in a list request: report the first item's error as the answer's.
        let first_err = ["domains", "services"]
            .iter()
            .find_map(|k| result.get(*k).and_then(Value::as_array))
            .and_then(|a| a.first())
            .and_then(|i| i.get("error_code").and_then(Value::as_str))
            .map(str::to_owned);
        if first_err.as_deref() == Some("NOT_ENOUGH_MONEY") {
            return Err(fail(
                "NOT_ENOUGH_MONEY",
                "Not enough money at account for this operation",
            ));
        }
    }
    if let Value::Object(m) = &mut result {
        m.insert("bill_id".into(), json!(bill.to_string()));
        m.insert("currency".into(), json!("RUR"));
        m.insert("payment".into(), json!(state::money(total)));
        m.insert("period".into(), json!(years));
        m.insert("status".into(), json!("renew_success"));
    }
    Ok(result)
}

/// A request field for one service: the item's own member first, then the plain fields.
fn field(input: &Input, item: &Map<String, Value>, key: &str) -> Option<String> {
    item.get(key).and_then(scalar).or_else(|| input.text(key))
}

fn required(input: &Input, item: &Map<String, Value>, key: &str) -> Result<String, Fail> {
    field(input, item, key).ok_or_else(|| fail("PARAMETER_MISSING", format!("{key} required")))
}

fn number(input: &Input, item: &Map<String, Value>, key: &str) -> Result<Option<u32>, Fail> {
    field(input, item, key)
        .map(|v| {
            v.parse::<u32>()
                .ok()
                .filter(|n| *n <= 65_535)
                .ok_or_else(|| {
                    fail(
                        "PARAMETER_INCORRECT",
                        format!("{key} has incorrect format or data"),
                    )
                })
        })
        .transpose()
}

/// `zone/add_*` (§9.2–9.9) for each service: the record from `subdomain` (`@` the apex, `*` the
/// wildcard) and the type's own field (`ipaddr`, `canonical_name`, `mail_server` + `priority`,
/// `dns_server`, `text`; SRV: `service`, `priority`, `weight`, `port`, `target`).
fn zone_add(r: &mut Registry, account: u64, input: &Input, function: &str) -> Result<Value, Fail> {
    let (rtype, value_key) = match function {
        "zone/add_alias" => ("A", "ipaddr"),
        "zone/add_aaaa" => ("AAAA", "ipaddr"),
        "zone/add_cname" => ("CNAME", "canonical_name"),
        "zone/add_mx" => ("MX", "mail_server"),
        "zone/add_ns" => ("NS", "dns_server"),
        "zone/add_txt" => ("TXT", "text"),
        "zone/add_srv" => ("SRV", "target"),
        other => {
            return Err(fail(
                "NO_SUCH_COMMAND",
                format!("Command {other} not found"),
            ));
        }
    };
    per_service(r, account, input, "domains", |r, d, item| {
        let sub_key = if rtype == "SRV" {
            "service"
        } else {
            "subdomain"
        };
        let sub = required(input, item, sub_key)?;
        let mut value = required(input, item, value_key)?;
        if matches!(rtype, "CNAME" | "MX" | "NS" | "SRV") {
            value = norm_domain(&value);
        }
        if !crate::util::record_content_ok(rtype, &value) {
            return Err(fail(
                "PARAMETER_INCORRECT",
                format!("{value_key} has incorrect format or data"),
            ));
        }
        let name = crate::util::record_fqdn(&sub, &d.name);
        if !state::is_hostname(&name.replace(['*', '_'], "x")) {
            return Err(fail(
                "PARAMETER_INCORRECT",
                format!("{sub_key} has incorrect format or data"),
            ));
        }
        let (content, priority) = match rtype {
            "MX" => (value, Some(number(input, item, "priority")?.unwrap_or(0))),
            "SRV" => {
                let priority = number(input, item, "priority")?
                    .ok_or_else(|| fail("PARAMETER_MISSING", "priority required"))?;
                let weight = number(input, item, "weight")?.unwrap_or(0);
                let port = number(input, item, "port")?
                    .ok_or_else(|| fail("PARAMETER_MISSING", "port required"))?;
                (format!("{weight} {port} {value}"), Some(priority))
            }
            _ => (value, None),
        };
        if d.records
            .iter()
            .any(|x| x.name == name && x.rtype == rtype && x.content == content)
        {
            return Err(fail("INVALID_RECORDS", "Invalid records"));
        }
        let now = r.tick();
        let id = r.next_id();
        if let Some(dm) = r.domains.get_mut(&d.name) {
            dm.records.push(state::Record {
                id,
                name,
                rtype: rtype.to_owned(),
                content,
                ttl: 3600,
                priority,
                created: now,
            });
        }
        Ok(json!({}))
    })
}

/// The `zone/get_resource_records` members of one domain (§9.10): `rrs` and `soa`.
fn resource_records(d: &Domain) -> Value {
    let rrs: Vec<Value> = d
        .records
        .iter()
        .map(|x| {
            json!({
                "content": x.content,
                "prio": x.priority.unwrap_or(0).to_string(),
                "rectype": x.rtype,
                "state": "A",
                "subname": crate::util::record_label(&x.name, &d.name),
            })
        })
        .collect();
    json!({"rrs": rrs, "soa": {"minimum_ttl": "12h", "ttl": "1d"}})
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(k: &str, v: &str) -> (String, String) {
        (k.into(), v.into())
    }

    #[test]
    fn text_of_the_document_example() {
        // §2.2.4.1: username=test&output_content_type=plain&show_input_params=1&domain_name=qqq.ru&leftdata=1,2,3
        let pairs = vec![
            p("username", "test"),
            p("output_content_type", "plain"),
            p("show_input_params", "1"),
            p("domain_name", "qqq.ru"),
            p("leftdata", "1"),
            p("leftdata", "2"),
            p("leftdata", "3"),
            p("sig", "ignored"),
            p("empty", ""),
            p("zero", "0"),
        ];
        assert_eq!(text_for_sig(&pairs, None), "1;1;2;3;plain;qqq.ru;test");
    }

    #[test]
    fn input_data_leaves_take_part() {
        let data = json!({"domains": [{"dname": "b.ru"}, {"dname": "a.ru"}], "flag": true, "n": 0, "k": 5});
        let pairs = vec![
            p("input_data", &data.to_string()),
            p("input_format", "json"),
            p("username", "u"),
        ];
        assert_eq!(text_for_sig(&pairs, Some(&data)), "5;a.ru;b.ru;json;u");
    }
}
