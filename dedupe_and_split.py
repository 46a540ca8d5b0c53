#!/usr/bin/env python3
"""Split a concatenated news dump into articles, drop exact duplicates, tag languages.

The dump is a title line, a blank line, the body, a blank line, the next title, and so on.
Articles whose title and body are identical to an earlier one are dropped and recorded; every
kept article gets a language guess from stopword counts. The result is one JSON document (or
JSON Lines) meant for jq:

    python3 dedupe_and_split.py dump.txt | jq -r '.articles[] | select(.language == "fr") | .title'
"""

import argparse
import bz2
import gzip
import hashlib
import io
import json
import lzma
import os
import re
import sys
import tempfile
import time
import zlib
from array import array
from collections import Counter, deque, namedtuple

__version__ = "1.0.0"

PROG = "dedupe_and_split.py"
DEFAULT_MAX_TITLE_CHARS = 200

# ===========================================================================
# LANGUAGE DATA: stopword tables
# ===========================================================================

LANGUAGE_NAMES = {"en": "English", "fr": "French"}

STOPWORDS = {
    "en": "the of and to in is that for it with as was on",
    "fr": "le la les de des du et est un une pour dans qui que",
}

# ===========================================================================
# LANGUAGE GUESSING
# ===========================================================================

_WORD = re.compile(r"\w+")


def guess_language(text, candidates=None):
    """Return (ISO 639-1 code or 'und', confidence in [0, 1]) for a text."""
    tables = {code: set(words.split()) for code, words in STOPWORDS.items()
              if candidates is None or code in candidates}
    counts = dict.fromkeys(tables, 0)
    for word in _WORD.findall(text.lower()):
        for code, table in tables.items():
            if word in table:
                counts[code] += 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3:
        return "und", 0.0
    total = sum(counts.values())
    return ranked[0][0], round(ranked[0][1] / total, 2)

# ===========================================================================
# END OF LANGUAGE GUESSING
# ===========================================================================


class InputError(Exception):
    """The input cannot be read as a dump; the message names the file and line."""


# ===========================================================================
# STAGE 1: reading lines
# ===========================================================================

# Compressed input is recognised by its first bytes, so a .gz piped into stdin works too.
_COMPRESSED = ((b"\x1f\x8b", gzip.open), (b"\xfd7zXZ\x00", lzma.open), (b"BZh", bz2.open))
_READ_ERRORS = (OSError, EOFError, lzma.LZMAError, zlib.error)


def open_dump(path):
    """Open a dump path (or '-' for stdin) as a binary stream, decompressing if needed."""
    raw = sys.stdin.buffer if path == "-" else open(path, "rb")
    try:
        magic = raw.peek(6)[:6]
    except _READ_ERRORS:
        magic = b""
    for prefix, opener in _COMPRESSED:
        if magic.startswith(prefix):
            if path == "-":
                return opener(raw, "rb")
            raw.close()  # reopened by name, so closing the result closes the file too
            return opener(path, "rb")
    return raw


def _is_ascii_compatible(encoding):
    """True when the codec writes newlines and ASCII as single bytes, so lines split on b'\\n'."""
    return "\n a".encode(encoding) == b"\n a"


def _decode_replacing(raw, encoding):
    """Decode bytes, replacing each invalid sequence with U+FFFD; return (text, bad byte count)."""
    parts, bad = [], 0
    while True:
        try:
            parts.append(raw.decode(encoding))
            return "".join(parts), bad
        except UnicodeDecodeError as exc:
            parts.append(raw[:exc.start].decode(encoding))
            parts.append("\ufffd")
            bad += exc.end - exc.start
            raw = raw[exc.end:]


class ReadCounter:
    """Running totals of the reader, shared with the summary and the progress display."""

    def __init__(self):
        self.bytes_read = 0
        self.replaced_bytes = 0


