"""Generates one benchmark crate per (form, N): the same error enum and API
written five ways, so that compile time and lookup cost can be compared.

Forms:
  derive      #[derive(ErrorCodes)] from error-macros (by path)
  derive-before  the same from another checkout (run.py --baseline), to
              measure a change to the macro in the same run
  derive-const  the derive with every code a constant (`codes::BENCH_17`,
              declared `pub const BENCH_17: i32 = 118;`), as a wrapper of a
              C header declares it: the compiler evaluates the codes, checks
              them and builds `from_code`'s table
  derive-const-before  the same from the --baseline checkout
  expanded    the derive's own output pasted in as source (from the
              `expand` harness), to separate the macro's cost from the cost
              of compiling what it emits
  hand        the same API written out as one `match` per method
  hand-const  the same API as `const` arrays indexed by `*self as usize`,
              with a `match` only for `from_code`
  peers       thiserror + num_enum + strum, what users combine today

Every crate has `src/lib.rs` (the enum plus `exercise`, one non-generic
function that touches the whole API, so that each form's code is compiled
in the library itself and not deferred to a user through `#[inline]`) and
`src/bin/lookup.rs`, the callgrind driver.

Apart from the forms, `write_sdk` writes the SDK crate of the added cold
build: a crate that already builds thiserror and serde, with and without
error-codes.
"""

import random
from pathlib import Path

FORMS = ("derive", "derive-const", "expanded", "hand", "hand-const", "peers")

# Pinned, so that a rerun compares the same crates; recorded in BENCHMARKS.md.
PEER_DEPS = (
    'thiserror = "=2.0.21"\n'
    'num_enum = { version = "=0.7.5", default-features = false }\n'
    'strum = { version = "=0.27.2", features = ["derive"] }\n'
)

LOOKUPS = 200_000  # per callgrind run; each code is looked up LOOKUPS / N times
# Per callgrind run of a by-name loop: a whole number of passes over the
# names at every N, and fewer than LOOKUPS, since a miss in a `match` on
# `str` or in a scan compares the name with every name of its length.
NAME_LOOKUPS = 20_000

# The SDK crate's own dependencies, pinned as the peers are (thiserror) and
# as the repository's lock file has them (serde, serde_json).
SDK_DEPS = (
    'thiserror = "=2.0.21"\n'
    'serde = { version = "=1.0.229", features = ["derive"] }\n'
    'serde_json = "=1.0.154"\n'
)


class Variant:
    def __init__(self, i, code):
        self.ident = f"ConnectionFailed{i}"
        self.name = snake(self.ident)
        self.code = code
        # Most variants have one reason, some two, some none (their
        # description is then the name), as in a real taxonomy.
        if i % 10 == 9:
            self.reasons = []
        elif i % 5 == 0:
            self.reasons = [f"Reason {i}: the request could not be completed", f"Retry {i} later"]
        else:
            self.reasons = [f"Reason {i}: the request could not be completed"]
        self.description = "; ".join(self.reasons) if self.reasons else self.name
        self.category = None if i % 7 == 6 else f"Section {i // 50}"


def snake(ident):
    """The derive's `rename_all = "snake_case"` (serde's rule)."""
    return "".join(("_" if k and c.isupper() else "") + c.lower() for k, c in enumerate(ident))


def variants(n):
    """Sparse codes (a `match` on dense codes would be a plain table lookup,
    which no real taxonomy is), ascending as they are usually declared,
    fixed by the seed so every run and form sees the same ones."""
    codes = sorted(random.Random(n).sample(range(-1, 20 * n), n))
    return [Variant(i, code) for i, code in enumerate(codes)]


def miss(name):
    """A name that no variant has, of the same length: `name` with its last
    byte, a digit, replaced by a letter. Every name is `connection_failed`
    and digits, so a comparison byte by byte with any name of the same
    length gets past the shared prefix, and with the name it was made from
    to the last byte."""
    return name[:-1] + chr(ord("a") + int(name[-1]))


def edit_marker(n):
    """The text whose last character the 1-character edit toggles: the
    first reason of the middle variant (which has one in every form)."""
    return f"Reason {n // 2}: the request could not be complete"


