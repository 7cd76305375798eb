//! What every part of the output needs to name the enum, its generics and
//! its code type, shared by the expansion of a valid enum and the fallback
//! after an error.

use error_codes_model::ast::{Code, Shape};
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{ToTokens, format_ident, quote};
use syn::ext::IdentExt;
use syn::{Generics, Visibility};

pub(crate) struct Context<'a> {
    pub ident: &'a Ident,
    pub vis: &'a Visibility,
    pub generics: &'a Generics,
    pub shape: Shape,
    /// The enum's name without `r#`, for docs and messages.
    pub ty_name: String,
    /// `::core::primitive::u16`.
    pub code_ty: TokenStream,
}

impl<'a> Context<'a> {
    pub(crate) fn new(
        ident: &'a Ident,
        vis: &'a Visibility,
        generics: &'a Generics,
        shape: Shape,
    ) -> Self {
        // The code type carries the enum's span, as its other generated
        // names do.
        let name = Ident::new(shape.code_type.name(), ident.span());
        Context {
            ident,
            vis,
            generics,
            shape,
            ty_name: ident.unraw().to_string(),
            code_ty: quote!(::core::primitive::#name),
        }
    }

    /// `FromCodeError` -> `SessionErrorFromCodeError`, spanned at the enum.
    pub(crate) fn named_after(&self, suffix: &str) -> Ident {
        format_ident!("{}{}", self.ty_name, suffix, span = self.ident.span())
    }
}

/// `::core::option::Option`: the generated code names every item of
/// `core` by its absolute path, which no item of the user's crate can
/// shadow. Built here for every template that needs one, rather than
/// written out in each: every token of a template is code the derive
/// itself compiles.
pub(crate) fn core_path(module: &str, item: &str) -> TokenStream {
    let module = Ident::new(module, Span::call_site());
    let item = Ident::new(item, Span::call_site());
    quote!(::core::#module::#item)
}

/// `::core::primitive::usize`.
pub(crate) fn primitive(name: &str) -> TokenStream {
    core_path("primitive", name)
}

/// A code as the generated code writes it: one literal token even when
/// negative (the compiler splits it into `-` and the magnitude), or the
/// user's constant expression; pushed into the stream being built, never a
/// stream of its own.
pub(crate) struct CodeTokens<'a>(pub &'a Code);

impl ToTokens for CodeTokens<'_> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self.0 {
            Code::Value(value) => Literal::i128_unsuffixed(*value).to_tokens(tokens),
            Code::Const(expr) => expr.to_tokens(tokens),
        }
    }
}
