//! Contact data and templates (§2 contact blocks, §3–§5).

use super::Client;
use super::envelope;
use crate::error::Error;
use crate::operation::{Metadata, Operation, Safety};
use crate::response::from_value;
use crate::wire::types::{Id, text};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// Contact data as §3 lists it (field order as the document's examples).
///
/// `client_type` is `l` (legal entity) or `p` (individual). A legal entity needs `tax_id`,
/// `org_name`, `bank_name` and `bank_code`; an individual needs `passport_number`, `passport_date`
/// (`YYYY-MM-DD`) and `passport_place`. Fields that do not apply may be left out or sent as `""`
/// (the document's update example does that).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ContactData {
    /// `l` (legal entity) or `p` (individual).
    pub client_type: String,
    /// Taxpayer identification number (legal entities).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_id: Option<String>,
    /// Organisation name (legal entities).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_name: Option<String>,
    /// Bank name (legal entities).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_name: Option<String>,
    /// Bank code (legal entities).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_code: Option<String>,
    /// Passport number (individuals).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passport_number: Option<String>,
    /// Passport issue date, `YYYY-MM-DD` (individuals).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passport_date: Option<String>,
    /// Place of issue of the passport (individuals).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passport_place: Option<String>,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// E-mail address.
    pub email: String,
    /// Region or state (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Phone country code, digits (`998`).
    pub phone_code: String,
    /// Phone number, digits.
    pub phone: String,
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
    /// Postal code.
    pub post_code: String,
    /// City.
    pub city: String,
    /// Street address.
    pub address: String,
}

fn non_empty(field: &str, v: &str) -> Result<(), Error> {
    if v.trim().is_empty() {
        Err(Error::invalid_input(field, "is required"))
    } else if v.chars().any(|c| c.is_control() && c != '\t') {
        Err(Error::invalid_input(
            field,
            "must not contain line breaks or control characters",
        ))
    } else {
        Ok(())
    }
}

fn required_opt(field: &str, v: &Option<String>, why: &str) -> Result<(), Error> {
    match v {
        Some(s) if !s.trim().is_empty() => non_empty(field, s),
        _ => Err(Error::invalid_input(field, format!("is required {why}"))),
    }
}

/// `YYYY-MM-DD` with a plausible month and day.
pub(crate) fn check_date(field: &str, v: &str) -> Result<(), Error> {
    let b = v.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    let ok = b.len() == 10
        && digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10)
        && v.get(5..7)
            .and_then(|m| m.parse::<u8>().ok())
            .is_some_and(|m| (1..=12).contains(&m))
        && v.get(8..10)
            .and_then(|d| d.parse::<u8>().ok())
            .is_some_and(|d| (1..=31).contains(&d));
    if ok {
        Ok(())
    } else {
        Err(Error::invalid_input(
            field,
            format!("{v:?} is not a date in the form YYYY-MM-DD"),
        ))
    }
}

