"""Hostile input and output: the script either gives correct output or one clear error line.

Every test runs the script as a subprocess on files written into a temporary directory.
DEDUPE_BIG_TESTS=1 also runs the test with a single line of 100 MB.
"""

import bz2
import gzip
import json
import lzma
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest

from tests.support import ErrorAssertions, SAMPLE, SCRIPT, eager_command, run_script

PROG = "dedupe_and_split.py"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
HINT = " (use --encoding or --errors replace)"
LEGACY_HINT = ": not UTF-8 but a single-byte encoding, it seems (use --encoding cp1252, or latin-1...)"
STRAY_HINT = ": valid UTF-8 up to here, one stray byte (use --errors replace)"


def write(path, data):
    """Write bytes (or UTF-8 text) to a file and return its path."""
    with open(path, "wb") as out:
        out.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def read(path):
    """The bytes of a file."""
    with open(path, "rb") as source:
        return source.read()


def distinct_articles(count):
    """A dump of `count` distinct articles, about 190 bytes each."""
    return "".join(
        "Headline number %d about the markets today\n\nThe body of article %d says several"
        " things about the economy and the weather, at some length, so there is text.\n\n"
        % (number, number) for number in range(count))


class HostileTestCase(ErrorAssertions):
    """A temporary folder per test, and assertions about errors."""

    def setUp(self):
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        self.folder = folder.name

    def path(self, name):
        """A path in the test's folder."""
        return os.path.join(self.folder, name)

    OLD_OUTPUT = b"precious old output\n"

    def make_old_output(self):
        """An existing output file alone in a folder of its own, for runs that must not harm it."""
        self.outdir = self.path("out")
        os.mkdir(self.outdir)
        self.out = write(os.path.join(self.outdir, "out.json"), self.OLD_OUTPUT)

    def assertOldOutputUntouched(self):
        """The old output is byte-identical and no temporary file is left beside it."""
        self.assertEqual(read(self.out), self.OLD_OUTPUT)
        self.assertEqual(os.listdir(self.outdir), ["out.json"])

    def assertNotJSON(self, data):
        """Standard output is not a document anyone could take for a result."""
        with self.assertRaises(ValueError):
            json.loads(data.decode("utf-8", "replace"))

    def run_ok(self, *args, stdin=None):
        """Run the script, insist on exit 0 and a clean stderr, return parsed JSON output."""
        result = run_script(*args, "-q", stdin=stdin)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, b"")
        return json.loads(result.stdout.decode("utf-8"))


class InvalidUtf8Test(HostileTestCase):

    def test_error_names_file_line_and_column(self):
        dump = write(self.path("dump.txt"), b"Title\n\nBody \xe9t\xe9.\n")
        result = run_script(dump)
        self.assertOneLineError(
            result, exact="%s:3: invalid UTF-8 byte 0xe9 at column 6%s" % (dump, LEGACY_HINT))
        self.assertNotJSON(result.stdout)

    def test_column_counts_characters_and_lines_count_carriage_returns(self):
        dump = write(self.path("dump.txt"), "Tïtle\r\r\nBody\rété \xff".encode("utf-8")
                     .replace(b"\xc3\xbf", b"\xff"))
        result = run_script(dump)
        self.assertOneLineError(
            result, exact="%s:4: invalid UTF-8 byte 0xff at column 5%s" % (dump, STRAY_HINT))

    def test_with_output_file_nothing_is_created_or_clobbered(self):
        dump = write(self.path("dump.txt"),
                     distinct_articles(50).encode() + b"Late title here\n\nbad \xff byte\n")
        new = self.path("new.json")
        result = run_script(dump, "-o", new)
        self.assertOneLineError(result, text="dump.txt:203: invalid UTF-8 byte 0xff at column 5")
        self.assertEqual(result.stdout, b"")
        self.assertFalse(os.path.exists(new))
        old = write(self.path("old.json"), b"precious")
        self.assertOneLineError(run_script(dump, "-o", old))
        self.assertEqual(read(old), b"precious")
        self.assertEqual(sorted(os.listdir(self.folder)), ["dump.txt", "old.json"])

    def test_errors_replace_counts_replaced_bytes(self):
        raw = b"T\xffitle one here\n\nBody \xe9\xe9 and \xe2\x82 cut.\n\nT\xc3\xa9 two\n\nOk.\n"
        output = self.run_ok(write(self.path("dump.txt"), raw), "--errors", "replace")
        # one lone byte, two lone bytes, one truncated two-byte sequence: 5 bytes, 4 U+FFFD
        self.assertEqual(output["stats"]["replaced_bytes"], 5)
        expected = raw.decode("utf-8", "replace").split("\n")
        articles = output["articles"]
        self.assertEqual([(a["title"], a["body"]) for a in articles],
                         [(expected[0], expected[2]), (expected[4], expected[6])])
        self.assertEqual(expected[2].count("\ufffd"), 3)
        summary = run_script(self.path("dump.txt"), "--errors", "replace").stderr
        self.assertIn(b"5 undecodable bytes replaced", summary)

    def test_clean_input_replaces_nothing(self):
        output = self.run_ok(SAMPLE, "--errors", "replace")
        self.assertEqual(output["stats"]["replaced_bytes"], 0)