def q(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def manifest(form, root):
    deps = {
        "derive": f'error-macros = {{ path = "{root}/error-macros" }}\n',
        "derive-before": f'error-macros = {{ path = "{root}/error-macros" }}\n',
        "derive-const": f'error-macros = {{ path = "{root}/error-macros" }}\n',
        "derive-const-before": f'error-macros = {{ path = "{root}/error-macros" }}\n',
        "peers": PEER_DEPS,
    }.get(form, "")
    # `[workspace]`: the crate stands alone, wherever it is generated.
    return (
        f'[package]\nname = "bench-{form}"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n'
        f"[dependencies]\n{deps}\n[workspace]\n"
    )


def derive_enum(vs, const_codes=False):
    """The derive form's enum; with `const_codes`, each code the constant
    `codes::BENCH_{i}` of a module of constants before it, as a `-sys`
    crate binds a C header."""
    lines = []
    if const_codes:
        lines.append("/// The codes, as a C header's constants.\npub mod codes {")
        lines += [f"    pub const BENCH_{i}: i32 = {v.code};" for i, v in enumerate(vs)]
        lines.append("}\n")
    lines += [
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, error_macros::ErrorCodes)]",
        '#[error_codes(rename_all = "snake_case")]',
        "pub enum BenchError {",
    ]
    for i, v in enumerate(vs):
        code = f"codes::BENCH_{i}" if const_codes else str(v.code)
        args = [code] + [q(r) for r in v.reasons]
        if v.category:
            args.append(f"category = {q(v.category)}")
        lines.append(f"    #[code({', '.join(args)})]\n    {v.ident},")
    return "\n".join(lines) + "\n}\n"


def plain_enum(vs):
    lines = ["#[derive(Debug, Clone, Copy, PartialEq, Eq)]", "pub enum BenchError {"]
    lines += [f"    {v.ident}," for v in vs]
    return "\n".join(lines) + "\n}\n"


def arms(vs, value):
    return "\n".join(f"            Self::{v.ident} => {value(v)}," for v in vs)


def reasons_expr(v):
    return "&[" + ", ".join(q(r) for r in v.reasons) + "]"


def category_expr(v):
    return f"Some({q(v.category)})" if v.category else "None"


# What both hand-written forms share: the conversions and their error
# types, as the derive emits them.
HAND_COMMON = """
impl core::fmt::Display for BenchError {
    fn fmt(&self, formatter: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        formatter.pad(self.description())
    }
}

impl core::error::Error for BenchError {}

impl From<BenchError> for i32 {
    #[inline]
    fn from(value: BenchError) -> Self {
        value.code()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct BenchErrorFromCodeError {
    code: i32,
}

impl BenchErrorFromCodeError {
    #[must_use]
    pub const fn code(&self) -> i32 {
        self.code
    }
}

impl core::fmt::Display for BenchErrorFromCodeError {
    fn fmt(&self, formatter: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(formatter, "no variant of BenchError has code {}", self.code)
    }
}

impl core::error::Error for BenchErrorFromCodeError {}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct BenchErrorFromNameError(());

impl core::fmt::Display for BenchErrorFromNameError {
    fn fmt(&self, formatter: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        formatter.write_str("no variant of BenchError has that name")
    }
}

impl core::error::Error for BenchErrorFromNameError {}

impl TryFrom<i32> for BenchError {
    type Error = BenchErrorFromCodeError;

    #[inline]
    fn try_from(code: i32) -> Result<Self, BenchErrorFromCodeError> {
        match Self::from_code(code) {
            Some(value) => Ok(value),
            None => Err(BenchErrorFromCodeError { code }),
        }
    }
}

impl core::str::FromStr for BenchError {
    type Err = BenchErrorFromNameError;

    #[inline]
    fn from_str(name: &str) -> Result<Self, BenchErrorFromNameError> {
        match Self::from_name(name) {
            Some(value) => Ok(value),
            None => Err(BenchErrorFromNameError(())),
        }
    }
}
"""


FROM_NAME_SCAN = """    #[must_use]
    pub const fn from_name(name: &str) -> Option<Self> {
        let mut index = 0;
        while index < Self::ALL.len() {
            if same(NAME_AT(index).as_bytes(), name.as_bytes()) {
                return Some(Self::ALL[index]);
            }
            index += 1;
        }
        None
    }
"""

