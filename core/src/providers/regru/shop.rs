//! shop functions (regru-api-2.txt §13): one row per function.

use super::spec::{Kind::*, Spec, f};

functions! {
    /// Check for availability.
    ShopNop = "shop/nop", "13.1", "check for availability", "Clients", Safe,
        Spec::new(&[
            f("dname", Domain, "domain name"),
        ]) => ShopLotRef;
    /// Update lot.
    ShopUpdateLot = "shop/update_lot", "13.2", "update lot", "Everyone", Idempotent,
        Spec::new(&[
            f("category_ids", Texts, "a list of category identifiers (1-3 values), see get_category_list function for values"),
            f("description", Text, "the description of the lots"),
            f("keywords", Texts, "a list of keywords"),
            f("sold_with", Text, "what is sold, possible values: \"\" or absent (only domain), \"site\" (domain and website), \"tm\" (domain name and trademark), \"site, tm\" (domain, website and…"),
            f("price", Num, "domain price"),
            f("min_price", Num, "minimal allowed bid for lot"),
            f("deny_bids_lower_rejected", Flag, "do not accept offers for a price lower than the rejected"),
            f("setup_parking_page", Flag, "activate \"Showcase domain for Domain Shop\""),
            f("lot_price_type", Text, "\"fixed\" (fixed price) or \"offer\" (free price)"),
            f("dname", Texts, "domains list for update"),
            f("rent", Text, ""),
            f("rent_price", Num, ""),
        ])
        .one_of(&[&["dname", "domains"]])
        .json();
    /// Delete lot.
    ShopDeleteLot = "shop/delete_lot", "13.3", "delete lot", "Everyone", Idempotent,
        Spec::new(&[
            f("dname", Texts, "domain list"),
        ])
        .one_of(&[&["dname", "domains"]])
        .json();
    /// Get information about lot.
    ShopGetInfo = "shop/get_info", "13.4", "get information about lot", "Everyone", Safe,
        Spec::new(&[
            f("dname", Domain, "domain name"),
        ])
        .one_of(&[&["dname"]]) => ShopLot;
    /// Get the list of lots.
    ShopGetLotList = "shop/get_lot_list", "13.5", "get the list of lots", "Everyone", Safe,
        Spec::new(&[
            f("pg", Int, "what page to show, by default - 0"),
            f("itemsonpage", Int, "how many items per page, by default - 25, possible values: 25, 50, 100, 200, 500"),
            f("sortcol", Text, ": dname, dname_length, google_pr, yandex_tic, is_online, creation_date, lot_date, lot_hits, start_price, lot_mtime, first_create_domain, bids_cnt, keywords"),
            f("sortorder", Text, ": ASC, DESC, by default - ASC"),
            f("keywords", Texts, "show_my_lots"),
            f("show_my_lots", Flag, "flag \"Only my items\" flag"),
            f("yandex_tic_from", Text, "yandex_tic_to"),
            f("yandex_tic_to", Text, "google_pr_from"),
            f("google_pr_from", Text, "Google PageRank"),
            f("google_pr_to", Text, "Google PageRank"),
            f("price_from", Text, "price_to"),
            f("price_to", Text, "creation_date_from"),
            f("creation_date_from", Text, "creation_date_to"),
            f("creation_date_to", Text, "lot_date_from"),
            f("lot_date_from", Text, "lot_date_to"),
            f("lot_date_to", Text, "lot_mtime_from"),
            f("lot_mtime_from", Text, "lot_mtime_to"),
            f("lot_mtime_to", Text, "dname_length_from"),
            f("dname_length_from", Text, "dname_length_to"),
            f("dname_length_to", Text, "Response fields:"),
        ]) => ShopLots;
    /// Get the list of categories.
    ShopGetCategoryList = "shop/get_category_list", "13.6", "get the list of categories", "Everyone", Safe,
        Spec::new(&[
            f("dname", Domain, ""),
        ]) => ShopCategories;
    /// Get the list of suggested tags.
    ShopGetSuggestedTags = "shop/get_suggested_tags", "13.7", "get the list of suggested tags", "Everyone", Safe,
        Spec::new(&[
            f("limit", Int, "the number of tags, optional, default 10, maximum 50"),
        ]) => ShopTags;
}
