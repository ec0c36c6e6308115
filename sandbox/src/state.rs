//! The in-memory registrar: accounts with balances, domains with expiry, contacts, name servers,
//! glue, locks, privacy, auth codes, DNS records and orders. One [`Registry`] per provider (each
//! vendor is its own registrar); deterministic — ids come from counters, time from a clock that
//! starts at [`EPOCH`] and moves one second per state-changing request.

use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// The sandbox's "now" at start: 2025-01-01 00:00:00 UTC.
pub const EPOCH: i64 = 1_735_689_600;
/// Seconds in a (sandbox) year: 365 days.
pub const YEAR: i64 = 365 * 86_400;

/// Money in cents.
pub type Cents = i64;

/// One reseller account (or, for LogicBoxes, the reseller; customers are in [`Customer`]).
#[derive(Clone, Debug)]
pub struct Account {
    /// Numeric id (the LogicBoxes `auth-userid`).
    pub id: u64,
    /// The login (Alldomains: unused; Name.com: the username).
    pub login: String,
    /// The credential (token, api key, password).
    pub secret: String,
    /// Balance in cents.
    pub balance: Cents,
    /// When the account was created.
    pub created: i64,
}

/// A LogicBoxes customer under a reseller.
#[derive(Clone, Debug)]
pub struct Customer {
    /// Customer id.
    pub id: u64,
    /// The reseller that owns it.
    pub reseller: u64,
    /// Username (an e-mail address).
    pub username: String,
    /// Name.
    pub name: String,
    /// Company.
    pub company: String,
}

/// A contact (Alldomains template, LogicBoxes contact, Name.com contact), kept as the vendor's
/// own fields.
#[derive(Clone, Debug)]
pub struct Contact {
    /// Contact id.
    pub id: u64,
    /// Owning account.
    pub account: u64,
    /// Owning customer (LogicBoxes), 0 otherwise.
    pub customer: u64,
    /// The vendor's fields.
    pub fields: Map<String, Value>,
}

/// A DNS record.
#[derive(Clone, Debug)]
pub struct Record {
    /// Record id.
    pub id: u64,
    /// Fully qualified name.
    pub name: String,
    /// `A`, `MX`, …
    pub rtype: String,
    /// Content.
    pub content: String,
    /// TTL in seconds.
    pub ttl: u32,
    /// Priority (MX, SRV).
    pub priority: Option<u32>,
    /// When it was created.
    pub created: i64,
}

/// A registered domain.
#[derive(Clone, Debug)]
pub struct Domain {
    /// Domain (order) id.
    pub id: u64,
    /// The domain name, lowercase ASCII.
    pub name: String,
    /// Owning account; 0 = registered elsewhere (another registrar's customer).
    pub account: u64,
    /// Owning customer (LogicBoxes), 0 otherwise.
    pub customer: u64,
    /// Registration time.
    pub created: i64,
    /// Expiry time.
    pub expires: i64,
    /// Registration period in years (Alldomains `period`).
    pub period: u32,
    /// Name servers with optional IP, in order.
    pub ns: Vec<(String, String)>,
    /// Transfer lock.
    pub locked: bool,
    /// WHOIS privacy.
    pub privacy: bool,
    /// DNSSEC flag.
    pub dnssec: bool,
    /// Transfer auth code.
    pub auth_code: String,
    /// Contacts by role (vendor role names) → contact id.
    pub contact_ids: BTreeMap<String, u64>,
    /// Contact data by role when the vendor stores it inline (Name.com).
    pub contacts_inline: Vec<Value>,
    /// DNS records.
    pub records: Vec<Record>,
    /// Glue: host name → IPs.
    pub hosts: BTreeMap<String, Vec<String>>,
}

