//! The derive's expansion outside the compiler, on `proc_macro2`'s fallback
//! tokens: `expand FILE` prints the output for the enum in FILE (the
//! benchmark's `expanded` form pastes it into a crate);
//! `expand FILE REPEAT` runs parse + expansion REPEAT times and prints the
//! time per phase, for profiling (under callgrind too).
//!
//! The modules are the proc-macro's own files, included by path, so the
//! harness can never drift from what the derive runs.

#![allow(dead_code)]

#[path = "../../../../error-macros/src/api.rs"]
mod api;
#[path = "../../../../error-macros/src/const_checks.rs"]
mod const_checks;
#[path = "../../../../error-macros/src/context.rs"]
mod context;
#[path = "../../../../error-macros/src/expand.rs"]
mod expand;
#[path = "../../../../error-macros/src/fallback.rs"]
mod fallback;
#[path = "../../../../error-macros/src/lookup.rs"]
mod lookup;
#[path = "../../../../error-macros/src/tables.rs"]
mod tables;

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};
use std::fmt::Write as _;
use std::time::{Duration, Instant};

fn read(tokens: TokenStream) -> syn::DeriveInput {
    syn::parse2(tokens).unwrap_or_else(|error| panic!("an enum in FILE: {error}"))
}

/// The tokens as `TokenStream`'s `Display` writes them, but with a line
/// break after every `,`, `;` and `}`: on one line of a megabyte, rustc
/// spends more time finding columns for spans than compiling, which would
/// make the pasted-in form look cheaper or dearer than it is.
fn write_lines(tokens: TokenStream, out: &mut String) {
    for token in tokens {
        match token {
            TokenTree::Group(group) => {
                let (open, close) = match group.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Brace => ("{\n", "}\n"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::None => ("", ""),
                };
                out.push_str(open);
                write_lines(group.stream(), out);
                out.push_str(close);
            }
            TokenTree::Punct(punct) => {
                out.push(punct.as_char());
                if punct.spacing() == Spacing::Alone {
                    out.push(if matches!(punct.as_char(), ',' | ';') { '\n' } else { ' ' });
                }
            }
            other => {
                let _ = write!(out, "{other} ");
            }
        }
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: expand FILE [REPEAT]");
    let source = std::fs::read_to_string(&path).expect("readable FILE");
    let Some(repeat) = args.next() else {
        let input = read(source.parse().expect("tokens"));
        let mut text = String::new();
        write_lines(expand::derive(&input), &mut text);
        println!("{text}");
        return;
    };
    let repeat: u32 = repeat.parse().expect("REPEAT is a number");
    // The phases a real expansion goes through, timed apart: tokens from
    // text (the compiler does this part), reading the enum, the derive proper,
    // and writing the output out (the compiler parses it back).
    let mut lex = Duration::ZERO;
    let mut parse = Duration::ZERO;
    let mut expand = Duration::ZERO;
    let mut print = Duration::ZERO;
    let mut length = 0;
    for _ in 0..repeat {
        let start = Instant::now();
        let tokens: TokenStream = source.parse().expect("tokens");
        let lexed = Instant::now();
        let input = read(tokens);
        let parsed = Instant::now();
        let output = expand::derive(&input);
        let expanded = Instant::now();
        length += output.to_string().len();
        let printed = Instant::now();
        lex += lexed - start;
        parse += parsed - lexed;
        expand += expanded - parsed;
        print += printed - expanded;
    }
    let per = |total: Duration| total.as_secs_f64() * 1e3 / f64::from(repeat);
    println!(
        "per expansion (ms): lex {:.2}, read {:.2}, derive {:.2}, print {:.2}; output {} bytes",
        per(lex),
        per(parse),
        per(expand),
        per(print),
        length / repeat as usize
    );
}
