//! hosting functions (regru-api-2.txt §11): one row per function.

use super::spec::{Kind::*, Spec, f};

functions! {
    /// Check API accessibility.
    HostingNop = "hosting/nop", "11.1", "check API accessibility", "Clients", Safe,
        Spec::new(&[]);
    /// Get Jelastic URL for account balance refill.
    HostingGetJelasticRefillUrl = "hosting/get_jelastic_refill_url", "11.2", "get Jelastic URL for account balance refill", "Partners", Safe,
        Spec::new(&[]) => Link;
    /// Set Jelastic URL for account balance refill.
    HostingSetJelasticRefillUrl = "hosting/set_jelastic_refill_url", "11.3", "set Jelastic URL for account balance refill", "Partners", Idempotent,
        Spec::new(&[
            f("url", Text, "URL for the Jelastic account balance refill. You can use the keywords and , which will be replaced with the identifier of service for balance refill, and…"),
            f("email", Text, ""),
        ])
        .one_of(&[&["url"]]);
    /// Get URL to the ParallelsWPB constructor.
    HostingGetParallelswpbConstructorUrl = "hosting/get_parallelswpb_constructor_url", "11.4", "get URL to the ParallelsWPB constructor", "Clients", Safe,
        Spec::new(&[
            f("service_id", Int, "Numeric service identifier."),
        ])
        .one_of(&[&["service_id"]]) => Link;
    /// Get list available themes for ready-made solutions based on popular CMS.
    HostingGetRsThemes = "hosting/get_rs_themes", "11.5", "get list available themes for ready-made solutions based on popular CMS", "Everyone", Safe,
        Spec::new(&[
            f("servtype", Text, "The type of the ordered service:: \"srv_rs_joomla\" или \"srv_rs_wordpress\""),
            f("subtype", Text, "The rate plan."),
        ]) => RsThemes;
}
