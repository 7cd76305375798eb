//! Random enums for `#[derive(ErrorCodes)]`, each valid for the derive:
//! every repr, every key of the grammar (REFERENCE.md), every integer
//! spelling, raw and escaped strings, LF and CRLF files, and hostile text
//! wherever the grammar takes text. The spec (what was meant) is kept
//! beside the source, for what the compiled enum cannot answer
//! (deprecation, reservations, the lists of aliases and alternatives) and
//! for the probes.

use super::rng::Rng;
use std::collections::HashSet;
use std::fmt::Write as _;

// The code types as the grammar names them, with their ranges.
pub use error_codes_model::CodeType;

/// `rename_all`'s spellings (REFERENCE.md).
const RENAME_RULES: [&str; 8] = [
    "lowercase",
    "UPPERCASE",
    "PascalCase",
    "camelCase",
    "snake_case",
    "SCREAMING_SNAKE_CASE",
    "kebab-case",
    "SCREAMING-KEBAB-CASE",
];

/// serde's rules as REFERENCE.md states them (only ASCII letters change
/// case; an `_` before every uppercase letter but the first), to keep the
/// generated names unique: the compiled enum is the judge of the result.
fn rename(rule: &str, ident: &str) -> String {
    let snake = || {
        let mut out = String::new();
        for (i, ch) in ident.char_indices() {
            if i > 0 && ch.is_uppercase() {
                out.push('_');
            }
            out.push(ch.to_ascii_lowercase());
        }
        out
    };
    match rule {
        "lowercase" => ident.to_ascii_lowercase(),
        "UPPERCASE" => ident.to_ascii_uppercase(),
        "PascalCase" => ident.to_owned(),
        "camelCase" => {
            let mut chars = ident.chars();
            chars.next().map_or_else(String::new, |first| {
                std::iter::once(first.to_ascii_lowercase())
                    .chain(chars)
                    .collect()
            })
        }
        "snake_case" => snake(),
        "SCREAMING_SNAKE_CASE" => snake().to_ascii_uppercase(),
        "kebab-case" => snake().replace('_', "-"),
        "SCREAMING-KEBAB-CASE" => snake().to_ascii_uppercase().replace('_', "-"),
        other => panic!("no rule {other}"),
    }
}

/// Words with letters outside ASCII, each in its composed (NFC) and
/// decomposed (NFD) spelling: rustc normalises identifiers to NFC, string
/// literals it keeps as written.
const NON_ASCII: [(&str, &str); 7] = [
    ("Café", "Cafe\u{301}"),
    ("Élan", "E\u{301}lan"),
    ("Ñandú", "N\u{303}andu\u{301}"),
    ("Ångström", "A\u{30a}ngstro\u{308}m"),
    ("日本", "日本"),
    ("Ωmega", "Ωmega"),
    ("Straße", "Straße"),
];

/// `text` with every decomposed spelling of [`NON_ASCII`] composed: what
/// rustc makes of an identifier written with them.
pub fn nfc(text: &str) -> String {
    NON_ASCII
        .iter()
        .fold(text.to_owned(), |text, (nfc, nfd)| text.replace(nfd, nfc))
}

/// Words variant identifiers are made of (PascalCase pieces).
const IDENT_WORDS: [&str; 24] = [
    "Connection",
    "Lost",
    "Timed",
    "Out",
    "Room",
    "Full",
    "Invalid",
    "Socket",
    "URL",
    "IO",
    "Http2",
    "Token",
    "Expired",
    "Quota",
    "X",
    "A",
    "Unknown",
    "Gateway",
    "Bad",
    "Request",
    "Ok",
    "Some",
    "None",
    "Option",
];

/// Keywords that a raw identifier may name (`r#match`).
const RAW_KEYWORDS: [&str; 8] = [
    "match", "type", "loop", "fn", "struct", "async", "await", "dyn",
];

/// `#[cfg]` predicates, and whether each holds in the scratch crate's build
/// (`--features on`, not a test build), which the tool is told too. No
/// target predicate: a reader of source takes those as true, and says so.
pub const CFGS: [(&str, bool); 9] = [
    ("test", false),
    ("feature = \"on\"", true),
    ("feature = \"off\"", false),
    ("any()", false),
    ("all()", true),
    ("not(test)", true),
    ("not(feature = \"off\")", true),
    ("any(test, feature = \"on\")", true),
    ("all(feature = \"on\", not(test))", true),
];

/// The items the derive generates (error-codes-model's GENERATED_ITEMS): a
/// variant may not share their names.
const GENERATED: [&str; 11] = [
    "code",
    "name",
    "reasons",
    "description",
    "category",
    "doc_url",
    "is_retryable",
    "ALL",
    "COUNT",
    "from_code",
    "from_name",
];

/// Words names and aliases are made of: plain ones, and ones that are
/// keywords or special members in some target language. None of them
/// makes a member the Swift export declares (`rawValue`, `errorCode`, ...),
/// which the tool refuses as a name.
const NAME_WORDS: [&str; 36] = [
    "room",
    "full",
    "token",
    "expired",
    "socket",
    "closed",
    "session",
    "user",
    "stream",
    "media",
    "quota",
    "timeout",
    "gateway",
    "class",
    "default",
    "fun",
    "object",
    "when",
    "val",
    "NaN",
    "Infinity",
    "constructor",
    "toString",
    "valueOf",
    "hasOwnProperty",
    "Self",
    "self",
    "init",
    "Type",
    "null",
    "true",
    "enum",
    "new",
    "package",
    "2fa",
    "404",
];

/// Text that is special somewhere: in a Rust, Swift, Kotlin, Java or
/// TypeScript literal or comment, in XML, Android resources, Markdown, a
/// printf format, a terminal; invisible, bidirectional and astral
/// characters. `\\u000A` is the text backslash-u-000A, which Java reads as
/// a line feed anywhere in its source.
const HOSTILE: [&str; 76] = [
    "\"",
    "\\",
    "%",
    "%s",
    "%1$s",
    "%%",
    "{}",
    "{{",
    "}}",
    "{0}",
    "{name}",
    "*/",
    "/*",
    "//",
    "\\u000A",
    "\\u002A/",
    "\\u0022",
    "\\n",
    "<",
    ">",
    "&",
    "&amp;",
    "<!--",
    "-->",
    "--",
    "]]>",
    "$",
    "${x}",
    "$x",
    "`",
    "``",
    "'",
    "\u{2028}",
    "\u{2029}",
    "\u{FEFF}",
    "\u{202E}",
    "\u{200B}",
    "\0",
    "\u{1}",
    "\u{7}",
    "\u{8}",
    "\u{b}",
    "\u{c}",
    "\u{1b}[31m",
    "\t",
    "\n",
    "\r",
    "\r\n",
    "\u{85}",
    "\u{7f}",
    "😀",
    "👨\u{200D}👩\u{200D}👧",
    "日本語",
    "エラー",
    "e\u{301}",
    "\u{301}",
    "Ω",
    "ß",
    "İ",
    "|",
    "#",
    "\"\"\"",
    "#\"",
    "\\(x)",
    "@",
    "?",
    ":",
    ";",
    "\\\\",
    "\\\"",
    "*",
    "_",
    "~",
    "[x]",
    "\u{a0}",
    "  ",
];

