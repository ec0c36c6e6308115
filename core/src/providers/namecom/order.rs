//! Order actions: `POST /api/order` with its five product kinds (shapes §6).

use super::Client;
use super::common::{
    ContactInput, input_flag, metadata, nameservers, opt_contact_list, string_list,
    validate_contacts,
};
use super::domains::period;
use super::envelope::{code_for_message, kind_for_code};
use crate::domain::DomainName;
use crate::error::Error;
use crate::operation::{Metadata, Operation, Safety};
use crate::wire::types::{Id, opt_int, opt_text};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// The products an order can buy ("Product Descriptions").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub enum OrderType {
    /// Register a domain.
    #[serde(rename = "domain/create")]
    DomainCreate,
    /// Renew a domain.
    #[serde(rename = "domain/renew")]
    DomainRenew,
    /// Buy WHOIS privacy for a domain.
    #[serde(rename = "whois_privacy/create")]
    WhoisPrivacyCreate,
    /// Renew WHOIS privacy.
    #[serde(rename = "whois_privacy/renew")]
    WhoisPrivacyRenew,
    /// Back-order a domain.
    #[serde(rename = "backorder/create")]
    BackorderCreate,
}

impl OrderType {
    /// The request's spelling (`domain/renew`).
    pub const fn as_str(self) -> &'static str {
        match self {
            OrderType::DomainCreate => "domain/create",
            OrderType::DomainRenew => "domain/renew",
            OrderType::WhoisPrivacyCreate => "whois_privacy/create",
            OrderType::WhoisPrivacyRenew => "whois_privacy/renew",
            OrderType::BackorderCreate => "backorder/create",
        }
    }

    /// The request type a response spelling stands for: the response writes renewals as
    /// `domain/renewal` and `whois_privacy/renewal`.
    pub fn from_response(s: &str) -> Option<OrderType> {
        match s {
            "domain/create" => Some(OrderType::DomainCreate),
            "domain/renew" | "domain/renewal" => Some(OrderType::DomainRenew),
            "whois_privacy/create" => Some(OrderType::WhoisPrivacyCreate),
            "whois_privacy/renew" | "whois_privacy/renewal" => Some(OrderType::WhoisPrivacyRenew),
            "backorder/create" => Some(OrderType::BackorderCreate),
            _ => None,
        }
    }
}

/// One product of an order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OrderItem {
    /// What to buy.
    pub order_type: OrderType,
    /// The domain it is for.
    pub domain_name: String,
    /// Name servers (`domain/create` only; default: the account's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nameservers: Option<Vec<String>>,
    /// Contacts (`domain/create` only; default: the account's); one contact object is accepted
    /// too and sent as a one-element list.
    #[serde(
        default,
        deserialize_with = "opt_contact_list",
        skip_serializing_if = "Option::is_none"
    )]
    pub contacts: Option<Vec<ContactInput>>,
    /// Years, 1–10 (every type but `backorder/create`; sent as an integer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Id>,
    /// `1` to buy or renew WHOIS privacy along with `domain/create` or `domain/renew` (then do not
    /// list a separate whois_privacy item for the same domain).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::wire::types::FlagInput>")
    )]
    pub whois_privacy: Option<Value>,
}

impl OrderItem {
    /// An item of `order_type` for `domain_name`, with `period` years (ignored for backorders).
    pub fn new(order_type: OrderType, domain_name: impl Into<String>, years: u32) -> Self {
        OrderItem {
            order_type,
            domain_name: domain_name.into(),
            nameservers: None,
            contacts: None,
            period: (order_type != OrderType::BackorderCreate).then(|| Id::from(u64::from(years))),
            whois_privacy: None,
        }
    }

    /// Adds the `whois_privacy: 1` flag.
    pub fn with_whois_privacy(mut self) -> Self {
        self.whois_privacy = Some(Value::from(1));
        self
    }
}

/// `POST /api/order` — "Order Actions: Process Order" (shapes §6).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Order {
    /// One or more products.
    pub items: Vec<OrderItem>,
}

#[derive(Serialize)]
struct ItemBody<'a> {
    order_type: &'static str,
    domain_name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    nameservers: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    contacts: Option<&'a [ContactInput]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    whois_privacy: Option<u8>,
}

#[derive(Serialize)]
struct OrderBody<'a> {
    items: Vec<ItemBody<'a>>,
}

