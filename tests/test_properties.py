"""Property tests: generated dumps, and invariants that must hold for every one of them.

Nothing is lost, invented or reordered: the kept articles plus the recorded duplicates, read
in input line order, give back exactly the non-blank input lines. The dumps are random but
seeded, so a failure names a seed that reproduces it. Most dumps are run in-process through
main(); a few also as a subprocess, which must give byte-identical output.
"""

import contextlib
import io
import json
import random
import re
import sys
import unittest

from tests.support import run_script
import dedupe_and_split as ds

DUMPS = 300           # generated dumps of each kind per run
SUBPROCESS_EVERY = 50  # one dump in this many also goes through a real subprocess

LATIN = "abcdefghijklmnopqrstuvwxyz" * 3 + "\u00e9\u00e8\u00e7\u00f1\u00f6\u00fc\u00df\u0105\u0161"
CYRILLIC = "".join(map(chr, range(0x430, 0x450)))
GREEK = "".join(map(chr, range(0x3b1, 0x3ca)))
ARABIC = "".join(map(chr, range(0x627, 0x63b))) + "".join(map(chr, range(0x641, 0x64b)))
EMOJI = ["\U0001f600", "\U0001f4f0", "\U0001f468\u200d\U0001f469\u200d\U0001f467",
         "\U0001f1eb\U0001f1f7", "\U0001f44d\U0001f3fd", "\u2764\ufe0f", "\U0001f30d"]
SCRIPTS = ("latin", "cyrillic", "greek", "arabic", "cjk", "emoji")
BLANKS = ("", "", "", " ", "\t", " \t ", "\u3000")
ENDINGS = ("\n", "\n", "\r\n", "\r")


def word(rng, script):
    """One random word in a writing system."""
    if script == "cjk":
        return "".join(chr(rng.randrange(0x4e00, 0x9fa6)) for _ in range(rng.randint(1, 6)))
    if script == "emoji":
        return rng.choice(EMOJI) + rng.choice(["", "", rng.choice(EMOJI)])
    letters = {"latin": LATIN, "cyrillic": CYRILLIC, "greek": GREEK, "arabic": ARABIC}[script]
    return "".join(rng.choice(letters) for _ in range(rng.randint(1, 9)))


def words(rng, script, low, high):
    """A run of words, mostly in one writing system, now and then in another."""
    return [word(rng, script if rng.random() < 0.9 else rng.choice(SCRIPTS))
            for _ in range(rng.randint(low, high))]


def free_line(rng):
    """Any non-blank line: title-like or not, with or without sentence punctuation."""
    text = " ".join(words(rng, rng.choice(SCRIPTS), 1, 14))
    text += rng.choice(["", "", ".", "?", "!", ":", " 2-1", "\u3002", "\u2026"])
    if rng.random() < 0.2:
        text = rng.choice(["- ", "By ", "(", "\u00a9 ", "1. "]) + text
    if rng.random() < 0.1:
        text = text.upper()
    if rng.random() < 0.2:  # surrounding whitespace, and separators that are not line breaks
        text = rng.choice(BLANKS[3:]) + text + rng.choice(["", " ", "\t", "\u2028"])
    if rng.random() < 0.05:
        text = text.replace(" ", rng.choice(["\u2028", "\u2029", "\x85", "\x0c"]), 1)
    return text


def title_line(rng):
    """A line every layout takes for a headline: capitalised, 7 words or more, no full stop."""
    script = rng.choice(SCRIPTS)
    parts = words(rng, script, 7, 12)
    first = word(rng, "latin" if script in ("latin", "emoji") else script) + word(rng, script)
    parts[0] = first[0].upper() + first[1:]
    return " ".join(parts)


def body_line(rng):
    """A sentence: it ends with a full stop, so no layout takes it for a headline."""
    script = rng.choice(SCRIPTS)
    return " ".join(words(rng, script, 3, 25)) + "."


