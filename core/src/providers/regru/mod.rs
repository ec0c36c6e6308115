//! REG.API 2.0 of reg.ru (`../shared/provider-docs/regru-api-2.txt`, with the request examples the
//! document lost recovered in `regru-api-2-requests.md`).
//!
//! # Transport
//!
//! - Every function is `POST <base><category>/<function>` (the four general functions have no
//!   category: `nop`, `reseller_nop`, `get_user_id`, `get_service_id`); base
//!   `https://api.reg.ru/api/regru2/`, overridable with `base_url`. The body is
//!   `application/x-www-form-urlencoded` (the vendor's current service refuses GET and query strings:
//!   `ONLY_POST_ALLOWED`, `QUERY_PARAMS_DISALLOWED`).
//! - Authentication (§2.2.4.1, §2.4): `username` + `password`, or `username` + `sig` (see [`sign`]),
//!   or both (`password` alongside the key, as the 2017 page did). The public `test`/`test` account
//!   is the documented test mode (§2.5): every check runs, nothing is performed. Credentials always
//!   travel as plain form fields, never inside `input_data` (§2.2.4.2).
//! - Every request carries `output_format=json`. `show_input_params` is never sent unless the caller
//!   asks (the service echoes every parameter back, the password included; the parser masks
//!   credentials in `input_params`).
//! - API control parameters any function accepts: `lang` (`ru`, `en`, `th`), `io_encoding` (`utf8`,
//!   `cp1251`, `koi8-r`, `koi8-u`, `cp866`; the library writes UTF-8, so another encoding is only
//!   accepted when every parameter is ASCII), `output_content_type`, `show_input_params`. Other
//!   values are refused before anything is sent.
//!
//! # Parameters
//!
//! Each function is one row (see the category modules) listing its parameters in the vendor's names
//! with their kind, the common groups it accepts and what is required; the catalog takes them as a
//! JSON object. The layout follows the document's examples (see [`spec`]): plain form fields when
//! every value is a scalar (lists of scalars as repeated fields), otherwise every function parameter
//! inside `input_data` (JSON) with `input_format=json`. Form fields are sorted by name, as the
//! document prints them.
//!
//! - Service identification (§2.2.4.3): `service_id`, `user_servid`, `domain_name` / `dname`
//!   (+ `servtype`, `subtype`), `uplink_service_id` (+ `servtype`/`subtype`). A function that acts on
//!   a service requires one of them (or a list).
//! - Service lists (§2.2.4.4): `domains` / `services`, lists of objects, at most 1000 items (more is
//!   refused with `InvalidInput` before sending).
//! - Folders (§2.2.4.5): `folder_id` or `folder_name`.
//! - Payment (§2.2.4.6), where the document lists them: `point_of_sale`, `pay_type` (one of `WM`,
//!   `bank`, `pbank`, `prepay`, `yamoney`, `rapida`, `robox`, `paymer`, `cash`, `chronopay`),
//!   `ok_if_no_money`.
//! - Domain names: "Russian domain names should be passed in the punycode or national encoding"
//!   (§2.2.4.3): names (`пример.рф` or `xn--e1afmkfd.xn--p1ai`) are passed through unchanged; only
//!   empty names and names with spaces or control characters are refused. The service itself answers
//!   per-item errors such as `INVALID_DOMAIN_NAME_PUNYCODE` or `HAVE_MIXED_CODETABLES`.
//! - Flags accept `1`/`0`, `"1"`/`"0"` or `true`/`false`; in `input_data` booleans are sent as `1`/`0`.
//!
//! # Responses
//!
//! [`envelope`]: `{"result":"success","answer":…}` gives a [`Reply`] (the answer as JSON, plus
//! `all_succeeded` and `failed_items` when the answer holds per-item results — an item whose `result`
//! is not `success` is a failure even inside a success envelope); `{"result":"error",…}` gives an
//! error whose kind comes from the common error tables of §2.3.3 and the functions' own tables
//! ([`envelope::classify`]): authentication → `Auth`; `ACCESS_DENIED_FROM_IP*` → `IpNotAllowed`;
//! `IP_EXCEEDED_ALLOWED_CONNECTION_RATE`, `ACCOUNT_EXCEEDED_ALLOWED_CONNECTION_RATE`, `BILLING_LOCK`
//! → `RateLimited` (retryable); `NOT_ENOUGH_MONEY` → `InsufficientFunds`; identification errors →
//! `NotFound`/`InvalidInput`; name availability → `Unavailable`; duplicate orders → `AlreadyExists`;
//! DNS and DNSSEC refusals → `Rejected`/`Unsupported`/`Pending`. `error_params` is kept as the error's
//! `details`. A body that is not JSON is a `Protocol` error.
//!
//! # Typed results
//!
//! Where the document lists response fields or shows a response example, the function's output is
//! [`Typed`]`<T>` with `T` one of the [`answers`] structs (the same JSON shape as [`Reply`], the
//! answer's members read into named fields: identifiers, amounts and dates as text, periods, counts
//! and priorities as whole numbers, flags as booleans; every other member kept in `extra`; a member
//! of an unexpected shape is a `Protocol` error). 102 of the 118 functions:
//!
//! - general and `user`: `nop` ([`answers::User`]), `user/create` ([`answers::NewUser`]),
//!   `user/get_statistics` ([`answers::UserStatistics`]), `user/get_balance`
//!   ([`answers::Balance`]), `user/refill_balance` ([`answers::Payment`]), `user/get_reseller_url`
//!   ([`answers::Link`]);
//! - `bill`: all five ([`answers::Bills`]);
//! - `service`: `nop`, `get_info`, `get_list` ([`answers::Services`]), `get_prices`
//!   ([`answers::ServicePrices`]), `get_servtype_details` ([`answers::ServtypeDetailsList`]),
//!   `create`, `upgrade`, `refill` ([`answers::Payment`]), `check_create`
//!   ([`answers::CheckCreate`]), `get_folders` ([`answers::Folders`]), `get_details`
//!   ([`answers::ServiceDetailsList`]), `get_dedicated_server_list`
//!   ([`answers::DedicatedServers`]), `update` ([`answers::Description`]), `renew`
//!   ([`answers::Renewal`]), `get_bills` ([`answers::ServiceBillsList`]),
//!   `get_depreciated_period` ([`answers::DepreciatedPeriod`]), `partcontrol_grant`,
//!   `partcontrol_revoke` ([`answers::PartControl`]), `resend_mail` ([`answers::DomainResult`]),
//!   `get_balance` ([`answers::ServiceBalance`]), `seowizard_manage_link`,
//!   `get_websitebuilder_link` ([`answers::Link`]);
//! - `domain`: all 28 — `nop` ([`answers::ServiceRef`]), `get_prices`
//!   ([`answers::DomainPrices`]), `get_suggest` ([`answers::Suggestions`]), `get_premium_prices`
//!   ([`answers::PremiumPrices`]), `get_deleted` ([`answers::DeletedDomains`]), `check`
//!   ([`answers::DomainCheck`]), `create`, `transfer`, `set_rereg_bids` ([`answers::DomainOrder`]),
//!   `get_transfer_status` ([`answers::DomainStatuses`]), `set_new_authinfo`
//!   ([`answers::DomainResult`]), `get_rereg_data` ([`answers::ReregData`]),
//!   `get_user_rereg_bids` ([`answers::UserReregBids`]), `get_docs_upload_uri`
//!   ([`answers::DocsUpload`]), `update_contacts`, `update_private_person_flag`, `update_nss`,
//!   `delegate`, `undelegate`, `transfer_to_another_account`, `request_to_transfer`
//!   ([`answers::DomainResults`]), `register_ns`, `delete_ns` ([`answers::NsActionAnswer`]),
//!   `get_nss` ([`answers::DomainNssList`]), `look_at_entering_list`
//!   ([`answers::EnteringMessages`]), `accept_or_refuse_entering_list`
//!   ([`answers::EnteringResults`]), `get_tld_info` ([`answers::TldInfoAnswer`]),
//!   `send_email_verification_letter` ([`answers::VerificationStatus`]);
//! - `zone`: all 18 — `get_resource_records` ([`answers::ZoneRecordsList`]), the others
//!   ([`answers::DomainResults`]);
//! - `dnssec`: all 8 ([`answers::DomainStatuses`]);
//! - `hosting`: `get_jelastic_refill_url`, `get_parallelswpb_constructor_url` ([`answers::Link`]),
//!   `get_rs_themes` ([`answers::RsThemes`]);
//! - `folder`: `nop` ([`answers::FolderRef`]), `rename`, `get_services`, `add_services`,
//!   `remove_services`, `replace_services`, `move_services` ([`answers::FolderServices`]);
//! - `shop`: `nop` ([`answers::ShopLotRef`]), `get_info` ([`answers::ShopLot`]), `get_lot_list`
//!   ([`answers::ShopLots`]), `get_category_list` ([`answers::ShopCategories`]),
//!   `get_suggested_tags` ([`answers::ShopTags`]).
//!
//! The other 16 give the raw [`Reply`]: `reseller_nop`, `get_user_id`, `get_service_id` (the
//! document lost their sections: no fields, no example), and `user/nop`, `user/set_reseller_url`,
//! `service/delete`, `service/set_autorenew_flag`, `service/suspend`, `service/resume`,
//! `service/refund`, `hosting/nop`, `hosting/set_jelastic_refill_url`, `folder/create`,
//! `folder/remove`, `shop/update_lot`, `shop/delete_lot` (the document lists no response fields
//! and its example is `{"result": "success"}` alone).
//!
//! # Limits and notes
//!
//! - At most 1,200 requests per hour per user and per IP (§1.2); over it the service answers
//!   `IP_EXCEEDED_ALLOWED_CONNECTION_RATE` / `ACCOUNT_EXCEEDED_ALLOWED_CONNECTION_RATE`.
//! - Only calls that do not change the balance run in parallel (§2.1); a second billing call gets
//!   `BILLING_LOCK` (retryable).
//! - The API answers only from IP addresses on the account's allow list (§2.4).
//! - **TLS client certificate.** Accounts with "Use SSL cert for API access" (and, on the vendor's
//!   current service, every `username` + `sig` login) must present the uploaded certificate on the
//!   TLS connection (§2.4.3; `curl --key my.key --cert my.crt`). That is a property of the connection,
//!   not of the request: a prepared request cannot carry it, so the host's transport must be set up
//!   with the certificate. Every function's metadata repeats this note.
//! - Signatures: SHA-1 per the document, SHA-512 per the vendor's current page (`"digest"`); the
//!   signature login is not available for the `test` user.

