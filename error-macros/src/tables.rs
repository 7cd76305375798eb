//! The per-variant answers as `const` tables, and the one `match` that maps
//! a variant to its index in them: coded variants first, in declaration
//! order, then the catch-all. Every method reads its table at that index,
//! instead of running a `match` of its own.

use crate::api::MethodBodies;
use crate::context::{CodeTokens, Context, core_path, primitive};
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
    let str_ty = primitive("str");
    // One row per variant: the coded variants, then the catch-all.
    let mut rows: Vec<&Facts> = Vec::with_capacity(model.variants.len() + 1);
    let mut codes = Vec::with_capacity(model.variants.len());
    let mut variants = Vec::with_capacity(model.variants.len());
    let mut indices = Vec::with_capacity(model.variants.len());
    // `{ .. }` matches any fields; a unit-only enum needs none per arm, but
    // a range variant has its code.
    let mut fields = Vec::with_capacity(model.variants.len());
    for (index, variant) in model.variants.iter().enumerate() {
        rows.push(&variant.facts);
        codes.push(CodeTokens(&variant.code));
        variants.push(variant.ident);
        indices.push(Literal::usize_unsuffixed(index));
        fields.push((!model.shape.lookups || variant.range.is_some()).then(any_fields));
    }
    if let Some(catch_all) = &model.catch_all {
        rows.push(&catch_all.facts);
    }
    // Every table's column, in one pass over the rows. A category or a
    // link is `""` for none (neither is ever blank): no `Some(..)` group
    // per variant.
    let mut names = Vec::with_capacity(rows.len());
    let mut reasons = Vec::new();
    let mut reason_bounds = Vec::with_capacity(rows.len() + 1);
    reason_bounds.push(Literal::usize_unsuffixed(0));
    let mut descriptions = Vec::with_capacity(rows.len());
    let mut categories = Vec::with_capacity(rows.len());
    let mut doc_urls = Vec::with_capacity(rows.len());
    let mut retryable = Vec::with_capacity(rows.len());
    let (mut linked, mut varies) = (false, false);
    for row in &rows {
        names.push(row.name.as_str());
        for reason in &row.reasons {
            reasons.push(reason.as_str());
        }
        reason_bounds.push(Literal::usize_unsuffixed(reasons.len()));
        descriptions.push(row.description());
        categories.push(row.category.as_deref().unwrap_or(""));
        doc_urls.push(row.doc_url.as_deref().unwrap_or(""));
        retryable.push(row.retryable);
        linked |= row.doc_url.is_some();
        varies |= row.retryable != rows[0].retryable;
    }
    // The links and the retryability only where some variant has them:
    // an enum that does not use them pays for no table.
    let doc_urls = linked.then(|| quote!(const __DOC_URLS: &[&#str_ty] = &[#(#doc_urls),*];));
    let retry = if varies {
        Retry::Table
    } else {
        Retry::Always(rows.first().is_some_and(|row| row.retryable))
    };
    let retryable = varies.then(|| {
        let bool_ty = primitive("bool");
        quote!(const __RETRYABLE: &[#bool_ty] = &[#(#retryable),*];)
    });
    let catch_all_arm = model.catch_all.as_ref().map(|catch_all| {
        let ident = catch_all.ident;
        let index = Literal::usize_unsuffixed(model.variants.len());
        quote!(#ty::#ident(..) => #index,)
    });
    let usize_ty = primitive("usize");
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
    let option = core_path("option", "Option");
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
    let mut carriers = Vec::new();
    for (_, variant, _) in model.code_ranges() {
        carriers.push(variant.ident);
    }
    let ranged = !carriers.is_empty();
    if let Some(catch_all) = &model.catch_all {
        carriers.push(catch_all.ident);
    }
    let code = if carriers.is_empty() {
        quote!(__CODES[__index(self)])
    } else {
        // (Kept after a lone catch-all, as it always was.)
        let every_one_carries =
            carriers.len() == model.variants.len() + usize::from(model.catch_all.is_some());
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
