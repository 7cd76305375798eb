//! Expansion cost grows linearly with the number of variants. Time is for
//! the benchmark; here the measure is deterministic: heap allocations made
//! by the expansion on this thread, and the size of its output, for 10,000
//! and for 20,000 variants. A quadratic check (a nested loop over variants
//! for duplicates) would also show in the duplicate found at the very end.

use super::expand_source;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write as _;

struct CountingAllocator;

thread_local! {
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
}

// SAFETY: every call is forwarded to `System` unchanged; the counter is a
// const-initialised thread local, which never allocates.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|count| count.set(count.get() + 1));
        // SAFETY: the caller's contract is passed on as it is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: CountingAllocator = CountingAllocator;

fn allocations() -> u64 {
    ALLOCATIONS.with(Cell::get)
}

fn source(variants: usize, duplicate_last: bool) -> String {
    let mut source =
        String::from("#[repr(u32)] #[error_codes(rename_all = \"snake_case\")] enum Big {\n");
    for i in 0..variants {
        let code = if duplicate_last && i + 1 == variants {
            0
        } else {
            i
        };
        let _ = writeln!(
            source,
            "#[code({code}, \"reason {i}\", \"second reason {i}\", category = \"Section {}\")] Variant{i},",
            i % 7
        );
    }
    source.push('}');
    source
}

/// (allocations, output length) of one expansion.
fn cost(variants: usize) -> (u64, usize) {
    let source = source(variants, false);
    let before = allocations();
    let expansion = expand_source(&source).expect("a valid enum");
    let allocated = allocations() - before;
    assert!(expansion.messages.is_empty());
    (allocated, expansion.output.to_string().len())
}

#[test]
fn twenty_thousand_variants_expand_in_linear_work() {
    let (allocations_10k, size_10k) = cost(10_000);
    let (allocations_20k, size_20k) = cost(20_000);
    #[allow(clippy::cast_precision_loss)]
    let ratio = |big: u64, small: u64| big as f64 / small as f64;
    let allocation_ratio = ratio(allocations_20k, allocations_10k);
    let size_ratio = ratio(size_20k as u64, size_10k as u64);
    // Twice the variants, about twice the work: longer numbers make the
    // output a little more than twice as long, never four times.
    assert!(
        (1.9..2.2).contains(&allocation_ratio),
        "allocations x{allocation_ratio:.3}"
    );
    assert!((1.9..2.2).contains(&size_ratio), "output x{size_ratio:.3}");
}

#[test]
fn a_duplicate_among_twenty_thousand_is_found_at_the_last_variant() {
    let expansion = expand_source(&source(20_000, true)).expect("an enum");
    // One mistake: the error at the second use, and its note at the first.
    assert_eq!(
        expansion.messages,
        [
            "code 0 is already used by variant `Variant0`; codes must be unique",
            "code 0 first used here"
        ]
    );
}
