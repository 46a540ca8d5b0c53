"""What a new user relies on: -o never harms what it names, signals clean up, errors lead to
the right fix, --jobs and the progress display never cost more than they give, --help and the
README tell the truth. Every test runs the script as a subprocess, as a user would."""

import bz2
import errno
import gzip
import json
import lzma
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
import unittest

from tests.support import ROOT, SAMPLE, SCRIPT, eager_command, read_terminal, run_script
from tests.test_hostile import IS_ROOT, PROG, HostileTestCase, distinct_articles, read, write
import dedupe_and_split as ds

def sample_output():
    """What the script writes on standard output for the sample."""
    result = run_script(SAMPLE, "-q")
    assert result.returncode == 0, result.stderr
    return result.stdout


def read_in_thread(path):
    """Start reading a FIFO in a thread; return a function giving everything it read."""
    received = []
    reader = threading.Thread(target=lambda: received.append(read(path)), daemon=True)
    reader.start()

    def result():
        reader.join(timeout=60)
        return received[0] if received else None
    return result


class OutputTargetTest(HostileTestCase):
    """-o replaces regular files atomically and writes everything else in place."""

    def test_fifo_is_written_and_stays_a_fifo(self):
        fifo = self.path("fifo")
        os.mkfifo(fifo)
        received = read_in_thread(fifo)
        result = run_script(SAMPLE, "-q", "-o", fifo)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(received(), sample_output())
        self.assertTrue(stat.S_ISFIFO(os.lstat(fifo).st_mode))

    def test_symlink_replaces_its_target_and_stays_a_link(self):
        target = write(self.path("target.json"), b"old")
        link = self.path("link.json")
        os.symlink("target.json", link)
        result = run_script(SAMPLE, "-q", "-o", link)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(os.path.islink(link))
        self.assertEqual(read(target), sample_output())
        self.assertEqual(sorted(os.listdir(self.folder)), ["link.json", "target.json"])

    def test_device_node_is_written_in_place(self):
        device = self.path("null")
        try:  # the kernel's null device, under a name of our own: never the real /dev/null
            os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        except (OSError, AttributeError) as exc:
            self.skipTest("cannot make a device node here: %s" % exc)
        result = run_script(SAMPLE, "-q", "-o", device)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(stat.S_ISCHR(os.lstat(device).st_mode), "the device was replaced")
        self.assertEqual(sorted(os.listdir(self.folder)), ["null"])

    @unittest.skipUnless(os.path.isdir("/dev/fd"), "needs /dev/fd")
    def test_dev_fd_dev_stdout_and_dash_write_to_the_open_file(self):
        expected = sample_output()
        stdout = self.path("stdout")  # as /dev/stdout is, without touching the real one
        os.symlink("/proc/self/fd/1", stdout)
        for target in ("-", stdout):
            result = run_script(SAMPLE, "-q", "-o", target)
            self.assertEqual((result.returncode, result.stdout), (0, expected), target)
        self.assertTrue(os.path.islink(stdout))
        read_end, write_end = os.pipe()
        with open(read_end, "rb") as pipe:
            process = subprocess.Popen(
                [sys.executable, SCRIPT, SAMPLE, "-q", "-o", "/dev/fd/%d" % write_end],
                pass_fds=[write_end], stderr=subprocess.PIPE)
            os.close(write_end)
            received = pipe.read()
            self.assertEqual(process.wait(timeout=60), 0, process.stderr.read())
            process.stderr.close()
        self.assertEqual(received, expected)

    def test_output_compressed_by_its_suffix(self):
        expected = sample_output()
        for suffix, module in ((".gz", gzip), (".bz2", bz2), (".xz", lzma)):
            out = self.path("out.json" + suffix)
            result = run_script(SAMPLE, "-q", "-o", out)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(module.decompress(read(out)), expected, suffix)

    def test_empty_output_path_is_refused(self):
        self.assertOneLineError(run_script(SAMPLE, "-o", ""), code=2, text="-o needs a file")

    def test_hard_link_keeps_the_old_content(self):
        out = write(self.path("out.json"), b"old")
        os.link(out, self.path("other-name.json"))
        self.assertEqual(run_script(SAMPLE, "-q", "-o", out).returncode, 0)
        self.assertEqual(read(out), sample_output())
        self.assertEqual(read(self.path("other-name.json")), b"old")

    @unittest.skipUnless(IS_ROOT, "only root may give a file to another owner")
    def test_replaced_file_keeps_owner_group_and_mode(self):
        out = write(self.path("out.json"), b"old")
        os.chown(out, 12345, 23456)
        os.chmod(out, 0o640)
        self.assertEqual(run_script(SAMPLE, "-q", "-o", out).returncode, 0)
        status = os.stat(out)
        self.assertEqual((status.st_uid, status.st_gid, stat.S_IMODE(status.st_mode)),
                         (12345, 23456, 0o640))
        self.assertEqual(read(out), sample_output())