/// Pieces a documentation link may hold: no whitespace nor control
/// character (the grammar's rule for `doc_url`), everything else.
const LINK_PIECES: [&str; 30] = [
    "\"", "\\", "%", "%20", "}", "*/", "/*", "//", "\\u000A", "\\u002A/", "<", ">", "&", "--", "$",
    "`", "'", "|", "#", "?q=1&r=2", "😀", "日本", "\u{202E}", "\u{FEFF}", "\u{200B}", "e\u{301}",
    "[", "]", "(x)", "@",
];

/// How `retryable` is written on a variant.
#[derive(Debug, Clone, Copy)]
pub enum Retryable {
    /// `retryable` alone, which is `retryable = true`.
    Bare,
    Is(bool),
}

/// `#[deprecated]` in each of its forms.
#[derive(Debug, Clone)]
pub enum Deprecated {
    Bare,
    /// `#[deprecated = "note"]`
    Note(String),
    /// `#[deprecated(since = "...", note = "...")]`, either key optional,
    /// `note` first when `note_first`.
    List {
        since: Option<String>,
        note: Option<String>,
        note_first: bool,
    },
}

impl Deprecated {
    /// (since, note), as the JSON export's `deprecated` says them.
    pub fn expected(&self) -> (Option<&str>, Option<&str>) {
        match self {
            Deprecated::Bare => (None, None),
            Deprecated::Note(note) => (None, Some(note)),
            Deprecated::List { since, note, .. } => (since.as_deref(), note.as_deref()),
        }
    }
}

/// One piece of a doc comment.
#[derive(Debug, Clone)]
pub enum Doc {
    /// `/// text`
    Line(String),
    /// `/** text */`
    Block(String),
    /// `#[doc = "text"]`
    Attr(String),
}

