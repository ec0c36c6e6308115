//! Contact calls (`contacts/…`): create, read, search, delete the contacts a domain order uses.

use super::args::{Attributes, ContactStatus, Flag, List, Text, Uint};
use super::envelope::{
    Ack, ActionResult, NewId, Raw, Record, SearchResult, ack, action, id, raw, record, search,
};
use super::no_check;
use crate::error::Error;

fn max_len(value: &Text, key: &str, max: usize) -> Result<(), Error> {
    if value.0.chars().count() > max {
        return Err(Error::invalid_input(
            key,
            format!("at most {max} characters"),
        ));
    }
    Ok(())
}

fn digits(value: &Text, key: &str, min: usize, max: usize) -> Result<(), Error> {
    let t = value.0.trim();
    if !(min..=max).contains(&t.len()) || !t.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::invalid_input(key, format!("{min} to {max} digits")));
    }
    Ok(())
}

fn country(value: &Text) -> Result<(), Error> {
    let c = value.0.trim();
    if c.len() != 2 || !c.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Err(Error::invalid_input(
            "country",
            "an ISO 3166-1 alpha-2 code",
        ));
    }
    Ok(())
}

/// The field rules KB 790 gives for a contact (add and modify share them).
#[allow(clippy::too_many_arguments)]
fn contact_fields(
    kind: &str,
    name: &Text,
    company: &Text,
    email: &Text,
    address_line_1: &Text,
    city: &Text,
    ctry: &Text,
    zipcode: &Text,
    phone_cc: &Text,
    phone: &Text,
    state: Option<&Text>,
    fax_cc: Option<&Text>,
    fax: Option<&Text>,
) -> Result<(), Error> {
    let eu = kind == "EuContact";
    max_len(name, "name", 255)?;
    max_len(company, "company", if eu { 100 } else { 255 })?;
    if !email.0.contains('@') {
        return Err(Error::invalid_input("email", "must be an e-mail address"));
    }
    max_len(address_line_1, "address-line-1", 64)?;
    max_len(city, "city", 64)?;
    country(ctry)?;
    max_len(zipcode, "zipcode", if eu { 16 } else { 10 })?;
    digits(phone_cc, "phone-cc", 1, 3)?;
    digits(phone, "phone", 4, 12)?;
    if let Some(s) = state {
        max_len(s, "state", 64)?;
    }
    if let Some(f) = fax_cc {
        digits(f, "fax-cc", 1, 3)?;
    }
    if let Some(f) = fax {
        digits(f, "fax", 4, 12)?;
    }
    if kind == "RuContact" && company.0.split_whitespace().count() < 2 {
        return Err(Error::invalid_input(
            "company",
            "an RuContact company name has at least two words (N A or Not Applicable if none)",
        ));
    }
    if kind == "UkServiceContact"
        && !["GB", "IM", "JE", "GG"].contains(&ctry.0.trim().to_ascii_uppercase().as_str())
    {
        return Err(Error::invalid_input(
            "country",
            "a UkServiceContact is in GB, IM, JE or GG",
        ));
    }
    Ok(())
}

fn check_add(op: &ContactsAdd) -> Result<(), Error> {
    contact_fields(
        op.kind.0.trim(),
        &op.name,
        &op.company,
        &op.email,
        &op.address_line_1,
        &op.city,
        &op.country,
        &op.zipcode,
        &op.phone_cc,
        &op.phone,
        op.state.as_ref(),
        op.fax_cc.as_ref(),
        op.fax.as_ref(),
    )
}

