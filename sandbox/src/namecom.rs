//! Name.com legacy API ("API V2", `namecom-legacy.txt` and `namecom-legacy-shapes.md`), all 22
//! operations.
//!
//! - Paths `/api/<group>/<action>[/<domainName>]`; POST bodies are JSON whatever the
//!   Content-Type; GET has no body.
//! - Authentication: `Api-Session-Token` (from `POST /api/login`) or `Api-Username` +
//!   `Api-Token`; `hello` and `login` need none.
//! - Envelope: `{"result": {"code": 100, "message": "Command Successful"}, …data at the top
//!   level…}`; an error has only `result`, with the code table's base message + `" - "` + a
//!   Title-Cased detail. HTTP 200 for API errors, 404 for an unknown path (code 211), compact
//!   JSON labelled `text/html; charset=UTF-8` as the vendor's server did (shapes §1).
//! - Order items (`POST /api/order`): one result per item; the envelope stays code 100 when items
//!   fail (`success: false` with `information`); renewals are spelled `…/renewal` in results.

use crate::http::{Request, Response};
use crate::state::{self, Domain, Record, Registry};
use crate::util::{json_object, norm_domain, path_segment, text, uint};
use serde_json::{Map, Value, json};
use std::sync::Mutex;

/// Privacy price for one year, in cents.
const PRIVACY_PRICE: state::Cents = 199;
/// Backorder price, in cents.
const BACKORDER_PRICE: state::Cents = 4995;

type Fail = (i64, String);
type Answer = Result<Map<String, Value>, Fail>;

fn base_message(code: i64) -> &'static str {
    match code {
        100 => "Command Successful",
        203 => "Required Parameter Missing",
        204 => "Parameter Value Error",
        211 => "Invalid Command URL",
        221 => "Authorization Error",
        240 => "Command Failed",
        250 => "Unexpected Error (Exception)",
        251 => "Authentication Error",
        260 => "Insufficient Funds",
        _ => "Unable to Authorize Funds",
    }
}

fn fail(code: i64, detail: &str) -> Fail {
    let base = base_message(code);
    if detail.is_empty() {
        (code, base.to_owned())
    } else {
        (code, format!("{base} - {detail}"))
    }
}

fn respond(status: u16, answer: Answer) -> Response {
    let mut out = Map::new();
    match answer {
        Ok(data) => {
            out.insert(
                "result".into(),
                json!({"code": 100, "message": "Command Successful"}),
            );
            out.extend(data);
        }
        Err((code, message)) => {
            out.insert("result".into(), json!({"code": code, "message": message}));
        }
    }
    Response::json_as(status, "text/html; charset=UTF-8", &Value::Object(out))
}

/// Answers a request whose path (after the `/namecom` prefix) is `rest`.
pub fn handle(reg: &Mutex<Registry>, req: &Request, rest: &str) -> Response {
    let Some(path) = rest.strip_prefix("/api/") else {
        return respond(404, Err(fail(211, "")));
    };
    let segs: Vec<String> = path
        .trim_end_matches('/')
        .split('/')
        .map(path_segment)
        .collect();
    let segs: Vec<&str> = segs.iter().map(String::as_str).collect();
    let Some((methods, op)) = route(&segs) else {
        return respond(404, Err(fail(211, "")));
    };
    if !methods.contains(&req.method.as_str()) {
        return respond(
            405,
            Err(fail(211, &format!("Use {}", methods.join(" or ")))),
        );
    }
    let mut r = crate::lock(reg);
    respond(200, answer(&mut r, req, op, &segs))
}