#[macro_use]
mod macros;

pub mod answers;
pub mod bill;
pub mod common;
pub mod dnssec;
pub mod domain;
pub mod envelope;
pub mod folder;
pub mod hosting;
pub mod service;
pub mod shop;
pub mod sign;
pub mod spec;
pub mod user;
pub mod zone;

pub use bill::*;
pub use common::*;
pub use dnssec::*;
pub use domain::*;
pub use envelope::{ItemError, Reply, Typed};
pub use folder::*;
pub use hosting::*;
pub use service::*;
pub use shop::*;
pub use sign::{Digest, SigningKey, text_to_sign};
pub use user::*;
pub use zone::*;

use crate::catalog::{Entry, entry};
use crate::error::Error;
use crate::secret::Secret;
use serde::Deserialize;

/// The base URL used when the configuration gives none.
pub const DEFAULT_BASE_URL: &str = "https://api.reg.ru/api/regru2/";

/// Notes every function's metadata carries.
pub const NOTE_RATE: &str = "At most 1,200 requests per hour per user and per IP (IP_EXCEEDED_ALLOWED_CONNECTION_RATE / ACCOUNT_EXCEEDED_ALLOWED_CONNECTION_RATE); calls that change the balance do not run in parallel (BILLING_LOCK).";
/// The client-certificate note (see the module documentation).
pub const NOTE_CLIENT_CERT: &str = "Accounts with 'Use SSL cert for API access', and signature logins on the vendor's current service, must present the uploaded TLS client certificate on the connection; configure the transport with it (the prepared request cannot carry it).";

