//! The macros that turn one declarative row per command into its parameter type, validation,
//! encoding, schema, metadata and parser.

/// `true` when the row marks the argument `= req` (the document's `*`).
macro_rules! req {
    () => {
        false
    };
    (req) => {
        true
    };
}

/// `Some(x)` or `None` for an optional row part.
macro_rules! opt {
    () => {
        None
    };
    ($x:expr) => {
        Some($x)
    };
}

/// The metadata of a command.
macro_rules! meta {
    ($name:literal, $section:literal, $summary:literal, $safety:ident $(($confirm:literal))? $(, timeout $t:literal)? $(, note $note:expr)*) => {
        $crate::operation::Metadata {
            provider: "domaincontext",
            name: $name,
            method: "POST",
            path: concat!("/", $name),
            safety: $crate::operation::Safety::$safety,
            doc: concat!("domaincontext.txt ", $section),
            summary: $summary,
            confirm_with: opt!($($confirm)?),
            timeout_secs: opt!($($t)?),
            notes: &[$($note),*],
        }
    };
}

/// A parameter struct: one `Option` field per documented argument, validated and encoded in the
/// row's order; an optional `check` closure adds the rules that span arguments.
macro_rules! params {
    (
        $(#[$attr:meta])*
        $ty:ident -> $out:ty { $( $field:ident : $kind:ty $(= $req:ident)? ),* $(,)? }
        $(check $check:expr)?
    ) => {
        $(#[$attr])*
        #[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $ty {
            $(
                #[doc = concat!("Argument `", stringify!($field), "`", $(" (required: ", stringify!($req), ")",)? ".")]
                #[serde(default)]
                pub $field: Option<$kind>,
            )*
        }

        impl $crate::providers::domaincontext::commands::Element for $ty {
            type Out = $out;
            fn encode(
                &self,
                prefix: &[&str],
                form: &mut $crate::providers::domaincontext::args::Form,
            ) -> Result<(), $crate::error::Error> {
                $(
                    $crate::providers::domaincontext::args::field(
                        &self.$field,
                        $crate::providers::domaincontext::commands::wire(stringify!($field)),
                        req!($($req)?),
                        prefix,
                        form,
                    )?;
                )*
                $(
                    let check: fn(&Self, &[&str]) -> Result<(), $crate::error::Error> = $check;
                    check(self, prefix)?;
                )?
                let _ = (prefix, &form);
                Ok(())
            }
        }

        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $ty {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($ty).into()
            }
            fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
                #[allow(unused_mut)]
                let mut props = serde_json::Map::new();
                #[allow(unused_mut)]
                let mut required: Vec<&str> = Vec::new();
                $(
                    $crate::providers::domaincontext::commands::prop::<$kind>(
                        g,
                        &mut props,
                        &mut required,
                        $crate::providers::domaincontext::commands::wire(stringify!($field)),
                        req!($($req)?),
                    );
                )*
                $crate::providers::domaincontext::commands::object_schema(stringify!($ty), props, required)
            }
        }
    };
}

/// A single command: its parameter struct and its `Operation`.
macro_rules! single {
    (
        $ty:ident $name:literal, $section:literal, $summary:literal, $safety:ident $(($confirm:literal))? $(, timeout $t:literal)? $(, note $note:expr)*;
        -> $out:ty = $parse:ident;
        { $($fields:tt)* }
        $(check $check:expr)?
    ) => {
        params! {
            #[doc = concat!("`POST /", $name, "` — domaincontext.txt ", $section, ": ", $summary, ".")]
            ///
            /// Every field is one argument of the document's table, under the vendor's name.
            $ty -> $out { $($fields)* } $(check $check)?
        }

        operation!($ty $name, $section, $summary, $safety $(($confirm))? $(, timeout $t)? $(, note $note)*; -> $out = $parse);
    };
}

/// The `Operation` of a parameter type that implements `Element`.
macro_rules! operation {
    (
        $ty:ident $name:literal, $section:literal, $summary:literal, $safety:ident $(($confirm:literal))? $(, timeout $t:literal)? $(, note $note:expr)*;
        -> $out:ty = $parse:ident
    ) => {
        impl $crate::operation::Operation for $ty {
            type Client = $crate::providers::domaincontext::Client;
            type Output = $out;
            const METADATA: $crate::operation::Metadata =
                meta!($name, $section, $summary, $safety $(($confirm))? $(, timeout $t)? $(, note $note)*);

            fn to_http(
                &self,
                client: &$crate::providers::domaincontext::Client,
            ) -> Result<http::Request<Vec<u8>>, $crate::error::Error> {
                let mut form = $crate::providers::domaincontext::args::Form::new();
                $crate::providers::domaincontext::commands::Element::encode(self, &[], &mut form)?;
                client.request($name, &form)
            }

            fn parse(response: http::Response<&[u8]>) -> Result<$out, $crate::error::Error> {
                $crate::providers::domaincontext::reply::$parse(
                    response,
                    $crate::operation::Safety::$safety,
                )
            }
        }
    };
}

