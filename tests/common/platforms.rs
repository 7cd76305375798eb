//! Each platform's own tool on generated sources: Kotlin and Java compiled
//! warning-free and run on the JVM, TypeScript compiled by `tsc --strict`
//! and run by node, Swift parsed by tree-sitter-swift (there is no Swift
//! compiler here). Each returns `None` when its tool is missing (which CI
//! does not allow: see `tools::find`).

use super::tools::{find, node_modules, npm_tool, output, run, scratch_dir};
use std::path::PathBuf;
use std::process::{Command, Output};

/// A new scratch directory for `test` holding `files` (name, source).
fn directory(test: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = scratch_dir(test);
    for (name, source) in files {
        std::fs::write(dir.join(name), source).expect("written");
    }
    dir
}

/// The sources among `files`: a `.txt` file is data that a program reads
/// at run time, written beside the sources but not compiled.
fn names<'a>(files: &'a [(&'a str, &'a str)]) -> impl Iterator<Item = &'a str> {
    files
        .iter()
        .map(|(name, _)| *name)
        .filter(|name| !name.ends_with(".txt"))
}

/// `files` compiled by `kotlinc-jvm -Werror` into a jar with the Kotlin
/// runtime, and what the jar prints.
pub fn kotlin(test: &str, files: &[(&str, &str)]) -> Option<String> {
    let kotlinc = npm_tool("kotlinc-jvm", "kotlin-compiler/bin/kotlinc-jvm", "KOTLINC")?;
    let dir = directory(test, files);
    run(Command::new("bash")
        .current_dir(&dir)
        .arg(kotlinc)
        .args(["-Werror", "-include-runtime", "-d", "check.jar"])
        .args(names(files)));
    Some(run(Command::new("java")
        .current_dir(&dir)
        .args(["-jar", "check.jar"])))
}

fn javac() -> Option<PathBuf> {
    let install = "install a JDK (.ci/run: apt-get install -y default-jdk-headless)";
    find("javac", &[], install)
}

/// `files` compiled by `javac -Xlint:all -Werror`, and what the class
/// `main` prints.
pub fn java(test: &str, files: &[(&str, &str)], main: &str) -> Option<String> {
    let javac = javac()?;
    let dir = directory(test, files);
    run(Command::new(&javac)
        .current_dir(&dir)
        .args([
            "-encoding",
            "UTF-8",
            "-Xlint:all",
            "-Werror",
            "-d",
            "classes",
        ])
        .args(names(files)));
    Some(run(Command::new(javac.with_file_name("java"))
        .current_dir(&dir)
        .args(["-cp", "classes", main])))
}

/// `tsc --strict` with `flags` on `files`, out to `out/` of the returned
/// directory, whatever its outcome.
pub fn tsc(test: &str, flags: &[&str], files: &[(&str, &str)]) -> Option<(PathBuf, Output)> {
    let tsc = npm_tool("tsc", ".bin/tsc", "TSC")?;
    let dir = directory(test, files);
    let compiled = output(
        Command::new(tsc)
            .current_dir(&dir)
            .args(flags)
            .args([
                "--strict",
                "--noEmitOnError",
                "--target",
                "es2020",
                "--module",
                "commonjs",
                "--outDir",
                "out",
            ])
            .args(names(files)),
    );
    Some((dir, compiled))
}

/// The flag of erasable syntax, which Node's type stripping requires.
pub const ERASABLE: &[&str] = &["--erasableSyntaxOnly"];

/// `files` compiled by `tsc --strict` with `flags`, which must succeed, and
/// what node prints running `out/{main}.js`.
pub fn typescript(
    test: &str,
    flags: &[&str],
    files: &[(&str, &str)],
    main: &str,
) -> Option<String> {
    let (dir, compiled) = tsc(test, flags, files)?;
    assert!(
        compiled.status.success(),
        "tsc failed:\n{}{}",
        String::from_utf8_lossy(&compiled.stdout),
        String::from_utf8_lossy(&compiled.stderr)
    );
    Some(run(Command::new("node")
        .current_dir(&dir)
        .arg(format!("out/{main}.js"))))
}

const PARSE: &str = r#"const Parser = require("tree-sitter");
const Swift = require("tree-sitter-swift");
const fs = require("fs");
const parser = new Parser();
parser.setLanguage(Swift);
for (const file of process.argv.slice(2)) {
  const tree = parser.parse(fs.readFileSync(file, "utf8"));
  const problems = [];
  const visit = (node) => {
    if (node.isError || node.isMissing) {
      problems.push(`${file}:${node.startPosition.row + 1}:${node.startPosition.column + 1}: ${node.isMissing ? "missing" : "error"} ${node.type}`);
    }
    for (const child of node.children) visit(child);
  };
  visit(tree.rootNode);
  console.log(problems.length === 0 ? `${file}: ok` : problems.join("\n"));
}
"#;

/// What tree-sitter-swift says of each file: `name: ok`, or each error and
/// missing node with its place.
pub fn swift_parse(test: &str, files: &[(&str, &str)]) -> Option<String> {
    let node_modules = node_modules("tree-sitter-swift")?;
    let dir = directory(test, files);
    std::fs::write(dir.join("parse.js"), PARSE).expect("written");
    Some(run(Command::new("node")
        .current_dir(&dir)
        .env("NODE_PATH", node_modules)
        .arg("parse.js")
        .args(names(files))))
}