impl ContactData {
    /// Validates the data as §3 requires, naming fields with `prefix` (e.g. `contactTech.`).
    pub fn validate(&self, prefix: &str) -> Result<(), Error> {
        let f = |name: &str| format!("{prefix}{name}");
        match self.client_type.as_str() {
            "l" => {
                let why = "for a legal entity (client_type \"l\")";
                required_opt(&f("tax_id"), &self.tax_id, why)?;
                required_opt(&f("org_name"), &self.org_name, why)?;
                required_opt(&f("bank_name"), &self.bank_name, why)?;
                required_opt(&f("bank_code"), &self.bank_code, why)?;
            }
            "p" => {
                let why = "for an individual (client_type \"p\")";
                required_opt(&f("passport_number"), &self.passport_number, why)?;
                required_opt(&f("passport_date"), &self.passport_date, why)?;
                required_opt(&f("passport_place"), &self.passport_place, why)?;
            }
            other => {
                return Err(Error::invalid_input(
                    f("client_type"),
                    format!("{other:?} is neither \"l\" (legal entity) nor \"p\" (individual)"),
                ));
            }
        }
        if let Some(d) = self.passport_date.as_deref().filter(|d| !d.is_empty()) {
            check_date(&f("passport_date"), d)?;
        }
        non_empty(&f("first_name"), &self.first_name)?;
        non_empty(&f("last_name"), &self.last_name)?;
        non_empty(&f("email"), &self.email)?;
        let email = self.email.trim();
        let valid_email = email.split_once('@').is_some_and(|(local, host)| {
            !local.is_empty()
                && host.contains('.')
                && !host.starts_with('.')
                && !host.ends_with('.')
        }) && !email.chars().any(char::is_whitespace)
            && email.matches('@').count() == 1;
        if !valid_email {
            return Err(Error::invalid_input(
                f("email"),
                format!("{email:?} is not an e-mail address"),
            ));
        }
        non_empty(&f("phone_code"), &self.phone_code)?;
        if !self
            .phone_code
            .trim()
            .trim_start_matches('+')
            .chars()
            .all(|c| c.is_ascii_digit())
        {
            return Err(Error::invalid_input(
                f("phone_code"),
                "must be digits (a country calling code)",
            ));
        }
        non_empty(&f("phone"), &self.phone)?;
        if !self.phone.chars().all(|c| c.is_ascii_digit()) {
            return Err(Error::invalid_input(f("phone"), "must be digits only"));
        }
        non_empty(&f("country"), &self.country)?;
        if self.country.len() != 2 || !self.country.chars().all(|c| c.is_ascii_alphabetic()) {
            return Err(Error::invalid_input(
                f("country"),
                "must be an ISO 3166-1 alpha-2 code such as \"UZ\"",
            ));
        }
        non_empty(&f("post_code"), &self.post_code)?;
        non_empty(&f("city"), &self.city)?;
        non_empty(&f("address"), &self.address)?;
        for (name, v) in [
            ("tax_id", &self.tax_id),
            ("org_name", &self.org_name),
            ("bank_name", &self.bank_name),
            ("bank_code", &self.bank_code),
            ("passport_number", &self.passport_number),
            ("passport_place", &self.passport_place),
            ("state", &self.state),
        ] {
            if let Some(s) = v.as_deref().filter(|s| !s.is_empty()) {
                non_empty(&f(name), s)?;
            }
        }
        Ok(())
    }
}

/// A contact template as the provider returns it (§3–§5, and the contacts in §7).
///
/// Identifiers are read from numbers or strings and kept as strings; `country` is the country's
/// name and `country_code` its ISO code. Members not listed here are kept in `extra`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct ContactTemplate {
    /// Template id.
    #[serde(default, deserialize_with = "text")]
    pub id: String,
    /// `l` or `p`.
    #[serde(default, deserialize_with = "text")]
    pub client_type: String,
    /// Tax id.
    #[serde(default, deserialize_with = "text")]
    pub tax_id: String,
    /// Organisation.
    #[serde(default, deserialize_with = "text")]
    pub org_name: String,
    /// Bank name.
    #[serde(default, deserialize_with = "text")]
    pub bank_name: String,
    /// Bank code.
    #[serde(default, deserialize_with = "text")]
    pub bank_code: String,
    /// Passport number.
    #[serde(default, deserialize_with = "text")]
    pub passport_number: String,
    /// Passport date.
    #[serde(default, deserialize_with = "text")]
    pub passport_date: String,
    /// Passport place.
    #[serde(default, deserialize_with = "text")]
    pub passport_place: String,
    /// First name.
    #[serde(default, deserialize_with = "text")]
    pub first_name: String,
    /// Last name.
    #[serde(default, deserialize_with = "text")]
    pub last_name: String,
    /// E-mail.
    #[serde(default, deserialize_with = "text")]
    pub email: String,
    /// Phone country code.
    #[serde(default, deserialize_with = "text")]
    pub phone_code: String,
    /// Phone.
    #[serde(default, deserialize_with = "text")]
    pub phone: String,
    /// Country name (`United States`).
    #[serde(default, deserialize_with = "text")]
    pub country: String,
    /// ISO country code (`US`).
    #[serde(default, deserialize_with = "text")]
    pub country_code: String,
    /// Region or state.
    #[serde(default, deserialize_with = "text")]
    pub state: String,
    /// Postal code.
    #[serde(default, deserialize_with = "text")]
    pub post_code: String,
    /// City.
    #[serde(default, deserialize_with = "text")]
    pub city: String,
    /// Address.
    #[serde(default, deserialize_with = "text")]
    pub address: String,
    /// Every other member, unchanged (`iduzurl`, `nick`, …).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The list of templates (§4).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct ContactTemplates {
    /// The templates, in the provider's order.
    pub templates: Vec<ContactTemplate>,
}

/// `POST /api/client/contacts/create_contact_template` — §3 "Creating a contact template".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(transparent)]
pub struct CreateContactTemplate {
    /// The contact data.
    pub contact: ContactData,
}

