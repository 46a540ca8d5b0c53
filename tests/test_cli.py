"""End-to-end tests: the script run as a subprocess on fixture files, as a user runs it."""

import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

from tests.support import ErrorAssertions, SAMPLE, SCRIPT, data, run_json, run_script

ARTICLE_KEYS = {"id": int, "input": str, "line": int, "digest": str, "title": str, "body": str,
                "language": str, "language_confidence": (int, float)}


class SampleDumpTest(unittest.TestCase):
    """The user's own sample: 5 articles, 2 exact duplicates, English and French."""

    @classmethod
    def setUpClass(cls):
        cls.output, cls.stderr = run_json(SAMPLE)

    def test_three_articles_in_english_french_french(self):
        articles = self.output["articles"]
        self.assertEqual([a["id"] for a in articles], [1, 2, 3])
        self.assertEqual([a["line"] for a in articles], [1, 9, 13])
        self.assertEqual([a["language"] for a in articles], ["en", "fr", "fr"])
        self.assertEqual(articles[0]["title"], "US to withdraw some 1,000 troops from Syria")
        self.assertEqual(articles[1]["title"], "L1: battu à Rennes, Nantes peut trembler")
        self.assertTrue(articles[2]["body"].startswith("Le président américain Donald Trump"))
        self.assertTrue(articles[2]["body"].endswith("des sites “militaires ukrainiens”."))

    def test_duplicates_point_at_the_kept_copy(self):
        digests = [a["digest"] for a in self.output["articles"]]
        pointer = {"seen_input": None, "seen_line": None, "seen_at": None}
        self.assertEqual(self.output["duplicates"],
                         [dict(input=SAMPLE, line=5, digest=digests[0], duplicate_of=1, **pointer),
                          dict(input=SAMPLE, line=17, digest=digests[2], duplicate_of=3,
                               **pointer)])

    def test_stats(self):
        stats = self.output["stats"]
        self.assertEqual(stats["inputs"], [SAMPLE])
        self.assertEqual(stats["articles_read"], 5)
        self.assertEqual(stats["articles_written"], 3)
        self.assertEqual(stats["duplicates_dropped"], 2)
        self.assertEqual(stats["empty_bodies"], 0)
        self.assertEqual(stats["multi_paragraph_bodies"], 0)
        self.assertEqual(stats["languages"], {"fr": 2, "en": 1})

    def test_every_key_present_with_its_type(self):
        for article in self.output["articles"]:
            self.assertEqual(set(article), set(ARTICLE_KEYS))
            for key, kind in ARTICLE_KEYS.items():
                self.assertIsInstance(article[key], kind, key)
            self.assertGreaterEqual(article["language_confidence"], 0)
            self.assertLessEqual(article["language_confidence"], 1)

    def test_bodies_are_the_input_text_exactly(self):
        with open(SAMPLE, encoding="utf-8") as dump:
            lines = dump.read().split("\n")
        articles = self.output["articles"]
        self.assertEqual(articles[0]["body"], lines[2])
        self.assertEqual(articles[1]["body"], lines[10])
        self.assertEqual(articles[2]["body"], lines[14])

    def test_summary_line_on_stderr(self):
        self.assertEqual(self.stderr.count("\n"), 1)
        self.assertIn("5 articles read, 3 written, 2 duplicates dropped", self.stderr)
        self.assertIn("fr 2, en 1", self.stderr)

    def test_non_ascii_written_as_itself(self):
        result = run_script(SAMPLE, "-q")
        self.assertIn("à Rennes".encode("utf-8"), result.stdout)
        self.assertNotIn(b"\\u00e0", result.stdout)
        self.assertEqual(result.stderr, b"")

    def test_pairs_layout_gives_the_same_result(self):
        pairs, _ = run_json(SAMPLE, "--layout", "pairs")
        self.assertEqual(pairs, self.output)

    @unittest.skipUnless(shutil.which("jq"), "jq is not installed")
    def test_jq_reads_it_unchanged_in_meaning(self):
        result = run_script(SAMPLE, "-q")
        jq = subprocess.run(["jq", "."], input=result.stdout, stdout=subprocess.PIPE, check=True)
        self.assertEqual(json.loads(jq.stdout), self.output)
        titles = subprocess.run(
            ["jq", "-r", '.articles[] | select(.language == "fr") | .title'],
            input=result.stdout, stdout=subprocess.PIPE, check=True)
        self.assertEqual(titles.stdout.decode().splitlines(),
                         [a["title"] for a in self.output["articles"][1:]])


