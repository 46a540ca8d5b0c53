"""Inputs, outputs, reports and the seen store in combination, run end to end as a user does."""

import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
import unittest

from tests.support import ROOT, SCRIPT, read_terminal, run_script
from tests.test_seen import Folder, dump


def recorded(store):
    """How many articles a store holds."""
    connection = sqlite3.connect(store)
    try:
        return connection.execute("SELECT count(*) FROM seen").fetchone()[0]
    finally:
        connection.close()


class NewTargetsTest(Folder):
    """Targets that do not exist yet are compared by where they would be, not by existing."""

    def test_report_may_not_be_a_new_output_file(self):
        path = self.write("a.txt", dump(1, 2, 1))
        out, store = self.path("out.json"), self.path("seen.db")
        result = run_script(path, "-o", out, "--report", os.path.join(self.folder.name, ".",
                                                                      "out.json"),
                            "--seen", store)
        self.assertOneLineError(result, code=2, text="--report and --output name the same file")
        self.assertEqual(sorted(os.listdir(self.folder.name)), ["a.txt"])

    def test_store_may_not_be_a_new_output_file(self):
        path = self.write("a.txt", dump(1, 2))
        out = self.path("out.json")
        for option in ("-o", "--report"):
            result = run_script(path, option, out, "--seen", os.path.join(self.folder.name,
                                                                          ".", "out.json"))
            self.assertOneLineError(result, code=2, text="is also an output file")
            self.assertEqual(sorted(os.listdir(self.folder.name)), ["a.txt"])


class ReportTargetTest(Folder):
    """A report that cannot be written fails before the output is written or replaced."""

    def test_unwritable_report_fails_before_any_output(self):
        path = self.write("a.txt", dump(1, 2, 1))
        out, store = self.write("out.json", b"old\n"), self.path("seen.db")
        report = self.path(os.path.join("missing", "report.json"))
        result = run_script(path, "-o", out, "--report", report, "--seen", store)
        self.assertOneLineError(result, text="cannot write %s" % report)
        with open(out, "rb") as kept:
            self.assertEqual(kept.read(), b"old\n")
        self.assertFalse(os.path.exists(store))
        self.assertEqual(sorted(os.listdir(self.folder.name)), ["a.txt", "out.json"])

    def test_report_is_still_written_after_the_output(self):
        path = self.write("a.txt", dump(1, 2, 1))
        out, report, store = self.path("out.json"), self.path("r.json"), self.path("seen.db")
        result = run_script(path, "-o", out, "--report", report, "--seen", store)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(out, encoding="utf-8") as written:
            document = json.load(written)
        with open(report, encoding="utf-8") as written:
            self.assertEqual(json.load(written), {"duplicates": document["duplicates"],
                                                  "stats": document["stats"]})
        self.assertEqual(recorded(store), 2)


