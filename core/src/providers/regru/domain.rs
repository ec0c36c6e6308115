//! domain functions (regru-api-2.txt §8): one row per function.

use super::spec::{Field, Kind::*, Spec, f};
use super::spec::{LIST_ID, PAYMENT, SERVICE_ID};
use super::spec::{check_authinfo, check_user_servid, max_len};
use crate::error::Error;
use serde_json::{Map, Value};

/// domain/create (§8.7): the lengths of its request table (`user_servid`, `comment` and
/// `admin_comment` at most 255, `subtype` at most 15).
fn create_rules(p: &Map<String, Value>) -> Result<(), Error> {
    check_user_servid(p)?;
    max_len(p, "comment", 255)?;
    max_len(p, "admin_comment", 255)?;
    max_len(p, "subtype", 15)
}

/// domain/get_premium_prices (§8.4): "List of domains (no more than 100 pieces)".
fn premium_rules(p: &Map<String, Value>) -> Result<(), Error> {
    match p.get("domains") {
        Some(Value::Array(items)) if items.len() > 100 => Err(Error::invalid_input(
            "domains",
            format!(
                "at most 100 domains (regru-api-2.txt §8.4), found {}",
                items.len()
            ),
        )),
        _ => Ok(()),
    }
}

/// The per-zone order fields (contacts and options) that `domain/create` (§8.7) and
/// `domain/transfer` (§8.8, "the same fields as domain/create plus authinfo") both accept.
pub const ORDER_FIELDS: &[Field] = &[
    f(
        "period",
        Int,
        "The period for which the domain name is registered. Allowed values: depend on the selected domain zone, for example the .ru and .su zones allow only «1».…",
    ),
    f(
        "enduser_ip",
        Text,
        "IP-address of enduser (user that made an order). It is mandatory field.",
    ),
    f(
        "contacts",
        Object,
        "A hash of contact data fields. The list of fields depends on the domain zone and/or the type of applicant (physical or legal body). This field can be used…",
    ),
    f(
        "profile_type",
        Text,
        "Type of the user contact data profile. This parameter cannot be used together with the parameters that explicitly define user contact data (this data will…",
    ),
    f(
        "profile_name",
        Text,
        "Name of the contact data profile. This parameter is used together with the profile_type parameter and cannot be used together with the parameters that…",
    ),
    f(
        "nss",
        Any,
        "A hash of names and IP addresses of NS servers. Applicable only to JSON and XML requests.",
    ),
    f(
        "not_delegated",
        Flag,
        "With this flag enabled the system wil ignore the values of the NS server-related fields and NSS hash for the .ru, .su and .рф zones and register domains…",
    ),
    f("comment", Text, "Comment. Not required field."),
    f("admin_comment", Text, "Admins comment. Not required field."),
    f(
        "reg_premium",
        Flag,
        "Registration of the premium domain. Optional field. Valid value (except for default 0): «1» – shows that the client knows that it is a premium the domain…",
    ),
    f(
        "folder_name",
        Text,
        "Folder name, in which domain will be added. If folder not exist and no_new_folder is not set then new folder will be created.",
    ),
    f(
        "folder_id",
        Int,
        "Numeric folder identifier, in which domain will be added.",
    ),
    f("no_new_folder", Flag, "Do not create folder if not exist."),
    f(
        "sms_security_number",
        Text,
        "The SMS-Security numbers of domain administrator.",
    ),
    f(
        "p_addr",
        Text,
        "The postal address of domain administrator in russian language. Could be multiline.",
    ),
    f("phone", Text, "The phone numbers of domain administrator."),
    f("fax", Text, "The fax numbers of domain administrator."),
    f(
        "e_mail",
        Text,
        "The email addresses of domain administrator according to RFC-822. Could be multiline. Example: ncc@test.ru\\ntest@test.ru",
    ),
    f(
        "org",
        Text,
        "Organization name in latin letters - domain administrator.",
    ),
    f(
        "org_r",
        Text,
        "Full organization name in russian language - domain administrator, according to constituent documents. For non-residents filled in native or english…",
    ),
    f(
        "code",
        Text,
        "Organization INN code (for Russian organizations) - domain administrator.",
    ),
    f(
        "kpp",
        Text,
        "Organization KPP code (for Russian organizations). Required field.",
    ),
    f(
        "address_r",
        Text,
        "The legal address of organization in russian language. Could be multiline.",
    ),
    f(
        "person",
        Text,
        "First name, first letter of patronymic (without point) and last name of domain administrator. Will be used as WHOIS data of domain. For non-residents this…",
    ),
    f(
        "person_r",
        Text,
        "First name, first letter of patronymic (without point) and last name of domain administrator in russian language, according to passport.",
    ),
    f(
        "passport",
        Text,
        "The serie, number, issuer and issue date of passport.",
    ),
    f(
        "birth_date",
        Text,
        "The birth date of domain administrator in DD.MM.YYYY format.",
    ),
    f(
        "o_type",
        Text,
        "Owner type: \"1\" – private person, \"2\" – legal entity.",
    ),
    f(
        "o_whois",
        Text,
        "Domain description. Displayed in the WHOIS request.",
    ),
    f(
        "o_full_name",
        Text,
        "Domain owner: full name of the organization/private person.",
    ),
    f(
        "o_email",
        Text,
        "Domain owner e-mail address in the RFC-822 format.",
    ),
    f(
        "o_phone",
        Text,
        "Domain owner phone number in the international format; country code, city code and local number should be delimited with whitespaces.",
    ),
    f(
        "o_fax",
        Text,
        "Fax number of the domain owner in the international format; country code, city code and local and extension number should be delimited with whitespaces.",
    ),
    f(
        "o_addr",
        Text,
        "Address of the domain owner: legal address of the organization in compliance with the articles of association or the domain owner postal address.",
    ),
    f("o_city", Text, "Address of the domain owner: city."),
    f(
        "o_country_code",
        Text,
        "Two-letter ISO code of the domain owner’s country. Click here for the list of country codes.",
    ),
    f("a_full_name", Text, "Full name of the domain administrator"),
    f(
        "a_nic_name",
        Text,
        "Short/nickname of the administrator (single word)",
    ),
    f(
        "a_email",
        Text,
        "Domain administrator e-mail address in the RFC-822 format.",
    ),
    f(
        "a_fax",
        Text,
        "Domain administrator phone (!) number in the international format; country code, city code, local and extension numbers should be delimited with whitespaces.",
    ),
    f("a_addr", Text, "Address of the domain administrator."),
    f("a_city", Text, "Address of the domain administrator: city."),
    f(
        "a_postcode",
        Text,
        "Address of the domain administrator: postal code.",
    ),
    f(
        "a_country_code",
        Text,
        "Two-letter ISO code of the country, the administrator of the domain is the citizen of. Click here for the list of country codes.",
    ),
    f(
        "t_full_name",
        Text,
        "Domain technical administrator contacts",
    ),
    f(
        "t_nic_name",
        Text,
        "Short/nickname of the technical administrator (single word).",
    ),
    f(
        "t_email",
        Text,
        "Domain technical administrator e-mail address in the RFC-822 format.",
    ),
    f(
        "t_fax",
        Text,
        "Technical administrator phone (!) number in the international format; country code, city code, local and extension numbers should be delimited with whitespaces.",
    ),
    f(
        "t_addr",
        Text,
        "Address of the domain technical administrator.",
    ),
    f(
        "t_city",
        Text,
        "Address of the domain technical administrator: city.",
    ),
    f(
        "t_postcode",
        Text,
        "Address of the domain technical administrator: postal code",
    ),
    f(
        "t_country_code",
        Text,
        "Two-letter ISO code of the country, the technical administrator of the domain is the citizen of.",
    ),
    f(
        "o_company",
        Text,
        "Domain organisation contacts. Set to \"Private person\" if domain owner is Private person.",
    ),
    f("o_first_name", Text, "First name"),
    f("o_last_name", Text, "Last name"),
    f("o_state", Text, "Address of contact person: region/state"),
    f("o_postcode", Text, "Postal code of contact person"),
    f(
        "t_company",
        Text,
        "Specify the name of the Organization to which the technical contact belongs.",
    ),
    f("t_first_name", Text, "First name"),
    f("t_last_name", Text, "Last name"),
    f("t_phone", Text, "The phone numbers of contact person."),
    f("t_state", Text, "Address of contact person: region/state"),
    f("srvloc_state", Text, "State / Province"),
    f("srvloc_city", Text, "City"),
    f("srvloc_street", Text, "Street address"),
    f("es_form_juridica", Text, "Domain owner juridical form"),
    f("es_identificacion", Text, "Identification document ID"),
    f(
        "es_tipo_identificacion",
        Text,
        "Identification document type",
    ),
    f("company_url", Text, "Company URL"),
    f("ind_classification", Text, "Industry Classification|"),
    f("hra_name", Text, "Human Resource Association"),
    f(
        "job_title",
        Text,
        "Title of contact in organization (e.g. CEO)",
    ),
    f("admin_type", Text, "Title is administrative contact"),
    f("travel_uin", Text, "TRAVEL UIN"),
    f("o_first_name_ru", Text, "First name (in russian)."),
    f("o_last_name_ru", Text, "Last name (in russian)."),
    f("o_patronimic", Text, "First letter of patronimic."),
    f("o_patronimic_ru", Text, "Patronimic."),
    f("o_city_ru", Text, "City (in russian)."),
    f("o_addr_ru", Text, "Address (in russian)."),
    f("o_state_ru", Text, "State/Province (in russian)."),
    f("o_company_ru", Text, "Company (in russian)."),
    f("o_code", Text, "Organization INN."),
    f("o_l_addr_ru", Text, "Address (in russian)."),
    f("o_l_addr", Text, "Address (in russian)."),
    f("o_l_city", Text, "City."),
    f("o_l_city_ru", Text, "City (in russian)."),
    f("o_l_postcode", Text, "Zip code."),
    f("o_l_state", Text, "State/Province."),
    f("o_l_state_ru", Text, "State/Province (in russian)."),
    f("a_first_name", Text, "First name."),
    f("a_first_name_ru", Text, "First name (in russian)."),
    f("a_last_name", Text, "Last name."),
    f("a_last_name_ru", Text, "Last name (in russian)."),
    f("a_patronimic", Text, "First letter of patronimic."),
    f("a_patronimic_ru", Text, "Patronimic."),
    f("a_city_ru", Text, "City (in russian)."),
    f("a_addr_ru", Text, "Address (in russian)."),
    f("a_state", Text, "State/Province."),
    f("a_state_ru", Text, "State/Province (in russian)."),
    f("a_phone", Text, "Phone."),
    f("a_company", Text, "Company."),
    f("a_company_ru", Text, "Company (in russian)."),
    f("a_code", Text, "Organization INN."),
    f("a_l_addr_ru", Text, "Address (in russian)."),
    f("a_l_addr", Text, "Address (in russian)."),
    f("a_l_city", Text, "City."),
    f("a_l_city_ru", Text, "City (in russian)."),
    f("a_l_postcode", Text, "Zip code."),
    f("a_l_state", Text, "State/Province."),
    f("a_l_state_ru", Text, "State/Province (in russian)."),
    f("t_first_name_ru", Text, "First name (in russian)."),
    f("t_last_name_ru", Text, "Last name (in russian)."),
    f("t_patronimic", Text, "First letter of patronimic."),
    f("t_patronimic_ru", Text, "Patronimic."),
    f("t_city_ru", Text, "City (in russian)."),
    f("t_addr_ru", Text, "Address (in russian)."),
    f("t_state_ru", Text, "State/Province (in russian)."),
    f("t_company_ru", Text, "Company (in russian)."),
    f("t_code", Text, "Organization INN."),
    f("t_l_addr_ru", Text, "Address (in russian)."),
    f("t_l_addr", Text, "Address (in russian)."),
    f("t_l_city", Text, "City."),
    f("t_l_city_ru", Text, "City (in russian)."),
    f("t_l_postcode", Text, "Zip code."),
    f("t_l_state", Text, "State/Province."),
    f("t_l_state_ru", Text, "State/Province (in russian)."),
    f("o_birth_date", Text, "Birth date."),
    f(
        "o_passport_date",
        Text,
        "Date of reception of the passport.",
    ),
    f("o_passport_number", Text, "Passport number."),
    f(
        "o_passport_place",
        Text,
        "Place of reception of the passport.",
    ),
    f("a_birth_date", Text, "Birth date."),
    f(
        "a_passport_date",
        Text,
        "Date of reception of the passport.",
    ),
    f("a_passport_number", Text, "Passport number."),
    f(
        "a_passport_place",
        Text,
        "Place of reception of the passport.",
    ),
    f("t_birth_date", Text, "Birth date."),
    f(
        "t_passport_date",
        Text,
        "Date of reception of the passport.",
    ),
    f("t_passport_number", Text, "Passport number."),
    f(
        "t_passport_place",
        Text,
        "Place of reception of the passport.",
    ),
    f(
        "b_company",
        Text,
        "Specify the name of the Organization to which the billing contact belongs.",
    ),
    f("b_first_name", Text, "First name"),
    f("b_last_name", Text, "Last name"),
    f(
        "b_email",
        Text,
        "The email address of domain contact person.",
    ),
    f("b_phone", Text, "The phone numbers of contact person."),
    f("b_fax", Text, "The fax numbers of contact person."),
    f(
        "b_addr",
        Text,
        "Address of contact person: street, building, apartment (office)",
    ),
    f("b_city", Text, "Address of contact person: city"),
    f("b_state", Text, "Address of contact person: region/state"),
    f("b_postcode", Text, "Postal code of contact person"),
    f(
        "b_country_code",
        Text,
        "2-letter ISO-code of country. List of coutry ISO code can be found here",
    ),
    f(
        "private_person_flag",
        Flag,
        "This flag enables the privacy protection feature.",
    ),
    f(
        "pro_profession",
        Text,
        "Profession of domain owner Allowed options:",
    ),
    f("vatid", Text, "VAT ID"),
    f(
        "registrant_type",
        Text,
        "Type of registrant. Allowed options:",
    ),
    f("a_first_name_r", Text, "First name"),
    f("a_last_name_r", Text, "Last name"),
    f("a_company_r", Text, "Organization"),
    f("a_city_r", Text, "City"),
    f("a_addr_r", Text, "Address"),
    f("ns0", Text, "Primary DNS server."),
    f("ns1", Text, "Secondary DNS server."),
    f("ns2", Text, "Third DNS server."),
    f("ns3", Text, "Fourth DNS server."),
    f(
        "ns0ip",
        Text,
        "Specify the IP-address of Primary name server hostname (only if hostname is based on the domain name). Optional.",
    ),
    f(
        "ns1ip",
        Text,
        "Specify the IP-address of Secondary name server hostname (only if hostname is based on the domain name). Optional.",
    ),
    f(
        "ns2ip",
        Text,
        "Specify the IP-address of Third name server hostname (only if hostname is based on the domain name). Optional.",
    ),
    f(
        "ns3ip",
        Text,
        "Specify the IP-address of Fourth name server hostname (only if hostname is based on the domain name). Optional.",
    ),
    f("descr", Text, ""),
    f("p_addr_addr", Text, ""),
    f("p_addr_area", Text, ""),
    f("p_addr_city", Text, ""),
    f("p_addr_recipient", Text, ""),
    f("p_addr_zip", Text, ""),
    f("passport_date", Text, ""),
    f("passport_number", Text, ""),
    f("passport_place", Text, ""),
    f("person_r_name", Text, ""),
    f("person_r_patronimic", Text, ""),
    f("person_r_surname", Text, ""),
];