class Dump:
    """A generated dump: its lines, then rendered to bytes with random line endings."""

    def __init__(self, rng):
        self.rng = rng
        self.lines = []
        self.articles = []  # each article's lines, to copy as duplicates

    def blank_run(self, low=1, high=4):
        """Separate blocks with one or more blank (possibly whitespace-only) lines."""
        self.lines.extend(self.rng.choice(BLANKS) for _ in range(self.rng.randint(low, high)))

    def add(self, article_lines):
        """Append an article given as blocks (lists of lines), blank runs between blocks."""
        for block in article_lines:
            self.lines.extend(block)
            self.blank_run()
        self.articles.append(article_lines)

    def maybe_duplicate(self, chance=0.25):
        """Now and then repeat an earlier article, text for text."""
        if self.articles and self.rng.random() < chance:
            self.add(self.rng.choice(self.articles))
            return True
        return False

    def data(self):
        """The dump as UTF-8 bytes: mixed line endings, maybe a BOM and a missing last end."""
        rng = self.rng
        out = ["\ufeff"] if rng.random() < 0.2 else []
        previous = ""
        for line in self.lines:
            ending = rng.choice(ENDINGS)
            if previous == "\r" and not line and ending == "\n":
                ending = "\r"  # "\r" + "\n" would read as one CRLF and swallow a blank line
            out.append(line + ending)
            previous = ending
        if out and rng.random() < 0.2:
            out[-1] = out[-1].rstrip("\r\n") or out[-1]
        return "".join(out).encode("utf-8")


def free_dump(seed):
    """A dump of random blocks of random lines: any structure at all."""
    rng = random.Random(seed)
    dump = Dump(rng)
    if rng.random() < 0.3:
        dump.blank_run(1, 3)
    for _ in range(rng.randint(0, 25)):
        if not dump.maybe_duplicate():
            blocks = [[free_line(rng) for _ in range(rng.choice([1, 1, 1, 2, 3]))]
                      for _ in range(rng.randint(1, 4))]
            dump.add(blocks)
    return dump.data()


def paired_dump(seed):
    """A dump of headline, one-paragraph body pairs, which both layouts must split alike."""
    rng = random.Random(seed)
    dump = Dump(rng)
    for _ in range(rng.randint(1, 20)):
        if not dump.maybe_duplicate():
            body = [body_line(rng) for _ in range(rng.choice([1, 1, 2, 3]))]
            dump.add([[title_line(rng)], body])
    if rng.random() < 0.2:
        dump.add([[title_line(rng)]])  # a headline left alone at the end
    return dump.data()


def run_main(data, *args):
    """Run main() in this process on bytes fed as standard input; return (code, out, err)."""
    stdin = io.TextIOWrapper(io.BufferedReader(io.BytesIO(data)))
    stdout, stderr = io.BytesIO(), io.StringIO()
    with contextlib.ExitStack() as stack:
        stack.enter_context(_swap_stdin(stdin))
        stack.enter_context(contextlib.redirect_stdout(io.TextIOWrapper(stdout)))
        stack.enter_context(contextlib.redirect_stderr(stderr))
        code = ds.main(["-", "-q", "--no-progress"] + list(args))
        return code, stdout.getvalue(), stderr.getvalue()


@contextlib.contextmanager
def _swap_stdin(stream):
    """Replace sys.stdin for the length of a block."""
    saved, sys.stdin = sys.stdin, stream
    try:
        yield
    finally:
        sys.stdin = saved


def non_blank_lines(data):
    """(line number, stripped text) of every non-blank line, numbered as the script numbers them."""
    text = data.decode("utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    return [(number, line.strip())
            for number, line in enumerate(re.split("\r\n|\r|\n", text), 1) if line.strip()]


def article_lines(article):
    """The non-blank lines of an article as written: its title, then its body's lines."""
    return [article["title"].strip()] + [line.strip() for line in article["body"].split("\n")
                                         if line.strip()]