/// Endpoint and credentials.
#[derive(Clone, Debug)]
pub struct Client {
    username: String,
    password: Option<Secret>,
    key: Option<SigningKey>,
    digest: Digest,
    base_url: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Config {
    username: String,
    #[serde(default)]
    password: Option<Secret>,
    #[serde(default)]
    private_key_pem: Option<Secret>,
    #[serde(default)]
    digest: Option<Digest>,
    #[serde(default)]
    base_url: Option<String>,
}

impl Client {
    /// A password client on the default base URL.
    pub fn with_password(username: impl Into<String>, password: impl Into<String>) -> Self {
        Client {
            username: username.into(),
            password: Some(Secret::new(password.into())),
            key: None,
            digest: Digest::Sha1,
            base_url: DEFAULT_BASE_URL.to_owned(),
        }
    }

    /// A signing client: `username` + `sig` made with `key` over `digest`.
    pub fn with_key(username: impl Into<String>, key: SigningKey, digest: Digest) -> Self {
        Client {
            username: username.into(),
            password: None,
            key: Some(key),
            digest,
            base_url: DEFAULT_BASE_URL.to_owned(),
        }
    }

    /// The client from its JSON configuration: `{"username", "password"}` or
    /// `{"username", "private_key_pem", "password"?, "digest": "sha1"|"sha512"?}`, `"base_url"?`.
    /// The key (PKCS#1 or PKCS#8 PEM) is parsed here, once.
    pub fn from_config(config: &serde_json::Value) -> Result<Self, Error> {
        let c: Config = serde_json::from_value(config.clone())
            .map_err(|e| Error::invalid_input("config", e))?;
        if c.username.trim().is_empty() {
            return Err(Error::invalid_input("username", "must not be empty"));
        }
        let password = c.password.filter(|p| !p.expose().is_empty());
        let key = match &c.private_key_pem {
            Some(pem) => Some(SigningKey::from_pem(pem.expose())?),
            None => None,
        };
        if password.is_none() && key.is_none() {
            return Err(Error::invalid_input(
                "password",
                "give a password or a private_key_pem (signature login)",
            ));
        }
        let base_url = c.base_url.unwrap_or_else(|| DEFAULT_BASE_URL.to_owned());
        crate::wire::request::check_base_url(&base_url, "base_url")?;
        Ok(Client {
            username: c.username,
            password,
            key,
            digest: c.digest.unwrap_or_default(),
            base_url,
        })
    }

