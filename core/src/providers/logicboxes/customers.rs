//! Customer calls (`customers/…`): look a customer up, search, sign one up.

use super::args::{CustomerStatus, Decimal, Flag, SecretText, Text, Uint};
use super::domains::search_page;
use super::envelope::{NewId, Record, SearchResult, id, record, search};
use super::no_check;
use crate::error::Error;

operation! {
    /// `GET /api/customers/details.json` — customer by username (KB 874,
    /// <https://dvdv8.china.myorderbox.com/kb/answer/874>).
    CustomersDetails = "customers/details", GET, Safe, confirm: None,
    doc: "reference §4.1 Customer details by username; https://dvdv8.china.myorderbox.com/kb/answer/874",
    summary: "Get a customer by username.",
    output: Record = record, check: no_check,
    {
        /// The customer's username (an e-mail address).
        username: Text = "username",
    }
}

operation! {
    /// `GET /api/customers/details-by-id.json` — customer by id (KB 967,
    /// <https://manage.xwidea.com/kb/node/967>).
    CustomersDetailsById = "customers/details-by-id", GET, Safe, confirm: None,
    doc: "reference §4.2 Customer details by id; https://manage.xwidea.com/kb/node/967",
    summary: "Get a customer by id.",
    output: Record = record, check: no_check,
    {
        /// The customer.
        customer_id: Uint = "customer-id",
    }
}

fn check_search(op: &CustomersSearch) -> Result<(), Error> {
    search_page(&op.no_of_records, &op.page_no)
}

operation! {
    /// `GET /api/customers/search.json` — search customers (KB 1270,
    /// <https://manage.xwidea.com/kb/node/1270>).
    CustomersSearch = "customers/search", GET, Safe, confirm: None,
    doc: "reference §4.3 Search customers; https://manage.xwidea.com/kb/node/1270",
    summary: "Search customers, one page at a time.",
    output: SearchResult = search, check: check_search,
    {
        /// Page size, 10–500.
        no_of_records: Uint = "no-of-records",
        /// Page number, from 1.
        page_no: Uint = "page-no",
        /// Only these customers.
        #[serde(default)]
        customer_id: Vec<Uint> = "customer-id",
        /// Customers of these sub-resellers.
        #[serde(default)]
        reseller_id: Vec<Uint> = "reseller-id",
        /// Username (an e-mail address).
        username: Option<Text> = "username",
        /// Name.
        name: Option<Text> = "name",
        /// Company.
        company: Option<Text> = "company",
        /// City.
        city: Option<Text> = "city",
        /// State.
        state: Option<Text> = "state",
        /// `Active`, `Suspended` or `Deleted`.
        status: Option<CustomerStatus> = "status",
        /// Created after (epoch seconds).
        creation_date_start: Option<Uint> = "creation-date-start",
        /// Created before (epoch seconds).
        creation_date_end: Option<Uint> = "creation-date-end",
        /// Total receipts above.
        total_receipt_start: Option<Decimal> = "total-receipt-start",
        /// Total receipts below.
        total_receipt_end: Option<Decimal> = "total-receipt-end",
    }
}

fn check_signup(op: &CustomersSignup) -> Result<(), Error> {
    if !op.username.0.contains('@') {
        return Err(Error::invalid_input(
            "username",
            "must be an e-mail address",
        ));
    }
    let c = op.country.0.trim();
    if c.len() != 2 || !c.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Err(Error::invalid_input(
            "country",
            "an ISO 3166-1 alpha-2 code",
        ));
    }
    Ok(())
}

operation! {
    /// `POST /api/customers/signup.json` — create a customer (KB 804,
    /// <https://cp.cn.bluehost.com/kb/node/804>); answers the new customer id. `passwd` is masked
    /// in every redacted rendering.
    CustomersSignup = "customers/signup", POST, Unsafe, confirm: Some("customers/details"),
    doc: "reference §4.4 Create a customer; https://cp.cn.bluehost.com/kb/node/804",
    summary: "Create a customer.",
    output: NewId = id, check: check_signup,
    {
        /// Login; an e-mail address.
        username: Text = "username",
        /// Password.
        passwd: SecretText = "passwd",
        /// Name.
        name: Text = "name",
        /// Company.
        company: Text = "company",
        /// Address.
        address_line_1: Text = "address-line-1",
        /// City.
        city: Text = "city",
        /// State (`Not Applicable` when there is none).
        state: Text = "state",
        /// Free-text state when `state` is `Not Applicable`.
        other_state: Option<Text> = "other-state",
        /// ISO 3166-1 alpha-2 country code.
        country: Text = "country",
        /// ZIP code.
        zipcode: Text = "zipcode",
        /// Phone country code.
        phone_cc: Text = "phone-cc",
        /// Phone.
        phone: Text = "phone",
        /// ISO language code.
        lang_pref: Text = "lang-pref",
        /// Address line 2.
        address_line_2: Option<Text> = "address-line-2",
        /// Address line 3.
        address_line_3: Option<Text> = "address-line-3",
        /// Alternate phone country code.
        alt_phone_cc: Option<Text> = "alt-phone-cc",
        /// Alternate phone.
        alt_phone: Option<Text> = "alt-phone",
        /// Fax country code.
        fax_cc: Option<Text> = "fax-cc",
        /// Fax.
        fax: Option<Text> = "fax",
        /// Mobile country code.
        mobile_cc: Option<Text> = "mobile-cc",
        /// Mobile.
        mobile: Option<Text> = "mobile",
        /// US customers: consent to renewal-reminder SMS.
        sms_consent: Option<Flag> = "sms-consent",
        /// EU VAT id.
        vat_id: Option<Text> = "vat-id",
        /// Accepts the terms and privacy policy.
        accept_policy: Option<Flag> = "accept-policy",
        /// EEA customers: consent to marketing e-mail.
        marketing_email_consent: Option<Flag> = "marketing-email-consent",
    }
}
