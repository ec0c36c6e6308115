//! Domain calls (`domains/…`): the document's "Domains" index.

use super::args::{
    AnyText, Attributes, ContactId, Decimal, DetailOption, Domain, Flag, Host, InvoiceOption, Ip,
    Label, List, OrderStatus, Otp, PrivacyFilter, RestoreInvoiceOption, SecretText, Text, Tld,
    Uint, WhoisType,
};
use super::envelope::{
    Ack, ActionResult, AvailabilityList, NewId, Raw, Record, SearchResult, Valid, ack, action,
    availability, id, raw, record, search, valid,
};
use super::no_check;
use crate::domain::DomainName;
use crate::error::Error;

/// The last label of a validated name, lowercase ASCII (`uk` for `example.co.uk`).
fn tld(name: &DomainName) -> &str {
    name.as_ascii().rsplit('.').next().unwrap_or_default()
}

/// TLDs without an Administrative or Technical Contact: pass `-1` (Register, Transfer).
const NO_ADMIN_TECH: &[&str] = &["eu", "nz", "ru", "uk"];
/// TLDs without a Billing Contact at registration: pass `-1` (Register's list).
const NO_BILLING: &[&str] = &["at", "berlin", "ca", "eu", "nl", "nz", "ru", "uk", "london"];
/// The same for a transfer, as Transfer's own text lists them: .EU "cannot be modified" and .AT,
/// .BERLIN, .CA, .NL, .NZ, .RU, .UK "do not have" one. Transfer does not name .LONDON, so a
/// .LONDON transfer is not refused here (the registry decides).
const NO_BILLING_TRANSFER: &[&str] = &["at", "berlin", "ca", "eu", "nl", "nz", "ru", "uk"];
/// TLDs where Privacy Protection is not supported (Register, Transfer, Renew).
const NO_PRIVACY: &[&str] = &[
    "asia", "at", "au", "ca", "cn", "de", "es", "eu", "hn", "in", "nl", "nz", "pro", "ru", "sx",
    "tel", "uk", "us",
];
/// Third-level .CO zones where Privacy Protection is not supported.
const NO_PRIVACY_SUFFIXES: &[&str] = &[".org.co", ".mil.co", ".gov.co", ".edu.co"];
/// TLDs whose transfer needs the auth-code when the order is placed.
const AUTH_CODE_REQUIRED: &[&str] = &["au", "ca", "de", "eu", "nz"];
/// "A maximum of 13 Name Servers can be specified" (Transfer).
const MAX_NS: usize = 13;

fn contact_rules(
    name: &DomainName,
    reg: &ContactId,
    admin: &ContactId,
    tech: &ContactId,
    billing: &ContactId,
    no_billing: &[&str],
) -> Result<(), Error> {
    let t = tld(name);
    if reg.value("reg-contact-id")? < 0 {
        return Err(Error::invalid_input(
            "reg-contact-id",
            "every domain name has a Registrant Contact; -1 is not allowed",
        ));
    }
    let must_be_none = |id: &ContactId, key: &str, list: &[&str]| -> Result<(), Error> {
        if list.contains(&t) && id.value(key)? != -1 {
            return Err(Error::invalid_input(
                key,
                format!(
                    ".{} domain names have no such contact: pass -1",
                    t.to_uppercase()
                ),
            ));
        }
        Ok(())
    };
    must_be_none(admin, "admin-contact-id", NO_ADMIN_TECH)?;
    must_be_none(tech, "tech-contact-id", NO_ADMIN_TECH)?;
    must_be_none(billing, "billing-contact-id", no_billing)?;
    Ok(())
}

fn privacy_rule(name: &DomainName, flag: Option<&Flag>, key: &str) -> Result<(), Error> {
    if flag.is_some_and(|f| f.0) {
        let ascii = name.as_ascii();
        if NO_PRIVACY.contains(&tld(name)) || NO_PRIVACY_SUFFIXES.iter().any(|s| ascii.ends_with(s))
        {
            return Err(Error::invalid_input(
                key,
                format!("Privacy Protection is not supported for {ascii}"),
            ));
        }
    }
    Ok(())
}

fn ns_count(ns: &[Host], required: bool) -> Result<(), Error> {
    if required && ns.is_empty() {
        return Err(Error::invalid_input("ns", "give at least one name server"));
    }
    if ns.len() > MAX_NS {
        return Err(Error::invalid_input(
            "ns",
            format!("at most {MAX_NS} name servers, {} given", ns.len()),
        ));
    }
    Ok(())
}

fn years_rule(years: &Uint, name: Option<&DomainName>) -> Result<(), Error> {
    let n = years.value("years")?;
    if n < 1 {
        return Err(Error::invalid_input("years", "at least 1"));
    }
    if name.is_some_and(|d| tld(d) == "ai") && n != 2 {
        return Err(Error::invalid_input(
            "years",
            ".AI domain names are registered for 2 years only",
        ));
    }
    Ok(())
}