/// The allowed methods and the operation name for a path.
fn route(segs: &[&str]) -> Option<(&'static [&'static str], &'static str)> {
    const GET: &[&str] = &["GET"];
    const POST: &[&str] = &["POST"];
    const BOTH: &[&str] = &["POST", "GET"];
    Some(match segs {
        ["hello"] => (GET, "hello"),
        ["login"] => (POST, "login"),
        ["logout"] => (GET, "logout"),
        ["account", "get"] => (GET, "account/get"),
        ["order"] => (POST, "order"),
        ["domain", "create"] => (POST, "domain/create"),
        ["domain", "check"] => (POST, "domain/check"),
        ["domain", "list"] | ["domain", "list", _] => (GET, "domain/list"),
        // The document says POST; Name.com's own PHP client and the Ruby gem use GET (shapes §10).
        ["domain", "lock", _] => (BOTH, "domain/lock"),
        ["domain", "unlock", _] => (BOTH, "domain/unlock"),
        ["domain", "get", _] => (GET, "domain/get"),
        ["domain", "update_nameservers", _] => (POST, "domain/update_nameservers"),
        ["domain", "update_contacts", _] => (POST, "domain/update_contacts"),
        ["dns", "list", _] => (GET, "dns/list"),
        ["dns", "create", _] => (POST, "dns/create"),
        ["dns", "delete", _] => (POST, "dns/delete"),
        ["host", "list", _] => (GET, "host/list"),
        ["host", "sync", _] => (GET, "host/sync"),
        ["host", "create", _] => (POST, "host/create"),
        ["host", "delete", _] => (POST, "host/delete"),
        ["host", "add_ip", _] => (POST, "host/add_ip"),
        ["host", "remove_ip", _] => (POST, "host/remove_ip"),
        _ => return None,
    })
}

fn authenticate(r: &Registry, req: &Request) -> Result<u64, Fail> {
    if let Some(token) = req.header("api-session-token") {
        return r
            .sessions
            .get(token)
            .copied()
            .ok_or_else(|| fail(251, "Invalid Session Token"));
    }
    let user = req.header("api-username");
    let token = req.header("api-token");
    match (user, token) {
        (Some(u), Some(t)) => r
            .accounts
            .iter()
            .find(|a| a.login == u && a.secret == t)
            .map(|a| a.id)
            .ok_or_else(|| fail(251, "Invalid Username Or Api Token")),
        _ => Err(fail(251, "Invalid Username Or Api Token")),
    }
}

fn answer(r: &mut Registry, req: &Request, op: &str, segs: &[&str]) -> Answer {
    if op == "hello" {
        let ip = req.peer.map(|p| p.ip().to_string()).unwrap_or_default();
        let mut m = Map::new();
        m.insert("service".into(), json!("Name.com API Test Server"));
        m.insert("server_date".into(), json!(state::datetime(r.now)));
        m.insert("version".into(), json!("2.0"));
        m.insert("language".into(), json!("en"));
        m.insert("client_ip".into(), json!(ip));
        return Ok(m);
    }
    let body = if req.method == "POST" {
        json_object(&req.body).map_err(|e| fail(204, &format!("Invalid JSON Body ({e})")))?
    } else {
        Map::new()
    };
    if op == "login" {
        let account = r
            .accounts
            .iter()
            .find(|a| {
                text(&body, "username").as_deref() == Some(a.login.as_str())
                    && text(&body, "api_token").as_deref() == Some(a.secret.as_str())
            })
            .map(|a| a.id)
            .ok_or_else(|| fail(221, "Username Or Ip Token Invalid"))?;
        r.tick();
        let seed = r.next_id();
        let token = state::token40(seed);
        r.sessions.insert(token.clone(), account);
        let mut m = Map::new();
        m.insert("session_token".into(), json!(token));
        return Ok(m);
    }
    let account = authenticate(r, req)?;
    let domain = segs.get(2).map(|d| norm_domain(d)).unwrap_or_default();
    match op {
        "logout" => {
            if let Some(t) = req.header("api-session-token") {
                r.sessions.remove(t);
            }
            Ok(Map::new())
        }
        "account/get" => account_get(r, account),
        "order" => order(r, account, &body),
        "domain/create" => domain_create(r, account, &body),
        "domain/check" => check(r, &body),
        "domain/list" => Ok(domain_list(r, account)),
        "domain/get" => domain_get(r, account, &domain),
        "domain/lock" | "domain/unlock" => {
            let lock = op == "domain/lock";
            owned_mut(r, account, &domain)?.locked = lock;
            r.tick();
            Ok(Map::new())
        }
        "domain/update_nameservers" => {
            let ns = nameservers(&body)?.ok_or_else(|| fail(203, "Nameservers"))?;
            owned_mut(r, account, &domain)?.ns = ns;
            r.tick();
            Ok(Map::new())
        }
        "domain/update_contacts" => update_contacts(r, account, &domain, &body),
        "dns/list" => dns_list(r, account, &domain),
        "dns/create" => dns_create(r, account, &domain, &body),
        "dns/delete" => {
            let id = uint(&body, "record_id").ok_or_else(|| fail(203, "Record Id"))?;
            let d = owned_mut(r, account, &domain)?;
            let before = d.records.len();
            d.records.retain(|rec| rec.id != id);
            if d.records.len() == before {
                return Err(fail(204, "Record Not Found"));
            }
            r.tick();
            Ok(Map::new())
        }
        "host/list" => {
            let d = owned(r, account, &domain)?;
            let mut hosts = Map::new();
            for (h, ips) in &d.hosts {
                hosts.insert(h.clone(), json!(ips));
            }
            let mut m = Map::new();
            m.insert("hosts".into(), Value::Object(hosts));
            Ok(m)
        }
        "host/sync" => owned(r, account, &domain).map(|_| Map::new()),
        _ => hosts(r, account, op, &domain, &body),
    }
}

