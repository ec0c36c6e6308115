//! LogicBoxes HTTP API (`logicboxes.txt`, `logicboxes-reference.md`): the domain lifecycle and the
//! customer and contact lookups that registration needs.
//!
//! - `GET`/`POST /api/<category>/<call>.json`; every parameter in the query string (a POST may
//!   also carry them form-encoded in the body, as some clients send them — reference §1.3);
//!   arrays as repeated keys; booleans `true`/`false`; extra details as `attr-nameN`/`attr-valueN`.
//! - Authentication: `auth-userid` + `api-key` (or the older `auth-password`) on every call.
//! - Reads must be GET and changes POST (KB 753).
//! - Errors: `{"status": "ERROR", "message": …}` — HTTP 500 for failed authentication and for
//!   lookups of orders that are not in the account (as observed, reference §1.6), HTTP 200 for the
//!   other refusals; 404 for an unknown call, 405 for the wrong method.
//! - Served calls: `domains/available`, `register`, `details`, `details-by-name`, `orderid`,
//!   `modify-ns`, `enable-theft-protection`, `disable-theft-protection`, `locks`,
//!   `modify-privacy-protection`, `renew`; `customers/details`, `customers/details-by-id`;
//!   `contacts/add`, `contacts/details`, `contacts/default`; DNS (reference §5, secondary sources):
//!   `dns/manage/search-records` (GET) and `dns/manage/add-{ipv4,ipv6,cname,mx,ns,txt,srv}-record`
//!   (POST), on the zone of a domain of the reseller (no `dns/activate` needed).

use crate::http::{Request, Response};
use crate::state::{self, Domain, Registry};
use crate::util::norm_domain;
use serde_json::{Map, Value, json};
use std::sync::Mutex;

/// An error answer: HTTP status and message.
type Fail = (u16, String);

fn fail(message: impl Into<String>) -> Fail {
    (200, message.into())
}

fn fail500(message: impl Into<String>) -> Fail {
    (500, message.into())
}

/// The decoded parameters: query pairs (then form-body pairs), keys repeated.
struct Params(Vec<(String, String)>);

impl Params {
    fn one(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    fn all(&self, key: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.trim().to_owned())
            .filter(|v| !v.is_empty())
            .collect()
    }

    fn required(&self, key: &str) -> Result<&str, Fail> {
        self.one(key)
            .ok_or_else(|| fail(format!("Required parameter missing: {key}")))
    }

    fn int(&self, key: &str) -> Result<i64, Fail> {
        self.required(key)?
            .parse()
            .map_err(|_| fail(format!("{key} should be an Integer")))
    }

    fn id(&self, key: &str) -> Result<u64, Fail> {
        self.required(key)?
            .parse()
            .map_err(|_| fail(format!("{key} should be a positive Integer")))
    }

    fn boolean(&self, key: &str) -> Result<Option<bool>, Fail> {
        match self.one(key) {
            None => Ok(None),
            Some("true") => Ok(Some(true)),
            Some("false") => Ok(Some(false)),
            Some(_) => Err(fail(format!("{key} should be true or false"))),
        }
    }
}

/// Answers a request whose path (after the `/logicboxes` prefix) is `rest`.
pub fn handle(reg: &Mutex<Registry>, req: &Request, rest: &str) -> Response {
    let (status, value) = match answer(reg, req, rest) {
        Ok(v) => (200, v),
        Err((status, message)) => (status, json!({"status": "ERROR", "message": message})),
    };
    Response::json_as(status, "application/json;charset=UTF-8", &value)
}

const READS: &[&str] = &[
    "domains/available",
    "domains/details",
    "domains/details-by-name",
    "domains/orderid",
    "domains/locks",
    "customers/details",
    "customers/details-by-id",
    "contacts/details",
    "dns/manage/search-records",
];
const WRITES: &[&str] = &[
    "domains/register",
    "domains/modify-ns",
    "domains/enable-theft-protection",
    "domains/disable-theft-protection",
    "domains/modify-privacy-protection",
    "domains/renew",
    "contacts/add",
    // POST as printed, although it only reads (KB 794).
    "contacts/default",
    "dns/manage/add-ipv4-record",
    "dns/manage/add-ipv6-record",
    "dns/manage/add-cname-record",
    "dns/manage/add-mx-record",
    "dns/manage/add-ns-record",
    "dns/manage/add-txt-record",
    "dns/manage/add-srv-record",
];