operation! {
    /// `POST /api/contacts/add.json` — create a contact (KB 790,
    /// <https://manage.xwidea.com/kb/answer/790>); answers the new contact id.
    ///
    /// `type` names the registry's contact type (`Contact`, `EuContact`, `RuContact`, `CaContact`,
    /// `BrContact`/`BrOrgContact`, `EsContact`, `NycContact`, `UkServiceContact`, …); registry extra
    /// details (`.ASIA` `locality`/`legalentitytype`/`identform`/`identnumber`, `.BR`
    /// `organisationId`, `.CA` `CPR`, `.CN` `organisationVerificationId`, `.COOP` `sponsor1`) go in
    /// `attributes`.
    ContactsAdd = "contacts/add", POST, Unsafe, confirm: Some("contacts/search"),
    doc: "reference §3.1 Add a contact; https://manage.xwidea.com/kb/answer/790",
    summary: "Create a contact for a customer.",
    output: NewId = id, check: check_add,
    {
        /// Name (up to 255 characters).
        name: Text = "name",
        /// Company (up to 255; 100 for EuContact; `NA` for an EuContact without one).
        company: Text = "company",
        /// E-mail address.
        email: Text = "email",
        /// Address line 1 (up to 64).
        address_line_1: Text = "address-line-1",
        /// City (up to 64).
        city: Text = "city",
        /// ISO 3166-1 alpha-2 country code.
        country: Text = "country",
        /// ZIP code (up to 10; 16 for EuContact).
        zipcode: Text = "zipcode",
        /// Phone country code (1–3 digits).
        phone_cc: Text = "phone-cc",
        /// Phone (4–12 digits).
        phone: Text = "phone",
        /// The customer who will own the contact.
        customer_id: Uint = "customer-id",
        /// Contact type (`Contact`, `EuContact`, …).
        kind: Text = "type",
        /// Address line 2.
        address_line_2: Option<Text> = "address-line-2",
        /// Address line 3.
        address_line_3: Option<Text> = "address-line-3",
        /// State (up to 64).
        state: Option<Text> = "state",
        /// Fax country code (1–3 digits).
        fax_cc: Option<Text> = "fax-cc",
        /// Fax (4–12 digits).
        fax: Option<Text> = "fax",
        /// Registry extra details, in order.
        attributes: Option<Attributes> = "attributes",
    }
}

fn check_modify(op: &ContactsModify) -> Result<(), Error> {
    contact_fields(
        "",
        &op.name,
        &op.company,
        &op.email,
        &op.address_line_1,
        &op.city,
        &op.country,
        &op.zipcode,
        &op.phone_cc,
        &op.phone,
        op.state.as_ref(),
        op.fax_cc.as_ref(),
        op.fax.as_ref(),
    )
}

operation! {
    /// `POST /api/contacts/modify.json` — modify a contact (KB 791,
    /// <https://my.biu.hk/kb/node/791>; parameters in the order of the only example URL, a client
    /// library's). **Deprecated by the vendor** since 1 December 2016: create
    /// a new contact and assign it with `domains/modify-contact` instead.
    ContactsModify = "contacts/modify", POST, Idempotent, confirm: None,
    doc: "reference §3.2 Modify a contact (deprecated); https://my.biu.hk/kb/node/791",
    summary: "Modify a contact (deprecated by the vendor).",
    output: Raw = raw, check: check_modify,
    {
        /// The contact.
        contact_id: Uint = "contact-id",
        /// Name.
        name: Text = "name",
        /// Company (`N/A` for a natural person).
        company: Text = "company",
        /// E-mail address.
        email: Text = "email",
        /// Address line 1.
        address_line_1: Text = "address-line-1",
        /// City.
        city: Text = "city",
        /// ISO 3166-1 alpha-2 country code.
        country: Text = "country",
        /// ZIP code.
        zipcode: Text = "zipcode",
        /// Phone country code.
        phone_cc: Text = "phone-cc",
        /// Phone.
        phone: Text = "phone",
        /// Address line 2.
        address_line_2: Option<Text> = "address-line-2",
        /// Address line 3.
        address_line_3: Option<Text> = "address-line-3",
        /// State.
        state: Option<Text> = "state",
        /// Fax country code.
        fax_cc: Option<Text> = "fax-cc",
        /// Fax.
        fax: Option<Text> = "fax",
    }
}