fn owned<'a>(r: &'a Registry, account: u64, domain: &str) -> Result<&'a Domain, Fail> {
    // shapes §24: a domain that is not in the account is an authorization error (a guess there).
    r.owned(domain, account)
        .ok_or_else(|| fail(221, "Domain Not In Account"))
}

fn owned_mut<'a>(r: &'a mut Registry, account: u64, domain: &str) -> Result<&'a mut Domain, Fail> {
    r.owned_mut(domain, account)
        .ok_or_else(|| fail(221, "Domain Not In Account"))
}

/// The account's default contact (shapes §5).
fn default_contacts(r: &Registry, account: u64) -> Value {
    let login = r
        .account(account)
        .map(|a| a.login.clone())
        .unwrap_or_default();
    json!([{
        "type": ["registrant", "administrative", "billing", "technical"],
        "first_name": "Sandbox", "last_name": "User", "organization": "Sandbox Inc",
        "address_1": "1 Loopback Way", "address_2": "", "city": "Denver", "state": "CO",
        "zip": "80230", "country": "US", "phone": "+1.3035555555", "fax": "",
        "email": format!("{login}@sandbox.test"),
    }])
}

fn account_get(r: &Registry, account: u64) -> Answer {
    let a = r.account(account).ok_or_else(|| fail(251, ""))?;
    let count = r.domains.values().filter(|d| d.account == account).count();
    let mut m = Map::new();
    m.insert("username".into(), json!(a.login));
    m.insert("create_date".into(), json!(state::datetime(a.created)));
    m.insert("domain_count".into(), json!(count.to_string()));
    m.insert("account_credit".into(), json!(state::money(a.balance)));
    m.insert("contacts".into(), default_contacts(r, account));
    Ok(m)
}

/// `nameservers`: `None` when absent; every entry must be a host name.
fn nameservers(m: &Map<String, Value>) -> Result<Option<Vec<(String, String)>>, Fail> {
    let Some(v) = m.get("nameservers") else {
        return Ok(None);
    };
    let Value::Array(list) = v else {
        return Err(fail(204, "Nameservers Must Be A List"));
    };
    let mut out = Vec::new();
    for ns in list {
        let host = ns.as_str().map(norm_domain).unwrap_or_default();
        if !state::is_hostname(&host) {
            return Err(fail(204, "Invalid Nameserver"));
        }
        out.push((host, String::new()));
    }
    Ok(Some(out))
}