impl CreateContactTemplate {
    /// A template from contact data.
    pub fn new(contact: ContactData) -> Self {
        CreateContactTemplate { contact }
    }
}

impl Operation for CreateContactTemplate {
    type Client = Client;
    type Output = ContactTemplate;
    const METADATA: Metadata = Metadata {
        provider: "alldomains",
        name: "contacts/create_contact_template",
        method: "POST",
        path: "/api/client/contacts/create_contact_template",
        safety: Safety::Unsafe,
        doc: "alldomains-uz.txt §3 Creating a contact template",
        summary: "Create a reusable contact template.",
        confirm_with: Some("contacts/get_contacts_templates"),
        timeout_secs: None,
        notes: &[],
    };

    fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
        self.contact.validate("")?;
        client
            .request(http::Method::POST, "contacts/create_contact_template")?
            .json(&self.contact)?
            .build()
    }

    fn parse(response: http::Response<&[u8]>) -> Result<ContactTemplate, Error> {
        let (value, raw) = envelope::result(&response)?;
        from_value(value, raw)
    }
}

/// `POST /api/client/contacts/get_contacts_templates` — §4 "Getting contact templates" (no body).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GetContactTemplates {}

impl Operation for GetContactTemplates {
    type Client = Client;
    type Output = ContactTemplates;
    const METADATA: Metadata = Metadata {
        provider: "alldomains",
        name: "contacts/get_contacts_templates",
        method: "POST",
        path: "/api/client/contacts/get_contacts_templates",
        safety: Safety::Safe,
        doc: "alldomains-uz.txt §4 Getting contact templates",
        summary: "List every saved contact template.",
        confirm_with: None,
        timeout_secs: None,
        notes: &[],
    };

    fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
        client
            .request(http::Method::POST, "contacts/get_contacts_templates")?
            .build()
    }

    fn parse(response: http::Response<&[u8]>) -> Result<ContactTemplates, Error> {
        let (value, raw) = envelope::result(&response)?;
        let templates = match value {
            Value::Array(_) => from_value(value, raw)?,
            // A PHP backend may send an empty list as `{}` or an id-keyed object.
            Value::Object(map) => map
                .into_iter()
                .map(|(_, v)| from_value(v, raw))
                .collect::<Result<Vec<ContactTemplate>, Error>>()?,
            Value::Null => Vec::new(),
            other => {
                return Err(Error::protocol(
                    format!("expected a list of templates, found {other}"),
                    raw,
                ));
            }
        };
        Ok(ContactTemplates { templates })
    }
}

/// `POST /api/client/contacts/update_contact_template` — §5 "Update your contact template".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct UpdateContactTemplate {
    /// The template to update (sent as a string).
    pub template_id: Id,
    /// The new data; "the remaining parameters are similar to creating a contact template".
    #[serde(flatten)]
    pub contact: ContactData,
    /// Members that are neither `template_id` nor contact fields; refused before sending.
    #[serde(flatten, default, skip_serializing)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub unknown: Map<String, Value>,
}

impl UpdateContactTemplate {
    /// An update of `template_id` to `contact`.
    pub fn new(template_id: impl Into<Id>, contact: ContactData) -> Self {
        UpdateContactTemplate {
            template_id: template_id.into(),
            contact,
            unknown: Map::new(),
        }
    }
}

impl Operation for UpdateContactTemplate {
    type Client = Client;
    type Output = ContactTemplate;
    const METADATA: Metadata = Metadata {
        provider: "alldomains",
        name: "contacts/update_contact_template",
        method: "POST",
        path: "/api/client/contacts/update_contact_template",
        safety: Safety::Idempotent,
        doc: "alldomains-uz.txt §5 Update your contact template",
        summary: "Replace the data of a contact template.",
        confirm_with: None,
        timeout_secs: None,
        notes: &[],
    };

    fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
        if let Some(k) = self.unknown.keys().next() {
            return Err(Error::invalid_input(k.as_str(), "unknown parameter"));
        }
        self.template_id.validate("template_id")?;
        self.contact.validate("")?;
        client
            .request(http::Method::POST, "contacts/update_contact_template")?
            .json(self)?
            .build()
    }

    fn parse(response: http::Response<&[u8]>) -> Result<ContactTemplate, Error> {
        let (value, raw) = envelope::result(&response)?;
        from_value(value, raw)
    }
}