fn item_body(i: usize, item: &OrderItem) -> Result<ItemBody<'_>, Error> {
    let f = |name: &str| format!("items[{i}].{name}");
    let t = item.order_type;
    let domain = DomainName::parse_field(&item.domain_name, &f("domain_name"))?;
    let period = match (t, &item.period) {
        (OrderType::BackorderCreate, Some(_)) => {
            return Err(Error::invalid_input(
                f("period"),
                "backorder/create takes only domain_name",
            ));
        }
        (OrderType::BackorderCreate, None) => None,
        (_, Some(p)) => Some(period(p, &f("period"))?),
        (_, None) => {
            return Err(Error::invalid_input(
                f("period"),
                format!("is required for {}", t.as_str()),
            ));
        }
    };
    let nameservers = match (&item.nameservers, t) {
        (None, _) => None,
        (Some(list), OrderType::DomainCreate) => Some(nameservers(list, &f("nameservers"))?),
        (Some(_), _) => {
            return Err(Error::invalid_input(
                f("nameservers"),
                format!("only domain/create takes name servers, not {}", t.as_str()),
            ));
        }
    };
    match (&item.contacts, t) {
        (None, _) => {}
        (Some(c), OrderType::DomainCreate) => validate_contacts(c, &f("contacts"))?,
        (Some(_), _) => {
            return Err(Error::invalid_input(
                f("contacts"),
                format!("only domain/create takes contacts, not {}", t.as_str()),
            ));
        }
    }
    let whois_privacy = match &item.whois_privacy {
        None => None,
        Some(v) => {
            let on = input_flag(&f("whois_privacy"), v)?;
            if on && !matches!(t, OrderType::DomainCreate | OrderType::DomainRenew) {
                return Err(Error::invalid_input(
                    f("whois_privacy"),
                    format!(
                        "the flag goes with domain/create or domain/renew, not {}",
                        t.as_str()
                    ),
                ));
            }
            on.then_some(1)
        }
    };
    Ok(ItemBody {
        order_type: t.as_str(),
        domain_name: domain.as_ascii().to_owned(),
        nameservers,
        contacts: item.contacts.as_deref(),
        period,
        whois_privacy,
    })
}

/// An item that failed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct OrderItemError {
    /// The error kind (`unavailable`, `invalid_input`, `insufficient_funds`, `rejected`, …), as in
    /// the crate's error kinds.
    pub kind: String,
    /// The item's `information` messages, joined with `"; "`.
    pub message: String,
    /// The response code whose documented message starts the first `information` message
    /// ("Parameter Value Error - …" → `"204"`); the item itself carries no code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

/// The result of one purchased product.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct OrderItemResult {
    /// Whether this item succeeded (`success: true`).
    pub ok: bool,
    /// The product, in the request's spelling (`domain/renew` for the response's
    /// `domain/renewal`).
    pub order_type: String,
    /// The response's spelling, when it differs from `order_type`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_order_type: Option<String>,
    /// The domain.
    pub domain_name: String,
    /// Price as the provider's text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<String>,
    /// Length (`duration`; the backorder entry writes `period`), in `interval`s.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// `"year"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<String>,
    /// The provider's messages for this item.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub information: Vec<String>,
    /// Why the item failed (`ok: false`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<OrderItemError>,
    /// Every other member, unchanged (an entry that is not a readable item is kept whole as
    /// `raw_item`, with a `protocol` error).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One result per purchased product.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct OrderOutput {
    /// `true` only when there are results and every one succeeded; check `items` otherwise.
    pub all_succeeded: bool,
    /// One entry per entry of the response's `results`, in order (the items the `whois_privacy`
    /// flag adds come after the main items).
    pub items: Vec<OrderItemResult>,
    /// Every other member, unchanged.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Deserialize)]
struct RawItem {
    #[serde(default)]
    success: Option<Value>,
    #[serde(default, deserialize_with = "opt_text")]
    order_type: Option<String>,
    #[serde(default, deserialize_with = "opt_text")]
    domain_name: Option<String>,
    #[serde(default, deserialize_with = "opt_text")]
    price: Option<String>,
    #[serde(default, deserialize_with = "opt_int")]
    duration: Option<i64>,
    #[serde(default, deserialize_with = "opt_int")]
    period: Option<i64>,
    #[serde(default, deserialize_with = "opt_text")]
    interval: Option<String>,
    #[serde(default, deserialize_with = "string_list")]
    information: Vec<String>,
    #[serde(flatten)]
    extra: Map<String, Value>,
}

/// An entry of `results` that is not the documented item shape: reported as that item's
/// `protocol` error, kept whole under `raw_item`, so the other items' outcomes are not lost.
fn unreadable_item(index: usize, v: Value, reason: &str) -> OrderItemResult {
    let member = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_owned);
    let order_type = member("order_type").unwrap_or_default();
    let (order_type, provider_order_type) = match OrderType::from_response(&order_type) {
        Some(t) if t.as_str() != order_type => (t.as_str().to_owned(), Some(order_type)),
        _ => (order_type, None),
    };
    let domain_name = member("domain_name").unwrap_or_default();
    let mut extra = Map::new();
    extra.insert("raw_item".into(), v);
    OrderItemResult {
        ok: false,
        order_type,
        provider_order_type,
        domain_name,
        price: None,
        duration: None,
        interval: None,
        information: Vec::new(),
        error: Some(OrderItemError {
            kind: crate::ErrorKind::Protocol.as_str().to_owned(),
            message: format!(
                "results[{index}] is not a readable order item ({reason}); confirm with domain/get"
            ),
            code: None,
        }),
        extra,
    }
}