fn answer(reg: &Mutex<Registry>, req: &Request, rest: &str) -> Result<Value, Fail> {
    let call = rest
        .strip_prefix("/api/")
        .and_then(|p| p.strip_suffix(".json"))
        .ok_or_else(|| {
            (
                404,
                format!("Unknown API call {rest}: the sandbox serves /api/<category>/<call>.json"),
            )
        })?;
    let method = if READS.contains(&call) {
        "GET"
    } else if WRITES.contains(&call) {
        "POST"
    } else {
        return Err((404, format!("Unknown API call {call}")));
    };
    let mut pairs = req.query_pairs();
    let form = req
        .header("content-type")
        .is_some_and(|c| c.starts_with("application/x-www-form-urlencoded"));
    if req.method == "POST" && form {
        pairs.extend(form_urlencoded::parse(&req.body).into_owned());
    }
    let p = Params(pairs);
    let mut r = crate::lock(reg);
    let reseller = authenticate(&r, &p)?;
    if req.method != method {
        return Err((
            405,
            format!("This API call must be made with HTTP {method}"),
        ));
    }
    match call {
        "domains/available" => available(&r, &p),
        "domains/register" => register(&mut r, reseller, &p),
        "domains/details" => {
            let id = p.id("order-id")?;
            let d = by_id(&r, reseller, id)?;
            details(&r, d, &p)
        }
        "domains/details-by-name" => {
            let name = norm_domain(p.required("domain-name")?);
            let d = by_name(&r, reseller, &name)?;
            details(&r, d, &p)
        }
        "domains/orderid" => {
            let name = norm_domain(p.required("domain-name")?);
            Ok(json!(by_name(&r, reseller, &name)?.id))
        }
        "domains/locks" => {
            let d = by_id(&r, reseller, p.id("order-id")?)?;
            let mut m = Map::new();
            if d.locked {
                m.insert("transferlock".into(), json!(true));
                m.insert("customerlock".into(), json!(true));
            }
            Ok(Value::Object(m))
        }
        "domains/modify-ns" => {
            let id = p.id("order-id")?;
            let ns = name_servers(&p)?;
            by_id(&r, reseller, id)?;
            change(&mut r, reseller, id, |d| {
                d.ns = ns;
                (
                    "ModNS",
                    format!("Modification of NameServers of {}", d.name),
                )
            })
        }
        "domains/enable-theft-protection" | "domains/disable-theft-protection" => {
            let on = call.starts_with("domains/enable");
            let id = p.id("order-id")?;
            change(&mut r, reseller, id, |d| {
                d.locked = on;
                let what = if on { "Enable" } else { "Disable" };
                (
                    "ModTheftProtection",
                    format!("{what} Theft Protection for {}", d.name),
                )
            })
        }
        "domains/modify-privacy-protection" => {
            let id = p.id("order-id")?;
            let on = p
                .boolean("protect-privacy")?
                .ok_or_else(|| fail("Required parameter missing: protect-privacy"))?;
            p.required("reason")?;
            change(&mut r, reseller, id, |d| {
                d.privacy = on;
                (
                    "ModPrivacyProtection",
                    format!("Modification of Privacy Protection of {}", d.name),
                )
            })
        }
        "domains/renew" => renew(&mut r, reseller, &p),
        "customers/details" => {
            let username = p.required("username")?;
            let c = r
                .customers
                .iter()
                .find(|c| c.reseller == reseller && c.username == username)
                .ok_or_else(|| fail500(format!("Customer {username} not found")))?;
            Ok(customer_json(c))
        }
        "customers/details-by-id" => {
            let id = p.id("customer-id")?;
            let c = customer(&r, reseller, id)?;
            Ok(customer_json(c))
        }
        "contacts/add" => contact_add(&mut r, reseller, &p),
        "dns/manage/search-records" => search_records(&r, reseller, &p),
        c if c.starts_with("dns/manage/add-") => add_record(&mut r, reseller, c, &p),
        "contacts/details" => {
            let id = p.id("contact-id")?;
            contact(&r, reseller, id).map(Value::Object)
        }
        _ => contacts_default(&r, reseller, &p),
    }
}

