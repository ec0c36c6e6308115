//! The capability matrix: provider × common operation → native call, flow of calls, or
//! unsupported with the reason. An unsupported call fails with [`ErrorKind::Unsupported`] before
//! anything is sent; [`matrix_markdown`] renders the matrix for the README.
//!
//! [`ErrorKind::Unsupported`]: crate::ErrorKind::Unsupported

use crate::catalog::PROVIDERS;
use crate::operation::Safety;
use serde::Serialize;

macro_rules! common_ops {
    ($($(#[$doc:meta])* $variant:ident $name:literal $safety:ident $confirm:expr;)*) => {
        /// The operations of the unified interface.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
        #[serde(rename_all = "snake_case")]
        #[non_exhaustive]
        pub enum CommonOp {
            $($(#[$doc])* $variant,)*
        }

        impl CommonOp {
            /// Every common operation, in the matrix's order.
            pub const ALL: &'static [CommonOp] = &[$(CommonOp::$variant),*];

            /// The snake_case name every binding uses (`check`, `set_nameservers`, …).
            pub const fn as_str(self) -> &'static str {
                match self { $(CommonOp::$variant => $name,)* }
            }

            /// The operation named `name` (`check`, `set_nameservers`, …).
            pub fn from_name(name: &str) -> Option<CommonOp> {
                match name { $($name => Some(CommonOp::$variant),)* _ => None }
            }

            /// Whether repeating the operation is harmless.
            pub const fn safety(self) -> Safety {
                match self { $(CommonOp::$variant => Safety::$safety,)* }
            }

            /// For an operation that is not safe to repeat: the read-only common operation that
            /// tells whether it went through (after a timeout, before retrying).
            pub const fn confirm_with(self) -> Option<CommonOp> {
                match self { $(CommonOp::$variant => $confirm,)* }
            }
        }
    };
}

common_ops! {
    /// Availability of many names at once; one result per name.
    Check "check" Safe None;
    /// Status, dates, name servers, contacts, flags of one domain.
    Info "info" Safe None;
    /// The delegated name servers (with glue where the provider reports it).
    GetNameservers "get_nameservers" Safe None;
    /// Replace the delegated name servers.
    SetNameservers "set_nameservers" Idempotent None;
    /// Registrar (transfer) lock on.
    Lock "lock" Idempotent None;
    /// Registrar (transfer) lock off.
    Unlock "unlock" Idempotent None;
    /// Renew for N years (moves money).
    Renew "renew" Unsafe Some(CommonOp::Info);
    /// Register a name (moves money).
    Register "register" Unsafe Some(CommonOp::Info);
    /// Transfer a name in (moves money).
    Transfer "transfer" Unsafe Some(CommonOp::TransferStatus);
    /// Where an incoming transfer stands.
    TransferStatus "transfer_status" Safe None;
    /// The account's domains, one page at a time.
    ListDomains "list_domains" Safe None;
    /// The account balance.
    Balance "balance" Safe None;
    /// WHOIS privacy on.
    PrivacyOn "privacy_on" Idempotent None;
    /// WHOIS privacy off.
    PrivacyOff "privacy_off" Idempotent None;
    /// The transfer (auth/EPP) code.
    AuthCode "auth_code" Safe None;
    /// A new transfer code.
    RegenerateAuthCode "regenerate_auth_code" Unsafe Some(CommonOp::AuthCode);
    /// The zone's DNS records.
    DnsList "dns_list" Safe None;
    /// Add one DNS record.
    DnsAdd "dns_add" Unsafe Some(CommonOp::DnsList);
    /// Delete one DNS record.
    DnsDelete "dns_delete" Idempotent None;
    /// Create a contact (handle, template).
    CreateContact "create_contact" Unsafe None;
    /// Set a domain's contacts.
    SetContacts "set_contacts" Idempotent None;
    /// Create a child name server (host with glue under the domain).
    ChildNsCreate "child_ns_create" Unsafe Some(CommonOp::Info);
    /// Change a child name server's addresses.
    ChildNsUpdate "child_ns_update" Idempotent None;
    /// Delete a child name server.
    ChildNsDelete "child_ns_delete" Idempotent None;
}

impl std::fmt::Display for CommonOp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a provider does a common operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Capability {
    /// One call of this catalog operation.
    Native {
        /// The vendor operation.
        operation: &'static str,
    },
    /// Several calls, one request at a time.
    Flow {
        /// At most this many calls (per name when `per_name`).
        calls: u8,
        /// The calls are made once per name asked.
        per_name: bool,
        /// The vendor operations, in order.
        operations: &'static [&'static str],
    },
    /// One call of one of these catalog operations, chosen by the input (the DNS record type).
    ByType {
        /// The vendor operations, one per kind of input.
        operations: &'static [&'static str],
    },
    /// A fixed start (`first`, possibly empty) then the `each` calls once per item that changes
    /// (`per`: an address, a record); the number of calls depends on the input.
    FlowEach {
        /// The calls made once, in order.
        first: &'static [&'static str],
        /// The calls made once per item, in order.
        each: &'static [&'static str],
        /// What an item is (`address`, `record`).
        per: &'static str,
    },
    /// Not possible with this provider (or not mapped by this library), and why.
    Unsupported {
        /// Why.
        reason: &'static str,
    },
}