fn page_size(n: &Uint, min: u64, max: u64) -> Result<(), Error> {
    let v = n.value("no-of-records")?;
    if !(min..=max).contains(&v) {
        return Err(Error::invalid_input(
            "no-of-records",
            format!("must be from {min} to {max}"),
        ));
    }
    Ok(())
}

pub(crate) fn search_page(no_of_records: &Uint, page_no: &Uint) -> Result<(), Error> {
    page_size(no_of_records, 10, 500)?;
    if page_no.value("page-no")? < 1 {
        return Err(Error::invalid_input("page-no", "pages are numbered from 1"));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Availability

operation! {
    /// `GET /api/domains/available.json` — logicboxes.txt "Check Availability" (KB 764,
    /// <https://manage.xwidea.com/kb/node/764>).
    ///
    /// Every label is checked against every TLD; the answer has one entry per name.
    Available = "domains/available", GET, Safe, confirm: None,
    doc: "logicboxes.txt Check Availability; https://manage.xwidea.com/kb/node/764",
    summary: "Check the availability of names in one or more TLDs.",
    output: AvailabilityList = availability, check: no_check,
    {
        /// Names without TLD (Unicode or punycode), repeated in order.
        domain_name: List<Label> = "domain-name",
        /// TLDs to check each name in (`com`, `co.uk`), repeated in order.
        tlds: List<Tld> = "tlds",
        /// `true` for name suggestions (older copies of the page; default `false`).
        suggest_alternative: Option<Flag> = "suggest-alternative",
    }
}

operation! {
    /// `GET /api/domains/idn-available.json` — logicboxes.txt "Check Availability - IDN" (KB 1427,
    /// <https://cp.gbnames.uk/kb/answer/1427>).
    IdnAvailable = "domains/idn-available", GET, Safe, confirm: None,
    doc: "logicboxes.txt Check Availability - IDN; https://cp.gbnames.uk/kb/answer/1427",
    summary: "Check the availability of internationalised names in one TLD and language.",
    output: AvailabilityList = availability, check: no_check,
    {
        /// IDN labels in Unicode or punycode, repeated in order.
        domain_name: List<Label> = "domain-name",
        /// The single TLD to check.
        tld: Tld = "tld",
        /// The language of the labels (per TLD, e.g. `aze` for .COM, `de` for .DE).
        idn_language_code: Text = "idnLanguageCode",
    }
}

operation! {
    /// `GET /api/domains/premium/available.json` — logicboxes.txt "Check Availability - Premium
    /// Domains" (KB 1948; no vendor page found, parameters from client code: reference §2.3,
    /// <https://manage.logicboxes.com/kb/node/1948>).
    PremiumAvailable = "domains/premium/available", GET, Safe, confirm: None,
    doc: "logicboxes.txt Check Availability - Premium Domains; reference §2.3 (KB 1948, https://manage.logicboxes.com/kb/node/1948)",
    summary: "List premium names for a keyword within a price range.",
    output: Raw = raw, check: no_check,
    {
        /// The keyword.
        key_word: Text = "key-word",
        /// TLDs to look in, repeated in order.
        tlds: List<Tld> = "tlds",
        /// How many results.
        no_of_results: Option<Uint> = "no-of-results",
        /// Upper price bound.
        price_high: Option<Decimal> = "price-high",
        /// Lower price bound.
        price_low: Option<Decimal> = "price-low",
    }
}

fn check_keyword(op: &SuggestNames) -> Result<(), Error> {
    let k = &op.keyword.0;
    let ok_chars = k
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-');
    if !ok_chars || k.contains("  ") {
        return Err(Error::invalid_input(
            "keyword",
            "letters a-z, digits, spaces and hyphens only, never two spaces in a row",
        ));
    }
    Ok(())
}

operation! {
    /// `GET /api/domains/v5/suggest-names.json` — logicboxes.txt "Suggest Names" (KB 1085,
    /// <https://manage.xwidea.com/kb/node/1085>); the current v5 call (the old
    /// `domains/suggest-names` is deprecated on the same page).
    SuggestNames = "domains/v5/suggest-names", GET, Safe, confirm: None,
    doc: "logicboxes.txt Suggest Names; https://manage.xwidea.com/kb/node/1085",
    summary: "Suggest available names for a keyword.",
    output: AvailabilityList = availability, check: check_keyword,
    {
        /// Word or phrase: letters, digits, spaces and hyphens.
        keyword: Text = "keyword",
        /// Restrict to these TLDs (repeated: the one form reported to work).
        #[serde(default)]
        tld_only: Vec<Tld> = "tld-only",
        /// Keyword matches only (`true`) or with alternatives (see the module notes).
        exact_match: Option<Flag> = "exact-match",
        /// `false` filters out adult suggestions.
        adult: Option<Flag> = "adult",
    }
}

// ---------------------------------------------------------------------------------------------
// Register, transfer, renew

fn check_register(op: &Register) -> Result<(), Error> {
    let name = op.domain_name.parse("domain-name")?;
    years_rule(&op.years, Some(&name))?;
    ns_count(&op.ns, true)?;
    contact_rules(
        &name,
        &op.reg_contact_id,
        &op.admin_contact_id,
        &op.tech_contact_id,
        &op.billing_contact_id,
        NO_BILLING,
    )?;
    privacy_rule(&name, op.purchase_privacy.as_ref(), "purchase-privacy")?;
    privacy_rule(&name, op.protect_privacy.as_ref(), "protect-privacy")?;
    Ok(())
}

operation! {
    /// `POST /api/domains/register.json` — logicboxes.txt "Register" (KB 752,
    /// <https://manage.xwidea.com/kb/node/752>).
    ///
    /// Contacts: `-1` where the TLD has no such contact (enforced); privacy refused where
    /// unsupported; 1–13 name servers; TLD-specific extra details in `attributes`
    /// (`idnLanguageCode`, `phase`/`smd`, `tm-claim`, `cedcontactid`, .AU `id-type`/`id`/
    /// `policyReason`/`isAUWarranty`, .CN `cnhosting`, .TEL `whois-type`/`publish`, `premium`,
    /// `eap`, …).
    Register = "domains/register", POST, Unsafe, confirm: Some("domains/details-by-name"),
    doc: "logicboxes.txt Register; https://manage.xwidea.com/kb/node/752",
    summary: "Register a domain name for a customer.",
    output: ActionResult = action, check: check_register,
    {
        /// The name to register, Unicode or punycode.
        domain_name: Domain = "domain-name",
        /// Years to register for.
        years: Uint = "years",
        /// Name servers (1–13), in order.
        ns: Vec<Host> = "ns",
        /// The customer who will own the order.
        customer_id: Uint = "customer-id",
        /// Registrant Contact.
        reg_contact_id: ContactId = "reg-contact-id",
        /// Administrative Contact (`-1` for .EU, .NZ, .RU, .UK).
        admin_contact_id: ContactId = "admin-contact-id",
        /// Technical Contact (`-1` for .EU, .NZ, .RU, .UK).
        tech_contact_id: ContactId = "tech-contact-id",
        /// Billing Contact (`-1` for .AT, .BERLIN, .CA, .EU, .NL, .NZ, .RU, .UK, .LONDON).
        billing_contact_id: ContactId = "billing-contact-id",
        /// `NoInvoice`, `PayInvoice`, `KeepInvoice` or `OnlyAdd`.
        invoice_option: InvoiceOption = "invoice-option",
        /// Buy Privacy Protection with the domain.
        purchase_privacy: Option<Flag> = "purchase-privacy",
        /// Switch Privacy Protection on or off.
        protect_privacy: Option<Flag> = "protect-privacy",
        /// Auto-renewal (marked Required, but no example sends it).
        auto_renew: Option<Flag> = "auto-renew",
        /// Extra details, sent as `attr-name1`/`attr-value1`… in order.
        attributes: Option<Attributes> = "attributes",
    }
}

fn check_transfer(op: &Transfer) -> Result<(), Error> {
    let name = op.domain_name.parse("domain-name")?;
    ns_count(&op.ns, false)?;
    contact_rules(
        &name,
        &op.reg_contact_id,
        &op.admin_contact_id,
        &op.tech_contact_id,
        &op.billing_contact_id,
        NO_BILLING_TRANSFER,
    )?;
    privacy_rule(&name, op.purchase_privacy.as_ref(), "purchase-privacy")?;
    privacy_rule(&name, op.protect_privacy.as_ref(), "protect-privacy")?;
    let t = tld(&name);
    if AUTH_CODE_REQUIRED.contains(&t) && op.auth_code.as_ref().is_none_or(SecretText::is_blank) {
        return Err(Error::invalid_input(
            "auth-code",
            format!(
                "a .{} transfer needs the auth-code when the order is placed",
                t.to_uppercase()
            ),
        ));
    }
    Ok(())
}

operation! {
    /// `POST /api/domains/transfer.json` — logicboxes.txt "Transfer" (KB 758,
    /// <https://manage.xwidea.com/kb/answer/758>).
    ///
    /// The parameter table names the credential `auth-key`; every example URL (this page's three
    /// included) and every other call send `api-key`, and KB 753 defines only `api-key`, so
    /// `api-key` is sent (the table is a misprint).
    Transfer = "domains/transfer", POST, Unsafe, confirm: Some("domains/details-by-name"),
    doc: "logicboxes.txt Transfer; https://manage.xwidea.com/kb/answer/758",
    summary: "Transfer a domain name in for a customer.",
    output: ActionResult = action, check: check_transfer,
    {
        /// The name to transfer.
        domain_name: Domain = "domain-name",
        /// The domain secret (compulsory now for .AU, .CA, .DE, .EU, .NZ); never printed.
        auth_code: Option<SecretText> = "auth-code",
        /// Name servers (up to 13), in order.
        #[serde(default)]
        ns: Vec<Host> = "ns",
        /// The customer who will own the order.
        customer_id: Uint = "customer-id",
        /// Registrant Contact.
        reg_contact_id: ContactId = "reg-contact-id",
        /// Administrative Contact (`-1` for .EU, .NZ, .RU, .UK).
        admin_contact_id: ContactId = "admin-contact-id",
        /// Technical Contact (`-1` for .EU, .NZ, .RU, .UK).
        tech_contact_id: ContactId = "tech-contact-id",
        /// Billing Contact (`-1` for .AT, .BERLIN, .CA, .EU, .NL, .NZ, .RU, .UK).
        billing_contact_id: ContactId = "billing-contact-id",
        /// `NoInvoice`, `PayInvoice`, `KeepInvoice` or `OnlyAdd`.
        invoice_option: InvoiceOption = "invoice-option",
        /// Buy Privacy Protection with the transfer.
        purchase_privacy: Option<Flag> = "purchase-privacy",
        /// Switch Privacy Protection on or off.
        protect_privacy: Option<Flag> = "protect-privacy",
        /// Auto-renewal (marked Required, but no example sends it).
        auto_renew: Option<Flag> = "auto-renew",
        /// Extra details (`cedcontactid` for .ASIA, `type=premiumft`, `premium=true`), in order.
        attributes: Option<Attributes> = "attributes",
    }
}

operation! {
    /// `GET /api/domains/validate-transfer.json` — logicboxes.txt "Validating a Transfer Request"
    /// (KB 1150; no vendor page found, reference §2.7; answer `true`/`false`).
    ValidateTransfer = "domains/validate-transfer", GET, Safe, confirm: None,
    doc: "logicboxes.txt Validating a Transfer Request; reference §2.7 (KB 1150, https://manage.logicboxes.com/kb/node/1150)",
    summary: "Check whether a transfer request would be valid.",
    output: Valid = valid, check: no_check,
    {
        /// The domain to test.
        domain_name: Domain = "domain-name",
    }
}

fn check_renew(op: &Renew) -> Result<(), Error> {
    years_rule(&op.years, None)?;
    op.exp_date.value("exp-date")?;
    Ok(())
}

operation! {
    /// `POST /api/domains/renew.json` — logicboxes.txt "Renew" (KB 746,
    /// <https://manage.xwidea.com/kb/answer/746>).
    ///
    /// `exp-date` is the order's current expiry in epoch seconds, from Get Details (`endtime`).
    Renew = "domains/renew", POST, Unsafe, confirm: Some("domains/details"),
    doc: "logicboxes.txt Renew; https://manage.xwidea.com/kb/answer/746",
    summary: "Renew a domain order for a number of years.",
    output: ActionResult = action, check: check_renew,
    {
        /// The order to renew.
        order_id: Uint = "order-id",
        /// Years to add.
        years: Uint = "years",
        /// Current expiry date, epoch seconds.
        exp_date: Uint = "exp-date",
        /// `NoInvoice`, `PayInvoice`, `KeepInvoice` or `OnlyAdd`.
        invoice_option: InvoiceOption = "invoice-option",
        /// Renew Privacy Protection too (not for the TLDs listed in the module docs).
        purchase_privacy: Option<Flag> = "purchase-privacy",
        /// Auto-renewal (marked Required, but no example sends it).
        auto_renew: Option<Flag> = "auto-renew",
        /// Extra details (`premium=true` for a registry premium renewal), in order.
        attributes: Option<Attributes> = "attributes",
        /// Discount on the order value (reference §2.8).
        discount_amount: Option<Decimal> = "discount-amount",
        /// Buy Premium DNS too (reference §2.8).
        purchase_premium_dns: Option<Flag> = "purchase-premium-dns",
    }
}

// ---------------------------------------------------------------------------------------------
// Reading orders

fn check_search(op: &Search) -> Result<(), Error> {
    search_page(&op.no_of_records, &op.page_no)
}

operation! {
    /// `GET /api/domains/search.json` — logicboxes.txt "Search" (KB 771,
    /// <https://manage.xwidea.com/kb/answer/771>).
    Search = "domains/search", GET, Safe, confirm: None,
    doc: "logicboxes.txt Search; https://manage.xwidea.com/kb/answer/771",
    summary: "Search domain orders, one page at a time.",
    output: SearchResult = search, check: check_search,
    {
        /// Page size, 10–500.
        no_of_records: Uint = "no-of-records",
        /// Page number, from 1.
        page_no: Uint = "page-no",
        /// Sort keys (`orderid`, `endtime`, … with ` asc`/` desc`), in order.
        #[serde(default)]
        order_by: Vec<Text> = "order-by",
        /// Only these orders.
        #[serde(default)]
        order_id: Vec<Uint> = "order-id",
        /// Orders of these sub-resellers.
        #[serde(default)]
        reseller_id: Vec<Uint> = "reseller-id",
        /// Orders of these customers.
        #[serde(default)]
        customer_id: Vec<Uint> = "customer-id",
        /// Include sub-reseller orders.
        show_child_orders: Option<Flag> = "show-child-orders",
        /// TLD product keys.
        #[serde(default)]
        product_key: Vec<Text> = "product-key",
        /// Order statuses.
        #[serde(default)]
        status: Vec<OrderStatus> = "status",
        /// A domain name.
        domain_name: Option<Text> = "domain-name",
        /// `true`, `false` or `na`.
        privacy_enabled: Option<PrivacyFilter> = "privacy-enabled",
        /// Created after (epoch seconds).
        creation_date_start: Option<Uint> = "creation-date-start",
        /// Created before (epoch seconds).
        creation_date_end: Option<Uint> = "creation-date-end",
        /// Expiring after (epoch seconds).
        expiry_date_start: Option<Uint> = "expiry-date-start",
        /// Expiring before (epoch seconds).
        expiry_date_end: Option<Uint> = "expiry-date-end",
    }
}

operation! {
    /// `GET /api/domains/customer-default-ns.json` — logicboxes.txt "Get Customer Default Name
    /// Servers" (KB 788; no vendor page found, reference §2.10).
    CustomerDefaultNs = "domains/customer-default-ns", GET, Safe, confirm: None,
    doc: "logicboxes.txt Get Customer Default Name Servers; reference §2.10 (KB 788, https://manage.logicboxes.com/kb/node/788)",
    summary: "Get a customer's default name servers.",
    output: Raw = raw, check: no_check,
    {
        /// The customer.
        customer_id: Uint = "customer-id",
    }
}

operation! {
    /// `GET /api/domains/orderid.json` — logicboxes.txt "Get Order Id" (KB 763; no vendor page
    /// found, reference §2.11). The answer is the bare order id; an unknown domain comes back as
    /// HTTP 500 with an ERROR object (`not_found`).
    OrderId = "domains/orderid", GET, Safe, confirm: None,
    doc: "logicboxes.txt Get Order Id; reference §2.11 (KB 763, https://manage.logicboxes.com/kb/node/763)",
    summary: "Get the order id of a domain name in the account.",
    output: NewId = id, check: no_check,
    {
        /// The domain name.
        domain_name: Domain = "domain-name",
    }
}

operation! {
    /// `GET /api/domains/details.json` — logicboxes.txt "Get Registration Order Details" (KB 770,
    /// <https://cp.cn.hostgator.com/kb/node/770>).
    Details = "domains/details", GET, Safe, confirm: None,
    doc: "logicboxes.txt Get Registration Order Details; https://cp.cn.hostgator.com/kb/node/770",
    summary: "Get the details of a domain order by order id.",
    output: Record = record, check: no_check,
    {
        /// The order.
        order_id: Uint = "order-id",
        /// Blocks to return (`All`, `OrderDetails`, `ContactIds`, `NsDetails`, …), in order.
        options: List<DetailOption> = "options",
    }
}

operation! {
    /// `GET /api/domains/details-by-name.json` — logicboxes.txt "Get Registration Order Details"
    /// by domain name (KB 1755, <https://cp.cnz5.com/kb/node/1755>).
    DetailsByName = "domains/details-by-name", GET, Safe, confirm: None,
    doc: "logicboxes.txt Get Registration Order Details; https://cp.cnz5.com/kb/node/1755",
    summary: "Get the details of a domain order by domain name.",
    output: Record = record, check: no_check,
    {
        /// The domain name.
        domain_name: Domain = "domain-name",
        /// Blocks to return (`All`, `OrderDetails`, `ContactIds`, `NsDetails`, …), in order.
        options: List<DetailOption> = "options",
    }
}

operation! {
    /// `GET /api/domains/locks.json` — logicboxes.txt "Get the List of Locks Applied on a Domain
    /// Name" (KB 897, <https://manage.xwidea.com/kb/node/897>).
    Locks = "domains/locks", GET, Safe, confirm: None,
    doc: "logicboxes.txt Get the List of Locks Applied on a Domain Name; https://manage.xwidea.com/kb/node/897",
    summary: "List the locks on a domain order.",
    output: Record = record, check: no_check,
    {
        /// The order.
        order_id: Uint = "order-id",
    }
}

operation! {
    /// `GET /api/domains/tel/cth-details.json` — logicboxes.txt "Get TEL CTH Login Details" (no
    /// vendor page found, reference §2.25).
    TelCthDetails = "domains/tel/cth-details", GET, Safe, confirm: None,
    doc: "logicboxes.txt Get TEL CTH Login Details; reference §2.25",
    summary: "Get the CTH login details of a .TEL order.",
    output: Raw = raw, check: no_check,
    {
        /// The .TEL order.
        order_id: Uint = "order-id",
    }
}

// ---------------------------------------------------------------------------------------------
// Changing orders

fn check_modify_ns(op: &ModifyNs) -> Result<(), Error> {
    ns_count(&op.ns, true)
}

operation! {
    /// `POST /api/domains/modify-ns.json` — logicboxes.txt "Modify Name Servers" (KB 776,
    /// <https://antcloud.china.myorderbox.com/kb/answer/776>).
    ModifyNs = "domains/modify-ns", POST, Idempotent, confirm: None,
    doc: "logicboxes.txt Modify Name Servers; https://antcloud.china.myorderbox.com/kb/answer/776",
    summary: "Replace the name servers of a domain order.",
    output: ActionResult = action, check: check_modify_ns,
    {
        /// The order.
        order_id: Uint = "order-id",
        /// The new name servers (1–13), in order.
        ns: Vec<Host> = "ns",
        /// One-time password (2FA).
        otp: Option<Otp> = "otp",
        /// Kind of 2FA (`email`).
        two_fa_type: Option<Text> = "2fa-type",
    }
}

operation! {
    /// `POST /api/domains/add-cns.json` — logicboxes.txt "Add Child Name Server" (KB 780,
    /// <https://manage.xwidea.com/kb/answer/780>).
    AddCns = "domains/add-cns", POST, Unsafe, confirm: Some("domains/details"),
    doc: "logicboxes.txt Add Child Name Server; https://manage.xwidea.com/kb/answer/780",
    summary: "Add a child name server with its IP addresses.",
    output: ActionResult = action, check: no_check,
    {
        /// The order.
        order_id: Uint = "order-id",
        /// Host name of the child name server.
        cns: Host = "cns",
        /// Its IP addresses, in order.
        ip: List<Ip> = "ip",
    }
}

operation! {
    /// `POST /api/domains/modify-cns-name.json` — logicboxes.txt "Modify Child Name Server Host
    /// Name" (KB 781, <https://manage.xwidea.com/kb/node/781>).
    ModifyCnsName = "domains/modify-cns-name", POST, Idempotent, confirm: None,
    doc: "logicboxes.txt Modify Child Name Server Host Name; https://manage.xwidea.com/kb/node/781",
    summary: "Rename a child name server.",
    output: ActionResult = action, check: no_check,
    {
        /// The order.
        order_id: Uint = "order-id",
        /// Current name.
        old_cns: Host = "old-cns",
        /// New name.
        new_cns: Host = "new-cns",
    }
}

operation! {
    /// `POST /api/domains/modify-cns-ip.json` — logicboxes.txt "Modify Child Name Server IP
    /// Address" (KB 782, <https://manage.xwidea.com/kb/answer/782>).
    ModifyCnsIp = "domains/modify-cns-ip", POST, Idempotent, confirm: None,
    doc: "logicboxes.txt Modify Child Name Server IP Address; https://manage.xwidea.com/kb/answer/782",
    summary: "Change one IP address of a child name server.",
    output: ActionResult = action, check: no_check,
    {
        /// The order.
        order_id: Uint = "order-id",
        /// The child name server.
        cns: Host = "cns",
        /// The IP attached now.
        old_ip: Ip = "old-ip",
        /// The IP to attach instead.
        new_ip: Ip = "new-ip",
    }
}

operation! {
    /// `POST /api/domains/delete-cns-ip.json` — logicboxes.txt "Deleting Child Name Server IP
    /// Address" (KB 934, <https://manage.xwidea.com/kb/node/934>; the example's `.xml` sent as
    /// `.json`).
    DeleteCnsIp = "domains/delete-cns-ip", POST, Idempotent, confirm: None,
    doc: "logicboxes.txt Deleting Child Name Server IP Address; https://manage.xwidea.com/kb/node/934",
    summary: "Remove IP addresses from a child name server.",
    output: ActionResult = action, check: no_check,
    {
        /// The order.
        order_id: Uint = "order-id",
        /// The child name server.
        cns: Host = "cns",
        /// The IP addresses to remove, in order.
        ip: List<Ip> = "ip",
    }
}

operation! {
    /// `POST /api/domains/modify-contact.json` — logicboxes.txt "Modify Contacts" (KB 777,
    /// <https://manage.logicboxes.com/kb/answer/777>).
    ///
    /// `attr-name`/`attr-value` are printed Required, yet the examples send none: optional here.
    ModifyContact = "domains/modify-contact", POST, Idempotent, confirm: None,
    doc: "logicboxes.txt Modify Contacts; https://manage.logicboxes.com/kb/answer/777",
    summary: "Assign new contacts to a domain order.",
    output: ActionResult = action, check: no_check,
    {
        /// The order.
        order_id: Uint = "order-id",
        /// New Registrant Contact.
        reg_contact_id: ContactId = "reg-contact-id",
        /// New Administrative Contact (`-1` where the TLD has none).
        admin_contact_id: ContactId = "admin-contact-id",
        /// New Technical Contact (`-1` where the TLD has none).
        tech_contact_id: ContactId = "tech-contact-id",
        /// New Billing Contact (`-1` where the TLD has none).
        billing_contact_id: ContactId = "billing-contact-id",
        /// Skip the 60-day transfer lock after a registrant change (gTLDs).
        sixty_day_lock_optout: Option<Flag> = "sixty-day-lock-optout",
        /// Act as Designated Agent.
        designated_agent: Option<Flag> = "designated-agent",
        /// Extra details (`skipIRTP`, `registrant-org-consent`), in order.
        attributes: Option<Attributes> = "attributes",
    }
}

operation! {
    /// `POST /api/domains/modify-privacy-protection.json` — logicboxes.txt "Modifying the Privacy
    /// Protection Status" (KB 778, <https://manage.xwidea.com/kb/answer/778>).
    ModifyPrivacyProtection = "domains/modify-privacy-protection", POST, Idempotent, confirm: None,
    doc: "logicboxes.txt Modifying the Privacy Protection Status; https://manage.xwidea.com/kb/answer/778",
    summary: "Turn Privacy Protection on or off.",
    output: ActionResult = action, check: no_check,
    {
        /// The order.
        order_id: Uint = "order-id",
        /// `true` to enable, `false` to disable.
        protect_privacy: Flag = "protect-privacy",
        /// Why.
        reason: Text = "reason",
        /// One-time password (2FA).
        otp: Option<Otp> = "otp",
        /// Kind of 2FA (`email`).
        two_fa_type: Option<Text> = "2fa-type",
    }
}

operation! {
    /// `POST /api/domains/modify-auth-code.json` — logicboxes.txt "Modify Auth-Code" (KB 779,
    /// <https://manage.xwidea.com/kb/answer/779>).
    ModifyAuthCode = "domains/modify-auth-code", POST, Idempotent, confirm: None,
    doc: "logicboxes.txt Modify Auth-Code; https://manage.xwidea.com/kb/answer/779",
    summary: "Change the auth code of a domain order.",
    output: ActionResult = action, check: no_check,
    {
        /// The order.
        order_id: Uint = "order-id",
        /// The new auth code; never printed.
        auth_code: SecretText = "auth-code",
        /// One-time password (2FA).
        otp: Option<Otp> = "otp",
        /// Kind of 2FA (`email`).
        two_fa_type: Option<Text> = "2fa-type",
    }
}

operation! {
    /// `POST /api/domains/enable-theft-protection.json` — logicboxes.txt "Apply Theft Protection
    /// Lock" (KB 902, <https://manage.xwidea.com/kb/answer/902>).
    EnableTheftProtection = "domains/enable-theft-protection", POST, Idempotent, confirm: None,
    doc: "logicboxes.txt Apply Theft Protection Lock; https://manage.xwidea.com/kb/answer/902",
    summary: "Lock a domain order against transfer.",
    output: ActionResult = action, check: no_check,
    {
        /// The order.
        order_id: Uint = "order-id",
        /// One-time password (2FA).
        otp: Option<Otp> = "otp",
        /// Kind of 2FA (`email`).
        two_fa_type: Option<Text> = "2fa-type",
    }
}

operation! {
    /// `POST /api/domains/disable-theft-protection.json` — logicboxes.txt "Remove Theft Protection
    /// Lock" (KB 903, <https://manage.xwidea.com/kb/node/903>).
    DisableTheftProtection = "domains/disable-theft-protection", POST, Idempotent, confirm: None,
    doc: "logicboxes.txt Remove Theft Protection Lock; https://manage.xwidea.com/kb/node/903",
    summary: "Remove the theft-protection lock.",
    output: ActionResult = action, check: no_check,
    {
        /// The order.
        order_id: Uint = "order-id",
        /// One-time password (2FA).
        otp: Option<Otp> = "otp",
        /// Kind of 2FA (`email`).
        two_fa_type: Option<Text> = "2fa-type",
    }
}

fn check_publish(op: &TelModifyWhoisPref) -> Result<(), Error> {
    if !["y", "n"].contains(&op.publish.0.trim().to_ascii_lowercase().as_str()) {
        return Err(Error::invalid_input("publish", "must be Y or N"));
    }
    Ok(())
}

operation! {
    /// `POST /api/domains/tel/modify-whois-pref.json` — logicboxes.txt "Modify TEL Whois
    /// Preference" (no vendor page found, reference §2.26; values as Register's .TEL attributes).
    TelModifyWhoisPref = "domains/tel/modify-whois-pref", POST, Idempotent, confirm: None,
    doc: "logicboxes.txt Modify TEL Whois Preference; reference §2.26",
    summary: "Change the whois preference of a .TEL order.",
    output: Raw = raw, check: check_publish,
    {
        /// The .TEL order.
        order_id: Uint = "order-id",
        /// `Natural` (individual) or `Legal` (organisation).
        whois_type: WhoisType = "whois-type",
        /// Publish the contact details: `Y` or `N`.
        publish: Text = "publish",
    }
}

operation! {
    /// `POST /api/domains/resend-rfa.json` — logicboxes.txt "Resend Transfer Approval Mail"
    /// (KB 775, <https://manage.arkonwebsolutions.com/kb/answer/775>); answers `true`.
    ResendRfa = "domains/resend-rfa", POST, Idempotent, confirm: None,
    doc: "logicboxes.txt Resend Transfer Approval Mail; https://manage.arkonwebsolutions.com/kb/answer/775",
    summary: "Resend the transfer approval mail.",
    output: Ack = ack, check: no_check,
    {
        /// The transfer order.
        order_id: Uint = "order-id",
    }
}

operation! {
    /// `POST /api/domains/uk/release.json` — logicboxes.txt "Release a UK Domain Name" (KB 785,
    /// <https://manage.xwidea.com/kb/answer/785>).
    UkRelease = "domains/uk/release", POST, Idempotent, confirm: None,
    doc: "logicboxes.txt Release a UK Domain Name; https://manage.xwidea.com/kb/answer/785",
    summary: "Release a .UK domain to another registrar tag.",
    output: ActionResult = action, check: no_check,
    {
        /// The order.
        order_id: Uint = "order-id",
        /// Nominet tag of the receiving registrar (a two-letter tag with `#`, e.g. `#VI`).
        new_tag: Text = "new-tag",
    }
}

operation! {
    /// `POST /api/domains/cancel-transfer.json` — logicboxes.txt "Cancel Transfer" (KB 759,
    /// <https://domain.izndgroup.com/kb/answer/759>); answers `Success`.
    CancelTransfer = "domains/cancel-transfer", POST, Idempotent, confirm: None,
    doc: "logicboxes.txt Cancel Transfer; https://domain.izndgroup.com/kb/answer/759",
    summary: "Cancel a transfer-in that awaits admin approval.",
    output: Ack = ack, check: no_check,
    {
        /// The transfer order.
        order_id: Uint = "order-id",
    }
}

operation! {
    /// `POST /api/domains/delete.json` — logicboxes.txt "Delete" (KB 745,
    /// <https://manage.xwidea.com/kb/answer/745>). Success means queued, not done.
    Delete = "domains/delete", POST, Idempotent, confirm: None,
    doc: "logicboxes.txt Delete; https://manage.xwidea.com/kb/answer/745",
    summary: "Delete a domain order.",
    output: ActionResult = action, check: no_check,
    {
        /// The order.
        order_id: Uint = "order-id",
    }
}

operation! {
    /// `POST /api/domains/restore.json` — logicboxes.txt "Restore" (KB 760,
    /// <https://manage.xwidea.com/kb/answer/760>); `invoice-option` has three documented values.
    Restore = "domains/restore", POST, Unsafe, confirm: Some("domains/details"),
    doc: "logicboxes.txt Restore; https://manage.xwidea.com/kb/answer/760",
    summary: "Restore a deleted domain order.",
    output: ActionResult = action, check: no_check,
    {
        /// The order.
        order_id: Uint = "order-id",
        /// `NoInvoice`, `PayInvoice` or `KeepInvoice`.
        invoice_option: RestoreInvoiceOption = "invoice-option",
    }
}

operation! {
    /// `POST /api/domains/de/recheck-ns.json` — logicboxes.txt "Rechecking NS with .DE Registry"
    /// (KB 1138, <https://manage.xwidea.com/kb/node/1138>); `status: failed` is an error.
    DeRecheckNs = "domains/de/recheck-ns", POST, Idempotent, confirm: None,
    doc: "logicboxes.txt Rechecking NS with .DE Registry; https://manage.xwidea.com/kb/node/1138",
    summary: "Ask DENIC to re-check an expired .DE order's zone.",
    output: Record = record, check: no_check,
    {
        /// The .DE order.
        order_id: Uint = "order-id",
    }
}

operation! {
    /// `POST /api/domains/dotxxx/association-details.json` — logicboxes.txt "Associating/
    /// Dissociating .XXX Membership Token/ID" (KB 1309, <https://manage.xwidea.com/kb/node/1309>;
    /// the example's `.xml` sent as `.json`). An empty `association-id` removes the association.
    DotxxxAssociationDetails = "domains/dotxxx/association-details", POST, Idempotent, confirm: None,
    doc: "logicboxes.txt Associating/Dissociating .XXX Membership Token/ID; https://manage.xwidea.com/kb/node/1309",
    summary: "Attach or detach a .XXX membership token.",
    output: ActionResult = action, check: no_check,
    {
        /// The .XXX order.
        order_id: Uint = "order-id",
        /// The membership token; empty to remove.
        association_id: Option<AnyText> = "association-id",
    }
}