def read_lines(stream, name, counter, encoding="utf-8", errors="strict"):
    """Yield (line number, text) for every line; any line ending is accepted, a BOM is dropped."""
    if not _is_ascii_compatible(encoding):
        yield from _read_lines_text(stream, name, encoding, errors)
        return
    lineno = 0
    try:
        for raw in stream:
            counter.bytes_read += len(raw)
            if b"\x00" in raw:
                column = raw.index(b"\x00") + 1
                raise InputError("%s:%d: NUL byte at column %d: this looks like a binary file,"
                                 " not a text dump" % (name, lineno + 1, column))
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError as exc:
                if errors == "strict":
                    raise _decode_error(name, lineno, raw, exc, encoding) from None
                text, bad = _decode_replacing(raw, encoding)
                counter.replaced_bytes += bad
            if lineno == 0 and text.startswith("\ufeff"):
                text = text[1:]
            if text.endswith("\n"):
                text = text[:-1]
            if text.endswith("\r"):
                text = text[:-1]
            if "\r" in text:  # old Mac line endings: one raw line holds several lines
                for part in text.split("\r"):
                    lineno += 1
                    yield lineno, part
            else:
                lineno += 1
                yield lineno, text
    except _READ_ERRORS as exc:
        raise InputError("%s:%d: cannot read: %s" % (name, lineno + 1, _reason(exc))) from None


def _read_lines_text(stream, name, encoding, errors):
    """Yield numbered lines of a codec that is not ASCII-compatible (UTF-16, UTF-32)."""
    lineno = 0
    text_stream = io.TextIOWrapper(stream, encoding=encoding, errors=errors, newline=None)
    try:
        for text in text_stream:
            lineno += 1
            if lineno == 1 and text.startswith("\ufeff"):
                text = text[1:]
            yield lineno, text.rstrip("\n")
    except UnicodeDecodeError as exc:
        raise InputError("%s:%d: invalid %s data (%s) (use --encoding or --errors replace)"
                         % (name, lineno + 1, encoding, exc.reason)) from None
    except _READ_ERRORS as exc:
        raise InputError("%s:%d: cannot read: %s" % (name, lineno + 1, _reason(exc))) from None


def _decode_error(name, lineno, raw, exc, encoding):
    """Build the one-line error for an undecodable byte, pointing at its line and column."""
    before = raw[:exc.start].decode(encoding, "replace")
    lineno += 1 + before.count("\r")
    column = len(before) - (before.rfind("\r") + 1) + 1
    label = "UTF-8" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding
    return InputError("%s:%d: invalid %s byte 0x%02x at column %d (use --encoding or --errors"
                      " replace)" % (name, lineno, label, raw[exc.start], column))


def _reason(exc):
    """A short human reason for an I/O or decompression error."""
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


# ===========================================================================
# STAGE 2: blocks of non-blank lines
# ===========================================================================

def iter_blocks(lines):
    """Group numbered lines into blocks separated by blank lines: yield (first line, [lines])."""
    block = []
    first = 0
    for lineno, text in lines:
        if text and not text.isspace():
            if not block:
                first = lineno
            block.append(text)
        elif block:
            yield first, block
            block = []
    if block:
        yield first, block


# ===========================================================================
# STAGE 3: articles
# ===========================================================================

Article = namedtuple("Article", "line title body paragraphs")

# A line that ends a sentence: final punctuation, possibly followed by closing quotes/brackets.
_SENTENCE_END = re.compile(r"[.!?\u2026:;,\u3002\uff01\uff1f\u061f\u0964][\"'\u2019\u201d\u00bb)\]]*$")
_QUESTION_END = re.compile(r"\?[\"'\u2019\u201d\u00bb)\]]*$")
_EXCLAMATION_OR_QUESTION_END = re.compile(r"[!?][\"'\u2019\u201d\u00bb)\]]*$")
# List items and sub-headings set off by dashes ("- Years of war -") are body text.
_LIST_ITEM = re.compile(r"^(?:[-*\u2022\u00b7\u2013\u2014\u25aa\u25ba>]\s|\d{1,3}[.)]\s|\(?[a-z]\)\s)")
_DASHED_SUBHEADING = re.compile(r"^[-\u2013\u2014].*[-\u2013\u2014]$")
_SCORE = re.compile(r"\d+\s*[-\u2013:]\s*\d+")
# Bylines and credits end a body; they are never titles.
_CREDIT = re.compile(
    r"^(?:\(?(?:by|par|von|por|di|door|av|af|od|przez|de|da|tarafından)\s+\S"
    r"|[\u00a9(]|\u2014|photo|foto|source|quelle|credit|crédit|additional reporting|reporting by"
    r"|editing by|with afp|avec afp|copyright)",
    re.IGNORECASE)