impl Capability {
    /// Whether the operation can run.
    pub fn is_supported(&self) -> bool {
        !matches!(self, Capability::Unsupported { .. })
    }

    /// The Markdown table cell.
    pub fn markdown_cell(&self) -> String {
        match self {
            Capability::Native { operation } => format!("native `{operation}`"),
            Capability::Flow {
                calls,
                per_name,
                operations,
            } => {
                let ops: Vec<String> = operations.iter().map(|o| format!("`{o}`")).collect();
                let n = if *per_name {
                    format!("{calls} per name")
                } else {
                    calls.to_string()
                };
                format!("flow ({n}): {}", ops.join(" → "))
            }
            Capability::ByType { operations } => {
                let ops: Vec<String> = operations.iter().map(|o| format!("`{o}`")).collect();
                format!("native, by record type: {}", ops.join(", "))
            }
            Capability::FlowEach { first, each, per } => {
                let mut parts: Vec<String> = first.iter().map(|o| format!("`{o}`")).collect();
                let each: Vec<String> = each.iter().map(|o| format!("`{o}`")).collect();
                parts.push(format!("per {per}: {}", each.join(", ")));
                format!("flow: {}", parts.join(" → "))
            }
            Capability::Unsupported { reason } => format!("unsupported: {reason}"),
        }
    }
}

/// How `provider` does `op` (unsupported for an unknown provider).
pub fn capability(provider: &str, op: CommonOp) -> Capability {
    match provider {
        "alldomains" => super::alldomains::capability(op),
        "logicboxes" => super::logicboxes::capability(op),
        "regru" => super::regru::capability(op),
        "domaincontext" => super::domaincontext::capability(op),
        "namecom" => super::namecom::capability(op),
        _ => Capability::Unsupported {
            reason: "unknown provider",
        },
    }
}

/// The whole matrix as JSON: `{provider: {operation: capability}}`.
pub fn matrix_json() -> serde_json::Value {
    let mut out = serde_json::Map::new();
    for p in PROVIDERS {
        let mut ops = serde_json::Map::new();
        for op in CommonOp::ALL {
            ops.insert(
                op.as_str().to_owned(),
                serde_json::to_value(capability(p, *op)).unwrap_or(serde_json::Value::Null),
            );
        }
        out.insert((*p).to_owned(), serde_json::Value::Object(ops));
    }
    serde_json::Value::Object(out)
}

/// The matrix as a Markdown table: one row per common operation, one column per provider, with
/// the operation's safety (and the read-only operation that confirms an unsafe one).
pub fn matrix_markdown() -> String {
    let mut out = String::from("| operation | safe to repeat |");
    for p in PROVIDERS {
        out.push_str(&format!(" `{p}` |"));
    }
    out.push_str("\n|---|---|");
    for _ in PROVIDERS {
        out.push_str("---|");
    }
    out.push('\n');
    for op in CommonOp::ALL {
        let safety = match (op.safety(), op.confirm_with()) {
            (Safety::Safe, _) => "yes (read)".to_owned(),
            (Safety::Idempotent, _) => "yes (same state)".to_owned(),
            (Safety::Unsafe, Some(c)) => format!("**no** — confirm with `{c}`"),
            (Safety::Unsafe, None) => "**no**".to_owned(),
        };
        out.push_str(&format!("| `{op}` | {safety} |"));
        for p in PROVIDERS {
            out.push_str(&format!(
                " {} |",
                capability(p, *op).markdown_cell().replace('|', "\\|")
            ));
        }
        out.push('\n');
    }
    out
}