operation! {
    /// `GET /api/contacts/details.json` — contact details (KB 792,
    /// <https://manage.xwidea.com/kb/node/792>).
    ContactsDetails = "contacts/details", GET, Safe, confirm: None,
    doc: "reference §3.3 Contact details; https://manage.xwidea.com/kb/node/792",
    summary: "Get a contact's details.",
    output: Record = record, check: no_check,
    {
        /// The contact.
        contact_id: Uint = "contact-id",
    }
}

operation! {
    /// `GET /api/contacts/search.json` — search contacts (KB 793,
    /// <https://manage.xwidea.com/kb/answer/793>). Parameters go in the example's order.
    ContactsSearch = "contacts/search", GET, Safe, confirm: None,
    doc: "reference §3.4 Search contacts; https://manage.xwidea.com/kb/answer/793",
    summary: "Search a customer's contacts, one page at a time.",
    output: SearchResult = search, check: no_check,
    {
        /// The customer.
        customer_id: Uint = "customer-id",
        /// Only these contacts.
        #[serde(default)]
        contact_id: Vec<Uint> = "contact-id",
        /// Page size.
        no_of_records: Uint = "no-of-records",
        /// Page number.
        page_no: Uint = "page-no",
        /// `InActive`, `Active`, `Suspended`, `Deleted`.
        #[serde(default)]
        status: Vec<ContactStatus> = "status",
        /// Name.
        name: Option<Text> = "name",
        /// Company.
        company: Option<Text> = "company",
        /// E-mail.
        email: Option<Text> = "email",
        /// Contact type (`Contact`, `UkContact`, `EuContact`, …).
        kind: Option<Text> = "type",
        /// Also return invalid contacts.
        include_invalid: Option<Flag> = "include-invalid",
    }
}

operation! {
    /// `POST /api/contacts/delete.json` — delete a contact (KB 796,
    /// <https://manage.xwidea.com/kb/answer/796>).
    ContactsDelete = "contacts/delete", POST, Idempotent, confirm: None,
    doc: "reference §3.5 Delete a contact; https://manage.xwidea.com/kb/answer/796",
    summary: "Delete a contact.",
    output: ActionResult = action, check: no_check,
    {
        /// The contact.
        contact_id: Uint = "contact-id",
    }
}

operation! {
    /// `POST /api/contacts/default.json` — a customer's default contacts (KB 794,
    /// <https://cp.cn.hostgator.com/kb/answer/794>). POST as printed, although it only reads.
    ContactsDefault = "contacts/default", POST, Safe, confirm: None,
    doc: "reference §3.6 Default contacts; https://cp.cn.hostgator.com/kb/answer/794",
    summary: "Get a customer's default contacts for contact types.",
    output: Record = record, check: no_check,
    {
        /// The customer.
        customer_id: Uint = "customer-id",
        /// Contact types (`Contact`, `CnContact`, …), in order.
        kind: List<Text> = "type",
    }
}

operation! {
    /// `POST /api/contacts/set-details.json` — attach registry extra details to a contact (KB 795,
    /// <https://antcloud.china.myorderbox.com/kb/answer/795>). **Deprecated by the vendor**: create
    /// a contact with `attributes` instead. Answers `true`; `false` is an error.
    ContactsSetDetails = "contacts/set-details", POST, Idempotent, confirm: None,
    doc: "reference §3.7 Associating Extra Details with a Contact (deprecated); https://antcloud.china.myorderbox.com/kb/answer/795",
    summary: "Attach registry extra details to a contact (deprecated by the vendor).",
    output: Ack = ack, check: check_set_details,
    {
        /// The contact.
        contact_id: Uint = "contact-id",
        /// The extra details, in order.
        attributes: Attributes = "attributes",
        /// Products the details are for (`dotasia`, `dotca`, `dotcoop`, …), in order.
        product_key: List<Text> = "product-key",
    }
}

fn check_set_details(op: &ContactsSetDetails) -> Result<(), Error> {
    if op.attributes.0.is_empty() {
        return Err(Error::invalid_input(
            "attributes",
            "give at least one detail",
        ));
    }
    Ok(())
}