# Scripts written without spaces, where a one-"word" line can still be a headline.
_UNSPACED_SCRIPT = re.compile("[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def looks_like_title(block, max_title_chars=DEFAULT_MAX_TITLE_CHARS):
    """True if a block could be a headline: one short line that does not end a sentence."""
    if len(block) != 1:
        return False
    line = block[0].strip()
    if len(line) > max_title_chars or not line:
        return False
    if _SENTENCE_END.search(line) and not _QUESTION_END.search(line):
        return False
    first = line[0]
    if first.islower() or _LIST_ITEM.match(line) or _DASHED_SUBHEADING.match(line):
        return False
    words = line.split()
    if len(words) < 2 and not _UNSPACED_SCRIPT.search(line):
        return False
    if len(words) < 4 and _QUESTION_END.search(line):
        return False
    if _CREDIT.match(line) and len(words) <= 6:
        return False
    if len(words) <= 5 and _SCORE.search(line) and all(
            not w[0].islower() for w in words):
        return False
    return True


def _joined(block):
    """The text of a block: its lines joined by newlines."""
    return block[0] if len(block) == 1 else "\n".join(block)


def make_article(line, title_block, body_blocks):
    """Build an Article from its title block and body blocks (paragraphs joined by a blank line)."""
    paragraphs = [_joined(b) for b in body_blocks]
    if len(title_block) > 1:  # text right under the title, with no blank line, opens the body
        paragraphs.insert(0, "\n".join(title_block[1:]))
    body = "\n\n".join(paragraphs).strip()
    return Article(line, title_block[0].strip(), body, len(paragraphs) if body else 0)


def split_pairs(blocks):
    """Split blocks that strictly alternate title, body into articles."""
    title = None
    for line, block in blocks:
        if title is None:
            title = (line, block)
        else:
            yield make_article(title[0], title[1], [block])
            title = None
    if title is not None:
        yield make_article(title[0], title[1], [])


def split_auto(blocks, max_title_chars=DEFAULT_MAX_TITLE_CHARS):
    """Split blocks into articles whose bodies may span several paragraphs (see README)."""
    current = None  # (title line, title block, body blocks)
    previous = None
    blocks = iter(blocks)
    block = next(blocks, None)
    block_is_title = block is not None and looks_like_title(block[1], max_title_chars)
    while block is not None:
        following = next(blocks, None)
        following_is_title = (following is not None
                              and looks_like_title(following[1], max_title_chars))
        if current is None or (block_is_title and _starts_article(
                previous, block[1], following, following_is_title, bool(current[2]))):
            if current is not None:
                yield make_article(*current)
            current = (block[0], block[1], [])
        else:
            current[2].append(block[1])
        previous = block[1]
        block, block_is_title = following, following_is_title
    if current is not None:
        yield make_article(*current)


def _starts_article(previous, block, following, following_is_title, has_body):
    """Decide whether a title-like block opens a new article, given its neighbours."""
    if following is None:  # the last block is a title only if the article before has a body
        return has_body
    if following_is_title:
        return False
    if _QUESTION_END.search(block[0].rstrip()) and previous is not None and len(previous) == 1 \
            and _EXCLAMATION_OR_QUESTION_END.search(previous[0].rstrip()):
        return False  # a question in a run of one-line reader comments
    return True


def split_articles(blocks, layout="auto", max_title_chars=DEFAULT_MAX_TITLE_CHARS):
    """Split blocks into articles with the chosen layout rule ('auto' or 'pairs')."""
    if layout == "pairs":
        return split_pairs(blocks)
    return split_auto(blocks, max_title_chars)


# ===========================================================================
# STAGE 4: unique articles
# ===========================================================================

def article_digest(article):
    """A 128-bit digest of an article's title and body: equal articles, equal digests."""
    digest = hashlib.blake2b(article.title.encode("utf-8", "surrogatepass"), digest_size=16)
    digest.update(b"\x00")
    digest.update(article.body.encode("utf-8", "surrogatepass"))
    return digest.digest()


class SeenDigests:
    """Digests of kept articles in flat arrays: about 32 bytes an article, never any text."""

    def __init__(self):
        self._high = array("Q")  # digest halves of kept article id N at index N - 1
        self._low = array("Q")
        self._slots = array("I", bytes(4 * 1024))  # open addressing: kept id, 0 when empty
        self._mask = 1023

    def __len__(self):
        return len(self._high)

    def add(self, digest):
        """Return the id of an earlier article with this digest, or 0 after adding it anew."""
        high = int.from_bytes(digest[:8], "little")
        low = int.from_bytes(digest[8:16], "little")
        slots, mask = self._slots, self._mask
        index = high & mask
        while slots[index]:
            kept = slots[index]
            if self._high[kept - 1] == high and self._low[kept - 1] == low:
                return kept
            index = (index + 1) & mask
        self._high.append(high)
        self._low.append(low)
        slots[index] = len(self._high)
        if 2 * len(self._high) > mask:
            self._grow()
        return 0

    def _grow(self):
        """Double the slot table, keeping it at most half full so probes stay short."""
        self._mask = mask = 2 * self._mask + 1
        slots = self._slots = array("I", bytes(4 * (mask + 1)))
        for kept, high in enumerate(self._high, 1):
            index = high & mask
            while slots[index]:
                index = (index + 1) & mask
            slots[index] = kept


UniqueArticle = namedtuple("UniqueArticle", "id line title body paragraphs")


class DuplicateLog:
    """Every dropped copy as (input line, id of the kept copy), in compact arrays."""

    def __init__(self):
        self.lines = array("Q")
        self.kept_ids = array("Q")

    def __len__(self):
        return len(self.lines)

    def add(self, line, kept_id):
        """Record one dropped copy."""
        self.lines.append(line)
        self.kept_ids.append(kept_id)

    def __iter__(self):
        return zip(self.lines, self.kept_ids)


def drop_duplicates(articles, duplicates, seen=None):
    """Yield each article the first time it occurs, numbered from 1; log later copies."""
    seen = SeenDigests() if seen is None else seen
    for article in articles:
        kept = seen.add(article_digest(article))
        if kept:
            duplicates.add(article.line, kept)
        else:
            yield UniqueArticle(len(seen), *article)


# ===========================================================================
# STAGE 5: language-tagged records, encoded as JSON
# ===========================================================================

_encode = json.JSONEncoder(ensure_ascii=False).encode


def render_article(article, candidates=None):
    """Guess an article's language and encode its record: return (JSON text, language)."""
    language, confidence = guess_language(article.title + "\n" + article.body, candidates)
    record = {"id": article.id, "line": article.line, "title": article.title,
              "body": article.body, "language": language,
              "language_confidence": confidence}
    return _encode(record), language


def render_chunk(chunk, candidates=None):
    """Render a list of articles (the unit of work of --jobs)."""
    return [render_article(article, candidates) for article in chunk]


def _chunks(articles, max_articles=64, max_chars=1 << 20):
    """Group articles into lists bounded in count and text size."""
    chunk, size = [], 0
    for article in articles:
        chunk.append(article)
        size += len(article.body) + len(article.title)
        if len(chunk) >= max_articles or size >= max_chars:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def render_articles(articles, candidates=None, jobs=1):
    """Yield (article, JSON text, language) in input order, in worker processes when jobs > 1."""
    if jobs <= 1:
        for article in articles:
            yield (article,) + render_article(article, candidates)
        return
    import multiprocessing
    in_flight = deque()
    with multiprocessing.get_context("spawn").Pool(jobs) as pool:
        for chunk in _chunks(articles):
            in_flight.append((chunk, pool.apply_async(render_chunk, (chunk, candidates))))
            while len(in_flight) > 2 * jobs:  # bounded: never more than 2 chunks per worker
                yield from _finish(*in_flight.popleft())
        while in_flight:
            yield from _finish(*in_flight.popleft())


def _finish(chunk, result):
    """Wait for one rendered chunk and pair each article with its JSON text."""
    for article, rendered in zip(chunk, result.get()):
        yield (article,) + rendered


# ===========================================================================
# STAGE 6: writers
# ===========================================================================

class Summary:
    """Counts reported in stats and on stderr."""

    def __init__(self, input_name):
        self.input_name = input_name
        self.articles_written = 0
        self.empty_bodies = 0
        self.multi_paragraph_bodies = 0
        self.languages = Counter()

    def count(self, article, language):
        """Count one written article."""
        self.articles_written += 1
        self.empty_bodies += not article.body
        self.multi_paragraph_bodies += article.paragraphs > 1
        self.languages[language] += 1

    def stats(self, duplicates, reader):
        """The stats object of the JSON output."""
        return {"input": self.input_name,
                "articles_read": self.articles_written + len(duplicates),
                "articles_written": self.articles_written,
                "duplicates_dropped": len(duplicates),
                "empty_bodies": self.empty_bodies,
                "multi_paragraph_bodies": self.multi_paragraph_bodies,
                "replaced_bytes": reader.replaced_bytes,
                "languages": dict(sorted(self.languages.items(),
                                         key=lambda item: (-item[1], item[0])))}

    def line(self, duplicates, reader):
        """The one-line summary for stderr."""
        stats = self.stats(duplicates, reader)
        languages = ", ".join("%s %d" % item for item in stats["languages"].items())
        text = ("%s: %d articles read, %d written, %d duplicates dropped"
                % (PROG, stats["articles_read"], stats["articles_written"],
                   stats["duplicates_dropped"]))
        if reader.replaced_bytes:
            text += ", %d undecodable bytes replaced" % reader.replaced_bytes
        return text + ("; languages: " + languages if languages else "")


def write_json(rendered, out, summary, duplicates, reader):
    """Write one JSON document, one article a line, without holding the list in memory."""
    out.write('{"articles": [')
    separator = "\n"
    for article, text, language in rendered:
        out.write(separator)
        out.write(text)
        separator = ",\n"
        summary.count(article, language)
    out.write('\n],\n"duplicates": [')
    separator = "\n"
    for line, kept_id in duplicates:
        out.write('%s{"line": %d, "duplicate_of": %d}' % (separator, line, kept_id))
        separator = ",\n"
    out.write('\n],\n"stats": %s\n}\n' % _encode(summary.stats(duplicates, reader)))


def write_jsonl(rendered, out, summary, duplicates, reader):
    """Write JSON Lines: one article object a line and nothing else."""
    for article, text, language in rendered:
        out.write(text)
        out.write("\n")
        summary.count(article, language)


WRITERS = {"json": write_json, "jsonl": write_jsonl}


class Progress:
    """A one-line progress display on stderr, redrawn at most a few times a second."""

    def __init__(self, reader, stream=sys.stderr, interval=0.5):
        self.reader, self.stream, self.interval = reader, stream, interval
        self.start = self.last = time.monotonic()

    def track(self, rendered):
        """Pass items through, updating the display as they go by."""
        count = 0
        for item in rendered:
            count += 1
            if not count & 63 and time.monotonic() - self.last >= self.interval:
                self.show(count)
            yield item
        self.stream.write("\r\x1b[K")

    def show(self, articles):
        """Redraw the display."""
        self.last = now = time.monotonic()
        megabytes = self.reader.bytes_read / 1e6
        self.stream.write("\r\x1b[K%s: %.0f MB read, %.1f MB/s, %d articles"
                          % (PROG, megabytes, megabytes / max(now - self.start, 1e-9), articles))
        self.stream.flush()


# ===========================================================================
# COMMAND LINE
# ===========================================================================

class UsageError(Exception):
    """The command line asks for something impossible (exit code 2)."""


class AtomicOutput:
    """A text file written under a temporary name and renamed into place only on success."""

    def __init__(self, path):
        self.path = path
        directory = os.path.dirname(os.path.abspath(path))
        fd, self.temporary = tempfile.mkstemp(
            prefix="." + os.path.basename(path) + ".", suffix=".tmp", dir=directory)
        self.file = io.TextIOWrapper(open(fd, "wb", buffering=1 << 20),
                                     encoding="utf-8", newline="\n")

    def commit(self):
        """Flush to disk and move the finished file over the destination."""
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        os.chmod(self.temporary, _new_file_mode(self.path))
        os.replace(self.temporary, self.path)

    def discard(self):
        """Throw the unfinished file away, leaving the destination untouched."""
        try:
            self.file.close()
        except OSError:
            pass
        try:
            os.unlink(self.temporary)
        except FileNotFoundError:
            pass


def _new_file_mode(path):
    """Keep an existing file's permissions; a new file gets the usual ones (umask applied)."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


class _ArgumentParser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line, like every other error."""

    def error(self, message):
        sys.stderr.write("%s: error: %s (see --help)\n" % (PROG, message))
        sys.exit(2)


def build_parser():
    """The argument parser of the command line."""
    parser = _ArgumentParser(
        prog=PROG,
        description="Split a news dump into articles, drop exact duplicates, guess each"
                    " article's language, and write JSON for jq.")
    parser.add_argument("dump", nargs="?", metavar="DUMP",
                        help="the dump to read: a path (.gz, .bz2, .xz are decompressed) or -"
                             " for standard input")
    parser.add_argument("-o", "--output", metavar="OUT",
                        help="write here (atomically) instead of standard output")
    parser.add_argument("--format", choices=("json", "jsonl"), default="json",
                        help="one JSON document (default) or one article object a line")
    parser.add_argument("--layout", choices=("auto", "pairs"), default="auto",
                        help="auto: bodies may span several paragraphs (default); pairs: blocks"
                             " strictly alternate title, body")
    parser.add_argument("--max-title-chars", type=int, default=DEFAULT_MAX_TITLE_CHARS,
                        metavar="N", help="longest line auto layout takes for a title"
                                          " (default %(default)s)")
    parser.add_argument("--encoding", default="utf-8", metavar="ENC",
                        help="input encoding, any Python codec (default utf-8)")
    parser.add_argument("--errors", choices=("strict", "replace"), default="strict",
                        help="on undecodable bytes: stop (default) or replace them with U+FFFD")
    parser.add_argument("--languages", metavar="CODES",
                        help="comma-separated language codes to choose from, e.g. en,fr,de")
    parser.add_argument("--list-languages", action="store_true",
                        help="print the supported language codes and names, then exit")
    parser.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                        help="processes for language guessing and encoding (0: all cores)")
    parser.add_argument("--no-progress", action="store_true",
                        help="no progress display (shown only when stderr is a terminal)")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="no summary line on stderr")
    parser.add_argument("--version", action="version", version="%(prog)s " + __version__)
    return parser