SAME = """
const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}
"""


def from_code_fn(vs):
    code_arms = "\n".join(f"            {v.code} => Some(Self::{v.ident})," for v in vs)
    return f"""    #[must_use]
    #[inline]
    pub const fn from_code(code: i32) -> Option<Self> {{
        match code {{
{code_arms}
            _ => None,
        }}
    }}
"""


def all_consts(vs):
    all_items = ", ".join(f"Self::{v.ident}" for v in vs)
    return f"    pub const ALL: &'static [Self] = &[{all_items}];\n    pub const COUNT: usize = {len(vs)};\n"


METHODS = (
    ("code", "i32", lambda v: v.code),
    ("name", "&'static str", lambda v: q(v.name)),
    ("reasons", "&'static [&'static str]", reasons_expr),
    ("description", "&'static str", lambda v: q(v.description)),
    ("category", "Option<&'static str>", category_expr),
)


def hand_api(vs, method, name_at, tables=""):
    """The hand-written API: `method(name, return type, value)` writes one
    per-variant method, `tables` are the items those methods read."""
    return (
        plain_enum(vs)
        + "\nimpl BenchError {\n"
        + all_consts(vs)
        + tables
        + "".join(method(*m) for m in METHODS)
        + from_code_fn(vs)
        + FROM_NAME_SCAN.replace("NAME_AT(index)", name_at)
        + "}\n"
        + SAME
        + HAND_COMMON
    )


def hand_enum(vs):
    """One `match` per method, `#[inline]` where the derive has it.
    `from_name` is `const`, as the derive's: `match` on `str` is not allowed
    in a `const fn`, so it scans `name()`. (A `match name { .. }` instead
    took 14 s, not 2 s, in a release rebuild at N=1000.)"""

    def method(name, ret, value):
        return f"""    #[must_use]
    #[inline]
    pub const fn {name}(&self) -> {ret} {{
        match self {{
{arms(vs, value)}
        }}
    }}
"""

    return hand_api(vs, method, "Self::ALL[index].name()")


def hand_const_enum(vs):
    """Tables indexed by the discriminant; `from_name` scans the names."""

    def method(name, ret, _value):
        return f"""    #[must_use]
    #[inline]
    pub const fn {name}(&self) -> {ret} {{
        Self::{name.upper()}_TABLE[*self as usize]
    }}
"""

    tables = "".join(
        f"    const {name.upper()}_TABLE: [{ret}; {len(vs)}] = [{', '.join(str(value(v)) for v in vs)}];\n"
        for name, ret, value in METHODS
    )
    return hand_api(vs, method, "Self::NAME_TABLE[index]", tables)


def peers_enum(vs):
    lines = [
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error,",
        "    num_enum::TryFromPrimitive, num_enum::IntoPrimitive,",
        "    strum::IntoStaticStr, strum::EnumString, strum::EnumIter, strum::EnumCount,",
        "    strum::EnumMessage, strum::EnumProperty)]",
        "#[repr(i32)]",
        "pub enum BenchError {",
    ]
    for v in vs:
        # strum has no list of reasons: the message is the description.
        strum = [f"serialize = {q(v.name)}", f"message = {q(v.description)}"]
        if v.category:
            strum.append(f"props(category = {q(v.category)})")
        lines.append(f"    #[error({q(v.description)})]")
        lines.append(f"    #[strum({', '.join(strum)})]")
        lines.append(f"    {v.ident} = {v.code},")
    return "\n".join(lines) + "\n}\n"


# `exercise` touches every item of the API once; the peers' equivalents
# below. Non-generic and `pub`, so it is compiled in the library.
EXERCISE = """
/// Uses the whole API, so that every form's code is compiled here.
#[must_use]
pub fn exercise(code: i32, name: &str) -> usize {
    let mut n = BenchError::COUNT + BenchError::ALL.len();
    if let Some(e) = BenchError::from_code(code) {
        n += e.code() as usize + e.name().len() + e.reasons().len() + e.description().len();
        n += e.category().map_or(0, str::len) + e.to_string().len();
    }
    if let Some(e) = BenchError::from_name(name) {
        n += i32::from(e) as usize;
    }
    if let Ok(e) = BenchError::try_from(code) {
        n += e.code() as usize;
    }
    if let Ok(e) = name.parse::<BenchError>() {
        n += e.code() as usize;
    }
    n
}
"""

