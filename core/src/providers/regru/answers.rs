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
    /// service (`domain/update_contacts`, `delegate`, `undelegate`, `transfer_to_another_account`,
    /// `request_to_transfer`, `update_private_person_flag`, the `zone/*` changes).
    DomainResults {
        /// One result per domain.
        domains: Vec<DomainResult>,
        /// One result per service (requests given as `services`).
        services: Vec<DomainResult>,
        /// `domain/update_private_person_flag` (§8.16): `is set` or `is unset`.
        pp_flag: String,
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

/// A top-level list answer (`domain/get_rereg_data`, `service/get_servtype_details`): the items in
/// order. An empty object (`{}`, which the service may write for "nothing") reads as no items;
/// any other non-list is a `Protocol` error.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Rows_for_{T}"))]
#[serde(transparent)]
pub struct Rows<T>(pub Vec<T>);

impl<T> Default for Rows<T> {
    fn default() -> Self {
        Rows(Vec::new())
    }
}

impl<'de, T: Lenient> Deserialize<'de> for Rows<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match Value::deserialize(d)? {
            Value::Object(m) if m.is_empty() => Ok(Rows(Vec::new())),
            v => Vec::<T>::from_value(v)
                .map(|x| Rows(x.unwrap_or_default()))
                .map_err(serde::de::Error::custom),
        }
    }
}

answer! {
    /// One service of `service/get_details` (§7.10).
    ServiceDetails {
        /// Domain name.
        dname: String,
        /// Domain name (the other spelling).
        domain_name: String,
        /// Service type.
        servtype: String,
        /// Service ID, as text.
        service_id: String,
        /// Every additional datum of the service (contact data for domains; `login`, `passwd`,
        /// `server_ip`, `nss`, `fwds`, page settings, … for other services; grouped with
        /// `separate_groups`), as given: its members depend on the service type.
        details: Value,
        /// The domain's contacts (with `show_contacts_only`), as given (see `domain/create`).
        contacts: Value,
        /// `success`, or the error text.
        result: String,
        /// The service identification error code, when it failed.
        error_code: String,
        /// The error text, when given apart from `result`.
        error_text: String,
        /// The error parameters, when given.
        error_params: Value,
    }
}

answer! {
    /// `service/get_details` (§7.10).
    ServiceDetailsList {
        /// One entry per service.
        services: Vec<ServiceDetails>,
        /// One entry per domain (requests given as `domains`).
        domains: Vec<ServiceDetails>,
    }
}

answer! {
    /// The zone description of `domain/get_tld_info` (§8.27).
    TldInfo {
        /// Zone name.
        tld: String,
        /// Whether e-mail verification is needed.
        email_verification: bool,
        /// Whether IDN names are allowed.
        idn_allowed: bool,
        /// Longest domain name.
        max_dname_length: i64,
        /// Shortest domain name.
        min_dname_length: i64,
        /// Fewest name servers permitted.
        min_nss_count: i64,
        /// Most name servers permitted.
        max_nss_count: i64,
        /// Whether privacy protection is permitted.
        privacy_protection_allowed: bool,
        /// Registration periods, as given (`1`, or a list or range).
        regperiods: String,
        /// Days after registration during which renewal is forbidden.
        reject_days_of_renew_after_create: i64,
        /// Days for renewal before the expiration date.
        renew_grace_period_before_expdate: i64,
        /// Days for renewal after the expiration date.
        renew_grace_period_after_expdate: i64,
        /// Renewal periods, as given.
        renewperiods: String,
        /// Days to restore after expiration + renewal grace period.
        restoration_grace_period: i64,
    }
}

answer! {
    /// `domain/get_tld_info` (§8.27).
    TldInfoAnswer {
        /// The zone.
        tld_info: TldInfo,
    }
}

