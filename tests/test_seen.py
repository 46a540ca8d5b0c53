"""Dedup across dumps, runs and machines: several inputs, digests, the seen store, audit mode.

Every behaviour is checked end to end, running the script as a user does; the store is
inspected with the standard library's sqlite3, as a user would with the sqlite3 shell.
"""

import gzip
import hashlib
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import unittest

from tests.support import ROOT, SCRIPT, ErrorAssertions, run_script
import dedupe_and_split as ds

ARTICLE_KEYS = ["id", "input", "line", "digest", "title", "body", "language",
                "language_confidence"]
POINTER_KEYS = ["duplicate_of", "seen_input", "seen_line", "seen_at"]
DUPLICATE_KEYS = ["input", "line", "digest"] + POINTER_KEYS

SENTENCES = ["The council met on Monday to discuss the new budget for the city.",
             "Le conseil s'est réuni lundi pour discuter du nouveau budget de la ville.",
             "Der Rat traf sich am Montag, um über den neuen Haushalt der Stadt zu beraten.",
             "El consejo se reunió el lunes para hablar del nuevo presupuesto de la ciudad."]


def article(number):
    """The text of article number N: a title line, a blank line, a body."""
    return "Headline number %d about the budget\n\n%s Item %d.\n\n" % (
        number, SENTENCES[number % len(SENTENCES)], number)


def dump(*numbers):
    """A dump of the given articles, in that order (a number twice is an exact duplicate)."""
    return "".join(article(number) for number in numbers).encode("utf-8")


def expected_digest(title, body):
    """The documented digest: SHA-256 of the JSON strings of title and body, first 16 bytes."""
    data = (json.dumps(title, ensure_ascii=False) + json.dumps(body, ensure_ascii=False))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:32]


def store_rows(path):
    """Everything a store holds, in a stable order, after SQLite's own recovery."""
    connection = sqlite3.connect(path)
    try:
        check = connection.execute("PRAGMA integrity_check").fetchone()[0]
        return check, [connection.execute("SELECT * FROM %s ORDER BY 1" % table).fetchall()
                       for table in ("runs", "inputs", "seen")]
    finally:
        connection.close()


class Folder(ErrorAssertions):
    """A test with a temporary folder and helpers to write dumps and run the script in it."""

    expect_empty_stdout = True

    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.addCleanup(self.folder.cleanup)

    def path(self, name):
        return os.path.join(self.folder.name, name)

    def write(self, name, data, compress=False):
        with open(self.path(name), "wb") as out:
            out.write(gzip.compress(data) if compress else data)
        return self.path(name)

    def run_ok(self, *args, stdin=None):
        """Run the script, insist on success, return the parsed JSON (or JSON Lines)."""
        result = run_script(*args, stdin=stdin)
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        text = result.stdout.decode("utf-8")
        if "jsonl" in args:
            return [json.loads(line) for line in text.splitlines()]
        return json.loads(text)


class DigestTest(Folder):

    def test_digest_is_the_documented_hash_and_the_dedup_identity(self):
        path = self.write("a.txt", dump(1, 2, 1, 3))
        output = self.run_ok(path)
        for record in output["articles"]:
            self.assertRegex(record["digest"], "^[0-9a-f]{32}$")
            self.assertEqual(record["digest"], expected_digest(record["title"], record["body"]))
        self.assertEqual(len({a["digest"] for a in output["articles"]}), 3)
        duplicate, = output["duplicates"]
        self.assertEqual(duplicate["digest"], output["articles"][0]["digest"])

    def test_digest_is_the_same_across_runs_jobs_layouts_and_inputs(self):
        path = self.write("a.txt", dump(1, 2, 3))
        gzipped = self.write("b.txt.gz", dump(1, 2, 3), compress=True)
        runs = [self.run_ok(path), self.run_ok(path, "--jobs", "2"),
                self.run_ok(path, "--layout", "pairs"), self.run_ok(gzipped),
                {"articles": self.run_ok(path, "--format", "jsonl")}]
        digests = [[a["digest"] for a in run["articles"]] for run in runs]
        self.assertEqual(digests, [digests[0]] * len(runs))