class EncodingTest(HostileTestCase):

    def test_cp1252(self):
        text = "Caf\u00e9 cr\u00e8me \u20ac prices\n\nUn caf\u00e9 co\u00fbte \u201ctrop\u201d.\n"
        dump = write(self.path("dump.txt"), text.encode("cp1252"))
        self.assertOneLineError(run_script(dump), text="invalid UTF-8 byte 0x")
        article = self.run_ok(dump, "--encoding", "cp1252")["articles"][0]
        self.assertEqual((article["title"], article["body"]),
                         ("Caf\u00e9 cr\u00e8me \u20ac prices",
                          "Un caf\u00e9 co\u00fbte \u201ctrop\u201d."))

    def test_cp1252_undefined_byte_is_an_error(self):
        dump = write(self.path("dump.txt"), b"Title here\n\nA \x81 b.\n")
        self.assertOneLineError(run_script(dump, "--encoding", "cp1252"),
                                text="dump.txt:3: invalid cp1252 byte 0x81 at column 3")

    def test_utf16_with_every_line_ending(self):
        text = "\u041d\u043e\u0432\u043e\u0441\u0442\u0438 \u0434\u043d\u044f\r\n\r\n" \
               "Body one \U0001f600 \u05e9\u05dc\u05d5\u05dd.\rSecond line.\n\nTitle two\n\n\nB2.\n"
        for codec in ("utf-16", "utf-16-le", "utf-32"):
            raw = text.encode(codec) if codec != "utf-16-le" else b"\xff\xfe" + text.encode(codec)
            dump = write(self.path("dump.txt"), raw)
            articles = self.run_ok(dump, "--encoding", codec)["articles"]
            self.assertEqual(
                [(a["line"], a["title"], a["body"]) for a in articles],
                [(1, "\u041d\u043e\u0432\u043e\u0441\u0442\u0438 \u0434\u043d\u044f",
                  "Body one \U0001f600 \u05e9\u05dc\u05d5\u05dd.\nSecond line."),
                 (6, "Title two", "B2.")], codec)

    def test_utf16_errors(self):
        no_bom = write(self.path("nobom.txt"), b"T\x00i\x00\n\x00")
        self.assertOneLineError(run_script(no_bom, "--encoding", "utf-16"), text="nobom.txt:1:")
        lone = write(self.path("lone.txt"), "Title \ud800 x\n\nBody.\n".encode(
            "utf-16-le", "surrogatepass"))
        self.assertOneLineError(run_script(lone, "--encoding", "utf-16-le"),
                                text="lone.txt:1: invalid utf-16-le data")
        output = self.run_ok(lone, "--encoding", "utf-16-le", "--errors", "replace")
        self.assertEqual(output["articles"][0]["title"], "Title \ufffd x")
        self.assertEqual(output["stats"]["replaced_bytes"], 2)

    def test_codecs_that_decode_to_lone_surrogates(self):
        utf7 = write(self.path("utf7.txt"), b"Title one\n\nBody +2AA- here.\n")
        self.assertOneLineError(
            run_script(utf7, "--encoding", "utf-7"),
            exact="%s:3: invalid utf-7 data: lone surrogate U+D800 at column 6%s" % (utf7, HINT))
        output = self.run_ok(utf7, "--encoding", "utf-7", "--errors", "replace")
        self.assertEqual(output["articles"][0]["body"], "Body \ufffd here.")
        self.assertEqual(output["stats"]["replaced_bytes"], 1)
        escaped = write(self.path("escaped.txt"), b"Title \\ud83d x\n\nBody.\n")
        self.assertOneLineError(run_script(escaped, "--encoding", "unicode_escape"),
                                text="lone surrogate U+D83D")


