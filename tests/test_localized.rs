//! The localized sources read the translators' work: an SDK whose manifest
//! asks for `localized = true` outputs is generated, a German translation
//! of the two-value message `Room {room} is full ({count} participants)`
//! (its values swapped, as German words them) is added to the String
//! Catalog and to `values-de/strings.xml`, and `generate` runs again. Then
//! the generated Kotlin and Java, compiled against stand-ins of Android's
//! `Context` and `R`, and fed the translations of `values-de/strings.xml`,
//! print the German message with its values, and the English where there
//! is no translation; so does the TypeScript, whose tables `generate`
//! wrote from the catalog; and the Swift parses. The fixture's enum gains
//! two range variants, whose codes read their range's translation: one
//! whose message names the code, one whose description the code follows,
//! as the catch-all's does.

mod common;

use common::cli::{stderr, tool_in};
use common::platforms::{ERASABLE, java, kotlin, swift_parse, typescript};
use common::tools::scratch_dir;
use std::fs;
use std::path::{Path, PathBuf};

const MANIFEST: &str = r#"[[taxonomy]]
input = "src/lib.rs"

[[taxonomy.output]]
path = "ios/RoomError.xcstrings"
format = "xcstrings"

[[taxonomy.output]]
path = "ios/RoomError.swift"
format = "swift"
localized = true

[[taxonomy.output]]
path = "android/res/values/strings.xml"
format = "android-strings"

[[taxonomy.output]]
path = "android/RoomError.kt"
format = "kotlin"
localized = true

[[taxonomy.output]]
path = "android/java/RoomError.java"
format = "java"
localized = true

[[taxonomy.output]]
path = "web/RoomError.ts"
format = "typescript"
localized = true
translations = "ios/RoomError.xcstrings"
"#;

const CATALOG: &str = "ios/RoomError.xcstrings";
const VALUES: &str = "android/res/values/strings.xml";
const VALUES_DE: &str = "android/res/values-de/strings.xml";

const VALUES_DE_TEXT: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="room_error_room_full">%2$d Teilnehmer: Raum %1$s ist voll</string>
    <string name="room_error_closed">Der Raum ist geschlossen</string>
    <string name="room_error_service">Raumdienst fehlgeschlagen mit %1$d</string>
    <string name="room_error_locked">Der Raum ist gesperrt</string>
    <string name="room_error_other">Unbekannter Fehler</string>
</resources>
"#;

/// Range variants, put before the fixture's catch-all.
const RANGES: &str = r#"    /// A service's error, its code in the range.
    #[code(300..=399, "Room service failed with {0}", category = "Session")]
    Service(i64),
    /// The room is locked, a code per reason.
    #[code(400..500, "The room is locked", category = "Session")]
    Locked(i64),
"#;

/// The messages fixture with [`RANGES`].
fn source() -> String {
    let fixture = fs::read_to_string("tests/fixtures/messages/lib.rs").expect("read");
    let at = fixture
        .find("    /// Any other code.\n")
        .expect("the fixture's catch-all");
    format!("{}{RANGES}{}", &fixture[..at], &fixture[at..])
}

fn generate(dir: &Path, args: &[&str]) {
    let output = tool_in(dir, &[&["generate"], args].concat());
    assert!(output.status.success(), "{args:?}: {}", stderr(&output));
}

/// The SDK, generated, translated into German, and generated again.
fn sdk(test: &str) -> PathBuf {
    let dir = scratch_dir(test);
    fs::create_dir_all(dir.join("src")).expect("created");
    fs::write(dir.join("src/lib.rs"), source()).expect("written");
    fs::write(dir.join("error-codes.toml"), MANIFEST).expect("written");
    generate(&dir, &[]);
    let path = dir.join(CATALOG);
    let mut catalog: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&path).expect("read")).expect("JSON");
    for (key, german) in [
        ("roomFull", "%2$llu Teilnehmer: Raum %1$@ ist voll"),
        ("closed", "Der Raum ist geschlossen"),
        ("service", "Raumdienst fehlgeschlagen mit %1$lld"),
        ("locked", "Der Raum ist gesperrt"),
        ("other", "Unbekannter Fehler"),
    ] {
        catalog["strings"][key]["localizations"]["de"] =
            serde_json::json!({"stringUnit": {"state": "translated", "value": german}});
    }
    fs::write(&path, serde_json::to_string_pretty(&catalog).expect("JSON")).expect("written");
    fs::create_dir_all(dir.join("android/res/values-de")).expect("created");
    fs::write(dir.join(VALUES_DE), VALUES_DE_TEXT).expect("written");
    generate(&dir, &[]);
    generate(&dir, &["--check"]);
    dir
}

