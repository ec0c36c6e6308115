//! [`DomainName`]: a validated domain name, IDNA (UTS #46) mapped to its ASCII (punycode) form.

use crate::error::Error;

/// Longest domain name in presentation form without the root dot (RFC 1035 §2.3.4 and RFC 2181 §11).
pub const MAX_NAME_LEN: usize = 253;
/// Longest label (RFC 1035 §2.3.4).
pub const MAX_LABEL_LEN: usize = 63;

/// A domain name of at least two labels, stored in lowercase ASCII (A-labels for IDNs).
///
/// Parsing accepts Unicode (`пример.рф`) or ASCII (`xn--e1afmkfd.xn--p1ai`) input, applies UTS #46
/// processing with STD3 rules through the `idna` crate, and checks label and total lengths.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DomainName {
    ascii: String,
}

impl DomainName {
    /// Parses and validates `input`; `field` names the input in the error.
    pub fn parse_field(input: &str, field: &str) -> Result<Self, Error> {
        let trimmed = input.trim();
        let trimmed = trimmed.strip_suffix('.').unwrap_or(trimmed);
        if trimmed.is_empty() {
            return Err(Error::invalid_input(field, "domain name is empty"));
        }
        let ascii = idna::domain_to_ascii_strict(trimmed).map_err(|_| {
            Error::invalid_input(
                field,
                format!("{input:?} is not a valid domain name (IDNA/UTS-46, letters, digits and hyphens)"),
            )
        })?;
        check_ascii_name(&ascii, field)?;
        if !ascii.contains('.') {
            return Err(Error::invalid_input(
                field,
                format!("{input:?} needs at least two labels (name and TLD)"),
            ));
        }
        Ok(DomainName { ascii })
    }

    /// Parses and validates a domain name.
    pub fn parse(input: &str) -> Result<Self, Error> {
        Self::parse_field(input, "domain")
    }

    /// The ASCII form (`xn--e1afmkfd.xn--p1ai`).
    pub fn as_ascii(&self) -> &str {
        &self.ascii
    }

    /// The Unicode form (`пример.рф`).
    pub fn to_unicode(&self) -> String {
        idna::domain_to_unicode(&self.ascii).0
    }

    /// The labels, left to right.
    pub fn labels(&self) -> impl Iterator<Item = &str> {
        self.ascii.split('.')
    }

    /// The first label (`example` of `example.co.uz`).
    pub fn first_label(&self) -> &str {
        self.ascii.split('.').next().unwrap_or_default()
    }

    /// Everything after the first label (`co.uz` of `example.co.uz`).
    pub fn suffix(&self) -> &str {
        self.ascii
            .split_once('.')
            .map(|(_, rest)| rest)
            .unwrap_or_default()
    }
}

impl std::fmt::Display for DomainName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.ascii)
    }
}

impl std::str::FromStr for DomainName {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        DomainName::parse(s)
    }
}

/// Validates a single label (an SLD without its TLD), returning its ASCII form.
pub fn label_to_ascii(input: &str, field: &str) -> Result<String, Error> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(Error::invalid_input(field, "label is empty"));
    }
    if trimmed.contains('.') {
        return Err(Error::invalid_input(
            field,
            format!("{input:?} must be a single label without dots"),
        ));
    }
    let ascii = idna::domain_to_ascii_strict(trimmed).map_err(|_| {
        Error::invalid_input(field, format!("{input:?} is not a valid domain label"))
    })?;
    check_ascii_name(&ascii, field)?;
    Ok(ascii)
}

/// Validates a suffix such as `com`, `co.uz` or `рф` (no leading dot), returning its ASCII form.
pub fn suffix_to_ascii(input: &str, field: &str) -> Result<String, Error> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(Error::invalid_input(field, "TLD is empty"));
    }
    let ascii = idna::domain_to_ascii_strict(trimmed)
        .map_err(|_| Error::invalid_input(field, format!("{input:?} is not a valid TLD")))?;
    check_ascii_name(&ascii, field)?;
    Ok(ascii)
}

fn check_ascii_name(ascii: &str, field: &str) -> Result<(), Error> {
    if ascii.len() > MAX_NAME_LEN {
        return Err(Error::invalid_input(
            field,
            format!("domain name is longer than {MAX_NAME_LEN} characters"),
        ));
    }
    for label in ascii.split('.') {
        if label.is_empty() {
            return Err(Error::invalid_input(field, "empty label"));
        }
        if label.len() > MAX_LABEL_LEN {
            return Err(Error::invalid_input(
                field,
                format!("label {label:?} is longer than {MAX_LABEL_LEN} characters"),
            ));
        }
        if !label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
            || label.starts_with('-')
            || label.ends_with('-')
        {
            return Err(Error::invalid_input(
                field,
                format!("label {label:?} may hold only letters, digits and inner hyphens"),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idn_to_punycode_and_back() {
        let d = DomainName::parse("Пример.РФ").unwrap_or_else(|e| unreachable!("{e}"));
        assert_eq!(d.as_ascii(), "xn--e1afmkfd.xn--p1ai");
        assert_eq!(d.to_unicode(), "пример.рф");
        assert_eq!(d.first_label(), "xn--e1afmkfd");
        assert_eq!(d.suffix(), "xn--p1ai");
    }

    #[test]
    fn ascii_is_lowercased_and_root_dot_dropped() {
        let d = DomainName::parse("Example.COM.").unwrap_or_else(|e| unreachable!("{e}"));
        assert_eq!(d.as_ascii(), "example.com");
    }

    #[test]
    fn refuses_bad_names() {
        for bad in [
            "",
            "com",
            "-a.com",
            "a-.com",
            "a..com",
            "a b.com",
            "a_b.com",
            &format!("{}.com", "a".repeat(64)),
            &format!("{}com", "abcdefghi.".repeat(26)),
        ] {
            let err = DomainName::parse(bad).err();
            assert_eq!(
                err.map(|e| e.kind()),
                Some(crate::ErrorKind::InvalidInput),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn labels_and_suffixes() {
        assert_eq!(
            label_to_ascii("пример", "sld").ok().as_deref(),
            Some("xn--e1afmkfd")
        );
        assert!(label_to_ascii("a.b", "sld").is_err());
        assert_eq!(
            suffix_to_ascii("co.uz", "tld").ok().as_deref(),
            Some("co.uz")
        );
    }
}