#[derive(Debug, Clone)]
pub enum Shape {
    Unit,
    /// A tuple variant's field types (each has a `Default`).
    Tuple(Vec<&'static str>),
    /// A struct variant's fields, name and type.
    Named(Vec<(String, &'static str)>),
    /// `Other(T)`, the type written `core::primitive::T` when `qualified`.
    CatchAll {
        qualified: bool,
    },
}

/// The field types of variants with fields: each has a `Default`.
const FIELD_TYPES: [&str; 5] = ["String", "u8", "Option<u32>", "Vec<String>", "bool"];

#[derive(Debug, Clone)]
pub struct Variant {
    /// As written: `r#match`, `Cafe\u{301}`.
    pub written: String,
    pub shape: Shape,
    /// `None` for the catch-all.
    pub code: Option<i128>,
    /// As written: may repeat the variant's own code, which the grammar
    /// allows and drops.
    pub alternatives: Vec<i128>,
    pub reasons: Vec<String>,
    pub name: Option<String>,
    pub aliases: Vec<String>,
    pub category: Option<String>,
    pub doc_url: Option<String>,
    pub retryable: Option<Retryable>,
    pub deprecated: Option<Deprecated>,
    pub doc: Vec<Doc>,
    /// `#[cfg(CFGS[i])]` on the variant: the build has it only where the
    /// predicate holds.
    pub cfg: Option<usize>,
    /// `#[cfg_attr(CFGS[i], deprecated...)]`: deprecated only where the
    /// predicate holds.
    pub deprecated_cfg: Option<usize>,
    /// An explicit discriminant, equal to the code.
    pub discriminant: bool,
}

impl Variant {
    pub fn is_catch_all(&self) -> bool {
        matches!(self.shape, Shape::CatchAll { .. })
    }

    /// Whether the build has the variant.
    pub fn present(&self) -> bool {
        self.cfg.is_none_or(|cfg| CFGS[cfg].1)
    }

    /// The deprecation the build sees.
    pub fn expected_deprecated(&self) -> Option<&Deprecated> {
        self.deprecated
            .as_ref()
            .filter(|_| self.deprecated_cfg.is_none_or(|cfg| CFGS[cfg].1))
    }

    /// The identifier without `r#`, as the compiler sees it (NFC).
    pub fn ident(&self) -> String {
        nfc(self.written.trim_start_matches("r#"))
    }

    /// The alternatives a taxonomy lists: each once, the code not again.
    pub fn expected_alternatives(&self) -> Vec<i128> {
        let mut out: Vec<i128> = Vec::new();
        for &alternative in &self.alternatives {
            if Some(alternative) != self.code && !out.contains(&alternative) {
                out.push(alternative);
            }
        }
        out
    }
}

#[derive(Debug, Clone)]
pub enum Reserved {
    Code(i128),
    /// Both ends included; written `start..end+1` when `exclusive`.
    Range {
        start: i128,
        end: i128,
        exclusive: bool,
    },
    Name(String),
}

/// One entry of `ranges = [("Section", start..=end)]`.
#[derive(Debug, Clone)]
pub struct SectionRange {
    pub section: String,
    /// Both ends included; written `start..end+1` when `exclusive`.
    pub start: i128,
    pub end: i128,
    pub exclusive: bool,
}

/// The export options an enum is exported with.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub java_naming: Option<&'static str>,
    pub java_package: Option<String>,
    pub kotlin_package: Option<String>,
    /// `--typescript-style enum` (numeric `enum`), else the erasable object.
    pub typescript_enum: bool,
}

#[derive(Debug, Clone)]
pub struct EnumSpec {
    /// The module (and file stem) in the scratch crate: `e0007`.
    pub module: String,
    /// The enum's identifier: `E0007`.
    pub name: String,
    pub repr: Option<CodeType>,
    pub rename_all: Option<&'static str>,
    pub display: bool,
    pub doc_reasons: bool,
    pub template: Option<String>,
    pub retryable_default: Option<bool>,
    pub reserved: Vec<Reserved>,
    pub ranges: Vec<SectionRange>,
    pub variants: Vec<Variant>,
    pub crlf: bool,
    pub bom: bool,
    pub options: Options,
    /// The file, as written to disk.
    pub source: String,
}

impl EnumSpec {
    pub fn code_type(&self) -> CodeType {
        self.repr.unwrap_or(CodeType::I32)
    }

    /// Whether the enum has `ALL`, `from_code` and `from_name`: every
    /// variant but the catch-all is a unit variant.
    pub fn lookups(&self) -> bool {
        self.compiled()
            .all(|variant| matches!(variant.shape, Shape::Unit | Shape::CatchAll { .. }))
    }

    pub fn catch_all(&self) -> Option<&Variant> {
        self.variants.iter().find(|variant| variant.is_catch_all())
    }

    /// The variants the build has.
    pub fn compiled(&self) -> impl Iterator<Item = &Variant> {
        self.variants.iter().filter(|variant| variant.present())
    }

    /// Every code written, those of variants the build leaves out included.
    pub fn written_codes(&self) -> HashSet<i128> {
        self.variants
            .iter()
            .flat_map(|variant| variant.code.into_iter().chain(variant.alternatives.clone()))
            .collect()
    }

    /// A code no variant has (in either reading), for the catch-all.
    pub fn undeclared_code(&self) -> i128 {
        let written = self.written_codes();
        let ty = self.code_type();
        [4242, 0, 1, 2, 3, ty.max(), ty.min()]
            .into_iter()
            .chain(ty.min()..)
            .find(|code| ty.contains(*code) && !written.contains(code))
            .expect("no enum uses every code")
    }
}

/// The enums of one seed, in order.
pub struct Generator {
    rng: Rng,
    seed: u64,
}

impl Generator {
    pub fn new(seed: u64) -> Generator {
        Generator {
            rng: Rng::new(seed),
            seed,
        }
    }

    /// Enum number `index`: its spec and its source file.
    pub fn generate(&mut self, index: usize) -> EnumSpec {
        let mut spec = self.spec(index);
        spec.source = render(&mut self.rng, &spec, self.seed);
        spec
    }

    fn spec(&mut self, index: usize) -> EnumSpec {
        let rng = &mut self.rng;
        let repr = if rng.one_in(9) {
            None
        } else {
            Some(*rng.pick(&CodeType::ALL))
        };
        let code_type = repr.unwrap_or(CodeType::I32);
        let rename_all = rng.percent(50).then(|| *rng.pick(&RENAME_RULES));
        let display = !rng.percent(20);
        let fields = !display && rng.percent(50);
        let doc_reasons = rng.percent(30);
        let catch_all = rng.percent(30);
        let count = match rng.below(100) {
            0..70 => 1 + rng.below(8),
            70..90 => 9 + rng.below(12),
            // Past 48 names, `from_name` is a hash table: both paths.
            _ => 40 + rng.below(21),
        };
        let count = match code_type {
            // Room for every code, alternative and reservation.
            CodeType::I8 | CodeType::U8 => count.min(40),
            _ => count,
        };
        let template = rng.percent(25).then(|| template(rng));
        let needs_own_link = template.as_ref().is_some_and(|t| t.contains("{code}"));
        let retryable_default = rng.percent(20).then(|| rng.percent(50));
        let categories: Vec<String> = (0..rng.below(4)).map(|_| text(rng, 1, 3)).collect();
        // With `ranges`, each section's codes come from a band of its own,
        // and the codes of no section from one more.
        let bands = (!categories.is_empty() && rng.percent(30))
            .then(|| bands(rng, code_type, categories.len() + 1));
        // Room in one band for every code and one alternative each.
        let count = bands
            .as_ref()
            .map_or(count, |bands| count.min(width(bands[0]) / 2));

        let mut codes = Codes::new(code_type, rng);
        let mut names = Names::default();
        let mut variants = Vec::with_capacity(count + 1);
        let catch_all_at = catch_all.then(|| rng.below(count + 1));
        for position in 0..=count {
            let is_catch_all = catch_all_at == Some(position);
            if position == count && !is_catch_all {
                break;
            }
            let written = loop {
                let written = ident(rng);
                if names.ident(&written, rename_all) {
                    break written;
                }
            };
            let name = rng.percent(35).then(|| {
                loop {
                    let name = name_text(rng);
                    if names.take(&name) {
                        break name;
                    }
                }
            });
            if name.is_none() {
                names.take_ident(&written, rename_all);
            }
            let shape = if is_catch_all {
                Shape::CatchAll {
                    qualified: rng.one_in(3),
                }
            } else if fields && rng.percent(50) {
                field_shape(rng)
            } else {
                Shape::Unit
            };
            let category =
                (!categories.is_empty() && rng.percent(60)).then(|| rng.below(categories.len()));
            let band = bands
                .as_ref()
                .map(|bands| bands[category.unwrap_or(bands.len() - 1)]);
            let code = (!is_catch_all).then(|| codes.fresh_in(rng, band));
            let mut alternatives = Vec::new();
            if !is_catch_all && rng.percent(15) {
                let most = if band.is_some() { 1 } else { 3 };
                for _ in 0..1 + rng.below(most) {
                    alternatives.push(codes.fresh_in(rng, band));
                }
            }
            if let Some(code) = code
                && rng.percent(5)
            {
                // The variant's own code again, or an alternative twice:
                // harmless for the grammar.
                let again = if alternatives.is_empty() || rng.one_in(2) {
                    code
                } else {
                    alternatives[0]
                };
                alternatives.insert(rng.below(alternatives.len() + 1), again);
            }
            let reasons = match rng.below(100) {
                0..30 => 0,
                30..75 => 1,
                75..90 => 2,
                _ => 3,
            };
            let mut reasons: Vec<String> = (0..reasons).map(|_| reason(rng)).collect();
            // On a variant with fields the description is a template: its
            // braces are written `{{` and `}}`, and now and then it names
            // a field, which every platform's copy then carries.
            let placeholders = match &shape {
                Shape::Tuple(types) => (0..types.len()).map(|index| index.to_string()).collect(),
                Shape::Named(fields) => fields.iter().map(|(name, _)| name.clone()).collect(),
                Shape::Unit | Shape::CatchAll { .. } => Vec::new(),
            };
            if !placeholders.is_empty() {
                for reason in &mut reasons {
                    *reason = reason.replace('{', "{{").replace('}', "}}");
                    if rng.percent(50) {
                        let placeholder = rng.pick(&placeholders);
                        reason.push_str(&format!(" {{{placeholder}}}"));
                    }
                }
            }
            let aliases = if is_catch_all || !rng.percent(15) {
                Vec::new()
            } else {
                (0..1 + rng.below(2))
                    .map(|_| {
                        loop {
                            let alias = name_text(rng);
                            if names.take(&alias) {
                                break alias;
                            }
                        }
                    })
                    .collect()
            };
            let category = category.map(|category| categories[category].clone());
            let doc_url = (rng.percent(15) || (is_catch_all && needs_own_link)).then(|| link(rng));
            let retryable = rng.percent(25).then(|| match rng.below(3) {
                0 => Retryable::Bare,
                1 => Retryable::Is(true),
                _ => Retryable::Is(false),
            });
            let deprecated = rng.percent(15).then(|| deprecated(rng));
            let deprecated_cfg =
                (deprecated.is_some() && rng.percent(15)).then(|| rng.below(CFGS.len()));
            let doc = if rng.percent(if doc_reasons { 70 } else { 30 }) {
                doc(rng)
            } else {
                Vec::new()
            };
            // Never the only variant, nor one with fields: the rest of the
            // enum stays what it was.
            let cfg = (matches!(shape, Shape::Unit) && count > 1 && rng.one_in(25))
                .then(|| rng.below(CFGS.len()));
            variants.push(Variant {
                written,
                shape,
                code,
                alternatives,
                reasons,
                name,
                aliases,
                category,
                doc_url,
                retryable,
                deprecated,
                doc,
                cfg,
                deprecated_cfg,
                discriminant: false,
            });
        }
        // Discriminants on every variant or on none: an implicit one is the
        // previous plus one, which may be another variant's code. So never
        // with a catch-all, which takes none; and with fields only under a
        // repr (E0732).
        let any_fields = variants
            .iter()
            .any(|variant| !matches!(variant.shape, Shape::Unit));
        if !catch_all && (repr.is_some() || !any_fields) && rng.percent(20) {
            for variant in &mut variants {
                variant.discriminant = true;
            }
        }
        let reserved = codes.reserved(rng, &mut names);
        let ranges = bands.map_or_else(Vec::new, |bands| section_ranges(rng, &variants, &bands));
        let ts_safe = variants.iter().all(|variant| {
            variant.name.as_deref() != Some("__proto__")
                && !variant.aliases.iter().any(|alias| alias == "__proto__")
                && variant
                    .code
                    .iter()
                    .chain(&variant.alternatives)
                    .all(|code| code.abs() < 1 << 53)
        });
        let options = Options {
            java_naming: rng
                .percent(50)
                .then(|| *rng.pick(&["SCREAMING_SNAKE_CASE_ERROR_CODE", "SCREAMING_SNAKE_CASE"])),
            java_package: rng.percent(30).then(|| format!("com.example.p{index:04}")),
            kotlin_package: rng.percent(30).then(|| format!("org.example.k{index:04}")),
            typescript_enum: ts_safe && rng.percent(30),
        };
        EnumSpec {
            module: format!("e{index:04}"),
            name: format!("E{index:04}"),
            repr,
            rename_all,
            display,
            doc_reasons,
            template,
            retryable_default,
            reserved,
            ranges,
            variants,
            crlf: rng.percent(25),
            bom: rng.percent(5),
            options,
            source: String::new(),
        }
    }
}

/// The names an enum uses so far: every name and alias, each as the
/// compiler and as a reader of the unnormalised source would spell it, so
/// that no two are equal in either reading.
#[derive(Default)]
struct Names {
    taken: HashSet<String>,
    idents: HashSet<String>,
}

impl Names {
    /// Takes `name` if neither it nor its composed spelling is taken.
    fn take(&mut self, name: &str) -> bool {
        if self.taken.contains(name) || self.taken.contains(&nfc(name)) {
            return false;
        }
        self.taken.insert(name.to_owned());
        self.taken.insert(nfc(name));
        true
    }

    /// Whether `written` can name a variant: a new identifier (compared
    /// composed, as rustc compares them), not a generated item, whose
    /// name under `rename_all` is free.
    fn ident(&mut self, written: &str, rename_all: Option<&str>) -> bool {
        let bare = nfc(written.trim_start_matches("r#"));
        if GENERATED.contains(&bare.as_str()) || self.idents.contains(&bare) {
            return false;
        }
        let names = ident_names(written, rename_all);
        if names.iter().any(|name| self.taken.contains(name)) {
            return false;
        }
        self.idents.insert(bare);
        true
    }

    /// Takes the names the identifier `written` gets without `name`.
    fn take_ident(&mut self, written: &str, rename_all: Option<&str>) {
        for name in ident_names(written, rename_all) {
            self.taken.insert(name);
        }
    }
}

/// The name an identifier gets, composed (the compiler's) and as written.
fn ident_names(written: &str, rename_all: Option<&str>) -> [String; 2] {
    let bare = written.trim_start_matches("r#");
    let renamed =
        |ident: &str| rename_all.map_or_else(|| ident.to_owned(), |rule| rename(rule, ident));
    [renamed(&nfc(bare)), renamed(bare)]
}

/// The codes of one enum: each used once, none reserved.
struct Codes {
    ty: CodeType,
    used: HashSet<i128>,
    /// How this enum picks codes: dense from a base, anywhere, near the
    /// ends of the type.
    style: usize,
    next: i128,
}

impl Codes {
    fn new(ty: CodeType, rng: &mut Rng) -> Codes {
        let style = rng.below(3);
        let next = match ty {
            CodeType::I8 | CodeType::U8 => ty.min().max(-20),
            _ => rng.between(ty.min().max(-2000), 2000.min(ty.max())),
        };
        Codes {
            ty,
            used: HashSet::new(),
            style,
            next,
        }
    }

    fn candidate(&mut self, rng: &mut Rng) -> i128 {
        let ty = self.ty;
        match self.style {
            0 if !rng.one_in(10) => {
                self.next += 1 + i128::from(rng.one_in(3)) * rng.between(0, 5);
                self.next
            }
            1 => match rng.below(4) {
                0 => rng.between(ty.min(), ty.max()),
                1 => rng.between(ty.min().max(-300), ty.max().min(300)),
                2 => rng.between(ty.max().max(16) - 16, ty.max()),
                _ => rng.between(ty.min(), ty.min() + 16),
            },
            _ => {
                let anywhere = rng.between(ty.min(), ty.max());
                *rng.pick(&[
                    ty.min(),
                    ty.max(),
                    ty.min() + 1,
                    ty.max() - 1,
                    0,
                    -1,
                    1,
                    4242,
                    anywhere,
                ])
            }
        }
    }

    /// A fresh code in `band`, when there is one.
    fn fresh_in(&mut self, rng: &mut Rng, band: Option<(i128, i128)>) -> i128 {
        let Some((low, high)) = band else {
            return self.fresh(rng);
        };
        loop {
            let code = rng.between(low, high);
            if self.used.insert(code) {
                return code;
            }
        }
    }

    fn fresh(&mut self, rng: &mut Rng) -> i128 {
        loop {
            let code = self.candidate(rng);
            if self.ty.contains(code) && self.used.insert(code) {
                return code;
            }
        }
    }

    /// Codes, ranges and names retired: none in use, in random order.
    fn reserved(&mut self, rng: &mut Rng, names: &mut Names) -> Vec<Reserved> {
        let mut reserved = Vec::new();
        if !rng.percent(30) {
            return reserved;
        }
        for _ in 0..rng.below(3) {
            let code = self.fresh(rng);
            reserved.push(Reserved::Code(code));
        }
        for _ in 0..rng.below(3) {
            let start = self.fresh(rng);
            let mut end = start;
            for _ in 0..rng.below(6) {
                if end == self.ty.max() || !self.used.insert(end + 1) {
                    break;
                }
                end += 1;
            }
            reserved.push(Reserved::Range {
                start,
                end,
                exclusive: rng.one_in(3),
            });
        }
        for _ in 0..rng.below(3) {
            let name = loop {
                let name = name_text(rng);
                if names.take(&name) {
                    break name;
                }
            };
            reserved.push(Reserved::Name(name));
        }
        // Declared in any order: each kind keeps its own.
        for i in (1..reserved.len()).rev() {
            reserved.swap(i, rng.below(i + 1));
        }
        reserved
    }
}

/// `count` adjacent bands of codes of the type, of one width.
fn bands(rng: &mut Rng, ty: CodeType, count: usize) -> Vec<(i128, i128)> {
    let count = i128::try_from(count).expect("a few bands");
    let width = ((ty.max() - ty.min() + 1) / count).min(rng.between(60, 2000));
    let base = rng.between(ty.min(), ty.max() - width * count + 1);
    (0..count)
        .map(|k| (base + k * width, base + (k + 1) * width - 1))
        .collect()
}

fn width((low, high): (i128, i128)) -> usize {
    usize::try_from(high - low + 1).unwrap_or(usize::MAX)
}

/// A range for some of the sections the build's variants are in: the
/// section's band, or just what its codes span (the codes of variants the
/// build leaves out included).
fn section_ranges(
    rng: &mut Rng,
    variants: &[Variant],
    bands: &[(i128, i128)],
) -> Vec<SectionRange> {
    let mut sections: Vec<&str> = Vec::new();
    for variant in variants {
        if let Some(category) = &variant.category
            && variant.present()
            && !variant.is_catch_all()
            && !sections.contains(&category.as_str())
        {
            sections.push(category);
        }
    }
    let mut ranges = Vec::new();
    for section in sections {
        if !rng.percent(70) {
            continue;
        }
        let codes: Vec<i128> = variants
            .iter()
            .filter(|variant| variant.category.as_deref() == Some(section))
            .flat_map(|variant| {
                variant
                    .code
                    .into_iter()
                    .chain(variant.alternatives.iter().copied())
            })
            .collect();
        let (start, end) = if rng.one_in(2) {
            (
                *codes.iter().min().expect("a code"),
                *codes.iter().max().expect("a code"),
            )
        } else {
            *bands
                .iter()
                .find(|(low, high)| (*low..=*high).contains(&codes[0]))
                .expect("the section's band")
        };
        ranges.push(SectionRange {
            section: section.to_owned(),
            start,
            end,
            exclusive: rng.one_in(3),
        });
    }
    // Declared in any order.
    shuffle(rng, &mut ranges);
    ranges
}

fn ident(rng: &mut Rng) -> String {
    match rng.below(100) {
        0..5 => format!("r#{}", rng.pick(&RAW_KEYWORDS)),
        5..20 => {
            let (composed, decomposed) = *rng.pick(&NON_ASCII);
            let word = if rng.one_in(2) { composed } else { decomposed };
            if rng.one_in(2) {
                word.to_owned()
            } else {
                format!("{word}{}", rng.pick(&IDENT_WORDS))
            }
        }
        20..30 => {
            // snake-ish and lowercase identifiers, `IO_Error`, `timeout`
            let words: Vec<&str> = (0..1 + rng.below(2))
                .map(|_| *rng.pick(&IDENT_WORDS))
                .collect();
            let joined = words.join("_");
            if rng.one_in(2) {
                joined.to_lowercase()
            } else {
                joined
            }
        }
        _ => (0..1 + rng.below(3))
            .map(|_| *rng.pick(&IDENT_WORDS))
            .collect(),
    }
}

/// A word of a name: plain, special in some language, or outside ASCII
/// in either spelling.
fn name_word(rng: &mut Rng) -> String {
    if rng.one_in(6) {
        let (composed, decomposed) = *rng.pick(&NON_ASCII);
        return if rng.one_in(2) { composed } else { decomposed }.to_owned();
    }
    (*rng.pick(&NAME_WORDS)).to_owned()
}

/// A name or an alias: words joined and cased, sometimes wrapped in
/// hostile text; always with a letter or digit, so that every language
/// can make an identifier of it.
fn name_text(rng: &mut Rng) -> String {
    if rng.one_in(40) {
        return "__proto__".to_owned();
    }
    let separator = *rng.pick(&["", " ", "-", "_", ".", "/", ":", "--", " - "]);
    let words: Vec<String> = (0..1 + rng.below(3)).map(|_| name_word(rng)).collect();
    let style = rng.below(4);
    let words: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, word)| match style {
            0 => word.to_lowercase(),
            1 => word.to_uppercase(),
            2 if i > 0 => capitalised(word),
            _ => word.clone(),
        })
        .collect();
    let mut name = words.join(separator);
    if rng.percent(40) {
        if rng.one_in(2) {
            name = format!("{}{name}", rng.pick(&HOSTILE));
        }
        if rng.one_in(2) {
            name.push_str(rng.word(&HOSTILE));
        }
        if rng.one_in(4) {
            let at = name.char_indices().map(|(i, _)| i).collect::<Vec<_>>();
            let at = *rng.pick(&at);
            name.insert_str(at, rng.word(&HOSTILE));
        }
    }
    if rng.one_in(15) {
        // A leading `@` or `?` is a reference in Android resources.
        name.insert(0, *rng.pick(&['@', '?']));
    }
    name
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// Free text: words and hostile pieces, at least one word.
fn text(rng: &mut Rng, min: usize, max: usize) -> String {
    let mut out = String::new();
    let count = min + rng.below(max - min + 1);
    for i in 0..count {
        if i > 0 && !rng.one_in(5) {
            out.push(' ');
        }
        if i == 0 || rng.percent(55) {
            out.push_str(&name_word(rng));
        } else {
            out.push_str(rng.word(&HOSTILE));
        }
    }
    out
}

/// A reason: not blank, which the grammar refuses; a leading `@` or `?`
/// now and then; sometimes nothing but an invisible non-blank character.
fn reason(rng: &mut Rng) -> String {
    match rng.below(100) {
        0..2 => "\u{FEFF}".to_owned(),
        2..6 => format!("{}{}", rng.pick(&["@", "?", " ", "\n"]), text(rng, 1, 4)),
        6..10 => format!("{}\n{}", text(rng, 1, 3), text(rng, 1, 3)),
        _ => text(rng, 1, 8),
    }
}

/// A documentation link of a variant.
fn link(rng: &mut Rng) -> String {
    let mut link = (*rng.pick(&[
        "https://docs.example.com/",
        "http://x.example/",
        "mailto:",
        "",
        "/relative/",
    ]))
    .to_owned();
    for _ in 0..1 + rng.below(4) {
        if rng.one_in(2) {
            link.push_str(rng.word(&LINK_PIECES));
        } else {
            link.push_str(&name_word(rng));
        }
    }
    if link.trim().is_empty() {
        link.push('x');
    }
    link
}

/// The enum's `doc_url` template: `{name}` and `{code}`, and no other `{`.
fn template(rng: &mut Rng) -> String {
    let mut template =
        (*rng.pick(&["https://docs.example.com/errors", "http://x.example/e"])).to_owned();
    let placeholders = match rng.below(3) {
        0 => vec!["{name}"],
        1 => vec!["{code}"],
        _ => vec!["{code}", "{name}"],
    };
    for placeholder in placeholders {
        template.push_str(rng.word(&["/", "#", "?c=", "-", "/}"]));
        template.push_str(placeholder);
        if rng.one_in(2) {
            let piece = *rng.pick(&LINK_PIECES);
            if !piece.contains('{') {
                template.push_str(piece);
            }
        }
    }
    template
}

fn deprecated(rng: &mut Rng) -> Deprecated {
    let note = |rng: &mut Rng| text(rng, 1, 5);
    match rng.below(5) {
        0 => Deprecated::Bare,
        1 => Deprecated::Note(note(rng)),
        _ => {
            let since = rng.percent(60).then(|| {
                (*rng.pick(&["1.2.0", "2.0", "0.1.0-beta.1", "next", "1.0 \"x\""])).to_owned()
            });
            let note = (since.is_none() || rng.percent(60)).then(|| note(rng));
            Deprecated::List {
                since,
                note,
                note_first: rng.one_in(2),
            }
        }
    }
}

/// A doc comment: paragraphs of lines, blank lines between, in every form.
fn doc(rng: &mut Rng) -> Vec<Doc> {
    let mut doc = Vec::new();
    if rng.one_in(8) {
        doc.push(Doc::Line(String::new()));
    }
    for paragraph in 0..1 + rng.below(3) {
        if paragraph > 0 {
            doc.push(Doc::Line(if rng.one_in(4) {
                "   ".to_owned()
            } else {
                String::new()
            }));
        }
        for _ in 0..1 + rng.below(3) {
            let line = text(rng, 1, 5);
            doc.push(match rng.below(10) {
                0 => Doc::Block(format!("{line}\n * {}", text(rng, 1, 3))),
                1 => Doc::Attr(line),
                _ => Doc::Line(line),
            });
        }
    }
    doc
}

fn field_shape(rng: &mut Rng) -> Shape {
    let count = 1 + rng.below(3);
    if rng.one_in(2) {
        Shape::Tuple((0..count).map(|_| *rng.pick(&FIELD_TYPES)).collect())
    } else {
        Shape::Named(
            (0..count)
                .map(|i| (format!("f{i}"), *rng.pick(&FIELD_TYPES)))
                .collect(),
        )
    }
}

// ---- The source file -------------------------------------------------

/// `value` as a Rust integer literal of type `ty`: any base, `_`
/// separators, the type as a suffix when `suffix` allows.
pub fn int_literal(rng: &mut Rng, value: i128, ty: CodeType, suffix: bool) -> String {
    let magnitude = value.unsigned_abs();
    let (prefix, digits) = match rng.below(10) {
        0..5 => ("", magnitude.to_string()),
        5..8 => ("0x", format!("{magnitude:x}")),
        8 => ("0o", format!("{magnitude:o}")),
        _ => ("0b", format!("{magnitude:b}")),
    };
    let digits = if prefix == "0x" && rng.one_in(2) {
        digits.to_uppercase()
    } else {
        digits
    };
    let mut literal = String::from(prefix);
    if !prefix.is_empty() && rng.one_in(8) {
        // `0x_FF`: a separator right after the base.
        literal.push('_');
    }
    for (i, digit) in digits.chars().enumerate() {
        literal.push(digit);
        if i + 1 < digits.len() && rng.one_in(6) {
            literal.push('_');
        }
    }
    if rng.one_in(12) {
        literal.push('_');
    }
    if suffix && rng.one_in(5) {
        if rng.one_in(3) {
            literal.push('_');
        }
        literal.push_str(ty.name());
    }
    if value < 0 {
        format!("-{literal}")
    } else {
        literal
    }
}

/// `text` as a Rust string literal, raw or escaped, whose value is `text`
/// (a line break written as a line break, which a CRLF file writes as CR
/// LF, still means a line feed).
pub fn string_literal(rng: &mut Rng, text: &str) -> String {
    if !text.contains('\r') && rng.percent(35) {
        // Raw: as many `#` as it takes, sometimes more.
        let mut hashes = 0;
        while text.contains(&format!("\"{}", "#".repeat(hashes))) {
            hashes += 1;
        }
        hashes += rng.below(2);
        let hashes = "#".repeat(hashes);
        return format!("r{hashes}\"{text}\"{hashes}");
    }
    let mut literal = String::from("\"");
    let chars: Vec<char> = text.chars().collect();
    for (i, &ch) in chars.iter().enumerate() {
        match ch {
            '"' => literal.push_str("\\\""),
            '\\' => literal.push_str("\\\\"),
            '\r' => literal.push_str("\\r"),
            '\n' if rng.one_in(2) => literal.push('\n'),
            '\n' => literal.push_str("\\n"),
            '\t' if rng.one_in(2) => literal.push('\t'),
            '\t' => literal.push_str("\\t"),
            '\0' => literal.push_str(rng.word(&["\\0", "\\x00", "\\u{0}", "\0"])),
            ch if ch.is_ascii_control() => {
                let _ = write!(literal, "\\x{:02x}", u32::from(ch));
            }
            ch if !ch.is_ascii() && rng.one_in(3) => {
                let _ = write!(literal, "\\u{{{:x}}}", u32::from(ch));
            }
            ch => {
                // A line continuation skips the line break and the next
                // line's leading white space: only before a letter.
                if i > 0 && ch.is_ascii_alphanumeric() && rng.one_in(40) {
                    literal.push_str("\\\n        ");
                }
                if ch.is_ascii_alphanumeric() && rng.one_in(60) {
                    let _ = write!(literal, "\\x{:02X}", u32::from(ch));
                } else {
                    literal.push(ch);
                }
            }
        }
    }
    literal.push('"');
    literal
}

/// Text for a comment: on one line for `//`, never closing a `/* */`.
fn comment_text(text: &str, line: bool) -> String {
    // A bare CR is refused in doc comments; in the others it would only
    // blur what is tested.
    let text = text
        .replace("*/", "* /")
        .replace("/*", "/ *")
        .replace('\r', " ");
    if line { text.replace('\n', " ") } else { text }
}

/// A comment a reader must skip, between tokens; `None` most of the time.
fn comment(rng: &mut Rng) -> Option<String> {
    if !rng.one_in(12) {
        return None;
    }
    let text = text(rng, 1, 4);
    Some(match rng.below(3) {
        0 => format!("// {}\n", comment_text(&text, true)),
        1 => format!("/* {} */", comment_text(&text, false)),
        _ => format!(
            "/* a /* nested {} */ comment */",
            comment_text(&text, false)
        ),
    })
}

/// The separator between arguments of an attribute, with a comment now
/// and then.
fn separator(rng: &mut Rng) -> String {
    let mut out = String::from(",");
    if let Some(comment) = comment(rng) {
        out.push(' ');
        out.push_str(&comment);
    }
    out.push_str(if rng.one_in(3) { "\n        " } else { " " });
    out
}

/// `items` as an attribute's argument list, with a trailing comma now and
/// then.
fn arguments(rng: &mut Rng, items: &[String]) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&separator(rng));
        }
        out.push_str(item);
    }
    if !items.is_empty() && rng.one_in(8) {
        out.push(',');
    }
    out
}