fn item_result(index: usize, v: Value) -> OrderItemResult {
    let item: RawItem = match v {
        Value::Object(_) => match serde_json::from_value(v.clone()) {
            Ok(item) => item,
            Err(e) => return unreadable_item(index, v, &e.to_string()),
        },
        other => return unreadable_item(index, other, "not an object"),
    };
    let mut extra = item.extra;
    let success = match &item.success {
        Some(Value::Bool(b)) => Some(*b),
        Some(Value::Number(n)) => n.as_u64().map(|n| n == 1),
        Some(Value::String(s)) => match s.trim() {
            "1" | "true" => Some(true),
            "0" | "false" | "" => Some(false),
            _ => None,
        },
        _ => None,
    };
    let received = item.order_type.unwrap_or_default();
    let (order_type, provider_order_type) = match OrderType::from_response(&received) {
        Some(t) if t.as_str() == received => (received, None),
        Some(t) => (t.as_str().to_owned(), Some(received)),
        None => (received, None),
    };
    let duration = match (item.duration, item.period) {
        (Some(d), Some(p)) => {
            extra.insert("period".into(), Value::from(p));
            Some(d)
        }
        (d, p) => d.or(p),
    };
    let error = match success {
        Some(true) => None,
        Some(false) => {
            let first = item
                .information
                .first()
                .map(String::as_str)
                .unwrap_or_default();
            let code = code_for_message(first);
            let kind = match code {
                Some(c) if c != 100 => kind_for_code(c, first),
                _ => crate::ErrorKind::Rejected,
            };
            let message = if item.information.is_empty() {
                "the item failed without a message".to_owned()
            } else {
                item.information.join("; ")
            };
            Some(OrderItemError {
                kind: kind.as_str().to_owned(),
                message,
                code: code.filter(|c| *c != 100).map(|c| c.to_string()),
            })
        }
        None => {
            if let Some(s) = item.success {
                extra.insert("success".into(), s);
            }
            Some(OrderItemError {
                kind: crate::ErrorKind::Protocol.as_str().to_owned(),
                message: "the item has no success flag (true or false)".to_owned(),
                code: None,
            })
        }
    };
    OrderItemResult {
        ok: error.is_none(),
        order_type,
        provider_order_type,
        domain_name: item.domain_name.unwrap_or_default(),
        price: item.price,
        duration,
        interval: item.interval,
        information: item.information,
        error,
        extra,
    }
}

impl Operation for Order {
    type Client = Client;
    type Output = OrderOutput;
    const METADATA: Metadata = metadata(
        "order",
        "POST",
        "/api/order",
        Safety::Unsafe,
        "namecom-legacy.txt Order Actions: Process Order",
        "Buy registrations, renewals, WHOIS privacy and backorders; one result per item.",
        Some("domain/get"),
    );

    fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
        if self.items.is_empty() {
            return Err(Error::invalid_input(
                "items",
                "must contain 1 or more products",
            ));
        }
        let items = self
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| item_body(i, item))
            .collect::<Result<Vec<_>, Error>>()?;
        // The document: do not send the whois_privacy flag AND a separate whois_privacy item for the
        // same domain ("One will fail if both are specified").
        for (i, flagged) in items.iter().enumerate() {
            if flagged.whois_privacy.is_none() {
                continue;
            }
            if let Some((j, _)) = items.iter().enumerate().find(|(_, other)| {
                other.domain_name == flagged.domain_name
                    && matches!(
                        other.order_type,
                        "whois_privacy/create" | "whois_privacy/renew"
                    )
            }) {
                return Err(Error::invalid_input(
                    format!("items[{i}].whois_privacy"),
                    format!(
                        "{} already has a separate whois_privacy item (items[{j}]); the document \
                         forbids sending both (one of them would fail): drop the flag or the item",
                        flagged.domain_name
                    ),
                ));
            }
        }
        client
            .request(http::Method::POST, "order")?
            .json(&OrderBody { items })?
            .build()
    }

    fn parse(response: http::Response<&[u8]>) -> Result<OrderOutput, Error> {
        let (mut map, raw) = super::envelope::read(&response, false)?;
        let results = match map.remove("results") {
            Some(Value::Array(a)) => a,
            Some(other) => {
                return Err(Error::protocol(
                    format!("expected \"results\" to be a list, found {other}"),
                    raw,
                ));
            }
            None => {
                return Err(Error::protocol(
                    "the order answer has no \"results\": the outcome of each item is unknown; \
                     confirm with domain/get",
                    raw,
                ));
            }
        };
        let items: Vec<OrderItemResult> = results
            .into_iter()
            .enumerate()
            .map(|(i, v)| item_result(i, v))
            .collect();
        Ok(OrderOutput {
            all_succeeded: !items.is_empty() && items.iter().all(|i| i.ok),
            items,
            extra: map,
        })
    }
}