class PropertyTest(unittest.TestCase):

    def fail_with(self, seed, data, message):
        """Fail, naming the seed and showing the input so the case can be reproduced."""
        shown = repr(data)
        if len(shown) > 1500:
            shown = shown[:1500] + "... (%d bytes)" % len(data)
        self.fail("seed %d: %s\ninput: %s" % (seed, message, shown))

    def checked_run(self, seed, data, *args):
        """Run in-process; insist on exit 0 and a clean stderr; return the output bytes."""
        code, out, err = run_main(data, *args)
        if code != 0 or err:
            self.fail_with(seed, data, "exit %d, stderr %r" % (code, err))
        return out

    def check_nothing_lost(self, seed, data, output):
        """Kept articles plus duplicates, in line order, are exactly the non-blank lines."""
        kept = {article["id"]: article_lines(article) for article in output["articles"]}
        records = [(article["line"], kept[article["id"]]) for article in output["articles"]]
        for duplicate in output["duplicates"]:
            if duplicate["duplicate_of"] not in kept:
                self.fail_with(seed, data, "duplicate of unknown id: %r" % duplicate)
            records.append((duplicate["line"], kept[duplicate["duplicate_of"]]))
        records.sort(key=lambda record: record[0])
        expected = non_blank_lines(data)
        position = 0
        for line, lines in records:
            if position >= len(expected) or expected[position][0] != line:
                self.fail_with(seed, data, "a record at line %d, expected the next at %r"
                               % (line, expected[position] if position < len(expected) else
                                  "end of input"))
            got = [text for _, text in expected[position:position + len(lines)]]
            if got != lines:
                self.fail_with(seed, data, "line %d: lines %r, input has %r"
                               % (line, lines, got))
            position += len(lines)
        if position != len(expected):
            self.fail_with(seed, data, "input lines from %r on are missing from the output"
                           % (expected[position],))
        stats = output["stats"]
        if (stats["articles_written"], stats["duplicates_dropped"], stats["articles_read"]) != (
                len(output["articles"]), len(output["duplicates"]),
                len(output["articles"]) + len(output["duplicates"])):
            self.fail_with(seed, data, "stats do not add up: %r" % stats)

    def parse(self, seed, data, out):
        """Parse a JSON document, failing with the seed when it is not one."""
        try:
            return json.loads(out.decode("utf-8"))
        except ValueError as exc:
            self.fail_with(seed, data, "output is not JSON: %s" % exc)

    def check_formats_agree(self, seed, data, output, *args):
        """JSON Lines holds exactly the articles of the JSON document."""
        jsonl = self.checked_run(seed, data, "--format", "jsonl", *args)
        records = [json.loads(line) for line in jsonl.decode("utf-8").split("\n")[:-1]]
        if records != output["articles"]:
            self.fail_with(seed, data, "json and jsonl disagree")

    def check_subprocess_agrees(self, seed, data, out, *args):
        """The script run as a user runs it writes the same bytes."""
        result = run_script("-", "-q", *args, stdin=data)
        if result.returncode != 0 or result.stdout != out:
            self.fail_with(seed, data, "subprocess: exit %d, stderr %r, same output: %s"
                           % (result.returncode, result.stderr, result.stdout == out))

    def test_any_dump_loses_nothing(self):
        for seed in range(DUMPS):
            data = free_dump(seed)
            for layout in ("auto", "pairs"):
                out = self.checked_run(seed, data, "--layout", layout)
                output = self.parse(seed, data, out)
                self.check_nothing_lost(seed, data, output)
                if seed % 3 == 0:
                    self.check_formats_agree(seed, data, output, "--layout", layout)
                if seed % SUBPROCESS_EVERY == 0:
                    self.check_subprocess_agrees(seed, data, out, "--layout", layout)

    def test_pairs_and_auto_agree_on_headline_body_pairs(self):
        duplicated = 0
        for seed in range(DUMPS):
            seed += 100000  # other dumps than the test above
            data = paired_dump(seed)
            out = self.checked_run(seed, data)
            output = self.parse(seed, data, out)
            self.check_nothing_lost(seed, data, output)
            pairs = self.parse(seed, data, self.checked_run(seed, data, "--layout", "pairs"))
            if pairs != output:
                self.fail_with(seed, data, "--layout pairs and auto disagree")
            self.check_formats_agree(seed, data, output)
            if seed % SUBPROCESS_EVERY == 0:
                self.check_subprocess_agrees(seed, data, out)
            duplicated += bool(output["duplicates"])
        self.assertGreater(duplicated, DUMPS // 3, "too few dumps with duplicates")

    def test_generated_dumps_have_what_they_should(self):
        """The generator itself: BOMs, every line ending and odd whitespace do occur."""
        dumps = [free_dump(seed) for seed in range(DUMPS)]
        self.assertGreater(sum(b"\r\n" in d for d in dumps), DUMPS // 2)
        self.assertGreater(sum(re.search(b"\r[^\n]", d) is not None for d in dumps), DUMPS // 2)
        self.assertGreater(sum(d.startswith(b"\xef\xbb\xbf") for d in dumps), DUMPS // 10)
        self.assertGreater(sum(re.search(b"\n[ \t]+\r?\n", d) is not None for d in dumps),
                           DUMPS // 2)
        self.assertGreater(sum("\u2028".encode() in d for d in dumps), DUMPS // 10)


if __name__ == "__main__":
    unittest.main()
