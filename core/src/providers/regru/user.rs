//! user functions (regru-api-2.txt §5): one row per function.

use super::spec::{Kind::*, Spec, f};

functions! {
    /// Check for availability.
    UserNop = "user/nop", "5.1", "check for availability", "Everyone", Safe,
        Spec::new(&[]);
    /// New user registration.
    ///
    /// Function-specific errors: `USER_LOGIN_NOT_UNIQUE`.
    UserCreate = "user/create", "5.2", "new user registration", "Partners", Unsafe,
        Spec::new(&[
            f("user_login", Text, "Login of the new user in the REG.RU system. Allowed symbols: Latin lower-case letters (a-z), digits (0 -9) and the symbols \"-\" and \"_\"."),
            f("user_password", Text, "Password of the new user. Allowed symbols: Latin lower- and upper-case letters."),
            f("user_email", Text, "E-mail of the new user."),
            f("user_country_code", Text, "Two-letter ISO code of the country of residence of the new user, for example, RU."),
            f("user_first_name", Text, "First name"),
            f("user_last_name", Text, "Last name"),
            f("user_company", Text, "Company the new user belongs to."),
            f("user_jabber_id", Text, "Jabber ID of the new user."),
            f("user_icq", Text, "ICQ UIN of the new user."),
            f("user_phone", Text, "Phone number of the new user in the international format, for example: +7.4951234567."),
            f("user_fax", Text, "Fax number of the new user in the international format, for example: +7.4951234567"),
            f("user_addr", Text, "Address of the new user: street, building, office/apartment."),
            f("user_city", Text, "Fax number of the new user in the international format, for example: +7.4951234567"),
            f("user_state", Text, "Address of the new user: region/district/state."),
            f("user_postcode", Text, "Postal code."),
            f("user_wmid", Text, "Webmoney ID of the new user."),
            f("user_website", Text, "Web site of the new user."),
            f("user_language", Text, "Two-letter user language code. Only ru and en allowed"),
            f("user_subsribe", Flag, "Subscribe the user to REG.RU newsletters. Valid values: 1 or 0 (default)."),
            f("user_mailnotify", Flag, "Send a notification about registration in the REG.RU to the user. Valid values: 1 (default) or 0."),
            f("set_me_as_referrer", Flag, "Mark the user as a referral. Valid values: 1 or 0 (default)."),
            f("check_only", Flag, "Do not register the user, just check the contacts. 1 or 0 (default). 1 or 0 (default). If the parameter is set to 1, the response will include user_id=777."),
            f("white_list_ips", Texts, "One or more ranges of IP-addresses that will be available to work on the API for this user. Examples: Single IP-address: 192.168.0.1, 32-bit CIDR-notation:…"),
        ])
        .one_of(&[&["user_login"], &["user_password"], &["user_email"], &["user_country_code"]]) => NewUser;
    /// Getting statistics.
    UserGetStatistics = "user/get_statistics", "5.3", "getting statistics", "Clients", Safe,
        Spec::new(&[
            f("date_from", Text, "This field sets the statistics start date (optional parameter)."),
            f("date_till", Text, "This field sets the statistics end date (optional parameter)."),
        ]) => UserStatistics;
    /// View balance of the account.
    UserGetBalance = "user/get_balance", "5.4", "view balance of the account", "Clients", Safe,
        Spec::new(&[
            f("currency", Text, "Define the currency in which the balance is presented. Conversion is performed automatically in accordance with the current exchange rates. Available…"),
        ]) => Balance;
    /// Replenishment of balance.
    UserRefillBalance = "user/refill_balance", "5.5", "replenishment of balance", "Clients", Unsafe => "bill/get_not_payed",
        Spec::new(&[
            f("pay_type", Text, "Payment method. Available options: WM — WebMoney, requires specifying of WMID."),
            f("wmid", Text, "WebMoney ID"),
            f("currency", Text, "Currency of the transfer. USD, EUR and UAH for WebMoney."),
            f("amount", Num, "Amount of the invoice."),
        ])
        .one_of(&[&["pay_type"], &["amount"]]) => Payment;
    /// Set URL for the redirect from the external service.
    UserSetResellerUrl = "user/set_reseller_url", "5.6", "set URL for the redirect from the external service", "Partners", Idempotent,
        Spec::new(&[
            f("servtype", Text, "Service type for URL setting. Available types:"),
            f("url_type", Text, "Type of the URL for the redirect. Available types:"),
            f("url", Text, "URL for the redirect. Can contain next tokens:"),
        ])
        .one_of(&[&["servtype"], &["url_type"], &["url"]]);
    /// Get URL for the redirect from the external service.
    UserGetResellerUrl = "user/get_reseller_url", "5.7", "get URL for the redirect from the external service", "Partners", Safe,
        Spec::new(&[
            f("servtype", Text, "Service type for URL setting. Available types:"),
            f("url_type", Text, "Type of the URL for the redirect. Available types:"),
        ])
        .one_of(&[&["servtype"], &["url_type"]]) => Link;
}
