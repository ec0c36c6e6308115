//! service functions (regru-api-2.txt §7): one row per function.

use super::spec::{Kind::*, Spec, f};
use super::spec::{LIST_ID, PAYMENT, SERVICE_ID, check_user_servid};

functions! {
    /// Check the service list availability.
    ServiceNop = "service/nop", "7.1", "check the service list availability", "Clients", Safe,
        Spec::new(&[])
        .groups(&[SERVICE_ID, LIST_ID]) => Services;
    /// Get services activation/renewal prices.
    ServiceGetPrices = "service/get_prices", "7.2", "Get services activation/renewal prices", "Everyone", Safe,
        Spec::new(&[
            f("show_renew_data", Flag, "With this flag enabled the system will return the price of renewal (1/0). Optional field."),
            f("currency", Text, "Identifier of the currency in which the prices will be quoted: rur (default), uah, usd, eur. Optional field."),
        ]) => ServicePrices;
    /// Get the price and general information of the service.
    ServiceGetServtypeDetails = "service/get_servtype_details", "7.3", "get the price and general information of the service", "Everyone", Safe,
        Spec::new(&[
            f("servtype", Text, "Type of service: srv_webfwd — web forwarding"),
            f("subtype", Text, "Service subtype."),
            f("unroll_prices", Flag, "Show prices in expanded form."),
            f("only_actual", Flag, "Show only actual subtypes"),
        ])
        .one_of(&[&["servtype"]]) => ServtypeDetailsList;
    /// Order a new service.
    ///
    /// Function-specific errors: `NEEDS_CONFIRMATION`, `WAITING`, `TRIAL_ACCOUNT_CREATION_ERROR`, `CANNOT_GET_USER_ID`, `ACCOUNT_IS_NOT_TRIAL`.
    ServiceCreate = "service/create", "7.4", "order a new service", "Everyone", Unsafe => "service/get_info",
        Spec::new(&[
            f("domain_name", Domain, "Name of the domain, for which the service is ordered."),
            f("servtype", Text, "The type of the ordered service:"),
            f("period", Int, "The period for which the service is ordered, the unit of measurement (year or month) depends on the type of the service being ordered."),
            f("user_servid", Text, "Domain ID set by the user. Allowed symbols: digits (from 0 through 9), Latin letters (from a through f). Maximum length: 32 symbols. This ID cannot be…"),
            f("folder_name", Text, "or folder_id"),
            f("no_new_folder", Flag, "If a non-existing folder name is defined:"),
            f("comment", Text, "An arbitrary text describing the order. Optional field."),
            f("admin_comment", Text, "A comment for administrators. An arbitrary text describing the order. Optional field."),
            f("subtype", Text, "The rate plan. Currently available rate plans are:"),
            f("contype", Text, "Type of contact data. Takes the value \"hosting_pp\" at the server registration to the individual person data and the value \"hosting_org\" at server…"),
            f("email", Text, "E-mail address for the created hosting account."),
            f("phone", Text, "Phone number. Optional field."),
            f("country", Text, "Two-letter ISO-code of the country, in which the individual person (organization) is registered."),
            f("person_r", Text, "It is indicated with \"contype\" parameter with the value \"hosting_pp\". Surname, name and patronymic of the server administrator in the Russian language…"),
            f("passport", Text, "It is indicated with \"contype\" parameter with the value \"hosting_pp\". Passport series and number, the name of the authority, which issued the Passport, date…"),
            f("pp_code", Text, "It is indicated with \"contype\" parameter with the value \"hosting_pp\". The identification number of a taxpayer (INN). The field can be left blank if the…"),
            f("org_r", Text, "It is indicated with \"contype\" parameter with the value \"hosting_pp\". Full name of the Administrator’s organization in the Russian language according to the…"),
            f("code", Text, "It is indicated with \"contype\" parameter with the value \"hosting_pp\". The identification number of a taxpayer (INN), which is assigned to the organization…"),
            f("theme", Text, "Theme. Use \"hosting/get_rs_themes\" for list of available themes."),
            f("title", Text, "A page element located at top of page (optional)."),
            f("content", Text, "HTML-code of the page."),
            f("counter_html_code", Text, "HTML-code of counters (optional)."),
            f("template_name", Text, "Template identifier. Available identifiers:"),
            f("private_property", Text, "\"Private property\""),
            f("under_construction", Text, "\"Site is under construction\""),
            f("for_sale", Text, "\"Domain is for sale\""),
            f("for_rent", Text, "\"Domain is for rent\""),
            f("for_you_gift", Text, "\"A gift for you\""),
            f("happy_new_year", Text, "\"Happy new Year!\""),
            f("happy_birthday1", Text, "\"Happy Birthday!\" (1st variant)"),
            f("happy_birthday2", Text, "\"Happy Birthday!\" (2nd variant)"),
            f("love_happiness", Text, "\"Love and happiness!\""),
            f("empty", Text, "Empty page"),
            f("raw_html", Text, "Your own HTML code (only for paid parking, without standard advertising block)"),
            f("html_title", Text, "HTML meta tag «Title»."),
            f("html_description", Text, "HTML meta tag «Description»."),
            f("html_keywords", Text, "HTML meta tag «Keywords»."),
            f("opt_user_contacts", Text, "Show block with domain owner contacts."),
            f("opt_feedback_link", Text, "Show information block with link \"Contact domain owner\" (link to domain Whois)."),
            f("dname", Domain, ""),
            f("plan", Text, ""),
        ])
        .groups(&[PAYMENT])
        .one_of(&[&["domain_name", "dname"], &["servtype"]])
        .check(check_user_servid) => Payment;
    /// Validate parameters for service_create.
    ///
    /// Function-specific errors: `ALREADY_EXISTS_ON_SERVER`, `ALREADY_EXISTS_ON_NSS`, `INVALID_PERIOD`, `INVALID_PLAN`, `PARAMETER_MISSING`, `DOMAIN_BAD_NAME`, `FIELD_VALUE_TOO_SHORT`.
    ServiceCheckCreate = "service/check_create", "7.5", "Validate parameters for service_create", "Everyone", Safe,
        Spec::new(&[
            f("domain_name", Domain, "Name of the domain, for which the service is ordered."),
            f("servtype", Text, "The type of the ordered service. Default value: srv_hosting_ispmgr"),
            f("subtype", Text, "The rate plan. Default value: Host-0-1019"),
            f("period", Int, "The period for which the service is ordered. Default value: 1"),
            f("dname", Domain, ""),
        ])
        .one_of(&[&["domain_name", "dname"], &["servtype"]]) => CheckCreate;
    /// Remove a service.
    ///
    /// Function-specific errors: `HAS_ACTIVE_PROJECTS`.
    ServiceDelete = "service/delete", "7.6", "remove a service", "Clients", Idempotent,
        Spec::new(&[])
        .groups(&[SERVICE_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id"]]);
    /// Get information on services.
    ServiceGetInfo = "service/get_info", "7.7", "get information on services", "Clients", Safe,
        Spec::new(&[
            f("show_folders", Flag, "0 and 1"),
        ])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"]]) => Services;
    /// Get the list of active services.
    ServiceGetList = "service/get_list", "7.8", "get the list of active services", "Clients", Safe,
        Spec::new(&[
            f("servtype", Text, "Type of service:"),
        ])
        .json() => Services;
    /// Get the directory folders, in which the service is included.
    ServiceGetFolders = "service/get_folders", "7.9", "get the directory folders, in which the service is included", "Clients", Safe,
        Spec::new(&[])
        .groups(&[SERVICE_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id"]]) => Folders;
    /// Get general information on the service.
    ServiceGetDetails = "service/get_details", "7.10", "get general information on the service", "Clients", Safe,
        Spec::new(&[
            f("separate_groups", Flag, "0 and 1"),
            f("show_contacts_only", Flag, "0 and 1"),
        ])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"]]) => ServiceDetailsList;
    /// Get the list of dedicated servers, which are available for order.
    ServiceGetDedicatedServerList = "service/get_dedicated_server_list", "7.11", "get the list of dedicated servers, which are available for order", "Clients", Safe,
        Spec::new(&[]) => DedicatedServers;
    /// Service customization.
    ServiceUpdate = "service/update", "7.12", "service customization", "Clients", Unsafe => "service/get_details",
        Spec::new(&[
            f("fwd_action", Text, "Action. Valid values:"),
            f("subtask", Text, "Action. Valid values:"),
            f("fwdto", Text, "\"Redirect to\", specify the URL to which you want to redirect the visitors."),
            f("allow_se_indexing", Flag, "Search engines indexing. At least one web-forwaring should be added to enable this feature. Possible values:"),
            f("webfwd_type", Text, "Forwarding type. Valid values:"),
            f("title", Text, "Page title. Valid only when address masking is used. The defined value will be displayed in the title bar of browser windows."),
            f("favicon", Text, "Favicon for web-forwaring with masking in frame. Allowed image format is PNG encoded in base64. Maximum original image size is 16x16 pixels. Maximum…"),
            f("content", Text, "HTML-code of the page."),
            f("counter_html_code", Text, "HTML-code of counters (optional)."),
            f("template_name", Text, "Template identifier. Available identifiers:"),
            f("private_property", Text, "\"Private property\""),
            f("under_construction", Text, "\"Site is under construction\""),
            f("for_sale", Text, "\"Domain is for sale\""),
            f("for_rent", Text, "\"Domain is for rent\""),
            f("for_you_gift", Text, "\"A gift for you\""),
            f("happy_new_year", Text, "\"Happy new Year!\""),
            f("happy_birthday1", Text, "\"Happy Birthday!\" (1st variant)"),
            f("happy_birthday2", Text, "\"Happy Birthday!\" (2nd variant)"),
            f("love_happiness", Text, "\"Love and happiness!\""),
            f("empty", Text, "Empty page"),
            f("raw_html", Text, "Your own HTML code (only for paid parking, without standard advertising block)"),
            f("html_title", Text, "HTML meta tag «Title»."),
            f("html_description", Text, "HTML meta tag «Description»."),
            f("html_keywords", Text, "HTML meta tag «Keywords»."),
            f("opt_user_contacts", Text, "Show block with domain owner contacts."),
            f("opt_feedback_link", Text, "Show information block with link \"Contact domain owner\" (link to domain Whois)."),
            f("approver_email", Text, "The e-mail address for certificate confirmation."),
            f("server_type", Text, "Software. Possible values:"),
            f("csr_string", Text, "Encoded CSR including starting and ending markers."),
            f("reissue", Flag, "Any non-zero value initiates the reissue of the certificate with the new fields csr_string, server_type, approver_email."),
            f("new_ostmpl", Text, "OS template, used during VPS reinstallation (the parameter subtask = reinstall). Valid template:"),
            f("new_hostname", Text, "VPS domain name. This parameter is used together with the parameter subtask = change_hostname."),
            f("reinstall_ispmgr", Flag, "This flag determines whether the reinstallation of the ISP Manager is required. This parameter is used during VPS reinstallations (the parameter subtask =…"),
            f("mx_list", Texts, "A comma-delimited list of MX servers used for transfer of filtered email."),
            f("fwdfrom", Text, ""),
        ])
        .groups(&[SERVICE_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id"]]) => Description;
    /// Domain or service renewal.
    ///
    /// Function-specific errors: `INCORRECT_STATE`, `PROLONG_ERROR`.
    ServiceRenew = "service/renew", "7.13", "domain or service renewal", "Clients", Unsafe => "service/get_info",
        Spec::new(&[
            f("period", Int, "Renewal period."),
            f("allow_create_bills", Flag, "The flag indicating that if the amount of funds in the account is insufficient, the request will be processed without error and the payment statement will…"),
        ])
        .groups(&[SERVICE_ID, LIST_ID, PAYMENT])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"], &["period"]]) => Renewal;
    /// Get the list of the bills, which are connected with the services.
    ServiceGetBills = "service/get_bills", "7.14", "get the list of the bills, which are connected with the services", "Partners", Safe,
        Spec::new(&[])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"]]) => ServiceBillsList;
    /// Control the flag for auto renewal.
    ServiceSetAutorenewFlag = "service/set_autorenew_flag", "7.15", "control the flag for auto renewal", "Clients", Idempotent,
        Spec::new(&[
            f("flag_value", Flag, "The flag that enables/disables automatic service renewal. Valid values: 0 and 1. Any value other than 0 is considered to be 1."),
        ])
        .groups(&[SERVICE_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id"], &["flag_value"]]);
    /// Suspend provision of the service.
    ///
    /// Function-specific errors: `SERVICE_NOT_ACTIVE`.
    ServiceSuspend = "service/suspend", "7.16", "suspend provision of the service", "Clients", Idempotent,
        Spec::new(&[])
        .groups(&[SERVICE_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id"]]);
    /// Resume provision of the service.
    ///
    /// Function-specific errors: `SERVICE_NOT_SUSPENDED`, `SERVICE_EXPIRED`.
    ServiceResume = "service/resume", "7.17", "resume provision of the service", "Clients", Idempotent,
        Spec::new(&[])
        .groups(&[SERVICE_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id"]]);
    /// Number of periods to the service expiration date.
    ServiceGetDepreciatedPeriod = "service/get_depreciated_period", "7.18", "number of periods to the service expiration date", "Clients", Safe,
        Spec::new(&[])
        .groups(&[SERVICE_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id"]]) => DepreciatedPeriod;
    /// Increase the tariff for the service.
    ///
    /// Function-specific errors: `SERVICE_UPGRADE_NOT_ALLOWED`, `DISK_SIZE_TOO_LARGE`, `SERVICE_BLOCKED`.
    ServiceUpgrade = "service/upgrade", "7.19", "increase the tariff for the service", "Clients", Unsafe => "service/get_info",
        Spec::new(&[
            f("period", Int, "Number of periods, for which the new service is ordered."),
            f("disk_size", Int, "As well as common domain and service identification parameters"),
        ])
        .groups(&[SERVICE_ID, PAYMENT])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id"], &["subtype", "disk_size"]]) => Payment;
    /// Transfer a service into partial control.
    ServicePartcontrolGrant = "service/partcontrol_grant", "7.20", "transfer a service into partial control", "Clients", Idempotent,
        Spec::new(&[
            f("newlogin", Text, "Login of the user to whom you grant the rights."),
        ])
        .groups(&[SERVICE_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id"], &["newlogin"]]) => PartControl;
    /// Recall the rights of partial control.
    ServicePartcontrolRevoke = "service/partcontrol_revoke", "7.21", "recall the rights of partial control", "Clients", Idempotent,
        Spec::new(&[])
        .groups(&[SERVICE_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id"]]) => PartControl;
    /// Resend mail to user.
    ServiceResendMail = "service/resend_mail", "7.22", "resend mail to user", "Clients", Idempotent,
        Spec::new(&[
            f("mailtype", Text, "Email type:"),
        ])
        .groups(&[SERVICE_ID]) => DomainResult;
    /// Refill balance of service.
    ServiceRefill = "service/refill", "7.23", "refill balance of service", "Clients", Unsafe => "service/get_bills",
        Spec::new(&[
            f("amount", Num, ""),
            f("currency", Text, ""),
        ])
        .groups(&[SERVICE_ID, PAYMENT])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id"]]) => Payment;
    /// Money withdrawal from an external service's account to the account of the reg.ru's user.
    ServiceRefund = "service/refund", "7.24", "money withdrawal from an external service's account to the account of the reg.ru's user", "Partners", Unsafe => "service/get_balance",
        Spec::new(&[])
        .groups(&[SERVICE_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id"]]);
    /// Get the external service's balance.
    ServiceGetBalance = "service/get_balance", "7.25", "get the external service's balance", "Clients", Safe,
        Spec::new(&[])
        .groups(&[SERVICE_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id"]]) => ServiceBalance;
    /// Get link for Seowizard control panel.
    ServiceSeowizardManageLink = "service/seowizard_manage_link", "7.26", "get link for Seowizard control panel", "Partners", Idempotent,
        Spec::new(&[])
        .groups(&[SERVICE_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id"]]) => Link;
    /// Get a link to the publication of the Reg.ru sitebuilder.
    ServiceGetWebsitebuilderLink = "service/get_websitebuilder_link", "7.27", "get a link to the publication of the Reg.ru sitebuilder", "Partners", Safe,
        Spec::new(&[])
        .groups(&[SERVICE_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id"]]) => Link;
}