functions! {
    /// Test function.
    DomainNop = "domain/nop", "8.1", "test function", "Everyone", Safe,
        Spec::new(&[])
        .groups(&[SERVICE_ID]) => ServiceRef;
    /// Get the price for all the TLDs.
    DomainGetPrices = "domain/get_prices", "8.2", "get the price for all the TLDs", "Everyone", Safe,
        Spec::new(&[
            f("show_renew_data", Flag, "With this flag enabled the System will return the price of registration renewal (1/0). Optional field."),
            f("show_update_data", Flag, "Show price for update domain (1/0). Optional field."),
            f("currency", Text, "Identifier of the currency in which the prices will be quoted: RUR (default), UAH, USD, EUR. Optional field."),
        ]) => DomainPrices;
    /// Domain name selection by keywords.
    DomainGetSuggest = "domain/get_suggest", "8.3", "domain name selection by keywords", "Partners", Safe,
        Spec::new(&[
            f("word", Text, "Main keyword. For example, «domain». Mandatory field."),
            f("additional_word", Text, "Additional keyword. For example, «new» or «best». Optional field."),
            f("category", Text, "The category of picked up names. Valid values: ‘pattern’ — names matching defined patterns («name + prefix»), ‘search_trends’ – current search trends, ‘all’…"),
            f("tlds", Texts, "The zone in which the domain name should be checked for availability. Valid zones: 'com', 'info', 'name', 'net', 'org', 'ru', 'ru.com', 'su', 'рф'. To…"),
            f("use_hyphen", Flag, "Use hyphens to delimit words in domain names (for example, “best- domain”). Valid values: 0 (do not use hyphens) and 1 (use hyphens). By default hyphens are…"),
        ])
        .one_of(&[&["word"]]) => Suggestions;
    /// domain/get_premium_prices.
    DomainGetPremiumPrices = "domain/get_premium_prices", "8.4", "domain/get_premium_prices", "Partners", Safe,
        Spec::new(&[
            f("domains", List, "List of domains (no more than 100 pieces)"),
            f("currency", Text, "Currency"),
        ])
        .one_of(&[&["domains"]])
        .check(premium_rules) => PremiumPrices;
    /// The list of deleted domains.
    DomainGetDeleted = "domain/get_deleted", "8.5", "the list of deleted domains", "Partners", Safe,
        Spec::new(&[
            f("tlds", Texts, "The zones in which search for deleted domains. Valid zones: : 'ru', 'рф', 'su'. To define several zones at a time, add a separate value for each zone, for…"),
            f("deleted_from", Text, "Domain delete date from which to select domains in result list. Should be in format 'YYYY-MM-DD'. Defaults to last date of domain deletion."),
            f("deleted_to", Text, "Domain delete date till which to select domains in result list. Should be in format 'YYYY-MM-DD'. Defaults to last date of domain deletion. 'deleted_to'…"),
            f("created_from", Text, "Domain first registration date from which to select domains in result list. Should be in format 'YYYY-MM-DD'."),
            f("created_to", Text, "Domain first registration date till which to select domains in result list. Should be in format 'YYYY-MM-DD'."),
            f("hidereg", Flag, "When set to 1 only not registered domains are returned. Defaults to 0."),
            f("min_pr", Num, "The minimum value of Google PR of the domain"),
            f("min_cy", Num, "The minimum value of Yandex CY of the domain"),
        ]) => DeletedDomains;
    /// Check availability of a domain.
    DomainCheck = "domain/check", "8.6", "check availability of a domain", "Partners", Safe,
        Spec::new(&[
            f("domain_name", Domain, "Domain name, the field is incompatible with the “domains” list"),
            f("domains", List, "An array with a lsit of domain name alternatives. Each array element is a hash with the dname or domain_name key. The field can be used in JSON and XML…"),
            f("is_transfer", Flag, "When set to 1, the system checks the possibility of transfer of the domain to REG.RU. When set to 0 (default), the system just checks the availability of…"),
            f("premium_as_taken", Flag, "All premium_domain get answer that the domain is not available (0/1). Optional field"),
            f("currency", Text, "Currency for show of the prices (RUR, UAH, USD, EUR). Optional field, default is RUR"),
        ])
        .one_of(&[&["domain_name", "domains"]]) => DomainCheck;
    /// Application for a domain registration.
    DomainCreate = "domain/create", "8.7", "application for a domain registration", "Clients", Unsafe => "service/get_info",
        Spec::new(&[
            f("domain_name", Domain, "Depends on the zone."),
            f("domains", List, "Массив со списком доменов; каждый элемент массива является хешем с ключами dname — имя домена и дополнительными сервисами для каждого домена…"),
            f("user_servid", Text, "Domain ID set by the user. Allowed symbols: digits (from 0 through 9), Latin letters (from a through f). This ID cannot be generated automatically. If it is…"),
            f("subtype", Text, "Registration type. Optional field. Valid value (except for default null): «preorder» – domain reservation in the .РФ zone."),
            f("country", Text, "2-letter ISO-code of country where company is registered."),
        ])
        .groups(&[ORDER_FIELDS, PAYMENT])
        .one_of(&[&["domain_name", "domains"]])
        .check(create_rules) => DomainOrder;
    /// Application for a domain transfer.
    ///
    /// Function-specific errors: `AUTHINFO_NOT_FOUND`, `INVALID_AUTHINFO`.
    DomainTransfer = "domain/transfer", "8.8", "application for a domain transfer", "Clients", Unsafe => "domain/get_transfer_status",
        Spec::new(&[
            f("authinfo", Text, "Authentication key for domain transfer (applicable to international domains). The key should be obtained from the previous domain registrar. For .RU/.РФ…"),
            f("country", Text, "2-letter ISO-code of country."),
        ])
        .groups(&[ORDER_FIELDS, SERVICE_ID, LIST_ID, PAYMENT])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"], &["domain_name", "domains"]])
        .check(check_authinfo) => DomainOrder;
    /// domain/get_transfer_status.
    DomainGetTransferStatus = "domain/get_transfer_status", "8.9", "domain/get_transfer_status", "Clients", Safe,
        Spec::new(&[])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"]]) => DomainStatuses;
    /// domain/set_new_authinfo.
    ///
    /// Function-specific errors: `AUTHINFO_NOT_FOUND`, `INVALID_AUTHINFO`, `WAITING`, `NOT_A_TRANSFER_ORDER`.
    DomainSetNewAuthinfo = "domain/set_new_authinfo", "8.10", "domain/set_new_authinfo", "Clients", Idempotent,
        Spec::new(&[
            f("authinfo", Text, "domain transfer key, for .RU/.РФ tlds min_length is 6 signs"),
        ])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"], &["authinfo"]])
        .check(check_authinfo) => DomainResult;
    /// The list of expiring domains with their specifications.
    DomainGetReregData = "domain/get_rereg_data", "8.11", "the list of expiring domains with their specifications", "Partners", Safe,
        Spec::new(&[
            f("domains", List, "A list of domains"),
            f("dname_matching", Text, "Search patter of domain name"),
            f("search_query", Text, "Searches"),
            f("max_chars", Int, "The maximum number of characters in domain"),
            f("min_pr", Num, "The minimum value of Google PR"),
            f("min_cy", Num, "The minimum value of Yandex CY"),
            f("kley", Text, "1 - show only those domains where the mirror not detected"),
            f("zone", Text, "Domain zone (ru, su, рф)"),
            f("views", Text, "Page views per month"),
            f("vis", Text, "The number of unique visitors per month"),
            f("traf", Text, "Search traffic"),
            f("price", Num, "Maximum current price"),
            f("registrar", Text, "Registrar"),
            f("delete_date", Text, "Delete day"),
            f("sortcol", Text, "Sort by: name - by name, price - by blitz price, fdate - by first create date, date - by delete date, pr - by Google PR, cy - by Yandex CY, views - by page…"),
            f("premium", Text, "1 - show only premium domains"),
            f("limit", Int, "Description"),
            f("limit_from", Int, "The position (record) from which data will be transferred upon request. Default value: 0."),
        ]) => ReregData;
    /// To make an order for expiring domains.
    ///
    /// Function-specific errors: `CONTACTS_NOT_FOUND`, `INVALID_CONTACTS`, `UNKNOWN_CONTYPE`, `DOMAINS_NOT_FOUND`, `REREG_NOT_FOUND`, `INVALID_BID`, `SAME_OR_MORE_BID_FOUND`, `YOUR_SAME_OR_MORE_BID_FOUND`, `CREATION_IS_TEMPORARILY_LOCKED`.
    DomainSetReregBids = "domain/set_rereg_bids", "8.12", "to make an order for expiring domains", "Clients", Unsafe => "domain/get_user_rereg_bids",
        Spec::new(&[
            f("contacts", Object, "A hash of contact data. For the description of contact data, which is the hash key, see the section describing the domain/create function."),
            f("nss", Any, "A hash of NS-servers. For the description of the NS servers’ format, which is the hash key, see the section describing the domain/create function."),
            f("domains", List, "An array with the list of domains. Each array element is a hash with dname keys – domain name and price/bid for the domain. The order by instalments is…"),
        ])
        .groups(&[PAYMENT])
        .one_of(&[&["domains"]]) => DomainOrder;
    /// The list of expiring domains with their own bids.
    DomainGetUserReregBids = "domain/get_user_rereg_bids", "8.13", "the list of expiring domains with their own bids", "Clients", Safe,
        Spec::new(&[]) => UserReregBids;
    /// Get the link for documents download.
    ///
    /// Function-specific errors: `CANT_GET_DOCS_UPLOAD_SID`.
    DomainGetDocsUploadUri = "domain/get_docs_upload_uri", "8.14", "get the link for documents download", "Clients", Safe,
        Spec::new(&[])
        .groups(&[SERVICE_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id"]]) => DocsUpload;
    /// Domains contact data change.
    ///
    /// Function-specific errors: `INCOMPATIBLE_CONTYPES`, `INCOMPATIBLE_ZONES`, `PP_UPDATE_FAIL`.
    DomainUpdateContacts = "domain/update_contacts", "8.15", "domains contact data change", "Clients", Idempotent,
        Spec::new(&[
            f("contacts", Object, "A hash of contact data. For details about contact data, which is the hash key, refer to the section describing the domain/create function. The field is used…"),
            f("payout_agreement", Flag, "The client's consent to withdraw funds from account to cover expenses. Applies for domain zones with chargable updating of the contact details for domain.…"),
            f("birth_date", Text, ""),
            f("country", Text, ""),
            f("descr", Text, ""),
            f("e_mail", Text, ""),
            f("p_addr_addr", Text, ""),
            f("p_addr_area", Text, ""),
            f("p_addr_city", Text, ""),
            f("p_addr_recipient", Text, ""),
            f("p_addr_zip", Text, ""),
            f("passport_date", Text, ""),
            f("passport_number", Text, ""),
            f("passport_place", Text, ""),
            f("person", Text, ""),
            f("person_r_name", Text, ""),
            f("person_r_patronimic", Text, ""),
            f("person_r_surname", Text, ""),
            f("phone", Text, ""),
        ])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"]]) => DomainResults;
    /// Contact data hide / show flag change in whois.
    DomainUpdatePrivatePersonFlag = "domain/update_private_person_flag", "8.16", "contact data hide / show flag change in whois", "Clients", Idempotent,
        Spec::new(&[
            f("private_person_flag", Flag, "0 and 1"),
        ])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"], &["private_person_flag"]]) => DomainResults;
    /// Put a domain into the NSI-registry.
    DomainRegisterNs = "domain/register_ns", "8.17", "put a domain into the NSI-registry", "Everyone", Idempotent,
        Spec::new(&[
            f("ns0", Text, "nameserver"),
            f("ns0ip", Text, "IP address of the nameserver being added."),
        ])
        .groups(&[SERVICE_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id"], &["ns0"]]) => NsActionAnswer;
    /// Remove a domain from the NSI-registry.
    DomainDeleteNs = "domain/delete_ns", "8.18", "remove a domain from the NSI-registry", "Everyone", Idempotent,
        Spec::new(&[
            f("ns0", Text, "nameserver"),
            f("ns0ip", Text, "The domain whose nameserver will be deleted."),
        ])
        .groups(&[SERVICE_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id"], &["ns0"]]) => NsActionAnswer;
    /// Get the list of DNS for domains.
    DomainGetNss = "domain/get_nss", "8.19", "get the list of DNS for domains", "Clients", Safe,
        Spec::new(&[])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"]]) => DomainNssList;
    /// Domains DNS servers change.
    ///
    /// Function-specific errors: `INVALID_NSS`, `UNDELEGATION_NOT_SUPPORTED_BY_TLD`, `UNDELEGATION_NOT_SUPPORTED_BY_DOMAIN_STATE`.
    DomainUpdateNss = "domain/update_nss", "8.20", "domains DNS servers change", "Clients", Idempotent,
        Spec::new(&[
            f("nss", Any, "A hash of NS servers and, if necessary, IP addresses. The fields ns0...ns3 and ns0ip...ns3ip described above will serve as hash keys. This field can be used…"),
            f("undelegate", Flag, "Use this function to enable or suspend domain delegation. 0 — Delegate, 1 — Suspend delegation."),
            f("payout_agreement", Flag, "The client's consent to withdraw funds from account to cover expenses. Applies for domain zones with chargable updating of the nameservers for domain. At…"),
            f("ns0", Text, ""),
            f("ns0ip", Text, ""),
            f("ns1", Text, ""),
            f("ns1ip", Text, ""),
        ])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"]]) => DomainResults;
    /// Domain delegation.
    DomainDelegate = "domain/delegate", "8.21", "domain delegation", "Partners", Idempotent,
        Spec::new(&[])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"]]) => DomainResults;
    /// Domain delegation cancellation.
    DomainUndelegate = "domain/undelegate", "8.22", "domain delegation cancellation", "Partners", Idempotent,
        Spec::new(&[])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"]]) => DomainResults;
    /// Transmit a domain to another account.
    ///
    /// Function-specific errors: `OPERATION_FOR_SERVISE_OWNER_ONLY`, `NOT_TRANSFERED_DOMAIN_STATUS`, `TRANSFER_DELAY`.
    DomainTransferToAnotherAccount = "domain/transfer_to_another_account", "8.23", "transmit a domain to another account", "Partners", Unsafe => "service/get_info",
        Spec::new(&[
            f("new_user_name", Text, "The login name of the client to whom the domains are transferred."),
            f("set_me_as_referrer", Flag, "Use this field to make youself a referrer of the transferred domain (for details, see the Referral Program). Vaild values: 0 and 1."),
        ])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"], &["new_user_name"]]) => DomainResults;
    /// View the domains, which are transmitted into the account.
    DomainLookAtEnteringList = "domain/look_at_entering_list", "8.24", "view the domains, which are transmitted into the account", "Partners", Safe,
        Spec::new(&[]) => EnteringMessages;
    /// Accept or decline the domains, which are transmitted into the account.
    DomainAcceptOrRefuseEnteringList = "domain/accept_or_refuse_entering_list", "8.25", "accept or decline the domains, which are transmitted into the account", "Partners", Idempotent,
        Spec::new(&[
            f("id", Int, "ID of the domain transfer message. To get an ID, use the domain/look_at_entering_list function."),
            f("action_type", Text, "Use this field to define what should be done with a domain: “accept” or “refuse”. The following values are also allowed: yes/no, 1/ 0."),
        ])
        .groups(&[SERVICE_ID, LIST_ID]) => EnteringResults;
    /// Send an application for domains transposition to your account.
    ///
    /// Function-specific errors: `INCORRECT_DOMAIN_OWNER_SERVICE_PLAN`, `BELONGS_TO_ANOTHER_REGISTRAR`, `FREE_DOMAIN`, `CHECK_DOMAIN_ERROR`, `NO_DOMAINS_TO_TRANSFER`, `BAD_SERVICE_PLAN`, `REQUEST_TO_TRANSFER_DISABLED`.
    DomainRequestToTransfer = "domain/request_to_transfer", "8.26", "send an application for domains transposition to your account", "Partners with plan Partner 2 or higher", Unsafe,
        Spec::new(&[
            f("domain_name", Domain, "Domain name, the field is incompatible with the “domains” list"),
            f("domains", List, "An array with a lsit of domain name alternatives. Each array element is a hash with the dname or domain_name key. The field can be used in JSON and XML…"),
        ])
        .one_of(&[&["domain_name", "domains"]]) => DomainResults;
    /// domain/get_tld_info.
    ///
    /// Function-specific errors: `NO_TLD`, `UNAVAILABLE_DOMAIN_ZONE`.
    DomainGetTldInfo = "domain/get_tld_info", "8.27", "domain/get_tld_info", "Clients", Safe,
        Spec::new(&[
            f("tld", Text, "Zone name"),
        ])
        .one_of(&[&["tld"]]) => TldInfoAnswer;
    /// domain/send_email_verification_letter.
    DomainSendEmailVerificationLetter = "domain/send_email_verification_letter", "8.28", "domain/send_email_verification_letter", "Partners", Idempotent,
        Spec::new(&[
            f("check_only", Flag, "Flag prohibit send letters only need to check the confirmation email to the zone"),
        ])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"]]) => VerificationStatus;
}
