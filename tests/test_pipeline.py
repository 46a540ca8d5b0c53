"""Unit tests of the pipeline stages, each on its own."""

import gzip
import io
import json
import random
import unittest

from tests import support  # noqa: F401  (puts the script on sys.path)
import dedupe_and_split as ds


def lines_of(data, **options):
    """The numbered lines read_lines yields for some bytes."""
    return list(ds.read_lines(io.BytesIO(data), "dump.txt", ds.ReadCounter(), **options))


class ReadLinesTest(unittest.TestCase):

    def test_every_line_ending(self):
        self.assertEqual(lines_of(b"a\nb\r\nc\rd"),
                         [(1, "a"), (2, "b"), (3, "c"), (4, "d")])

    def test_blank_lines_are_kept_and_numbered(self):
        self.assertEqual(lines_of(b"a\n\n  \nb\n"), [(1, "a"), (2, ""), (3, "  "), (4, "b")])

    def test_bom_dropped_only_at_start(self):
        self.assertEqual(lines_of("\ufeffa\n\ufeffb".encode("utf-8")),
                         [(1, "a"), (2, "\ufeffb")])

    def test_unicode_line_separators_are_not_line_breaks(self):
        self.assertEqual(lines_of("a\u2028b\x85c\n".encode("utf-8")), [(1, "a\u2028b\x85c")])

    def test_invalid_utf8_is_an_error_with_line_and_column(self):
        with self.assertRaises(ds.InputError) as caught:
            lines_of(b"ok\n\xc3\xa9t\xff\n")
        self.assertEqual(str(caught.exception),
                         "dump.txt:2: invalid UTF-8 byte 0xff at column 3: valid UTF-8 up to"
                         " here, one stray byte (use --errors replace)")

    def test_invalid_utf8_after_a_carriage_return_counts_lines(self):
        with self.assertRaises(ds.InputError) as caught:
            lines_of(b"a\rbb\xff\n")
        self.assertIn("dump.txt:2:", str(caught.exception))
        self.assertIn("column 3", str(caught.exception))

    def test_replace_counts_bad_bytes(self):
        counter = ds.ReadCounter()
        lines = list(ds.read_lines(io.BytesIO(b"a\xff\xfeb\n\xe9\n"), "d", counter,
                                   errors="replace"))
        self.assertEqual(lines, [(1, "a\ufffd\ufffdb"), (2, "\ufffd")])
        self.assertEqual(counter.replaced_bytes, 3)

    def test_nul_byte_is_a_binary_file_error(self):
        with self.assertRaises(ds.InputError) as caught:
            lines_of(b"a\nb\x00c\n")
        self.assertIn("dump.txt:2: NUL character at column 2", str(caught.exception))

    def test_other_encodings(self):
        self.assertEqual(lines_of("é\nà".encode("cp1252"), encoding="cp1252"),
                         [(1, "é"), (2, "à")])
        self.assertEqual(lines_of("é\r\nà\n".encode("utf-16"), encoding="utf-16"),
                         [(1, "é"), (2, "à")])

    def test_bytes_are_counted(self):
        counter = ds.ReadCounter()
        list(ds.read_lines(io.BytesIO(b"abc\ndef"), "d", counter))
        self.assertEqual(counter.bytes_read, 7)

    def test_open_dump_recognises_gzip_by_content(self):
        import tempfile
        with tempfile.NamedTemporaryFile(suffix=".txt") as dump:
            dump.write(gzip.compress(b"Title\n\nBody.\n"))
            dump.flush()
            with ds.open_dump(dump.name) as stream:
                self.assertEqual(stream.read(), b"Title\n\nBody.\n")

    def test_corrupt_gzip_is_an_input_error(self):
        stream = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b"x" * 1000)[:-12]))
        with self.assertRaises(ds.InputError) as caught:
            list(ds.read_lines(stream, "d.gz", ds.ReadCounter()))
        self.assertIn("d.gz:1: cannot read:", str(caught.exception))


class ChunkBoundaryTest(unittest.TestCase):
    """The reader decodes in chunks: no line, character or line ending may break at their edges."""

    def setUp(self):
        self.saved = ds.READ_CHUNK_BYTES

    def tearDown(self):
        ds.READ_CHUNK_BYTES = self.saved

    @staticmethod
    def expected(data):
        """Lines as a whole-file decode and a universal-newline split give them."""
        text = data.decode("utf-8")
        text = text[1:] if text.startswith("\ufeff") else text
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if lines[-1] == "":
            lines.pop()
        return list(enumerate(lines, 1))

    def test_random_texts_at_every_small_chunk_size(self):
        import random
        rng = random.Random(7)
        alphabet = ["a", "é", "\r", "\n", "\r\n", " ", "€", "😀", "\ufeff", "\u2028"]
        for _ in range(400):
            text = ("\ufeff" if rng.random() < 0.3 else "") + "".join(
                rng.choice(alphabet) for _ in range(rng.randrange(30)))
            data = text.encode("utf-8")
            for size in (1, 2, 3, 5, 64):
                ds.READ_CHUNK_BYTES = size
                self.assertEqual(lines_of(data), self.expected(data), (size, text))

    def test_errors_point_at_the_same_place_whatever_the_chunk_size(self):
        for size in (1, 2, 3, 1 << 20):
            ds.READ_CHUNK_BYTES = size
            with self.assertRaises(ds.InputError) as caught:
                lines_of(b"h\xc3\xa9llo\r\nw\xc3\xb6rld\xff")
            self.assertIn("dump.txt:2: invalid UTF-8 byte 0xff at column 6", str(caught.exception))
            with self.assertRaises(ds.InputError) as caught:
                lines_of(b"abc\r\ndef\x00g")
            self.assertIn("dump.txt:2: NUL character at column 4", str(caught.exception))

    def test_a_long_line_spanning_many_chunks(self):
        ds.READ_CHUNK_BYTES = 1000
        line = "ü" * 5000 + "x"
        self.assertEqual(lines_of(("t\n" + line + "\r\nz").encode("utf-8")),
                         [(1, "t"), (2, line), (3, "z")])