fn authenticate(r: &Registry, p: &Params) -> Result<u64, Fail> {
    let bad = || fail500("Invalid auth-userid/api-key combination: authentication failed");
    let id: u64 = p
        .one("auth-userid")
        .and_then(|v| v.parse().ok())
        .ok_or_else(bad)?;
    let key = p.one("api-key").or_else(|| p.one("auth-password"));
    r.account(id)
        .filter(|a| Some(a.secret.as_str()) == key)
        .map(|a| a.id)
        .ok_or_else(bad)
}

fn classkey(tld: &str) -> String {
    match tld {
        "com" => "domcno".into(),
        "net" => "dotnet".into(),
        other => format!("dot{}", other.replace('.', "")),
    }
}

fn available(r: &Registry, p: &Params) -> Result<Value, Fail> {
    let names = p.all("domain-name");
    let tlds = p.all("tlds");
    if names.is_empty() {
        return Err(fail("Required parameter missing: domain-name"));
    }
    if tlds.is_empty() {
        return Err(fail("Required parameter missing: tlds"));
    }
    let mut out = Map::new();
    for n in &names {
        for t in &tlds {
            let tld = t.trim_start_matches('.').to_ascii_lowercase();
            let name = norm_domain(&format!("{n}.{tld}"));
            if n.contains('.') || !state::is_domain(&name) {
                return Err(fail(format!("{n} is not a valid domain name")));
            }
            let status = if r.domains.get(&name).is_some_and(|d| d.account != 0) {
                "regthroughus"
            } else if r.is_available(&name) {
                "available"
            } else {
                "regthroughothers"
            };
            out.insert(name, json!({"classkey": classkey(&tld), "status": status}));
        }
    }
    Ok(Value::Object(out))
}

fn customer(r: &Registry, reseller: u64, id: u64) -> Result<&state::Customer, Fail> {
    r.customers
        .iter()
        .find(|c| c.id == id && c.reseller == reseller)
        .ok_or_else(|| fail500(format!("No Entity found for Entityid {id}")))
}

fn customer_json(c: &state::Customer) -> Value {
    json!({
        "customerid": c.id.to_string(), "username": c.username, "resellerid": c.reseller.to_string(),
        "name": c.name, "company": c.company, "useremail": c.username, "telnocc": "1",
        "telno": "3035555555", "address1": "1 Loopback Way", "address2": "", "address3": "",
        "city": "Denver", "state": "CO", "country": "US", "zip": "80230", "pin": "1234",
        "creationdt": state::EPOCH.to_string(), "customerstatus": "Active", "salescontactid": "",
        "langpref": "en", "totalreceipts": "0.00"
    })
}

/// The seeded contact's fields (`contacts/details` shape, KB 792); ids are set per contact.
pub fn sample_contact() -> Value {
    json!({
        "name": "Sandbox User", "company": "Sandbox Inc", "type": "Contact",
        "emailaddr": "contact@sandbox.test", "telnocc": "1", "telno": "3035555555",
        "address1": "1 Loopback Way", "address2": "", "address3": "", "city": "Denver",
        "state": "CO", "country": "US", "zip": "80230", "currentstatus": "Active",
        "contactstatus": "Active"
    })
}

fn contact(r: &Registry, reseller: u64, id: u64) -> Result<Map<String, Value>, Fail> {
    let c = r
        .contacts
        .get(&id)
        .filter(|c| c.account == reseller)
        .ok_or_else(|| fail500(format!("No Entity found for Entityid {id}")))?;
    let mut m = Map::new();
    m.insert("entityid".into(), json!(c.id.to_string()));
    m.extend(c.fields.clone());
    m.insert("customerid".into(), json!(c.customer.to_string()));
    m.insert("parentkey".into(), json!(format!("999999999_{reseller}_")));
    Ok(m)
}

