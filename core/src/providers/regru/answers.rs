//! Typed answers of the functions whose response fields the document lists (regru-api-2.txt, the
//! "Response fields" table and "Example of a successful response" of each function).
//!
//! Every answer keeps what it does not model: each struct has an `extra` map with every other
//! member, unchanged, so a field the document does not list (or a new one) is never dropped.
//! Values are read leniently, as the service writes them in either form: identifiers, amounts and
//! dates as text (`12345` and `"12345"` both read `"12345"`; amounts stay decimal text, never a
//! float), periods and priorities as whole numbers, flags (`1`/`0`, `"1"`/`"0"`) as booleans. A
//! `null` member reads as absent. A member of an unexpected shape (an object where text is
//! documented) makes the answer a `Protocol` error, never a panic.
//!
//! Per-item results (`domains[]`, `services[]`, `bills[]`) keep their `result`, `error_code`,
//! `error_text` and `error_params`; the envelope's `all_succeeded` / `failed_items` summarise them
//! (see [`envelope`](super::envelope)).

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// A value the service may write in more than one way, read into one type (`None` for `null`).
pub trait Lenient: Sized {
    /// Reads `v`; `Ok(None)` for `null` (and, for numbers and flags, the empty string).
    fn from_value(v: Value) -> Result<Option<Self>, String>;
}

impl Lenient for String {
    fn from_value(v: Value) -> Result<Option<Self>, String> {
        match v {
            Value::Null => Ok(None),
            Value::String(s) => Ok(Some(s)),
            Value::Number(n) => Ok(Some(n.to_string())),
            Value::Bool(b) => Ok(Some(if b { "1" } else { "0" }.to_owned())),
            other => Err(format!("expected text, found {other}")),
        }
    }
}

impl Lenient for i64 {
    fn from_value(v: Value) -> Result<Option<Self>, String> {
        match v {
            Value::Null => Ok(None),
            Value::String(s) if s.trim().is_empty() => Ok(None),
            Value::String(s) => s
                .trim()
                .parse::<i64>()
                .map(Some)
                .map_err(|_| format!("expected a whole number, found {s:?}")),
            Value::Number(n) => n
                .as_i64()
                .map(Some)
                .ok_or_else(|| format!("expected a whole number, found {n}")),
            other => Err(format!("expected a whole number, found {other}")),
        }
    }
}

impl Lenient for bool {
    fn from_value(v: Value) -> Result<Option<Self>, String> {
        match v {
            Value::Null => Ok(None),
            Value::Bool(b) => Ok(Some(b)),
            Value::Number(n) => Ok(Some(n.as_f64().is_some_and(|f| f != 0.0))),
            Value::String(s) => match s.trim() {
                "" => Ok(None),
                "0" => Ok(Some(false)),
                "1" => Ok(Some(true)),
                other => Err(format!("expected a flag (1/0), found {other:?}")),
            },
            other => Err(format!("expected a flag (1/0), found {other}")),
        }
    }
}

impl Lenient for Value {
    fn from_value(v: Value) -> Result<Option<Self>, String> {
        Ok((!v.is_null()).then_some(v))
    }
}

impl<T: Lenient> Lenient for Vec<T> {
    fn from_value(v: Value) -> Result<Option<Self>, String> {
        match v {
            Value::Null => Ok(None),
            Value::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for item in items {
                    // A null item carries nothing; every other item is read.
                    if let Some(x) = T::from_value(item)? {
                        out.push(x);
                    }
                }
                Ok(Some(out))
            }
            other => Err(format!("expected a list, found {other}")),
        }
    }
}

impl<T: Lenient> Lenient for BTreeMap<String, T> {
    fn from_value(v: Value) -> Result<Option<Self>, String> {
        match v {
            Value::Null => Ok(None),
            Value::Object(map) => {
                let mut out = BTreeMap::new();
                for (k, item) in map {
                    if let Some(x) = T::from_value(item)? {
                        out.insert(k, x);
                    }
                }
                Ok(Some(out))
            }
            other => Err(format!("expected an object, found {other}")),
        }
    }
}

/// `deserialize_with` for every modelled member: [`Lenient`].
fn lenient<'de, D: Deserializer<'de>, T: Lenient>(d: D) -> Result<Option<T>, D::Error> {
    let v = Value::deserialize(d)?;
    T::from_value(v).map_err(serde::de::Error::custom)
}

