//! The `functions!` macro: one declarative row per REG.API function becomes one operation type
//! with its own metadata, parameter schema (from its [`Spec`](super::spec::Spec)), validation and
//! parser.

/// `Some(x)` or `None` for the optional `=> "confirm/with"` of a row.
macro_rules! confirm_with {
    () => {
        None
    };
    ($c:literal) => {
        Some($c)
    };
}

/// The output of a row: the raw [`Reply`](super::envelope::Reply), or with `=> Answer` the
/// [`Typed`](super::envelope::Typed) answer of [`answers`](super::answers).
macro_rules! output_of {
    () => {
        $crate::providers::regru::envelope::Reply
    };
    ($t:ident) => {
        $crate::providers::regru::envelope::Typed<$crate::providers::regru::answers::$t>
    };
}

/// Rows: `Type = "category/function", "§", "title", "access", Safety [=> "confirm/op"], spec
/// [=> AnswerType];`
macro_rules! functions {
    ($(
        $(#[$attr:meta])*
        $ty:ident = $name:literal, $sec:literal, $title:literal, $access:literal,
            $safety:ident $(=> $confirm:literal)?, $spec:expr $(=> $out:ident)?;
    )*) => {$(
        #[doc = concat!("`POST /api/regru2/", $name, "` — regru-api-2.txt §", $sec, " ", $name, " (", $title, ").")]
        ///
        $(#[$attr])*
        ///
        #[doc = concat!("Accessible to: ", $access, ". Parameters: the vendor's names, as a JSON object (see [`", stringify!($ty), "::SPEC`]).")]
        #[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $ty {
            /// The parameters, in the vendor's names (checked against [`Self::SPEC`] when built).
            pub params: serde_json::Map<String, serde_json::Value>,
        }

        impl $ty {
            /// The function's parameters.
            pub const SPEC: $crate::providers::regru::spec::Spec = $spec;

            /// No parameters yet.
            pub fn new() -> Self {
                Self::default()
            }

            /// Sets one parameter (the vendor's name).
            pub fn with(mut self, name: &str, value: impl Into<serde_json::Value>) -> Self {
                self.params.insert(name.to_owned(), value.into());
                self
            }
        }

        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $ty {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($ty).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                Self::SPEC.schema()
            }
        }

        impl $crate::operation::Operation for $ty {
            type Client = $crate::providers::regru::Client;
            type Output = output_of!($($out)?);
            const METADATA: $crate::operation::Metadata = $crate::operation::Metadata {
                provider: "regru",
                name: $name,
                method: "POST",
                path: concat!("/api/regru2/", $name),
                safety: $crate::operation::Safety::$safety,
                doc: concat!("regru-api-2.txt §", $sec, " ", $name, " (", $title, ")"),
                summary: $title,
                confirm_with: confirm_with!($($confirm)?),
                timeout_secs: None,
                notes: &[
                    concat!("Accessible to: ", $access, "."),
                    $crate::providers::regru::NOTE_RATE,
                    $crate::providers::regru::NOTE_CLIENT_CERT,
                ],
            };

            fn to_http(
                &self,
                client: &Self::Client,
            ) -> Result<http::Request<Vec<u8>>, $crate::error::Error> {
                $crate::providers::regru::spec::build(client, $name, &Self::SPEC, &self.params)
            }

            fn parse(
                response: http::Response<&[u8]>,
            ) -> Result<Self::Output, $crate::error::Error> {
                let reply = $crate::providers::regru::envelope::reply(&response)?;
                <Self::Output as $crate::providers::regru::envelope::FromReply>::from_reply(
                    reply,
                    response.body(),
                )
            }
        }
    )*};
}