answer! {
    /// One "to be released" domain of `domain/get_rereg_data` (§8.11) or one bid of
    /// `domain/get_user_rereg_bids` (§8.13). Statistics (`yandex_tic`, `google_pr`, attendance,
    /// views, traffic) stay text, as the service writes them (`"null"` included).
    ReregDomain {
        /// Domain name.
        dname: String,
        /// Domain zone.
        tld: String,
        /// First registration date.
        first_create_date: String,
        /// First registration date (§8.13's name).
        first_creation_date: String,
        /// Date of deletion from the registry.
        delete_date: String,
        /// Starting price (decimal text).
        start_price: String,
        /// Current bid (decimal text).
        bid: String,
        /// Current price (decimal text).
        price: String,
        /// Price at which the domain leaves the auction (decimal text).
        blitz_price: String,
        /// Average daily visitors.
        uni_avg_attendance: String,
        /// Average daily views.
        avg_viewings: String,
        /// Average daily traffic.
        all_avg_traffic: String,
        /// Search queries.
        search_query_list: String,
        /// Yandex TIC.
        yandex_tic: String,
        /// Mirrors (`tic_mirrors`).
        tic_mirrors: String,
        /// Google PageRank.
        google_pr: String,
        /// Registrar currently managing the domain.
        registrar: String,
        /// Premium domain.
        is_recommended: bool,
        /// The lot is available for auction (§8.13).
        is_active: bool,
        /// Your latest bid (§8.13, decimal text).
        user_bid: String,
        /// The highest bid placed (§8.13).
        max_bid: String,
        /// Smallest next bid (§8.13); absent when the lot is inactive.
        next_price: String,
    }
}

/// `domain/get_rereg_data` (§8.11): the domains, in order.
pub type ReregData = Rows<ReregDomain>;

answer! {
    /// `domain/get_user_rereg_bids` (§8.13).
    UserReregBids {
        /// The domains bid on.
        domains: Vec<ReregDomain>,
        /// The allowed bids of each zone, as given.
        rereg_bids: Value,
    }
}

answer! {
    /// One service type of `service/get_servtype_details` (§7.3).
    ServtypeDetails {
        /// Service type.
        servtype: String,
        /// Service subtype.
        subtype: String,
        /// Unit of the periods (`year`, `month`).
        unit: String,
        /// Extra parameters, as given.
        extparams: Value,
        /// Whether the service can be renewed.
        is_renewable: bool,
        /// Service name.
        commonname: String,
        /// Periods of a new order, as given (`1-10`).
        periods_new: String,
        /// Periods of a renewal, as given.
        periods_renew: String,
        /// Price of a new order (decimal text).
        price_new: String,
        /// Price of a renewal (decimal text).
        price_renew: String,
        /// Prices of a new order by period (with `unroll_prices`), as given.
        prices_new: Value,
        /// Prices of a renewal by period (with `unroll_prices`), as given.
        prices_renew: Value,
    }
}

/// `service/get_servtype_details` (§7.3): one entry per service type.
pub type ServtypeDetailsList = Rows<ServtypeDetails>;

answer! {
    /// A payment or order: `service/create` (§7.4), `service/refill` (§7.23),
    /// `user/refill_balance` (§5.5), `service/upgrade` (§7.19).
    Payment {
        /// Description of the result.
        descr: String,
        /// The invoice.
        bill_id: String,
        /// Amount (decimal text).
        payment: String,
        /// Total amount, payment system interest included (decimal text).
        total_payment: String,
        /// Currency.
        currency: String,
        /// Payment method.
        pay_type: String,
        /// Notes on the payment.
        pay_notes: String,
        /// WebMoney invoice ID.
        wm_invid: String,
        /// The service, as text.
        service_id: String,
        /// The parent service, as text.
        uplink_service_id: String,
        /// Link to finish a mail.ru order (`srv_mail_ru`).
        regruadd_url: String,
        /// Domain name.
        dname: String,
        /// Service subtype.
        subtype: String,
        /// E-mail address.
        email: String,
        /// `service/upgrade`: the amount charged (decimal text).
        withdrawed_amount: String,
        /// `service/upgrade`: the amount returned (decimal text).
        returned_amount: String,
        /// `service/upgrade`: the new service's ID, as text.
        new_service_id: String,
    }
}

answer! {
    /// `service/check_create` (§7.5).
    CheckCreate {
        /// Description of the result.
        descr: String,
        /// The parameters as checked, as given.
        param: Value,
    }
}

answer! {
    /// A one-line text answer: `service/update` (§7.12).
    Description {
        /// Description of the result.
        descr: String,
    }
}

answer! {
    /// One folder of `service/get_folders` (§7.9).
    Folder {
        /// Folder ID, as text.
        folder_id: String,
        /// Folder name.
        folder_name: String,
    }
}

answer! {
    /// `service/get_folders` (§7.9).
    Folders {
        /// The folders.
        folders: Vec<Folder>,
    }
}