class BinaryInputTest(HostileTestCase):

    def test_nul_byte(self):
        dump = write(self.path("dump.txt"), b"Title\n\nBody with a\x00NUL.\n")
        result = run_script(dump)
        self.assertOneLineError(result, text="dump.txt:3: NUL character at column 12")
        self.assertNotJSON(result.stdout)

    def test_binary_files_never_succeed(self):
        png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256))
        elf = b"\x7fELF\x02\x01\x01" + bytes(9) + bytes(range(256))
        for name, data in (("image.png", png), ("program", elf)):
            dump = write(self.path(name), data)
            for errors in ("strict", "replace"):
                result = run_script(dump, "--errors", errors)
                self.assertOneLineError(result, text=name + ":")
                self.assertNotJSON(result.stdout)

    def test_utf16_nul_character(self):
        dump = write(self.path("dump.txt"), "Title\n\nA\x00b.\n".encode("utf-16"))
        self.assertOneLineError(run_script(dump, "--encoding", "utf-16"),
                                text="dump.txt:3: NUL character at column 2")


class UnreadableInputTest(HostileTestCase):

    def test_missing_file(self):
        missing = self.path("no-such-dump.txt")
        self.assertOneLineError(run_script(missing), text="cannot open %s" % missing)

    def test_directory(self):
        self.assertOneLineError(run_script(self.folder), text="cannot open %s" % self.folder)

    @unittest.skipIf(IS_ROOT, "root can read any file")
    def test_no_read_permission(self):
        dump = write(self.path("secret.txt"), "Title\n\nBody.\n")
        os.chmod(dump, 0)
        self.assertOneLineError(run_script(dump), text="cannot open %s" % dump)

    def test_corrupt_and_truncated_compressed_files(self):
        text = read(SAMPLE) * 20
        packed = gzip.compress(text)
        cases = {
            "truncated.gz": packed[:len(packed) // 2],
            "header-only.gz": packed[:10],
            "magic-only.gz": b"\x1f\x8b",
            "garbage.gz": packed[:20] + bytes(range(256)) * 4,
            "bad-crc.gz": packed[:-8] + bytes(4) + packed[-4:],
            "truncated.bz2": bz2.compress(text)[:200],
            "garbage.xz": lzma.compress(text)[:30] + b"\xff" * 300,
        }
        for name, data in cases.items():
            result = run_script(write(self.path(name), data))
            self.assertOneLineError(result, text=name + ":")
            self.assertNotJSON(result.stdout)
        out = self.path("out.json")
        write(out, b"precious")
        self.assertOneLineError(run_script(self.path("truncated.gz"), "-o", out))
        self.assertEqual(read(out), b"precious")


class EmptyInputTest(HostileTestCase):

    def test_empty_and_blank_only(self):
        for name, data in (("empty.txt", b""), ("blank.txt", b"\n\n\n"),
                           ("spaces.txt", b"  \n\t\r\n \t \r\r\n\n"), ("bom.txt", b"\xef\xbb\xbf"),
                           ("bom-blank.txt", b"\xef\xbb\xbf\r\n \n")):
            dump = write(self.path(name), data)
            output = self.run_ok(dump)
            self.assertEqual(output["articles"], [], name)
            self.assertEqual(output["duplicates"], [], name)
            self.assertEqual(output["stats"]["articles_read"], 0, name)
            jsonl = run_script(dump, "--format", "jsonl")
            self.assertEqual((jsonl.returncode, jsonl.stdout), (0, b""), name)
            self.assertIn(b"0 articles read", jsonl.stderr)


class LongLineTest(HostileTestCase):

    def big_line_dump(self, size):
        """A dump whose body is one line of about `size` bytes in several scripts."""
        piece = "News \u043d\u043e\u0432\u043e\u0441\u0442\u0438 \u0395\u03bb\u03bb\u03ac\u03b4\u03b1" \
                " \u062e\u0628\u0631 \u65b0\u95fb \U0001f4f0 caf\u00e9 "
        repeat = size // len(piece.encode("utf-8")) + 1
        body = (piece * repeat).strip() + "."
        dump = self.path("big.txt")
        with open(dump, "w", encoding="utf-8", newline="") as out:
            out.write("Short title\r\n\r\n")
            out.write(body)
            out.write("\r\n\r\nNext title here\n\nSmall body.")
        return dump, body

    def test_five_megabyte_line(self):
        dump, body = self.big_line_dump(5 << 20)
        for args in ((), ("--format", "jsonl")):
            result = run_script(dump, "-q", *args)
            self.assertEqual(result.returncode, 0, result.stderr)
            text = result.stdout.decode("utf-8")
            articles = (json.loads(text)["articles"] if not args
                        else [json.loads(line) for line in text.splitlines()])
            self.assertEqual(len(articles), 2)
            self.assertEqual(articles[0]["title"], "Short title")
            self.assertTrue(articles[0]["body"] == body)  # not assertEqual: no 5 MB diff
            self.assertEqual(articles[1]["body"], "Small body.")

    @unittest.skipUnless(os.environ.get("DEDUPE_BIG_TESTS") == "1", "set DEDUPE_BIG_TESTS=1")
    def test_hundred_megabyte_line_in_proportional_memory(self):
        size = 100 << 20
        dump, body = self.big_line_dump(size)
        line_bytes = len(body.encode("utf-8"))
        text_bytes = sys.getsizeof(body)  # 4 bytes a character here: the line has emoji
        del body
        out = self.path("out.json")
        # The wrapper's RUSAGE_CHILDREN covers the script alone, not this test process.
        wrapper = ("import resource, subprocess, sys\n"
                   "code = subprocess.call(sys.argv[1:])\n"
                   "print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")
        report = subprocess.run([sys.executable, "-c", wrapper, sys.executable, SCRIPT, dump,
                                 "-q", "-o", out], stdout=subprocess.PIPE, check=True,
                                timeout=600).stdout.split()
        code, peak_kib = int(report[0]), int(report[1])
        self.assertEqual(code, 0)
        peak = peak_kib * 1024
        sys.stderr.write("\npeak RSS %.0f MB for a %.0f MB line (%.1fx) "
                         % (peak / 1e6, line_bytes / 1e6, peak / line_bytes))
        # Measured 622 MB for a 105 MB line (5.9x): the line as text, its JSON text and that
        # encoded as UTF-8, and the record. Two more copies of the line break the bound.
        self.assertLess(peak, 3 * text_bytes + 3 * line_bytes + (60 << 20))
        with open(out, encoding="utf-8") as result:
            article = json.load(result)["articles"][0]
        with open(dump, encoding="utf-8", newline="") as source:
            self.assertTrue(article["body"] == source.read().split("\r\n")[2])


class UnicodeTest(HostileTestCase):

    TITLES = [
        "Cafe\u0301 na\u0308ive Zo\u0308e: combining marks stay as written",
        "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd \u05d7\u05d3\u05e9\u05d5\u05ea \u05d4\u05d9\u05d5\u05dd",
        "\u0623\u062e\u0628\u0627\u0631 \u0627\u0644\u064a\u0648\u0645 \u0641\u064a \u0627\u0644\u0639\u0627\u0644\u0645",
        "Family \U0001f468\u200d\U0001f469\u200d\U0001f467 and flags \U0001f1eb\U0001f1f7\U0001f1fa\U0001f1e6",
        "Mixed \u202eRTL override\u202c and \u2066isolate\u2069 marks",
    ]
    BODIES = [
        "Line with a\u2028line separator and a\u2029paragraph separator inside.",
        "Next line \x85 in the middle, a BOM \ufeff here, and\u00a0no-break space.",
        "Escape \x1b[31mred\x1b[0m, delete \x7f, bell \x07, tab\tand form\x0cfeed.",
        "\u05d0\u05d1\u05d2 123 abc \u0627\u0644\u0639\u0631\u0628\u064a\u0629 \U0001f600\U0001f3fd.\nSecond line \U0001d11e \U0010fffd.",
        "Quotes \" and backslash \\ and slash / and \\u0041 written out.",
    ]

    def dump_text(self):
        """Every title with every body, separated the usual way."""
        return "".join("%s\n\n%s\n\n" % (title, body)
                       for title in self.TITLES for body in self.BODIES[:1]) + \
            "".join("Title %d for a body\n\n%s\n\n" % (number, body)
                    for number, body in enumerate(self.BODIES))

    def expected(self):
        """(title, body) of every article of dump_text."""
        return [(title, self.BODIES[0]) for title in self.TITLES] + \
            [("Title %d for a body" % number, body) for number, body in enumerate(self.BODIES)]

    def test_text_comes_back_exactly(self):
        dump = write(self.path("dump.txt"), self.dump_text())
        for layout in ("auto", "pairs"):
            result = run_script(dump, "-q", "--layout", layout)
            self.assertEqual(result.returncode, 0, result.stderr)
            text = result.stdout.decode("utf-8")  # strict: raises on invalid UTF-8
            output = json.loads(text)
            self.assertEqual([(a["title"], a["body"]) for a in output["articles"]],
                             self.expected(), layout)
            # U+2028, U+2029 and U+0085 are not line breaks: line numbers count \n only
            lines = self.dump_text().split("\n")
            self.assertEqual([a["line"] for a in output["articles"]],
                             [lines.index(title) + 1 for title, _ in self.expected()])

    def test_jsonl_lines_split_on_newline_only(self):
        dump = write(self.path("dump.txt"), self.dump_text())
        result = run_script(dump, "-q", "--format", "jsonl")
        lines = result.stdout.decode("utf-8").split("\n")
        self.assertEqual(lines[-1], "")
        self.assertEqual([(json.loads(line)["title"], json.loads(line)["body"])
                          for line in lines[:-1]], self.expected())

    @unittest.skipUnless(shutil.which("jq"), "jq is not installed")
    def test_jq_reads_the_same_text(self):
        dump = write(self.path("dump.txt"), self.dump_text())
        result = run_script(dump, "-q")
        jq = subprocess.run([shutil.which("jq"), "-c", "[.articles[] | [.title, .body]]"],
                            input=result.stdout, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, check=True)
        self.assertEqual([tuple(pair) for pair in json.loads(jq.stdout.decode("utf-8"))],
                         self.expected())
        raw = subprocess.run([shutil.which("jq"), "-j", ".articles[] | .title, \"\\u0000\","
                              " .body, \"\\u0000\""], input=result.stdout,
                             stdout=subprocess.PIPE, check=True).stdout
        parts = raw.decode("utf-8").split("\x00")[:-1]
        self.assertEqual(list(zip(parts[::2], parts[1::2])), self.expected())


class OutputFailureTest(HostileTestCase):

    def setUp(self):
        super().setUp()
        self.dump = write(self.path("dump.txt"), distinct_articles(2000))  # about 380 kB
        self.make_old_output()

    def test_output_folder_does_not_exist(self):
        target = self.path("missing/out.json")
        self.assertOneLineError(run_script(self.dump, "-o", target),
                                text="cannot write %s" % target)
        self.assertFalse(os.path.exists(self.path("missing")))

    @unittest.skipIf(IS_ROOT, "root can write into a read-only folder")
    def test_read_only_folder(self):
        os.chmod(self.outdir, 0o555)
        self.addCleanup(os.chmod, self.outdir, 0o755)
        self.assertOneLineError(run_script(self.dump, "-o", self.out),
                                text="cannot write %s" % self.out)
        self.assertOldOutputUntouched()

    @unittest.skipUnless(hasattr(signal, "SIGXFSZ"), "needs RLIMIT_FSIZE")
    def test_disk_full(self):
        import resource

        def small_files():
            """Files may not grow past 64 kB; writing more fails with EFBIG."""
            resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)

        for output_format in ("json", "jsonl"):
            result = subprocess.run(
                [sys.executable, SCRIPT, self.dump, "-o", self.out, "--format", output_format],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=small_files,
                timeout=120)
            self.assertOneLineError(result, text="cannot write %s" % self.out)
            self.assertOldOutputUntouched()

    @unittest.skipUnless(os.path.exists("/dev/full"), "needs /dev/full")
    def test_standard_output_full(self):
        for args in ((), ("--format", "jsonl")):
            with open("/dev/full", "wb") as full:
                result = subprocess.run([sys.executable, SCRIPT, self.dump] + list(args),
                                        stdout=full, stderr=subprocess.PIPE, timeout=120)
            self.assertOneLineError(result, text="cannot write standard output")


