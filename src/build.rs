//! The build a source is read as: which `#[cfg(...)]` items exist and which
//! `#[cfg_attr(...)]` attributes apply, as the compiler decides them for one
//! build. A tool cannot know the build an SDK ships, so it reads the one it
//! is told (`--features`, a manifest's `features`), every feature on
//! otherwise, and says what it had to assume.

use std::collections::BTreeSet;
use syn::punctuated::Punctuated;
use syn::{Attribute, Expr, ExprLit, Lit, Meta, Token};

/// The build a source is read as.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Build {
    /// The features turned on; `None` for every feature.
    features: Option<BTreeSet<String>>,
}

impl Build {
    /// A build with every feature on: the default, which sees every code
    /// some build of the SDK can have.
    #[must_use]
    pub fn every_feature() -> Self {
        Build { features: None }
    }

    /// A build with only these features on.
    #[must_use]
    pub fn with_features<I, S>(features: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Build {
            features: Some(features.into_iter().map(Into::into).collect()),
        }
    }

    /// What this build is, in a few words: `every feature on`,
    /// `the features serde, tokio`, `no feature`.
    #[must_use]
    pub fn describe(&self) -> String {
        match &self.features {
            None => "every feature on".to_owned(),
            Some(features) if features.is_empty() => "no feature on".to_owned(),
            Some(features) => {
                let names: Vec<&str> = features.iter().map(String::as_str).collect();
                format!("only the features {}", names.join(", "))
            }
        }
    }

    /// Whether a `cfg` predicate holds in this build. What only a target
    /// decides (`unix`, `target_os = "ios"`) is taken as true, as for a
    /// build that has every code, and added to `assumed`.
    pub fn holds(&self, predicate: &Meta, assumed: &mut BTreeSet<String>) -> bool {
        let list = |meta: &Meta| -> Option<Vec<Meta>> {
            let Meta::List(list) = meta else {
                return None;
            };
            list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
                .ok()
                .map(|metas| metas.into_iter().collect())
        };
        let Some(name) = predicate.path().get_ident().map(ToString::to_string) else {
            assumed.insert(error_codes_model::written(predicate));
            return true;
        };
        match (name.as_str(), predicate) {
            // `any()` is false and `all()` true: the compiler's way of
            // writing "never" and "always".
            ("any", Meta::List(_)) => list(predicate)
                .is_some_and(|metas| metas.iter().any(|meta| self.holds(meta, assumed))),
            ("all", Meta::List(_)) => list(predicate)
                .is_none_or(|metas| metas.iter().all(|meta| self.holds(meta, assumed))),
            ("not", Meta::List(_)) => list(predicate)
                .is_some_and(|metas| metas.len() == 1 && !self.holds(&metas[0], assumed)),
            // The tool reads the library as it is published: not its tests
            // nor its documentation build.
            ("test" | "doc" | "doctest" | "miri", Meta::Path(_)) => false,
            ("feature", Meta::NameValue(name_value)) => {
                let Expr::Lit(ExprLit {
                    lit: Lit::Str(feature),
                    ..
                }) = &name_value.value
                else {
                    assumed.insert(error_codes_model::written(predicate));
                    return true;
                };
                match &self.features {
                    None => {
                        assumed.insert(format!("feature = {:?}", feature.value()));
                        true
                    }
                    Some(features) => features.contains(&feature.value()),
                }
            }
            _ => {
                assumed.insert(error_codes_model::written(predicate));
                true
            }
        }
    }

    /// `attrs` as this build sees them: each `#[cfg_attr(predicate, a, b)]`
    /// replaced by `#[a] #[b]` where the predicate holds and dropped where
    /// it does not, nested ones too. `None` when a `#[cfg(...)]` among them
    /// does not hold: the item they are on does not exist in this build.
    pub fn apply(
        &self,
        attrs: Vec<Attribute>,
        assumed: &mut BTreeSet<String>,
    ) -> Option<Vec<Attribute>> {
        let mut out = Vec::with_capacity(attrs.len());
        // A stack, not recursion: `cfg_attr` may nest.
        let mut pending: Vec<Attribute> = attrs.into_iter().rev().collect();
        while let Some(attr) = pending.pop() {
            if attr.path().is_ident("cfg") {
                // A `cfg` that does not parse is the compiler's to report.
                if let Ok(predicate) = attr.parse_args::<Meta>()
                    && !self.holds(&predicate, assumed)
                {
                    return None;
                }
                out.push(attr);
                continue;
            }
            if !attr.path().is_ident("cfg_attr") {
                out.push(attr);
                continue;
            }
            let parsed = attr.parse_args_with(|input: syn::parse::ParseStream| {
                let predicate: Meta = input.parse()?;
                input.parse::<Token![,]>()?;
                let inner = Punctuated::<Meta, Token![,]>::parse_terminated(input)?;
                Ok((predicate, inner))
            });
            let Ok((predicate, inner)) = parsed else {
                out.push(attr);
                continue;
            };
            if !self.holds(&predicate, assumed) {
                continue;
            }
            for meta in inner.into_iter().rev() {
                pending.push(Attribute {
                    pound_token: attr.pound_token,
                    style: attr.style,
                    bracket_token: attr.bracket_token,
                    meta,
                });
            }
        }
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn holds(build: &Build, predicate: &str) -> (bool, Vec<String>) {
        let predicate: Meta = syn::parse_str(predicate).unwrap();
        let mut assumed = BTreeSet::new();
        let holds = build.holds(&predicate, &mut assumed);
        (holds, assumed.into_iter().collect())
    }

    #[test]
    fn the_compilers_never_and_always() {
        let build = Build::every_feature();
        assert_eq!(holds(&build, "any()"), (false, vec![]));
        assert_eq!(holds(&build, "all()"), (true, vec![]));
        assert_eq!(holds(&build, "not(all())"), (false, vec![]));
        assert_eq!(holds(&build, "not(any())"), (true, vec![]));
        assert_eq!(holds(&build, "test"), (false, vec![]));
        assert_eq!(holds(&build, "not(test)"), (true, vec![]));
        assert!(!holds(&build, "all(test, unix)").0);
    }

    #[test]
    fn features_as_the_build_says_and_the_rest_assumed() {
        let every = Build::every_feature();
        assert_eq!(
            holds(&every, "feature = \"serde\""),
            (true, vec!["feature = \"serde\"".to_owned()])
        );
        let some = Build::with_features(["serde"]);
        assert_eq!(holds(&some, "feature = \"serde\""), (true, vec![]));
        assert_eq!(holds(&some, "feature = \"tokio\""), (false, vec![]));
        assert_eq!(
            holds(&some, "any(feature = \"tokio\", target_os = \"ios\")"),
            (true, vec!["target_os = \"ios\"".to_owned()])
        );
    }

    #[test]
    fn cfg_attr_applies_only_where_its_predicate_holds() {
        let item: syn::DeriveInput = syn::parse_quote! {
            #[cfg_attr(feature = "a", derive(Debug), cfg_attr(any(), derive(Clone)))]
            #[cfg_attr(test, derive(Copy))]
            enum E {}
        };
        let mut assumed = BTreeSet::new();
        let attrs = Build::every_feature()
            .apply(item.attrs, &mut assumed)
            .unwrap();
        let written: Vec<String> = attrs.iter().map(error_codes_model::written).collect();
        assert_eq!(written, ["# [derive (Debug)]"]);
        let gone: syn::DeriveInput = syn::parse_quote! {
            #[cfg(test)]
            enum E {}
        };
        assert!(
            Build::every_feature()
                .apply(gone.attrs, &mut assumed)
                .is_none()
        );
    }
}