class IterBlocksTest(unittest.TestCase):

    def test_blocks_and_blank_runs(self):
        lines = enumerate(["", "t", " \t", "", "b1", "b2", "", "", "x", ""], 1)
        self.assertEqual(list(ds.iter_blocks(lines)),
                         [(2, ["t"]), (5, ["b1", "b2"]), (9, ["x"])])

    def test_no_lines(self):
        self.assertEqual(list(ds.iter_blocks([])), [])


class ArticlesTest(unittest.TestCase):

    def test_make_article_strips_and_joins_paragraphs(self):
        article = ds.make_article(3, ["  Title  "], [["  First ", "line"], ["Second.  "]])
        self.assertEqual(article, ds.Article(3, "Title", "First \nline\n\nSecond.", 2))

    def test_text_right_under_a_title_opens_the_body(self):
        article = ds.make_article(1, ["Title", "Body line."], [["More."]])
        self.assertEqual((article.title, article.body, article.paragraphs),
                         ("Title", "Body line.\n\nMore.", 2))

    def test_pairs(self):
        blocks = [(1, ["T1"]), (3, ["B1."]), (5, ["T2"]), (7, ["B2."]), (9, ["T3"])]
        self.assertEqual([tuple(a) for a in ds.split_pairs(blocks)],
                         [(1, "T1", "B1.", 1), (5, "T2", "B2.", 1), (9, "T3", "", 0)])


class DuplicatesTest(unittest.TestCase):

    def test_keeps_first_copy_and_logs_the_others(self):
        articles = [ds.Article(1, "A", "x.", 1), ds.Article(3, "B", "y.", 1),
                    ds.Article(5, "A", "x.", 1), ds.Article(7, "A", "x!", 1),
                    ds.Article(9, "B", "y.", 1)]
        log = ds.DuplicateLog()
        kept = list(ds.drop_duplicates(map(ds.encode_article, articles), log))
        self.assertEqual([(id_, a.line) for id_, a in kept], [(1, 1), (2, 3), (3, 7)])
        self.assertEqual(list(log), [(5, 1), (9, 2)])

    def test_title_and_body_boundary_matters(self):
        first = ds.encode_article(ds.Article(1, "ab", "c", 1)).digest
        second = ds.encode_article(ds.Article(1, "a", "bc", 1)).digest
        self.assertNotEqual(first, second)
        self.assertEqual(len(first), 16)

    def test_seen_digests_survive_growth(self):
        seen = ds.SeenDigests()
        digests = [ds.encode_article(ds.Article(1, str(n), "", 0)).digest for n in range(5000)]
        self.assertEqual([seen.add(d) for d in digests], [0] * 5000)
        self.assertEqual([seen.add(d) for d in digests], list(range(1, 5001)))
        self.assertEqual(len(seen), 5000)

    def test_seen_digests_grow_by_a_few_dozen_bytes_an_article(self):
        seen = ds.SeenDigests()
        for number in range(200000):
            seen.add(number.to_bytes(16, "little"))
        arrays = (seen._high, seen._low, seen._slots)
        size = sum(array.buffer_info()[1] * array.itemsize for array in arrays)
        self.assertLess(size / len(seen), 40)

    def test_duplicate_log_holds_two_integers_a_copy(self):
        log = ds.DuplicateLog()
        for number in range(1000):
            log.add(number, 1)
        self.assertEqual(log.lines.itemsize + log.kept_ids.itemsize, 16)