fn read(dir: &Path, path: &str) -> String {
    fs::read_to_string(dir.join(path)).expect("read")
}

/// The names of the string resources, in the order of `strings.xml`: the
/// stand-in `R` numbers them from 1.
fn resource_names(values: &str) -> Vec<String> {
    values
        .split("<string name=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().expect("a name").to_owned())
        .collect()
}

/// What each program prints, one line each: the German where there is
/// some, the English where there is none, and the English template for a
/// code whose message takes values, given without them.
const EXPECTED: &str = "\
12 Teilnehmer: Raum Blau ist voll
Room Blau is full (12 participants)
12 Teilnehmer: Raum Blau ist voll
Waited 18446744073709551615 ms with -3 to go; 100% {sure}
Der Raum ist geschlossen
The room is closed
Room {room} is full ({count} participants)
Unbekannter Fehler (4242)
An error this client does not know (code 4242)
Raumdienst fehlgeschlagen mit 301
Room service failed with 301
Der Raum ist gesperrt (450)
The room is locked (code 450)
";

#[test]
fn kotlin_reads_the_german_of_values_de() {
    let dir = sdk("localized_kotlin");
    let names = resource_names(&read(&dir, VALUES));
    let r: String = names
        .iter()
        .enumerate()
        .map(|(index, name)| format!("        const val {name} = {}\n", index + 1))
        .collect();
    let r = format!("object R {{\n    object string {{\n{r}    }}\n}}\n");
    let listed: Vec<String> = names.iter().map(|name| format!("\"{name}\"")).collect();
    let main = format!(
        r#"import android.content.Context
import java.io.File
import javax.xml.parsers.DocumentBuilderFactory

fun strings(file: String): Map<String, String> {{
    val document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(File(file))
    val nodes = document.getElementsByTagName("string")
    return (0 until nodes.length).associate {{ index ->
        val node = nodes.item(index)
        node.attributes.getNamedItem("name").nodeValue to node.textContent
    }}
}}

fun main() {{
    val english = strings("values.txt")
    val german = strings("values-de.txt")
    val de = RoomErrorStrings {{ german[it] }}
    val none = RoomErrorStrings {{ null }}
    val names = listOf({listed})
    // As Android resolves a resource: the German, else the default English.
    val context = object : Context() {{
        override fun getString(id: Int): String = names[id - 1].let {{ german[it] ?: english.getValue(it) }}
    }}
    val full = RoomErrorException.RoomFull("Blau", 12uL)
    println(full.message(de))
    println(full.message(none))
    println(full.message(context))
    println(RoomErrorException.Waiting(ULong.MAX_VALUE, -3L).message(context))
    println(RoomError.CLOSED.message(de))
    println(RoomError.CLOSED.message(none))
    println(RoomError.ROOM_FULL.message(de))
    println(RoomError.fromWireCode(4242L).message(de))
    println(RoomError.fromWireCode(4242L).message(none))
    println(RoomError.fromCode(301L)!!.message(de))
    println(RoomError.fromCode(301L)!!.message(none))
    println(RoomError.fromWireCode(450L).message(context))
    println(RoomError.fromWireCode(450L).message(none))
}}
"#,
        listed = listed.join(", ")
    );
    let files = [
        ("RoomError.kt", read(&dir, "android/RoomError.kt")),
        (
            "Context.kt",
            "package android.content\n\nabstract class Context {\n    abstract fun getString(id: Int): String\n}\n".to_owned(),
        ),
        ("R.kt", r),
        ("Main.kt", main),
        ("values.txt", read(&dir, VALUES)),
        ("values-de.txt", read(&dir, VALUES_DE)),
    ];
    let files: Vec<(&str, &str)> = files.iter().map(|(n, s)| (*n, s.as_str())).collect();
    let Some(printed) = kotlin("localized_kotlin_run", &files) else {
        return;
    };
    assert_eq!(printed, EXPECTED);
}

#[test]
fn java_reads_the_german_of_values_de() {
    let dir = sdk("localized_java");
    let names = resource_names(&read(&dir, VALUES));
    let r: String = names
        .iter()
        .enumerate()
        .map(|(index, name)| format!("        public static final int {name} = {};\n", index + 1))
        .collect();
    let r = format!(
        "public final class R {{\n    private R() {{}}\n\n    public static final class string {{\n        private string() {{}}\n\n{r}    }}\n}}\n"
    );
    let listed: Vec<String> = names.iter().map(|name| format!("\"{name}\"")).collect();
    let main = format!(
        r#"import android.content.Context;
import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

public final class Check {{
    private Check() {{}}

    static Map<String, String> strings(String file) throws Exception {{
        NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(file)).getElementsByTagName("string");
        Map<String, String> strings = new HashMap<>();
        for (int index = 0; index < nodes.getLength(); index++) {{
            Node node = nodes.item(index);
            strings.put(node.getAttributes().getNamedItem("name").getNodeValue(), node.getTextContent());
        }}
        return strings;
    }}

    public static void main(String[] args) throws Exception {{
        Map<String, String> english = strings("values.txt");
        Map<String, String> german = strings("values-de.txt");
        RoomError.RoomErrorStrings de = german::get;
        RoomError.RoomErrorStrings none = name -> null;
        List<String> names = List.of({listed});
        // As Android resolves a resource: the German, else the default English.
        Context context = new Context() {{
            @Override
            public String getString(int id) {{
                String name = names.get(id - 1);
                return german.containsKey(name) ? german.get(name) : english.get(name);
            }}
        }};
        RoomError.RoomFull full = new RoomError.RoomFull("Blau", 12L);
        System.out.println(full.getMessage(de));
        System.out.println(full.getMessage(none));
        System.out.println(full.getMessage(context));
        System.out.println(new RoomError.Waiting(-1L, -3L).getMessage(context));
        System.out.println(RoomError.CLOSED_ERROR_CODE.getMessage(de));
        System.out.println(RoomError.CLOSED_ERROR_CODE.getMessage(none));
        System.out.println(RoomError.ROOM_FULL_ERROR_CODE.getMessage(de));
        System.out.println(RoomError.fromWireCode(4242L).getMessage(de));
        System.out.println(RoomError.fromWireCode(4242L).getMessage(none));
        System.out.println(RoomError.fromCode(301L).getMessage(de));
        System.out.println(RoomError.fromCode(301L).getMessage(none));
        System.out.println(RoomError.fromWireCode(450L).getMessage(context));
        System.out.println(RoomError.fromWireCode(450L).getMessage(none));
    }}
}}
"#,
        listed = listed.join(", ")
    );
    let files = [
        ("RoomError.java", read(&dir, "android/java/RoomError.java")),
        (
            "Context.java",
            "package android.content;\n\npublic abstract class Context {\n    public abstract String getString(int id);\n}\n".to_owned(),
        ),
        ("R.java", r),
        ("Check.java", main),
        ("values.txt", read(&dir, VALUES)),
        ("values-de.txt", read(&dir, VALUES_DE)),
    ];
    let files: Vec<(&str, &str)> = files.iter().map(|(n, s)| (*n, s.as_str())).collect();
    let Some(printed) = java("localized_java_run", &files, "Check") else {
        return;
    };
    assert_eq!(printed, EXPECTED);
}