EXERCISE_PEERS = """
use strum::{EnumCount as _, EnumMessage as _, EnumProperty as _, IntoEnumIterator as _};

/// Uses the whole API, so that every form's code is compiled here.
#[must_use]
pub fn exercise(code: i32, name: &str) -> usize {
    let mut n = BenchError::COUNT + BenchError::iter().count();
    if let Ok(e) = BenchError::try_from(code) {
        let name: &'static str = e.into();
        n += i32::from(e) as usize + name.len() + e.get_message().map_or(0, str::len);
        n += e.get_str("category").map_or(0, str::len) + e.to_string().len();
    }
    if let Ok(e) = name.parse::<BenchError>() {
        n += i32::from(e) as usize;
    }
    n
}
"""


def from_name_match(vs):
    """What an engineer writes for `from_name` by hand. It lives in the
    driver, not in the `hand` library, whose rebuilds are timed: there a
    `match` on `str` took the release rebuild at N=1000 from 2 s to 14 s.
    `#[inline]`, as strum's `from_str` is."""
    name_arms = "\n".join(f"        {q(v.name)} => Some(BenchError::{v.ident})," for v in vs)
    return f"""
#[inline]
fn from_name_match(name: &str) -> Option<BenchError> {{
    match name {{
{name_arms}
        _ => None,
    }}
}}
"""


def driver_loop(fn, var, ty, count, body):
    """One of the driver's measured loops: `count` times, `body` on `var`,
    the next item of a table of `ty`, taken through `black_box`, its result
    added to `acc`. A lookup loop and its empty loop differ only in `body`,
    so the difference of their counts is the lookups'."""
    return f"""#[inline(never)]
fn {fn}(items: &[{ty}]) -> usize {{
    let mut acc = 0usize;
    let mut j = 0;
    for _ in 0..{count} {{
        let {var} = black_box(items[j]);
        {body}
        j += 1;
        if j == items.len() {{
            j = 0;
        }}
    }}
    acc
}}
"""


def lookup_driver(form, vs):
    """`lookups` runs `from_code` + `code` + `description` per iteration;
    `baseline` is the same loop without them. Their instruction counts'
    difference, over LOOKUPS, is the cost of one lookup. `by_name` runs the
    form's lookup by name over NAMES (hits) or MISSES, `names_baseline` the
    same loop without it, over NAME_LOOKUPS. The tables are the same for
    every form and opaque to the optimiser (`black_box`), and every result
    is accumulated, so no lookup can be hoisted or deleted."""
    if form == "peers":
        body = """match BenchError::try_from(code) {
            Ok(e) => acc = acc.wrapping_add(i32::from(e) as usize).wrapping_add(e.get_message().map_or(0, str::len)),
            Err(_) => acc = acc.wrapping_add(1),
        }"""
        use = "use strum::EnumMessage as _;\n"
    else:
        body = """match BenchError::from_code(code) {
            Some(e) => acc = acc.wrapping_add(e.code() as usize).wrapping_add(e.description().len()),
            None => acc = acc.wrapping_add(1),
        }"""
        use = ""
    # Each form's lookup by name as its users call it: strum's through
    # `FromStr`, the hand form's through the `match` below.
    by_name = {"hand": "from_name_match(name)", "peers": "name.parse::<BenchError>().ok()"}.get(
        form, "BenchError::from_name(name)")
    codes = ", ".join(str(v.code) for v in vs)
    names = ", ".join(q(v.name) for v in vs)
    misses = ", ".join(q(miss(v.name)) for v in vs)
    loops = "\n".join((
        driver_loop("lookups", "code", "i32", "LOOKUPS", body),
        driver_loop("baseline", "code", "i32", "LOOKUPS", "acc = acc.wrapping_add(code as usize).wrapping_add(1);"),
        driver_loop("by_name", "name", "&str", "NAME_LOOKUPS", f"""match {by_name} {{
            Some(e) => acc = acc.wrapping_add(e as usize),
            None => acc = acc.wrapping_add(1),
        }}"""),
        driver_loop("names_baseline", "name", "&str", "NAME_LOOKUPS",
                    "acc = acc.wrapping_add(name.len()).wrapping_add(1);"),
    ))
    return f"""use bench_{form.replace("-", "_")}::BenchError;
use std::hint::black_box;
{use}
const CODES: [i32; {len(vs)}] = [{codes}];
const NAMES: [&str; {len(vs)}] = [{names}];
const MISSES: [&str; {len(vs)}] = [{misses}];
const LOOKUPS: usize = {LOOKUPS};
const NAME_LOOKUPS: usize = {NAME_LOOKUPS};
{from_name_match(vs) if form == "hand" else ""}
{loops}
fn main() {{
    let codes = black_box(&CODES[..]);
    let names = black_box(&NAMES[..]);
    let misses = black_box(&MISSES[..]);
    let acc = match std::env::args().nth(1).as_deref() {{
        Some("lookups") => lookups(codes),
        Some("baseline") => baseline(codes),
        Some("hits") => by_name(names),
        Some("misses") => by_name(misses),
        Some("names-baseline") => names_baseline(names),
        mode => panic!("unknown mode {{mode:?}}"),
    }};
    black_box(acc);
}}
"""