    /// The same client on another base URL (a test server, a proxy).
    pub fn with_base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
        self
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Whether requests are signed.
    pub fn signs(&self) -> bool {
        self.key.is_some()
    }
}

/// Every operation of the document is implemented.
pub const COMPLETE: bool = true;

macro_rules! table {
    ($($ty:ident),* $(,)?) => {
        /// Every REG.API function, in the document's order.
        pub static OPERATIONS: &[Entry<Client>] = &[$(entry::<$ty>()),*];
    };
}

table![
    Nop,
    ResellerNop,
    GetUserId,
    GetServiceId,
    UserNop,
    UserCreate,
    UserGetStatistics,
    UserGetBalance,
    UserRefillBalance,
    UserSetResellerUrl,
    UserGetResellerUrl,
    BillNop,
    BillGetNotPayed,
    BillGetForPeriod,
    BillChangePayType,
    BillDelete,
    ServiceNop,
    ServiceGetPrices,
    ServiceGetServtypeDetails,
    ServiceCreate,
    ServiceCheckCreate,
    ServiceDelete,
    ServiceGetInfo,
    ServiceGetList,
    ServiceGetFolders,
    ServiceGetDetails,
    ServiceGetDedicatedServerList,
    ServiceUpdate,
    ServiceRenew,
    ServiceGetBills,
    ServiceSetAutorenewFlag,
    ServiceSuspend,
    ServiceResume,
    ServiceGetDepreciatedPeriod,
    ServiceUpgrade,
    ServicePartcontrolGrant,
    ServicePartcontrolRevoke,
    ServiceResendMail,
    ServiceRefill,
    ServiceRefund,
    ServiceGetBalance,
    ServiceSeowizardManageLink,
    ServiceGetWebsitebuilderLink,
    DomainNop,
    DomainGetPrices,
    DomainGetSuggest,
    DomainGetPremiumPrices,
    DomainGetDeleted,
    DomainCheck,
    DomainCreate,
    DomainTransfer,
    DomainGetTransferStatus,
    DomainSetNewAuthinfo,
    DomainGetReregData,
    DomainSetReregBids,
    DomainGetUserReregBids,
    DomainGetDocsUploadUri,
    DomainUpdateContacts,
    DomainUpdatePrivatePersonFlag,
    DomainRegisterNs,
    DomainDeleteNs,
    DomainGetNss,
    DomainUpdateNss,
    DomainDelegate,
    DomainUndelegate,
    DomainTransferToAnotherAccount,
    DomainLookAtEnteringList,
    DomainAcceptOrRefuseEnteringList,
    DomainRequestToTransfer,
    DomainGetTldInfo,
    DomainSendEmailVerificationLetter,
    ZoneNop,
    ZoneAddAlias,
    ZoneAddAaaa,
    ZoneAddCaa,
    ZoneAddCname,
    ZoneAddMx,
    ZoneAddNs,
    ZoneAddTxt,
    ZoneAddSrv,
    ZoneGetResourceRecords,
    ZoneUpdateRecords,
    ZoneUpdateSoa,
    ZoneTuneForwarding,
    ZoneClearForwarding,
    ZoneTuneParking,
    ZoneClearParking,
    ZoneRemoveRecord,
    ZoneClear,
    DnssecNop,
    DnssecGetStatus,
    DnssecEnable,
    DnssecDisable,
    DnssecRenewKsk,
    DnssecRenewZsk,
    DnssecGetRecords,
    DnssecAddKeys,
    HostingNop,
    HostingGetJelasticRefillUrl,
    HostingSetJelasticRefillUrl,
    HostingGetParallelswpbConstructorUrl,
    HostingGetRsThemes,
    FolderNop,
    FolderCreate,
    FolderRemove,
    FolderRename,
    FolderGetServices,
    FolderAddServices,
    FolderRemoveServices,
    FolderReplaceServices,
    FolderMoveServices,
    ShopNop,
    ShopUpdateLot,
    ShopDeleteLot,
    ShopGetInfo,
    ShopGetLotList,
    ShopGetCategoryList,
    ShopGetSuggestedTags,
];
