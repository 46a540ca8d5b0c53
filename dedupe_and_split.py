#!/usr/bin/env python3
"""Split a concatenated news dump into articles, drop exact duplicates, tag languages.

The dump is a title line, a blank line, the body, a blank line, the next title, and so on.
Articles whose title and body are identical to an earlier one are dropped and recorded; every
kept article gets a language guess from stopword counts. The result is one JSON document (or
JSON Lines) meant for jq:

    python3 dedupe_and_split.py dump.txt | jq -r '.articles[] | select(.language == "fr") | .title'

Several dumps are read in turn as one stream; with --seen, a SQLite store remembers the
articles earlier runs wrote, so that they are dropped too.

Map of this file, top to bottom:
    errors           InputError (StoreError), WorkerError, UsageError, OutputError, Stopped,
                     each naming its exit code
    stages 1-4       read_lines -> iter_blocks -> split_articles -> encode_articles (Dumps)
    language guess   guess_language, used by stage 5
    stages 5-6       look_up_earlier (SeenStore), drop_duplicates, tag_languages, Summary.track
                     -> render_records -> write_json / write_jsonl / write_report
    command line     open_output (AtomicOutput), build_parser, run, main
    generated data   LANGUAGE_NAMES and the STOPWORDS tables (tests/tools/build_stopwords.py)
"""

import argparse
import binascii
import bisect
import bz2
import codecs
import contextlib
import errno
import gzip
import hashlib
import json
import lzma
import math
import os
import pathlib
import re
import shlex
import signal
import sqlite3
import stat
import sys
import tempfile
import time
import zlib
from array import array
from collections import Counter, deque, namedtuple
from itertools import islice, repeat
from json.encoder import encode_basestring
from operator import mul

__version__ = "1.0.0"
# Bumped when a key of the JSON output is removed or changes meaning (added keys keep it).
SCHEMA_VERSION = 1

PROG = "dedupe_and_split.py"
DEFAULT_MAX_TITLE_CHARS = 200

# ===========================================================================
# ERRORS: each names the exit code main() gives it
# ===========================================================================

class InputError(Exception):
    """The input cannot be read as a dump (exit code 1); the message names the file and line."""


class WorkerError(Exception):
    """A --jobs worker process failed (exit code 1)."""


class StoreError(InputError):
    """The --seen store cannot be read or written (exit code 1)."""


class UsageError(Exception):
    """The command line asks for something impossible (exit code 2)."""


class OutputError(Exception):
    """The output cannot be written (exit code 1); the message names the target."""


class Stopped(KeyboardInterrupt):
    """SIGTERM or SIGHUP arrived (exit code 128 + its number): cleaned up as for Ctrl-C."""

    def __init__(self, signum):
        super().__init__(signum)
        self.signum = signum


# Signals that stop a run: timeout, kill, docker stop and CI cancellation send SIGTERM; a
# closed terminal or SSH session sends SIGHUP.
_STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP")
                      if hasattr(signal, name))


# ===========================================================================
# STAGE 1: reading lines
# ===========================================================================

# Compressed input is recognised by its first bytes, so a .gz piped into stdin works too.
_COMPRESSED = ((b"\x1f\x8b", gzip.open), (b"\xfd7zXZ\x00", lzma.open), (b"BZh", bz2.open))
_READ_ERRORS = (OSError, EOFError, lzma.LZMAError, zlib.error)


def open_dump(path):
    """Open a dump path (or '-' for stdin) as a DumpStream, decompressing if needed."""
    if path == "-" and sys.stdin is None:
        raise InputError("cannot read standard input: it is closed")
    raw = sys.stdin.buffer if path == "-" else open(path, "rb")
    try:
        magic = raw.peek(6)[:6]
    except _READ_ERRORS:
        magic = b""
    for prefix, opener in _COMPRESSED:
        if magic.startswith(prefix):
            # Decompress from the open file, never by reopening its name: the peeked bytes
            # of a pipe (<(zcat ...), /dev/stdin, a FIFO) exist only in its buffer.
            return DumpStream(opener(raw, "rb"), raw, path != "-")
    return DumpStream(raw, raw, path != "-")


class DumpStream:
    """The dump's bytes, decompressed, and the file they come from (whose position and size
    the progress display shows)."""

    def __init__(self, stream, file, owns_file):
        self.read = stream.read
        self.stream, self.file, self.owns_file = stream, file, owns_file

    def size(self):
        """The file's size in bytes when it is a regular file, else None (a pipe)."""
        try:
            status = os.fstat(self.file.fileno())
        except (OSError, ValueError):
            return None
        return status.st_size if stat.S_ISREG(status.st_mode) else None

    def position(self):
        """Bytes of the file read so far (compressed bytes for compressed input)."""
        return self.file.tell()

    def close(self):
        """Close the decompressor and the file."""
        try:
            self.stream.close()
        finally:
            if self.owns_file:
                self.file.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


# The dump is decoded in large chunks and split into lines in C; only the lines themselves
# pass through Python code.
READ_CHUNK_BYTES = 1 << 18


class ReadCounter:
    """Running totals of the reader, shared with the summary and the progress display."""

    def __init__(self):
        self.bytes_read = 0
        self.replaced_bytes = 0


def _replacing_handler(counter):
    """Register a codec error handler that replaces bad bytes with U+FFFD and counts them."""
    name = "%s-replace-%d" % (PROG, id(counter))

    def replace(exc):
        counter.replaced_bytes += exc.end - exc.start
        return "\ufffd", exc.end

    codecs.register_error(name, replace)
    return name


def read_lines(stream, name, counter, encoding=None, errors="strict"):
    """Yield (line number, text) for every line; any line ending is accepted, a BOM is dropped."""
    lineno = 0
    pieces = []  # the start of a line whose end is still to come
    for text in _decoded_text(stream, name, counter, encoding, errors):
        lines = text.split("\n")
        if len(lines) > 1:
            if pieces:
                pieces.append(lines[0])
                lines[0] = "".join(pieces)
            pieces = []
            last = lines.pop()
            for line in lines:
                lineno += 1
                yield lineno, line
        else:
            last = lines[0]
        if last:
            pieces.append(last)
    if pieces:
        yield lineno + 1, "".join(pieces)


# A byte-order mark names its encoding; without one (or with UTF-8's) the input is UTF-8.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _decoded_text(stream, name, counter, encoding=None, errors="strict"):
    """Yield the dump's text in large chunks with "\\n" line endings, checked for what JSON
    text cannot hold (NUL, lone surrogates); encoding None: UTF-8, or what a BOM says."""
    start = (0, 0)  # lines and columns of text before the chunk, for error positions
    raw = _read(stream, name, start)
    if encoding is None:
        encoding = next((codec for bom, codec in _BOMS if raw.startswith(bom)), "utf-8")
    if errors == "replace":
        errors = _replacing_handler(counter)
    decoder = codecs.getincrementaldecoder(encoding)(errors)
    # UTF-8 never decodes to a lone surrogate; codecs such as UTF-7 can, and UTF-8 output
    # cannot hold one.
    check_surrogates = codecs.lookup(encoding).name != "utf-8"
    carry = ""   # a final "\r" that may be the first half of "\r\n"
    first = True
    while True:
        offset = counter.bytes_read
        counter.bytes_read += len(raw)
        try:
            text = carry + decoder.decode(raw, not raw)
        except UnicodeDecodeError as exc:
            raise _decode_error(name, start, carry, exc, encoding, offset) from None
        except UnicodeError as exc:  # "UTF-16 stream does not start with BOM", say
            raise InputError("%s:%d: invalid %s data (%s) (use --encoding)"
                             % (name, start[0] + 1, encoding, exc)) from None
        carry = ""
        if check_surrogates and _SURROGATE.search(text):
            text = _lone_surrogates(text, name, start, errors, counter, encoding)
        if first and text:
            first = False
            if text.startswith("\ufeff"):
                text = text[1:]
        if "\x00" in text:
            raise _nul_error(name, start, text, raw, offset)
        if "\r" in text:
            if raw and text.endswith("\r"):
                text, carry = text[:-1], "\r"
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if text:
            yield text
            start = _position(start, text)
        if not raw:
            return
        raw = _read(stream, name, start)


def _read(stream, name, start):
    """The next chunk of raw bytes; b"" at the end."""
    try:
        return stream.read(READ_CHUNK_BYTES)
    except _READ_ERRORS as exc:
        raise InputError("%s:%d: cannot read: %s" % (name, start[0] + 1, _reason(exc))) from None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _lone_surrogates(text, name, start, errors, counter, encoding):
    """Fail on lone surrogates a codec decoded, or replace them with U+FFFD and count them."""
    if errors != "strict":
        text, count = _SURROGATE.subn("\ufffd", text)
        counter.replaced_bytes += count  # the bytes behind each are unknown: count one
        return text
    at = _SURROGATE.search(text).start()
    if "\x00" in text[:at]:
        raise _nul_error(name, start, text, b"", 0)
    line, column = _at(start, text[:at])
    raise InputError("%s:%d: invalid %s data: lone surrogate U+%04X at column %d (use --encoding"
                     " or --errors replace)" % (name, line, encoding, ord(text[at]), column))


def _position(start, text):
    """(lines, columns) done after a text that follows `start`."""
    newlines = text.count("\n")
    if newlines:
        return start[0] + newlines, len(text) - text.rfind("\n") - 1
    return start[0], start[1] + len(text)


def _at(start, before):
    """(line number, column) of the character right after `before`, which follows `start`."""
    lines, columns = _position(start, before.replace("\r\n", "\n").replace("\r", "\n"))
    return lines + 1, columns + 1


def _decode_error(name, start, carry, exc, encoding, offset):
    """The one-line error for an undecodable byte, at its line and column, with what to do."""
    before = carry + exc.object[:exc.start].decode(encoding, "replace")
    if "\x00" in before:  # the earliest problem is the one to report
        return _nul_error(name, start, before, exc.object, offset)
    line, column = _at(start, before)
    normal = codecs.lookup(encoding).name
    # In UTF-16 and UTF-32 a character is several bytes: name the problem, not one byte.
    if normal.startswith(("utf-16", "utf-32")):
        return InputError("%s:%d: invalid %s data (%s) at column %d (use --encoding or"
                          " --errors replace)" % (name, line, encoding, exc.reason, column))
    label = "UTF-8" if normal == "utf-8" else encoding
    advice = _utf8_advice(exc, before, offset) if normal == "utf-8" else None
    return InputError("%s:%d: invalid %s byte 0x%02x at column %d%s"
                      % (name, line, label, exc.object[exc.start], column,
                         advice or " (use --encoding or --errors replace)"))


def _utf8_advice(exc, before, offset):
    """What undecodable UTF-8 looks like: UTF-16, stray bytes in UTF-8, or a legacy encoding."""
    data = exc.object
    for bom, codec in _BOMS:
        if data.startswith(bom) and offset == 0:
            return ": the file starts with a %s byte-order mark (leave out --encoding)" \
                   % codec.upper()
    order = _utf16_order(data, offset)
    if order:
        return ": this looks like UTF-16 without a byte-order mark (use --encoding utf-16-%s)" \
               % order
    rest = data[exc.start:]
    if b"\x00" in rest:
        return ": this looks like a binary file, not a text dump"
    bad = ReadCounter()
    decoded = rest.decode("utf-8", _replacing_handler(bad))
    if not (before.isascii() and decoded.replace("\ufffd", "").isascii()):
        # Valid multi-byte sequences around it: UTF-8 with stray bytes, not another encoding.
        stray = "one stray byte" if bad.replaced_bytes == 1 else \
            "%d stray bytes in the next %d bytes" % (bad.replaced_bytes, len(rest))
        return ": valid UTF-8 up to here, %s (use --errors replace)" % stray
    try:
        rest.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return ": not UTF-8 but a single-byte encoding, it seems" \
           " (use --encoding cp1252, or latin-1...)"


def _utf16_order(data, offset):
    """"le" or "be" when NUL bytes fill one byte of every pair, as in UTF-16 Latin text."""
    sample = data[:4096]
    first = sample[(offset % 2)::2]   # bytes at even positions in the file
    second = sample[1 - (offset % 2)::2]
    if len(sample) < 8:
        return None
    if second.count(0) > 0.4 * len(second) and first.count(0) < 0.05 * len(first):
        return "le"
    if first.count(0) > 0.4 * len(first) and second.count(0) < 0.05 * len(second):
        return "be"
    return None


def _nul_error(name, start, text, raw, offset):
    """The one-line error for a NUL character: UTF-16 without a BOM, or a binary file."""
    line, column = _at(start, text[:text.index("\x00")])
    if _utf16_order(raw, offset):
        what = "this looks like UTF-16 without a byte-order mark (use --encoding utf-16-%s)" \
               % _utf16_order(raw, offset)
    else:
        what = "this looks like a binary file, not a text dump"
    return InputError("%s:%d: NUL character at column %d: %s" % (name, line, column, what))


def _plural(count, noun):
    """'1 byte', '2 bytes'."""
    return "%d %s%s" % (count, noun, "" if count == 1 else "s")


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
# „...“ closes with \u201c; French puts a space before »
_CLOSERS = "\"'\u2019\u201d\u201c\u00bb\u00ab\u203a\u300d\u300f)]"
# Every character for which str.isspace() is true (a test checks the list).
_SPACES = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
           "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_CLOSERS_AND_SPACES = _CLOSERS + _SPACES
_SENTENCE_MARKS = frozenset(".!?\u2026:;,\u3002\uff01\uff1f\u061f\u0964")
_QUESTION_MARKS = frozenset("?\uff1f\u061f")
_EXCLAMATION_OR_QUESTION_MARKS = frozenset("!?\uff01\uff1f\u061f")
# A sentence ending inside the line: a headline is one sentence, a body paragraph often more.
# The word before a full stop must not be an abbreviation ("U.S. troops", "Dr. Who", "Inc."):
# four or more letters ("won't."), or three that do not start with a capital ("auf.").
_INNER_SENTENCE_END = re.compile(
    r"(?:[!?\u061f\u0964\u3002\uff01\uff1f]|\w[\w'\u2019]{3,}[\"\u201d\u00bb)]*\.+"
    r"|\b(?![A-Z\u00c0-\u00de\u0391-\u03a9\u0410-\u042f])\w{3}\.+)"
    r"[\"'\u2019\u201d\u00bb)]*\s+[\"'\u201c\u201e\u00ab]?[^\W\d_a-z]")
# Scraped text often glues sentences together ("sans façon.Je m'engage"): a word in lower
# case, a full stop, a capital, with no space between.
# Chinese and Japanese put no space after a full stop: one followed by more text ends a sentence.
_GLUED_SENTENCE_END = re.compile(
    "[a-z\u00df-\u00ff\u0430-\u044f\u03ac-\u03ce]{3}[.!?\u2026][\"'\u00bb\u201d)]*"
    "[A-Z\u00c0-\u00de\u0410-\u042f\u0391-\u03a9]"
    "|[\u3002\uff01\uff1f][\u300d\u300f\u201d\uff09)]*[^\\s\u300d\u300f\u201d\uff09)]")
# A question headline holds no other sentence: before its "?", a full stop after a word in
# lower case ("government is. How could...") ends a sentence, however short the word.
_LOWER_WORD_SENTENCE_END = re.compile(
    "(?:^|\\s)[a-z\u00df-\u00ff\u0430-\u044f\u03ac-\u03ce]+\\.\\s+[^\\W\\d_a-z]")
# Quick first looks: any sentence-final mark at all, any digit at all.
_STOP = re.compile("[.!?\u061f\u0964\u2026\u3002\uff01\uff1f]")
_DIGIT = re.compile(r"\d")
# A line that is wholly one quoted question or exclamation: “What are we to do?”
_QUOTED_QUESTION = re.compile(
    "[\"\u201c\u201e\u00ab\u2018\u300c]\\s?[^\"\u201c\u201d\u00ab\u00bb]*[?!\uff1f\uff01]\\s?"
    "[\"\u201d\u201c\u00bb\u2019\u300d]$")
# List items and sub-headings set off by dashes ("- Years of war -") are body text.
_LIST_ITEM = re.compile(r"^(?:[-*\u2022\u00b7\u2013\u2014\u25aa\u25ba>]\s|\d{1,3}[.)]\s|\(?[a-z]\)\s)")
_DASHED_SUBHEADING = re.compile(r"^[-\u2013\u2014].*[-\u2013\u2014]$")
# A score line names teams and gives numbers: "Arsenal 2-1 Chelsea", "Lakers 102, Celtics 99".
# The score stands between words, set apart by spaces ("50-69岁" and "20:47:37" are not scores).
_SCORE = re.compile(r"[^\W\d_]\s+\d{1,3}\s?[-\u2013:]\s?\d{1,3}(?:\s+[^\W\d_]|$)"
                    r"|[^\W\d_]\s+\d+,\s+\D+\s\d+$")
# A headline does not end with an opening bracket or quote, nor leave a bracket open.
_OPENS = "([{\u201e"
# Bylines and credits end a body; they are never titles. A byline names people or agencies,
# so after its opening word every word is capitalised, a number, or a short joiner ("and",
# "de"): "By Jane Doe", "Photo: John Smith/AP"; "Par le biais d'un accord" is a headline.
_CREDIT = re.compile(
    r"^(?:\(?(?:by|par|von|por|di|door|av|af|od|przez|tarafından)\s"
    r"|photos?\b|fotos?\b|source\b|quelle\b|credits?\b|crédits?\b|additional reporting"
    r"|reporting by|editing by|writing by|with\b|avec\b|mit\b|copyright)\W*",
    re.IGNORECASE)
_ALWAYS_CREDIT = re.compile("^[\u00a9(\u2014]")
# A dateline ("WASHINGTON (AP) \u2014") runs on into the paragraph after it.
_RUNS_ON = ("-", "\u2013", "\u2014")  # a line ending on one of these
# A block starting with one of these continues a sentence, as one starting in lower case does
# (in Latin, Greek and Cyrillic script: Georgian, say, has no capitals to start with).
_CARRIES_ON = ".,;:)]\u2026"
# A line that stops in the middle of a sentence: on a letter, a digit or a comma. (Searched in
# the end of the line only: a regular expression anchored at the end still tries every start.)
_ENDS_MID_SENTENCE = re.compile(r"[\w,]\s*$")
# Opening quotation marks: a pull quote is not a list item.
_QUOTES = "\"'\u201c\u201e\u00ab\u2018\u201a\u300c"
# Scripts written without spaces, where a one-"word" line can still be a headline.
_UNSPACED_SCRIPT = re.compile("[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def _final_mark(line):
    """The last character of a line but closing quotes, brackets and spaces ('' if none)."""
    # str.rstrip instead of a regular expression anchored at the end, which would try every
    # start in the line.
    return line.rstrip(_CLOSERS_AND_SPACES)[-1:]

def looks_like_title(block, max_title_chars=DEFAULT_MAX_TITLE_CHARS):
    """True if a block could be a headline: one short line that does not end a sentence."""
    if len(block) != 1:
        return False
    line = block[0]
    if len(line) > max_title_chars and not line[0].isspace() and not line[-1].isspace():
        return False  # a long paragraph: said without copying it to strip it
    line = line.strip()
    if len(line) > max_title_chars or not line:
        return False
    mark = _final_mark(line)
    if mark in _SENTENCE_MARKS and mark not in _QUESTION_MARKS:
        return False
    has_stop = _STOP.search(line)  # cheap, and most headlines have none: skip costlier tests
    if has_stop and (_INNER_SENTENCE_END.search(line) or _GLUED_SENTENCE_END.search(line)):
        return False  # two sentences: a paragraph, perhaps cut short by a stripped link
    if _QUOTED_QUESTION.match(line):
        return False  # a question someone asked, quoted as a paragraph of its own
    first = line[0]
    if first.islower() or _LIST_ITEM.match(line) or _DASHED_SUBHEADING.match(line):
        return False
    words = line.split()
    if len(words) < 2 and not _UNSPACED_SCRIPT.search(line):
        return False
    if mark in _QUESTION_MARKS and (len(words) < 4 or has_stop
                                       and _LOWER_WORD_SENTENCE_END.search(line)):
        return False
    if line.endswith(_RUNS_ON) or _is_credit(line, words):
        return False
    if 3 <= len(words) <= 6 and _DIGIT.search(line) and _SCORE.search(line) and all(
            not w[0].islower() for w in words):
        return False
    if line[-1] in _OPENS or line.count("(") > line.count(")"):
        return False  # cut short inside a bracket or before a quotation: body text
    return True


def _is_credit(line, words):
    """True for a byline or credit line: a credit word, then only names, numbers and joiners."""
    if _ALWAYS_CREDIT.match(line):
        return len(words) <= 8
    opening = _CREDIT.match(line)
    if not opening or len(words) > 8:
        return False
    if words[0].isupper() and len(words[0]) > 3 and len(words) > 4:
        return False  # "PHOTOS: ..." in capitals opens a headline; a credit is short
    return all(word[0].isupper() or not word[0].isalpha() or len(word) <= 3
               for word in line[opening.end():].split())


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
    previous, previous_is_title = None, False
    blocks = iter(blocks)
    block, following = next(blocks, None), next(blocks, None)
    block_is_title = block is not None and looks_like_title(block[1], max_title_chars)
    following_is_title = following is not None and looks_like_title(following[1], max_title_chars)
    while block is not None:
        after = next(blocks, None) if following is not None else None
        if current is None or (block_is_title and _starts_article(
                previous, previous_is_title, block[1], following, following_is_title,
                bool(current[2]), after)):
            if current is not None:
                yield make_article(*current)
            current = (block[0], block[1], [])
        else:
            current[2].append(block[1])
        previous, previous_is_title = block[1], block_is_title
        block, block_is_title = following, following_is_title
        following = after
        following_is_title = after is not None and looks_like_title(after[1], max_title_chars)
    if current is not None:
        yield make_article(*current)


def _starts_article(previous, previous_is_title, block, following, following_is_title,
                    has_body, after=None):
    """Decide whether a title-like block opens a new article, given its neighbours.

    previous is the block before (None at the start), following the (line, block) after it
    (None at the end) and after the (line, block) after that (None if there is none); the
    *_is_title flags say whether those look like titles.
    """
    if following is None:  # the last block is a title only if the article before has a body
        return has_body
    if following_is_title:
        return False
    if _carries_on(following[1]) and previous is not None and _is_fragment(block) \
            and _ENDS_MID_SENTENCE.search(previous[-1][-32:]):
        return False  # words cut out of a sentence by a stripped link: "the", "Jamaican", "envoy"
    if after is not None and _is_fragment(following[1]) and (
            _carries_on(after[1]) or _ends_on_joiner(block[0])):
        return False  # this line, then such words: the sentence was cut twice
    if _is_credit_block(following[1]) and (after is None or looks_like_title(after[1])):
        return False  # no article is a byline alone: this line ends the body above it
    if previous_is_title and has_body and _is_list_item(previous, block):
        return False  # the last of a run of short lines: a list, not a headline
    if _final_mark(block[0]) in _QUESTION_MARKS and (
            _is_comment(following[1])
            or _is_comment(previous) and _is_short_or_credit(following[1])):
        return False  # a question among reader comments, which a byline may follow
    return True


def _is_list_item(previous, block):
    """True if a title-like block after a title-like previous one reads as the next list item.

    List items are alike: a line more than twice as long (in words, and over 6) as the one
    before is not its fellow item, and quotations or questions are not list items.
    """
    if _final_mark(previous[0]) in _QUESTION_MARKS \
            or previous[0][:1] in _QUOTES or _final_mark(block[0]) in _QUESTION_MARKS:
        return False
    return len(block[0].split()) <= max(6, 2 * len(previous[0].split()))


def _carries_on(block):
    """True if a block goes on with a sentence: it starts in lower case or with , ; : ) ] . …"""
    opening = block[0].lstrip()[:1]
    return opening in _CARRIES_ON or opening.islower() and opening < "\u0530"


def _is_fragment(block):
    """True for what a stripped link leaves: one to three words, no final punctuation."""
    line = block[0]
    if len(block) != 1 or len(line) > 40:
        return False
    words = line.split()
    return (len(words) <= 3 and _final_mark(line) not in _SENTENCE_MARKS
            and not line.endswith(_RUNS_ON)
            and not _is_credit(line.strip(), words))


def _is_short_or_credit(block):
    """True for a one-line block of at most three words, or a byline or credit."""
    return (len(block) == 1 and len(block[0]) <= 40 and len(block[0].split()) <= 3
            or _is_credit_block(block))


def _is_credit_block(block):
    """True for a one-line byline or credit."""
    if len(block) != 1 or len(block[0]) > 200:
        return False
    line = block[0].strip()
    return _is_credit(line, line.split())


def _ends_on_joiner(line):
    """True if a line ends on a short lower-case word ("with the", "de la"): a cut sentence."""
    last = line.split()[-1]
    return len(last) <= 3 and last.isalpha() and last.islower()


def _is_comment(block):
    """True for a short one-sentence line ending in ! or ?, like a reader comment."""
    return (block is not None and len(block) == 1 and len(block[0]) <= 400
            and len(block[0].split()) <= 25
            and _final_mark(block[0]) in _EXCLAMATION_OR_QUESTION_MARKS
            and not _INNER_SENTENCE_END.search(block[0]))


def split_articles(blocks, layout="auto", max_title_chars=DEFAULT_MAX_TITLE_CHARS):
    """Split blocks into articles with the chosen layout rule ('auto' or 'pairs')."""
    if layout == "pairs":
        return split_pairs(blocks)
    return split_auto(blocks, max_title_chars)


# ===========================================================================
# STAGE 4: articles encoded as JSON, with their digests
# ===========================================================================

# Title and body are JSON-encoded once, as UTF-8 bytes: those bytes are hashed to find
# duplicates and written out as they are. Equal articles have equal encodings, and the quotes
# around each string keep "ab" + "c" apart from "a" + "bc".
# An article also carries the index of the input it came from and, once the stages below have
# looked, the id of the kept copy it repeats (duplicate_of) or where an earlier run saw it
# (earlier).
Encoded = namedtuple("Encoded", "line title body paragraphs digest sample input duplicate_of"
                                " earlier", defaults=(0, 0, None))


# Bytes below 0x20 other than these two make a string take the general (slower) escaper.
_NOT_CONTROL_BYTES = bytes(range(0x20, 0x100))
_COMMON_CONTROLS = b"\n\t"


def encode_json_string(text):
    """The JSON string of a text, in UTF-8, exactly as json.dumps(text, ensure_ascii=False)."""
    # Encode first, then escape the few bytes JSON needs escaped with bytes.replace, in C: the
    # text is walked once instead of once by json's escaper and again by the encoder (the
    # benchmark `tests/tools/benchmark.py throughput` measures the whole run). UTF-8 never puts
    # a byte below 0x80 inside a multi-byte character, so escaping bytes is escaping characters.
    data = text.encode("utf-8")
    controls = data.translate(None, _NOT_CONTROL_BYTES)
    if controls and controls.strip(_COMMON_CONTROLS):
        return encode_basestring(text).encode("utf-8")
    if b"\\" in data:
        data = data.replace(b"\\", b"\\\\")
    if b'"' in data:
        data = data.replace(b'"', b'\\"')
    if controls:
        data = data.replace(b"\n", b"\\n").replace(b"\t", b"\\t")
    return b'"' + data + b'"'


def encode_article(article, input_index=0):
    """Encode an article's title and body as JSON strings in UTF-8 and digest them."""
    try:
        title = encode_json_string(article.title)
        body = encode_json_string(article.body)
    except UnicodeEncodeError:  # only a codec that decodes to lone surrogates gets here
        raise InputError("line %d: the article's text is not valid Unicode (lone surrogate);"
                         " check --encoding" % article.line) from None
    # SHA-256, because current processors have instructions of their own for it (the floor of
    # `tests/tools/benchmark.py throughput` hashes with it too, so it is measured there).
    digest = hashlib.sha256(title)
    digest.update(body)
    # The language guess reads a bounded prefix, so only that much text is kept for it.
    sample = article.title + "\n" + article.body[:LANGUAGE_SAMPLE_CHARS]
    return Encoded(article.line, title, body, article.paragraphs, digest.digest()[:16], sample,
                   input_index)


def encode_articles(articles, input_index=0):
    """Yield articles encoded, in input order."""
    return map(encode_article, articles, repeat(input_index))


def input_name(path):
    """An input as the output names it: its path as given, or <stdin> for -."""
    if path == "-":
        return "<stdin>"
    # A file name that is not valid UTF-8 is shown with U+FFFD in the (UTF-8) output.
    return os.fsencode(path).decode("utf-8", "replace")


def check_input(path):
    """Fail now, before any output, on an input path that cannot be opened later."""
    if path == "-":
        if sys.stdin is None:
            raise InputError("cannot read standard input: it is closed")
        return
    try:
        if os.path.isdir(path):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
        if not os.access(path, os.R_OK):
            os.stat(path)  # says why: missing, or a folder on the way not searchable
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
    except OSError as exc:
        raise InputError("cannot open %s: %s" % (_quoted(path), _reason(exc))) from None


class Dumps:
    """The dumps of a run, read in turn as one stream: what the output calls them, their total
    size and how far reading has got (for the progress display); leaving a with block closes
    the one being read."""

    def __init__(self, paths):
        self.paths, self.names = paths, [input_name(path) for path in paths]
        self.current, self.done = None, 0

    def articles(self, counter, encoding=None, errors="strict", layout="auto",
                 max_title_chars=DEFAULT_MAX_TITLE_CHARS):
        """Yield the encoded articles of every dump in turn; an article never spans two."""
        for index, path in enumerate(self.paths):
            name = "<stdin>" if path == "-" else path
            try:
                self.current = open_dump(path)
            except OSError as exc:
                raise InputError("cannot open %s: %s" % (_quoted(name), _reason(exc))) from None
            with self.current:
                lines = read_lines(self.current, name, counter, encoding, errors)
                articles = split_articles(iter_blocks(lines), layout, max_title_chars)
                yield from encode_articles(articles, index)
                self.done += self.current.size() or 0
            self.current = None

    def size(self):
        """The bytes of all the dumps when each is a regular file, else None (a pipe)."""
        total = 0
        for path in self.paths:
            try:
                status = os.fstat(0) if path == "-" else os.stat(path)
            except OSError:
                return None
            if not stat.S_ISREG(status.st_mode):
                return None
            total += status.st_size
        return total

    def position(self):
        """Bytes of the files read so far (compressed bytes for compressed input)."""
        return self.done + (self.current.position() if self.current is not None else 0)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        if self.current is not None:
            self.current.close()


# ===========================================================================
# LANGUAGE GUESSING
# ===========================================================================

# Only this much of an article is read: enough for a confident guess, and it bounds the cost
# of a long article.
LANGUAGE_SAMPLE_CHARS = 300
LETTER_SAMPLE_CHARS = 250  # letters matter for short texts; words decide long ones
UNSPACED_SAMPLE_CHARS = 200  # characters counted in scripts written without spaces
MIN_EVIDENCE = 3        # stopword hits, plus letters / LETTERS_PER_HIT, below this: "und"
LETTERS_PER_HIT = 12    # letters worth as much evidence as one stopword
MIN_MARGIN = 0.2        # log-likelihood lead of the best language below this: "und"
LETTER_WEIGHT = 0.3     # weight of the letter frequencies against the stopwords
WORDS_DECIDE = 10.0     # stopword lead (in nats) beyond which letters are not consulted
TEMPERATURE = 4.0       # log-likelihood nats per softmax unit: calibrates the confidence
FULL_EVIDENCE = 2.5     # evidence at which the evidence factor reaches 1 - 1/e
POSTERIOR_LANGUAGES = 5  # the best-scoring languages the confidence's softmax runs over
SCRIPT_SAMPLE_TOKENS = 20  # the writing system is the majority's among this many words

# A word is a run of word characters; combining marks of Arabic, Hebrew and Devanagari words
# belong to the word. Everything else separates words. Replacing separators by spaces and
# splitting is twice as fast as finding the words with a regular expression.
_NOT_WORD = re.compile("[^\\w\\s\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f"
                       "\u0670\u06d6-\u06ed\u0900-\u0903\u093a-\u094f\u0951-\u0957"
                       "\u0962\u0963\u200c\u200d]+")

# Writing systems by first code point. Scripts marked * are written without spaces: their
# characters are counted one by one instead of words.
_SCRIPT_STARTS = (
    (0x0000, "latin"), (0x0250, None), (0x0370, "greek"), (0x0400, "cyrillic"),
    (0x0530, None), (0x0590, "hebrew"), (0x0600, "arabic"), (0x0700, None),
    (0x0750, "arabic"), (0x0780, None), (0x0900, "devanagari"), (0x0980, None),
    (0x0e00, "thai*"), (0x0e80, None), (0x1e00, "latin"), (0x1f00, "greek"), (0x2000, None),
    (0x3040, "cjk*"), (0x3100, None), (0x3400, "cjk*"), (0xa000, None), (0xac00, "hangul*"),
    (0xd7b0, None), (0xf900, "cjk*"), (0xfb00, None), (0xfb50, "arabic"), (0xfe00, None),
    (0xfe70, "arabic"), (0xff00, None),
)
_SCRIPT_CODES = [start for start, _ in _SCRIPT_STARTS]
_WORDS_PER_CHARACTER = {"cjk*": 1 / 1.5, "thai*": 1 / 5}  # where tokens are not words
_URL_OR_EMAIL = re.compile(r"\S*(?:://|www\.|@)\S*")


def script_of(char):
    """The writing system of a character, or None for digits, symbols and the unknown."""
    if char.isdigit() or char == "_":
        return None
    return _SCRIPT_STARTS[bisect.bisect_right(_SCRIPT_CODES, ord(char)) - 1][1]


def tokenize(text):
    """Lowercase word tokens, split at punctuation, apostrophes and glued sentence ends."""
    return _words(text.lower())


def _words(lowered):
    """The words of a text already in lower case."""
    return _NOT_WORD.sub(" ", lowered).split()


class _Model:
    """Scoring tables for one set of candidate languages, grouped by writing system."""

    def __init__(self, codes):
        # script -> (languages, word -> cost vector, letter -> cost vector): see _cost_vectors
        self.groups = {}
        self.char_scripts = {}
        by_script = {}
        for code in sorted(codes):
            by_script.setdefault(STOPWORDS[code][0], []).append(code)
        for script, languages in by_script.items():
            words = _cost_vectors([STOPWORDS[code][1] for code in languages], 1.0)
            letters = _cost_vectors([STOPWORDS[code][2] for code in languages], LETTER_WEIGHT)
            self.groups[script] = (tuple(languages), words, letters)

    def script(self, tokens):
        """The writing system, among the candidates', that most of the tokens are in."""
        # Votes are in words. A token is a run of letters between spaces and punctuation: a
        # word in most scripts (Korean too), a phrase in Chinese, Japanese and Thai, whose
        # words are about 1.5 and 5 characters long. Counted as one, the long sentence
        # a Japanese text quotes in English would outvote it.
        scripts = Counter()
        cache = self.char_scripts
        for token in tokens:
            script = cache.get(token[0], False)
            if script is False:
                script = cache[token[0]] = script_of(token[0])
            if script is not None:
                scripts[script] += len(token) * _WORDS_PER_CHARACTER.get(script, 0) or 1
        for script, _ in scripts.most_common():
            if script in self.groups:
                return script
        return None


# Every language of a script is scored at once. A token's cost in each language (its negative
# log-probability, in fixed point) fills one 64-bit field of a single integer, so summing the
# integers of the hits sums every language's score in C. A field cannot overflow into the next:
# a cost is below 2**6 nats and a sample holds fewer than 2**14 tokens.
COST_UNIT = 1 << 20     # cost units per nat
_FIELD_BYTES = 8
_FIELD_BITS = 8 * _FIELD_BYTES
WORDS_DECIDE_UNITS = WORDS_DECIDE * COST_UNIT
MIN_MARGIN_UNITS = MIN_MARGIN * COST_UNIT
_UNITS_TO_SOFTMAX = 1.0 / (TEMPERATURE * COST_UNIT)


def _cost_vectors(tables, weight):
    """{token: its packed costs in the languages of tables}, for every token of any table."""
    weights = [_log_weights(table) for table in tables]
    floors = [_fixed(-floor * weight) for _, floor in weights]
    missing = _pack(floors)
    vectors = dict.fromkeys(sorted(set().union(*tables)), missing)
    # Start every token at the cost of a miss everywhere, then correct the field of each
    # language that lists it: one addition per table entry, not per token and language.
    for field, ((logs, _), floor) in enumerate(zip(weights, floors)):
        shift = _FIELD_BITS * field
        for token, log in logs.items():
            vectors[token] += (_fixed(-log * weight) - floor) << shift
    return vectors


def _fixed(cost):
    """A cost in nats as a whole number of cost units."""
    return round(cost * COST_UNIT)


def _pack(costs):
    """One integer holding a fixed-point cost in each 64-bit field, the first lowest."""
    return sum(cost << (_FIELD_BITS * field) for field, cost in enumerate(costs))


def _unpack(packed, count):
    """The count fields of a packed integer, as a list of fixed-point costs."""
    fields = array("Q", packed.to_bytes(count * _FIELD_BYTES, "little"))
    if sys.byteorder == "big":
        fields.byteswap()
    return fields.tolist()


def _log_weights(table):
    """Natural-log probabilities of a frequency table, and the floor for what it lacks."""
    # Something missing from a table is rarer there than the table's rarest entry.
    floor = math.log(0.25e-6 * min(table.values()))
    return {token: math.log(freq * 1e-6) for token, freq in table.items()}, floor


_MODELS = {}


def _model(candidates):
    """The scoring model of a candidate set, built once per set."""
    key = None if candidates is None else frozenset(candidates)
    model = _MODELS.get(key)
    if model is None:
        model = _MODELS[key] = _Model(STOPWORDS if key is None else key)
    return model


def guess_language(text, candidates=None):
    """Return (ISO 639-1 code or 'und', confidence in [0, 1]) for a text."""
    model = _model(candidates)
    sample = text[:LANGUAGE_SAMPLE_CHARS].lower()
    if "://" in sample or "www." in sample or "@" in sample:
        sample = _URL_OR_EMAIL.sub(" ", sample)
    tokens = _words(sample)
    # Text under a fifth non-ASCII is Latin script, cheap to tell, and most text is: accents
    # are at most 18% of the characters even in Czech or Turkish, and more than a fifth is
    # left to the vote, as for a Japanese text quoting an English sentence.
    non_ascii = len(sample) - len(sample.encode("ascii", "ignore"))
    if 5 * non_ascii < len(sample) and "latin" in model.groups:
        script = "latin"
    else:
        script = model.script(tokens[:SCRIPT_SAMPLE_TOKENS])
    if script is None:
        return "und", 0.0
    languages, word_costs, letter_costs = model.groups[script]
    if script.endswith("*"):  # written without spaces: count characters, not words
        tokens = sample[:UNSPACED_SAMPLE_CHARS]
    hits = list(filter(None, map(word_costs.get, tokens)))  # repeats and all
    evidence = len(hits)
    if not evidence:
        return "und", 0.0
    total = sum(hits)
    costs = _unpack(total, len(languages))
    ranked = sorted(costs)
    if evidence < MIN_EVIDENCE or len(ranked) > 1 and ranked[1] - ranked[0] < WORDS_DECIDE_UNITS:
        # Close call or little text: the letters of the script add their evidence.
        letters = Counter(sample[:LETTER_SAMPLE_CHARS])
        evidence += sum(letters[char] for char in letters if char.isalpha()) / LETTERS_PER_HIT
        # Only letters some candidate lists are scored: a letter of another script (a Russian
        # quotation in a Turkish text) would cost each language its floor, and favour the
        # language with the highest floor whatever the text.
        known = [char for char in letters if char in letter_costs]
        total += sum(map(mul, map(letters.__getitem__, known),
                         map(letter_costs.__getitem__, known)))
        costs = _unpack(total, len(languages))
        ranked = sorted(costs)
    best = ranked[0]
    if evidence < MIN_EVIDENCE or len(ranked) > 1 and ranked[1] - best < MIN_MARGIN_UNITS:
        return "und", 0.0
    # (the index of the first best cost: a tie goes to the first code in alphabetical order)
    posterior = 1.0 / sum([math.exp((best - cost) * _UNITS_TO_SOFTMAX)
                           for cost in ranked[:POSTERIOR_LANGUAGES]])
    return (languages[costs.index(best)],
            round(posterior * (1.0 - math.exp(-evidence / FULL_EVIDENCE)), 2))


def parse_language_list(value):
    """Parse a --languages value such as 'en,fr,de' into a set of supported codes."""
    codes = frozenset(code.strip().lower() for code in value.split(",") if code.strip())
    if not codes:
        raise ValueError("--languages needs at least one code (see --list-languages)")
    for code in sorted(codes):
        if code not in STOPWORDS:
            raise ValueError("unknown language code %r (see --list-languages)" % code)
    return codes


# ===========================================================================
# END OF LANGUAGE GUESSING
# ===========================================================================


# ===========================================================================
# STAGE 5: articles earlier runs wrote (--seen), unique articles, tagged with their language
# ===========================================================================

# The seen store is an SQLite database. Two fields of its header say that it is one of ours
# and in which format, so that any other file is refused before anything is written.
STORE_APPLICATION_ID = 0x44445353  # "DDSS"
STORE_FORMAT = 1
STORE_SCHEMA = (
    "CREATE TABLE runs (run INTEGER PRIMARY KEY, started TEXT NOT NULL, program TEXT NOT NULL)",
    "CREATE TABLE inputs (input INTEGER PRIMARY KEY, run INTEGER NOT NULL REFERENCES runs,"
    " position INTEGER NOT NULL, name TEXT NOT NULL)",
    "CREATE TABLE seen (digest TEXT PRIMARY KEY, input INTEGER NOT NULL REFERENCES inputs,"
    " line INTEGER NOT NULL) WITHOUT ROWID",
)
LOOKUP_BATCH = 256  # digests looked up in one query
RECORD_BLOCK = 4096  # new rows sorted together before they are added to the store
_LOOK_UP = ("SELECT seen.digest, inputs.name, seen.line, runs.started FROM seen"
            " JOIN inputs USING (input) JOIN runs USING (run) WHERE seen.digest IN (%s)")
DEFAULT_STORE_WAIT = 60.0  # seconds a run waits for another run to finish with the store
# SQLite waits for a lock in C, where no signal handler runs: it waits in slices this long, so
# that Ctrl-C, SIGTERM and SIGHUP stop a waiting run at once.
STORE_WAIT_SLICE = 0.1

# Where an earlier run saw an article first: the input as named then, its line, the run's start.
Earlier = namedtuple("Earlier", "input line started")


class SeenStore:
    """The --seen database: the articles earlier runs wrote, by digest, and where they were."""

    def __init__(self, path, readonly=False, wait=DEFAULT_STORE_WAIT):
        self.path, self.readonly, self.wait = path, readonly, wait
        self.name = _quoted(path)  # as messages show it
        self._connection = None  # stays None while the store is missing or empty
        if not os.path.exists(path):
            if readonly:
                raise StoreError("cannot open seen store %s: no such file" % self.name)
            self._check_writable(os.path.dirname(os.path.abspath(path)))
            return
        if not os.path.isfile(path):  # SQLite would put a journal beside /dev/null, say
            raise StoreError("%s is not a seen store: not a regular file" % self.name)
        if not readonly:
            self._check_writable(path, os.path.dirname(os.path.abspath(path)))
        connection = self._connect(readonly)
        if self._holds_store(connection):
            self._connection = connection
        else:
            connection.close()

    def look_up(self, digests):
        """Map each digest an earlier run recorded to where it saw that article."""
        if self._connection is None or not digests:
            return {}
        try:
            rows = self._waiting(lambda: self._connection.execute(
                _LOOK_UP % ",".join("?" * len(digests)),
                [digest.hex() for digest in digests]).fetchall())
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        return {bytes.fromhex(digest): Earlier(name, line, started)
                for digest, name, line, started in rows}

    def record(self, started, input_names, new):
        """Add the articles a run wrote in one transaction (all or none); return how many."""
        connection = self._connect(readonly=False)
        try:
            self._waiting(connection.execute, "BEGIN IMMEDIATE")  # waits for a run writing
            if not self._holds_store(connection):
                self._create(connection)
            run = connection.execute("INSERT INTO runs (started, program) VALUES (?, ?)",
                                     (started, "%s %s" % (PROG, __version__))).lastrowid
            inputs = [connection.execute(
                "INSERT INTO inputs (run, position, name) VALUES (?, ?, ?)",
                (run, position, name)).lastrowid for position, name in enumerate(input_names, 1)]
            # A copy another run recorded in the meantime keeps that run's place.
            added = connection.executemany("INSERT OR IGNORE INTO seen VALUES (?, ?, ?)",
                                           new.rows(inputs)).rowcount
            self._waiting(connection.execute, "COMMIT")
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        finally:
            connection.close()  # without COMMIT, this rolls everything back
        return added

    def close(self):
        """Close the connection used for look-ups."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _connect(self, readonly):
        """A connection in autocommit mode: no transaction is left open between statements."""
        try:
            if readonly:  # never created; opened read-write when the file allows it, so that
                # SQLite can roll back what a run killed in its transaction left (a hot journal)
                uri = pathlib.Path(os.path.abspath(self.path)).as_uri() + "?mode=rw"
                return sqlite3.connect(uri, uri=True, timeout=min(self.wait, STORE_WAIT_SLICE),
                                       isolation_level=None)
            return sqlite3.connect(self.path, timeout=min(self.wait, STORE_WAIT_SLICE),
                                   isolation_level=None)
        except sqlite3.Error as exc:
            raise self._error(exc) from None

    def _holds_store(self, connection):
        """True for a store of ours, False for an empty database; refuse anything else."""
        try:
            application_id, version, tables = self._waiting(lambda: [
                connection.execute(query).fetchone()[0] for query in (
                    "PRAGMA application_id", "PRAGMA user_version",
                    "SELECT count(*) FROM sqlite_master")])
        except sqlite3.OperationalError as exc:
            raise self._error(exc) from None
        except sqlite3.DatabaseError as exc:  # "file is not a database"
            raise StoreError("%s is not a seen store (%s)" % (self.name, exc)) from None
        if (application_id, version, tables) == (0, 0, 0):
            return False
        if application_id != STORE_APPLICATION_ID:
            raise StoreError("%s is not a seen store: it is an SQLite database of something else"
                             % self.name)
        if version > STORE_FORMAT:
            raise StoreError("seen store %s has format %d, newer than this version reads (%d);"
                             " use a newer %s" % (self.name, version, STORE_FORMAT, PROG))
        if version != STORE_FORMAT:
            raise StoreError("seen store %s has an unknown format (%d)" % (self.name, version))
        return True

    def _create(self, connection):
        """Write the header fields and the tables of a new store."""
        connection.execute("PRAGMA application_id = %d" % STORE_APPLICATION_ID)
        connection.execute("PRAGMA user_version = %d" % STORE_FORMAT)
        for statement in STORE_SCHEMA:
            connection.execute(statement)

    def _check_writable(self, *paths):
        """Fail before any output when the store could not be written at the end."""
        for path in paths:
            if not os.access(path, os.W_OK):
                raise StoreError("seen store %s: cannot write %s (%s)" % (
                    self.name, _quoted(path), "no such folder" if not os.path.exists(path)
                    else "permission denied"))

    def _waiting(self, call, *args):
        """Make an SQLite call, retried while another run holds the store, up to --seen-wait."""
        deadline = time.monotonic() + self.wait
        while True:
            try:
                return call(*args)
            except sqlite3.OperationalError as exc:
                if not _busy(exc) or time.monotonic() >= deadline:
                    raise

    def _error(self, exc):
        """The one-line error for a failure of SQLite."""
        if _busy(exc):
            return StoreError("seen store %s is in use by another run; gave up after %g s"
                              " (--seen-wait)" % (self.name, self.wait))
        return StoreError("seen store %s: %s" % (self.name, exc))


def _busy(exc):
    """Whether SQLite failed because another connection holds the store."""
    return "locked" in str(exc) or "busy" in str(exc)


def look_up_earlier(encoded, store):
    """Mark the articles an earlier run wrote, looking their digests up in batches."""
    for batch in _chunks(encoded, LOOKUP_BATCH):
        found = store.look_up([article.digest for article in batch])
        if not found:
            yield from batch
            continue
        for article in batch:
            earlier = found.get(article.digest)
            yield article._replace(earlier=earlier) if earlier else article


class NewArticles:
    """Digest, input and line of every first copy this run writes, to record in the store."""

    def __init__(self):
        self.digests = bytearray()
        self.inputs = array("I")
        self.lines = array("Q")

    def track(self, unique):
        """Pass (id, article) pairs through, noting the first copies."""
        for id_, article in unique:
            if id_ is not None:
                self.digests += article.digest
                self.inputs.append(article.input)
                self.lines.append(article.line)
            yield id_, article

    def rows(self, input_ids):
        """(hex digest, input id in the store, line) of every noted article, sorted by blocks."""
        digests = self.digests
        rows = ((digests[16 * number:16 * number + 16].hex(), input_ids[input_index], line)
                for number, (input_index, line) in enumerate(zip(self.inputs, self.lines)))
        # The store is ordered by digest: a block of rows in that order writes each page of
        # a big store once, not once a row (benchmark.py seen times recording into one).
        while True:
            block = sorted(islice(rows, RECORD_BLOCK))
            if not block:
                return
            yield from block


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


class DuplicateLog:
    """Every dropped copy: input, line, digest, id of the kept copy (0: an earlier run's)."""

    def __init__(self):
        self.lines = array("Q")
        self.kept_ids = array("Q")
        self.inputs = array("I")
        self.digests = bytearray()
        self.earlier = 0  # copies of articles an earlier run wrote

    def __len__(self):
        return len(self.lines)

    def add(self, line, kept_id, input_index=0, digest=bytes(16)):
        """Record one dropped copy."""
        self.lines.append(line)
        self.kept_ids.append(kept_id)
        self.inputs.append(input_index)
        self.digests += digest
        self.earlier += not kept_id

    def __iter__(self):
        return zip(self.lines, self.kept_ids)

    def entries(self):
        """(input index, line, kept id, digest) of every copy, in input order."""
        digests = self.digests
        for number, (input_index, line, kept_id) in enumerate(
                zip(self.inputs, self.lines, self.kept_ids)):
            yield input_index, line, kept_id, bytes(digests[16 * number:16 * number + 16])


def drop_duplicates(encoded, duplicates, seen=None, keep_duplicates=False):
    """Yield (id, article) for first copies, numbered from 1; log copies (yield them: id None)."""
    seen = SeenDigests() if seen is None else seen
    for article in encoded:
        # A copy of an article an earlier run wrote is not remembered here: every later copy
        # points at that run's copy too.
        kept = 0 if article.earlier else seen.add(article.digest)
        if kept or article.earlier:
            duplicates.add(article.line, kept, article.input, article.digest)
            if keep_duplicates:
                yield None, article._replace(duplicate_of=kept)
        else:
            yield len(seen), article


# Each worker costs a process start (a new interpreter importing this file), which only a big
# input pays back: below this size the main process guesses alone. Measured by
# tests/tools/benchmark.py jobs.
JOBS_MIN_BYTES = 64 << 20


def worker_count(jobs):
    """The workers --jobs N starts: N (0: one a core), at most one per core this process may use."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return min(jobs or cores, cores)


def tag_languages(unique, candidates=None, jobs=1, big_enough=None):
    """Yield Tagged records in input order; jobs > 1 guess in worker
    processes, started once big_enough() says the input is worth it (None: at once)."""
    # A few samples guessed in one go keep the stopword tables in the CPU's caches.
    for chunk in _chunks(unique, 32):
        yield from _tagged(chunk, guess_languages([article.sample for _, article in chunk],
                                                  candidates))
        if jobs > 1 and (big_enough is None or big_enough()):
            break
    else:
        return
    # Workers get only the bounded samples and send back two values an article: the main
    # process keeps reading, splitting, encoding and writing, with little to copy between.
    with _Workers(jobs, candidates) as workers:
        # Chunk n goes to worker n % jobs; each worker answers its chunks in order, so the
        # oldest chunk in flight is the next answer of its worker.
        in_flight = deque()
        for number, chunk in enumerate(_chunks(unique)):
            connection = workers.connections[number % jobs]
            connection.send([article.sample for _, article in chunk])
            in_flight.append((chunk, connection))
            while len(in_flight) > 2 * jobs:  # bounded: at most two chunks per worker
                chunk, connection = in_flight.popleft()
                yield from _tagged(chunk, _answer(connection))
        while in_flight:
            chunk, connection = in_flight.popleft()
            yield from _tagged(chunk, _answer(connection))
        workers.finished = True


class _Workers:
    """--jobs worker processes and their pipes, all stopped and reaped on leaving the with block.

    Plain processes and pipes, not multiprocessing.Pool: no helper threads compete with the
    main thread, and on Ctrl-C the workers are simply stopped (a Pool's own shutdown can wait
    forever on a lock an idle worker holds)."""

    def __init__(self, count, candidates):
        import multiprocessing
        context = multiprocessing.get_context("spawn")
        self.connections, self.processes, self.finished = [], [], False
        try:
            for _ in range(count):
                connection, worker_end = context.Pipe()
                self.connections.append(connection)
                process = context.Process(target=_guess_worker, args=(worker_end, candidates),
                                          daemon=True)
                try:
                    process.start()
                finally:
                    worker_end.close()
                self.processes.append(process)
        except OSError as exc:  # too many open files or processes, say
            self.__exit__()
            raise WorkerError("cannot start %d --jobs worker processes: %s (use a smaller"
                              " --jobs)" % (count, _reason(exc))) from None
        except BaseException:
            self.__exit__()
            raise

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        """Let finished workers end, stop the others; either way wait for every one."""
        for connection in self.connections:
            try:
                if self.finished:
                    connection.send(None)
            except OSError:
                pass
        for process in self.processes:
            if not self.finished:
                process.kill()  # they ignore SIGINT and SIGTERM, which are for the main process
            process.join()
        for connection in self.connections:
            connection.close()
        # multiprocessing starts a helper process along with the first worker; stop it too,
        # so that nothing of the run outlives it.
        from multiprocessing import resource_tracker
        getattr(resource_tracker._resource_tracker, "_stop", lambda: None)()


def _guess_worker(connection, candidates):
    """A --jobs worker: guess the languages of each list of samples received, until None."""
    for signum in _STOP_SIGNALS + (signal.SIGINT,):  # the main process's to handle
        signal.signal(signum, signal.SIG_IGN)
    while True:
        try:
            samples = connection.recv()
        except EOFError:  # the main process is gone
            return
        if samples is None:
            return
        try:
            answer = guess_languages(samples, candidates)
        except Exception as exc:  # reported by the main process, which stops the run
            answer = WorkerError("%s: %s" % (type(exc).__name__, exc))
        connection.send(answer)


def _answer(connection):
    """The guesses a worker sends back for its oldest chunk."""
    try:
        answer = connection.recv()
    except EOFError:
        raise WorkerError("a --jobs worker process stopped unexpectedly") from None
    if isinstance(answer, WorkerError):
        raise answer
    return answer


def guess_languages(samples, candidates=None):
    """Guess the language of each text of a list (the unit of work of --jobs)."""
    return [guess_language(sample, candidates) for sample in samples]


def _chunks(items, max_items=128):
    """Group items into lists of a bounded length."""
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= max_items:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# A kept article (id None: a copy, with --keep-duplicates) and its language guess.
Tagged = namedtuple("Tagged", "id article language confidence")


def _tagged(chunk, guesses):
    """Pair the articles of a chunk with their guesses."""
    for (id_, article), (language, confidence) in zip(chunk, guesses):
        yield Tagged(id_, article, language, confidence)


# ===========================================================================
# STAGE 6: writers
# ===========================================================================

# An article record exactly as json.dumps(record, ensure_ascii=False) writes it, built from the
# encoded title and body without the generic encoder (the tests check that the two agree).
_ARTICLE_FIELDS = (b'"input": %s, "line": %d, "digest": "%s", "title": %s, "body": %s,'
                   b' "language": "%s", "language_confidence": %a')
_RECORD = b'{"id": %d, ' + _ARTICLE_FIELDS + b'}'
# --keep-duplicates: every record also says what it repeats (all null for a first copy).
_AUDIT_RECORD = b'{"id": %s, ' + _ARTICLE_FIELDS + b', %s}'
_DUPLICATE = b'{"input": %s, "line": %d, "digest": "%s", %s}'
_POINTER = b'"duplicate_of": %s, "seen_input": %s, "seen_line": %s, "seen_at": %s'


def render_record(record, input_names):
    """The JSON record of a Tagged article, as UTF-8 bytes on one line."""
    article = record.article
    return _RECORD % (record.id, input_names[article.input], article.line,
                      binascii.hexlify(article.digest), article.title, article.body,
                      record.language.encode("ascii"), record.confidence)


def render_audit_record(record, input_names):
    """The JSON record of an article with the pointer to what it repeats (--keep-duplicates)."""
    article = record.article
    return _AUDIT_RECORD % (
        b"null" if record.id is None else b"%d" % record.id, input_names[article.input],
        article.line, binascii.hexlify(article.digest), article.title, article.body,
        record.language.encode("ascii"), record.confidence,
        _pointer(article.duplicate_of, article.earlier))


def _pointer(kept_id, earlier):
    """The keys saying which copy a duplicate repeats: one of this run, or an earlier run's."""
    if earlier:
        return _POINTER % (b"null", encode_json_string(earlier.input), b"%d" % earlier.line,
                           encode_json_string(earlier.started))
    return _POINTER % (b"%d" % kept_id if kept_id else b"null", b"null", b"null", b"null")


def render_records(records, input_names, audit=False):
    """Yield the JSON record of each Tagged article, as UTF-8 bytes on one line."""
    names = [encode_json_string(name) for name in input_names]
    render = render_audit_record if audit else render_record
    for record in records:
        yield render(record, names)


def render_duplicates(duplicates, input_names, store=None):
    """Yield the JSON record of each duplicate, looking earlier runs' copies up in batches."""
    names = [encode_json_string(name) for name in input_names]
    for chunk in _chunks(duplicates.entries(), LOOKUP_BATCH):
        earlier = store.look_up([digest for _, _, kept, digest in chunk if not kept]) \
            if store is not None and duplicates.earlier else {}
        for input_index, line, kept, digest in chunk:
            yield _DUPLICATE % (names[input_index], line, binascii.hexlify(digest),
                                _pointer(kept, earlier.get(digest)))


_encode = json.JSONEncoder(ensure_ascii=False).encode


class Summary:
    """What a run did: counted as the records go by (track), reported in stats and on stderr."""

    def __init__(self, input_names, duplicates, reader, store=None):
        self.input_names = input_names
        self.duplicates, self.reader, self.store = duplicates, reader, store
        self.articles_written = 0
        self.articles_kept = 0
        self.empty_bodies = 0
        self.multi_paragraph_bodies = 0
        self.languages = Counter()

    def track(self, records):
        """Pass Tagged records through, counting them."""
        languages = self.languages
        for record in records:
            self.articles_written += 1
            self.articles_kept += record.id is not None
            self.empty_bodies += record.article.paragraphs == 0
            self.multi_paragraph_bodies += record.article.paragraphs > 1
            languages[record.language] += 1
            yield record

    def stats(self):
        """The stats object of the JSON output."""
        return {"inputs": self.input_names,
                "articles_read": self.articles_kept + len(self.duplicates),
                "articles_written": self.articles_written,
                "duplicates_dropped": len(self.duplicates),
                "duplicates_of_earlier_runs": self.duplicates.earlier,
                "empty_bodies": self.empty_bodies,
                "multi_paragraph_bodies": self.multi_paragraph_bodies,
                "replaced_bytes": self.reader.replaced_bytes,
                "languages": dict(sorted(self.languages.items(),
                                         key=lambda item: (-item[1], item[0]))),
                "schema_version": SCHEMA_VERSION, "tool_version": __version__}

    def duplicate_records(self):
        """The JSON records of the duplicates, in input order."""
        return render_duplicates(self.duplicates, self.input_names, self.store)

    def line(self):
        """The one-line summary for stderr."""
        stats = self.stats()
        languages = ", ".join("%s %d" % item for item in stats["languages"].items())
        text = ("%s: %d articles read, %d written, %d duplicates %s"
                % (PROG, stats["articles_read"], stats["articles_written"],
                   stats["duplicates_dropped"],
                   "kept" if self.articles_written > self.articles_kept else "dropped"))
        if self.duplicates.earlier:
            text += " (%d written by earlier runs)" % self.duplicates.earlier
        if self.reader.replaced_bytes:
            text += ", %s replaced" % _plural(self.reader.replaced_bytes, "undecodable byte")
        return text + ("; languages: " + languages if languages else "")


def write_json(rendered, out, summary):
    """Write one JSON document, one article a line, without holding the list in memory."""
    out.write(b'{"articles": [')
    separator = b"\n"
    for record in rendered:
        out.write(separator + record)  # one write an article, as in jsonl
        separator = b",\n"
    out.write(b'\n],\n')
    _write_duplicates_and_stats(out, summary)


def write_jsonl(rendered, out, summary):
    """Write JSON Lines: one article object a line and nothing else."""
    for record in rendered:
        out.write(record + b"\n")


def write_report(records, out, summary):
    """Write the duplicates and stats alone as one JSON document (--stats, --report)."""
    for _ in records:  # counted by the summary on the way, not written
        pass
    out.write(b'{')
    _write_duplicates_and_stats(out, summary)


def _write_duplicates_and_stats(out, summary):
    """Write the duplicates list and the stats object, closing the document."""
    out.write(b'"duplicates": [')
    separator = b"\n"
    for record in summary.duplicate_records():
        out.write(separator + record)
        separator = b",\n"
    stats = _encode(summary.stats())
    out.write(b'\n],\n"stats": %s\n}\n' % stats.encode("utf-8"))


WRITERS = {"json": write_json, "jsonl": write_jsonl}


class Progress:
    """A one-line progress display on stderr, redrawn at most a few times a second; the share
    done and the time left when the dump's size is known. As a context manager, it clears its
    line on the way out, so no message is ever glued to it."""

    def __init__(self, reader, stream=sys.stderr, interval=0.5, dump=None):
        self.reader, self.stream, self.interval, self.dump = reader, stream, interval, dump
        self.size = dump.size() if dump is not None else None
        self.start = self.last = time.monotonic()
        self.drawn = False

    def track(self, rendered):
        """Pass items through, updating the display as they go by."""
        count = 0
        for item in rendered:
            count += 1
            if not count & 63 and time.monotonic() - self.last >= self.interval:
                self.show(count)
            yield item
        self.clear()

    def show(self, articles):
        """Redraw the display."""
        self.last = now = time.monotonic()
        elapsed = max(now - self.start, 1e-9)
        megabytes = self.reader.bytes_read / 1e6
        text = "%.0f MB read, %.1f MB/s, %d articles" % (megabytes, megabytes / elapsed, articles)
        if self.size:  # a compressed file: by the position in the compressed bytes
            share = min(self.dump.position(), self.size) / self.size
            text = "%d%% done, %s" % (100 * share, text)
            if share > 0:
                text += ", %s left" % _duration(elapsed * (1 - share) / share)
        self.drawn = self._write("\r\x1b[K%s: %s" % (PROG, text))

    def clear(self):
        """Erase the display line, if one was drawn."""
        if self.drawn:
            self.drawn = not self._write("\r\x1b[K")

    def _write(self, text):
        """Write to the terminal; a terminal that is gone (after SIGHUP) ends the display."""
        try:
            self.stream.write(text)
            self.stream.flush()
            return True
        except OSError:
            self.interval = math.inf
            return False

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.clear()


def _duration(seconds):
    """'0:07', '12:30', '1:02:03'."""
    minutes, seconds = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return "%d:%02d:%02d" % (hours, minutes, seconds) if hours else "%d:%02d" % (minutes, seconds)


# ===========================================================================
# COMMAND LINE
# ===========================================================================

class OutputFile:
    """Where the records go: compressed by the target's suffix, any write error an OutputError
    naming the target (a closed pipe stays a BrokenPipeError, which ends the run quietly)."""

    def __init__(self, file, name, compressed_as=""):
        self.file, self.name = file, name
        compressor = _COMPRESSORS.get(os.path.splitext(compressed_as)[1].lower())
        self.stream = compressor(file) if compressor else file

    def write(self, data):
        """Write bytes."""
        try:
            self.stream.write(data)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError("cannot write %s: %s" % (self.name, _reason(exc))) from None

    def finish(self):
        """Write out what is buffered, and the compressed stream's end."""
        try:
            if self.stream is not self.file:
                self.stream.close()
            self.file.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError("cannot write %s: %s" % (self.name, _reason(exc))) from None


# -o out.json.gz writes gzip, and so on; "" in a gzip header is no file name, mtime 0 makes
# the same input give the same bytes.
_COMPRESSORS = {
    ".gz": lambda file: gzip.GzipFile(filename="", mode="wb", fileobj=file, mtime=0),
    ".bz2": lambda file: bz2.BZ2File(file, "wb"),
    ".xz": lambda file: lzma.LZMAFile(file, "wb"),
}


def open_output(path):
    """The output as a context manager giving an OutputFile: standard output for None or '-',
    a regular file (new or existing, also through a symlink) replaced atomically, and anything
    else (a device, a FIFO, /dev/stdout, /dev/fd/N) opened and written as it is."""
    if path is None or path == "-":
        return _standard_output()
    if _names_a_descriptor(path):
        return _written_in_place(path)
    try:
        mode = os.stat(path).st_mode
    except OSError:  # a new file (or a dangling symlink: its target is created)
        mode = stat.S_IFREG
    if not stat.S_ISREG(mode):
        return _written_in_place(path)
    return AtomicOutput(os.path.realpath(path), name=path)


def _names_a_descriptor(path):
    """Whether a path leads into /dev/fd or /proc/PID/fd: an open file, not a place on disk."""
    for _ in range(40):  # the system's own limit on symlinks in a path
        folder = os.path.realpath(os.path.dirname(os.path.abspath(path)))
        if re.fullmatch(r"/proc/[^/]+/fd|/dev/fd", folder):
            return True
        if not os.path.islink(path):
            return False
        path = os.path.join(os.path.dirname(path), os.readlink(path))
    return False


@contextlib.contextmanager
def _standard_output():
    """Standard output, flushed at the end and never closed."""
    if sys.stdout is None:
        raise OutputError("cannot write standard output: it is closed (use -o FILE)")
    output = OutputFile(sys.stdout.buffer, "standard output")
    yield output
    output.finish()


@contextlib.contextmanager
def _written_in_place(path):
    """A device, a FIFO or an open descriptor: written directly, as `> path` would."""
    try:
        file = open(path, "wb")
    except OSError as exc:
        raise OutputError("cannot write %s: %s" % (_quoted(path), _reason(exc))) from None
    output = OutputFile(file, _quoted(path), compressed_as=path)
    try:
        yield output
        output.finish()
    except BaseException:
        with contextlib.suppress(OSError):  # what a failed write left buffered: reported
            file.close()
        raise
    try:
        file.close()
    except OSError as exc:
        raise OutputError("cannot write %s: %s" % (output.name, _reason(exc))) from None


class AtomicOutput:
    """A regular file written under a temporary name and renamed over the target only on
    success: as a context manager, a clean exit commits and an exception discards."""

    def __init__(self, path, name=None):
        self.path, self.name = path, _quoted(name or path)
        directory = os.path.dirname(os.path.abspath(path))
        try:
            fd, self.temporary = tempfile.mkstemp(
                prefix="." + os.path.basename(path) + ".", suffix=".tmp", dir=directory)
        except OSError as exc:
            raise OutputError(_cannot_create(path, self.name, directory, exc)) from None
        self.file = open(fd, "wb", buffering=1 << 20)
        self.output = OutputFile(self.file, self.name, compressed_as=name or path)

    def __enter__(self):
        return self.output

    def __exit__(self, kind, exc, traceback):
        if kind is None:
            self.commit()
        else:
            self.discard()

    def commit(self):
        """Flush to disk and move the finished file over the destination."""
        try:
            self.output.finish()
            os.fsync(self.file.fileno())
            self.file.close()
            _copy_owner_and_mode(self.path, self.temporary)
            os.replace(self.temporary, self.path)
        except BaseException as exc:
            self.discard()
            if isinstance(exc, OSError):
                raise OutputError("cannot write %s: %s" % (self.name, _reason(exc))) from None
            raise

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


def _cannot_create(path, name, directory, exc):
    """Why -o cannot replace a file whose folder refuses a new (temporary) file."""
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) and os.access(path, os.W_OK):
        return ("cannot write %s: its folder %s does not allow the temporary file that replaces"
                " it atomically (%s); write it in place with '> %s' instead, or make the folder"
                " writable" % (name, _quoted(directory), _reason(exc), name))
    return "cannot write %s: %s" % (name, _reason(exc))


def _copy_owner_and_mode(path, temporary):
    """Give the new file the replaced file's permissions, owner and group, as far as this user
    may set them; a new file gets the usual permissions (umask applied)."""
    try:
        old = os.stat(path)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        return
    for owner, group in ((old.st_uid, old.st_gid), (-1, old.st_gid)):
        try:
            os.chown(temporary, owner, group)
            break
        except OSError:  # only root may give a file away; a user may pick one of their groups
            pass
    os.chmod(temporary, old.st_mode & 0o7777)  # after chown, which clears setuid and setgid


def _quoted(path):
    """A path as the shell would need it written: '' for an empty one, quotes around spaces."""
    return shlex.quote(path) if path else "''"


class _ArgumentParser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line, like every other error."""

    def error(self, message):
        sys.stderr.write("%s: error: %s (see --help)\n" % (PROG, message))
        sys.exit(2)


_EPILOG = """\
examples:
  %(prog)s dump.txt > articles.json      one JSON document on standard output
  %(prog)s dump.txt.gz -o articles.json  the file is replaced only on success
  zcat dump.gz | %(prog)s - --format jsonl | jq -c 'select(.language == "de")'

output: {"articles": [...], "duplicates": [...], "stats": {...}}; every key is described in
  README.md, section "Output" (with jq recipes).

exit codes: 0 done (also when the reader of standard output stops early), 1 bad input or
  output error, 2 usage error, 129 SIGHUP, 130 Ctrl-C, 143 SIGTERM.
"""


def build_parser():
    """The argument parser of the command line."""
    parser = _ArgumentParser(
        prog=PROG, usage="%(prog)s [options] DUMP [DUMP ...]\n       %(prog)s --list-languages",
        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=_EPILOG,
        description="Split a news dump into articles, drop exact duplicates, guess each"
                    " article's language, and write JSON for jq.")
    parser.add_argument("dumps", nargs="*", metavar="DUMP",
                        help="the dumps to read in turn as one stream (at least one): paths"
                             " (.gz, .bz2, .xz are decompressed) or - for standard input")
    parser.add_argument("-o", "--output", metavar="OUT",
                        help="write here instead of standard output: a file is replaced only"
                             " when the run succeeds; .gz, .bz2, .xz compress; - is standard"
                             " output")
    parser.add_argument("--format", choices=("json", "jsonl"), default="json",
                        help="one JSON document (default) or one article object a line")
    parser.add_argument("--layout", choices=("auto", "pairs"), default="auto",
                        help="auto: bodies may span several paragraphs (default); pairs: blocks"
                             " strictly alternate title, body")
    parser.add_argument("--max-title-chars", type=int, default=DEFAULT_MAX_TITLE_CHARS,
                        metavar="N", help="longest line auto layout takes for a title"
                                          " (default %(default)s)")
    parser.add_argument("--encoding", metavar="ENC",
                        help="input encoding, any Python codec (default: UTF-8, or UTF-16 or"
                             " UTF-32 when the file starts with their byte-order mark)")
    parser.add_argument("--errors", choices=("strict", "replace"), default="strict",
                        help="on undecodable bytes: stop (default) or replace them with U+FFFD")
    parser.add_argument("--languages", metavar="CODES",
                        help="comma-separated language codes to choose from, e.g. en,fr,de")
    parser.add_argument("--list-languages", action="store_true",
                        help="print the supported language codes and names, then exit")
    parser.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                        help="worker processes guessing languages (default 1: none; 0: one a"
                             " core); at most one a core, and none for an input under %d MB,"
                             " where starting them costs more than they gain"
                             % (JOBS_MIN_BYTES >> 20))
    add_seen_arguments(parser)
    parser.add_argument("--no-progress", action="store_true",
                        help="no progress display (shown only when stderr is a terminal and"
                             " the output does not go to one)")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="no summary line on stderr")
    parser.add_argument("-V", "--version", action="version", version="%(prog)s " + __version__)
    return parser


def add_seen_arguments(parser):
    """The options of the seen store, of audit mode and of the report."""
    store = parser.add_mutually_exclusive_group()
    store.add_argument("--seen", metavar="DB",
                       help="SQLite store of the articles earlier runs wrote (created when"
                            " missing): drop those, and record this run's at the end")
    store.add_argument("--seen-readonly", metavar="DB",
                       help="drop the articles this store holds, without recording any")
    parser.add_argument("--seen-wait", type=float, default=DEFAULT_STORE_WAIT, metavar="SEC",
                        help="how long to wait for another run using the store"
                             " (default %(default)g)")
    parser.add_argument("--keep-duplicates", action="store_true",
                        help="audit mode: write duplicates too, each pointing at the copy it"
                             " repeats")
    parser.add_argument("--stats", action="store_true",
                        help="write only the duplicates and stats, as one JSON document"
                             " (the store is only read)")
    parser.add_argument("--report", metavar="FILE",
                        help="also write the duplicates and stats to FILE as one JSON document"
                             " (atomically), with any --format")


def _check_inputs(args):
    """Reject input lists that cannot work, before any output."""
    if not args.dumps:
        hint = "" if sys.stdin is None or sys.stdin.isatty() else " (use - to read standard input)"
        raise UsageError("the following arguments are required: DUMP" + hint)
    if args.dumps.count("-") > 1:
        raise UsageError("standard input (-) can be read only once")
    for path in args.dumps:
        check_input(path)
    for option, target in (("output", args.output), ("report", args.report)):
        if target and any(_same_file(target, "/dev/stdin" if path == "-" else path)
                          for path in args.dumps):
            raise UsageError("the %s %s is the input file; refusing to overwrite it"
                             % (option, target))
    if args.report == "-" and args.output in (None, "-"):
        raise UsageError("--report - and the output would both go to standard output")
    on_stdout = [target for target in (args.report, args.output or "-")
                 if target and (target == "-" or _same_file(target, "/dev/stdout"))]
    if len(on_stdout) == 2:  # --report /dev/stdout, -o /dev/fd/1...
        raise UsageError("--report %s and the output would both go to standard output"
                         % _quoted(args.report))
    if args.report and args.output and _same_file(args.report, args.output):
        raise UsageError("--report and --output name the same file")
    store = args.seen or args.seen_readonly
    if store and any(_same_file(store, target) for target in (args.output, args.report) if target):
        raise UsageError("the seen store %s is also an output file" % store)
    if not args.seen_wait >= 0:  # nan too
        raise UsageError("--seen-wait must be 0 or more")


def _same_file(first, second):
    """True when two paths name one file, existing or still to be created."""
    if "-" in (first, second):
        return False
    if os.path.exists(first) and os.path.exists(second):
        return os.path.samefile(first, second)
    return os.path.realpath(first) == os.path.realpath(second)


def _check_arguments(args):
    """Reject option values that cannot work, before touching any file."""
    if args.output == "":
        raise UsageError("-o needs a file name (or - for standard output)")
    if args.report == "":
        raise UsageError("--report needs a file name (or - for standard output)")
    _check_inputs(args)
    if args.max_title_chars < 1:
        raise UsageError("--max-title-chars must be at least 1")
    if args.jobs < 0:
        raise UsageError("--jobs must be 0 (all cores) or more")
    if args.languages is not None:
        try:
            parse_language_list(args.languages)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    try:
        "".encode(args.encoding or "utf-8")
    except LookupError:
        raise UsageError("unknown encoding %r" % args.encoding) from None


def run(args):
    """Run the whole pipeline for parsed arguments; return the summary line."""
    started = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    store = open_store(args)  # refuses a file that is not a store before any output
    recorded = ""
    try:
        dumps, reader, duplicates = Dumps(args.dumps), ReadCounter(), DuplicateLog()
        tagged, new = build_pipeline(args, store, dumps, reader, duplicates)
        summary = Summary(dumps.names, duplicates, reader, store)
        progress = Progress(reader, dump=dumps) if _shows_progress(args) else None
        records = summary.track(progress.track(tagged) if progress else tagged)
        if args.stats:
            write = write_report
        else:
            write = WRITERS[args.format]
            records = render_records(records, dumps.names, args.keep_duplicates)
        # Leaving the with block, whatever happened: the output is committed or discarded,
        # the progress line erased, the workers stopped and reaped, the input closed.
        # The report is opened first, so that a report that cannot be written fails before
        # any output, and committed last, after the output.
        with open_output(args.report) if args.report else contextlib.nullcontext() as report:
            with dumps, contextlib.closing(tagged), progress or contextlib.nullcontext(), \
                    open_output(args.output) as out:
                write(records, out, summary)
            if report is not None:
                write_report((), report, summary)
        # Only now that the output is out: a crash before this line gives duplicates next
        # time, never a lost article.
        if store is not None and not store.readonly:
            added = store.record(started, dumps.names, new)
            recorded = "; %d new articles recorded in %s" % (added, store.name)
    finally:
        if store is not None:
            store.close()
    return summary.line() + recorded


def build_pipeline(args, store, dumps, reader, duplicates):
    """Wire the stages up to the language tags: (Tagged records, NewArticles to record)."""
    candidates = parse_language_list(args.languages) if args.languages else None
    encoded = dumps.articles(reader, args.encoding, args.errors, args.layout,
                             args.max_title_chars)
    if store is not None:
        encoded = look_up_earlier(encoded, store)
    unique = drop_duplicates(encoded, duplicates, keep_duplicates=args.keep_duplicates)
    new = NewArticles()
    if store is not None and not store.readonly:
        unique = new.track(unique)
    size = dumps.size() or 0  # compressed input: its compressed size, a lower bound
    tagged = tag_languages(unique, candidates, worker_count(args.jobs),
                           lambda: max(size, reader.bytes_read) >= JOBS_MIN_BYTES)
    return tagged, new


def _shows_progress(args):
    """Draw progress when stderr is a terminal the output does not also go to."""
    if args.no_progress or args.quiet or sys.stderr is None or not sys.stderr.isatty():
        return False
    if args.output in (None, "-"):
        return sys.stdout is None or not sys.stdout.isatty()
    try:  # -o /dev/stderr, /dev/fd/2, /dev/pts/N or /dev/tty: the progress's own terminal
        output, terminal = os.stat(args.output), os.fstat(sys.stderr.fileno())
    except OSError:
        return True
    return not (stat.S_ISCHR(output.st_mode)
                and output.st_rdev in (terminal.st_rdev, os.makedev(5, 0)))


def open_store(args):
    """The seen store of --seen or --seen-readonly (only read with --stats), or None."""
    path = args.seen or args.seen_readonly
    if path is None or (args.stats and not os.path.exists(path) and args.seen):
        return None
    return SeenStore(path, readonly=bool(args.seen_readonly or args.stats), wait=args.seen_wait)


def main(argv=None):
    """Command-line entry point: parse arguments, run, map failures to exit codes."""
    args = build_parser().parse_args(argv)
    if args.list_languages:
        for code, language in sorted(LANGUAGE_NAMES.items()):
            print("%s\t%s" % (code, language))
        return 0
    previous = {signum: signal.signal(signum, _stop) for signum in _STOP_SIGNALS}
    try:
        _check_arguments(args)
        summary_line = run(args)
    except UsageError as exc:
        return _fail(str(exc), 2)
    except (InputError, WorkerError, OutputError) as exc:
        return _fail(str(exc), 1)
    except BrokenPipeError:
        # The reader went away (| head, jq exiting): stop quietly, and keep Python from
        # complaining when it flushes stdout at exit.
        if sys.stdout is not None:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt as exc:
        signum = getattr(exc, "signum", signal.SIGINT)
        what = "interrupted" if signum == signal.SIGINT else \
            "stopped by %s" % signal.Signals(signum).name
        # After a ^C on a terminal, start on a fresh line; a log file gets no empty line.
        fresh_line = "\n" if sys.stderr is not None and sys.stderr.isatty() else ""
        _say("%s%s: %s" % (fresh_line, PROG, what))
        return 128 + signum
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    if not args.quiet:
        _say(summary_line)
    return 0


def _stop(signum, frame):
    """Signal handler: stop the run as Ctrl-C does."""
    raise Stopped(signum)


def _fail(message, code):
    """Print a one-line error and return the exit code."""
    _say("%s: error: %s" % (PROG, message))
    return code


def _say(line):
    """Write a line to standard error, if there is one to write to."""
    try:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
    except (AttributeError, OSError):  # closed (2>&-) or gone with its terminal
        pass


# ===========================================================================
# LANGUAGE DATA: stopword tables
# ===========================================================================
#
# For each language, its most frequent words (for scripts written without spaces, its most
# frequent characters) with their frequency per million tokens. Built by
# tests/tools/build_stopwords.py from the first 70% of the sentences of each language in a
# multilingual corpus of web sentences (Leipzig Wortschatz); the last 30% are held out for
# tests/tools/accuracy.py. A word enters a table only if it occurs in at least 0.4% of that language's
# sentences, which keeps names and topic words out and leaves function words. Texts are scored
# with the log of these frequencies, so a word that is frequent in one language and rare or
# absent in its neighbours (Danish "af" against Norwegian "av") weighs most. Run the build
# script again to regenerate the tables.

LANGUAGE_NAMES = {
    "ar": "Arabic", "bg": "Bulgarian", "ca": "Catalan", "cs": "Czech", "da": "Danish",
    "de": "German", "el": "Greek", "en": "English", "es": "Spanish", "et": "Estonian",
    "fa": "Persian", "fi": "Finnish", "fr": "French", "he": "Hebrew", "hi": "Hindi",
    "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian", "it": "Italian", "ja": "Japanese",
    "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian", "nb": "Norwegian Bokmål",
    "nl": "Dutch", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian",
    "sk": "Slovak", "sl": "Slovenian", "sv": "Swedish", "th": "Thai", "tr": "Turkish",
    "uk": "Ukrainian", "zh": "Chinese",
}


def _table(pairs):
    """Parse 'word frequency word frequency ...' into a dict."""
    items = pairs.split()
    return dict(zip(items[::2], map(int, items[1::2])))


# BEGIN GENERATED STOPWORD TABLES
STOPWORDS = {
    'ar': ('arabic', _table(
        'في 27525 من 24393 على 15945 أن 9586 و 8162 إلى 7403 التي 6074 أو 5600 عن 5410 '
        'لا 4556 مسلسل 4556 هذا 4556 ما 4366 هذه 4366 مع 3607 الله 3132 كل 3037 '
        'الحلقة 2752 الذي 2752 ذلك 2752 بعض 2468 بعد 2373 كما 2373 مباشرة 2373 يوتيوب 2373 '
        'ي 2278 مشاهدة 2183 كان 2088 هو 2088 إن 1993 العربية 1993 الى 1993 اون 1993 '
        'بين 1993 خلال 1898 قد 1898 أي 1803 لاين 1803 لم 1803 هي 1803 الذين 1614 هل 1614 '
        'العمل 1424 ولا 1424 ان 1329 لها 1329 ومن 1329 تم 1234 حتى 1234 عام 1234 غير 1234 '
        'فى 1234 يوم 1234 إذا 1139 العام 1139 ذات 1139 عليه 1139 فيه 1139 كانت 1139 '
        'له 1139 إدارة 1044 المتحدة 1044 به 1044 دون 1044 عند 1044 فيديو 1044 قبل 1044 '
        'منذ 1044 هنا 1044 وعلى 1044 يمكن 1044 التعليم 949 المنطقة 949 جميع 949 حيث 949 '
        'أخرى 854 أيضا 854 الآن 854 النظام 854 اليوم 854 بشكل 854 تكون 854 ثم 854 رئيس 854 '
        'عمل 854 لكن 854 مجال 854 مدينة 854 وهو 854 يكون 854 أكثر 759 الأخرى 759 الدول 759 '
        'السلام 759 الشيخ 759 المجلس 759 المختلفة 759 المدينة 759 الناس 759 بل 759 بما 759 '
        'بن 759 حول 759 خاصة 759 سنة 759 علي 759 عليها 759 ـ 759 فإن 759 هناك 759 وذلك 759 '
        'يتم 759 أم 664 أمام 664 أيضاً 664 الإنسان 664 البلاد 664 الجامعة 664 الجهات 664 '
        'الحكومية 664 الخدمة 664 الدعم 664 الدكتور 664 الشركة 664 الصفحة 664 العالم 664 '
        'العالي 664 اللغة 664 المزيد 664 الوطني 664 الوقت 664 تطبيق 664 تقوم 664 جديدة 664 '
        'دولة 664 عبد 664 فيها 664 مما 664 نحو 664 واحد 664 ولكن 664 وما 664 أحد 569 '
        'أنت 569 أهم 569 إلا 569 البحث 569 البيانات 569 التعليمية 569 الجواب 569 الخاص 569 '
        'الدولة 569 الرئيس 569 الساعة 569 السعودية 569 الشعب 569 العامة 569 العلمية 569 '
        'القسم 569 المؤسسة 569 المجال 569 المجتمع 569 الملك 569 الوطنية 569 الولايات 569 '
        'بها 569 حسب 569 رسالة 569 ساعات 569 سنوات 569 شركة 569 صفحة 569 لقد 569 مثل 569 '
        'مجلس 569 وزارة 569 وفي 569 وقال 569 وقد 569 وهي 569 يقول 569 أجل 475 أعمال 475 '
        'أما 475 أنه 475 أهل 475 إحدى 475 الاستثمار 475 الامور 475 الحكومة 475 الخاصة 475 '
        'الخدمات 475 الدولي 475 الرابعة 475 السؤال 475 الطبية 475 الطلاب 475 العرب 475 '
        'القانون 475 المالية 475 المجالات 475 المدرسة 475 المسلسل 475 المشروع 475 '
        'المعلومات 475 المملكة 475 الي 475 انقر 475 او 475 بأن 475 تاريخ 475 تجاه 475 '
        'تحت 475 تطوير 475 تعزيز 475 تلك 475 تنفيذ 475 خبرة 475 طريق 475 عبر 475 عدد 475 '
        'عدم 475 علمية 475 عملية 475 فقط 475 قال 475 قسم 475 قليلة 475 كبيرة 475 كذلك 475 '
        'لدى 475 لو 475 م 475 مجموعة 475 محمد 475 مختلفة 475 معرفة 475 مهمة 475 نجاد 475 '
        'نسبة 475 نظام 475 نفس 475 نوع 475 هؤلاء 475 وأن 475 وجه 475 وحدة 475 ودعم 475 '
        'وزير 475 ولو 475 يقوم 475 آخر 380 أحمدي 380 أداء 380 أنظمة 380 أول 380 '
        'إبراهيم 380 إجراء 380 إسرائيل 380 إنه 380 ال 380 الأجهزة 380 الأمر 380 '
        'الأمريكية 380 الأمير 380 الأول 380 الإسلامي 380 الإنجليزية 380 الابتدائية 380 '
        'البرنامج 380 التقييم 380 الثالث 380 الجديدة 380 الجنوبية 380 الحياة 380 '
        'الدراسات 380 الدراسة 380 الدولية 380 الدين 380 السنة 380 الشامل 380 الشعر 380 '
        'الصلاة 380 الصين 380 الطالب 380 الطرق 380 العالمية 380 العديد 380 العربي 380 '
        'العلاقة 380 العملية 380 الفساد 380 القطاع 380 الكثير 380 الكنيست 380 الكورية 380 '
        'المؤتمر 380 الماضي 380 المركز 380 المسلمين 380 المعنية 380 المواد 380 الوزارة 380 '
        'ايران 380 بالنسبة 380 بدون 380 برنامج 380 بصورة 380 بيروت 380 تبدأ 380 تحسين 380 '
        'تحميل 380 ترك 380 تعتبر 380 تعرض 380 تعلن 380 تقديم 380 جامعة 380 حد 380 حركة 380 '
        'حق 380 خاص 380 داخل 380 دور 380 زيارة 380 سواء 380 سيتم 380 شخص 380 شيء 380 '
        'صالح 380 ضمن 380 ع 380 عالية 380 عنه 380 عنها 380 فإنه 380 فقد 380 قام 380 '
        'قتل 380 كلمة 380 لأن 380 لدينا 380 لذلك 380 لكل 380 للبحث 380 لله 380 لمن 380 '
        'لهم 380 ليس 380 مؤسسة 380 ماذا 380 مسئولية 380 مصر 380 مطابقة 380 ملاحظة 380 '
        'ممن 380 منطقة 380 منه 380 منها 380 منهم 380 نتائج 380 نقل 380 نهاية 380 هم 380 '
        'والسلام 380 وفقا 380 وكان 380 ولم 380 وهذا 380 يجب 380 يعرف 380 يونهاب 380 '
        'آله 285 أدنى 285 اذا 285 الأعمال 285 الإسلامية 285 الامريكي 285 البيت 285 '
        'التجارية 285 التقنية 285 الثقافية 285 الطلب 285 العزيز 285 القدس 285 القديمة 285 '
        'المشكلة 285 المطلوبة 285 الموقع 285 تعمل 285 ربما 285 سبب 285 عبدالعزيز 285 '
        'عليهم 285 ليست 285 نعم 285 نفسي 285 وسلم 285 يؤدي 285 يجوز 285'), _table(
        'ا 152594 ل 124672 ي 72104 م 68493 و 53713 ن 48799 ت 46155 ر 42130 ع 35953 ة 34158 '
        'ب 33191 د 30073 ه 26126 س 24508 ف 21529 ق 20049 ك 19259 أ 17760 ح 17621 ج 14977 '
        'ش 9965 ى 9235 ط 9136 ص 9018 خ 8584 إ 7794 ذ 7045 ز 6255 ض 5999 ث 5624 ئ 3887 '
        'ء 3651 غ 3453 ظ 2920 ؤ 1579 آ 987 ـ 651 ک 158 ی 118 ھ 79')),
    'bg': ('cyrillic', _table(
        'на 50444 в 26005 и 25170 за 23916 от 23499 да 22037 се 22037 е 19008 не 11279 '
        'с 10862 ще 10862 по 9817 са 8668 че 8355 си 6893 това 6580 като 6266 до 4073 '
        'през 3969 но 3238 които 3133 най 3133 а 3029 има 2924 г 2820 той 2820 му 2715 '
        'трябва 2715 българия 2507 още 2507 бъде 2402 те 2402 време 2298 след 2298 '
        'всички 2193 или 2193 тези 2193 един 2089 който 2089 много 2089 при 1984 във 1880 '
        'бяха 1775 години 1775 ли 1775 може 1775 няма 1775 според 1775 със 1775 също 1775 '
        'ако 1671 вече 1671 каза 1671 преди 1671 само 1671 година 1567 към 1567 беше 1462 '
        'го 1462 обаче 1462 повече 1462 все 1358 млн 1358 този 1358 тях 1358 една 1253 '
        'защото 1253 как 1253 която 1253 сега 1253 страна 1253 тази 1253 така 1253 тя 1253 '
        'хора 1253 два 1149 където 1149 него 1149 около 1149 ги 1044 други 1044 им 1044 '
        'миналата 1044 човек 1044 без 940 дружеството 940 компания 940 компанията 940 '
        'лв 940 местните 940 няколко 940 очаква 940 прави 940 пък 940 хората 940 част 940 '
        'ви 836 долара 836 едно 836 избори 836 какво 836 над 836 нови 836 ноември 836 '
        'някои 836 сащ 836 страната 836 там 836 бил 731 бъдат 731 дали 731 две 731 '
        'което 731 края 731 м 731 малко 731 между 731 могат 731 някой 731 освен 731 '
        'останалите 731 пазар 731 пред 731 предвижда 731 път 731 сред 731 бе 627 '
        'германия 627 ден 627 добре 627 дори 627 евро 627 използват 627 й 627 кв 627 '
        'кой 627 коментира 627 ми 627 момента 627 място 627 нас 627 началото 627 '
        'общински 627 работи 627 седмица 627 смята 627 става 627 страни 627 тук 627 '
        'тъй 627 фонд 627 часа 627 чрез 627 аз 522 било 522 буш 522 българи 522 върху 522 '
        'души 522 държавата 522 заплати 522 изграждането 522 имат 522 информация 522 '
        'когато 522 направи 522 ниво 522 нищо 522 обясни 522 отношение 522 под 522 '
        'почти 522 проблем 522 продукти 522 просто 522 първата 522 пъти 522 резултат 522 '
        'сме 522 съм 522 същото 522 три 522 у 522 условия 522 активи 418 би 418 била 418 '
        'борса 418 брой 418 всичко 418 въпреки 418 въпрос 418 главният 418 голяма 418 '
        'град 418 директор 418 дневник 418 дойде 418 достатъчно 418 държавна 418 едва 418 '
        'ес 418 живот 418 започва 418 започна 418 затова 418 защо 418 заяви 418 '
        'значение 418 изборите 418 името 418 имоти 418 както 418 китай 418 компании 418 '
        'лева 418 мача 418 мен 418 мерки 418 месеца 418 министерството 418 министър 418 '
        'ндсв 418 неща 418 ни 418 някое 418 общинския 418 организация 418 плаща 418 '
        'получи 418 посочи 418 правят 418 президентът 418 премиерът 418 продажбите 418 '
        'проект 418 проекта 418 произвежда 418 процента 418 публикува 418 пункта 418 '
        'работа 418 разбира 418 развитие 418 рано 418 решението 418 своя 418 сигурност 418 '
        'следващите 418 случая 418 софия 418 средства 418 срещу 418 такива 418 точно 418 '
        'успеха 418 учителите 418 финансови 418 франция 418 хил 418 чиито 418 чувства 418 '
        'шест 418 юни 418 ясно 418 агенция 313 адвоката 313 акции 313 акциите 313 ама 313 '
        'бвп 313 бившият 313 бизнес 313 били 313 близо 313 борсата 313 броят 313 бсп 313 '
        'бъдещето 313 българската 313 българския 313 варна 313 власти 313 вноски 313 '
        'води 313 георги 313 годишен 313 двамата 313 джон 313 джордж 313 днес 313 '
        'докато 313 друг 313 другата 313 дружества 313 държава 313 европейските 313 '
        'енел 313 желанието 313 живее 313 заедно 313 заради 313 заседание 313 заявява 313 '
        'знам 313 знаят 313 иванов 313 играе 313 икономиката 313 инвестира 313 '
        'инвеститорите 313 инвестиции 313 интерес 313 информацията 313 искам 313 искат 313 '
        'каква 313 кандидати 313 капитала 313 клиентите 313 коалиция 313 комисията 313 '
        'косово 313 коя 313 късно 313 макар 313 март 313 направят 313 население 313 '
        'национал 313 националната 313 нещо 313 нея 313 никакъв 313 нов 313 нямат 313 '
        'община 313 общината 313 обявиха 313 основните 313 остава 313 отбор 313 отбора 313 '
        'официално 313 пазара 313 пак 313 пари 313 парите 313 партията 313 период 313 '
        'писане 313 плевен 313 подобна 313 позволява 313 полицията 313 поради 313 '
        'поредна 313 последните 313 потребители 313 представители 313 приблизително 313 '
        'приключи 313 приятели 313 проверка 313 прокурор 313 промени 313 първият 313 '
        'първо 313 пътя 313 равни 313 различни 313 решение 313 роден 313 ръст 313 '
        'септември 313 сергей 313 сериозен 313 сметка 313 собствени 313 средствата 313 '
        'стана 313 стандарт 313 стоки 313 столичната 313 съобщи 313 съобщиха 313 същия 313 '
        'то 313 тогава 313 толкова 313 тона 313 успя 313 участие 313 фаворит 313 храни 313 '
        'целия 313 цялата 313 час 313 често 313 японската 313'), _table(
        'а 124206 и 93004 е 88983 о 88158 т 78528 н 72598 р 52754 с 50281 в 44310 д 34560 '
        'к 32228 л 31584 п 30458 м 23824 з 22457 я 19119 б 17189 ъ 14938 г 13932 у 13309 '
        'ч 12505 щ 7378 ц 7117 ж 6675 й 5308 х 4966 ш 4222 ф 3538 ю 1427 ь 382')),
    'ca': ('latin', _table(
        'de 57838 la 35573 i 29494 a 24482 el 21114 que 19307 d 19142 en 17828 l 16924 '
        'les 13145 per 13063 els 11420 del 10927 un 9859 es 7887 amb 7558 una 6490 és 6162 '
        'no 5669 al 5176 dels 4929 ha 4929 o 4929 com 3943 s 3861 més 3451 aquesta 2875 '
        'si 2875 va 2793 tot 2465 hi 2383 aquest 2218 se 2218 altres 2136 seva 2136 '
        'ser 1972 són 1972 han 1890 on 1890 però 1890 també 1890 barcelona 1643 part 1643 '
        'entre 1561 als 1479 anys 1479 fer 1479 ja 1479 web 1479 des 1397 informació 1397 '
        'li 1397 pot 1397 seu 1397 col 1314 ho 1314 pel 1314 sobre 1314 the 1314 tots 1314 '
        'van 1314 cal 1232 fins 1232 poden 1232 m 1150 això 1068 any 1068 aquests 1068 '
        'article 1068 ens 1068 manera 1068 món 1068 servei 1068 treball 1068 us 1068 '
        'ara 986 catalunya 986 n 986 què 986 uns 986 cada 904 ciències 904 era 904 hem 904 '
        'lloc 904 molt 904 públic 904 sempre 904 serveis 904 serà 904 tipus 904 tres 904 '
        'altre 822 cas 822 centre 822 primer 822 sense 822 seves 822 social 822 sol 822 '
        'totes 822 y 822 activitats 739 cap 739 curs 739 departament 739 dia 739 '
        'diferents 739 espanya 739 euros 739 los 739 perquè 739 sant 739 tan 739 tenir 739 '
        'veure 739 abans 657 casos 657 ciutat 657 dins 657 dos 657 especial 657 '
        'general 657 gran 657 pels 657 primera 657 projecte 657 qui 657 segons 657 '
        'tant 657 total 657 té 657 www 657 actes 575 així 575 dies 575 donar 575 dret 575 '
        'edat 575 està 575 fa 575 forma 575 govern 575 grups 575 internet 575 list 575 '
        'llei 575 mai 575 millor 575 ni 575 només 575 pots 575 productes 575 programa 575 '
        'qualsevol 575 seran 575 seus 575 to 575 universitat 575 virus 575 aigua 493 '
        'ajuntament 493 alguns 493 aquestes 493 base 493 bona 493 casa 493 catalana 493 '
        'compte 493 dir 493 director 493 educació 493 estat 493 euro 493 fet 493 '
        'frança 493 grup 493 havia 493 història 493 http 493 joan 493 jordi 493 llibre 493 '
        'local 493 línia 493 molts 493 nostra 493 nova 493 para 493 partit 493 països 493 '
        'persones 493 pla 493 poble 493 política 493 pràctiques 493 quan 493 realitzar 493 '
        'relació 493 rsquo 493 sala 493 secció 493 sinó 493 sistema 493 te 493 temps 493 '
        'terra 493 tota 493 tècnica 493 usuaris 493 vots 493 xarxa 493 acord 411 '
        'activitat 411 agenda 411 aigües 411 algun 411 ambient 411 anar 411 anat 411 '
        'anglès 411 arreu 411 arribar 411 avui 411 bé 411 can 411 canvi 411 carta 411 '
        'classes 411 color 411 coneixement 411 consell 411 conèixer 411 data 411 '
        'desenvolupament 411 documentació 411 drets 411 durant 411 e 411 editorial 411 '
        'empresa 411 empreses 411 enginyeria 411 estudis 411 et 411 etc 411 final 411 '
        'formació 411 formar 411 format 411 gestió 411 haver 411 hores 411 industrial 411 '
        'junta 411 lo 411 net 411 nou 411 obra 411 of 411 paper 411 passar 411 peces 411 '
        'php 411 plaça 411 podeu 411 popular 411 portal 411 presentació 411 preu 411 '
        'professionals 411 pròxim 411 publicació 411 punt 411 qual 411 residus 411 '
        'resta 411 seguretat 411 serveix 411 tenen 411 termini 411 tornar 411 través 411 '
        'treballs 411 url 411 vostra 411 vot 411 ús 411 altra 329 and 329 aquí 329 '
        'assemblea 329 assignatura 329 atenció 329 aviat 329 banda 329 blanc 329 busca 329 '
        'by 329 c 329 campanya 329 camps 329 camí 329 caps 329 català 329 cinc 329 '
        'club 329 conjunt 329 contacte 329 contra 329 cosa 329 cultura 329 després 329 '
        'diputació 329 disposa 329 diverses 329 dues 329 eleccions 329 entitats 329 '
        'equip 329 erc 329 escola 329 esta 329 estan 329 estar 329 estiu 329 exemple 329 '
        'exemples 329 família 329 fan 329 fitxer 329 fotografies 329 fou 329 '
        'generalitat 329 girona 329 important 329 in 329 infantil 329 inscripció 329 '
        'is 329 josep 329 licitud 329 mar 329 març 329 mateix 329 materials 329 me 329 '
        'medi 329 membres 329 menys 329 mesos 329 museu 329 más 329 música 329 nom 329 '
        'nombre 329 novembre 329 objectiu 329 objectius 329 octubre 329 opció 329 '
        'parla 329 partir 329 permet 329 personal 329 places 329 plau 329 por 329 '
        'premsa 329 preus 329 primavera 329 processos 329 producció 329 professor 329 '
        'publicat 329 pàgina 329 qualitat 329 real 329 recursos 329 seguit 329 '
        'selecció 329 sembla 329 tal 329 tarda 329 teatre 329 teniu 329 text 329 '
        'totalment 329 tracta 329 unes 329 vegades 329 vol 329 alumnes 246 associació 246 '
        'ciència 246 dit 246 haurà 246 lectura 246 privades 246 públiques 246'), _table(
        'e 127197 a 115009 s 81333 i 77077 r 70308 t 66359 l 64564 n 62667 o 50291 c 45333 '
        'd 41316 u 37214 p 29385 m 28581 b 13812 g 13658 v 12359 f 10359 q 8684 ó 6632 '
        'h 6274 x 4735 à 3863 é 3607 è 2974 j 2684 y 2530 í 2308 ò 2068 z 1846 w 1333 '
        'ú 1060 ç 889 k 462 ï 342 ü 342 á 188 ñ 154 º 68 ã 51')),
    'cs': ('latin', _table(
        'a 29921 v 20558 se 18929 na 18726 je 14044 s 8447 o 7836 do 6920 to 6920 k 6717 '
        'pro 6717 z 6615 že 6513 i 5394 ve 5089 jsou 3969 si 3867 nebo 3562 po 3358 '
        'jako 3257 od 3155 byl 2951 za 2748 ale 2646 jsem 2544 při 2544 tak 2544 '
        'které 2341 jak 2137 bude 2035 jen 2035 bylo 1934 jeho 1832 by 1730 co 1730 '
        'která 1628 také 1628 jsme 1527 u 1527 tedy 1425 asi 1323 jejich 1323 který 1323 '
        'pak 1323 pokud 1323 proto 1323 roku 1323 zde 1323 byla 1221 další 1221 kde 1221 '
        'když 1221 podle 1221 před 1221 tento 1221 ze 1221 aby 1119 byly 1119 být 1119 '
        'této 1119 už 1119 až 1018 let 1018 může 1018 není 1018 velmi 1018 hlavní 916 '
        'ho 916 kterou 916 mezi 916 než 916 prostředí 916 však 916 či 916 bez 814 dnes 814 '
        'e 814 ke 814 programu 814 práce 814 r 814 roce 814 toho 814 tomu 814 vám 814 '
        'zájem 814 ani 712 budou 712 dne 712 dvě 712 ještě 712 kam 712 nad 712 ne 712 '
        'první 712 systém 712 tím 712 zejména 712 část 712 dat 611 díky 611 jedná 611 '
        'já 611 ktera 611 kč 611 li 611 lze 611 má 611 mít 611 města 611 nás 611 opět 611 '
        'patří 611 platí 611 později 611 přes 611 případě 611 století 611 své 611 '
        'takže 611 tom 611 zařízení 611 ľe 611 byli 509 celé 509 ch 509 dle 509 doc 509 '
        'dva 509 hodin 509 ji 509 již 509 kdo 509 kromě 509 letech 509 mu 509 můžete 509 '
        'nic 509 nich 509 novou 509 nové 509 nějakou 509 p 509 pod 509 pouze 509 '
        'projektu 509 práci 509 rada 509 rozsahu 509 rámci 509 součástí 509 sv 509 '
        'teprve 509 textu 509 toto 509 tyto 509 vysoké 509 více 509 všech 509 všechno 509 '
        'území 509 č 509 bych 407 c 407 celém 407 csc 407 databáze 407 druhé 407 dvou 407 '
        'dále 407 eu 407 hod 407 informace 407 jeden 407 jej 407 jste 407 jí 407 '
        'každém 407 kdy 407 mi 407 mnoha 407 mohou 407 musím 407 mého 407 mě 407 měl 407 '
        'n 407 naše 407 naší 407 nebude 407 nebylo 407 nejen 407 největší 407 nikdo 407 '
        'nový 407 nyní 407 nám 407 něco 407 ovšem 407 partnerství 407 pc 407 podmínky 407 '
        'potom 407 počet 407 provozu 407 práv 407 roky 407 role 407 samozřejmě 407 '
        'služeb 407 sobě 407 staré 407 svém 407 svůj 407 tady 407 tam 407 ten 407 '
        'tvoří 407 tímto 407 vlastní 407 vydal 407 včetně 407 všechny 407 všeho 407 '
        'zatím 407 zcela 407 změny 407 základě 407 české 407 školy 407 životního 407 '
        'akce 305 az 305 budete 305 bychom 305 byste 305 byt 305 chceme 305 což 305 d 305 '
        'datových 305 den 305 denně 305 doba 305 dobré 305 době 305 dobře 305 '
        'doporučuje 305 dost 305 druhu 305 duchovní 305 fakulty 305 filmu 305 hodiny 305 '
        'informací 305 jan 305 jde 305 jednou 305 její 305 jest 305 jestli 305 jim 305 '
        'jinou 305 jiným 305 jiz 305 kolem 305 koule 305 kteri 305 lidí 305 mail 305 '
        'malý 305 metrů 305 mnoho 305 moc 305 musí 305 máme 305 místo 305 mělo 305 '
        'nakonec 305 naleznete 305 naprosto 305 například 305 nebyl 305 nikdy 305 nová 305 '
        'něj 305 někdo 305 objektu 305 oblasti 305 obsah 305 obsahuje 305 odborníků 305 '
        'ona 305 opatření 305 otázky 305 ovládání 305 pan 305 pocatku 305 podpory 305 '
        'podstaty 305 poloviny 305 pomoci 305 poprvé 305 poslední 305 postup 305 '
        'postupně 305 použití 305 prací 305 praxi 305 praze 305 problémy 305 programů 305 '
        'proti 305 protože 305 provoz 305 prvky 305 převážně 305 přípravy 305 půl 305 '
        'původní 305 raději 305 rok 305 rychlost 305 rád 305 různých 305 sebou 305 '
        'serveru 305 skladby 305 skoro 305 souboru 305 současné 305 spolupráci 305 '
        'starší 305 stav 305 stejně 305 stol 305 stránce 305 stránku 305 stránky 305 '
        'stále 305 státy 305 svým 305 světa 305 taková 305 takto 305 taky 305 teto 305 '
        'tohoto 305 totéž 305 tradiční 305 trochu 305 tu 305 tuto 305 ty 305 tzv 305 '
        'téměř 305 týden 305 třetí 305 tři 305 udělat 305 usa 305 vedle 305 velký 305 '
        'vodu 305 vstupu 305 vzhledem 305 vás 305 výrobě 305 výsledkem 305 význam 305 '
        'věc 305 větší 305 začátku 305 zvláštní 305 základní 305 zároveň 305 září 305 '
        'údajů 305 úřadu 305 ă 305 činí 305 člověk 305 člověka 305 čtyři 305 řízení 305 '
        'šest 305'), _table(
        'o 84653 e 82362 a 67696 n 64072 t 55809 s 46382 i 45162 v 43547 r 40355 l 39416 '
        'd 37519 k 36749 p 35416 u 33763 m 31585 c 27210 í 26797 z 22684 h 22496 j 20825 '
        'y 18872 á 18647 b 16638 ě 12957 é 9840 ř 9746 č 8431 ý 8075 ž 7549 š 6366 ů 4619 '
        'g 3624 f 3343 ú 1164 x 1127 w 789 ň 695 ľ 657 ă 563 ą 488 ť 357 ó 244 q 169 ä 169 '
        'ĺ 150 ď 94')),
    'da': ('latin', _table(
        'og 29886 i 28838 er 26019 at 25536 det 20058 en 20058 til 17158 på 15789 af 15547 '
        'med 13775 for 13130 der 12728 har 10955 de 10472 den 10311 jeg 8861 ikke 8055 '
        'som 7894 et 7492 kan 6928 om 6686 du 5719 vi 5155 fra 4753 var 4592 så 4350 '
        'skal 4108 være 4108 hvor 3947 men 3947 man 3867 eller 3625 han 3061 også 2981 '
        'ved 2900 vil 2900 blev 2658 her 2658 meget 2658 mange 2497 når 2417 hvis 2336 '
        'sig 2336 mere 2256 efter 2175 dette 2094 hun 2094 selv 2094 år 2094 alle 2014 '
        'op 2014 få 1933 nye 1933 vores 1933 havde 1853 kunne 1853 da 1772 end 1772 '
        'nogle 1772 bliver 1692 nu 1692 over 1692 ud 1692 hvad 1611 a 1531 derfor 1531 '
        'noget 1531 andre 1450 dem 1450 dig 1450 godt 1450 have 1450 kun 1450 mig 1450 '
        'se 1450 to 1450 din 1369 min 1369 børn 1289 denne 1289 gode 1289 lidt 1289 '
        'os 1289 både 1208 får 1208 mod 1128 nogen 1128 samme 1128 skulle 1128 bare 1047 '
        'deres 1047 dog 1047 første 1047 ingen 1047 komme 1047 lige 1047 tid 1047 bl 967 '
        'fik 967 flere 967 fået 967 helt 967 hos 967 hvordan 967 igen 967 kl 967 nok 967 '
        'ny 967 rigtig 967 været 967 alt 886 dag 886 del 886 før 886 god 886 inden 886 '
        'må 886 måde 886 sammen 886 sidste 886 store 886 faktisk 806 ham 806 hans 806 '
        'hele 806 ind 806 kommer 806 mest 806 via 806 ville 806 begge 725 gang 725 '
        'give 725 gøre 725 kom 725 mulighed 725 måske 725 ret 725 s 725 samtidig 725 '
        'står 725 synes 725 altid 644 andet 644 arbejde 644 blandt 644 dansk 644 dk 644 '
        'endnu 644 gange 644 går 644 jo 644 kr 644 lille 644 mellem 644 mindre 644 sit 644 '
        'stadig 644 billeder 564 dage 564 danmark 564 dine 564 finde 564 forhold 564 '
        'gå 564 gør 564 hver 564 håber 564 kører 564 liv 564 par 564 plads 564 samt 564 '
        'siden 564 siger 564 sin 564 stor 564 tager 564 taget 564 tidligere 564 uden 564 '
        'ad 483 aldrig 483 bedste 483 betyder 483 blive 483 eks 483 engelsk 483 '
        'enkelte 483 f 483 film 483 folk 483 forskellige 483 gennem 483 giver 483 '
        'igennem 483 indlæg 483 kort 483 lavet 483 læs 483 medlemmer 483 mens 483 '
        'muligt 483 mål 483 nyt 483 næsten 483 råd 483 set 483 stort 483 sådan 483 '
        'tilbage 483 vigtigt 483 yderligere 483 allerede 403 anden 403 billedet 403 '
        'bliv 403 brug 403 bruger 403 bruges 403 ca 403 datter 403 disse 403 dit 403 e 403 '
        'engang 403 fag 403 fordi 403 fx 403 følgende 403 gammel 403 grund 403 hjem 403 '
        'hjemmeside 403 holde 403 hyggelig 403 indsats 403 kroner 403 land 403 lave 403 '
        'løbet 403 mand 403 medarbejdere 403 måtte 403 ned 403 omkring 403 online 403 '
        'pr 403 sendt 403 sige 403 spille 403 spørgsmål 403 sted 403 stedet 403 stå 403 '
        'stærk 403 tale 403 the 403 timer 403 ting 403 under 403 al 322 apr 322 '
        'arbejder 322 bad 322 bagefter 322 barn 322 bedre 322 behandling 322 betaling 322 '
        'billede 322 blevet 322 blot 322 by 322 bør 322 d 322 dagen 322 dejlig 322 '
        'derefter 322 desuden 322 desværre 322 efternavn 322 ej 322 ellers 322 '
        'familien 322 fandt 322 fint 322 fokus 322 formand 322 fortælle 322 foto 322 '
        'frem 322 gav 322 generalforsamling 322 gerne 322 gik 322 glæde 322 google 322 '
        'gælder 322 hjemmesiden 322 hjælp 322 hold 322 hunde 322 hurtigt 322 idet 322 '
        'indenfor 322 især 322 klik 322 km 322 kommet 322 kræver 322 landet 322 let 322 '
        'ligesom 322 ligger 322 maj 322 mennesker 322 mit 322 moderne 322 modtaget 322 '
        'musik 322 områder 322 området 322 oplyst 322 osv 322 pige 322 produkter 322 '
        'prøve 322 resten 322 risiko 322 rundt 322 række 322 sag 322 samarbejde 322 '
        'sat 322 selvom 322 side 322 skabe 322 sker 322 skrevet 322 spil 322 spiller 322 '
        'st 322 stand 322 større 322 succes 322 sælger 322 tak 322 tiden 322 tre 322 '
        'tror 322 tv 322 tænke 322 uge 322 underholdende 322 videre 322 virksomheden 322 '
        'x 322 afholdes 242 aften 242 alligevel 242 anbefales 242 august 242 besøg 242 '
        'bog 242 bogen 242 bred 242 danmarks 242 dele 242 direkte 242 england 242 '
        'fleste 242 forslag 242 forældrene 242 fysisk 242 havnen 242 holdt 242 hul 242 '
        'hvilket 242 ifølge 242 kampen 242 kommentar 242 lyder 242 længere 242 marts 242 '
        'netværk 242 opfattelse 242 pris 242 projekter 242 sagde 242 ser 242 sikrer 242 '
        'straks 242 særlige 242 sætter 242 uanset 242 uger 242 varer 242 virkeligheden 242 '
        'øjeblikket 242'), _table(
        'e 158350 r 86231 n 72168 t 67916 d 61977 i 59876 a 58056 s 56782 l 52695 o 46904 '
        'g 45085 m 33487 k 32676 v 25231 f 24784 u 18067 h 17537 b 16214 p 16197 å 11449 '
        'æ 8984 ø 8421 j 7396 y 7147 c 4798 w 612 x 331 z 265 é 215 q 50')),
    'de': ('latin', _table(
        'die 31179 der 29820 und 27644 in 16133 das 12780 von 11058 den 10876 mit 10242 '
        'sie 9608 zu 9426 auf 9064 ist 8973 ein 7885 im 7704 für 7614 sich 7614 eine 7523 '
        'es 6798 auch 6073 dem 6073 des 5801 nicht 5348 werden 5348 an 5257 wir 4985 '
        'als 4894 ich 4804 aus 4713 sind 4169 wird 4079 einer 3807 bei 3625 oder 3625 '
        'nach 3444 hat 3172 wie 3082 einen 2900 kann 2900 war 2900 aber 2810 am 2810 '
        'noch 2810 nur 2810 man 2719 einem 2628 er 2538 mehr 2447 zum 2447 dann 2266 '
        'diese 2266 so 2266 haben 2175 um 2175 uns 2175 zur 2175 durch 2085 können 2085 '
        'vor 2085 über 2085 ihre 1994 wurde 1994 sein 1903 wenn 1903 hier 1813 bis 1722 '
        'daß 1722 etwas 1722 da 1631 dass 1631 dieser 1541 alle 1450 immer 1450 neue 1450 '
        'schon 1450 wieder 1450 beim 1269 damit 1269 gibt 1269 ihr 1269 mal 1269 '
        'seite 1269 wo 1269 zwei 1269 doch 1178 habe 1178 keine 1178 sehr 1178 vom 1178 '
        'zeit 1178 menschen 1088 mir 1088 was 1088 andere 997 beiden 997 einmal 997 '
        'hatte 997 jedoch 997 jetzt 997 lassen 997 waren 997 a 906 bitte 906 finden 906 '
        'ganz 906 gegen 906 machen 906 zwischen 906 anderen 816 b 816 denn 816 dieses 816 '
        'du 816 e 816 einfach 816 ihn 816 ja 816 konnte 816 leben 816 mich 816 neben 816 '
        'platz 816 steht 816 z 816 allem 725 alles 725 dich 725 dies 725 erreicht 725 '
        'gut 725 heute 725 ihm 725 kommt 725 nun 725 s 725 seine 725 sowie 725 unserer 725 '
        'unter 725 v 725 ab 634 de 634 deutschland 634 diesem 634 diesen 634 gab 634 '
        'jahr 634 jahre 634 macht 634 muss 634 müssen 634 ob 634 ohne 634 rund 634 '
        'soll 634 sollte 634 unsere 634 weiter 634 arbeit 544 bzw 544 dennoch 544 dort 544 '
        'eines 544 etwa 544 falls 544 geht 544 geworden 544 ihnen 544 muß 544 neuen 544 '
        'nichts 544 schließlich 544 sehen 544 sondern 544 unternehmen 544 '
        'veranstaltungen 544 vier 544 wegen 544 wer 544 wochen 544 würde 544 allen 453 '
        'bad 453 bereich 453 dabei 453 damals 453 daten 453 deren 453 dessen 453 drei 453 '
        'ebenfalls 453 eigenen 453 ersten 453 februar 453 fragen 453 ganze 453 gehen 453 '
        'heißt 453 homepage 453 ihren 453 ins 453 insbesondere 453 inzwischen 453 '
        'jeden 453 kleinen 453 kunden 453 links 453 mai 453 markus 453 möchte 453 '
        'möglich 453 seiner 453 später 453 teil 453 treffen 453 viel 453 viele 453 '
        'welt 453 wenig 453 wirklich 453 wurden 453 album 363 also 363 anfang 363 '
        'arbeiten 363 befinden 363 bestehen 363 besucher 363 bietet 363 ca 363 daher 363 '
        'dank 363 davon 363 dinge 363 dir 363 endlich 363 erhält 363 erneut 363 erst 363 '
        'erste 363 erstellt 363 euch 363 fall 363 fest 363 frauen 363 gehört 363 geld 363 '
        'gesehen 363 gestaltet 363 glauben 363 großen 363 gute 363 hand 363 hatten 363 '
        'her 363 ihrer 363 informationen 363 internet 363 jahren 363 januar 363 kaum 363 '
        'kreis 363 leute 363 liegen 363 liegt 363 meine 363 meinen 363 michael 363 '
        'mitte 363 mädchen 363 möglichkeiten 363 natürlich 363 nehmen 363 nutzen 363 '
        'nächsten 363 of 363 oft 363 paar 363 pro 363 rahmen 363 schnell 363 schöne 363 '
        'sei 363 seinen 363 seit 363 setzen 363 sieht 363 sonntag 363 sowohl 363 '
        'stehen 363 tage 363 treten 363 uhr 363 usa 363 verbindung 363 verein 363 weil 363 '
        'weitere 363 wenigen 363 weniger 363 wohl 363 wolfgang 363 wäre 363 zahl 363 '
        'ziel 363 zuerst 363 überhaupt 363 allerdings 272 alten 272 alter 272 '
        'angeboten 272 anspruch 272 antwort 272 anwendung 272 art 272 band 272 '
        'beispiel 272 bekannt 272 benutzt 272 berlin 272 besser 272 besuch 272 beträgt 272 '
        'bieten 272 bild 272 buchstaben 272 dagegen 272 darf 272 dateien 272 dazu 272 '
        'email 272 entscheidungen 272 erforderlich 272 erfüllen 272 erlaubt 272 '
        'erleben 272 erwarten 272 findet 272 freunde 272 gar 272 geben 272 gegeben 272 '
        'geschrieben 272 gottes 272 heraus 272 hin 272 hoher 272 ihrem 272 interesse 272 '
        'jede 272 kapelle 272 karten 272 kein 272 konnten 272 kurz 272 lange 272 '
        'lediglich 272 lösungen 272 martin 272 material 272 meiner 272 müller 272 neu 272 '
        'personen 272 plätze 272 produkte 272 r 272 reihe 272 sagen 272 sagt 272 '
        'sammeln 272 schwer 272 seinem 272 sekunde 272 sicher 272 sofort 272 sogar 272 '
        'spiel 272 spielen 272 sprache 272 staat 272 stadt 272 starken 272 stelle 272 '
        'sucht 272 sv 272 veranstaltung 272 verschiedenen 272 vollständig 272 weder 272 '
        'weiterhin 272 welche 272 werde 272 werner 272 weshalb 272 wichtigsten 272 '
        'wirkt 272 wünscht 272 zeichen 272 zudem 272 zuletzt 272'), _table(
        'e 161809 n 101868 i 78834 r 71966 s 63267 t 61142 a 57801 d 47408 h 44390 u 40079 '
        'l 37061 g 29871 c 28700 o 27130 m 26822 b 20740 f 17753 w 15813 k 14458 z 12810 '
        'p 9562 v 9300 ü 6390 ä 5574 ö 2648 j 2263 ß 2217 y 1293 x 616 q 308 ã 62')),
    'el': ('greek', _table(
        'και 40603 να 25518 το 24715 του 19981 της 17894 την 17654 η 17493 με 16771 '
        'για 16530 που 14444 από 11716 είναι 11154 ο 10672 δεν 9549 τα 9308 θα 9148 '
        'στο 8907 των 8666 σε 8265 οι 7944 τους 6740 τη 6339 στην 6179 τον 5697 τις 5617 '
        'ότι 4895 μια 4012 μας 3932 στη 3771 αυτό 3531 στις 3531 ένα 3210 αν 2969 μ 2969 '
        'αλλά 2728 στα 2488 έχει 2407 ή 2247 ήταν 2247 σας 2006 κάθε 1846 οποία 1846 '
        'πρέπει 1846 ως 1765 μήνυμα 1685 πολύ 1685 αποστολή 1605 μου 1605 στον 1605 '
        'έχουν 1525 ηλεκτρονικού 1525 κι 1525 μία 1525 μπορεί 1525 πιο 1525 '
        'ταχυδρομείου 1525 αυτή 1444 μετά 1444 μην 1444 δύο 1364 σαν 1364 όλα 1364 '
        'γιατί 1284 κατά 1284 μέχρι 1284 νέα 1284 στους 1284 έτσι 1204 αναρτήθηκε 1204 '
        'πως 1204 σου 1204 τι 1204 όμως 1204 χωρίς 1123 όλο 1123 σήμερα 1043 έναν 963 '
        'επίσης 963 μόνο 963 υπάρχουν 963 όταν 963 όχι 963 ώρα 963 άλλο 883 απ 883 '
        'είχε 883 εκεί 883 κ 883 μέσα 883 π 883 προς 883 πρώτη 883 τόσο 883 όπως 883 '
        'γίνεται 802 δηλαδή 802 κάνει 802 κόσμο 802 μεγάλη 802 φορά 802 χρόνια 802 '
        'όλους 802 ένας 722 διάρκεια 722 εγώ 722 θέση 722 κάποια 722 κάτι 722 καθώς 722 '
        'λίγο 722 μεγάλο 722 πριν 722 σχόλια 722 τελευταία 722 όσο 722 άλλα 642 ακόμη 642 '
        'αυτά 642 αφού 642 δυο 642 ε 642 ελλάδα 642 επί 642 λοιπόν 642 μοιραστείτε 642 '
        'πλέον 642 πολιτική 642 σπίτι 642 έχω 562 αποτελεί 562 γίνει 562 γι 562 εδώ 562 '
        'ζωής 562 θέλουν 562 λόγο 562 μάλιστα 562 μάλλον 562 μη 562 μιας 562 μπορούν 562 '
        'ν 562 νίκη 562 ναι 562 οποίος 562 πάνω 562 πόλης 562 σ 562 υπάρχει 562 '
        'χρειάζεται 562 άλλοι 481 απο 481 αυτούς 481 αυτός 481 βιβλίο 481 δε 481 δράση 481 '
        'εάν 481 εκτός 481 ελλάδας 481 ενός 481 ζωή 481 θέματα 481 ιουνίου 481 καλά 481 '
        'καλή 481 κανείς 481 λίγα 481 λόγω 481 μεγαλύτερη 481 μεταξύ 481 νερό 481 ούτε 481 '
        'πάντα 481 παιδιά 481 παρά 481 παρακάτω 481 περίπτωση 481 πια 481 προέδρου 481 '
        'πω 481 στιγμή 481 στοιχεία 481 σχέση 481 τμήμα 481 τώρα 481 φορές 481 φυσικά 481 '
        'όλοι 481 άλλη 401 άλλος 401 έλληνες 401 έχετε 401 ακριβώς 401 ακόμα 401 '
        'απόδειξη 401 αυτές 401 βρίσκεται 401 γενιά 401 είστε 401 εκ 401 εκλογές 401 '
        'εν 401 ενώ 401 επίπεδα 401 επειδή 401 εποχή 401 ευρώ 401 ημέρες 401 θέλει 401 '
        'ιστορία 401 κάνεις 401 κακό 401 καλό 401 κατάσταση 401 κεντρικό 401 κράτος 401 '
        'κόστος 401 λέει 401 λόγια 401 λύση 401 μέλλον 401 μικρό 401 ξανά 401 '
        'οικονομία 401 περισσότερα 401 περισσότερο 401 πλαίσιο 401 πλευρά 401 πολλά 401 '
        'πολλές 401 πράγματα 401 συμμετοχή 401 τότε 401 χρώμα 401 ό 401 όλη 401 όπου 401 '
        'ώστε 401 άγιος 321 άνθρωποι 321 έκανε 321 έργου 321 έως 321 αγάπης 321 '
        'αλήθεια 321 αλλαγή 321 ανάγκη 321 ανάμεσα 321 αναμένεται 321 ανθρώπους 321 ας 321 '
        'αυτής 321 βάρος 321 βάση 321 βγουν 321 βλέπω 321 βράδυ 321 γλώσσα 321 δήμου 321 '
        'δίνεται 321 δείχνει 321 δημοσίου 321 διάστημα 321 διαδικασία 321 διαθέτει 321 '
        'διοίκηση 321 δυνατότητα 321 δυστυχώς 321 δώσει 321 είπε 321 είχαμε 321 εθνική 321 '
        'ειναι 321 ελληνική 321 ελληνικού 321 εμείς 321 εντός 321 εξ 321 ημέρα 321 '
        'θέμα 321 ιδέα 321 ιδιαίτερα 321 ισχύει 321 κάνετε 321 κέντρο 321 καθ 321 '
        'κεφάλι 321 κυρίως 321 λογική 321 μέρες 321 μαζί 321 μεγάλης 321 μπορούσε 321 '
        'νέο 321 ομάδα 321 ομάδας 321 οποίες 321 οποίο 321 πίσω 321 παιδί 321 παιδιών 321 '
        'παράδειγμα 321 περιοχής 321 πορεία 321 προσπάθεια 321 προστασία 321 πρόγραμμα 321 '
        'πρόσωπα 321 πώς 321 ρόλο 321 σημείο 321 σχολείο 321 τέτοια 321 τιμές 321 '
        'τουλάχιστον 321 τουρκία 321 υγείας 321 φαίνεται 321 χρέος 321 χρονιά 321 χώρα 321 '
        'χώρας 321 ωστόσο 321 όσα 321 άλλωστε 241 ίσως 241 αλλαγές 241 αμέσως 241 '
        'ανάλογα 241 ανοίγει 241 αντί 241 αξία 241 αξίζει 241 αποτέλεσμα 241 απριλίου 241 '
        'απόψεις 241 αφορά 241 βοήθεια 241 γενικά 241 γράψτε 241 γύρω 241 δ 241 δίνει 241 '
        'δεύτερο 241 διάφορα 241 ειδικά 241 εικόνα 241 εκατ 241 εκείνο 241 εμπειρία 241 '
        'εξακολουθούν 241 επιδιώκεται 241 επιχειρηματίας 241 εσείς 241 ετών 241 '
        'θεωρείται 241 κάποιο 241 καλώς 241 κανόνες 241 κατηγορία 241 κρέμα 241 κόσμος 241 '
        'λέμε 241 μήνες 241 μοντέλο 241 ξεκίνησε 241 οικονομικών 241 ομάδων 241 πάμε 241 '
        'πάντως 241 παραγωγής 241 παραμένουν 241 περίοδος 241 περίπου 241 περιοχή 241 '
        'πολιτικής 241 προκειμένου 241 προϊόντα 241 πόλη 241 συνάντηση 241 συνέχεια 241 '
        'σχέδια 241 σχετικά 241 τέλος 241 τίποτα 241 τελευταίους 241 τελικά 241 '
        'τεχνικές 241 τεχνολογία 241 τομέα 241 τρόπο 241 υπάρξει 241 υπηρεσίες 241 '
        'υπηρεσιών 241 υπό 241 υόρκη 241 φτάνει 241 χρήση 241 χρειάζονται 241'), _table(
        'α 101598 ο 78672 τ 76442 ι 70635 ε 69767 ν 60968 σ 43444 ρ 41558 κ 40436 π 38221 '
        'η 37218 μ 36365 ς 33627 υ 33148 λ 29347 ί 23899 ά 21056 ό 19485 γ 18153 έ 17719 '
        'δ 17659 ή 13738 ω 13289 χ 11628 θ 11373 ύ 9997 φ 7976 ώ 6645 β 6046 ξ 4026 ζ 3517 '
        'ψ 1317 ϊ 419 ΐ 90 ἀ 90 ὸ 90 ϋ 60 ὰ 45 ὲ 45')),
    'en': ('latin', _table(
        'the 59041 of 35556 and 33914 to 28166 in 22500 a 20939 for 11086 is 10429 on 9690 '
        'that 7965 it 7308 be 6816 with 6405 as 6323 are 6159 s 6077 you 5009 at 4927 '
        'by 4763 from 4681 an 4598 this 4598 was 4516 i 4352 or 4106 will 4106 your 4024 '
        'has 3531 can 3449 not 3449 if 3285 have 3202 they 2546 we 2546 he 2463 which 2463 '
        'but 2299 after 2217 our 2217 all 2135 canada 2135 information 2053 their 2053 '
        'my 1889 other 1889 some 1889 about 1807 health 1807 how 1807 out 1807 one 1724 '
        'any 1642 do 1642 more 1642 also 1560 been 1560 had 1560 its 1560 may 1560 '
        'these 1560 his 1478 please 1478 up 1478 were 1478 years 1478 canadian 1396 '
        'most 1396 would 1396 before 1314 her 1314 into 1314 work 1314 year 1314 both 1232 '
        'course 1232 each 1232 first 1232 order 1232 own 1232 service 1232 services 1232 '
        'such 1232 t 1232 two 1232 government 1150 only 1150 there 1150 time 1150 '
        'community 1067 like 1067 members 1067 north 1067 part 1067 students 1067 '
        'system 1067 them 1067 use 1067 when 1067 world 1067 life 985 over 985 program 985 '
        'public 985 school 985 through 985 area 903 day 903 just 903 last 903 make 903 '
        'me 903 must 903 new 903 often 903 people 903 than 903 those 903 used 903 '
        'using 903 very 903 what 903 who 903 children 821 did 821 home 821 many 821 '
        'much 821 no 821 now 821 ontario 821 required 821 site 821 so 821 support 821 '
        'available 739 because 739 between 739 business 739 care 739 contact 739 '
        'development 739 education 739 food 739 found 739 groups 739 made 739 office 739 '
        'provide 739 report 739 research 739 review 739 second 739 staff 739 team 739 '
        'then 739 training 739 university 739 us 739 water 739 within 739 act 657 '
        'application 657 best 657 city 657 does 657 every 657 fact 657 further 657 '
        'general 657 him 657 however 657 law 657 let 657 m 657 member 657 place 657 '
        'project 657 put 657 recently 657 set 657 view 657 where 657 activities 575 am 575 '
        'another 575 association 575 british 575 capacity 575 come 575 committee 575 '
        'computer 575 council 575 during 575 e 575 environment 575 experience 575 find 575 '
        'following 575 future 575 help 575 human 575 important 575 include 575 library 575 '
        'main 575 major 575 non 575 play 575 possible 575 provided 575 reading 575 '
        'requirements 575 resources 575 result 575 should 575 society 575 student 575 '
        'web 575 week 575 why 575 back 493 based 493 budget 493 building 493 columbia 493 '
        'days 493 director 493 east 493 even 493 events 493 ever 493 example 493 five 493 '
        'force 493 full 493 get 493 high 493 hours 493 industry 493 internet 493 '
        'issues 493 long 493 meeting 493 mr 493 off 493 old 493 once 493 ottawa 493 '
        'performance 493 planning 493 power 493 problems 493 real 493 safety 493 '
        'search 493 several 493 shall 493 since 493 study 493 summer 493 systems 493 '
        'take 493 technical 493 technology 493 way 493 well 493 while 493 without 493 '
        'addition 411 agriculture 411 aids 411 alberta 411 alone 411 although 411 '
        'around 411 assist 411 become 411 better 411 c 411 called 411 changes 411 '
        'class 411 could 411 court 411 current 411 data 411 december 411 depth 411 '
        'developed 411 don 411 download 411 early 411 energy 411 facilities 411 form 411 '
        'good 411 great 411 held 411 here 411 including 411 individuals 411 key 411 '
        'less 411 level 411 located 411 look 411 manitoba 411 monday 411 name 411 need 411 '
        'needs 411 news 411 note 411 party 411 percent 411 plan 411 process 411 '
        'products 411 province 411 provincial 411 publications 411 quality 411 '
        'questions 411 raised 411 resource 411 rights 411 rules 411 section 411 show 411 '
        'side 411 special 411 state 411 teacher 411 things 411 third 411 three 411 '
        'times 411 took 411 weeks 411 women 411 written 411 agreed 328 along 328 among 328 '
        'below 328 beyond 328 birds 328 body 328 book 328 call 328 challenge 328 '
        'challenges 328 co 328 com 328 copy 328 decided 328 detailed 328 end 328 '
        'established 328 evidence 328 farm 328 feature 328 final 328 four 328 games 328 '
        'history 328 includes 328 international 328 interviews 328 keep 328 kind 328 '
        'learn 328 legal 328 line 328 loss 328 meet 328 message 328 minutes 328 months 328 '
        'november 328 processing 328 produce 328 rates 328 read 328 recent 328 '
        'regarding 328 regular 328 send 328 september 328 she 328 simple 328 son 328 '
        'sports 328 stop 328 sure 328 term 328 under 328 vancouver 328 website 328 '
        'york 328'), _table(
        'e 121055 t 88941 a 82958 o 77142 i 76176 n 74093 r 67077 s 64944 l 40163 h 40029 '
        'd 37780 c 37063 u 28930 m 26331 p 23914 f 23781 g 18498 y 17332 w 15282 b 14832 '
        'v 11349 k 6233 x 1916 q 1667 j 1633 z 883')),
    'es': ('latin', _table(
        'de 66711 la 35667 y 28005 el 26816 en 26288 que 25099 a 20806 los 16777 un 13276 '
        'las 11955 con 11427 es 10634 ms 10238 se 9577 para 8256 del 7530 por 7530 '
        'una 7530 su 6803 no 6737 lo 4822 como 4690 al 4491 noticias 4359 educacin 4293 '
        'relacionadas 4029 este 3567 ha 3303 o 3303 son 2642 sus 2576 universia 2444 '
        'contenidos 2246 esta 2246 est 2180 me 2114 entre 2048 muy 1849 ser 1849 '
        'sobre 1849 tiene 1849 clasificados 1783 tags 1783 online 1651 todo 1651 '
        'cuando 1585 si 1585 ya 1585 nos 1519 puede 1519 cada 1453 mundo 1453 pero 1453 '
        'vida 1453 aos 1387 futuro 1387 todos 1387 gran 1321 hasta 1321 hay 1321 '
        'universidad 1321 donde 1255 e 1255 trabajo 1255 as 1189 desde 1189 qu 1189 '
        'te 1189 vez 1189 adems 1123 becas 1123 da 1123 conseguir 1057 era 1057 mejor 1057 '
        'personas 1057 sociales 1057 tambin 1057 todas 1057 tu 1057 utc 1057 dos 991 '
        'fue 991 mucho 991 parte 991 andorra 925 ao 925 aunque 925 cmo 925 cursos 925 '
        'encuentro 925 hace 925 mi 925 momento 925 nivel 925 tan 925 aqu 859 estn 859 '
        'esto 859 mayo 859 moocs 859 ni 859 primera 859 rectores 859 sin 859 tanto 859 '
        'tomar 859 va 859 veces 859 wharton 859 acceso 793 ahora 793 antes 793 casi 793 '
        'copa 793 estudiar 793 ftbol 793 internet 793 lugar 793 nuestro 793 santander 793 '
        'slo 793 universitarios 793 ver 793 an 727 cosas 727 hacer 727 han 727 hoy 727 '
        'le 727 tiempo 727 tipo 727 universidades 727 bien 661 casa 661 clases 661 '
        'cuenta 661 dar 661 estas 661 estudios 661 ii 661 logro 661 msica 661 nada 661 '
        'nueva 661 nuevo 661 pas 661 quien 661 siempre 661 social 661 superior 661 '
        'tener 661 universitaria 661 cine 594 cualquier 594 cuatro 594 ella 594 ellos 594 '
        'ese 594 espaa 594 estudiantes 594 forma 594 internacional 594 invertidas 594 '
        'knowledge 594 l 594 laboral 594 muchas 594 nuestra 594 otro 594 poder 594 '
        'porque 594 pueden 594 recursos 594 redes 594 sistema 594 actividades 528 '
        'brasil 528 coneducacin 528 decir 528 digitales 528 durante 528 empresas 528 '
        'espacio 528 esqu 528 estar 528 general 528 hbrida 528 importantes 528 '
        'informacin 528 manera 528 medio 528 modelo 528 muchos 528 muerte 528 nios 528 '
        'noche 528 pista 528 primer 528 puedes 528 uno 528 web 528 actor 462 algo 462 '
        'alguna 462 beevoz 462 contra 462 deben 462 desarrollo 462 documentacin 462 '
        'ello 462 empleo 462 equipo 462 escribir 462 ests 462 euros 462 extranjero 462 '
        'gobierno 462 gracias 462 grupo 462 he 462 historia 462 madrid 462 mayor 462 '
        'menos 462 mxico 462 otra 462 pases 462 pelcula 462 poblacin 462 pt 462 sector 462 '
        'serie 462 sido 462 sino 462 solo 462 tienen 462 tres 462 ventajas 462 verdad 462 '
        'vista 462 agenda 396 alguien 396 amelia 396 botn 396 buena 396 buenas 396 '
        'cabeza 396 calidad 396 camino 396 capacidad 396 ciudad 396 competitivo 396 '
        'conmxico 396 conocer 396 contenido 396 cual 396 curso 396 dentro 396 depender 396 '
        'diseo 396 docencia 396 docentes 396 ejercicio 396 esa 396 formacin 396 gente 396 '
        'global 396 grandes 396 hecho 396 hora 396 in 396 jvenes 396 les 396 llegar 396 '
        'logros 396 marzo 396 mejores 396 mundial 396 mximo 396 ninguna 396 parece 396 '
        'partido 396 pasado 396 porqu 396 posibilidad 396 postgrados 396 punto 396 red 396 '
        'salir 396 temas 396 tierra 396 travs 396 unos 396 abiertamente 330 actividad 330 '
        'amigo 330 autor 330 bajo 330 bolsa 330 buen 330 centro 330 centros 330 cerca 330 '
        'concurso 330 condiciones 330 conguadalajara 330 conredes 330 creado 330 crear 330 '
        'crece 330 creo 330 cules 330 cultura 330 d 330 das 330 datos 330 decisiones 330 '
        'despus 330 econmica 330 encontrar 330 estacin 330 estado 330 fcil 330 fecha 330 '
        'fin 330 final 330 formas 330 fueron 330 guadalajara 330 haba 330 hacia 330 '
        'hijo 330 hombre 330 hombres 330 hueco 330 jove 330 joven 330 junto 330 m 330 '
        'manos 330 mercado 330 millones 330 mis 330 mismo 330 mujer 330 nacional 330 '
        'ningn 330 noviembre 330 opinar 330 papel 330 pasar 330 pblico 330 permite 330 '
        'persona 330 personal 330 piel 330 pistas 330 poco 330 portal 330 presentacin 330 '
        'principio 330 proceso 330 prueba 330 pueblo 330 punt 330 revisin 330 revista 330 '
        'rodean 330 sea 330 seguridad 330 servicio 330 siendo 330 sol 330 tal 330 '
        'tecnologa 330 temporada 330 tenido 330 unas 330 usuario 330 verano 330 '
        'virtual 330 yo 330 actualmente 264 ejemplo 264 empezar 264 empresarial 264 '
        'entonces 264 estamos 264 experiencia 264 ganador 264 hotel 264 mbito 264 '
        'nadie 264 original 264 otros 264 podemos 264 respeto 264 toda 264 usuarios 264'), _table(
        'e 129840 a 121975 o 84697 s 79041 n 74758 i 67216 r 64603 l 53776 d 52510 c 51904 '
        't 47904 u 40901 m 28066 p 24605 b 12673 v 11367 g 11218 y 8687 q 8013 h 7690 '
        'f 7326 j 4377 z 3394 x 1643 w 943 k 768 ó 40')),
    'et': ('latin', _table(
        'ja 29723 on 25651 ei 13742 kui 12622 et 12113 ka 9467 siis 6311 ning 5599 '
        'oma 5599 aga 5395 see 5395 või 4886 oli 4581 ma 4275 pole 3766 nii 3664 mis 3461 '
        'seda 3461 juba 2748 ta 2748 veel 2748 eesti 2647 kuid 2647 üle 2647 kas 2545 '
        'kõik 2341 väga 2239 kes 2138 meie 2138 mida 2138 oleks 2138 nende 2036 saab 2036 '
        'ise 1934 nad 1934 ole 1832 olema 1832 peale 1832 tuleb 1832 võib 1832 läbi 1730 '
        'midagi 1730 vaid 1730 ära 1730 ehk 1629 kuidas 1629 kuna 1629 me 1629 mitte 1629 '
        'olen 1629 palju 1629 peaks 1629 edasi 1527 nüüd 1527 olla 1527 rohkem 1527 '
        'hea 1425 ikka 1425 jaoks 1425 nagu 1425 neid 1425 olnud 1425 tuli 1425 vaja 1425 '
        'aasta 1323 ega 1323 minu 1323 need 1323 pärast 1323 päris 1323 sa 1323 üks 1323 '
        'eest 1221 kõige 1221 meil 1221 peab 1221 saa 1221 selle 1221 ette 1120 ju 1120 '
        'kus 1120 küll 1120 mina 1120 sest 1120 teha 1120 välja 1120 ainult 1018 end 1018 '
        'kogu 1018 kokku 1018 loe 1018 mille 1018 mul 1018 tema 1018 aeg 916 aega 916 '
        'enam 916 enne 916 iga 916 keegi 916 kindlasti 916 korda 916 lapsed 916 miks 916 '
        'raha 916 saada 916 siiski 916 sinna 916 teema 916 aru 814 e 814 eriti 814 '
        'hästi 814 isegi 814 just 814 juurde 814 kell 814 kohta 814 kuigi 814 kätte 814 '
        'pigem 814 saanud 814 sai 814 selleks 814 siin 814 sisse 814 suur 814 tagasi 814 '
        'teie 814 vastu 814 õige 814 ühe 814 aastal 713 alati 713 alla 713 head 713 '
        'igal 713 ilma 713 inimesed 713 jah 713 kaasa 713 kohaselt 713 korral 713 '
        'lihtsalt 713 lisaks 713 natuke 713 osa 713 raske 713 sinu 713 tal 713 '
        'võimalik 713 öelda 713 a 611 ajal 611 alguses 611 arvates 611 ee 611 elu 611 '
        'endale 611 ennast 611 esimene 611 i 611 ilmselt 611 kiiresti 611 lapse 611 '
        'mingi 611 oled 611 praegu 611 saaks 611 samuti 611 selline 611 sõnul 611 '
        'teise 611 tuleks 611 uue 611 uus 611 võtta 611 aitab 509 algus 509 annab 509 '
        'avatud 509 eestis 509 eks 509 erinevaid 509 esimesel 509 eurot 509 hetkel 509 '
        'hommikul 509 juhatuse 509 juhul 509 jäänud 509 kaks 509 kasutada 509 '
        'kasutamise 509 kellel 509 kinni 509 koos 509 korra 509 käes 509 mees 509 '
        'millest 509 mind 509 muidu 509 muidugi 509 neile 509 näiteks 509 olemas 509 '
        'olid 509 ongi 509 oskab 509 parooli 509 polnud 509 päeva 509 päeval 509 pärnu 509 '
        'räägib 509 saadud 509 seotud 509 suure 509 suurem 509 taha 509 talle 509 '
        'tallinna 509 tartus 509 teda 509 tehtud 509 tihti 509 tulnud 509 tõttu 509 '
        'vaadata 509 vahele 509 veidi 509 vene 509 viia 509 vähemalt 509 ühte 509 '
        'üldse 509 abi 407 alles 407 asi 407 asju 407 d 407 de 407 eelkõige 407 ees 407 '
        'eesmärk 407 elus 407 euro 407 euroopa 407 hakkas 407 heaks 407 hiljem 407 '
        'hind 407 inimese 407 inimest 407 inimestele 407 juht 407 jäi 407 järgi 407 '
        'jääb 407 kelle 407 kerge 407 koha 407 kolm 407 krooni 407 kuhu 407 kunagi 407 '
        'laps 407 lihtne 407 lisas 407 lugeda 407 lõpuks 407 millal 407 minema 407 mu 407 '
        'mulle 407 mõlemad 407 mõni 407 mõte 407 müüa 407 neil 407 nendega 407 noored 407 '
        'nädal 407 näe 407 näha 407 paari 407 paljud 407 panna 407 parim 407 peaksime 407 '
        'peavad 407 poolt 407 postitatud 407 puhul 407 raames 407 riigi 407 saavad 407 '
        'sama 407 sellest 407 sellise 407 sellist 407 sõita 407 sõna 407 taga 407 tea 407 '
        'toimub 407 täiesti 407 uued 407 valmis 407 varem 407 vastavalt 407 võimalus 407 '
        'õnneks 407 ümber 407 üsna 407 ütles 407 aare 305 aastaid 305 aitäh 305 all 305 '
        'anda 305 avaleht 305 eelmisel 305 elab 305 elada 305 ennekõike 305 eriala 305 '
        'esitada 305 esmakordselt 305 halba 305 hoolimata 305 info 305 inimene 305 '
        'inimestel 305 jooksul 305 jüri 305 kahjuks 305 kirjutab 305 kirjutanud 305 '
        'klubi 305 kvaliteedi 305 küsitakse 305 lausa 305 leida 305 liiga 305 lisatud 305 '
        'läheme 305 meeldis 305 millega 305 milles 305 mingit 305 mitu 305 muu 305 '
        'mõnus 305 mõttes 305 näinud 305 näitab 305 oluline 305 ometi 305 osas 305 '
        'otsida 305 palun 305 parem 305 pea 305 pidada 305 pidevalt 305 poleks 305 '
        'poole 305 postitas 305 probleemid 305 protsenti 305 põhjused 305 rääkida 305 '
        'saad 305 seal 305 silmaga 305 sobib 305 soov 305 soovi 305 soovid 305 suhtes 305 '
        'tartu 305 teadmisi 305 teeme 305 teenuste 305 tegemist 305 teid 305 teiste 305 '
        'tulid 305 tuua 305 täpsem 305 töö 305 uuesti 305 uusi 305 uut 305 vahe 305 '
        'vahel 305 vajadusel 305 vist 305'), _table(
        'a 122367 e 112087 i 97988 s 85655 t 72195 l 61764 u 58870 k 49095 n 47934 d 39606 '
        'o 38882 m 38562 r 30588 v 23656 g 19887 p 19298 j 17750 h 15714 ä 12972 õ 12063 '
        'b 9203 ü 7151 ö 2860 f 1767 c 723 y 555 w 370 z 151 x 84 š 67 ž 50')),
    'fa': ('arabic', _table(
        'در 48934 و 43746 به 30847 از 27622 که 17457 این 17036 است 15564 را 13320 با 12549 '
        'سال 9044 آن 7572 شد 6660 برای 6099 بود 5538 یک 5538 او 5468 بر 3996 قرار 3856 '
        'دارد 3575 شده 3575 کرد 3505 ایران 3435 می\u200cشود 3365 نیز 3155 خود 2944 می 2944 '
        'تا 2874 شهر 2524 یا 2524 نام 2454 اما 2314 جمعیت 2314 نفر 2314 تاریخ 2033 '
        'استفاده 1963 یکی 1963 شده\u200cاست 1823 عنوان 1823 مورد 1753 آنها 1683 دیگر 1683 '
        'ملی 1683 پس 1683 دو 1612 وجود 1612 وی 1612 کار 1612 شود 1542 دوره 1472 روی 1472 '
        'هر 1472 انجام 1402 باشد 1402 داده 1402 دست 1402 روز 1402 زمان 1402 کشور 1402 '
        'آثار 1332 بعد 1332 تهران 1332 توسط 1332 واقع 1332 بوده 1262 ثبت 1262 دهستان 1262 '
        'می\u200cکند 1262 بین 1192 فیلم 1192 می\u200cتوان 1192 هم 1192 آب 1122 اثر 1122 بخش 1122 '
        'دانشگاه 1122 راه 1122 زبان 1122 صورت 1122 های 1122 استان 1052 تولید 1052 '
        'داشت 1052 روستا 1052 سه 1052 شهرستان 1052 فوتبال 1052 گرفت 1052 بوده\u200cاست 981 '
        'بیشتر 981 دوران 981 زندگی 981 سمت 981 شرکت 981 مرکز 981 کرده 981 آغاز 911 '
        'آمریکا 911 برابر 911 به\u200cعنوان 911 بودند 911 طبیعی 911 مربوط 911 می\u200cکنند 911 '
        'چند 911 گرفته 911 اگر 841 ای 841 بار 841 حال 841 دولت 841 سرشماری 841 ماه 841 '
        'میلادی 841 کند 841 آلبوم 771 اشاره 771 بازی 771 بسیار 771 داشته 771 دوم 771 '
        'زیادی 771 طریق 771 قمری 771 مردم 771 می\u200cباشد 771 پیش 771 گروه 771 یافت 771 '
        'آمد 701 آمریکایی 701 آنان 701 بدون 701 بزرگ 701 جنوبی 701 جنگ 701 جهان 701 '
        'حالت 701 حضور 701 خودرو 701 دارای 701 دلیل 701 رسید 701 زاده 701 سال\u200cهای 701 '
        'سطح 701 شدن 701 شدند 701 فعالیت 701 قرن 701 محمد 701 موسیقی 701 میلیون 701 '
        'نمود 701 نوع 701 همین 701 اساس 631 اسلام 631 اول 631 تشکیل 631 خورشیدی 631 '
        'دارند 631 رسیده 631 روزنامه 631 ساخت 631 سر 631 سپس 631 شامل 631 فرهنگ 631 '
        'مجلس 631 معروف 631 مناطق 631 می\u200cشوند 631 هستند 631 همه 631 چاپ 631 کتاب 631 '
        'آنجا 561 آورد 561 ادامه 561 اقتصاد 561 امام 561 انگلیسی 561 ایجاد 561 برخی 561 '
        'بعدها 561 بن 561 تنها 561 تیم 561 جلو 561 حدود 561 حسن 561 حکومت 561 داد 561 '
        'روستای 561 سوی 561 شاه 561 شروع 561 شیخ 561 طور 561 طول 561 عمومی 561 غرب 561 '
        'مانند 561 مختلف 561 ممکن 561 منطقه 561 موتور 561 می\u200cتواند 561 نقش 561 ها 561 '
        'هجری 561 همکاری 561 هیچ 561 چندین 561 کنار 561 کنند 561 آذربایجان 491 آن\u200cها 491 '
        'ارتفاع 491 اسلامی 491 افغانستان 491 اقتصادی 491 امپراتوری 491 اولین 491 '
        'ایالات 491 اینکه 491 باشگاه 491 باید 491 براساس 491 برنامه 491 بیش 491 تبدیل 491 '
        'تحت 491 تصویر 491 جام 491 حاضر 491 حزب 491 خارج 491 خان 491 خاک 491 خواهد 491 '
        'خودروهای 491 دهه 491 رود 491 زمانی 491 زمین 491 ساخته 491 شده\u200cاند 491 شرقی 491 '
        'شمارهٔ 491 شناخته 491 فوریه 491 قابل 491 قانون 491 قبل 491 مثل 491 محلی 491 '
        'مردان 491 مرگ 491 منتشر 491 می\u200cرود 491 نبرد 491 نمونه 491 همان 491 ولی 491 '
        'ویژه 491 کلاس 491 گردید 491 آزادی 421 ارتش 421 اروپا 421 ازدواج 421 اصلی 421 '
        'اطراف 421 انتخاب 421 انقلاب 421 اين 421 ایرانی 421 باعث 421 بررسی 421 بسیاری 421 '
        'بنا 421 بنابراین 421 بی 421 بیماری 421 تعداد 421 تعدادی 421 تغییر 421 تقسیم 421 '
        'تمام 421 توان 421 توجه 421 جای 421 جشنواره 421 جمله 421 حاکم 421 حرکت 421 '
        'خودرویی 421 دادن 421 دمای 421 دین 421 رسمی 421 رفت 421 زنان 421 زندان 421 سفر 421 '
        'سیستم 421 شبکه 421 شرق 421 علت 421 فارس 421 فرهنگی 421 فقط 421 متحده 421 '
        'مجموعه 421 محل 421 مدت 421 مدرسه 421 مرکزی 421 معمولاً 421 من 421 منتقل 421 '
        'مهم 421 میان 421 می\u200cدهد 421 نخستین 421 همراه 421 هند 421 هنر 421 هنگام 421 '
        'وارد 421 ولایت 421 پایان 421 پایه 421 چهار 421 کامل 421 کردن 421 کردند 421 '
        'کرده\u200cاست 421 کشته 421 کل 421 ی 421 آذر 351 آموزش 351 ارائه 351 اصل 351 اعلام 351 '
        'اغلب 351 البته 351 انتقال 351 اند 351 باز 351 بازار 351 تاریخی 351 تر 351 '
        'ترجمه 351 تصمیم 351 جریان 351 جمهوری 351 خوانده 351 دختر 351 دریافت 351 دنیا 351 '
        'ده 351 رو 351 روسیه 351 سایر 351 سری 351 شدت 351 شهرهای 351 شهری 351 طراحی 351 '
        'طی 351 عمل 351 عوامل 351 فارسی 351 فرانسه 351 فروش 351 قدیم 351 مسابقات 351 '
        'مشاهده 351 معرفی 351 می\u200cکرد 351 نتیجه 351 نزدیکی 351 نشان 351 نماینده 351 '
        'نیست 351 همچنین 351 وسیله 351 پیدا 351 چون 351 ژاپن 351 کد 351 کرده\u200cاند 351 '
        'کنترل 351 کنید 351 کوه 351 کوچک 351 گذشته 351'), _table(
        'ا 147912 ی 93194 ر 91007 د 73462 ن 67960 و 61504 ه 60203 م 50415 ت 48679 ب 44046 '
        'س 36618 ل 28704 ک 25841 ش 25459 ز 21832 ف 13693 گ 12894 ع 12148 ج 11506 خ 11489 '
        'ق 11176 آ 8417 ح 7410 پ 7376 ط 5328 ص 4651 چ 3818 ث 2135 ض 2030 غ 2030 ذ 1562 '
        'ي 1232 ئ 1215 ژ 1041 ظ 816 ك 364 أ 295 ء 156 ة 121 ى 121 ـ 104')),
    'fi': ('latin', _table(
        'ja 42946 on 29183 että 7136 ei 5862 myös 5480 ovat 5352 oli 5225 tai 4970 '
        'sekä 4205 voi 3441 se 3313 n 3186 ole 3058 joka 2804 sen 2294 aikana 2166 '
        'kun 2166 vuonna 2039 niin 1912 noin 1912 suomen 1912 vuoden 1912 mukaan 1784 '
        'mutta 1784 tämä 1784 hän 1657 jossa 1657 mk 1657 ollut 1657 sitä 1657 koko 1529 '
        'kuitenkin 1529 eri 1402 hyvin 1402 jo 1402 kaikki 1402 kuin 1402 niiden 1402 '
        'nyt 1402 siihen 1402 siten 1402 tässä 1402 voidaan 1402 eli 1274 he 1274 '
        'jotka 1274 kuuluu 1274 lisäksi 1274 oy 1274 tulee 1274 tämän 1274 voit 1274 '
        'yli 1274 eivät 1147 miten 1147 mm 1147 niitä 1147 ry 1147 siitä 1147 '
        'suomessa 1147 varten 1147 eikä 1019 esimerkiksi 1019 jolloin 1019 jonka 1019 '
        'jos 1019 kautta 1019 saa 1019 vain 1019 hänen 892 jolla 892 jälkeen 892 lähes 892 '
        'mitä 892 olemme 892 olla 892 päättää 892 sillä 892 vaan 892 vaikka 892 '
        'vastaan 892 alueen 765 erityisesti 765 johon 765 kanssa 765 kaupungin 765 '
        'koska 765 olet 765 olevan 765 pitää 765 samoin 765 sosiaali 765 toimii 765 '
        'toisen 765 tätä 765 uuden 765 uudet 765 vielä 765 viime 765 www 765 yksi 765 '
        'alueella 637 antaa 637 en 637 ihmisen 637 joista 637 kuten 637 meidän 637 '
        'mukaisesti 637 olivat 637 oman 637 ottaa 637 perusteella 637 projektin 637 '
        'saada 637 suuri 637 t 637 tarvitaan 637 tehdä 637 toiminta 637 tällä 637 '
        'tästä 637 voivat 637 vuosittain 637 yhdessä 637 yhdistyksen 637 aika 510 '
        'aikoina 510 ajan 510 asiasta 510 asiat 510 atk 510 edellyttää 510 edistää 510 '
        'eniten 510 ennen 510 erittäin 510 esim 510 esittää 510 euroa 510 helsingin 510 '
        'iso 510 joiden 510 joita 510 jota 510 kaikkien 510 kansainvälisen 510 kirja 510 '
        'kirjan 510 kolme 510 kuinka 510 kunnan 510 kunnanhallitus 510 kuva 510 '
        'käyttöön 510 liittyy 510 lla 510 mahdollista 510 markkaa 510 mielestä 510 '
        'miljoonaa 510 muita 510 muut 510 ne 510 näin 510 ohella 510 oikeuksia 510 '
        'olisi 510 oma 510 omasta 510 paljon 510 pitäisi 510 professori 510 prosenttia 510 '
        'rakkaus 510 s 510 saadaan 510 saavat 510 sanoo 510 seurakunnan 510 tarkoittaa 510 '
        'toiminnan 510 toimintaa 510 tuki 510 tulevat 510 tuli 510 tulisi 510 '
        'tällainen 510 uudelleen 510 valtion 510 yhden 510 yhteensä 510 yritysten 510 '
        'aineiston 382 alan 382 alussa 382 annettiin 382 asia 382 asioiden 382 cm 382 '
        'edelleen 382 ensimmäisen 382 enää 382 erilaisia 382 eräissä 382 esitetään 382 '
        'ettei 382 eu 382 fi 382 hallituksen 382 heille 382 html 382 huolimatta 382 '
        'hyvä 382 hyväksi 382 hyvää 382 ihan 382 ilmenee 382 internet 382 jokaiselle 382 '
        'joko 382 joku 382 kaikille 382 kaikilta 382 kaikissa 382 kaksi 382 kannalta 382 '
        'kehitys 382 kirjasto 382 kirkon 382 kokouksen 382 konsernin 382 koskee 382 '
        'kuuluvat 382 käytetään 382 laitteen 382 lasten 382 lehti 382 luvun 382 '
        'lämpötila 382 maailman 382 mahdollistaa 382 matka 382 miksi 382 muassa 382 '
        'mukana 382 muun 382 muuttaa 382 niissä 382 nimet 382 nopeimmin 382 näitä 382 '
        'nämä 382 oikeuden 382 olemaan 382 olevia 382 omassa 382 onko 382 opiskelija 382 '
        'osa 382 palvelujen 382 palvelut 382 parempi 382 pieni 382 päivittäin 382 '
        'päätös 382 saanut 382 samalla 382 samassa 382 siinä 382 sijaitsee 382 siksi 382 '
        'sisältää 382 sivuilla 382 sopimuksen 382 suoraan 382 sydän 382 syksyllä 382 '
        'syytä 382 taas 382 takia 382 tarjoaa 382 tarkoituksena 382 tarpeet 382 '
        'tavoitteet 382 tehdään 382 tehtäviä 382 tehtävä 382 tietoa 382 tietoja 382 '
        'tilannetta 382 todella 382 toimivat 382 tulokset 382 tuottaa 382 tutkimus 382 '
        'työryhmän 382 ulkopuolelle 382 usein 382 useita 382 uusi 382 vaikuttaa 382 '
        'voimakkaasti 382 vuoksi 382 vähän 382 yhdeksi 382 yhteydessä 382 yhtiö 382'), _table(
        'a 117477 i 104818 t 101855 e 83449 n 81151 s 79435 o 56221 l 55315 k 54003 '
        'u 52433 ä 38042 m 31971 v 24412 r 23473 j 20494 y 19345 p 17791 h 17046 d 10004 '
        'ö 6249 g 1457 f 1020 b 826 c 615 w 599 x 210 q 81 z 49 å 49 é 49')),
    'fr': ('latin', _table(
        'de 56146 la 32892 l 25931 et 25702 les 21189 le 20347 à 18205 des 17976 d 16446 '
        'en 14381 un 12621 est 12315 une 11474 du 11398 pour 8797 dans 8108 que 7420 '
        'il 7190 par 6272 qui 6196 a 5737 sur 5661 au 5355 sont 5278 pas 4666 ce 4284 '
        'ne 4284 plus 4207 s 4131 avec 3748 ou 3442 c 3136 cette 3136 mais 3136 se 3136 '
        'qu 3060 nous 2830 je 2677 on 2677 n 2601 être 2601 ils 2524 elle 2448 vous 2371 '
        'peut 2065 aux 1912 ses 1912 ces 1836 leur 1836 fait 1683 même 1683 tout 1683 '
        'aussi 1606 entre 1606 son 1606 été 1606 ont 1530 bien 1453 deux 1453 non 1453 '
        'sa 1453 autre 1377 comme 1377 faire 1377 ainsi 1300 travail 1224 très 1224 '
        'autres 1147 donc 1147 sans 1147 sera 1147 temps 1147 recherche 1071 si 994 '
        'également 994 avant 918 celui 918 dont 918 fois 918 là 918 notre 918 peu 918 '
        'tous 918 y 918 partie 841 pays 841 trois 841 vers 841 année 765 après 765 '
        'chaque 765 contre 765 doit 765 encore 765 formation 765 france 765 j 765 '
        'liste 765 nom 765 pendant 765 quand 765 toujours 765 votre 765 agit 688 avoir 688 '
        'ci 688 compte 688 corps 688 doivent 688 elles 688 histoire 688 moins 688 '
        'nature 688 organisation 688 public 688 saint 688 activités 612 afin 612 ans 612 '
        'beaucoup 612 car 612 celle 612 communauté 612 conseil 612 cours 612 depuis 612 '
        'e 612 eau 612 faut 612 jour 612 lieu 612 monde 612 où 612 permet 612 place 612 '
        'possible 612 puis 612 rapport 612 vie 612 alors 535 années 535 cas 535 '
        'concerne 535 contrôle 535 demande 535 entreprise 535 façon 535 forme 535 '
        'gestion 535 grand 535 leurs 535 loi 535 m 535 mieux 535 mis 535 moi 535 nos 535 '
        'p 535 part 535 peuvent 535 plusieurs 535 politique 535 prendre 535 question 535 '
        'service 535 seule 535 société 535 sous 535 techniques 535 ville 535 voir 535 '
        'était 535 ai 459 article 459 assez 459 association 459 avons 459 certaines 459 '
        'cet 459 culture 459 devant 459 devoir 459 données 459 déjà 459 développement 459 '
        'emploi 459 enfant 459 ensemble 459 espace 459 f 459 grâce 459 général 459 ii 459 '
        'institut 459 libre 459 me 459 mois 459 mon 459 mémoire 459 niveau 459 nombre 459 '
        'offre 459 personnes 459 pourrait 459 premier 459 prix 459 projets 459 propose 459 '
        'quelques 459 r 459 site 459 toute 459 toutes 459 étudiants 459 activité 382 '
        'administration 382 aide 382 attention 382 cela 382 certains 382 choses 382 '
        'cinq 382 conception 382 conseils 382 date 382 directeur 382 droits 382 '
        'enfants 382 environ 382 esprit 382 fonction 382 genre 382 grande 382 grandes 382 '
        'générale 382 haut 382 heures 382 ici 382 image 382 jean 382 juin 382 long 382 '
        'lors 382 lui 382 maison 382 manière 382 matière 382 membres 382 mise 382 '
        'mission 382 page 382 pages 382 plan 382 pourquoi 382 première 382 problème 382 '
        'problèmes 382 présente 382 président 382 ressources 382 scientifiques 382 '
        'selon 382 seront 382 sites 382 siège 382 sociétés 382 soient 382 soit 382 '
        'série 382 technique 382 type 382 unique 382 va 382 valeur 382 veut 382 '
        'vigueur 382 voix 382 vos 382 vu 382 école 382 étaient 382 étude 382 action 306 '
        'an 306 analyse 306 approche 306 aspect 306 aujourd 306 auprès 306 autant 306 '
        'auteur 306 avait 306 cadre 306 carte 306 centre 306 cependant 306 charge 306 '
        'club 306 connaissance 306 continue 306 critique 306 côté 306 dernier 306 '
        'devient 306 devra 306 différentes 306 direction 306 document 306 domaine 306 '
        'donné 306 dossier 306 dès 306 décision 306 départ 306 effectuée 306 '
        'engagement 306 entièrement 306 eu 306 européenne 306 exemple 306 famille 306 '
        'femmes 306 fin 306 fonds 306 fort 306 fr 306 francs 306 française 306 h 306 '
        'hors 306 hui 306 i 306 images 306 internet 306 jeune 306 jusqu 306 langue 306 '
        'lecture 306 logiciel 306 lumière 306 mal 306 maîtrise 306 mesure 306 monsieur 306 '
        'musique 306 méthodes 306 nouveaux 306 nouvelles 306 objet 306 octobre 306 '
        'ordre 306 ouest 306 papier 306 parfois 306 partenaires 306 particulier 306 '
        'passe 306 permettent 306 plutôt 306 pouvoir 306 principalement 306 principe 306 '
        'production 306 produits 306 programmes 306 projet 306 présence 306 puisque 306 '
        'pédagogiques 306 rester 306 retour 306 règles 306 réseau 306 santé 306 semble 306 '
        'semestre 306 services 306 siècle 306 soi 306 souvent 306 surtout 306 systèmes 306 '
        'sécurité 306 t 306 titre 306 travaux 306 université 306 via 306 vue 306 yeux 306 '
        'équipe 306 candidats 229 ecole 229 europe 229 hébergement 229 masse 229 '
        'nécessaire 229 plate 229 reste 229 suivante 229'), _table(
        'e 146824 s 82582 i 74016 n 73639 t 72855 a 71898 r 66643 l 56524 o 56006 u 54908 '
        'd 40977 c 36333 p 30905 m 26999 é 23830 v 13413 g 11923 f 11060 q 9099 b 8205 '
        'h 7938 x 4204 à 4063 è 3310 j 3138 y 2573 ê 1333 z 1067 k 690 ô 612 î 580 â 518 '
        'w 471 ç 408 ù 141 û 141 ï 78 ë 63')),
    'he': ('hebrew', _table(
        'של 25739 את 17346 על 13895 הוא 7554 ב 5782 לא 4010 עם 3824 גם 3637 או 3357 '
        'היה 3357 כל 3357 ידי 3171 היא 3077 בשנת 2984 כי 2891 בין 2798 אך 2425 זה 2425 '
        'ה 2331 לאחר 2238 ג 2145 יותר 2145 הם 2052 כאשר 2052 היו 1958 זו 1958 אשר 1772 '
        'כדי 1679 אחד 1585 הייתה 1585 במהלך 1492 הראשון 1492 אותו 1399 ביותר 1399 יש 1399 '
        'כמו 1399 ו 1306 ל 1306 רק 1306 באופן 1212 בכל 1212 בני 1212 ישראל 1212 עד 1212 '
        'אחר 1119 אל 1119 באותה 1119 במקום 1119 הברית 1119 העיר 1119 השני 1119 כ 1119 '
        'אף 1026 בבית 1026 בו 1026 החל 1026 הן 1026 הספר 1026 כך 1026 כן 1026 מספר 1026 '
        'נגד 1026 שלא 1026 אולם 933 אותה 933 בהם 933 בית 933 בן 933 בעקבות 933 הראשונה 933 '
        'השיר 933 ניתן 933 שונים 933 אלא 839 אנשים 839 זכה 839 לה 839 לו 839 מטר 839 '
        'מכן 839 רבים 839 שלו 839 שם 839 שנה 839 אחרים 746 אחת 746 אלו 746 אם 746 אנשי 746 '
        'בה 746 בקרב 746 בשל 746 בתי 746 החברה 746 ולא 746 זמן 746 יחד 746 לפני 746 צ 746 '
        'רבות 746 שהיא 746 שני 746 תל 746 אביב 653 אחרי 653 אי 653 בינואר 653 בלתי 653 '
        'בעיקר 653 בעיר 653 בעלי 653 בשנים 653 החולים 653 היום 653 הסרט 653 העולם 653 '
        'העונה 653 הקבוצה 653 השנייה 653 והוא 653 זכתה 653 כיום 653 לאורך 653 לבית 653 '
        'ללא 653 ממנה 653 מנת 653 מתחת 653 פחות 653 רב 653 שיחק 653 שלה 653 שנים 653 '
        'שתי 653 תקופה 653 אדם 560 אחיו 560 אין 560 אלה 560 ארצות 560 באמצעות 560 בארץ 560 '
        'בגביע 560 בידי 560 בישראל 560 במשחק 560 בנוסף 560 בעולם 560 בשם 560 בתוך 560 '
        'בתקופת 560 גדול 560 דבר 560 הגדול 560 הגיעו 560 המלחמה 560 הממשלה 560 הצליח 560 '
        'השלטון 560 חברת 560 חזרה 560 חיים 560 חלק 560 י 560 יהודים 560 כולל 560 כלל 560 '
        'להם 560 לעתים 560 מהם 560 נבחר 560 נהרגו 560 עליו 560 תוך 560 אחרות 466 אינו 466 '
        'איש 466 ארבעה 466 באזור 466 בגיל 466 בהתאם 466 ביוגרפיה 466 בכך 466 במסגרת 466 '
        'במרץ 466 בניגוד 466 בסיום 466 בספטמבר 466 בסרט 466 בשנות 466 האם 466 הארץ 466 '
        'הלהקה 466 המאה 466 המשפחה 466 המשפט 466 הקים 466 ואת 466 וב 466 והיה 466 והן 466 '
        'וכל 466 וכן 466 ולאחר 466 ועוד 466 זאת 466 חדש 466 יהיה 466 ימי 466 יצא 466 '
        'ירושלים 466 כוח 466 כמעט 466 לבסוף 466 למקום 466 לפי 466 לראות 466 לראשונה 466 '
        'מחוץ 466 מין 466 ממשלת 466 מן 466 נפש 466 ספרים 466 עבור 466 עונת 466 פי 466 '
        'פעם 466 ראש 466 רוב 466 שבו 466 שהייתה 466 שהם 466 שימוש 466 תחת 466 אביה 373 '
        'אבל 373 אופא 373 אליו 373 אלף 373 אלפי 373 אמו 373 אמריקה 373 באותו 373 '
        'באפריל 373 בדרום 373 בזכות 373 בזמן 373 בחצי 373 במדינה 373 במדליית 373 במשך 373 '
        'בעבר 373 בעונה 373 בעל 373 בעת 373 בצפון 373 גוף 373 דומה 373 דקות 373 דרך 373 '
        'האחרון 373 האמיתי 373 הבריטי 373 הגמר 373 הגרמנים 373 הוציא 373 הזנב 373 '
        'היהודים 373 הישראלי 373 הכפר 373 הליגה 373 המדינה 373 המשחק 373 העבודה 373 '
        'הצליחו 373 הראשונים 373 הרב 373 השלישי 373 השנים 373 התוכנית 373 ואז 373 ואף 373 '
        'ובכך 373 ון 373 ועד 373 ועל 373 זהב 373 זרם 373 חלקים 373 יד 373 ידו 373 יום 373 '
        'ימים 373 כאלו 373 כהן 373 כחלק 373 ככל 373 כמה 373 כסף 373 כפי 373 לאור 373 '
        'לב 373 לגבי 373 להיות 373 לטיפול 373 ליצור 373 לכל 373 למנוע 373 למעשה 373 '
        'לעצמו 373 מאוד 373 מאות 373 מבין 373 מבנה 373 מול 373 מכל 373 מלחמת 373 מצד 373 '
        'מרכז 373 משחקי 373 מתוך 373 נובעת 373 נולד 373 נוספת 373 ניצחון 373 עבד 373 '
        'עובדים 373 עונה 373 עצמו 373 פעילות 373 פעמיים 373 קבוצת 373 קיימת 373 קצר 373 '
        'רשמי 373 שהוא 373 שכן 373 שלאחר 373 שלהם 373 שנות 373 אזרחים 280 אירועים 280 '
        'ארבע 280 ארד 280 בהמשך 280 בלבד 280 בפועל 280 בת 280 בתנאי 280 גבוה 280 '
        'גדולים 280 הגביע 280 הגדולה 280 הגיעה 280 ההגנה 280 הזכויות 280 הללו 280 המלך 280 '
        'המקורות 280 הנושא 280 הנראה 280 הסובייטי 280 הקרב 280 הראשונות 280 השישי 280 '
        'ובשנת 280 וג 280 ולכן 280 זכויות 280 זמני 280 חדשה 280 כהונתו 280 כלי 280 '
        'לבנים 280 לגמר 280 להגיע 280 ליהודים 280 מדובר 280 מכונה 280 מלך 280 מנהל 280 '
        'מעבר 280 מפני 280 מתאר 280 נוספים 280 נפטר 280 עליה 280 ערך 280 פעולה 280 '
        'פעמים 280 צריך 280 קיבלה 280 קשה 280 שוויון 280 שלושה 280 שפת 280 תושבי 280 '
        'תחילת 280 תמיכה 280'), _table(
        'י 115039 ו 113921 ה 88975 ל 65069 ר 58238 ת 56860 ב 55303 מ 52646 א 47014 ש 43399 '
        'נ 35131 ם 28500 ע 26962 ד 25404 ק 23847 ח 23347 פ 23188 כ 20591 ס 20132 ג 17236 '
        'ט 15758 ן 12802 צ 12782 ז 9627 ך 4054 ף 2417 ץ 1758')),
    'hi': ('devanagari', _table(
        'है 31873 के 29482 में 29216 की 21337 का 17264 से 16822 को 16025 और 14785 पर 13103 '
        'हैं 12395 भी 11332 तो 9739 कि 9650 नहीं 8765 ने 8499 ही 8499 एक 8234 इस 7614 '
        'था 6552 हो 6286 कर 5046 लिए 4161 किया 4073 जो 4073 अपने 3896 आप 3630 करने 3453 '
        'गया 3453 यह 3364 वह 3276 रहे 3099 थी 2922 साथ 2922 कुछ 2745 कोई 2745 दिया 2656 '
        'होता 2656 पहले 2479 फिर 2479 थे 2390 कहा 2302 किसी 2213 बात 2213 अपनी 2125 '
        'क्या 2125 दिन 2125 बाद 2125 हुए 2125 करते 1948 तक 1948 देश 1948 या 1948 वाले 1948 '
        'हम 1948 अब 1859 जब 1859 अगर 1771 उसे 1771 तरह 1771 मैं 1771 रहा 1771 रही 1771 '
        'करें 1682 गए 1682 हुआ 1682 उन्हें 1594 करना 1594 न 1594 बहुत 1594 बार 1594 '
        'उस 1505 जाए 1505 जाने 1505 हर 1505 आज 1417 गई 1417 जीवन 1417 नाम 1417 सरकार 1417 '
        'होगा 1417 इसलिए 1328 उन्होंने 1328 जा 1328 जी 1328 लोग 1328 होती 1328 उसके 1239 '
        'कभी 1239 जाता 1239 भारत 1239 लगा 1239 लेकर 1239 व 1239 वे 1239 सकता 1239 समय 1239 '
        'साल 1239 इन 1151 कम 1151 काम 1151 घर 1151 दे 1151 फिल्म 1151 मुझे 1151 ये 1151 '
        'लोगों 1151 वाली 1151 आ 1062 उनके 1062 ऐसे 1062 खुद 1062 तथा 1062 भारतीय 1062 '
        'अभी 974 आपको 974 ओर 974 कई 974 चाहिए 974 तब 974 दो 974 रूप 974 लिया 974 सिंह 974 '
        'अन्य 885 आने 885 आये 885 इसके 885 इसी 885 उसकी 885 एवं 885 कांग्रेस 885 '
        'क्षेत्र 885 जिस 885 जैसे 885 तीन 885 दिल्ली 885 दी 885 देने 885 पार्टी 885 '
        'बना 885 लेकिन 885 सब 885 आदमी 797 उनका 797 ऐसा 797 करता 797 क्योंकि 797 जाती 797 '
        'ज्यादा 797 ठीक 797 दुनिया 797 दोनों 797 पास 797 बताया 797 भर 797 मगर 797 सभी 797 '
        'समाज 797 होते 797 अधिक 708 इससे 708 इसे 708 करके 708 करती 708 कैसे 708 जगह 708 '
        'जांच 708 जाएगा 708 जाना 708 तरफ 708 दिनों 708 दें 708 दौरान 708 द्वारा 708 '
        'पुलिस 708 पूरी 708 प्रतिशत 708 मांग 708 मिल 708 याद 708 लगता 708 लगे 708 वही 708 '
        'विभिन्न 708 श्री 708 साझा 708 हमारे 708 होने 708 अपना 620 अलग 620 इसका 620 उन 620 '
        'उससे 620 काफी 620 किए 620 गयी 620 गीत 620 जाते 620 जिससे 620 दिल 620 देना 620 '
        'पता 620 प्रकार 620 प्रदेश 620 प्रेम 620 भगवान 620 मामले 620 मिला 620 मेरे 620 '
        'यहां 620 यही 620 राज्य 620 लिये 620 विकास 620 विश्वास 620 सकते 620 हूं 620 '
        'हों 620 अच्छे 531 आदि 531 उनकी 531 उसका 531 उसने 531 उसमें 531 कारण 531 केवल 531 '
        'कोशिश 531 चार 531 चुनाव 531 जनता 531 जबकि 531 जारी 531 जिंदगी 531 तुम 531 '
        'पाया 531 पूरा 531 प्रयास 531 प्राप्त 531 बच्चे 531 बच्चों 531 बल्कि 531 बीच 531 '
        'भरोसा 531 मिनट 531 मेरी 531 मोदी 531 रह 531 रात 531 वहीं 531 व्यक्ति 531 शुरू 531 '
        'सा 531 सुरक्षा 531 हुई 531 अंग्रेजी 443 अन्ना 443 अमेरिका 443 अर्थ 443 आगे 443 '
        'आपके 443 इतना 443 इतनी 443 इधर 443 इसमें 443 उत्तर 443 कहीं 443 कृषि 443 कौन 443 '
        'खाना 443 गाँव 443 चल 443 चारों 443 चुके 443 जगत 443 जन्म 443 जहां 443 जिसे 443 '
        'दिये 443 दूर 443 दूसरा 443 दूसरे 443 देते 443 नई 443 पत्नी 443 पद 443 परिवार 443 '
        'पिछले 443 प्रति 443 प्रस्तुतकर्ता 443 बस 443 बाकी 443 बड़ी 443 भरा 443 भाजपा 443 '
        'मंत्री 443 महत्वपूर्ण 443 मां 443 मान 443 माहौल 443 मैंने 443 यात्रा 443 रहता 443 '
        'रहेगा 443 राशि 443 लगती 443 ले 443 लें 443 वहां 443 विशेष 443 शायद 443 सकती 443 '
        'सबसे 443 साहब 443 सिर्फ 443 हत्या 443 हमें 443 हूँ 443 होकर 443 अंतिम 354 '
        'अच्छा 354 अच्छी 354 अधिकारी 354 अनुभव 354 अवसर 354 आए 354 आपकी 354 आया 354 '
        'आर्थिक 354 इतने 354 उपयोग 354 कंपनी 354 कब 354 कल 354 कार्य 354 कृष्ण 354 '
        'केजरीवाल 354 खबर 354 खाने 354 घटना 354 चरण 354 चलते 354 जाएगी 354 जानकारी 354 '
        'डर 354 तमाम 354 तहत 354 तीनों 354 तुम्हारे 354 तेज 354 दिखाई 354 धन 354 ध्यान 354 '
        'नए 354 नजर 354 पहचान 354 पहला 354 पहली 354 पाए 354 पिता 354 पूर्व 354 प्रयोग 354 '
        'फीसदी 354 फूल 354 बंद 354 बचाने 354 बता 354 बताते 354 बनने 354 बारे 354 बिना 354 '
        'बीजेपी 354 भाई 354 भाषा 354 मई 354 मामलों 354 मुख्यमंत्री 354 मौके 354 युद्ध 354 '
        'योगदान 354 रंग 354 रहती 354 रहने 354 रास्ते 354 लग 354 लाल 354 लिख 354 ली 354 '
        'वित्तीय 354 विश्व 354 शहर 354 शांति 354 संचार 354 सहायता 354 स्कूल 354 स्थान 354 '
        'हमने 354 हिंदी 354 होंगे 354 होगी 354 होना 354'), _table(
        'क 109949 र 103911 न 69937 ह 67762 स 64462 त 58499 म 54299 ल 44362 प 42224 य 37350 '
        'द 32062 व 29475 ज 28987 ग 26587 ब 25800 अ 15937 भ 15112 च 14400 ए 13800 श 13387 '
        'आ 12562 ट 12075 थ 10950 इ 10350 ख 9600 उ 9487 ध 8400 ड 8175 फ 7125 ष 6787 औ 6450 '
        'ई 5887 ण 4575 छ 3487 झ 2625 ठ 2550 घ 2475 ओ 2100 ड़ 1237 ढ 1200 ऐ 1087 ञ 562 ऊ 525 '
        'ढ़ 375 ऑ 337 ज़ 300 ऋ 112 फ़ 112')),
    'hr': ('latin', _table(
        'i 42312 je 32083 u 31308 na 18211 se 17436 za 13252 su 9764 od 9454 da 6897 '
        'a 6432 o 5967 koji 5812 s 5502 te 5037 će 4572 iz 4030 godine 3875 što 3797 '
        'kao 3487 ne 3487 do 3410 koje 3332 nakon 3255 ili 2867 sa 2712 kako 2325 '
        'prema 2325 bio 2015 to 2015 po 1860 biti 1627 ali 1550 koja 1550 može 1550 '
        'uz 1472 bi 1395 pod 1395 tako 1395 godina 1317 pa 1317 sve 1317 dana 1240 '
        'gdje 1240 još 1240 samo 1240 više 1240 mogu 1162 nije 1162 bila 1085 '
        'hrvatske 1085 ima 1085 jer 1007 vrijeme 1007 zbog 1007 dok 930 ga 930 grada 930 '
        'između 930 odnosno 930 vrlo 930 hrvatskoj 852 jedan 852 nove 852 obitelji 852 '
        'osim 852 ove 852 potrebno 852 prije 852 sv 852 taj 852 dva 775 hrvatskog 775 '
        'kada 775 kod 775 no 775 posebno 775 svibnja 775 toga 775 bez 697 danas 697 dr 697 '
        'ih 697 ivan 697 kojem 697 svih 697 svoje 697 već 697 zagrebu 697 ako 620 bili 620 '
        'bilo 620 drugi 620 ipak 620 jedna 620 kad 620 kuna 620 nego 620 nekoliko 620 '
        'njegove 620 pet 620 pri 620 sada 620 također 620 travnja 620 x 620 zagreb 620 '
        'života 620 dijelu 542 dio 542 dvije 542 grad 542 im 542 kojima 542 m 542 '
        'mjesto 542 moguće 542 naime 542 nam 542 natječaj 542 nisu 542 ova 542 podaci 542 '
        'rad 542 razvoj 542 riječi 542 rujna 542 strane 542 studenata 542 tom 542 tri 542 '
        'uvijek 542 vremena 542 škole 542 djecu 465 djelovanje 465 dobiti 465 dolazi 465 '
        'godini 465 gotovo 465 hrvatska 465 hrvatski 465 koju 465 kroz 465 mogućnost 465 '
        'možete 465 najviše 465 nalaze 465 način 465 naše 465 neke 465 neki 465 novi 465 '
        'održati 465 oko 465 ona 465 osobe 465 ovaj 465 ovoga 465 područja 465 '
        'području 465 poduzeća 465 pred 465 predsjednik 465 preko 465 program 465 '
        'prosinca 465 prvi 465 put 465 puta 465 različitih 465 računala 465 svim 465 '
        'tj 465 velike 465 vijeća 465 često 465 bile 387 budući 387 dalje 387 dobro 387 '
        'festival 387 film 387 glazbe 387 godinu 387 godišnje 387 imala 387 ističe 387 '
        'ivana 387 iza 387 jezika 387 li 387 lipnja 387 ljubavi 387 ljudi 387 mala 387 '
        'manje 387 milijuna 387 mladi 387 mladih 387 mnogo 387 nastavlja 387 nedavno 387 '
        'netko 387 nešto 387 njegova 387 njihova 387 odgovornost 387 odnos 387 odnosu 387 '
        'organizaciji 387 ovih 387 ovisi 387 pored 387 postaje 387 potpuno 387 '
        'povijest 387 prilikom 387 prve 387 putem 387 republike 387 riječ 387 '
        'roditelja 387 sam 387 sati 387 smo 387 smrti 387 studenti 387 svi 387 svoj 387 '
        'svojim 387 tijekom 387 tome 387 treba 387 udruga 387 udruge 387 upravljanje 387 '
        'vrijednosti 387 zahtjeva 387 znanosti 387 čak 387 čini 387 čovjek 387 život 387 '
        'ad 310 aktivnosti 310 bmw 310 bolesti 310 bolje 310 broj 310 brzo 310 c 310 '
        'centar 310 close 310 connection 310 crkve 310 dan 310 djela 310 dolara 310 '
        'donosi 310 druga 310 druge 310 drugih 310 društva 310 društvo 310 državnom 310 '
        'dvorani 310 eu 310 fakulteta 310 glavnog 310 grupa 310 hrvatskih 310 ii 310 '
        'imaju 310 ime 310 inače 310 iskustvo 310 izabran 310 izložba 310 jednog 310 '
        'jednom 310 jest 310 knjiga 310 knjižnica 310 kojoj 310 kojom 310 koncert 310 '
        'kože 310 kraju 310 kulture 310 među 310 mjeseci 310 moraju 310 možda 310 '
        'najmanje 310 nalazi 310 naroda 310 nas 310 navedenih 310 njegovih 310 '
        'njegovom 310 njih 310 obitelj 310 obično 310 održana 310 on 310 oni 310 onih 310 '
        'opće 310 oscara 310 ovog 310 ožujka 310 plan 310 poput 310 postoji 310 prava 310 '
        'pravo 310 primjenom 310 primjer 310 primjerice 310 pripreme 310 prof 310 '
        'programa 310 protiv 310 prvog 310 publikacije 310 rast 310 razdoblje 310 '
        'rekao 310 reći 310 sad 310 sami 310 saveza 310 sebe 310 siječnja 310 sredstva 310 '
        'srpnja 310 stanovnika 310 ste 310 stranici 310 sustava 310 svakog 310 svega 310 '
        'svijesti 310 svijet 310 svijeta 310 tijela 310 traje 310 tu 310 tvrtke 310 '
        'ulogu 310 uspješno 310 veliko 310 vidi 310 vjerojatno 310 vlade 310 voda 310 '
        'vodstvom 310 vrsta 310 zato 310 zna 310 članka 310 članova 310 čovjeka 310 '
        'žena 310 autorica 232 bića 232 bolji 232 d 232 g 232 hrane 232 ja 232 '
        'katoličke 232 kiselina 232 kojih 232 krv 232 ministar 232 mirno 232 mlada 232 '
        'nagradu 232 nastupa 232 nedjelju 232 njemu 232 osobito 232 ponuda 232 posto 232 '
        'siječanj 232 slučaju 232 smatraju 232 sobom 232 svaki 232 svetog 232 točno 232 '
        'ukoliko 232 vijesti 232 vodi 232 zagreba 232 započeti 232 zapravo 232 zaštitu 232 '
        'ćemo 232'), _table(
        'a 112477 i 97221 o 91769 e 87005 n 67742 r 51702 j 51192 t 47557 s 46360 u 41830 '
        'k 36047 v 34794 l 34711 d 34546 m 29713 p 29548 g 17913 z 17665 b 14953 c 11359 '
        'č 9927 h 8151 š 7890 ć 5893 ž 5783 f 3043 đ 1983 w 317 y 317 x 289 q 83')),
    'hu': ('latin', _table(
        'a 98050 az 35265 és 20503 is 12120 hogy 11755 egy 9112 nem 9021 de 5012 volt 4738 '
        'meg 4192 ez 3645 csak 3189 el 2916 vagy 2916 mint 2643 már 2643 ha 2551 '
        'magyar 2460 ezt 2278 még 2278 után 2278 ki 2187 van 2096 új 1914 így 1822 '
        'amely 1731 nagy 1731 azt 1640 be 1640 két 1640 majd 1640 pedig 1640 sem 1640 '
        'én 1549 ami 1458 ilyen 1458 lehet 1458 minden 1458 akkor 1367 ben 1367 kell 1367 '
        'nemzeti 1367 úgy 1367 aki 1276 amikor 1276 erdélyi 1276 hanem 1276 e 1185 '
        'egyik 1185 ezek 1185 fel 1185 három 1185 mert 1185 szerint 1185 való 1185 '
        'volna 1185 es 1093 számára 1093 által 1093 amit 1002 ban 1002 ebben 1002 '
        'ennek 1002 itt 1002 között 1002 mi 1002 most 1002 s 1002 éves 1002 azonban 911 '
        'nagyon 911 éppen 911 alatt 820 arra 820 első 820 emberek 820 hozzá 820 lenne 820 '
        'ma 820 más 820 olyan 820 politikai 820 program 820 román 820 saját 820 sok 820 '
        'társadalmi 820 akik 729 című 729 ezért 729 jó 729 maga 729 ott 729 szent 729 '
        'tartott 729 több 729 vannak 729 át 729 amelyet 638 annak 638 aztán 638 együtt 638 '
        'ember 638 hosszú 638 hát 638 jobban 638 jól 638 közül 638 le 638 miatt 638 '
        'mindig 638 mit 638 módon 638 nélkül 638 rmdsz 638 állt 638 évek 638 ahogy 547 '
        'ahol 547 alapján 547 egyetlen 547 gazdasági 547 illetve 547 kolozsvári 547 '
        'kulturális 547 követően 547 lesz 547 lászló 547 mellett 547 másik 547 nincs 547 '
        'négy 547 országos 547 során 547 szinte 547 székely 547 tehát 547 tíz 547 áll 547 '
        'abban 456 adta 456 ahhoz 456 bár 456 civil 456 csupán 456 déli 456 esetében 456 '
        'európa 456 hiszen 456 hogyan 456 igen 456 jelenleg 456 jobb 456 jános 456 '
        'játék 456 kellett 456 került 456 kérdés 456 közel 456 legjobb 456 magyarság 456 '
        'maradt 456 mihály 456 mind 456 miért 456 nap 456 ne 456 nyugati 456 rá 456 '
        'sokkal 456 talán 456 tartozó 456 templom 456 tette 456 tudom 456 utolsó 456 '
        'valamint 456 voltak 456 vált 456 város 456 állampolgárok 456 általában 456 '
        'élő 456 érkezett 456 északi 456 év 456 õ 456 ő 456 ahogyan 364 akár 364 '
        'amelyek 364 arról 364 attól 364 azok 364 azért 364 belül 364 benne 364 '
        'bizonyos 364 bukaresti 364 csapat 364 döntött 364 egyes 364 egyház 364 '
        'egyszer 364 egyébként 364 egész 364 elsõ 364 előadást 364 előtt 364 erdély 364 '
        'eredménye 364 esetben 364 ezzel 364 ezúttal 364 falu 364 fiatal 364 figyelmet 364 '
        'folyamatosan 364 helyi 364 hisz 364 hivatal 364 hét 364 irodalmi 364 iskola 364 '
        'jelen 364 jogi 364 jár 364 józsef 364 kapcsolatban 364 katolikus 364 kelemen 364 '
        'kezdődik 364 kicsit 364 kis 364 kisebbségek 364 kisebbségi 364 közösségi 364 '
        'külön 364 különleges 364 lesznek 364 létre 364 magát 364 mai 364 megyében 364 '
        'milyen 364 mindenki 364 mindent 364 mintha 364 mondta 364 neki 364 néhány 364 '
        'ország 364 polgármester 364 probléma 364 ránk 364 része 364 sikerült 364 '
        'székelyudvarhelyi 364 szépen 364 színes 364 szükséges 364 teljes 364 tudott 364 '
        'utcai 364 valami 364 vasárnap 364 világ 364 viszont 364 vonatkozó 364 állam 364 '
        'án 364 él 364 élni 364 évben 364 újabb 364 ad 273 akiknek 273 akkoriban 273 '
        'alkotmány 273 amint 273 annyi 273 azaz 273 azzal 273 bele 273 csíkszeredában 273 '
        'címmel 273 december 273 egyaránt 273 egyben 273 egymás 273 egymástól 273 '
        'egyéb 273 elmondta 273 elő 273 említett 273 európai 273 felett 273 felmérés 273 '
        'felszerelés 273 felé 273 felől 273 fontos 273 férfi 273 függetlenül 273 fő 273 '
        'harmadik 273 hazai 273 hol 273 hoztak 273 i 273 ide 273 idején 273 idén 273 '
        'jelent 273 jut 273 jóval 273 kap 273 kapott 273 keresztül 273 keretében 273 '
        'keretén 273 kifejtett 273 királyi 273 kormány 273 képest 273 készült 273 '
        'készültek 273 körül 273 köszönhetően 273 kötet 273 közbe 273 köztük 273 közé 273 '
        'közölt 273 különbözô 273 különböző 273 legalább 273 legfontosabb 273 '
        'legmagasabb 273 legnagyobb 273 lej 273 lát 273 látható 273 látogató 273 '
        'létezik 273 megyei 273 mely 273 melyek 273 melyet 273 melynek 273 mennyi 273 '
        'miniszter 273 munka 273 második 273 míg 273 nemzet 273 néven 273 női 273 oda 273 '
        'patak 273 politikusok 273 problémát 273 párt 273 pénteken 273 rajta 273 re 273 '
        'részén 273 segítségével 273 stb 273 szabad 273 szeretettel 273 szerinti 273 '
        'szinten 273 székelyföld 273 széles 273 sőt 273 tart 273 teljesen 273 tovább 273 '
        'tud 273 történelmi 273 túl 273 ugyan 273 utána 273 utáni 273 valószínűleg 273 '
        'vele 273 venni 273 viselő 273 vissza 273 válik 273 vállalt 273 végén 273 álló 273 '
        'április 273 életét 273 érdeklődés 273 éve 273 évvel 273 össze 273'), _table(
        'e 100523 a 91022 t 80047 l 61914 s 59807 n 55579 k 51690 z 42646 i 42056 r 41688 '
        'o 41423 á 36812 é 34544 m 34131 g 33203 y 22376 b 20004 d 19194 v 18472 h 15276 '
        'p 11726 u 11416 j 11136 ö 10253 ó 9604 f 9442 c 7586 í 6010 ü 5657 ő 5509 ú 3359 '
        'õ 2622 ű 1326 û 958 ô 471 x 265 w 147 å 59')),
    'id': ('latin', _table(
        'yang 35384 dan 21192 dengan 15554 di 13512 itu 13221 tidak 9624 ini 8846 '
        'untuk 8554 akan 7582 dari 7582 orang 6999 dalam 6902 mereka 5930 pada 5930 '
        'menjadi 5541 dapat 5347 ia 5055 telah 5055 ke 4958 ki 4958 adalah 4374 bahwa 4374 '
        'karena 4180 maka 4083 oleh 3986 juga 3888 ada 3694 tetapi 3694 lebih 3597 '
        'atau 3014 sudah 3014 agung 2916 kemudian 2916 sebagai 2819 aku 2722 pun 2527 '
        'hari 2430 harus 2430 kita 2430 namun 2430 anak 2333 anda 2333 beberapa 2333 '
        'kepada 2333 sedayu 2333 tahun 2333 saya 2236 para 2139 saja 2139 bagi 2041 '
        'sehingga 2041 banyak 1944 bisa 1944 lain 1944 secara 1944 masih 1847 '
        'penelitian 1847 sangat 1847 segera 1847 ternyata 1847 demikian 1750 '
        'dilakukan 1750 hal 1750 hanya 1750 jalan 1750 kami 1750 apakah 1653 dua 1653 '
        'jika 1653 satu 1653 apa 1555 bahkan 1555 baru 1555 kalian 1555 seorang 1555 '
        'tersebut 1555 atas 1458 berada 1458 indonesia 1458 kau 1458 mataram 1458 '
        'memberikan 1458 mulai 1458 saat 1458 tentang 1458 kali 1361 lagi 1361 memang 1361 '
        'muda 1361 mungkin 1361 perusahaan 1361 rumah 1361 sampai 1361 seperti 1361 '
        'tinggi 1361 baik 1264 jakarta 1264 kembali 1264 ketika 1264 lawannya 1264 '
        'semua 1264 serta 1264 tapi 1264 bank 1167 belum 1167 berbeda 1167 bukan 1167 '
        'datang 1167 ilmu 1167 kedua 1167 memiliki 1167 merasa 1167 pernah 1167 '
        'selama 1167 setiap 1167 swandaru 1167 antara 1069 benar 1069 diri 1069 hasil 1069 '
        'mampu 1069 masyarakat 1069 meskipun 1069 said 1069 sama 1069 sebuah 1069 '
        'sedang 1069 terhadap 1069 terjadi 1069 waktu 1069 agar 972 at 972 dunia 972 '
        'email 972 glagah 972 kiai 972 lainnya 972 lawan 972 mahasiswa 972 masing 972 '
        'membuat 972 on 972 pajang 972 perlu 972 sekali 972 sementara 972 setelah 972 '
        'tempat 972 ujung 972 bagian 875 berdiri 875 bersama 875 daerah 875 ingin 875 '
        'justru 875 kalau 875 keadaan 875 kecil 875 mempunyai 875 menggunakan 875 '
        'meningkatkan 875 negara 875 prajurit 875 produk 875 proses 875 putih 875 '
        'sendiri 875 tak 875 tanggal 875 tentu 875 tinggalkan 875 tubuh 875 bagaimana 778 '
        'bali 778 barat 778 bekerja 778 berbagai 778 dirinya 778 gede 778 hati 778 '
        'hidup 778 jumlah 778 kata 778 langsung 778 masa 778 melakukan 778 mendapatkan 778 '
        'merupakan 778 minggu 778 mudah 778 pemerintah 778 pertama 778 program 778 '
        'raden 778 salah 778 sebelumnya 778 sekar 778 tanah 778 tingkat 778 tugas 778 '
        'yaitu 778 alamat 680 berhasil 680 berjalan 680 berusaha 680 dekat 680 '
        'gringsing 680 keduanya 680 kepentingan 680 lalu 680 mana 680 mau 680 maupun 680 '
        'mendapat 680 mengambil 680 mengembangkan 680 mengetahui 680 meninggalkan 680 '
        'menurut 680 nilai 680 padepokan 680 pergi 680 perjalanan 680 pt 680 '
        'sabungsari 680 sebenarnya 680 sedangkan 680 sekarang 680 suatu 680 tenaga 680 '
        'terdapat 680 usaha 680 acara 583 agaknya 583 air 583 akhirnya 583 al 583 '
        'apalagi 583 balasan 583 besar 583 bisnis 583 cancel 583 cepat 583 data 583 '
        'dia 583 diharapkan 583 dipublikasikan 583 hukum 583 indah 583 industri 583 '
        'informasi 583 investasi 583 itulah 583 itupun 583 jauh 583 jawa 583 jenis 583 '
        'kebutuhan 583 kegiatan 583 kekuatan 583 kerja 583 kulit 583 lama 583 luar 583 '
        'malam 583 manusia 583 melawan 583 melihat 583 membuka 583 mengalami 583 '
        'menunjukkan 583 mirah 583 padukuhan 583 pasti 583 pasukan 583 pegawai 583 '
        'pemimpin 583 penting 583 pertempuran 583 pihak 583 pula 583 reply 583 saling 583 '
        'sebelum 583 seluruh 583 semakin 583 sempat 583 sesuai 583 si 583 sistem 583 '
        'suara 583 sumber 583 sungguh 583 tangannya 583 terakhir 583 termasuk 583 '
        'terus 583 tiba 583 wajah 583 adanya 486 alap 486 bahan 486 bahasa 486 begitu 486 '
        'belakang 486 berarti 486 berbuat 486 bergerak 486 bila 486 cambuk 486 cara 486 '
        'cukup 486 daripada 486 dimana 486 file 486 foto 486 halaman 486 hampir 486 '
        'hingga 486 hutan 486 i 486 ilmunya 486 kelompok 486 kemampuan 486 kemungkinan 486 '
        'keras 486 ketiga 486 khususnya 486 kitab 486 kondisi 486 lagu 486 lahan 486 '
        'listrik 486 mas 486 melalui 486 meloncat 486 menarik 486 mencoba 486 '
        'menemukan 486 mengerti 486 menimbulkan 486 menyadari 486 minta 486 nanti 486 '
        'pelanggan 486 pengambilan 486 pengawal 486 peningkatan 486 perhatian 486 '
        'persen 486 peserta 486 pusat 486 rara 486 sakit 486 selalu 486 sifat 486 '
        'signifikan 486 sikap 486 studi 486 suami 486 surabaya 486 tengah 486 ti 486 '
        'tiga 486 universitas 486 untara 486 utama 486 visi 486 widura 486 wulan 486 '
        'agak 389 alat 389 antar 389 bantuan 389 biaya 389 bidang 389 dana 389 '
        'diantara 389 dibandingkan 389 joko 389 kademangan 389 kualitas 389 majalah 389 '
        'mendengar 389 mengatasi 389 meningkat 389 obat 389 organisasi 389 paling 389 '
        'partai 389 penerimaan 389 perkembangan 389 pertanian 389 sekitar 389 tahu 389 '
        'tajam 389 teknologi 389 tiap 389 timur 389 uang 389'), _table(
        'a 197634 n 105126 e 81098 i 75867 u 51340 t 50954 r 48990 k 48958 g 43405 m 42553 '
        's 42456 d 40412 l 32043 p 31947 b 25525 h 23175 y 18138 o 14984 j 9930 w 5504 '
        'c 5424 f 2816 v 1094 x 241 z 225 q 161')),
    'it': ('latin', _table(
        'di 38884 il 23630 e 22583 la 22059 a 16451 in 16152 che 13909 per 13460 l 12039 '
        'è 11890 del 11366 un 11291 le 9721 i 9422 della 8899 marino 8674 non 8226 da 8076 '
        'san 7702 con 7478 ha 6954 si 6431 una 6431 al 6281 alla 4636 sono 4636 dei 4561 '
        'nel 4038 anche 3888 dell 3589 ma 3589 d 3215 più 3215 stato 3215 all 3066 '
        'rimini 2991 sul 2767 delle 2692 anni 2617 dal 2542 gli 2542 ai 2393 alle 2318 '
        'ad 2243 due 2169 euro 2169 nella 2169 o 2169 ed 2094 lo 1944 essere 1869 '
        'hanno 1869 parte 1869 sempre 1869 ci 1720 cui 1720 degli 1720 italia 1720 su 1720 '
        'c 1570 questo 1570 dopo 1496 tra 1496 se 1421 sia 1421 libertas 1346 smsan 1346 '
        'ancora 1271 fa 1271 fatto 1271 gennaio 1271 poi 1271 come 1196 dalla 1196 '
        'già 1196 sarà 1196 solo 1196 sulla 1196 anno 1122 nell 1122 via 1122 dello 1047 '
        'era 1047 governo 1047 oggi 1047 politica 1047 prima 1047 sammarinese 1047 '
        'sua 1047 tre 1047 tutti 1047 così 972 invece 972 milioni 972 molto 972 nei 972 '
        'nelle 972 news 972 oltre 972 ore 972 tutto 972 agli 897 consiglio 897 dalle 897 '
        'dicembre 897 dove 897 generale 897 ora 897 perché 897 punto 897 repubblica 897 '
        'senza 897 abbiamo 823 città 823 dai 823 dall 823 fino 823 lavoratori 823 '
        'lavoro 823 nuovo 823 quale 823 romagna 823 segretario 823 tempo 823 uno 823 '
        'casa 748 chi 748 contro 748 crisi 748 è 748 fine 748 internazionale 748 n 748 '
        'nostro 748 ottobre 748 paese 748 primo 748 questa 748 rispetto 748 serie 748 '
        'siamo 748 stata 748 state 748 suo 748 altro 673 comitato 673 fare 673 fra 673 '
        'incontro 673 loro 673 ne 673 no 673 noi 673 ordine 673 progetto 673 quello 673 '
        'termine 673 territorio 673 testa 673 tutta 673 aver 598 aveva 598 banca 598 '
        'calcio 598 caso 598 cassa 598 dire 598 diversi 598 giorni 598 giorno 598 '
        'grande 598 ieri 598 lunedì 598 mi 598 nazionale 598 occasione 598 partito 598 '
        'proprio 598 pubblico 598 può 598 quanto 598 questi 598 sammarinesi 598 '
        'settembre 598 sta 598 accordo 523 alcuni 523 almeno 523 bene 523 bilancio 523 '
        'cittadini 523 commissione 523 comune 523 comunque 523 corriere 523 domenica 523 '
        'fatti 523 forse 523 gara 523 giro 523 grazie 523 ho 523 idea 523 imprese 523 '
        'io 523 italiani 523 italiano 523 luglio 523 meno 523 movimento 523 novembre 523 '
        'presidente 523 problemi 523 propria 523 queste 523 quotidiano 523 ruolo 523 '
        'sabato 523 saranno 523 settore 523 titano 523 tutte 523 uomo 523 verso 523 '
        'vuole 523 aggiornato 449 aprile 449 centro 449 confronto 449 dagli 449 dato 449 '
        'detto 449 deve 449 direttore 449 disposizione 449 donne 449 economia 449 '
        'europa 449 fuori 449 giugno 449 impegno 449 infatti 449 inoltre 449 legge 449 '
        'maggio 449 maggioranza 449 media 449 mentre 449 mondiale 449 mondo 449 mostra 449 '
        'nuova 449 nuove 449 passo 449 persone 449 posto 449 presente 449 quando 449 '
        'ravenna 449 relazione 449 riccione 449 sarebbe 449 seconda 449 secondo 449 '
        'servizi 449 servizio 449 sociale 449 società 449 stagione 449 stati 449 '
        'strada 449 suoi 449 tempi 449 tribuna 449 ultimo 449 va 449 vita 449 voce 449 '
        'alcune 374 altre 374 arriva 374 assemblea 374 aumento 374 aziende 374 azione 374 '
        'breve 374 buona 374 camera 374 campo 374 circa 374 commercio 374 comunicati 374 '
        'congresso 374 conti 374 credo 374 csu 374 diritto 374 domani 374 dovrà 374 ex 374 '
        'fiscale 374 fondazione 374 forlì 374 forze 374 fronte 374 giovani 374 '
        'interventi 374 intervista 374 livello 374 maggiore 374 mai 374 mette 374 '
        'momento 374 negli 374 nero 374 nostre 374 notte 374 numero 374 ogni 374 '
        'oppure 374 parigi 374 particolare 374 personale 374 però 374 poco 374 '
        'possibile 374 premio 374 programma 374 prova 374 purtroppo 374 quelli 374 '
        'risultato 374 sciopero 374 sentire 374 serata 374 sicurezza 374 sistema 374 '
        'situazione 374 sociali 374 spesa 374 sui 374 sulle 374 tanti 374 torna 374 '
        'tuo 374 valore 374 venerdì 374 vicenda 374 altra 299 ampio 299 ap 299 '
        'archivio 299 associazione 299 ben 299 classe 299 condizioni 299 coppia 299 '
        'cosa 299 emendamenti 299 erano 299 esteri 299 figlio 299 film 299 fondi 299 '
        'giochi 299 giornata 299 grandi 299 importante 299 inizio 299 libera 299 linea 299 '
        'maggior 299 marzo 299 modo 299 paesi 299 partita 299 piano 299 pochi 299 '
        'principale 299 prodotti 299 progetti 299 proposta 299 protagonista 299 quel 299 '
        'questione 299 racconta 299 reazione 299 rete 299 roma 299 serio 299 settimana 299 '
        'squadra 299 stessa 299 subito 299 sue 299 tornano 299 tribunale 299 under 299 '
        'verifiche 299 voti 299'), _table(
        'i 118040 a 113521 e 107966 o 89861 n 76592 r 68821 t 66388 l 62719 s 51018 '
        'c 39951 d 37217 p 29114 m 28366 u 25847 g 18177 v 14262 z 10693 b 10348 f 10232 '
        'h 8880 q 2921 à 2648 è 2461 ì 835 ù 662 w 518 k 475 y 461 ò 317 é 259 j 216 x 201')),
    'ja': ('cjk*', _table(
        'の 38981 い 33206 で 27941 し 25817 て 25648 に 25563 が 25138 と 23609 な 23609 る 23270 '
        'す 21231 は 18854 を 18769 た 18599 ま 18174 か 15456 り 13079 れ 13079 も 12994 う 12909 '
        'っ 12144 ら 11975 こ 11805 く 9087 あ 7983 き 7728 ん 6964 さ 6709 ン 5945 え 5605 ど 5265 '
        'だ 5096 そ 4926 け 4756 や 4756 お 4501 よ 4161 ト 3992 イ 3907 つ 3822 ス 3737 め 3567 '
        '日 3312 せ 3142 出 3142 ち 3057 ッ 3057 ラ 3057 人 2972 わ 2718 大 2548 ば 2463 上 2463 '
        '方 2463 み 2378 ア 2378 レ 2378 会 2378 性 2378 ク 2293'), _table(
        'の 39007 い 33229 で 27960 し 25835 て 25665 に 25580 が 25155 と 23625 な 23625 る 23285 '
        'す 21246 は 18866 を 18781 た 18611 ま 18186 か 15467 り 13087 れ 13087 も 13002 う 12917 '
        'っ 12153 ら 11983 こ 11813 く 9093 あ 7988 き 7733 ん 6969 さ 6714 ン 5949 え 5609 ど 5269 '
        'だ 5099 そ 4929 け 4759 や 4759 お 4504 よ 4164 ト 3994 イ 3909 つ 3824 ス 3739 め 3569 '
        '日 3314 せ 3144 出 3144 ち 3059 ッ 3059 ラ 3059 人 2974 わ 2719 大 2550 ば 2465 上 2465 '
        '方 2465 み 2380 ア 2380 レ 2380 会 2380 性 2380 ク 2295 一 2295 業 2210 生 2210 事 2125 '
        '入 2125 リ 2040 思 2040 本 2040 用 2040 今 1955 フ 1870 作 1870 分 1870 的 1870 行 1870 '
        '間 1870 ル 1785 年 1785 金 1785 不 1700 見 1700 高 1700 ろ 1615 プ 1615 合 1615 度 1615 '
        '理 1615 中 1530 地 1530 子 1530 手 1530 要 1530 ご 1445 ょ 1445 シ 1445 テ 1445 時 1445 '
        '目 1445 ず 1360 メ 1360 取 1360 売 1360 実 1360 感 1360 気 1360 ほ 1275 ィ 1275 セ 1275 '
        '何 1275 先 1275 定 1275 料 1275 者 1275 じ 1190 ウ 1190 コ 1190 場 1190 自 1190 言 1190 '
        'ひ 1105 グ 1105 ジ 1105 ム 1105 体 1105 加 1105 回 1105 家 1105 数 1105 来 1105 発 1105 '
        '車 1105 ね 1020 び 1020 カ 1020 ネ 1020 ブ 1020 ミ 1020 利 1020 動 1020 報 1020 当 1020 '
        '心 1020 情 1020 果 1020 無 1020 物 1020 約 1020 通 1020 エ 935 タ 935 ダ 935 ャ 935 以 935 '
        '全 935 力 935 学 935 必 935 意 935 新 935 月 935 現 935 男 935 確 935 部 935 オ 850 キ 850 '
        'サ 850 マ 850 下 850 内 850 味 850 安 850 対 850 少 850 引 850 後 850 様 850 法 850 海 850 '
        '産 850 立 850 系 850 良 850 長 850 開 850 げ 765 チ 765 ド 765 バ 765 件 765 前 765 員 765 '
        '国 765 女 765 得 765 持 765 探 765 最 765 機 765 状 765 読 765 足 765 配 765 電 765 ざ 680 '
        'べ 680 む 680 ニ 680 代 680 修 680 光 680 割 680 受 680 可 680 品 680 小 680 山 680 店 680 '
        '座 680 成 680 教 680 明 680 期 680 然 680 特 680 社 680 置 680 能 680 話 680 集 680 面 680 '
        '験 680 ぎ 595 ぶ 595 ゃ 595 ツ 595 ハ 595 世 595 介 595 保 595 切 595 原 595 問 595 土 595 '
        '在 595 基 595 多 595 好 595 始 595 書 595 東 595 標 595 求 595 田 595 番 595 相 595 私 595 '
        '税 595 美 595 考 595 色 595 資 595 越 595 際 595 額 595 食 595 ぇ 510 へ 510 ゆ 510 ノ 510 '
        '主 510 仕 510 付 510 伝 510 使 510 効 510 化 510 北 510 口 510 向 510 型 510 境 510 外 510 '
        '客 510 工 510 常 510 役 510 態 510 払 510 投 510 指 510 支 510 整 510 文 510 楽 510 次 510 '
        '比 510 水 510 決 510 注 510 液 510 環 510 積 510 経 510 結 510 続 510 西 510 象 510 販 510 '
        '買 510 費 510 進 510 選 510 重 510 関 510 頃 510 題 510 ぐ 425 ぜ 425 ケ 425 パ 425 ビ 425 '
        'ロ 425 他 425 信 425 別 425 務 425 台 425 和 425 商 425 市 425 強 425 応 425 所 425 未 425 '
        '材 425 条 425 査 425 欲 425 正 425 段 425 活 425 減 425 準 425 点 425 知 425 程 425 等 425 '
        '細 425 組 425 聞 425 般 425 証 425 認 425 語 425 護 425 身 425 連 425 違 425 適 425 デ 340 '
        'ヒ 340 モ 340 ョ 340 ヶ 340 乗 340 予 340 仲 340 企 340 個 340 備 340 働 340 元 340 冷 340 '
        '初 340 制 340 副 340 半 340 却 340 同 340 名 340 告 340 周 340 営 340 増 340 室 340 島 340 '
        '州 340 差 340 席 340 張 340 接 340 施 340 有 340 望 340 校 340 歴 340 残 340 毎 340 消 340 '
        '爪 340 版 340 由 340 種 340 空 340 筋 340 素 340 紹 340 緩 340 習 340 職 340 腹 340 花 340 '
        '落 340 表 340 観 340 解 340 計 340 設 340 走 340 起 340 載 340 過 340 達 340 都 340 限 340 '
        '非 340 類 340 風 340 づ 255 ぬ 255 ぼ 255 ァ 255 ガ 255 ズ 255 ゾ 255 ナ 255 ペ 255 ホ 255 '
        'ヤ 255 ュ 255 ワ 255 万 255 三 255 互 255 井 255 交 255 京 255 任 255 位 255 低 255 余 255 '
        '供 255 円 255 創 255 助 255 医 255 卒 255 南 255 危 255 参 255 及 255 友 255 古 255 史 255 '
        '城 255 壁 255 士 255 変 255 天 255 失 255 契 255 字 255 害 255 容 255 屋 255 属 255 康 255 '
        '影 255 徒 255 忘 255 悪 255 愛 255 戦 255 振 255 撃 255 敗 255 普 255 景 255 暮 255 更 255 '
        '末 255 柔 255 検 255 止 255 治 255 況 255 測 255 満 255 漂 255 演 255 炉 255 為 255 照 255 '
        '熟 255 率 255 町 255 画 255 界 255 異 255 疑 255 真 255 着 255 票 255 窓 255 端 255 策 255 '
        '絡 255 緒 255 興 255 虫 255 融 255 街 255 補 255 製 255 角 255 触 255 記 255 試 255 識 255 '
        '負 255 質 255 購 255 転 255 迎 255 週 255 道 255 避 255 量 255 門 255 阪 255 防 255 降 255 '
        '険 255 難 255 音 255 頂 255 頭 255 ぱ 170 ェ 170 ギ 170 ゲ 170 ピ 170 ポ 170 丸 170 之 170 '
        '了 170 争 170 伸 170 価 170 便 170 俊 170 俺 170 倫 170 停 170 健 170 傾 170 僕 170 優 170 '
        '児 170 公 170 共 170 再 170 剛 170 剤 170 功 170 勉 170 募 170 勢 170 午 170 単 170 印 170 '
        '厚 170 厳 170 去 170 双 170 収 170 各 170 命 170 囃 170 圧 170 坪 170 域 170 塩 170 夏 170 '
        '太 170 夫 170 奏 170 姿 170 存 170 孝 170 守 170 完 170 寄 170 富 170 審 170 寿 170 専 170 '
        '導 170 届 170 希 170 帯 170 広 170 府 170 庭 170 建 170 弁 170 式 170 弾 170 形 170 彼 170 '
        '待 170 徳 170 急 170 恋 170 想 170 慎 170 戸 170 抜 170 択 170 押 170 担 170 採 170 掲 170 '
        '提 170 換 170 握 170 揮 170 携 170 操 170 改 170 攻 170 政 170 故 170 斜 170 断 170 族 170 '
        '旦 170 早 170 春 170 替 170 朝 170 栄 170 株 170 根 170 格 170 案 170 植 170 武 170 歩 170 '
        '歳 170 母 170 氏 170 汚 170 沢 170 油 170 泉 170 流 170 涼 170 深 170 混 170 清 170 済 170 '
        '温 170 港 170 湯 170 漫 170 災 170 炎 170 熱 170 王 170 申 170 留 170 病 170 療 170 白 170 '
        '益 170 石 170 研 170 礎 170 示 170 礼 170 祝 170 福 170 章 170 笑 170 第 170 管 170 米 170 '
        '納 170 終 170 絶 170 継 170 総 170 縮 170 績 170 群 170 義 170 英 170 華 170 葉 170 蓄 170 '
        '蔵 170 術 170 装 170 視 170 親 170 該 170 誤 170 調 170 談 170 請 170 豪 170 責 170 貸 170 '
        '賢 170 赤 170 跡 170 践 170 軟 170 軽 170 較 170 近 170 退 170 透 170 運 170 郎 170 野 170 '
        '鉄 170 鍋 170 除 170 階 170 響 170 頑 170 頼 170 飲 170 養 170 館 170 香 170 駐 170')),
    'ko': ('hangul*', _table(
        '이 32534 다 30866 는 21916 에 20180 을 17322 의 17322 고 15688 가 15416 로 15042 지 14974 '
        '하 13919 한 13000 은 11571 대 11366 서 11196 사 10890 기 10856 를 9665 도 9188 수 8576 '
        '인 8270 정 8270 자 8167 으 7555 시 7453 리 7215 전 7078 해 6976 부 6908 일 6772 있 6636 '
        '했 6636 국 6602 나 6602 원 6500 아 6398 제 6330 장 6126 들 5921 어 5921 과 5819 라 5717 '
        '보 5717 주 5717 만 5615 스 5445 상 5037 것 4832 선 4594 적 4152 그 4084 조 4084 경 4016 '
        '구 4016 공 3982 면 3982 년 3948 회 3948 게 3914 문 3845'), _table(
        '이 32534 다 30866 는 21916 에 20180 을 17322 의 17322 고 15688 가 15416 로 15042 지 14974 '
        '하 13919 한 13000 은 11571 대 11366 서 11196 사 10890 기 10856 를 9665 도 9188 수 8576 '
        '인 8270 정 8270 자 8167 으 7555 시 7453 리 7215 전 7078 해 6976 부 6908 일 6772 있 6636 '
        '했 6636 국 6602 나 6602 원 6500 아 6398 제 6330 장 6126 들 5921 어 5921 과 5819 라 5717 '
        '보 5717 주 5717 만 5615 스 5445 상 5037 것 4832 선 4594 적 4152 그 4084 조 4084 경 4016 '
        '구 4016 공 3982 면 3982 년 3948 회 3948 게 3914 문 3845 동 3709 등 3675 위 3675 당 3641 '
        '개 3607 성 3335 신 3335 중 3335 진 3301 명 3199 비 3199 소 3199 무 3097 연 3097 와 3097 '
        '관 3063 화 3063 유 2961 우 2927 오 2893 통 2893 며 2859 미 2859 여 2859 거 2757 업 2722 '
        '내 2688 세 2688 후 2654 말 2620 러 2586 산 2586 운 2552 니 2484 영 2450 간 2382 교 2348 '
        '분 2348 안 2348 노 2314 마 2314 계 2280 모 2246 최 2246 행 2246 방 2212 현 2212 되 2178 '
        '민 2144 실 2144 입 2144 할 2144 단 2110 트 2110 금 2076 발 2076 드 2042 않 2042 차 2042 '
        '려 2008 반 2008 데 1974 된 1940 었 1940 요 1940 재 1940 치 1940 건 1906 바 1906 체 1906 '
        '두 1872 물 1872 생 1872 식 1872 표 1872 설 1838 합 1838 본 1804 역 1804 타 1804 터 1804 '
        '포 1770 학 1770 던 1736 감 1702 권 1702 때 1702 력 1702 심 1702 용 1702 작 1702 각 1668 '
        '격 1668 르 1668 승 1668 야 1668 프 1668 히 1668 강 1633 결 1633 매 1633 속 1599 박 1565 '
        '점 1565 음 1531 직 1531 난 1463 날 1463 법 1463 호 1463 김 1429 까 1429 북 1429 책 1429 '
        '출 1429 월 1361 남 1327 더 1327 레 1327 받 1327 없 1327 열 1327 종 1327 외 1293 울 1293 '
        '형 1293 올 1225 천 1225 근 1191 달 1191 급 1157 담 1157 됐 1157 배 1157 씨 1157 양 1157 '
        '파 1157 따 1123 래 1123 언 1123 질 1123 뒤 1089 령 1089 약 1089 예 1089 추 1089 태 1089 '
        '판 1089 편 1089 함 1089 항 1089 번 1055 억 1055 임 1055 저 1055 절 1055 증 1055 석 1021 '
        '청 1021 검 987 목 987 병 987 불 987 런 953 코 953 크 953 투 953 특 953 평 953 피 953 록 919 '
        '론 919 변 919 처 919 확 919 린 885 습 885 았 885 같 851 능 851 디 851 련 851 앞 851 규 817 '
        '독 817 또 817 밝 817 준 817 총 817 활 817 찰 783 품 783 겠 749 광 749 란 749 람 749 초 749 '
        '토 749 군 715 못 715 측 715 키 715 향 715 길 681 돌 681 른 681 취 681 패 681 환 681 께 647 '
        '너 647 느 647 망 647 살 647 악 647 알 647 온 647 육 647 족 647 집 647 택 647 테 647 팀 647 '
        '맞 613 였 613 왔 613 츠 613 티 613 황 613 골 579 료 579 백 579 브 579 삼 579 워 579 접 579 '
        '철 579 카 579 루 544 벌 544 별 544 술 544 쟁 544 졌 544 존 544 줄 544 참 544 축 544 커 544 '
        '혔 544 네 510 류 510 림 510 봉 510 순 510 익 510 충 510 침 510 협 510 객 476 걸 476 견 476 '
        '높 476 랑 476 렸 476 많 476 머 476 버 476 베 476 색 476 움 476 잘 476 쪽 476 획 476 겨 442 '
        '돼 442 름 442 막 442 및 442 새 442 손 442 애 442 채 442 친 442 희 442 넘 408 될 408 랜 408 '
        '션 408 즌 408 짜 408 창 408 갖 374 립 374 메 374 송 374 엔 374 험 374 힘 374 놓 340 눈 340 '
        '든 340 떨 340 램 340 밀 340 복 340 섭 340 좋 340 찬 340 쳐 340 탄 340 페 340 헌 340 휴 340 '
        '극 306 글 306 긴 306 누 306 럼 306 맡 306 먼 306 숙 306 압 306 액 306 얼 306 욱 306 율 306 '
        '응 306 잡 306 즈 306 징 306 첫 306 캐 306 탈 306 펀 306 필 306 혜 306 효 306 훈 306 힌 306 '
        '갈 272 곳 272 났 272 념 272 뉴 272 늘 272 답 272 둘 272 득 272 밖 272 범 272 왕 272 져 272 '
        '죽 272 찾 272 층 272 털 272 폭 272 플 272 허 272 홈 272 흥 272 곡 238 끝 238 냐 238 널 238 '
        '녀 238 닥 238 돈 238 듯 238 락 238 렇 238 렵 238 례 238 롯 238 먹 238 써 238 엘 238 완 238 '
        '윤 238 착 238 큰 238 탁 238 텔 238 퍼 238 핵 238 혼 238 귀 204 균 204 꾸 204 끌 204 납 204 '
        '덕 204 떠 204 랐 204 략 204 룹 204 률 204 몽 204 믿 204 붙 204 빠 204 슬 204 쓰 204 암 204 '
        '엄 204 염 204 웨 204 졸 204 즐 204 쳤 204 컴 204 펼 204 풀 204 헤 204 혐 204 혹 204 꺼 170 '
        '끄 170 낸 170 냈 170 넷 170 논 170 뇌 170 닌 170 델 170 량 170 뤄 170 맨 170 맹 170 몰 170 '
        '몸 170 볼 170 뷔 170 숨 170 쉬 170 슈 170 십 170 싸 170 얻 170 옥 170 웅 170 웠 170 잉 170 '
        '잠 170 짝 170 촉 170 케 170 켜 170 콘 170 탐 170 틀 170 팅 170 폐 170 풍 170 핑 170 홍 170 '
        '휘 170 힐 170 값 136 걱 136 겁 136 겪 136 끼 136 낀 136 녹 136 농 136 님 136 닷 136 덧 136 '
        '듣 136 딩 136 뜻 136 랭 136 렉 136 롭 136 몬 136 봇 136 블 136 뿐 136 쁜 136 섰 136 센 136 '
        '솔 136 쇠 136 쉽 136 씩 136 앙 136 웃 136 융 136 죄 136 즉 136 칙 136 컵 136 켰 136 쿠 136 '
        '탕 136 퇴 136 팔 136 폰 136 푸 136 픈 136 픽 136 혁 136 갑 102 갔 102 곤 102 곧 102 괴 102 '
        '궁 102 궤 102 꽃 102 꿈 102 됨 102 딸 102 뛰 102 뜨 102 랄 102 랍 102 럽 102 렌 102 롤 102 '
        '릿 102 맛 102 맥 102 멋 102 멘 102 묻 102 뭔 102 벗 102 벤 102 벨 102 빼 102 뽀 102 슷 102 '
        '싼 102 쌓 102 엑 102 엠 102 옮 102 왜 102 읽 102 잇 102 젠 102 째 102 쯤 102 찍 102 척 102 '
        '첨 102 칠 102 캠 102 컷 102 콜 102 콤 102 킬 102 킹 102 펴 102 흐 102 흑 102 흔 102')),
    'lt': ('latin', _table(
        'ir 36313 su 7582 yra 7083 kad 6883 iš 6285 į 5886 ar 4988 tik 4988 kaip 4489 '
        'nuo 4489 o 4489 savo 4489 ne 4190 tai 4190 buvo 3990 bet 3891 kai 3292 m 3292 '
        'apie 3192 per 2993 bei 2893 lietuvos 2694 po 2694 jau 2594 jis 2594 jų 2594 '
        'taip 2394 to 2394 mūsų 2294 arba 2195 daug 2195 gali 2195 iki 2095 dar 1995 '
        'galima 1995 jei 1995 jūsų 1995 būti 1895 d 1895 jie 1895 pat 1895 lt 1796 '
        'prie 1796 turi 1796 labai 1696 lietuvoje 1696 už 1696 aš 1596 kuris 1596 nes 1596 '
        'tiek 1596 be 1496 dėl 1496 jo 1496 kartu 1496 mes 1496 nėra 1496 bus 1397 ji 1397 '
        'jos 1397 kas 1397 metu 1397 dabar 1297 kurie 1297 metų 1297 pagal 1297 ant 1197 '
        'darbo 1197 daugiau 1197 gerai 1197 jį 1197 nei 1197 reikia 1197 jeigu 1097 '
        'mano 1097 net 1097 galite 998 jog 998 jums 998 k 998 kalba 998 kur 998 ką 998 '
        'nors 998 tarp 998 čia 998 dieną 898 kiek 898 mus 898 tačiau 898 todėl 898 '
        'esame 798 jiems 798 jūs 798 kitų 798 kurios 798 lietuvių 798 žmogaus 798 a 698 '
        'darbų 698 dažniausiai 698 dirbti 698 europos 698 kauno 698 ko 698 kurį 698 '
        'man 698 mane 698 metus 698 miškų 698 mokyklos 698 pasaulio 698 prieš 698 pvm 698 '
        'r 698 tas 698 tuo 698 tą 698 veikla 698 visą 698 įmonės 698 šilutės 698 '
        'beveik 599 būtina 599 cm 599 dalykų 599 esu 599 g 599 greitai 599 jais 599 '
        'juos 599 kiekvienas 599 kitą 599 kuriuos 599 maisto 599 manau 599 mums 599 '
        'negu 599 nieko 599 patys 599 savivaldybės 599 vaikų 599 viena 599 vilniaus 599 '
        'vis 599 viskas 599 visų 599 žmonių 599 anglų 499 anksčiau 499 asociacijos 499 '
        'centre 499 dalį 499 darbus 499 dažnai 499 didelė 499 dienos 499 drauge 499 '
        'dvi 499 gal 499 galime 499 jas 499 jav 499 kartais 499 kartą 499 kiekvieną 499 '
        'kita 499 kuri 499 kurių 499 laikas 499 laiko 499 laiką 499 namų 499 netgi 499 '
        'niekada 499 niekas 499 norite 499 organizacijos 499 pasiekti 499 pramonės 499 '
        'projektas 499 puikiai 499 rasti 499 rugsėjo 499 sau 499 sporto 499 t 499 tad 499 '
        'tapo 499 toks 499 val 499 veiklos 499 vienas 499 vieną 499 visiems 499 viską 499 '
        'visus 499 ypač 499 šalies 499 balandžio 399 bažnyčios 399 būdu 399 būtų 399 '
        'centro 399 dalis 399 darbuotojų 399 darbą 399 daryti 399 diena 399 dienas 399 '
        'dievas 399 dievo 399 duomenis 399 dėmesį 399 esant 399 galimybė 399 galėtų 399 '
        'gana 399 gauti 399 gegužės 399 gyvenimu 399 gyvenimą 399 i 399 ilgiau 399 j 399 '
        'jam 399 ją 399 kadangi 399 kalbos 399 kam 399 kelionės 399 kitaip 399 kitas 399 '
        'kodėl 399 koks 399 kuo 399 labiau 399 metais 399 miesto 399 mokslininkai 399 '
        'mokyklų 399 mėn 399 mėnesį 399 naują 399 no 399 nėštumo 399 organizmas 399 '
        'pabaigos 399 pamatyti 399 paprastai 399 parduotuvių 399 paroda 399 pas 399 '
        'pasaulyje 399 paslaugų 399 pats 399 pavadinimas 399 pavyzdžiui 399 pirmiausia 399 '
        'poveikį 399 pradėjo 399 priimti 399 priklausomai 399 produktų 399 programa 399 '
        'projekto 399 respublikos 399 sakė 399 save 399 sistema 399 skonio 399 '
        'skyriaus 399 spalio 399 sudaro 399 sukūrė 399 sveikatos 399 tapti 399 ten 399 '
        'tinka 399 tipo 399 tu 399 turto 399 turėtų 399 uab 399 veikia 399 veiklą 399 '
        'vien 399 visa 399 visada 399 visai 399 visi 399 visos 399 vyko 399 įmonėse 399 '
        'įvairių 399 šalyse 399 šie 399 šioje 399 šis 399 šį 399 ūkio 399 žinoma 399 '
        'akimis 299 alus 299 aplinkos 299 atsižvelgiant 299 atvejais 299 buvau 299 '
        'būna 299 būtent 299 daktaras 299 daugelio 299 daugelis 299 dažniau 299 '
        'didelis 299 didžioji 299 dienų 299 du 299 duomenų 299 energijos 299 europoje 299 '
        'fondas 299 galiausiai 299 galėjo 299 gimnazijos 299 gyvenime 299 informacija 299 '
        'jaunimo 299 jaunųjų 299 joje 299 karto 299 kasdien 299 kelias 299 kiti 299 '
        'klausimas 299 kuriame 299 kurio 299 kuriose 299 kūrinio 299 lauko 299 meno 299 '
        'mokslo 299 mokslų 299 muzikos 299 namo 299 narių 299 nauja 299 naujas 299 '
        'nebuvo 299 nemokamai 299 of 299 pakankamai 299 palaiko 299 pasakė 299 '
        'personalo 299 prasidėjo 299 priežiūros 299 prisidėti 299 pusės 299 rajono 299 '
        'rinktis 299 siūlo 299 stiprumo 299 sukurtas 299 sunku 299 suprasti 299 '
        'suteikia 299 tame 299 tampa 299 taryba 299 teisės 299 tel 299 tiesiog 299 '
        'tokia 299 tokiu 299 tuomet 299 turėti 299 tvoros 299 universiteto 299 vadovas 299 '
        'valstybės 299 vanduo 299 veiksnys 299 vieno 299 vienu 299 vietos 299 vietą 299 '
        'vilnius 299 visuomenės 299 y 299 įvyko 299 šalis 299 šiaulių 299 šios 299 '
        'šiuo 299 žemaičių 299 žemėje 299 žemės 299 žmogus 299 žmonės 299'), _table(
        'i 136461 a 115835 s 77633 t 59342 o 58984 e 58283 r 52586 n 51621 u 48476 k 46016 '
        'm 36754 l 32909 p 29702 d 25732 v 22557 g 20050 j 19677 ė 14384 b 14259 y 13403 '
        'ų 12220 š 11613 ž 7970 ą 6943 į 5355 c 4764 ū 4670 č 3300 z 2927 f 2351 ę 1526 '
        'h 1059 w 374 x 249')),
    'lv': ('latin', _table(
        'un 33856 ir 19465 ar 14668 par 11347 no 9225 ka 9133 arī 8303 uz 6642 bet 6273 '
        'kas 5812 kā 5812 vai 5443 ja 5258 lai 4705 to 4705 ko 4428 nav 3967 pēc 3782 '
        'tas 3598 es 3506 var 3413 tad 3321 tā 3229 jau 2952 man 2860 bija 2768 '
        'latvijas 2768 gada 2675 jo 2675 būs 2306 līdz 2306 mūsu 2306 tikai 2306 gan 2214 '
        'kad 2214 savu 2214 vēl 2214 mums 2122 tiek 2030 jums 1937 kaut 1937 pie 1937 '
        'ļoti 1937 mēs 1845 pa 1845 darba 1753 daudz 1753 tās 1661 vairāk 1661 varētu 1661 '
        'cik 1476 jūs 1476 kur 1476 visu 1476 viņa 1476 šo 1476 iespējams 1384 laikā 1384 '
        'būtu 1292 ne 1292 pat 1292 pret 1292 šī 1292 būt 1199 kādu 1199 labi 1199 '
        'latvijā 1199 tam 1199 viņš 1199 gadu 1107 nekā 1107 tieši 1107 tiks 1107 tu 1107 '
        'bērnu 1015 jūsu 1015 kāds 1015 lv 1015 pirms 1015 valsts 1015 visi 1015 viņu 1015 '
        'bez 923 laika 923 mērķis 923 taču 923 tik 923 tur 923 vien 923 šīs 923 '
        'attīstības 830 dzīves 830 esmu 830 iespēju 830 jābūt 830 manuprāt 830 '
        'noteikti 830 tajā 830 vajag 830 vienkārši 830 vienu 830 visiem 830 viņam 830 '
        'a 738 cilvēkiem 738 dienas 738 gadījumā 738 izglītības 738 kuras 738 kurš 738 '
        'mana 738 mākslas 738 novada 738 pakalpojumu 738 pirmā 738 starp 738 tomēr 738 '
        'tāpēc 738 varbūt 738 šajā 738 atbalstu 646 darbu 646 dod 646 domes 646 eiro 646 '
        'eiropas 646 konkursa 646 kuru 646 kāpēc 646 l 646 laiks 646 nu 646 pats 646 '
        'pašvaldības 646 problēmas 646 sevi 646 te 646 tie 646 tiem 646 tiesības 646 '
        'viena 646 šis 646 bērni 554 c 554 cilvēki 554 cilvēks 554 cilvēku 554 citu 554 '
        'citām 554 dažādas 554 dienu 554 dienā 554 esam 554 kam 554 kultūras 554 kuri 554 '
        'kurā 554 lapas 554 latviešu 554 maksājumu 554 mācību 554 nebija 554 '
        'nepieciešams 554 nodaļas 554 notiks 554 protams 554 sadarbības 554 sava 554 '
        'savā 554 tehnoloģiju 554 tika 554 viens 554 viss 554 vēlas 554 šim 554 bieži 461 '
        'bijis 461 brīdī 461 bērniem 461 citiem 461 dažādu 461 esi 461 gadījumos 461 '
        'grūti 461 iegūt 461 iespēja 461 iespējas 461 ietvaros 461 informācija 461 '
        'informāciju 461 izmantojot 461 jauniešu 461 jaunu 461 jautājumu 461 katru 461 '
        'krievijas 461 kura 461 kursu 461 kāda 461 kādas 461 labs 461 labāk 461 '
        'latvija 461 lietām 461 maijā 461 maksu 461 mani 461 nevar 461 notiek 461 '
        'palīdz 461 palīdzēt 461 piemēram 461 pieredze 461 priekšsēdētājs 461 produktu 461 '
        'projekta 461 saskaņā 461 sporta 461 stāsta 461 t 461 tagad 461 tev 461 tos 461 '
        'tāds 461 tādu 461 tāpat 461 uzskatu 461 vairs 461 veidā 461 visus 461 vērā 461 '
        'zinātnes 461 ģimenes 461 īpaši 461 šodien 461 ūdens 461 aiz 369 ap 369 '
        'apmācību 369 apmēram 369 arvien 369 asv 369 atrast 369 centrā 369 cikla 369 '
        'citi 369 darbību 369 daļa 369 daļu 369 daži 369 dieva 369 divi 369 doties 369 '
        'dzīvnieku 369 eiropā 369 esot 369 filma 369 foto 369 gadus 369 gandrīz 369 '
        'grupa 369 i 369 iegādāties 369 iepazīties 369 ilgi 369 informācijas 369 '
        'interneta 369 izmaksas 369 izmantot 369 izskatās 369 jaunajā 369 jauno 369 '
        'jautājums 369 jānis 369 kartes 369 komisijas 369 kopš 369 kurās 369 kādreiz 369 '
        'laiku 369 lieliski 369 liels 369 lietas 369 mēneša 369 naudas 369 nebūtu 369 '
        'nevienam 369 nevis 369 notika 369 nē 369 paldies 369 papildus 369 patlaban 369 '
        'personas 369 personām 369 personīgi 369 piedāvā 369 pieņem 369 pirmo 369 '
        'priekš 369 priekšā 369 projektus 369 pārāk 369 reizi 369 rezultātu 369 rīgas 369 '
        'rīgā 369 sanāk 369 savas 369 saviem 369 savienības 369 sen 369 sevis 369 '
        'skolu 369 studentu 369 suns 369 svarīgi 369 sākumā 369 tai 369 tevi 369 '
        'tiesību 369 tām 369 tēma 369 uzņēmums 369 vecuma 369 veikt 369 vienmēr 369 '
        'vietas 369 vietā 369 visai 369 visas 369 viņi 369 viņus 369 vērtību 369 www 369 '
        'zina 369 zināšanas 369 šiem 369 šādas 369 aicina 277 aicinām 277 aktivitātes 277 '
        'apdrošināšana 277 asinīs 277 atbildības 277 atbildību 277 baltijas 277 cenšas 277 '
        'cilvēkam 277 cukura 277 dokumentu 277 drošības 277 dvēsele 277 dzīvi 277 '
        'fiziskās 277 gados 277 ietekmē 277 interesanti 277 izdarīt 277 jelgavas 277 '
        'katrs 277 komentāru 277 komunikācijas 277 kurus 277 laikam 277 laivu 277 '
        'lēmumu 277 līmenī 277 mazāk 277 mūs 277 nakts 277 nedēļā 277 nekas 277 '
        'palīdzību 277 paredz 277 pasaules 277 pasta 277 pavasarī 277 piecu 277 '
        'piedalīties 277 pilsētas 277 plkst 277 procesu 277 procesā 277 programmu 277 '
        'receptes 277 sajūtu 277 satiksmes 277 savām 277 servisu 277 sk 277 tikpat 277 '
        'toreiz 277 uzturēt 277 vadītāja 277 valsti 277 varu 277 vasaras 277 veikta 277 '
        'zemes 277'), _table(
        'a 112351 i 93959 s 78253 t 65587 e 64604 r 53658 u 53427 n 47025 k 39718 m 39196 '
        'ā 39180 o 35833 p 31964 d 30951 l 30644 v 26514 j 23735 ī 21202 z 19037 ē 17640 '
        'b 17487 g 12758 c 11776 š 11315 ū 5205 ņ 4145 f 3117 ļ 3024 ž 1612 h 1336 ķ 1290 '
        'ģ 1151 č 553 w 292 y 246 x 107 q 61')),
    'nb': ('latin', _table(
        'og 35993 i 33174 er 20487 det 18325 til 18231 av 18043 for 17198 som 15600 '
        'på 15412 en 14190 med 12875 å 12499 at 10995 har 10713 et 7330 ikke 7330 den 6954 '
        'om 6766 de 6390 vi 5733 kan 5639 fra 4981 skal 4323 dette 4135 vil 4041 jeg 3947 '
        'også 3947 var 3947 men 3759 eller 3665 etter 3477 ved 3383 du 3289 ble 2913 '
        'andre 2631 ut 2631 seg 2443 så 2443 han 2349 denne 2255 blir 2161 mot 2067 '
        'opp 2067 bli 1880 hadde 1880 se 1786 inn 1692 kunne 1692 må 1692 når 1692 år 1692 '
        'alle 1598 da 1598 nå 1598 få 1504 hva 1504 mer 1504 noen 1504 nye 1504 man 1410 '
        'over 1410 to 1410 både 1316 del 1316 der 1316 får 1316 hun 1316 mange 1316 '
        'norsk 1316 vår 1316 være 1316 vært 1316 bare 1222 enn 1222 ha 1222 oss 1222 '
        'slik 1222 deg 1128 dem 1128 følgende 1128 gir 1128 hele 1128 her 1128 mellom 1128 '
        'noe 1128 sine 1128 tid 1128 disse 1034 litt 1034 meg 1034 norge 1034 nytt 1034 '
        'sier 1034 ta 1034 under 1034 bruke 940 ca 940 før 940 gjennom 940 går 940 '
        'kommer 940 medlemmer 940 norske 940 annet 846 derfor 846 ein 846 første 846 '
        'gang 846 god 846 godt 846 s 846 saken 846 samme 846 sin 846 uten 846 viktig 846 '
        'våre 846 arbeidet 752 dei 752 ett 752 flere 752 grunn 752 m 752 selv 752 '
        'ønsker 752 a 658 allerede 658 alt 658 blant 658 bør 658 dag 658 dere 658 '
        'dersom 658 forhold 658 fått 658 hvor 658 kurs 658 likevel 658 mest 658 norges 658 '
        'samarbeid 658 sammen 658 større 658 største 658 svært 658 tatt 658 videre 658 '
        'vårt 658 annen 564 antall 564 arbeid 564 blitt 564 eit 564 enkelte 564 '
        'forslag 564 fram 564 frem 564 frå 564 først 564 gi 564 gå 564 hos 564 '
        'informasjon 564 komme 564 kommunen 564 mulig 564 mål 564 neste 564 no 564 ny 564 '
        'siste 564 sitt 564 spesielt 564 spørsmål 564 tar 564 tidligere 564 tre 564 '
        'velkommen 564 aktivitet 470 august 470 barn 470 begynte 470 bruk 470 bruker 470 '
        'brukes 470 desember 470 din 470 egen 470 eget 470 ei 470 elever 470 fikk 470 '
        'foran 470 fordi 470 fortsatt 470 fysisk 470 gjelder 470 gjerne 470 gjøres 470 '
        'gode 470 hjelp 470 hver 470 innenfor 470 internett 470 kart 470 kjent 470 kr 470 '
        'krav 470 land 470 langt 470 leder 470 legger 470 les 470 lå 470 mens 470 min 470 '
        'mulighet 470 nok 470 ord 470 oslo 470 pr 470 prosent 470 samt 470 samtidig 470 '
        'side 470 slike 470 slutt 470 små 470 startet 470 staten 470 store 470 står 470 '
        'tilbake 470 vanskelig 470 veldig 470 økonomiske 470 økt 470 akkurat 376 altså 376 '
        'barna 376 behov 376 betyr 376 bildene 376 d 376 delen 376 deler 376 deres 376 '
        'e 376 egne 376 enda 376 endelig 376 eventuelle 376 f 376 fastsatt 376 finner 376 '
        'fire 376 forbindelse 376 gamle 376 ganske 376 gikk 376 gis 376 gjør 376 gjøre 376 '
        'helt 376 henhold 376 hensyn 376 holde 376 hvert 376 hvis 376 hvordan 376 '
        'høgskolen 376 høsten 376 igjen 376 ingen 376 inntil 376 jan 376 jo 376 klart 376 '
        'konkrete 376 kultur 376 kun 376 kvinner 376 la 376 lag 376 lenger 376 levende 376 '
        'ligger 376 liv 376 lov 376 lære 376 mener 376 menn 376 meste 376 måte 376 '
        'måter 376 møte 376 navn 376 nett 376 ofte 376 person 376 posten 376 prøve 376 '
        'relativt 376 rom 376 sammenheng 376 satt 376 senere 376 sett 376 si 376 skole 376 '
        'skolen 376 skulle 376 snart 376 steder 376 stilling 376 stor 376 sykdom 376 t 376 '
        'tiltak 376 tok 376 trenger 376 tromsø 376 uke 376 ute 376 utviklet 376 vedtak 376 '
        'alltid 282 artikkel 282 as 282 avtale 282 begge 282 behandling 282 berg 282 '
        'betales 282 bidrag 282 blei 282 bok 282 dagen 282 danmark 282 drive 282 dyr 282 '
        'eksempel 282 ellers 282 endringene 282 eneste 282 fleste 282 form 282 '
        'forskjellige 282 forutsetter 282 fremst 282 frivillige 282 frode 282 '
        'grunnleggende 282 gud 282 heller 282 høyre 282 initiativ 282 innhold 282 '
        'internasjonalt 282 jobb 282 kommune 282 kroner 282 kurset 282 laget 282 '
        'lavere 282 lengre 282 like 282 lite 282 medlem 282 meget 282 minst 282 ned 282 '
        'nedenfor 282 nettet 282 nr 282 nødvendig 282 oktober 282 omfattende 282 '
        'oppgaver 282 organisasjoner 282 raskt 282 rekke 282 resultatet 282 '
        'rettigheter 282 saker 282 siden 282 skyldes 282 sør 282 tiden 282 tidlig 282 '
        'tidspunkt 282 tillegg 282 utarbeidet 282 vei 282 vel 282 vert 282 '
        'videregående 282 ville 282 årene 282 økende 282'), _table(
        'e 153245 r 86076 t 82588 n 77816 s 62831 i 61873 a 59053 l 54769 o 50323 d 43345 '
        'g 39712 k 39351 m 31885 v 25541 f 21564 u 18184 p 17949 b 15690 å 14280 h 13448 '
        'ø 9110 j 8984 y 7465 æ 1970 c 1717 w 524 x 253 z 199 q 72 ü 72 é 54')),
    'nl': ('latin', _table(
        'de 75537 van 35526 in 34492 het 32077 een 28111 en 23799 is 16470 zijn 11210 '
        'op 10434 voor 9744 met 9658 te 9054 door 8537 hij 8192 werd 7674 die 7502 '
        'dat 6812 als 6553 uit 6553 was 5777 deze 5519 bij 5174 aan 5088 er 4829 ook 4743 '
        'om 3880 niet 3794 tot 3708 wordt 3277 naar 3190 of 3190 dit 3104 maar 3104 '
        'worden 3104 naam 2932 dan 2759 eerst 2587 ze 2587 heeft 2414 soort 2242 zich 2242 '
        'gepubliceerd 2156 meer 2156 geldig 1983 nog 1983 wetenschappelijke 1983 kan 1897 '
        'haar 1811 familie 1725 twee 1638 zou 1638 al 1552 had 1552 onder 1552 werden 1552 '
        'andere 1466 geen 1466 jaren 1466 tijd 1466 waren 1466 eerste 1380 jaar 1380 '
        's 1380 weer 1380 echter 1293 grote 1293 na 1293 plaats 1293 tweede 1293 '
        'alleen 1207 km² 1207 tussen 1207 gemeente 1121 inwoners 1121 veel 1121 wel 1121 '
        'deel 1035 laatste 1035 toen 1035 zij 1035 alle 949 gaan 949 hebben 949 over 949 '
        'aantal 862 daar 862 eeuw 862 eigen 862 geschiedenis 862 groot 862 hem 862 hun 862 '
        'komt 862 moet 862 club 776 drie 776 gemaakt 776 nieuwe 776 per 776 tegen 776 '
        'the 776 waar 776 zeer 776 zelf 776 zo 776 elkaar 690 enkele 690 gebouwd 690 '
        'gebruikt 690 huis 690 komen 690 kreeg 690 kunnen 690 kwam 690 oppervlakte 690 '
        'vaak 690 vader 690 verschillende 690 weg 690 werk 690 één 690 album 604 '
        'bedraagt 604 konden 604 laten 604 moest 604 nederland 604 nemen 604 nu 604 '
        'seizoen 604 steeds 604 terug 604 vormen 604 wat 604 zal 604 zoals 604 af 517 '
        'amerikaanse 517 boek 517 daarnaast 517 der 517 dus 517 franse 517 gaat 517 '
        'ging 517 grootste 517 hier 517 hoogste 517 huidige 517 juli 517 keer 517 kon 517 '
        'land 517 leven 517 m 517 nam 517 nummer 517 rond 517 samen 517 staan 517 '
        'vanaf 517 vooral 517 waarvan 517 zien 517 band 431 begon 431 begonnen 431 '
        'bevolking 431 bevolkingsdichtheid 431 binnen 431 c 431 dorp 431 eerder 431 '
        'eindigde 431 enige 431 film 431 functie 431 gebruik 431 gehouden 431 gesloten 431 '
        'goed 431 goede 431 hadden 431 hand 431 hierdoor 431 hoewel 431 keversoort 431 '
        'kleine 431 later 431 lijst 431 live 431 maakt 431 mensen 431 mogelijk 431 '
        'nadat 431 new 431 omdat 431 oorlog 431 opnieuw 431 pas 431 periode 431 '
        'provincie 431 richting 431 serie 431 sinds 431 snel 431 soms 431 staten 431 '
        'telt 431 ter 431 toe 431 vanwege 431 vele 431 verenigde 431 viel 431 '
        'voormalige 431 vorm 431 aanvankelijk 345 afleveringen 345 altijd 345 '
        'archeologische 345 bedrijf 345 beide 345 beiden 345 bekend 345 bekende 345 '
        'benoemd 345 bestond 345 bezit 345 bijvoorbeeld 345 bleef 345 daarna 345 deed 345 '
        'departement 345 derde 345 diverse 345 dood 345 duidelijk 345 e 345 echte 345 '
        'eind 345 gebied 345 geboren 345 geheel 345 genoemd 345 genomen 345 geschreven 345 '
        'geval 345 geven 345 gevonden 345 grotendeels 345 grotere 345 haalde 345 hield 345 '
        'hiermee 345 huizen 345 inmiddels 345 insect 345 japan 345 juni 345 koning 345 '
        'krijgen 345 krijgt 345 la 345 laat 345 lage 345 landen 345 lange 345 leger 345 '
        'licht 345 loop 345 maakte 345 maken 345 meest 345 men 345 muziek 345 '
        'nederlandse 345 onderzoek 345 oorspronkelijk 345 oude 345 p 345 paar 345 '
        'persoon 345 proces 345 punt 345 regio 345 relatie 345 schreef 345 speelde 345 '
        'staat 345 stijl 345 tegenwoordig 345 terwijl 345 tijdens 345 toegevoegd 345 '
        'totaal 345 vanuit 345 verhalen 345 vier 345 vinden 345 vlaanderen 345 waarbij 345 '
        'waarna 345 waarop 345 wereld 345 werken 345 wil 345 zelfs 345 zichzelf 345 '
        'zodat 345 zowel 345 zuid 345 a 259 aanleiding 259 achter 259 afrika 259 '
        'amsterdam 259 and 259 belang 259 ben 259 bepalen 259 beschrijving 259 bestaan 259 '
        'bestaat 259 bevindt 259 bewaard 259 bleek 259 brug 259 brugge 259 centraal 259 '
        'contact 259 daarbij 259 december 259 delen 259 den 259 dertien 259 dezelfde 259 '
        'doordat 259 eenmaal 259 elateridae 259 ervaring 259 extra 259 france 259 gaf 259 '
        'gebouw 259 gelegen 259 geoff 259 hele 259 hierover 259 hiervan 259 jonge 259 '
        'kerk 259 kleur 259 kniptorren 259 langs 259 ligt 259 lijkt 259 los 259 '
        'meestal 259 meeste 259 meteen 259 mosdiertjes 259 n 259 natuurlijke 259 '
        'ontdekt 259 opgravingen 259 plaatsen 259 positie 259 probleem 259 reeks 259 '
        'rol 259 schedel 259 schrijft 259 sommige 259 systeem 259 t 259 ten 259 tijden 259 '
        'toegang 259 type 259 uiteindelijk 259 uitgebreid 259 verkocht 259 via 259 '
        'vierde 259 volgens 259 volledige 259 vrienden 259 vrouwen 259 waardoor 259 '
        'waarin 259 werkgever 259 werkte 259 wist 259 won 259 zes 259 zogenaamde 259 '
        'zonder 259 zouden 259 zuiden 259'), _table(
        'e 182902 n 92944 a 73954 i 70397 r 65650 t 64638 o 61114 d 57753 s 44620 l 39563 '
        'g 30263 h 26234 v 24472 m 22824 k 20377 u 19414 c 17016 p 16869 b 15841 w 14879 '
        'j 13606 z 11078 f 8663 y 2317 x 702 é 522 ë 522 q 212 ö 131 è 114 ü 98 á 65 í 49 '
        'ï 49')),
    'pl': ('latin', _table(
        'w 37429 na 20114 z 19285 i 18870 się 16174 do 13582 nie 12960 że 10368 to 9020 '
        'jest 7361 o 6947 od 5184 po 4873 a 4458 za 3940 ale 3629 jak 3525 tylko 3421 '
        'już 3318 dla 3007 przez 3007 są 3007 tym 2903 też 2696 będzie 2592 co 2488 '
        'jednak 2488 ich 2385 ma 2385 roku 2385 czy 2281 które 2281 bo 2074 być 1970 '
        'oraz 1970 jego 1866 lat 1866 tego 1763 tej 1763 był 1659 pod 1555 go 1452 '
        'przy 1452 gdy 1348 jeszcze 1348 który 1348 m 1348 może 1348 także 1348 było 1244 '
        'dobrze 1244 in 1244 mówi 1244 pracy 1244 proc 1244 ten 1244 teraz 1244 by 1140 '
        'będą 1140 jeśli 1140 których 1140 mają 1140 miasta 1140 niż 1140 polski 1140 '
        'został 1140 bez 1037 je 1037 polsce 1037 powiedział 1037 tak 1037 ze 1037 '
        'bardzo 933 dwóch 933 kiedy 933 która 933 którzy 933 można 933 nas 933 ponad 933 '
        'przed 933 temu 933 tych 933 u 933 więcej 933 jako 829 jej 829 lata 829 miasto 829 '
        'miał 829 mogą 829 należy 829 nawet 829 one 829 potem 829 r 829 również 829 '
        'sobie 829 trzeba 829 tys 829 wcześniej 829 właśnie 829 bowiem 726 ciągu 726 '
        'dwa 726 euro 726 kilka 726 lekarzy 726 lub 726 nam 726 natomiast 726 nowy 726 '
        'on 726 osób 726 pl 726 premiera 726 takich 726 takie 726 trzy 726 zawsze 726 '
        'związku 726 zł 726 była 622 były 622 czasu 622 dzieci 622 firmy 622 gdzie 622 '
        'miejscu 622 miejskiej 622 ona 622 podczas 622 prawa 622 później 622 sprawie 622 '
        'tyle 622 zdaniem 622 zdrowia 622 została 622 aby 518 albo 518 badania 518 '
        'chce 518 coraz 518 dni 518 drugi 518 dzięki 518 godz 518 głównie 518 im 518 '
        'inne 518 ja 518 jednym 518 ją 518 kolejny 518 kraju 518 maja 518 mam 518 mamy 518 '
        'marek 518 miejsce 518 między 518 niestety 518 nim 518 nowej 518 obok 518 oni 518 '
        'ostatnich 518 pan 518 partii 518 pieniędzy 518 pierwszym 518 pis 518 '
        'polskiego 518 prawie 518 prezydent 518 problemy 518 raz 518 sprawy 518 stanie 518 '
        'szpitala 518 ta 518 tam 518 terenie 518 trwają 518 trzech 518 udział 518 ul 518 '
        'uwagę 518 we 518 widać 518 żeby 518 życia 518 aż 415 białymstoku 415 całej 415 '
        'całości 415 chodzi 415 dodał 415 dużo 415 dziś 415 gdyż 415 grupy 415 głosów 415 '
        'innych 415 iż 415 jeden 415 jedną 415 koniec 415 którego 415 którym 415 '
        'miejsca 415 mimo 415 mln 415 możliwe 415 mu 415 muszę 415 my 415 nasz 415 nic 415 '
        'nich 415 nowych 415 ogóle 415 ojciec 415 pewno 415 pieniądze 415 pierwszy 415 '
        'pięć 415 polska 415 poniedziałek 415 porozumienia 415 powinien 415 poza 415 '
        'pozwala 415 pracowników 415 prawdopodobnie 415 proces 415 pytanie 415 radni 415 '
        'rady 415 rozmowy 415 sejmu 415 spotkania 415 spotkanie 415 spotkaniu 415 '
        'swoim 415 system 415 sytuacji 415 szef 415 szkole 415 szybko 415 taki 415 '
        'typu 415 udało 415 warszawa 415 warszawie 415 wciąż 415 wielu 415 wszystkich 415 '
        'wszystkie 415 wtedy 415 wynik 415 zarządu 415 zmian 415 znaczy 415 złotych 415 '
        'źle 415 akcja 311 akcji 311 andrzej 311 anna 311 b 311 badaniu 311 bardziej 311 '
        'centrum 311 choć 311 chwili 311 czas 311 częstotliwości 311 część 311 '
        'człowieka 311 dlatego 311 dnia 311 dodaje 311 dodatkowo 311 dopiero 311 dr 311 '
        'dwie 311 dyrektor 311 dziecko 311 dzieje 311 dziennik 311 europejskiego 311 '
        'firm 311 gazecie 311 gazeta 311 gazety 311 gry 311 ile 311 inwestycje 311 '
        'jedna 311 jednej 311 jedno 311 jesteśmy 311 kamil 311 kampanii 311 km 311 '
        'końca 311 kultury 311 latach 311 lekarze 311 meczów 311 mi 311 miejskiego 311 '
        'mieszkańców 311 mieście 311 międzynarodowych 311 moja 311 możliwości 311 '
        'możliwość 311 musi 311 nad 311 najpierw 311 niedawno 311 nikomu 311 nowego 311 '
        'nr 311 obaj 311 oczywiście 311 ok 311 okolicach 311 parlamentu 311 pisze 311 '
        'podkreślił 311 podobnie 311 polskich 311 polskiej 311 ponieważ 311 powinna 311 '
        'powodu 311 poziomie 311 pracownicy 311 pracę 311 praw 311 prezydentem 311 '
        'projektu 311 prokuratura 311 prokuratury 311 prowadzą 311 przecież 311 '
        'przedstawicielami 311 razie 311 ruchu 311 rynek 311 rywali 311 rzędu 311 '
        'samochodu 311 samym 311 siebie 311 sieci 311 sierpnia 311 sposób 311 '
        'społecznej 311 sprzed 311 spółki 311 stanowisko 311 swoich 311 szkody 311 '
        'szkoły 311 służby 311 temat 311 tradycyjnie 311 trochę 311 tu 311 tutaj 311 '
        'tysięcy 311 tłumaczy 311 urządzenia 311 urzędnicy 311 wczoraj 311 wiele 311 '
        'wisły 311 więc 311 większość 311 wokół 311 wraz 311 wsparcie 311 względu 311 '
        'wówczas 311 władze 311 wśród 311 zaczyna 311 zapowiadają 311 znacznie 311 '
        'znaleźć 311 zostało 311 zwrotu 311 złożyć 311 łodzi 311 łódź 311'), _table(
        'a 88889 i 82430 e 80300 o 76966 n 55233 z 55093 r 48529 w 47045 s 42367 t 39487 '
        'c 38073 y 36921 k 34704 d 34075 p 33080 m 27477 j 24177 u 23235 l 23025 ł 16287 '
        'b 14611 g 13581 ą 11102 ę 10282 h 9758 ż 8990 ó 8309 ś 5481 ć 4172 f 3142 ń 1763 '
        'ź 663 v 559 x 140')),
    'pt': ('latin', _table(
        'de 50096 a 35088 que 25768 o 24397 e 24260 do 17955 da 16310 com 14460 em 11171 '
        'para 10828 os 9252 não 8703 na 8566 no 8566 um 7881 uma 7675 se 7401 é 7333 '
        'por 7264 as 6510 mais 4934 ao 4660 dos 4386 mas 4043 como 3906 das 3906 cabo 3701 '
        'à 3358 já 3084 foi 3015 tem 3015 ou 2810 está 2536 pelo 2536 ser 2467 sua 2467 '
        'nos 2399 verde 2399 seu 2330 anos 2124 muito 2124 aos 2056 são 2056 ainda 1987 '
        'pela 1987 pode 1987 também 1987 acordo 1782 este 1782 esta 1713 close 1645 '
        'connection 1645 todos 1645 às 1645 emprego 1576 forma 1576 dia 1508 fazer 1508 '
        'ofertas 1508 ano 1371 entre 1371 há 1371 ter 1371 música 1302 vai 1302 bem 1234 '
        'ele 1234 pessoas 1234 date 1165 estão 1165 gmt 1165 nas 1165 num 1165 estar 1096 '
        'grande 1096 jul 1096 mesmo 1096 outros 1096 sapo 1096 vida 1096 alto 1028 '
        'depois 1028 feira 1028 hoje 1028 isso 1028 presidente 1028 content 959 essa 959 '
        'length 959 numa 959 parte 959 porque 959 quando 959 situação 959 tempo 959 '
        'deve 891 dias 891 melhor 891 menos 891 novo 891 palco 891 pesquisa 891 praia 891 '
        'suas 891 tudo 891 lhe 822 nacional 822 neste 822 net 822 onde 822 país 822 '
        'primeiro 822 salto 822 área 822 consultar 754 critérios 754 desenvolvimento 754 '
        'dispõe 754 diz 754 governo 754 ministro 754 mundo 754 nem 754 norte 754 sem 754 '
        'será 754 sim 754 usou 754 vicente 754 visita 754 assim 685 centro 685 dizer 685 '
        'dois 685 durante 685 estamos 685 foram 685 ilha 685 pouco 685 primeira 685 '
        'processo 685 quer 685 seus 685 social 685 tão 685 boa 617 cada 617 cidade 617 '
        'desde 617 disse 617 equipa 617 eu 617 formação 617 ganhar 617 me 617 minha 617 '
        'momento 617 nossa 617 nova 617 partir 617 projecto 617 qualidade 617 sempre 617 '
        'sociedade 617 todo 617 trabalho 617 têm 617 vez 617 vários 617 zona 617 água 617 '
        'aconteceu 548 apoio 548 aqui 548 através 548 até 548 campanha 548 enquanto 548 '
        'ensino 548 faz 548 homem 548 lo 548 maio 548 mil 548 mpd 548 nada 548 '
        'objectivo 548 portugal 548 principal 548 qualquer 548 s 548 sal 548 santiago 548 '
        'semana 548 sobre 548 só 548 três 548 verdianos 548 accept 480 algumas 480 '
        'alguns 480 além 480 apenas 480 bola 480 bom 480 brasil 480 cache 480 caso 480 '
        'cerca 480 control 480 dados 480 dentro 480 duas 480 encoding 480 energia 480 '
        'era 480 esse 480 estados 480 final 480 fora 480 geral 480 grupo 480 jovens 480 '
        'lei 480 mercado 480 milhões 480 mim 480 outras 480 partido 480 passada 480 '
        'países 480 plataforma 480 poder 480 pois 480 política 480 pontos 480 private 480 '
        'programa 480 proxy 480 revalidate 480 segunda 480 sentido 480 temos 480 thu 480 '
        'vary 480 várias 480 álbum 480 afirmou 411 agora 411 antes 411 aquele 411 '
        'brava 411 cidadãos 411 coisa 411 comunidade 411 conferência 411 conta 411 '
        'deixou 411 desta 411 detalhe 411 deu 411 evento 411 família 411 feita 411 '
        'horas 411 ilhas 411 importante 411 isto 411 jogador 411 josé 411 liga 411 '
        'maior 411 mesma 411 meu 411 ministra 411 momentos 411 nossos 411 nunca 411 '
        'nível 411 nós 411 paicv 411 passa 411 pelas 411 porto 411 povo 411 produtos 411 '
        'próximo 411 ribeira 411 senhor 411 serviços 411 sul 411 sun 411 tinha 411 '
        'turismo 411 verdiana 411 volta 411 vão 411 abril 343 actividades 343 acto 343 '
        'afirma 343 age 343 angola 343 benfica 343 blog 343 capacidade 343 casa 343 '
        'casos 343 cima 343 conforto 343 construção 343 cooperação 343 cultura 343 '
        'câmara 343 d 343 debate 343 declarações 343 deste 343 deus 343 dez 343 '
        'dificuldades 343 eles 343 encontra 343 escolas 343 europeia 343 euros 343 ex 343 '
        'facto 343 festa 343 fez 343 filme 343 fiquei 343 fogo 343 frango 343 ganhou 343 '
        'gestão 343 homens 343 idade 343 ipad 343 irá 343 jogo 343 junte 343 justiça 343 '
        'la 343 lado 343 local 343 lugar 343 manuel 343 março 343 muita 343 muitos 343 '
        'noite 343 novas 343 novos 343 organização 343 outra 343 pelos 343 pena 343 '
        'pessoa 343 posso 343 produção 343 pulseira 343 públicas 343 quem 343 '
        'realidade 343 relação 343 santos 343 segundo 343 segurança 343 seja 343 sendo 343 '
        'serviço 343 tema 343 teus 343 todas 343 tribunal 343 unidos 343 valor 343 ver 343 '
        'vezes 343 vitória 343 última 343 acho 274 altura 274 cultural 274 faça 274 '
        'grandes 274 lisboa 274 lopes 274 nicolau 274 nosso 274 ordem 274 passe 274 '
        'polícia 274 preço 274 pública 274 santo 274 saúde 274 show 274 tua 274'), _table(
        'a 124910 e 114718 o 105511 s 76314 r 65911 i 64095 d 54551 n 53889 t 49483 '
        'm 43598 c 40206 u 37052 l 29633 p 28831 v 14669 g 12867 f 11487 b 9868 q 8798 '
        'h 8109 ã 7883 ç 6363 á 4983 z 4012 é 3970 j 3942 í 2534 x 2210 ó 1802 ê 1408 '
        'õ 1380 ú 1281 à 1042 k 845 y 718 â 465 w 366 º 141 ô 113')),
    'ro': ('latin', _table(
        'de 53354 a 25436 în 18534 la 15355 cu 13726 şi 13028 si 12641 care 12330 '
        'este 12098 o 11400 din 11245 in 10547 pentru 9306 pe 8996 se 7832 mai 7600 '
        'un 7135 nu 6282 să 5739 ďż 5739 au 5273 ce 5041 ca 4808 fost 4575 sa 4498 '
        'sau 4265 i 4110 sunt 3567 al 3490 fi 3490 că 2869 va 2869 s 2714 ne 2637 '
        'prin 2637 acest 2559 am 2249 poate 2249 dar 1939 n 1939 multe 1861 cel 1784 '
        'noi 1784 aceasta 1706 timp 1706 foarte 1551 trebuie 1551 vor 1551 ale 1473 '
        'ani 1473 cele 1473 ei 1396 face 1396 lui 1396 ar 1318 atunci 1318 e 1318 fie 1318 '
        'le 1318 prima 1318 cadrul 1241 daca 1241 după 1241 iar 1241 are 1163 când 1163 '
        'doar 1163 fiecare 1163 loc 1163 sďż 1163 asemenea 1086 cea 1086 cum 1086 '
        'dupa 1086 spre 1086 toate 1086 unui 1086 lor 1008 mare 1008 mult 1008 dacă 931 '
        'l 931 partea 931 peste 931 pot 931 ï 931 anul 853 avut 853 bine 853 ia 853 '
        'numai 853 orice 853 parte 853 tot 853 unde 853 ai 775 an 775 astfel 775 '
        'asupra 775 calitate 775 cei 775 despre 775 fapt 775 fel 775 ii 775 ul 775 '
        'unei 775 unul 775 acesta 698 acum 698 dintre 698 doua 698 el 698 intr 698 '
        'lucru 698 nici 698 până 698 servicii 698 te 698 urma 698 vedere 698 îi 698 și 698 '
        'aceste 620 aici 620 asta 620 cand 620 ceea 620 celor 620 chiar 620 data 620 '
        'dumnezeu 620 ea 620 eu 620 faptul 620 moldova 620 noastre 620 nr 620 ora 620 '
        'putea 620 una 620 această 543 acestui 543 activitatea 543 alte 543 apoi 543 '
        'baza 543 c 543 catre 543 cercetare 543 există 543 fiind 543 firma 543 folosit 543 '
        'imediat 543 isi 543 m 543 munca 543 oferi 543 patru 543 primul 543 putem 543 '
        'special 543 îl 543 aceea 465 acestor 465 afara 465 ajuta 465 arta 465 atât 465 '
        'cat 465 cazul 465 codul 465 comanda 465 copii 465 către 465 cďż 465 da 465 '
        'dat 465 era 465 europa 465 exista 465 experienta 465 fara 465 insa 465 mi 465 '
        'mici 465 mod 465 moment 465 ori 465 perioadă 465 persoane 465 place 465 prea 465 '
        'prezenta 465 produs 465 publice 465 sale 465 site 465 sub 465 său 465 tip 465 '
        'tuturor 465 viata 465 zile 465 ½n 465 îşi 465 află 388 alta 388 asa 388 avea 388 '
        'aşa 388 ceva 388 datorită 388 deja 388 dezvoltarea 388 dintr 388 direct 388 '
        'două 388 drept 388 dvs 388 echipa 388 ele 388 erau 388 fac 388 fata 388 fără 388 '
        'gama 388 grup 388 important 388 inceput 388 intrare 388 intre 388 iti 388 '
        'iunie 388 locul 388 ma 388 mari 388 mea 388 non 388 nostru 388 pana 388 '
        'produse 388 punct 388 puteti 388 republica 388 scop 388 sediul 388 studii 388 '
        'sus 388 timpul 388 toată 388 utilizare 388 vă 388 vďż 388 zi 388 început 388 '
        'într 388 între 388 acelaşi 310 acestea 310 acestora 310 adaugă 310 afaceri 310 '
        'ajutorul 310 anului 310 astăzi 310 atat 310 auto 310 aţi 310 biserica 310 caz 310 '
        'cazare 310 centrul 310 ci 310 compania 310 crea 310 cresterea 310 cunoscut 310 '
        'cursuri 310 cât 310 cï 310 deci 310 diferite 310 etc 310 facut 310 felul 310 '
        'folosi 310 fotografii 310 funcţie 310 greu 310 ianuarie 310 idei 310 inclusiv 310 '
        'informatii 310 interesul 310 interior 310 internet 310 jucat 310 judeţului 310 '
        'limita 310 literară 310 lumii 310 luni 310 media 310 mediul 310 membru 310 '
        'mic 310 milioane 310 modul 310 momentul 310 mulţi 310 mă 310 naţională 310 '
        'necesare 310 nevoia 310 noua 310 nume 310 oameni 310 ocazie 310 ofera 310 '
        'oferim 310 oferite 310 oficial 310 omul 310 online 310 pare 310 perioada 310 '
        'permite 310 piatra 310 plata 310 poti 310 precum 310 prezent 310 probleme 310 '
        'procesul 310 produsele 310 profesor 310 program 310 pune 310 puţin 310 pďż 310 '
        'realizarea 310 repede 310 românească 310 românia 310 scopul 310 scurt 310 '
        'singur 310 sistemul 310 spatii 310 tara 310 timpului 310 tine 310 tineri 310 '
        'trimis 310 unor 310 uşor 310 vei 310 venit 310 veti 310 web 310 zona 310 '
        'împotriva 310 încă 310 şcolii 310 abia 233 academia 233 accesul 233 acea 233 '
        'apă 233 atins 233 bucurie 233 capacitate 233 conform 233 cultural 233 datele 233 '
        'decis 233 declarat 233 efect 233 forta 233 lasă 233 lei 233 martie 233 mďż 233 '
        'noastră 233 numele 233 numeroase 233 persoanele 233 pielii 233 politice 233 '
        'primele 233 privind 233 privire 233 publica 233 publicat 233 secret 233 '
        'societatea 233 stau 233 universitare 233'), _table(
        'e 122729 a 113586 i 109513 r 74938 t 72835 n 63035 u 56785 c 52907 l 48238 '
        'o 46568 s 43167 d 34023 p 31547 m 28340 f 13917 ă 13738 v 12007 g 8979 b 8950 '
        'z 7682 î 5996 ţ 5474 ş 4937 ď 3669 ż 3669 h 3326 j 2431 x 2327 â 2178 k 552 y 403 '
        'w 343 ï 343 ã 268 ț 239 ș 179 é 60')),
    'ru': ('cyrillic', _table(
        'и 36033 в 31715 не 20250 на 17272 что 11018 я 9232 с 9083 по 7594 это 7445 к 7147 '
        'как 6552 он 6403 но 6254 а 6105 все 5658 из 5658 у 5658 мы 5509 его 4914 то 4914 '
        'было 4169 за 4020 только 4020 так 3276 или 3127 для 2978 о 2978 они 2978 от 2978 '
        'если 2829 мне 2829 меня 2680 вы 2531 же 2382 были 2233 до 2233 еще 2233 '
        'когда 2233 ты 2233 ее 2085 можно 2085 ни 2085 есть 1936 себя 1936 время 1787 '
        'ему 1787 здесь 1787 бы 1638 которые 1638 после 1638 сейчас 1638 этого 1638 '
        'была 1489 вам 1489 даже 1489 них 1489 ну 1489 она 1489 просто 1489 тоже 1489 '
        'вот 1340 нас 1340 нет 1340 один 1340 под 1340 при 1340 там 1340 чтобы 1340 '
        'эти 1340 этот 1340 был 1191 ведь 1191 всего 1191 мог 1191 может 1191 надо 1191 '
        'него 1191 ничего 1191 своей 1191 со 1191 тебе 1191 уже 1191 будет 1042 во 1042 '
        'всех 1042 где 1042 им 1042 нам 1042 однако 1042 очень 1042 том 1042 человека 1042 '
        'чем 1042 этим 1042 именно 893 их 893 кто 893 лет 893 лишь 893 много 893 '
        'никогда 893 ним 893 раз 893 сам 893 через 893 более 744 буду 744 быть 744 '
        'всегда 744 года 744 делать 744 дело 744 должны 744 другие 744 знаю 744 каждый 744 '
        'кажется 744 ли 744 лучше 744 людей 744 нужно 744 одно 744 оно 744 первый 744 '
        'понятно 744 потом 744 потому 744 против 744 свои 744 своих 744 себе 744 '
        'стране 744 также 744 теперь 744 тогда 744 того 744 тут 744 хорошо 744 эту 744 '
        'всей 596 всем 596 всё 596 г 596 глаза 596 говорят 596 да 596 действительно 596 '
        'день 596 затем 596 значит 596 какой 596 конечно 596 кроме 596 между 596 место 596 '
        'мой 596 моя 596 нельзя 596 несколько 596 никак 596 нужен 596 одного 596 окно 596 '
        'очередь 596 почему 596 почти 596 поэтому 596 работы 596 решили 596 свое 596 '
        'сделать 596 сказал 596 сказать 596 сквозь 596 случае 596 снова 596 стали 596 '
        'станет 596 такие 596 таким 596 часов 596 чего 596 человеку 596 этой 596 этому 596 '
        'без 447 благодаря 447 больше 447 быстро 447 вид 447 вместе 447 вне 447 вода 447 '
        'вопросы 447 времени 447 вся 447 всякого 447 вышел 447 глазами 447 говорить 447 '
        'говоря 447 году 447 дальше 447 двадцать 447 двух 447 должен 447 другой 447 '
        'думал 447 желание 447 жизни 447 идут 447 кино 447 ко 447 которая 447 которое 447 '
        'которых 447 кстати 447 лица 447 лицо 447 люди 447 мама 447 многие 447 могли 447 '
        'могут 447 мое 447 новых 447 об 447 опять 447 остается 447 открывает 447 '
        'поехал 447 положение 447 понять 447 последний 447 процесс 447 работал 447 '
        'работать 447 равно 447 разговор 447 рядом 447 сами 447 самое 447 света 447 '
        'свою 447 сегодня 447 сердце 447 сил 447 силах 447 слово 447 смерти 447 '
        'смотрел 447 смотрит 447 сначала 447 совсем 447 солдат 447 состояние 447 счет 447 '
        'сша 447 такое 447 такой 447 тебя 447 тем 447 тех 447 тот 447 точно 447 три 447 '
        'увидел 447 удалось 447 хотя 447 хочу 447 чтоб 447 этом 447'), _table(
        'о 109841 е 86050 а 77211 и 71699 н 66352 т 63460 с 52902 в 47309 р 46763 л 43052 '
        'к 33176 м 31812 д 30311 п 28893 у 26710 я 21253 ы 20708 ь 19316 г 16697 з 16561 '
        'б 15579 ч 14815 й 11159 ж 9876 х 8840 ш 7039 ю 6821 ц 4938 щ 4038 э 3710 ф 2401 '
        'ё 518 ъ 191')),
    'sk': ('latin', _table(
        'a 33846 na 23182 sa 20772 v 18453 je 15393 s 10386 z 7789 aj 7418 to 6955 '
        'ako 6306 do 6306 o 6306 že 6120 si 5657 pre 5286 po 4451 ale 4358 sú 4173 '
        'som 3616 od 3524 za 3524 ktorý 3431 nie 3338 pri 3338 by 3060 čo 3060 k 2782 '
        'len 2782 sme 2596 už 2596 jeho 2411 alebo 2318 tak 2318 aby 2226 má 2226 vo 2226 '
        'bola 2040 keď 1947 ich 1855 ktoré 1855 ak 1762 ani 1762 až 1762 byť 1762 jej 1762 '
        'bol 1669 viac 1669 zo 1669 ho 1576 veľmi 1484 tu 1391 však 1391 roku 1298 či 1298 '
        'ktorá 1205 môže 1205 podľa 1205 tomu 1205 u 1205 bude 1113 i 1113 mi 1113 so 1113 '
        'sr 1113 toho 1113 ešte 1020 pred 1020 ste 1020 teda 1020 tiež 1020 bez 927 '
        'iba 927 kde 927 majú 927 medzi 927 mu 927 no 927 pod 927 sk 927 tejto 927 '
        'tento 927 vás 927 boli 835 mali 835 nás 835 potom 835 vám 835 všetko 835 ja 742 '
        'ju 742 mať 742 možno 742 možné 742 môžete 742 nám 742 okrem 742 pokiaľ 742 '
        'predaj 742 preto 742 rokov 742 svoje 742 tým 742 všetky 742 ďalej 742 c 649 '
        'deň 649 dá 649 každý 649 ktorí 649 lebo 649 možnosť 649 mňa 649 nachádza 649 '
        'najmä 649 niečo 649 proti 649 svoj 649 teraz 649 tomto 649 vlastne 649 vďaka 649 '
        'asi 556 bolo 556 budú 556 celý 556 cesta 556 keby 556 ktorých 556 ku 556 '
        'mieste 556 nad 556 počas 556 pretože 556 práve 556 pár 556 r 556 rok 556 '
        'samozrejme 556 sebe 556 slovensku 556 služby 556 strany 556 svojich 556 tom 556 '
        'toto 556 týchto 556 vody 556 vždy 556 zatiaľ 556 byt 464 cena 464 cez 464 '
        'chcel 464 chcete 464 domov 464 dňa 464 e 464 hlavne 464 hra 464 ide 464 '
        'informácie 464 iných 464 jedna 464 jedného 464 klientov 464 ktorej 464 kvôli 464 '
        'lepšie 464 menej 464 mesta 464 máte 464 môj 464 nakoniec 464 naozaj 464 nej 464 '
        'neskôr 464 nich 464 niekoľko 464 nič 464 nový 464 prosím 464 príbeh 464 pán 464 '
        'spoločnosti 464 stojí 464 sveta 464 ten 464 túto 464 veľa 464 všetkých 464 '
        'základe 464 časti 464 často 464 ľahko 464 aké 371 auta 371 bytu 371 cd 371 '
        'celkom 371 ceny 371 cirkvi 371 deti 371 dnes 371 dní 371 dobu 371 domu 371 '
        'druhý 371 eur 371 firmy 371 galéria 371 hlavy 371 hneď 371 hodín 371 im 371 j 371 '
        'jozef 371 km 371 krát 371 ktorého 371 kým 371 mal 371 množstvo 371 mohli 371 '
        'my 371 myslím 371 mám 371 môžeme 371 môžu 371 najviac 371 napr 371 napríklad 371 '
        'naša 371 nebude 371 nemá 371 niektorí 371 nikdy 371 novembra 371 nové 371 '
        'nášho 371 ním 371 oblasti 371 opäť 371 podmienky 371 pokojne 371 pomaly 371 '
        'pomerne 371 ponuka 371 potrebujete 371 požiadavky 371 praktické 371 predám 371 '
        'priamo 371 pričom 371 problém 371 produkt 371 prvý 371 rodičia 371 rokoch 371 '
        'rýchlo 371 skupiny 371 skôr 371 slovenskej 371 stala 371 stránka 371 stránku 371 '
        'sv 371 svete 371 svojho 371 taška 371 totiž 371 tovar 371 treba 371 tri 371 '
        'trochu 371 určite 371 veľký 371 vrátane 371 vysoko 371 využiť 371 výrazne 371 '
        'výsledky 371 všetci 371 web 371 x 371 zároveň 371 údajov 371 ľudia 371 ľudí 371 '
        'žiadne 371 biele 278 bratislava 278 celú 278 cenu 278 charakter 278 chcú 278 '
        'close 278 connection 278 d 278 denník 278 dieťa 278 dieťaťa 278 dokonca 278 '
        'dostali 278 dostupná 278 dve 278 dvoch 278 európe 278 funkcie 278 hry 278 '
        'info 278 inzercia 278 istý 278 ivan 278 jeden 278 jedine 278 jednej 278 jedno 278 '
        'jednoducho 278 jednoduché 278 jedná 278 jedným 278 júna 278 každého 278 kedy 278 '
        'klubu 278 knihy 278 komentár 278 ktorú 278 ktorým 278 kupujúci 278 ma 278 '
        'miesto 278 milan 278 najnižšie 278 naplno 278 našich 278 neho 278 nemal 278 '
        'nemala 278 niekto 278 novú 278 názov 278 obzvlášť 278 online 278 osobne 278 '
        'podarilo 278 podobe 278 podobne 278 pokračovanie 278 pomocou 278 ponúka 278 '
        'ponúkame 278 popis 278 povinný 278 počasie 278 pravidlá 278 prostredníctvom 278 '
        'práce 278 práci 278 prácu 278 práva 278 prípade 278 republiky 278 rozdiely 278 '
        'rozhodnutia 278 spoločnosť 278 starých 278 stránok 278 stále 278 svet 278 '
        'svojej 278 svoju 278 systému 278 súčasnosti 278 takto 278 tam 278 tieto 278 '
        'tzv 278 tú 278 veku 278 veľké 278 veľkých 278 vhodná 278 výsledok 278 zdravie 278 '
        'ze 278 zle 278 zmien 278 značky 278 záujem 278 úplne 278 č 278 čas 278 čierny 278 '
        'ďalšou 278 ďalší 278 ľahšiu 278 žena 278 život 278 živote 278'), _table(
        'o 91340 a 89834 e 83495 n 63630 i 56806 r 50849 t 48216 s 44060 v 42310 k 37877 '
        'l 35365 m 33980 d 33911 p 33253 u 26602 c 24177 h 22393 j 20471 á 19259 z 18479 '
        'b 17440 y 15726 ý 10998 í 10876 č 10184 ž 8850 š 8711 ú 7915 é 6876 ť 5923 ľ 4087 '
        'f 4070 g 3412 ô 2130 ň 1334 ď 1316 ó 1264 x 831 w 814 ä 745 ĺ 69 ŕ 52')),
    'sl': ('latin', _table(
        'je 30079 in 27593 v 18930 na 18609 za 14599 se 14518 da 12353 ki 10428 pa 9625 '
        'so 8823 z 8422 ne 7781 s 7781 tudi 6658 bi 5454 bo 5134 po 4572 ali 4492 pri 4251 '
        'o 4171 do 4011 od 4011 še 4011 iz 3850 lahko 3850 ni 3690 če 3529 že 3529 '
        'kot 3128 si 3128 to 3048 smo 2888 med 2727 tem 2487 ko 2326 sem 2326 ter 2166 '
        'ga 2086 kar 2086 ob 2086 jih 2005 tako 2005 bodo 1925 ker 1845 a 1765 bil 1765 '
        'gmt 1765 ima 1765 date 1684 kaj 1684 nekaj 1684 tega 1684 samo 1524 nas 1444 '
        'zelo 1444 bila 1364 net 1364 oct 1364 pred 1364 vendar 1364 vse 1364 bolj 1283 '
        'close 1283 connection 1283 proti 1203 saj 1203 ta 1203 zaradi 1203 leta 1123 '
        'naj 1123 več 1123 bomo 1043 glede 1043 jo 1043 k 1043 le 1043 mi 1043 strani 1043 '
        'svoje 1043 zato 1043 ampak 963 danes 963 kako 963 veliko 963 bilo 882 dan 882 '
        'najprej 882 namreč 882 nov 882 predvsem 882 res 882 slovenije 882 vam 882 vas 882 '
        'vseh 882 drugi 802 jaz 802 kjer 802 nam 802 svojo 802 torej 802 vedno 802 '
        'časa 802 brez 722 d 722 dobro 722 dveh 722 imamo 722 lepo 722 nisem 722 '
        'objavljeno 722 prav 722 sta 722 storitev 722 te 722 času 722 avto 642 boste 642 '
        'com 642 gre 642 leto 642 mogoče 642 najbolj 642 napisal 642 način 642 niso 642 '
        'poleg 642 vašo 642 vsem 642 zakaj 642 bili 561 bom 561 del 561 dela 561 delo 561 '
        'malo 561 mestu 561 namene 561 no 561 potem 561 raziskave 561 treba 561 tri 561 '
        'ur 561 čim 561 analizo 481 biti 481 celo 481 dovolj 481 drugo 481 e 481 ena 481 '
        'eno 481 geslom 481 gospod 481 izboljšujemo 481 jim 481 kakšno 481 kdaj 481 '
        'kdo 481 let 481 ljudi 481 mislim 481 največ 481 nihče 481 nikoli 481 nič 481 '
        'obiska 481 oglaševanja 481 oziroma 481 piškotke 481 pomeni 481 portal 481 '
        'preveč 481 rabe 481 racunovodja 481 rad 481 rešitev 481 sami 481 sat 481 '
        'sicer 481 slovenija 481 spet 481 spleta 481 sploh 481 sredstev 481 ste 481 '
        'svetu 481 svojega 481 telefonsko 481 uporablja 481 čas 481 content 401 desus 401 '
        'druge 401 drugih 401 drugim 401 enem 401 eu 401 foto 401 govoril 401 jul 401 '
        'kateri 401 kmalu 401 konec 401 length 401 lighttpd 401 ljubljana 401 maj 401 '
        'mar 401 me 401 mesto 401 mnenje 401 možnosti 401 mu 401 nad 401 njegovi 401 '
        'njegovo 401 njihove 401 nove 401 novih 401 obstaja 401 odlično 401 osnovi 401 '
        'oz 401 očitno 401 pač 401 pogodbe 401 pomembno 401 posebno 401 poslali 401 '
        'potrebno 401 preko 401 preprosto 401 pridružen 401 problem 401 projekt 401 '
        'prvi 401 ravno 401 re 401 rs 401 sama 401 sebi 401 server 401 skoraj 401 sms 401 '
        't 401 tisti 401 uporabe 401 vašim 401 vnesite 401 vodi 401 vsega 401 zmago 401 '
        'čeprav 401 čez 401 številko 401 agencija 321 aktivnosti 321 c 321 daleč 321 '
        'dni 321 drugega 321 dve 321 enostavno 321 fri 321 hišo 321 hotela 321 i 321 '
        'imajo 321 ime 321 imel 321 imeli 321 itd 321 izdelki 321 katere 321 katerimi 321 '
        'kljub 321 letu 321 ljubljani 321 mestne 321 mon 321 moral 321 morda 321 more 321 '
        'moč 321 naprej 321 naslov 321 nato 321 naše 321 nekateri 321 novo 321 '
        'odločitev 321 okoli 321 oktobra 321 oseba 321 otroci 321 otrok 321 otroke 321 '
        'pm 321 pod 321 področju 321 pogosto 321 položaj 321 pomočjo 321 popolnoma 321 '
        'poznajo 321 primeru 321 projekta 321 prosim 321 prve 321 prvič 321 raje 321 '
        'razpis 321 razvoj 321 rekel 321 sam 321 sezoni 321 sistema 321 slovenske 321 '
        'slovenskega 321 spletne 321 srca 321 sredstva 321 stranka 321 sun 321 svet 321 '
        'teh 321 temu 321 temveč 321 težav 321 tiste 321 tleh 321 tu 321 uporabo 321 '
        'uro 321 vaš 321 vedel 321 velja 321 vem 321 večja 321 vlada 321 vlade 321 '
        'vodja 321 vprašanja 321 vsak 321 vsi 321 zakon 321 začela 321 zdaj 321 '
        'zgodilo 321 zvezi 321 čisto 321 šlo 321 želijo 321 blizu 241 drug 241 države 241 '
        'film 241 izbira 241 izobraževanje 241 kolega 241 konca 241 letih 241 '
        'mednarodni 241 meje 241 mesta 241 minister 241 mladih 241 najboljši 241 '
        'napako 241 njej 241 njih 241 njihovi 241 noge 241 obe 241 obenem 241 oblasti 241 '
        'odločil 241 pomaga 241 prava 241 pravi 241 pravijo 241 precej 241 prek 241 '
        'prodajajo 241 prvem 241 skupaj 241 slovenskih 241 sodišče 241 stanje 241 '
        'stvari 241 tej 241 uspešno 241 vsakega 241 zagotovo 241 zasebni 241 začnejo 241 '
        'zunaj 241 čimer 241'), _table(
        'a 103786 e 101141 o 93771 i 88649 n 69140 r 53819 s 48544 t 48147 l 43682 j 40609 '
        'v 40609 p 35946 k 35487 d 35380 m 31588 z 21237 u 20687 b 18470 g 15305 č 13440 '
        'h 10596 c 10580 š 8853 ž 5948 f 2737 w 581 y 443 x 398 ć 153 è 107 q 76 ö 46')),
    'sv': ('latin', _table(
        'och 35268 i 30138 att 23298 en 20413 för 19985 som 15710 på 15283 av 14855 '
        'är 14321 till 14107 med 13680 det 12718 har 10153 om 9191 ett 8763 den 8443 '
        'de 6626 kan 6519 från 5985 vi 5344 inte 4809 man 4595 eller 4168 du 3847 sig 3313 '
        'så 3313 var 3206 finns 2992 jag 2992 han 2779 vid 2779 olika 2672 detta 2565 '
        'men 2458 när 2458 ska 2351 efter 2244 där 2137 andra 2031 få 2031 vara 2031 '
        'även 2031 mot 1924 ut 1924 genom 1817 hur 1817 här 1817 mycket 1817 många 1817 '
        'nu 1817 mellan 1710 också 1710 under 1710 vill 1710 denna 1603 får 1603 hela 1603 '
        'oss 1603 sverige 1603 alla 1496 del 1496 dig 1496 inom 1496 över 1496 in 1389 '
        'mer 1389 skall 1389 skulle 1389 ge 1282 ger 1282 gör 1282 hade 1282 kommer 1282 '
        'nya 1282 s 1282 samt 1282 stora 1282 år 1282 per 1176 sin 1176 vår 1176 allt 1069 '
        'bra 1069 något 1069 ta 1069 annan 962 bara 962 blev 962 bli 962 både 962 '
        'innebär 962 kunna 962 ny 962 personer 962 samma 962 se 962 stor 962 vad 962 '
        'våra 962 bör 855 delar 855 då 855 går 855 ha 855 hans 855 kommun 855 kort 855 '
        'svenska 855 vilket 855 än 855 antal 748 använda 748 blir 748 dessa 748 din 748 '
        'eu 748 göra 748 hon 748 idag 748 ingår 748 komma 748 måste 748 ni 748 sedan 748 '
        'stockholm 748 t 748 tid 748 tre 748 ytterligare 748 ännu 748 annat 641 dag 641 '
        'e 641 ex 641 fick 641 frågor 641 första 641 information 641 ju 641 lärare 641 '
        'mig 641 möjlighet 641 möjligheter 641 person 641 projekt 641 sina 641 skolan 641 '
        'studier 641 står 641 sätt 641 utan 641 väl 641 a 534 ab 534 aktiviteter 534 '
        'barn 534 behöver 534 beslut 534 blivit 534 brukar 534 början 534 ca 534 dem 534 '
        'dess 534 dock 534 därför 534 ej 534 eleverna 534 enligt 534 fram 534 fråga 534 '
        'fått 534 helt 534 hjälp 534 hos 534 kanske 534 krav 534 ligger 534 lite 534 '
        'läsa 534 lång 534 mål 534 någon 534 ord 534 senare 534 själv 534 största 534 '
        'två 534 upp 534 usa 534 utveckla 534 varje 534 verksamhet 534 via 534 vilka 534 '
        'af 427 ansökan 427 använder 427 arbete 427 behandlar 427 behandling 427 behov 427 '
        'bil 427 bland 427 bättre 427 började 427 dessutom 427 direkt 427 ekonomiska 427 '
        'elever 427 erbjuder 427 finner 427 fler 427 flera 427 fortfarande 427 frågan 427 '
        'förslag 427 gamla 427 ges 427 gick 427 gäller 427 handlar 427 internet 427 '
        'intresse 427 klicka 427 kom 427 kring 427 kunde 427 kunskap 427 känner 427 '
        'köpa 427 lokala 427 längre 427 lära 427 läs 427 låg 427 min 427 mindre 427 '
        'minst 427 mitt 427 namn 427 nuvarande 427 post 427 poäng 427 problem 427 risk 427 '
        'runt 427 rätt 427 samarbete 427 skicka 427 slutet 427 subject 427 svensk 427 '
        'sweden 427 sådana 427 såväl 427 talet 427 tar 427 telefon 427 text 427 '
        'tidigare 427 uppgifter 427 utbildning 427 vet 427 visar 427 vissa 427 vuxna 427 '
        'ändå 427 årets 427 åt 427 alternativ 321 angavs 321 antalet 321 augusti 321 '
        'behövs 321 beräknas 321 består 321 besök 321 betydelse 321 bild 321 bl 321 '
        'bort 321 bygga 321 bäst 321 bästa 321 båda 321 dagen 321 dagens 321 dags 321 '
        'deras 321 diabetes 321 dokument 321 därmed 321 effektivt 321 egen 321 eget 321 '
        'egna 321 emot 321 endast 321 europa 321 extra 321 fall 321 form 321 forskning 321 '
        'fortsätta 321 funktioner 321 föreslår 321 grupp 321 grupper 321 gärna 321 gå 321 '
        'göras 321 heller 321 hitta 321 hjälper 321 håll 321 ifrån 321 ihop 321 info 321 '
        'ingen 321 inget 321 innan 321 inspiration 321 internationell 321 juni 321 '
        'just 321 kommande 321 kommit 321 kommuner 321 kompetens 321 kontakta 321 '
        'kontor 321 kontroll 321 kr 321 kunskaper 321 kurser 321 land 321 landets 321 '
        'lika 321 lilla 321 lägga 321 lämna 321 marknaden 321 maskiner 321 matchen 321 '
        'mera 321 metoder 321 ner 321 norrköping 321 numera 321 nästa 321 ofta 321 '
        'omfattning 321 osv 321 p 321 patienter 321 plats 321 pris 321 rapport 321 '
        'regeringen 321 råd 321 samband 321 september 321 sett 321 sidan 321 sidor 321 '
        'sikt 321 sjukvården 321 självklart 321 skapa 321 skull 321 skydd 321 snabbt 321 '
        'solen 321 speciell 321 stort 321 stöd 321 större 321 säker 321 särskild 321 '
        'tog 321 ungdomar 321 ur 321 varför 321 vars 321 vatten 321 viktig 321 viktiga 321 '
        'växande 321 året 321 önskar 321'), _table(
        'e 96893 a 89305 n 84706 t 84435 r 84318 s 63146 i 58179 l 54162 o 42867 d 42382 '
        'm 35454 k 34833 g 31418 v 23442 f 22103 ä 20007 u 19697 h 19386 p 17931 ö 16010 '
        'b 15466 å 14962 c 13293 j 6928 y 6035 x 1514 w 640 z 252 é 78 q 58')),
    'th': ('thai*', _table(
        'า 78281 ร 75813 น 58460 ก 44808 ั 37267 ม 35606 อ 35179 ง 33336 ่ 31888 เ 30731 '
        'ย 28293 ว 27866 ส 26023 ิ 25505 ี 24773 ้ 24301 ท 23463 ล 23174 บ 21970 ด 20294 '
        'ค 20020 ต 19563 ะ 19471 ป 18649 พ 15799 ห 15662 จ 14413 ช 14306 ุ 13331 แ 11366 '
        'ศ 10147 ข 10040 ์ 10025 ำ 9096 ื 8471 ู 8349 โ 7115 ธ 6734 ไ 6079 ณ 6003 ใ 5972 '
        'ผ 5500 ภ 5150 ษ 5028 ึ 3916 ็ 3580 ญ 3200 ถ 3062 ซ 1783 ฟ 1432 ฐ 1402 ฒ 1143 '
        'ฉ 960 ฯ 960 ฏ 884 ฤ 792 ฝ 716 ฎ 548 ฬ 457 ๆ 427'), _table(
        'า 96878 ร 93823 น 72347 ก 55453 ม 44064 อ 43536 ง 41255 เ 38031 ย 35014 ว 34486 '
        'ส 32205 ท 29037 ล 28679 บ 27189 ด 25115 ค 24776 ต 24210 ะ 24097 ป 23079 พ 19553 '
        'ห 19383 จ 17837 ช 17705 แ 14066 ศ 12558 ข 12426 ำ 11257 โ 8805 ธ 8334 ไ 7523 '
        'ณ 7429 ใ 7391 ผ 6807 ภ 6373 ษ 6222 ญ 3960 ถ 3790 ซ 2206 ฟ 1772 ฐ 1735 ฒ 1414 '
        'ฉ 1188 ฯ 1188 ฏ 1094 ฤ 980 ฝ 886 ฎ 679 ฬ 566 ๆ 528 ฑ 453 ฮ 321 ฆ 283')),
    'tr': ('latin', _table(
        've 37158 bir 16473 bu 15069 için 7675 da 7020 ile 6926 olarak 5990 de 4773 '
        'en 3089 olan 3089 daha 2995 çok 2995 sonra 2902 her 2527 gibi 2153 '
        'tarafından 2059 üniversitesi 2059 e 1872 ilgili 1872 veya 1872 bilgi 1778 '
        'kadar 1778 büyük 1685 göre 1685 türkiye 1591 yeni 1591 eğitim 1498 genel 1498 '
        'ne 1498 olmak 1498 nin 1404 olduğu 1404 yıl 1404 içinde 1310 prof 1310 tüm 1310 '
        'üzere 1310 ilk 1217 ise 1217 kurulu 1217 sosyal 1217 uygun 1217 ya 1217 yer 1217 '
        'önemli 1217 a 1123 ancak 1123 ayrıca 1123 eðitim 1123 fakat 1123 farklı 1123 '
        'gün 1123 iki 1123 son 1123 türk 1123 yüksek 1123 önce 1123 şekilde 1123 alan 1030 '
        'anadolu 1030 belediye 1030 bulunan 1030 edilen 1030 fazla 1030 o 1030 yýl 1030 '
        'yılında 1030 üzerine 1030 aynı 936 birlikte 936 dünya 936 düzenlenen 936 '
        'gerekli 936 i̇stanbul 936 kendi 936 nda 936 olduğunu 936 tarihinde 936 un 936 '
        'yönetim 936 üç 936 başkanı 842 bütün 842 eden 842 günü 842 ifade 842 in 842 '
        'iş 842 kez 842 ki 842 milli 842 sayılı 842 su 842 süre 842 uygulama 842 zaman 842 '
        'öğretim 842 üzerinde 842 aile 749 akademik 749 birçok 749 bugün 749 destek 749 '
        'devam 749 devlet 749 dikkat 749 fakültesi 749 gerçek 749 iyi 749 tek 749 '
        'yönelik 749 çalışma 749 özel 749 öğrenci 749 avrupa 655 belirli 655 bin 655 '
        'biri 655 birinci 655 bunun 655 dedi 655 değil 655 diğer 655 gerek 655 '
        'hakkında 655 haline 655 hem 655 hizmet 655 kabul 655 lisans 655 madde 655 '
        'posta 655 sadece 655 tam 655 tarafýndan 655 teknik 655 ticaret 655 '
        'uluslararası 655 yapmak 655 yine 655 ülke 655 arasýnda 562 arasında 562 başka 562 '
        'bunu 562 burada 562 bünyesinde 562 den 562 doğum 562 dönem 562 eder 562 etmek 562 '
        'etti 562 hangi 562 i 562 ihtiyaç 562 i̇l 562 kadın 562 karar 562 karşı 562 '
        'konu 562 konuda 562 lisesi 562 meclis 562 meslek 562 nun 562 nýn 562 nın 562 '
        'olacak 562 oluşan 562 sayýlý 562 sağlık 562 tarihi 562 temel 562 teslim 562 '
        'toplam 562 vardır 562 yapılan 562 ait 468 allah 468 ankara 468 arama 468 ay 468 '
        'ayrı 468 az 468 başkan 468 belediyesi 468 ben 468 beş 468 bilgiler 468 '
        'bilgisayar 468 biz 468 bizler 468 bölüm 468 büyükşehir 468 cevap 468 '
        'cumhuriyet 468 daki 468 dolu 468 edilmesi 468 ekip 468 elektronik 468 eski 468 '
        'eğer 468 geldi 468 gelen 468 gelir 468 geri 468 gören 468 görev 468 hastanesi 468 '
        'hızlı 468 il 468 itibaren 468 işbirliği 468 kamu 468 kitap 468 kocaeli 468 '
        'kredi 468 kullanarak 468 kurum 468 kültür 468 kültürel 468 merkezi 468 na 468 '
        'nasıl 468 nde 468 olması 468 olup 468 ortaya 468 proje 468 saat 468 sonraki 468 '
        'süresi 468 toplumsal 468 var 468 yapan 468 yeniden 468 yok 468 yıllık 468 '
        'adına 374 alanda 374 ali 374 ama 374 amerika 374 anabilim 374 araþtýrma 374 '
        'araştırma 374 atatürk 374 aziz 374 bana 374 bazı 374 bağlı 374 başarı 374 '
        'başvuru 374 belgesi 374 bile 374 bilimsel 374 birliği 374 bizim 374 bölge 374 '
        'bölümü 374 dan 374 değildir 374 diye 374 dolayı 374 doğrultuda 374 durumda 374 '
        'dönemde 374 edecek 374 ederek 374 edilir 374 edilmiştir 374 ekim 374 el 374 '
        'elektrik 374 eskişehir 374 geniş 374 gerekmektedir 374 gerçekleştirilen 374 '
        'geçen 374 grup 374 güvenliği 374 güç 374 hale 374 halinde 374 haziran 374 '
        'hizmeti 374 hukuk 374 ibaresi 374 ikinci 374 ilgi 374 ilişkin 374 içerik 374 '
        'i̇lk 374 kanununun 374 kararı 374 kişiler 374 kontrol 374 konusu 374 kýsa 374 '
        'mehmet 374 meydana 374 milletimizin 374 milyar 374 müdürü 374 mühendislik 374 '
        'mümkün 374 neden 374 nedenle 374 okundu 374 olabilir 374 olduğuna 374 olmayan 374 '
        'olsun 374 olursa 374 personel 374 rektörü 374 satış 374 sonrası 374 sonunda 374 '
        'strateji 374 söyledi 374 sınav 374 tabii 374 takip 374 talep 374 tipi 374 '
        'türkçe 374 uygulaması 374 vb 374 veren 374 veri 374 verilir 374 yayınlandı 374 '
        'yaşam 374 ye 374 yerel 374 yerine 374 yi 374 yönetimi 374 çünkü 374 öğrenme 374 '
        'ürün 374 ürünlerin 374 alınan 281 alır 281 anda 281 antik 281 açık 281 açılış 281 '
        'başkanlığı 281 belirten 281 bireylerin 281 bulunur 281 denetim 281 derneği 281 '
        'dersin 281 dönemi 281 dünyanın 281 erdoğan 281 etik 281 etkinlik 281 '
        'faaliyetlerini 281 geliştirme 281 genç 281 güçlü 281 hallerde 281 hizmetleri 281 '
        'inci 281 i̇ş 281 kasım 281 kesinlikle 281 kolay 281 konularda 281 kurulan 281 '
        'kurumu 281 merkezinde 281 mevcut 281 para 281 paralel 281 sorumlu 281 sunulur 281 '
        'sürecinde 281 sürekli 281 tarihinden 281 ulusal 281 verileri 281 yapýlan 281 '
        'yapılmaktadır 281 yapılır 281 yasal 281 yılından 281 çıkan 281 öðrencilerin 281 '
        'öðretim 281 öğrencilerin 281 ü 281 ücreti 281 üst 281'), _table(
        'a 113279 e 100118 i 92025 l 74065 r 72770 n 71123 k 45703 d 38947 t 37821 m 37032 '
        'ı 33387 s 32176 u 30431 y 27489 o 22281 b 21929 ü 18228 z 13963 g 12738 ý 12724 '
        'v 12175 ş 11640 h 10008 c 9628 ç 9107 p 8811 ö 7981 ğ 7798 f 6109 þ 3927 ð 2477 '
        'j 929 â 408 w 253 î 141 x 127 ä 99 ÿ 70')),
    'uk': ('cyrillic', _table(
        'і 23168 на 17778 в 15792 у 14657 з 14468 не 11253 що 10307 до 10118 та 9456 '
        'а 7376 за 5863 для 5390 про 5296 й 5106 як 4823 це 4255 його 3972 від 3783 '
        'але 3688 він 3121 є 3121 тому 2837 я 2837 із 2648 її 2648 то 2553 може 2270 '
        'р 2270 чи 2175 які 2175 їх 2175 по 2080 вони 1986 ж 1986 так 1986 цього 1986 '
        'або 1891 якщо 1891 коли 1797 лише 1797 після 1797 ще 1797 вона 1702 того 1702 '
        'україни 1702 щоб 1702 ми 1608 час 1608 також 1513 було 1418 має 1418 року 1418 '
        'був 1324 дуже 1324 бо 1229 були 1229 бути 1229 всі 1229 тільки 1229 хто 1229 '
        'яка 1229 зі 1135 м 1135 об 1135 ст 1135 який 1135 все 1040 де 1040 них 1040 '
        'при 1040 років 1040 саме 1040 той 1040 вже 946 життя 946 собі 946 те 946 '
        'тобто 946 інших 946 б 851 без 851 можна 851 можуть 851 навіть 851 ні 851 п 851 '
        'пам 851 свою 851 тут 851 цих 851 через 851 інші 851 була 757 більше 757 '
        'діяльності 757 людини 757 необхідно 757 неї 757 одного 757 рішення 757 с 757 '
        'свої 757 себе 757 ти 757 тоді 757 ті 757 цей 757 цьому 757 щодо 757 якого 757 '
        'багато 662 ви 662 день 662 дітей 662 значення 662 кожен 662 людей 662 над 662 '
        'ним 662 нього 662 питання 662 потрібно 662 проте 662 під 662 роботи 662 своїх 662 '
        'собою 662 такі 662 там 662 тим 662 треба 662 цієї 662 яких 662 буде 567 '
        'виконання 567 дитина 567 дослідження 567 завдання 567 завдяки 567 йому 567 '
        'люди 567 освіти 567 основі 567 перед 567 пов 567 поки 567 положення 567 '
        'поняття 567 права 567 право 567 проти 567 разом 567 році 567 своєю 567 свій 567 '
        'сьогодні 567 таке 567 три 567 уже 567 хоч 567 хоча 567 хоче 567 церкви 567 ці 567 '
        'якому 567 інформації 567 боку 473 будь 473 біля 473 варто 473 використання 473 '
        'всіх 473 двох 473 дитини 473 досить 473 зміни 473 зобов 473 зокрема 473 краще 473 '
        'крім 473 мати 473 мене 473 між 473 н 473 навчання 473 наприклад 473 народу 473 '
        'немає 473 о 473 однак 473 ось 473 повинен 473 проект 473 просто 473 процес 473 '
        'роль 473 свого 473 систему 473 складається 473 слово 473 спосіб 473 такий 473 '
        'учнів 473 форм 473 формування 473 х 473 чого 473 чотири 473 широко 473 якої 473 '
        'яку 473 багатьох 378 би 378 більш 378 більшість 378 вас 378 власності 378 '
        'власної 378 відбувається 378 галузі 378 говорити 378 голова 378 групою 378 '
        'дві 378 державного 378 дисципліни 378 дій 378 жінка 378 завжди 378 закон 378 '
        'зв 378 знає 378 класів 378 кого 378 кожна 378 кожного 378 людина 378 '
        'літератури 378 майно 378 маленький 378 мало 378 мають 378 метою 378 '
        'можливості 378 молоді 378 міста 378 нова 378 нові 378 ніж 378 організації 378 '
        'основні 378 особа 378 особливо 378 осіб 378 першого 378 період 378 повинні 378 '
        'потім 378 початку 378 праці 378 протягом 378 пізніше 378 радіо 378 раз 378 '
        'району 378 речі 378 робота 378 роках 378 рівень 378 сам 378 свободи 378 '
        'своїми 378 світі 378 серед 378 системи 378 слов 378 стали 378 створення 378 '
        'стільки 378 сша 378 творчості 378 тих 378 травня 378 тіло 378 уваги 378 '
        'української 378 українці 378 україні 378 умовах 378 учасників 378 форма 378 '
        'ця 378 часто 378 часу 378 чином 378 чому 378 ю 378 яке 378 інший 378 іншого 378 '
        'аналіз 284 аналізу 284 брав 284 вам 284 випадках 284 включення 284 влада 284 '
        'влади 284 володимир 284 воно 284 відомо 284 відповіді 284 віри 284 головне 284 '
        'голову 284 груп 284 групи 284 д 284 далі 284 декілька 284 держави 284 '
        'державні 284 десятки 284 дитину 284 дні 284 додаткових 284 допомогою 284 '
        'друге 284 думку 284 душа 284 дійсно 284 діяльність 284 жити 284 законодавства 284 '
        'засобів 284 захист 284 заходів 284 звичайно 284 здоров 284 знання 284 '
        'зрозуміло 284 каміння 284 комісії 284 країни 284 куди 284 липня 284 мав 284 '
        'мала 284 менше 284 мені 284 мірою 284 місцях 284 найбільш 284 новий 284 '
        'новини 284 обміну 284 обов 284 один 284 одній 284 опинилися 284 основи 284 от 284 '
        'парламенту 284 партії 284 певну 284 перший 284 питань 284 попереднього 284 '
        'правило 284 програма 284 продукції 284 проекту 284 результаті 284 роботі 284 '
        'розвитку 284 російської 284 ряд 284 різних 284 сама 284 світу 284 сил 284 '
        'ситуації 284 складу 284 скільки 284 соціального 284 типу 284 тобі 284 увагу 284 '
        'участь 284 фонду 284 характер 284 цим 284 цій 284 якими 284 якісь 284 ять 284 '
        'європейських 284 інтернет 284 іншою 284 існує 284'), _table(
        'о 96196 а 79515 н 73546 и 62125 і 60286 т 53639 в 52494 р 49381 е 45654 с 43654 '
        'к 37201 л 34926 у 34232 д 33039 м 29667 п 29635 я 23037 з 21246 ь 17503 г 15922 '
        'б 14793 ч 12567 й 11712 х 11422 ц 9921 ю 9470 ж 9050 ї 7776 ш 6566 є 6275 щ 4162 '
        'ф 3130 ы 145 ґ 97')),
    'zh': ('cjk*', _table(
        '的 39057 一 14519 是 12617 不 10947 在 9834 人 9509 有 9370 了 8025 我 7422 中 5752 大 5520 '
        '会 5288 上 4963 为 4963 要 4963 这 4824 国 4731 个 4685 到 4639 时 4499 来 4499 他 4407 '
        '以 4360 和 4360 对 4268 就 4221 出 4128 年 4128 也 4036 能 4036 法 3804 生 3711 可 3665 '
        '家 3572 现 3479 成 3433 自 3433 都 3340 得 3201 之 3154 们 3154 用 3108 与 3062 于 3062 '
        '发 3015 说 3015 业 2969 多 2969 地 2876 下 2830 心 2830 方 2783 而 2783 那 2783 学 2737 '
        '所 2737 过 2690 然 2644 定 2598 本 2598'), _table(
        '的 39057 一 14519 是 12617 不 10947 在 9834 人 9509 有 9370 了 8025 我 7422 中 5752 大 5520 '
        '会 5288 上 4963 为 4963 要 4963 这 4824 国 4731 个 4685 到 4639 时 4499 来 4499 他 4407 '
        '以 4360 和 4360 对 4268 就 4221 出 4128 年 4128 也 4036 能 4036 法 3804 生 3711 可 3665 '
        '家 3572 现 3479 成 3433 自 3433 都 3340 得 3201 之 3154 们 3154 用 3108 与 3062 于 3062 '
        '发 3015 说 3015 业 2969 多 2969 地 2876 下 2830 心 2830 方 2783 而 2783 那 2783 学 2737 '
        '所 2737 过 2690 然 2644 你 2598 好 2598 定 2598 本 2598 当 2551 作 2505 事 2458 同 2412 '
        '后 2412 因 2366 经 2366 新 2319 行 2319 面 2319 全 2273 她 2273 还 2273 前 2227 最 2227 '
        '等 2227 公 2180 天 2180 如 2180 政 2180 无 2180 体 2134 只 2134 想 2134 机 2134 度 2087 '
        '开 2087 民 2087 身 2087 进 2087 主 2041 手 2041 没 2041 道 2041 从 1995 很 1995 者 1995 '
        '重 1995 但 1948 动 1948 将 1948 起 1948 分 1902 场 1902 子 1902 小 1902 明 1855 正 1809 '
        '实 1763 次 1763 理 1763 看 1763 美 1763 长 1763 些 1716 保 1716 其 1716 力 1716 入 1670 '
        '内 1670 性 1670 种 1670 高 1670 么 1624 关 1624 化 1624 去 1624 工 1624 市 1624 此 1624 '
        '被 1624 问 1624 间 1624 题 1624 利 1577 及 1577 师 1577 应 1577 接 1577 月 1577 老 1577 '
        '让 1577 或 1531 制 1484 名 1484 意 1484 日 1484 权 1484 点 1484 部 1484 外 1438 产 1392 '
        '基 1392 并 1392 更 1392 受 1345 常 1345 式 1345 果 1345 治 1345 使 1299 台 1299 品 1299 '
        '头 1299 教 1299 未 1299 样 1299 知 1299 至 1299 量 1299 两 1252 口 1252 合 1252 展 1252 '
        '指 1252 术 1252 特 1252 需 1252 专 1206 包 1206 却 1206 情 1206 水 1206 著 1206 里 1206 '
        '十 1160 变 1160 回 1160 它 1160 己 1160 已 1160 打 1160 把 1160 提 1160 服 1160 比 1160 '
        '由 1160 社 1160 程 1160 统 1160 资 1160 金 1160 先 1113 务 1113 医 1113 各 1113 女 1113 '
        '望 1113 相 1113 真 1113 眼 1113 三 1067 位 1067 光 1067 再 1067 加 1067 少 1067 形 1067 '
        '收 1067 立 1067 东 1021 代 1021 员 1021 命 1021 容 1021 才 1021 放 1021 期 1021 目 1021 '
        '系 1021 色 1021 书 974 价 974 何 974 几 974 别 974 平 974 感 974 每 974 求 974 海 974 表 974 '
        '解 974 越 974 转 974 层 928 建 928 报 928 活 928 给 928 选 928 难 928 非 928 二 881 五 881 '
        '任 881 向 881 安 881 往 881 护 881 持 881 校 881 直 881 精 881 约 881 计 881 话 881 门 881 '
        '件 835 供 835 便 835 信 835 候 835 原 835 司 835 始 835 导 835 技 835 气 835 物 835 率 835 '
        '确 835 笑 835 第 835 观 835 规 835 认 835 许 835 世 789 交 789 什 789 今 789 准 789 创 789 '
        '功 789 区 789 南 789 张 789 快 789 整 789 文 789 管 789 级 789 考 789 觉 789 限 789 严 742 '
        '习 742 众 742 决 742 则 742 北 742 单 742 即 742 又 742 声 742 必 742 念 742 数 742 显 742 '
        '根 742 片 742 疗 742 病 742 着 742 结 742 见 742 调 742 象 742 车 742 万 696 共 696 具 696 '
        '华 696 压 696 处 696 干 696 强 696 慢 696 据 696 极 696 格 696 步 696 段 696 清 696 满 696 '
        '爱 696 示 696 神 696 算 696 讲 696 识 696 该 696 费 696 跟 696 边 696 运 696 通 696 革 696 '
        '风 696 食 696 且 649 举 649 传 649 做 649 办 649 告 649 商 649 四 649 团 649 型 649 太 649 '
        '失 649 完 649 客 649 宪 649 林 649 案 649 热 649 舞 649 花 649 设 649 造 649 企 603 像 603 '
        '儿 603 图 603 境 603 局 603 带 603 律 603 思 603 您 603 战 603 改 603 李 603 条 603 游 603 '
        '税 603 终 603 角 603 路 603 连 603 速 603 际 603 除 603 音 603 义 557 亲 557 低 557 佛 557 '
        '充 557 克 557 免 557 况 557 取 557 另 557 听 557 复 557 字 557 山 557 巧 557 希 557 庭 557 '
        '德 557 投 557 括 557 推 557 效 557 易 557 检 557 死 557 济 557 消 557 环 557 球 557 甚 557 '
        '电 557 百 557 福 557 续 557 茶 557 装 557 论 557 财 557 达 557 近 557 远 557 适 557 配 557 '
        '院 557 项 557 首 557 乐 510 住 510 依 510 健 510 刚 510 助 510 千 510 周 510 响 510 喜 510 '
        '器 510 底 510 待 510 房 510 料 510 标 510 母 510 流 510 湾 510 益 510 空 510 站 510 线 510 '
        '维 510 网 510 艺 510 节 510 营 510 西 510 议 510 试 510 较 510 集 510 须 510 飞 510 值 464 '
        '六 464 县 464 友 464 叫 464 增 464 够 464 富 464 府 464 急 464 总 464 息 464 松 464 查 464 '
        '止 464 独 464 王 464 玩 464 申 464 研 464 科 464 稳 464 置 464 职 464 股 464 育 464 脂 464 '
        '脸 464 若 464 诉 464 走 464 轻 464 钱 464 险 464 随 464 领 464 乱 417 京 417 养 417 写 417 '
        '冲 417 升 417 半 417 历 417 参 417 反 417 吃 417 园 417 坏 417 居 417 布 417 帮 417 异 417 '
        '引 417 志 417 找 417 握 417 支 417 断 417 普 417 树 417 洲 417 深 417 温 417 演 417 火 417 '
        '灵 417 痛 417 究 417 组 417 绝 417 联 417 致 417 般 417 落 417 语 417 采 417 错 417 陆 417 '
        '马 417 龙 417 乎 371 九 371 亚 371 份 371 优 371 例 371 倒 371 元 371 兴 371 军 371 冰 371 '
        '减 371 切 371 卫 371 厂 371 古 371 吧 371 哪 371 啊 371 固 371 均 371 塑 371 备 371 妹 371 '
        '孩 371 宇 371 官 371 害 371 尔 371 广 371 店 371 影 371 征 371 微 371 怎 371 承 371 拍 371 '
        '招 371 择 371 挑 371 掌 371 施 371 既 371 星 371 暗 371 杀 371 构 371 注 371 源 371 父 371 '
        '白 371 省 371 禁 371 离 371 突 371 竟 371 纳 371 罪 371 肉 371 脑 371 视 371 言 371 请 371 '
        '读 371 追 371 退 371 透 371 酒 371 露 371 靠 371 频 371 额 371 验 371 黑 371 久 325 买 325 '
        '争 325 互 325 令 325 似 325 余 325 停 325 八 325 列 325 势 325 卖 325 博 325 占 325 印 325 '
        '双 325 吸 325 呆 325 善 325 夜 325 妈 325 存 325 属 325 左 325 床 325 忙 325 态 325 懂 325 '
        '戏 325 故 325 旁 325 早 325 曾 325 欢 325 毒 325 毕 325 永 325 汇 325 派 325 测 325 渐 325 '
        '激 325 照 325 留 325 略 325 础 325 秋 325 积 325 类 325 紧 325 红 325 络 325 罚 325 膜 325 '
        '虽 325 记 325 证 325 词 325 课 325 购 325 赛 325 超 325 足 325 避 325 野 325 闪 325 阳 325 '
        '阶 325 餐 325 饰 325 魔 325 云 278 亦 278 亮 278 修 278 假 278 凤 278 击 278 刑 278 午 278 '
        '卡 278 吉 278 呢 278 哈 278 唯 278 围 278 夫 278 守 278 宝 278 宣 278 室 278 密 278 尽 278 '
        '恶 278 扮 278 抽 278 拘 278 拿 278 排 278 控 278 掩 278 救 278 景 278 材 278 欲 278 毛 278 '
        '池 278 沙 278 波 278 烟 278 版 278 猜 278 玉 278 甲 278 界 278 疑 278 盛 278 破 278 硬 278 '
        '答 278 细 278 缺 278 聚 278 肩 278 背 278 艾 278 苦 278 英 278 药 278 虑 278 衣 278 补 278 '
        '评 278 质 278 软 278 迫 278 遭 278 鉴 278 队 278 阴 278 阵 278 陈 278 雅 278 雷 278 韩 278 '
        '预 278 饭 278 饮 278 鬼 278 丰 232 丽 232 仪 232 休 232 佳 232 兽 232 净 232 凡 232 刘 232 '
        '刺 232 刻 232 努 232 勇 232 右 232 号 232 吗 232 含 232 坚 232 姐 232 宜 232 宽 232 尊 232 '
        '屁 232 岁 232 岛 232 巨 232 差 232 幸 232 庆 232 录 232 忽 232 怀 232 怕 232 愤 232 慈 232 '
        '执 232 扰 232 批 232 担 232 拉 232 按 232 挥 232 换 232 摆 232 播 232 斗 232 斯 232 晚 232 '
        '朋 232 板 232 架 232 核 232 楼 232 概 232 模 232 款 232 氏 232 沉 232 河 232 泉 232 添 232 '
        '狗 232 画 232 疾 232 皮 232 盟 232 码 232 称 232 穿 232 竞 232 端 232 笔 232 纪 232 继 232 '
        '绿 232 编 232 罗 232 萨 232 虎 232 血 232 触 232 误 232 谈 232 谢 232 赚 232 赢 232 趣 232 '
        '辩 232 迹 232 逃 232 逐 232 逼 232 针 232 销 232 阿 232 雄 232 雪 232 黄 232 丑 186 丝 186 '
        '丧 186 亿 186 仅 186 付 186 伟 186 伤 186 促 186 兵 186 冷 186 凯 186 刀 186 划 186 判 186 '
        '刷 186 副 186 励 186 危 186 史 186 叶 186 吊 186 味 186 呼 186 嘴 186 堂 186 士 186 壮 186 '
        '壶 186 奇 186 奖 186 妇 186 妻 186 威 186 婚 186 婵 186 嫌 186 孕 186 寻 186 尾 186 巴 186 '
        '席 186 康 186 忘 186 怒 186 患 186 愿 186 截 186 户 186 托 186 扬 186 抗 186 抢 186 拥 186 '
        '挂 186 授 186 搭 186 族 186 昨 186 智 186 朝 186 木 186 村 186 杨 186 某 186 梅 186 梦 186 '
        '汉 186 沿 186 泛 186 洞 186 浑 186 涵 186 淡 186 混 186 滴 186 灰 186 灾 186 犯 186 状 186 '
        '猎 186 献 186 琉 186 璃 186 癌 186 盖 186 盘 186 碟 186 移 186 穷 186 策 186 籍 186 素 186 '
        '索 186 紫 186 纯 186 纷 186 缩 186 署 186 群 186 羽 186 翼 186 肠 186 肯 186 胜 186 脱 186 '
        '舒 186 艰 186 荣 186 莫 186 获 186 菲 186 藏 186 融 186 街 186 袭 186 订 186 讨 186 讯 186 '
        '诸 186 诺 186 谁 186 谓 186 谷 186 豪 186 貂 186 负 186 责 186 货 186 贴 186 赖 186 跑 186 '
        '踪 186 轮 186 载 186 迷 186 送 186 遗 186 钟 186 镇 186 防 186 陷 186 青 186 顶 186 顾 186 '
        '香 186 黏 186 齐 186 七 139 予 139 享 139 仔 139 伙 139 伴 139 伸 139 侠 139 侵 139 俊 139 '
        '俗 139 借 139 偶 139 偷 139 储 139 傲 139 凉 139 凌 139 刊 139 削 139 剑 139 劳 139 匆 139 '
        '厅 139 厚 139 句 139 否 139 吹 139 呵 139 咒 139 啪 139 埋 139 城 139 堪 139 夺 139 奈 139 '
        '契 139 妄 139 妙 139 媒 139 孔 139 孟 139 季 139 宏 139 宴 139 察 139 封 139 尖 139 岂 139 '
        '岸 139 币 139 帝 139 幕 139 幽 139 序 139 庞 139 廉 139 延 139 弄 139 弱 139 彰 139 循 139 '
        '忆 139 忧 139 恋 139 恐 139 恒 139 惊 139 惜 139 扣 139 折 139 披 139 拜 139 掉 139 搜 139 '
        '摩 139 撞 139 敬 139 於 139 旅 139 旦 139 昏 139 春 139 暨 139 朗 139 杰 139 枫 139 械 139 '
        '楚 139 横 139 武 139 江 139 汤 139 泡 139 泥 139 泽 139 洋 139 涉 139 润 139 液 139 淘 139 '
        '漫 139 炒 139 烈 139 烧 139 熟 139 爸 139 爽 139 狂 139 玲 139 珍 139 珠 139 瓶 139 男 139 '
        '疯 139 症 139 登 139 监 139 眉 139 督 139 短 139 矮 139 石 139 祖 139 票 139 秀 139 秘 139 '
        '繁 139 纲 139 纵 139 纸 139 缔 139 缴 139 罹 139 耳 139 耻 139 肤 139 肾 139 脏 139 腐 139 '
        '腾 139 舍 139 良 139 苹 139 范 139 莲 139 蔡 139 藉 139 虚 139 蛮 139 衰 139 袋 139 览 139 '
        '警 139 训 139 谱 139 貌 139 败 139 赔 139 赫 139 赶 139 趁 139 跃 139 跨 139 躲 139 辅 139 '
        '辈 139 输 139 迈 139 迎 139 遍 139 遮 139 郭 139 醒 139 释 139 铁 139 键 139 闹 139 闻 139 '
        '阔 139 附 139 陪 139 陶 139 隆 139 隔 139 障 139 雾 139 静 139 鞋 139 页 139 顿 139 馆 139 '
        '骂 139 骑 139 骤 139 鱼 139 麻 139 鼓 139')),
}
# END GENERATED STOPWORD TABLES


if __name__ == "__main__":
    sys.exit(main())