#[test]
fn typescript_reads_the_german_of_the_catalog() {
    let dir = sdk("localized_typescript");
    let check = r#"import { RoomError, RoomFull, Waiting, messageOf } from "./RoomError";

const full = new RoomFull("Blau", 12);
console.log(messageOf(full, "de-DE"));
console.log(messageOf(full, "fr"));
console.log(messageOf(full, "de"));
console.log(messageOf(new Waiting(18446744073709551615n, -3), "de"));
console.log(messageOf(RoomError.closed, "de"));
console.log(messageOf(RoomError.closed));
console.log(messageOf(RoomError.roomFull, "de"));
console.log(messageOf(4242, "de"));
console.log(messageOf(4242));
console.log(messageOf(301, "de-AT"));
console.log(messageOf(301, "fr"));
console.log(messageOf(450, "de"));
console.log(messageOf(450));
"#;
    let files = [
        ("RoomError.ts", read(&dir, "web/RoomError.ts")),
        ("check.ts", check.to_owned()),
    ];
    let files: Vec<(&str, &str)> = files.iter().map(|(n, s)| (*n, s.as_str())).collect();
    let Some(printed) = typescript("localized_typescript_run", ERASABLE, &files, "check") else {
        return;
    };
    assert_eq!(printed, EXPECTED);
}