fn contact_add(r: &mut Registry, reseller: u64, p: &Params) -> Result<Value, Fail> {
    let mut f = Map::new();
    let req = |k: &str| p.required(k).map(str::to_owned);
    let name = req("name")?;
    let company = req("company")?;
    let email = req("email")?;
    let a1 = req("address-line-1")?;
    let city = req("city")?;
    let country = req("country")?.to_ascii_uppercase();
    let zip = req("zipcode")?;
    let cc = req("phone-cc")?;
    let phone = req("phone")?;
    let customer_id = p.id("customer-id")?;
    let ctype = req("type")?;
    customer(r, reseller, customer_id)?;
    if !email.contains('@') {
        return Err(fail("Invalid email address"));
    }
    if country.len() != 2 {
        return Err(fail("country should be a 2-letter ISO code"));
    }
    let digits = |s: &str, lo: usize, hi: usize| {
        s.len() >= lo && s.len() <= hi && s.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(&cc, 1, 3) || !digits(&phone, 4, 12) {
        return Err(fail("Invalid phone number"));
    }
    for (k, v) in [
        ("name", name),
        ("company", company),
        ("type", ctype),
        ("emailaddr", email),
        ("telnocc", cc),
        ("telno", phone),
        ("address1", a1),
        (
            "address2",
            p.one("address-line-2").unwrap_or_default().to_owned(),
        ),
        (
            "address3",
            p.one("address-line-3").unwrap_or_default().to_owned(),
        ),
        ("city", city),
        ("state", p.one("state").unwrap_or_default().to_owned()),
        ("country", country),
        ("zip", zip),
        ("currentstatus", "Active".to_owned()),
        ("contactstatus", "Active".to_owned()),
    ] {
        f.insert(k.into(), json!(v));
    }
    r.tick();
    let id = r.next_id();
    r.contacts.insert(
        id,
        state::Contact {
            id,
            account: reseller,
            customer: customer_id,
            fields: f,
        },
    );
    Ok(json!(id))
}

fn contacts_default(r: &Registry, reseller: u64, p: &Params) -> Result<Value, Fail> {
    let customer_id = p.id("customer-id")?;
    customer(r, reseller, customer_id)?;
    let types = p.all("type");
    if types.is_empty() {
        return Err(fail("Required parameter missing: type"));
    }
    let mut out = Map::new();
    for t in types {
        let Some(c) = r
            .contacts
            .values()
            .find(|c| c.customer == customer_id && c.fields.get("type") == Some(&json!(t)))
        else {
            continue;
        };
        let details = |role: &str| -> Value {
            let mut contact = Map::new();
            for (k, v) in &c.fields {
                if !["currentstatus", "contactstatus"].contains(&k.as_str()) {
                    contact.insert(k.clone(), v.clone());
                }
            }
            json!({
                "entity.entityid": c.id.to_string(),
                "entity.customerid": customer_id.to_string(),
                "entity.currentstatus": "Active",
                "contact": contact,
                "role": role,
            })
        };
        out.insert(
            t.clone(),
            json!({
                "registrantContactDetails": details("registrant"),
                "adminContactDetails": details("admin"),
                "techContactDetails": details("tech"),
                "billingContactDetails": details("billing"),
                "registrant": c.id, "admin": c.id, "tech": c.id, "billing": c.id,
                "type": t,
            }),
        );
    }
    Ok(Value::Object(out))
}

fn name_servers(p: &Params) -> Result<Vec<(String, String)>, Fail> {
    let ns = p.all("ns");
    if ns.is_empty() {
        return Err(fail("Required parameter missing: ns"));
    }
    if ns.len() > 13 {
        return Err(fail("At most 13 name servers are allowed"));
    }
    ns.iter()
        .map(|h| {
            let h = norm_domain(h);
            if state::is_hostname(&h) {
                Ok((h, String::new()))
            } else {
                Err(fail(format!("{h} is not a valid Name Server")))
            }
        })
        .collect()
}

const INVOICE_OPTIONS: &[&str] = &["NoInvoice", "PayInvoice", "KeepInvoice", "OnlyAdd"];

fn invoice_option(p: &Params) -> Result<String, Fail> {
    let v = p.required("invoice-option")?;
    if INVOICE_OPTIONS.contains(&v) {
        Ok(v.to_owned())
    } else {
        Err(fail(format!(
            "invoice-option should be one of {}",
            INVOICE_OPTIONS.join(", ")
        )))
    }
}

fn by_name<'a>(r: &'a Registry, reseller: u64, name: &str) -> Result<&'a Domain, Fail> {
    r.owned(name, reseller)
        .ok_or_else(|| fail500(format!("Website doesn't exist for {name}")))
}

fn by_id(r: &Registry, reseller: u64, id: u64) -> Result<&Domain, Fail> {
    r.name_by_id(id, reseller)
        .and_then(|n| r.owned(&n, reseller))
        .ok_or_else(|| fail500(format!("No Entity found for Entityid {id}")))
}

