//! Android's own resource compiler on a `res/values/strings.xml`: `aapt`,
//! the Android Asset Packaging Tool (Debian's package `aapt`). It refuses
//! what an Android build refuses (an unescaped apostrophe, a leading `@`
//! or `?`, several non-positional `%` substitutions) and compiles each
//! string to the text an app's `getString` returns, which `strings` reads
//! back out of the compiled table.

use super::tools::{find, output, run, scratch_dir};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The smallest manifest `aapt package` accepts: resources need a package.
const MANIFEST: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.example.check"/>
"#;

pub fn aapt() -> Option<PathBuf> {
    let install = "install Debian's aapt (.ci/run: apt-get install -y aapt)";
    find("aapt", &[], install)
}

/// Compiles `strings_xml` as an app's only resource file, in a scratch
/// directory of its own: every string's resource name and text, in file
/// order, or what aapt printed when it refused the file.
pub fn strings(
    aapt: &Path,
    test: &str,
    strings_xml: &str,
) -> Result<Vec<(String, String)>, String> {
    let dir = scratch_dir(test);
    let values = dir.join("res/values");
    std::fs::create_dir_all(&values).expect("res/values is created");
    std::fs::write(values.join("strings.xml"), strings_xml).expect("written");
    compile(aapt, &dir)
}

/// Compiles the resource files under `dir/res` as one app's: every
/// string's resource name and text, or what aapt printed when it refused
/// them.
pub fn compile(aapt: &Path, dir: &Path) -> Result<Vec<(String, String)>, String> {
    std::fs::write(dir.join("AndroidManifest.xml"), MANIFEST).expect("written");
    let packaged = output(Command::new(aapt).current_dir(dir).args([
        "package",
        "-f",
        "-M",
        "AndroidManifest.xml",
        "-S",
        "res",
        "-F",
        "out.apk",
    ]));
    if !packaged.status.success() {
        return Err(String::from_utf8_lossy(&packaged.stderr).into_owned());
    }
    let dump =
        run(Command::new(aapt)
            .current_dir(dir)
            .args(["dump", "--values", "resources", "out.apk"]));
    read_dumped_strings(&dump)
}

/// The strings of `aapt dump --values resources`: each value follows its
/// `resource 0x... package:string/NAME:` line as `(string16) "TEXT"`, TEXT
/// with `"`, `\` and line feeds backslash-escaped and every other character
/// as it is (a carriage return included, so the dump is read by character,
/// not by line).
pub fn dumped_strings(dump: &str) -> Vec<(String, String)> {
    read_dumped_strings(dump).unwrap_or_else(|error| panic!("{error}"))
}

/// [`dumped_strings`], or what in the dump is not as described there.
pub fn read_dumped_strings(dump: &str) -> Result<Vec<(String, String)>, String> {
    let mut strings = Vec::new();
    let mut rest = dump;
    while let Some(at) = rest.find(":string/") {
        rest = &rest[at + ":string/".len()..];
        let name_end = rest.find(':').ok_or("a resource name ends with `:`")?;
        let name = rest[..name_end].to_owned();
        let value_at = rest.find("(string16) \"").ok_or_else(|| {
            let context: String = rest.chars().take(300).collect();
            format!("no string value follows the resource name `{name}`: {context}")
        })?;
        let mut chars = rest[value_at + "(string16) \"".len()..].char_indices();
        let mut text = String::new();
        let end = loop {
            match chars.next().ok_or("the value is closed by `\"`")? {
                (index, '"') => break index,
                (_, '\\') => match chars.next().ok_or("an escape is complete")? {
                    (_, 'n') => text.push('\n'),
                    (_, escaped @ ('"' | '\\')) => text.push(escaped),
                    (_, other) => {
                        return Err(format!(
                            "aapt escapes only `\"`, `\\` and line feeds, not {other:?}"
                        ));
                    }
                },
                (_, ch) => text.push(ch),
            }
        };
        rest = &rest[value_at + "(string16) \"".len() + end + 1..];
        strings.push((name, text));
    }
    Ok(strings)
}

/// `<resources>` holding one `<string name="s">` whose content (already
/// escaped for XML and Android) is `content`, with `attributes` on it.
pub fn one_string(attributes: &str, content: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources>\n    \
         <string name=\"s\"{attributes}>{content}</string>\n</resources>\n"
    )
}