#[test]
fn swift_reads_the_sdks_table_and_parses() {
    let dir = sdk("localized_swift");
    let swift = read(&dir, "ios/RoomError.swift");
    for expected in [
        "public static let localizationTable = \"RoomError\"",
        "public static var overrideBundle: Bundle? {",
        "bundle.localizedString(forKey: key, value: missing, table: localizationTable)",
        "public var errorDescription: String? { RoomError.translated(\"roomFull\", room, count) ?? \"Room \\(room) is full (\\(count) participants)\" }",
        "case 209: return RoomError.translated(\"closed\") ?? \"The room is closed\"",
        // The code alone has no values for the translation's placeholders.
        "case 206: return \"Room {room} is full ({count} participants)\"",
        "case 300...399: return RoomError.translated(\"service\", rawValue) ?? \"Room service failed with \\(rawValue)\"",
        "case 400...499: return RoomError.translated(\"locked\").map { \"\\($0) (\\(rawValue))\" } ?? \"The room is locked (code \\(rawValue))\"",
    ] {
        assert!(swift.contains(expected), "{expected}\n{swift}");
    }
    let Some(parsed) = swift_parse("localized_swift_parse", &[("RoomError.swift", &swift)]) else {
        return;
    };
    assert_eq!(parsed, "RoomError.swift: ok\n");
}

#[test]
fn the_options_of_localization_take_localized() {
    let dir = scratch_dir("localized_options");
    fs::create_dir_all(dir.join("src")).expect("created");
    fs::copy("tests/fixtures/messages/lib.rs", dir.join("src/lib.rs")).expect("copied");
    fs::write(
        dir.join("error-codes.toml"),
        "[[taxonomy]]\ninput = \"src/lib.rs\"\n\n[[taxonomy.output]]\npath = \"RoomError.swift\"\nformat = \"swift\"\ntable = \"Errors\"\n",
    )
    .expect("written");
    let output = tool_in(&dir, &["generate"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "error: error-codes.toml:7:9: `table`: takes `localized = true`, which reads the translations\n"
    );
}

/// A translator's text and a manifest's table name are user text in the
/// generated sources: a translation holding quotes, a backslash, `${`,
/// backticks, comment markers, line and paragraph separators, an RTL
/// override and `%%` comes back exactly from the compiled TypeScript, and
/// a table name with a quote, `${` and a line separator (a file name may
/// hold them) leaves the Swift parsing.
#[test]
fn hostile_translations_and_table_names_come_back_exactly() {
    const HOSTILE: &str =
        "Raum \"zu\" \\ ${x} `y` */ /* \u{2028}\u{2029} </script> \u{202e}é 100%%";
    let dir = sdk("localized_hostile");
    let manifest = read(&dir, "error-codes.toml").replacen(
        "format = \"swift\"\nlocalized = true\n",
        "format = \"swift\"\nlocalized = true\ntable = \"Room\\\"Error ${x} \\u2028\"\n",
        1,
    );
    assert!(manifest.contains("table = "), "{manifest}");
    fs::write(dir.join("error-codes.toml"), manifest).expect("written");
    let path = dir.join(CATALOG);
    let mut catalog: serde_json::Value = serde_json::from_str(&read(&dir, CATALOG)).expect("JSON");
    catalog["strings"]["closed"]["localizations"]["de"] =
        serde_json::json!({"stringUnit": {"state": "translated", "value": HOSTILE}});
    fs::write(&path, serde_json::to_string_pretty(&catalog).expect("JSON")).expect("written");
    generate(&dir, &[]);
    generate(&dir, &["--check"]);

    let check = r#"import { RoomError, messageOf } from "./RoomError";

console.log(JSON.stringify(messageOf(RoomError.closed, "de")));
"#;
    let files = [
        ("RoomError.ts", read(&dir, "web/RoomError.ts")),
        ("check.ts", check.to_owned()),
    ];
    let files: Vec<(&str, &str)> = files.iter().map(|(n, s)| (*n, s.as_str())).collect();
    if let Some(printed) = typescript("localized_hostile_run", ERASABLE, &files, "check") {
        // A message without values is no format string, on any platform:
        // its `%%` is shown as written.
        assert_eq!(
            serde_json::from_str::<String>(printed.trim_end()).expect("JSON"),
            HOSTILE
        );
    }
    let swift = read(&dir, "ios/RoomError.swift");
    assert!(
        swift.contains("public static let localizationTable = \"Room\\\"Error ${x} \u{2028}\""),
        "{swift}"
    );
    let Some(parsed) = swift_parse("localized_hostile_parse", &[("RoomError.swift", &swift)])
    else {
        return;
    };
    assert_eq!(parsed, "RoomError.swift: ok\n");
}
