//! Every child process of the tests runs with a time limit: a tool that
//! hangs fails its test instead of the whole run.

use std::io::Read as _;
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// Long enough for the slowest compiler the tests run (kotlinc on a loaded
/// machine); a hang ends here.
pub const LIMIT: Duration = Duration::from_secs(600);

/// `command`'s output, like `Command::output`, but killed and failed if it
/// runs longer than `limit`. Standard input is closed unless the command
/// set it.
pub fn output_within(command: &mut Command, limit: Duration) -> Output {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|error| panic!("{command:?} cannot start: {error}"));
    // Read both pipes while waiting: a child that fills one would block.
    let mut stdout = child.stdout.take().expect("piped");
    let mut stderr = child.stderr.take().expect("piped");
    let out = thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stdout.read_to_end(&mut bytes);
        bytes
    });
    let err = thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stderr.read_to_end(&mut bytes);
        bytes
    });
    let status = wait_within(&mut child, limit, &format!("{command:?}"));
    Output {
        status,
        stdout: out.join().expect("stdout read"),
        stderr: err.join().expect("stderr read"),
    }
}

/// [`output_within`] the default [`LIMIT`].
pub fn output(command: &mut Command) -> Output {
    output_within(command, LIMIT)
}

/// Waits for `child`, killing it and failing past `limit`; `what` names it.
pub fn wait_within(child: &mut Child, limit: Duration, what: &str) -> ExitStatus {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait().expect("the child can be waited for") {
            return status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what} ran longer than {limit:?}: killed");
        }
        thread::sleep(Duration::from_millis(20));
    }
}