class SeveralInputsTest(Folder):

    def test_inputs_are_one_stream_deduplicated_across_them(self):
        first = self.write("a.txt", dump(1, 2))
        second = self.write("b.txt.gz", dump(2, 3, 1), compress=True)
        third = self.write("c.txt", dump(4, 3))
        output = self.run_ok(first, second, third)
        self.assertEqual([(a["input"], a["line"], a["id"]) for a in output["articles"]],
                         [(first, 1, 1), (first, 5, 2), (second, 5, 3), (third, 1, 4)])
        self.assertEqual([(d["input"], d["line"], d["duplicate_of"])
                          for d in output["duplicates"]],
                         [(second, 1, 2), (second, 9, 1), (third, 5, 3)])
        self.assertEqual(output["stats"]["inputs"], [first, second, third])
        self.assertEqual(output["stats"]["articles_read"], 7)
        # The same articles as one run over the concatenated dump.
        whole = self.run_ok(self.write("all.txt", dump(1, 2, 2, 3, 1, 4, 3)))
        self.assertEqual([(a["title"], a["body"], a["digest"]) for a in output["articles"]],
                         [(a["title"], a["body"], a["digest"]) for a in whole["articles"]])

    def test_stdin_among_the_inputs(self):
        first = self.write("a.txt", dump(1))
        output = self.run_ok(first, "-", stdin=dump(1, 2))
        self.assertEqual([(a["input"], a["line"]) for a in output["articles"]],
                         [(first, 1), ("<stdin>", 5)])
        self.assertEqual(output["duplicates"][0]["input"], "<stdin>")

    def test_stdin_twice_is_a_usage_error(self):
        result = run_script("-", "-", stdin=dump(1))
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"standard input (-) can be read only once", result.stderr)

    def test_a_missing_later_input_fails_before_any_output(self):
        first = self.write("a.txt", dump(1, 2))
        missing = self.path("missing.txt")
        self.assertOneLineError(run_script(first, missing), text="cannot open %s" % missing)
        folder = self.path("folder")
        os.mkdir(folder)
        out = self.path("out.json")
        self.assertOneLineError(run_script(first, folder, "-o", out),
                                text="cannot open %s" % folder)
        self.assertFalse(os.path.exists(out))

    def test_an_error_in_a_later_input_names_that_input(self):
        first = self.write("a.txt", dump(1, 2))
        bad = self.write("bad.txt", dump(3) + b"Title\n\nbody \xff here\n")
        result = run_script(first, bad, "-o", self.path("out.json"))
        self.assertEqual(result.returncode, 1)
        self.assertIn(("%s:7: invalid UTF-8" % bad).encode(), result.stderr)
        self.assertEqual(sorted(os.listdir(self.folder.name)), ["a.txt", "bad.txt"])

    def test_output_may_not_be_the_store(self):
        store = self.path("seen.db")
        path = self.write("a.txt", dump(1))
        self.run_ok("--seen", store, path)
        before = store_rows(store)
        for args in (["-o", store], ["--report", store]):
            result = run_script("--seen", store, path, *args)
            self.assertEqual(result.returncode, 2)
            self.assertIn(b"is also an output file", result.stderr)
        self.assertEqual(store_rows(store), before)

    def test_output_may_not_be_any_of_the_inputs(self):
        first = self.write("a.txt", dump(1))
        second = self.write("b.txt", dump(2))
        result = run_script(first, second, "-o", second)
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"is the input file", result.stderr)
        with open(second, "rb") as kept:
            self.assertEqual(kept.read(), dump(2))