/// `contacts`: an array of contact objects (a single object is accepted too, as clients send).
fn contacts(r: &Registry, account: u64, m: &Map<String, Value>) -> Result<Vec<Value>, Fail> {
    match m.get("contacts") {
        None | Some(Value::Null) => match default_contacts(r, account) {
            Value::Array(v) => Ok(v),
            _ => Ok(Vec::new()),
        },
        Some(Value::Array(list)) if list.iter().all(Value::is_object) && !list.is_empty() => {
            Ok(list.clone())
        }
        Some(Value::Object(o)) => Ok(vec![Value::Object(o.clone())]),
        Some(_) => Err(fail(204, "Invalid Contacts")),
    }
}

/// One year count from `period` (integer or string), 1–10.
fn period(m: &Map<String, Value>) -> Result<u32, Fail> {
    let p = text(m, "period").ok_or_else(|| fail(203, "Period"))?;
    p.parse::<u32>()
        .ok()
        .filter(|p| (1..=10).contains(p))
        .ok_or_else(|| fail(204, "Invalid Period"))
}

fn price_text(c: state::Cents) -> String {
    state::money(c)
}

/// Registers `name` for `account` (domain/create and the order item); returns the price.
fn create(r: &mut Registry, account: u64, m: &Map<String, Value>) -> Result<(String, u32), Fail> {
    let name = text(m, "domain_name")
        .map(|d| norm_domain(&d))
        .ok_or_else(|| fail(203, "Domain Name"))?;
    if !state::is_domain(&name) {
        return Err(fail(204, "Invalid Domain Name"));
    }
    let years = period(m)?;
    let ns = nameservers(m)?;
    let contacts = contacts(r, account, m)?;
    if !r.is_available(&name) {
        return Err(fail(204, "Domain Name Is Not Available"));
    }
    let price = r.price(&name, years);
    r.tick();
    r.charge(account, "domain/create", &name, years, price)
        .map_err(|_| fail(260, "Account Credit Too Low"))?;
    let mut d = r.new_domain(&name, account, years);
    d.ns = ns.unwrap_or_else(|| {
        vec![
            ("ns1.name.com".into(), String::new()),
            ("ns2.name.com".into(), String::new()),
        ]
    });
    d.contacts_inline = contacts;
    r.domains.insert(name.clone(), d);
    Ok((name, years))
}

fn domain_create(r: &mut Registry, account: u64, body: &Map<String, Value>) -> Answer {
    let (name, _) = create(r, account, body)?;
    if text(body, "whois_privacy").as_deref() == Some("1") {
        privacy(r, account, &name, 1)?;
    }
    Ok(Map::new())
}

/// Buys or renews privacy for `years`; `Ok(true)` when it was a renewal.
fn privacy(r: &mut Registry, account: u64, name: &str, years: u32) -> Result<bool, Fail> {
    let had = owned(r, account, name)?.privacy;
    let price = PRIVACY_PRICE.saturating_mul(i64::from(years));
    r.tick();
    r.charge(account, "whois_privacy", name, years, price)
        .map_err(|_| fail(260, "Account Credit Too Low"))?;
    owned_mut(r, account, name)?.privacy = true;
    Ok(had)
}

fn renew(r: &mut Registry, account: u64, m: &Map<String, Value>) -> Result<(String, u32), Fail> {
    let name = text(m, "domain_name")
        .map(|d| norm_domain(&d))
        .ok_or_else(|| fail(203, "Domain Name"))?;
    let years = period(m)?;
    let expires = owned(r, account, &name)?.expires;
    if expires + state::YEAR * i64::from(years) > r.now + 10 * state::YEAR {
        return Err(fail(204, "Domain Cannot Be Renewed Beyond 10 Years"));
    }
    let price = r.price(&name, years);
    r.tick();
    r.charge(account, "domain/renew", &name, years, price)
        .map_err(|_| fail(260, "Account Credit Too Low"))?;
    owned_mut(r, account, &name)?.expires += state::YEAR * i64::from(years);
    Ok((name, years))
}