class EncodeTest(unittest.TestCase):

    def test_encoded_title_and_body_are_json_strings(self):
        encoded = ds.encode_article(ds.Article(4, 'Un "titre"', "Corps\n\nsuite é", 2))
        self.assertEqual(json.loads(encoded.title.decode("utf-8")), 'Un "titre"')
        self.assertEqual(json.loads(encoded.body.decode("utf-8")), "Corps\n\nsuite é")
        self.assertEqual((encoded.line, encoded.paragraphs), (4, 2))

    def test_json_strings_are_exactly_what_json_dumps_writes(self):
        # Every control character, both escaped characters, characters json treats specially
        # in other modes, and multi-byte ones: alone, at both ends and mixed.
        specials = [chr(code) for code in range(0x20)] + [
            '"', "\\", "\x7f", "\x85", "\u2028", "\u2029", "\ufeff", "é", "中", "\U0001f600",
            "/", "a"]
        texts = ["", "plain text", "Corps\n\nsuite \u00e9\tet \"fin\" \\ ok"]
        texts += specials + ["x%sy" % char for char in specials]
        rng = random.Random(7)
        texts += ["".join(rng.choice(specials) for _ in range(rng.randrange(1, 10)))
                  for _ in range(3000)]
        for text in texts:
            self.assertEqual(ds.encode_json_string(text),
                             json.dumps(text, ensure_ascii=False).encode("utf-8"), repr(text))

    def test_lone_surrogate_cannot_be_encoded(self):
        with self.assertRaises(UnicodeEncodeError):
            ds.encode_json_string("a\ud800b")

    def test_sample_is_bounded(self):
        encoded = ds.encode_article(ds.Article(1, "T", "x " * 100000, 1))
        self.assertLessEqual(len(encoded.sample), ds.LANGUAGE_SAMPLE_CHARS + 2)

class RenderAndWriteTest(unittest.TestCase):

    def records(self):
        articles = [ds.Article(1, "Titre", "Le chat est sur la table et il dort.", 1),
                    ds.Article(5, "Empty", "", 0)]
        return ds.tag_languages(enumerate(map(ds.encode_article, articles), 1))

    def test_render_record(self):
        text = ds.render_record(next(self.records()), [b'"dump.txt"']).decode("utf-8")
        record = json.loads(text)
        self.assertEqual(list(record), ["id", "input", "line", "digest", "title", "body",
                                        "language", "language_confidence"])
        self.assertEqual(record["language"], "fr")
        self.assertNotIn("\n", text)

    def test_record_is_exactly_what_json_dumps_writes(self):
        texts = ["", "plain", 'quote " and \\ backslash', "tab\tand\x01\x1f\x7f controls",
                 "é 中文 😀 \u2028\u2029 \ufeff \U0010ffff", "line\nbreaks\n\nparagraph"]
        for id_, text in enumerate(texts, 1):
            article = ds.encode_article(ds.Article(10 * id_, text[::-1], text, 1))
            for confidence in (0.0, 0.97, 1.0):
                expected = json.dumps({"id": id_, "input": text, "line": 10 * id_,
                                       "digest": article.digest.hex(), "title": text[::-1],
                                       "body": text, "language": "und",
                                       "language_confidence": confidence}, ensure_ascii=False)
                rendered = ds.render_record(ds.Tagged(id_, article, "und", confidence),
                                            [ds.encode_json_string(text)])
                self.assertEqual(rendered.decode("utf-8"), expected)

    def write(self, writer):
        out = io.BytesIO()
        log = ds.DuplicateLog()
        log.add(9, 1)
        summary = ds.Summary(["dump.txt"], log, ds.ReadCounter())
        writer(ds.render_records(summary.track(self.records()), ["dump.txt"]), out, summary)
        return out.getvalue().decode("utf-8")

    def test_write_json(self):
        document = json.loads(self.write(ds.write_json))
        self.assertEqual([a["id"] for a in document["articles"]], [1, 2])
        self.assertEqual([(d["line"], d["duplicate_of"]) for d in document["duplicates"]],
                         [(9, 1)])
        self.assertEqual(document["stats"]["articles_read"], 3)
        self.assertEqual(document["stats"]["empty_bodies"], 1)

    def test_write_jsonl(self):
        lines = self.write(ds.write_jsonl).splitlines()
        self.assertEqual([json.loads(line)["id"] for line in lines], [1, 2])

    def test_write_json_with_nothing(self):
        out = io.BytesIO()
        ds.write_json(iter(()), out, ds.Summary(["d"], ds.DuplicateLog(), ds.ReadCounter()))
        self.assertEqual(json.loads(out.getvalue())["articles"], [])



class DumpsTest(unittest.TestCase):
    """Several dumps read in turn: one stream of articles, one size and position for progress."""

    def test_size_and_position_span_the_dumps(self):
        import os
        import tempfile
        with tempfile.TemporaryDirectory() as folder:
            paths = []
            for number, data in enumerate((b"A a\n\nx.\n", b"B b\n\ny.\n\nC c\n\nz.\n")):
                paths.append(os.path.join(folder, "%d.txt" % number))
                with open(paths[-1], "wb") as dump:
                    dump.write(data)
            dumps = ds.Dumps(paths)
            self.assertEqual(dumps.size(), 8 + 17)
            with dumps:
                articles = list(dumps.articles(ds.ReadCounter()))
            self.assertEqual([(a.input, a.line) for a in articles], [(0, 1), (1, 1), (1, 5)])
            self.assertEqual(dumps.position(), 25)
            self.assertIsNone(ds.Dumps(paths + ["/dev/null"]).size())


if __name__ == "__main__":
    unittest.main()
