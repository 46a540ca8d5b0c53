"""--jobs, bounded memory and the progress display: what a user of a big dump relies on."""

import io
import multiprocessing
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import unittest
from unittest import mock

from tests.support import SCRIPT, data, read_terminal, run_eager, run_script
import dedupe_and_split as ds


def multilingual_dump(articles, seed):
    """A dump of articles in many languages with repeats, built from the language fixture."""
    rng = random.Random(seed)
    texts = []
    with open(data("languages.tsv"), encoding="utf-8") as fixture:
        for row in fixture:
            code, _, text = row.rstrip("\n").split("\t")
            texts.append(text)
    made, parts = [], []
    for number in range(articles):
        if made and rng.random() < 0.15:
            title, body = rng.choice(made)
        else:
            body = "\n\n".join(rng.sample(texts, rng.randint(1, 3)))
            title = "Article %d: %s" % (number, rng.choice(texts).split(".")[0][:60].rstrip(" ,"))
            made.append((title, body))
        parts.append("%s\n\n%s\n\n" % (title, body))
    return "".join(parts).encode("utf-8")


class JobsTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.directory = tempfile.TemporaryDirectory()
        cls.dump = os.path.join(cls.directory.name, "dump.txt")
        with open(cls.dump, "wb") as out:
            out.write(multilingual_dump(600, seed=3))

    @classmethod
    def tearDownClass(cls):
        cls.directory.cleanup()

    def run_ok(self, *args):
        # Workers from the first article: this dump is far below JOBS_MIN_BYTES.
        result = (run_eager if "--jobs" in args else run_script)(self.dump, *args)
        self.assertEqual(result.returncode, 0, result.stderr)
        return result

    def test_jobs_output_is_byte_identical(self):
        single = self.run_ok("--jobs", "1")
        for jobs in ("2", "3", "0"):
            with self.subTest(jobs=jobs):
                parallel = self.run_ok("--jobs", jobs)
                self.assertEqual(parallel.stdout, single.stdout)
                self.assertEqual(parallel.stderr, single.stderr)

    def test_jobs_jsonl_is_byte_identical(self):
        self.assertEqual(self.run_ok("--jobs", "2", "--format", "jsonl").stdout,
                         self.run_ok("--format", "jsonl").stdout)

    def test_jobs_with_output_file_and_languages(self):
        out = os.path.join(self.directory.name, "out.json")
        self.run_ok("--jobs", "2", "-o", out, "--languages", "en,fr,de")
        with open(out, "rb") as written:
            self.assertEqual(written.read(),
                             self.run_ok("--languages", "en,fr,de").stdout)

    def test_jobs_report_input_errors_like_one_process(self):
        bad = os.path.join(self.directory.name, "bad.txt")
        with open(bad, "wb") as out:
            out.write(multilingual_dump(300, seed=4) + b"Title\n\nbody \xff here\n")
        single = run_script(bad, "--jobs", "1")
        parallel = run_eager(bad, "--jobs", "2")
        self.assertEqual(parallel.returncode, 1)
        self.assertEqual(parallel.stderr, single.stderr)
        self.assertIn(b"invalid UTF-8 byte 0xff", parallel.stderr)

    def test_negative_jobs_is_a_usage_error(self):
        result = run_script(self.dump, "--jobs", "-1")
        self.assertEqual(result.returncode, 2)


class WorkerTest(unittest.TestCase):
    """The worker loop and what the main process makes of its answers, in one process."""

    def run_worker(self, messages):
        """Send messages to _guess_worker in a thread; return what it answered."""
        main_end, worker_end = multiprocessing.Pipe()
        worker = threading.Thread(target=ds._guess_worker, args=(worker_end, None))
        with mock.patch("signal.signal"):  # only the main thread may set signal handlers
            worker.start()
            answers = []
            for message in messages:
                main_end.send(message)
                if message is not None:
                    answers.append(main_end.recv())
            worker.join(timeout=30)
        self.assertFalse(worker.is_alive(), "the worker did not stop on None")
        return answers

    def test_worker_guesses_each_list_and_stops_on_none(self):
        samples = ["The cat is on the table and it will not leave it.",
                   "Le chat est sur la table et il ne veut pas la quitter."]
        answers = self.run_worker([samples, samples[:1], None])
        self.assertEqual(answers, [ds.guess_languages(samples), ds.guess_languages(samples[:1])])

    def test_a_failure_in_the_worker_comes_back_as_an_error(self):
        answers = self.run_worker([[None], None])
        self.assertIsInstance(answers[0], ds.WorkerError)
        main_end, worker_end = multiprocessing.Pipe()
        worker_end.send(answers[0])
        with self.assertRaises(ds.WorkerError):
            ds._answer(main_end)

    def test_a_worker_that_died_is_an_error(self):
        main_end, worker_end = multiprocessing.Pipe()
        worker_end.close()
        with self.assertRaisesRegex(ds.WorkerError, "stopped unexpectedly"):
            ds._answer(main_end)