def _check_arguments(args):
    """Reject option values that cannot work, before touching any file."""
    if args.dump is None:
        raise UsageError("the following arguments are required: DUMP")
    if args.max_title_chars < 1:
        raise UsageError("--max-title-chars must be at least 1")
    if args.jobs < 0:
        raise UsageError("--jobs must be 0 (all cores) or more")
    try:
        "".encode(args.encoding)
    except LookupError:
        raise UsageError("unknown encoding %r" % args.encoding) from None
    if args.output and args.dump != "-" and os.path.exists(args.output) \
            and os.path.exists(args.dump) and os.path.samefile(args.output, args.dump):
        raise UsageError("the output %s is the input file; refusing to overwrite it"
                         % args.output)


def run(args):
    """Run the whole pipeline for parsed arguments; return the summary line."""
    name = "<stdin>" if args.dump == "-" else args.dump
    candidates = parse_language_list(args.languages) if args.languages else None
    try:
        stream = open_dump(args.dump)
    except OSError as exc:
        raise InputError("cannot open %s: %s" % (name, _reason(exc))) from None
    reader = ReadCounter()
    lines = read_lines(stream, name, reader, args.encoding, args.errors)
    articles = split_articles(iter_blocks(lines), args.layout, args.max_title_chars)
    duplicates = DuplicateLog()
    unique = drop_duplicates(articles, duplicates)
    rendered = render_articles(unique, candidates, args.jobs or os.cpu_count() or 1)
    if not args.no_progress and not args.quiet and sys.stderr.isatty():
        rendered = Progress(reader).track(rendered)
    summary = Summary(name)
    write = WRITERS[args.format]
    with stream:
        _write_output(args, write, rendered, summary, duplicates, reader)
    return summary.line(duplicates, reader)