class InputVariantsTest(unittest.TestCase):
    """Line endings, BOM, compression and stdin all give the sample's result."""

    @classmethod
    def setUpClass(cls):
        cls.expected, _ = run_json(SAMPLE, "-q")

    def assertSameArticles(self, output):
        """Equal but for the input's name."""
        for key in ("articles", "duplicates"):
            self.assertEqual([dict(record, input=None) for record in output[key]],
                             [dict(record, input=None) for record in self.expected[key]])

    def test_crlf_and_bom(self):
        output, _ = run_json(data("sample_dump_crlf_bom.txt"))
        self.assertSameArticles(output)
        self.assertFalse(output["articles"][0]["title"].startswith("\ufeff"))

    def test_old_mac_line_endings(self):
        output, _ = run_json(data("sample_dump_cr.txt"))
        self.assertSameArticles(output)

    def test_gzip_file(self):
        output, _ = run_json(data("sample_dump.txt.gz"))
        self.assertSameArticles(output)

    def test_bzip2_and_xz_files(self):
        import bz2
        import lzma
        with open(SAMPLE, "rb") as dump:
            text = dump.read()
        with tempfile.TemporaryDirectory() as folder:
            for suffix, compress in ((".bz2", bz2.compress), (".xz", lzma.compress)):
                path = os.path.join(folder, "dump.txt" + suffix)
                with open(path, "wb") as out:
                    out.write(compress(text))
                output, _ = run_json(path)
                self.assertSameArticles(output)

    def test_stdin(self):
        with open(SAMPLE, "rb") as dump:
            output, _ = run_json("-", stdin=dump.read())
        self.assertSameArticles(output)
        self.assertEqual(output["stats"]["inputs"], ["<stdin>"])
        self.assertEqual({a["input"] for a in output["articles"]}, {"<stdin>"})

    def test_gzip_on_stdin(self):
        with open(SAMPLE, "rb") as dump:
            output, _ = run_json("-", stdin=gzip.compress(dump.read()))
        self.assertSameArticles(output)

    def test_extra_blank_lines_and_surrounding_whitespace(self):
        output, _ = run_json(data("extra_blank_lines.txt"))
        self.assertEqual(
            [(a["line"], a["title"], a["body"]) for a in output["articles"]],
            [(4, "First title here",
              "The first body, with a sentence that ends properly."),
             (11, "Second title here",
              "The second body has leading spaces and trailing ones.")])

    def test_title_at_end_of_file_gets_an_empty_body(self):
        output, _ = run_json(data("title_at_end.txt"))
        last = output["articles"][-1]
        self.assertEqual((last["line"], last["title"], last["body"]),
                         (5, "A late headline with no body yet", ""))
        self.assertEqual(output["stats"]["empty_bodies"], 1)

    def test_empty_input(self):
        output, _ = run_json("-", stdin=b"")
        self.assertEqual(output["articles"], [])
        self.assertEqual(output["duplicates"], [])
        self.assertEqual(output["stats"]["articles_read"], 0)