/// Something that was paid for.
#[derive(Clone, Debug)]
pub struct Order {
    /// Order / invoice id.
    pub id: u64,
    /// Account charged.
    pub account: u64,
    /// What: `register`, `renew`, `transfer`, `privacy`, …
    pub kind: String,
    /// The domain.
    pub domain: String,
    /// Years bought.
    pub years: u32,
    /// Amount charged.
    pub amount: Cents,
    /// When.
    pub at: i64,
}

/// The balance is too low for a charge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Insufficient;

/// One vendor's registrar.
#[derive(Debug)]
pub struct Registry {
    /// Accounts.
    pub accounts: Vec<Account>,
    /// Customers (LogicBoxes).
    pub customers: Vec<Customer>,
    /// Domains by name.
    pub domains: BTreeMap<String, Domain>,
    /// Contacts by id.
    pub contacts: BTreeMap<u64, Contact>,
    /// Orders, in order.
    pub orders: Vec<Order>,
    /// Session tokens (Name.com) → account id.
    pub sessions: BTreeMap<String, u64>,
    /// Price of one year in cents, by TLD (without dot); `default_price` otherwise.
    pub prices: BTreeMap<String, Cents>,
    /// Price of one year for a TLD not in `prices`.
    pub default_price: Cents,
    /// Public keys (PEM) registered for signature login (REG.API), by account id.
    pub public_keys: BTreeMap<u64, String>,
    /// The clock.
    pub now: i64,
    next_id: u64,
}

impl Registry {
    /// An empty registry whose ids start at `first_id`.
    pub fn new(first_id: u64, default_price: Cents) -> Self {
        Registry {
            accounts: Vec::new(),
            customers: Vec::new(),
            domains: BTreeMap::new(),
            contacts: BTreeMap::new(),
            orders: Vec::new(),
            sessions: BTreeMap::new(),
            prices: BTreeMap::new(),
            default_price,
            public_keys: BTreeMap::new(),
            now: EPOCH,
            next_id: first_id,
        }
    }

    /// A fresh id.
    pub fn next_id(&mut self) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// Moves the clock one second (called by every state-changing request).
    pub fn tick(&mut self) -> i64 {
        self.now += 1;
        self.now
    }

    /// The account with this id.
    pub fn account(&self, id: u64) -> Option<&Account> {
        self.accounts.iter().find(|a| a.id == id)
    }

    /// The account with this id, mutable.
    pub fn account_mut(&mut self, id: u64) -> Option<&mut Account> {
        self.accounts.iter_mut().find(|a| a.id == id)
    }

    /// Price of `years` years of `domain`.
    pub fn price(&self, domain: &str, years: u32) -> Cents {
        let tld = domain.rsplit('.').next().unwrap_or_default();
        let one = self.prices.get(tld).copied().unwrap_or(self.default_price);
        one.saturating_mul(i64::from(years))
    }

    /// Whether `domain` can be registered: not in the registry and not on the "taken" list.
    pub fn is_available(&self, domain: &str) -> bool {
        !self.domains.contains_key(domain) && !is_taken_elsewhere(domain)
    }

    /// Charges `amount` to `account` and records the order; `Err` when the balance is short.
    pub fn charge(
        &mut self,
        account: u64,
        kind: &str,
        domain: &str,
        years: u32,
        amount: Cents,
    ) -> Result<u64, Insufficient> {
        let at = self.now;
        let Some(acc) = self.account_mut(account) else {
            return Err(Insufficient);
        };
        if acc.balance < amount {
            return Err(Insufficient);
        }
        acc.balance -= amount;
        let id = self.next_id();
        self.orders.push(Order {
            id,
            account,
            kind: kind.to_owned(),
            domain: domain.to_owned(),
            years,
            amount,
            at,
        });
        Ok(id)
    }

    /// Whether `account` has at least `amount`.
    pub fn can_pay(&self, account: u64, amount: Cents) -> bool {
        self.account(account).is_some_and(|a| a.balance >= amount)
    }

