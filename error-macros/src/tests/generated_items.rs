//! The items the derive generates on the enum are the ones the grammar
//! lists (`error_codes_model::GENERATED_ITEMS`), whose names it refuses as
//! variant names: a new method left off that list could be shadowed by a
//! variant, which would then break every call of it.

use super::expand_source;
use std::collections::BTreeSet;
use syn::{ImplItem, Item};

/// The names of the associated items of every inherent `impl` in the
/// expansion of `source`, wherever the derive puts the `impl`.
fn inherent_items(source: &str) -> BTreeSet<String> {
    let output = expand_source(source).expect("an enum").output;
    let file: syn::File = syn::parse2(output).expect("the expansion is Rust items");
    let mut names = BTreeSet::new();
    collect(&file.items, &mut names);
    names
}

fn collect(items: &[Item], names: &mut BTreeSet<String>) {
    for item in items {
        match item {
            Item::Impl(block) if block.trait_.is_none() => {
                for item in &block.items {
                    match item {
                        ImplItem::Fn(function) => names.insert(function.sig.ident.to_string()),
                        ImplItem::Const(constant) => names.insert(constant.ident.to_string()),
                        _ => panic!("the enum gets only functions and constants"),
                    };
                }
            }
            Item::Const(constant) => {
                if let syn::Expr::Block(block) = &*constant.expr {
                    let inner: Vec<Item> = block
                        .block
                        .stmts
                        .iter()
                        .filter_map(|stmt| match stmt {
                            syn::Stmt::Item(item) => Some(item.clone()),
                            _ => None,
                        })
                        .collect();
                    collect(&inner, names);
                }
            }
            // The error types and their `impl`s are theirs, not the enum's.
            _ => {}
        }
    }
}

fn listed(lookups: bool) -> BTreeSet<String> {
    error_codes_model::generated_items(lookups)
        .map(|item| item.name.to_owned())
        .collect()
}

#[test]
fn an_enum_with_lookups_gets_every_listed_item_and_no_other() {
    let source = r#"
        #[error_codes(doc_url = "https://docs.example.com/{code}")]
        enum E {
            #[code(1, "one", retryable)]
            One,
            #[code(catch_all)]
            Other(i32),
        }
    "#;
    assert_eq!(inherent_items(source), listed(true));
}

#[test]
fn an_enum_with_fields_gets_the_listed_items_that_are_not_lookups() {
    let source = r#"
        #[error_codes(display = false)]
        enum E {
            #[code(1, "one")]
            One { count: u32 },
        }
    "#;
    assert_eq!(inherent_items(source), listed(false));
}