fn item_result(
    success: bool,
    order_type: &str,
    domain: &str,
    price: state::Cents,
    years: u32,
    information: Option<String>,
) -> Value {
    let mut m = Map::new();
    m.insert("success".into(), json!(success));
    m.insert("order_type".into(), json!(order_type));
    m.insert("domain_name".into(), json!(domain));
    m.insert("price".into(), json!(price_text(price)));
    m.insert("duration".into(), json!(years.to_string()));
    m.insert("interval".into(), json!("year"));
    if let Some(i) = information {
        m.insert("information".into(), json!([i]));
    }
    Value::Object(m)
}

fn order(r: &mut Registry, account: u64, body: &Map<String, Value>) -> Answer {
    let Some(Value::Array(items)) = body.get("items") else {
        return Err(fail(203, "Items"));
    };
    if items.is_empty() {
        return Err(fail(204, "Items Must Contain At Least One Product"));
    }
    let mut results = Vec::new();
    let mut privacy_after = Vec::new();
    for item in items {
        let Value::Object(m) = item else {
            results.push(item_result(
                false,
                "",
                "",
                0,
                0,
                Some(base_message(204).to_owned() + " - Invalid Item"),
            ));
            continue;
        };
        let order_type = text(m, "order_type").unwrap_or_default();
        let domain = text(m, "domain_name")
            .map(|d| norm_domain(&d))
            .unwrap_or_default();
        let years = period(m).unwrap_or(1);
        let wants_privacy = text(m, "whois_privacy").as_deref() == Some("1");
        let (shown, outcome) = match order_type.as_str() {
            "domain/create" => (
                "domain/create",
                create(r, account, m).map(|(_, y)| r.price(&domain, y)),
            ),
            "domain/renew" => (
                "domain/renewal",
                renew(r, account, m).map(|(_, y)| r.price(&domain, y)),
            ),
            "whois_privacy/create" | "whois_privacy/renew" => {
                let shown = if order_type.ends_with("create") {
                    "whois_privacy/create"
                } else {
                    "whois_privacy/renewal"
                };
                (
                    shown,
                    period(m)
                        .and_then(|y| privacy(r, account, &domain, y))
                        .map(|_| PRIVACY_PRICE.saturating_mul(i64::from(years))),
                )
            }
            "backorder/create" => {
                let outcome = if domain.is_empty() {
                    Err(fail(203, "Domain Name"))
                } else if r.is_available(&domain) {
                    Err(fail(204, "Domain Name Is Available"))
                } else {
                    r.tick();
                    r.charge(account, "backorder", &domain, 1, BACKORDER_PRICE)
                        .map(|_| BACKORDER_PRICE)
                        .map_err(|_| fail(260, "Account Credit Too Low"))
                };
                ("backorder/create", outcome)
            }
            _ => ("", Err(fail(204, "Invalid Order Type"))),
        };
        let shown = if shown.is_empty() {
            order_type.as_str()
        } else {
            shown
        };
        let ok = outcome.is_ok();
        let mut entry = match outcome {
            Ok(price) => item_result(true, shown, &domain, price, years, None),
            Err((_, message)) => {
                let price = r.price(&domain, years);
                item_result(false, shown, &domain, price, years, Some(message))
            }
        };
        if order_type == "backorder/create" {
            // The document prints the backorder result with `period` instead of `duration`.
            if let Some((e, d)) = entry
                .as_object_mut()
                .and_then(|e| e.remove("duration").map(|d| (e, d)))
            {
                e.insert("period".into(), d);
            }
        }
        results.push(entry);
        if ok && wants_privacy && order_type.starts_with("domain/") {
            privacy_after.push((domain, years));
        }
    }
    // A whois_privacy flag adds its own entry after the main items ([DOC] p.6–7).
    for (domain, years) in privacy_after {
        let entry = match privacy(r, account, &domain, years) {
            Ok(renewal) => item_result(
                true,
                if renewal {
                    "whois_privacy/renewal"
                } else {
                    "whois_privacy/create"
                },
                &domain,
                PRIVACY_PRICE.saturating_mul(i64::from(years)),
                years,
                None,
            ),
            Err((_, message)) => item_result(
                false,
                "whois_privacy/create",
                &domain,
                PRIVACY_PRICE,
                years,
                Some(message),
            ),
        };
        results.push(entry);
    }
    let mut m = Map::new();
    m.insert("results".into(), Value::Array(results));
    Ok(m)
}