fn action(d: &Domain, eaqid: u64, kind: &str, desc: &str, status_desc: &str) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("description".into(), json!(d.name));
    m.insert("entityid".into(), json!(d.id.to_string()));
    m.insert("actiontype".into(), json!(kind));
    m.insert("actiontypedesc".into(), json!(desc));
    m.insert("eaqid".into(), json!(eaqid.to_string()));
    m.insert("actionstatus".into(), json!("Success"));
    m.insert("actionstatusdesc".into(), json!(status_desc));
    m
}

fn invoice(
    m: &mut Map<String, Value>,
    option: &str,
    invoice_id: u64,
    amount: state::Cents,
    balance: state::Cents,
    customer: u64,
) {
    if option == "NoInvoice" {
        return;
    }
    m.insert("invoiceid".into(), json!(invoice_id.to_string()));
    m.insert("sellingcurrencysymbol".into(), json!("USD"));
    m.insert("sellingamount".into(), json!(state::money(-amount)));
    m.insert(
        "unutilisedsellingamount".into(),
        json!(state::money(balance)),
    );
    m.insert("customerid".into(), json!(customer.to_string()));
}

/// Applies a change to an order and answers with the action fields.
fn change(
    r: &mut Registry,
    reseller: u64,
    id: u64,
    f: impl FnOnce(&mut Domain) -> (&'static str, String),
) -> Result<Value, Fail> {
    let name = by_id(r, reseller, id)?.name.clone();
    r.tick();
    let eaqid = r.next_id();
    let d = r
        .owned_mut(&name, reseller)
        .ok_or_else(|| fail500(format!("No Entity found for Entityid {id}")))?;
    let (kind, desc) = f(d);
    Ok(Value::Object(action(
        d,
        eaqid,
        kind,
        &desc,
        "Action completed Successfully",
    )))
}

fn register(r: &mut Registry, reseller: u64, p: &Params) -> Result<Value, Fail> {
    let name = norm_domain(p.required("domain-name")?);
    if !state::is_domain(&name) {
        return Err(fail(format!("{name} is not a valid domain name")));
    }
    let years = p.int("years")?;
    if !(1..=10).contains(&years) {
        return Err(fail("years should be between 1 and 10"));
    }
    let years = u32::try_from(years).unwrap_or(1);
    let ns = name_servers(p)?;
    let customer_id = p.id("customer-id")?;
    customer(r, reseller, customer_id)?;
    let mut roles = std::collections::BTreeMap::new();
    for (key, role) in [
        ("reg-contact-id", "registrant"),
        ("admin-contact-id", "admin"),
        ("tech-contact-id", "tech"),
        ("billing-contact-id", "billing"),
    ] {
        let v = p.int(key)?;
        if v == -1 && role != "registrant" {
            continue;
        }
        let id = u64::try_from(v).map_err(|_| fail(format!("Invalid {key}")))?;
        let ok = r
            .contacts
            .get(&id)
            .is_some_and(|c| c.account == reseller && c.customer == customer_id);
        if !ok {
            return Err(fail(format!(
                "Invalid {key}: contact {id} does not belong to customer {customer_id}"
            )));
        }
        roles.insert(role.to_owned(), id);
    }
    let option = invoice_option(p)?;
    let purchase_privacy = p.boolean("purchase-privacy")?.unwrap_or(false);
    let protect_privacy = p.boolean("protect-privacy")?.unwrap_or(false);
    p.boolean("auto-renew")?;
    if !r.is_available(&name) {
        return Err(fail("Domain already registered"));
    }
    let price = r.price(&name, years);
    let privacy_price = if purchase_privacy { 300 } else { 0 };
    if !r.can_pay(reseller, price + privacy_price) {
        return Err(fail(
            "Insufficient funds in the reseller's debit account to register the domain",
        ));
    }
    r.tick();
    let invoice_id = r
        .charge(reseller, "register", &name, years, price)
        .map_err(|_| fail("Insufficient funds in the reseller's debit account"))?;
    let mut d = r.new_domain(&name, reseller, years);
    d.customer = customer_id;
    d.ns = ns;
    d.contact_ids = roles;
    d.privacy = purchase_privacy || protect_privacy;
    let eaqid = r.next_id();
    let balance = r.account(reseller).map(|a| a.balance).unwrap_or_default();
    let mut m = action(
        &d,
        eaqid,
        "AddNewDomain",
        &format!(
            "Registration of {name} for {years} year{}",
            if years == 1 { "" } else { "s" }
        ),
        "Domain registration completed Successfully",
    );
    m.insert("status".into(), json!("Success"));
    invoice(&mut m, &option, invoice_id, price, balance, customer_id);
    if purchase_privacy {
        let pid = r
            .charge(reseller, "privacy", &name, years, privacy_price)
            .unwrap_or_default();
        let balance = r.account(reseller).map(|a| a.balance).unwrap_or_default();
        let mut pm = action(
            &d,
            pid,
            "AddPrivacyProtection",
            &format!("Purchase of Privacy Protection for {name}"),
            "Privacy Protection purchased Successfully",
        );
        invoice(&mut pm, &option, pid, privacy_price, balance, customer_id);
        m.insert("privacydetails".into(), Value::Object(pm));
    }
    r.domains.insert(name, d);
    Ok(Value::Object(m))
}

fn renew(r: &mut Registry, reseller: u64, p: &Params) -> Result<Value, Fail> {
    let id = p.id("order-id")?;
    let years = p.int("years")?;
    if !(1..=10).contains(&years) {
        return Err(fail("years should be between 1 and 10"));
    }
    let years = u32::try_from(years).unwrap_or(1);
    let exp = p.int("exp-date")?;
    let option = invoice_option(p)?;
    p.boolean("auto-renew")?;
    let d = by_id(r, reseller, id)?;
    let (name, expires, customer_id) = (d.name.clone(), d.expires, d.customer);
    if exp != expires {
        return Err(fail(format!(
            "exp-date {exp} does not match the current expiry date of the order ({expires})"
        )));
    }
    if expires + state::YEAR * i64::from(years) > r.now + 10 * state::YEAR {
        return Err(fail("A Domain Name cannot be extended beyond 10 years"));
    }
    let price = r.price(&name, years);
    r.tick();
    let invoice_id = r
        .charge(reseller, "renew", &name, years, price)
        .map_err(|_| fail("Insufficient funds in the reseller's debit account"))?;
    let eaqid = r.next_id();
    let balance = r.account(reseller).map(|a| a.balance).unwrap_or_default();
    let d = r
        .owned_mut(&name, reseller)
        .ok_or_else(|| fail500(format!("No Entity found for Entityid {id}")))?;
    d.expires += state::YEAR * i64::from(years);
    let mut m = action(
        d,
        eaqid,
        "RenewDomain",
        &format!(
            "Renewal of {name} for {years} year{}",
            if years == 1 { "" } else { "s" }
        ),
        "Domain renewed successfully",
    );
    invoice(&mut m, &option, invoice_id, price, balance, customer_id);
    Ok(Value::Object(m))
}

const OPTIONS: &[&str] = &[
    "All",
    "OrderDetails",
    "ContactIds",
    "RegistrantContactDetails",
    "AdminContactDetails",
    "TechContactDetails",
    "BillingContactDetails",
    "NsDetails",
    "DomainStatus",
    "DNSSECDetails",
    "StatusDetails",
];

fn details(r: &Registry, d: &Domain, p: &Params) -> Result<Value, Fail> {
    let options = p.all("options");
    if options.is_empty() {
        return Err(fail("Required parameter missing: options"));
    }
    if let Some(bad) = options.iter().find(|o| !OPTIONS.contains(&o.as_str())) {
        return Err(fail(format!("Invalid value for options: {bad}")));
    }
    let has = |o: &str| options.iter().any(|x| x == o || x == "All");
    let tld = d.name.rsplit('.').next().unwrap_or_default();
    let mut m = Map::new();
    m.insert("orderid".into(), json!(d.id.to_string()));
    m.insert("description".into(), json!(d.name));
    m.insert("domainname".into(), json!(d.name));
    m.insert(
        "currentstatus".into(),
        json!(if d.expires > r.now {
            "Active"
        } else {
            "InActive"
        }),
    );
    let orderstatus: Vec<&str> = if d.locked {
        vec!["transferlock"]
    } else {
        vec![]
    };
    m.insert("orderstatus".into(), json!(orderstatus));
    m.insert("domainstatus".into(), json!([]));
    m.insert("productcategory".into(), json!("domorder"));
    m.insert("productkey".into(), json!(classkey(tld)));
    m.insert("creationtime".into(), json!(d.created.to_string()));
    m.insert("endtime".into(), json!(d.expires.to_string()));
    m.insert("customerid".into(), json!(d.customer.to_string()));
    m.insert("isImmediateReseller".into(), json!(true));
    m.insert(
        "parentkey".into(),
        json!(format!("999999999_{}_", d.account)),
    );
    if has("OrderDetails") {
        m.insert("domsecret".into(), json!(d.auth_code));
        m.insert("privacyprotectedallowed".into(), json!("true"));
        m.insert("isprivacyprotected".into(), json!(d.privacy.to_string()));
        m.insert("recurring".into(), json!("false"));
        m.insert("allowdeletion".into(), json!("true"));
    }
    if has("NsDetails") {
        m.insert("noOfNameServers".into(), json!(d.ns.len().to_string()));
        for (i, (h, _)) in d.ns.iter().enumerate() {
            m.insert(format!("ns{}", i + 1), json!(h));
        }
        if !d.hosts.is_empty() {
            let cns: Map<String, Value> = d
                .hosts
                .iter()
                .map(|(h, ips)| (h.clone(), json!(ips)))
                .collect();
            m.insert("cns".into(), Value::Object(cns));
        }
    }
    for (role, ids_key, details_opt, details_key) in [
        (
            "registrant",
            "registrantcontactid",
            "RegistrantContactDetails",
            "registrantcontact",
        ),
        (
            "admin",
            "admincontactid",
            "AdminContactDetails",
            "admincontact",
        ),
        ("tech", "techcontactid", "TechContactDetails", "techcontact"),
        (
            "billing",
            "billingcontactid",
            "BillingContactDetails",
            "billingcontact",
        ),
    ] {
        let id = d.contact_ids.get(role).copied();
        if has("ContactIds") {
            let shown = id.map_or("-1".to_owned(), |i| i.to_string());
            m.insert(ids_key.into(), json!(shown));
        }
        if let Some(c) = id
            .filter(|_| has(details_opt))
            .and_then(|i| contact(r, d.account, i).ok())
        {
            m.insert(details_key.into(), Value::Object(c));
        }
    }
    Ok(Value::Object(m))
}

/// An optional non-negative integer parameter.
fn opt_uint(p: &Params, key: &str) -> Result<Option<u32>, Fail> {
    p.one(key)
        .map(|v| {
            v.parse::<u32>()
                .map_err(|_| fail(format!("{key} should be a positive Integer")))
        })
        .transpose()
}

/// `dns/manage/add-*-record` (reference §5.3): `domain-name`, `value`, `host` (the apex when
/// left out), `ttl` (14400 when left out), MX `priority` (10), SRV `priority`, `port`, `weight`.
/// Answer `{"status": "Success", "msg": …}`.
fn add_record(r: &mut Registry, reseller: u64, call: &str, p: &Params) -> Result<Value, Fail> {
    let rtype = match call {
        "dns/manage/add-ipv4-record" => "A",
        "dns/manage/add-ipv6-record" => "AAAA",
        "dns/manage/add-cname-record" => "CNAME",
        "dns/manage/add-mx-record" => "MX",
        "dns/manage/add-ns-record" => "NS",
        "dns/manage/add-txt-record" => "TXT",
        "dns/manage/add-srv-record" => "SRV",
        other => return Err((404, format!("Unknown API call {other}"))),
    };
    let domain = norm_domain(p.required("domain-name")?);
    by_name(r, reseller, &domain)?;
    let value = p.required("value")?.to_owned();
    let value = if matches!(rtype, "CNAME" | "MX" | "NS" | "SRV") {
        norm_domain(&value)
    } else {
        value
    };
    if !crate::util::record_content_ok(rtype, &value) {
        return Err(fail(format!(
            "{value} is not a valid value for a {rtype} record"
        )));
    }
    let host = p.one("host").unwrap_or("@");
    let name = crate::util::record_fqdn(host, &domain);
    if !state::is_hostname(&name.replace(['*', '_'], "x")) {
        return Err(fail(format!("{host} is not a valid host")));
    }
    let ttl = opt_uint(p, "ttl")?.unwrap_or(14_400);
    let (content, priority) = match rtype {
        "MX" => (value, Some(opt_uint(p, "priority")?.unwrap_or(10))),
        "SRV" => {
            let priority = opt_uint(p, "priority")?.unwrap_or(0);
            let port =
                opt_uint(p, "port")?.ok_or_else(|| fail("Required parameter missing: port"))?;
            let weight =
                opt_uint(p, "weight")?.ok_or_else(|| fail("Required parameter missing: weight"))?;
            if priority > 65_535 || port > 65_535 || weight > 65_535 {
                return Err(fail("priority, port and weight should be 0 to 65535"));
            }
            (format!("{weight} {port} {value}"), Some(priority))
        }
        _ => (value, None),
    };
    let now = r.tick();
    let id = r.next_id();
    let d = r
        .owned_mut(&domain, reseller)
        .ok_or_else(|| fail500(format!("Website doesn't exist for {domain}")))?;
    if d.records
        .iter()
        .any(|x| x.name == name && x.rtype == rtype && x.content == content)
    {
        return Err(fail(format!(
            "The {rtype} record for {name} with this value already exists"
        )));
    }
    d.records.push(state::Record {
        id,
        name: name.clone(),
        rtype: rtype.to_owned(),
        content,
        ttl,
        priority,
        created: now,
    });
    Ok(json!({"status": "Success", "msg": format!("{rtype} record added successfully for {name}")}))
}

/// `dns/manage/search-records` (reference §5.2): the zone's records of one `type`, optionally
/// filtered by `host` and `value`, paged by `no-of-records` (at most 50) and `page-no`. Answer:
/// `recsonpage`, `recsindb` and the records numbered from 1 (`host`, `value`, `type`,
/// `timetolive`, `status`, plus `priority` for MX and SRV and `port`/`weight` for SRV).
fn search_records(r: &Registry, reseller: u64, p: &Params) -> Result<Value, Fail> {
    let domain = norm_domain(p.required("domain-name")?);
    let rtype = p
        .one("type")
        .ok_or_else(|| fail500("Required parameter missing: type"))?
        .to_ascii_uppercase();
    const TYPES: &[&str] = &["A", "AAAA", "CNAME", "MX", "NS", "TXT", "SRV"];
    if !TYPES.contains(&rtype.as_str()) {
        return Err(fail(format!("type should be one of {}", TYPES.join(", "))));
    }
    let per_page = opt_uint(p, "no-of-records")?.unwrap_or(10);
    let page = opt_uint(p, "page-no")?.unwrap_or(1);
    if !(1..=50).contains(&per_page) {
        return Err(fail("no-of-records should be 1 to 50"));
    }
    if page == 0 {
        return Err(fail("page-no should be a positive Integer"));
    }
    let d = by_name(r, reseller, &domain)?;
    let host = p.one("host").map(|h| crate::util::record_fqdn(h, &domain));
    let value = p.one("value");
    let found: Vec<&state::Record> = d
        .records
        .iter()
        .filter(|x| x.rtype == rtype)
        .filter(|x| host.as_ref().is_none_or(|h| *h == x.name))
        .filter(|x| value.is_none_or(|v| x.content == v || x.content.rsplit(' ').next() == Some(v)))
        .collect();
    let skip = (page as usize - 1).saturating_mul(per_page as usize);
    let mut out = Map::new();
    let shown: Vec<&&state::Record> = found.iter().skip(skip).take(per_page as usize).collect();
    out.insert("recsonpage".into(), json!(shown.len().to_string()));
    out.insert("recsindb".into(), json!(found.len().to_string()));
    for (i, x) in shown.into_iter().enumerate() {
        let mut m = Map::new();
        m.insert(
            "host".into(),
            json!(crate::util::record_label(&x.name, &domain)),
        );
        m.insert("type".into(), json!(x.rtype));
        m.insert("timetolive".into(), json!(x.ttl.to_string()));
        m.insert("status".into(), json!("Active"));
        if x.rtype == "SRV" {
            let mut parts = x.content.splitn(3, ' ');
            let weight = parts.next().unwrap_or_default();
            let port = parts.next().unwrap_or_default();
            let target = parts.next().unwrap_or_default();
            m.insert("value".into(), json!(target));
            m.insert("port".into(), json!(port));
            m.insert("weight".into(), json!(weight));
        } else {
            m.insert("value".into(), json!(x.content));
        }
        if let Some(pr) = x.priority {
            m.insert("priority".into(), json!(pr.to_string()));
        }
        out.insert((i + 1).to_string(), Value::Object(m));
    }
    Ok(Value::Object(out))
}