class SignalWhileWaitingForTheStoreTest(Folder):
    """SIGTERM and Ctrl-C stop a run at once, also while it waits for another run's lock."""

    def hold(self, store, statement):
        connection = sqlite3.connect(store, isolation_level=None)
        connection.execute(statement)
        self.addCleanup(connection.close)
        return connection

    def stopped_while_waiting(self, statement, signum):
        store = self.path("seen.db")
        self.run_ok("--seen", store, self.write("a.txt", dump(1)))
        self.hold(store, statement)
        out = self.write("out.json", b"old\n")
        run = subprocess.Popen([sys.executable, SCRIPT, "--seen", store, "--seen-wait", "60",
                                self.write("b.txt", dump(1, 2)), "-o", out],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(2)
        self.assertIsNone(run.poll())  # waiting for the lock
        started = time.monotonic()
        run.send_signal(signum)
        stdout, stderr = run.communicate(timeout=90)
        self.assertLess(time.monotonic() - started, 5, stderr)
        self.assertEqual(run.returncode, 128 + signum, stderr)
        self.assertEqual(stdout, b"")
        self.assertEqual(sorted(os.listdir(self.folder.name)),
                         ["a.txt", "b.txt", "out.json", "seen.db"])
        return out

    def test_sigterm_while_waiting_to_read_the_store(self):
        out = self.stopped_while_waiting("BEGIN EXCLUSIVE", signal.SIGTERM)
        with open(out, "rb") as kept:
            self.assertEqual(kept.read(), b"old\n")

    def test_ctrl_c_while_waiting_to_record(self):
        self.stopped_while_waiting("BEGIN IMMEDIATE", signal.SIGINT)


@unittest.skipUnless(sys.platform.startswith("linux"), "needs a pseudo-terminal")
class ProgressOnTheOutputTerminalTest(Folder):
    """No progress line when -o names the terminal the progress would be drawn on."""

    def test_no_progress_when_o_names_the_terminal(self):
        import pty
        path = self.write("dump.txt", "".join(
            "Headline number %d about the budget\n\nThe council met on Monday, item %d.\n\n"
            % (n, n) for n in range(20000)).encode())
        for target in ("/dev/stderr", "/dev/fd/2"):
            primary, secondary = pty.openpty()
            process = subprocess.Popen([sys.executable, SCRIPT, path, "--format", "jsonl",
                                        "-o", target], stdout=subprocess.DEVNULL,
                                       stderr=secondary)
            os.close(secondary)
            shown = read_terminal(primary).decode("utf-8", "replace")
            os.close(primary)
            self.assertEqual(process.wait(timeout=120), 0, shown[-300:])
            self.assertIn('"id": 20000,', shown)
            self.assertNotIn("MB/s", shown)


class AuditStatsTest(Folder):
    """--keep-duplicates: the stats of what was read are unchanged, those of what was written
    count the duplicates too, as the README says."""

    def test_audit_stats(self):
        path = self.write("a.txt", dump(1, 2, 1, 1, 3))
        normal = self.run_ok(path)["stats"]
        audit = self.run_ok(path, "--keep-duplicates")["stats"]
        for key in ("articles_read", "duplicates_dropped", "duplicates_of_earlier_runs",
                    "replaced_bytes"):
            self.assertEqual(audit[key], normal[key], key)
        self.assertEqual((normal["articles_written"], audit["articles_written"]), (3, 5))
        self.assertEqual(sum(audit["languages"].values()), 5)
        with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as readme:
            self.assertNotIn("The `duplicates` list and the stats are the same", readme.read())


# A writer of the store killed in the middle of a transaction that outgrew SQLite's page
# cache: its changes are in the store's file and the old pages in a hot journal beside it.
KILLED_WRITER = """
import os, signal, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size = 10")
connection.execute("BEGIN IMMEDIATE")
connection.executemany("INSERT INTO seen VALUES (?, 1, 1)",
                       (("%032x" % number,) for number in range(1, 20000)))
os.kill(os.getpid(), signal.SIGKILL)
"""


class ReadOnlyStoreAfterACrashTest(Folder):
    """A store whose writer died in its transaction is read as it was, also read-only."""

    def test_readonly_and_stats_read_past_a_killed_writer(self):
        store = self.path("seen.db")
        day1 = self.write("day1.txt", dump(1, 2))
        self.run_ok("--seen", store, day1)
        before = recorded(store)  # also checks nothing is left half-done so far
        killed = subprocess.run([sys.executable, "-c", KILLED_WRITER, store], timeout=120)
        self.assertEqual(killed.returncode, -signal.SIGKILL)
        self.assertTrue(os.path.exists(store + "-journal"))
        day2 = self.write("day2.txt", dump(2, 3))
        for args in (["--seen-readonly", store], ["--seen", store, "--stats"]):
            result = run_script(day2, *args)
            self.assertEqual(result.returncode, 0, result.stderr)
            document = json.loads(result.stdout)
            self.assertEqual([d["line"] for d in document["duplicates"]], [1])
        self.assertEqual(recorded(store), before)


class ClosedStandardInputTest(Folder):
    """- among the inputs with standard input closed fails before any output."""

    def test_closed_stdin_after_a_file_fails_before_any_output(self):
        first = self.write("a.txt", dump(*range(1, 200)))
        result = subprocess.run([sys.executable, SCRIPT, first, "-"], stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120,
                                preexec_fn=lambda: os.close(0))
        self.assertOneLineError(result, exact="cannot read standard input: it is closed")


class StoreThatIsNotAFileTest(Folder):
    """A store path naming a device, a FIFO or a folder is refused before any output, and
    nothing (no journal) is created beside it."""

    def test_store_must_be_a_regular_file(self):
        path = self.write("a.txt", dump(1, 2))
        targets = [self.path("folder"), self.path("fifo")]
        os.mkdir(targets[0])
        os.mkfifo(targets[1])
        try:  # a null device of our own (root only), never the system's /dev/null
            os.mknod(self.path("null"), 0o666 | stat.S_IFCHR, os.makedev(1, 3))
            targets.append(self.path("null"))
        except OSError:
            pass
        out = self.path("out.json")
        for target in targets:
            for option in ("--seen", "--seen-readonly"):
                with self.subTest(target=target, option=option):
                    result = run_script(path, option, target, "-o", out)
                    self.assertOneLineError(result, exact="%s is not a seen store: not a"
                                                          " regular file" % target)
                    self.assertEqual(sorted(os.listdir(self.folder.name)),
                                     sorted(["a.txt"] + [os.path.basename(t) for t in targets]))


class ReportOnStandardOutputTest(Folder):
    """A report that names standard output by a path cannot join the JSON written there."""

    def test_report_to_dev_stdout_with_the_output_on_standard_output(self):
        path = self.write("a.txt", dump(1, 2, 1))
        for args in (["--report", "/dev/stdout"], ["--report", "/dev/fd/1", "-o", "-"],
                     ["--report", "-", "-o", "/dev/stdout"]):
            with self.subTest(args=args):
                result = subprocess.run([sys.executable, SCRIPT, path] + args,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        timeout=120)
                self.assertOneLineError(result, code=2, text="standard output")

    def test_report_to_dev_stdout_with_an_output_file(self):
        path = self.write("a.txt", dump(1, 2, 1))
        result = run_script(path, "-o", self.path("out.json"), "--report", "/dev/stdout")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(list(json.loads(result.stdout)), ["duplicates", "stats"])


class QuotedStorePathTest(Folder):
    """A store path that needs quoting in a shell is shown quoted, as every other path is."""

    def test_store_messages_quote_the_path(self):
        path = self.write("a.txt", dump(1))
        missing = self.path("my store.db")
        self.assertOneLineError(run_script(path, "--seen-readonly", missing),
                                exact="cannot open seen store '%s': no such file" % missing)
        text = self.write("not a store.db", b"hello\n")
        self.assertOneLineError(run_script(path, "--seen", text),
                                text="error: '%s' is not a seen store" % text)
        result = run_script(path, "--seen", missing, "-o", self.path("out.json"))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(result.stderr.decode().rstrip().endswith(
            "1 new articles recorded in '%s'" % missing), result.stderr)


class StoreInUseMessageTest(Folder):
    """The README quotes the message of a store in use too long exactly."""

    def test_readme_quotes_the_message(self):
        import dedupe_and_split as ds
        self.addCleanup(os.chdir, os.getcwd())
        os.chdir(self.folder.name)
        store = ds.SeenStore("seen.db")  # missing: nothing is opened
        message = str(store._error(sqlite3.OperationalError("database is locked")))
        with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as readme:
            text = " ".join(readme.read().split())
        self.assertIn("(`%s`)" % message, text)


class SeenWaitValueTest(Folder):

    def test_seen_wait_must_be_a_number_of_seconds(self):
        path = self.write("a.txt", dump(1))
        for value in ("nan", "-1"):
            self.assertOneLineError(run_script(path, "--seen", self.path("s.db"), "--seen-wait",
                                               value),
                                    code=2, exact="--seen-wait must be 0 or more")


class FullDeviceTest(Folder):
    """A target written in place that fills up (a full disk behind /dev/fd/N, a device) is one
    error line naming it, never a traceback."""

    def test_full_device_as_output_and_report(self):
        full = self.path("full")
        try:  # a full device of our own (root only), never the system's /dev/full
            os.mknod(full, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
        except OSError:
            self.skipTest("needs to create a device node (root)")
        path = self.write("a.txt", dump(*range(1, 50)))
        self.assertOneLineError(run_script(path, "-o", full),
                                exact="cannot write %s: No space left on device" % full)
        self.assertOneLineError(run_script(path, "-o", self.path("out.json"), "--report", full),
                                exact="cannot write %s: No space left on device" % full)


class CompressedSymlinkTest(Folder):
    """-o NAME.gz compresses by the name given, also when NAME.gz is a symlink, as a FIFO or
    device written in place does."""

    def test_compression_follows_the_name_given(self):
        import gzip
        path = self.write("a.txt", dump(1, 2))
        expected = run_script(path, "-q").stdout
        self.write("target.json", b"old")
        os.symlink("target.json", self.path("latest.json.gz"))
        result = run_script(path, "-q", "-o", self.path("latest.json.gz"))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(os.path.islink(self.path("latest.json.gz")))
        with open(self.path("target.json"), "rb") as written:
            self.assertEqual(gzip.decompress(written.read()), expected)


class UsageLineTest(Folder):

    def test_usage_line_says_several_dumps_may_be_given(self):
        result = run_script("--help")
        self.assertIn(b"usage: dedupe_and_split.py [options] DUMP [DUMP ...]\n", result.stdout)


class OutputOnStandardInputTest(Folder):
    """-o /dev/stdin (or /dev/fd/0) with - among the inputs would truncate the file being read."""

    def test_output_may_not_be_the_file_on_standard_input(self):
        path = self.write("a.txt", dump(1, 2))
        for option in ("-o", "--report"):
            for target in ("/dev/stdin", "/dev/fd/0"):
                with self.subTest(option=option, target=target), open(path, "rb") as stdin:
                    result = subprocess.run([sys.executable, SCRIPT, "-", option, target],
                                            stdin=stdin, stdout=subprocess.PIPE,
                                            stderr=subprocess.PIPE, timeout=120)
                    self.assertOneLineError(result, code=2, text="is the input file")
                with open(path, "rb") as kept:
                    self.assertEqual(kept.read(), dump(1, 2))
