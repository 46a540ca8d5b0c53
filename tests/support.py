"""Shared helpers of the test suite: where things are and how to run the script."""

import json
import os
import subprocess
import sys
import unittest

TESTS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TESTS)
DATA = os.path.join(TESTS, "data")
SCRIPT = os.path.join(ROOT, "dedupe_and_split.py")
SAMPLE = os.path.join(DATA, "sample_dump.txt")

if ROOT not in sys.path:
    sys.path.insert(0, ROOT)


def data(name):
    """Path of a fixture file."""
    return os.path.join(DATA, name)


def run_script(*args, stdin=None, timeout=120):
    """Run dedupe_and_split.py as a user would; return the CompletedProcess (bytes)."""
    return subprocess.run([sys.executable, SCRIPT] + [str(a) for a in args],
                          input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          timeout=timeout)


def run_json(*args, stdin=None):
    """Run the script, insist on success, and return (parsed JSON, stderr text)."""
    result = run_script(*args, stdin=stdin)
    if result.returncode != 0:
        raise AssertionError("exit %d: %s" % (result.returncode, result.stderr.decode()))
    return json.loads(result.stdout.decode("utf-8")), result.stderr.decode("utf-8")


# The script with its --jobs workers started at the first article, whatever the input's size
# (the script itself starts none below JOBS_MIN_BYTES), so that small test inputs use them.
EAGER_WORKERS = """
import sys
sys.path.insert(0, sys.argv[1])
import dedupe_and_split
dedupe_and_split.JOBS_MIN_BYTES = 0
sys.exit(dedupe_and_split.main(sys.argv[2:]))
"""


def eager_command(*args):
    """The command line running the script with --jobs workers from the first article."""
    return [sys.executable, "-c", EAGER_WORKERS, ROOT] + [str(arg) for arg in args]


def run_eager(*args, timeout=120):
    """Run the script with --jobs workers from the first article; return the CompletedProcess."""
    return subprocess.run(eager_command(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          timeout=timeout)


class ErrorAssertions(unittest.TestCase):
    """A test case that can check the one-line errors every failure must give."""

    expect_empty_stdout = False  # whether a failed run must have written nothing at all

    def assertOneLineError(self, result, code=1, text=None, exact=None, stdout_empty=None):
        """Exit `code`, and stderr is one error line, no traceback."""
        stderr = result.stderr.decode("utf-8", "replace")
        self.assertEqual(result.returncode, code, stderr)
        if self.expect_empty_stdout if stdout_empty is None else stdout_empty:
            self.assertEqual(result.stdout, b"")
        self.assertNotIn("Traceback", stderr)
        self.assertEqual(stderr.count("\n"), 1, stderr)
        self.assertTrue(stderr.endswith("\n"), stderr)
        self.assertTrue(stderr.startswith("dedupe_and_split.py: error: "), stderr)
        if text is not None:
            self.assertIn(text, stderr)
        if exact is not None:
            self.assertEqual(stderr, "dedupe_and_split.py: error: %s\n" % exact)


def read_terminal(primary):
    """Everything written to a pseudo-terminal until the last process using it ends."""
    shown = b""
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # the terminal closes when the process ends
            break
        if not chunk:
            break
        shown += chunk
    return shown