class OutputTest(unittest.TestCase):
    """-o, --format jsonl, and what goes to stdout and stderr."""

    def setUp(self):
        self.folder = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.folder)

    def test_output_file(self):
        path = os.path.join(self.folder, "out.json")
        result = run_script(SAMPLE, "-o", path)
        self.assertEqual(result.returncode, 0)
        self.assertEqual(result.stdout, b"")
        expected, _ = run_json(SAMPLE)
        with open(path, encoding="utf-8") as out:
            self.assertEqual(json.load(out), expected)
        self.assertEqual(os.listdir(self.folder), ["out.json"])

    def test_output_file_replaces_an_existing_one(self):
        path = os.path.join(self.folder, "out.json")
        with open(path, "w") as out:
            out.write("old")
        os.chmod(path, 0o640)
        self.assertEqual(run_script(SAMPLE, "-o", path, "-q").returncode, 0)
        with open(path, encoding="utf-8") as out:
            self.assertEqual(len(json.load(out)["articles"]), 3)
        self.assertEqual(os.stat(path).st_mode & 0o777, 0o640)

    def test_refuses_to_overwrite_the_input(self):
        path = os.path.join(self.folder, "dump.txt")
        shutil.copy(SAMPLE, path)
        result = run_script(path, "-o", path)
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"is the input file", result.stderr)
        with open(path, "rb") as dump, open(SAMPLE, "rb") as sample:
            self.assertEqual(dump.read(), sample.read())

    def test_failed_run_leaves_existing_output_untouched(self):
        path = os.path.join(self.folder, "out.json")
        with open(path, "w") as out:
            out.write("precious")
        result = run_script("-", "-o", path, stdin=b"Title\n\nbad \xff byte\n")
        self.assertEqual(result.returncode, 1)
        with open(path) as out:
            self.assertEqual(out.read(), "precious")
        self.assertEqual(os.listdir(self.folder), ["out.json"])

    def test_jsonl(self):
        result = run_script(SAMPLE, "--format", "jsonl")
        self.assertEqual(result.returncode, 0)
        lines = result.stdout.decode("utf-8").splitlines()
        expected, _ = run_json(SAMPLE)
        self.assertEqual([json.loads(line) for line in lines], expected["articles"])
        self.assertIn(b"2 duplicates dropped", result.stderr)

    def test_quiet(self):
        result = run_script(SAMPLE, "-q")
        self.assertEqual(result.stderr, b"")
        json.loads(result.stdout)

    def test_reader_closing_the_pipe_early_is_quiet(self):
        big = os.path.join(self.folder, "big.txt")
        with open(SAMPLE, encoding="utf-8") as dump:
            text = dump.read()
        with open(big, "w", encoding="utf-8") as out:
            for copy in range(300):  # distinct articles, about 4 MB: more than a pipe holds
                out.write(text.replace("Syria", "Syria %d" % copy) + "\n\n")
        process = subprocess.Popen([sys.executable, SCRIPT, big], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE)
        process.stdout.read(100)
        process.stdout.close()
        stderr = process.stderr.read()
        process.stderr.close()
        process.wait(timeout=60)
        self.assertEqual(process.returncode, 0)
        self.assertNotIn(b"Traceback", stderr)
        self.assertNotIn(b"error", stderr)


class CommandLineTest(ErrorAssertions):

    expect_empty_stdout = True
    """Options, usage errors and exit codes."""

    def test_version_and_help(self):
        version = run_script("--version")
        self.assertEqual(version.returncode, 0)
        self.assertIn(b"dedupe_and_split.py", version.stdout)
        self.assertEqual(run_script("--help").returncode, 0)

    def test_usage_errors_exit_2(self):
        self.assertOneLineError(run_script(), 2, "DUMP")
        self.assertOneLineError(run_script(SAMPLE, "--format", "xml"), 2, "--format")
        self.assertOneLineError(run_script(SAMPLE, "--encoding", "nope"), 2, "nope")
        self.assertOneLineError(run_script(SAMPLE, "--max-title-chars", "0"), 2,
                                "--max-title-chars")

    def test_missing_file_exits_1(self):
        self.assertOneLineError(run_script("no/such/dump.txt"), 1, "no/such/dump.txt")

    def test_invalid_utf8_names_line_and_column(self):
        result = run_script("-", stdin=b"Title\n\nBody \xe9t\xe9.\n")
        # Standard output is a stream: what came before the bad line may have gone out.
        self.assertOneLineError(result, 1, "<stdin>:3: invalid UTF-8 byte 0xe9 at column 6",
                                stdout_empty=False)

    def test_encoding_option(self):
        output, _ = run_json("-", "--encoding", "cp1252",
                             stdin="Caf\u00e9 du jour\n\nUn caf\u00e9.\n".encode("cp1252"))
        self.assertEqual(output["articles"][0]["title"], "Caf\u00e9 du jour")