def write_crate(form, n, path, root, expanded=None):
    """Writes the crate for `form` at `path`. `expanded` is the derive's
    output for this N (needed only by the `expanded` form)."""
    vs = variants(n)
    src = path / "src"
    (src / "bin").mkdir(parents=True, exist_ok=True)
    (path / "Cargo.toml").write_text(manifest(form, root))
    if form in ("derive", "derive-before"):
        lib = derive_enum(vs) + EXERCISE
    elif form in ("derive-const", "derive-const-before"):
        lib = derive_enum(vs, const_codes=True) + EXERCISE
    elif form == "expanded":
        lib = plain_enum(vs) + "\n" + expanded + "\n" + EXERCISE
    elif form == "hand":
        lib = hand_enum(vs) + EXERCISE
    elif form == "hand-const":
        lib = hand_const_enum(vs) + EXERCISE
    else:
        lib = peers_enum(vs) + EXERCISE_PEERS
    # Enums of thousands of variants trip clippy's size lints, not rustc's.
    (src / "lib.rs").write_text("//! Generated by benches/compile/gen.py.\n\n" + lib)
    (src / "bin" / "lookup.rs").write_text(lookup_driver(form, vs))
    return vs


def derive_source(n):
    """The derive form's enum alone: the input of the expansion harness."""
    return derive_enum(variants(n))


def write_sdk(path, error_codes):
    """An SDK crate that already builds thiserror and serde: an error enum,
    a serde-derived reply, JSON out. With `error_codes` (the path of an
    `error-codes` crate) it depends on that crate too and carries its
    `ErrorCode` in the error enum, instead of the bare code."""
    deps = SDK_DEPS + (f'error-codes = {{ path = "{error_codes}" }}\n' if error_codes else "")
    if error_codes:
        code_type = "ErrorCode"
        check = """match ErrorCode::from_code(reply.code) {
        Some(code) => Err(SdkError::Server(code)),
        None => Ok(()),
    }"""
    else:
        code_type = "i32"
        check = """match reply.code {
        0 => Ok(()),
        code => Err(SdkError::Server(code)),
    }"""
    (path / "src").mkdir(parents=True, exist_ok=True)
    (path / "Cargo.toml").write_text(
        '[package]\nname = "bench-sdk"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n'
        f"[dependencies]\n{deps}\n[workspace]\n"
    )
    use = "use error_codes::ErrorCode;\n\n" if error_codes else ""
    (path / "src" / "lib.rs").write_text(f"""//! Generated by benches/compile/gen.py.

{use}#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct Reply {{
    pub code: i32,
    pub message: String,
}}

#[derive(Debug, thiserror::Error)]
pub enum SdkError {{
    #[error("the server answered {{0}}")]
    Server({code_type}),
    #[error(transparent)]
    Json(#[from] serde_json::Error),
}}

pub fn encode(reply: &Reply) -> Result<String, SdkError> {{
    Ok(serde_json::to_string(reply)?)
}}

pub fn check(reply: &Reply) -> Result<(), SdkError> {{
    {check}
}}
""")