fn shuffle<T>(rng: &mut Rng, items: &mut [T]) {
    for i in (1..items.len()).rev() {
        items.swap(i, rng.below(i + 1));
    }
}

fn render_doc(rng: &mut Rng, out: &mut String, doc: &[Doc]) {
    for piece in doc {
        match piece {
            Doc::Line(line) if !line.contains(['\n', '\r']) => {
                let _ = writeln!(
                    out,
                    "    ///{}{line}",
                    if line.is_empty() { "" } else { " " }
                );
            }
            Doc::Block(text) => {
                let _ = writeln!(out, "    /** {} */", comment_text(text, false));
            }
            Doc::Line(text) | Doc::Attr(text) => {
                let _ = writeln!(out, "    #[doc = {}]", string_literal(rng, text));
            }
        }
    }
}

fn render_variant(rng: &mut Rng, spec: &EnumSpec, variant: &Variant, out: &mut String) {
    let ty = spec.code_type();
    render_doc(rng, out, &variant.doc);
    if let Some(cfg) = variant.cfg {
        let _ = writeln!(out, "    #[cfg({})]", CFGS[cfg].0);
    }
    let mut args = vec![match variant.code {
        Some(code) => int_literal(rng, code, ty, true),
        None => "catch_all".to_owned(),
    }];
    args.extend(
        variant
            .reasons
            .iter()
            .map(|reason| string_literal(rng, reason)),
    );
    let mut keys: Vec<String> = Vec::new();
    if let Some(name) = &variant.name {
        keys.push(format!("name = {}", string_literal(rng, name)));
    }
    // Placeholders, filled in after the shuffle: the aliases stay in the
    // spec's order.
    keys.extend(variant.aliases.iter().map(|_| "alias".to_owned()));
    if !variant.alternatives.is_empty() {
        let codes: Vec<String> = variant
            .alternatives
            .iter()
            .map(|&code| int_literal(rng, code, ty, true))
            .collect();
        keys.push(format!("alternatives = [{}]", arguments(rng, &codes)));
    }
    if let Some(category) = &variant.category {
        keys.push(format!("category = {}", string_literal(rng, category)));
    }
    if let Some(doc_url) = &variant.doc_url {
        keys.push(format!("doc_url = {}", string_literal(rng, doc_url)));
    }
    match variant.retryable {
        Some(Retryable::Bare) => keys.push("retryable".to_owned()),
        Some(Retryable::Is(value)) => keys.push(format!("retryable = {value}")),
        None => {}
    }
    shuffle(rng, &mut keys);
    let mut aliases = variant.aliases.iter();
    for key in &mut keys {
        if key == "alias" {
            let alias = aliases.next().expect("one alias per placeholder");
            *key = format!("alias = {}", string_literal(rng, alias));
        }
    }
    args.extend(keys);
    let code = format!("    #[code({})]\n", arguments(rng, &args));
    let deprecated = variant
        .deprecated
        .as_ref()
        .map(|deprecated| match deprecated {
            Deprecated::Bare => "deprecated".to_owned(),
            Deprecated::Note(note) => format!("deprecated = {}", string_literal(rng, note)),
            Deprecated::List {
                since,
                note,
                note_first,
            } => {
                let mut keys: Vec<String> = Vec::new();
                if let Some(since) = since {
                    keys.push(format!("since = {}", string_literal(rng, since)));
                }
                if let Some(note) = note {
                    keys.push(format!("note = {}", string_literal(rng, note)));
                }
                if *note_first {
                    keys.reverse();
                }
                format!("deprecated({})", keys.join(", "))
            }
        })
        .map(|deprecated| match variant.deprecated_cfg {
            Some(cfg) => format!("    #[cfg_attr({}, {deprecated})]\n", CFGS[cfg].0),
            None => format!("    #[{deprecated}]\n"),
        });
    // The attributes in either order.
    match deprecated {
        Some(deprecated) if rng.one_in(2) => {
            out.push_str(&deprecated);
            out.push_str(&code);
        }
        Some(deprecated) => {
            out.push_str(&code);
            out.push_str(&deprecated);
        }
        None => out.push_str(&code),
    }
    out.push_str("    ");
    out.push_str(&variant.written);
    match &variant.shape {
        Shape::Unit => {}
        Shape::Tuple(types) => {
            let _ = write!(out, "({})", types.join(", "));
        }
        Shape::Named(fields) => {
            let fields: Vec<String> = fields
                .iter()
                .map(|(name, ty)| format!("{name}: {ty}"))
                .collect();
            let _ = write!(out, " {{ {} }}", fields.join(", "));
        }
        Shape::CatchAll { qualified } => {
            let prefix = if *qualified { "core::primitive::" } else { "" };
            let _ = write!(out, "({prefix}{})", ty.name());
        }
    }
    if variant.discriminant {
        let code = variant.code.expect("a unit variant has a code");
        // Without a repr the discriminant is an `isize`: no `i32` suffix.
        let literal = if spec.repr.is_some() {
            int_literal(rng, code, ty, true)
        } else {
            code.to_string()
        };
        let _ = write!(out, " = {literal}");
    }
    out.push_str(",\n");
    if let Some(comment) = comment(rng) {
        let _ = writeln!(out, "    {}", comment.trim_end());
    }
}