class AtomicOutputTest(HostileTestCase):
    """AtomicOutput as a context manager: a clean exit commits, an exception discards."""

    def test_commit_on_clean_exit_and_discard_on_exception(self):
        out = write(self.path("out.json"), b"old")
        with self.assertRaises(KeyError):
            with ds.AtomicOutput(out) as output:
                output.write(b"half")
                raise KeyError("stop")
        self.assertEqual((read(out), os.listdir(self.folder)), (b"old", ["out.json"]))
        with ds.AtomicOutput(out) as output:
            output.write(b"new")
        self.assertEqual((read(out), os.listdir(self.folder)), (b"new", ["out.json"]))


class UnwritableFolderTest(HostileTestCase):
    """A writable file in a folder that refuses new files: the error says why and what to do."""

    def test_error_explains_and_offers_writing_in_place(self):
        folder = self.path("locked")
        os.mkdir(folder)
        out = write(os.path.join(folder, "out.json"), b"old")
        os.chmod(self.folder, 0o755)
        os.chmod(out, 0o666)
        os.chmod(folder, 0o555)
        self.addCleanup(os.chmod, folder, 0o755)
        command = [sys.executable, SCRIPT, SAMPLE, "-o", out]
        if IS_ROOT:  # root writes anywhere, unless it gives up that power
            if not shutil.which("setpriv"):
                self.skipTest("needs setpriv to run without root's file permissions")
            command = ["setpriv", "--inh-caps=-all", "--bounding-set=-all"] + command
        result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                timeout=60)
        self.assertOneLineError(result, text="does not allow the temporary file")
        self.assertIn("write it in place with '> %s'" % out, result.stderr.decode())
        self.assertEqual(read(out), b"old")
        self.assertEqual(os.listdir(folder), ["out.json"])


class SignalTest(HostileTestCase):
    """SIGTERM and SIGHUP clean up as Ctrl-C does, with exit codes 143 and 129."""

    def setUp(self):
        super().setUp()
        self.dump = write(self.path("big.txt"), distinct_articles(100000))  # about 19 MB
        self.make_old_output()

    def start(self, command):
        """Start a run in its own process group; return it once it is writing."""
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                   start_new_session=True)
        self.addCleanup(self.kill_group, process)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            if any(name.endswith(".tmp") and os.path.getsize(os.path.join(self.outdir, name))
                   for name in os.listdir(self.outdir)):
                return process
            time.sleep(0.01)
        self.fail("the script never started writing (exit %s)" % process.poll())

    @staticmethod
    def kill_group(process):
        """Make sure nothing of a failed test keeps running."""
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait()

    def assertStopped(self, process, signum):
        """Exit 128 + signum, one line saying so, the old output intact, no temporary file."""
        stderr = process.communicate(timeout=60)[1].decode("utf-8", "replace")
        self.assertEqual(process.returncode, 128 + signum, stderr)
        self.assertEqual(stderr, "%s: stopped by %s\n" % (PROG, signal.Signals(signum).name))
        self.assertOldOutputUntouched()

    def test_sigterm(self):
        process = self.start([sys.executable, SCRIPT, self.dump, "-o", self.out])
        process.send_signal(signal.SIGTERM)
        self.assertStopped(process, signal.SIGTERM)

    @unittest.skipUnless(hasattr(signal, "SIGHUP"), "no SIGHUP here")
    def test_sighup(self):
        process = self.start([sys.executable, SCRIPT, self.dump, "-o", self.out])
        process.send_signal(signal.SIGHUP)
        self.assertStopped(process, signal.SIGHUP)

    def test_sigterm_to_the_group_with_workers_reaps_them_first(self):
        for whole_group in (False, True):
            with self.subTest(whole_group=whole_group):
                process = self.start(eager_command(self.dump, "-o", self.out, "--jobs", "2"))
                if whole_group:  # what timeout --foreground or a process manager may do
                    os.killpg(process.pid, signal.SIGTERM)
                else:
                    process.send_signal(signal.SIGTERM)
                self.assertStopped(process, signal.SIGTERM)
                # Nothing of the group outlives the main process: the workers were reaped.
                with self.assertRaises(ProcessLookupError):
                    os.killpg(process.pid, 0)

    def test_interrupt_message_in_a_log_file_has_no_empty_line(self):
        process = self.start([sys.executable, SCRIPT, self.dump, "-o", self.out])
        process.send_signal(signal.SIGINT)
        stderr = process.communicate(timeout=60)[1]
        self.assertEqual(process.returncode, 130)
        self.assertEqual(stderr, b"%s: interrupted\n" % PROG.encode())


