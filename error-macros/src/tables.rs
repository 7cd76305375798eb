//! The per-variant answers as `const` tables, and the one `match` that maps
//! a variant to its index in them: coded variants first, in declaration
//! order, then the catch-all. Every method reads its table at that index,
//! instead of running a `match` of its own.

use crate::api::MethodBodies;
use crate::context::{CodeTokens, Context};
use error_codes_model::Facts;
use error_codes_model::ast::Enum;
use proc_macro2::{Delimiter, Group, Literal, TokenStream};
use quote::quote;

/// How `is_retryable` answers.
enum Retry {
    /// From `__RETRYABLE`: the variants differ.
    Table,
    /// The same for every variant: no table.
    Always(bool),
}

/// The tables, and the bodies of the methods that read them: `__CODES`,
/// `__NAMES`, `__REASONS` (every variant's, in one flat table) with
/// `__REASON_BOUNDS` (where each variant's start), `__DESCRIPTIONS`,
/// `__CATEGORIES`, `__DOC_URLS` and `__RETRYABLE` where the enum uses
/// them, and `__index`. Whether a table is emitted and whether a body reads
/// it are decided here once.
pub(crate) fn tables(cx: &Context, model: &Enum) -> (TokenStream, MethodBodies) {
    let ty = cx.ident;
    let (impl_generics, ty_generics, where_clause) = cx.generics.split_for_impl();
    let code_ty = &cx.code_ty;
    let codes = model
        .variants
        .iter()
        .map(|variant| CodeTokens(&variant.code));
    // One row per variant: the coded variants, then the catch-all.
    let rows: Vec<&Facts> = model.documented().collect();
    let names = rows.iter().map(|row| &row.name);
    let reasons = rows.iter().flat_map(|row| &row.reasons);
    let reason_bounds = std::iter::once(0)
        .chain(rows.iter().scan(0, |end, row| {
            *end += row.reasons.len();
            Some(*end)
        }))
        .map(Literal::usize_unsuffixed);
    let descriptions = rows.iter().map(|row| row.description());
    // `""` for none (a category is never blank): no `Some(..)` group per
    // variant.
    let categories = rows.iter().map(|row| row.category.as_deref().unwrap_or(""));
    // The links and the retryability only where some variant has them:
    // an enum that does not use them pays for no table.
    let linked = rows.iter().any(|row| row.doc_url.is_some());
    let doc_urls = linked.then(|| {
        let doc_urls = rows.iter().map(|row| row.doc_url.as_deref().unwrap_or(""));
        quote!(const __DOC_URLS: &[&::core::primitive::str] = &[#(#doc_urls),*];)
    });
    let varies = rows
        .windows(2)
        .any(|pair| pair[0].retryable != pair[1].retryable);
    let retry = if varies {
        Retry::Table
    } else {
        Retry::Always(rows.first().is_some_and(|row| row.retryable))
    };
    let retryable = varies.then(|| {
        let retryable = rows.iter().map(|row| row.retryable);
        quote!(const __RETRYABLE: &[::core::primitive::bool] = &[#(#retryable),*];)
    });
    let variants = model.variants.iter().map(|variant| variant.ident);
    let indices = (0..model.variants.len()).map(Literal::usize_unsuffixed);
    // `{ .. }` matches any fields; a unit-only enum needs none per arm, but
    // a range variant has its code.
    let fields = model
        .variants
        .iter()
        .map(|variant| (!model.shape.lookups || variant.range.is_some()).then(any_fields));
    let catch_all_arm = model.catch_all.as_ref().map(|catch_all| {
        let ident = catch_all.ident;
        let index = Literal::usize_unsuffixed(model.variants.len());
        quote!(#ty::#ident(..) => #index,)
    });
    let str_ty = quote!(::core::primitive::str);
    let usize_ty = quote!(::core::primitive::usize);
    let body = if rows.is_empty() {
        quote!(match *__value {})
    } else {
        quote! {
            match __value {
                #(#ty::#variants #fields => #indices,)*
                #catch_all_arm
            }
        }
    };
    let tables = quote! {
        const __CODES: &[#code_ty] = &[#(#codes),*];
        const __NAMES: &[&#str_ty] = &[#(#names),*];
        const __REASONS: &[&#str_ty] = &[#(#reasons),*];
        const __REASON_BOUNDS: &[#usize_ty] = &[#(#reason_bounds),*];
        const __DESCRIPTIONS: &[&#str_ty] = &[#(#descriptions),*];
        const __CATEGORIES: &[&#str_ty] = &[#(#categories),*];
        #doc_urls
        #retryable

        #[inline]
        const fn __index #impl_generics (__value: &#ty #ty_generics) -> #usize_ty #where_clause {
            #body
        }
    };
    (tables, method_bodies(model, linked, &retry))
}

fn any_fields() -> Group {
    Group::new(Delimiter::Brace, quote!(..))
}

/// The bodies of the per-variant methods, which read the tables:
/// `__DOC_URLS` when `linked`.
fn method_bodies(model: &Enum, linked: bool, retry: &Retry) -> MethodBodies {
    let option = quote!(::core::option::Option);
    let doc_url = if linked {
        quote! {
            let __doc_url = __DOC_URLS[__index(self)];
            if __doc_url.is_empty() {
                #option::None
            } else {
                #option::Some(__doc_url)
            }
        }
    } else {
        quote!(#option::None)
    };
    let is_retryable = match retry {
        Retry::Table => quote!(__RETRYABLE[__index(self)]),
        Retry::Always(retryable) => quote!(#retryable),
    };
    // The catch-all's code, and a range variant's, is the one it carries;
    // no other arm when every variant carries one.
    let carriers: Vec<_> = model
        .code_ranges()
        .map(|(_, variant, _)| variant.ident)
        .chain(model.catch_all.as_ref().map(|catch_all| catch_all.ident))
        .collect();
    let code = if carriers.is_empty() {
        quote!(__CODES[__index(self)])
    } else {
        // (Kept after a lone catch-all, as it always was.)
        let every_one_carries =
            carriers.len() == model.variants.len() + usize::from(model.catch_all.is_some());
        let ranged = model.code_ranges().next().is_some();
        let others = (!every_one_carries || !ranged).then(|| quote!(_ => __CODES[__index(self)],));
        quote! {
            match self {
                #(Self::#carriers(__code))|* => *__code,
                #others
            }
        }
    };
    MethodBodies {
        code,
        name: quote!(__NAMES[__index(self)]),
        // All reasons in one flat table, this variant's between two bounds.
        reasons: quote! {
            let __i = __index(self);
            let __end = __REASON_BOUNDS[__i + 1];
            let __start = __REASON_BOUNDS[__i];
            __REASONS.split_at(__end).0.split_at(__start).1
        },
        description: quote!(__DESCRIPTIONS[__index(self)]),
        category: quote! {
            let __category = __CATEGORIES[__index(self)];
            if __category.is_empty() {
                #option::None
            } else {
                #option::Some(__category)
            }
        },
        doc_url,
        is_retryable,
    }
}