fn check(r: &Registry, body: &Map<String, Value>) -> Answer {
    let keyword = text(body, "keyword")
        .map(|k| k.to_ascii_lowercase())
        .ok_or_else(|| fail(203, "Keyword"))?;
    if !keyword
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        || keyword.starts_with('-')
        || keyword.ends_with('-')
    {
        return Err(fail(204, "Invalid Keyword"));
    }
    let list = |key: &str, default: &str| -> Result<Vec<String>, Fail> {
        match body.get(key) {
            None | Some(Value::Null) => Ok(vec![default.to_owned()]),
            Some(Value::Array(a)) => a
                .iter()
                .map(|v| {
                    v.as_str()
                        .map(|s| s.trim_start_matches('.').to_ascii_lowercase())
                        .ok_or_else(|| fail(204, &format!("Invalid {key}")))
                })
                .collect(),
            Some(_) => Err(fail(204, &format!("Invalid {key}"))),
        }
    };
    let tlds = list("tlds", "com")?;
    let services = list("services", "availability")?;
    let entry = |name: &str, tld: &str| {
        let avail = r.is_available(name);
        json!({"avail": avail, "tld": tld, "price": price_text(r.price(name, 1)),
               "premium": false, "backorder": !avail})
    };
    let mut domains = Map::new();
    let mut suggested = Map::new();
    for tld in &tlds {
        let name = format!("{keyword}.{tld}");
        if !state::is_domain(&name) {
            return Err(fail(204, "Invalid Tld"));
        }
        if services.iter().any(|s| s == "availability") {
            domains.insert(name.clone(), entry(&name, tld));
        }
        if services.iter().any(|s| s == "suggested") {
            let s = format!("{keyword}online.{tld}");
            suggested.insert(s.clone(), entry(&s, tld));
        }
    }
    let mut m = Map::new();
    m.insert("domains".into(), Value::Object(domains));
    if services.iter().any(|s| s == "suggested") {
        m.insert("suggested".into(), Value::Object(suggested));
    }
    Ok(m)
}

fn addons(d: &Domain, r: &Registry) -> Value {
    let privacy_key = if d.privacy {
        "whois_privacy/renew"
    } else {
        "whois_privacy"
    };
    let mut m = Map::new();
    m.insert(
        "domain/renew".into(),
        json!({"price": price_text(r.price(&d.name, 1))}),
    );
    m.insert(
        privacy_key.into(),
        json!({"price": price_text(PRIVACY_PRICE)}),
    );
    Value::Object(m)
}

fn domain_list(r: &Registry, account: u64) -> Map<String, Value> {
    let mut domains = Map::new();
    for d in r.domains.values().filter(|d| d.account == account) {
        let mut e = Map::new();
        e.insert(
            "tld".into(),
            json!(d.name.rsplit('.').next().unwrap_or_default()),
        );
        e.insert("create_date".into(), json!(state::datetime(d.created)));
        e.insert("expire_date".into(), json!(state::datetime(d.expires)));
        if d.privacy {
            e.insert(
                "whois_privacy".into(),
                json!({"enabled": true, "expire_date": state::datetime(d.expires)}),
            );
        }
        e.insert("addons".into(), addons(d, r));
        domains.insert(d.name.clone(), Value::Object(e));
    }
    let mut m = Map::new();
    m.insert("domains".into(), Value::Object(domains));
    m
}

