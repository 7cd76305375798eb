#!/usr/bin/env python3
"""Where the cold build that `error-codes` adds to an SDK crate goes (issue
10): every rustc unit of that build, by CPU time and by instructions.

    python3 benches/compile/units.py                          # this checkout
    python3 benches/compile/units.py . /tmp/base /tmp/other   # checkouts side by side

For each checkout, the SDK crate of run.py (thiserror, serde, serde_json) is
built cold without `error-codes`, then with it, in the same target dir and
with CARGO_INCREMENTAL=0 (how Cargo builds registry crates). Each rustc
command of that second build, as `cargo build -v` prints it, is then run
again on its own: `--runs` times for its CPU time (user + system; the lowest
is kept, as the others only add the noise of a shared machine), and once
under callgrind for rustc's instructions (rustc's own process: the linker,
a child process, is not counted). The units of one checkout are what its
`error-codes` adds; what the SDK shares with it (syn, quote, proc-macro2)
was built by the first build and is not rebuilt.

Not run by CI: it needs valgrind and a few minutes a checkout.
"""

import argparse
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import run

RUSTC_LINE = re.compile(r"^\s*Running `(.*)`$")


def added_units(sdk):
    """The rustc command lines of the build that adds `error-codes`."""
    shutil.rmtree(sdk.env["CARGO_TARGET_DIR"], ignore_errors=True)
    cmd = ["cargo", "build", "--lib", "--offline", "--locked",
           "--manifest-path", str(sdk.path / "Cargo.toml")]
    sdk.write(False)
    run.sh([*cmd, "--quiet"], env=sdk.env)
    sdk.write(True)
    result = subprocess.run([*cmd, "-v"], env=sdk.env, capture_output=True, text=True, check=True)
    commands = [shlex.split(m.group(1)) for line in result.stderr.splitlines() if (m := RUSTC_LINE.match(line))]
    # Build scripts are "Running" too; only rustc has a crate name.
    return [command for command in commands if "--crate-name" in command]


def crate_name(command):
    return command[command.index("--crate-name") + 1]


def cpu_seconds(command, env, cwd, runs):
    """The lowest of `runs` timings: the others only add the noise of a
    shared machine."""
    return min(run.cpu(command, env, cwd) for _ in range(runs))


def instructions(command, env, cwd):
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
                         env=env, cwd=cwd, capture_output=True, text=True, check=True).stderr
    return int(re.search(r"Collected : (\d+)", out).group(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("checkouts", nargs="*", type=Path, default=[run.ROOT])
    parser.add_argument("--runs", type=int, default=5, help="CPU-timed runs of each unit (the lowest is kept)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/error-codes-units"))
    args = parser.parse_args()
    work = args.work.resolve()
    print(f"{run.sh(['rustc', '--version'], capture=True).strip()}; lowest CPU of {args.runs} runs, "
          "rustc's instructions under callgrind\n")
    print("| checkout | unit | CPU | instructions |")
    print("| --- | --- | --- | --- |")
    for index, checkout in enumerate(args.checkouts):
        checkout = checkout.resolve()
        sdk = run.Sdk(work, f"checkout-{index}", checkout)
        sdk.resolve()
        total_seconds, total_instructions = 0.0, 0
        for command in added_units(sdk):
            # Cargo prints the SDK's own source path relative to its directory.
            seconds = cpu_seconds(command, sdk.env, sdk.path, args.runs)
            count = instructions(command, sdk.env, sdk.path)
            total_seconds += seconds
            total_instructions += count
            print(f"| {run.describe(checkout)} | `{crate_name(command)}` | {seconds:.2f} s | {count / 1e9:.2f} G |")
        print(f"| {run.describe(checkout)} | all | {total_seconds:.2f} s | {total_instructions / 1e9:.2f} G |")


if __name__ == "__main__":
    main()