    /// A new domain owned by `account`, registered now for `years`.
    pub fn new_domain(&mut self, name: &str, account: u64, years: u32) -> Domain {
        let id = self.next_id();
        let now = self.now;
        Domain {
            id,
            name: name.to_owned(),
            account,
            customer: 0,
            created: now,
            expires: now + YEAR * i64::from(years),
            period: years,
            ns: Vec::new(),
            locked: false,
            privacy: false,
            dnssec: false,
            auth_code: auth_code(id),
            contact_ids: BTreeMap::new(),
            contacts_inline: Vec::new(),
            records: Vec::new(),
            hosts: BTreeMap::new(),
        }
    }

    /// The domain `name` when `account` owns it.
    pub fn owned(&self, name: &str, account: u64) -> Option<&Domain> {
        self.domains.get(name).filter(|d| d.account == account)
    }

    /// The domain `name` when `account` owns it, mutable.
    pub fn owned_mut(&mut self, name: &str, account: u64) -> Option<&mut Domain> {
        self.domains.get_mut(name).filter(|d| d.account == account)
    }

    /// The name of the domain with id `id` when `account` owns it.
    pub fn name_by_id(&self, id: u64, account: u64) -> Option<String> {
        self.domains
            .values()
            .find(|d| d.id == id && d.account == account)
            .map(|d| d.name.clone())
    }
}

/// Domains that the sandbox treats as registered at some other registrar: the well-known
/// examples, and any name whose first label starts with `taken`.
pub fn is_taken_elsewhere(domain: &str) -> bool {
    const TAKEN: &[&str] = &[
        "example.com",
        "example.net",
        "example.org",
        "google.com",
        "name.com",
        "reg.ru",
        "alldomains.uz",
    ];
    TAKEN.contains(&domain) || domain.starts_with("taken")
}

/// A deterministic auth code for domain `id`.
pub fn auth_code(id: u64) -> String {
    format!("Sbx{:08x}#Auth", mix(id))
}

/// A deterministic 40-hex-digit token from a seed (Name.com session tokens).
pub fn token40(seed: u64) -> String {
    let a = mix(seed);
    let b = mix(a ^ 0x5bd1_e995);
    let c = mix(b ^ 0x27d4_eb2f);
    format!("{a:016x}{b:016x}{:08x}", c & 0xffff_ffff)
}

fn mix(mut x: u64) -> u64 {
    // splitmix64
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// `YYYY-MM-DD HH:MM:SS` (UTC) for epoch seconds.
pub fn datetime(t: i64) -> String {
    let days = t.div_euclid(86_400);
    let secs = t.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}",
        secs / 3600,
        (secs % 3600) / 60,
        secs % 60
    )
}

/// Howard Hinnant's days → civil date.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// `12.34` for 1234 cents.
pub fn money(c: Cents) -> String {
    let sign = if c < 0 { "-" } else { "" };
    let a = c.unsigned_abs();
    format!("{sign}{}.{:02}", a / 100, a % 100)
}

/// Whether `s` looks like a host name (letters, digits, hyphens, dots; at least one dot).
pub fn is_hostname(s: &str) -> bool {
    let s = s.trim_end_matches('.');
    !s.is_empty()
        && s.len() <= 253
        && s.contains('.')
        && s.split('.').all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

/// Whether `s` is a domain name we accept for registration (lowercase-able ASCII or punycode).
pub fn is_domain(s: &str) -> bool {
    is_hostname(s) && !s.ends_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(datetime(EPOCH), "2025-01-01 00:00:00");
        assert_eq!(datetime(0), "1970-01-01 00:00:00");
        assert_eq!(datetime(951_782_400), "2000-02-29 00:00:00");
    }

    #[test]
    fn money_text() {
        assert_eq!(money(125_050), "1250.50");
        assert_eq!(money(-899), "-8.99");
    }

    #[test]
    fn tokens_are_40_hex() {
        let t = token40(7);
        assert_eq!(t.len(), 40);
        assert!(t.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_ne!(t, token40(8));
    }
}