def _write_output(args, write, rendered, summary, duplicates, reader):
    """Drive the pipeline into the -o file (atomically) or standard output."""
    if args.output:
        output = AtomicOutput(args.output)
        try:
            write(rendered, output.file, summary, duplicates, reader)
            output.commit()
        except BaseException:
            output.discard()
            raise
    else:
        out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n",
                               write_through=False)
        write(rendered, out, summary, duplicates, reader)
        out.flush()
        out.detach()


def main(argv=None):
    """Command-line entry point: parse arguments, run, map failures to exit codes."""
    args = build_parser().parse_args(argv)
    if args.list_languages:
        for code, language in sorted(LANGUAGE_NAMES.items()):
            print("%s\t%s" % (code, language))
        return 0
    try:
        _check_arguments(args)
        summary_line = run(args)
    except UsageError as exc:
        return _fail(str(exc), 2)
    except ValueError as exc:  # an unknown --languages code
        return _fail(str(exc), 2)
    except InputError as exc:
        return _fail(str(exc), 1)
    except BrokenPipeError:
        # The reader went away (| head, jq exiting): stop quietly, and keep Python from
        # complaining when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        sys.stderr.write("\n%s: interrupted\n" % PROG)
        return 130
    except OSError as exc:
        target = args.output or "standard output"
        return _fail("cannot write %s: %s" % (target, _reason(exc)), 1)
    if not args.quiet:
        print(summary_line, file=sys.stderr)
    return 0


def _fail(message, code):
    """Print a one-line error and return the exit code."""
    sys.stderr.write("%s: error: %s\n" % (PROG, message))
    return code


if __name__ == "__main__":
    sys.exit(main())