/// Requires at least one of the named arguments (e.g. "a name or ID of a domain", §2.4).
macro_rules! either {
    ($($f:ident),+) => {
        |s: &Self, p: &[&str]| {
            $crate::providers::domaincontext::args::one_of(p, &[$((stringify!($f), s.$f.is_some())),+])
        }
    };
}

/// A command the document lists as "same as" another: the same arguments and parsing, its own name
/// and metadata.
macro_rules! alias {
    (
        $ty:ident $name:literal, $section:literal, $summary:literal, $safety:ident $(($confirm:literal))?;
        same as $target:ident
    ) => {
        #[doc = concat!("`POST /", $name, "` — domaincontext.txt ", $section, ": ", $summary, ".")]
        ///
        #[doc = concat!("The document lists it as \"same as\" [`", stringify!($target), "`]: same arguments and result.")]
        #[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $ty(pub $target);

        impl $crate::providers::domaincontext::commands::Element for $ty {
            type Out = <$target as $crate::providers::domaincontext::commands::Element>::Out;
            fn encode(
                &self,
                prefix: &[&str],
                form: &mut $crate::providers::domaincontext::args::Form,
            ) -> Result<(), $crate::error::Error> {
                $crate::providers::domaincontext::commands::Element::encode(&self.0, prefix, form)
            }
        }

        impl $crate::operation::Operation for $ty {
            type Client = $crate::providers::domaincontext::Client;
            type Output = <$target as $crate::operation::Operation>::Output;
            const METADATA: $crate::operation::Metadata =
                meta!($name, $section, $summary, $safety $(($confirm))?);

            fn to_http(
                &self,
                client: &$crate::providers::domaincontext::Client,
            ) -> Result<http::Request<Vec<u8>>, $crate::error::Error> {
                let mut form = $crate::providers::domaincontext::args::Form::new();
                $crate::providers::domaincontext::commands::Element::encode(self, &[], &mut form)?;
                client.request($name, &form)
            }

            fn parse(response: http::Response<&[u8]>) -> Result<Self::Output, $crate::error::Error> {
                <$target as $crate::operation::Operation>::parse(response)
            }
        }

        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $ty {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($ty).into()
            }
            fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let mut s = <$target as schemars::JsonSchema>::json_schema(g);
                s.insert("title".into(), serde_json::Value::from(stringify!($ty)));
                s
            }
        }
    };
}

/// A bulk ("array of") command: elements keyed `0`, `1`, … (a list) or by the caller's keys (an
/// object), each element the arguments of the named command.
macro_rules! bulk {
    (
        $ty:ident $name:literal, $section:literal, $summary:literal, $safety:ident $(($confirm:literal))? $(, timeout $t:literal)? $(, note $note:expr)*;
        of $elem:ty $(, keys $keys:expr)?
    ) => {
        #[doc = concat!("`POST /", $name, "` — domaincontext.txt ", $section, ": ", $summary, ".")]
        ///
        #[doc = concat!("Array of [`", stringify!($elem), "`]: `0[arg]=…&1[arg]=…` (or the caller's own keys). The result is keyed the same way.")]
        #[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $ty(pub $crate::providers::domaincontext::commands::Items<$elem>);

        impl $crate::operation::Operation for $ty {
            type Client = $crate::providers::domaincontext::Client;
            type Output = $crate::providers::domaincontext::outputs::Reply<
                $crate::providers::domaincontext::outputs::Bulk<
                    <$elem as $crate::providers::domaincontext::commands::Element>::Out,
                >,
            >;
            const METADATA: $crate::operation::Metadata =
                meta!($name, $section, $summary, $safety $(($confirm))? $(, timeout $t)? $(, note $note)*);

            fn to_http(
                &self,
                client: &$crate::providers::domaincontext::Client,
            ) -> Result<http::Request<Vec<u8>>, $crate::error::Error> {
                let mut form = $crate::providers::domaincontext::args::Form::new();
                let keys: Option<$crate::providers::domaincontext::commands::KeyCheck> = opt!($($keys)?);
                self.0.encode_bulk(&[], keys, &mut form)?;
                client.request($name, &form)
            }

            fn parse(response: http::Response<&[u8]>) -> Result<Self::Output, $crate::error::Error> {
                $crate::providers::domaincontext::reply::bulk(response, $crate::operation::Safety::$safety)
            }
        }

        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $ty {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($ty).into()
            }
            fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let mut s = $crate::providers::domaincontext::commands::Items::<$elem>::json_schema(g);
                s.insert("title".into(), serde_json::Value::from(stringify!($ty)));
                s
            }
        }
    };
}