class SeenStoreTest(Folder):

    def test_second_day_writes_only_new_articles_and_points_at_earlier_copies(self):
        store = self.path("seen.db")
        day1 = self.write("dump-1.txt", dump(1, 2, 1))
        day2 = self.write("dump-2.txt", dump(3, 2, 4, 3, 1))
        first = self.run_ok("--seen", store, day1)
        self.assertEqual([a["line"] for a in first["articles"]], [1, 5])
        second = self.run_ok("--seen", store, day2)
        self.assertEqual([(a["id"], a["line"]) for a in second["articles"]], [(1, 1), (2, 9)])
        started = second["duplicates"][0]["seen_at"]
        self.assertRegex(started, r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
        self.assertEqual([[d[key] for key in DUPLICATE_KEYS[1:]] for d in second["duplicates"]],
                         [[5, first["articles"][1]["digest"], None, day1, 5, started],
                          [13, second["articles"][0]["digest"], 1, None, None, None],
                          [17, first["articles"][0]["digest"], None, day1, 1, started]])
        self.assertEqual(second["stats"]["duplicates_of_earlier_runs"], 2)
        rerun = run_script("--seen", store, day1).stderr.decode()
        self.assertTrue(rerun.endswith("; 0 new articles recorded in %s\n" % store), rerun)
        summary = run_script("--seen-readonly", store, day2).stderr.decode()
        self.assertIn("5 articles read, 0 written, 5 duplicates dropped (5 written by earlier"
                      " runs)", summary)
        third = self.run_ok("--seen", store, day2, day1)
        self.assertEqual(third["articles"], [])
        self.assertEqual({(d["seen_input"], d["seen_line"]) for d in third["duplicates"]},
                         {(day1, 1), (day1, 5), (day2, 1), (day2, 9)})

    def test_every_record_has_the_same_keys(self):
        store = self.path("seen.db")
        self.run_ok("--seen", store, self.write("a.txt", dump(1, 2)))
        output = self.run_ok("--seen", store, self.write("b.txt", dump(2, 3, 3)))
        self.assertEqual({tuple(d) for d in output["duplicates"]}, {tuple(DUPLICATE_KEYS)})
        self.assertEqual({tuple(a) for a in output["articles"]}, {tuple(ARTICLE_KEYS)})
        audit = self.run_ok("--seen-readonly", store, self.path("b.txt"), "--keep-duplicates")
        self.assertEqual({tuple(a) for a in audit["articles"]},
                         {tuple(ARTICLE_KEYS + POINTER_KEYS)})

    def test_store_schema_and_contents(self):
        store = self.path("seen.db")
        day1 = self.write("a.txt", dump(1, 2, 1))
        output = self.run_ok("--seen", store, day1)
        connection = sqlite3.connect(store)
        self.addCleanup(connection.close)
        self.assertEqual(connection.execute("PRAGMA application_id").fetchone()[0],
                         ds.STORE_APPLICATION_ID)
        self.assertEqual(connection.execute("PRAGMA user_version").fetchone()[0], 1)
        rows = connection.execute(
            "SELECT seen.digest, inputs.name, inputs.position, seen.line, runs.started,"
            " runs.program FROM seen JOIN inputs USING (input) JOIN runs USING (run)"
            " ORDER BY seen.line").fetchall()
        self.assertEqual([row[:4] for row in rows],
                         [(a["digest"], day1, 1, a["line"]) for a in output["articles"]])
        self.assertTrue(rows[0][5].startswith("dedupe_and_split.py "))

    def test_readonly_store_is_checked_but_never_written(self):
        store = self.path("seen.db")
        self.run_ok("--seen", store, self.write("a.txt", dump(1)))
        before = store_rows(store)
        output = self.run_ok("--seen-readonly", store, self.write("b.txt", dump(1, 2)))
        self.assertEqual([a["line"] for a in output["articles"]], [5])
        self.assertEqual(store_rows(store), before)
        missing = self.path("none.db")
        self.assertOneLineError(run_script("--seen-readonly", missing, self.path("b.txt")),
                                text="cannot open seen store %s: no such file" % missing)
        self.assertFalse(os.path.exists(missing))

    def test_output_is_byte_identical_with_jobs(self):
        store = self.path("seen.db")
        self.run_ok("--seen", store, self.write("a.txt", dump(1, 2, 3)))
        path = self.write("b.txt", dump(*range(40)) + dump(*range(40)))
        for extra in ([], ["--keep-duplicates"], ["--format", "jsonl"]):
            single = run_script(path, "--seen-readonly", store, *extra)
            parallel = run_script(path, "--seen-readonly", store, "--jobs", "2", *extra)
            self.assertEqual(single.returncode, 0, single.stderr)
            self.assertEqual(parallel.stdout, single.stdout)

    def test_a_failed_run_leaves_the_store_as_it_was(self):
        store = self.path("seen.db")
        self.run_ok("--seen", store, self.write("a.txt", dump(1)))
        before = store_rows(store)
        bad = self.write("bad.txt", dump(2, 3) + b"Title\n\nbody \xff\n")
        result = run_script("--seen", store, bad)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(store_rows(store), before)
        missing_store = self.path("new.db")
        self.assertEqual(run_script("--seen", missing_store, bad).returncode, 1)
        self.assertFalse(os.path.exists(missing_store))


class RefusedStoreTest(Folder):
    """A file that is not a store of a format this version reads: refused before any output."""

    def assertRefused(self, store, text):
        with open(store, "rb") as before:
            content = before.read()
        dump_path = self.write("a.txt", dump(1, 2))
        for option in ("--seen", "--seen-readonly"):
            out = self.path("out.json")
            self.assertOneLineError(run_script(option, store, dump_path), text=text)
            self.assertOneLineError(run_script(option, store, dump_path, "-o", out), text=text)
            self.assertFalse(os.path.exists(out))
        with open(store, "rb") as after:
            self.assertEqual(after.read(), content)
        self.assertEqual(sorted(os.listdir(self.folder.name)),
                         sorted(["a.txt", os.path.basename(store)]))

    def test_a_text_file(self):
        self.assertRefused(self.write("notes.db", b"my notes, not a database\n" * 100),
                           "is not a seen store (file is not a database)")

    def test_another_programs_database(self):
        store = self.path("other.db")
        connection = sqlite3.connect(store)
        connection.execute("CREATE TABLE seen (digest TEXT)")
        connection.commit()
        connection.close()
        self.assertRefused(store, "is not a seen store: it is an SQLite database of something")

    def test_a_newer_format(self):
        store = self.path("seen.db")
        self.run_ok("--seen", store, self.write("a.txt", dump(1)))
        connection = sqlite3.connect(store)
        connection.execute("PRAGMA user_version = 2")
        connection.close()
        self.assertRefused(store, "has format 2, newer than this version reads (1)")

    def test_an_unknown_format(self):
        store = self.path("seen.db")
        connection = sqlite3.connect(store)
        connection.execute("PRAGMA application_id = %d" % ds.STORE_APPLICATION_ID)
        connection.execute("CREATE TABLE seen (digest TEXT)")
        connection.commit()
        connection.close()
        self.assertRefused(store, "has an unknown format (0)")

    def test_an_empty_file_becomes_a_store(self):
        store = self.write("seen.db", b"")
        self.run_ok("--seen", store, self.write("a.txt", dump(1)))
        self.assertEqual(len(store_rows(store)[1][2]), 1)


class AuditAndStatsTest(Folder):

    def test_keep_duplicates_writes_every_article_with_its_pointer(self):
        store = self.path("seen.db")
        self.run_ok("--seen", store, self.write("a.txt", dump(1)))
        path = self.write("b.txt", dump(2, 1, 2, 3))
        normal = self.run_ok("--seen-readonly", store, path)
        audit = self.run_ok("--seen-readonly", store, path, "--keep-duplicates")
        self.assertEqual([(a["id"], a["line"], a["duplicate_of"], a["seen_line"])
                          for a in audit["articles"]],
                         [(1, 1, None, None), (None, 5, None, 1), (None, 9, 1, None),
                          (2, 13, None, None)])
        kept = [dict((k, a[k]) for k in ARTICLE_KEYS) for a in audit["articles"]
                if a["id"] is not None]
        self.assertEqual(kept, normal["articles"])
        self.assertEqual(audit["duplicates"], normal["duplicates"])
        by_id = {a["id"]: a for a in kept}
        for copy in audit["articles"]:
            if copy["duplicate_of"]:
                self.assertEqual(copy["digest"], by_id[copy["duplicate_of"]]["digest"])
        self.assertEqual(audit["stats"]["articles_written"], 4)
        self.assertEqual(audit["stats"]["articles_read"], 4)

    def test_stats_only(self):
        store = self.path("seen.db")
        self.run_ok("--seen", store, self.write("a.txt", dump(1)))
        before = store_rows(store)
        path = self.write("b.txt", dump(2, 1, 2, 3))
        normal = self.run_ok("--seen-readonly", store, path)
        for option in ("--seen", "--seen-readonly"):
            for output_format in ("json", "jsonl"):
                result = run_script(option, store, path, "--stats", "--format", output_format)
                self.assertEqual(result.returncode, 0, result.stderr)
                stats = json.loads(result.stdout)
                self.assertEqual(list(stats), ["duplicates", "stats"])
                self.assertEqual(stats["duplicates"], normal["duplicates"])
                self.assertEqual(stats["stats"], normal["stats"])
        self.assertEqual(store_rows(store), before)  # nothing was written, so nothing recorded
        missing = self.path("new.db")
        self.assertEqual(run_script("--seen", missing, path, "--stats").returncode, 0)
        self.assertFalse(os.path.exists(missing))

    def test_report_file_with_jsonl(self):
        path = self.write("a.txt", dump(1, 2, 1))
        report = self.path("report.json")
        lines = self.run_ok(path, "--format", "jsonl", "--report", report)
        with open(report, encoding="utf-8") as written:
            document = json.load(written)
        normal = self.run_ok(path)
        self.assertEqual(lines, normal["articles"])
        self.assertEqual(document, {"duplicates": normal["duplicates"], "stats": normal["stats"]})


# Runs the script in a process that kills itself with SIGKILL at one step of the run.
CRASH = """
import os, signal, sys
sys.path.insert(0, sys.argv[1])
import dedupe_and_split as ds
step = sys.argv[2]

def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

if step == "writing":        # half the articles written, the output not yet published
    render = ds.render_records
    def render_records(*args, **kwargs):
        for number, record in enumerate(render(*args, **kwargs)):
            if number == 2:
                die()
            yield record
    ds.render_records = render_records
elif step == "published":    # the output is out, the store not yet touched
    ds.SeenStore.record = die
elif step == "committing":   # every row inserted, the transaction not yet committed
    rows = ds.NewArticles.rows
    def all_rows_then_die(self, input_ids):
        yield from rows(self, input_ids)
        die()
    ds.NewArticles.rows = all_rows_then_die
sys.exit(ds.main(sys.argv[3:]))
"""


class CrashTest(Folder):
    """A run killed at each step: never a lost article, the store as it was or fully updated."""

    def crash(self, step, *args):
        return subprocess.run([sys.executable, "-c", CRASH, ROOT, step] + list(args),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)

    def test_killed_at_each_step(self):
        day1 = self.write("day1.txt", dump(1, 2))
        day2 = self.write("day2.txt", dump(2, 3, 4, 5, 6, 7))
        for step in ("writing", "published", "committing", "done"):
            with self.subTest(step=step):
                store = self.path("seen-%s.db" % step)
                self.run_ok("--seen", store, day1)
                before = store_rows(store)
                out = self.path("out-%s.json" % step)
                result = self.crash(step, "--seen", store, day2, "-o", out)
                after = store_rows(store)
                self.assertEqual(after[0], "ok")
                if step == "done":
                    self.assertEqual(result.returncode, 0, result.stderr)
                    self.assertEqual(len(after[1][2]), len(before[1][2]) + 5)
                    continue
                self.assertEqual(result.returncode, -signal.SIGKILL, result.stderr)
                self.assertEqual(after, before)
                # Published before the kill: the articles are out. Either way, the next
                # run writes them (again): a duplicate at worst, never a lost article.
                self.assertEqual(os.path.exists(out), step != "writing")
                checked = self.run_ok("--seen-readonly", store, day2)  # reads past the crash
                self.assertEqual([a["line"] for a in checked["articles"]], [5, 9, 13, 17, 21])
                self.assertEqual(store_rows(store), before)
                again = self.run_ok("--seen", store, day2)
                self.assertEqual([a["line"] for a in again["articles"]], [5, 9, 13, 17, 21])


class ConcurrentRunsTest(Folder):

    def test_runs_at_the_same_time_all_succeed_and_the_store_holds_every_article(self):
        store = self.path("seen.db")
        self.run_ok("--seen", store, self.write("start.txt", dump(0)))
        paths = [self.write("d%d.txt" % n, dump(*range(1 + 30 * n, 61 + 30 * n)))
                 for n in range(3)]
        runs = [subprocess.Popen([sys.executable, SCRIPT, "--seen", store, "--format", "jsonl",
                                  path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                for path in paths]
        outputs = [run.communicate(timeout=120) + (run.returncode,) for run in runs]
        for stdout, stderr, code in outputs:
            self.assertEqual(code, 0, stderr)
        check, (run_rows, _, seen) = store_rows(store)
        self.assertEqual(check, "ok")
        self.assertEqual(len(run_rows), 4)
        written = {json.loads(line)["digest"] for stdout, _, _ in outputs
                   for line in stdout.splitlines()}
        self.assertEqual(len(written | {d for d, _, _ in seen}), 121)
        self.assertEqual(len(seen), 121)

    def hold(self, store, statement):
        """Hold a lock on the store from another connection, as a running writer would."""
        connection = sqlite3.connect(store, isolation_level=None)
        connection.execute(statement)
        self.addCleanup(connection.close)
        return connection

    def test_a_locked_store_makes_a_run_wait(self):
        store = self.path("seen.db")
        self.run_ok("--seen", store, self.write("a.txt", dump(1)))
        connection = self.hold(store, "BEGIN EXCLUSIVE")
        run = subprocess.Popen([sys.executable, SCRIPT, "--seen", store, "--seen-wait", "30",
                                self.write("b.txt", dump(1, 2))],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(1.5)
        self.assertIsNone(run.poll())
        connection.execute("ROLLBACK")
        stdout, stderr = run.communicate(timeout=60)
        self.assertEqual(run.returncode, 0, stderr)
        self.assertEqual([a["line"] for a in json.loads(stdout)["articles"]], [5])

    def test_a_store_locked_too_long_fails_with_one_line_before_any_output(self):
        store = self.path("seen.db")
        self.run_ok("--seen", store, self.write("a.txt", dump(1)))
        before = store_rows(store)
        connection = self.hold(store, "BEGIN EXCLUSIVE")
        out = self.path("out.json")
        result = run_script("--seen", store, "--seen-wait", "0.3", self.path("a.txt"), "-o", out)
        self.assertOneLineError(result, text="seen store %s is in use by another run" % store)
        self.assertFalse(os.path.exists(out))
        connection.execute("ROLLBACK")
        self.assertEqual(store_rows(store), before)

    def test_a_store_another_run_is_writing_fails_after_the_output_is_out(self):
        store = self.path("seen.db")
        self.run_ok("--seen", store, self.write("a.txt", dump(1)))
        before = store_rows(store)
        connection = self.hold(store, "BEGIN IMMEDIATE")
        out = self.path("out.json")
        result = run_script("--seen", store, "--seen-wait", "0.3",
                            self.write("b.txt", dump(1, 2)), "-o", out)
        self.assertEqual(result.returncode, 1)
        self.assertIn(b"is in use by another run", result.stderr)
        with open(out, encoding="utf-8") as written:  # published: a duplicate next time
            self.assertEqual([a["line"] for a in json.load(written)["articles"]], [5])
        connection.execute("ROLLBACK")
        self.assertEqual(store_rows(store), before)


class BatchedLookUpTest(unittest.TestCase):

    class CountingStore:
        """A store that holds the even digests and counts look-ups."""

        def __init__(self):
            self.batches = []

        def look_up(self, digests):
            self.batches.append(len(digests))
            return {d: ds.Earlier("old.txt", 1, "2026-01-01T00:00:00Z")
                    for d in digests if d[0] % 2 == 0}

    def articles(self, count):
        return (ds.encode_article(ds.Article(n, "T%d" % n, "b", 1)) for n in range(count))

    def test_digests_are_looked_up_in_bounded_batches_in_order(self):
        store = self.CountingStore()
        marked = list(ds.look_up_earlier(self.articles(1000), store))
        self.assertEqual([a.line for a in marked], list(range(1000)))
        self.assertEqual(store.batches, [256, 256, 256, 232])
        self.assertEqual([a.earlier is not None for a in marked],
                         [a.digest[0] % 2 == 0 for a in marked])

    def test_look_up_reads_ahead_one_batch_at_most(self):
        consumed = []

        def counted():
            for article in self.articles(10 ** 6):
                consumed.append(article)
                yield article
        next(ds.look_up_earlier(counted(), self.CountingStore()))
        self.assertEqual(len(consumed), ds.LOOKUP_BATCH)


class ManyMachinesTest(Folder):
    """The README's query, run as is with sqlite3 over three shards' outputs."""

    def readme_query(self):
        with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as readme:
            text = readme.read()
        section = text[text.index("## Many machines"):]
        return re.search(r"```sql\n(.*?)```", section, re.S).group(1)

    def test_first_copy_over_shards_equals_one_run_over_the_whole_dump(self):
        numbers = [1, 2, 3, 2, 4, 5, 1, 6, 3, 7, 8, 5, 9, 2, 10, 8]
        shards = [self.write("shard-%03d.txt" % n, dump(*part))
                  for n, part in enumerate((numbers[:5], numbers[5:11], numbers[11:]))]
        connection = sqlite3.connect(":memory:")
        connection.execute("CREATE TABLE articles (%s)" % ", ".join(ARTICLE_KEYS))
        for shard in shards:
            for record in self.run_ok(shard, "--format", "jsonl"):
                connection.execute("INSERT INTO articles VALUES (%s)" % ",".join(
                    "?" * len(ARTICLE_KEYS)), [record[key] for key in ARTICLE_KEYS])
        query = self.readme_query()
        columns = [column.strip() for column in
                   query.split("SELECT", 1)[1].split("FROM", 1)[0].split(",")]
        kept = [dict(zip(columns, row)) for row in connection.execute(query)]
        whole = self.run_ok(*shards, "--format", "jsonl")
        self.assertEqual(kept, [dict((key, a[key]) for key in columns) for a in whole])
        concatenated = self.run_ok(self.write("whole.txt", dump(*numbers)), "--format", "jsonl")
        self.assertEqual([a["digest"] for a in kept], [a["digest"] for a in concatenated])
        self.assertEqual(len(kept), 10)


if __name__ == "__main__":
    unittest.main()
