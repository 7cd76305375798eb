//! What the compiler refuses of an enum before any derive runs, and the
//! derive therefore leaves to it: two integer representations, an implicit
//! discriminant past its type's last value, two variants with one
//! discriminant. The compiler would stop the build; a tool reading the
//! source must refuse the enum too, rather than export what cannot exist.

use proc_macro2::Span;
use std::collections::HashMap;
use syn::punctuated::Punctuated;
use syn::{Data, DeriveInput, Expr, ExprLit, ExprUnary, Lit, Meta, Token, UnOp};

/// The integer types a `#[repr]` may name, with their last values (a
/// 64-bit target's, for `isize` and `usize`; `u128`'s beyond what the tool
/// counts to).
const INTEGER_REPRS: [(&str, i128); 12] = [
    ("i8", i8::MAX as i128),
    ("i16", i16::MAX as i128),
    ("i32", i32::MAX as i128),
    ("i64", i64::MAX as i128),
    ("i128", i128::MAX),
    ("isize", i64::MAX as i128),
    ("u8", u8::MAX as i128),
    ("u16", u16::MAX as i128),
    ("u32", u32::MAX as i128),
    ("u64", u64::MAX as i128),
    ("u128", i128::MAX),
    ("usize", u64::MAX as i128),
];

/// The first rule of the compiler's that `input` breaks: where, and what.
///
/// # Errors
///
/// The enum has two integer representations (E0566), an implicit
/// discriminant past its type's last value (E0370), or a discriminant
/// twice (E0081).
pub fn check(input: &DeriveInput) -> Result<(), (Span, String)> {
    let (name, max) = representation(input)?;
    let Data::Enum(data) = &input.data else {
        return Ok(());
    };
    // Each variant's discriminant: its own, or one more than the one
    // before; unknown after a constant the tool cannot evaluate.
    let mut seen: HashMap<i128, &syn::Ident> = HashMap::new();
    let mut previous: Option<(i128, &syn::Ident)> = None;
    let mut known = true;
    for variant in &data.variants {
        let discriminant = match &variant.discriminant {
            Some((_, expr)) => match literal(expr) {
                Some(value) => {
                    known = true;
                    value
                }
                None => {
                    known = false;
                    continue;
                }
            },
            None if !known => continue,
            None => match previous {
                None => 0,
                // The compiler counts on from the variant before: past the
                // type's last value there is nothing to count to.
                Some((value, before)) if value >= max => {
                    return Err((
                        variant.ident.span(),
                        format!(
                            "the discriminant of `{}` would follow `{before}`'s, {value}, past the last value of `{name}`; the compiler refuses the enum (E0370): give `{}` its own discriminant, or another `#[repr]`",
                            variant.ident, variant.ident
                        ),
                    ));
                }
                Some((value, _)) => value + 1,
            },
        };
        // Two variants with one discriminant would be one value.
        if let Some(first) = seen.insert(discriminant, &variant.ident) {
            return Err((
                variant.ident.span(),
                format!(
                    "`{}` has the discriminant {discriminant}, which `{first}` already has; the compiler refuses the enum (E0081): a variant without `= value` has the one after the variant before it",
                    variant.ident
                ),
            ));
        }
        previous = Some((discriminant, &variant.ident));
    }
    Ok(())
}

/// The enum's integer representation and its last value: `isize` without
/// one.
fn representation(input: &DeriveInput) -> Result<(&'static str, i128), (Span, String)> {
    let mut found: Option<(&'static str, i128)> = None;
    for attr in input
        .attrs
        .iter()
        .filter(|attr| attr.path().is_ident("repr"))
    {
        let Ok(hints) = attr.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
        else {
            continue;
        };
        for hint in hints {
            let Some(ident) = hint.path().get_ident() else {
                continue;
            };
            let Some(&(name, max)) = INTEGER_REPRS.iter().find(|(name, _)| ident == name) else {
                continue;
            };
            // One enum, one integer type.
            match found {
                Some((first, ..)) if first != name => {
                    return Err((
                        ident.span(),
                        format!(
                            "the enum is represented as `{first}` and as `{name}`; the compiler refuses conflicting representation hints (E0566): keep one `#[repr]`"
                        ),
                    ));
                }
                Some(_) => {}
                None => found = Some((name, max)),
            }
        }
    }
    Ok(found.unwrap_or(INTEGER_REPRS[5]))
}

/// The value of an integer literal discriminant, negated or not:
/// `7`, `-1`, `0x1F`, `(7)`.
fn literal(expr: &Expr) -> Option<i128> {
    match expr {
        Expr::Lit(ExprLit {
            lit: Lit::Int(int), ..
        }) => int.base10_parse::<i128>().ok(),
        Expr::Unary(ExprUnary {
            op: UnOp::Neg(_),
            expr,
            ..
        }) => literal(expr).and_then(i128::checked_neg),
        Expr::Paren(paren) => literal(&paren.expr),
        Expr::Group(group) => literal(&group.expr),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(source: &str) -> Option<String> {
        let input: DeriveInput = syn::parse_str(source).unwrap();
        check(&input).err().map(|(_, message)| message)
    }

    #[test]
    fn what_the_compiler_accepts() {
        assert_eq!(message("enum E { A, B = 5, C, D = 2 }"), None);
        assert_eq!(message("#[repr(u8)] enum E { A = 254, B }"), None);
        assert_eq!(message("#[repr(C, u8)] #[repr(u8)] enum E { A }"), None);
        // After a constant, the tool cannot count: the compiler will.
        assert_eq!(message("enum E { A = X, B, C = 0 }"), None);
        assert_eq!(message("#[repr(i8)] enum E { A = -2, B, C = 0 }"), None);
    }

    #[test]
    fn what_it_refuses() {
        assert_eq!(
            message("#[repr(i8)] enum E { A = -1, B, C = 0 }"),
            Some("`C` has the discriminant 0, which `B` already has; the compiler refuses the enum (E0081): a variant without `= value` has the one after the variant before it".to_owned())
        );
        assert_eq!(
            message("enum E { A = 1, B = 0, C }"),
            Some("`C` has the discriminant 1, which `A` already has; the compiler refuses the enum (E0081): a variant without `= value` has the one after the variant before it".to_owned())
        );
        assert_eq!(
            message("#[repr(u8)] enum E { A = 255, B }"),
            Some("the discriminant of `B` would follow `A`'s, 255, past the last value of `u8`; the compiler refuses the enum (E0370): give `B` its own discriminant, or another `#[repr]`".to_owned())
        );
        assert_eq!(
            message("#[repr(u8)] #[repr(u16)] enum E { A }"),
            Some("the enum is represented as `u8` and as `u16`; the compiler refuses conflicting representation hints (E0566): keep one `#[repr]`".to_owned())
        );
    }
}