fn domain_get(r: &Registry, account: u64, domain: &str) -> Answer {
    let d = owned(r, account, domain)?;
    let login = r
        .account(account)
        .map(|a| a.login.clone())
        .unwrap_or_default();
    let mut m = Map::new();
    m.insert("domain_name".into(), json!(d.name));
    m.insert("create_date".into(), json!(state::datetime(d.created)));
    m.insert("expire_date".into(), json!(state::datetime(d.expires)));
    m.insert("locked".into(), json!(d.locked));
    m.insert(
        "nameservers".into(),
        json!(d.ns.iter().map(|(h, _)| h.clone()).collect::<Vec<_>>()),
    );
    m.insert("username".into(), json!(login));
    m.insert("contacts".into(), Value::Array(d.contacts_inline.clone()));
    let privacy = if d.privacy {
        json!({"enabled": true, "expire_date": state::datetime(d.expires)})
    } else {
        json!({"enabled": false})
    };
    m.insert("whois_privacy".into(), privacy);
    m.insert("addons".into(), addons(d, r));
    Ok(m)
}

fn update_contacts(
    r: &mut Registry,
    account: u64,
    domain: &str,
    body: &Map<String, Value>,
) -> Answer {
    if body.get("contacts").is_none() {
        return Err(fail(203, "Contacts"));
    }
    let new = contacts(r, account, body)?;
    let d = owned_mut(r, account, domain)?;
    // The roles named in the new contacts replace those roles; other roles stay (shapes §12).
    let roles = |c: &Value| -> Vec<String> {
        c.get("type")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|t| t.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    let replaced: Vec<String> = new.iter().flat_map(roles).collect();
    let mut kept = Vec::new();
    for mut c in std::mem::take(&mut d.contacts_inline) {
        let left: Vec<String> = roles(&c)
            .into_iter()
            .filter(|t| !replaced.contains(t))
            .collect();
        if !left.is_empty() {
            if let Value::Object(o) = &mut c {
                o.insert("type".into(), json!(left));
            }
            kept.push(c);
        }
    }
    kept.extend(new);
    d.contacts_inline = kept;
    r.tick();
    Ok(Map::new())
}

fn dns_list(r: &Registry, account: u64, domain: &str) -> Answer {
    let d = owned(r, account, domain)?;
    let records: Vec<Value> = d
        .records
        .iter()
        .map(|rec| {
            let mut m = Map::new();
            m.insert("record_id".into(), json!(rec.id.to_string()));
            m.insert("name".into(), json!(rec.name));
            m.insert("type".into(), json!(rec.rtype));
            m.insert("content".into(), json!(rec.content));
            m.insert("ttl".into(), json!(rec.ttl.to_string()));
            m.insert("create_date".into(), json!(state::datetime(rec.created)));
            if let Some(p) = rec.priority {
                m.insert("priority".into(), json!(p.to_string()));
            }
            Value::Object(m)
        })
        .collect();
    let mut m = Map::new();
    m.insert("records".into(), Value::Array(records));
    Ok(m)
}

fn dns_create(r: &mut Registry, account: u64, domain: &str, body: &Map<String, Value>) -> Answer {
    owned(r, account, domain)?;
    let host = match body.get("hostname") {
        Some(Value::String(s)) => s.trim().trim_end_matches('.').to_ascii_lowercase(),
        None => return Err(fail(203, "Hostname")),
        Some(_) => return Err(fail(204, "Invalid Hostname")),
    };
    let rtype = text(body, "type")
        .map(|t| t.to_ascii_uppercase())
        .ok_or_else(|| fail(203, "Type"))?;
    const TYPES: &[&str] = &["A", "AAAA", "CNAME", "MX", "NS", "TXT", "SRV", "ANAME"];
    if !TYPES.contains(&rtype.as_str()) {
        return Err(fail(204, "Invalid Record Type"));
    }
    let content = text(body, "content").ok_or_else(|| fail(203, "Content"))?;
    let valid = match rtype.as_str() {
        "A" => content.parse::<std::net::Ipv4Addr>().is_ok(),
        "AAAA" => content.parse::<std::net::Ipv6Addr>().is_ok(),
        "CNAME" | "MX" | "NS" | "ANAME" => state::is_hostname(&content),
        _ => true,
    };
    if !valid {
        return Err(fail(204, "Invalid Content"));
    }
    let num = |k: &str| -> Result<Option<u32>, Fail> {
        match text(body, k) {
            None => Ok(None),
            Some(s) => match s.parse::<u32>() {
                Ok(n) => Ok(Some(n)),
                // Clients send "N/A" for records without a priority (shapes §15).
                Err(_) if k == "priority" => Ok(None),
                Err(_) => Err(fail(204, &format!("Invalid {}", k.to_ascii_uppercase()))),
            },
        }
    };
    let ttl = num("ttl")?.unwrap_or(300);
    let priority = num("priority")?;
    if rtype == "MX" && priority.is_none() {
        return Err(fail(203, "Priority"));
    }
    let name = if host.is_empty() || host == "@" || host == "." {
        domain.to_owned()
    } else {
        format!("{host}.{domain}")
    };
    let now = r.tick();
    let id = r.next_id();
    let d = owned_mut(r, account, domain)?;
    if d.records
        .iter()
        .any(|x| x.name == name && x.rtype == rtype && x.content == content)
    {
        return Err(fail(204, "Duplicate Record"));
    }
    d.records.push(Record {
        id,
        name: name.clone(),
        rtype: rtype.clone(),
        content: content.clone(),
        ttl,
        priority,
        created: now,
    });
    let mut m = Map::new();
    m.insert("record_id".into(), json!(id));
    m.insert("name".into(), json!(name));
    m.insert("type".into(), json!(rtype));
    m.insert("content".into(), json!(content));
    m.insert("ttl".into(), json!(ttl));
    m.insert("create_date".into(), json!(state::datetime(now)));
    if let Some(p) = priority {
        m.insert("priority".into(), json!(p));
    }
    Ok(m)
}

fn hosts(
    r: &mut Registry,
    account: u64,
    op: &str,
    domain: &str,
    body: &Map<String, Value>,
) -> Answer {
    let host = text(body, "hostname")
        .map(|h| norm_domain(&h))
        .ok_or_else(|| fail(203, "Hostname"))?;
    if !state::is_hostname(&host) || !host.ends_with(&format!(".{domain}")) {
        return Err(fail(204, "Invalid Hostname"));
    }
    let ip = text(body, "ip");
    if op != "host/delete" {
        let ok = ip
            .as_deref()
            .is_some_and(|i| i.parse::<std::net::IpAddr>().is_ok());
        if !ok {
            return Err(if ip.is_none() {
                fail(203, "Ip")
            } else {
                fail(204, "Invalid Ip")
            });
        }
    }
    let ip = ip.unwrap_or_default();
    let d = owned_mut(r, account, domain)?;
    match op {
        "host/create" => {
            if d.hosts.contains_key(&host) {
                return Err(fail(204, "Host Already Exists"));
            }
            d.hosts.insert(host, vec![ip]);
        }
        "host/delete" => {
            if d.hosts.remove(&host).is_none() {
                return Err(fail(204, "Host Not Found"));
            }
        }
        "host/add_ip" => {
            let ips = d
                .hosts
                .get_mut(&host)
                .ok_or_else(|| fail(204, "Host Not Found"))?;
            if !ips.contains(&ip) {
                ips.push(ip);
            }
        }
        _ => {
            let ips = d
                .hosts
                .get_mut(&host)
                .ok_or_else(|| fail(204, "Host Not Found"))?;
            if !ips.contains(&ip) {
                return Err(fail(204, "Ip Not Found"));
            }
            ips.retain(|i| *i != ip);
        }
    }
    r.tick();
    Ok(Map::new())
}