/// The file of one enum.
fn render(rng: &mut Rng, spec: &EnumSpec, seed: u64) -> String {
    let ty = spec.code_type();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "// Generated by tests/test_differential.rs (seed {seed}): {}.",
        spec.name
    );
    let derive_path = *rng.pick(&[
        "ErrorCodes",
        "error_macros::ErrorCodes",
        "::error_macros::ErrorCodes",
    ]);
    if derive_path == "ErrorCodes" {
        out.push_str("use error_macros::ErrorCodes;\n");
    }
    out.push('\n');
    if rng.one_in(3) {
        let _ = writeln!(out, "/// {}", comment_text(&text(rng, 1, 5), true));
    }
    let derives = if spec.lookups() {
        "Debug, Clone, Copy, PartialEq, Eq"
    } else {
        "Debug"
    };
    let derive = format!("#[derive({derives}, {derive_path})]\n");
    let repr = spec.repr.map(|repr| format!("#[repr({})]\n", repr.name()));
    let mut keys: Vec<String> = Vec::new();
    if let Some(rule) = spec.rename_all {
        keys.push(format!("rename_all = \"{rule}\""));
    }
    if !spec.display {
        keys.push("display = false".to_owned());
    }
    if spec.doc_reasons {
        keys.push("doc_reasons".to_owned());
    }
    if !spec.reserved.is_empty() {
        let items: Vec<String> = spec
            .reserved
            .iter()
            .map(|reserved| match reserved {
                Reserved::Code(code) => int_literal(rng, *code, ty, true),
                Reserved::Range {
                    start,
                    end,
                    exclusive,
                } => {
                    let start = int_literal(rng, *start, ty, false);
                    if *exclusive {
                        format!("{start}..{}", int_literal(rng, end + 1, ty, false))
                    } else {
                        format!("{start}..={}", int_literal(rng, *end, ty, false))
                    }
                }
                Reserved::Name(name) => string_literal(rng, name),
            })
            .collect();
        keys.push(format!("reserved = [{}]", arguments(rng, &items)));
    }
    if let Some(template) = &spec.template {
        keys.push(format!("doc_url = {}", string_literal(rng, template)));
    }
    if !spec.ranges.is_empty() {
        let items: Vec<String> = spec
            .ranges
            .iter()
            .map(|range| {
                let section = string_literal(rng, &range.section);
                let start = int_literal(rng, range.start, ty, false);
                let end = if range.exclusive {
                    format!("..{}", int_literal(rng, range.end + 1, ty, false))
                } else {
                    format!("..={}", int_literal(rng, range.end, ty, false))
                };
                format!("({section}, {start}{end})")
            })
            .collect();
        keys.push(format!("ranges = [{}]", arguments(rng, &items)));
    }
    if let Some(retryable) = spec.retryable_default {
        keys.push(format!("retryable = {retryable}"));
    }
    shuffle(rng, &mut keys);
    // The keys may be split over two attributes.
    let attributes: Vec<String> = if keys.len() > 1 && rng.one_in(5) {
        let half = keys.len() / 2;
        vec![
            format!("#[error_codes({})]\n", arguments(rng, &keys[..half])),
            format!("#[error_codes({})]\n", arguments(rng, &keys[half..])),
        ]
    } else if keys.is_empty() {
        Vec::new()
    } else {
        vec![format!("#[error_codes({})]\n", arguments(rng, &keys))]
    };
    out.push_str(&derive);
    let repr_first = rng.one_in(2);
    if repr_first && let Some(repr) = &repr {
        out.push_str(repr);
    }
    for attribute in attributes {
        out.push_str(&attribute);
    }
    if !repr_first && let Some(repr) = &repr {
        out.push_str(repr);
    }
    let visibility = *rng.pick(&["pub", "pub(crate)"]);
    let _ = writeln!(out, "{visibility} enum {} {{", spec.name);
    for variant in &spec.variants {
        render_variant(rng, spec, variant, &mut out);
    }
    out.push_str("}\n");
    if spec.crlf {
        out = out.replace('\n', "\r\n");
    }
    if spec.bom {
        out.insert(0, '\u{FEFF}');
    }
    out
}

