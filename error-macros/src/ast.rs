//! The derive input as a small tree that keeps the original syntax, so every
//! later error can point at the token the user wrote.

use crate::attr::{self, CodeAttr, EnumAttrs};
use crate::ctxt::Errors;
use syn::{Data, DeriveInput, Fields};

pub(crate) struct Input<'a> {
    pub original: &'a DeriveInput,
    pub attrs: EnumAttrs,
    pub variants: Vec<Variant<'a>>,
}

pub(crate) struct Variant<'a> {
    pub original: &'a syn::Variant,
    pub code: Option<CodeAttr>,
    /// A `#[code]` was written, whether or not it parsed.
    pub code_written: bool,
}

impl<'a> Input<'a> {
    /// Only an enum has variants to give codes to; any other item is an
    /// error on its keyword, with nothing further to check.
    pub(crate) fn from_syn(node: &'a DeriveInput, errors: &mut Errors) -> syn::Result<Self> {
        let data = match &node.data {
            Data::Enum(data) => data,
            Data::Struct(data) => return Err(not_an_enum(&data.struct_token, "a struct")),
            Data::Union(data) => return Err(not_an_enum(&data.union_token, "a union")),
        };
        let attrs = attr::enum_attrs(&node.attrs, errors);
        let variants = data
            .variants
            .iter()
            .map(|variant| {
                for field in &variant.fields {
                    attr::reject_on_field(&field.attrs, errors);
                }
                let code = attr::code_attr(&variant.attrs, errors);
                Variant {
                    original: variant,
                    code: code.attr,
                    code_written: code.written,
                }
            })
            .collect();
        Ok(Input {
            original: node,
            attrs,
            variants,
        })
    }
}

fn not_an_enum(keyword: &impl quote::ToTokens, what: &str) -> syn::Error {
    syn::Error::new_spanned(
        keyword,
        format_args!(
            "`#[derive(ErrorCodes)]` only supports enums, not {what}; each variant of an enum gets one `#[code(...)]`"
        ),
    )
}

impl Variant<'_> {
    pub(crate) fn is_unit(&self) -> bool {
        matches!(self.original.fields, Fields::Unit)
    }
}