class CompressedPipeTest(HostileTestCase):
    """Compressed input through a path that is a pipe is recognised without reopening it."""

    def test_gzip_through_a_fifo_and_dev_stdin(self):
        expected = sample_output()
        packed = gzip.compress(read(SAMPLE))
        fifo = self.path("fifo")
        os.mkfifo(fifo)
        writer = threading.Thread(target=write, args=(fifo, packed), daemon=True)
        writer.start()
        result = run_script(fifo, "-q")
        writer.join(timeout=60)
        self.assertEqual(result.returncode, 0, result.stderr)
        def without_input(output):
            return [dict(article, input=None) for article in json.loads(output)["articles"]]
        self.assertEqual(without_input(result.stdout), without_input(expected))
        for compress in (gzip.compress, bz2.compress, lzma.compress):
            result = run_script("/dev/stdin", "-q", stdin=compress(read(SAMPLE)))
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(without_input(result.stdout), without_input(expected))


class EncodingAdviceTest(HostileTestCase):
    """The first error points to the right fix; byte-order marks name their encoding."""

    def test_one_stray_byte_in_utf8_suggests_replace_not_an_encoding(self):
        text = "Prices in London\n\nA pint costs £6 and a coffee £3, which is a lot.\n\n" * 50
        dump = write(self.path("dump.txt"), text.encode() + b"Late one\n\nCosts \xa3 5.\n")
        result = run_script(dump)
        self.assertOneLineError(result, exact="%s:203: invalid UTF-8 byte 0xa3 at column 7:"
                                " valid UTF-8 up to here, one stray byte (use --errors replace)"
                                % dump)
        self.assertNotIn(b"--encoding", result.stderr)
        output = json.loads(run_script(dump, "--errors", "replace").stdout)
        self.assertEqual(output["articles"][0]["body"].count("£"), 2)

    def test_legacy_encoding_is_named(self):
        text = "Café crème à Paris\n\nUn café coûte cher à Paris, dit-on.\n"
        dump = write(self.path("dump.txt"), text.encode("cp1252"))
        self.assertOneLineError(run_script(dump), text="(use --encoding cp1252")

    def test_earliest_problem_is_reported(self):
        dump = write(self.path("blob.bin"), b"Title\n\nABCDEFG\x00HIJKLMNOPQRSTUVWX\xff rest\n")
        self.assertOneLineError(run_script(dump), text="blob.bin:3: NUL character at column 8")

    def test_byte_order_marks_name_the_encoding(self):
        text = "Новости дня\n\nТело статьи здесь, и это по-русски.\n\nTitle two\n\nBody.\n"
        for codec in ("utf-16", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig"):
            bom = {"utf-16-be": b"\xfe\xff", "utf-32-be": b"\x00\x00\xfe\xff"}.get(codec, b"")
            dump = write(self.path("dump.txt"), bom + text.encode(codec))
            with self.subTest(codec=codec):
                output = self.run_ok(dump)
                self.assertEqual([(a["title"], a["body"]) for a in output["articles"]],
                                 [("Новости дня", "Тело статьи здесь, и это по-русски."),
                                  ("Title two", "Body.")])

    def test_utf16_without_bom_is_named(self):
        text = "Title here\n\nBody text here.\n"
        for order in ("le", "be"):
            dump = write(self.path("dump.txt"), text.encode("utf-16-" + order))
            self.assertOneLineError(run_script(dump), text="looks like UTF-16 without a"
                                    " byte-order mark (use --encoding utf-16-%s)" % order)
            self.assertEqual(self.run_ok(dump, "--encoding", "utf-16-" + order)
                             ["articles"][0]["title"], "Title here")

    def test_binary_file_is_still_called_binary(self):
        dump = write(self.path("image.png"), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
        self.assertOneLineError(run_script(dump), text="looks like a binary file")

    def test_one_replaced_byte_is_singular(self):
        dump = write(self.path("dump.txt"), b"Title one\n\nBody \xff here.\n")
        result = run_script(dump, "--errors", "replace")
        self.assertIn(b", 1 undecodable byte replaced", result.stderr)


class ClosedStreamsTest(HostileTestCase):
    """A closed standard output or error gives one line or nothing, never a traceback."""

    def test_closed_standard_output(self):
        result = subprocess.run([sys.executable, SCRIPT, SAMPLE], preexec_fn=lambda: os.close(1),
                                stderr=subprocess.PIPE, timeout=60)
        self.assertOneLineError(result, text="cannot write standard output: it is closed")
        out = self.path("out.json")
        result = subprocess.run([sys.executable, SCRIPT, SAMPLE, "-q", "-o", out],
                                preexec_fn=lambda: os.close(1), stderr=subprocess.PIPE,
                                timeout=60)
        self.assertEqual((result.returncode, result.stderr), (0, b""))
        self.assertEqual(read(out), sample_output())

    def test_closed_standard_error_keeps_standard_output_pure(self):
        result = subprocess.run([sys.executable, SCRIPT, SAMPLE], preexec_fn=lambda: os.close(2),
                                stdout=subprocess.PIPE, timeout=60)
        self.assertEqual(result.returncode, 0)
        self.assertEqual(result.stdout, sample_output())


class JobsTest(HostileTestCase):
    """--jobs starts no more workers than cores, none on a small input, and says why it fails."""

    def test_workers_capped_at_the_cores(self):
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") \
            else os.cpu_count()
        self.assertEqual(ds.worker_count(64), min(64, cores))
        self.assertEqual(ds.worker_count(0), cores)
        self.assertEqual(ds.worker_count(1), 1)

    @unittest.skipUnless(sys.platform.startswith("linux"), "needs RLIMIT_NOFILE semantics")
    def test_small_input_starts_no_workers_and_start_failures_are_worker_errors(self):
        import resource

        def few_files():
            """Too few file descriptors for any worker process."""
            resource.setrlimit(resource.RLIMIT_NOFILE, (10, 10))

        dump = write(self.path("dump.txt"), distinct_articles(300))
        out = self.path("out.json")
        small = subprocess.run([sys.executable, SCRIPT, dump, "-q", "--jobs", "64", "-o", out],
                               stderr=subprocess.PIPE, preexec_fn=few_files, timeout=60)
        self.assertEqual((small.returncode, small.stderr), (0, b""), "a worker was started")
        eager = subprocess.run(eager_command(dump, "--jobs", "2"), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, preexec_fn=few_files, timeout=60)
        self.assertOneLineError(eager, text="cannot start 2 --jobs worker processes: ")
        self.assertNotIn(b"standard output", eager.stderr)

    def test_workers_start_once_the_input_is_big_enough(self):
        articles = [ds.Article(n, "Title %d" % n, "The cat is on the table.", 1)
                    for n in range(200)]
        unique = enumerate(ds.encode_articles(articles), 1)
        calls = []

        def big_enough():
            calls.append(len(calls))
            return len(calls) >= 3

        tagged = list(ds.tag_languages(unique, None, 2, big_enough))
        self.assertEqual([id_ for id_, *_ in tagged], list(range(1, 201)))
        self.assertEqual({language for _, _, language, _ in tagged}, {"en"})
        self.assertEqual(len(calls), 3, "asked after every in-process chunk until it said yes")

    def test_eager_workers_give_the_same_output(self):
        dump = write(self.path("dump.txt"), distinct_articles(2000))
        eager = subprocess.run(eager_command(dump, "--jobs", "2"), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, timeout=60)
        self.assertEqual(eager.returncode, 0, eager.stderr)
        self.assertEqual(eager.stdout, run_script(dump).stdout)


@unittest.skipUnless(sys.platform.startswith("linux"), "needs a pseudo-terminal")
class ProgressTest(HostileTestCase):
    """Share done and time left for a file of known size; never glued to other output."""

    def run_on_terminal(self, *args, stdout_on_terminal=False):
        """Run with standard error (and maybe output) on a pseudo-terminal; return its text."""
        import pty
        primary, secondary = pty.openpty()
        process = subprocess.Popen([sys.executable, SCRIPT] + list(args), stderr=secondary,
                                   stdout=secondary if stdout_on_terminal else subprocess.DEVNULL)
        os.close(secondary)
        shown = read_terminal(primary)
        os.close(primary)
        process.wait(timeout=60)
        return process.returncode, shown.decode("utf-8", "replace")

    def test_share_and_time_left_then_a_clean_error_line(self):
        dump = write(self.path("big.txt"), distinct_articles(100000).encode()
                     + b"Last title\n\nBad \xff byte.\n")
        code, shown = self.run_on_terminal(dump, "-o", self.path("out.json"))
        self.assertEqual(code, 1)
        self.assertRegex(shown, r"\d+% done, \d+ MB read, [\d.]+ MB/s, \d+ articles, \d+:\d\d left")
        self.assertIn("\r\x1b[K%s: error: " % PROG, shown, "the error starts a clean line")

    def test_no_progress_when_the_output_goes_to_the_same_terminal(self):
        dump = write(self.path("dump.txt"), distinct_articles(20000))
        code, shown = self.run_on_terminal(dump, "--format", "jsonl", stdout_on_terminal=True)
        self.assertEqual(code, 0)
        self.assertNotIn("MB/s", shown)

    def test_progress_line_unit(self):
        reader = ds.ReadCounter()

        class HalfRead:
            """A 10 MB dump read halfway."""
            size = staticmethod(lambda: 10_000_000)
            position = staticmethod(lambda: 5_000_000)

        reader.bytes_read = 5_000_000
        progress = ds.Progress(reader, stream=_Text(), interval=0, dump=HalfRead())
        progress.start -= 4  # four seconds for half: four more to go
        progress.show(100)
        self.assertIn("50% done, 5 MB read, 1.2 MB/s, 100 articles, 0:04 left", progress.stream.text)
        with progress:
            pass
        self.assertTrue(progress.stream.text.endswith("\r\x1b[K"))


class _Text:
    """A stand-in for stderr that keeps what is written."""

    def __init__(self):
        self.text = ""

    def write(self, text):
        self.text += text

    def flush(self):
        pass


class HelpAndUsageTest(HostileTestCase):

    def test_help_has_examples_exit_codes_and_where_keys_are(self):
        result = run_script("--help")
        self.assertEqual(result.returncode, 0)
        help_text = result.stdout.decode()
        flowing = " ".join(help_text.split())
        self.assertIn("usage: %s [options] DUMP [DUMP ...]\n" % PROG, help_text)
        for part in ("examples:", "exit codes:", "143 SIGTERM", 'README.md, section "Output"',
                     "at most one a core, and none for an input under %d MB"
                     % (ds.JOBS_MIN_BYTES >> 20)):
            self.assertIn(part, flowing)

    def test_short_version_option(self):
        result = run_script("-V")
        self.assertEqual(result.stdout.decode(), "%s %s\n" % (PROG, ds.__version__))

    def test_missing_dump_with_piped_input_says_use_dash(self):
        result = run_script(stdin=read(SAMPLE))
        self.assertOneLineError(result, code=2, text="use - to read standard input")

    def test_stats_carry_schema_and_tool_version(self):
        stats = json.loads(sample_output())["stats"]
        self.assertEqual((stats["schema_version"], stats["tool_version"]),
                         (ds.SCHEMA_VERSION, ds.__version__))

    def test_empty_languages_and_empty_dump_path(self):
        self.assertOneLineError(run_script(SAMPLE, "--languages", ""), code=2,
                                text="--languages")
        self.assertOneLineError(run_script(""), text="cannot open '': ")

    def test_script_is_executable(self):
        self.assertTrue(os.access(SCRIPT, os.X_OK))
        if shutil.which("git") and os.path.exists(os.path.join(ROOT, ".git")):
            listed = subprocess.run(["git", "ls-files", "-s", "dedupe_and_split.py"], cwd=ROOT,
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout
            if listed:
                self.assertTrue(listed.startswith(b"100755 "), listed)


class ReadmeSampleTest(unittest.TestCase):
    """The README shows the sample's real output."""

    def test_readme_output_block_is_the_real_output(self):
        with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as readme:
            text = readme.read()
        block = re.search(r"\$ python3 dedupe_and_split.py tests/data/sample_dump.txt\n(.*?)```",
                          text, re.S)
        self.assertIsNotNone(block, "the README shows no run on the sample")
        result = subprocess.run([sys.executable, "dedupe_and_split.py",
                                 "tests/data/sample_dump.txt"], cwd=ROOT, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, timeout=60)
        real = (result.stdout + result.stderr).decode().splitlines()
        shown = block.group(1).splitlines()
        self.assertEqual(len(shown), len(real))
        for shown_line, real_line in zip(shown, real):
            # Bodies are shortened with "..." in the README; everything else is exact.
            head, _, tail = shown_line.partition('..."')
            self.assertTrue(real_line.startswith(head), (shown_line, real_line))
            if tail:
                self.assertTrue(real_line.endswith('"' + tail), (shown_line, real_line))


if __name__ == "__main__":
    unittest.main()