answer! {
    /// One server of `service/get_dedicated_server_list` (§7.11). Counts as whole numbers; sizes and
    /// traffic as given (text: sizes carry units, `512Mb`).
    DedicatedServer {
        /// Server ID, as text.
        server_id: String,
        /// Processor.
        cpu_content: String,
        /// Number of processors.
        cpu_count: i64,
        /// Number of cores.
        cpu_core: i64,
        /// Memory type.
        ram_content: String,
        /// Number of memory modules.
        ram_count: i64,
        /// Memory size.
        ram_size: String,
        /// Disk type.
        hdd_content: String,
        /// Number of disks.
        hdd_count: i64,
        /// Disk size.
        hdd_size: String,
        /// Monthly traffic.
        month_traf: String,
        /// Retail price (decimal text).
        price_retail: String,
    }
}

answer! {
    /// `service/get_dedicated_server_list` (§7.11).
    DedicatedServers {
        /// The servers.
        server_list: Vec<DedicatedServer>,
    }
}

answer! {
    /// One service of `service/get_bills` (§7.14).
    ServiceBills {
        /// Domain name.
        dname: String,
        /// Service ID, as text.
        service_id: String,
        /// Service type.
        servtype: String,
        /// The invoice IDs, as text.
        bills: Vec<String>,
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
    /// `service/get_bills` (§7.14).
    ServiceBillsList {
        /// One entry per service.
        services: Vec<ServiceBills>,
        /// One entry per domain (requests given as `domains`).
        domains: Vec<ServiceBills>,
    }
}

answer! {
    /// `service/get_depreciated_period` (§7.18).
    DepreciatedPeriod {
        /// Number of whole periods left before the service expires.
        depreciated_period: i64,
    }
}

answer! {
    /// `service/get_balance` (§7.25).
    ServiceBalance {
        /// Balance of the external service (decimal text).
        balance: String,
        /// Its currency.
        currency: String,
    }
}

answer! {
    /// `service/partcontrol_grant` (§7.20) and `service/partcontrol_revoke` (§7.21).
    PartControl {
        /// The login granted partial control.
        newlogin: String,
        /// The service, as text.
        service_id: String,
    }
}

answer! {
    /// A link: `service/seowizard_manage_link` (`link`, §7.26), `service/get_websitebuilder_link`
    /// (`link`, §7.27), `user/get_reseller_url`,
    /// `hosting/get_jelastic_refill_url`, `hosting/get_parallelswpb_constructor_url` (`url`).
    Link {
        /// The link (§7.26).
        link: String,
        /// The URL.
        url: String,
    }
}

answer! {
    /// One entry of a folder's content (§12).
    FolderItem {
        /// Domain name.
        domain_name: String,
        /// Domain name (the other spelling).
        dname: String,
        /// Service ID, as text.
        service_id: String,
        /// Service type.
        servtype: String,
    }
}

answer! {
    /// The `folder/*` functions that list or change a folder's services (§12.4–§12.9).
    FolderServices {
        /// One result per service added, removed or moved.
        services: Vec<Service>,
        /// The folder's content (`folder/rename`, `folder/get_services`, or with
        /// `return_folder_content`).
        folder_content: Vec<FolderItem>,
    }
}

answer! {
    /// `folder/nop` (§12.1): the folder.
    FolderRef {
        /// Folder ID, as text.
        id: String,
        /// Folder name.
        name: String,
    }
}

answer! {
    /// One DNSSEC record of `dnssec/get_records` (§10.7): DNSKEY/DS lines, or key data.
    DnssecRecord {
        /// The DNSKEY record, as text.
        #[serde(rename = "DNSKEY")]
        dnskey: String,
        /// The DS record, as text.
        #[serde(rename = "DS")]
        ds: String,
        /// Algorithm number, as text.
        alg: String,
        /// Digest.
        digest: String,
        /// Digest type, as text.
        digtype: String,
        /// Key tag, as text.
        keytag: String,
        /// Flags, as text.
        flags: String,
        /// Protocol, as text.
        protocol: String,
        /// Public key.
        pubkey: String,
    }
}

answer! {
    /// One domain of the `dnssec/*` functions (§10), and of `domain/get_transfer_status` (§8.9).
    DomainStatus {
        /// Domain name.
        dname: String,
        /// Domain name (the other spelling).
        domain_name: String,
        /// Service ID, as text.
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
        /// DNSSEC status (`enabled`, `disabled`, `updating`, …) or transfer status
        /// (`pendingTransfer`, …).
        status: String,
        /// The DNSSEC records (`dnssec/get_records`).
        records: Vec<DnssecRecord>,
    }
}

answer! {
    /// The `dnssec/*` functions (§10) and `domain/get_transfer_status` (§8.9).
    DomainStatuses {
        /// One entry per domain.
        domains: Vec<DomainStatus>,
        /// One entry per service (requests given as `services`).
        services: Vec<DomainStatus>,
    }
}

answer! {
    /// One category of `shop/get_category_list` (§13.6).
    ShopCategory {
        /// Category ID, as text.
        id: String,
        /// Category name.
        category_name: String,
        /// Subcategories.
        subcategories: Vec<ShopCategory>,
    }
}

answer! {
    /// `shop/get_category_list` (§13.6).
    ShopCategories {
        /// The categories.
        category_list: Vec<ShopCategory>,
    }
}

answer! {
    /// A lot of the domain shop: `shop/get_info` (§13.4) and each entry of `shop/get_lot_list`
    /// (§13.5). `keywords` and `category_ids` are kept as given (a list in §13.4, text in §13.5).
    ShopLot {
        /// Domain name.
        dname: String,
        /// Punycode domain name.
        dname_puny: String,
        /// `fixed` or `offer`.
        price_type: String,
        /// Price (decimal text).
        start_price: String,
        /// Price (decimal text).
        price: String,
        /// The site is sold too.
        site: bool,
        /// The brand is sold too.
        tm: bool,
        /// Description.
        description: String,
        /// Keywords, as given.
        keywords: Value,
        /// Category IDs, as given.
        category_ids: Value,
        /// Category IDs (§13.4's example).
        category_list: Vec<String>,
        /// View count, as given (`"null"` included).
        lot_hits: String,
        /// Number of bids.
        bids_cnt: i64,
        /// First registration date.
        first_create_domain: String,
        /// Registration date.
        creation_date: String,
        /// Date placed on sale.
        lot_date: String,
        /// Date last changed.
        lot_mtime: String,
        /// Whether the lot is on sale.
        is_online: bool,
        /// Yandex TIC.
        yandex_tic: String,
        /// Google PageRank.
        google_pr: String,
    }
}

answer! {
    /// `shop/get_lot_list` (§13.5).
    ShopLots {
        /// Number of lots.
        lots_cnt: i64,
        /// The lots (the document's example gives each member as its own entry).
        lots: Vec<ShopLot>,
    }
}

answer! {
    /// `shop/get_suggested_tags` (§13.7).
    ShopTags {
        /// The tags.
        tags: Vec<String>,
    }
}

answer! {
    /// `shop/nop` (§13.1).
    ShopLotRef {
        /// The lot's ID, as text.
        lot_id: String,
    }
}

answer! {
    /// One theme of `hosting/get_rs_themes` (§11.5).
    RsTheme {
        /// Index page preview (small).
        img: String,
        /// Index page preview (big).
        img_big: String,
        /// Online demo.
        link: String,
        /// Theme name, used when ordering.
        name: String,
        /// Description.
        text: String,
        /// Priority in the list.
        priority: i64,
        /// Title.
        title: String,
    }
}

/// `hosting/get_rs_themes` (§11.5): the themes by name.
pub type RsThemes = BTreeMap<String, RsTheme>;

answer! {
    /// `user/create` (§5.2).
    NewUser {
        /// The new user's ID, as text.
        user_id: String,
    }
}

answer! {
    /// `user/get_statistics` (§5.3): counts.
    UserStatistics {
        /// Costs for the period (decimal text; with `date_from`/`date_till`).
        costs_for_period: String,
        /// Active domains.
        active_domains_cnt: i64,
        /// Active domains under partial control.
        active_domains_get_ctrl_cnt: i64,
        /// Domains to renew within 30 days.
        renew_domains_cnt: i64,
        /// Domains under partial control to renew within 30 days.
        renew_domains_get_ctrl_cnt: i64,
        /// Domains transferred in.
        trans_in_domains_cnt: i64,
        /// Undelegated domains.
        undelegated_domains_cnt: i64,
        /// Domains registered in the period.
        reg_domains_cnt: i64,
        /// Domain folders.
        domain_folders_cnt: i64,
    }
}

answer! {
    /// One alternative of `domain/get_suggest` (§8.3).
    Suggestion {
        /// The name.
        name: String,
        /// The zones it is available in.
        avail_in: Vec<String>,
    }
}

answer! {
    /// `domain/get_suggest` (§8.3).
    Suggestions {
        /// The alternatives.
        suggestions: Vec<Suggestion>,
    }
}

answer! {
    /// One domain of `domain/get_premium_prices` (§8.4).
    PremiumPrice {
        /// Domain name.
        domain_name: String,
        /// Registration period, in years.
        register_period: i64,
        /// Registration price (decimal text).
        register_price: String,
        /// Renewal period, in years.
        renew_period: i64,
        /// Renewal price (decimal text).
        renew_price: String,
    }
}

answer! {
    /// `domain/get_premium_prices` (§8.4).
    PremiumPrices {
        /// Currency of the prices.
        currency: String,
        /// The domains.
        domains: Vec<PremiumPrice>,
    }
}

answer! {
    /// One domain of `domain/get_deleted` (§8.5).
    DeletedDomain {
        /// Domain name.
        domain_name: String,
        /// Date of deletion.
        date_delete: String,
        /// Registration state (`NOT REGISTERED`, …).
        registered: String,
        /// First registration date.
        first_create_date: String,
        /// Yandex TIC.
        yandex_tic: String,
        /// Google PageRank.
        google_pr: String,
    }
}

answer! {
    /// `domain/get_deleted` (§8.5).
    DeletedDomains {
        /// The domains.
        domains: Vec<DeletedDomain>,
    }
}

answer! {
    /// `domain/get_docs_upload_uri` (§8.14).
    DocsUpload {
        /// Upload session ID, as text.
        docs_upload_sid: String,
        /// Upload page.
        url: String,
    }
}

answer! {
    /// The registry's reply of `domain/register_ns` (§8.17) and `domain/delete_ns` (§8.18).
    NsAction {
        /// `success`, or the failure.
        actionstatus: String,
        /// Description of the status.
        actionstatusdesc: String,
        /// Action (`AddCns`, `DelCnsIp`, …).
        actiontype: String,
        /// Description of the action.
        actiontypedesc: String,
        /// The domain.
        description: String,
        /// Status.
        status: String,
    }
}

answer! {
    /// `domain/register_ns` (§8.17) and `domain/delete_ns` (§8.18).
    NsActionAnswer {
        /// The registry's reply.
        resp: NsAction,
    }
}

answer! {
    /// One message of `domain/look_at_entering_list` (§8.24).
    EnteringMessage {
        /// Message ID, as text.
        id: String,
        /// Domain name.
        domain_name: String,
    }
}

answer! {
    /// `domain/look_at_entering_list` (§8.24).
    EnteringMessages {
        /// The messages.
        messages: Vec<EnteringMessage>,
    }
}

answer! {
    /// One domain of `domain/accept_or_refuse_entering_list` (§8.25).
    EnteringResult {
        /// Message ID, as text.
        id: String,
        /// Domain name.
        domain_name: String,
        /// The action asked.
        action_type: String,
        /// `accepted`, `refused`, or the error text.
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
    /// `domain/accept_or_refuse_entering_list` (§8.25).
    EnteringResults {
        /// One result per message.
        domains: Vec<EnteringResult>,
    }
}

answer! {
    /// `domain/send_email_verification_letter` (§8.28).
    VerificationStatus {
        /// `ALREADY_VERIFIED`, `NOT_VERIFIED`, `SENT` or `NOT_REQUIRED`.
        status: String,
    }
}

answer! {
    /// One price of `service/get_prices` (§7.2).
    ServicePrice {
        /// Service type (or zone).
        servortld: String,
        /// Service subtype (empty: the base one).
        subtype: String,
        /// Unit of the period (`month`, `year`).
        unit: String,
        /// Price (decimal text).
        price: String,
        /// Renewal price (with `show_renew_data`).
        renew_price: String,
    }
}

answer! {
    /// `service/get_prices` (§7.2).
    ServicePrices {
        /// Currency of the prices.
        currency: String,
        /// Rate plan, as text.
        pricegroup: String,
        /// Whether renewal prices are included.
        show_renew_data: bool,
        /// The prices.
        prices: Vec<ServicePrice>,
    }
}

answer! {
    /// `domain/nop` (§8.1): the domain's ID, when a domain name was passed.
    ServiceRef {
        /// The domain (service) ID, as text.
        service_id: String,
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