/// One answer struct: every field optional and lenient, plus `extra`.
macro_rules! answer {
    ($(#[$m:meta])* $name:ident { $( $(#[$fm:meta])* $field:ident : $ty:ty ),* $(,)? }) => {
        $(#[$m])*
        ///
        /// Every member is optional (absent or `null` reads as `None`); members not listed here
        /// are kept, unchanged, in `extra`.
        #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(JsonSchema))]
        pub struct $name {
            $(
                $(#[$fm])*
                #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")]
                pub $field: Option<$ty>,
            )*
            /// Every other member, unchanged.
            #[serde(flatten)]
            pub extra: Map<String, Value>,
        }

        impl Lenient for $name {
            fn from_value(v: Value) -> Result<Option<Self>, String> {
                match v {
                    Value::Null => Ok(None),
                    v @ Value::Object(_) => serde_json::from_value(v)
                        .map(Some)
                        .map_err(|e| format!("{}: {e}", stringify!($name))),
                    other => Err(format!("{}: expected an object, found {other}", stringify!($name))),
                }
            }
        }
    };
}

answer! {
    /// `nop` (§4.1; the example of §2.3.1.1): who is logged in.
    User {
        /// The login.
        login: String,
        /// The user's numeric ID, as text.
        user_id: String,
    }
}

answer! {
    /// `user/get_balance` (§5.4).
    Balance {
        /// The currency into which the amounts were converted.
        currency: String,
        /// Amount of prepayments in the account (decimal text).
        prepay: String,
        /// The amount blocked in the account (e.g. for a domain auction); given when non-zero.
        blocked: String,
        /// The amount of available credit (Partners only).
        credit: String,
    }
}

answer! {
    /// One item of an invoice (§6.2, §6.3).
    BillItem {
        /// `prepayment` or `service` (order of a service).
        itemtype: String,
        /// Service domain name (if applicable).
        dname: String,
        /// Service type.
        servtype: String,
        /// Service ID, as text.
        service_id: String,
        /// New service order (`new`) or renewal of an existing service.
        action: String,
    }
}

answer! {
    /// One invoice of a `bills` list (§6.1–§6.5); a failed item carries `error_code`.
    Bill {
        /// Invoice ID, as text.
        bill_id: String,
        /// Date of issue.
        bill_date: String,
        /// Invoice currency (RUR, USD, EUR, UAH).
        currency: String,
        /// Invoice amount in roubles, payment system interest included (decimal text).
        payment: String,
        /// Total invoice amount in the currency defined (decimal text).
        total_payment: String,
        /// Payment method (`prepay`, `WM`, `bank`, …).
        pay_type: String,
        /// The previous payment method (bill/change_pay_type).
        old_pay_type: String,
        /// Date of payment.
        pay_date: String,
        /// `notpayed`, `confirmed`, `payed` or `cancelled`.
        pay_status: String,
        /// `deleted` or `active` (bill/delete).
        status: String,
        /// WebMoney invoice ID (bill/change_pay_type).
        wm_invid: String,
        /// Invoice items.
        items: Vec<BillItem>,
        /// The item's result (`success`), when given.
        result: String,
        /// The item's error code, when it failed.
        error_code: String,
        /// The item's error text, when given.
        error_text: String,
        /// The item's error parameters, when given.
        error_params: Value,
    }
}

answer! {
    /// The `bill/*` functions (§6): a list of invoices.
    Bills {
        /// The invoices.
        bills: Vec<Bill>,
    }
}

answer! {
    /// One service of a `services` (or `domains`) list (§7.7, §7.8, §7.13).
    Service {
        /// Numeric service identifier, as text.
        service_id: String,
        /// Domain name.
        dname: String,
        /// Domain name (the other spelling).
        domain_name: String,
        /// Service type (`domain`, `srv_hosting_ispmgr`, …).
        servtype: String,
        /// Service subtype (for hosting: the rate plan).
        subtype: String,
        /// `N` inactive, `A` active, `S` suspended, `D` deleted, `O` transferred away.
        state: String,
        /// Service activation date.
        creation_date: String,
        /// Service expiration date.
        expiration_date: String,
        /// ID of the parent service, as text (`0`: none).
        uplink_service_id: String,
        /// Partners: the login holding partial control (empty: none).
        user2_login: String,
        /// The item's result (`success`), when given.
        result: String,
        /// The item's error code, when it failed.
        error_code: String,
        /// The item's error text, when given.
        error_text: String,
        /// The item's error parameters, when given.
        error_params: Value,
    }
}

answer! {
    /// `service/get_info` (§7.7) and `service/get_list` (§7.8).
    Services {
        /// The services.
        services: Vec<Service>,
    }
}

answer! {
    /// `service/renew` (§7.13).
    Renewal {
        /// Renewal period.
        period: i64,
        /// Amount charged (decimal text).
        payment: String,
        /// Currency of `payment`.
        currency: String,
        /// `renew_success`, or `only_bill_created` (allow_create_bills and not enough funds).
        status: String,
        /// The invoice created.
        bill_id: String,
        /// The domain renewed (single-service request).
        dname: String,
        /// The service renewed (single-service request), as text.
        service_id: String,
        /// The service type (single-service request).
        servtype: String,
        /// One result per service (list request).
        services: Vec<Service>,
        /// One result per domain (list request given as `domains`).
        domains: Vec<Service>,
    }
}

answer! {
    /// The prices of one zone in `domain/get_prices` (§8.2), for one year.
    TldPrice {
        /// Registration price for your plan (decimal text).
        reg_price: String,
        /// Renewal price for your plan (with `show_renew_data`).
        renew_price: String,
        /// Registration price for a "Retail" user.
        retail_reg_price: String,
        /// Renewal price for a "Retail" user.
        retail_renew_price: String,
        /// Update price (with `show_update_data`).
        update_price: String,
        /// Shortest registration period, in years.
        reg_min_period: i64,
        /// Longest registration period, in years.
        reg_max_period: i64,
    }
}

answer! {
    /// `domain/get_prices` (§8.2).
    DomainPrices {
        /// Currency of the prices.
        currency: String,
        /// Rate plan.
        price_group: String,
        /// Prices by zone (`com`, `рф`, and `__idn.<tld>` where Cyrillic names cost differently).
        prices: BTreeMap<String, TldPrice>,
    }
}

answer! {
    /// One name of `domain/check` (§8.6): available when `result` is `Available` and no
    /// `error_code` is given (see [`CheckedDomain::is_available`]).
    CheckedDomain {
        /// Domain name.
        dname: String,
        /// Domain name (the other spelling).
        domain_name: String,
        /// `Available`, or the error text.
        result: String,
        /// Why it is not available (`DOMAIN_ALREADY_EXISTS`, `TLD_DISABLED`, …).
        error_code: String,
        /// The error text, when given apart from `result`.
        error_text: String,
        /// The error parameters, when given.
        error_params: Value,
        /// Premium domain.
        is_premium: bool,
        /// Premium domains: registration price for one year (decimal text).
        price: String,
        /// Premium domains: renewal price for one year.
        renew_price: String,
        /// Currency of the prices.
        currency: String,
    }
}

impl CheckedDomain {
    /// Whether the name can be registered (or transferred, with `is_transfer`).
    pub fn is_available(&self) -> bool {
        self.error_code.is_none()
            && self
                .result
                .as_deref()
                .is_some_and(|r| r.eq_ignore_ascii_case("available"))
    }
}

answer! {
    /// `domain/check` (§8.6).
    DomainCheck {
        /// One result per name.
        domains: Vec<CheckedDomain>,
    }
}

answer! {
    /// One domain of a per-domain result list (§8.7, §8.19, §8.20, …).
    DomainResult {
        /// Domain name.
        dname: String,
        /// Domain name (the other spelling).
        domain_name: String,
        /// Internal domain (service) ID, as text.
        service_id: String,
        /// Service type.
        servtype: String,
        /// `success`, or the error text.
        result: String,
        /// The error code, when it failed.
        error_code: String,
        /// The error text, when given apart from `result`.
        error_text: String,
        /// The error parameters, when given.
        error_params: Value,
    }
}

answer! {
    /// `domain/create` (§8.7) and `domain/transfer` (§8.8): the order.
    DomainOrder {
        /// The invoice created for the order.
        bill_id: String,
        /// Order amount (decimal text).
        payment: String,
        /// Payment method (`prepay`).
        pay_type: String,
        /// Notes on the payment (`Amount successfully charged`).
        pay_notes: String,
        /// Currency of `payment`, when given.
        currency: String,
        /// The domain ordered (single-domain answer).
        dname: String,
        /// Its service ID (single-domain answer).
        service_id: String,
        /// One result per domain.
        domains: Vec<DomainResult>,
    }
}

answer! {
    /// `domain/update_nss` (§8.20) and the other functions answering one result per domain or
    /// service.
    DomainResults {
        /// One result per domain.
        domains: Vec<DomainResult>,
        /// One result per service (requests given as `services`).
        services: Vec<DomainResult>,
    }
}

answer! {
    /// One name server of `domain/get_nss` (§8.19).
    NameServer {
        /// Host name.
        ns: String,
        /// IP address(es), as given (text, or a list).
        ip: Value,
    }
}

answer! {
    /// One domain of `domain/get_nss` (§8.19).
    DomainNss {
        /// Domain name.
        dname: String,
        /// Domain name (the other spelling).
        domain_name: String,
        /// Service ID, as text.
        service_id: String,
        /// `success`, or the error text.
        result: String,
        /// The error code, when it failed.
        error_code: String,
        /// The error text, when given apart from `result`.
        error_text: String,
        /// The error parameters, when given.
        error_params: Value,
        /// The name servers, in order.
        nss: Vec<NameServer>,
    }
}

answer! {
    /// `domain/get_nss` (§8.19).
    DomainNssList {
        /// One entry per domain.
        domains: Vec<DomainNss>,
        /// One entry per service (requests given as `services`).
        services: Vec<DomainNss>,
    }
}

answer! {
    /// One resource record of `zone/get_resource_records` (§9.10).
    ResourceRecord {
        /// Subdomain (`@` the domain itself, `*` every other subdomain).
        subname: String,
        /// Record type: A, AAAA, CNAME, MX, NS, TXT, SRV, CAA, …
        rectype: String,
        /// The record's content (an address, a host, a text).
        content: String,
        /// Priority (`prio` in the document's example).
        prio: i64,
        /// Priority (`priority` in the document's field list).
        priority: i64,
        /// `A` (active; kept for backward compatibility).
        state: String,
    }
}

answer! {
    /// The zone's cache times (`soa`) in `zone/get_resource_records` (§9.10).
    Soa {
        /// Zone TTL (`1d`).
        ttl: String,
        /// Minimum TTL (`12h`).
        minimum_ttl: String,
    }
}

answer! {
    /// One domain of `zone/get_resource_records` (§9.10).
    ZoneRecords {
        /// Domain name.
        dname: String,
        /// Domain name (the other spelling).
        domain_name: String,
        /// Service ID, as text.
        service_id: String,
        /// `success` when the zone can be managed, else the error text.
        result: String,
        /// The error code, when it failed.
        error_code: String,
        /// The error text, when given apart from `result`.
        error_text: String,
        /// The error parameters, when given.
        error_params: Value,
        /// The resource records.
        rrs: Vec<ResourceRecord>,
        /// The zone's cache times.
        soa: Soa,
    }
}

answer! {
    /// `zone/get_resource_records` (§9.10).
    ZoneRecordsList {
        /// One entry per domain.
        domains: Vec<ZoneRecords>,
        /// One entry per service (requests given as `services`).
        services: Vec<ZoneRecords>,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn unknown_members_are_kept_and_values_read_leniently() {
        let v =
            json!({"prepay": 1000.5, "currency": "RUR", "new_field": {"a": 1}, "blocked": null});
        let b: Balance = serde_json::from_value(v).unwrap_or_default();
        assert_eq!(b.prepay.as_deref(), Some("1000.5"));
        assert_eq!(b.blocked, None);
        assert_eq!(b.extra.get("new_field"), Some(&json!({"a": 1})));
        let back = serde_json::to_value(&b).unwrap_or_default();
        assert_eq!(
            back,
            json!({"prepay": "1000.5", "currency": "RUR", "new_field": {"a": 1}})
        );
    }

    #[test]
    fn a_wrong_shape_is_an_error_not_a_panic() {
        let r: Result<Balance, _> = serde_json::from_value(json!({"prepay": {"x": 1}}));
        assert!(r.is_err());
        let r: Result<DomainCheck, _> = serde_json::from_value(json!({"domains": "x"}));
        assert!(r.is_err());
    }
}