// ---- What a run exercised ------------------------------------------------

/// The raw string literals of a source: `r"..."`, `r#"..."#`, ...
fn raw_strings(source: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = source;
    while let Some(at) = rest.find('r') {
        let after = &rest[at + 1..];
        let hashes = after.len() - after.trim_start_matches('#').len();
        let preceded = rest[..at]
            .chars()
            .next_back()
            .is_some_and(|ch| ch.is_alphanumeric() || ch == '_');
        if !preceded && after[hashes..].starts_with('"') {
            let body = &after[hashes + 1..];
            let close = format!("\"{}", "#".repeat(hashes));
            if let Some(end) = body.find(&close) {
                found.push(&body[..end]);
                rest = &body[end + close.len()..];
                continue;
            }
        }
        rest = after;
    }
    found
}

/// How often a run's enums use each feature of the grammar, each integer
/// and string spelling and each hostile piece of text: a generator that
/// stops making one fails the test instead of silently testing less.
pub fn coverage(specs: &[EnumSpec]) -> std::collections::BTreeMap<String, usize> {
    let mut counts: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    let mut count = |feature: String, present: bool| {
        *counts.entry(feature).or_default() += usize::from(present);
    };
    let mut texts: Vec<&str> = Vec::new();
    for spec in specs {
        for ty in CodeType::ALL {
            count(format!("repr({})", ty.name()), spec.repr == Some(ty));
        }
        count("no repr".to_owned(), spec.repr.is_none());
        for rule in RENAME_RULES {
            count(
                format!("rename_all = {rule:?}"),
                spec.rename_all == Some(rule),
            );
        }
        count("display = false".to_owned(), !spec.display);
        count("doc_reasons".to_owned(), spec.doc_reasons);
        count("no lookups (fields)".to_owned(), !spec.lookups());
        let template = spec.template.as_deref().unwrap_or_default();
        count(
            "doc_url template {name}".to_owned(),
            template.contains("{name}"),
        );
        count(
            "doc_url template {code}".to_owned(),
            template.contains("{code}"),
        );
        count(
            "retryable = true on the enum".to_owned(),
            spec.retryable_default == Some(true),
        );
        count(
            "retryable = false on the enum".to_owned(),
            spec.retryable_default == Some(false),
        );
        count("CRLF file".to_owned(), spec.crlf);
        count("ranges".to_owned(), !spec.ranges.is_empty());
        count(
            "range a..b of a section".to_owned(),
            spec.ranges.iter().any(|range| range.exclusive),
        );
        count("BOM".to_owned(), spec.bom);
        count("java naming".to_owned(), spec.options.java_naming.is_some());
        count(
            "java package".to_owned(),
            spec.options.java_package.is_some(),
        );
        count(
            "kotlin package".to_owned(),
            spec.options.kotlin_package.is_some(),
        );
        count(
            "typescript enum style".to_owned(),
            spec.options.typescript_enum,
        );
        for reserved in &spec.reserved {
            let (kind, text) = match reserved {
                Reserved::Code(_) => ("reserved code", None),
                Reserved::Range {
                    exclusive: true, ..
                } => ("reserved range a..b", None),
                Reserved::Range { .. } => ("reserved range a..=b", None),
                Reserved::Name(name) => ("reserved name", Some(name.as_str())),
            };
            count(kind.to_owned(), true);
            texts.extend(text);
        }
        texts.extend(spec.template.as_deref());
        texts.extend(spec.ranges.iter().map(|range| range.section.as_str()));
        for variant in &spec.variants {
            let shape = match variant.shape {
                Shape::Unit => "unit variant",
                Shape::Tuple(_) => "tuple variant with fields",
                Shape::Named(_) => "struct variant with fields",
                Shape::CatchAll { qualified: false } => "catch_all",
                Shape::CatchAll { qualified: true } => "catch_all of core::primitive::T",
            };
            count(shape.to_owned(), true);
            count("explicit name".to_owned(), variant.name.is_some());
            count("alias".to_owned(), !variant.aliases.is_empty());
            count("alternatives".to_owned(), !variant.alternatives.is_empty());
            count(
                "an alternative written twice or equal to the code".to_owned(),
                variant.expected_alternatives().len() != variant.alternatives.len(),
            );
            count("category".to_owned(), variant.category.is_some());
            count("doc_url".to_owned(), variant.doc_url.is_some());
            count("no reason".to_owned(), variant.reasons.is_empty());
            count("several reasons".to_owned(), variant.reasons.len() > 1);
            count("doc comment".to_owned(), !variant.doc.is_empty());
            for (i, (predicate, _)) in CFGS.iter().enumerate() {
                count(
                    format!("#[cfg({predicate})] variant"),
                    variant.cfg == Some(i),
                );
            }
            count(
                "#[cfg_attr(..., deprecated)] that holds".to_owned(),
                variant.deprecated_cfg.is_some_and(|cfg| CFGS[cfg].1),
            );
            count(
                "#[cfg_attr(..., deprecated)] that does not hold".to_owned(),
                variant.deprecated_cfg.is_some_and(|cfg| !CFGS[cfg].1),
            );
            count("discriminant".to_owned(), variant.discriminant);
            count(
                "raw identifier".to_owned(),
                variant.written.starts_with("r#"),
            );
            count(
                "identifier outside ASCII, decomposed".to_owned(),
                nfc(&variant.written) != variant.written,
            );
            let retryable = match variant.retryable {
                Some(Retryable::Bare) => "retryable",
                Some(Retryable::Is(true)) => "retryable = true",
                Some(Retryable::Is(false)) => "retryable = false",
                None => "retryable unsaid",
            };
            count(retryable.to_owned(), true);
            let deprecated = match &variant.deprecated {
                None => None,
                Some(Deprecated::Bare) => Some("#[deprecated]"),
                Some(Deprecated::Note(_)) => Some("#[deprecated = note]"),
                Some(Deprecated::List {
                    since: Some(_),
                    note: Some(_),
                    note_first: true,
                }) => Some("#[deprecated(note, since)]"),
                Some(Deprecated::List {
                    since: Some(_),
                    note: Some(_),
                    ..
                }) => Some("#[deprecated(since, note)]"),
                Some(Deprecated::List { since: Some(_), .. }) => Some("#[deprecated(since)]"),
                Some(Deprecated::List { .. }) => Some("#[deprecated(note)]"),
            };
            if let Some(deprecated) = deprecated {
                count(deprecated.to_owned(), true);
            }
            texts.extend(variant.name.as_deref());
            texts.extend(variant.aliases.iter().map(String::as_str));
            texts.extend(variant.reasons.iter().map(String::as_str));
            texts.extend(variant.category.as_deref());
            texts.extend(variant.doc_url.as_deref());
            if let Some(Deprecated::Note(note)) = &variant.deprecated {
                texts.push(note);
            }
            if let Some(Deprecated::List { since, note, .. }) = &variant.deprecated {
                texts.extend(since.as_deref().into_iter().chain(note.as_deref()));
            }
        }
        let source = spec.source.as_str();
        for (feature, written) in [
            ("hex code", "(0x"),
            ("octal code", "(0o"),
            ("binary code", "(0b"),
            ("negative code", "(-"),
            ("escape \\u{..}", "\\u{"),
            ("escape \\x..", "\\x"),
            ("escape \\0", "\\0"),
            ("string continued over a line", "\\\n"),
            ("/** */ doc comment", "/**"),
            ("#[doc = ...]", "#[doc ="),
            ("nested block comment", "/* a /* nested"),
            ("two #[error_codes] attributes", ")]\n#[error_codes("),
        ] {
            count(
                feature.to_owned(),
                source.replace("\r\n", "\n").contains(written),
            );
        }
        let raw = raw_strings(source);
        count("raw string".to_owned(), !raw.is_empty());
        count(
            "raw string with CR LF inside".to_owned(),
            raw.iter().any(|raw| raw.contains("\r\n")),
        );
        count(
            "suffixed code".to_owned(),
            CodeType::ALL
                .iter()
                .any(|ty| source.contains(&format!("_{}", ty.name())))
                || CodeType::ALL.iter().any(|ty| {
                    source
                        .match_indices(ty.name())
                        .any(|(at, _)| source[..at].ends_with(|ch: char| ch.is_ascii_hexdigit()))
                }),
        );
    }
    for piece in HOSTILE.iter().chain(&LINK_PIECES) {
        let holding = texts.iter().filter(|text| text.contains(piece)).count();
        counts.insert(format!("text holding {piece:?}"), holding);
    }
    for start in ["@", "?"] {
        let starting = texts.iter().filter(|text| text.starts_with(start)).count();
        counts.insert(format!("text starting with {start:?}"), starting);
    }
    counts
}