class WorkerInputTest(unittest.TestCase):
    """What the workers are given: bounded chunks of bounded samples."""

    def test_workers_unit_of_work_guesses_like_the_main_process(self):
        articles = [ds.Article(1, "Titre", "Le chat est sur la table et il dort.", 1),
                    ds.Article(3, "Title", "The cat is on the table and it sleeps.", 1)]
        encoded = list(ds.encode_articles(articles))
        alone = list(ds.tag_languages(enumerate(encoded, 1)))
        self.assertEqual(ds.guess_languages([a.sample for a in encoded]),
                         [(record.language, record.confidence) for record in alone])
        self.assertEqual([record.language for record in alone], ["fr", "en"])

    def test_chunks_are_bounded(self):
        chunks = list(ds._chunks(range(300), max_items=64))
        self.assertEqual(sum(chunks, []), list(range(300)))
        self.assertEqual([len(chunk) for chunk in chunks], [64, 64, 64, 64, 44])

    def test_workers_get_bounded_samples(self):
        articles = (ds.Article(n, "T", "x " * 50000, 1) for n in range(1000))
        unique = enumerate(ds.encode_articles(articles), 1)
        for chunk in ds._chunks(unique):
            self.assertLessEqual(len(chunk), 128)
            samples = [article.sample for _, article in chunk]
            self.assertLessEqual(max(map(len, samples)), ds.LANGUAGE_SAMPLE_CHARS + 2)


class ProgressTest(unittest.TestCase):

    def test_progress_line_shows_bytes_rate_and_articles(self):
        reader = ds.ReadCounter()
        reader.bytes_read = 5_000_000
        stream = io.StringIO()
        progress = ds.Progress(reader, stream=stream, interval=0)
        self.assertEqual(sum(1 for _ in progress.track(range(200))), 200)
        shown = stream.getvalue()
        self.assertIn("5 MB read", shown)
        self.assertIn("MB/s", shown)
        self.assertIn("192 articles", shown)
        self.assertTrue(shown.endswith("\r\x1b[K"), "the line is cleared at the end")

    def test_no_progress_when_stderr_is_not_a_terminal(self):
        result = run_script(data("sample_dump.txt"))
        self.assertEqual(result.returncode, 0)
        self.assertNotIn(b"\r", result.stderr)
        self.assertEqual(len(result.stderr.splitlines()), 1)

    @unittest.skipUnless(sys.platform.startswith("linux"), "needs a pseudo-terminal")
    def test_progress_on_a_terminal_and_no_progress_option(self):
        import pty
        dump = multilingual_dump(3000, seed=5)
        for options, expected in (([], True), (["--no-progress"], False)):
            primary, secondary = pty.openpty()
            try:
                process = subprocess.Popen([sys.executable, SCRIPT, "-"] + options,
                                           stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                           stderr=secondary)
                os.close(secondary)
                half = len(dump) // 2
                process.stdin.write(dump[:half])
                process.stdin.flush()
                time.sleep(1.2)  # a slow source: the display has time to appear
                process.stdin.write(dump[half:])
                process.stdin.close()
                shown = read_terminal(primary)
                self.assertEqual(process.wait(timeout=60), 0)
            finally:
                os.close(primary)
            with self.subTest(options=options):
                self.assertEqual(b"MB read" in shown, expected, shown[-300:])
                self.assertIn(b"articles read", shown)


if __name__ == "__main__":
    unittest.main()