class InterruptTest(HostileTestCase):
    """Ctrl-C: exit 130, no traceback, the old output untouched, no temporary file."""

    def setUp(self):
        super().setUp()
        self.make_old_output()

    def assertInterrupted(self, process):
        """The process ended as an interrupted run should."""
        stderr = process.communicate(timeout=60)[1].decode("utf-8", "replace")
        self.assertEqual(process.returncode, 130, stderr)
        self.assertNotIn("Traceback", stderr)
        self.assertEqual(stderr.strip(), PROG + ": interrupted")
        self.assertOldOutputUntouched()

    def wait_for_output(self, process, size=1):
        """Wait until the temporary output file holds at least `size` bytes."""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            for name in os.listdir(self.outdir):
                if name.endswith(".tmp") and os.path.getsize(
                        os.path.join(self.outdir, name)) >= size:
                    return
            time.sleep(0.01)
        self.fail("the script never started writing (exit %s)" % process.poll())

    def interrupt_big_run(self, jobs, whole_group):
        """Start a long run, send SIGINT once it is writing, and check the outcome."""
        dump = self.path("big.txt")
        with open(dump, "w", encoding="utf-8") as out:
            out.write(distinct_articles(100000))  # about 19 MB: a few seconds of work
        # Workers from the first article: this dump is below the size where the script
        # starts them.
        process = subprocess.Popen(
            eager_command(dump, "-o", self.out, "--jobs", str(jobs)),
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
        self.addCleanup(self.kill_group, process)
        self.wait_for_output(process)
        if whole_group:  # what the terminal does on Ctrl-C
            os.killpg(process.pid, signal.SIGINT)
        else:
            process.send_signal(signal.SIGINT)
        self.assertInterrupted(process)

    @staticmethod
    def kill_group(process):
        """Make sure nothing of a failed test keeps running."""
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    def test_interrupt_while_writing(self):
        self.interrupt_big_run(jobs=1, whole_group=True)

    def test_interrupt_while_writing_with_jobs(self):
        self.interrupt_big_run(jobs=2, whole_group=False)

    def test_terminal_interrupt_with_jobs(self):
        self.interrupt_big_run(jobs=2, whole_group=True)

    def test_interrupt_while_waiting_for_input(self):
        process = subprocess.Popen([sys.executable, SCRIPT, "-", "-o", self.out],
                                   stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE)
        self.addCleanup(lambda: process.poll() is None and process.kill())
        process.stdin.write(distinct_articles(20).encode())
        process.stdin.flush()
        deadline = time.monotonic() + 30
        while not any(name.endswith(".tmp") for name in os.listdir(self.outdir)):
            self.assertLess(time.monotonic(), deadline, "no temporary file was created")
            time.sleep(0.01)
        time.sleep(0.2)  # let it read what is there and block on the open pipe
        process.send_signal(signal.SIGINT)
        self.assertInterrupted(process)


class BrokenPipeTest(HostileTestCase):

    def test_head_closes_the_pipe(self):
        dump = write(self.path("big.txt"), distinct_articles(20000))  # about 4 MB
        err = self.path("err.txt")
        for args in ("", "--format jsonl", "--jobs 2"):
            command = ('"$0" "$1" "$2" %s 2>"$3" | head -c 100 >/dev/null;'
                       ' echo "${PIPESTATUS[0]}"' % args)
            status = subprocess.run(["bash", "-c", command, sys.executable, SCRIPT, dump, err],
                                    stdout=subprocess.PIPE, timeout=120).stdout
            stderr = read(err)
            self.assertEqual(status.strip(), b"0", (args, stderr))
            self.assertNotIn(b"Traceback", stderr, args)
            self.assertNotIn(b"error", stderr, args)


if __name__ == "__main__":
    unittest.main()
