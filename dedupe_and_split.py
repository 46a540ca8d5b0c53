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
    stages 1-4       read_lines -> iter_blocks -> split_articles -> encode_articles, over
                     several dumps in turn (Dumps); split_articles is split_pairs, or
                     split_auto: the dump's pairs shape, or split_paragraphs (evidence
                     weighed over a window of blocks, HouseStyle learnt from the dump)
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
import unicodedata
import zlib
from array import array
from collections import Counter, deque, namedtuple
from functools import partial
from itertools import chain, islice, repeat
from json.encoder import encode_basestring
from operator import itemgetter, mul

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
    """A count and its noun, in the plural unless the count is 1.

    >>> _plural(1, "undecodable byte"), _plural(2, "undecodable byte")
    ('1 undecodable byte', '2 undecodable bytes')
    """
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

# Character classes, defined once; the patterns below are composed from them.
_LOWER = "a-z\u00df-\u00ff\u0430-\u044f\u03ac-\u03ce"
_UPPER = "A-Z\u00c0-\u00de\u0391-\u03a9\u0410-\u042f"
_FULL_STOPS = ".!?\u2026\u061f\u0964\u3002\uff01\uff1f"
_CJK_STOPS = "\u3002\uff01\uff1f"
_OPENING_QUOTES = "\"'\u201c\u201e\u00ab\u2018\u201a\u300c"
# „...“ closes with \u201c; French puts a space before »
_CLOSING_QUOTES = "\"'\u2019\u201d\u201c\u00bb\u00ab\u203a\u300d\u300f"
_DASHES = "-\u2013\u2014"
# Every character for which str.isspace() is true (a test checks the list).
_SPACES = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
           "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_CLOSERS = _CLOSING_QUOTES + ")]"
_CLOSERS_AND_SPACES = _CLOSERS + _SPACES
_SENTENCE_MARKS = frozenset(_FULL_STOPS + ":;,")
_QUESTION_MARKS = frozenset("?\uff1f\u061f")
_EXCLAMATION_MARKS = frozenset("!\uff01")
_PAUSE_MARKS = frozenset(":;,")


def _any(chars):
    """A regular-expression class matching one of the characters (escaped)."""
    return "[" + re.escape(chars) + "]"


# A sentence ending inside the line: a headline is one sentence, a body paragraph often more.
# The word before a full stop must not be an abbreviation ("U.S. troops", "Dr. Who", "Inc."):
# four or more letters ("won't."), or three that do not start with a capital ("auf.").
_INNER_SENTENCE_END = re.compile(r"""
    (?: [!?\u061f\u0964%(cjk)s]                   # a mark that ends a sentence anywhere
      | \w[\w'\u2019]{3,} ["\u201d\u00bb)]* \.+   # a full stop after a long word
      | \b (?![%(upper)s]) \w{3} \.+ )            # or after a short one in lower case
    ["'\u2019\u201d\u00bb)]* \s+ %(open)s? [^\W\d_%(lower)s]   # then a new sentence
    """ % {"cjk": _CJK_STOPS, "upper": _UPPER, "lower": _LOWER, "open": _any(_OPENING_QUOTES)},
    re.VERBOSE)
# What every _INNER_SENTENCE_END match ends with: looked for first, as most lines have none.
_SENTENCE_BREAK = re.compile(r"""
    [!?\u061f\u0964.%(cjk)s] ["'\u2019\u201d\u00bb)]* \s+ %(open)s? [^\W\d_%(lower)s]
    """ % {"cjk": _CJK_STOPS, "lower": _LOWER, "open": _any(_OPENING_QUOTES)}, re.VERBOSE)
# Scraped text often glues sentences together ("sans façon.Je m'engage"): a word in lower
# case, a full stop, a capital, with no space between. Chinese and Japanese put no space
# after a full stop: one followed by more text ends a sentence.
_GLUED_SENTENCE_END = re.compile(r"""
      [%(lower)s]{3} [.!?\u2026] ["'\u00bb\u201d)]* [%(upper)s]
    | [%(cjk)s] [\u300d\u300f\u201d\uff09)]* [^\s\u300d\u300f\u201d\uff09)]
    """ % {"lower": _LOWER, "upper": _UPPER, "cjk": _CJK_STOPS}, re.VERBOSE)
_STOP = re.compile(_any(_FULL_STOPS))
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# A line that is wholly one quotation: “What are we to do?”, « Nous ne lâcherons rien. »
_QUOTED_LINE = re.compile("%s[^\"\u201c\u201d\u00ab\u00bb]*%s$"
                          % (_any(_OPENING_QUOTES), _any(_CLOSING_QUOTES)))
# List items and sub-headings set off by dashes ("- Years of war -") are body text.
_LIST_ITEM = re.compile(r"^(?:[*\u2022\u00b7\u25aa\u25ba>]\s|%s\s|\d{1,3}[.)]\s|\(?[a-z]\)\s)"
                        % _any(_DASHES))
_DASHED_SUBHEADING = re.compile("^%s.*%s$" % (_any(_DASHES), _any(_DASHES)))
# A score names teams and gives numbers: "Arsenal 2-1 Chelsea", "Lakers 102, Celtics 99".
# The score stands between words, set apart by spaces ("50-69岁" and "20:47:37" are not scores).
_SCORE = re.compile(r"[^\W\d_]\s+\d{1,3}\s?[-\u2013:]\s?\d{1,3}(?:\s+[^\W\d_]|$)"
                    r"|[^\W\d_]\s+\d+,\s+\D+\s\d+$")
_SCORE_MARK = re.compile(r"[-\u2013:,]")  # what every _SCORE match holds: looked for first
# A headline does not end with an opening bracket or quote, nor leave a bracket open.
_OPENS = "([{\u201e"
# Bylines and credits end a body. A byline names people or agencies, so after its opening
# word every word is capitalised, a number, or a short joiner ("and", "de"): "By Jane Doe",
# "Photo: John Smith/AP"; "Par le biais d'un accord" is a headline.
_CREDIT = re.compile(
    r"^(?:\(?(?:by|par|von|por|di|door|av|af|od|przez|tarafından)\s"
    r"|photos?\b|fotos?\b|source\b|quelle\b|credits?\b|crédits?\b|additional reporting"
    r"|reporting by|editing by|writing by|with\b|avec\b|mit\b|copyright|ảnh\b)\W*",
    re.IGNORECASE)
_ALWAYS_CREDIT = re.compile("^[\u00a9(\u2014]")
# A block starting with one of these continues a sentence, as one starting in lower case does
# (in Latin, Greek and Cyrillic script: Georgian, say, has no capitals to start with).
_CARRIES_ON = ".,;:)]\u2026"
# Scripts written without spaces, where a one-"word" line can still be a headline, are found
# by _UNSPACED_SCRIPT, built from the writing systems of the language guess (_SCRIPT_STARTS).
# A question headline holds no other sentence: before its "?", a full stop after a word in
# lower case ("government is. How could...") ends a sentence, however short the word.
_LOWER_WORD_SENTENCE_END = re.compile("(?:^|\\s)[%s]+\\.\\s+[^\\W\\d_a-z]" % _LOWER)
# A line that is wholly one quoted question or exclamation: “What are we to do?”
_QUOTED_QUESTION = re.compile(
    "[\"\u201c\u201e\u00ab\u2018\u300c]\\s?[^\"\u201c\u201d\u00ab\u00bb]*[?!\uff1f\uff01]\\s?"
    "[\"\u201d\u201c\u00bb\u2019\u300d]$")
# A dateline ("WASHINGTON (AP) \u2014") runs on into the paragraph after it.
_RUNS_ON = tuple(_DASHES)
# A line that stops in the middle of a sentence: on a letter, a digit or a comma. (Searched in
# the end of the line only: a regular expression anchored at the end still tries every start.)
_ENDS_MID_SENTENCE = re.compile(r"[\w,]\s*$")
_EXCLAMATION_OR_QUESTION_MARKS = _EXCLAMATION_MARKS | _QUESTION_MARKS

# A photo caption ends with its credit: "... - Ảnh: REUTERS", "(Photo: AP)".
_CAPTION_CREDIT = re.compile(r"\b(?:ảnh|photo|foto|image|bild|picture)\s*:\s*[^:]{1,40}$",
                             re.IGNORECASE)
# Words a headline and the text around it share: letters only, compared in lower case.
_CONTENT_WORD = re.compile(r"[^\W\d_]{5,}")

# Thresholds of the rule (README, "Splitting").
MIN_TITLE_WORDS = 2          # fewer words: never a headline (unless the script has no spaces)
MIN_QUESTION_TITLE_WORDS = 4  # a question of fewer words is a remark, not a headline
MAX_CREDIT_WORDS = 8         # a byline or credit is at most this many words
SCORE_LINE_WORDS = (3, 6)    # a score line has this many words, none in lower case
MAX_FRAGMENT_WORDS = 3       # what a stripped link leaves: at most this many words...
MAX_FRAGMENT_CHARS = 40      # ... and characters
MID_SENTENCE_TAIL = 32       # characters at the end of a paragraph searched for a cut sentence
LIST_ITEM_GROWTH = 2         # a list item has at most this many times the words of the one before
MIN_LIST_ITEM_WORDS = 6      # ... or at most this many words
MAX_COMMENT_WORDS = 25       # a reader comment is at most this many words...
MAX_COMMENT_CHARS = 400      # ... and characters
HOUSE_STYLE_BLOCKS = 32      # blocks read before deciding whether the dump is pairs-shaped
PAIRS_HOLD_ARTICLES = 3      # articles held back in pairs shape, read again if the shape breaks
PAIRS_ODD_SHARE = 0.25       # in pairs shape, the share of headlines that may not look like
                             # one, and of bodies that may
PAIRS_TOLERANT_FROM = 16     # ... when the first blocks hold at least this many headlines
MAX_TITLE_WORDS = 40         # a line of more words is never a headline
UNCASED_CAPITALISED_SHARE = 0.5  # evidence from a line in a script without capitals
LONG_TITLE_WORDS = 20        # evidence: a headline of more words is rare
MAX_SCORE_LINE_WORDS = 8     # evidence: a score or date line is at most this many words
WORD_OVERLAP_CHARS = 400     # characters of a paragraph compared with a possible headline
WINDOW_BLOCKS = 64           # blocks decided together at most: the memory bound of the rule
SCORE_LIMIT = 12.0           # a block's headline score counts at most this much either way
HOUSE_STYLE_PRIOR = 8        # headlines' worth of prior belief in the house style
# The weighed evidence is trusted as far as possible headlines share words with the text
# after them: not at all below SHARING_LOW (the yes/no tests decide), fully above SHARING_HIGH.
SHARING_LOW = 0.05
SHARING_HIGH = 0.2
PRIOR_AHEAD_SHARED = 0.12    # halfway: the dump decides
TRUST_SAMPLE_FROM = 256      # candidates all counted for the trust, then...
TRUST_SAMPLE_EVERY = 16      # ... one in this many
# Words met this often already in the dump's sampled lines (a sign-off, a newsletter line, a
# dump of a few sentences repeated) say nothing about whether a line heads the text after it.
REPEATED_WORD_TIMES = 3
TRUST_MEMORY = 32            # candidates the trust mostly remembers
MAX_COUNTED_WORDS = 16384    # different words counted for that, at most
MAX_ENDING_CHARS = 40        # a sign-off the house style may learn is at most this long...
MAX_OPENERS = 4096           # first words of lines the house style remembers, at most
MAX_ENDINGS = 64             # ... and it remembers this many different ones
USUAL_ENDING = 3             # times a short block ended an article before it counts as usual
TESTS_SCORE = 6.0            # log-odds of an opening when the yes/no tests decide

# Fitted by tests/tools/fit_split.py on half of every source of ../shared/corpus/news:
# one weight per TITLE_FEATURES and START_FEATURES, and the house style a dump starts from.
TITLE_WEIGHTS = (-3.807, 1.669, -3.648, -6.073, -3.333, 0.644, -3.1, -1.687, 1.029, -0.427,
                 -0.253, -0.785, -0.822, -1.535, -0.59, -1.73, -0.274, -1.537, 0.655, 0.941,
                 -0.729, -0.788, -5.236, 1.685)
START_WEIGHTS = (0.636, -0.036, -0.221, -0.096, -0.785, -1.938, -0.096, 0.132, 3.038,
                 -3.651, -0.864, -0.003, 2.318, 0.498, -1.249, -8.496, 1.105, -3.071,
                 -0.741)
PRIOR_UPPER_SHARE = 0.145
PRIOR_LOG_TITLE_CHARS = 4.061
PRIOR_MARKED_SHARE = 0.044
PRIOR_NEXT_SHARED = 0.452
PRIOR_PREVIOUS_SHARED = 0.018


def _final_mark(line):
    """The last character of a line but closing quotes, brackets and spaces ('' if none)."""
    # str.rstrip instead of a regular expression anchored at the end, which would try every
    # start in the line.
    return line.rstrip(_CLOSERS_AND_SPACES)[-1:]


def looks_like_title(block, max_title_chars=DEFAULT_MAX_TITLE_CHARS):
    """True if a block passes the headline tests: one short line that does not end a sentence."""
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
    if has_stop and (_has_inner_sentence_end(line) or _GLUED_SENTENCE_END.search(line)):
        return False  # two sentences: a paragraph, perhaps cut short by a stripped link
    if _QUOTED_QUESTION.match(line):
        return False  # a question someone asked, quoted as a paragraph of its own
    first = line[0]
    if first.islower() or _LIST_ITEM.match(line) or _DASHED_SUBHEADING.match(line):
        return False
    words = line.split()
    if len(words) < MIN_TITLE_WORDS and not _UNSPACED_SCRIPT.search(line):
        return False
    if mark in _QUESTION_MARKS and (len(words) < MIN_QUESTION_TITLE_WORDS or has_stop
                                       and _LOWER_WORD_SENTENCE_END.search(line)):
        return False
    if line.endswith(_RUNS_ON) or _is_credit(line, words):
        return False
    if SCORE_LINE_WORDS[0] <= len(words) <= SCORE_LINE_WORDS[1] and _DIGIT.search(line) \
            and _is_score(line) and all(not w[0].islower() for w in words):
        return False
    if line[-1] in _OPENS or line.count("(") > line.count(")"):
        return False  # cut short inside a bracket or before a quotation: body text
    return True


def _has_inner_sentence_end(line):
    """True if a sentence ends inside the line and another follows (see _INNER_SENTENCE_END)."""
    return _SENTENCE_BREAK.search(line) is not None \
        and _INNER_SENTENCE_END.search(line) is not None


def _is_score(line):
    """True if a line holds a score ("Leeds 3-1 Hull") or a count ("Oranges 12, pears 4")."""
    # _SCORE tries every letter of the line; most lines lack the marks it needs
    # (tests/tools/split_accuracy.py prints the time the rule takes).
    return _SCORE_MARK.search(line) is not None and _SCORE.search(line) is not None


def _is_credit(line, words):
    """True for a byline or credit line: a credit word, then only names, numbers and joiners."""
    if _ALWAYS_CREDIT.match(line):
        return len(words) <= MAX_CREDIT_WORDS
    opening = _CREDIT.match(line)
    if not opening or len(words) > MAX_CREDIT_WORDS:
        return False
    if words[0].isupper() and len(words[0]) > 3 and len(words) > 4:
        return False  # "PHOTOS: ..." in capitals opens a headline; a credit is short
    return all(word[0].isupper() or not word[0].isalpha() or len(word) <= 3
               for word in line[opening.end():].split())


def _joined(block):
    """The text of a block: its lines joined by newlines."""
    return block[0] if len(block) == 1 else "\n".join(block)


def make_article(line, title_block, body_blocks):
    """Build an Article from its title block and body blocks (paragraphs joined by blank lines)."""
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
    """Split blocks into articles in the dump's own shape: pairs, or several paragraphs."""
    blocks = iter(blocks)
    first = list(islice(blocks, HOUSE_STYLE_BLOCKS))  # read only once articles are asked for
    if first and _pairs_shaped(first, max_title_chars):
        yield from _split_pairs_shaped(chain(first, blocks), max_title_chars)
    else:
        yield from split_paragraphs(chain(first, blocks), max_title_chars)


def _could_be_title(block, max_title_chars):
    """True for a block a headline could be: one line of at most max_title_chars."""
    return len(block) == 1 and 0 < len(block[0].strip()) <= max_title_chars


def _pairs_shaped(first, max_title_chars):
    """True if the first blocks alternate headline, body (README: "Headline/body pairs")."""
    titles, bodies = first[::2], first[1::2]
    if not all(_could_be_title(block, max_title_chars) for _, block in titles) \
            or any(_is_credit_block(block) for _, block in bodies):
        return False  # no article's body is a byline alone
    title_like_titles = sum(looks_like_title(block, max_title_chars) for _, block in titles)
    # A body that passes the headline tests but has more words than its headline is a
    # body that ends without punctuation, not a headline.
    odd_bodies = sum(looks_like_title(body, max_title_chars)
                     and len(body[0].split()) <= len(title[0].split())
                     for (_, title), (_, body) in zip(titles, bodies))
    # A sentence cut by a stripped link: a body stopping mid-sentence, a few words where
    # a headline would be, a body going on with the sentence.
    odd_bodies += sum(_carries_on(body) and _is_fragment(title)
                      and _ENDS_MID_SENTENCE.search(before[-1][-MID_SENTENCE_TAIL:]) is not None
                      for (_, before), (_, title), (_, body)
                      in zip(bodies, titles[1:], bodies[1:]))
    # A few odd ones are allowed only where the first blocks are many enough to outweigh them.
    share = PAIRS_ODD_SHARE if len(titles) >= PAIRS_TOLERANT_FROM else 0.0
    return (title_like_titles >= (1 - share) * len(titles)
            and odd_bodies <= share * len(bodies))


def _split_pairs_shaped(blocks, max_title_chars):
    """Split pairs while the shape holds, then the held-back articles and the rest by paragraph."""
    held = deque()  # the last (title, body) pairs, not given out yet
    for title in blocks:
        if not _could_be_title(title[1], max_title_chars):
            again = [block for pair in held for block in pair] + [title]
            yield from split_paragraphs(chain(again, blocks), max_title_chars)
            return
        held.append((title,) + tuple(islice(blocks, 1)))
        if len(held) > PAIRS_HOLD_ARTICLES:
            yield _pair_article(held.popleft())
    for pair in held:
        yield _pair_article(pair)


def _pair_article(pair):
    """The article of a (title, body) or (title,) pair of (line, block)."""
    return make_article(pair[0][0], pair[0][1], [block for _, block in pair[1:]])


def split_paragraphs(blocks, max_title_chars=DEFAULT_MAX_TITLE_CHARS):
    """Split blocks into articles whose bodies may span several paragraphs (see README)."""
    return _articles(_decide_starts(map(partial(_Block, max_title_chars), blocks)))


class _Block:
    """A block, its text if it could be a headline (else title is None), its tests, evidence."""
    # The tests and the evidence are worked out when first asked for, then kept.

    __slots__ = ("line", "lines", "title", "max_title_chars", "sharing", "_passes",
                 "_features", "_score", "_head", "_tail", "_head_words")

    def __init__(self, max_title_chars, numbered):
        """numbered is (first line number, lines), as iter_blocks gives it."""
        self.line, lines = numbered
        self.lines, self.max_title_chars = lines, max_title_chars
        self.title = self.sharing = self._passes = self._features = self._score = None
        self._head = self._tail = self._head_words = None
        if len(lines) == 1 and len(lines[0]) <= max_title_chars + _MAX_MARGIN_CHARS:
            text = lines[0].strip()
            if text and len(text) <= max_title_chars and len(text.split()) <= MAX_TITLE_WORDS:
                self.title = text

    @property
    def passes(self):
        """True if the block passes the headline tests."""
        if self._passes is None:
            self._passes = self.title is not None and looks_like_title(self.lines,
                                                                       self.max_title_chars)
        return self._passes

    @property
    def features(self):
        """The evidence of the line itself, one number per TITLE_FEATURES (None if no title)."""
        if self._features is None and self.title is not None:
            self._features = title_evidence(self.title, self.passes)
        return self._features

    @property
    def score(self):
        """The log-odds that the line is a headline, seen alone."""
        if self._score is None:
            self._score = -SCORE_LIMIT if self.title is None else min(SCORE_LIMIT, max(
                -SCORE_LIMIT, sum(map(mul, self.features, TITLE_WEIGHTS))))
        return self._score


    @property
    def head(self):
        """The first WORD_OVERLAP_CHARS characters of the block, in lower case."""
        if self._head is None:
            self._head = self.lines[0][:WORD_OVERLAP_CHARS].lower()
        return self._head

    @property
    def tail(self):
        """The last WORD_OVERLAP_CHARS characters of the block, in lower case."""
        if self._tail is None:
            self._tail = self.lines[-1][-WORD_OVERLAP_CHARS:].lower()
        return self._tail

    @property
    def head_words(self):
        """The content words of the first WORD_OVERLAP_CHARS characters of the block."""
        if self._head_words is None:
            self._head_words = set(_CONTENT_WORD.findall(self.head))
        return self._head_words

    @property
    def title_words(self):
        """The content words of the line that could be a headline."""
        # Spaces around the line hold no letters: its head words are the same when it is short.
        if len(self.lines[0]) <= WORD_OVERLAP_CHARS:
            return self.head_words
        return _content_words(self.title)


_MAX_MARGIN_CHARS = 64  # spaces around a line a headline may have (stripped before measuring)


def title_evidence(line, passes):
    """What a line shows about being a headline: numbers, one per TITLE_FEATURES."""
    # passes: whether it passes the headline tests, which no line of two sentences does.
    words = line.split()
    count = len(words)
    mark = _final_mark(line)
    ellipsis = mark == "\u2026" or line.rstrip(_CLOSERS_AND_SPACES).endswith("...")
    first = line[0]
    digits = _DIGIT.search(line) is not None
    return (
        1.0,
        math.log(count),
        count > LONG_TITLE_WORDS,
        mark in _FULL_STOPS and mark not in _EXCLAMATION_OR_QUESTION_MARKS and not ellipsis,
        mark in _QUESTION_MARKS,
        mark in _EXCLAMATION_MARKS,
        mark in _PAUSE_MARKS,
        ellipsis,
        not passes and bool(_STOP.search(line) and (_has_inner_sentence_end(line)
                                                    or _GLUED_SENTENCE_END.search(line))),
        first.islower() or first in _CARRIES_ON,
        _LIST_ITEM.match(line) is not None or _DASHED_SUBHEADING.match(line) is not None,
        _QUOTED_LINE.match(line) is not None,
        first in _OPENING_QUOTES,
        _is_credit(line, words),
        digits and count <= MAX_SCORE_LINE_WORDS and _is_score(line),
        line.endswith(_RUNS_ON),
        line[-1] in _OPENS or line.count("(") > line.count(")"),
        count == 1 and not _UNSPACED_SCRIPT.search(line),
        _capitalised_share(words),
        line.isupper(),
        digits and count <= MAX_SCORE_LINE_WORDS and _YEAR.search(line) is not None,
        digits,
        ":" in line and _CAPTION_CREDIT.search(line) is not None,
        passes,
    )


def _capitalised_share(words):
    """The share of words starting with a capital, among those in a script with capitals."""
    cased = [word[0].isupper() for word in words if word[0].lower() != word[0].upper()]
    return sum(cased) / len(cased) if cased else UNCASED_CAPITALISED_SHARE


TITLE_FEATURES = (
    "bias", "log words", "many words", "full stop", "question mark", "exclamation mark",
    "colon, semicolon or comma", "ellipsis", "two sentences", "starts in lower case",
    "list item or dashed sub-heading", "wholly quoted", "opens with a quote", "byline or credit",
    "score line", "ends on a dash", "bracket left open", "one word", "capitalised words",
    "all capitals", "date line", "digits", "ends with a photo credit",
    "passes the headline tests")

START_FEATURES = (
    "title score", "next title score", "next is a long paragraph", "next is the end",
    "next carries on a sentence", "previous stops mid-sentence", "previous title score",
    "previous is a long paragraph", "words shared with next", "words shared with previous",
    "next is a byline", "fragment after a cut sentence", "house style: usual ending before",
    "passes the neighbour tests", "house style: first word opens body lines",
    "words shared by the blocks before and after",
    "house style: capitals",
    "house style: length", "house style: final mark")


class HouseStyle:
    """What the dump's headlines look like so far, and how far the weighed evidence counts."""
    # Real news headlines share words with the text after them; unrelated sentences do not.

    def __init__(self):
        self.titles = self.candidates = HOUSE_STYLE_PRIOR
        self.seen_candidates = 0
        # How far to go by the weighed evidence rather than by the yes/no tests (0 to 1).
        self.trust = min(1.0, max(0.0, (PRIOR_AHEAD_SHARED - SHARING_LOW)
                                  / (SHARING_HIGH - SHARING_LOW)))
        self.upper = HOUSE_STYLE_PRIOR * PRIOR_UPPER_SHARE
        self.log_chars = HOUSE_STYLE_PRIOR * PRIOR_LOG_TITLE_CHARS
        self.marked = HOUSE_STYLE_PRIOR * PRIOR_MARKED_SHARE
        self.next_shared = HOUSE_STYLE_PRIOR * PRIOR_NEXT_SHARED
        self.previous_shared = HOUSE_STYLE_PRIOR * PRIOR_PREVIOUS_SHARED
        self.ahead_shared = HOUSE_STYLE_PRIOR * PRIOR_AHEAD_SHARED
        self.word_counts = Counter()  # words of the sampled lines and of the text after them
        self.endings = Counter()  # short last blocks of articles: "Reuter", "(AP)"
        # First words of headlines and of short body lines: "((WN))", "Shr", "Net"
        self.title_openers, self.body_openers = Counter(), Counter()

    def learn(self, block, previous):
        """Count one more headline of the dump, and the block that ended the article before."""
        ending = previous.lines[-1].strip() if previous is not None else ""
        if ending and len(ending) <= MAX_ENDING_CHARS \
                and (len(self.endings) < MAX_ENDINGS or ending in self.endings):
            self.endings[ending] += 1
        self.titles += 1
        title = block.title or block.lines[0].strip() or "-"
        opener = title.split(None, 1)[0]
        if len(self.title_openers) < MAX_OPENERS or opener in self.title_openers:
            self.title_openers[opener] += 1
        self.upper += title.isupper()
        self.log_chars += math.log(len(title))
        self.marked += _final_mark(title) in _SENTENCE_MARKS
        if block.sharing is not None:
            self.next_shared += block.sharing[0]
            self.previous_shared += block.sharing[1]

    def learn_body(self, block):
        """Count one more body block of the dump: the first word of its short lines."""
        if block.title is not None:
            opener = block.title.split(None, 1)[0]
            if len(self.body_openers) < MAX_OPENERS or opener in self.body_openers:
                self.body_openers[opener] += 1

    def opener_evidence(self, block):
        """How much more often the block's first word opened body lines than headlines."""
        opener = block.title.split(None, 1)[0]
        return math.log((1 + self.body_openers[opener]) / (1 + self.title_openers[opener]))

    def samples_candidate(self):
        """True if the next candidate's shared words are to be counted (see TRUST_SAMPLE_*)."""
        # The share changes slowly and counting costs: the first ones, then a sample.
        self.seen_candidates += 1
        return (self.seen_candidates <= TRUST_SAMPLE_FROM
                or self.seen_candidates % TRUST_SAMPLE_EVERY == 0)

    def learn_candidate(self, ahead_shared):
        """Count a line passing the yes/no tests, with the share of its words found after it."""
        # A running mean that forgets: the first headlines' words are all fresh, even in a dump
        # of a few sentences repeated, and must not decide for the whole dump.
        kept = 1 - 1 / TRUST_MEMORY
        self.candidates = self.candidates * kept + 1
        self.ahead_shared = self.ahead_shared * kept + ahead_shared
        shared = self.ahead_shared / self.candidates
        self.trust = min(1.0, max(0.0, (shared - SHARING_LOW) / (SHARING_HIGH - SHARING_LOW)))

    def fresh_shared(self, words, lowered, text_words):
        """The share of a line's words not repeated across the dump that a text holds."""
        # lowered: the text in lower case; text_words: its content words.
        # Counted after measuring, so that a headline's words are fresh at their first use.
        counts = self.word_counts
        fresh = [word for word in words if counts.get(word, 0) < REPEATED_WORD_TIMES]
        seen = words | text_words
        if len(counts) + len(seen) <= MAX_COUNTED_WORDS:
            counts.update(seen)
        else:  # full: only the words already counted go on counting
            counts.update(seen & counts.keys())
        return _shared(fresh, lowered)

    def evidence(self, block):
        """How well a line fits the house style: (capitals, length, final mark) agreement."""
        features = block.features
        mark = features[3] or features[6] or features[7]
        return ((2 * self.upper / self.titles - 1) * (1 if features[19] else -1),
                # Lengths in scripts without spaces are not comparable: no evidence.
                0.0 if _UNSPACED_SCRIPT.search(block.title)
                else abs(math.log(len(block.title)) - self.log_chars / self.titles),
                (1 - 2 * self.marked / self.titles) * (1 if mark else -1))


def _content_words(text):
    """The set of lower-cased words of five letters or more in a text."""
    return set(_CONTENT_WORD.findall(text.lower()))


def _shared(words, lowered):
    """The share of the words found in a text in lower case (as a word or part of one)."""
    if not words:
        return 0.0
    return sum(map(lowered.__contains__, words)) / len(words)


def _ahead_shared(block, following, after, style):
    """The share of a possible headline's words found in the two blocks after it."""
    words = block.title_words
    if not words:  # a line of short words, or in a script without spaces: no evidence
        return style.ahead_shared / style.candidates
    if following is None:
        return 0.0
    lowered, text_words = following.head, following.head_words
    if after is not None:
        lowered += " " + after.head
        text_words = text_words | after.head_words
    return style.fresh_shared(words, lowered, text_words)


def start_evidence(previous, block, following, after, style, passes):
    """What the blocks around a possible headline show: numbers, one per START_FEATURES."""
    # It also records on the block the share of its words the next block holds (house style).
    words = block.title_words
    if following is None:
        next_score, next_long, next_end, next_on, next_shared, next_credit = 0, 0, 1, 0, 0, 0
    else:
        text = following.lines[0][:WORD_OVERLAP_CHARS]
        opening = text.lstrip()[:1]
        next_score = following.score if following.title is not None else 0
        next_long, next_end = following.title is None, 0
        next_on = opening in _CARRIES_ON or opening.islower() and opening < "\u0530"
        next_shared = _shared(words, following.head)
        next_credit = following.title is not None and following.features[13]
    if previous is None:
        mid, previous_score, previous_long, previous_shared = 0, 0, 0, 0.0
    else:
        last = previous.lines[-1]
        mid = (_final_mark(last) not in _SENTENCE_MARKS and not last.endswith(_RUNS_ON)
               and not _is_credit_block(previous.lines))  # a byline ends a body
        previous_score = previous.score if previous.title is not None else 0
        previous_long = previous.title is None
        previous_shared = _shared(words, previous.tail)
    if not words:  # a line of short words, or in a script without spaces: no evidence
        next_shared = style.next_shared / style.titles
        previous_shared = style.previous_shared / style.titles
    block.sharing = (next_shared, previous_shared)
    ending = previous is not None and style.endings[previous.lines[-1].strip()] >= USUAL_ENDING
    fragment = mid and _is_fragment(block.lines) and next_on
    # One topic on both sides of the line: a line inside an article (a sub-heading, a caption).
    continuity = 0.0
    if following is not None and previous is not None:
        continuity = _shared(following.head_words, previous.tail)
    return (block.score, next_score, next_long, next_end, next_on, mid, previous_score,
            previous_long, next_shared * style.next_shared / style.titles,
            previous_shared - style.previous_shared / style.titles, next_credit,
            fragment, ending, passes, style.opener_evidence(block), continuity) \
        + style.evidence(block)


def _passes_start_tests(previous, block, following, after, has_body):
    """True if a block passes the headline tests and the neighbour tests."""
    return block.passes and _starts_article(previous, block, following, after, has_body)


_FORCED = 1e9  # the score of the first block, which always opens an article


def _decide_starts(blocks):
    """Yield (block, opens an article) for every block: the likeliest cut of each window."""
    # No headline directly follows another, and a block that cannot be a headline never opens
    # an article: such a block closes the window (the choices before it no longer depend on
    # what follows), as does the window's reaching WINDOW_BLOCKS blocks.
    style = HouseStyle()
    window, scores = [], []
    decided = _Decided(style)
    previous = None
    block, following, after = next(blocks, None), next(blocks, None), next(blocks, None)
    while block is not None:
        if previous is None:
            window.append(block)
            scores.append(_FORCED)
        elif block.title is None:  # stays in the body, and closes the window
            if len(window) == 1:  # most windows: one line between long paragraphs
                yield decided.single(window[0], scores[0])
                window, scores = [], []
            elif window:
                yield from decided.window(window, scores)
                window, scores = [], []
            decided.opens, decided.last = False, block
            decided.body_blocks += 1
            yield block, False
        else:
            window.append(block)
            scores.append(_start_score(previous, block, following, after, style,
                                       decided.body_blocks + len(window) - 1))
        if window and (len(window) >= WINDOW_BLOCKS or following is None):
            yield from decided.window(window, scores)
            window, scores = [], []
        previous, block, following = block, following, after
        after = next(blocks, None)


class _Decided:
    """The decisions given out so far, and what the house style learns from them."""

    def __init__(self, style):
        self.style = style
        self.opens = None      # whether the last block given out opened an article
        self.last = None       # the last block given out
        self.body_blocks = 0   # blocks of the article being read

    def window(self, window, scores):
        """Yield (block, opens an article) for the blocks of a window, the likeliest way."""
        for block, opens in zip(window, _best_path(scores, self.opens)):
            yield self.opening(block) if opens else self.body(block)

    def single(self, block, score):
        """(block, opens an article) for a window of one block."""
        return self.opening(block) if score > 0 and not self.opens else self.body(block)

    def opening(self, block):
        """(block, True), learnt from while the weighed evidence counts."""
        if self.style.trust:
            self.style.learn(block, self.last)
        self.body_blocks = 0
        self.opens, self.last = True, block
        return block, True

    def body(self, block):
        """(block, False), learnt from while the weighed evidence counts."""
        if block.title is not None and self.style.trust:
            self.style.learn_body(block)
        self.body_blocks += 1
        self.opens, self.last = False, block
        return block, False


def _start_score(previous, block, following, after, style, body_blocks):
    """The log-odds that a possible headline opens an article, as far as each kind counts."""
    passes = _passes_start_tests(previous, block, following, after, body_blocks > 0)
    if passes and style.samples_candidate():
        style.learn_candidate(_ahead_shared(block, following, after, style))
    tested = TESTS_SCORE if passes else -TESTS_SCORE
    trust = style.trust
    if not trust:  # the evidence would not count: not worked out
        return tested
    weighed = sum(map(mul, start_evidence(previous, block, following, after, style, passes),
                      START_WEIGHTS))
    return trust * weighed + (1 - trust) * tested


def _best_path(scores, previous_opens):
    """The likeliest openings for a window of scores (None: cannot open), none two in a row."""
    # Viterbi over two states: the best totals ending with the block opening / staying.
    minus = float("-inf")
    opening, staying = (0.0, minus) if previous_opens else (minus, 0.0)
    came_from = []  # for each block, whether the best way to stay came from an opening
    for score in scores:
        came_from.append(opening > staying)
        opening, staying = (minus if score is None else staying + score), max(opening, staying)
    path = []
    opens = opening > staying
    for index in range(len(scores) - 1, -1, -1):
        path.append(opens)
        opens = False if opens else came_from[index]
    path.reverse()
    return path


def _articles(starts):
    """Build articles from (block, opens an article) decisions."""
    current = None  # (title line, title block, body blocks)
    for block, opens in starts:
        if opens or current is None:
            if current is not None:
                yield make_article(*current)
            current = (block.line, block.lines, [])
        else:
            current[2].append(block.lines)
    if current is not None:
        yield make_article(*current)


def _starts_article(previous, block, following, after, has_body):
    """The neighbour tests: True if a block passing the headline tests opens an article."""
    # following and after are None past the end of the dump.
    if following is None:  # the last block is a title only if the article before has a body
        return has_body
    if following.passes:
        return False
    if _carries_on(following.lines) and _is_fragment(block.lines) \
            and _ENDS_MID_SENTENCE.search(previous.lines[-1][-MID_SENTENCE_TAIL:]):
        return False  # words cut out of a sentence by a stripped link: "the", "Jamaican", "envoy"
    if after is not None and _is_fragment(following.lines) and (
            _carries_on(after.lines) or _ends_on_joiner(block.lines[0])):
        return False  # this line, then such words: the sentence was cut twice
    if _is_credit_block(following.lines) and (after is None or after.passes):
        return False  # no article is a byline alone: this line ends the body above it
    if previous.passes and has_body and _is_list_item(previous.lines, block.lines):
        return False  # the last of a run of short lines: a list, not a headline
    if _final_mark(block.lines[0]) in _QUESTION_MARKS and (
            _is_comment(following.lines)
            or _is_comment(previous.lines) and _is_short_or_credit(following.lines)):
        return False  # a question among reader comments, which a byline may follow
    return True


def _is_list_item(previous, block):
    """True if a title-like block after a title-like previous one reads as the next list item.

    List items are alike: a line more than twice as long (in words, and over 6) as the one
    before is not its fellow item, and quotations or questions are not list items.
    """
    if _final_mark(previous[0]) in _QUESTION_MARKS \
            or previous[0][:1] in _OPENING_QUOTES or _final_mark(block[0]) in _QUESTION_MARKS:
        return False
    return len(block[0].split()) <= max(MIN_LIST_ITEM_WORDS,
                                        LIST_ITEM_GROWTH * len(previous[0].split()))


def _carries_on(block):
    """True if a block goes on with a sentence: it starts in lower case or with , ; : ) ] . …"""
    opening = block[0].lstrip()[:1]
    return opening in _CARRIES_ON or opening.islower() and opening < "\u0530"


def _is_fragment(block):
    """True for what a stripped link leaves: one to three words, no final punctuation."""
    line = block[0]
    if len(block) != 1 or len(line) > MAX_FRAGMENT_CHARS:
        return False
    words = line.split()
    return (len(words) <= MAX_FRAGMENT_WORDS and _final_mark(line) not in _SENTENCE_MARKS
            and not line.endswith(_RUNS_ON)
            and not _is_credit(line.strip(), words))


def _is_short_or_credit(block):
    """True for a one-line block of at most three words, or a byline or credit."""
    return (len(block) == 1 and len(block[0]) <= MAX_FRAGMENT_CHARS
            and len(block[0].split()) <= MAX_FRAGMENT_WORDS
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
    return (block is not None and len(block) == 1 and len(block[0]) <= MAX_COMMENT_CHARS
            and len(block[0].split()) <= MAX_COMMENT_WORDS
            and _final_mark(block[0]) in _EXCLAMATION_OR_QUESTION_MARKS
            and not _has_inner_sentence_end(block[0]))


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
    r"""The JSON string of a text, in UTF-8, exactly as json.dumps(text, ensure_ascii=False).

    >>> encode_json_string('« Non »\n\tsaid "he"')
    b'"\xc2\xab Non \xc2\xbb\\n\\tsaid \\"he\\""'
    """
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

# The guess reads the first FIRST_SAMPLE_CHARS characters of an article, and reads on, up to
# LANGUAGE_SAMPLE_CHARS (all that is kept of an article for it), only when those are not
# decisive: a long article is not decided on a quotation or a byline.
LANGUAGE_SAMPLE_CHARS = 600
FIRST_SAMPLE_CHARS = 300
CONFIDENT = 0.9         # the confidence counted as sure in the stats
DECISIVE = 0.8          # confidence at which the first sample decides
LETTER_SAMPLE_CHARS = 250  # letters matter for short texts; words decide long ones
UNSPACED_SAMPLE_CHARS = 200  # characters counted in scripts written without spaces
MIN_EVIDENCE = 1.5      # stopword hits, plus letters / LETTERS_PER_HIT, below this: "und"
LETTERS_PER_HIT = 12    # letters worth as much evidence as one stopword
MIN_MARGIN = 0.05       # log-likelihood lead of the best language below this: "und"
LETTER_WEIGHT = 0.5     # weight of the letter frequencies against the stopwords
WORDS_DECIDE = 15.0     # stopword lead (in nats) beyond which letters are not consulted
TEMPERATURE = 4.0       # log-likelihood nats per softmax unit: calibrates the confidence
FULL_EVIDENCE = 2.5     # evidence at which the evidence factor reaches 1 - 1/e
POSTERIOR_LANGUAGES = 5  # the best-scoring languages the confidence's softmax runs over
# Open set: a text in a language the tables lack still has a best candidate, but that
# candidate's table covers less of it than it covers of real text in its language. The
# shortfall is measured in standard deviations of the covered share at the text's length.
FIT_SLACK = 1.25        # shortfall, in standard deviations, that is still normal
FIT_SCALE = 2.0         # standard deviations beyond the slack that cost a factor of e
# The tables' coverage is measured on web sentences; news, with fewer function words, covers
# less whatever its length: a spread, as a share of the mean, that long text does not shrink.
# It is allowed only to a winner far ahead of every other language: a text in a language the
# tables lack seldom is, and its best candidate then covers much less still.
GENRE_SPREAD = 0.2       # spread of the covered share between kinds of text, of its mean
GENRE_LEAD = (30.0, 50.0)  # lead over the runner-up (nats) that earns none, all of it
UND_FIT = 0.1           # a fit factor below this: "und"
# Letters tell too: Azerbaijani "ə", Macedonian "ќ" or Estonian "õ" are letters of the
# script that Turkish, Serbian or Finnish never use. Letters of the script that the winner's
# table lacks, beyond this share of the sample, cost a factor of e per FOREIGN_SCALE more.
FOREIGN_SLACK = 0.01
FOREIGN_SCALE = 0.01

# A word is a run of word characters; combining marks (Arabic, Hebrew, the vowel signs of
# the scripts of India) belong to the word. Everything else separates words. (Finding the
# runs with findall gives the words that replacing the rest by spaces and splitting gave,
# character for character, with one pass fewer: `tests/tools/benchmark.py language`.)
_WORD = re.compile("[\\w\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f"
                   "\u0670\u06d6-\u06ed\u0900-\u0963\u0966-\u0dff\u200c\u200d]+")

# Writing systems by first code point. Scripts marked * are written without spaces: their
# characters are counted one by one instead of words.
_SCRIPT_STARTS = (
    (0x0000, "latin"), (0x02b0, None), (0x0370, "greek"), (0x0400, "cyrillic"),
    (0x0530, "armenian"), (0x0590, "hebrew"), (0x0600, "arabic"), (0x0700, None),
    (0x0750, "arabic"), (0x0780, None), (0x0900, "devanagari"), (0x0980, "bengali"),
    (0x0a00, "gurmukhi"), (0x0a80, "gujarati"), (0x0b00, None), (0x0b80, "tamil"),
    (0x0c00, "telugu"), (0x0c80, None), (0x0e00, "thai*"), (0x0e80, None),
    (0x10a0, "georgian"), (0x1100, None), (0x1e00, "latin"), (0x1f00, "greek"), (0x2000, None),
    (0x3040, "cjk*"), (0x3100, None), (0x3400, "cjk*"), (0xa000, None), (0xac00, "hangul*"),
    (0xd7b0, None), (0xf900, "cjk*"), (0xfb00, None), (0xfb50, "arabic"), (0xfe00, None),
    (0xfe70, "arabic"), (0xff00, None),
)
_SCRIPT_CODES = [start for start, _ in _SCRIPT_STARTS]
# Tokens of scripts written without spaces are runs of words: a run counts as the words it
# holds (Chinese and Japanese words are about 1.5 characters, Thai about 5), so a Japanese
# text quoting English keeps its language.
_WORDS_PER_CHARACTER = {"cjk*": 1 / 1.5, "thai*": 1 / 5}
# Those scripts are the ones written without spaces (Korean has spaces, though its syllables
# are counted one by one): the splitting rule finds them with this pattern.
_UNSPACED_SCRIPT = re.compile("[%s]" % "".join(
    "%s-%s" % (chr(start), chr(end - 1))
    for (start, script), (end, _) in zip(_SCRIPT_STARTS, _SCRIPT_STARTS[1:])
    if script in _WORDS_PER_CHARACTER))
_URL_OR_EMAIL = re.compile(r"\S*(?:://|www\.|@)\S*")
_GREEK_ACCENTS = "\u0300\u0301\u0342"  # varia, oxia, perispomeni: all one tonos today
_GREEK_EXTENDED = re.compile("[\u1f00-\u1fff]")


def _monotonic_greek():
    """{code point: monotonic letters} for the polytonic letters of Greek Extended."""
    table = {}
    for point in range(0x1f00, 0x2000):
        parts = unicodedata.normalize("NFD", chr(point))
        if not parts[0].isalpha():
            continue
        marks = "\u0308" if "\u0308" in parts else ""
        marks += "\u0301" if any(accent in parts for accent in _GREEK_ACCENTS) else ""
        table[point] = unicodedata.normalize("NFC", parts[0] + marks)
    return table


_Foreign = namedtuple("_Foreign", "pattern ascii")


def _letters_pattern(letters):
    """A pattern matching any of these letters, or None for none, as ranges (quick to build)."""
    ranges = []
    for point in sorted(map(ord, letters)):
        if ranges and point == ranges[-1][1] + 1:
            ranges[-1][1] = point
        else:
            ranges.append([point, point])
    return re.compile("[%s]" % "".join(
        "%s-%s" % (re.escape(chr(first)), re.escape(chr(last))) for first, last in ranges)
    ) if ranges else None


def _script_ranges(script):
    """The (start, end) code point ranges of a writing system."""
    ends = _SCRIPT_CODES[1:] + [0x110000]
    return [(start, end) for (start, name), end in zip(_SCRIPT_STARTS, ends) if name == script]


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
    return _WORD.findall(lowered)


class _Model:
    """Scoring tables for one set of candidate languages, grouped by writing system."""

    def __init__(self, codes):
        self.languages = {}  # script -> the candidates written in it
        for code in sorted(codes):
            self.languages.setdefault(STOPWORDS[code][0], []).append(code)
        self.groups = {}  # script -> its tables, built when a text first needs them
        self.token_scripts = ScriptCache()
        self.foreign = {}  # language -> the letters of its script it does not use (_Foreign)
        self.monotonic = _monotonic_greek() if "greek" in self.languages else None

    def group(self, script):
        """(languages, word -> cost vector, letter -> cost vector, expected covered shares)."""
        group = self.groups.get(script)
        if group is None:
            languages = self.languages[script]
            words = _cost_vectors([STOPWORDS[code][1] for code in languages], 1.0, True)
            letters = _cost_vectors([STOPWORDS[code][2] for code in languages], LETTER_WEIGHT,
                                    False)
            covered = tuple(_coverage(*STOPWORDS[code][3]) for code in languages)
            group = self.groups[script] = (tuple(languages), words, letters, covered)
        return group

    def foreign_letters(self, language):
        """The letters of a language's script it does not use: a pattern matching them, and
        one matching those in ASCII (None when it uses every ASCII letter)."""
        foreign = self.foreign.get(language, False)
        if foreign is False:
            script, own = STOPWORDS[language][0], STOPWORDS[language][2]
            # (capitals too, which lowercased text lacks: they join the lowercase letters
            # around them into fewer ranges)
            letters = [chr(point) for start, end in _script_ranges(script)
                       for point in range(start, end) if chr(point).isalpha()
                       and (chr(point) not in own or chr(point).lower() != chr(point))]
            foreign = self.foreign[language] = _Foreign(_letters_pattern(letters), (
                _letters_pattern([letter for letter in letters
                                  if letter.isascii() and letter.islower()])))
        return foreign

    def script(self, sample, tokens):
        """(writing system among the candidates' that most words are in, its share of them)."""
        # Text under a fifth non-ASCII is Latin script, cheap to tell, and most text is:
        # accents are at most 18% of the characters even in Czech or Turkish.
        if _mostly_ascii(sample) and "latin" in self.languages:
            return "latin", 1.0
        # Otherwise every word of the sample votes: a Russian text that opens with
        # "Intel Core" stays Russian.
        words = script_words(tokens, self.token_scripts)
        for script, count in words.most_common():
            if script in self.languages:
                return script, count / sum(words.values())
        return None, 0.0


def _mostly_ascii(sample):
    """Whether less than a fifth of a text is outside ASCII."""
    if sample.isascii():  # (a flag CPython keeps on the string: nothing to count)
        return bool(sample)
    return 5 * (len(sample) - len(sample.encode("ascii", "ignore"))) < len(sample)


class ScriptCache(dict):
    """{character: its writing system, None unless a letter}, filled as characters are met."""

    def __missing__(self, char):
        script = self[char] = script_of(char) if char.isalpha() else None
        return script


def script_words(tokens, cache):
    """{writing system: words of these tokens in it}, a token's script that of its first letter."""
    # The first half counts twice: a title and a lead are in the article's language, a
    # quotation in another comes later.
    half = len(tokens) // 2
    words = Counter(map(cache.__getitem__, map(itemgetter(0), tokens)))
    words.update(map(cache.__getitem__, map(itemgetter(0), tokens[:half])))
    words.pop(None, None)
    for script in _WORDS_PER_CHARACTER.keys() & words.keys():  # runs of words: count letters
        words[script] = _WORDS_PER_CHARACTER[script] * sum(
            len(token) * (2 if number < half else 1) for number, token in enumerate(tokens)
            if cache[token[0]] == script)
    return words


def countable(tokens, share):
    """How many tokens a table's coverage is measured over: those in the script."""
    return len(tokens) * share


def without_numbers(count, sample):
    """A count of a sample's tokens less its share of the tokens that are numbers."""
    words = _words(sample)
    numbers = sum(word[0].isdigit() for word in words)
    return count * (1 - numbers / len(words)) if numbers else count


def script_share(sample, script):
    """The share of a lowercased sample's words in a writing system, as the guesser counts it."""
    if script == "latin" and _mostly_ascii(sample):
        return 1.0
    words = script_words(_words(sample), ScriptCache())
    return words.get(script, 0) / max(1e-9, sum(words.values()))


# Every language of a script is scored at once. A token's cost in each language (its negative
# log-probability, in fixed point) fills one 32-bit field of a single integer, so summing the
# integers of the hits sums every language's score in C. The field's low LISTED_BITS bits
# count the tokens the language's table lists, so the same sum counts how much of the text
# each table covers, and fields still compare as costs. Nothing carries into the cost or the
# next field: a sample holds fewer than 2**LISTED_BITS tokens (LANGUAGE_SAMPLE_CHARS is
# below it), and its costs stay below 2**32 (a word costs at most 16 nats, a letter half
# that, in units of 1/128 nat: the tests check the largest sample).
LISTED_BITS = 10
_LISTED_MASK = (1 << LISTED_BITS) - 1
COST_UNIT = 1 << (7 + LISTED_BITS)  # cost units per nat, above the count
_FIELD_BYTES = 4
_FIELD_BITS = 8 * _FIELD_BYTES
WORDS_DECIDE_UNITS = WORDS_DECIDE * COST_UNIT
MIN_MARGIN_UNITS = MIN_MARGIN * COST_UNIT
_UNITS_TO_SOFTMAX = 1.0 / (TEMPERATURE * COST_UNIT)
# A lead beyond which the softmax is 1 to many more places than the two the answer keeps.
CLEAR_LEAD_UNITS = 30 * TEMPERATURE * COST_UNIT


def _cost_vectors(tables, weight, counted):
    """{token: its packed costs in the languages of tables}, for every token of any table."""
    weights = [_log_weights(table) for table in tables]
    # A token no table lists costs every language the same: it says nothing of the language.
    # (Each table's own floor would favour the language of the smallest, least specific
    # table whenever a text's words are in none: telegraphic news taken for Latin.)
    floor = min(floor for _, floor in weights)
    floors = [_fixed(-floor * weight)] * len(tables)
    missing = _pack(floors)
    vectors = dict.fromkeys(sorted(set().union(*tables)), missing)
    # Start every token at the cost of a miss everywhere, then correct the field of each
    # language that lists it: one addition per table entry, not per token and language.
    listed = 1 if counted else 0
    for field, ((logs, _), floor) in enumerate(zip(weights, floors)):
        shift = _FIELD_BITS * field
        for token, log in logs.items():
            vectors[token] += (_fixed(-log * weight) - floor + listed) << shift
    return vectors


def _fixed(cost):
    """A cost in nats as a whole number of cost units, its count bits zero."""
    return round(cost * (COST_UNIT >> LISTED_BITS)) << LISTED_BITS


def _pack(costs):
    """One integer holding a fixed-point cost in each field, the first lowest."""
    return sum(cost << (_FIELD_BITS * field) for field, cost in enumerate(costs))


def _unpack(packed, count):
    """The count fields of a packed integer, as a list of fixed-point costs."""
    fields = array("I", packed.to_bytes(count * _FIELD_BYTES, "little"))
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
    # _sample -> _scores (_script, then _costs) -> _confidence; _combined when reading on.
    model = _model(candidates)
    scores = _scores(model, _sample(text, FIRST_SAMPLE_CHARS))
    guess = _confidence(model, scores)
    if guess[1] < DECISIVE and len(text) > FIRST_SAMPLE_CHARS:
        # Not decisive: read on, weighing the next part's evidence with the first's.
        rest = _sample(text[FIRST_SAMPLE_CHARS:LANGUAGE_SAMPLE_CHARS], LANGUAGE_SAMPLE_CHARS)
        guess = _confidence(model, _combined(scores, _scores(model, rest)))
    return guess


def _sample(text, chars):
    """The start of a text, lowercased, with URLs and e-mail addresses blanked out."""
    sample = text[:chars].lower()
    if "://" in sample or "www." in sample or "@" in sample:
        sample = _URL_OR_EMAIL.sub(" ", sample)
    if "\xad" in sample:  # a soft hyphen is inside a word, not between two
        sample = sample.replace("\xad", "")
    return sample


# What a sample says: its writing system and that script's scoring group (see _Model.group),
# the packed costs of its languages (and each one's cost in a list, and that list sorted),
# the tokens a table's coverage is measured over, the evidence, and the sample itself.
Scores = namedtuple("Scores", "script group total costs ranked tokens evidence sample")


def _scores(model, sample):
    """The Scores of a lowercased sample; None when no word is in a candidate's script."""
    script, share, sample, tokens = _script(model, sample)
    if script is None:
        return None
    group = model.groups.get(script) or model.group(script)
    total, costs, ranked, evidence = _costs(group, tokens, sample)
    return Scores(script, group, total, costs, ranked, countable(tokens, share), evidence,
                  sample)


def _script(model, sample):
    """(writing system, its share of the words, the sample and its tokens as scored there)."""
    tokens = _words(sample)
    script, share = model.script(sample, tokens)
    if script == "greek" and _GREEK_EXTENDED.search(sample):
        sample = sample.translate(model.monotonic)
        tokens = _words(sample)
    elif script is not None and script.endswith("*"):  # unspaced: characters, not words
        tokens = sample[:UNSPACED_SAMPLE_CHARS]
    return script, share, sample, tokens


def _costs(group, tokens, sample):
    """(packed costs, each language's cost, those sorted, evidence) of a sample's tokens."""
    languages, word_costs, letter_costs, _ = group
    hits = list(filter(None, map(word_costs.get, tokens)))  # repeats and all
    evidence = len(hits)
    # (no hit at all: the letters alone may still tell, a short Finnish headline of words no
    # table lists; they tie every language at 0 below, so the letters are consulted)
    total = sum(hits)
    costs = _unpack(total, len(languages))
    ranked = sorted(costs)
    if evidence < MIN_EVIDENCE or len(ranked) > 1 and ranked[1] - ranked[0] < WORDS_DECIDE_UNITS:
        # Close call or little text: the letters of the script add their evidence.
        letters = _letter_counts(sample[:LETTER_SAMPLE_CHARS])
        evidence += sum(letters.values()) / LETTERS_PER_HIT
        # Only letters some candidate lists are scored: a letter of another script (a Russian
        # quotation in a Turkish text) would cost each language its floor, and favour the
        # language with the highest floor whatever the text.
        known = list(filter(letter_costs.__contains__, letters))
        total += sum(map(mul, map(letters.__getitem__, known),
                         map(letter_costs.__getitem__, known)))
        costs = _unpack(total, len(languages))
        ranked = sorted(costs)
    return total, costs, ranked, evidence


def _letter_counts(text):
    """{letter: how often it occurs} for the letters of a text."""
    # Each distinct letter counted by str.count: a text has a few dozen, and counting them
    # one character at a time costs more (`tests/tools/benchmark.py language`).
    return {char: text.count(char) for char in set(text) if char.isalpha()}


def _combined(first, more):
    """The Scores of two parts of a text read one after the other."""
    if first is None or more is None:
        return first or more
    if first.script != more.script:  # the part with more words in its script decides
        return first if first.tokens >= more.tokens else more
    total = first.total + more.total
    costs = _unpack(total, len(first.group[0]))
    return Scores(first.script, first.group, total, costs, sorted(costs),
                  first.tokens + more.tokens, first.evidence + more.evidence,
                  first.sample + " " + more.sample)


def _confidence(model, scores):
    """(language or 'und', confidence): the best language, if it leads and fits the text."""
    if scores is None:
        return "und", 0.0
    languages, _, _, covered = scores.group
    costs, ranked = scores.costs, scores.ranked
    best = ranked[0]
    if scores.evidence < MIN_EVIDENCE or len(ranked) > 1 and ranked[1] - best < MIN_MARGIN_UNITS:
        return "und", 0.0
    # (the index of the first best cost: a tie goes to the first code in alphabetical order)
    winner = costs.index(best)
    # (a lone candidate leads nothing: its fit gets no allowance)
    lead = (ranked[1] - best) / COST_UNIT if len(ranked) > 1 else 0.0
    genre = min(1.0, max(0.0, (lead - GENRE_LEAD[0]) / (GENRE_LEAD[1] - GENRE_LEAD[0])))
    fit = _fit(best & _LISTED_MASK, scores.tokens, covered[winner], genre)
    if not scores.script.endswith("*"):  # (there, the letters are the words)
        if fit < 1.0:  # numbers are no words of any language: a table of figures is not foreign
            fit = _fit(best & _LISTED_MASK, without_numbers(scores.tokens, scores.sample),
                       covered[winner], genre)
        foreign = model.foreign.get(languages[winner]) or model.foreign_letters(
            languages[winner])
        if foreign.pattern and (foreign.ascii or not scores.sample.isascii()):
            fit *= _letter_fit(foreign.pattern, scores.sample)
    if fit < UND_FIT:
        return "und", 0.0
    if len(ranked) == 1 or ranked[1] - best > CLEAR_LEAD_UNITS:
        posterior = 1.0  # (to the last decimal place)
    else:
        posterior = 1.0 / sum([math.exp((best - cost) * _UNITS_TO_SOFTMAX)
                               for cost in ranked[:POSTERIOR_LANGUAGES]])
    return (languages[winner],
            round(posterior * (1.0 - math.exp(-scores.evidence / FULL_EVIDENCE)) * fit, 2))


def _coverage(mean, deviation, tokens):
    """(mean, variance times tokens, variance of genre) of the share of real text a table
    covers, from per mille figures measured on samples of so many tokens: the first variance
    shrinks as texts grow, the second does not."""
    return mean / 1000, (deviation / 1000) ** 2 * tokens, (GENRE_SPREAD * mean / 1000) ** 2


def _letter_fit(foreign_letters, sample):
    """How well the letters of a sample suit a language, in [0, 1]."""
    share = len(foreign_letters.findall(sample)) / len(sample)
    if share <= FOREIGN_SLACK:
        return 1.0
    return math.exp(-(share - FOREIGN_SLACK) / FOREIGN_SCALE)


def _fit(listed, tokens, expected, genre_weight):
    """How well a table's coverage of a text matches real text of its language, in [0, 1],
    allowing for so much of the spread between kinds of text (0 to 1)."""
    mean, spread, genre = expected
    deficit = mean - listed / tokens
    if deficit <= 0.0:  # as well covered as usual, or better
        return 1.0
    shortfall = deficit / math.sqrt(spread / tokens + genre * genre_weight)
    if shortfall <= FIT_SLACK:
        return 1.0
    return math.exp(-(shortfall - FIT_SLACK) / FIT_SCALE)


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
JOBS_MIN_BYTES = 32 << 20


def worker_count(jobs):
    """The workers --jobs N starts: N (0: one a core), at most one a core this process may use."""
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
        self.confident = 0  # articles given a language at confidence >= CONFIDENT

    def track(self, records):
        """Pass Tagged records through, counting them."""
        languages = self.languages
        for record in records:
            self.articles_written += 1
            self.articles_kept += record.id is not None
            self.empty_bodies += record.article.paragraphs == 0
            self.multi_paragraph_bodies += record.article.paragraphs > 1
            languages[record.language] += 1
            self.confident += record.confidence >= CONFIDENT
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
                "language_confident_share": round(
                    self.confident / max(1, self.articles_written), 4),
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
    """A time left as the progress line shows it.

    >>> _duration(7), _duration(750), _duration(3723)
    ('0:07', '12:30', '1:02:03')
    """
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
    """A path as the shell would need it written: '' for an empty one, quotes around spaces.

    >>> print(_quoted(""), _quoted("dump.txt"), _quoted("my dump.txt"))
    '' dump.txt 'my dump.txt'
    """
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
  %(prog)s a.txt b.txt.gz > both.json    several dumps, deduplicated as one
  %(prog)s --seen seen.db today.txt      only what no earlier run wrote (recorded in seen.db)

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
# frequent characters) with their frequency per million tokens, its letters with theirs, and
# how much of real text its words cover (mean and spread, in per mille, over samples of
# FIRST_SAMPLE_CHARS characters holding the given number of tokens). Built by
# tests/tools/build_stopwords.py from the first 70% of the sentences of each language in a
# multilingual corpus of web sentences (Leipzig Wortschatz); the last 30% are held out for
# tests/tools/accuracy.py. A corpus word enters a table only if it occurs in at least 0.4% of
# that language's sentences, which keeps names and topic words out and leaves function words.
# For 40 languages the tables also hold the 600 most frequent words of wordfreq 3.1.1
# (Robyn Speer, https://doi.org/10.5281/zenodo.7199437), whose frequencies, drawn from large
# mixed corpora, are averaged with the corpus's: data under CC BY-SA 4.0, and so are these
# tables (see README.md, "Languages", for the credits). Texts are scored with the log of these
# frequencies, so a word that is frequent in one language and rare or absent in its
# neighbours (Danish "af" against Norwegian "av") weighs most. Run the build script again to
# regenerate the tables.

LANGUAGE_NAMES = {
    "af": "Afrikaans", "ar": "Arabic", "az": "Azerbaijani", "be": "Belarusian",
    "bg": "Bulgarian", "bn": "Bengali", "bs": "Bosnian", "ca": "Catalan", "cs": "Czech",
    "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek", "en": "English",
    "eo": "Esperanto", "es": "Spanish", "et": "Estonian", "eu": "Basque", "fa": "Persian",
    "fi": "Finnish", "fr": "French", "ga": "Irish", "gu": "Gujarati", "he": "Hebrew",
    "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "hy": "Armenian", "id": "Indonesian",
    "is": "Icelandic", "it": "Italian", "ja": "Japanese", "ka": "Georgian", "kk": "Kazakh",
    "ko": "Korean", "la": "Latin", "lg": "Ganda", "lt": "Lithuanian", "lv": "Latvian",
    "mi": "Maori", "mk": "Macedonian", "mn": "Mongolian", "mr": "Marathi", "ms": "Malay",
    "nb": "Norwegian Bokmål", "nl": "Dutch", "nn": "Norwegian Nynorsk", "pa": "Punjabi",
    "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak",
    "sl": "Slovenian", "sn": "Shona", "so": "Somali", "sq": "Albanian", "sr": "Serbian",
    "st": "Sesotho", "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu",
    "th": "Thai", "tl": "Tagalog", "tn": "Setswana", "tr": "Turkish", "ts": "Tsonga",
    "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese", "xh": "Xhosa", "yo": "Yoruba",
    "zh": "Chinese", "zu": "Zulu",
}


def _table(pairs):
    """Parse 'word frequency word frequency ...' into a dict."""
    items = pairs.split()
    return dict(zip(items[::2], map(int, items[1::2])))


# BEGIN GENERATED STOPWORD TABLES
# Generated by tests/tools/build_stopwords.py from the sentence corpus and wordfreq 3.1.1
# (Robyn Speer; data CC BY-SA 4.0, so these tables too: see README.md, Languages).
STOPWORDS = {
    'af': ('latin', _table(
        'die 70477 en 31081 van 25672 is 21555 in 21393 n 19617 nie 17922 het 17195 '
        'wat 14531 dit 12836 te 12432 ek 11544 om 9768 vir 9607 as 9203 met 8234 dat 8154 '
        'op 7992 word 7508 ons 6781 hulle 6297 se 6135 my 6055 hy 5893 sy 5409 aan 5247 '
        'kan 5247 oor 5247 ook 5086 hierdie 5005 jy 4682 jou 4602 maar 4521 sal 4279 '
        'daar 4036 was 4036 deur 3875 by 3794 na 3794 gaan 3552 of 3391 uit 2664 wees 2664 '
        'toe 2583 ander 2422 baie 2422 moet 2422 soos 2422 hom 2341 een 2260 god 2260 '
        'haar 2260 maak 2260 so 2260 al 2180 mense 2180 wil 2180 net 2099 nou 2099 '
        'tot 2099 dan 2018 kom 2018 dis 1938 julle 1938 laat 1938 sê 1938 hoe 1776 '
        'meer 1695 waar 1695 sou 1615 kyk 1534 u 1453 af 1372 mens 1372 nog 1372 dag 1292 '
        'egter 1292 groot 1292 here 1292 hier 1292 jesus 1292 kon 1292 werk 1292 teen 1211 '
        'voor 1211 weet 1211 bly 1130 eerste 1130 gebruik 1130 geen 1130 iets 1130 '
        'lees 1130 ŉ 1130 begin 1049 dink 1049 doen 1049 goed 1049 onder 1049 deel 969 '
        'elke 969 gemaak 969 glo 969 leer 969 want 969 alle 888 binne 888 eie 888 '
        'enige 888 hou 888 kerk 888 lewe 888 nuwe 888 sien 888 staan 888 suid 888 twee 888 '
        'vandag 888 wanneer 888 alles 807 daarom 807 dus 807 gesê 807 goeie 807 jaar 807 '
        'probeer 807 s 807 selfs 807 tyd 807 woord 807 almal 727 anders 727 beteken 727 '
        'gesien 727 hand 727 help 727 hul 727 kry 727 omdat 727 plek 727 stap 727 '
        'verder 727 verstaan 727 vier 727 vra 727 weer 727 altyd 646 boek 646 '
        'dieselfde 646 dié 646 eers 646 gehad 646 geregtigheid 646 jong 646 kinders 646 '
        'plaas 646 rol 646 slegs 646 stel 646 terwyl 646 tussen 646 afrika 565 '
        'afrikaanse 565 christus 565 daarvan 565 land 565 lekker 565 lig 565 mekaar 565 '
        'neem 565 ou 565 reg 565 saam 565 sluit 565 soms 565 ten 565 vrou 565 wie 565 '
        'aarde 484 behoort 484 bestaan 484 bied 484 bo 484 dae 484 dankie 484 de 484 '
        'drie 484 enigste 484 foto 484 hê 484 ja 484 keer 484 klein 484 laaste 484 lyk 484 '
        'lê 484 mag 484 makliker 484 man 484 nooit 484 pad 484 raak 484 regte 484 ry 484 '
        'soek 484 sommer 484 speel 484 universiteit 484 vorige 484 waarvan 484 water 484 '
        'weg 484 wêreld 484 a 404 afgelope 404 albei 404 bekend 404 bewys 404 bybel 404 '
        'daardie 404 dr 404 einde 404 elkeen 404 gee 404 geld 404 gemeenskap 404 '
        'gemeente 404 gespeel 404 geval 404 heilige 404 hof 404 hoor 404 iemand 404 '
        'kant 404 ken 404 kennis 404 kies 404 lei 404 maatskappy 404 meeste 404 mening 404 '
        'niks 404 nodig 404 november 404 oktober 404 ontwikkeling 404 opsigte 404 '
        'ouers 404 reeds 404 sekere 404 seun 404 sit 404 sodat 404 sonder 404 vader 404 '
        'vanaf 404 vanjaar 404 veral 404 verseker 404 vind 404 voel 404 volg 404 vorm 404 '
        'vraag 404 waarheid 404 week 404 wel 404 woorde 404 aanvaar 323 afriforum 323 '
        'agter 323 antwoord 323 armoede 323 belangrike 323 beskikbaar 323 beskou 323 '
        'beskryf 323 beste 323 beter 323 betrokke 323 bietjie 323 boere 323 daarin 323 '
        'daarna 323 dalk 323 dien 323 ding 323 doel 323 dra 323 draai 323 dít 323 ens 323 '
        'evangelie 323 feit 323 gees 323 geestelike 323 gehoor 323 gehou 323 geluk 323 '
        'genade 323 geplaas 323 gesin 323 hele 323 indien 323 israel 323 jouself 323 '
        'kaap 323 karakters 323 kind 323 kliek 323 kommentaar 323 kuier 323 langs 323 '
        'leef 323 leerders 323 lewens 323 maande 323 manier 323 min 323 minute 323 '
        'naaste 323 natuurlik 323 ontvang 323 oop 323 optree 323 oud 323 oë 323 paar 323 '
        'politieke 323 praat 323 redelik 323 regering 323 regtig 323 ryk 323 saak 323 '
        'seker 323 skryf 323 skuld 323 sonde 323 ter 323 terug 323 testament 323 tog 323 '
        'trou 323 tydens 323 val 323 verband 323 verlede 323 verskillende 323 verwag 323 '
        'vol 323 volgende 323 vrede 323 waarop 323 wag 323 afrikaners 242 algemeen 242 '
        'aspek 242 band 242 bedoel 242 bereik 242 berg 242 beskik 242 besoek 242 bevat 242 '
        'bring 242 buite 242 bydrae 242 donker 242 eet 242 erken 242 familie 242 '
        'gedoen 242 geloof 242 gereeld 242 gesindheid 242 graag 242 hoef 242 huis 242 '
        'kuns 242 liefde 242 maand 242 minste 242 oupa 242 persoonlike 242 redes 242 '
        'rigting 242 sam 242 seuns 242 skakel 242 skyn 242 stem 242 tee 242 toon 242 '
        'verskeie 242 vlak 242 vrae 242 vrees 242 waarin 242 wes 242 wyse 242'), _table(
        'e 173653 i 83518 a 81518 n 77909 s 64708 r 64514 o 62762 d 57914 t 54764 l 39954 '
        'k 35424 g 35106 m 25038 u 21410 v 21021 h 19411 w 19004 b 15536 p 14969 y 12032 '
        'f 8670 j 5485 c 2070 ê 1186 ë 743 é 336 z 301 ŉ 248 x 159 ö 106 í 88 q 71 á 71 '
        'ó 71'), (612, 78, 53)),
    'ar': ('arabic', _table(
        'في 31112 من 27996 على 15523 أن 10143 و 7786 إلى 7767 لا 6533 ما 5723 عن 5650 '
        'التي 5222 أو 4660 هذا 4618 هذه 4128 مع 4088 كل 3509 الذي 3111 هو 2904 كان 2819 '
        'الله 2791 ذلك 2786 بعد 2531 مسلسل 2278 لم 2127 بين 2117 كما 2096 بعض 1959 إن 1927 '
        'قد 1924 هي 1877 خلال 1724 أي 1712 ان 1684 حتى 1592 كانت 1589 الى 1532 قبل 1497 '
        'الحلقة 1376 غير 1372 العربية 1359 عليه 1344 ولا 1327 تم 1322 الذين 1295 '
        'مباشرة 1293 فى 1277 حيث 1265 يوم 1262 إذا 1244 عام 1232 له 1229 هل 1223 أيضا 1217 '
        'اليوم 1202 يوتيوب 1186 ومن 1174 وهو 1167 يا 1162 ي 1139 يمكن 1107 مشاهدة 1091 '
        'به 1082 علي 1070 فيه 1069 العمل 1066 لها 1061 ثم 1027 هناك 1025 منذ 1022 أنه 1012 '
        'اون 997 أكثر 995 العام 966 بن 965 لكن 962 الناس 955 هنا 948 مثل 945 عند 929 '
        'يكون 916 لاين 902 الآن 894 المتحدة 893 ولكن 892 محمد 882 بشكل 873 أخرى 863 '
        'فيها 832 دون 831 العالم 821 جميع 821 أنت 820 وفي 820 تكون 815 إلا 773 أحد 762 '
        'وقد 762 لي 757 وعلى 756 بها 751 ذات 751 حول 750 قال 747 مدينة 736 شيء 725 لك 725 '
        'فإن 718 فقط 715 عبد 712 لو 704 بما 703 يتم 703 عمل 702 فيديو 700 عدد 693 '
        'الوقت 678 عليها 674 تلك 673 رئيس 672 المنطقة 665 واحد 655 وهي 655 السعودية 639 '
        'إدارة 637 بل 636 بأن 625 سنة 619 وذلك 614 مما 613 تحت 608 ليس 606 المدينة 593 '
        'النظام 585 التعليم 582 أجل 575 عندما 572 السلام 561 يقول 553 الإنسان 551 وما 551 '
        'خاصة 549 مجال 544 أم 541 الشيخ 538 آخر 536 الأخرى 534 كيف 530 الأول 528 '
        'الرئيس 524 لقد 519 جديدة 518 الدول 517 الحياة 513 الدولة 513 عبر 506 مصر 498 '
        'منها 498 يجب 498 أمام 494 شخص 491 الوطني 490 جدا 488 سنوات 484 مجلس 484 '
        'الكثير 477 مجموعة 477 العامة 475 شركة 475 أنها 473 الأمر 471 او 471 البلاد 470 '
        'نحو 470 تقوم 467 الملك 466 الولايات 466 طريق 466 المجلس 465 أما 461 دولة 461 '
        'فقد 458 العديد 452 اللغة 452 لن 451 نفس 451 وزارة 450 المزيد 449 ب 449 الخاصة 446 '
        'هم 446 الحكومة 441 أنا 435 أول 435 لهم 435 كبيرة 432 مرة 430 الخاص 429 الشركة 425 '
        'عنه 424 الوطنية 419 تطبيق 419 الدين 418 وكان 418 الشعب 416 المجتمع 413 لأن 413 '
        'منه 413 عدم 411 لدى 411 عملية 407 كنت 406 حسب 405 بدون 403 هؤلاء 403 عليك 399 '
        'م 399 نظام 399 الساعة 397 انا 397 وأن 395 العربي 393 ولم 393 المملكة 385 كذلك 385 '
        'منهم 384 المختلفة 380 ـ 380 قام 380 وقال 380 وهذا 380 إنه 376 كبير 376 والتي 376 '
        'البحث 372 العرب 372 رسالة 372 حين 371 لكل 371 منطقة 371 وقت 371 القانون 369 '
        'يقوم 369 ال 367 بالنسبة 367 اذا 366 الأرض 366 الدولي 366 تاريخ 363 داخل 363 '
        'العالمية 359 نوع 357 وزير 357 عشر 356 إحدى 354 مختلفة 354 المعلومات 352 لذلك 352 '
        'الأولى 345 ل 345 المسلمين 344 الي 344 ضمن 344 نهاية 341 أكبر 340 موقع 340 '
        'واحدة 340 الدولية 337 الماضي 337 المدرسة 337 عاما 337 قسم 337 الأمريكية 334 '
        'الجديدة 334 أيضاً 332 الجامعة 332 الجهات 332 الحكومية 332 الخدمة 332 الدعم 332 '
        'الدكتور 332 الصفحة 332 العالي 332 يوجد 328 أهل 326 برنامج 324 عدة 324 ماذا 324 '
        'أفضل 323 أعمال 322 حد 321 حق 321 قتل 321 مليون 320 يكن 320 نحن 318 إليه 316 '
        'بسبب 316 عنها 315 نفسه 313 يعني 313 السنة 310 كلمة 304 جامعة 299 دور 299 يعرف 299 '
        'لنا 298 حركة 297 ليست 297 إسرائيل 294 استخدام 293 عليهم 293 الثالث 290 وسلم 290 '
        'أحمد 289 حالة 289 علينا 289 وجود 289 لما 287 الموقع 286 أهم 285 البيانات 285 '
        'التعليمية 285 الجواب 285 العلمية 285 القسم 285 المؤسسة 285 المجال 285 ساعات 285 '
        'صفحة 285 وفقا 285 وبعد 283 خاص 281 ضد 281 أمر 280 المركز 279 بك 276 فيما 276 '
        'أصبح 274 لمدة 274 الاتحاد 272 تعمل 268 ربما 268 والذي 268 الحصول 265 '
        'الإسلامية 262 الثاني 262 الجيش 260 ثلاثة 260 صلى 260 كانوا 260 أقل 259 الكويت 259 '
        'لهذا 257 جديد 256 بداية 254 حياة 254 صباح 254 سيكون 252 الإسلام 249 السيد 249 '
        'العلاقات 249 بذلك 249 حاليا 247 دول 247 قالت 247 معظم 247 لكم 246 الأعمال 244 '
        'الثانية 242 الحرب 242 سبب 240 الأمور 238 لديها 238 نفسي 238 الاستثمار 237 '
        'الامور 237 الخدمات 237 الرابعة 237 السؤال 237 الطبية 237 الطلاب 237 المالية 237 '
        'المجالات 237 المسلسل 237 المشروع 237 انقر 237 تجاه 237 تطوير 237 تعزيز 237 '
        'تنفيذ 237 خبرة 237 علمية 237 قليلة 237 معرفة 237 مهمة 237 نجاد 237 نسبة 237 '
        'وجه 237 وحدة 237 ودعم 237 ولو 237 لماذا 236 الا 235 ترى 235 طويلة 235 أمريكا 233 '
        'ابن 233 جانب 233 قوة 233 بأنه 232 خارج 232 يبدو 232 اكثر 231 فهو 231 بدأ 229 '
        'صورة 229 لهذه 229 مستوى 229 نعم 229 البيت 227 العزيز 227 الجميع 223 وليس 223 '
        'دائما 221 اسم 220 ثلاث 220 ذكر 220 رقم 220 ساعة 220 البعض 217 وضع 217 باسم 215 '
        'فريق 215 كتاب 215 انت 214 النار 213 كثيرا 213 مكان 213 الرغم 212 الطريق 212 '
        'النساء 212 سبيل 212 الشباب 209 بكل 209 بلا 209 علم 209 طريقة 207 وسط 207 أبو 205 '
        'فوق 205 صغيرة 204 أثناء 202 سوف 202 عرض 202 لبنان 202 الحكم 199 تعلم 199 فلا 199 '
        'مركز 198 التاريخ 197 الخارجية 197 دي 197 مشروع 197 جزء 195 عمر 195 قصة 195 '
        'مختلف 195 وكذلك 195 رجل 191 وأنا 191 أحمدي 190 أداء 190 أنظمة 190 إبراهيم 190 '
        'إجراء 190 الأجهزة 190 الأمير 190 الإسلامي 190 الإنجليزية 190 الابتدائية 190 '
        'البرنامج 190 التقييم 190 الجنوبية 190 الدراسات 190 الدراسة 190 الشامل 190 '
        'الشعر 190 الصلاة 190 الصين 190 الطالب 190 الطرق 190 العلاقة 190 العملية 190 '
        'الفساد 190 القطاع 190 القوات 190 الكنيست 190 الكورية 190 المؤتمر 190 المعنية 190 '
        'المواد 190 الوزارة 190 ايران 190 بصورة 190 بي 190 بيروت 190 تبدأ 190 تحسين 190 '
        'تحميل 190 ترك 190 تعتبر 190 تعرض 190 تعلن 190 تقديم 190 حقوق 190 زيارة 190 '
        'سواء 190 سيتم 190 صالح 190 ع 190 عالية 190 فإنه 190 لدينا 190 للبحث 190 لله 190 '
        'لمن 190 مؤسسة 190 مسئولية 190 مطابقة 190 ملاحظة 190 ممن 190 نتائج 190 نقل 190 '
        'والسلام 190 يونهاب 190 الحب 188 المصري 188 المياه 188 فيلم 188 كامل 188 مهما 188 '
        'نشر 188 نوفمبر 188 الأقل 186 الموضوع 186 بينما 186 حكم 186 دولار 186 ألف 185 '
        'الشرطة 185 بواسطة 185 حال 185 إلي 184 الرئيسية 184 الصغيرة 184 العسكرية 184 '
        'الماء 184 شئ 184 منا 184 إليها 182 المرأة 182 انه 182 جميعا 182 شهر 182 طلب 182 '
        'كم 182 قرار 180 بدأت 179 أيام 176 بناء 176 صحيح 176 فترة 176 إذ 170 اليمن 170 '
        'شيئا 170 معه 170 يوما 170 الجديد 166 تقول 166 صور 166 الأخيرة 164 الأمن 164 '
        'الواقع 164 يحدث 164 يعمل 164 السياسية 162 العراق 162 جنوب 162 فعل 162 لأنه 159 '
        'وأنت 159 ومع 159 إيران 158 فبراير 157 عالم 154 يعد 154 وهم 152 يونيو 152 '
        'المغرب 149 تقريبا 149 الكتاب 148 آل 147 أشهر 147 أعضاء 147 المناطق 147 فكرة 147 '
        'مجرد 147 الآخر 145 النبي 145 مايو 145 وإن 145 أبي 144 بالإضافة 144 أبدا 143 '
        'إعادة 143 الحديث 143 آله 142 أدنى 142 الامريكي 142 التجارية 142 التقنية 142 '
        'الثقافية 142 الطلب 142 القدس 142 القديمة 142 المشكلة 142 المطلوبة 142 '
        'عبدالعزيز 142 يؤدي 142 يجوز 142 الفيلم 141 اي 141 سوريا 141 ولد 141 حوالي 140 '
        'عيد 140 مساء 140 أنك 138 الحقيقة 138 تكن 138 سبتمبر 138 شكرا 138 كتب 138 مني 138 '
        'يوليو 138 العالمي 136 القدم 136 الوصول 136 روسيا 136 قامت 136 احد 134 الأطفال 134 '
        'الاجتماعية 134 الخير 134 الرجال 134 القاهرة 134 المال 134 بهم 134 مقابل 134 '
        'منك 134 السكان 132 السياسي 132 توجد 132 خالد 132 سوى 132 حسن 128 مارس 128 '
        'أنهم 125 الان 125 العمر 117 تماما 117 حدث 117 نفسك 117 الرجل 112 أكتوبر 110 '
        'الحق 110 السابق 110 الموت 110 بهذه 110 رجال 110 رغم 110 وكانت 110 أصبحت 107 '
        'انظر 107 انك 107 بهذا 107 حزب 107 قناة 107 كنا 107 السعودي 104 زيادة 104 '
        'قائمة 104 يمكنك 104 جاء 102 رسول 102 قوات 102 كثير 102 يناير 102 الدفاع 100 '
        'نتيجة 100 تعرف 98 تويتر 98 مباراة 98 وكل 98 ألا 96 المصرية 96 فرصة 96 قانون 96 '
        'بيت 93 جون 93 حصل 93 الشرق 91 سعيد 91 الداخلية 89 الطعام 89 القرآن 89 يعتبر 89 '
        'قلت 87 إليك 85 المكان 85 جميل 85'), _table(
        'ا 152594 ل 124672 ي 72104 م 68493 و 53713 ن 48799 ت 46155 ر 42130 ع 35953 ة 34158 '
        'ب 33191 د 30073 ه 26126 س 24508 ف 21529 ق 20049 ك 19259 أ 17760 ح 17621 ج 14977 '
        'ش 9965 ى 9235 ط 9136 ص 9018 خ 8584 إ 7794 ذ 7045 ز 6255 ض 5999 ث 5624 ئ 3887 '
        'ء 3651 غ 3453 ظ 2920 ؤ 1579 آ 987 ـ 651 ک 158 ی 118 ھ 79'), (396, 71, 50)),
    'az': ('latin', _table(
        'və 27190 bu 15307 bir 10070 ildə 9970 ci 8157 ilə 7855 də 6445 da 5539 üçün 4532 '
        'isə 4330 olan 4230 sonra 4230 ki 4028 çox 3625 kimi 3525 idi 2920 cü 2820 '
        'edir 2820 o 2820 olaraq 2820 il 2719 tərəfindən 2719 yeni 2719 cı 2518 görə 2518 '
        'ən 2518 azərbaycan 2417 böyük 2316 daha 2316 həyatı 2216 baş 2115 hər 2115 '
        'öz 2115 cu 2014 həmin 2014 ilk 2014 lakin 1913 burada 1813 i 1813 onun 1813 '
        'belə 1712 onu 1712 qarşı 1712 ya 1712 dəfə 1611 edən 1511 iki 1511 dövlət 1410 '
        'ilin 1410 olmuşdur 1410 olur 1410 şəhərində 1410 adı 1309 bütün 1309 '
        'etmişdir 1309 illərdə 1309 müəyyən 1309 olub 1309 qəbul 1309 əldə 1309 buna 1208 '
        'bundan 1208 edilmişdir 1208 fəaliyyət 1208 heç 1208 qədər 1208 ərəb 1208 '
        'əsas 1208 adlı 1108 beynəlxalq 1108 bəy 1108 edilir 1108 etmək 1108 inkişaf 1108 '
        'istifadə 1108 məhz 1108 oldu 1108 olduğu 1108 olunur 1108 ona 1108 aid 1007 '
        'anadan 1007 ancaq 1007 bakı 1007 biri 1007 etdiyi 1007 haqqında 1007 km 1007 '
        'musiqi 1007 oğlu 1007 s 1007 tarixi 1007 təhsil 1007 xüsusi 1007 üzrə 1007 '
        'əl 1007 a 906 abş 906 baxmayaraq 906 bəzi 906 davam 906 digər 906 edilmiş 906 '
        'elan 906 elmi 906 erməni 906 eyni 906 kəndində 906 müxtəlif 906 neçə 906 nə 906 '
        'nəfər 906 təyin 906 yaxın 906 özünü 906 artıq 806 ayrı 806 az 806 aşağı 806 '
        'başladı 806 dünya 806 edib 806 edərək 806 etdi 806 geniş 806 hesab 806 hələ 806 '
        'həmçinin 806 hərbi 806 hətta 806 ii 806 inkişafı 806 iqtisadi 806 olar 806 '
        'onları 806 qeyd 806 son 806 türk 806 uzun 806 verir 806 zaman 806 çünki 806 '
        'əsasən 806 amma 705 deyil 705 dili 705 dəniz 705 edirdi 705 edə 705 etməyə 705 '
        'film 705 güclü 705 həyata 705 ildən 705 insan 705 müasir 705 olduğunu 705 '
        'onların 705 orta 705 qədim 705 rus 705 su 705 sultan 705 yaxşı 705 yaşayan 705 '
        'üzərində 705 üç 705 şəhər 705 şəkildə 705 alman 604 başa 604 başqa 604 demək 604 '
        'dövründə 604 düşən 604 edilib 604 edirlər 604 etmişdi 604 göstərir 604 gün 604 '
        'gəlir 604 gənc 604 həm 604 həsr 604 icazə 604 iştirak 604 i̇lk 604 kişi 604 '
        'mümkün 604 mərkəzi 604 ola 604 olunan 604 onlar 604 sahəsində 604 siyasi 604 '
        'səbəb 604 təmin 604 vaxt 604 verdi 604 vəzifəsinə 604 xan 604 xəbər 604 '
        'yalnız 604 əgər 604 əks 604 əlavə 604 əsasında 604 arasında 504 atası 504 '
        'avropa 504 azərbaycanın 504 açıq 504 bakıda 504 bağlı 504 bunu 504 daxil 504 '
        'dilində 504 dövrdə 504 dünyaya 504 dərəcədə 504 edilən 504 edirdilər 504 elə 504 '
        'halda 504 hissəsi 504 həyat 504 ibarət 504 ikinci 504 istehsal 504 iyul 504 '
        'iş 504 i̇ran 504 kiçik 504 kənd 504 kənddə 504 mart 504 mirzə 504 mövcud 504 '
        'mübarizə 504 müddət 504 məşğul 504 nadir 504 nin 504 olmuşdu 504 olundu 504 '
        'olunmuş 504 onlara 504 respublikası 504 sonradan 504 təbii 504 təqdim 504 '
        'tərk 504 vardır 504 xristian 504 yanvar 504 yaşamış 504 yeganə 504 yerləşən 504 '
        'yolu 504 yurd 504 yüksək 504 zamanda 504 özünün 504 üz 504 şərq 504 şərqdə 504 '
        'ələ 504 əmələ 504 ərzində 504 əsrdə 504 adam 403 ailəsində 403 alan 403 alır 403 '
        'aprel 403 asılı 403 atasından 403 avqust 403 ayında 403 ayının 403 azad 403 '
        'ağır 403 baxımdan 403 başlayır 403 beləliklə 403 bilər 403 birinci 403 '
        'bununla 403 bəhs 403 bərpa 403 cəlb 403 deyir 403 direktor 403 doğru 403 e 403 '
        'edilməsi 403 fəxri 403 gecə 403 geri 403 göstərən 403 gözləri 403 gəlib 403 '
        'gələn 403 hacı 403 halbuki 403 hərəkət 403 ibarətdir 403 iii 403 illər 403 '
        'irəli 403 istehsalı 403 keçir 403 kəndin 403 lazımdır 403 malik 403 milli 403 '
        'müstəqil 403 məhəmməd 403 məktəbi 403 məsələn 403 məşhur 403 nın 403 oktyabr 403 '
        'olmuş 403 osmanlı 403 qadın 403 qrupu 403 rayon 403 respublikasının 403 rol 403 '
        'rusiya 403 sağ 403 sonuncu 403 sürətlə 403 sıra 403 səbəbdən 403 səbəbi 403 '
        'tarixində 403 tədris 403 təsdiq 403 tətbiq 403 universitetinin 403 uyğun 403 '
        'var 403 xalq 403 xarici 403 yaradılmışdır 403 yenidən 403 yer 403 yerinə 403 '
        'yerləşir 403 özü 403 ümumi 403 şah 403 şəhərdə 403 şəhərinin 403 şəxslər 403 '
        'ə 403 əhalisinin 403 əhatə 403 əsir 403 əsr 403 əsəri 403 əsərin 403 əvvəl 403 '
        'əvəz 403 ali 302 almışdır 302 aparıcı 302 b 302 bildirmişdir 302 birlikdə 302 '
        'boyunca 302 bəzən 302 c 302 dən 302 etibarən 302 etməklə 302 etməli 302 '
        'filmin 302 fransız 302 işi 302 işə 302 kütləvi 302 layiq 302 mövcudluğu 302 '
        'müəllifidir 302 müəllim 302 məlumatına 302 naziri 302 polis 302 sahibi 302 '
        'təşkil 302 xatirə 302 yaponiyanın 302 yazdığı 302 çayı 302 şuşa 302 şərəfinə 302 '
        'əlaqədar 302'), _table(
        'a 101961 i 101559 ə 94834 n 75063 r 70446 l 65765 d 51672 ı 36341 s 35907 m 35215 '
        't 33671 y 28812 u 26576 b 25241 e 23922 k 23310 o 20704 ü 17165 ş 16843 q 16216 '
        'v 14269 h 13674 z 12162 c 10167 f 8719 ç 7706 x 7497 ö 6692 g 6371 p 5454 ğ 5244 '
        'j 547 w 145 ä 48'), (318, 76, 40)),
    'be': ('cyrillic', _table(
        'і 36650 на 21501 ў 20524 з 18081 у 14953 не 10946 што 8600 да 7819 а 7232 па 5962 '
        'за 5473 як 4691 гэта 4593 але 4300 калі 4300 для 3714 ён 3323 іх 3323 мы 2932 '
        'ад 2834 пра 2834 яго 2834 якія 2834 аб 2737 вось 2248 які 2248 вельмі 2150 я 2150 '
        'яшчэ 2150 было 2052 яны 2052 года 1955 пры 1955 яе 1857 больш 1759 гадоў 1759 '
        'каб 1759 праз 1759 таксама 1759 толькі 1759 якая 1759 быў 1661 ці 1661 будзе 1466 '
        'так 1466 адзін 1368 год 1368 ж 1368 культуры 1368 таго 1368 яна 1368 '
        'беларусі 1271 была 1271 жа 1271 можа 1271 можна 1271 пасля 1271 са 1271 сябе 1271 '
        'час 1271 аднак 1173 нават 1173 раёна 1173 ўжо 1173 беларусь 1075 жыцця 1075 '
        'каля 1075 нам 1075 ня 1075 сваёй 1075 стала 1075 тое 1075 усё 1075 адным 977 '
        'б 977 беларускай 977 бы 977 вы 977 гэтага 977 дзе 977 жыццё 977 менавіта 977 '
        'шмат 977 ім 977 ўсё 977 без 880 бо 880 былі 880 ва 880 г 880 годзе 880 разам 880 '
        'таму 880 то 880 той 880 чалавек 880 ёй 880 адукацыі 782 будуць 782 быць 782 '
        'гэты 782 гэтым 782 два 782 напрыклад 782 пад 782 ты 782 часу 782 ёсць 782 '
        'ўсіх 782 акрамя 684 в 684 вайны 684 гады 684 добра 684 ды 684 й 684 людзей 684 '
        'месца 684 мову 684 мовы 684 мяне 684 нас 684 падчас 684 працы 684 трэба 684 '
        'тут 684 тым 684 ужо 684 цяпер 684 адразу 586 асабліва 586 беларускага 586 '
        'гэтай 586 дарэчы 586 дзень 586 дзяцей 586 заўсёды 586 людзі 586 ля 586 м 586 '
        'мае 586 нашым 586 нашых 586 ні 586 руху 586 сваю 586 сваім 586 сваіх 586 '
        'сталі 586 там 586 хоць 586 чаго 586 чым 586 школу 586 школы 586 якой 586 якую 586 '
        'яўляецца 586 іншых 586 або 489 адбудзецца 489 альбо 489 варта 489 вучняў 489 '
        'гг 489 горада 489 дзейнасці 489 дзеці 489 дзяржавы 489 жыцці 489 знаходзіцца 489 '
        'значыць 489 зноў 489 зямлі 489 канца 489 кожны 489 колькі 489 конкурсу 489 '
        'красавіка 489 лістапада 489 мастацтва 489 многія 489 мінска 489 некаторыя 489 '
        'паводле 489 пару 489 першага 489 першы 489 працаваць 489 проста 489 раёне 489 '
        'раённага 489 сам 489 самы 489 свайго 489 свету 489 свеце 489 свой 489 сям 489 '
        'сёння 489 тыя 489 хутка 489 чалавека 489 якасці 489 якіх 489 іншага 489 іншыя 489 '
        'ўсім 489 абавязкова 391 актыўна 391 арганізацый 391 асобы 391 аўтара 391 '
        'будаўніцтва 391 будзем 391 веры 391 вёскі 391 гадзін 391 галоўны 391 галоўных 391 '
        'гульні 391 гэтая 391 гэтую 391 гэтыя 391 гісторыі 391 далёка 391 дзякуючы 391 '
        'дома 391 другі 391 задача 391 зусім 391 ка 391 кажа 391 кажуць 391 касцёл 391 '
        'касцёла 391 кветкі 391 кожнай 391 кожная 391 людзям 391 малады 391 маці 391 '
        'менш 391 мне 391 музыка 391 навіны 391 над 391 найбольш 391 нашай 391 '
        'неабходна 391 нельга 391 новы 391 новыя 391 ну 391 павінен 391 пакуль 391 '
        'перад 391 першае 391 першыя 391 песні 391 побач 391 потым 391 пытанне 391 '
        'пісаць 391 ра 391 работ 391 раз 391 расіі 391 ролю 391 с 391 сабе 391 '
        'сапраўды 391 свята 391 сем 391 словамі 391 сродкаў 391 та 391 тэхналогіі 391 '
        'усе 391 хто 391 часам 391 явіліся 391 якім 391 імя 391 ўвесь 391 адзначыў 293 '
        'аднаго 293 адтуль 293 алена 293 андрэй 293 апошні 293 атрыманне 293 атрымаць 293 '
        'базе 293 бацькі 293 беларускім 293 бог 293 будынак 293 былы 293 васіль 293 '
        'вуліцы 293 выбар 293 выдання 293 выступае 293 вялікія 293 га 293 галоўнае 293 '
        'голас 293 гісторыка 293 даволі 293 дае 293 дзіця 293 днямі 293 добры 293 '
        'жанчына 293 жонкай 293 жыве 293 жылі 293 зараз 293 застаўся 293 збіраюцца 293 '
        'змены 293 зразумець 293 зямлю 293 канешне 293 кастрычніка 293 кнігі 293 '
        'кожнага 293 куды 293 кіраўніка 293 лепш 293 любіць 293 лёс 293 лічыць 293 '
        'марыя 293 мастака 293 мастацтваў 293 матэрыял 293 маюць 293 мерапрыемства 293 '
        'месцы 293 мове 293 мінску 293 надта 293 належыць 293 наперадзе 293 нараджэння 293 '
        'насамрэч 293 настаўнік 293 наступным 293 нашага 293 некалькі 293 нешта 293 '
        'неўзабаве 293 ніколі 293 нічога 293 падводзіць 293 падзяліцца 293 пары 293 '
        'паступіць 293 патрэбна 293 праблемы 293 правы 293 праекта 293 працягу 293 '
        'прыкладам 293 прэм 293 пытанні 293 работа 293 работнікаў 293 разоў 293 рускую 293 '
        'рэспублікі 293 самыя 293 свабоды 293 свае 293 сезон 293 складана 293 слова 293 '
        'справу 293 стараўся 293 сш 293 сярод 293 тагачасных 293 такія 293 тры 293 тую 293 '
        'удзел 293 узровень 293 цэнтра 293 цэнтры 293 цікава 293 чынам 293 чэрвеня 293 '
        'шчасце 293 якімі 293 яму 293 ях 293 яўляюцца 293 ўдасца 293'), _table(
        'а 167682 н 66382 і 51555 р 46444 ы 44447 с 41789 е 39014 к 38946 л 38387 т 35104 '
        'д 34765 я 32920 в 32345 о 32294 м 30957 у 30111 п 28554 ц 27623 з 26810 ў 21580 '
        'г 20226 б 17637 ь 15013 ч 13879 э 11763 й 11188 х 10765 ш 10528 ж 7363 ю 6770 '
        'ё 4655 ф 2183 и 271 щ 51'), (351, 80, 42)),
    'bg': ('cyrillic', _table(
        'на 52072 и 29935 в 28103 да 25118 от 23449 за 22408 е 21754 се 21218 с 12331 '
        'не 11940 ще 9591 по 9469 че 9428 си 8696 са 7489 това 5975 като 5758 до 3772 '
        'а 3599 но 3434 през 3184 най 3042 има 2902 му 2768 които 2737 г 2555 много 2519 '
        'той 2455 трябва 2378 след 2374 го 2311 ми 2173 може 2173 или 2167 те 2156 '
        'ако 2151 ли 2143 още 2143 при 2137 няма 2113 към 2098 всички 2097 само 2091 '
        'който 2044 българия 2008 време 1979 един 1954 във 1895 със 1758 бъде 1711 '
        'как 1672 тези 1647 години 1563 съм 1546 вече 1526 така 1517 този 1489 ви 1488 '
        'преди 1481 какво 1463 аз 1431 тази 1367 повече 1361 също 1354 ти 1337 което 1321 '
        'която 1317 беше 1306 една 1302 година 1283 сега 1257 ги 1247 ни 1229 защото 1202 '
        'според 1196 все 1156 тя 1152 хора 1104 когато 1091 им 1082 без 1055 бяха 1053 '
        'малко 1026 тях 1017 него 1010 каза 998 човек 919 едно 918 около 905 други 902 '
        'обаче 893 я 879 част 876 там 853 между 832 хората 832 добре 823 където 819 '
        'нещо 817 няколко 816 страна 813 два 803 път 801 над 797 ден 780 тук 780 някой 772 '
        'става 769 прави 757 ме 734 всичко 719 защо 719 кой 710 софия 697 дали 689 две 689 '
        'сме 687 някои 680 млн 679 както 675 място 651 пък 651 чрез 651 пред 647 мен 644 '
        'нас 644 сащ 641 под 623 бе 608 страната 608 лв 595 дори 594 бил 589 нови 587 '
        'могат 584 работа 579 й 576 просто 570 края 569 срещу 563 толкова 563 всеки 560 '
        'освен 560 нищо 549 сред 543 би 539 имат 530 миналата 522 часа 522 м 513 три 512 '
        'бъдат 507 работи 499 върху 490 днес 480 момента 479 точно 477 докато 472 пак 472 '
        'тъй 471 дружеството 470 компания 470 компанията 470 местните 470 очаква 470 '
        'то 465 у 465 началото 461 град 459 живот 454 сте 450 направи 447 останалите 440 '
        'заради 432 неща 432 души 431 седмица 428 български 425 пъти 423 ние 420 '
        'страни 420 първата 419 долара 418 избори 418 ноември 418 германия 415 колко 414 '
        'искам 413 почти 409 започва 408 голяма 403 било 402 септември 396 заедно 391 '
        'знам 391 затова 390 използват 386 нея 385 пари 380 тогава 380 името 378 '
        'такива 378 проблем 371 къде 367 пазар 366 предвижда 366 начин 365 май 361 '
        'същото 361 въпрос 360 март 356 въпреки 353 българи 352 информация 352 друг 347 '
        'винаги 340 месеца 340 резултат 340 своя 340 били 338 късно 338 била 337 '
        'държавата 335 дни 333 света 333 ясно 331 ето 330 русия 330 често 330 министър 329 '
        'вас 328 иска 328 живота 327 стана 326 никога 323 правят 323 себе 323 различни 322 '
        'имам 321 евро 313 кв 313 коментира 313 общински 313 сигурност 313 смята 313 '
        'фонд 313 разбира 311 деца 308 община 308 достатъчно 306 нито 304 доста 303 '
        'рано 302 значение 298 пловдив 298 получи 298 първо 298 жена 297 ес 296 дойде 294 '
        'започна 294 мисля 294 никой 294 брой 292 отново 292 всяка 290 едва 290 добро 286 '
        'европа 286 проект 286 българската 285 каква 285 нов 285 стане 285 цялата 285 '
        'развитие 283 юни 283 приятели 282 лева 281 георги 279 мача 279 нова 278 варна 274 '
        'другите 269 поради 269 последните 269 голям 266 мога 266 първи 266 води 264 '
        'колкото 262 буш 261 заплати 261 изграждането 261 имаме 261 ниво 261 обясни 261 '
        'отношение 261 продукти 261 теб 261 условия 261 час 261 искат 259 пътя 259 '
        'бизнес 257 живее 257 участие 257 бързо 256 близо 254 държава 254 целия 250 '
        'остава 248 случай 248 история 245 ама 244 двамата 244 промени 244 вие 238 '
        'първият 238 времето 234 коя 234 решение 234 възможно 233 първия 233 отбор 232 '
        'парите 232 сметка 231 големи 230 група 227 правителството 227 джон 226 добър 226 '
        'наистина 226 период 226 друго 224 имаше 224 нашите 224 д 222 скоро 222 нещата 221 '
        'земята 219 такава 219 децата 218 р 218 важно 216 понякога 216 работата 216 '
        'вода 214 край 214 център 214 всъщност 211 изглежда 211 използва 211 първите 211 '
        'баща 210 свят 210 активи 209 борса 209 главният 209 директор 209 дневник 209 '
        'държавна 209 заяви 209 изборите 209 имоти 209 китай 209 кога 209 компании 209 '
        'мерки 209 министерството 209 ндсв 209 някое 209 общинския 209 организация 209 '
        'плаща 209 посочи 209 президентът 209 премиерът 209 проблеми 209 продажбите 209 '
        'проекта 209 произвежда 209 процента 209 публикува 209 пункта 209 решението 209 '
        'следващите 209 случая 209 средства 209 успеха 209 учителите 209 финансови 209 '
        'франция 209 хил 209 чиито 209 чувства 209 шест 209 минути 207 система 207 '
        'особено 206 майка 204 например 204 съвет 204 бях 203 добра 202 можем 202 '
        'означава 202 големите 200 отколкото 200 пише 200 трудно 200 цел 200 димитър 197 '
        'малки 197 сила 197 та 197 стара 195 де 193 своята 193 четири 191 село 190 '
        'думи 189 т 189 въпроси 187 даде 187 накрая 187 новата 187 своите 187 силно 187 '
        'услуги 187 части 187 вместо 185 против 185 града 184 мъж 184 бургас 183 '
        'годината 182 дом 182 изобщо 182 о 181 избор 180 моя 180 турция 180 движение 178 '
        'дома 178 име 178 интернет 178 казва 178 опит 178 план 178 поне 178 ред 178 '
        'среща 178 бих 175 лесно 175 струва 175 член 175 км 173 вчера 172 двете 172 '
        'левски 172 що 172 вероятно 169 искате 169 вид 167 можеш 167 такъв 167 после 166 '
        'сигурно 164 българска 162 веднага 162 места 162 училище 162 филм 162 '
        'продължава 159 сезон 159 агенция 157 адвоката 157 акции 157 акциите 157 бвп 157 '
        'бившият 157 борсата 157 броят 157 бсп 157 бъдещето 157 българския 157 власти 157 '
        'вноски 157 годишен 157 гърция 157 джордж 157 другата 157 дружества 157 '
        'европейските 157 енел 157 желанието 157 заседание 157 заявява 157 знаят 157 '
        'иванов 157 играе 157 икономиката 157 инвестира 157 инвеститорите 157 '
        'инвестиции 157 интерес 157 информацията 157 кандидати 157 капитала 157 '
        'клиентите 157 коалиция 157 комисията 157 косово 157 макар 157 направят 157 '
        'население 157 национал 157 националната 157 никакъв 157 нямат 157 общината 157 '
        'обявиха 157 основните 157 отбора 157 официално 157 пазара 157 партията 157 '
        'писане 157 плевен 157 подобна 157 позволява 157 полицията 157 поредна 157 '
        'потребители 157 представители 157 приблизително 157 приключи 157 проверка 157 '
        'прокурор 157 равни 157 роден 157 ръст 157 сергей 157 сериозен 157 собствени 157 '
        'средствата 157 стандарт 157 стоки 157 столичната 157 съобщи 157 съобщиха 157 '
        'същия 157 тона 157 успя 157 фаворит 157 храни 157 японската 157 август 154 '
        'вечер 154 кажа 154 какъв 154 месец 154 данни 152 идва 152 намира 152 съвсем 152 '
        'вижте 151 момент 150 съд 150 идея 148 главата 145 двама 145 общо 145 иначе 139 '
        'лошо 139 мястото 139 сам 139 тип 139 първото 137 св 137 февруари 137 '
        'управление 135 жени 134 имате 134 утре 134 английски 133 игра 133 кола 133 '
        'някъде 133 обикновено 133 центъра 133 брат 132 можете 132 пет 131 сили 131 '
        'внимание 130 говори 130 носи 130 явно 130 договор 128 знае 128 лига 128 нали 128 '
        'нека 128 втори 126 петър 126 въпроса 125 истински 125 колата 125 мария 125 '
        'мисли 125 моята 125 ново 125 областта 125 причина 125 случва 125 видя 123 '
        'дълго 123 клуб 123 онлайн 123 снимки 123 цялото 123 какви 122 н 122 помощ 122 '
        'каквото 121 програма 121 включва 120 значи 120 каже 120 виж 117 знаете 117 '
        'имаш 117 дава 114 нямам 114 език 112 право 112 връзка 110 дете 110 знаеш 110 '
        'иван 110 историята 110 обичам 110 хубаво 110 ами 107 добри 107 моля 107 нужда 107 '
        'благодаря 104 искаш 104 април 102 голямата 102 момиче 102 нощ 102 правя 102 '
        'такова 102 друга 100 зад 100 човека 100 любов 98 смъртта 98 дъщеря 96 ей 96 '
        'напълно 96 сайт 96 семейството 96 голямо 93 детето 91 книга 91 повечето 91 '
        'семейство 91 сърцето 91 твърде 91 море 89 очите 89 син 89 цена 89 др 87 '
        'политика 87 първа 87 българските 85 харесва 85 къща 83 малък 83 музика 83 '
        'област 83 храна 83 виждам 81 война 81 дума 81 здравейте 81 малка 81 хиляди 81 '
        'дейност 79 държави 79 тялото 79 цял 79 юли 79 говорим 78 веднъж 76 възраст 76 '
        'мъже 76 ръка 76 гр 74 извън 74 любовта 74 щом 74 ѝ 74 мач 72 супер 72 кръг 70 '
        'нашата 70 приятел 70 руски 70 телефона 70 ч 70 видях 69 деня 69 добрите 69 '
        'истината 69 някаква 69 бог 68 вратата 68 даже 68 изключително 68 карта 68'), _table(
        'а 124206 и 93004 е 88983 о 88158 т 78528 н 72598 р 52754 с 50281 в 44310 д 34560 '
        'к 32228 л 31584 п 30458 м 23824 з 22457 я 19119 б 17189 ъ 14938 г 13932 у 13309 '
        'ч 12505 щ 7378 ц 7117 ж 6675 й 5308 х 4966 ш 4222 ф 3538 ю 1427 ь 382'), (553, 67, 47)),
    'bn': ('bengali', _table(
        'ও 17126 করে 15231 এবং 11325 থেকে 9980 না 9410 জন্য 9385 করতে 7688 এই 6567 '
        'করা 6074 হবে 5982 যে 5819 এ 5328 আর 4851 এর 4710 এক 4695 তার 4555 তাদের 4319 '
        'তারা 3974 করার 3953 কোন 3903 কিছু 3864 কি 3852 একটি 3849 আমাদের 3725 হয় 3516 '
        'আমি 3479 আমরা 3474 হচ্ছে 3249 তিনি 3229 আপনার 3115 আমার 3106 কাজ 3031 '
        'বিভিন্ন 3016 তা 2852 সঙ্গে 2669 করেন 2601 সাথে 2575 আপনি 2543 কিন্তু 2509 '
        'একটা 2445 বা 2395 থাকে 2262 হয় 2129 নিয়ে 2056 অনেক 2028 হয়েছে 2019 ছিল 1981 '
        'শিক্ষা 1970 মধ্যে 1930 পারে 1929 আছে 1851 কথা 1848 পর 1838 মনে 1813 হতে 1762 '
        'তবে 1744 যা 1743 সব 1682 বলে 1661 হয়ে 1648 নতুন 1640 সে 1639 এটা 1638 নেই 1597 '
        'শুরু 1597 শেষ 1562 হয়েছে 1454 মানুষ 1443 যদি 1433 ব্যবহার 1401 এমন 1394 যায় 1378 '
        'এখন 1377 টাকা 1366 জীবন 1351 কাছে 1349 একজন 1294 তাই 1290 দেখা 1290 দেশের 1276 '
        'সময় 1276 মাধ্যমে 1267 পারেন 1262 দিয়ে 1251 হিসেবে 1244 করেছে 1224 হয়ে 1194 '
        'করি 1175 বলেন 1169 নিজের 1163 আগে 1157 কে 1134 দিন 1134 কেউ 1119 নয় 1118 '
        'কোনো 1111 সেই 1067 জেলা 1066 ভালো 1054 তাকে 1052 বেশি 1052 দিতে 1044 মানুষের 1037 '
        'হল 1027 করুন 1021 করেছেন 1009 খুব 1002 যায় 987 আবার 986 মত 986 বছর 983 এটি 949 '
        'গ্রহণ 946 উপর 945 শুধু 945 ধরনের 944 থাকতে 936 প্রথম 935 যখন 920 যাবে 915 '
        'পর্যন্ত 914 আরও 907 কেন 887 হলো 883 তো 875 ব্যবস্থা 868 হাজার 865 ধরে 861 '
        'গেছে 860 যেন 857 এখানে 852 যারা 847 রয়েছে 844 নামে 842 নিতে 840 বলা 838 নিয়ে 831 '
        'সময় 831 বাংলাদেশ 823 তৈরি 822 সরকার 822 উপজেলা 816 ঠিক 813 আজ 812 আরো 812 তখন 809 '
        'সম্পর্কে 807 তথ্য 800 পরে 800 হলে 795 বন্ধ 789 নিশ্চিত 785 কারণে 770 দিকে 770 '
        'বাংলাদেশের 770 আপনাকে 761 সম্ভব 753 চাই 743 অংশ 734 নাম 734 করলে 733 জন 733 '
        'দিয়ে 727 জানতে 723 ওপর 722 করছে 708 করবে 708 কারণ 705 অন্য 702 এসব 681 ভাল 679 '
        'পুলিশ 676 চেষ্টা 672 নারী 672 দুই 666 প্রতি 664 বড় 664 ক্ষেত্রে 660 নাকি 660 '
        'প্রতিষ্ঠান 648 সেটা 644 যেমন 639 পারি 629 একই 627 তাহলে 624 ইউনিয়ন 623 সেবা 623 '
        'বলতে 609 কী 606 দলের 606 মতো 604 বিশ্বাস 603 ঢাকা 598 বিশেষ 598 অন্যান্য 592 '
        'সকল 590 এবার 587 তুমি 587 সালে 587 হাত 587 ছবি 583 আশা 582 তাঁর 581 উত্তর 580 '
        'ছিলেন 578 এতে 577 জাতীয় 575 থাকলে 571 বছরের 568 অর্থ 563 জীবনের 563 আমাকে 562 '
        'সবার 558 দেশ 557 সমস্যা 557 গত 554 বাইরে 554 মাঝে 554 পারবেন 553 প্রায় 549 '
        'ছোট 547 ওই 546 কিভাবে 546 সাহায্য 535 দ্রুত 529 টি 528 ভারতের 528 চলে 526 ফলে 523 '
        'ঐ 522 করছি 520 প্রধান 520 নয় 519 সবাই 518 গেলে 515 দু 515 আইন 511 প্রশ্ন 511 '
        'সরকারের 509 সামনে 509 প্রকাশ 502 যাচ্ছে 501 গুরুত্বপূর্ণ 498 পানি 498 সুন্দর 494 '
        'সিদ্ধান্ত 493 যার 492 থাকেন 489 রাজনৈতিক 488 বিরুদ্ধে 487 বাস 485 যাতে 485 '
        'দেয় 483 ধন্যবাদ 483 দেখতে 474 সালের 474 ইসলাম 473 সরকারি 473 র 471 এরপর 470 '
        'ভিডিও 470 ই 468 আল্লাহর 467 জাতীয় 467 দেয়া 467 সাইট 467 প্রাথমিক 459 দল 458 '
        'মা 458 সেখানে 458 আন্তর্জাতিক 457 কাছ 456 কোটি 454 কেন্দ্র 453 নিজেদের 453 '
        'সাধারণ 450 ব্যাপারে 447 তোমার 446 দ্বারা 446 হাতে 443 বলেছেন 442 বেশ 442 '
        'করবেন 437 বাংলা 437 স্বাস্থ্য 437 ভাবে 436 নিরাপত্তা 434 চান 433 পরিবারের 433 '
        'পাওয়া 431 পারবে 425 তিন 424 স্কুল 422 বের 421 যেতে 419 ভাই 418 ডাউনলোড 415 '
        'প্রকল্প 415 প্রবেশ 415 বাস্তবায়ন 415 বিষয় 415 বৃদ্ধি 415 রয়েছে 415 সবচেয়ে 414 '
        'নির্বাচন 412 দাবি 411 অবশ্যই 407 পরিবর্তন 407 লাভ 407 একটু 406 কলেজ 404 পথ 404 '
        'আপনাদের 401 এসে 401 আসছে 398 পড়ে 398 হোক 398 আসা 397 থাকবে 395 দরকার 394 '
        'দেশে 391 করছেন 390 তুলে 390 হয়েছিল 390 রাখা 389 ধারণা 388 কর 385 ছাড়া 385 '
        'রেখে 385 সহ 384 অনুষ্ঠিত 382 দেখে 382 অথবা 379 কম 379 যেখানে 379 অন্যতম 377 '
        'নাই 377 রাখতে 377 দেওয়া 375 পেতে 373 সৃষ্টি 373 অফিস 364 এছাড়া 364 ঘটনা 364 '
        'নিজস্ব 364 পরিষদ 364 পাবেন 364 প্রকার 364 বাড়ি 364 মানব 364 শতাংশ 364 সময়ে 364 '
        'বার 362 সামাজিক 359 উল্লেখ 355 নির্বাচনে 355 চালু 352 শহর 352 ব্যক্তি 350 '
        'অভিযোগ 349 সংখ্যা 346 হত্যা 346 কিনা 345 থেকেই 345 আসে 343 কারো 342 পরিচিত 342 '
        'হামলা 342 দেন 338 ফিরে 338 সুযোগ 338 অবস্থান 337 কাজে 337 ক্ষমতা 333 দেয়া 333 '
        'থাকা 332 কোথায় 329 কেমন 327 দেখুন 327 সদস্য 327 আছেন 325 উচিত 322 প্রদান 322 '
        'কত 321 করেছি 321 বাংলাদেশে 321 চিন্তা 318 মাসে 318 মূল 318 সকাল 318 আগামী 314 '
        'কারন 314 জানা 314 ফোন 314 কম্পিউটার 312 কীভাবে 312 ছাড়া 312 জিজ্ঞেস 312 দেয় 312 '
        'নেয়া 312 পক্ষ 312 পাওয়া 312 পালন 312 প্রয়োজন 312 বঞ্চিত 312 বন্ধু 312 বিজ্ঞান 312 '
        'ব্যাংক 312 লিংক 312 ছাত্র 310 দুটি 310 বর্তমানে 310 মাস 310 কঠিন 307 একে 303 '
        'এত 303 খান 303 বিশ্বের 303 শিশু 303 সংবাদ 303 স্ত্রী 303 চেয়ে 302 ভারত 302 '
        'বুঝতে 300 লোক 298 কাজের 297 মাত্র 297 আল 294 হওয়ার 294 জন্যে 293 যোগাযোগ 293 '
        'পরীক্ষা 290 বর্তমান 290 স্বাধীনতা 290 রক্ষা 287 নিজেকে 285 উপজেলার 281 গেল 281 '
        'মহিলা 281 যুদ্ধ 281 আলোচনা 277 শহরের 277 উচ্চ 276 বিক্রি 276 সঠিক 276 '
        'প্রয়োজন 275 জানি 273 থাকার 273 বসে 273 পুলিশের 269 সারা 269 ঘোষণা 268 মৃত্যু 268 '
        'লেখা 266 হওয়া 265 গান 262 গিয়ে 262 দিয়েছে 262 হিসাবে 262 অনুযায়ী 260 '
        'আল্লাহ 260 উক্ত 260 উন্নয়ন 260 উন্মুক্ত 260 এগিয়ে 260 এভাবে 260 ওয়েবসাইট 260 '
        'করব 260 কর্মসংস্থান 260 কার্যক্রম 260 কৃষি 260 ক্ষুদ্র 260 চেয়ারম্যান 260 জমা 260 '
        'জাতির 260 দরিদ্র 260 দিক 260 দিয়েছে 260 দূরে 260 দেয়ার 260 নানা 260 পদ্ধতি 260 '
        'প্রভাব 260 ব্যয় 260 মন্তব্য 260 মান 260 লগইন 260 শারীরিক 260 শেখ 260 সক্ষম 260 '
        'সদস্যরা 260 সবচেয়ে 260 সহায়তা 260 সুবিধা 260 স্থান 260 স্থানীয় 260 পক্ষে 258 '
        'সেরা 258 খবর 256 মারা 255 সেপ্টেম্বর 255 ঘটে 251 ছিলো 251 পরিবার 251 পুরো 251 '
        'অবস্থা 248 উন্নয়ন 248 এখনও 248 বিরোধী 248 কখনো 246 যোগ 246 কিছুই 245 বিষয়ে 245 '
        'আসলে 242 যুক্ত 241 লাখ 241 হলেও 241 নিহত 238 ভাষা 238 মার্কিন 238 শেয়ার 238 '
        'তারপর 235 মুখে 235 চায় 234 প্রধানমন্ত্রী 234 সময়ে 234 বিশ্ব 233 অধিকার 232 '
        'উদ্ধার 232 সহজ 232 প্রকাশিত 229 বাড়ি 229 যদিও 229 লক্ষ 229 ছেলে 228 যাওয়া 228 '
        'তারিখে 226 বিচার 226 হন 225 এখনো 224 খারাপ 224 সমস্ত 224 দক্ষিণ 218 মানে 218 '
        'মেয়ে 218 করেছিল 217 মুসলিম 217 চলছে 214 যান 214 অর্থনৈতিক 208 আজকে 208 আদায় 208 '
        'আবেদন 208 ইউনিয়নের 208 ইসলামের 208 উন্নত 208 উপ 208 এজন্য 208 কমিটির 208 '
        'কমেন্ট 208 কোন 208 গ্রাম 208 গড়ে 208 জেনে 208 তাও 208 তালিকা 208 দূর 208 নিন 208 '
        'নির্ধারণ 208 পরামর্শ 208 পরিচালনা 208 পরিদর্শন 208 পরিষ্কার 208 পার 208 '
        'পোস্টটি 208 প্রত্যেক 208 প্রদর্শন 208 ফেসবুক 208 বাজারে 208 বাবা 208 বিদেশি 208 '
        'বিধান 208 বিষয়ে 208 বড় 208 ভর্তি 208 ভারতীয় 208 মানসিক 208 মানুষকে 208 '
        'মুসলমান 208 যাকে 208 যেসব 208 সবকিছু 208 সেবার 208 স্থানে 208 স্বীকার 208 '
        'খাবার 206 নেতা 204 হয়নি 204 নি 203 পাকিস্তান 203 যিনি 203 গুলি 199 এপ্রিল 196 '
        'পূর্ব 196 বলছে 196 বিস্তারিত 196 মৃত্যুর 196 এসেছে 194 দ্বিতীয় 194 ভুল 194 '
        'ফুটবল 193 রাত 193 শিক্ষক 193 অনুযায়ী 190 যাওয়ার 190 রাতে 190 স্থানীয় 190 '
        'আপনারা 189 দেবে 189 নামের 189 পায় 189 সবাইকে 189 এমনকি 186 কেবল 186 গড়ে 186 '
        'বেশী 186 হয়েছেন 186 একবার 183 খুঁজে 183 জুলাই 183 পাশাপাশি 183 সম্পর্ক 183 '
        'দেওয়ার 180 মুক্ত 180 এলাকায় 178 দিনে 177 মধ্য 177 মামলা 177 আছি 174 '
        'কেন্দ্রীয় 174 ছেড়ে 174 দিচ্ছে 174 পাশে 174 বিএনপি 174 ভুলে 174 মার্চ 174 '
        'মোবাইল 174 আন্দোলন 172 আসবে 172 পেয়ে 172 প্রেসিডেন্ট 172 এগিয়ে 166 তোমাকে 166 '
        'ভয় 166 আগস্ট 162 বিয়ে 162 বিষয় 162 মুক্তি 158 সাবেক 158 হয়তো 158 করণীয় 156 '
        'সরবরাহ 156 খেলা 154 ভোট 154 সংসদ 154 গ্রেফতার 151 দিনের 151 সময়ের 151 কোনও 148 '
        'জনপ্রিয় 148 দিয়েছেন 148 বই 148 বিশ্ববিদ্যালয়ের 148 আহত 144 খুবই 144 গল্প 144 '
        'কয়েক 141 ঘটনায় 141 চার 141 তে 141 দায়িত্ব 141 রহমান 141 গাড়ি 138 আলী 134 '
        'কাউকে 134 ফেলে 134 বিষয়টি 134 অবস্থায় 132 আগের 132 কয়েকটি 132 পথে 132 মে 132 '
        'একমাত্র 128 চোখ 128 পাকিস্তানের 128 এদের 125 এলাকা 125 ক্রিকেট 125 খুন 125 '
        'দেখি 125 ভাষায় 125 রায় 125 লাগে 125 হারিয়ে 125 আহমেদ 122 উপায় 122 জয় 122 '
        'পা 122 বাড়িতে 122 মুখ 122 ঘরে 120 তোর 120 ধরা 120 শক্তি 120 সাংবাদিক 120'), _table(
        'র 136055 ন 91625 ক 85903 ব 63913 ত 61373 স 46520 প 39769 ম 39543 ল 37550 য 36972 '
        'দ 31828 য় 23501 জ 23469 হ 22826 এ 21251 ট 20479 আ 18743 শ 18261 ই 15689 গ 15271 '
        'থ 14628 ছ 14339 ও 14274 ষ 13696 চ 13406 ভ 10931 ধ 10513 অ 9838 উ 8552 খ 7330 '
        'ণ 6751 ড 5948 ফ 4404 ড় 3247 ঠ 3118 ঙ 2379 ঞ 1768 ঘ 1447 ঝ 1093 ৎ 1029 ঢ 289 ঐ 225 '
        'ঈ 96 ঋ 96'), (526, 82, 48)),
    'bs': ('latin', _table(
        'je 48528 i 35840 u 26301 se 17596 na 15281 su 12132 od 11576 da 9909 za 7501 '
        'a 7224 koji 5927 iz 5742 sa 5742 sg 5279 kao 4816 bio 4353 do 3982 hiljada 3890 '
        's 3797 godine 3704 što 3519 nakon 3334 nije 3149 najveći 2964 te 2778 ili 2686 '
        'minuta 2686 najmanji 2593 prečnik 2593 to 2593 uglovnih 2593 bi 2408 bila 2408 '
        'koja 2315 ne 2223 po 2223 o 2130 ali 1945 on 1852 koje 1760 oko 1760 ovaj 1760 '
        'ima 1667 mu 1667 ga 1574 prema 1574 kako 1482 pod 1482 sve 1482 godina 1389 '
        'kod 1389 samo 1389 tako 1389 hiljade 1297 kada 1297 više 1297 dok 1204 može 1204 '
        'toga 1204 dio 1111 dva 1111 ime 1111 međutim 1111 mogu 1111 nekoliko 1111 '
        'njegov 1111 njegova 1111 prvi 1111 također 1111 zbog 1111 bez 1019 između 1019 '
        'kasnije 1019 nalazi 1019 no 1019 ova 1019 ako 926 bilo 926 ih 926 jer 926 još 926 '
        'kad 926 radi 926 gdje 833 grad 833 ipak 833 jedan 833 kroz 833 nego 833 pri 833 '
        'al 741 danas 741 e 741 im 741 imao 741 pa 741 prije 741 svoj 741 uvijek 741 '
        'vijeka 741 vode 741 biti 648 dana 648 djela 648 države 648 jezera 648 jezik 648 '
        'mjesto 648 neki 648 njegovi 648 njima 648 obično 648 ona 648 ove 648 postoji 648 '
        'preko 648 put 648 puta 648 rata 648 riječi 648 svoje 648 velikog 648 četiri 648 '
        'život 648 bili 556 boje 556 bosne 556 dijelu 556 druge 556 glavni 556 grada 556 '
        'imenom 556 kojem 556 kojoj 556 koristiti 556 kraju 556 kralj 556 n 556 ni 556 '
        'nisu 556 osim 556 pet 556 poslije 556 protiv 556 strane 556 tada 556 taj 556 '
        'tome 556 uglavnom 556 čak 556 čemu 556 često 556 album 463 broj 463 broja 463 '
        'cijelu 463 dalje 463 drugi 463 drugim 463 dvije 463 hercegovine 463 hrvatski 463 '
        'iako 463 imala 463 jedna 463 jedne 463 km 463 kojih 463 kojima 463 koju 463 '
        'koriste 463 koristi 463 među 463 nad 463 naziv 463 način 463 njegovo 463 '
        'njene 463 njihova 463 općine 463 ovo 463 području 463 porijeklo 463 postao 463 '
        'počinje 463 pošto 463 rat 463 sad 463 sam 463 smrti 463 svi 463 svih 463 '
        'svoju 463 tokom 463 tri 463 turnira 463 uz 463 veliki 463 vraća 463 će 463 '
        'augusta 370 bira 370 blizini 370 bosni 370 daleko 370 dinastije 370 dobio 370 '
        'film 370 glavnog 370 historija 370 igra 370 imena 370 januara 370 joj 370 '
        'klub 370 knjiga 370 kojeg 370 kojom 370 kralja 370 ljudi 370 malo 370 manje 370 '
        'međusobno 370 miloš 370 mjesta 370 mnogi 370 mnogo 370 mogao 370 mora 370 '
        'naroda 370 naziva 370 neke 370 ništa 370 njega 370 njegovom 370 njen 370 njih 370 '
        'novi 370 opet 370 otac 370 ovog 370 ovom 370 polja 370 pored 370 porodici 370 '
        'posebno 370 poznat 370 početkom 370 prva 370 radova 370 republike 370 '
        'sarajevo 370 sebe 370 sela 370 serija 370 sezone 370 sin 370 str 370 studija 370 '
        'svom 370 tijela 370 tim 370 tog 370 tu 370 već 370 zajedno 370 zemalja 370 '
        'zraka 370 životu 370 akademija 278 američki 278 an 278 bici 278 biografija 278 '
        'borbi 278 brojne 278 brzo 278 daje 278 dan 278 današnjeg 278 decembra 278 '
        'dijelova 278 dimenzija 278 direktno 278 djece 278 dobro 278 dosta 278 došao 278 '
        'drugih 278 duga 278 džamija 278 etimologija 278 evropskih 278 evropskog 278 '
        'funkciju 278 general 278 hercegovini 278 ibn 278 igrao 278 ii 278 imaju 278 '
        'instituta 278 islama 278 iste 278 jedni 278 jednog 278 jednoj 278 jednom 278 '
        'kaže 278 količina 278 količine 278 komisija 278 kraj 278 kraljevstva 278 '
        'ljude 278 lokalnom 278 m 278 majka 278 manjih 278 metara 278 međunarodnom 278 '
        'naročito 278 neka 278 nema 278 nikad 278 njegove 278 njemačke 278 noći 278 '
        'oblika 278 odnosno 278 onda 278 one 278 organizacije 278 osoba 278 ostale 278 '
        'otkrio 278 otpor 278 ovdje 278 ovu 278 p 278 perioda 278 pjesama 278 područja 278 '
        'područje 278 pokušao 278 pomoći 278 poput 278 postaje 278 postala 278 postoje 278 '
        'potiče 278 poznate 278 počeo 278 prava 278 pravo 278 pred 278 prve 278 prvo 278 '
        'rade 278 ranije 278 različitih 278 rezultat 278 riječ 278 rođen 278 sami 278 '
        'sastavio 278 sastoji 278 seriji 278 smatra 278 smatraju 278 stanju 278 svake 278 '
        'svijetu 278 svog 278 svome 278 the 278 tih 278 tijelo 278 tima 278 '
        'uključujući 278 ukupno 278 umro 278 utakmice 278 uticaj 278 velikih 278 '
        'verzija 278 veće 278 većem 278 vidi 278 visine 278 vlada 278 vlast 278 x 278 '
        'završio 278 zemlji 278 znatno 278 znači 278 čini 278 šest 278 života 278'), _table(
        'a 117809 i 100411 o 88830 e 86989 n 67492 j 55463 r 51298 s 45499 t 41989 u 40199 '
        'k 36860 l 35346 d 33763 m 32782 v 32283 p 27723 g 19927 z 16228 b 15780 h 10205 '
        'c 9706 č 9620 š 6333 ž 4526 ć 4337 f 3734 đ 2203 y 1015 w 964 x 258 q 155 é 69 '
        'á 52 ç 52'), (376, 76, 45)),
    'ca': ('latin', _table(
        'de 59069 la 38137 i 29497 a 28041 el 24007 que 23403 d 18071 l 17562 en 17014 '
        'per 14431 les 12572 del 11913 els 11460 un 11379 amb 8779 una 8595 no 8084 '
        'és 7336 es 7248 al 6748 va 5752 ha 5620 dels 4970 com 4917 més 4410 o 3940 s 3746 '
        'hi 2886 si 2878 aquesta 2638 tot 2607 aquest 2549 ser 2461 però 2320 seva 2113 '
        'se 2104 fer 2024 també 1990 seu 1953 han 1945 són 1916 als 1859 ja 1859 ho 1752 '
        'van 1752 on 1700 altres 1653 anys 1609 molt 1597 entre 1535 ens 1534 sobre 1487 '
        'això 1384 des 1373 fins 1371 pel 1362 tots 1362 part 1347 cap 1260 ara 1248 '
        'pot 1233 què 1233 li 1208 barcelona 1176 era 1157 m 1135 estat 1076 perquè 1075 '
        'any 1059 fa 1043 quan 1021 dia 985 hem 962 sense 961 us 950 està 933 web 917 '
        'gran 904 informació 902 manera 888 món 888 aquests 865 té 864 fet 861 n 859 '
        'lloc 858 poden 856 catalunya 855 només 848 després 839 cal 835 dos 817 cada 814 '
        'seus 813 the 808 persones 796 veure 795 primer 790 sempre 790 qui 785 uns 774 '
        'tres 767 així 765 havia 746 seves 734 ni 733 dir 724 tant 717 tenir 693 '
        'treball 689 tan 685 durant 683 serà 680 pels 675 altre 673 totes 673 ciutat 667 '
        'cas 661 article 657 col 657 sant 657 servei 657 govern 634 millor 626 temps 626 '
        'abans 623 gent 623 segons 623 em 612 tipus 610 encara 607 contra 600 públic 599 '
        'primera 597 centre 584 social 573 espanya 569 serveis 569 los 560 dies 556 '
        'nostra 555 donar 550 mai 550 sol 545 bé 543 mateix 535 casa 534 nova 534 '
        'forma 533 dins 532 projecte 532 nou 528 aquestes 521 història 521 diferents 517 '
        'grup 509 bona 503 tota 503 qualsevol 501 et 500 general 498 y 498 haver 493 '
        'partit 491 gràcies 489 qual 486 molts 480 t 478 avui 468 activitats 467 aquí 466 '
        'poble 465 alguns 460 anar 456 vida 454 he 453 ciències 452 curs 451 lo 450 '
        'tenen 450 estan 445 programa 439 política 436 dret 435 te 428 llei 425 cosa 421 '
        'especial 420 total 416 punt 414 universitat 413 altra 409 dues 409 poder 398 '
        'jo 397 pots 397 acord 395 vaig 395 aigua 394 sistema 394 vol 393 grups 388 '
        'arribar 387 final 387 terra 387 catalana 384 compte 384 educació 384 país 384 '
        'sinó 384 nostre 377 joan 375 nom 373 sembla 373 departament 370 euros 370 '
        'llibre 369 català 368 família 368 moment 363 nostres 363 països 363 hores 356 '
        'me 354 pla 353 bon 352 estar 350 tal 350 línia 346 passar 346 través 346 '
        'director 344 menys 342 sigui 342 canvi 340 tenim 339 equip 338 ajuntament 337 '
        'algun 337 plaça 337 suport 337 passat 336 local 335 xarxa 335 drets 334 '
        'escola 334 mentre 332 nos 332 tornar 331 casos 329 relació 329 res 329 www 329 '
        'empresa 328 sí 327 vegada 327 fan 326 unes 326 feina 322 març 322 moltes 322 '
        'ús 320 important 319 consell 315 empreses 315 banda 312 podeu 312 seguretat 312 '
        'mort 311 dones 310 obra 310 cultura 308 resta 307 dona 305 octubre 305 partir 305 '
        'popular 305 vegades 305 conèixer 303 cinc 302 exemple 302 mesos 302 davant 301 '
        'paper 298 dades 297 posar 297 diu 294 e 294 algunes 293 anglès 292 ben 291 '
        'coses 291 ells 291 camí 290 desenvolupament 290 actes 288 edat 288 internet 288 '
        'list 288 productes 288 seran 288 to 288 virus 288 música 287 hora 286 '
        'nacional 285 pas 281 atenció 279 potser 278 campanya 276 por 276 nosaltres 275 '
        'president 275 diverses 274 doncs 274 quatre 274 setembre 274 sota 272 mar 269 '
        'fent 268 eleccions 266 objectiu 266 tracta 266 estem 264 fou 262 novembre 262 '
        'nens 261 persona 261 procés 261 estiu 260 guerra 260 membres 260 nombre 260 '
        'vam 260 europa 258 c 257 club 257 podem 256 cop 255 parla 255 segona 255 '
        'major 252 aviat 251 nit 250 josep 249 clar 248 setmana 248 base 246 camp 246 '
        'euro 246 frança 246 http 246 jordi 246 mica 246 para 246 pràctiques 246 '
        'realitzar 246 rsquo 246 sala 246 secció 246 tècnica 246 usuaris 246 vots 246 '
        'tu 245 juny 243 maig 243 teatre 242 grans 240 meu 240 sols 240 servir 238 '
        'diversos 235 realitat 235 mostra 233 socials 233 carrer 230 dit 230 quina 230 '
        'llengua 226 mateixa 226 civil 225 demanar 225 havien 225 acabar 223 actual 223 '
        'alumnes 223 poc 223 fem 221 societat 220 desembre 219 tothom 219 trobar 219 '
        'tenia 218 abril 217 aconseguir 217 deixar 217 eren 217 quin 217 explicar 216 '
        'respecte 216 hauria 215 mes 215 ahir 214 alguna 214 deu 214 mig 214 som 214 '
        'teu 214 veu 214 aquells 212 creu 212 entrada 212 ets 210 dóna 208 ordre 208 '
        'petit 208 ell 207 meva 207 haurà 206 activitat 205 agenda 205 aigües 205 '
        'ambient 205 anat 205 arreu 205 can 205 carta 205 classes 205 color 205 '
        'coneixement 205 data 205 documentació 205 editorial 205 enginyeria 205 '
        'estudis 205 etc 205 formació 205 formar 205 format 205 gestió 205 industrial 205 '
        'junta 205 net 205 of 205 peces 205 php 205 portal 205 presentació 205 preu 205 '
        'professionals 205 pròxim 205 publicació 205 residus 205 serveix 205 sud 205 '
        'termini 205 treballs 205 url 205 vist 205 vostra 205 vot 205 resultats 204 '
        'acció 202 accés 202 cultural 202 milions 202 passa 202 mantenir 201 marxa 201 '
        'punts 201 madrid 199 prou 199 zona 199 possible 197 estic 196 homes 194 '
        'pública 194 edició 192 fora 192 ningú 192 situació 192 vos 192 agost 189 '
        'agrada 189 art 189 estava 189 imatge 189 rei 189 tinc 189 teva 187 idea 184 '
        'llista 184 sóc 184 algú 182 força 182 quals 182 salut 182 minuts 180 fill 179 '
        'mi 179 festa 178 fi 178 policia 176 segle 175 volem 175 nord 174 població 173 '
        'sis 173 sortir 173 tema 173 defensa 171 nous 171 noves 171 començar 170 '
        'comunitat 169 finalment 169 fons 169 sap 169 unió 169 vols 169 crear 167 '
        'estats 167 juliol 167 pares 167 pensar 167 tampoc 167 parlar 166 canviar 165 '
        'gener 165 mitjançant 165 and 164 assemblea 164 assignatura 164 blanc 164 '
        'busca 164 by 164 camps 164 caps 164 conjunt 164 contacte 164 diputació 164 '
        'disposa 164 entitats 164 erc 164 esta 164 exemples 164 fitxer 164 fotografies 164 '
        'generalitat 164 girona 164 in 164 infantil 164 inscripció 164 is 164 licitud 164 '
        'majoria 164 materials 164 medi 164 museu 164 más 164 objectius 164 opció 164 '
        'permet 164 personal 164 places 164 plau 164 porta 164 premsa 164 preus 164 '
        'primavera 164 processos 164 producció 164 professor 164 publicat 164 pàgina 164 '
        'qualitat 164 real 164 recursos 164 seguit 164 selecció 164 tarda 164 teniu 164 '
        'text 164 totalment 164 control 163 única 163 farà 161 home 161 llibres 161 '
        'terme 161 valència 161 participar 160 santa 160 foto 156 mare 156 viure 156 '
        'fills 153 matí 153 causa 148 crec 148 internacional 148 prop 148 veritat 148 '
        'segon 146 espai 143 famílies 143 imatges 143 lliure 143 mitjans 143 hagi 141 '
        'joves 141 llibertat 141 mal 141 nivell 141 polític 141 problema 141 seria 141 '
        'aquell 139 diuen 139 ne 139 oficial 139 pau 139 següent 139 parlament 137 '
        'tard 137 catalans 134 costat 134 gairebé 134 saber 134 únic 134 central 132 '
        'comunicació 132 guanyar 132 heu 132 paraules 132 premi 132 tingut 132 demà 130 '
        'llegir 130 obres 130 segur 130 ajuda 128 sent 128 seua 128 vull 128 acte 126 '
        'queda 126 volen 126 déu 124 espanyola 124 joc 124 associació 123 ciència 123 '
        'lectura 123 privades 123 públiques 123 amics 122 costa 122 portar 122 '
        'moviment 120 podria 120 principal 120 rebre 120 república 120 favor 117 '
        'febrer 117 massa 117 polítics 117 sentit 117 vídeo 117 has 114 llavors 112 '
        'molta 112 espanyol 110 pare 110 units 110 presó 107 treballar 107 cos 102 '
        'diners 102 cara 100 futur 100 ella 98 jove 98 llarg 98 problemes 98 seguir 98 '
        'allò 96 mundial 96 troba 96 èxit 96 sé 93 morir 91 tens 91 ciutadans 89 ajudar 87 '
        'lluita 87 temporada 87 cert 85 exèrcit 85 mà 85 partits 85 quedar 85 morts 83 '
        'independència 81 malgrat 81 sentir 81 llocs 79 mans 79 resposta 79 últim 79 '
        'actualment 78 jocs 78 puc 78 voltant 78'), _table(
        'e 127197 a 115009 s 81333 i 77077 r 70308 t 66359 l 64564 n 62667 o 50291 c 45333 '
        'd 41316 u 37214 p 29385 m 28581 b 13812 g 13658 v 12359 f 10359 q 8684 ó 6632 '
        'h 6274 x 4735 à 3863 é 3607 è 2974 j 2684 y 2530 í 2308 ò 2068 z 1846 w 1333 '
        'ú 1060 ç 889 k 462 ï 342 ü 342 á 188 ñ 154 º 68 ã 51'), (604, 85, 50)),
    'cs': ('latin', _table(
        'a 31160 v 21479 se 21465 na 19563 je 14922 to 10710 s 8383 že 8357 z 7188 o 7003 '
        'do 7000 i 5642 pro 5593 si 5554 k 5303 ve 4779 jsem 4732 ale 4628 tak 4147 '
        'za 3609 jsou 3565 jako 3528 po 3414 od 3197 nebo 3036 co 2950 jak 2804 byl 2676 '
        'by 2560 jen 2363 už 2215 které 2170 bude 2163 když 2051 při 1947 jeho 1871 u 1858 '
        'bylo 1837 jsme 1783 mi 1714 který 1592 mě 1579 také 1569 která 1444 ze 1441 '
        'až 1419 byla 1401 já 1400 není 1399 aby 1390 pak 1352 má 1350 být 1335 než 1288 '
        'kde 1256 pokud 1222 před 1211 podle 1171 ještě 1166 další 1146 ty 1128 asi 1118 '
        'jejich 1118 toho 1082 ho 1073 roku 1068 ani 1061 let 1009 tedy 987 proto 985 '
        'ne 971 mezi 958 může 954 zde 949 první 931 vám 907 tím 906 bez 885 tam 879 '
        'tomu 874 tento 867 tom 865 ten 864 či 855 velmi 847 však 828 byly 822 nás 805 '
        'dnes 804 roce 795 bych 789 této 788 své 772 nic 764 něco 754 ke 745 protože 728 '
        'tu 728 kdo 721 nad 718 práce 702 mám 696 mít 693 takže 693 kterou 681 díky 676 '
        'ji 670 jste 670 více 670 mu 661 budou 651 vás 641 přes 636 kdy 629 hlavní 627 '
        'měl 620 moc 619 již 616 pod 608 všechno 600 nám 583 všechny 583 dva 577 proč 568 '
        'dvě 565 tady 550 prostředí 547 české 534 teď 525 nové 523 ti 518 část 518 dne 514 '
        'pouze 511 kč 509 jestli 507 e 505 jeden 505 den 499 taky 499 r 488 opět 483 '
        'no 481 zejména 479 byli 478 její 476 kam 476 proti 476 města 471 místo 468 '
        'nikdy 468 systém 466 můžete 463 jí 460 letech 458 mají 456 případě 456 ta 456 '
        'musí 454 lze 449 praha 448 právě 448 někdo 447 patří 446 dobře 440 jde 440 '
        'později 440 nich 436 práci 436 lidí 434 jim 428 každý 428 víc 428 všech 428 '
        'nikdo 422 stejně 415 naše 412 máme 409 programu 407 svůj 407 zájem 407 třeba 405 '
        'století 401 poslední 398 rok 398 tři 398 jedná 396 hodin 395 toto 395 li 394 '
        'celé 392 tyto 392 kteří 389 nebude 385 kromě 383 zařízení 383 něj 381 vlastní 381 '
        'řekl 377 rámci 374 nový 373 což 371 době 371 stále 371 chci 370 mohou 369 '
        'samozřejmě 369 trochu 366 ať 361 dost 361 jednou 356 druhé 355 zatím 355 p 354 '
        'opravdu 352 součástí 352 dvou 351 největší 348 například 347 prostě 347 č 347 '
        'nějakou 341 sobě 341 praze 339 člověk 339 školy 338 ní 336 svou 336 dle 335 '
        'nejen 335 kolem 334 rád 334 území 333 dále 332 měla 332 nyní 332 c 329 '
        'všichni 326 moje 325 čas 325 včetně 324 naší 321 nebylo 321 roky 321 chce 320 '
        'vše 320 vůbec 319 jej 318 počet 318 musím 316 jenom 315 zcela 313 život 313 '
        'lidé 307 světa 307 ovšem 306 dat 305 ktera 305 platí 305 ľe 305 informace 304 '
        'nakonec 304 hned 301 hodně 301 oblasti 300 straně 299 d 297 eu 297 svém 297 '
        'tohoto 297 jsi 294 tohle 294 usa 294 nejlepší 292 svým 290 větší 290 potom 289 '
        'kvůli 288 té 288 děti 285 my 285 dobré 284 n 283 někdy 283 problém 283 snad 283 '
        'měli 279 vlastně 279 vy 279 jinak 275 mnoho 275 sebou 275 velký 275 zároveň 275 '
        'pár 274 nebyl 273 udělat 270 září 270 on 269 zase 269 budete 267 dál 267 '
        'základní 267 týden 265 čtyři 265 ano 262 poprvé 262 spolu 260 téměř 260 třetí 260 '
        'jan 257 nová 257 tuto 257 možná 256 skoro 255 věc 255 ch 254 doc 254 máte 254 '
        'novou 254 projektu 254 rada 254 rozsahu 254 sv 254 teprve 254 textu 254 '
        'vysoké 254 bychom 253 dalších 253 jedna 253 jiné 253 půl 253 česká 253 budu 251 '
        'během 250 např 250 nevím 250 svého 250 tě 250 stát 246 země 246 můj 245 '
        'společnost 243 vaše 243 vidět 243 český 243 byste 242 problémy 242 celý 241 '
        'několik 241 hodiny 240 doma 239 možné 239 tato 239 myslím 237 nějaký 236 ona 236 '
        'pan 236 vedle 236 části 236 řízení 236 akce 234 mělo 234 naprosto 234 různých 234 '
        'minut 233 světě 233 věci 232 fakt 230 života 230 jo 228 úplně 228 dobu 224 '
        'mimo 224 poté 224 společnosti 224 sám 224 vždy 224 chcete 222 některé 222 '
        'tomto 222 znovu 222 peníze 220 těch 220 často 220 čr 220 těchto 219 vypadá 219 '
        'dlouho 216 jednoho 216 město 216 nemá 216 něm 216 velké 216 hlavně 213 lepší 213 '
        'mohl 213 b 211 období 211 takové 211 nejsou 209 příliš 209 stojí 209 vím 209 '
        'pořád 208 můžeme 206 žádné 206 celém 204 csc 204 databáze 204 hod 204 jaké 204 '
        'každém 204 km 204 mnoha 204 mého 204 nějak 204 několika 204 partnerství 204 '
        'pc 204 podmínky 204 provozu 204 práv 204 role 204 sebe 204 služeb 204 staré 204 '
        'tvoří 204 tímto 204 vydal 204 všeho 204 změny 204 základě 204 říká 204 '
        'životního 204 brno 199 letos 199 lidi 199 nemůže 199 zrovna 199 chvíli 198 '
        'dům 197 druhý 195 jedné 195 jiného 193 zda 193 mně 192 nebyla 191 pocit 191 '
        'pomocí 191 republiky 191 kdyby 190 většina 189 chtěl 188 místě 188 vždycky 188 '
        'cena 187 mnohem 185 naopak 185 večer 185 českého 185 stalo 183 jedno 182 ráno 182 '
        'sem 182 strany 182 svých 182 lety 181 služby 181 smrti 181 tehdy 181 žena 181 '
        'in 179 jehož 179 l 179 rychle 179 vyšší 179 výsledky 179 zatímco 179 celou 176 '
        'the 176 mohla 173 ostatní 173 jednu 171 dělat 170 určitě 170 budeme 168 '
        'nějaké 168 dobrý 166 dokonce 165 mohli 165 nejsem 165 totiž 163 zemi 163 ženy 163 '
        'především 162 přesně 162 svět 160 takový 160 sama 158 státní 158 domů 155 '
        'dítě 155 náš 155 m 154 az 153 byt 153 chceme 153 datových 153 denně 153 doba 153 '
        'doporučuje 153 druhu 153 duchovní 153 fakulty 153 filmu 153 informací 153 '
        'jest 153 jinou 153 jiným 153 jiz 153 koule 153 kteri 153 mail 153 malý 153 '
        'metrů 153 naleznete 153 objektu 153 obsah 153 obsahuje 153 odborníků 153 '
        'opatření 153 otázky 153 ovládání 153 pocatku 153 podpory 153 podstaty 153 '
        'poloviny 153 pomoci 153 postup 153 postupně 153 použití 153 prací 153 prahy 153 '
        'praxi 153 programů 153 provoz 153 prvky 153 prý 153 pět 153 převážně 153 '
        'přípravy 153 původní 153 raději 153 rychlost 153 serveru 153 skladby 153 '
        'souboru 153 současné 153 spolupráci 153 starší 153 stav 153 stol 153 stránce 153 '
        'stránku 153 stránky 153 státy 153 taková 153 takto 153 teto 153 totéž 153 '
        'tradiční 153 tzv 153 vodu 153 vstupu 153 vzhledem 153 výrobě 153 výsledkem 153 '
        'význam 153 začátku 153 zvláštní 153 údajů 153 úřadu 153 ă 153 činí 153 '
        'člověka 153 šest 153 ním 151 někoho 151 času 151 ceny 148 nového 148 okolí 148 '
        'vlády 148 českých 148 dělá 146 firmy 146 možnost 146 muž 146 číslo 146 řekla 146 '
        'jiný 144 navíc 144 nemám 144 prosím 144 začal 144 alespoň 142 hry 142 prvním 142 '
        'přece 142 znamená 142 takhle 141 docela 140 většinou 140 abych 138 domu 138 '
        'hrát 138 konci 138 auto 136 chtějí 136 dal 136 jistě 136 věcí 136 celkem 134 '
        'nejde 134 skupiny 134 tým 134 váš 134 národní 132 přímo 132 rozdíl 132 '
        'střední 132 zpět 132 štěstí 132 dříve 130 h 130 konec 130 malé 130 společně 130 '
        'buď 128 dětí 128 listopadu 128 mne 128 noc 128 někde 128 právo 128 ráda 128 '
        'čeká 128 dostal 125 kolik 125 nechci 125 jít 122 máš 120 sice 120 tebe 120 '
        'všem 120 říct 117 chtěla 112 doby 112 tolik 112 dá 107 jméno 107 mnou 102 '
        'film 100 ně 100 žádný 100 nemůžu 98 bohužel 96 cenu 96 kterým 96 vážně 96 čím 96 '
        'velká 93 dny 91 domácí 91 petr 91 stačí 91 dát 89 jaký 89 jich 89 oba 89 paní 89 '
        'pravda 89 konečně 87 kterých 87 policie 87 přijde 87 t 87 děkuji 85 místa 85 '
        'rozhodně 85 jiří 83 muži 83 noci 83 sociální 83 tisíc 83 dostat 81 doufám 81 '
        'některých 81 státu 81 dneska 79 dnešní 79 jdu 79 ruce 79 dní 78 mohlo 78 zítra 78'), _table(
        'o 84653 e 82362 a 67696 n 64072 t 55809 s 46382 i 45162 v 43547 r 40355 l 39416 '
        'd 37519 k 36749 p 35416 u 33763 m 31585 c 27210 í 26797 z 22684 h 22496 j 20825 '
        'y 18872 á 18647 b 16638 ě 12957 é 9840 ř 9746 č 8431 ý 8075 ž 7549 š 6366 ů 4619 '
        'g 3624 f 3343 ú 1164 x 1127 w 789 ň 695 ľ 657 ă 563 ą 488 ť 357 ó 244 q 169 ä 169 '
        'ĺ 150 ď 94'), (400, 85, 45)),
    'cy': ('latin', _table(
        'yn 57542 y 36091 r 33878 i 31750 o 28601 a 26302 mae 22046 ar 17790 ei 15066 '
        'yr 11576 n 10640 ac 9108 gan 8342 oedd 5958 wedi 5277 gyda 5107 fel 4767 '
        'mewn 4511 am 4341 eu 4341 yw 3916 un 3660 ond 3490 gyfer 3235 cael 3064 neu 3064 '
        'perthyn 3064 bu 2979 lladin 2979 deulu 2894 fod 2894 sy 2809 â 2809 ôl 2809 '
        'enw 2554 hyd 2469 hefyd 2383 hyn 2298 ym 2298 er 2213 bod 2128 daeth 2128 at 2043 '
        'dyma 1873 eraill 1873 w 1702 yng 1702 cymru 1617 cynnwys 1617 fe 1617 nifer 1617 '
        'rhan 1617 roedd 1617 u 1617 ceir 1447 dros 1447 pan 1447 sydd 1447 oed 1362 '
        'ystod 1362 cyn 1277 cyntaf 1277 ef 1277 genyn 1277 newydd 1277 wrth 1277 '
        'erbyn 1192 gwaith 1192 ni 1192 yma 1192 ail 1107 farw 1107 gael 1107 hynny 1107 '
        'na 1107 ysgol 1107 dau 1021 hen 1021 iddo 1021 oherwydd 1021 rhai 1021 byd 936 '
        'cymraeg 936 ddefnyddio 936 flwyddyn 936 fwyaf 936 gyfystyron 936 hwn 936 iawn 936 '
        'pobl 936 prif 936 restr 936 rhwng 936 ben 851 defnyddio 851 fawr 851 felly 851 '
        'fewn 851 gellir 851 john 851 lle 851 mai 851 mwy 851 mwyn 851 sef 851 tra 851 '
        'ag 766 ardal 766 bobl 766 dynol 766 ers 766 gair 766 heb 766 hon 766 llawer 766 '
        'mwyaf 766 nhw 766 nid 766 tua 766 wlad 766 aeth 681 afon 681 arall 681 cafodd 681 '
        'canol 681 corff 681 cwmni 681 de 681 dim 681 drwy 681 e 681 etholiad 681 '
        'hanes 681 hi 681 hun 681 iaith 681 mor 681 safle 681 amser 596 bach 596 byw 596 '
        'clwb 596 dal 596 ddwy 596 dod 596 dref 596 efallai 596 fwy 596 gilydd 596 gyd 596 '
        'heddiw 596 iddynt 596 lloegr 596 môr 596 newid 596 oes 596 addysg 511 allan 511 '
        'aml 511 arfer 511 bob 511 brifysgol 511 bron 511 byddai 511 cylch 511 dad 511 '
        'dan 511 daw 511 ddinas 511 dechrau 511 dir 511 du 511 dwy 511 eglwys 511 '
        'ennill 511 fynd 511 gogledd 511 greu 511 gymraeg 511 gyntaf 511 hanesyddol 511 '
        'holl 511 le 511 llawr 511 lliw 511 math 511 mawr 511 medi 511 mis 511 nghymru 511 '
        'nos 511 of 511 os 511 pob 511 rhoi 511 rhyddhau 511 sawl 511 sbaen 511 the 511 '
        'trwy 511 uchaf 511 unrhyw 511 ychydig 511 yna 511 adeg 426 aderyn 426 almaen 426 '
        'arian 426 bardd 426 benywaidd 426 brenin 426 brif 426 bryd 426 bydd 426 '
        'cartref 426 cenedlaethol 426 chwarae 426 cyfeirio 426 cyffredin 426 cyfnod 426 '
        'ddau 426 ddechrau 426 ddiwedd 426 ddiweddarach 426 ddod 426 diwrnod 426 dweud 426 '
        'dyfodol 426 enwedig 426 eto 426 fath 426 ffurfiau 426 ffurfio 426 flaen 426 '
        'gadael 426 gall 426 ganlyniad 426 ganwyd 426 ger 426 grŵp 426 gweld 426 '
        'gyfnod 426 gyfrifol 426 gynnwys 426 gystadleuaeth 426 gân 426 hytrach 426 '
        'jones 426 km 426 lawer 426 lawr 426 llywodraeth 426 maes 426 megis 426 miliwn 426 '
        'mlynedd 426 morgan 426 mynd 426 ochr 426 ogystal 426 olaf 426 pen 426 '
        'prifysgol 426 pryd 426 rai 426 rygbi 426 sir 426 syth 426 t 426 teithio 426 '
        'teulu 426 thomas 426 trac 426 tro 426 tu 426 tymor 426 tîm 426 uchel 426 '
        'undeb 426 unig 426 uwch 426 weithio 426 wneud 426 ydy 426 ymddangos 426 '
        'ymladd 426 ymlaen 426 yno 426 ynys 426 ysgrifennu 426 adalwyd 340 adnabod 340 '
        'aelod 340 aelodau 340 agos 340 alban 340 anwyd 340 arbennig 340 arfordir 340 '
        'bell 340 bellach 340 beth 340 blant 340 bwyd 340 bwysig 340 bywyd 340 ceisio 340 '
        'cerddorol 340 charles 340 cyffredinol 340 cyfres 340 cynhyrchu 340 cysylltu 340 '
        'da 340 dafydd 340 dair 340 dangos 340 davies 340 ddaeth 340 ddal 340 dde 340 '
        'dechreuodd 340 defnyddiwyd 340 derbyn 340 dinas 340 draws 340 dychwelodd 340 '
        'dyffryn 340 dyn 340 eang 340 elwir 340 enghraifft 340 enillodd 340 evans 340 '
        'fersiwn 340 ffilm 340 ffrainc 340 fodd 340 fu 340 fydd 340 ganddi 340 gerddi 340 '
        'gerddoriaeth 340 gerllaw 340 golygu 340 gorllewin 340 grwpiau 340 gwaethaf 340 '
        'gwasanaethau 340 gwbl 340 gwleidyddol 340 gwmni 340 gwyn 340 gydag 340 '
        'gyffredin 340 gyfres 340 gynhyrchu 340 hawdd 340 hunain 340 hwnnw 340 isaf 340 '
        'iwerddon 340 llaw 340 llenyddiaeth 340 llyfrau 340 man 340 mehefin 340 '
        'merched 340 naturiol 340 nofel 340 oddi 340 ohono 340 orsaf 340 parc 340 '
        'penodol 340 plant 340 poblogaidd 340 prydain 340 ran 340 rhagfyr 340 '
        'rheilffordd 340 rhif 340 rhyfel 340 sain 340 sant 340 sefydlu 340 senedd 340 '
        'stori 340 swyddogol 340 sylfaenol 340 sylweddol 340 syr 340 tan 340 tebyg 340 '
        'term 340 von 340 weithiau 340 williams 340 ystyried 340 ystyrir 340'), _table(
        'a 99907 d 95263 e 81616 y 79664 n 79550 r 73826 i 67382 o 56673 l 53223 w 38174 '
        'g 36638 h 34136 f 33454 t 30327 s 28734 c 27370 u 26403 m 25133 b 15220 p 9363 '
        'k 1649 v 1118 â 1042 ô 1042 j 739 z 531 x 284 ŵ 246 é 208 q 171 ŷ 171 î 152 ê 114 '
        'á 95 ë 95'), (525, 69, 53)),
    'da': ('latin', _table(
        'i 29869 og 29343 er 27110 at 22518 det 21229 en 19779 af 19223 til 16479 på 15444 '
        'med 12887 for 12565 der 11714 har 11628 jeg 11180 den 10905 de 10336 ikke 10028 '
        'som 8012 kan 7529 et 7451 du 7315 om 6498 så 6240 vi 5883 var 5756 fra 5126 '
        'men 4724 skal 4559 han 4546 ved 3845 være 3709 hvor 3554 man 3443 vil 3265 '
        'også 3145 eller 3012 hvis 2578 her 2529 sig 2513 efter 2402 nu 2391 meget 2374 '
        'blev 2304 når 2208 alle 2127 mere 2103 mig 2040 ud 2016 op 2007 hun 1977 '
        'hvad 1976 mange 1974 år 1957 kunne 1926 da 1906 havde 1901 få 1857 bliver 1821 '
        'over 1821 godt 1820 noget 1810 selv 1787 dig 1745 min 1685 vores 1672 dette 1647 '
        'se 1635 have 1535 lige 1524 end 1516 dem 1515 to 1515 nye 1455 bare 1414 din 1410 '
        'kun 1400 lidt 1399 nogle 1353 andre 1300 får 1294 a 1279 denne 1244 os 1194 '
        'deres 1184 helt 1143 mod 1139 flere 1068 nok 1068 må 1058 dag 1043 været 1043 '
        'igen 1033 kommer 1033 skulle 1030 fik 1008 alt 1003 hans 1003 ind 1003 derfor 999 '
        'god 993 tid 990 hvordan 972 første 959 sammen 953 jo 952 nogen 943 samme 943 '
        'ingen 940 hele 928 børn 925 ville 903 gode 889 dog 886 både 885 går 872 gør 867 '
        'gang 862 ham 848 del 840 komme 832 store 823 før 814 hos 799 sidste 797 blive 792 '
        'gøre 788 måske 788 dansk 778 ny 778 kom 769 danmark 738 siden 738 altid 729 '
        'fået 728 sin 717 rigtig 707 ja 706 mest 704 andet 702 siger 698 mellem 693 '
        'inden 688 s 685 uden 679 ret 678 arbejde 660 sådan 658 måde 647 under 647 '
        'lille 638 stadig 624 finde 620 faktisk 616 tilbage 612 anden 608 står 607 gå 605 '
        'give 602 synes 602 bl 600 endnu 597 stor 597 kl 593 fordi 581 dine 563 tager 563 '
        'bedste 550 via 547 giver 543 gange 541 gerne 541 tak 541 brug 539 dit 539 '
        'samt 538 danske 537 blandt 536 folk 536 blevet 532 tror 532 aldrig 529 mindre 526 '
        'begge 524 set 510 ser 509 sit 508 hver 500 kr 496 par 495 ned 489 mit 484 '
        'disse 482 bedre 477 dage 472 liv 472 forskellige 470 tre 470 tidligere 468 '
        'mand 464 samtidig 464 plads 463 gennem 460 f 456 ting 452 tage 451 mens 450 '
        'hvorfor 444 omkring 441 taget 429 sige 425 gik 424 hold 424 københavn 422 '
        'hjem 420 forhold 416 sted 415 stort 411 håber 410 kort 407 kører 404 nyt 404 '
        'næsten 404 betyder 396 the 396 billeder 394 allerede 391 grund 387 mål 386 '
        'frem 385 mennesker 385 lave 379 lavet 376 d 375 holde 375 film 367 mulighed 362 '
        'igennem 359 stedet 359 ligger 356 m 356 vigtigt 356 ca 352 tale 352 vej 349 '
        'virkelig 349 klar 344 bruge 343 hjælp 343 side 343 tv 343 e 342 spørgsmål 342 '
        'bruger 339 eks 339 ellers 339 lide 339 læs 337 større 335 penge 334 ad 333 '
        'muligt 331 timer 330 medlemmer 329 tiden 327 hendes 326 mine 326 tog 324 dk 322 '
        'måtte 321 gamle 320 hvem 320 hvilket 320 verden 320 enkelte 316 sker 316 '
        'altså 315 navn 315 vel 315 bruges 313 råd 312 videre 312 spiller 309 stå 308 '
        'aften 307 bør 302 langt 302 række 302 engang 297 nej 297 hurtigt 296 rundt 296 '
        'fx 294 løbet 294 morgen 294 pr 294 hjemmeside 292 spille 292 arbejder 290 '
        'datter 290 især 290 vist 290 næste 289 gammel 288 gav 287 haft 286 land 286 '
        'længere 286 unge 286 én 286 ligesom 284 væk 283 sine 279 uge 278 by 276 '
        'kommet 276 følgende 275 holder 275 mener 275 sagde 275 først 274 fandt 273 '
        'selvom 273 gjorde 272 jeres 272 fint 271 indtil 268 x 268 findes 267 dagen 266 '
        'al 263 blot 263 tænke 263 heller 262 mænd 262 pige 261 skrevet 259 b 258 '
        'svært 258 barn 254 landet 254 bad 252 mad 252 spil 252 samarbejde 250 fem 249 '
        'desuden 248 desværre 248 kommune 246 laver 246 sat 246 egen 243 hjælpe 243 '
        'hvert 243 nr 243 engelsk 242 indlæg 242 området 242 resten 242 yderligere 242 '
        'billede 240 kræver 240 prøve 240 derefter 239 ofte 239 senere 239 indenfor 237 '
        'musik 237 brugt 235 lyder 235 længe 235 tæt 235 maj 234 danmarks 233 dele 233 '
        'forstår 233 møde 233 fortælle 232 lang 232 familien 230 fleste 230 alligevel 228 '
        'imod 228 lad 228 problemer 228 hende 226 følge 225 selvfølgelig 225 sikkert 225 '
        'slet 225 kamp 223 bag 222 gjort 222 bog 218 finder 218 viser 218 netop 216 '
        'sætter 216 svar 210 sæson 210 direkte 208 rigtige 208 t 208 gået 206 holdt 206 '
        'betale 204 venstre 204 virker 203 jer 202 måneder 202 aarhus 201 billedet 201 '
        'bliv 201 fag 201 hinanden 201 hyggelig 201 indsats 201 kroner 201 '
        'medarbejdere 201 online 201 sendt 201 stærk 201 vide 201 eu 200 marts 200 '
        'område 200 uger 200 død 199 begyndte 198 masse 198 ønsker 198 ifølge 196 '
        'skriver 196 givet 195 handler 195 købe 195 forbindelse 193 forældre 193 '
        'historie 193 støtte 193 lange 191 mening 191 snart 191 c 190 familie 190 '
        'tænker 190 usa 190 valg 190 små 188 tur 188 fejl 185 personer 185 således 185 '
        'største 184 fortæller 183 føler 183 job 183 lov 183 ok 183 elsker 182 lade 181 '
        'byen 178 fald 178 kender 178 of 178 sikker 178 søger 178 eneste 175 '
        'fantastisk 175 mor 175 ord 175 fri 174 livet 174 stille 174 ude 174 vand 174 '
        'burde 172 hjælper 172 skole 172 steder 172 dermed 170 trods 170 hej 169 '
        'mindst 168 spændende 168 tag 168 bil 166 dr 166 fast 166 høre 166 p 164 '
        'skrive 164 stod 164 intet 163 inde 162 nummer 162 sidst 162 apr 161 bagefter 161 '
        'behandling 161 betaling 161 dejlig 161 efternavn 161 ej 161 fokus 161 formand 161 '
        'foto 161 generalforsamling 161 glæde 161 google 161 gælder 161 hjemmesiden 161 '
        'hunde 161 idet 161 klik 161 km 161 let 161 moderne 161 modtaget 161 områder 161 '
        'oplyst 161 osv 161 produkter 161 risiko 161 sag 161 skabe 161 st 161 stand 161 '
        'succes 161 sælger 161 underholdende 161 virksomheden 161 politiet 160 time 160 '
        'tro 158 v 158 verdens 158 kvinde 157 ses 157 arbejdet 156 eksempel 156 '
        'tidspunkt 156 udvikling 156 spillet 155 antal 153 hørt 153 masser 153 flot 152 '
        'form 152 sagt 152 fedt 151 gratis 151 husk 151 kvinder 151 rejse 151 samlet 151 '
        'september 151 ske 151 kendt 150 sætte 147 vejen 147 venner 145 fire 144 alene 140 '
        'odense 140 døde 138 leder 138 nå 138 søn 138 slags 133 velkommen 133 forbi 131 '
        'hus 131 fuld 129 høj 129 la 129 taler 129 lyst 127 endelig 125 fundet 125 '
        'hører 125 passer 125 hedder 123 problem 123 far 122 glad 122 rigtigt 122 '
        'afholdes 121 anbefales 121 august 121 begynder 121 besøg 121 bogen 121 bor 121 '
        'bred 121 england 121 forslag 121 forældrene 121 fysisk 121 havnen 121 hul 121 '
        'kampen 121 kommentar 121 netværk 121 opfattelse 121 pris 121 projekter 121 '
        'seks 121 sikrer 121 straks 121 særlige 121 uanset 121 varer 121 virkeligheden 121 '
        'øjeblikket 121 bedst 119 and 118 lande 118 danskere 116 jorden 116 kæmpe 116 '
        'millioner 114 sidder 114 eget 113 ene 113 kendte 113 nogensinde 113 året 113 '
        'vær 111 hvilken 107 læse 104 minutter 102 in 100 hjemme 98 hvornår 96 live 96 '
        'køre 93 sjovt 93 aalborg 91 europa 89 hen 87 l 87 lære 87 new 87 klart 83 '
        'mangler 83 john 81 års 81 ældre 79 fc 78 foran 78 forstå 78 følger 78 huset 78 '
        'præcis 78 it 76 uddannelse 76 person 74 stop 74 fodbold 72 g 72 skat 72 egne 70 '
        'egentlig 69 fly 69 gift 69'), _table(
        'e 158350 r 86231 n 72168 t 67916 d 61977 i 59876 a 58056 s 56782 l 52695 o 46904 '
        'g 45085 m 33487 k 32676 v 25231 f 24784 u 18067 h 17537 b 16214 p 16197 å 11449 '
        'æ 8984 ø 8421 j 7396 y 7147 c 4798 w 612 x 331 z 265 é 215 q 50'), (621, 97, 49)),
    'de': ('latin', _table(
        'die 30690 der 29310 und 26972 in 16767 das 13640 ist 10487 den 10438 von 10414 '
        'mit 9896 zu 9813 auf 8412 ich 8402 sie 8109 ein 8008 nicht 7774 es 7754 für 7602 '
        'im 7472 eine 6916 sich 6892 auch 6051 dem 5911 des 5650 an 5078 als 5012 aus 4347 '
        'wir 4228 werden 4219 bei 4098 sind 4075 er 3834 wie 3776 wird 3619 so 3583 '
        'hat 3576 aber 3540 nach 3537 oder 3393 dass 3266 einer 3218 noch 3180 war 3145 '
        'nur 3060 einen 2960 am 2845 man 2800 kann 2705 wenn 2572 um 2528 zum 2509 '
        'haben 2498 einem 2434 mehr 2294 über 2267 dann 2253 du 2103 was 2089 vor 2062 '
        'zur 2018 sein 1997 da 1986 durch 1952 diese 1923 schon 1820 hier 1816 wurde 1772 '
        'uns 1733 bis 1711 können 1702 habe 1659 mal 1589 mir 1589 ihre 1572 immer 1535 '
        'wieder 1480 ja 1478 ihr 1464 alle 1430 doch 1419 dieser 1320 mich 1318 keine 1314 '
        'jetzt 1309 etwas 1297 sehr 1279 vom 1219 gibt 1209 damit 1090 zeit 1078 '
        'hatte 1074 beim 1070 zwei 1070 wo 1031 neue 1020 unter 993 gegen 988 gut 978 '
        'muss 977 waren 934 menschen 932 ganz 931 machen 931 seine 898 alles 888 denn 874 '
        'daß 861 einfach 853 ab 795 zwischen 791 seite 789 lassen 786 andere 780 geht 772 '
        'leben 770 ohne 763 a 755 anderen 754 dich 751 ihn 746 heute 742 kommt 742 nun 742 '
        'dieses 731 einmal 727 viel 727 soll 724 bin 721 ihm 709 bitte 704 beiden 689 '
        'also 681 jedoch 680 eines 678 macht 671 deutschland 663 jahr 663 ob 663 '
        'finden 652 nichts 651 jahre 648 meine 648 steht 647 würde 642 diesem 640 s 638 '
        'dir 637 wer 634 weil 627 konnte 626 müssen 619 sowie 608 sollte 605 weiter 598 '
        'will 592 seit 588 e 577 diesen 574 dort 573 dies 571 sondern 566 seiner 565 '
        'viele 565 b 559 neben 555 allem 553 platz 552 wurden 550 ihnen 547 dabei 542 '
        'kein 542 unsere 531 jahren 519 sehen 517 ersten 514 wäre 512 wirklich 508 '
        'mein 507 wegen 506 de 503 ihren 502 gab 491 drei 489 selbst 488 neuen 485 '
        'etwa 480 hab 470 erst 469 ihrer 469 ins 466 unserer 463 arbeit 458 welt 455 '
        'gehen 450 wohl 450 v 446 seinen 444 euch 438 sei 432 teil 421 uhr 415 rund 410 '
        'vier 409 z 408 bzw 403 vielleicht 398 leute 395 allen 392 dazu 392 '
        'unternehmen 392 natürlich 390 gerade 385 gute 385 jeden 385 später 385 ganze 381 '
        'möchte 381 tag 381 wenig 381 geld 376 berlin 375 sagen 375 während 375 fragen 374 '
        'hast 372 warum 372 davon 371 weg 370 erste 367 sieht 367 besser 364 deren 364 '
        'stadt 364 erreicht 363 paar 363 wochen 363 gemacht 359 liegt 359 fall 355 '
        'geworden 355 gar 354 eigenen 352 möglich 352 frauen 351 seinem 349 hatten 347 '
        'kommen 347 meinen 347 wollen 347 jeder 344 the 344 schnell 343 hätte 341 '
        'stehen 339 dessen 336 kleinen 336 weitere 336 geben 335 werde 335 oft 332 '
        'ebenfalls 331 dafür 330 keinen 330 lange 330 sagt 330 fast 326 bereits 325 '
        'deutschen 325 ende 325 gehört 325 damals 324 deutsche 322 meiner 322 nehmen 322 '
        'of 322 frau 319 treffen 316 d 314 genau 314 gesehen 313 welche 313 weniger 313 '
        'einige 309 sicher 309 bereich 308 arbeiten 307 ihrem 305 letzten 301 mai 301 '
        'sogar 301 tage 301 allerdings 298 art 298 daher 298 kaum 298 darf 294 recht 294 '
        'überhaupt 291 könnte 290 m 290 spiel 290 usa 288 dank 286 pro 286 land 283 '
        'hand 281 nächsten 281 richtig 281 tun 281 weiss 281 endlich 279 nie 279 frage 277 '
        'zurück 277 anfang 274 hin 273 dennoch 272 falls 272 muß 272 schließlich 272 '
        'veranstaltungen 272 her 270 kurz 270 mann 268 wissen 268 zusammen 268 spielen 267 '
        'internet 266 richtung 266 dinge 264 i 264 mädchen 262 bild 261 fest 260 kam 260 '
        'liegen 260 ziel 257 findet 256 vielen 256 zwar 256 ca 255 u 253 neu 250 '
        'jemand 249 beispiel 248 direkt 245 gerne 245 liebe 242 sagte 242 h 240 wasser 240 '
        'alten 238 sofort 238 auto 236 deutlich 236 jede 236 eigentlich 235 schwer 233 '
        'wichtig 233 besonders 232 geschichte 232 r 231 alter 229 bad 227 bekannt 227 '
        'daten 227 deine 227 februar 227 heißt 227 homepage 227 insbesondere 227 '
        'inzwischen 227 kunden 227 links 227 markus 227 braucht 225 meinem 225 meisten 225 '
        'euro 222 kleine 222 personen 221 c 219 ging 219 haus 219 prozent 219 sollten 219 '
        'stelle 219 danke 218 ernst 217 zukunft 217 je 216 n 216 gegeben 213 jedem 213 '
        'minuten 213 freunde 211 helfen 211 nein 211 online 211 schön 211 stellen 211 '
        'woche 211 worden 211 probleme 210 wann 210 besten 208 grund 208 namen 208 '
        'problem 208 halt 205 nacht 205 stand 205 stunden 205 bist 204 genug 203 '
        'wollte 203 allein 200 solche 200 zeigt 200 kinder 199 essen 198 lang 198 '
        'abend 195 eher 195 hinter 195 gleich 194 bald 193 nachdem 193 ort 193 statt 193 '
        'zweiten 193 danach 191 dr 191 männer 191 fünf 188 gilt 188 denen 186 darüber 183 '
        'bisher 182 hätten 182 klar 182 album 181 befinden 181 bestehen 181 besucher 181 '
        'bietet 181 erhält 181 erneut 181 erstellt 181 gestaltet 181 glauben 181 '
        'großen 181 informationen 181 januar 181 kreis 181 michael 181 mitte 181 '
        'möglichkeiten 181 nutzen 181 rahmen 181 schöne 181 setzen 181 sonntag 181 '
        'sowohl 181 treten 181 verbindung 181 verein 181 wenigen 181 wolfgang 181 zahl 181 '
        'zuerst 181 guten 180 folge 178 grosse 178 grossen 178 herr 178 hilfe 178 '
        'scheint 178 fand 176 film 176 lesen 176 buch 174 dürfen 174 früher 174 kannst 174 '
        'l 174 mensch 172 bleibt 171 weit 171 fahren 170 form 170 frei 170 idee 170 '
        'neues 170 polizei 168 wert 168 darauf 166 entwicklung 166 führt 166 suchen 166 '
        'angst 165 ganzen 165 lage 165 leider 165 musste 165 verstehen 165 würden 165 '
        'brauchen 163 innerhalb 163 insgesamt 163 bleiben 162 sollen 162 daran 160 '
        'thema 160 echt 155 schule 155 heisst 151 musik 150 erhalten 147 bringen 145 '
        'us 145 dein 144 lässt 144 eu 143 gefunden 143 egal 141 gesellschaft 141 '
        'letzte 141 ne 141 stark 141 gegenüber 138 kind 138 oben 138 spd 138 angeboten 136 '
        'anspruch 136 antwort 136 anwendung 136 band 136 benutzt 136 besuch 136 '
        'beträgt 136 bieten 136 buchstaben 136 dagegen 136 dateien 136 eltern 136 '
        'email 136 entscheidungen 136 erforderlich 136 erfüllen 136 erlaubt 136 '
        'erleben 136 erwarten 136 europa 136 geschrieben 136 gott 136 gottes 136 '
        'heraus 136 hoher 136 interesse 136 kapelle 136 karten 136 konnten 136 '
        'lediglich 136 los 136 lösungen 136 martin 136 material 136 müller 136 plätze 136 '
        'produkte 136 reihe 136 sammeln 136 sekunde 136 sprache 136 staat 136 starken 136 '
        'sucht 136 sv 136 veranstaltung 136 verschiedenen 136 vollständig 136 weder 136 '
        'weiterhin 136 werner 136 weshalb 136 wichtigsten 136 wirkt 136 wünscht 136 '
        'zeichen 136 zudem 136 zuletzt 136 augen 134 gesagt 134 gruppe 134 morgen 134 '
        'sonst 134 trotzdem 134 unser 134 bekommen 132 bestimmt 132 politik 132 '
        'zunächst 132 oh 130 schliesslich 130 team 130 familie 128 ii 128 wort 128 '
        'bringt 126 all 124 eigene 124 bevor 123 manchmal 123 super 123 t 123 tut 123 '
        'wahl 123 deshalb 122 eben 122 gewesen 122 glaube 122 einzige 121 folgen 121 '
        'obwohl 121 weiteren 121 ausserdem 120 beide 120 dadurch 119 september 119 '
        'klasse 118 halten 110 anders 107 mag 104 münchen 104 junge 102 lieber 102 '
        'aller 100 finde 100 kopf 100 person 98 zeigen 98 hoch 96 strasse 93 mutter 91 '
        'beste 89 denke 89 is 89 millionen 89 schreiben 89 artikel 87 deutsch 87 glück 87 '
        'leicht 87 mehrere 87 niemand 87 sache 87 alte 85 bayern 85 bisschen 85 denken 85 '
        'laut 85 regierung 85 stellt 85 and 83 sohn 83 spass 83 besteht 81 gross 81 o 81 '
        'vater 81 darum 79 jedes 79 keiner 79 passiert 79 österreich 79 hamburg 78 raus 78 '
        'wien 78 kosten 76 könnten 76 sehe 76 ziemlich 76 erfolg 74 hause 74 krieg 74 '
        'läuft 74 to 74 voll 74 wieso 74 afd 72 alt 72 aufgrund 72'), _table(
        'e 161809 n 101868 i 78834 r 71966 s 63267 t 61142 a 57801 d 47408 h 44390 u 40079 '
        'l 37061 g 29871 c 28700 o 27130 m 26822 b 20740 f 17753 w 15813 k 14458 z 12810 '
        'p 9562 v 9300 ü 6390 ä 5574 ö 2648 j 2263 ß 2217 y 1293 x 616 q 308 ã 62'), (559, 79, 43)),
    'el': ('greek', _table(
        'και 36502 το 27458 να 26509 του 19540 η 17447 την 16927 με 16685 για 15815 '
        'που 13672 ο 12236 από 11608 τα 10504 είναι 10462 δεν 10025 θα 9674 σε 9633 '
        'στο 9339 της 8947 τον 7949 τησ 7900 των 7873 οι 7677 στην 6969 τη 6400 ότι 4482 '
        'μου 4182 μια 3996 στη 3786 ένα 3550 τους 3370 αυτό 3020 αν 2995 τουσ 2945 '
        'ήταν 2938 τις 2809 στα 2789 αλλά 2619 έχει 2549 μασ 2340 τι 2297 ή 2268 στον 2242 '
        'σου 2222 τισ 2135 μας 1966 μ 1766 στις 1765 κι 1762 σασ 1655 πολύ 1633 '
        'πρέπει 1583 μην 1572 πιο 1502 γιατί 1452 μετά 1447 μπορεί 1407 αυτή 1397 '
        'όταν 1391 κάθε 1358 οποία 1302 έχουν 1287 δύο 1267 όλα 1267 μία 1262 κατά 1257 '
        'μόνο 1206 σαν 1182 στισ 1145 μέχρι 1108 όχι 1096 έτσι 1037 δε 1016 μέσα 1016 '
        'σας 1003 νέα 996 είχε 976 σήμερα 928 μήνυμα 915 χρόνια 901 κάνει 890 πωσ 890 '
        'ως 883 κ 857 εγώ 850 σ 831 έναν 819 κάτι 807 τόσο 803 αποστολή 802 έχω 781 απ 779 '
        'τώρα 776 ηλεκτρονικού 762 ταχυδρομείου 762 πριν 758 ώρα 756 όπωσ 755 αυτά 746 '
        'υπάρχουν 738 όλο 735 εδώ 726 άλλο 710 εκεί 710 μη 706 πρώτη 704 ελλάδα 700 '
        'λίγο 699 φορά 689 ναι 678 ωσ 675 υπάρχει 669 ζωή 647 παιδιά 647 στους 642 '
        'μεγάλη 641 όσο 636 γίνεται 630 καλά 611 κόσμο 610 θέση 606 αναρτήθηκε 602 π 602 '
        'πως 602 όμως 602 ενώ 598 πάντα 587 πάνω 582 ακόμα 571 σπίτι 566 ούτε 564 όλοι 564 '
        'χωρίς 562 δηλαδή 559 ε 555 στουσ 550 α 547 μεγάλο 543 τελευταία 539 τότε 539 '
        'γίνει 531 μαζί 531 ακόμη 529 δυο 524 απο 522 ν 520 κάποια 519 καλή 516 άλλα 507 '
        'αφού 507 καλό 502 είμαι 500 διάρκεια 490 πολλά 488 όπου 482 επίσης 481 μεταξύ 475 '
        'πολιτική 472 είσαι 460 στιγμή 459 έχουμε 458 επί 458 λοιπόν 458 άλλη 457 '
        'πλέον 452 λέει 446 χωρίσ 446 προς 441 όπως 441 γι 439 ένασ 436 λόγω 427 έχετε 424 '
        'πω 422 μάλιστα 418 οποίο 417 όμωσ 416 μπορούν 415 ποτέ 408 αποτελεί 403 όλους 401 '
        'χρειάζεται 398 θέλει 395 λόγο 393 προσ 388 στοιχεία 388 επειδή 387 ειναι 384 '
        'σχέση 382 είπε 379 ομάδα 379 είστε 378 θέλουν 378 ιστορία 378 μάλλον 378 '
        'έκανε 374 μέσω 371 όλη 370 χώρα 369 ώστε 366 βρίσκεται 363 εν 363 παρά 363 '
        'ένας 361 καθώς 361 σχόλια 361 νίκη 356 περισσότερο 355 σύμφωνα 354 τμήμα 353 '
        'ευρώ 352 πράγματα 352 πια 350 έγινε 349 είμαστε 349 εσύ 349 νερό 348 βιβλίο 345 '
        'φυσικά 345 τίποτα 344 πίσω 342 κάνω 339 καθώσ 338 ό 338 άνθρωποι 334 '
        'περίπτωση 334 θέλω 331 εάν 330 νέο 330 άλλοι 328 θέμα 326 χρόνο 324 εκ 323 '
        'παιδί 322 μοιραστείτε 321 μεγαλύτερη 320 κάνουν 319 μέρα 315 πάλι 315 ίδιο 310 '
        'γ 310 βράδυ 308 επίσησ 308 κατάσταση 308 έχεισ 302 ίδια 302 γυναίκα 302 '
        'ελληνική 301 είχαν 298 ξανά 296 β 294 μικρό 294 πόλη 294 περισσότερα 292 '
        'φαίνεται 292 οτι 290 ασ 288 μέροσ 288 πλευρά 288 κέντρο 286 εποχή 284 πόσο 284 '
        'αλήθεια 283 τελικά 282 ζωής 281 μιας 281 οποίος 281 πόλης 281 μα 278 '
        'συμμετοχή 278 συνέχεια 278 τρόπο 278 βάση 277 βλέπω 277 κυβέρνηση 275 περιοχή 275 '
        'τουλάχιστον 275 κάνετε 272 δουλειά 271 πρόγραμμα 270 όσα 270 δείτε 268 λόγια 268 '
        'αγάπη 264 δ 264 μέλλον 264 περίπου 264 ημέρα 262 μπορούσε 262 πάει 262 ωστόσο 256 '
        'έξω 255 λένε 254 σημείο 253 μέτρα 252 μπορείτε 252 ανάμεσα 251 τέτοια 251 '
        'πρώτο 250 κάτω 249 δήμου 247 ήδη 242 αυτοί 242 αυτούς 241 αυτός 241 δράση 241 '
        'εκτός 241 ελλάδας 241 ενός 241 θέματα 241 ιουνίου 241 κανείς 241 λίγα 241 '
        'παρακάτω 241 προέδρου 241 σχολείο 241 φορές 241 αποτέλεσμα 240 γύρω 240 λεσ 240 '
        'είχαμε 239 εθνική 239 ιδιαίτερα 239 σχετικά 237 τ 237 σημαίνει 235 υπό 235 '
        'διάστημα 234 πάμε 232 παράδειγμα 231 πέντε 230 χρήση 230 αυτόσ 228 ενόσ 228 '
        'πώσ 228 έρχεται 227 δώσει 226 οχι 226 πορεία 226 κεφάλι 225 τέλοσ 224 ανάγκη 223 '
        'ρόλο 223 γλώσσα 222 δείχνει 222 έργο 220 ενα 220 ετών 220 έπρεπε 218 '
        'σημαντικό 218 σύστημα 218 όλουσ 218 πρόκειται 215 εκτόσ 214 μέλη 213 καιρό 211 '
        'κάποιο 209 πρόβλημα 209 συμφωνία 209 όνομα 206 εταιρεία 205 χέρια 205 χώρο 205 '
        'λέμε 203 χαρά 203 κοντά 202 άλλος 201 έλληνες 201 ακριβώς 201 απόδειξη 201 '
        'αυτές 201 γενιά 201 εκλογές 201 επίπεδα 201 ημέρες 201 κάνεις 201 κακό 201 '
        'κεντρικό 201 κράτος 201 κόστος 201 λύση 201 οικονομία 201 πλαίσιο 201 πολλές 201 '
        'χρώμα 201 αυτέσ 199 δίνει 199 φορέσ 199 αυτο 198 κόσμου 198 ξέρω 198 βοήθεια 196 '
        'αυτόν 195 εκείνη 192 καμία 192 έωσ 190 εμείσ 190 μόλισ 190 αξίζει 189 καφέ 189 '
        'λέω 188 πέρα 188 σκοπό 188 δει 187 απλά 186 χωριό 186 αφορά 185 μορφή 185 '
        'πρόσωπο 185 όλων 185 πήρε 184 έκαναν 183 αντί 183 δεύτερο 182 δρόμο 182 κόρη 182 '
        'καλύτερα 181 αυτήν 180 ελληνικό 178 κάνεισ 178 ποιοσ 178 κάνουμε 175 πει 175 '
        'κανείσ 174 όλεσ 174 κανένα 173 μπορούμε 173 πραγματικά 173 δύναμη 171 άλλων 169 '
        'αυτού 169 θέλετε 169 θεσσαλονίκη 169 μικρή 169 παιχνίδι 169 σχεδόν 169 '
        'καλύτερο 167 αύριο 166 δω 166 μπορώ 166 ω 166 είχα 163 μπροστά 163 πρωί 163 '
        'σίγουρα 163 αθήνα 162 δική 161 νομίζω 161 πολλοί 161 τρίτη 161 άγιος 160 '
        'έργου 160 έως 160 αγάπης 160 αλλαγή 160 αναμένεται 160 ανθρώπους 160 ας 160 '
        'αυτής 160 βάρος 160 βγουν 160 δίνεται 160 δημοσίου 160 διαδικασία 160 '
        'διαθέτει 160 διοίκηση 160 δυνατότητα 160 δυστυχώς 160 ελληνικού 160 εμείς 160 '
        'εντός 160 εξ 160 ιδέα 160 ισχύει 160 καθ 160 κυρίως 160 λογική 160 μέρες 160 '
        'μεγάλης 160 ομάδας 160 οποίες 160 πάω 160 παιδιών 160 περιοχής 160 προσπάθεια 160 '
        'προστασία 160 πρόσωπα 160 πώς 160 τιμές 160 τουρκία 160 υγείας 160 χρέος 160 '
        'χρονιά 160 χώρας 160 επόμενη 159 μητέρα 159 δούμε 158 κάποιον 158 καμιά 158 '
        'πολλέσ 158 ηπα 157 πάρει 157 αρέσει 156 ταινία 156 επιτυχία 154 τύπου 154 '
        'ώρεσ 154 βρίσκονται 153 ι 153 μήνα 153 κάποιοσ 151 μέρεσ 151 μιασ 151 άτομα 150 '
        'εαυτό 150 πότε 150 τρία 150 αποτελέσματα 149 επιπλέον 149 έκανα 148 θεσ 148 '
        'δικό 147 οικογένεια 147 φίλε 147 δεύτερη 146 έλεγχο 145 γη 145 θ 145 '
        'μεγαλύτερο 145 νύχτα 145 ανθρώπουσ 144 εσείσ 144 είδα 143 εναντίον 143 μέση 143 '
        'πέρασε 143 χ 143 αγώνα 142 πέθανε 142 τρεισ 141 ευχαριστώ 138 σώμα 138 ευρώπη 136 '
        'καρδιά 136 λεπτά 136 άλλεσ 132 μουσική 131 μυαλό 129 σχέδιο 129 ίσωσ 128 '
        'αυτούσ 128 ξέρει 125 ποια 125 πρώτα 125 ήρθε 123 εμένα 123 καλύτερη 123 οπότε 123 '
        'άνθρωποσ 122 ευκαιρία 121 περίοδο 121 άλλωστε 120 ίσως 120 αλλαγές 120 αμέσως 120 '
        'ανάλογα 120 ανοίγει 120 αξία 120 απριλίου 120 απόψεις 120 αρκετά 120 γενικά 120 '
        'γράψτε 120 διάφορα 120 ειδικά 120 εικόνα 120 εκατ 120 εκείνο 120 εμπειρία 120 '
        'εξακολουθούν 120 επιδιώκεται 120 επιχειρηματίας 120 εσείς 120 θεωρείται 120 '
        'καλώς 120 κανόνες 120 κατηγορία 120 κρέμα 120 κόσμος 120 λάθοσ 120 μάτια 120 '
        'μήνες 120 μοντέλο 120 ξεκίνησε 120 οικονομικών 120 ομάδων 120 πάντως 120 '
        'παραγωγής 120 παραμένουν 120 περίοδος 120 πολιτικής 120 προκειμένου 120 '
        'προϊόντα 120 συνάντηση 120 σχέδια 120 τέλος 120 τελευταίους 120 τεχνικές 120 '
        'τεχνολογία 120 τομέα 120 υπάρξει 120 υπηρεσίες 120 υπηρεσιών 120 υόρκη 120 '
        'φτάνει 120 χρειάζονται 120 έδωσε 119 ανάπτυξη 119 λεφτά 119 φίλοι 119 δίπλα 118 '
        'ελλάδασ 117 μπορείσ 117 σειρά 117 επίθεση 114 επίπεδο 114 πρόεδροσ 114 ρε 114 '
        'ήθελα 113 γρήγορα 113 εβδομάδα 113 λέξη 113 έλληνεσ 112 ζωήσ 112 πασ 112 μένα 111 '
        'προβλήματα 111 τί 111 υπήρχε 111 γυναίκεσ 110 οποίοσ 110 πού 110 πρώην 110 '
        'επιλογή 109 τελευταίο 109 βίντεο 108 άλλουσ 107 κυρίωσ 107 μήνεσ 107 θάλασσα 106 '
        'αγορά 105 αλλα 105 αυτών 105 θέλουμε 105 ακριβώσ 104 ξέρεισ 104 εχει 103 '
        'απάντηση 102 αργότερα 102 πεσ 102 ωραία 102 αρχή 100 είτε 100 χώρασ 100 κόσμοσ 98 '
        'μωρό 96 χθεσ 96 έλα 93 μήπωσ 93 γεγονόσ 91 δεισ 87 οποίεσ 87 πατέρα 85 πατέρασ 85 '
        'χέρι 85 άλλοσ 83 βέβαια 81 περί 81 ποιο 81 αμέσωσ 79 εκλογέσ 79 ηταν 79 αρχέσ 78 '
        'θέσεισ 78 μερικέσ 78 συνήθωσ 78 συχνά 78 χώρεσ 78 ίδιοσ 76 θεσσαλονίκησ 76 '
        'πάνε 76 είπα 74 ελληνικήσ 74 ηλικία 74 κράτοσ 74 πληροφορίεσ 74 έξι 72 γιοσ 72 '
        'γονείσ 72 κυβέρνησησ 72 μόνοσ 72 πήγε 72 πεισ 72 πόλησ 72 τιμή 70 υπουργόσ 70 '
        'ελληνικά 69 εχω 69 καλοκαίρι 69 μόνη 69 πιστεύω 69 φωτογραφίεσ 69 αυτήσ 68 '
        'κάποιεσ 68 λόγοσ 68 νέασ 68 ομάδασ 68 σεπτεμβρίου 68 σημασία 68 φωσ 68 βλέπεισ 66 '
        'εντόσ 66 ήμουν 64 αλλιώσ 64 δυνάμεισ 64 γιώργοσ 63 νέεσ 63 ταξίδι 63 όμορφη 63 '
        'όνομά 63 άδεια 62 απόψε 62'), _table(
        'α 101598 ο 78672 τ 76442 ι 70635 ε 69767 ν 60968 σ 43444 ρ 41558 κ 40436 π 38221 '
        'η 37218 μ 36365 ς 33627 υ 33148 λ 29347 ί 23899 ά 21056 ό 19485 γ 18153 έ 17719 '
        'δ 17659 ή 13738 ω 13289 χ 11628 θ 11373 ύ 9997 φ 7976 ώ 6645 β 6046 ξ 4026 ζ 3517 '
        'ψ 1317 ϊ 419 ΐ 90 ἀ 90 ὸ 90 ϋ 60 ὰ 45 ὲ 45'), (566, 84, 45)),
    'en': ('latin', _table(
        'the 56370 of 30328 and 29807 to 27533 a 21920 in 20550 is 11064 for 10643 i 9543 '
        'that 9445 it 9179 on 8910 you 7650 with 6742 be 6493 as 6106 are 5829 this 5604 '
        'was 5563 s 5398 at 4968 by 4666 from 4475 not 4174 have 4166 an 3994 he 3881 '
        'or 3788 your 3707 can 3480 will 3463 but 3285 we 3133 if 3117 they 3000 has 2935 '
        'my 2804 all 2722 t 2598 his 2359 one 2337 which 2232 about 2158 out 2103 '
        'their 2096 so 2066 more 1966 up 1964 me 1962 do 1941 had 1850 were 1834 like 1819 '
        'our 1799 just 1797 how 1773 there 1768 after 1754 some 1734 been 1710 when 1704 '
        'other 1669 her 1657 what 1652 would 1628 also 1555 time 1550 who 1547 no 1531 '
        'its 1470 any 1406 new 1342 people 1342 these 1330 them 1309 into 1302 first 1261 '
        'may 1258 two 1246 only 1235 get 1201 most 1198 years 1195 now 1166 she 1165 '
        'information 1161 m 1156 than 1127 work 1113 year 1113 over 1093 before 1082 '
        'canada 1067 make 1052 health 1041 don 995 him 973 please 968 such 962 then 955 '
        'very 952 both 924 world 922 us 920 much 911 because 905 day 897 re 893 own 891 '
        'life 881 did 867 good 865 through 863 each 861 use 857 those 849 part 835 '
        'where 828 many 817 last 814 back 796 see 794 made 786 well 781 could 780 '
        'should 776 order 770 service 770 used 767 government 761 way 756 course 753 '
        'know 753 school 749 even 735 home 734 think 723 services 718 system 715 want 714 '
        'why 713 canadian 698 must 691 public 679 best 674 here 672 need 672 off 672 '
        'between 664 take 662 go 658 members 646 community 643 north 643 every 637 '
        'said 633 students 623 found 609 while 608 team 604 does 603 using 599 area 596 '
        'am 589 come 589 program 586 great 585 place 585 second 583 often 580 support 580 '
        'right 579 find 575 being 569 long 569 help 568 another 562 children 558 put 557 '
        'say 552 business 551 care 551 during 550 water 535 city 532 got 530 never 530 '
        'look 528 high 527 let 527 old 527 since 527 set 523 going 518 however 518 '
        'really 508 state 507 three 507 within 507 around 500 still 498 food 495 man 495 '
        'office 495 better 493 research 492 university 492 mr 491 play 491 without 491 '
        'too 487 things 480 general 476 ever 475 report 474 development 472 law 472 '
        'week 469 available 465 education 465 down 462 fact 457 days 450 real 445 show 445 '
        'same 439 under 433 following 431 further 430 act 428 important 425 full 420 '
        'once 416 next 415 love 413 power 412 ontario 411 required 411 site 411 name 409 '
        'based 408 end 404 possible 402 called 400 human 399 sure 398 future 394 keep 393 '
        'women 391 five 387 major 387 times 387 game 386 ve 386 non 385 e 383 d 382 '
        'experience 380 house 380 main 374 number 373 hours 372 including 371 contact 370 '
        'groups 370 provide 370 review 370 staff 370 training 370 several 369 night 368 '
        'took 367 something 364 didn 363 little 363 side 363 less 360 party 360 family 352 '
        'thing 345 building 344 news 343 money 342 early 340 example 339 point 338 '
        'read 338 told 338 free 337 study 337 court 334 four 334 level 334 again 333 '
        'away 332 become 331 force 331 summer 331 stop 330 application 328 member 328 '
        'project 328 recently 328 view 328 until 327 call 326 head 326 national 326 '
        'white 326 company 322 few 322 needs 322 class 320 line 319 different 318 big 316 '
        'data 315 special 315 c 312 might 311 third 310 god 309 group 309 looking 309 '
        'black 308 form 307 although 305 kind 305 per 305 plan 303 games 302 already 301 '
        'person 301 today 301 able 299 book 299 local 299 current 298 give 298 change 297 '
        'making 297 process 296 held 292 left 291 body 290 energy 290 music 289 always 288 '
        'activities 287 association 287 british 287 capacity 287 committee 287 '
        'computer 287 council 287 environment 287 history 287 include 287 library 287 '
        'provided 287 reading 287 requirements 287 resources 287 result 287 society 287 '
        'student 287 web 287 lot 286 small 285 along 284 against 281 doing 281 job 281 '
        'york 281 international 279 having 277 months 276 series 276 feel 275 everyone 271 '
        'trying 271 united 271 rather 269 soon 269 top 268 together 267 war 267 among 266 '
        'minutes 266 asked 264 president 264 working 264 art 262 least 261 final 260 '
        'son 260 post 258 meet 257 others 255 given 252 tell 252 field 251 town 251 '
        'shows 249 term 249 seen 248 budget 246 columbia 246 director 246 east 246 '
        'events 246 industry 246 internet 246 issues 246 large 246 meeting 246 ottawa 246 '
        'performance 246 planning 246 problems 246 safety 246 search 246 shall 246 '
        'systems 246 taking 246 technical 246 technology 246 believe 244 men 244 '
        'matter 243 air 240 came 240 playing 240 though 240 try 240 went 240 looks 238 '
        'run 237 says 237 thought 236 cause 235 late 233 open 233 season 233 thank 233 '
        'done 231 either 230 million 230 short 230 getting 227 heart 225 works 221 '
        'means 220 case 219 kids 219 street 219 ll 217 video 217 type 216 yet 215 '
        'social 214 someone 214 talk 214 month 212 outside 212 single 211 cut 210 dr 210 '
        'coming 208 department 208 issue 208 pay 208 results 208 south 208 space 208 '
        'states 207 addition 205 agriculture 205 aids 205 alberta 205 almost 205 alone 205 '
        'assist 205 changes 205 december 205 depth 205 developed 205 download 205 '
        'facilities 205 individuals 205 key 205 located 205 lost 205 manitoba 205 '
        'monday 205 note 205 percent 205 products 205 province 205 provincial 205 '
        'publications 205 quality 205 questions 205 raised 205 resource 205 rights 205 '
        'rules 205 section 205 teacher 205 weeks 205 written 205 girl 202 john 202 far 199 '
        'friend 199 close 197 comes 197 wanted 197 american 196 later 196 b 194 '
        'question 194 ask 192 country 192 saw 192 won 192 low 189 turn 187 makes 185 '
        'yourself 184 car 182 fun 182 living 182 media 182 start 182 story 182 easy 180 '
        'political 180 six 180 according 178 anything 178 front 178 list 178 nothing 178 '
        'sometimes 178 friends 176 oh 176 thanks 176 young 176 college 175 london 175 '
        'enough 174 everything 174 live 174 ago 173 chance 173 march 173 word 173 '
        'across 171 self 171 bad 170 doesn 170 hard 170 isn 170 mean 170 mind 170 '
        'board 169 cost 169 mother 169 control 167 de 167 death 167 price 167 problem 167 '
        'rest 167 true 167 agreed 164 below 164 beyond 164 birds 164 challenge 164 '
        'challenges 164 co 164 com 164 copy 164 decided 164 detailed 164 established 164 '
        'evidence 164 farm 164 feature 164 includes 164 interviews 164 known 164 learn 164 '
        'legal 164 loss 164 message 164 november 164 processing 164 produce 164 rates 164 '
        'recent 164 regarding 164 regular 164 send 164 september 164 simple 164 sports 164 '
        'vancouver 164 website 164 pretty 161 remember 161 bit 158 nice 158 probably 158 '
        'yes 158 past 156 actually 154 move 153 r 153 wait 153 woman 153 shit 151 '
        'light 148 morning 148 police 148 stay 148 taken 148 age 146 deal 146 reason 146 '
        'red 146 whole 144 u 143 child 141 face 141 maybe 141 players 141 behind 139 '
        'market 139 near 139 quite 139 talking 139 west 139 hope 138 former 137 wasn 137 '
        'father 132 song 132 clear 130 gave 130 guys 128 half 128 hand 128 instead 128 '
        'road 128 thinking 128 fine 126 points 126 running 126 guy 125 fuck 122 room 122 '
        'started 122 win 122 wrong 122 anyone 120 else 120 hit 117 saying 117 '
        'understand 117 yeah 117 idea 114 due 112 happy 112 leave 110 watch 110 '
        'fucking 107 buy 104 whether 104 check 102 myself 102 fire 100 phone 100 gonna 98 '
        'ready 96 bring 93 heard 93 baby 91 action 89 gets 89 himself 89 words 89 '
        'moment 87 seems 87 wants 87 fight 85 hear 85 played 85'), _table(
        'e 121055 t 88941 a 82958 o 77142 i 76176 n 74093 r 67077 s 64944 l 40163 h 40029 '
        'd 37780 c 37063 u 28930 m 26331 p 23914 f 23781 g 18498 y 17332 w 15282 b 14832 '
        'v 11349 k 6233 x 1916 q 1667 j 1633 z 883'), (615, 76, 49)),
    'eo': ('latin', _table(
        'la 87622 de 42654 kaj 31345 en 23954 estas 13624 al 11042 mi 9350 ne 8014 '
        'por 7747 estis 7569 ke 7035 pri 6144 kiel 5788 li 5521 kun 5432 sed 5432 el 5076 '
        'pli 4720 oni 4630 ili 4185 ni 4007 kiu 3740 per 3651 tiu 3651 aŭ 3473 nur 3473 '
        'tio 3295 vi 3295 ĝi 3295 esperanto 3117 dum 2760 jam 2760 post 2493 da 2404 '
        'inter 2404 ĉi 2404 havas 2315 ol 2315 se 2315 sur 2315 kiuj 2226 ankaŭ 2137 '
        'plej 2137 ĉe 2137 tiel 2048 pro 1959 kiam 1870 tiuj 1870 homoj 1781 povas 1781 '
        'unu 1781 du 1692 laŭ 1692 sian 1692 lingvo 1603 je 1514 mia 1514 nun 1514 '
        'ĝis 1514 sia 1425 tamen 1425 tre 1425 ja 1336 jaroj 1336 urbo 1336 ĉiuj 1336 '
        'devas 1247 jaro 1247 kion 1247 kiun 1247 lia 1247 mem 1247 nomo 1247 sin 1247 '
        'tempo 1247 tuta 1247 unua 1247 ĉar 1247 ĉu 1247 a 1158 eĉ 1158 poste 1158 '
        'tute 1158 volas 1158 dio 1069 do 1069 esti 1069 iom 1069 nia 1069 ofte 1069 '
        'tial 1069 ŝi 1069 antaŭ 980 granda 980 kelkaj 980 kie 980 min 980 multaj 980 '
        'multe 980 okazis 980 tie 980 tiun 980 e 890 lingvon 890 sen 890 tiam 890 via 890 '
        'ĉiam 890 aliaj 801 an 801 diris 801 formo 801 mondo 801 rapide 801 s 801 '
        'sankta 801 usono 801 vin 801 ĝin 801 bone 712 diversaj 712 eble 712 ekde 712 '
        'homo 712 jen 712 kies 712 kio 712 kontraŭ 712 nova 712 ro 712 vivo 712 ilin 623 '
        'kiujn 623 kvankam 623 l 623 landoj 623 liaj 623 milito 623 novan 623 parolis 623 '
        'popolo 623 sentas 623 siajn 623 tago 623 tion 623 tri 623 vera 623 vorto 623 '
        'apud 534 bona 534 diras 534 ekzemple 534 foje 534 iam 534 io 534 jara 534 '
        'kongreso 534 laboro 534 lasta 534 literaturo 534 malgraŭ 534 malnova 534 '
        'muziko 534 nin 534 p 534 patro 534 popola 534 prezidanto 534 restis 534 ret 534 '
        'si 534 sole 534 teksto 534 vortoj 534 ĉio 534 ĝia 534 alia 445 ankoraŭ 445 '
        'aprilo 445 armeo 445 centra 445 certe 445 dek 445 distriktoj 445 dudek 445 '
        'esperanta 445 esperantistoj 445 esperanton 445 eŭropo 445 facile 445 fino 445 '
        'francio 445 grupo 445 ilia 445 jarcento 445 jesuo 445 kial 445 konata 445 '
        'krome 445 ktp 445 lin 445 montris 445 morto 445 multajn 445 nek 445 neniu 445 '
        'oktobro 445 paĝo 445 povos 445 proksimume 445 propran 445 rolon 445 situas 445 '
        'spaco 445 sub 445 tia 445 tiaj 445 tiom 445 tra 445 traduki 445 universitato 445 '
        'verŝajne 445 ĉiu 445 adreso 356 aero 356 afero 356 aferoj 356 akvo 356 ambaŭ 356 '
        'angla 356 antaŭe 356 aperas 356 aperis 356 cxiuj 356 d 356 diri 356 domon 356 '
        'eblas 356 eklezio 356 ekz 356 epokoj 356 esperas 356 esprimas 356 estus 356 '
        'eta 356 familio 356 faris 356 fariĝis 356 grandaj 356 gravaj 356 historia 356 '
        'homojn 356 ideoj 356 ikue 356 infanoj 356 ino 356 instruado 356 insulo 356 '
        'internacia 356 ion 356 iras 356 iu 356 iĝis 356 jes 356 komitato 356 kristo 356 '
        'krom 356 kutime 356 kvazaŭ 356 lando 356 libro 356 lingvoj 356 loko 356 ludas 356 '
        'malgranda 356 malpli 356 membroj 356 mian 356 montras 356 movado 356 neniam 356 '
        'nenio 356 nomata 356 numero 356 nuntempe 356 okazas 356 parto 356 pensas 356 '
        'personoj 356 plu 356 povus 356 prenis 356 preĝejo 356 revenis 356 reĝo 356 '
        'same 356 scias 356 siaj 356 signifas 356 sinjoro 356 situacio 356 staras 356 '
        'supozas 356 tagoj 356 tro 356 uea 356 urboj 356 uzas 356 valoro 356 verda 356 '
        'vere 356 vidis 356 vilaĝo 356 viro 356 volis 356 ĉ 356 ĉeestis 356 ĉefa 356 '
        'ĉefaj 356 ĉirkaŭ 356 ĉiujn 356 almenaŭ 267 araba 267 artikolo 267 asembleo 267 '
        'b 267 bazon 267 bildoj 267 cxu 267 dank 267 decidis 267 demando 267 devus 267 '
        'ekzistas 267 esence 267 fakte 267 faras 267 filozofo 267 grupoj 267 hejmo 267 '
        'ho 267 hodiaŭa 267 ian 267 interesoj 267 inundo 267 iris 267 istoj 267 iuj 267 '
        'kelkfoje 267 kompreneble 267 kondukis 267 kono 267 konstatas 267 kredas 267 '
        'kulturoj 267 kulturon 267 kune 267 lastatempe 267 laux 267 longe 267 mallonga 267 '
        'mapo 267 mencio 267 mortis 267 nacia 267 naskiĝis 267 necesa 267 nomis 267 '
        'nomoj 267 nomon 267 periodo 267 portas 267 povis 267 precipe 267 preskau 267 '
        'preskaŭ 267 princo 267 profesoro 267 provis 267 rajtoj 267 regno 267 rekte 267 '
        'rezulto 267 simple 267 societo 267 stelo 267 studentoj 267 sufiĉe 267 tablo 267 '
        'tero 267 timas 267 tradiciaj 267 venis 267 vian 267 ĉefurbo 267 ĉeĥa 267 '
        'ĝenerala 267 ĵus 267 ŝanĝis 267 ŝatas 267'), _table(
        'a 123758 o 93608 e 93037 i 88416 n 74858 r 59729 l 59462 s 57785 t 57481 k 41372 '
        'j 34628 d 32166 u 30792 p 29472 m 29347 v 17715 g 12881 c 10561 b 10062 f 9794 '
        'z 6244 ĝ 5459 h 5245 ĉ 4531 ŭ 3943 ŝ 2105 x 1606 ĵ 892 y 624 w 446 ĥ 303 é 178 '
        'q 161 á 161 ü 107 ø 89 ß 71 æ 71 ó 71 ù 71 ú 71 ý 71 ř 54 ş 54'), (504, 70, 48)),
    'es': ('latin', _table(
        'de 65655 la 35984 que 29100 y 27753 el 27508 en 27244 a 21853 los 15938 un 12488 '
        'las 10863 no 10619 es 10567 se 10539 con 10378 por 9265 del 8865 para 8288 '
        'una 8220 su 6417 lo 6291 ms 5119 como 5030 al 4996 me 3562 o 3271 este 2953 '
        'si 2738 ha 2651 pero 2587 sus 2458 esta 2268 te 2249 son 2231 noticias 2180 '
        'educacin 2147 más 2135 relacionadas 2015 todo 1946 ya 1863 ser 1855 mi 1807 '
        'cuando 1768 muy 1735 sobre 1700 entre 1669 tiene 1630 le 1618 hay 1511 todos 1469 '
        'nos 1450 puede 1405 tu 1358 fue 1325 sin 1299 hasta 1276 desde 1224 '
        'universia 1222 vida 1172 dos 1155 vez 1144 yo 1140 donde 1137 cada 1124 '
        'contenidos 1123 mundo 1115 est 1090 era 1088 e 1053 gran 1007 hace 997 parte 995 '
        'esto 989 porque 987 bien 975 mejor 974 ahora 956 ni 954 trabajo 950 hacer 948 '
        'mucho 941 tan 908 clasificados 892 tags 892 personas 874 nada 855 ver 842 '
        'está 830 tiempo 830 todas 830 online 826 va 817 han 789 futuro 775 también 775 '
        'tanto 775 universidad 773 eso 771 aunque 764 siempre 756 da 751 solo 731 '
        'antes 727 ese 723 algo 720 uno 720 momento 719 cosas 717 lugar 712 aos 694 '
        'años 693 qué 675 otro 668 primera 663 veces 663 así 660 tener 653 nuestro 647 '
        'hoy 638 cuenta 632 casa 625 nuevo 625 sociales 621 ellos 613 estas 611 gente 595 '
        'as 594 qu 594 gracias 593 otra 593 quien 593 forma 592 mismo 591 tipo 587 esa 586 '
        'nivel 585 durante 580 ella 578 les 578 menos 577 casi 574 decir 566 nueva 564 '
        'adems 561 becas 561 estado 553 estar 539 nuestra 537 poder 537 pueden 537 '
        'contra 533 gobierno 533 conseguir 528 tambin 528 utc 528 he 526 sido 526 '
        'tomar 525 mayo 514 hecho 507 muchas 506 tienen 506 otros 503 cualquier 501 '
        'poco 496 sea 496 tres 494 muchos 493 general 483 dar 481 sistema 479 social 478 '
        'creo 474 primer 473 internet 472 verdad 471 mas 470 manera 468 alguien 467 '
        'historia 465 medio 463 andorra 462 ao 462 cmo 462 cursos 462 encuentro 462 '
        'día 456 mayor 450 ciudad 449 nunca 445 parece 443 noche 442 tengo 440 aqu 429 '
        'estn 429 moocs 429 rectores 429 wharton 429 estos 427 sino 426 cuatro 423 '
        'cual 422 estoy 421 grupo 421 mis 416 nacional 410 internacional 407 puedes 402 '
        'unos 402 muerte 399 después 397 están 397 partido 397 acceso 396 copa 396 '
        'estudiar 396 ftbol 396 santander 396 slo 396 universitarios 396 toda 395 caso 389 '
        'alguna 386 equipo 386 buena 384 tal 384 año 380 pasado 376 quiero 375 fueron 369 '
        'dentro 368 mientras 366 nadie 366 an 363 universidades 363 web 362 bajo 360 '
        'hacia 360 desarrollo 357 dijo 356 entonces 356 punto 356 hombre 355 mujer 351 '
        'bueno 350 empresas 347 persona 347 madrid 346 luego 344 fin 343 estaba 341 '
        'hora 339 pues 339 grandes 336 nombre 336 soy 335 ello 333 otras 333 buen 331 '
        'clases 330 estudios 330 ii 330 logro 330 msica 330 pas 330 superior 330 '
        'universitaria 330 pueblo 327 final 323 había 323 llegar 318 d 316 deben 314 '
        'serie 314 salir 313 tierra 313 hizo 310 nosotros 310 tus 310 vista 310 '
        'millones 309 cabeza 308 cómo 308 sólo 308 siendo 306 acuerdo 303 centro 303 '
        'dios 303 hombres 303 estamos 302 país 302 ley 298 podemos 298 cine 297 espaa 297 '
        'estudiantes 297 invertidas 297 knowledge 297 l 297 laboral 297 recursos 297 '
        'redes 297 ninguna 296 camino 294 fuera 294 misma 294 hijo 291 mundial 291 '
        'debe 290 mujeres 290 haber 289 él 288 mejores 287 saber 287 algunos 285 ante 283 '
        'importante 283 tienes 283 cerca 282 aquí 281 buenas 281 marzo 281 sí 281 '
        'amigo 280 san 280 seguridad 280 unas 277 ejemplo 276 estados 276 mal 275 '
        'pasar 275 servicio 275 eres 273 datos 270 proceso 270 cosa 269 lado 269 dice 268 '
        'actividades 264 brasil 264 coneducacin 264 digitales 264 espacio 264 esqu 264 '
        'hbrida 264 importantes 264 informacin 264 modelo 264 nios 264 pista 264 '
        'realidad 264 the 264 junto 263 personal 263 voy 262 dicho 261 eran 261 m 261 '
        'real 261 sociedad 258 ir 257 días 256 van 254 cultura 252 paso 252 posible 252 '
        'unidos 252 manos 250 encontrar 248 dinero 247 i 247 padre 247 presidente 244 '
        'tenemos 244 horas 243 igual 243 tenido 243 joven 241 algunas 240 mercado 238 '
        'noviembre 238 papel 238 falta 237 haciendo 237 nuestros 237 sentido 237 '
        'familia 236 cambio 234 s 234 tras 234 actor 231 beevoz 231 documentacin 231 '
        'empleo 231 escribir 231 ests 231 euros 231 extranjero 231 mxico 231 pases 231 '
        'pelcula 231 poblacin 231 pt 231 sector 231 ventajas 231 total 230 video 230 '
        'amor 228 empresa 228 incluso 228 queda 228 obra 225 puedo 223 guerra 221 luz 221 '
        'fotos 219 mano 219 minutos 219 proyecto 219 fuerza 217 gusta 217 mucha 217 '
        'semana 217 además 214 claro 214 imagen 211 principal 211 programa 211 estudio 210 '
        'media 210 haya 209 según 208 hablar 207 comunidad 206 siguiente 206 derecho 204 '
        'buenos 201 hijos 201 idea 201 problemas 201 usted 201 puesto 199 agenda 198 '
        'amelia 198 botn 198 calidad 198 capacidad 198 competitivo 198 conmxico 198 '
        'conocer 198 contenido 198 curso 198 depender 198 diseo 198 docencia 198 '
        'docentes 198 ejercicio 198 formacin 198 global 198 in 198 jvenes 198 logros 198 '
        'meses 198 mximo 198 porqu 198 posibilidad 198 postgrados 198 red 198 temas 198 '
        'travs 198 base 195 frente 195 sitio 195 vas 195 zona 195 ojos 192 os 192 '
        'servicios 192 tema 192 varios 192 problema 191 respecto 190 segunda 190 agua 188 '
        'capital 188 hemos 186 juego 186 poner 186 somos 186 uso 186 embargo 184 '
        'espero 184 cierto 183 sabe 183 chile 182 será 182 trabajar 182 edad 180 '
        'justicia 180 cantidad 178 cuerpo 178 diciembre 178 octubre 178 quiere 178 '
        'segundo 178 voz 178 ambos 177 grupos 177 mil 176 palabras 176 nuevos 175 '
        'madre 174 méxico 174 ayuda 173 has 173 juan 173 lleva 173 nuevas 173 resto 173 '
        'dejar 171 ahí 170 españa 170 amigos 168 cinco 168 clase 168 mes 168 tarde 168 '
        'aún 166 largo 166 quieres 166 abiertamente 165 actividad 165 autor 165 bolsa 165 '
        'centros 165 concurso 165 condiciones 165 conguadalajara 165 conredes 165 '
        'creado 165 crear 165 crece 165 cules 165 das 165 decisiones 165 despus 165 '
        'econmica 165 estacin 165 fcil 165 fecha 165 formas 165 guadalajara 165 haba 165 '
        'hueco 165 jove 165 ningn 165 opinar 165 pblico 165 permite 165 piel 165 '
        'pistas 165 portal 165 presentacin 165 principio 165 prueba 165 punt 165 '
        'revisin 165 revista 165 rodean 165 sol 165 tecnologa 165 temporada 165 '
        'usuario 165 verano 165 virtual 165 alto 164 diferentes 164 lista 164 especial 162 '
        'primero 162 salud 162 tenía 162 calle 159 pensar 159 esos 158 política 158 ve 157 '
        'esas 156 casos 155 etc 155 suerte 155 sé 154 vamos 154 argentina 153 bastante 153 '
        'dio 153 miedo 153 pregunta 153 deja 151 favor 151 información 151 mañana 151 '
        'pasa 151 grande 150 peor 149 sur 149 visto 148 nuestras 147 pesar 147 '
        'encuentra 145 p 145 propia 145 elecciones 144 modo 144 número 144 sean 144 ti 144 '
        'seguir 143 plan 142 puntos 142 señor 141 libro 140 partir 140 dan 139 precio 139 '
        'cuanto 135 derechos 135 mierda 134 través 134 tú 134 realmente 133 '
        'actualmente 132 empezar 132 empresarial 132 experiencia 132 ganador 132 hotel 132 '
        'mbito 132 original 132 podría 132 respeto 132 usuarios 132 trata 131 viene 131 '
        'digo 129 paz 129 algún 128 cara 126 c 125 siento 124 mí 122 niños 122 quienes 122 '
        'seguro 122 sería 122 varias 122 debido 120 fuerte 120 habla 120 hacen 120 rey 120 '
        'sigue 120 iba 118 oficial 118 propio 118 artículo 117 países 117 quién 117 '
        'razón 117 todavía 117 control 116 asi 114 libertad 114 mayoría 114 venezuela 114 '
        'único 114 volver 112 último 112 foto 110 público 110 situación 110 abril 109 '
        'hubiera 109 significa 109 veo 107 vuelta 107 consejo 106 llamado 106 '
        'movimiento 106 seis 106 simplemente 106 x 106 única 106 agosto 104 educación 104 '
        'estás 102 ningún 100 orden 100 demás 98 dicen 98 español 98 medios 98 hola 96 '
        'policía 96 tuvo 96 línea 93 allí 91 atención 91 debería 91 escuela 91 julio 91 '
        'pueda 91 quieren 91 vivir 91 libre 89 población 89 relación 89 sabes 89 '
        'difícil 87 estaban 87 fácil 87 música 87 vos 87 apoyo 85 dado 85 demasiado 85 '
        'josé 85 inglés 83 última 83 tampoco 81 allá 79 corazón 79 existe 79 importa 79 '
        'norte 79 político 79 vi 79 actual 78 mira 78 palabra 78 pasó 78 campo 76 '
        'pública 76 región 76 dirección 74 habían 74 investigación 74 junio 74 partidos 74 '
        'película 74 q 74 república 74 dónde 72 hacerlo 72 respuesta 72'), _table(
        'e 129840 a 121975 o 84697 s 79041 n 74758 i 67216 r 64603 l 53776 d 52510 c 51904 '
        't 47904 u 40901 m 28066 p 24605 b 12673 v 11367 g 11218 y 8687 q 8013 h 7690 '
        'f 7326 í 4546 j 4377 á 4096 z 3394 é 2864 ñ 1710 x 1643 ú 1599 w 943 k 768 ó 40'), (603, 88, 49)),
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
        'b 9203 ü 7151 ö 2860 f 1767 c 723 y 555 w 370 z 151 x 84 š 67 ž 50'), (360, 93, 41)),
    'eu': ('latin', _table(
        'eta 40143 da 23082 zen 14273 ziren 12266 izan 10370 ere 9813 zuen 9701 bat 8698 '
        'ez 6133 dira 5910 du 5910 bere 5464 demografia 4683 udalerrian 4572 '
        'biztanleak 4460 biztanleria 4460 erroldatutako 4460 zituen 4349 egin 4237 '
        'zuten 4126 animalia 3791 generoko 3568 dute 3457 ditu 3122 baina 2899 bi 2788 '
        'dago 2788 arabera 2676 behar 2565 beste 2453 edo 2342 egiten 2342 bizi 2230 '
        'frantziako 2230 biztanle 2119 dagoena 2119 den 2119 eskualdean 2119 ondoren 2119 '
        'udalerria 2119 baten 1896 lehen 1896 a 1784 batean 1784 departamenduan 1784 '
        'duen 1784 hala 1784 zion 1784 artean 1673 baino 1673 egun 1673 izena 1673 '
        'kilometro 1673 sortu 1673 de 1561 euskal 1561 seme 1561 bigarren 1338 handia 1338 '
        'zela 1338 azaleran 1227 batera 1227 batzuk 1227 diren 1227 eman 1227 esan 1227 '
        'estatu 1227 familiak 1227 gaur 1227 hainbat 1227 hau 1227 honek 1227 oso 1227 '
        'urtarrilaren 1227 azken 1115 batek 1115 bezala 1115 erroldaren 1115 garai 1115 '
        'hain 1115 hori 1115 horren 1115 idatzi 1115 izen 1115 joan 1115 nahiz 1115 '
        'ondorioz 1115 urte 1115 arte 1004 baita 1004 bakarrik 1004 dituzten 1004 '
        'espainiako 1004 guztiak 1004 hil 1004 hiri 1004 honetan 1004 ipar 1004 '
        'koadroko 1004 nahi 1004 udalerri 1004 arren 892 arteko 892 asteroide 892 bai 892 '
        'berriz 892 dagoen 892 daude 892 dauden 892 distantziara 892 duten 892 ematen 892 '
        'energia 892 erabiltzen 892 gain 892 gero 892 gerra 892 haren 892 hiru 892 '
        'horiek 892 horien 892 lortu 892 maximoa 892 musika 892 alde 781 asko 781 '
        'batez 781 bikoteak 781 dena 781 egiteko 781 errege 781 gabeko 781 gainera 781 '
        'herri 781 honi 781 itzuli 781 liburu 781 nagusia 781 osatzen 781 zenean 781 '
        'zituzten 781 zuzen 781 alabak 669 aldiz 669 dituen 669 dituzte 669 emakumeak 669 '
        'eragin 669 erregeak 669 euren 669 europako 669 france 669 gisa 669 handiena 669 '
        'hartu 669 hasi 669 hauek 669 hemen 669 hiriburua 669 historia 669 honen 669 '
        'horrela 669 ii 669 izaten 669 la 669 lan 669 munduko 669 onartu 669 pertsona 669 '
        'sartu 669 talde 669 taldearen 669 utzi 669 zenbait 669 alabarik 558 aldi 558 '
        'alemaniako 558 ama 558 aritu 558 aurkitutako 558 barruko 558 bateko 558 berak 558 '
        'beraz 558 berean 558 bestalde 558 bilakatu 558 buruzko 558 daitezke 558 '
        'egindako 558 egon 558 egungo 558 en 558 eragina 558 eraiki 558 erraz 558 '
        'eskualdeko 558 gehiago 558 gerrikoan 558 gizarte 558 handi 558 handiak 558 '
        'hartzen 558 hasiera 558 hauen 558 hauts 558 horretarako 558 hurbilketa 558 '
        'inguru 558 inguruan 558 izango 558 jarraitzen 558 jaso 558 k 558 ko 558 '
        'kokatzen 558 legea 558 lehenengo 558 mendebaldeko 558 nagusi 558 teoria 558 '
        'zazpi 558 zeuden 558 zitzaion 558 zuela 558 agertzen 446 aita 446 aldatu 446 '
        'antza 446 antzinako 446 argi 446 arraza 446 aurka 446 aurkako 446 aurkitu 446 '
        'aurrera 446 bakarrekoak 446 barruan 446 batuetako 446 batzuetan 446 berde 446 '
        'bertan 446 bestetik 446 bezalako 446 bidaia 446 bihurtu 446 bildu 446 '
        'bitartean 446 britainiar 446 daiteke 446 deitu 446 denez 446 duela 446 duena 446 '
        'ekialdeko 446 ekonomia 446 el 446 erabili 446 erdi 446 erreferentzia 446 et 446 '
        'etxebizitza 446 ezagutu 446 familian 446 gabe 446 gainean 446 galdu 446 '
        'garapen 446 geografia 446 geroago 446 gerran 446 gipuzkoa 446 gizonak 446 '
        'gure 446 hartan 446 hasieran 446 hego 446 herrialde 446 herrialdeko 446 '
        'herriko 446 horregatik 446 horretan 446 hurruntze 446 i 446 indarra 446 '
        'iparraldeko 446 iritsi 446 itxura 446 izaki 446 izenak 446 jo 446 kasu 446 '
        'lur 446 lurralde 446 luze 446 metro 446 moselle 446 multzo 446 on 446 osatu 446 '
        'osoan 446 parte 446 s 446 san 446 santuaren 446 urtean 446 urteetan 446 zati 446 '
        'zehar 446 zein 446 zentsuaren 446 zerrenda 446 zien 446 abenduan 335 adibidez 335 '
        'aditu 335 aldaketa 335 alderdi 335 aldetik 335 alkate 335 amaitu 335 anai 335 '
        'argitaratu 335 ari 335 arrazoi 335 atera 335 aukera 335 banatzen 335 batzuek 335 '
        'berehala 335 bereziki 335 berri 335 berria 335 bertako 335 bestela 335 bidez 335 '
        'dela 335 dio 335 diote 335 diru 335 eginez 335 eginiko 335 ekarri 335 ekin 335 '
        'elementu 335 erabat 335 esker 335 eskola 335 eskuratu 335 est 335 ezarri 335 '
        'ezin 335 ezkondu 335 filma 335 gela 335 geratzen 335 gipuzkoako 335 grand 335 '
        'gutxi 335 guztira 335 han 335 herria 335 herriak 335 herrialdetan 335 '
        'herriaren 335 hiriak 335 hurbil 335 hurrengo 335 ibilbide 335 ikasketak 335 '
        'irabazi 335 italiako 335 itsas 335 izatera 335 izendatu 335 izeneko 335 '
        'jauregia 335 kolore 335 kulturaren 335 lana 335 lanak 335 lurra 335 mota 335 '
        'mundu 335 nabarmentzen 335 nola 335 omen 335 probintziako 335 sistema 335 '
        'taldea 335 taldean 335 titulua 335 txapelketa 335 ugari 335 zatia 335 zegoen 335 '
        'zelarik 335 zentsoaren 335 zioten 335 zizkion 335'), _table(
        'a 158582 e 123138 i 88322 r 85905 n 77760 t 68605 o 57711 k 48705 u 45808 z 41438 '
        'd 34153 l 34004 b 26008 s 25114 g 23128 h 16853 m 15049 p 10198 f 5248 c 3410 '
        'j 3145 x 2384 y 1722 v 1556 w 513 é 265 è 166 á 149 ñ 116 q 99 ú 83 à 66 â 66 '
        'í 66 ô 66 ü 66 ó 50 ū 50'), (356, 104, 37)),
    'fa': ('arabic', _table(
        'و 41773 در 37617 به 29523 از 26361 که 19928 این 15418 است 12557 با 12275 را 11660 '
        'برای 5925 سال 5777 آن 5521 بود 5334 یک 5054 شد 4910 تا 3722 شده 3648 ایران 3618 '
        'رو 3555 بر 3508 من 3440 او 3394 هم 3101 می 3052 تو 3015 کرد 3008 یا 2842 خود 2697 '
        'قرار 2618 دارد 2543 ها 2315 نیز 2112 اما 2047 ما 2035 می\u200cشود 2029 هر 1936 '
        'نام 1917 یکی 1811 کار 1806 پس 1751 دو 1716 شما 1685 شهر 1668 استفاده 1656 '
        'های 1631 همه 1600 نفر 1592 مورد 1536 دست 1531 روز 1406 کشور 1346 بعد 1341 '
        'دیگر 1341 وجود 1331 عنوان 1318 فیلم 1301 کرده 1301 تاریخ 1285 ای 1271 روی 1271 '
        'انجام 1261 چه 1235 شود 1227 تهران 1216 باید 1175 یه 1170 ملی 1164 نه 1160 '
        'باشد 1157 جمعیت 1157 وی 1129 زمان 1127 بوده 1108 راه 1096 آنها 1060 فقط 1060 '
        'اگر 1051 داده 1047 بین 1041 توسط 1037 صورت 977 چند 966 بازی 961 سه 951 کردن 950 '
        'بیشتر 947 زندگی 947 داشته 946 دوره 945 داشت 942 دانشگاه 940 شده\u200cاست 911 آب 907 '
        'شرکت 907 مردم 896 حال 887 بخش 884 پیش 874 اون 850 می\u200cکند 849 کند 846 زبان 842 '
        'سر 825 واقع 821 بار 818 اول 815 ثبت 812 داره 810 شدن 807 آمریکا 802 استان 801 '
        'تولید 776 چرا 775 هستند 771 بدون 767 دولت 767 ماه 767 نیست 750 ولی 734 کنید 725 '
        'گرفته 724 گرفت 720 داد 716 اثر 715 بزرگ 713 چون 710 اگه 705 تنها 696 کتاب 695 '
        'خوب 690 کنم 690 دوم 687 مثل 681 جهان 674 همین 674 فوتبال 673 گروه 673 آثار 666 '
        'ی 666 اینکه 661 بسیار 661 سمت 660 مرکز 660 كه 655 دارم 645 برابر 642 شهرستان 638 '
        'تمام 636 دهستان 631 الان 630 باشه 630 بودند 629 خیلی 620 گفت 620 جنگ 619 دلیل 619 '
        'نظر 618 آغاز 610 دوران 608 محمد 601 می\u200cتوان 596 مربوط 590 می\u200cکنند 590 هست 585 '
        'اسلامی 583 اشاره 572 دارند 572 ایرانی 564 حضور 559 زیادی 559 کردم 559 اين 556 '
        'هیچ 555 قبل 554 ساخت 544 باز 537 کنند 537 حالا 535 نوع 532 ادامه 531 امام 531 '
        'تیم 531 مجلس 529 زیر 528 روستا 526 کن 524 دارای 520 شروع 520 میلیون 520 بی 519 '
        'شدند 516 طریق 511 البته 506 ایجاد 504 دوست 502 سطح 502 مرد 502 چی 502 فکر 500 '
        'کنار 499 دختر 498 فعالیت 498 حالت 495 زاده 495 بوده\u200cاست 491 برخی 489 اسلام 485 '
        'برنامه 485 مهم 485 جدید 484 سازمان 484 موسیقی 482 باعث 479 منطقه 475 رسید 471 '
        'اولین 469 خواهد 464 مرگ 464 علی 463 فرهنگ 463 درباره 459 زمین 459 مانند 458 '
        'اساس 456 به\u200cعنوان 456 طبیعی 456 همراه 455 کردند 455 مختلف 454 بیش 444 طول 442 '
        'ممکن 442 امروز 441 اصلی 439 انتخاب 439 وارد 439 بهترین 438 نقش 431 شامل 430 '
        'درست 428 هنوز 428 قابل 427 افراد 426 پیدا 426 خدا 424 عمومی 424 میان 424 '
        'سرشماری 421 میلادی 421 وقتی 421 طرف 420 تغییر 419 توجه 419 زنان 419 بچه 415 '
        'تر 415 حرف 415 حدود 412 حکومت 412 سوی 412 زمانی 411 همان 411 بن 409 سیاسی 409 '
        'کمک 409 شب 408 قانون 407 کنه 406 انقلاب 405 جای 405 دادن 405 کل 405 تحت 403 '
        'بالا 400 جمله 400 حسن 400 خارج 400 پایان 400 همچنین 399 اقتصاد 397 انگلیسی 397 '
        'زن 397 کنیم 397 شبکه 396 جمهوری 394 نشان 394 اقتصادی 393 اینجا 393 رفت 392 '
        'مجموعه 392 شاه 390 ساعت 388 آلبوم 386 قمری 386 می\u200cباشد 386 چیزی 386 یافت 386 '
        'ام 380 منتشر 380 واقعا 380 اعلام 379 دور 372 مدت 372 پایه 372 فارسی 370 تبدیل 368 '
        'وقت 365 ویژه 365 کم 365 افزایش 361 تعداد 361 سیستم 361 مدرسه 361 حاضر 360 '
        'ازدواج 358 کامل 358 ساخته 357 بسیاری 354 حرکت 354 واسه 354 دنیا 353 آمد 351 '
        'آمریکایی 351 آنان 351 بودن 351 جنوبی 351 خودرو 351 سال\u200cهای 351 فرهنگی 351 قرن 351 '
        'نمود 351 دکتر 350 نتیجه 349 گذشته 349 چهار 348 دیگه 346 نداره 346 بودم 344 '
        'نمی 344 یعنی 344 کشته 342 هزار 339 خب 338 منم 338 خانه 335 گل 335 حتی 334 '
        'بازار 333 محل 330 ندارد 330 خبر 327 جهانی 326 جهت 326 دی 326 رئیس 326 روش 326 '
        'کنترل 326 بررسی 325 پشت 324 گفته 324 اند 323 خودم 323 اصفهان 319 جا 319 عمل 319 '
        'نوشته 318 خط 316 رابطه 316 تشکیل 315 خورشیدی 315 رسیده 315 روزنامه 315 سپس 315 '
        'معروف 315 مناطق 315 می\u200cشوند 315 چاپ 315 رفته 314 غیر 314 آموزش 313 علمی 313 '
        'معرفی 313 وزیر 313 ترجمه 310 خودش 310 ده 310 عکس 310 نگاه 310 خانواده 309 بشه 308 '
        'طراحی 307 شورای 306 چشم 302 آزاد 300 نبود 299 بیرون 298 دریافت 298 کاهش 295 '
        'زنده 294 هفته 294 برد 292 فروش 292 ارائه 290 سری 290 طی 290 بده 288 جریان 287 '
        'پول 286 استاد 284 شکل 284 داستان 283 دوباره 283 آنجا 280 آورد 280 بعدها 280 '
        'جلو 280 روستای 280 شیخ 280 طور 280 غرب 280 موتور 280 می\u200cتواند 280 هجری 280 '
        'همکاری 280 چندین 280 اطلاعات 279 انسان 279 جان 279 حمله 279 دار 279 نسبت 279 '
        'پر 279 توی 275 دیگری 275 رنگ 275 نزدیک 275 نظام 275 پخش 275 پسر 274 چنین 272 '
        'علوم 269 آدم 268 اجتماعی 267 جمع 267 برگزار 266 بسته 266 زده 266 حق 265 کاری 265 '
        'ترین 263 مواد 263 رفتن 260 زمینه 260 زیاد 260 داری 259 موفق 257 تازه 256 '
        'دنبال 256 شاید 256 تن 255 دیده 252 اصلا 251 خونه 251 میشه 251 گفتم 251 سرعت 250 '
        'شماره 249 شرایط 246 پی 246 آذربایجان 245 آن\u200cها 245 ارتفاع 245 افغانستان 245 '
        'امپراتوری 245 ایالات 245 باشگاه 245 براساس 245 تصویر 245 جام 245 حزب 245 خان 245 '
        'خاک 245 خودروهای 245 دارن 245 دهه 245 رود 245 شدم 245 شده\u200cاند 245 شرقی 245 '
        'شمارهٔ 245 شناخته 245 فوریه 245 محلی 245 مردان 245 می\u200cرود 245 نبرد 245 نمونه 245 '
        'کلاس 245 گردید 245 مشکل 244 مي 244 وزارت 243 بهش 240 جامعه 240 حسین 240 داخل 240 '
        'پدر 240 حقوق 239 لازم 236 رشته 234 کنی 234 گزارش 234 سوم 231 اجازه 228 خارجی 228 '
        'دسته 228 طرح 228 آهنگ 225 درصد 225 موضوع 225 نامه 225 نیاز 225 بهتر 224 سلام 224 '
        'همون 224 حل 222 موقع 222 خواب 221 خون 221 قسمت 221 اتفاق 220 توسعه 220 سوال 218 '
        'کسی 218 گوش 217 اشتباه 214 خودت 214 مقابل 214 منو 214 چقدر 214 قیمت 211 آزادی 210 '
        'ارتش 210 اروپا 210 اطراف 210 بنا 210 بنابراین 210 بیماری 210 تعدادی 210 تقسیم 210 '
        'توان 210 جشنواره 210 حاکم 210 خودرویی 210 دمای 210 دین 210 رسمی 210 زندان 210 '
        'سفر 210 شرق 210 علت 210 فارس 210 متحده 210 مرکزی 210 معمولاً 210 منتقل 210 '
        'می\u200cدهد 210 نخستین 210 هند 210 هنر 210 هنگام 210 ولایت 210 کرده\u200cاست 210 صبح 209 '
        'مادر 209 اندازه 208 ندارم 208 کاملا 205 جواب 204 خوبه 204 عشق 204 حمایت 202 '
        'ساله 202 شکست 202 قبول 202 کننده 202 کنن 199 قدرت 197 لباس 197 صدای 196 بیان 193 '
        'حساب 193 چین 193 کردی 193 کلی 193 یاد 193 بابا 190 وضعیت 190 بره 187 عالی 187 '
        'ماشین 187 کوتاه 187 آخرین 186 برم 186 اس 185 رضا 185 نمایش 185 نشده 183 همیشه 183 '
        'اسم 182 بگم 182 دل 182 رد 182 میکنم 182 نکن 182 روشن 180 فصل 179 بهم 178 خاطر 178 '
        'دلار 176 چیز 176 آذر 175 اصل 175 اغلب 175 انتقال 175 تاریخی 175 تصمیم 175 '
        'خوانده 175 روسیه 175 سایر 175 شدت 175 شهرهای 175 شهری 175 عوامل 175 فرانسه 175 '
        'قدیم 175 مسابقات 175 مشاهده 175 می\u200cکرد 175 نزدیکی 175 نماینده 175 وسیله 175 '
        'ژاپن 175 کد 175 کرده\u200cاند 175 کوه 175 کوچک 175 خانم 174 داریم 174 داشتم 174 '
        'مگه 174 بدن 170 حس 170 سخت 170 علیه 170 داشتن 167 هدف 167 گرفتن 164 بد 162 '
        'حتما 162 خوش 162 امنیت 161 اهل 161 منابع 161 آخر 158 آماده 158 اش 158 کجا 158 '
        'کی 158 آقا 155 تلاش 155 صدا 155 خوبی 154 الله 152 آقای 151 لحظه 151 عوض 150 '
        'لطفا 148 پایین 147 آیا 145 اخبار 145 احساس 144 هستم 144 هستن 144 سی 141 چیه 141 '
        'بدم 134 میکنه 134 امشب 132 برو 132 بگو 132 ترکیه 132 سایت 132 فردا 132 درد 128 '
        'زدن 128 پنج 128 باشید 125 بیا 125 دانلود 125 دلم 125 میکنی 125 هاي 125 انگار 122 '
        'بخاطر 122 صحبت 122 عاشق 122 هی 122 کارت 122 انتخابات 120 اومد 120 باش 120 '
        'باشم 120 آره 117 برام 117 تموم 117 میخوام 114 چطور 114 ازش 112 باور 112 بلند 112 '
        'بهت 112 حداقل 110'), _table(
        'ا 147912 ی 93194 ر 91007 د 73462 ن 67960 و 61504 ه 60203 م 50415 ت 48679 ب 44046 '
        'س 36618 ل 28704 ک 25841 ش 25459 ز 21832 ف 13693 گ 12894 ع 12148 ج 11506 خ 11489 '
        'ق 11176 آ 8417 ح 7410 پ 7376 ط 5328 ص 4651 چ 3818 ث 2135 ض 2030 غ 2030 ذ 1562 '
        'ي 1232 ئ 1215 ژ 1041 ظ 816 ك 364 أ 295 ء 156 ة 121 ى 121 ـ 104'), (571, 74, 56)),
    'fi': ('latin', _table(
        'ja 39623 on 30392 ei 10181 että 8453 oli 5842 se 5537 myös 4975 ovat 4621 '
        'ole 4279 tai 4260 mutta 3767 voi 3665 kun 3648 niin 3351 sen 3007 hän 2963 '
        'joka 2947 sekä 2913 jos 2645 nyt 2561 kuin 2476 sitä 2173 tämä 2062 jo 1956 '
        'en 1939 n 1874 suomen 1866 ollut 1848 olla 1821 vain 1795 mitä 1761 kaikki 1746 '
        'mukaan 1682 vuoden 1556 vuonna 1554 kanssa 1552 siitä 1528 noin 1491 aikana 1480 '
        'hyvin 1441 tässä 1441 koko 1410 kuitenkin 1395 tulee 1392 jossa 1388 vielä 1382 '
        'miten 1363 saa 1300 olisi 1275 jälkeen 1236 jotka 1222 eivät 1218 eli 1197 '
        'tämän 1187 hänen 1171 vaan 1171 ne 1165 sitten 1159 pitää 1157 siihen 1126 '
        'eri 1117 lisäksi 1093 koska 1087 vaikka 1076 suomessa 1062 paljon 1045 he 1044 '
        'hyvä 1041 eikä 1035 yli 1034 jonka 987 kyllä 975 sillä 971 ihan 946 voidaan 946 '
        'niiden 935 niitä 935 mm 927 esimerkiksi 907 olen 902 yksi 882 vastaan 853 '
        'voit 851 ennen 840 aika 830 mk 828 mitään 819 tehdä 819 kuuluu 811 näin 805 '
        'kautta 797 tätä 789 kuten 785 aina 754 mikä 742 tästä 735 oy 730 tuli 711 '
        'varten 708 siten 701 onko 691 vähän 691 siinä 680 jolloin 668 olivat 665 '
        'pitäisi 661 miksi 658 viime 657 tällä 649 kaksi 647 taas 647 lähes 645 olevan 645 '
        'olet 639 ehkä 637 enää 637 itse 637 joku 637 tuo 627 kuinka 625 saada 620 '
        'juuri 616 ettei 607 jolla 597 uuden 596 ottaa 594 olemme 590 siis 589 osa 588 '
        'antaa 575 ry 573 toimii 568 meidän 553 toisen 552 et 550 yhdessä 542 ajan 536 '
        'kolme 536 oman 522 erityisesti 520 vai 515 todella 507 helsingin 500 suomi 498 '
        'kaupungin 497 aivan 489 johon 489 jotain 488 suuri 488 jota 483 edes 481 '
        'enemmän 480 lisää 473 joten 470 kiitos 470 voivat 470 mukana 460 usein 460 '
        'oma 458 yhden 458 uusi 454 perusteella 450 nämä 448 päättää 446 iso 445 muut 445 '
        'hyvää 442 samalla 436 joista 433 erittäin 432 muita 432 sanoo 432 missä 429 s 428 '
        'asia 425 muun 425 t 423 takia 420 alueella 419 ihmisen 416 ainakin 415 esim 409 '
        'joita 409 me 408 tarvitaan 406 meillä 402 mies 402 edelleen 400 euroa 399 '
        'alkaa 396 joiden 396 tarkoittaa 396 saanut 395 vuoksi 395 sai 394 kaikkien 392 '
        'mahdollista 392 mielestä 392 maailman 390 voisi 390 kuva 389 siellä 388 '
        'koskaan 384 muuta 384 alueen 382 samoin 382 sosiaali 382 uudet 382 www 382 no 380 '
        'oikein 379 heidän 378 siksi 377 takaisin 377 asiasta 375 silloin 372 pois 370 '
        'vuotta 370 muassa 369 asiat 367 mistä 367 valtion 367 välillä 367 pieni 365 '
        'tulisi 364 ilman 362 varmasti 361 miljoonaa 359 jopa 358 toinen 358 minun 357 '
        'prosenttia 357 ihmiset 356 eniten 355 päivä 353 käyttöön 352 saadaan 352 '
        'tähän 351 saavat 350 tulevat 350 yhteensä 346 uudelleen 344 näitä 342 kiinni 341 '
        'käyttää 341 parempi 339 suoraan 335 suurin 331 täysin 331 yleensä 331 tehdään 329 '
        'vaikuttaa 329 asti 326 kai 326 sinä 326 aikaa 323 löytyy 322 näyttää 320 '
        'mukaisesti 319 projektin 319 toiminta 319 vuosittain 319 yhdistyksen 319 '
        'jotta 317 kaikille 317 menee 314 a 309 kerran 309 tietää 309 luvun 308 minä 308 '
        'täällä 308 ensimmäisen 306 hallituksen 306 tietoa 306 lasten 303 alussa 301 '
        'joko 298 joskus 298 myöhemmin 297 ensi 293 hänet 292 useita 291 yhteydessä 291 '
        'asiaa 289 huolimatta 289 syytä 289 eu 287 the 287 kuitenkaan 282 muuten 282 '
        'tänään 281 käytetään 278 päivän 278 uutta 278 hieman 277 liian 275 nopeasti 275 '
        'helsinki 272 pari 272 päästä 272 vasta 272 alkoi 271 joissa 271 maan 271 '
        'määrä 271 eikö 268 heti 268 alle 267 tullut 267 muista 265 tilanne 265 mennä 263 '
        'minkä 262 nähdä 262 paikka 262 tekee 262 ainoa 259 häntä 259 paremmin 259 '
        'kauden 256 kertaa 256 aikoina 255 atk 255 edellyttää 255 edistää 255 esittää 255 '
        'kansainvälisen 255 kirja 255 kirjan 255 kunnan 255 kunnanhallitus 255 liittyy 255 '
        'lla 255 markkaa 255 ohella 255 oikeuksia 255 omasta 255 professori 255 '
        'rakkaus 255 seurakunnan 255 toiminnan 255 toimintaa 255 tuki 255 tällainen 255 '
        'yritysten 255 hetkellä 253 olleet 253 ensimmäinen 250 kahden 250 toimi 250 '
        'tulla 250 ihmisten 247 sinun 247 tapahtuu 247 yhtään 247 juttu 245 nainen 245 '
        'sanoi 245 teki 245 verran 244 avulla 242 naiset 242 tarvitse 241 tiedä 240 '
        'vaikea 239 pääsee 237 helposti 234 jokainen 234 kaiken 233 paitsi 232 '
        'hallitus 229 läpi 229 osaa 229 rahaa 229 yhtä 228 klo 227 piti 226 joilla 225 '
        'sille 225 syy 225 kukaan 224 m 223 vastaa 223 samaa 222 ota 220 saman 220 '
        'sisällä 220 haluaa 218 kokonaan 218 löytää 218 muiden 218 oleva 218 pitkä 218 '
        'varmaan 218 muutaman 216 tarkoitus 216 vaiheessa 216 euroopan 215 josta 215 '
        'jää 215 niistä 215 b 214 kasvaa 214 kymmenen 214 luvulla 214 nuorten 214 '
        'näistä 214 sellaista 214 silti 214 ala 212 heitä 212 asioita 211 mun 211 '
        'tehnyt 211 venäjän 211 aikaan 208 mihin 208 neljä 208 saattaa 208 totta 208 '
        'olin 204 halua 201 älä 201 kannattaa 199 paras 199 tuntuu 199 uusia 198 '
        'ollaan 195 pakko 195 tuon 195 tänä 195 katso 194 kertoo 194 tule 194 lopulta 192 '
        'aineiston 191 alan 191 annettiin 191 asioiden 191 cm 191 erilaisia 191 '
        'eräissä 191 esitetään 191 fi 191 heille 191 html 191 hyväksi 191 ilmenee 191 '
        'internet 191 jokaiselle 191 kaikilta 191 kaikissa 191 kannalta 191 kehitys 191 '
        'kirjasto 191 kirkon 191 kokouksen 191 konsernin 191 koskee 191 kuuluvat 191 '
        'laitteen 191 lehti 191 lämpötila 191 mahdollistaa 191 matka 191 muuttaa 191 '
        'niissä 191 nimet 191 nopeimmin 191 oikeuden 191 olemaan 191 olevia 191 omassa 191 '
        'opiskelija 191 palvelujen 191 palvelut 191 päivittäin 191 päätös 191 samassa 191 '
        'sijaitsee 191 sisältää 191 sivuilla 191 sopimuksen 191 sydän 191 syksyllä 191 '
        'tarjoaa 191 tarkoituksena 191 tarpeet 191 tavoitteet 191 tehtäviä 191 tehtävä 191 '
        'tietoja 191 tilannetta 191 toimivat 191 tulokset 191 tuottaa 191 tutkimus 191 '
        'työryhmän 191 ulkopuolelle 191 voimakkaasti 191 yhdeksi 191 yhtiö 191 sama 190 '
        'sanoa 190 ihminen 189 d 186 kuka 186 käy 186 miehen 184 tahansa 184 ulos 184 '
        'viikon 184 sinne 182 monet 181 tee 181 vanha 181 viisi 181 auttaa 178 meille 178 '
        'minulla 178 anna 176 moni 176 pohjois 176 vuosi 176 lähellä 173 samaan 173 '
        'alla 171 asian 171 huono 171 tää 171 joo 170 meni 170 kohta 168 ongelma 168 '
        'emme 166 i 166 ihmisiä 166 kunnes 166 lapset 166 omaa 166 ostaa 166 seuraa 166 '
        'siltä 166 e 164 päivänä 164 kyse 162 toki 162 apua 161 tuntia 161 hienoa 159 '
        'hänellä 159 kyseessä 159 lähteä 159 muutama 159 myötä 159 tulossa 159 voinut 159 '
        'yksin 159 ymmärrä 159 ensin 158 tosi 158 täytyy 158 elää 155 hänelle 155 '
        'toisaalta 155 valmis 155 mieltä 154 mä 154 päälle 154 tavalla 154 yhä 154 '
        'itsensä 153 jossain 153 tapa 153 tarpeeksi 153 tuskin 153 hyvät 151 loppuun 151 '
        'sisään 151 jäi 144 naisten 144 ikinä 141 of 141 sijaan 141 suomalainen 141 '
        'tehty 141 aiemmin 134 maksaa 134 poliisi 134 mikään 132 oikeasti 132 pian 132 '
        'tosin 132 päivää 128 kovin 125 enkä 122 hei 122 in 122 minulle 122 onkin 122 '
        'sain 122 suomeen 122 nimi 120 onneksi 120 ruotsin 120 monta 117 suomalaiset 117 '
        'kaikkea 114 nykyään 114 poika 114 puolesta 114 sieltä 114 tuota 114 usko 114 '
        'voin 114 äiti 114 kiva 112 kotiin 112 liikaa 112 pidä 112 saat 112 kohti 110 '
        'ohi 110 pitkään 110 uutiset 110 jonkun 107 jälleen 107 miesten 107 riittää 107 '
        'takana 107 to 107 toivottavasti 107 työtä 107 tänne 107 töitä 107 vittu 107 '
        'auto 104 hyviä 104 kävi 104 käydä 104 melkein 104 minua 104 sellainen 104 '
        'yrittää 104 eilen 102 etelä 102 laittaa 102 oikea 102 tietysti 102 kotona 100 '
        'kysymys 100 miehet 100 kauan 98 maa 98 melko 98 minusta 98 molemmat 98 sinulle 98 '
        'tekemään 98 jättää 96 kello 96 lähinnä 96 new 96 sun 96 toi 96 vähemmän 96 '
        'helsingissä 93 huomenna 93 jatkaa 93 kuoli 93 näiden 93 tapauksessa 93 tyttö 93 '
        'tärkeää 93 c 91 muu 91 naisen 91 päällä 91 vaatii 91 video 91 edessä 89 '
        'pitänyt 89 tv 89 ainakaan 87 auton 87 isä 87 lähtee 87 lähti 87 olisin 87 oo 87 '
        'viikolla 87 and 85 eteenpäin 85 hieno 85'), _table(
        'a 117477 i 104818 t 101855 e 83449 n 81151 s 79435 o 56221 l 55315 k 54003 '
        'u 52433 ä 38042 m 31971 v 24412 r 23473 j 20494 y 19345 p 17791 h 17046 d 10004 '
        'ö 6249 g 1457 f 1020 b 826 c 615 w 599 x 210 q 81 z 49 å 49 é 49'), (329, 85, 33)),
    'fr': ('latin', _table(
        'de 52023 la 29896 et 23051 l 22066 le 21374 les 19494 à 18354 des 16038 d 15123 '
        'en 14590 est 14058 un 12902 une 10737 du 10584 que 9560 pour 9173 il 8370 '
        'dans 8119 a 7869 pas 7333 qui 6978 sur 5775 par 5761 au 5692 c 5273 je 5219 '
        'ce 5157 ne 4592 plus 4499 qu 4405 avec 4109 sont 4049 on 3904 s 3760 mais 3653 '
        'n 3535 se 3383 ou 3161 vous 3001 elle 2769 nous 2760 cette 2688 j 2617 être 2500 '
        'ils 2407 son 2278 tout 2216 fait 2186 aux 2001 comme 1973 si 1937 y 1934 '
        'bien 1897 même 1886 sa 1822 peut 1808 faire 1783 ses 1766 ont 1720 ça 1695 '
        'ai 1669 leur 1658 été 1633 tu 1618 ces 1593 aussi 1578 deux 1482 entre 1328 '
        'non 1327 très 1272 me 1249 sans 1204 m 1198 autre 1166 était 1118 t 1108 '
        'tous 1104 temps 1084 autres 1074 quand 1057 après 1042 mon 1039 moi 1008 donc 990 '
        'lui 981 ainsi 959 là 947 peu 947 avoir 944 encore 932 fois 904 où 891 avant 875 '
        'france 860 notre 856 sera 849 travail 825 dont 821 toujours 818 contre 808 '
        'votre 808 ans 806 alors 803 suis 775 monde 762 va 751 faut 741 pays 729 '
        'depuis 722 moins 715 voir 703 vie 694 également 692 trois 683 avait 678 '
        'partie 671 sous 665 celui 658 vers 644 doit 633 recherche 618 pendant 616 '
        'année 611 leurs 598 beaucoup 587 jour 587 chaque 581 nom 577 dit 576 grand 576 '
        'ma 576 déjà 575 elles 573 dire 571 histoire 563 compte 553 toute 552 car 545 '
        'puis 540 nos 536 place 534 te 532 soit 529 cas 518 saint 514 quelques 510 '
        'cours 509 rien 505 premier 504 bon 502 mieux 502 ci 499 plusieurs 496 ville 496 '
        'lieu 492 toutes 486 années 481 part 481 prendre 476 politique 471 celle 464 '
        'jamais 464 cet 458 corps 456 cela 454 public 454 mois 453 trop 453 eau 450 '
        'ici 448 vu 448 rapport 443 agit 437 première 431 chez 430 demande 430 société 430 '
        'vraiment 430 personnes 428 possible 428 conseil 426 question 426 prix 424 '
        'pourquoi 420 doivent 417 français 416 afin 408 loi 405 e 403 peuvent 402 veut 400 '
        'service 399 seule 399 avons 395 permet 395 vos 395 mis 393 eu 392 gens 392 '
        'mal 392 assez 391 façon 390 grande 390 fin 387 devant 384 quoi 384 personne 383 '
        'formation 382 liste 382 p 382 forme 380 général 380 lors 377 nombre 377 site 377 '
        'ensemble 373 selon 373 mes 371 paris 371 toi 362 aujourd 361 hui 361 maison 361 '
        'niveau 361 pourrait 361 étaient 361 article 358 enfants 357 entreprise 357 '
        'juste 354 oui 354 genre 353 bonne 349 certains 346 nature 344 organisation 344 '
        'moment 343 jean 342 choses 339 sais 333 ton 330 grâce 327 état 323 enfant 322 '
        'problème 320 président 320 aller 318 famille 318 reste 318 certaines 314 '
        'heures 314 comment 313 es 313 côté 311 passe 311 pouvoir 311 développement 310 '
        'petit 310 as 308 souvent 307 activités 306 communauté 306 ceux 305 point 305 '
        'jusqu 304 ni 304 surtout 304 équipe 304 culture 303 haut 303 emploi 302 eux 301 '
        'dernier 300 jours 300 mise 296 plan 296 type 296 mort 295 femmes 294 aide 293 '
        'long 293 serait 292 chose 289 école 289 tant 288 cinq 287 dès 287 manière 287 '
        'autant 284 groupe 284 tête 284 exemple 278 jeune 278 juin 278 série 278 '
        'savoir 277 trouve 277 membres 276 centre 275 projet 275 seront 274 voix 274 '
        'femme 271 environ 270 vue 270 ailleurs 269 dis 269 concerne 268 contrôle 268 '
        'gestion 268 parce 268 techniques 268 an 267 droits 267 effet 266 partir 266 '
        'plutôt 265 date 262 enfin 262 fort 262 i 262 porte 262 seulement 262 titre 260 '
        'droit 258 homme 256 française 255 retour 255 yeux 255 coup 254 h 253 fais 252 '
        'nouveau 252 nouvelle 252 père 252 donné 250 ordre 250 quelque 250 trouver 249 '
        'semble 248 avais 246 gros 246 maintenant 246 nouvelles 246 parfois 246 '
        'musique 244 accord 243 donne 243 ligne 243 vient 243 peux 242 suite 242 veux 242 '
        'sécurité 240 services 238 air 237 bas 237 ca 237 santé 236 notamment 235 '
        'cependant 234 sens 234 argent 232 mesure 232 nouveaux 230 octobre 230 siècle 230 '
        'association 229 devoir 229 données 229 espace 229 f 229 ii 229 institut 229 '
        'libre 229 meilleur 229 mémoire 229 offre 229 projets 229 propose 229 r 229 '
        'étudiants 229 ta 228 vais 228 action 227 club 227 direction 225 arrive 224 '
        'avaient 224 europe 224 font 224 tard 224 vrai 224 produits 223 ayant 222 '
        'hommes 220 petite 220 belle 217 choix 217 mère 217 passer 217 situation 217 '
        'mettre 216 base 215 journée 215 pris 214 prend 212 pu 211 but 210 fut 208 '
        'guerre 208 merci 208 passé 208 rue 208 sud 208 art 206 région 206 aime 204 '
        'aurait 204 parler 204 cause 202 dieu 202 in 202 lorsque 202 mai 202 système 202 '
        'ancien 200 besoin 200 grands 200 important 200 époque 200 idée 196 millions 196 '
        'nuit 196 vont 196 avez 193 jeu 193 tour 193 pouvez 192 activité 191 '
        'administration 191 attention 191 conception 191 conseils 191 dessus 191 '
        'directeur 191 esprit 191 fonction 191 grandes 191 générale 191 image 191 '
        'matière 191 mission 191 page 191 pages 191 problèmes 191 présente 191 '
        'ressources 191 scientifiques 191 sites 191 siège 191 sociétés 191 soient 191 '
        'technique 191 unique 191 valeur 191 vigueur 191 étude 191 avril 190 françois 190 '
        'janvier 190 seul 190 existe 189 programme 189 âge 187 parle 186 terre 183 '
        'matin 181 quel 179 minutes 178 sommes 178 aucun 176 nord 176 etc 174 moyen 174 '
        'pense 174 étant 174 pierre 172 sujet 172 face 170 quatre 170 semaine 170 sûr 169 '
        'amis 167 donner 167 gauche 167 jeunes 165 longtemps 165 crois 164 début 164 '
        'importe 163 plein 163 septembre 163 anglais 161 heure 161 loin 161 presque 161 '
        'doute 159 force 159 marché 159 écrit 159 dernière 158 raison 158 étais 158 '
        'avis 157 juillet 157 nationale 157 nombreux 157 vivre 157 fond 155 abord 154 '
        'soir 154 analyse 153 approche 153 aspect 153 auprès 153 aura 153 auteur 153 '
        'cadre 153 carte 153 charge 153 connaissance 153 continue 153 critique 153 '
        'devient 153 devra 153 différentes 153 document 153 domaine 153 dossier 153 '
        'décision 153 départ 153 effectuée 153 engagement 153 entièrement 153 '
        'européenne 153 film 153 fonds 153 fr 153 francs 153 hors 153 images 153 '
        'internet 153 langue 153 lecture 153 logiciel 153 lumière 153 maîtrise 153 '
        'monsieur 153 méthodes 153 objet 153 ouest 153 papier 153 partenaires 153 '
        'particulier 153 permettent 153 principalement 153 principe 153 production 153 '
        'programmes 153 présence 153 puisque 153 pédagogiques 153 rester 153 règles 153 '
        'réseau 153 semestre 153 soi 153 systèmes 153 travaux 153 université 153 via 153 '
        'questions 152 ensuite 150 malgré 150 produit 150 route 150 the 150 mêmes 149 '
        'période 149 tel 149 armée 147 dix 147 décembre 147 novembre 147 six 147 '
        'classe 145 comprendre 145 main 145 près 141 quelqu 141 tes 141 vois 141 amour 138 '
        'parti 138 mars 134 fille 132 gouvernement 132 quelle 131 vidéo 131 beau 129 '
        'compris 129 simple 127 voilà 127 chambre 125 deuxième 125 fils 125 police 125 '
        'parmi 123 peine 123 aucune 122 mot 121 points 121 train 121 affaires 119 '
        'parents 119 propre 119 rendre 119 droite 117 pourtant 117 trouvé 117 êtes 117 '
        'laquelle 116 terme 116 viens 116 candidats 115 ecole 115 hébergement 115 '
        'masse 115 nécessaire 115 plate 115 suivante 115 population 114 roi 114 venir 114 '
        'milieu 112 or 112 propos 112 états 112 feu 111 marche 111 mots 111 chef 110 '
        'bois 109 confiance 109 laisser 109 manque 109 mode 109 plaisir 109 août 107 '
        'saison 104 sait 104 ah 102 vite 102 devrait 98 québec 96 truc 96 ministre 93 '
        'super 93 unis 93 livre 91 match 89 voit 89 peur 87 jouer 85 merde 85 tellement 85 '
        'allez 83 lire 83 autour 81 faites 81 hier 81 mec 79 ouais 79 affaire 78 envie 78 '
        'gars 78 sortir 78 voiture 78 ait 76 frère 76 jeux 76 cœur 74 difficile 74 '
        'laisse 74 of 74 derrière 72 chance 70 croire 70 petits 70 rencontre 70 '
        'résultats 70 vas 70 aurais 69 blanc 69 canada 69 commence 69'), _table(
        'e 146824 s 82582 i 74016 n 73639 t 72855 a 71898 r 66643 l 56524 o 56006 u 54908 '
        'd 40977 c 36333 p 30905 m 26999 é 23830 v 13413 g 11923 f 11060 q 9099 b 8205 '
        'h 7938 x 4204 à 4063 è 3310 j 3138 y 2573 ê 1333 z 1067 k 690 ô 612 î 580 â 518 '
        'w 471 ç 408 ù 141 û 141 ï 78 ë 63'), (625, 71, 50)),
    'ga': ('latin', _table(
        'an 47253 a 36448 is 28991 na 28534 agus 24730 i 23132 ar 20773 é 19936 le 13544 '
        'go 10577 de 10196 ag 9816 sa 8598 mar 8522 bhí 7077 sin 6772 in 6087 sé 5935 '
        'd 5555 ina 5250 suite 5098 atá 4794 seo 4794 baile 4566 ba 4413 nó 4413 ó 3881 '
        'ach 3805 chun 3805 den 3729 leis 3652 ann 3424 bhliain 3348 do 3272 féin 3196 '
        'í 3196 as 3044 raibh 2968 tá 2891 eile 2815 faoi 2815 ea 2663 iad 2435 ná 2435 '
        'chuid 2359 san 2359 ní 2131 air 2054 don 1978 mó 1978 réir 1978 amach 1902 '
        'féidir 1902 nach 1902 siad 1902 gcontae 1826 mór 1826 nua 1750 bhfuil 1598 '
        'cuid 1598 nuair 1598 teanga 1598 ceantar 1522 chur 1522 duine 1522 t 1522 b 1446 '
        'gach 1446 maith 1446 aon 1370 chuir 1370 dul 1370 dá 1370 gur 1370 idir 1370 '
        'níos 1370 aige 1294 ainm 1294 bíonn 1294 ceann 1294 chomh 1294 chéad 1294 cé 1294 '
        'lá 1294 éirinn 1294 chuaigh 1217 fáil 1217 sna 1217 ón 1217 acu 1141 am 1141 '
        'daoine 1141 dhéanamh 1065 faoin 1065 leith 1065 measc 1065 rugadh 1065 trí 1065 '
        'ab 989 béarla 989 cosúil 989 cur 989 gaeilge 989 gcomhairle 989 lena 989 leor 989 '
        'mhór 989 n 989 éagsúla 989 chéile 913 cuireadh 913 héireann 913 leabhar 913 '
        'lán 913 ndiaidh 913 orthu 913 síos 913 thabhairt 913 the 913 aghaidh 837 '
        'gcónaí 837 isteach 837 rialtas 837 sí 837 teangacha 837 á 837 áit 837 éirigh 837 '
        'ansin 761 bhíonn 761 cliath 761 contae 761 dhá 761 freisin 761 haghaidh 761 '
        'mac 761 obair 761 tíre 761 átha 761 ard 685 bunaithe 685 cathair 685 céanna 685 '
        'dtí 685 dtús 685 déantar 685 inniu 685 muintir 685 nós 685 rud 685 rí 685 '
        'ríocht 685 taobh 685 tháinig 685 timpeall 685 aontaithe 609 bheith 609 '
        'bhfeidhm 609 bhéarla 609 chathair 609 daonra 609 dara 609 fearainn 609 fhine 609 '
        'gceist 609 gá 609 linn 609 of 609 roinnt 609 úsáid 609 bhaile 533 chogaidh 533 '
        'chum 533 córas 533 dlí 533 déag 533 feidhm 533 gan 533 ghnáth 533 maidir 533 '
        'mbaile 533 mí 533 rialtais 533 rinneadh 533 rith 533 scéal 533 shampla 533 '
        'sráidbhaile 533 stáit 533 thiar 533 thoir 533 thuaidh 533 thugtar 533 uisce 533 '
        'éireannach 533 éirí 533 aimseartha 457 athair 457 baint 457 bhain 457 bliain 457 '
        'chineál 457 chontae 457 cumann 457 dhiaidh 457 dhún 457 domhain 457 domhan 457 '
        'dóigh 457 fearr 457 focal 457 fuair 457 gurbh 457 loch 457 lucht 457 léir 457 '
        'lú 457 mhaith 457 mhó 457 náisiúnta 457 oibre 457 s 457 siúl 457 suas 457 '
        'thar 457 thosaigh 457 toisc 457 éan 457 éireann 457 aibreán 380 aire 380 '
        'aithint 380 aois 380 arm 380 baintear 380 bhaint 380 bheadh 380 bun 380 bás 380 '
        'cheap 380 chiallaíonn 380 chill 380 chuige 380 cinn 380 cogadh 380 comhairle 380 '
        'deireadh 380 dhéantar 380 dála 380 díreach 380 eolais 380 fad 380 fhorbairt 380 '
        'focail 380 fud 380 féinrialaitheach 380 fós 380 galar 380 gearmáine 380 gnó 380 '
        'gáidhealtachd 380 haois 380 háirithe 380 iomaí 380 iomlán 380 litreacha 380 '
        'lár 380 m 380 minic 380 ndaoine 380 níl 380 o 380 oileán 380 pan 380 pobal 380 '
        'rá 380 saor 380 sasanach 380 spáinnis 380 tar 380 thaobh 380 theas 380 tríú 380 '
        'tuaithe 380 uaireanta 380 ábhar 380 áfach 380 áirithe 380 áitiúla 380 éis 380 '
        'aer 304 aice 304 aici 304 aicme 304 airde 304 airgead 304 aithne 304 amháin 304 '
        'anois 304 arís 304 baill 304 bailte 304 ball 304 beag 304 bhaineann 304 '
        'bheirt 304 bhrí 304 bhunú 304 bhíodh 304 bliana 304 cath 304 chosaint 304 '
        'chumhacht 304 chéanna 304 cineál 304 coitianta 304 cáiliúil 304 córais 304 '
        'cúlra 304 dheireadh 304 di 304 domhanda 304 dán 304 déanamh 304 fada 304 '
        'fhear 304 fhág 304 fhéidir 304 fraince 304 fraincise 304 fás 304 fómhair 304 '
        'gall 304 ghaeilge 304 gnáth 304 gníomhach 304 gréine 304 halban 304 '
        'himeachtaí 304 héireannaigh 304 iarraidh 304 iasc 304 imreoir 304 ionas 304 '
        'iontu 304 iris 304 istigh 304 labhairt 304 laghad 304 laghdú 304 leeds 304 '
        'limistéar 304 liteartha 304 láthair 304 mbliain 304 meán 304 mheiriceá 304 '
        'mhuintir 304 máire 304 márta 304 nár 304 oifigiúil 304 pierre 304 polaitiúil 304 '
        'príomhbhaile 304 páirtí 304 riamh 304 roimh 304 roimhe 304 roinn 304 réimse 304 '
        'saighdiúirí 304 saol 304 scannán 304 scoil 304 scríbhneoir 304 scríofa 304 '
        'siúd 304 staidéar 304 tagairtí 304 talún 304 teocht 304 thart 304 theanga 304 '
        'theastaigh 304 thiobraid 304 thoradh 304 tíortha 304 tús 304 uimhir 304 '
        'uirthi 304 uladh 304 ábhair 304 áirítear 304 árann 304 éigin 304 dromchla 228 '
        'gnéithe 228 hastráile 228 imigh 228'), _table(
        'a 158638 i 104238 n 81319 h 76822 r 61810 e 58065 s 53759 t 46974 c 46029 l 43437 '
        'o 38923 d 33818 g 30905 m 24919 u 23271 b 21254 í 17397 é 17285 á 16773 f 12260 '
        'ú 8963 ó 8867 p 8002 v 1408 k 1392 y 1280 w 752 j 352 z 256 x 224 q 128 æ 48'), (573, 78, 51)),
    'gu': ('gujarati', _table(
        'છે 51582 અને 23902 આ 15683 કે 9164 એક 8597 પણ 7180 આવેલા 6424 ભાગમાં 6046 '
        'ભારત 6046 માટે 6046 તે 5857 દેશના 5763 રાજ્યના 5479 પશ્ચિમ 5102 ગામ 4913 જ 4913 '
        'ગુજરાત 4818 હતી 4535 હોય 4440 જિલ્લાના 4346 હતા 4346 પર 4157 જે 4062 હતો 3873 '
        'દિવસ 3590 આવે 3307 આવેલું 3307 કરી 3307 એ 3212 કરે 3212 હતું 3118 સાથે 2929 '
        'તેમના 2834 જ્યારે 2645 તેના 2645 થાય 2645 તેમણે 2551 તાલુકાનું 2456 તરીકે 2362 '
        'દ્વારા 2362 માં 2362 તાલુકામાં 2267 તેઓ 2267 તેને 2267 નથી 2173 ના 2173 ની 2173 '
        'પછી 2173 મહત્વનું 2173 શકે 2078 ગામમાં 1984 તો 1984 ત્યારે 1984 તથા 1889 '
        'તેમની 1889 રીતે 1889 કારણે 1795 ને 1795 મુખ્ય 1795 લોકો 1795 સુધી 1795 અથવા 1701 '
        'આવી 1701 ન 1701 સૌથી 1701 આમ 1606 કરવામાં 1606 મુજબ 1606 વર્ષ 1606 તેમને 1512 '
        'કેટલાક 1417 તેની 1417 કરવા 1323 કર્યું 1323 જાય 1323 થઈ 1323 વસે 1323 અન્ય 1228 '
        'આદિવાસી 1228 ટકા 1228 તેમ 1228 થયું 1228 નામ 1228 પરંતુ 1228 આવેલ 1134 '
        'ઉપરાંત 1134 કરતા 1134 ખાસ 1134 તેનો 1134 થયો 1134 પાણી 1134 બાદ 1134 રહે 1134 '
        'વડોદરા 1134 શ્રી 1134 એટલે 1039 છતાં 1039 જેમાં 1039 જો 1039 પોતાની 1039 '
        'માત્ર 1039 વર્ષના 1039 આપવામાં 945 કરીને 945 કર્યો 945 જન્મ 945 તેમાં 945 નો 945 '
        'બે 945 વધુ 945 ઉપયોગ 850 કામ 850 કેટલીક 850 કોઇ 850 ઘણા 850 જોવા 850 ત્યાં 850 '
        'નહીં 850 પોતાના 850 મથક 850 મળે 850 સામે 850 અહીં 756 આજે 756 ઓફ 756 કારણ 756 '
        'કોઈ 756 ખાતે 756 જિલ્લાનું 756 તાપી 756 તાલુકો 756 તેણે 756 થી 756 દક્ષિણ 756 '
        'ધરાવે 756 નગર 756 પહેલા 756 ભાગ 756 મધ્ય 756 શરૂ 756 સમય 756 સમયે 756 સામાન્ય 756 '
        'આથી 661 આવેલી 661 આવ્યા 661 ઉત્તર 661 કહેવાય 661 ઘણી 661 જેમ 661 જોકે 661 તરફ 661 '
        'તેમજ 661 તેવા 661 દરમ્યાન 661 દિવસે 661 નવા 661 નાની 661 ભારતીય 661 વખત 661 '
        'વલસાડ 661 વાઈરસ 661 વાત 661 વિવિધ 661 વ્યવસ્થા 661 સુરત 661 હતાં 661 હવે 661 '
        'હિંદુ 661 અનેક 567 અમુક 567 અલગ 567 આપ્યો 567 આવ્યો 567 કરવું 567 કર્યા 567 '
        'કહે 567 ખૂબ 567 જિલ્લો 567 જેથી 567 જેને 567 જેવી 567 જોઈએ 567 તેથી 567 તેનું 567 '
        'ત્યાર 567 થઇ 567 થયા 567 થવામાં 567 દર 567 દરમિયાન 567 દરેક 567 નક્કી 567 '
        'પાછળથી 567 પાસે 567 પુરું 567 પૃથ્વી 567 બની 567 બન્યા 567 બાકી 567 ભારતના 567 '
        'મહત્વનો 567 મહિનાનો 567 મૃત્યુ 567 મોટા 567 રહી 567 લોકોની 567 વચ્ચે 567 '
        'વિશાળ 567 વિશ્વ 567 સંબંધ 567 સંવત 567 સુંદર 567 હોવા 567 અભ્યાસ 472 અમેરિકી 472 '
        'અર્થ 472 આપે 472 આવતા 472 આવતો 472 ઈતિહાસ 472 ઉત્પાદન 472 એવો 472 કર્યુ 472 '
        'કાર્ય 472 કુલ 472 ક્ષેત્ર 472 ગયું 472 ચોક્કસ 472 જયારે 472 જિલ્લામાં 472 '
        'જીવન 472 જેનું 472 જેવા 472 જોઇએ 472 જ્યાં 472 ટીવી 472 તમામ 472 તેમનો 472 '
        'દેશ 472 નદી 472 નાના 472 નું 472 પરિણામે 472 પાંચ 472 પ્રથમ 472 બંને 472 બીજા 472 '
        'ભારતમાં 472 માર્ગ 472 મિલિયન 472 મુખ્યત્વે 472 રાજા 472 રાજ્ય 472 રોજ 472 '
        'લાગે 472 વખતે 472 વર્ષો 472 વિચાર 472 શબ્દ 472 સમાવેશ 472 સેવા 472 હોવાથી 472 '
        'અંગે 378 અંત 378 અસર 378 આગળ 378 આધારે 378 આવ્યું 378 ઉપર 378 એચઆઇવી 378 એમ 378 '
        'કંપની 378 કથા 378 કરશે 378 કૃષ્ણ 378 ક્યારેક 378 ખુબજ 378 ગઇ 378 ગણતરી 378 '
        'ગયા 378 ગુજરાતી 378 ચાલુ 378 ચેપ 378 જતા 378 જર્મન 378 જાહેરાત 378 જિલ્લાનો 378 '
        'જીવનનો 378 જેઓ 378 જેના 378 ડાંગ 378 ડી 378 તેઓએ 378 તેનાથી 378 તૈયાર 378 '
        'દેશમાં 378 ધરાવતા 378 ધાર્મિક 378 નહિ 378 નામના 378 નામે 378 નિઝર 378 નિયમિત 378 '
        'પક્ષીઓ 378 પત્ની 378 પરિણામ 378 પાછળ 378 પાટનગર 378 પામ્યા 378 પિતા 378 પૂરી 378 '
        'પ્રકારના 378 પ્રખ્યાત 378 પ્રસિદ્ધ 378 પ્રેમ 378 ફરી 378 બન્ને 378 ભક્તિ 378 '
        'ભાગે 378 ભાષામાં 378 મત 378 માટેનો 378 માણસ 378 મારી 378 મે 378 મોટું 378 '
        'મોટો 378 યુદ્ધ 378 રક્ષણ 378 રચના 378 રહ્યા 378 રહ્યું 378 રાજકોટ 378 '
        'રાષ્ટ્રીય 378 લાગ્યો 378 લીધી 378 વધારે 378 વર્ષની 378 વર્ષે 378 વસ્તી 378 '
        'વિશે 378 વૈદિક 378 શક 378 શક્તિ 378 સમગ્ર 378 સમયમાં 378 સરખા 378 સામેના 378 '
        'સોનગઢ 378 સ્થળાંતર 378 હતુ 378 હું 378 અંગ્રેજી 283 અહીંથી 283 આઈન્સ્ટાઈન 283 '
        'આશરે 283 આસપાસ 283 ઉત્પન્ન 283 એવી 283 ઑફ 283 કહ્યું 283 ક્ષેત્રમાં 283 ગરીબો 283 '
        'ગ્રેગોરીયન 283 ઘણો 283 ચેન્નાઈ 283 જગ્યાએ 283 જરૂરી 283 જેટલી 283 જોખમ 283 ધી 283 '
        'પંચાંગ 283 પડી 283 પુત્ર 283 પ્રકાશ 283 પ્રતિ 283 પ્રદેશ 283 ફિલ્મ 283 બન્યો 283 '
        'બીજો 283 મદદ 283 મળી 283 મહત્વના 283 મોટી 283 યુનાઇટેડ 283 રાજ્યમાં 283 '
        'રાષ્ટ્ર 283 લિપ 283 વર્ષનો 283 વિસ્તાર 283 વિસ્તારમાં 283 વ્યવસાય 283 શકાય 283 '
        'શોધ 283 સફેદ 283 સામનો 283 સ્થાને 283 હાથ 283 હોવાનું 283'), _table(
        'ર 99657 ન 97040 મ 69617 ત 67404 ક 61764 વ 58367 સ 43877 ય 42256 પ 39639 લ 38517 '
        'જ 33811 ગ 26114 દ 25304 હ 24120 આ 21253 છ 20474 ટ 19757 શ 19071 થ 18136 અ 17638 '
        'બ 16703 ણ 16329 ડ 13805 ચ 12309 ભ 12153 એ 11748 ધ 11499 ખ 9972 ષ 7946 ળ 7759 '
        'ઓ 6762 ફ 5765 ઉ 5204 ઇ 4519 ઈ 4456 ઘ 2773 ઝ 1901 ઠ 1870 ઢ 904 ઞ 592 ઊ 436 ઔ 187 '
        'ઋ 156 ઍ 125 ઑ 125 ઐ 93 ઙ 93'), (420, 106, 47)),
    'he': ('hebrew', _table(
        'של 22170 את 18873 על 13998 לא 10105 הוא 7572 זה 5987 עם 4927 כל 4694 ב 4146 '
        'גם 4054 היה 3669 אני 3427 או 3414 היא 3314 כי 3065 מה 2658 יש 2644 בין 2544 '
        'יותר 2482 אם 2363 לי 2235 הם 2171 ידי 2085 ה 2036 רק 2028 אחד 1993 אבל 1962 '
        'זו 1849 אך 1842 כמו 1744 אל 1705 ישראל 1701 בשנת 1670 כדי 1629 עד 1626 אותו 1589 '
        'לאחר 1575 היו 1554 אין 1535 כך 1533 לו 1490 אשר 1471 שלא 1443 כאשר 1388 שם 1350 '
        'כן 1303 בכל 1251 הייתה 1190 ג 1163 בית 1156 ביותר 1155 שלו 1095 בו 1088 ולא 1078 '
        'ל 1078 לפני 1078 שלי 1070 בן 1066 ו 1059 אף 1048 אתה 1045 הזה 1023 לך 1020 '
        'הראשון 1009 אחר 1005 שהוא 997 לה 980 אז 963 אותה 933 בני 929 להיות 927 בבית 919 '
        'דבר 910 נגד 901 עוד 883 במהלך 881 כמה 877 במקום 875 אחת 873 כ 868 באופן 863 '
        'זאת 863 טוב 857 שני 840 מספר 836 היום 826 מי 822 אנשים 808 כבר 800 שנה 799 הן 788 '
        'להם 780 אלא 774 העיר 773 אדם 768 השני 754 אחרי 752 הספר 747 זמן 735 שהיא 727 '
        'שנים 723 יהיה 722 בה 711 צריך 700 בהם 695 רבים 695 יום 687 ניתן 685 פעם 679 '
        'שלה 672 איך 662 מאוד 653 הראשונה 652 הברית 649 העולם 649 שאני 645 שונים 644 '
        'חיים 642 יכול 640 אולם 636 אלו 636 החל 610 אביב 607 אחרים 602 והוא 595 ללא 589 '
        'אלה 588 לכל 575 למה 575 אי 571 בעקבות 571 שהם 571 רב 566 ראש 564 בישראל 561 '
        'גדול 561 באותה 560 יחד 559 אותם 556 פי 556 חלק 555 עליו 555 האם 549 הרבה 547 '
        'לפי 542 החברה 539 תל 531 אותי 525 דרך 525 עכשיו 525 לראות 521 אנשי 517 י 515 '
        'בעולם 514 רבות 514 שתי 512 בתי 511 לנו 510 שלך 510 בעלי 508 כלל 508 שיש 503 '
        'לבית 500 מן 490 בארץ 488 רוצה 488 מ 486 ואת 484 הגדול 483 כאן 482 בעיקר 481 '
        'פחות 477 בלתי 474 בשל 471 בתוך 466 השיר 466 אפשר 464 הכל 464 ועוד 462 הממשלה 461 '
        'בשם 457 לעשות 456 הרב 449 מהם 449 שלהם 449 תוך 449 עבור 447 מנת 446 איש 442 '
        'יהודים 442 בעיר 441 המדינה 437 וכן 437 כיום 428 באמצעות 427 אנחנו 426 כולל 424 '
        'הארץ 423 זכה 420 מטר 420 מכן 420 אינו 419 ממש 417 ואז 415 חדש 415 ירושלים 415 '
        'לב 415 כמעט 411 אומר 409 חברת 408 שבו 407 אותך 406 אפילו 402 וגם 402 מתוך 400 '
        'המשפט 395 לכם 395 עצמו 395 בעל 390 קשה 390 אתם 388 וכל 388 מקום 388 בזמן 386 '
        'פה 385 בידי 382 בגלל 379 ועל 377 שהיה 374 תחת 374 בקרב 373 דקות 373 צ 373 יצא 371 '
        'משהו 370 א 368 מבין 368 ספר 368 רוב 368 העבודה 364 נכון 362 פשוט 362 שלנו 362 '
        'מול 360 מכל 360 הבית 358 ימים 356 לגבי 356 עדיין 355 באמת 354 נראה 354 בכך 353 '
        'טובה 353 כוח 353 במשך 349 כפי 349 שזה 346 הזמן 344 כולם 344 ועד 341 ילדים 339 '
        'אמר 338 בדרך 338 כסף 338 שוב 338 במסגרת 335 המשפחה 335 עושה 334 האחרון 331 '
        'אולי 330 הייתי 330 ואני 330 יודע 330 אחרות 326 אצל 326 בינואר 326 בשנים 326 '
        'החולים 326 הסרט 326 העונה 326 הקבוצה 326 השנייה 326 זכתה 326 כתב 326 לאורך 326 '
        'ממנה 326 מתחת 326 שיחק 326 תקופה 326 אליו 324 תמיד 323 בכלל 321 בלבד 317 האדם 317 '
        'ואף 315 בת 313 הגיע 313 נמצא 313 החיים 312 הכי 312 קצת 309 חבר 307 למעשה 307 '
        'מצד 307 לכך 305 רואה 302 שאתה 302 יד 299 ביום 297 הדבר 297 באותו 296 בעת 296 '
        'שכן 296 דברים 294 היהודים 294 ככל 294 למרות 294 לתת 294 שכל 294 מזה 292 דין 291 '
        'הכנסת 291 ולכן 291 אנו 286 חוק 284 להגיע 284 די 283 אלף 282 כהן 282 בסוף 281 '
        'והיא 281 שום 281 אחיו 280 ארצות 280 בגביע 280 במשחק 280 בנוסף 280 בתקופת 280 '
        'הגיעו 280 המלחמה 280 הצליח 280 השלטון 280 השנים 280 חזרה 280 לעתים 280 נבחר 280 '
        'נהרגו 280 סוף 279 חברה 277 כלומר 277 דומה 276 בא 275 הזאת 275 חשוב 275 כזה 270 '
        'תהיה 267 מספיק 265 עולם 265 משחק 262 איזה 260 עליה 260 שאין 260 השנה 259 מאז 259 '
        'יהודה 257 פעמים 257 בלי 256 בזה 255 מדי 255 ליד 254 כלי 252 נעשה 252 ראשון 251 '
        'השם 248 בתחום 247 שלושה 247 היתה 245 אותנו 244 ממנו 244 משה 244 נשים 244 שהיו 244 '
        'דוד 241 יפה 241 לבין 241 קשר 241 שעות 241 בצורה 240 המלך 240 חברי 240 חדשה 240 '
        'מעבר 240 נוספים 240 סוג 240 אמא 237 ארץ 237 לקבל 237 מיליון 237 מפני 237 ברור 234 '
        'האלה 234 וזה 234 ויש 234 יהודי 234 למצוא 234 עלי 234 ארבעה 233 באזור 233 בגיל 233 '
        'בהתאם 233 ביוגרפיה 233 במרץ 233 בניגוד 233 בסיום 233 בספטמבר 233 בסרט 233 '
        'בשנות 233 הלהקה 233 המאה 233 הקים 233 וב 233 והיה 233 והן 233 ולאחר 233 ימי 233 '
        'לבסוף 233 לומר 233 למקום 233 לראשונה 233 מחוץ 233 מין 233 ממשלת 233 נפש 233 '
        'ספרים 233 עונת 233 שהייתה 233 שונה 233 שימוש 233 החינוך 231 מלך 231 פעולה 231 '
        'רבה 231 בסדר 228 מישהו 228 עבודה 228 לדעת 224 אוכל 219 לזה 216 למשל 216 צריכה 216 '
        'שלוש 216 בדיוק 214 תודה 214 כגון 213 למעלה 213 מחדש 213 משרד 213 נוסף 213 '
        'בעוד 210 המקום 210 שבת 208 אור 205 במיוחד 205 ואם 205 והם 205 מלא 205 עבר 205 '
        'שונות 205 בשביל 204 יכולה 204 שלום 204 האנשים 203 מדבר 203 עשה 201 חי 200 ים 200 '
        'היהודי 198 העם 198 חודשים 198 כאלה 198 ביחד 195 לחזור 195 לשם 194 בנו 193 '
        'החדשה 193 מאשר 193 מת 193 ספק 193 הדרך 191 הולך 191 הזו 191 הטוב 191 מידע 191 '
        'מצב 191 עצמי 191 שאם 191 אחרת 190 איתו 189 שמו 189 ללכת 188 מעל 188 קודם 188 '
        'אביה 187 אופא 187 אלפי 187 אמו 187 אמריקה 187 באפריל 187 בדרום 187 בזכות 187 '
        'בחצי 187 במדינה 187 במדליית 187 בעבר 187 בעונה 187 בצפון 187 גוף 187 האמיתי 187 '
        'הבריטי 187 הגמר 187 הגרמנים 187 הוציא 187 הזנב 187 הישראלי 187 הכפר 187 הליגה 187 '
        'המשחק 187 הצליחו 187 הראשונים 187 השלישי 187 התוכנית 187 ובכך 187 ון 187 זהב 187 '
        'זרם 187 חלקים 187 ידו 187 כאלו 187 כחלק 187 לאור 187 לטיפול 187 ליצור 187 '
        'למנוע 187 לעצמו 187 מאות 187 מבנה 187 מלחמת 187 מרכז 187 משחקי 187 נובעת 187 '
        'נולד 187 נוספת 187 ניצחון 187 עבד 187 עובדים 187 עונה 187 פעילות 187 פעמיים 187 '
        'קבוצת 187 קיימת 187 קצר 187 רשמי 187 שלאחר 187 שנות 187 דווקא 186 כאילו 186 ר 186 '
        'בי 184 בירושלים 184 גדולה 184 היחיד 184 מים 184 מערכת 184 משנה 184 משפחה 184 '
        'אוהב 182 אלוהים 182 בנושא 182 פרק 182 רבי 181 אברהם 180 מעט 178 האמת 172 זהו 172 '
        'כנראה 172 לפחות 172 יודעת 170 לדבר 170 היינו 169 מאד 169 שעה 169 הנה 166 חושב 166 '
        'כלום 166 שאת 166 שלכם 166 לגמרי 164 עובד 164 ערב 164 רגע 164 לצאת 161 אינה 159 '
        'חוץ 159 מגיע 159 עליהם 159 חייב 158 בפני 156 יעקב 156 לישראל 156 למען 154 '
        'לעולם 154 רוצים 154 איפה 151 פנים 151 קטן 151 בטוח 149 קל 149 יכולים 148 ככה 148 '
        'חברות 147 להביא 147 מיד 147 משום 147 פני 147 שגם 147 בר 144 הדברים 144 חברים 144 '
        'טובים 144 משפט 144 ע 144 ש 144 דולר 142 הלילה 142 חצי 142 לקחת 142 לקראת 142 '
        'מדינת 142 מנסה 142 שלמה 142 הבא 141 ומה 141 לכן 141 אזרחים 140 אירועים 140 '
        'ארבע 140 ארד 140 בהמשך 140 בפועל 140 בתנאי 140 גבוה 140 גדולים 140 ד 140 '
        'הגביע 140 הגדולה 140 הגיעה 140 ההגנה 140 הזכויות 140 הללו 140 המקורות 140 '
        'הנושא 140 הנראה 140 הסובייטי 140 הקרב 140 הראשונות 140 השישי 140 ובשנת 140 וג 140 '
        'זכויות 140 זמני 140 כהונתו 140 לבנים 140 לגמר 140 ליהודים 140 מדובר 140 מכונה 140 '
        'מנהל 140 מתאר 140 נפטר 140 ערך 140 קיבלה 140 שוויון 140 שפת 140 תושבי 140 '
        'תחילת 140 תמיכה 140 אמרה 138 ידע 138 שבע 138 ת 138 במקרה 136 גבר 136 הדין 134 '
        'יודעים 134 להגיד 132 עושים 132 אבא 128 כמובן 128 ראיתי 128 שר 128 הרי 125 '
        'הילדים 122 יהיו 122 אלי 120 החדש 120 צריכים 120 אומרת 117 יצחק 117 להבין 114 '
        'אומרים 112 קרה 112 בחיים 110 יוסף 110 לילה 110 עולה 110 עלינו 110 שיהיה 110 '
        'ואין 107 ילד 107 אוהבת 104 איתי 104 בראש 104 החוק 104 כבוד 104 מתי 104 באתר 102 '
        'לבד 102 לקרוא 102 רע 102 אמרתי 100 יוצא 100 ללמוד 100 לעבוד 100 שבה 98 אתכם 96 '
        'חדשים 96 לפעמים 96 שאנחנו 96 אסור 93 חדשות 93 חיי 93 לשמוע 93 מהר 93 מחר 93 '
        'ממני 93 עומד 93 קורה 93 אותן 91 לעומת 91 שאלה 91 האחרונה 89 האיש 89 חשבתי 89 '
        'כנגד 89 מדוע 89 אה 87 אינם 87 איתך 87 אכן 87'), _table(
        'י 115039 ו 113921 ה 88975 ל 65069 ר 58238 ת 56860 ב 55303 מ 52646 א 47014 ש 43399 '
        'נ 35131 ם 28500 ע 26962 ד 25404 ק 23847 ח 23347 פ 23188 כ 20591 ס 20132 ג 17236 '
        'ט 15758 ן 12802 צ 12782 ז 9627 ך 4054 ף 2417 ץ 1758'), (332, 72, 50)),
    'hi': ('devanagari', _table(
        'के 33741 है 33286 में 29708 की 22918 से 17961 का 17532 को 17312 और 16693 '
        'हैं 12047 पर 11552 भी 10441 तो 8839 एक 8472 नहीं 8262 ने 7790 कि 7635 ही 7555 '
        'हो 6448 इस 6432 था 5901 कर 5828 लिए 5236 यह 4077 किया 4026 जो 4026 गया 3811 '
        'अपने 3458 आप 3395 करने 3306 रहे 3094 साथ 3006 थी 2661 कुछ 2657 कोई 2657 वह 2638 '
        'दिया 2553 थे 2480 क्या 2377 रहा 2260 होता 2238 बाद 2232 ये 2230 अब 2215 तक 2174 '
        'किसी 2107 हम 2094 बात 2082 फिर 2069 या 2044 पहले 1979 अपनी 1952 करते 1929 '
        'हुए 1912 कहा 1876 वाले 1864 जब 1860 दिन 1852 न 1842 रही 1840 भारत 1820 मैं 1775 '
        'देश 1764 बहुत 1707 हुआ 1691 आज 1663 जी 1594 सरकार 1558 गए 1546 हर 1528 नाम 1518 '
        'अगर 1515 जा 1474 तरह 1470 बार 1457 लोग 1439 करना 1427 करें 1416 जाता 1410 '
        'उसे 1374 लेकिन 1353 समय 1325 होगा 1323 गई 1308 वो 1297 सकता 1295 उस 1278 '
        'उन्हें 1263 काम 1250 दो 1242 होती 1224 जाने 1219 कभी 1205 उन्होंने 1189 उसके 1170 '
        'दे 1160 व 1145 वे 1145 इन 1135 साल 1130 घर 1125 मुझे 1110 उनके 1106 कम 1100 '
        'लोगों 1100 आ 1091 जीवन 1088 चाहिए 1087 कई 1062 रूप 1037 जाए 1034 सभी 1013 '
        'इसके 1003 आपको 997 दी 978 करता 973 जैसे 968 सब 968 ऐसे 967 नही 967 लगा 966 '
        'वाली 963 लिया 953 होने 939 लेकर 928 भारतीय 902 द्वारा 889 इसलिए 888 फिल्म 870 '
        'एवं 868 तथा 840 मेरे 835 पास 834 अभी 833 सिंह 825 दिल्ली 822 खुद 819 हुई 816 '
        'ऐसा 814 तब 795 ना 793 मोदी 791 ओर 788 सकते 787 हमारे 780 बना 773 ज्यादा 769 '
        'होते 769 अपना 766 प्रदेश 766 जाती 760 देने 758 सबसे 746 इसी 730 उसकी 730 '
        'कांग्रेस 730 अधिक 725 पार्टी 724 दुनिया 714 दोनों 714 जिस 711 इसे 708 अन्य 699 '
        'कैसे 685 तीन 682 दिल 680 क्षेत्र 677 क्योंकि 673 जाते 672 मेरी 672 ले 667 हूँ 667 '
        'आने 666 श्री 656 तुम 654 उनका 643 पुलिस 642 पता 640 आपके 637 उनकी 636 पूरी 635 '
        'करके 629 विकास 625 मिल 623 कारण 620 मे 614 इसका 604 बस 601 जाना 599 लगता 599 '
        'समाज 597 बीच 589 करती 588 जाएगा 588 भर 588 याद 588 अलग 585 यही 585 चुनाव 574 '
        'जगह 573 आदमी 572 गयी 572 राज्य 572 लिये 572 दौरान 568 बारे 565 यहां 555 ठीक 553 '
        'लगे 553 शुरू 553 हूं 549 दें 544 सिर्फ 544 आये 543 केवल 541 वही 540 क्यों 539 '
        'उन 533 तरफ 532 मगर 530 आगे 523 भाई 515 बताया 513 भगवान 513 इससे 505 रात 505 '
        'प्रकार 504 कौन 502 हमें 502 देना 500 उत्तर 496 उसने 494 मिला 491 पूरा 489 किए 487 '
        'प्राप्त 484 मैंने 484 मेरा 479 व्यक्ति 479 काफी 475 कहते 472 देते 472 होगी 472 '
        'वाला 471 उसका 469 मांग 466 चल 450 जनता 447 इतना 445 परिवार 445 मन 440 जिससे 438 '
        'इसमें 435 चार 435 जारी 435 दूर 435 प्रेम 435 आदि 431 दूसरे 430 आपकी 428 आया 428 '
        'बच्चे 428 भाषा 428 रह 428 धर्म 427 पे 427 बच्चों 424 अच्छा 422 जबकि 420 बन 420 '
        'सही 420 अच्छे 417 सकती 416 सा 413 जय 412 मामले 410 हों 405 उससे 403 भाजपा 403 '
        'जानकारी 401 बिना 401 होना 401 कोशिश 400 मंत्री 399 बंद 396 पूर्व 391 कहीं 387 '
        'कल 386 जिसे 383 सामने 383 सुरक्षा 383 प्रति 379 जन्म 376 समझ 376 पिता 372 बता 372 '
        'इतनी 369 जहां 369 कार्य 367 बल्कि 366 वहीं 366 शहर 363 शामिल 361 माँ 357 रहता 356 '
        'उपयोग 355 जांच 354 दिनों 354 प्रतिशत 354 विभिन्न 354 साझा 354 करेंगे 351 जान 351 '
        'देख 351 बिहार 351 अमेरिका 350 नई 347 पहली 347 मां 347 होकर 347 करे 345 बड़ा 345 '
        'वहां 344 शायद 344 खिलाफ 341 विशेष 341 साहब 341 कब 339 करो 339 हमारी 339 '
        'यात्रा 338 पत्नी 336 आए 335 रंग 335 हमने 335 होंगे 335 सी 332 ध्यान 328 प्यार 328 '
        'प्रयोग 328 ली 328 हिंदी 328 अच्छी 325 लग 325 विश्व 325 आम 323 गांधी 323 देखा 323 '
        'पद 323 हाथ 323 चुके 321 ज्ञान 321 अंग्रेजी 319 देता 319 पानी 319 यहाँ 319 '
        'मुख्यमंत्री 318 पिछले 317 रहेगा 317 युद्ध 315 कह 314 सुबह 314 स्कूल 312 आई 310 '
        'गीत 310 तू 310 विश्वास 310 इसकी 306 लाख 306 लेते 306 स्थान 306 अनुसार 302 '
        'जिसमें 302 बड़े 301 मंदिर 301 लाल 300 करोड़ 298 टीम 298 मीडिया 298 शब्द 298 '
        'हमेशा 298 रहने 297 आता 295 नए 294 बीजेपी 294 गांव 292 जाएगी 292 वर्ष 292 '
        'स्थिति 292 कंपनी 289 थीं 289 राम 289 ऊपर 287 खाने 287 इतने 284 पाकिस्तान 284 '
        'वालों 284 आपका 283 अलावा 280 छोड़ 280 जिसके 280 मिले 280 हाल 279 चुका 277 '
        'नेता 277 विभाग 277 पहचान 275 बनाया 274 महिला 273 आती 270 छोटे 270 मौत 270 '
        'विचार 270 सोच 270 बड़ी 268 आधार 267 लिखा 267 उसमें 266 गये 266 जिंदगी 266 '
        'पाया 266 प्रयास 266 भरोसा 266 मिनट 266 कुमार 264 सवाल 264 ऐसी 263 बाहर 263 '
        'देखने 261 शरीर 261 नया 258 चाहते 254 दिए 254 रखा 254 माना 253 यादव 253 '
        'इस्तेमाल 251 प्रधानमंत्री 251 जैसा 250 किस 247 योजना 247 राहुल 247 सारी 247 '
        'सारे 247 जवाब 245 बैंक 245 कहना 243 चला 243 राष्ट्रीय 243 हिन्दी 243 देखें 242 '
        'स्तर 242 उसी 240 दूसरी 240 देती 237 पूर्ण 237 प्रदान 237 महिलाओं 237 रख 237 '
        'मिलता 235 पूरे 234 कोर्ट 233 गलत 233 डॉ 233 ताकि 233 रुपये 233 सम्मान 233 '
        'देखते 230 पैदा 230 यदि 230 शाम 230 पांच 228 तेरे 226 शिक्षा 226 कहानी 223 खेल 223 '
        'बने 223 अन्ना 221 अर्थ 221 इधर 221 कृषि 221 खाना 221 गाँव 221 चारों 221 जगत 221 '
        'दिये 221 दूसरा 221 प्रस्तुतकर्ता 221 बाकी 221 बड़ी 221 भरा 221 महत्वपूर्ण 221 '
        'मान 221 माहौल 221 राशि 221 लगती 221 लें 221 हत्या 221 आते 220 सेवा 218 हमारा 218 '
        'जिला 217 मतलब 217 खान 214 विधानसभा 214 लगभग 211 सच 211 देंगे 209 निर्माण 209 '
        'पैसे 209 तेरी 206 माता 206 ए 204 इतिहास 203 मार 203 बदल 201 मिली 201 जहाँ 199 '
        'बनाने 199 हिन्दू 199 केंद्र 198 इंडिया 196 ऑफ 196 आपने 195 रहते 195 कार्यक्रम 193 '
        'नगर 193 पति 193 कानून 191 कितने 191 लेना 191 सर 191 अगस्त 189 एंड 189 शक्ति 189 '
        'समर्थन 189 लड़की 188 सरकारी 188 चले 186 जिसने 186 माध्यम 186 राज 186 राजा 186 '
        'नीचे 185 भाग 185 आरोप 184 महीने 184 रखने 184 राजनीति 184 हेतु 184 तैयार 182 '
        'मुख्य 179 अंतिम 177 अधिकारी 177 अनुभव 177 अवसर 177 आर्थिक 177 कृष्ण 177 '
        'केजरीवाल 177 खबर 177 घटना 177 चरण 177 चलते 177 डर 177 तमाम 177 तहत 177 तीनों 177 '
        'तुम्हारे 177 तेज 177 दिखाई 177 धन 177 नजर 177 पहला 177 पाए 177 फीसदी 177 फूल 177 '
        'बचाने 177 बताते 177 बनने 177 मई 177 मामलों 177 मौके 177 योगदान 177 रहती 177 '
        'रास्ते 177 लिख 177 वित्तीय 177 शांति 177 संचार 177 सहायता 177 लगी 176 चीन 173 '
        'अध्यक्ष 170 दर्द 170 बजे 170 मत 170 लो 170 हे 170 राजस्थान 167 किये 164 पसंद 159 '
        'वजह 159 व्यवस्था 159 लेने 158 कितना 156 जाये 154 जीत 154 तौर 154 मदद 154 वापस 154 '
        'सेना 154 प्रमुख 151 विधायक 151 उम्र 149 कश्मीर 149 तेरा 149 प्रदर्शन 149 '
        'स्थित 149 द 148 करेगा 146 पड़ा 146 विरोध 146 काल 144 बनी 144 बाबा 144 वोट 144 '
        'पीछे 141 जानते 140 इनके 137 उनको 137 मै 132 बोल 128 सके 128 बाप 122 वैसे 120 '
        'हालांकि 117 कहाँ 114 जिले 114 शादी 114 संख्या 112 बिजली 110 अंदर 107 बहन 107 '
        'वीडियो 104 शुभकामनाएं 102 चाहता 100 लोगो 100 चाहे 98 धीरे 98 जल 96 जैसी 96 '
        'पंजाब 96 वहाँ 96 हिंदू 96'), _table(
        'क 109949 र 103911 न 69937 ह 67762 स 64462 त 58499 म 54299 ल 44362 प 42224 य 37350 '
        'द 32062 व 29475 ज 28987 ग 26587 ब 25800 अ 15937 भ 15112 च 14400 ए 13800 श 13387 '
        'आ 12562 ट 12075 थ 10950 इ 10350 ख 9600 उ 9487 ध 8400 ड 8175 फ 7125 ष 6787 औ 6450 '
        'ई 5887 ण 4575 छ 3487 झ 2625 ठ 2550 घ 2475 ओ 2100 ड़ 1237 ढ 1200 ऐ 1087 ञ 562 ऊ 525 '
        'ढ़ 375 ऑ 337 ज़ 300 ऋ 112 फ़ 112'), (629, 81, 59)),
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
        'č 9927 h 8151 š 7890 ć 5893 ž 5783 f 3043 đ 1983 w 317 y 317 x 289 q 83'), (363, 71, 44)),
    'hu': ('latin', _table(
        'a 95675 az 33433 és 21452 hogy 13428 nem 13011 is 11910 egy 11456 de 6211 '
        'meg 5636 volt 4934 csak 4345 ez 4272 ha 4026 vagy 3798 van 3798 már 3606 még 3224 '
        'el 2968 mint 2666 ki 2568 én 2550 magyar 2325 ezt 2309 kell 2263 azt 2260 '
        'akkor 2058 így 1981 most 1941 minden 1899 után 1864 jó 1839 sem 1820 nagy 1716 '
        'mert 1712 majd 1690 lehet 1684 új 1647 be 1595 két 1560 nagyon 1551 itt 1521 '
        'úgy 1513 mi 1501 olyan 1455 pedig 1450 es 1397 aki 1393 ami 1374 fel 1317 '
        'amikor 1313 ilyen 1264 lesz 1248 amely 1167 szerint 1167 egyik 1127 e 1102 '
        'volna 1092 amit 1076 ben 1063 első 1055 s 1051 nincs 1048 több 1009 vagyok 976 '
        'által 963 között 957 sok 945 mindig 934 ne 933 ezek 930 hanem 883 mit 879 '
        'nemzeti 865 három 861 alatt 856 ma 856 le 854 jól 829 lenne 826 ott 820 más 817 '
        'való 796 arra 781 ember 764 miatt 764 ban 746 ennek 746 kis 742 te 736 ezért 735 '
        'vannak 735 éves 735 miért 728 számára 728 ebben 725 hát 725 át 718 tudom 716 '
        'azonban 690 saját 685 igen 684 azért 671 milyen 649 emberek 644 erdélyi 638 i 637 '
        'ő 634 akik 633 ahol 627 aztán 627 nekem 615 hozzá 614 című 598 nélkül 594 '
        'együtt 581 valami 570 éppen 568 egész 562 mellett 561 nap 558 rá 551 lett 547 '
        'ahogy 542 év 536 maga 534 annak 532 jobban 527 másik 524 illetve 507 neki 498 '
        'jobb 496 előtt 491 t 491 hogyan 490 valamint 490 áll 487 legjobb 484 budapest 478 '
        'hosszú 477 kicsit 477 szent 474 során 472 közül 463 mindenki 463 talán 456 '
        'alapján 447 bár 446 kellett 446 voltak 446 se 445 mind 441 ezzel 433 néhány 433 '
        'egyetlen 431 módon 431 utolsó 431 tehát 428 benne 422 évek 421 erre 418 '
        'lászló 417 egyszer 411 politikai 410 program 410 román 410 társadalmi 410 '
        'négy 402 teljes 401 túl 399 sokkal 393 mikor 388 vissza 387 mindent 386 semmi 386 '
        'élő 386 országos 385 legyen 376 tovább 376 került 375 mondta 372 vele 371 the 369 '
        'viszont 368 szinte 366 szép 366 azok 364 tartott 364 inkább 360 teljesen 360 '
        'követően 358 magát 356 mai 356 város 356 abban 353 gazdasági 352 második 350 '
        'világ 348 újra 348 ahhoz 345 legnagyobb 345 jános 342 őket 342 közel 340 '
        'mintha 337 ellen 336 ezen 331 persze 331 belül 330 európa 328 fontos 327 hol 327 '
        'akár 326 sikerült 326 játék 325 kérdés 323 vált 323 általában 323 össze 323 '
        'arról 320 újabb 320 amelyet 319 rmdsz 319 állt 319 európai 318 férfi 318 '
        'egyes 317 jelenleg 317 án 317 elég 316 maradt 315 ország 311 része 311 '
        'legalább 310 tette 309 valaki 308 azzal 306 ide 306 míg 299 c 296 mely 295 re 295 '
        'tud 295 tényleg 294 ja 291 oda 291 pár 291 km 290 vagyunk 290 hét 289 nagyobb 288 '
        'éve 288 csapat 287 tudja 286 jelent 284 évben 284 helyi 282 fog 281 készült 281 '
        'neked 281 kapott 278 jár 275 na 275 fél 274 fiatal 273 iskola 273 kolozsvári 273 '
        'kulturális 273 székely 273 szóval 273 tíz 273 attól 271 egyébként 271 női 271 '
        'szabad 271 szépen 271 amelyek 269 rossz 269 voltam 269 felé 268 szerintem 268 '
        'fő 265 jön 265 magyarország 265 további 265 végén 265 józsef 263 különleges 263 '
        'munka 262 szeptember 261 kapcsolatban 260 annyira 259 bele 259 este 259 idő 259 '
        'különböző 259 öt 259 isten 257 mégis 257 rajta 257 óta 257 addig 254 azon 253 '
        'biztos 251 mivel 251 elő 249 harmadik 249 keresztül 249 német 249 péter 249 '
        'összes 249 ismét 246 nemzetközi 246 április 246 egyre 242 fekete 242 hat 241 '
        'utána 241 elmúlt 239 tudod 239 történt 239 ment 237 először 236 kéne 236 of 236 '
        'kormány 234 köszönöm 234 annyi 232 következő 232 pont 232 egyéb 230 érdekes 230 '
        'részt 229 adta 228 civil 228 csupán 228 déli 228 esetében 228 hiszen 228 '
        'magyarság 228 mihály 228 nyugati 228 tart 228 tartozó 228 templom 228 ugyan 228 '
        'állampolgárok 228 álló 228 érkezett 228 északi 228 õ 228 dolog 227 n 227 os 227 '
        'hasonló 224 fehér 223 kb 223 soha 223 szó 223 hazai 222 körül 222 stb 222 '
        'évvel 222 angol 220 valószínűleg 220 venni 220 például 219 közé 218 nekik 218 '
        'általános 218 dr 215 emberi 214 idén 214 látható 214 mennyi 214 található 214 '
        'amíg 211 korábban 211 megy 211 amerikai 208 baj 208 jött 208 neve 208 nézd 208 '
        'on 208 kívül 206 március 206 as 204 hiszem 203 budapesti 201 száma 201 épp 201 '
        'ért 201 közben 200 ezeket 198 ezer 198 millió 198 többi 198 ig 197 sokat 197 '
        'alá 196 ferenc 196 ház 196 régi 193 ti 193 v 193 hatalmas 191 lévő 191 tudjuk 191 '
        'kedves 190 óra 190 ők 190 mennyire 189 szóló 189 u 189 utca 189 erős 187 '
        'magas 187 p 187 senki 187 tudni 187 ám 187 in 186 magam 186 akinek 184 ebből 184 '
        'ahogyan 182 bizonyos 182 bukaresti 182 d 182 döntött 182 egyház 182 elsõ 182 '
        'előadást 182 erdély 182 eredménye 182 esetben 182 ezúttal 182 falu 182 '
        'figyelmet 182 folyamatosan 182 hisz 182 hivatal 182 irodalmi 182 jelen 182 '
        'jogi 182 katolikus 182 kelemen 182 kezdődik 182 kisebbségek 182 kisebbségi 182 '
        'közösségi 182 külön 182 lenni 182 lesznek 182 létre 182 megyében 182 '
        'polgármester 182 probléma 182 ránk 182 székelyudvarhelyi 182 színes 182 '
        'szükséges 182 tudok 182 tudott 182 utcai 182 vasárnap 182 vonatkozó 182 állam 182 '
        'él 182 élni 182 azokat 180 eddig 180 ehhez 180 gyerek 180 hely 180 igazi 180 '
        'istván 180 lány 180 láttam 180 mire 180 szintén 180 tamás 180 vége 180 végre 180 '
        'gyerekek 178 m 178 mondja 178 született 178 new 177 jutott 176 szemben 176 '
        'helyet 174 időben 174 kellene 174 perc 174 állami 174 érdemes 174 eredeti 172 '
        'hamarosan 172 lehetett 172 rendszer 172 zoltán 172 akar 171 király 171 út 171 '
        'ft 170 gyakran 170 igaz 170 mindenkinek 170 oldalon 170 pénzt 170 vagyis 170 '
        'sokan 169 k 168 többet 168 évi 168 film 166 holnap 166 komolyan 166 később 166 '
        'élet 166 őt 166 helyen 163 pl 163 reggel 163 ugye 163 ennyi 160 miután 160 ön 160 '
        'nő 154 x 154 et 153 b 151 engem 151 igazán 151 egyszerűen 150 sajnos 150 akit 148 '
        'rövid 148 szia 148 tökéletes 148 minket 146 orosz 146 l 144 megyek 144 velem 144 '
        'boldog 143 mondom 143 tett 143 egyszerű 141 tudtam 141 október 139 otthon 139 '
        'sosem 139 magyarországon 138 megint 138 ad 137 akiknek 137 akkoriban 137 '
        'alkotmány 137 amint 137 azaz 137 belőle 137 csíkszeredában 137 címmel 137 '
        'december 137 egyaránt 137 egyben 137 egymás 137 egymástól 137 elmondta 137 '
        'említett 137 felett 137 felmérés 137 felszerelés 137 felől 137 függetlenül 137 '
        'hoztak 137 idején 137 jut 137 jóval 137 kap 137 keretében 137 keretén 137 '
        'kifejtett 137 királyi 137 képest 137 készültek 137 köszönhetően 137 kötet 137 '
        'közbe 137 köztük 137 közölt 137 különbözô 137 legfontosabb 137 legmagasabb 137 '
        'lej 137 lát 137 látogató 137 létezik 137 megyei 137 melyek 137 melyet 137 '
        'melynek 137 miniszter 137 nekünk 137 nemzet 137 néven 137 patak 137 '
        'politikusok 137 problémát 137 párt 137 pénteken 137 részén 137 segítségével 137 '
        'szeretettel 137 szerinti 137 szinten 137 székelyföld 137 széles 137 szól 137 '
        'sőt 137 történelmi 137 től 137 utáni 137 viselő 137 válik 137 vállalt 137 '
        'életét 137 érdeklődés 137 budapesten 135 múlva 135 adott 134 akarok 134 értem 134 '
        'en 133 esetleg 133 családi 131 egyáltalán 131 látni 131 pontosan 131 történik 131 '
        'vár 131 érte 131 fogja 129 marad 129 képes 128 akartam 127 francia 127 '
        'gondoltam 127 kész 127 rész 127 szívesen 127 február 125 kisebb 125 néha 125 '
        'róla 125 valamit 125 vettem 125 előre 123 mondani 123 remélem 122 végül 122 '
        'ii 120 nehéz 120 semmit 120 h 117 online 117 fogok 114 leszek 114 menni 114 '
        'rád 114 hivatalos 110 szeretnék 110 augusztus 107 gyorsan 107 tetszik 107 mm 104 '
        'nak 104 tegnap 104 megvan 102 o 100 sincs 100 érzem 100 haza 98 számos 98 alig 96 '
        'anya 96 közös 96 majdnem 96 rám 96 szeretem 96 tól 96 család 93 egyedül 93 '
        'egészen 93 gyönyörű 93 helyett 93 ra 93 sorozat 93 and 91 egyet 91 komoly 91 '
        'azonnal 89 elleni 89 nek 89 g 87 http 87 ideje 87 tenni 87 akarom 85 erről 85 '
        'főleg 85 napon 85 nyári 85 ok 85 r 85 to 83 tv 83 adatok 81 fiú 81 napot 81 '
        'néz 81 tettem 81 szeretlek 79 hittem 78 john 78 melyik 78 sz 78 szám 78'), _table(
        'e 100523 a 91022 t 80047 l 61914 s 59807 n 55579 k 51690 z 42646 i 42056 r 41688 '
        'o 41423 á 36812 é 34544 m 34131 g 33203 y 22376 b 20004 d 19194 v 18472 h 15276 '
        'p 11726 u 11416 j 11136 ö 10253 ó 9604 f 9442 c 7586 í 6010 ü 5657 ő 5509 ú 3359 '
        'õ 2622 ű 1326 û 958 ô 471 x 265 w 147 å 59'), (435, 87, 41)),
    'hy': ('armenian', _table(
        'է 47352 են 13215 և 12389 որ 11196 ու 6332 ի 6057 համար 5323 այս 4955 եւ 4588 '
        'էր 4130 հետ 4130 մասին 3946 այդ 3671 իր 3671 ենք 3487 չի 3487 եմ 3395 '
        'հայաստանի 3395 այն 3304 ես 3304 թե 3304 մի 3304 էլ 3120 ին 2661 պետք 2661 '
        'անգամ 2570 եթե 2570 կարող 2478 մեջ 2386 ոչ 2386 ավելի 2294 ինչ 2294 հհ 2294 '
        'ինչպես 2202 մեր 2202 առաջին 2111 բայց 2111 բոլոր 2111 երբ 2111 իսկ 2111 այլ 2019 '
        'եք 2019 չէ 2019 ն 1927 նոր 1927 րդ 1927 իմ 1835 շատ 1835 դա 1744 ինձ 1744 '
        'իրենց 1744 կամ 1744 ում 1744 արդեն 1652 ժամանակ 1652 հայ 1652 հայաստանում 1652 '
        'ձեր 1652 նրա 1652 վրա 1652 մեծ 1560 նաև 1560 չեն 1560 ապա 1468 ը 1468 '
        'հայկական 1468 մեկ 1468 միջազգային 1468 որպես 1468 էին 1377 հետո 1377 նա 1377 '
        'քանի 1377 այսօր 1285 եվ 1285 մոտ 1285 հայտնի 1193 մենք 1193 որոնք 1193 քան 1193 '
        'դեմ 1101 խոշոր 1101 կարելի 1101 միայն 1101 տարի 1101 քաղաքական 1101 օր 1101 '
        'ամեն 1009 առաջ 1009 ասում 1009 դուք 1009 երկու 1009 հհկ 1009 նման 1009 որը 1009 '
        'առանց 918 լավ 918 հենց 918 հիմա 918 մեզ 918 նախագահ 918 տեղի 918 տեսանյութ 918 '
        'ա 826 ամն 826 այսինքն 826 ասաց 826 դեպքում 826 դուրս 826 դրա 826 եղել 826 '
        'հայոց 826 հանրապետության 826 հարցում 826 նրանց 826 ո 826 պաշտպանության 826 '
        'պատճառով 826 պիտի 826 վերջին 826 ադրբեջանական 734 ադրբեջանի 734 ամբողջ 734 '
        'գլխավոր 734 դարձել 734 ից 734 կա 734 կարեն 734 կլինի 734 կողմից 734 '
        'հայտարարել 734 մարդիկ 734 ունեցել 734 ունի 734 չեմ 734 պաշտոնական 734 ստացել 734 '
        'բան 642 գործող 642 դրամ 642 ըստ 642 թվականի 642 լավագույն 642 լինում 642 '
        'կարծում 642 հազար 642 հայաստան 642 հաշվի 642 հֆհհ 642 մինչև 642 նրան 642 որն 642 '
        'որպեսզի 642 ունեն 642 ռուսաստանի 642 սահմանված 642 սարգսյանը 642 վերաբերյալ 642 '
        'տարվա 642 տնտեսական 642 ւ 642 այժմ 551 անդամ 551 արտաքին 551 բարձր 551 դեռ 551 '
        'եկավ 551 եկեղեցու 551 երազում 551 երբեմն 551 երկրի 551 երկրորդ 551 երևանի 551 '
        'ընթացքում 551 ժամը 551 ինչո 551 իրեն 551 համակարգ 551 հանդես 551 հերթական 551 '
        'հին 551 հրապարակ 551 մարդկանց 551 միջոցով 551 նաեւ 551 նույն 551 նրանք 551 '
        'շնորհակալություն 551 ռուսական 551 սակայն 551 սեփական 551 սուրբ 551 տեր 551 '
        'տվել 551 ք 551 օրը 551 ևս 551 ազգային 459 աժ 459 ակտիվ 459 ամերիկյան 459 ամյա 459 '
        'այնպես 459 այնտեղ 459 այնքան 459 անց 459 աշխարհի 459 ապհ 459 արցախի 459 '
        'բազմաթիվ 459 գ 459 գագիկ 459 գալիս 459 գտնվող 459 դարձավ 459 դոլար 459 դրանք 459 '
        'երաժշտության 459 երկիր 459 երրորդ 459 էի 459 ընդունված 459 թվականին 459 '
        'ժողովուրդ 459 իրավական 459 լինել 459 լինելու 459 լինի 459 լուսանկարներ 459 '
        'խաղի 459 խմբի 459 կազմում 459 կապված 459 կարիք 459 կարողանում 459 համաձայն 459 '
        'հայաստանը 459 հասել 459 հատկապես 459 հոկտեմբերի 459 ճիշտ 459 մ 459 '
        'մասնագետներ 459 մարտի 459 մէջ 459 միասնական 459 մինչ 459 մինչեւ 459 մլն 459 '
        'նախագահի 459 ներկայացնում 459 նչ 459 շարունակում 459 ողջ 459 ովքեր 459 որտեղ 459 '
        'ունենք 459 ունեցած 459 ունեցող 459 չ 459 չէր 459 պատմության 459 պատրաստ 459 '
        'պբ 459 պետական 459 ռոբերտ 459 սա 459 սիրում 459 սպասվում 459 վերջնական 459 '
        'տան 459 տարբեր 459 տեսել 459 փաստ 459 փետրվարի 459 փոքր 459 քաղաքապետի 459 '
        'քեզ 459 քրեական 459 ադրբեջանը 367 այդպիսի 367 այնուհետև 367 անցած 367 անցնում 367 '
        'աշխատանքը 367 աշխատում 367 աշխարհը 367 աշխարհում 367 ապրիլի 367 առավել 367 '
        'առաքելական 367 առջև 367 ասել 367 աստված 367 ավելին 367 արմեն 367 արտակարգ 367 '
        'բաժնի 367 բերել 367 բհկ 367 բնության 367 բոլորի 367 գործ 367 գործունեության 367 '
        'դաշինքի 367 դասական 367 դեպի 367 դեռևս 367 դժվար 367 դիմաց 367 դու 367 '
        'դպրոցում 367 ենթակա 367 երեխան 367 երեկ 367 երեք 367 երկար 367 զինված 367 էս 367 '
        'ընդհանուր 367 թիվը 367 թվում 367 իհարկե 367 ինչը 367 իրականացնել 367 լայն 367 '
        'լուրջ 367 լևոն 367 խորհրդի 367 ծրագիրը 367 ծրագրեր 367 կազմակերպության 367 '
        'կառավարության 367 կառավարությունը 367 կյանքը 367 կյանքի 367 կնոջ 367 կոմիտեի 367 '
        'կուսակցության 367 կրակի 367 կրկին 367 համայնքի 367 համեստ 367 հայտնել 367 '
        'հանդիպման 367 հասարակական 367 հետագայում 367 հետևյալ 367 հերթին 367 հոգևոր 367 '
        'ձեզ 367 ձեռք 367 միշտ 367 միջնակարգ 367 միջև 367 մյուս 367 մտածում 367 '
        'նախագահը 367 նախարար 367 նախարարությունը 367 նախընտրական 367 նշեց 367 '
        'նպատակով 367 շարք 367 շենքի 367 շրջանակներում 367 ով 367 որի 367 որոնց 367 '
        'որոշ 367 ուղարկել 367 ուրախ 367 չափը 367 չնայած 367 չունի 367 պնդում 367 '
        'սեյրան 367 սեպտեմբերի 367 սկսում 367 ստեղծել 367 վարչական 367 վերաբերում 367 '
        'վիճակը 367 տարբերակ 367 տեղեկատվական 367 տեսակների 367 տեսնում 367 ցանկանում 367 '
        'ցանկացած 367 ցույց 367 ւմ 367 փաստով 367 քաղաքի 367 քիչ 367 օրինակ 367 ապագա 275 '
        'գրանցված 275 ժամ 275 նախատեսված 275 ներկա 275'), _table(
        'ա 160847 ն 96565 ր 77491 ո 73093 ե 67243 ի 56268 ւ 42589 մ 40169 կ 34418 տ 30347 '
        'յ 28582 ս 25721 հ 22832 վ 22761 լ 19857 ց 17138 թ 15971 դ 15715 ը 14604 ք 14149 '
        'գ 13608 պ 11743 ղ 10889 բ 10590 է 10533 ծ 8341 խ 7800 շ 7331 ռ 7032 չ 6491 զ 5452 '
        'ջ 5210 և 4228 ձ 3245 փ 2890 ժ 2818 օ 2277 ճ 2021 ֆ 1125'), (347, 87, 38)),
    'id': ('latin', _table(
        'yang 32442 dan 22596 di 16056 dengan 12662 ini 11973 itu 11275 untuk 9527 '
        'dari 9141 tidak 8607 akan 7251 dalam 6681 orang 6310 pada 5840 ada 5817 aku 5716 '
        'bisa 5532 adalah 5417 ke 5164 mereka 4700 juga 4449 menjadi 4315 kita 4025 '
        'dapat 3743 lebih 3743 telah 3697 karena 3670 anda 3452 oleh 3368 ia 3282 '
        'sudah 3282 bahwa 3232 saya 3108 atau 3052 harus 2690 apa 2678 sebagai 2610 '
        'ki 2479 dia 2427 tahun 2392 hari 2385 maka 2350 tapi 2327 banyak 2317 satu 2301 '
        'tetapi 2263 anak 2212 hanya 2190 ya 2184 jika 2171 kami 2160 baik 2142 lagi 2120 '
        'saja 2114 seperti 2090 saat 2014 kamu 1994 tak 1982 beberapa 1977 sangat 1968 '
        'hal 1945 masih 1943 kemudian 1894 lain 1862 semua 1777 indonesia 1774 pun 1670 '
        'jadi 1656 baru 1648 namun 1641 kepada 1633 bukan 1628 seorang 1628 tersebut 1628 '
        'para 1619 memiliki 1583 secara 1557 pernah 1538 agung 1458 dua 1411 sama 1385 '
        'sampai 1385 bagi 1375 kau 1344 mungkin 1340 tentang 1329 atas 1314 sebuah 1310 '
        'kali 1295 waktu 1290 sehingga 1271 kalau 1267 jalan 1263 mau 1250 jangan 1249 '
        'sendiri 1247 setelah 1241 rumah 1230 sekarang 1230 ingin 1212 salah 1199 '
        'belum 1198 mulai 1196 ketika 1192 tempat 1191 membuat 1176 kalian 1175 '
        'sedayu 1167 berada 1165 segera 1137 kembali 1132 bahkan 1108 apakah 1107 '
        'besar 1102 ternyata 1101 dilakukan 1098 memang 1096 selama 1083 dunia 1071 '
        'setiap 1061 benar 1060 diri 1045 hidup 1034 melakukan 1019 tinggi 1018 '
        'terjadi 1012 jakarta 994 memberikan 963 sedang 951 perusahaan 949 bagian 937 '
        'perlu 932 serta 926 penelitian 923 bersama 915 sekali 902 datang 899 merasa 899 '
        'kedua 878 pertama 877 demikian 875 lalu 875 muda 858 masa 845 antara 829 '
        'kecil 825 agar 824 kata 824 lainnya 824 negara 799 hati 795 merupakan 795 '
        'bahasa 793 cara 793 selalu 793 pasti 792 terhadap 780 berbeda 778 mana 776 '
        'siapa 776 menggunakan 775 tanggal 775 masyarakat 769 hasil 753 punya 739 lama 737 '
        'yaitu 735 mataram 729 luar 727 ilmu 718 malam 717 melihat 717 mendapatkan 712 '
        'bagaimana 704 bank 695 tentu 694 mampu 693 sementara 690 air 689 meskipun 689 '
        'terus 680 cukup 679 masing 664 mudah 664 sebelum 662 paling 661 on 656 cepat 654 '
        'daerah 651 hingga 650 tahu 650 suatu 649 bekerja 645 langsung 645 sebelumnya 639 '
        'lawannya 632 manusia 630 masalah 630 nama 623 pemerintah 623 tanpa 623 kota 622 '
        'proses 615 berbagai 612 tetap 612 pergi 609 meningkatkan 607 akhirnya 586 '
        'mempunyai 585 swandaru 583 berhasil 580 jauh 579 putih 578 begitu 574 menurut 574 '
        'kerja 573 seluruh 573 tubuh 572 bulan 571 masuk 571 wanita 571 program 566 '
        'dekat 564 jumlah 562 tanah 562 penting 560 produk 560 minggu 554 sebenarnya 554 '
        'makan 552 nya 552 seseorang 543 sakit 538 said 535 kenapa 534 kasih 533 tiga 531 '
        'si 526 sistem 526 terbaik 525 barat 523 dirinya 523 tingkat 523 dimana 518 '
        'mengambil 514 tugas 514 melalui 512 uang 510 mendapat 506 sekitar 496 '
        'berjalan 495 terakhir 495 termasuk 495 teman 494 inggris 492 sering 492 acara 491 '
        'tiba 491 berusaha 488 at 486 email 486 glagah 486 kiai 486 lawan 486 '
        'mahasiswa 486 pajang 486 semakin 486 ujung 486 yg 485 mata 482 terdapat 481 '
        'perjalanan 478 allah 469 mencari 469 sedangkan 469 sejak 469 jam 468 terlalu 468 '
        'i 467 al 465 jenis 465 nilai 463 pt 463 tengah 462 jawa 461 rasa 461 suara 461 '
        'maupun 460 pemain 459 berarti 457 nanti 457 usaha 457 indah 454 pula 454 lagu 452 '
        'itulah 450 menemukan 447 hukum 446 menunjukkan 446 suka 446 kepala 445 '
        'mengatakan 445 digunakan 439 berdiri 437 justru 437 keadaan 437 prajurit 437 '
        'tinggalkan 437 tuhan 437 kan 436 tim 433 minta 429 selain 428 a 427 tidur 427 '
        'data 423 disini 421 utama 421 kekuatan 420 sumber 420 sedikit 418 mencoba 417 '
        'sesuai 417 informasi 414 lakukan 414 mengalami 414 bila 413 tangan 413 foto 409 '
        'melawan 409 belajar 408 percaya 408 tepat 408 depan 406 mobil 402 belakang 401 '
        'bisnis 401 kegiatan 399 saling 399 sekolah 399 hampir 398 kelas 398 menarik 398 '
        'anggota 389 bali 389 gede 389 raden 389 sekar 389 d 387 bawah 385 the 385 '
        'keluar 380 dulu 379 buat 378 keras 378 sebagian 376 adanya 375 bahan 375 '
        'biasa 372 hubungan 372 keluarga 372 siap 372 kesempatan 368 bagus 366 ibu 364 '
        'kelompok 363 desa 360 penuh 360 pusat 360 ikut 359 sini 359 terlihat 359 '
        'jelas 356 memilih 356 bola 354 kuat 354 disebut 352 biasanya 350 pria 350 '
        'terima 350 selamat 346 kesehatan 345 negeri 345 alamat 340 gringsing 340 '
        'keduanya 340 kepentingan 340 mengembangkan 340 mengetahui 340 meninggalkan 340 '
        'padepokan 340 sabungsari 340 tenaga 340 laki 331 lihat 330 sesuatu 330 khusus 329 '
        'nomor 327 semoga 327 kasus 326 berubah 323 menit 323 apapun 321 kamar 320 '
        'tujuan 320 kurang 319 wilayah 317 bentuk 315 panjang 315 membantu 311 '
        'pendidikan 311 timur 311 bidang 309 ku 308 awal 306 berdasarkan 306 kini 306 '
        'menyebabkan 306 obat 306 tinggal 305 rp 304 alat 301 sisi 301 menerima 300 '
        'menuju 300 kaki 297 pekerjaan 297 presiden 297 mengenai 293 menunggu 293 raja 293 '
        'agaknya 292 apalagi 292 balasan 292 cancel 292 diharapkan 292 dipublikasikan 292 '
        'industri 292 investasi 292 itupun 292 kebutuhan 292 kehidupan 292 kulit 292 '
        'membuka 292 mirah 292 padukuhan 292 pasukan 292 pegawai 292 pemimpin 292 '
        'pertempuran 292 pihak 292 reply 292 sempat 292 sungguh 292 tangannya 292 '
        'wajah 292 berharap 290 memberi 290 mesin 290 semuanya 287 surat 287 barang 283 '
        'sang 283 sayang 281 berikut 280 boleh 280 nasional 280 sulit 279 tua 279 '
        'cinta 277 pilihan 277 islam 275 soal 275 bermain 272 aman 271 bangun 271 '
        'dibuat 271 jasa 271 media 271 mencapai 271 kadang 268 ketua 268 pagi 267 umum 267 '
        'ekonomi 266 kantor 266 berat 263 in 263 kabupaten 263 cerita 259 posisi 259 '
        'akhir 257 kesalahan 253 cuma 252 juta 252 coba 248 perempuan 248 demi 245 '
        'lewat 245 alap 243 berbuat 243 bergerak 243 cambuk 243 daripada 243 file 243 '
        'film 243 halaman 243 hutan 243 ilmunya 243 kemampuan 243 kemungkinan 243 '
        'ketiga 243 khususnya 243 kitab 243 kondisi 243 lahan 243 listrik 243 mas 243 '
        'meloncat 243 mengerti 243 menimbulkan 243 menyadari 243 pelanggan 243 '
        'pengambilan 243 pengawal 243 peningkatan 243 perhatian 243 persen 243 peserta 243 '
        'rara 243 sifat 243 signifikan 243 sikap 243 studi 243 suami 243 surabaya 243 '
        'ti 243 universitas 243 untara 243 visi 243 widura 243 wulan 243 kehilangan 238 '
        'daftar 235 lima 235 murah 235 nah 235 segala 235 yah 235 harga 230 ruang 230 '
        'tadi 230 buku 228 bandung 226 maaf 224 jawab 223 musik 223 pulau 223 cari 222 '
        'makanan 222 mati 222 bilang 218 resmi 218 situs 218 takut 218 berita 217 '
        'nyaman 217 pesan 217 alam 214 aplikasi 214 no 214 rata 214 senang 214 '
        'sepanjang 214 sosial 214 inilah 212 lokasi 212 m 212 of 212 ulang 212 warga 211 '
        'artinya 209 mengikuti 209 walaupun 209 butuh 208 pesawat 208 badan 207 '
        'dikenal 207 meski 207 pak 207 pasar 207 s 207 menjaga 204 arah 202 muncul 200 '
        'pulang 200 jatuh 196 menang 196 agak 194 antar 194 bantuan 194 biaya 194 dana 194 '
        'diantara 194 dibandingkan 194 joko 194 kademangan 194 kualitas 194 majalah 194 '
        'mendengar 194 mengatasi 194 meningkat 194 mu 194 organisasi 194 partai 194 '
        'penerimaan 194 perkembangan 194 pertanian 194 tajam 194 teknologi 194 tiap 194 '
        'guru 193 video 190 asal 186 dr 186 b 183 batu 183 namanya 183 silahkan 183 '
        'april 180 peduli 180 sana 180 dasar 178 agama 174 alasan 174 gak 174 kabar 174 '
        'sehat 174 to 174 bumi 171 tanda 171 dapatkan 170 iya 169 laut 169 meninggal 169 '
        'panas 169 pasangan 169 menulis 166 pertandingan 166 pertanyaan 163 rasanya 163 '
        'sma 163 macam 161 tunggu 161 membawa 158 meminta 158 minum 158 satunya 158 '
        'ayah 156 bertahan 156 bertemu 156 pantai 156 cantik 154 hai 154 km 154 naik 154 '
        'gambar 153 gratis 153 amerika 151 berapa 151 kapan 151 t 151 permainan 144 '
        'dirimu 141 lupa 141 ah 138 api 138 ingat 138 musim 138 empat 134 jepang 134 '
        'kapal 134 selesai 134 warna 134 oh 132 besok 128 diam 128 perang 128 polisi 128 '
        'tau 128 yakin 128 berasal 125 darah 125 asli 122 buruk 122 berhenti 120 '
        'pribadi 120 ayo 117 biar 117 main 117 merah 117 terbaru 117 berikan 114 '
        'dokter 114 mengapa 114 nggak 114 sebanyak 114 you 114 buka 112 hilang 112 g 110 '
        'hitam 110 oke 107 sempurna 107 and 104 kebanyakan 104'), _table(
        'a 197634 n 105126 e 81098 i 75867 u 51340 t 50954 r 48990 k 48958 g 43405 m 42553 '
        's 42456 d 40412 l 32043 p 31947 b 25525 h 23175 y 18138 o 14984 j 9930 w 5504 '
        'c 5424 f 2816 v 1094 x 241 z 225 q 161'), (574, 100, 42)),
    'is': ('latin', _table(
        'og 42153 í 39951 að 34918 á 25994 er 23870 sem 19648 til 13090 um 10122 en 10109 '
        'ekki 9662 við 9252 með 8758 af 7958 fyrir 7697 var 7602 hann 7469 ég 7378 '
        'það 6625 eru 5795 frá 5196 því 5174 þar 4083 hefur 3532 eða 3513 eftir 3500 '
        'verið 3469 þá 3382 hafa 3182 svo 3122 hún 2962 vera 2675 ef 2669 þegar 2460 '
        'þeir 2448 þetta 2448 nú 2410 þess 2406 úr 2295 eins 2220 fram 2213 þeim 2194 '
        'sér 2131 upp 2082 sé 1977 út 1938 mér 1890 hér 1795 þú 1773 þeirra 1707 voru 1694 '
        'yfir 1685 sig 1588 vel 1490 vegna 1487 einnig 1483 hjá 1482 gera 1434 kemur 1427 '
        'allt 1421 getur 1399 bara 1375 hans 1352 verður 1347 okkar 1328 væri 1320 '
        'hafi 1309 þau 1261 þó 1236 undir 1227 hvað 1201 okkur 1195 inn 1191 saman 1172 '
        'koma 1165 kom 1101 honum 1071 dag 1019 mjög 1008 síðan 1000 fá 999 áður 990 '
        'hvernig 987 tíma 976 þessu 949 líka 935 fara 927 heldur 926 sama 925 menn 914 '
        'hins 894 fór 887 sinni 869 sjá 867 mun 837 íslands 837 árið 830 kl 816 einn 815 '
        'skal 815 meira 805 gert 803 hafði 803 alla 787 má 786 enn 783 vegar 781 ár 780 '
        'sínum 774 ára 762 taka 755 aftur 745 sína 739 fer 733 gegn 724 segir 724 '
        'ásamt 724 allir 721 hvort 721 hefði 717 henni 717 milli 711 mikið 710 hennar 705 '
        'sú 705 m 700 of 688 d 684 hægt 683 þær 680 segja 674 reykjavík 667 verða 663 '
        'fyrsta 657 sagði 657 eitt 656 rétt 656 a 648 maður 634 annars 632 fólk 627 '
        'hef 616 sá 615 close 612 connection 612 date 612 gmt 612 vilja 612 án 602 '
        'þarf 602 niður 601 annað 596 ekkert 592 sæti 591 orðið 589 öllum 589 samt 586 '
        'geta 580 árum 577 finnst 576 svona 567 alveg 561 komið 548 þessum 548 þér 534 '
        'öll 532 hver 531 sett 529 t 521 gott 520 vinna 520 meðal 517 öðrum 513 eiga 509 '
        'íslandi 509 þátt 509 myndi 505 aldrei 501 farið 499 enda 494 aðeins 493 séu 493 '
        'mig 488 evrópu 487 miklu 487 finna 485 sinn 485 aðrir 484 halda 484 auk 479 '
        'stað 479 varð 476 þann 476 kr 472 þessi 472 veit 464 grein 463 sitt 463 '
        'stjórn 463 fyrst 461 bæði 460 leið 459 gaman 458 áfram 458 þessa 458 samkvæmt 455 '
        'tók 444 þig 444 þið 444 alls 440 hverju 439 alltaf 438 allar 437 konar 436 '
        'utan 435 hana 424 hluti 423 eina 418 i 418 núna 414 eitthvað 411 ykkur 411 '
        'hætta 410 innan 410 fékk 408 net 408 verði 408 tekur 407 ein 403 erum 403 oft 403 '
        'láta 399 máli 399 febrúar 398 fimm 394 tekið 394 hélt 387 sín 386 væru 386 '
        'fyrr 377 leita 376 betur 372 e 368 fleiri 367 hluta 367 börn 366 ári 366 dæmi 365 '
        'hversu 365 nema 362 kannski 358 öllu 353 önnur 353 já 352 nær 352 þannig 349 '
        'landsins 348 enginn 345 mín 345 íslensku 342 einu 341 þarna 340 lagi 339 '
        'kvenna 338 daginn 336 gegnum 333 gerð 333 jón 333 tala 333 erfitt 330 jul 327 '
        'fengið 326 sagt 326 hvert 325 efni 321 mál 321 hinn 318 stendur 318 desember 316 '
        'langt 311 notað 311 vita 311 held 309 hvar 309 mynd 309 nota 308 ná 308 búa 307 '
        'ert 304 kvöld 304 nóvember 304 síðar 304 síðustu 304 átta 304 ætla 304 setja 302 '
        'allan 301 ísland 301 daga 298 frekar 298 október 298 fyrstu 295 janúar 295 '
        'upplýsingar 295 ágúst 295 áhrif 295 árinu 295 leik 293 heim 290 komin 289 s 289 '
        'tveimur 289 margir 288 ræða 287 aug 286 content 286 length 286 leyti 286 '
        'meðferð 286 málið 286 næstu 286 vakta 286 yrði 286 þessari 286 gefa 284 búið 283 '
        'hverjum 283 lagt 283 morgun 283 höfðu 280 land 280 neitt 280 átti 280 þeirri 280 '
        'aðra 273 mikil 273 sex 273 unnið 273 hvers 270 smá 270 betri 268 engin 266 '
        'fær 266 gerði 266 gefið 265 kominn 265 nokkuð 265 ný 263 sögu 263 þ 261 eigin 260 '
        'hlutverk 259 borð 256 sjö 256 tvö 255 landi 254 mörgum 254 the 254 ber 252 '
        'næst 252 höfum 251 nokkrum 251 einhvern 250 apríl 248 besta 248 jafnframt 248 '
        'áttu 248 leikur 246 nýtt 246 vinnu 246 dæmis 245 fjölskyldu 245 is 245 nafni 245 '
        'get 244 mann 244 minni 244 liðið 241 stundum 240 ætti 240 viku 239 gangi 237 '
        'hætti 237 meiri 237 tveir 237 maí 236 meðan 235 allra 234 eldri 234 fóru 234 '
        'helstu 234 mest 234 öðru 234 þessar 234 mismunandi 232 strax 229 stöðu 227 '
        'manna 226 tvær 226 átt 224 september 223 gæti 222 lok 222 talið 222 ljós 218 '
        'margar 218 einhver 216 mars 216 móti 216 notkun 216 þúsund 215 haft 213 lítið 213 '
        'víða 213 almennt 211 gengur 211 leggja 211 margt 211 orð 209 ýmsum 209 kaupa 207 '
        'nokkur 207 vill 206 fri 204 heiminum 204 krónum 204 lögð 204 mark 204 mikla 204 '
        'reglur 204 sitja 204 sumarið 204 ákvörðun 204 álit 204 gær 203 lesa 203 sínu 203 '
        'hið 202 engu 201 manni 201 skrifa 201 vinstri 201 formaður 199 gekk 199 hátt 199 '
        'myndir 199 nýja 199 munu 198 þremur 198 konur 196 landinu 194 seinna 194 '
        'ganga 192 komu 192 fjölda 191 hin 189 best 186 liggur 186 næsta 186 júní 185 '
        'frábær 184 sömu 184 fannst 182 gerir 182 lét 182 von 182 illa 179 lengur 179 '
        'sjálfur 179 vil 179 ársins 179 þriðja 179 b 178 jafnvel 178 þrátt 178 gaf 177 '
        'mitt 177 akureyri 175 lögum 175 milljónir 175 tvo 175 verk 173 haldið 172 '
        'gamla 171 hinum 171 standa 171 fyrri 169 kringum 169 minn 169 minna 169 '
        'samband 169 borginni 167 senda 167 heitir 166 reyna 166 undan 166 landið 165 '
        'uppi 165 arcgis 163 aðilar 163 beint 163 björn 163 efnið 163 ehf 163 eyða 163 '
        'fjölskyldumeðliminn 163 fátt 163 fólki 163 fólkið 163 fólks 163 gr 163 haldin 163 '
        'hvaða 163 ip 163 laga 163 leyfi 163 lighttpd 163 liverpool 163 niðurstöður 163 '
        'nr 163 nánari 163 nýjasta 163 ráð 163 samræmi 163 sendi 163 server 163 sinnum 163 '
        'skemmtilegra 163 skráð 163 stjórnar 163 stjórnvöld 163 sun 163 sveitarfélaga 163 '
        'sölu 163 taki 163 tek 163 telja 163 thu 163 veg 163 verð 163 virðist 163 '
        'ætlað 163 þurfa 163 þurfi 163 þór 163 einkum 161 lið 161 bestu 159 einmitt 159 '
        'fréttir 159 sinna 159 stærð 159 reyndar 158 betra 157 hérna 157 íslenskra 157 '
        'mínu 156 háskóla 155 nafn 155 ofan 155 heima 150 nýju 150 einungis 148 geti 143 '
        'lög 141 stór 141 úti 141 kann 138 vildi 138 íslenska 138 þótt 138 flestir 136 '
        'getum 136 sækja 136 tækifæri 136 mikill 134 new 134 sínar 134 tóku 134 '
        'upphafi 134 þangað 134 c 132 lengi 132 rannsóknir 132 sonur 132 tekin 132 '
        'nokkrar 130 sumir 130 byrja 128 john 128 komst 128 kona 128 líklega 128 '
        'ríkisins 128 sérstaklega 128 þróun 128 david 126 fyrirtæki 126 skipti 126 '
        'komast 125 hugsa 124 klukkan 124 mat 124 and 122 falla 122 fremur 122 '
        'föstudag 122 haldinn 122 komi 122 nemandi 122 urðu 122 viðkomandi 122 öryggi 122 '
        'þykir 122 alþingi 120 eftirfarandi 120 michael 120 mínútur 120 mörg 120 náð 120 '
        'p 120 yfirleitt 120 búinn 118 hús 118 skiptir 118 fjöldi 116 spila 116 '
        'starfsemi 116 mestu 115 ríki 115 starf 115 aðrar 114 york 112 annarra 110 '
        'júlí 110 manns 110 búin 107 félagsins 107 stóð 107 km 104 lífi 104 tveggja 104 '
        'konu 102 líf 102 mínum 102 annar 98 gildi 98 annan 96 félagið 93 heiti 93 '
        'svæði 93 síðasta 93 raun 89 tíu 89 vorum 89 reykjavíkur 87 börnin 83 störf 83 '
        'gefur 81 nám 81 áhuga 81 fengu 79 nefna 79 bók 78 inni 78 norður 78 staðar 78 '
        'vann 78 framan 76 herbergi 76 mynda 76 gat 74 george 74'), _table(
        'a 99184 r 87119 n 77786 i 74508 e 66669 s 55664 t 50957 l 45801 u 45399 ð 41977 '
        'g 41688 m 39551 k 34443 f 29029 v 23583 o 20820 h 18121 á 17832 d 16804 í 15808 '
        'þ 12595 j 12290 b 10844 ó 10490 y 9269 p 8450 æ 8241 ö 7856 ú 6056 é 5558 ý 2522 '
        'c 2040 x 546 w 321 z 96 q 64'), (568, 89, 48)),
    'it': ('latin', _table(
        'di 38892 e 25691 il 22265 la 21030 che 18404 a 16326 in 16176 per 13780 un 12896 '
        'è 12245 non 11363 l 10905 del 10568 i 9066 le 8831 della 8069 una 7570 da 7498 '
        'con 7444 si 7010 ha 5927 al 5706 sono 5473 ma 4480 marino 4337 dei 4316 alla 4013 '
        'san 3968 nel 3964 più 3743 anche 3599 come 2938 delle 2891 gli 2891 se 2745 '
        'lo 2627 o 2594 d 2518 stato 2498 dal 2341 ad 2267 questo 2225 mi 2199 ci 2175 '
        'nella 2129 su 2060 sul 2058 anni 2049 essere 1980 ai 1901 ed 1897 dell 1884 '
        'due 1824 alle 1819 cui 1790 hanno 1725 parte 1690 ho 1672 solo 1668 c 1615 '
        'sempre 1565 degli 1550 tra 1538 all 1533 rimini 1496 sia 1450 dopo 1423 era 1413 '
        'fatto 1411 tutti 1393 io 1307 prima 1298 tutto 1296 dalla 1288 poi 1266 sua 1263 '
        'fa 1251 questa 1224 italia 1222 ancora 1221 perché 1204 euro 1184 così 1176 '
        'suo 1149 ti 1095 quando 1094 loro 1091 sulla 1076 molto 1071 uno 1071 già 1044 '
        'fare 1041 senza 999 chi 974 ora 974 ne 966 quello 966 nei 942 cosa 940 dove 915 '
        'via 899 tempo 889 nelle 874 sarà 867 anno 829 oggi 825 lavoro 818 può 809 dai 808 '
        'quanto 799 no 792 tre 792 dello 780 casa 753 altro 752 noi 733 proprio 725 '
        'mai 722 ogni 722 abbiamo 720 invece 720 stata 720 dalle 717 gennaio 717 siamo 712 '
        'oltre 710 città 706 nuovo 706 primo 704 contro 697 governo 697 quale 692 vita 691 '
        'bene 678 grazie 678 agli 677 fino 674 politica 674 libertas 673 smsan 673 sta 670 '
        'ore 664 dire 661 fine 661 secondo 660 punto 657 giorno 653 me 652 questi 645 '
        'grande 630 caso 615 nostro 608 persone 604 generale 603 altri 600 milioni 586 '
        'mondo 578 tutte 577 aveva 574 n 573 consiglio 563 nell 561 modo 556 mia 552 '
        'paese 551 quella 548 quindi 548 tutta 545 mentre 540 aver 539 rispetto 539 '
        'serie 536 dicembre 534 giorni 533 sammarinese 523 sei 520 volta 520 queste 518 '
        'detto 512 meno 512 mio 510 suoi 505 state 502 forse 496 stati 493 va 493 news 486 '
        'qui 483 fra 480 alcuni 475 sarebbe 475 ottobre 469 verso 465 comunque 461 '
        'deve 458 quel 458 nazionale 457 tuo 455 tanto 451 stesso 450 repubblica 449 '
        'progetto 448 testa 448 altre 443 legge 443 posto 443 uomo 443 fuori 438 però 437 '
        'de 435 momento 432 li 428 nuova 428 italiano 427 termine 427 vuole 427 hai 426 '
        'pubblico 425 vi 425 almeno 420 diversi 419 settembre 419 dall 411 lavoratori 411 '
        'romagna 411 segretario 411 comune 409 te 408 dato 406 erano 406 società 406 '
        'idea 403 partito 401 poco 400 presidente 399 tu 399 quelli 395 donne 390 ieri 386 '
        'negli 386 problemi 384 storia 381 sui 381 infatti 379 numero 377 saranno 376 '
        'crisi 374 è 374 internazionale 374 propria 374 sulle 373 vero 373 accordo 371 '
        'visto 369 centro 368 cose 368 inoltre 368 giro 366 italiani 366 fatti 364 '
        'roma 363 sotto 363 circa 360 credo 360 po 356 qualche 356 luglio 355 altra 353 '
        'possibile 352 sistema 352 strada 350 possono 349 novembre 347 seconda 347 '
        'ruolo 343 sembra 341 nostra 340 lui 338 avere 337 comitato 336 dagli 336 '
        'fosse 336 incontro 336 ordine 336 persona 336 servizio 336 stessa 336 sue 336 '
        'territorio 336 gente 331 meglio 331 voce 331 maggio 329 buona 328 nome 326 '
        'ciò 325 so 325 alcune 324 aprile 322 giugno 322 presente 322 diritto 321 '
        'media 320 col 319 viene 318 europa 317 nuove 317 sociale 317 dice 316 quali 316 '
        'ben 315 far 311 livello 309 particolare 307 notte 304 situazione 304 film 301 '
        'banca 299 calcio 299 campo 299 cassa 299 lunedì 299 occasione 299 sammarinesi 299 '
        'certo 298 gruppo 298 troppo 298 subito 297 allora 293 durante 293 niente 293 '
        'appena 291 problema 290 voi 288 importante 287 sicurezza 287 successo 287 '
        'molti 286 soprattutto 284 ecco 282 ex 282 prova 282 fanno 278 maggiore 278 '
        'nessuno 278 piano 278 settimana 278 volte 278 vedere 277 programma 276 '
        'migliore 275 personale 272 tanti 272 allo 270 donna 270 fronte 270 grandi 270 '
        'giovani 268 marzo 267 morte 267 presso 267 quattro 267 qualcosa 266 quasi 265 '
        'quelle 265 attività 264 italiana 264 avuto 263 base 263 bilancio 262 buon 262 '
        'cittadini 262 commissione 262 corriere 262 domenica 262 figlio 262 foto 262 '
        'gara 262 imprese 262 movimento 262 quotidiano 262 sabato 262 settore 262 '
        'titano 262 perchè 261 capo 259 gioco 257 gran 254 ce 253 nulla 252 avanti 250 '
        'posso 248 andare 246 insieme 246 qualcuno 246 tipo 246 maggior 245 pochi 245 '
        'sera 245 nuovi 243 paesi 243 dare 241 davvero 241 questione 241 trovare 241 '
        'giornata 239 realtà 238 abbia 237 davanti 235 lungo 235 punti 235 sviluppo 235 '
        'ultimi 235 condizioni 233 dentro 233 possa 229 sito 229 male 227 sì 227 '
        'aggiornato 224 confronto 224 direttore 224 disposizione 224 economia 224 '
        'impegno 224 maggioranza 224 mondiale 224 mostra 224 passo 224 prendere 224 '
        'ravenna 224 relazione 224 riccione 224 servizi 224 stagione 224 tempi 224 '
        'tribuna 224 ultimo 224 periodo 222 dati 219 fu 218 forte 217 famiglia 215 '
        'puoi 215 sto 214 causa 212 corso 212 seguito 212 potrebbe 211 basta 209 '
        'nostri 209 s 209 scritto 209 stanno 209 terra 209 titolo 208 esempio 207 '
        'padre 206 cinque 205 musica 205 primi 205 sopra 205 tua 204 dietro 203 messo 203 '
        'milano 203 data 201 genere 200 adesso 199 bisogno 199 devono 199 dovuto 199 '
        'febbraio 199 lei 199 polizia 199 video 199 mezzo 197 nonostante 197 ragazzi 197 '
        'tale 197 luce 195 mare 195 rapporto 195 resto 195 the 195 vari 195 voglio 194 '
        'parti 193 dovrebbe 192 guerra 192 libro 189 sapere 189 spesso 188 uomini 188 '
        'arriva 187 assemblea 187 aumento 187 aziende 187 azione 187 breve 187 camera 187 '
        'commercio 187 comunicati 187 congresso 187 conti 187 csu 187 domani 187 dovrà 187 '
        'fiscale 187 fondazione 187 forlì 187 forze 187 interventi 187 intervista 187 '
        'mette 187 nero 187 nostre 187 oppure 187 parigi 187 premio 187 purtroppo 187 '
        'risultato 187 sciopero 187 sentire 187 serata 187 sociali 187 spesa 187 torna 187 '
        'valore 187 venerdì 187 vicenda 187 cazzo 186 sa 185 preso 184 tratta 184 '
        'diverse 182 grado 182 dio 181 parlare 181 scuola 181 mese 179 ricerca 179 '
        'unica 179 mano 178 siano 178 amici 175 avrebbe 175 favore 175 mesi 175 minuti 175 '
        'molte 175 senso 175 difficile 172 fai 172 trova 172 paura 168 vengono 166 '
        'vista 166 possibilità 164 controllo 162 futuro 162 neanche 162 veramente 162 '
        'cura 160 possiamo 160 scelta 160 agosto 158 miei 158 opera 158 piu 158 '
        'probabilmente 158 bella 157 ragione 157 nessun 156 risposta 156 attraverso 152 '
        'bambini 152 faccio 152 forma 152 qualsiasi 152 soldi 152 pure 151 ampio 150 '
        'ap 150 archivio 150 associazione 150 classe 150 coppia 150 emendamenti 150 '
        'esteri 150 fondi 150 giochi 150 inizio 150 libera 150 linea 150 partita 150 '
        'principale 150 prodotti 150 progetti 150 proposta 150 protagonista 150 '
        'racconta 150 reazione 150 rete 150 serio 150 squadra 150 tornano 150 '
        'tribunale 150 under 150 verifiche 150 voti 150 faccia 149 amore 147 conto 147 '
        'giusto 147 madre 147 studio 147 unico 147 vuoi 144 facebook 142 nello 142 '
        'corpo 139 luogo 139 ormai 139 parla 139 passato 139 ragazza 139 forza 138 '
        'avete 137 figli 137 tuttavia 137 casi 135 domanda 135 siete 135 parole 134 b 133 '
        'chiesa 133 informazioni 133 lì 133 of 133 parola 133 sud 133 penso 132 piace 132 '
        'fatta 130 pensare 130 regione 130 devo 128 nord 128 porta 128 vivere 128 '
        'abbastanza 126 dico 126 ero 126 mettere 126 posizione 126 potere 126 zona 126 '
        'letto 125 cultura 124 mercato 124 amico 122 magari 122 pare 122 trovato 122 '
        'leggi 120 poter 120 pubblicato 120 attenzione 118 napoli 118 né 118 online 118 '
        'm 112 avevo 110 ciao 107 uso 104 capire 102 facendo 102 nemmeno 102 quei 102 '
        'tv 102 acqua 98 cuore 98 occhi 98 vedo 98 articolo 96 bello 96 capito 96 cioè 96 '
        'devi 96 stai 96 vorrei 96 stare 93 eh 91 inglese 91 post 91 re 91 vicino 91 '
        'lingua 89 piccolo 89 usa 89 alto 85 avevano 85 piuttosto 85 semplice 85 tuoi 85 '
        'motivo 83 r 83 sai 83 sicuro 83 ah 81 farlo 81'), _table(
        'i 118040 a 113521 e 107966 o 89861 n 76592 r 68821 t 66388 l 62719 s 51018 '
        'c 39951 d 37217 p 29114 m 28366 u 25847 g 18177 v 14262 z 10693 b 10348 f 10232 '
        'h 8880 q 2921 à 2648 è 2461 ì 835 ù 662 w 518 k 475 y 461 ò 317 é 259 j 216 x 201'), (607, 75, 47)),
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
        '鉄 170 鍋 170 除 170 階 170 響 170 頑 170 頼 170 飲 170 養 170 館 170 香 170 駐 170'), (555, 59, 200)),
    'ka': ('georgian', _table(
        'და 34785 წელს 8516 წლის 7077 იყო 6357 ის 5877 მისი 5638 ამ 4918 რომ 4918 '
        'რომელიც 4798 არ 4438 იგი 4318 ერთი 4198 ერთ 3478 კი 3359 შემდეგ 3359 ეს 2999 '
        'ასევე 2879 მას 2879 როგორც 2879 დიდი 2639 არის 2519 ს 2519 აქვს 2399 '
        'მოსახლეობა 2399 დროს 2279 მაგრამ 2279 ხოლო 2279 მათ 2159 მან 2039 სხვადასხვა 2039 '
        'მხოლოდ 1919 თუმცა 1799 მათი 1799 მეორე 1799 პირველი 1799 რაც 1799 '
        'საქართველოს 1799 სხვა 1799 ტიპის 1799 კლასის 1679 მიერ 1679 შორის 1679 '
        'წლიდან 1679 ადამიანს 1559 აშშ 1559 ახალი 1559 დაახლოებით 1559 ერთად 1559 კმ² 1559 '
        'მის 1559 მონაცემებით 1559 რომელსაც 1559 ზე 1439 იმ 1439 მდებარეობს 1439 '
        'სამხედრო 1439 ქალაქი 1439 აქ 1319 გახდა 1319 თავისი 1319 მწერთა 1319 '
        'ნაირსახეობა 1319 სადაც 1319 უნდა 1319 ფეხსახსრიანთა 1319 შეადგენდა 1319 '
        'ჭიანჭველასებრთა 1319 ადამიანი 1199 ან 1199 დაიწყო 1199 დასავლეთ 1199 ისტორია 1199 '
        'იქნა 1199 მე 1199 მიიღო 1199 მიუხედავად 1199 მოგვიანებით 1199 რამდენიმე 1199 '
        'საბჭოთა 1199 უფრო 1199 წინააღმდეგ 1199 გამო 1080 განმავლობაში 1080 თუ 1080 '
        'მიხედვით 1080 ორი 1080 რომლის 1080 საუკუნის 1080 უდიდესი 1080 წარმოადგენს 1080 '
        'წლებში 1080 ამავე 960 ბიოგრაფია 960 გვარიდან 960 ზოგიერთი 960 თავის 960 '
        'თბილისის 960 მთავარი 960 მცირე 960 ტერიტორიაზე 960 წლამდე 960 ჰქონდა 960 '
        'აგრეთვე 840 ამის 840 ასეთი 840 ბევრი 840 ეროვნული 840 ზღვის 840 თავად 840 '
        'ისინი 840 მსოფლიო 840 ომის 840 პერიოდში 840 რაოდენობა 840 სიმჭიდროვე 840 '
        'ყველაზე 840 შესახებ 840 ში 840 წლების 840 ალბომი 720 ალექსანდრე 720 არც 720 '
        'განსაკუთრებით 720 გარდა 720 დ 720 დაიბადა 720 დროის 720 ეკლესია 720 იანი 720 '
        'მდინარე 720 მესამე 720 მეფის 720 მოსახლეობის 720 ნაწილი 720 რის 720 როდესაც 720 '
        'რომლებიც 720 საერთაშორისო 720 სამეფო 720 საუკუნეებში 720 სახით 720 ქვეყნის 720 '
        'შეუძლია 720 ცნობილი 720 ცნობილია 720 ძირითადად 720 ხშირად 720 ადგილი 600 '
        'ამისა 600 ანუ 600 არა 600 არსებობს 600 არსებული 600 აღსანიშნავია 600 ბოლოს 600 '
        'ბრძოლა 600 დავით 600 დღეს 600 ვერ 600 თავდაპირველად 600 თეთრი 600 თითქმის 600 '
        'ისევ 600 იღებს 600 მაღალი 600 მეტად 600 მეტი 600 მთის 600 მიღებული 600 '
        'მნიშვნელობა 600 მხარეს 600 ნაწილში 600 ორ 600 პროვინციის 600 რესპუბლიკის 600 '
        'საკმაოდ 600 საკუთარი 600 სახელმწიფო 600 სიმღერა 600 სწავლობდა 600 უკვე 600 '
        'უმაღლესი 600 ფართობი 600 ქალაქ 600 შედარებით 600 შედეგად 600 შეიძლება 600 '
        'შემთხვევაში 600 ძველი 600 წარმომადგენელი 600 წინ 600 ხალხი 600 ჯერ 600 '
        'ადგილას 480 ადმინისტრაციული 480 აიღო 480 ამას 480 ამერიკული 480 ამიტომ 480 '
        'ამჟამად 480 აქვთ 480 აღმოაჩინა 480 აღწერის 480 ბრძოლაში 480 გ 480 გადაწყვიტა 480 '
        'გავიდა 480 გავრცელებული 480 გამოცხადდა 480 გუნდს 480 დაამთავრა 480 დიდ 480 '
        'დოლარი 480 დონიდან 480 ე 480 ევროპაში 480 ეკლესიის 480 თავდაცვის 480 თავი 480 '
        'თამაში 480 თანამედროვე 480 იაპონიის 480 იმპერიის 480 ისტორიული 480 იქ 480 '
        'იყვნენ 480 იშვიათად 480 კარგად 480 კმ 480 კუნძულებზე 480 მ 480 მატჩი 480 '
        'მახლობლად 480 მდე 480 მეფე 480 მთელი 480 მთლიანად 480 მოვლენები 480 მრავალი 480 '
        'მსოფლიოში 480 მუსიკალური 480 მხარის 480 ნაკრებში 480 ნაწილს 480 ოჯახში 480 '
        'პერიოდის 480 რადგან 480 რაიმე 480 რასაც 480 რომელმაც 480 რომელშიც 480 რომის 480 '
        'სამი 480 სამხრეთ 480 საქართველოში 480 სახელით 480 სოფელ 480 სულ 480 ფერის 480 '
        'ქალაქის 480 ქართული 480 შეადგენს 480 შეიქმნა 480 შემადგენლობაში 480 ჩრდილოეთ 480 '
        'ძალაუფლება 480 ძლიერი 480 ძმა 480 წევრი 480 ხელი 480 ხელში 480 ჯგუფი 480 ჯონ 480 '
        'ადრე 360 ავიდა 360 ავსტრიის 360 არქეოლოგიური 360 აქვე 360 აღარ 360 აღდგა 360 '
        'აღმოსავლეთ 360 აღნიშნული 360 ახალ 360 ახალგაზრდა 360 ახდენს 360 გაანადგურა 360 '
        'გავლენას 360 გათხრების 360 გამოვიდა 360 გამოიცა 360 გამოიწვია 360 განაცხადა 360 '
        'გარეშე 360 გაუქმდა 360 გზა 360 გუნდი 360 დაარსდა 360 დაბრუნდა 360 დაინიშნა 360 '
        'დასავლეთით 360 დატოვა 360 დედა 360 დედამიწის 360 დინასტიის 360 ედუარდ 360 '
        'ეკლესიას 360 ენაზე 360 ეპოქის 360 ეროვნულ 360 ვახტანგ 360 თამაშის 360 '
        'თანახმად 360 თაღოვანი 360 თემის 360 ი 360 ივლისს 360 იმით 360 იმისა 360 '
        'იყენებენ 360 კერძოდ 360 მანძილზე 360 მარტი 360 მარჯვენა 360 მატჩში 360 მაშინ 360 '
        'მთელ 360 მიაღწია 360 მიენიჭა 360 მიმართულებით 360 მიწის 360 მმართველი 360 '
        'მმართველობის 360 მოიცავს 360 მონაწილე 360 მოქმედება 360 მოღვაწე 360 მოხვდა 360 '
        'მოჰყვა 360 ნამუშევარი 360 ოლქის 360 ოქტომბერს 360 პარტიის 360 პოლიტიკური 360 '
        'პრეზიდენტი 360 რა 360 რათა 360 რეალური 360 რთულ 360 როგორიც 360 რომელთა 360 '
        'რუსეთში 360 სათავეში 360 სამედიცინო 360 სამეცნიერო 360 სამხრეთით 360 სანაპირო 360 '
        'საუკუნეში 360 საფრანგეთის 360 საფუძველზე 360 სახალხო 360 სახელობის 360 '
        'სახელწოდების 360 სიცოცხლის 360 სმ 360 სომხეთის 360 სოფელი 360 სწორედ 360 '
        'სხეული 360 ტაძარი 360 ტერიტორია 360 უკავშირდება 360 უკან 360 უნივერსიტეტში 360 '
        'უცხო 360 ქვეშ 360 ღვთისმშობლის 360 ყველა 360 ყოველწლიურად 360 ყოფილი 360 '
        'შედის 360 შეიძლებოდა 360 შემდგომ 360 შესაძლოა 360 შექმნის 360 შეძლეს 360 '
        'შვედეთის 360 ჩრდილოეთით 360 ცენტრალურ 360 ცხოვრების 360 ცხოვრობს 360 ძალიან 360 '
        'ძე 360 ძირითად 360 წარმატებით 360 წარმოადგენდა 360 წელი 360 წოდება 360 '
        'ხელოვნების 360 ხელს 360 ჯგუფში 360'), _table(
        'ა 142576 ი 122003 ე 90630 ს 72299 რ 60016 ო 51743 მ 51709 ლ 47126 დ 43841 ნ 40977 '
        'ბ 36175 ვ 29081 უ 25796 თ 25711 გ 21466 ტ 18062 შ 16343 ხ 15029 კ 14035 ც 11542 '
        'წ 10177 ქ 8408 პ 8054 ზ 7767 ფ 7245 ყ 5055 ღ 4937 ძ 4094 ჩ 2932 ჯ 2106 ჭ 1398 '
        'ჰ 1213 ჟ 455'), (283, 87, 35)),
    'kk': ('cyrillic', _table(
        'және 12864 мен 6783 бұл 6549 жылы 6081 болып 4795 орналасқан 4327 саны 4210 '
        'құрайды 4210 адамды 4093 км 3976 де 3859 тұрғындарының 3859 болды 3625 үшін 3625 '
        'бойынша 3391 деген 3391 өзенінің 3391 бар 3274 өзен 3274 да 3041 қашықтықта 3041 '
        'деп 2924 жағалауынан 2924 жер 2924 сағасы 2924 ал 2807 қазақ 2807 алып 2690 '
        'бір 2573 сол 2573 бірі 2456 жылғы 2456 қазақстан 2456 оның 2339 б 2222 ең 2222 '
        'болады 2105 болатын 2105 адам 1988 жатқан 1988 облысы 1988 басқа 1871 екі 1754 '
        'ж 1754 кейін 1754 көп 1754 мемлекеттік 1754 мәліметтер 1754 ол 1754 т 1754 '
        'ішінде 1754 болған 1637 бірақ 1637 жоғары 1637 жылдан 1637 ие 1637 коды 1637 '
        'оң 1637 туралы 1637 қала 1637 аумағы 1520 бастап 1520 дейін 1520 жыл 1520 '
        'орта 1520 осы 1520 тұрақты 1520 қазіргі 1520 қарай 1520 ауыл 1403 км² 1403 '
        'нысанды 1403 ресми 1403 шамасында 1403 қазақстанның 1403 өз 1403 арналған 1286 '
        'ашылуы 1286 ашқан 1286 бірнеше 1286 жатады 1286 жоқ 1286 жылдары 1286 жұмыс 1286 '
        'каталогында 1286 мысалы 1286 нөмірге 1286 солтүстік 1286 қаланың 1286 өте 1286 '
        'арқылы 1169 ауданы 1169 байланысты 1169 жалпы 1169 муниципалитеттің 1169 '
        'негізгі 1169 немесе 1169 пайда 1169 түрлі 1169 үлкен 1169 алады 1053 алғашқы 1053 '
        'ата 1053 ақ 1053 жарық 1053 жылдың 1053 кезінде 1053 пен 1053 тәрізді 1053 '
        'әскери 1053 а 936 адамдар 936 алматы 936 арасындағы 936 астрономы 936 аудан 936 '
        'басшысы 936 бекітілген 936 желтоқсан 936 кездеседі 936 келеді 936 мемлекет 936 '
        'мың 936 олар 936 оларды 936 оңтүстік 936 соң 936 тек 936 халық 936 ғылыми 936 '
        'әр 936 өзінің 936 алтын 819 алған 819 аса 819 атындағы 819 ақш 819 балалар 819 '
        'барлық 819 бас 819 береді 819 гершель 819 емес 819 еңбек 819 жатыр 819 жаңа 819 '
        'кейбір 819 керек 819 кеңес 819 м 819 мұндай 819 олардың 819 сияқты 819 см 819 '
        'тау 819 түрі 819 ірі 819 қазақстанда 819 қазір 819 адамның 702 аралығында 702 '
        'басты 702 батыс 702 болсын 702 бірге 702 бітірген 702 бұрын 702 екінші 702 ел 702 '
        'етіп 702 жерде 702 заң 702 кезде 702 кейде 702 кіреді 702 одан 702 рет 702 '
        'ретінде 702 с 702 саяси 702 сирек 702 сонымен 702 туған 702 тығыз 702 қаласы 702 '
        'қаласында 702 қарағанды 702 қатысты 702 қол 702 қызмет 702 қызыл 702 құрамына 702 '
        'құрамында 702 әкімшілік 702 абай 585 алды 585 алма 585 арнайы 585 аталады 585 '
        'ауданындағы 585 ауылдық 585 ақын 585 бастады 585 бірінші 585 бүгінгі 585 в 585 '
        'дейді 585 етеді 585 жас 585 жасау 585 жасаған 585 жасқа 585 жататын 585 '
        'жағдайда 585 жағына 585 жағынан 585 жақсы 585 жылдар 585 зерттеу 585 келген 585 '
        'келе 585 келетін 585 көбінесе 585 оны 585 орталығы 585 орыс 585 оқу 585 '
        'республикасы 585 су 585 тұрады 585 уильям 585 шаруашылығы 585 экономикалық 585 '
        'ғана 585 ғасырдың 585 қазан 585 қар 585 ұлттық 585 әсер 585 өнер 585 '
        'автомобиль 468 айналды 468 алайда 468 алатын 468 алғаш 468 арнаулы 468 артық 468 '
        'аталған 468 атты 468 ауа 468 ауданында 468 байланыс 468 бала 468 басталды 468 '
        'басып 468 бойы 468 бола 468 болса 468 бұдан 468 бұрынғы 468 бөлінеді 468 '
        'дамыған 468 дейінгі 468 дереу 468 дүниеге 468 еді 468 енді 468 ені 468 ер 468 '
        'ескі 468 жамбыл 468 жасайды 468 жақын 468 жеке 468 жергілікті 468 жері 468 '
        'жетті 468 жолы 468 кітап 468 көлемі 468 маңғыстау 468 міндетті 468 мүмкін 468 '
        'н 468 нашар 468 негізінде 468 округіне 468 орденімен 468 орталық 468 оған 468 '
        'пайдаланылады 468 саналады 468 сондай 468 соғыс 468 сәуірде 468 табылады 468 '
        'толық 468 түрлері 468 штатының 468 шығысқа 468 шыққан 468 экологиялық 468 '
        'яғни 468 ғ 468 қазақтың 468 қаржы 468 қарсы 468 қатарына 468 қатты 468 қытай 468 '
        'құралдар 468 үш 468 әдетте 468 әлем 468 әлеуметтік 468 өмір 468 алдында 351 '
        'алуан 351 астроном 351 атайды 351 атап 351 атырау 351 ауру 351 аяқ 351 аңыз 351 '
        'басы 351 батыр 351 батыстан 351 белгіленген 351 белгілі 351 берген 351 '
        'берілген 351 биологиялық 351 болу 351 болуы 351 біз 351 білім 351 бірдей 351 '
        'бірін 351 бұған 351 ге 351 д 351 деректі 351 едәуір 351 екенін 351 жалғыз 351 '
        'жарияланған 351 жағдайларда 351 жел 351 желтоқсанда 351 жол 351 жоңғар 351 '
        'жүзеге 351 жүйесі 351 жүйесінің 351 жұмысы 351 келді 351 күрделі 351 көзі 351 '
        'көрген 351 көрнекті 351 марапатталған 351 маңызы 351 мектеп 351 музыкалық 351 '
        'мұнда 351 наурыз 351 не 351 нәтижесінде 351 одағының 351 орны 351 орын 351 '
        'осындай 351 отырып 351 рухани 351 сан 351 тағы 351 те 351 театр 351 тың 351 '
        'тілінде 351 тіпті 351 түрінде 351 тұрған 351 төрт 351 шығыс 351 экономика 351 '
        'ізін 351 іс 351 қа 351 қажетті 351 қара 351 қарым 351 қатынас 351 қымбат 351 '
        'құрылымы 351 құрылысы 351 ұзаққа 351 әсерін 351 өнерінің 351'), _table(
        'а 130360 ы 79777 н 71586 е 71289 р 57636 т 57041 л 53016 і 48693 д 45525 с 38453 '
        'қ 33185 м 29440 о 28564 к 28214 б 24486 и 18745 ж 18185 у 16978 ғ 16453 ң 15017 '
        'з 14475 й 13495 ш 13232 г 13145 п 12392 ұ 9872 ө 9031 ә 7719 ү 7036 я 4691 в 2608 '
        'х 2363 ф 1995 ц 1663 ь 1348 э 1260 ю 455 ч 245 щ 140 ё 70 һ 70 ъ 53'), (279, 113, 37)),
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
        '첨 102 칠 102 캠 102 컷 102 콜 102 콤 102 킬 102 킹 102 펴 102 흐 102 흑 102 흔 102'), (371, 39, 196)),
    'la': ('latin', _table(
        'et 25966 in 24858 est 20305 ad 9353 cum 8245 anno 7507 a 7384 sunt 7015 de 5907 '
        'ab 4430 etiam 4430 qui 4430 ut 4430 appellantur 4307 incolae 4307 eius 3815 '
        'autem 3692 ex 3569 sed 3569 inter 3446 quae 3446 vel 3446 erat 3077 fuit 3077 '
        'non 3077 aut 2953 esse 2830 e 2584 per 2584 se 2338 alia 2215 atque 2215 '
        'post 2215 quam 2092 quod 1969 eo 1846 nomen 1723 potest 1723 hoc 1600 quoque 1600 '
        'sancti 1600 tempore 1477 ac 1354 annis 1354 apud 1354 pars 1354 quo 1354 c 1231 '
        'erant 1231 lingua 1231 anni 1108 annos 1108 deinde 1108 eum 1108 habent 1108 '
        'nam 1108 opus 1108 primum 1108 suo 1108 ubi 1108 urbis 1108 annum 984 caput 984 '
        'eorum 984 fanum 984 habet 984 hic 984 hodie 984 ipse 984 magna 984 modo 984 '
        'postea 984 prima 984 propter 984 res 984 sibi 984 sive 984 sua 984 videtur 984 '
        'causa 861 circa 861 dicitur 861 die 861 dies 861 domus 861 ei 861 facta 861 '
        'factus 861 hac 861 iam 861 ita 861 linguae 861 lusor 861 n 861 natus 861 '
        'nomine 861 nunc 861 praecipue 861 pro 861 prope 861 qua 861 quando 861 quia 861 '
        'quibus 861 saeculi 861 si 861 sit 861 solum 861 sui 861 verbum 861 ante 738 '
        'antea 738 ed 738 enim 738 factum 738 fere 738 haec 738 huius 738 ibi 738 id 738 '
        'initio 738 itaque 738 lusit 738 milia 738 nomina 738 olim 738 omnes 738 omnia 738 '
        'postquam 738 praesertim 738 primo 738 quasi 738 saeculo 738 saepe 738 sine 738 '
        'solis 738 suae 738 suum 738 urbs 738 accepit 615 alii 615 appellabatur 615 cf 615 '
        'cui 615 cuius 615 eadem 615 eodem 615 flumen 615 germaniae 615 habuit 615 '
        'hanc 615 historia 615 hunc 615 ii 615 imperium 615 libri 615 magnum 615 motus 615 '
        'nationalis 615 nova 615 of 615 omnibus 615 parte 615 partem 615 partes 615 '
        'paulo 615 plerumque 615 praeses 615 quattuor 615 re 615 rerum 615 series 615 '
        'sic 615 sub 615 tempus 615 the 615 urbe 615 usque 615 uxor 615 valde 615 '
        'adhuc 492 aetatis 492 alias 492 aliis 492 alterum 492 antequam 492 appellatur 492 '
        'attamen 492 augusti 492 bello 492 carmen 492 conatus 492 consilium 492 contra 492 '
        'corpore 492 creatus 492 data 492 duae 492 electus 492 essent 492 exercitus 492 '
        'fecit 492 filius 492 foederatarum 492 fortasse 492 fuerat 492 fuisse 492 g 492 '
        'genus 492 graecorum 492 gratia 492 homines 492 illam 492 index 492 ingenium 492 '
        'interdum 492 ioannis 492 isbn 492 iter 492 iuxta 492 la 492 liber 492 '
        'litteras 492 locis 492 magis 492 magnam 492 maximum 492 mortuus 492 multi 492 '
        'multis 492 musicae 492 nec 492 necnon 492 nihilominus 492 novi 492 numeri 492 '
        'ob 492 omnium 492 opera 492 operum 492 plus 492 possunt 492 quinque 492 rebus 492 '
        'regione 492 rem 492 saepissime 492 scientiarum 492 scripta 492 secundum 492 '
        'senator 492 sicut 492 signum 492 species 492 suam 492 supra 492 systema 492 '
        'tria 492 turmis 492 verba 492 via 492 vulgo 492 aliae 369 alium 369 alumnus 369 '
        'an 369 at 369 auctores 369 auctus 369 belli 369 bellum 369 carmina 369 '
        'carolina 369 cepit 369 certamen 369 circiter 369 civitatis 369 civitatum 369 '
        'classis 369 collegii 369 comitatus 369 constat 369 constituta 369 continet 369 '
        'cuiusdam 369 decem 369 dedit 369 dicit 369 discipuli 369 divulgata 369 dixit 369 '
        'duo 369 duobus 369 duos 369 dux 369 duxit 369 ea 369 eas 369 ecclesia 369 '
        'facere 369 factae 369 filio 369 filium 369 fit 369 forma 369 gregem 369 '
        'gulielmus 369 habitant 369 hae 369 haud 369 hi 369 his 369 hispaniae 369 '
        'hodierni 369 hominum 369 igitur 369 iii 369 iis 369 illius 369 illo 369 '
        'incolarum 369 incolas 369 insulam 369 insunt 369 is 369 iv 369 latine 369 '
        'latus 369 legati 369 litteris 369 loci 369 loco 369 maiores 369 maioris 369 '
        'media 369 mense 369 mente 369 milites 369 montis 369 mortuusve 369 mox 369 '
        'multa 369 multae 369 nationalem 369 nescimus 369 nobis 369 nondum 369 '
        'nonnulli 369 novum 369 nupsit 369 octobris 369 operibus 369 oraculum 369 '
        'paene 369 papa 369 parisiensis 369 patet 369 pellicula 369 peperit 369 '
        'pertinet 369 plerique 369 populi 369 potuit 369 praeter 369 praeterea 369 '
        'press 369 quaedam 369 quidem 369 quodam 369 quorum 369 quos 369 rationes 369 '
        'rei 369 revenit 369 romani 369 romanis 369 romanus 369 rursus 369 sanctae 369 '
        'scilicet 369 scribendi 369 seu 369 signa 369 significat 369 societate 369 '
        'studiorum 369 tamen 369 tenuit 369 tres 369 turmae 369 una 369 university 369 '
        'utuntur 369 variis 369 velut 369 vera 369 vi 369 vicus 369 videbatur 369 voce 369'), _table(
        'i 111445 e 107273 a 98560 t 80571 s 72693 u 72440 n 69219 r 64950 o 57188 m 51250 '
        'c 42847 l 36482 p 29496 d 26411 b 15117 g 12788 v 12594 f 10246 h 9974 q 8111 '
        'x 4754 y 1649 k 1164 w 699 z 660 j 446 ö 136 ē 116 ä 97 é 97 á 58 ī 58'), (313, 87, 40)),
    'lg': ('latin', _table(
        'mu 38487 ku 24157 n 21372 ne 19653 nga 17851 e 12119 nti 9008 abaana 8189 ng 7370 '
        'era 6715 ababaka 5732 y 5732 abadde 5241 bwe 5241 wa 5077 aba 4831 ba 4422 '
        'by 4094 ya 4094 abantu 4012 poliisi 3603 buli 3357 ate 3275 oba 3112 ky 3030 '
        'b 2948 bw 2866 ssente 2702 bano 2538 be 2538 omu 2538 w 2457 abafumbo 2375 '
        'gye 2375 z 2375 added 2293 kyokka 2211 lwa 2211 ababbi 2129 nnyo 2129 '
        'palamenti 2047 eno 1965 ab 1883 abamu 1883 kuba 1883 lw 1883 bya 1802 kye 1802 '
        'olw 1802 we 1802 ye 1802 alina 1720 kampala 1720 abagagga 1638 eby 1638 kino 1638 '
        'kya 1638 bukedde 1556 gw 1556 gy 1556 naye 1556 uganda 1556 za 1556 baabwe 1474 '
        'ez 1474 gavumenti 1474 naddala 1474 omuntu 1474 ababadde 1392 bali 1392 '
        'buganda 1392 nabo 1392 okuva 1392 kati 1310 ow 1310 abalala 1228 abasajja 1228 '
        'kkampuni 1228 kuliko 1228 wabula 1228 abaakwatiddwa 1146 bulungi 1146 g 1146 '
        'gwe 1146 kubanga 1146 ly 1146 okukola 1146 oluvannyuma 1146 baabadde 1065 '
        'baagala 1065 bagamba 1065 kabaka 1065 lwe 1065 maaso 1065 na 1065 nsonga 1065 '
        'omukazi 1065 zino 1065 abaali 983 abaganda 983 abakazi 983 ali 983 bangi 983 '
        'eggwanga 983 museveni 983 okufuna 983 omwana 983 owa 983 balina 901 bodaboda 901 '
        'emu 901 endwadde 901 eya 901 katikkiro 901 olwa 901 omuli 901 omusajja 901 '
        'waliwo 901 abaagalana 819 ababiri 819 abadigize 819 abatuuze 819 akakiiko 819 '
        'bagenda 819 bantu 819 disitulikiti 819 emyaka 819 ettaka 819 ey 819 ka 819 '
        'kwe 819 musasi 819 okuba 819 okulaba 819 omubiri 819 si 819 ssentebe 819 '
        'tewali 819 agenda 737 babiri 737 bitundu 737 bonna 737 buno 737 ebintu 737 '
        'ekibiina 737 emirimu 737 endala 737 engeri 737 enjawulo 737 eyali 737 k 737 '
        'kitaabwe 737 kkiro 737 lwaki 737 mmotoka 737 mulimu 737 nnyumba 737 oku 737 '
        'okubeera 737 okuli 737 oluusi 737 omukwano 737 pulezidenti 737 wadde 737 '
        'wakati 737 ze 737 abeera 655 agamba 655 amateeka 655 baagambye 655 baali 655 '
        'bwa 655 bye 655 ddala 655 embeera 655 ennyo 655 ensonga 655 famire 655 kyalo 655 '
        'lya 655 maama 655 minisita 655 mulago 655 nâ 655 obulungi 655 olukiiko 655 '
        'yenna 655 abaagala 573 abaami 573 abajaasi 573 abakulembeze 573 abali 573 '
        'abawala 573 abo 573 amaanyi 573 ayagala 573 baba 573 babadde 573 bakyala 573 '
        'basobola 573 bombi 573 ddwaaliro 573 ebiri 573 eddagala 573 ekika 573 embuto 573 '
        'emmere 573 enkola 573 ewa 573 ggombolola 573 guno 573 gwa 573 kcca 573 kintu 573 '
        'kiseera 573 lino 573 makindye 573 mbabazi 573 mubiri 573 munno 573 nnyanja 573 '
        'november 573 nze 573 obukadde 573 okutuusa 573 ono 573 paul 573 siriimu 573 '
        'ssaawa 573 waabwe 573 abaabadde 491 abasinga 491 akatale 491 akulira 491 '
        'amaaso 491 amagye 491 amawulire 491 amazzi 491 awo 491 ayamba 491 babakutte 491 '
        'babeera 491 bannannyini 491 basatu 491 bazadde 491 bbaasi 491 bizinensi 491 '
        'busaabala 491 byalo 491 dr 491 ebbeeyi 491 ebifo 491 ebigambo 491 ebirala 491 '
        'emyezi 491 eri 491 ga 491 ggwanga 491 january 491 kakiiko 491 kano 491 ki 491 '
        'kibiina 491 kiro 491 kitundu 491 kkooti 491 kw 491 lubuto 491 mukwano 491 mw 491 '
        'mwe 491 naawe 491 nninga 491 nnyaabwe 491 obufumbo 491 okubawa 491 okufa 491 '
        'okulonda 491 okutta 491 okuzimba 491 olina 491 olwo 491 omugenzi 491 omuliro 491 '
        'paapa 491 south 491 tebalina 491 yategeezezza 491 zaabwe 491 zooni 491 '
        'abachina 409 abagambibwa 409 abakyala 409 abavubuka 409 abazadde 409 abâ 409 '
        'amasiro 409 amerika 409 asoose 409 badda 409 bakola 409 bakoze 409 balaze 409 '
        'balya 409 bbomu 409 bifo 409 biseera 409 byabwe 409 dp 409 ebbaluwa 409 ebimu 409 '
        'ebiriisa 409 ekiro 409 ekiseera 409 ekya 409 ekyo 409 enguudo 409 ensigo 409 '
        'ensimbi 409 fred 409 gavt 409 kabenje 409 kayihura 409 kenya 409 kifo 409 '
        'kimu 409 kirungi 409 kwa 409 leero 409 lugogo 409 maka 409 masomero 409 meeya 409 '
        'mpaka 409 muba 409 muntu 409 mwaka 409 ngeri 409 nnyina 409 nrm 409 obudde 409 '
        'obufuzi 409 obulwadde 409 obuzibu 409 okukuuma 409 okukwata 409 okulya 409 '
        'olususu 409 omubaka 409 omulimu 409 omutima 409 omwaka 409 omwenge 409 oyinza 409 '
        'school 409 september 409 sipiika 409 ssukaali 409 ttaka 409 wamu 409 wansi 409 '
        'yaabwe 409 yo 409 abakola 328 abasuubuzi 328 amaka 328 awaka 328 basobole 328 '
        'bino 328 bokka 328 ebika 328 eddwaaliro 328 ekifo 328 ekirala 328 enkulu 328 '
        'eyo 328 eza 328 ge 328 ii 328 katale 328 kwabaddeko 328 kyonna 328 nsi 328 '
        'obululu 328 okugenda 328 okugula 328 okuleeta 328 okusobola 328 okuwa 328 '
        'okwegatta 328 olaba 328 omulwadde 328 omusuubuzi 328 ronald 328 singa 328 '
        'sipeeya 328 waggulu 328 yekka 328 yonna 328 zonna 328'), _table(
        'a 199870 e 82210 b 79230 u 74988 i 69040 n 63120 k 58629 o 57533 m 43074 l 34659 '
        'g 32579 y 29488 d 29266 w 28600 t 28018 s 26049 r 20365 z 17773 j 5726 p 5324 '
        'f 5213 v 3854 c 2426 h 2246 â 568 x 125'), (425, 80, 43)),
    'lt': ('latin', _table(
        'ir 34706 kad 8942 su 8456 į 7943 yra 7162 iš 7022 tai 5635 ar 5304 kaip 5120 '
        'o 5055 tik 4834 savo 4640 buvo 4620 nuo 4480 bet 4230 ne 4230 apie 3681 m 3506 '
        'taip 3282 kai 3191 per 2971 lietuvos 2967 bei 2762 po 2757 jau 2707 jis 2642 '
        'gali 2507 dar 2438 labai 2393 iki 2392 to 2267 dėl 2223 jei 2198 mūsų 2192 '
        'jų 2147 pat 2093 už 2048 būti 1993 arba 1947 daug 1947 turi 1943 prie 1918 '
        'jo 1893 d 1858 jie 1838 nes 1773 kas 1743 jūsų 1723 bus 1673 jos 1628 metų 1623 '
        'metu 1548 nėra 1488 aš 1473 tiek 1473 ji 1423 lietuvoje 1423 be 1393 mes 1393 '
        'daugiau 1374 ant 1339 kuris 1323 pagal 1323 tačiau 1319 reikia 1304 galima 1299 '
        'nors 1254 čia 1254 nei 1214 dabar 1208 net 1194 kur 1189 ką 1174 kartu 1164 '
        'jį 1109 mano 1109 prieš 1074 kurie 1064 jog 1009 jums 1009 jeigu 984 tarp 965 '
        'a 964 gerai 945 todėl 937 lt 898 kiek 874 man 874 vis 874 vienas 849 darbo 838 '
        'tuo 816 jūs 796 europos 795 būtų 775 dieną 772 kurios 770 vilniaus 755 '
        'lietuvių 753 g 725 visi 725 kartą 716 juos 715 kitų 715 k 707 metais 700 '
        'kalba 693 vieną 685 visą 680 kauno 672 jiems 668 tą 658 galite 657 mus 643 ko 637 '
        'pasaulio 637 tas 637 viena 630 kuri 620 kurį 618 gal 611 tikrai 610 laiko 603 '
        'žmonių 601 miesto 597 metus 594 viskas 587 r 578 dažniausiai 573 kurių 572 šį 570 '
        'mokyklos 563 mums 562 visus 558 nieko 556 žmonės 556 ją 554 savivaldybės 550 '
        'jam 546 žmogaus 540 kitą 539 toks 537 mane 531 pats 530 ten 530 šis 523 esame 516 '
        'cm 513 visų 513 dalis 508 valstybės 504 beveik 503 greitai 498 kuo 494 dažnai 489 '
        'puikiai 489 tiesiog 488 jav 483 šalies 483 visada 481 tapo 478 veikla 475 kol 473 '
        'vaikų 469 laiką 468 t 468 du 465 šios 465 esu 461 žemės 458 dirbti 456 i 456 '
        'tada 454 ypač 453 manau 450 sakė 450 kartais 448 kodėl 445 įmonės 445 viską 444 '
        'darbų 438 kuriuos 437 maisto 434 visai 434 anksčiau 431 dvi 431 sporto 431 '
        'visiems 431 pas 428 visa 428 sau 423 laikas 419 rajono 418 žmogus 418 '
        'pasaulyje 413 jas 411 žinoma 408 kita 400 respublikos 399 dienos 397 galime 397 '
        'darbą 394 j 394 rugsėjo 393 centro 390 kiekvieną 390 labiau 390 niekas 390 '
        'atrodo 389 kurio 389 niekada 387 vėliau 387 kalbos 386 kiekvienas 386 patys 386 '
        'šie 386 juk 384 nebuvo 384 šią 384 save 381 tad 381 turėtų 381 dalykų 378 '
        'dalį 378 namų 378 tu 377 šiandien 375 kitas 373 kiti 373 kultūros 373 ūkio 373 '
        'gyvenimą 369 pradėjo 369 norite 366 rasti 364 teisės 363 tokia 363 vietą 363 '
        'sistema 362 toliau 362 daryti 358 veikia 358 vyko 358 kuriame 353 tuomet 353 '
        'šiuo 353 s 350 miškų 349 pvm 349 šilutės 349 šio 349 diena 347 gana 347 '
        'kadangi 347 mėn 347 vandens 345 veiklos 345 vėl 345 koks 344 paprastai 344 '
        'spalio 341 visos 341 muzikos 340 vietos 340 galėtų 337 vietoje 336 kitaip 334 '
        'sudaro 334 įvairių 334 gegužės 331 skyriaus 331 nr 327 mokslo 323 tam 323 e 319 '
        'pavyzdžiui 317 balandžio 314 dievo 314 gauti 314 p 313 visas 313 vien 312 '
        'visuomenės 312 kam 309 būtent 308 v 306 dviejų 304 jokių 304 bent 303 turėjo 303 '
        'naują 302 duomenų 301 kelias 301 sunku 301 taigi 300 veiklą 300 būtina 299 '
        'geriau 299 jais 299 negu 299 vilniuje 299 na 297 tarybos 297 vilnius 297 '
        'šioje 297 dienas 295 tipo 295 meno 294 namo 294 vieno 294 šalių 294 bažnyčios 293 '
        'būdu 291 būna 291 negali 290 šeimos 290 mėnesį 289 ilgis 286 šv 284 pamatyti 281 '
        'grupės 277 kada 277 viso 277 šių 277 karo 275 ši 273 šiek 273 kino 272 tris 272 '
        'vadovas 272 c 270 universiteto 270 klaipėdos 269 pagalbos 267 liko 264 '
        'jaunimo 262 tie 262 vyksta 262 kurią 258 šalia 258 galėjo 257 gyvenime 257 '
        'didelis 254 spalvos 254 the 254 pakankamai 252 vienu 252 šiaulių 252 gyvenimo 251 '
        'padėti 251 anglų 249 asociacijos 249 centre 249 darbus 249 didelė 249 drauge 249 '
        'netgi 249 organizacijos 249 pasiekti 249 pramonės 249 projektas 249 val 249 '
        'dienų 247 pirmasis 247 suprasti 247 turime 247 labiausiai 245 oro 245 '
        'pabaigoje 245 pirma 245 pirmą 244 narių 243 rugpjūčio 243 tokiu 241 vieta 240 '
        'klausimas 239 darbas 237 gi 237 jus 237 naudoti 237 pvz 237 štai 237 l 236 '
        'europoje 235 komandos 234 moteris 234 tų 234 daktaras 233 kuriose 233 turėti 233 '
        'įvyko 233 buvau 231 joje 231 kovo 231 lietuva 231 namuose 231 nori 231 of 231 '
        'pusės 231 daugelis 229 sako 228 sistemos 228 trys 228 komanda 225 sausio 225 '
        'pati 223 gyventi 220 padaryti 219 tau 217 vasario 217 jai 215 formos 214 '
        'pradžioje 214 visiškai 214 mm 209 kurioje 208 priklauso 208 gyvena 207 turite 207 '
        'x 207 prekybos 204 problemų 204 rusijos 204 srityje 204 tokie 204 vos 204 '
        'nariai 202 pasakyti 202 vasaros 202 pinigų 201 darbuotojų 200 dievas 200 '
        'duomenis 200 dėmesį 200 esant 200 galimybė 200 gyvenimu 200 ilgiau 200 '
        'kelionės 200 mokslininkai 200 mokyklų 200 no 200 nėštumo 200 organizmas 200 '
        'pabaigos 200 parduotuvių 200 paroda 200 paslaugų 200 pavadinimas 200 '
        'pirmiausia 200 poveikį 200 priimti 200 priklausomai 200 produktų 200 programa 200 '
        'projekto 200 skonio 200 sukūrė 200 sveikatos 200 tapti 200 tinka 200 turto 200 '
        'uab 200 įmonėse 200 šalyse 200 amžiaus 197 galbūt 197 kitos 197 nebus 197 '
        'svarbiausia 197 tiesų 197 užsienio 197 geras 195 dalyvavo 194 tos 194 žmona 194 '
        'automobilių 193 darbai 193 ii 193 naujo 193 verslo 193 jūros 191 mažiau 191 '
        'tokio 191 vakarų 189 teatro 187 kelią 185 kartus 184 tavo 184 minučių 183 '
        'akis 181 mirties 181 nė 181 valdžios 181 šeima 181 esate 179 knygų 179 '
        'mokykla 179 centras 178 skaičius 178 vaikai 178 istorijos 175 kokia 175 '
        'nereikia 175 ta 174 irgi 172 istorija 172 kaune 172 kelio 172 kitais 172 '
        'mieste 172 savaitę 172 tokį 172 ilgai 170 juo 170 dauguma 167 kaimo 167 '
        'liepos 167 apsaugos 164 baltijos 164 žmones 164 gyventojų 162 jame 162 kito 162 '
        'sąjungos 162 sūnus 162 tokių 162 valdymo 162 gruodžio 159 moterų 159 svarbu 159 '
        'tūkst 158 dėmesio 157 dalies 154 eina 154 km 154 maždaug 154 namus 154 pro 154 '
        'reiškia 154 tiesa 154 lietuvą 152 tokios 152 neturi 151 akimis 150 alus 150 '
        'aplinkos 150 atsižvelgiant 150 atvejais 150 daugelio 150 dažniau 150 didžioji 150 '
        'energijos 150 fondas 150 galiausiai 150 gamtos 150 gimnazijos 150 informacija 150 '
        'jaunųjų 150 karto 150 kasdien 150 kūrinio 150 lauko 150 mokslų 150 nauja 150 '
        'naujas 150 nemokamai 150 palaiko 150 pasakė 150 personalo 150 prasidėjo 150 '
        'priežiūros 150 prisidėti 150 rinktis 150 siūlo 150 stiprumo 150 sukurtas 150 '
        'suteikia 150 tame 150 tampa 150 taryba 150 tel 150 tuos 150 tvoros 150 vanduo 150 '
        'veiksnys 150 y 150 šalis 150 šiame 150 žemaičių 150 žemėje 150 statybos 147 '
        'gyventojai 145 geriausias 143 matyti 143 mokykloje 143 vaikus 143 b 141 dirba 141 '
        'laukia 141 mirė 141 pagrindinis 141 meilės 139 puikus 139 turiu 139 švietimo 139 '
        'kt 138 seimo 138 galvos 137 lenkijos 137 lr 137 plotis 137 pradėti 137 pusę 137 '
        'keletą 135 paskui 135 rajone 135 siekia 135 tautos 135 lapkričio 134 abu 133 '
        'kartų 133 partijos 133 teisę 133 tyrimų 133 viduje 133 virš 133 vokietijos 133 '
        'vyriausybės 133 kažką 131 namai 131 narys 131 negalima 131 panevėžio 131 '
        'pinigus 131 žmonėms 131 h 129 kokie 129 laikais 129 patinka 129 pietų 129 '
        'problema 129 mln 128 vardas 128 birželio 125 grupė 125 metai 125 gera 120 '
        'kelių 117 tėvas 117 vardu 114 krašto 112 kūno 112 lyg 112 tarsi 110 vaikas 107 '
        'gyvenimas 104 vyras 104 aišku 102 greičiau 100 šalyje 100 pasaulį 98 saulės 98 '
        'vienos 91 kokios 89 trijų 89 beje 87 daro 87 reikalų 87 šiaurės 87 galiu 85 '
        'knyga 85 turbūt 85 baigėsi 83 dalyviai 83 direktorius 83 n 83 teismo 83 '
        'atstovai 81 kažkas 81 krepšinio 81 medicinos 81 vietų 81 žino 81 bendruomenės 79 '
        'mama 79 motina 79'), _table(
        'i 136461 a 115835 s 77633 t 59342 o 58984 e 58283 r 52586 n 51621 u 48476 k 46016 '
        'm 36754 l 32909 p 29702 d 25732 v 22557 g 20050 j 19677 ė 14384 b 14259 y 13403 '
        'ų 12220 š 11613 ž 7970 ą 6943 į 5355 c 4764 ū 4670 č 3300 z 2927 f 2351 ę 1526 '
        'h 1059 w 374 x 249'), (377, 102, 39)),
    'lv': ('latin', _table(
        'un 33478 ir 22882 ar 14734 par 11673 no 10113 ka 10066 arī 7691 uz 7481 kā 7466 '
        'kas 6971 bet 6367 vai 6181 ja 5314 to 5297 lai 4977 nav 4928 es 4908 tā 4769 '
        'tas 4609 ko 4499 man 4180 pēc 3926 bija 3779 tad 3316 var 3252 jau 2986 '
        'tikai 2928 latvijas 2794 līdz 2733 kad 2652 jo 2483 pie 2444 gada 2383 vēl 2362 '
        'būs 2353 gan 2202 savu 2177 ļoti 2089 tu 2029 mūsu 2003 mums 1931 mēs 1898 '
        'kaut 1839 tiek 1755 šo 1738 tās 1720 ne 1716 daudz 1706 pa 1698 kur 1693 '
        'visu 1693 viņš 1670 jums 1659 viņa 1608 vairāk 1535 laikā 1522 tik 1506 jūs 1493 '
        'būtu 1456 varētu 1415 cik 1383 pat 1371 nu 1343 tev 1301 valsts 1297 labi 1290 '
        'esmu 1285 būt 1275 tam 1245 latvijā 1215 pret 1206 šī 1206 kāds 1152 viņu 1152 '
        'darba 1133 viss 1127 tagad 1101 kādu 1100 tur 1091 visi 1082 tieši 1064 '
        'pirms 1057 taču 1046 bez 1036 gadu 1020 nekā 1010 iespējams 1000 jūsu 963 '
        'kurš 929 vien 877 tie 873 mani 861 tāpēc 847 viens 837 tomēr 825 kāpēc 823 '
        'tika 812 vienu 812 vienkārši 795 šis 789 laika 784 vajag 761 visiem 761 rīgas 760 '
        'kuru 748 tajā 746 a 740 šīs 736 varbūt 731 viņam 731 kuras 723 šajā 723 pats 720 '
        'viena 720 tiks 712 esi 697 starp 692 eiropas 685 paldies 685 viņi 685 te 677 '
        'bērnu 673 dienas 664 noteikti 649 laiks 646 mana 644 latviešu 631 sevi 631 '
        'tevi 630 jābūt 629 vairs 628 cilvēki 623 laiku 620 kopā 617 tiem 617 novada 614 '
        'kuri 607 kurā 607 dzīves 593 pirmā 593 citu 592 vienmēr 591 cilvēkiem 588 '
        'darbu 585 cilvēku 578 esam 578 dienu 571 kura 561 kāda 561 jā 559 cilvēks 558 '
        'protams 558 nē 555 labāk 554 nevar 546 tāpat 539 iespēju 532 kam 527 mākslas 524 '
        'notiek 518 tos 518 šodien 518 savā 516 rīgā 515 gadā 513 viņiem 508 lv 507 '
        'piemēram 506 nebija 505 lūdzu 500 vietā 500 c 499 katru 493 tāds 493 gadījumā 489 '
        'sporta 487 savas 486 kultūras 485 izglītības 479 nekad 469 pasaules 469 bijis 465 '
        'tādu 465 mērķis 461 bieži 459 labs 459 eiro 457 dienā 446 visus 444 tiesības 440 '
        'notiks 439 dod 437 notika 435 pirmo 435 visas 435 bērni 431 lietas 430 neko 430 '
        'citiem 425 problēmas 425 ūdens 425 reizi 424 krievijas 421 sava 421 '
        'attīstības 415 dēļ 415 manuprāt 415 gadus 413 patīk 408 īpaši 404 iet 401 '
        'jaunu 400 vēlas 399 šim 399 nevis 398 vietas 398 daļa 393 iespēja 393 latvija 389 '
        'mājās 387 ap 384 gandrīz 384 pārāk 384 trīs 384 mājas 383 neviens 383 grūti 382 '
        'i 379 rīga 378 izskatās 375 kādas 372 mācību 372 nekas 372 pilsētas 372 viņas 372 '
        'atrast 371 kopš 371 pakalpojumu 369 tiešām 361 t 359 tai 358 darīt 355 mans 355 '
        'vietu 355 asv 354 atrodas 352 laikam 352 ģimenes 351 aiz 350 liels 350 '
        'bērniem 348 šeit 348 ilgi 347 nebūtu 343 atkal 341 palīdzēt 338 gadiem 337 '
        'sev 337 jautājumu 335 divi 332 citi 329 naudas 329 varu 328 zemes 328 '
        'iespējas 326 zem 326 atbalstu 323 domes 323 konkursa 323 l 323 pašvaldības 323 '
        'maijā 322 dzīvi 316 ātri 316 sākumā 313 domā 312 tāda 311 priekšā 310 tām 310 '
        'centrs 308 e 308 šobrīd 308 jautājums 307 domāju 306 daļu 305 interneta 305 '
        'jauno 302 svarīgi 302 atpakaļ 301 diena 300 visa 300 daži 297 esot 297 spēles 297 '
        'it 296 kuriem 296 labu 296 savus 293 b 292 centrā 292 kamēr 291 galvenais 289 '
        'nedaudz 287 skolas 287 vismaz 287 savukārt 286 spēlē 286 jānis 285 saviem 285 '
        'baltijas 282 nozīmē 282 plkst 282 valodā 282 filma 280 novembrī 280 auto 279 '
        'nemaz 279 pirmajā 279 biju 278 gribu 278 lieliski 278 skolu 278 viņus 278 '
        'citām 277 dažādas 277 lapas 277 maksājumu 277 nepieciešams 277 nodaļas 277 '
        'sadarbības 277 tehnoloģiju 277 mūs 276 neesmu 275 pasaulē 275 izmantot 274 '
        'naudu 274 sen 274 nāk 273 priekš 272 doties 270 grupa 270 jeb 270 nevaru 270 '
        'varam 270 vieta 270 apmēram 268 savienības 268 d 267 ļauj 267 vari 266 galā 264 '
        'vasaras 264 joprojām 262 pirmais 262 dabas 261 reizes 261 varat 261 mazāk 258 '
        'vēlāk 258 centra 255 divas 255 ārā 255 vajadzētu 254 gados 253 palīdzību 250 '
        'pašu 250 vārds 250 šķiet 250 kādā 248 laba 247 s 247 ielā 243 jaunā 243 dievs 240 '
        'diezgan 240 katrs 240 varēja 240 vienā 240 kurus 238 drošības 236 pati 236 '
        'kādi 234 pilsētā 234 skolā 234 brīdī 231 cilvēkus 231 dažādu 231 gadījumos 231 '
        'iegūt 231 ietvaros 231 informācija 231 informāciju 231 izmantojot 231 '
        'jauniešu 231 kursu 231 lietām 231 maksu 231 palīdz 231 pieredze 231 '
        'priekšsēdētājs 231 produktu 231 projekta 231 saskaņā 231 stāsta 231 uzskatu 231 '
        'veidā 231 vidū 231 vērā 231 zinātnes 231 esat 230 nebūs 228 ceļu 227 drīz 227 '
        'liek 227 rīta 227 septembrī 227 teica 227 iekšā 225 krievu 224 runā 224 '
        'vispār 224 iepriekš 223 puses 223 savām 223 caur 221 grupas 221 izdarīt 221 '
        'līdzi 221 nakts 221 rezultātā 221 tautas 221 pāris 220 tālāk 220 dziesmu 218 '
        'skaits 218 tādēļ 218 šie 218 droši 215 pēdējā 215 teikt 215 dzīve 209 nedēļas 209 '
        'visā 207 aprīlī 204 draugi 204 gribi 204 nezinu 204 parasti 204 sirds 204 '
        'video 202 ātrāk 202 dzīvo 201 mūzikas 201 pilnīgi 201 citas 199 lūk 199 '
        'saeimas 199 tādas 199 uzmanību 199 g 197 kurām 197 lielā 197 tikko 197 ak 194 '
        'katram 194 kārtībā 194 lielākā 194 zināt 194 īsti 194 agrāk 192 sistēmas 192 '
        'veida 192 augustā 190 grāmatu 190 klāt 190 m 190 patiesībā 190 tava 190 tikt 190 '
        'manas 187 saka 186 apmācību 185 arvien 185 cikla 185 darbību 185 dieva 185 '
        'dzīvnieku 185 eiropā 185 filmu 185 foto 185 iegādāties 185 iepazīties 185 '
        'informācijas 185 izmaksas 185 jaunajā 185 kartes 185 komisijas 185 kurās 185 '
        'kādreiz 185 mēneša 185 nevienam 185 papildus 185 patlaban 185 personas 185 '
        'personām 185 personīgi 185 piedāvā 185 pieņem 185 projektus 185 rezultātu 185 '
        'sanāk 185 sevis 185 studentu 185 suns 185 tiesību 185 tēma 185 uzņēmums 185 '
        'vecuma 185 veikt 185 visai 185 vērtību 185 www 185 zina 185 zināšanas 185 '
        'šiem 185 šoreiz 185 šādas 185 liela 184 manu 184 mazliet 184 kopumā 183 lietu 183 '
        'otro 183 vēlies 183 darbs 182 blakus 181 māju 181 pašā 181 nauda 179 pateikt 179 '
        'problēma 179 valodas 178 draugs 177 sāka 177 u 177 ielas 174 aiziet 169 garām 166 '
        'grib 166 in 166 lielu 166 mamma 166 rīt 166 strādā 166 viegli 166 iela 163 '
        'redzēt 162 iedzīvotāju 161 otrā 161 pirmās 161 sieviešu 158 šogad 158 beigās 156 '
        'dzīvē 156 sezonas 156 stundas 156 angļu 153 cits 153 kādam 153 liepājas 153 '
        'nr 153 paši 153 v 153 beidzot 151 jāiet 151 jūras 151 tavs 151 tavu 151 the 151 '
        'tātad 151 viņai 148 daudzi 146 manis 146 patiešām 146 valodu 146 dzīvot 144 '
        'of 144 pareizi 144 sievietes 144 vārdu 144 zelta 144 bijusi 142 bērns 142 '
        'komanda 142 liekas 142 rokas 142 vienalga 142 meitene 139 skaidrs 139 visām 139 '
        'aicina 138 aicinām 138 aktivitātes 138 apdrošināšana 138 asinīs 138 '
        'atbildības 138 atbildību 138 cenšas 138 cilvēkam 138 cukura 138 dokumentu 138 '
        'dvēsele 138 fiziskās 138 ietekmē 138 interesanti 138 jelgavas 138 komentāru 138 '
        'komunikācijas 138 laivu 138 lēmumu 138 līmenī 138 nedēļā 138 paredz 138 pasta 138 '
        'pavasarī 138 piecu 138 piedalīties 138 procesu 138 procesā 138 programmu 138 '
        'receptes 138 sajūtu 138 satiksmes 138 sauc 138 servisu 138 sk 138 tikpat 138 '
        'toreiz 138 uzturēt 138 vadītāja 138 valsti 138 veikta 138 gads 137 otru 137 '
        'pār 137 sāk 137 tādi 137 zini 137 aptuveni 135 darbojas 135 manā 135 '
        'vienīgais 135 ziņas 134 darbi 133 nakti 133 nepatīk 133 pusē 133 uzreiz 133 '
        'valstī 133 dara 132 izmanto 132 nevajag 132 darbā 131 spēku 131 vairākas 131 '
        'gribētu 129 komandu 129 minūtes 129 neesi 129 o 129 prezidents 129 komandas 120 '
        'labākais 120 pavisam 120 žēl 117 kļūst 112 sākas 112 ceru 110 pāri 110 jauna 107 '
        'zinu 107 gaisa 104 km 104 spēj 104 dēls 102 prieks 102 ventspils 102 miris 100 '
        'cilvēka 98 jauki 96 martā 96 paliek 96 gadi 93 sieviete 93 spēle 93 vajadzīgs 93 '
        'valoda 93 dziesmas 91 p 91 dažas 89 filmas 89 kara 89 pēdējo 89 strādāt 89 ej 87 '
        'pilnībā 87 skaties 87 šovakar 87 aizsardzības 85 brīvības 85 jauns 85 maz 83 '
        'pasaule 83 saprast 83 taisnība 83 tevis 83'), _table(
        'a 112351 i 93959 s 78253 t 65587 e 64604 r 53658 u 53427 n 47025 k 39718 m 39196 '
        'ā 39180 o 35833 p 31964 d 30951 l 30644 v 26514 j 23735 ī 21202 z 19037 ē 17640 '
        'b 17487 g 12758 c 11776 š 11315 ū 5205 ņ 4145 f 3117 ļ 3024 ž 1612 h 1336 ķ 1290 '
        'ģ 1151 č 553 w 292 y 246 x 107 q 61'), (427, 101, 41)),
    'mi': ('latin', _table(
        'te 96919 i 59678 ki 36323 ngā 35864 o 33224 e 24961 a 20887 he 19051 ka 17903 '
        'ko 15378 ana 11419 me 9698 atu 9411 mahi 8435 nei 7689 hei 7632 mai 7632 kia 7115 '
        'hoki 6828 ai 6599 ia 6484 māori 6255 rā 6255 ā 6083 kua 5910 mō 5394 tēnei 5222 '
        'tau 4705 tā 4648 anō 4476 ake 4418 tētahi 4418 tōna 4418 rātau 4189 rātou 4189 '
        'nā 3959 wā 3902 kei 3787 mā 3672 whai 3672 tonu 3443 ētahi 3443 kōrero 3271 '
        'nui 3156 ao 3041 mea 2984 roto 2869 tū 2869 nō 2812 tō 2754 mua 2697 noho 2640 '
        'rua 2640 haere 2582 tana 2582 whare 2582 kura 2525 whānau 2410 mātou 2353 '
        'kaupapa 2295 tekau 2295 wāhi 2295 katoa 2238 kai 2181 waka 2181 noa 2066 iwi 2008 '
        'kē 2008 ōna 2008 reo 1894 tamariki 1894 tērā 1894 reira 1836 tangata 1836 ō 1836 '
        'mate 1779 tohunga 1779 kore 1721 aotearoa 1664 kupe 1664 kāore 1664 runga 1664 '
        'tino 1664 ngāti 1607 taua 1607 whakaaro 1607 ara 1549 kī 1549 whenua 1492 '
        'puta 1435 engari 1377 hapori 1377 hou 1377 hunga 1377 motu 1377 tautoko 1377 '
        'eke 1320 pai 1320 rōpū 1320 iho 1262 kaha 1262 muri 1262 roa 1262 tae 1262 '
        'turi 1262 wai 1262 take 1205 āhuatanga 1205 arā 1148 kātahi 1148 pā 1148 '
        'tāna 1148 hiahia 1090 kitea 1090 mo 1090 rohe 1090 taha 1090 tairāwhiti 1090 '
        'tāngata 1090 kapa 1033 mana 1033 tuatahi 1033 whakaata 1033 āna 1033 hua 975 '
        'marae 975 momo 975 rāua 975 tikanga 975 au 918 hanga 918 matua 918 mōhio 918 '
        'rangatahi 918 tiaki 918 uri 918 wiki 918 koroua 861 pakeke 861 tahi 861 tama 861 '
        'tata 861 tika 861 to 861 toa 861 tohu 861 toru 861 aro 803 huri 803 pāti 803 '
        'taiao 803 tāmaki 803 whakataetae 803 ēnei 803 aha 746 ama 746 heke 746 hōu 746 '
        'kite 746 maha 746 marama 746 of 746 pātai 746 rima 746 tai 746 tēnā 746 '
        'tūranga 746 uaua 746 heoi 689 ingoa 689 kaiwhakahaere 689 kiriata 689 kotahi 689 '
        'moana 689 mutu 689 pea 689 porou 689 raro 689 rau 689 rānei 689 tuku 689 '
        'tātou 689 ahakoa 631 haerenga 631 hopi 631 ika 631 koinei 631 kāinga 631 māmā 631 '
        'pakihi 631 piki 631 pērā 631 rangahau 631 ringa 631 rotorua 631 tauira 631 '
        'taupō 631 waenga 631 waiata 631 whanganui 631 āwhina 631 ērā 631 ahau 574 '
        'ahitereiria 574 ano 574 awa 574 hui 574 hāngai 574 irirangi 574 kāwanatanga 574 '
        'moenga 574 mātau 574 mātauranga 574 neke 574 nohanga 574 rawa 574 taku 574 '
        'taumata 574 tipu 574 tua 574 whakarite 574 whakarongo 574 whakatū 574 whitu 574 '
        'āta 574 aroha 516 aua 516 hai 516 haka 516 hauora 516 hoa 516 hoe 516 inā 516 '
        'kararaina 516 koe 516 kāre 516 mātanga 516 ono 516 ora 516 oranga 516 papa 516 '
        'pāpāho 516 pūtea 516 rangi 516 taonga 516 toka 516 tuarua 516 tātau 516 '
        'whakaae 516 wāhanga 516 āhua 516 āhuarangi 516 huarahi 459 kanohi 459 kino 459 '
        'koia 459 koianake 459 kāhui 459 mau 459 moemoeā 459 mokopuna 459 māia 459 '
        'māngai 459 mātua 459 nga 459 ngaro 459 pau 459 petipeti 459 pānga 459 ratonga 459 '
        'rere 459 tapaina 459 tāne 459 wawata 459 wehe 459 whakamārama 459 whā 459 '
        'whānui 459 āpōpō 459 ahi 402 ata 402 ehara 402 ekenga 402 hara 402 kaiako 402 '
        'kainga 402 kaitiaki 402 karapu 402 karauna 402 kawe 402 konei 402 mema 402 '
        'miriona 402 māoriland 402 ngākau 402 parihaka 402 pirimia 402 rite 402 rongo 402 '
        'rongoā 402 rākau 402 rū 402 taea 402 taiopenga 402 tara 402 tohutohu 402 toi 402 '
        'tono 402 whakahaere 402 wānanga 402 harikoa 344 hawaiiki 344 hoko 344 huringa 344 '
        'hyland 344 hōro 344 kupu 344 kōkiri 344 maimai 344 mano 344 matapae 344 '
        'maungapōhatu 344 māui 344 mēnā 344 na 344 naho 344 nāianei 344 pae 344 '
        'pakanga 344 pāremata 344 pēhea 344 pūkenga 344 rangapū 344 rangatira 344 '
        'rautaki 344 rerekē 344 shane 344 taka 344 taketake 344 talei 344 tere 344 the 344 '
        'tiki 344 tohua 344 toro 344 tu 344 tuatoru 344 tāhuhu 344 tāwāhi 344 tūmanako 344 '
        'utu 344 whaitiri 344 whakaaetanga 344 whakapono 344 whakaputa 344 your 344 '
        'ako 287 hau 287 have 287 herangi 287 hine 287 hipa 287 kamupene 287 karanga 287 '
        'kaua 287 kaunihera 287 korowai 287 mahere 287 makaurau 287 mihi 287 mānuka 287 '
        'mārama 287 nuinga 287 ohorere 287 otirā 287 pārekareka 287 reanga 287 riro 287 '
        'sharples 287 tainui 287 taniwha 287 taputapu 287 taumaha 287 taurima 287 '
        'tinana 287 tukua 287 tukunga 287 ture 287 tāku 287 tākuta 287 tāra 287 tōku 287 '
        'wa 287 wahine 287 waititi 287 whakanui 287 whakaora 287 whakatairanga 287 '
        'whāinga 287 wētahi 287'), _table(
        'a 182720 i 105264 t 93044 e 86339 k 69481 o 61444 n 60880 h 58280 r 52718 u 49381 '
        'ā 41485 m 32085 g 27699 w 23735 p 19599 ō 11217 ē 6705 ū 4293 l 2961 s 2648 '
        'ī 1708 d 1457 c 1379 y 846 b 830 f 799 v 470 j 219 z 157 x 141'), (751, 84, 63)),
    'mk': ('cyrillic', _table(
        'на 60779 и 36613 во 35559 се 26933 од 23876 да 21065 за 18726 е 15457 со 14826 '
        'го 9172 не 9128 како 7901 што 7778 ја 6920 ќе 6809 дека 6393 ги 5701 година 4727 '
        'тоа 4032 а 3752 кои 3530 по 3488 но 3471 до 3413 кој 3244 има 2923 тој 2844 '
        'бил 2742 или 2662 многу 2412 која 2358 кога 2271 само 2133 така 2066 беше 2059 '
        'може 2041 сите 2029 си 1982 еден 1957 време 1908 додека 1706 други 1689 ова 1681 '
        'ми 1661 па 1651 ти 1632 повеќе 1624 овој 1561 биле 1557 била 1457 нема 1407 '
        'исто 1406 ако 1404 му 1403 македонија 1379 под 1348 пред 1340 оваа 1338 кај 1324 '
        'биде 1322 дел 1293 според 1281 каде 1275 години 1271 поради 1222 треба 1215 '
        'околу 1212 неговата 1198 било 1169 имаат 1169 некои 1159 овие 1118 им 1116 '
        'тие 1116 јас 1111 една 1107 без 1105 таа 1093 уште 1034 бидејќи 1008 сум 975 '
        'кон 896 иако 860 би 835 бројот 833 страна 833 луѓе 827 неговиот 827 дали 823 '
        'објектот 815 преку 814 број 799 ни 797 својот 775 освен 773 сега 766 својата 764 '
        'можат 757 ме 755 работи 744 век 741 затоа 741 место 721 земјата 717 јазик 717 '
        'голем 712 те 711 меѓу 690 денес 688 светот 680 против 672 беа 658 кое 656 '
        'споменува 652 помеѓу 647 неколку 641 веќе 639 неговите 638 пример 622 добро 616 '
        'истражувања 611 пат 607 низ 601 луѓето 598 нив 590 голема 585 г 583 некој 581 '
        'две 580 значи 575 скопје 575 првата 574 предмет 570 бидат 567 при 565 врз 560 '
        'ден 559 градот 557 различни 557 живот 553 ви 550 заедно 530 името 529 нешто 527 '
        'покрај 525 текот 521 сепак 519 цел 519 работа 517 дури 513 своите 507 ние 500 '
        'колку 497 крајот 495 период 495 група 488 сад 484 групата 483 зошто 478 мене 478 '
        'наоѓа 464 тогаш 460 име 459 едно 454 потоа 454 повторно 453 тука 450 '
        'население 448 рамките 448 содржи 448 толку 447 прв 443 почетокот 440 систем 440 '
        'малку 438 три 438 неговото 436 над 434 него 431 јуни 426 начин 425 крај 423 '
        'подоцна 423 милиони 422 помалку 421 нивните 418 она 417 сакам 416 сме 416 '
        'држава 414 германија 413 вода 410 два 408 македонски 407 настани 407 откако 407 '
        'периодот 407 прави 407 претставува 405 врска 403 секој 403 деца 397 пак 397 '
        'долари 392 другите 391 никогаш 385 првиот 381 државата 377 мајка 373 туку 373 '
        'пари 371 енергија 370 март 370 жители 367 населението 367 град 366 после 362 '
        'двете 361 нејзината 359 особено 358 дена 349 ниту 349 сте 349 ве 346 човек 338 '
        'неа 336 всушност 335 нивниот 335 своето 335 центар 332 друг 331 ама 330 сè 328 '
        'историја 326 ли 326 негово 326 селото 326 татко 324 телото 322 имаше 321 '
        'смета 321 користат 316 оние 316 можеби 315 помош 315 децата 314 општина 313 '
        'тебе 308 направи 305 нов 304 надвор 297 ништо 294 информации 292 места 291 '
        'нивната 291 секогаш 291 најмногу 289 мислам 288 нови 288 постои 288 право 288 '
        'мора 286 год 285 значајни 285 имале 285 никој 285 припаѓа 285 црква 285 југ 285 '
        'основа 283 резултат 283 имам 281 франција 281 филмот 278 форма 278 доколку 277 '
        'знам 275 таму 275 влада 272 грција 272 нашиот 270 октомври 270 односно 267 '
        'пет 267 ред 266 вели 264 времето 263 д 263 игра 260 дојде 259 жена 259 '
        'промени 258 слика 258 декември 256 нас 256 првите 256 земја 255 веднаш 254 '
        'војна 254 дете 254 партија 254 води 252 новата 252 сака 251 често 251 сили 250 '
        'ѝ 250 вклучувајќи 248 местото 248 новиот 248 атласот 244 вредност 244 '
        'групиран 244 длабокото 244 добил 244 каталогот 244 книга 244 небо 244 '
        'означена 244 основни 244 победа 244 пописот 244 реката 244 сезона 244 улога 244 '
        'уранометрија 244 ѕвезди 244 користи 242 музика 242 разлика 242 училиште 242 '
        'живеат 240 рече 240 мај 239 филм 239 меѓутоа 238 доаѓа 237 развој 237 с 237 '
        'свет 236 податоци 234 дело 233 брат 232 владата 232 вид 229 нова 229 состојба 229 '
        'вие 228 можам 228 р 227 република 225 однос 224 наместо 222 нашата 222 '
        'договор 220 власт 218 сакаш 218 секоја 218 земји 216 знае 214 имаме 214 мисли 213 '
        'образование 213 септември 213 син 213 држави 211 живее 211 проблеми 210 тешко 210 '
        'видео 208 твитер 208 де 207 месеци 207 можност 207 сакате 207 себе 206 истата 205 '
        'никола 205 албумот 204 гол 204 друга 204 економски 204 ефект 204 зголемување 204 '
        'изнесува 204 имал 204 исток 204 карактеристики 204 минути 204 музиката 204 '
        'најчесто 204 нејзиното 204 обично 204 палатата 204 поделба 204 појавува 204 '
        'проучување 204 разни 204 сингл 204 стр 204 тите 204 украина 204 хрватска 204 '
        'август 203 конечно 203 дела 201 смртта 201 прва 200 животот 199 изгледа 199 '
        'мојот 199 подобро 199 проектот 198 целиот 198 сметаат 196 проблем 195 '
        'навистина 194 нашите 194 нејзиниот 193 оди 192 постојат 192 жените 191 дома 190 '
        'бев 188 случи 188 денеска 186 имаш 186 куќа 186 политика 186 србија 186 '
        'четири 186 април 183 овде 183 еве 182 англиски 181 лесно 181 тим 181 член 181 '
        'култура 179 човекот 179 доволно 178 збор 178 претседател 178 сакаат 178 вас 175 '
        'претседателот 175 знаеш 174 целосно 174 прашање 172 целата 172 јануари 170 '
        'америка 168 гледа 168 македонскиот 168 повеќето 168 понекогаш 168 февруари 168 '
        'денот 166 доста 166 жени 166 некоја 166 песна 166 станува 166 членови 166 '
        'кого 164 ноември 164 бугарската 163 вклучен 163 владеење 163 водство 163 '
        'војната 163 вршено 163 главна 163 главната 163 главно 163 даде 163 '
        'демографија 163 добра 163 друго 163 западната 163 започнал 163 збирки 163 '
        'избран 163 империја 163 истражувачи 163 кина 163 комитет 163 кралот 163 '
        'критериуми 163 куќи 163 наградата 163 награди 163 настап 163 најголемото 163 '
        'најмалото 163 нозете 163 областа 163 оддалеченост 163 округот 163 пласман 163 '
        'поврзани 163 поделби 163 познати 163 претставници 163 радио 163 различн 163 '
        'растојание 163 регионот 163 роден 163 север 163 северна 163 серијата 163 '
        'станал 163 таква 163 тежина 163 улогата 163 управување 163 црквата 163 '
        'шпанија 163 јазици 163 дом 162 зборува 162 историјата 162 мал 162 патот 162 '
        'самиот 162 лица 161 оној 161 прво 161 пати 158 велат 157 делови 157 половина 157 '
        'слики 157 тело 157 бара 155 групи 155 некое 155 пријатели 155 рака 155 ке 154 '
        'мојата 154 напад 154 последните 154 услови 154 случува 153 можно 152 вашите 150 '
        'храна 150 добар 148 европа 148 отколку 148 случај 148 евра 145 заради 145 '
        'граѓаните 144 моите 144 пишува 143 поддршка 143 дава 141 законот 141 зборови 141 '
        'гледам 138 едноставно 138 кажам 138 мали 138 недела 138 мала 136 месец 134 '
        'порано 134 премногу 134 причина 134 русија 134 двајца 132 зад 132 изјави 132 '
        'имате 132 ниво 132 сила 130 часа 130 избор 128 бугарија 126 вистински 126 '
        'права 126 продолжи 126 турција 126 центарот 126 можеме 125 можеш 125 помогне 124 '
        'армија 122 белград 122 бендот 122 биографија 122 бог 122 важни 122 вашиот 122 '
        'врши 122 главен 122 големо 122 грчки 122 донесе 122 зависност 122 завршил 122 '
        'значење 122 каква 122 каков 122 количина 122 можете 122 можности 122 '
        'најдобрите 122 најпрво 122 носат 122 објавил 122 одбрана 122 одреден 122 '
        'останува 122 поле 122 политички 122 полуостров 122 популарни 122 последна 122 '
        'потреба 122 предизвика 122 пристап 122 разликуваат 122 света 122 села 122 '
        'семејството 122 создавање 122 создаде 122 средно 122 театар 122 територија 122 '
        'точно 122 уметноста 122 честопати 122 јули 122 важно 120 денови 120 закон 120 '
        'знаете 120 речиси 120 смрт 120 тема 120 личност 118 носи 118 стана 118 '
        'македонската 116 нејзините 116 употреба 115 сигурно 114 претходно 113 еднаш 112 '
        'мажи 111 врати 110 нека 110 ајде 107 големи 107 прашања 107 убаво 107 утре 107 '
        'вашата 104 некогаш 104 барем 102 девојка 102 прават 102 бидам 100 момент 100 '
        'немам 100 часот 100 видам 98 види 98 работата 98 брзо 96 вчера 96 баш 93 '
        'полицијата 93 секако 93 дај 91 знаат 91 интернет 91 семејство 91 среќа 91 '
        'јасно 91 љубов 91 заврши 89 избори 89 лице 89 молам 89 народ 89 вмро 87 '
        'воопшто 87 затвор 87 заштита 87 најде 87 сѐ 87 моето 85 нели 85 организација 85 '
        'бидете 83 зашто 83 граѓани 81 жал 81 каже 81 лошо 81 ноќ 81 порака 81 бараат 79 '
        'вечерва 79 еу 79 контрола 79 немаше 79 постојано 79 почеток 79 сакаме 79 сам 79 '
        'супер 79 премиер 78 бидеш 76 вака 76 веројатно 76 медиуми 76 парите 76 '
        'полиција 76 фала 76 вечер 74 истиот 74 мислев 74 одам 74 мислиш 72 немаат 72 '
        'приказна 72 такви 72 внимание 70 добри 70 знаеме 70 кажа 70'), _table(
        'а 134025 о 110050 и 93417 е 84049 т 72488 н 71346 р 49488 с 46198 в 42908 д 39070 '
        'к 38917 л 34485 п 27920 м 23777 у 21309 г 18263 ј 18187 з 16785 б 15887 ч 8027 '
        'ш 7372 ц 6656 ж 5194 ф 3960 њ 3732 х 2407 ќ 2026 ѓ 1234 џ 335 ѕ 213 љ 107 ѝ 61 '
        'й 46'), (528, 77, 44)),
    'mn': ('cyrillic', _table(
        'нь 23828 байна 10377 ч 9704 гэж 9128 юм 9032 энэ 8455 байгаа 6533 л 5957 '
        'олон 5573 монгол 5284 бол 5092 их 4708 байсан 4612 хүн 3939 нэг 3555 улс 3555 '
        'байх 3171 тэр 3075 болох 2978 уу 2978 монголын 2882 хоёр 2690 би 2498 болж 2402 '
        'болон 2402 бас 2306 дээр 2306 биш 2210 гээд 2210 ямар 2210 гэсэн 2114 мөн 2114 '
        'төрийн 2114 шиг 2114 авч 2018 байдаг 2018 бид 2018 болно 2018 вэ 2018 харин 2018 '
        'хүний 2018 болсон 1922 маань 1922 манай 1922 улсын 1826 хэдэн 1826 арга 1729 '
        'байж 1729 дээ 1729 гэдэг 1633 д 1633 дараа 1633 засгийн 1633 одоо 1633 '
        'сайхан 1633 тухай 1633 тэд 1633 хамгийн 1633 хийж 1633 хувьд 1633 ажил 1537 '
        'ард 1537 билээ 1537 газар 1537 жилийн 1537 орон 1537 авсан 1441 дэлхийн 1441 '
        'зүйл 1441 нэр 1441 р 1441 төр 1441 өөр 1441 авах 1345 байв 1345 болов 1345 '
        'бусад 1345 зарим 1345 илүү 1345 та 1345 хэмээн 1345 үг 1345 буй 1249 гэхдээ 1249 '
        'дахь 1249 ийн 1249 нийгмийн 1249 нэгэн 1249 онд 1249 оны 1249 талаар 1249 '
        'тэгээд 1249 хүмүүс 1249 шууд 1249 ын 1249 юу 1249 ёстой 1249 үед 1249 өмнө 1249 '
        'жил 1153 н 1153 нар 1153 сайн 1153 уг 1153 хэрэг 1153 эрх 1153 ба 1057 '
        'байлаа 1057 бий 1057 даа 1057 тодорхой 1057 тул 1057 эдийн 1057 энэхүү 1057 '
        'аварга 961 аль 961 боловч 961 бус 961 буюу 961 бэ 961 ганц 961 гэх 961 ийм 961 '
        'ирсэн 961 махн 961 миний 961 монголд 961 мэт 961 санал 961 сая 961 уих 961 '
        'хэн 961 чинь 961 үйл 961 үү 961 бага 865 байхгүй 865 болохоор 865 гэвэл 865 '
        'нийт 865 сарын 865 сэтгэл 865 том 865 түүний 865 хамт 865 хойш 865 хууль 865 '
        'явдал 865 яг 865 өдөр 865 ану 769 арай 769 ардчилсан 769 байжээ 769 байхад 769 '
        'бүх 769 бөгөөд 769 гар 769 гэтэл 769 ерөнхий 769 зохион 769 маш 769 надад 769 '
        'нарын 769 нууц 769 олж 769 сайд 769 сар 769 соёл 769 түлхүүр 769 түмний 769 '
        'хар 769 харагдаж 769 хэд 769 хэдий 769 хэмжээ 769 цаг 769 шинэ 769 энд 769 эх 769 '
        'бидний 673 биднийг 673 бодож 673 болжээ 673 бүр 673 бөхийн 673 гарсан 673 '
        'даваа 673 дахин 673 дэх 673 ер 673 засаг 673 зэрэг 673 зөвхөн 673 монголчууд 673 '
        'мэдээж 673 мөнгө 673 нутаг 673 орж 673 оронд 673 орох 673 сард 673 тиймээс 673 '
        'тоглолт 673 тоо 673 тун 673 турш 673 тус 673 тухайн 673 түүх 673 төв 673 удаа 673 '
        'улам 673 учир 673 хааны 673 хийх 673 хотын 673 хувь 673 хэрхэн 673 хятадын 673 '
        'хүнийг 673 шүү 673 ярьж 673 үзэл 673 үндсэн 673 өөрийн 673 ажиллаж 576 ам 576 '
        'англи 576 анх 576 аргагүй 576 багийн 576 байдал 576 бие 576 биз 576 бодлого 576 '
        'болгон 576 болоод 576 гадна 576 газрын 576 гол 576 гэдгийг 576 дунд 576 дээд 576 '
        'ингэж 576 ирэх 576 монголчуудын 576 муу 576 мэдээллийн 576 намын 576 нутгийн 576 '
        'ны 576 огт 576 с 576 тийм 576 тоглож 576 түмэн 576 удаагаа 576 ухааны 576 '
        'хийдэг 576 хийсэн 576 холбоо 576 холбооны 576 хурдан 576 хуулийн 576 хуучин 576 '
        'хэлбэл 576 хэлж 576 хятад 576 хїмїїс 576 хүчтэй 576 эсвэл 576 эсрэг 576 яаж 576 '
        'яваа 576 явсан 576 ёс 576 үгээр 576 үеийн 576 үр 576 өөрийгөө 576 аа 480 адил 480 '
        'алга 480 алтан 480 амар 480 анхны 480 асуулт 480 байгааг 480 байдлаар 480 '
        'байр 480 барилдаанд 480 баяр 480 бүгд 480 бүрийн 480 бүртгүүлэх 480 бүрэн 480 '
        'бөх 480 г 480 гадаад 480 гаргаж 480 гарч 480 гурван 480 гэнэ 480 гэр 480 '
        'дарга 480 дор 480 дээрээ 480 жилд 480 залуу 480 зөв 480 идэж 480 ийг 480 иймд 480 '
        'ингээд 480 иргэний 480 ирж 480 минь 480 нам 480 намайг 480 нөлөө 480 одоогийн 480 '
        'орнуудын 480 орос 480 орчин 480 соёлын 480 сэргээх 480 сүүлийн 480 тал 480 '
        'талын 480 тоглолтын 480 толгойг 480 тулд 480 тухайлбал 480 тэгвэл 480 тэдний 480 '
        'тэмцээн 480 тэнд 480 түүнийг 480 төлөө 480 улаан 480 улсад 480 уул 480 '
        'уулзалт 480 хотод 480 хэрэглэгчийн 480 хэцүү 480 хїн 480 хүлээн 480 хүртэл 480 '
        'хүрч 480 хүү 480 хөгжүүлэх 480 цагийн 480 чи 480 эрдэм 480 эхлээд 480 ялгаа 480 '
        'үгүй 480 үнэн 480 өгсөн 480 өндөр 480 өргөн 480 аваад 384 авна 384 амьдарч 384 '
        'асуудлыг 384 б 384 байгуулсан 384 банкны 384 гаруй 384 дотор 384 дээрх 384 '
        'иргэд 384 иргэн 384 м 384 мал 384 нарт 384 орны 384 оруулах 384 руу 384 '
        'тэднийг 384 түгээмэл 384 хол 384 хугацаа 384 хэсэг 384 хөгжлийг 384 чухам 384 '
        'шалтгаан 384 шударга 384 шүүх 384 эзэн 384 ээр 384 яагаад 384 явж 384 япон 384 '
        'їе 384 өөрийнхөө 384 өөрсдийн 384 өөрсдөө 384'), _table(
        'а 120191 н 82092 э 75586 г 61828 л 60469 о 53981 р 49717 д 47832 х 46728 и 45131 '
        'й 42481 у 36604 т 34702 с 30727 б 29063 ө 26192 ү 26141 м 23355 ж 16510 в 13198 '
        'ч 11975 ы 10752 з 9274 ь 8068 ш 7491 ц 6675 я 6404 е 4043 ї 3567 к 2820 ю 2701 '
        'ё 1682 п 1240 ф 340 є 323 ъ 119'), (376, 89, 44)),
    'mr': ('devanagari', _table(
        'आहे 18507 आणि 12176 या 9254 व 7427 नाही 7184 तर 7062 ते 6088 काही 4870 होते 4870 '
        'हे 4383 आहेत 4262 एक 4262 पण 4262 असे 3896 त्या 3896 हा 3653 त्यामुळे 2800 '
        'की 2557 तरी 2557 यांनी 2557 असते 2435 करून 2435 झाले 2435 त्यांना 2435 केला 2313 '
        'मी 2313 अनेक 2192 अशा 2192 ती 2192 दोन 2192 असतो 2070 असून 2070 केली 2070 '
        'झाली 2070 तो 2070 म्हणून 2070 होता 2070 काय 1948 केले 1948 त्यांच्या 1948 ही 1948 '
        'आली 1826 एका 1826 फक्त 1826 म्हणजे 1826 होती 1826 अशी 1705 आज 1705 आपल्या 1705 '
        'किंवा 1705 तसेच 1705 त्यांनी 1705 मला 1705 हजार 1705 असतात 1583 आता 1583 कमी 1583 '
        'कोटी 1583 त्यात 1583 परंतु 1583 सर्व 1583 का 1461 त्याच्या 1461 त्याला 1461 '
        'दिले 1461 यांच्या 1461 असा 1339 असेल 1339 इतर 1339 करणे 1339 जातो 1339 ज्या 1339 '
        'तेव्हा 1339 त्यासाठी 1339 निर्माण 1339 कारण 1218 घेऊन 1218 जाते 1218 झाला 1218 '
        'मध्ये 1218 वा 1218 होतो 1218 आला 1096 करण्याची 1096 चार 1096 तयार 1096 न 1096 '
        'प्रश्न 1096 रुपये 1096 असलेल्या 974 आपली 974 आले 974 खूप 974 झालेल्या 974 डॉ 974 '
        'तिला 974 त्याची 974 दिवस 974 निर्णय 974 माहिती 974 मोठी 974 येथील 974 येथे 974 '
        'आपण 852 करण्यात 852 जात 852 तिथे 852 त्यांचे 852 फार 852 मग 852 राज्य 852 '
        'श्री 852 संस्था 852 होतं 852 ह्या 852 अधिक 731 असं 731 असता 731 करत 731 करता 731 '
        'करीत 731 काम 731 गेल्या 731 गोष्ट 731 घेण्यात 731 जिल्हा 731 जे 731 टक्के 731 '
        'तुमच्या 731 तुम्ही 731 तेथे 731 त्यांची 731 त्याचे 731 दिली 731 दिवशी 731 '
        'देखील 731 देत 731 पाणी 731 पूर्ण 731 पैसे 731 भाग 731 माझा 731 मोठा 731 '
        'म्हणतात 731 यांची 731 यांना 731 येणार 731 योग्य 731 राजकीय 731 लागले 731 वर 731 '
        'विचार 731 विविध 731 शिक्षण 731 समावेश 731 स्वत 731 होऊ 731 होत 731 अधिकारी 609 '
        'अभ्यास 609 असल्याचे 609 असल्याने 609 आम्हाला 609 आम्ही 609 इ 609 करण्याचे 609 '
        'करण्यासाठी 609 करायची 609 काळात 609 खर्च 609 घरात 609 घेतला 609 चित्रपट 609 '
        'जबाबदारी 609 जरी 609 तीन 609 त्यांचा 609 त्याचा 609 त्यावर 609 नको 609 नाहीत 609 '
        'परिणाम 609 पुन्हा 609 पू 609 पोलीस 609 प्रचंड 609 प्रत्येक 609 प्रमुख 609 '
        'प्रसिद्ध 609 बंद 609 मात्र 609 मुंबई 609 यात 609 येते 609 लक्षात 609 लहान 609 '
        'वाटत 609 वापर 609 वेळ 609 व्यापारी 609 सांगितले 609 सुरु 609 होईल 609 होत्या 609 '
        'होय 609 अनुभव 487 असतील 487 आपल्याला 487 आर्थिक 487 इथे 487 उत्तम 487 करते 487 '
        'कसा 487 काढले 487 कि 487 केलं 487 केलेल्या 487 गरज 487 घेतली 487 चालू 487 '
        'च्या 487 जाऊन 487 जागतिक 487 जातात 487 जास्त 487 झालेले 487 ठिकाणी 487 तक्रार 487 '
        'तसे 487 तू 487 त्यामुळेच 487 दिला 487 दुसरा 487 दूर 487 दृष्टीने 487 देण्यात 487 '
        'दोन्ही 487 नवी 487 ना 487 नाव 487 नियोजन 487 नॅशनल 487 नेहमी 487 नोंद 487 '
        'पासून 487 पाहिजे 487 पिंपरी 487 पुढील 487 प्रकार 487 प्रतिक्रिया 487 प्राप्त 487 '
        'भाषा 487 भूमिका 487 मतदान 487 मराठी 487 मुख्यमंत्री 487 मोठे 487 मोठ्या 487 '
        'म्हणाले 487 यांचे 487 याची 487 यावर 487 यासाठी 487 येत 487 लक्ष 487 लागते 487 '
        'लागला 487 लोक 487 वगैरे 487 वाढ 487 विकास 487 विशेष 487 वेगाने 487 वेळी 487 '
        'शकत 487 शकते 487 संपूर्ण 487 संवाद 487 समिती 487 सहभागी 487 सहा 487 सुंदर 487 '
        'स्वामी 487 हिंदु 487 अत्यंत 365 अथवा 365 अन् 365 अशोक 365 असत 365 असले 365 '
        'अहवाल 365 आजही 365 आठवण 365 आदमी 365 आदेश 365 आनंद 365 आमच्या 365 आलेले 365 '
        'इंग्रजी 365 इच्छा 365 इतक्या 365 उच्च 365 उपाय 365 उपाययोजना 365 उभा 365 उभी 365 '
        'उल्लेख 365 एकत्र 365 एखादा 365 करतात 365 करायला 365 कल्पना 365 कार्य 365 किमी 365 '
        'केंद्र 365 केल्यामुळे 365 केवळ 365 को 365 कोणत्याही 365 कौतुक 365 खरं 365 खरे 365 '
        'खाते 365 खाद्य 365 खासगी 365 गाडी 365 गेली 365 गेले 365 घटना 365 घेण्यासाठी 365 '
        'चर्चा 365 जनजागृती 365 जाऊ 365 जागा 365 जी 365 झाल्यास 365 डॉक्टर 365 तब्बल 365 '
        'तापमान 365 त्याच 365 धार्मिक 365 नये 365 नसून 365 नामांकित 365 नावाने 365 '
        'नाहीतर 365 निदान 365 निवड 365 नेतृत्व 365 पंधरा 365 पक्ष 365 पद्धतीचा 365 '
        'परिसरात 365 परिस्थिती 365 पाच 365 पातळीवर 365 पाय 365 प्रकारच्या 365 प्रमाण 365 '
        'प्रयत्न 365 प्राणी 365 बलात्कार 365 बाबतीत 365 भारतात 365 भारतीय 365 भाषण 365 '
        'मदत 365 महत्त्वाचा 365 मागणी 365 माझी 365 माझे 365 यांचा 365 येईल 365 येऊन 365 '
        'येतात 365 येतो 365 रुपयांची 365 लाख 365 लागत 365 लोकसंख्या 365 वतीने 365 '
        'वस्तू 365 वाटते 365 वापरले 365 विश्वास 365 वेळा 365 शकतो 365 शाळा 365 शिंदे 365 '
        'सध्या 365 सर्वात 365 सल्ला 365 सांगू 365 साहाय्याने 365 सुधारणा 365 सौ 365 '
        'स्वतंत्र 365 हवी 365 हातात 365 होऊन 365'), _table(
        'त 94229 र 91101 य 73914 क 65690 ल 57184 न 55075 व 51314 स 51139 च 43547 ह 41965 '
        'म 41438 प 39400 ण 29559 द 26606 आ 22037 ग 20174 ज 20034 अ 17749 श 15465 ब 15183 '
        'ट 13110 ड 12547 ध 12512 ळ 11388 ष 11036 ख 8541 भ 8470 ठ 7486 थ 6397 घ 5131 उ 4393 '
        'फ 4393 झ 4182 ए 3936 इ 2882 ई 2741 ढ 2320 ऊ 2003 ऱ 808 छ 668 ओ 457 ञ 457 ऑ 316 '
        'ऐ 281 य़ 281 ऋ 176 ऍ 105 औ 105'), (290, 82, 43)),
    'ms': ('latin', _table(
        'yang 26550 di 18997 dan 18953 ini 11581 lagu 10828 untuk 10019 tak 9427 '
        'dengan 9400 download 9039 pada 8538 dari 7505 dalam 5793 mp3 5792 boleh 5613 '
        'adalah 5530 oleh 5226 saya 4928 ada 4819 orang 4433 ke 4258 aku 4050 tidak 3789 '
        'itu 3709 awak 3620 anda 3569 terbaru 3510 semua 3459 mereka 3442 lagi 3437 '
        'kita 3340 tapi 3147 lebih 3135 batu 3130 dia 3044 atau 3043 kau 3033 kepada 2998 '
        'juga 2969 nak 2875 diposting 2852 buat 2768 apa 2691 telah 2649 bukan 2580 '
        'satu 2541 mana 2442 gratis 2369 dah 2329 ia 2298 sebagai 2280 seperti 2255 '
        'akan 2230 jadi 2223 jangan 2212 daripada 2207 tahun 2102 baik 2038 ialah 2032 '
        'album 2018 menjadi 2010 sekolah 1951 seorang 1948 hari 1923 bagi 1902 besar 1830 '
        'banyak 1822 komentar 1799 indonesia 1790 lain 1697 dunia 1684 tahu 1642 '
        'belum 1617 jika 1613 anak 1609 the 1547 tempat 1482 baru 1480 hanya 1453 '
        'kami 1442 rasa 1433 sebuah 1425 atas 1391 kalau 1373 malaysia 1371 suka 1325 '
        'masa 1310 sama 1307 dapat 1290 beberapa 1273 crusher 1272 ni 1269 beliau 1267 '
        'harga 1209 saja 1194 kata 1185 nama 1185 tersebut 1185 tu 1170 sendiri 1164 '
        'lelaki 1153 salah 1143 full 1141 malam 1137 merupakan 1118 selamat 1108 '
        'kemudian 1103 macam 1088 kerana 1073 cakap 1070 mempunyai 1070 pun 1069 '
        'tetapi 1062 dua 1047 keluar 1045 wanita 1033 kumpulan 1028 memiliki 1028 '
        'ketika 1027 negara 1021 paling 1021 kawan 1019 mb 1009 mesin 1009 masuk 1006 '
        'sangat 983 masih 980 tanpa 972 bisa 965 cinta 960 hidup 959 lihat 954 pernah 923 '
        'in 916 tiada 914 bila 909 kedua 903 kecil 899 manusia 895 pertama 883 ibu 867 '
        'membuat 865 jalan 863 cara 862 air 861 bersama 849 menggunakan 844 lama 838 '
        'jul 834 lirik 834 al 829 kan 819 hati 807 a 806 kampung 806 rumah 806 kali 804 '
        'secara 802 terus 801 siapa 798 cd 790 sekarang 776 sebab 762 tinggi 750 '
        'digunakan 746 pergi 740 lupa 736 no 733 setiap 733 d 726 kena 719 sebelum 711 '
        'tentang 711 seluruh 707 kawasan 703 uc 702 sekali 701 mati 695 islam 689 '
        'memang 689 yg 689 bahawa 688 pasukan 682 maka 681 ya 673 sayang 663 mak 660 '
        'mungkin 660 band 658 browser 658 dapatkan 658 feat 658 posting 658 review 658 '
        'antara 657 lalu 647 kapal 646 amerika 642 tuhan 642 bangunan 636 buah 635 '
        'mata 635 of 634 tiga 634 jenis 633 dulu 632 perang 629 para 624 original 614 '
        'sudah 609 waktu 609 kaki 608 kenapa 600 kamu 598 betul 594 makan 594 masjid 592 '
        'keluarga 590 on 588 terbaik 582 diri 576 dinonaktifkan 570 gunakan 570 '
        'kembali 570 kota 570 mudah 570 musik 570 benda 565 selama 565 selalu 564 '
        'gambar 558 bawah 557 perlu 555 luar 554 asli 549 emas 548 sini 548 apabila 546 '
        'biasa 538 and 535 melayu 535 tolong 535 karena 527 mar 527 versi 527 sampai 514 '
        'laut 512 cari 510 kerja 510 akhir 509 sehingga 507 belajar 506 sebenarnya 506 '
        'agar 504 masalah 504 kerajaan 502 sekitar 502 terdapat 502 i 500 tengok 500 '
        'kasih 499 mendapat 499 bahasa 497 ahli 492 raja 492 terima 489 minta 488 '
        'nampak 488 kereta 486 kini 484 apr 483 belilah 483 game 483 naruto 483 rbt 483 '
        'terletak 483 memberi 482 nanti 479 setelah 477 tetap 473 kepala 470 balik 469 '
        'datang 469 jatuh 467 membawa 464 selepas 458 kuala 456 haji 453 gila 450 ayah 447 '
        'pasti 443 bahan 439 blog 439 data 439 film 439 free 439 house 439 karya 439 '
        'menghancurkan 439 meter 439 pekerja 439 ponsel 439 terbesar 439 warna 439 '
        'tengah 438 walaupun 434 x 433 takut 432 ingin 427 penting 426 tangan 426 '
        'tidur 426 sedang 425 guna 423 allah 422 to 421 alat 419 harus 417 rakyat 415 '
        'perempuan 414 cantik 413 raya 413 kelas 410 cerita 409 jumpa 406 video 405 '
        'biar 404 pesawat 401 berada 399 tadi 396 berkarya 395 gunung 395 hemat 395 '
        'hingga 395 india 395 java 395 kecepatan 395 tanggapan 395 yaitu 395 belakang 389 '
        'udara 389 budak 388 mampu 388 indah 386 langsung 386 ku 384 bulan 382 dengar 382 '
        'berjaya 375 tinggal 374 tunggu 370 mengambil 369 muka 367 ok 367 punya 367 '
        'semasa 363 ingat 362 pula 360 terbang 360 undang 357 cuba 354 dilakukan 354 '
        'kanak 354 mesti 354 kehidupan 353 agu 351 aplikasi 351 dewa 351 dj 351 jawa 351 '
        'kaset 351 lainnya 351 mei 351 nada 351 namun 351 nsp 351 penghancur 351 '
        'senjata 351 sistem 351 sungai 351 suport 351 turbo 351 buku 350 jauh 350 '
        'hampir 349 kurang 349 guru 348 m 348 saat 348 semula 346 api 345 kuat 345 '
        'sakit 345 sejak 345 awal 338 mula 338 pelajar 338 bumi 334 polis 331 melihat 330 '
        'tiba 327 jam 326 main 326 faham 325 percaya 325 bodoh 323 cuma 323 duduk 323 '
        'nya 323 ramai 322 tanah 322 for 320 terhadap 320 hilang 319 pilihan 318 ambil 317 '
        'bandar 316 okay 316 benar 313 s 313 bagian 307 bahwa 307 begitu 307 daftar 307 '
        'dangdut 307 deskripsi 307 disini 307 ditemukan 307 foto 307 new 307 '
        'pertambangan 307 pop 307 pribadi 307 rock 307 sambung 307 sejarah 307 '
        'shippuden 307 subtitle 307 super 307 diam 306 harap 306 pagi 306 depan 302 '
        'beri 301 cepat 301 sahaja 301 suara 301 mau 298 iaitu 297 sepanjang 297 '
        'melalui 296 semakin 296 maaf 294 tanya 294 keadaan 291 baju 290 berita 290 '
        'kaum 290 takkan 288 berlaku 283 ikan 283 ketua 283 tentera 283 badan 282 an 278 '
        'kira 278 putih 278 seseorang 278 terengganu 276 berapa 275 berubah 274 suatu 274 '
        'bola 273 kuasa 272 patut 272 hantu 269 buka 267 dekat 267 johor 267 negeri 267 '
        'syarikat 266 akhirnya 265 lima 265 memberikan 265 abu 263 aja 263 beli 263 '
        'bentuk 263 berjudul 263 bernama 263 burung 263 che 263 cina 263 com 263 des 263 '
        'dibangun 263 dibawah 263 dibuat 263 episode 263 ft 263 gan 263 jerman 263 '
        'jumlah 263 junior 263 keren 263 me 263 pasir 263 produsen 263 pulau 263 s60v2 263 '
        'situs 263 sob 263 suku 263 tanggal 263 utara 263 bilik 262 jaga 262 la 262 '
        'naik 262 telefon 262 ah 261 utama 260 bahagian 257 hitam 257 menarik 257 '
        'sering 257 duit 256 kisah 254 alam 253 daerah 253 hal 253 bermain 252 mimpi 252 '
        'ikut 250 john 250 melakukan 250 penuh 250 pihak 250 lahir 246 single 246 '
        'terpaksa 246 menang 243 muda 242 selain 241 filem 240 si 240 sempurna 239 at 238 '
        'supaya 238 hutan 236 mari 236 sesuatu 235 b 234 bebas 234 cukup 234 siap 232 '
        'you 230 empat 229 terlalu 229 asal 228 lumpur 228 abang 225 merah 225 sebelah 225 '
        'sentiasa 225 esok 224 mahu 224 ahmad 222 tanda 222 kematian 221 terakhir 221 '
        'abad 219 academy 219 akibat 219 asing 219 aslinya 219 bakar 219 banten 219 '
        'bara 219 berasal 219 bermula 219 besi 219 by 219 china 219 cita 219 didirikan 219 '
        'doa 219 ekonomi 219 gedung 219 hiu 219 internet 219 januari 219 jembatan 219 '
        'jkt48 219 kapur 219 kecuali 219 kelompok 219 keperluan 219 lagunya 219 link 219 '
        'masyarakat 219 menduduki 219 menteri 219 menunjukkan 219 ost 219 pemimpin 219 '
        'radio 219 rasulullah 219 sayap 219 sebelumnya 219 seni 219 seputar 219 serta 219 '
        'sobat 219 solusi 219 tulis 219 udah 219 wilayah 219 world 219 peluang 218 '
        'kenal 214 agama 213 juta 213 melaka 213 menunggu 210 lepas 208 meninggalkan 208 '
        'perkara 208 sedikit 208 surat 208 bantuan 205 rancangan 204 dengannya 202 '
        'kalian 202 kes 202 membantu 202 berat 200 perak 200 turun 200 makanan 199 oh 199 '
        'barang 198 minum 197 kelantan 195 pakai 195 segala 194 anjing 190 demi 190 '
        'janji 190 bantu 188 bekerja 188 lah 188 perkataan 188 bawa 186 isteri 186 '
        'mengenai 186 pasal 186 sana 186 tua 185 mencari 181 bagus 178 dr 178 '
        'keputusan 178 menerima 178 minggu 178 panas 178 presiden 178 shah 178 zaman 178 '
        'ane 176 berkata 176 bridge 176 bunga 176 habitat 176 hitler 176 kepulauan 176 '
        'ketinggian 176 kompleks 176 kuno 176 l 176 menceritakan 176 mengunjungi 176 '
        'menjulang 176 merasa 176 mini 176 nov 176 peb 176 penduduk 176 perjalanan 176 '
        'selatan 176 tambang 176 tanaman 176 arah 175 muslim 175 pas 175 semoga 175 t 175 '
        'marah 174 perasaan 172 sesiapa 170 suruh 170 adik 166 kadang 166 kebangsaan 166 '
        'keselamatan 166 minit 166 berharap 164 kedah 162 pukul 162 sarawak 162 berani 161 '
        'meninggal 161 muncul 161 nombor 158 pokok 158 soalan 158 bayar 156 pulang 156 '
        'fikir 154 jahat 153 tentu 153 usaha 153 kalah 151 berbeza 148 gagal 148 http 148 '
        'maklumat 148 permainan 148 sementara 148 tutup 148 kat 144 rasanya 144 '
        'selangor 144 tuan 144 bangun 141 majlis 141 senang 141 pak 138 lari 134 '
        'panggil 134 pelakon 134 pintu 134 serangan 134 tahan 134 turut 134 wang 134 '
        'bapa 132 teruk 132 agak 128 lupakan 128 rakan 128 sikit 128 hubungan 125 '
        'jepun 125 seterusnya 125 amat 122 buruk 122 p 122 arahan 120 jom 120 padang 120 '
        'bahaya 117 hai 117 pejabat 117 sila 117 kedudukan 114 pegawai 114 en 112 '
        'hantar 112 kakak 112 keras 112 sebahagian 112 menjaga 107 perhatian 107 '
        'perlawanan 107 sebenar 107 sungguh 107 tarik 107 ha 104 korea 104'), _table(
        'a 178938 n 90965 i 78125 e 74078 u 53841 r 51980 t 49344 d 47297 s 43653 l 43544 '
        'm 41001 k 40970 g 39714 o 31433 p 29340 b 28983 h 24517 y 14654 j 9599 c 9459 '
        'w 8467 f 4714 v 2931 z 1101 x 868 q 372 ā 47'), (538, 106, 43)),
    'nb': ('latin', _table(
        'og 32396 i 31687 er 24343 det 22613 til 17216 å 16699 av 16422 på 16406 som 16300 '
        'for 15999 en 14995 med 13037 har 11657 at 10598 ikke 10565 jeg 7723 de 7450 '
        'den 7097 om 7088 et 6610 vi 6171 kan 5834 fra 5575 du 5440 var 5058 men 4825 '
        'så 4602 dette 4152 skal 4061 vil 3755 også 3668 han 3515 seg 3407 eller 3273 '
        'ble 3232 etter 3214 ut 2936 ved 2647 noen 2567 blir 2491 noe 2464 da 2379 nå 2379 '
        'andre 2361 hadde 2315 bare 2306 hva 2297 når 2191 alle 2144 må 2131 opp 2104 '
        'være 2098 denne 2018 meg 1957 her 1879 ha 1866 bli 1850 mot 1824 få 1822 mer 1822 '
        'man 1775 inn 1756 år 1736 over 1725 se 1723 deg 1684 vært 1588 får 1568 hun 1528 '
        'litt 1517 der 1508 enn 1501 kunne 1431 to 1430 norge 1347 kommer 1260 mange 1258 '
        'oss 1256 ta 1242 gjør 1233 norsk 1193 hvor 1179 før 1175 nye 1140 selv 1131 '
        'går 1100 slik 1099 hele 1074 sier 1067 dem 1064 gjøre 1058 uten 1038 flere 1036 '
        'igjen 998 sin 998 alt 989 del 981 mellom 980 under 973 tid 970 mye 964 disse 962 '
        'både 945 vår 939 norske 936 første 933 god 933 godt 933 dere 914 hvis 913 '
        'gang 911 fikk 910 sine 902 min 880 gir 879 samme 879 annet 868 dag 864 helt 848 '
        'hvordan 803 jo 803 ingen 788 nok 785 sammen 785 gjennom 778 vel 771 si 738 gå 727 '
        'din 723 tar 717 siden 716 bruke 709 blitt 707 ser 707 skulle 676 nytt 675 '
        'oslo 660 viktig 657 bør 644 folk 644 veldig 641 mest 637 gi 636 tre 628 '
        'ønsker 626 derfor 622 bra 618 blant 616 ca 614 fått 610 tatt 610 tror 607 '
        'siste 605 kanskje 604 våre 600 kom 597 sett 594 fordi 589 grunn 584 store 581 '
        's 577 saken 574 følgende 564 hos 557 komme 557 sitt 557 ville 557 trenger 550 '
        'vet 550 a 547 ett 545 gikk 542 bedre 539 tilbake 536 ting 534 aldri 529 ny 527 '
        'mener 526 mulig 521 tidligere 521 større 515 barn 510 først 505 hver 503 '
        'allerede 502 m 501 frem 500 mens 497 videre 494 norges 491 står 491 ned 487 '
        'svært 487 ja 482 annen 481 stor 475 gode 474 hvorfor 473 neste 472 medlemmer 470 '
        'dersom 466 rundt 464 største 463 bruker 458 fortsatt 458 arbeidet 457 la 456 '
        'rett 456 forhold 451 akkurat 450 nei 448 deres 444 vårt 443 alltid 442 '
        'likevel 438 like 435 egen 425 kjent 425 ein 423 tok 422 gjerne 421 langt 416 '
        'spesielt 416 spørsmål 416 land 412 menn 411 mål 410 bruk 408 vanskelig 408 '
        'hans 401 ute 401 fram 396 kvinner 396 gjelder 393 ofte 391 hjelp 389 slutt 382 '
        'finnes 381 finner 378 dei 376 kun 374 arbeid 371 enkelte 371 antall 369 '
        'brukes 369 gjort 369 heller 369 holde 369 ligger 369 samtidig 366 burde 362 '
        'betyr 361 satt 361 side 360 måtte 359 ord 357 informasjon 356 altså 353 '
        'ganske 353 leder 347 samt 347 enda 342 gamle 342 hvert 342 eneste 340 tiden 340 '
        'legger 339 lenge 339 liv 339 måte 339 slike 337 fire 332 begynte 330 klart 329 '
        'kurs 329 samarbeid 329 senere 329 liker 328 små 328 plass 327 viser 327 eget 324 '
        'deler 322 e 322 finne 322 foran 322 hvem 322 jobb 322 skjer 322 navn 319 '
        'prøve 319 ei 318 laget 318 d 316 startet 314 synes 314 snart 313 lenger 310 '
        'vei 310 beste 309 innenfor 309 økt 309 lag 308 møte 308 the 307 lov 305 '
        'mulighet 305 brukt 303 lite 303 takk 303 årene 303 begge 299 skole 295 ganger 293 '
        'fleste 292 skolen 292 tillegg 292 egne 290 dagen 288 person 288 tv 288 feil 286 '
        'eksempel 285 nesten 284 lære 283 eit 282 forslag 282 frå 282 kommunen 282 no 282 '
        'velkommen 282 høyre 278 personer 278 uke 275 verden 270 liten 267 mennesker 267 '
        'barna 265 mine 265 steder 265 virkelig 265 t 263 kultur 262 gjorde 259 '
        'forskjellige 258 dine 256 egentlig 255 vise 253 dager 252 landet 252 stort 252 '
        'ellers 250 innen 250 mindre 250 hatt 246 støtte 245 tidlig 245 kommune 243 '
        'bilder 241 legge 241 nrk 241 politiet 241 stå 241 mitt 240 bak 238 bort 238 '
        'form 238 jobbe 238 minst 238 sa 237 aktivitet 235 august 235 desember 235 '
        'elever 235 fysisk 235 gjøres 235 ingenting 235 internett 235 kart 235 kr 235 '
        'krav 235 les 235 lå 235 pr 235 prosent 235 staten 235 stedet 235 økonomiske 235 '
        'ulike 234 ditt 233 kroner 232 all 231 riktig 231 skrive 230 gitt 228 ham 228 '
        'hennes 228 kjøpe 228 sette 228 rekke 226 begynner 225 fem 222 jobber 222 lyst 222 '
        'faktisk 218 henne 216 lang 216 lese 216 prøver 216 særlig 216 best 214 '
        'nettopp 214 viktigste 213 as 211 dermed 211 høy 211 tro 209 usa 209 mann 208 '
        'timer 208 utrolig 208 døde 206 hverandre 206 kort 206 of 206 vanlig 206 vite 206 '
        'fint 205 løpet 203 sagt 203 dårlig 201 hjem 201 håper 201 kommet 201 livet 199 '
        'sånn 199 død 198 fant 198 sted 198 unge 198 dagens 196 full 196 føler 191 '
        'helst 191 høyere 191 snakke 191 europa 189 behov 188 bildene 188 delen 188 '
        'endelig 188 eventuelle 188 f 188 fastsatt 188 forbindelse 188 gis 188 henhold 188 '
        'hensyn 188 høgskolen 188 høsten 188 inntil 188 jan 188 jenter 188 konkrete 188 '
        'levende 188 meste 188 måter 188 nett 188 per 188 posten 188 relativt 188 rom 188 '
        'sammenheng 188 stilling 188 sykdom 188 tiltak 188 tromsø 188 utviklet 188 '
        'vedtak 188 følger 187 penger 186 c 185 hjelper 183 inne 183 grad 181 jobben 181 '
        'lett 181 resten 181 fast 179 holdt 179 høyt 179 området 179 svar 179 greit 178 '
        'gått 178 forstår 177 in 177 vann 177 direkte 175 fin 175 hjelpe 175 kl 175 '
        'klar 175 p 175 sak 175 tenker 175 fort 172 sikkert 170 forstå 169 lage 169 '
        'musikk 169 utenfor 169 venstre 169 året 169 ønske 169 heter 168 mai 168 sant 168 '
        'millioner 167 veien 167 virker 167 én 167 deretter 166 gratis 166 spennende 166 '
        'stadig 166 uker 166 byen 164 sist 164 hjemme 161 tallet 159 uansett 158 '
        'sverige 156 kjenner 154 faen 151 klarer 151 snakker 151 valg 151 enkelt 149 '
        'fall 147 setter 147 kveld 144 nord 144 selvfølgelig 144 hvilken 142 lagt 142 '
        'lei 142 minutter 142 artikkel 141 avtale 141 behandling 141 berg 141 betales 141 '
        'bidrag 141 blei 141 bok 141 danmark 141 drive 141 dyr 141 endringene 141 '
        'forutsetter 141 fremst 141 frivillige 141 frode 141 grunnleggende 141 gud 141 '
        'initiativ 141 innhold 141 internasjonalt 141 kurset 141 lavere 141 lengre 141 '
        'medlem 141 meget 141 nedenfor 141 nettet 141 nr 141 nødvendig 141 oktober 141 '
        'omfattende 141 oppgaver 141 organisasjoner 141 raskt 141 resultatet 141 '
        'rettigheter 141 saker 141 skyldes 141 sør 141 tidspunkt 141 utarbeidet 141 '
        'vert 141 videregående 141 økende 141 familien 140 gammel 140 trodde 140 unna 140 '
        'dra 138 ga 138 klare 138 skjønner 138 stille 138 følge 134 husker 134 lever 134 '
        'navnet 134 spille 134 tur 134 verdens 134 basert 132 holder 132 høre 132 spør 130 '
        'bergen 128 bilde 128 slags 128 tenke 128 an 126 ap 126 bilen 126 spise 126 '
        'mat 125 venner 125 dessverre 124 høres 124 seks 124 syns 124 trondheim 124 '
        'fantastisk 122 funnet 122 imot 122 pris 122 ekstra 121 kjente 121 tross 121 '
        'spiller 120 politisk 119 problem 119 råd 119 elsker 117 glad 117 sitter 117 '
        'enig 114 vant 112 morgen 107 fotball 100 hei 100 skriver 100 ferdig 96 frp 96 '
        'par 96 politikk 96 vær 96 flott 93 regjeringen 93 skrevet 93 bil 91 handler 91 '
        'ok 91 spill 91 ti 91 via 91 alene 89 problemer 89 åpne 89 hører 87 kjøre 85 '
        'født 83 hodet 83 poeng 83 skjedde 83 kjører 81 stemmer 81 tenk 81 begynne 79 '
        'by 79 kvinne 79 leve 79 hørt 78 jente 78 masse 78 and 76 bor 76 driver 76 is 76 '
        'selvsagt 74 sende 74 gutter 72 natt 72 rart 72 skje 72 betale 70 pengene 70'), _table(
        'e 153245 r 86076 t 82588 n 77816 s 62831 i 61873 a 59053 l 54769 o 50323 d 43345 '
        'g 39712 k 39351 m 31885 v 25541 f 21564 u 18184 p 17949 b 15690 å 14280 h 13448 '
        'ø 9110 j 8984 y 7465 æ 1970 c 1717 w 524 x 253 z 199 q 72 ü 72 é 54'), (583, 77, 47)),
    'nl': ('latin', _table(
        'de 64618 van 33963 het 31489 in 28696 een 26905 en 24450 is 16135 op 11817 '
        'voor 10472 zijn 10165 met 9829 te 9777 dat 9706 die 7721 hij 6601 door 6553 '
        'ik 6536 niet 6457 als 6432 je 5543 uit 5512 er 5429 aan 5419 was 4924 om 4885 '
        'ook 4821 bij 4672 werd 4647 maar 4497 deze 4379 naar 3830 ze 3743 dit 3587 '
        'dan 3465 of 3330 tot 3079 heeft 3022 wordt 2863 worden 2752 nog 2687 meer 2453 '
        'kan 2359 over 2209 wat 2202 al 2091 we 2076 geen 2048 hebben 2019 zo 1928 '
        'haar 1905 zich 1861 wel 1815 naam 1711 jaar 1580 zou 1559 eerst 1512 nu 1472 '
        'veel 1470 na 1457 twee 1394 andere 1393 onder 1376 had 1361 moet 1321 mijn 1285 '
        'kunnen 1255 soort 1255 weer 1250 gaan 1229 u 1225 alleen 1219 eerste 1215 '
        'heb 1200 tijd 1199 waar 1198 gepubliceerd 1159 waren 1149 ben 1104 werden 1078 '
        'familie 1044 s 1034 tegen 1033 mensen 1026 hun 1016 gaat 1014 goed 1006 '
        'grote 1001 tussen 1001 geldig 992 wetenschappelijke 992 zij 984 hoe 979 toen 963 '
        'komt 956 nieuwe 948 alle 941 jaren 941 me 933 daar 931 wil 927 plaats 922 '
        'hier 919 dus 904 ons 853 zal 852 hem 838 tweede 820 zien 819 echter 805 doen 804 '
        'maken 802 komen 790 deel 786 laatste 786 zoals 768 onze 755 eigen 754 aantal 712 '
        'leven 704 laten 681 drie 676 the 676 zelf 676 gemeente 672 omdat 661 weg 660 '
        'terug 656 staat 650 werk 646 mij 643 één 639 inwoners 636 gemaakt 633 steeds 632 '
        'groot 626 m 621 moeten 621 elkaar 613 huis 613 per 612 af 605 km² 604 '
        'verschillende 584 keer 582 tijdens 579 dag 575 kwam 573 nederland 570 altijd 569 '
        'gebruikt 558 n 558 t 555 vaak 544 heel 543 toch 543 samen 540 maakt 539 jij 535 '
        'iets 532 mee 532 vanaf 527 wij 525 zeer 523 geschiedenis 518 laat 518 binnen 517 '
        'staan 515 echt 510 eens 510 enkele 510 land 504 nemen 501 snel 491 toe 491 '
        'via 491 vader 479 zonder 475 ging 472 kreeg 462 vooral 462 geven 453 vinden 453 '
        'goede 450 kon 440 man 440 rond 440 hele 438 krijgen 435 moest 433 eeuw 431 ja 431 '
        'ga 426 sinds 410 willen 409 jullie 406 net 405 hadden 402 vrouw 398 even 397 '
        'werken 396 kleine 393 zelfs 391 club 388 weet 388 wie 388 amerikaanse 387 '
        'wereld 386 zeggen 386 der 384 nooit 381 paar 381 zit 381 waarom 380 grootste 379 '
        'ter 378 enige 374 gebruik 374 zie 374 foto 372 boek 371 later 370 mogelijk 370 '
        'stad 369 volgens 369 kinderen 367 soms 367 film 363 nummer 363 volgende 363 '
        'alles 362 dood 358 verder 358 pas 357 mag 355 nodig 355 weten 355 gewoon 354 '
        'doet 349 juli 346 gebouwd 345 oppervlakte 345 uw 345 a 338 eerder 338 lijkt 338 '
        'uur 338 zegt 337 hand 336 huidige 336 opnieuw 336 oude 334 men 330 bekend 327 '
        'misschien 326 achter 324 gedaan 324 bent 323 anders 320 krijgt 320 ten 319 '
        'kunt 318 iedereen 316 nadat 316 onderzoek 316 terwijl 316 vele 316 vier 316 '
        'blijven 315 wanneer 315 oorlog 313 begon 311 beste 310 lang 310 nederlandse 310 '
        'niets 310 vanuit 310 c 309 iemand 308 vanwege 307 zuid 307 want 306 gebied 304 '
        'zodat 304 new 303 vrouwen 303 album 302 bedraagt 302 konden 302 seizoen 302 '
        'vormen 302 regio 301 allemaal 300 erg 300 gezien 300 ligt 299 vorm 299 e 298 '
        'verenigde 297 geweest 295 helemaal 295 meest 295 provincie 295 nieuw 291 '
        'echte 289 muziek 289 waarbij 289 zeker 288 zullen 288 daarna 287 duidelijk 287 '
        'minder 287 zowel 287 maart 284 hebt 281 geval 279 den 277 lange 277 spelen 277 '
        'geeft 276 kijken 276 week 276 bijvoorbeeld 270 gevonden 270 informatie 270 '
        'waarin 270 maakte 268 vind 268 amsterdam 267 probleem 267 zouden 267 vrienden 264 '
        'deed 263 landen 263 dagen 262 beide 259 daarnaast 259 franse 259 hoogste 259 '
        'nam 259 waarvan 259 idee 258 bedrijf 257 juni 257 beter 256 manier 256 '
        'persoon 255 buiten 252 kans 252 water 252 zei 252 p 250 mannen 248 geld 247 '
        'bestaat 246 denk 245 helpen 244 leuk 242 gratis 241 groep 241 auto 237 '
        'december 236 dezelfde 236 o 236 sommige 236 houden 234 top 234 bijna 233 i 231 '
        'langs 231 blijft 230 graag 228 jou 228 delen 227 eigenlijk 227 meeste 225 '
        'plaatsen 225 programma 225 april 224 vandaag 224 video 224 vragen 224 gaf 222 '
        'online 221 ooit 221 waardoor 220 artikel 218 begin 218 elke 218 jonge 218 '
        'vraag 218 vrij 218 moment 217 band 216 begonnen 216 bevolking 216 '
        'bevolkingsdichtheid 216 dorp 216 eindigde 216 functie 216 gehouden 216 '
        'gesloten 216 hetzelfde 216 hierdoor 216 hoewel 216 keversoort 216 lijst 216 '
        'live 216 periode 216 richting 216 serie 216 staten 216 telt 216 viel 216 '
        'voormalige 216 best 215 moeder 215 ongeveer 215 nee 214 plek 214 wist 214 zes 214 '
        'welke 213 boven 212 meteen 212 oktober 212 rol 212 uiteindelijk 212 verhaal 212 '
        'contact 210 and 208 kom 208 d 206 november 206 eten 205 doe 204 kijk 204 '
        'naast 203 slechts 203 zoon 203 open 201 dingen 198 genoeg 198 maanden 198 '
        'problemen 198 team 198 vroeg 198 natuurlijk 194 gebruiken 191 halen 191 mei 191 '
        'ouders 191 partij 191 mooi 190 januari 188 wilde 184 einde 182 nieuws 182 '
        'website 182 wilt 182 zitten 182 vindt 181 jouw 178 vast 178 voordat 175 '
        'anderen 173 vervolgens 173 waarschijnlijk 173 aanvankelijk 172 afleveringen 172 '
        'archeologische 172 beiden 172 bekende 172 benoemd 172 bestond 172 bezit 172 '
        'bleef 172 daarom 172 departement 172 derde 172 diverse 172 eind 172 geboren 172 '
        'geheel 172 genoemd 172 genomen 172 geschreven 172 grotendeels 172 grotere 172 '
        'haalde 172 hield 172 hiermee 172 huizen 172 inmiddels 172 insect 172 japan 172 '
        'koning 172 la 172 lage 172 leger 172 licht 172 loop 172 oorspronkelijk 172 '
        'proces 172 punt 172 relatie 172 schreef 172 speelde 172 stijl 172 '
        'tegenwoordig 172 toegevoegd 172 totaal 172 verhalen 172 vijf 172 vlaanderen 172 '
        'waarna 172 waarop 172 zichzelf 172 februari 171 wedstrijd 171 politie 170 '
        'woord 169 hoge 167 kopen 167 zat 167 geleden 166 kun 166 avond 165 heen 165 '
        'actie 164 horen 163 begint 162 centrum 162 internet 162 klaar 162 september 162 '
        'ander 160 meisje 160 denken 158 hoop 158 kind 158 minuten 158 nou 158 vond 158 '
        'wachten 158 beetje 154 ziet 154 belangrijk 153 druk 153 lopen 153 school 151 '
        'thuis 151 betekent 150 zoeken 150 zoveel 150 lezen 148 moeilijk 148 mooie 148 '
        'niks 148 weken 148 zaken 148 zoek 148 hen 144 zeg 144 zorgen 144 klein 143 '
        'maand 141 noord 141 zag 141 kamer 139 stond 139 b 136 liggen 136 orde 136 '
        'volgen 136 geplaatst 134 maak 134 zaak 134 elk 132 gevoel 132 geworden 132 tv 132 '
        'werkt 132 aandacht 130 midden 130 proberen 130 slecht 130 to 130 aanleiding 129 '
        'afrika 129 belang 129 bepalen 129 beschrijving 129 bestaan 129 bevindt 129 '
        'bewaard 129 bleek 129 brug 129 brugge 129 centraal 129 daarbij 129 dertien 129 '
        'doordat 129 eenmaal 129 elateridae 129 ervaring 129 extra 129 france 129 '
        'gebouw 129 gelegen 129 geoff 129 hierover 129 hiervan 129 kerk 129 kleur 129 '
        'kniptorren 129 los 129 meestal 129 mosdiertjes 129 natuurlijke 129 ontdekt 129 '
        'opgravingen 129 positie 129 reeks 129 schedel 129 schrijft 129 systeem 129 '
        'tijden 129 toegang 129 type 129 uitgebreid 129 verkocht 129 vierde 129 '
        'volledige 129 werkgever 129 werkte 129 won 129 zogenaamde 129 zuiden 129 '
        'gegeven 128 leden 128 leren 128 stellen 128 dochter 126 ervan 126 niemand 125 '
        'augustus 124 minister 124 toekomst 124 brengen 122 doel 122 vergeten 122 km 121 '
        'nationale 121 rest 121 bang 119 kwamen 119 loopt 119 zetten 117 hoofd 114 '
        'zorg 114 dank 112 gehad 112 hoor 112 hou 112 lekker 112 weinig 112 blij 110 '
        'gelijk 110 houdt 110 mogen 110 oud 110 precies 110 vol 110 afgelopen 107 '
        'beginnen 107 miljoen 107 bezig 102 morgen 102 hulp 100 krijg 100 bedankt 98 '
        'praten 98 recht 98 zet 98 prijs 96 twitter 96 facebook 93 meisjes 93 neem 93 '
        'geef 91 juist 91 kant 91 reden 91 euro 89 europa 89 media 89 valt 89 dacht 87 '
        'lees 87 ogen 87 stuk 87 gelukkig 85 handen 85 lichaam 85 onderwijs 85 word 83 '
        'buurt 81 leeftijd 81 lid 81 liefde 81 neemt 81 betalen 79 denkt 79 hart 79 '
        'ieder 79 organisatie 79 tien 79 belangrijke 78 direct 76 gezegd 76 god 76 jan 76 '
        'jarige 76 leuke 76'), _table(
        'e 182902 n 92944 a 73954 i 70397 r 65650 t 64638 o 61114 d 57753 s 44620 l 39563 '
        'g 30263 h 26234 v 24472 m 22824 k 20377 u 19414 c 17016 p 16869 b 15841 w 14879 '
        'j 13606 z 11078 f 8663 y 2317 x 702 é 522 ë 522 q 212 ö 131 è 114 ü 98 á 65 í 49 '
        'ï 49'), (605, 78, 46)),
    'nn': ('latin', _table(
        'i 49658 og 36182 er 23076 som 21876 av 21414 til 17907 ein 17076 på 16707 '
        'det 12738 den 10615 med 10615 dei 10153 eit 9599 for 9230 han 9138 frå 8307 '
        'var 7938 har 7569 vart 7292 å 6830 ei 6553 ikkje 6000 at 4892 seg 4246 om 4061 '
        'men 3784 andre 3507 blei 3231 etter 3231 òg 3231 der 3138 eller 3138 talet 3046 '
        'kan 2954 ved 2954 vert 2954 ut 2769 under 2677 dette 2584 blir 2400 mellom 2308 '
        'mot 2308 då 2215 hadde 1938 ho 1938 over 1938 kom 1846 sine 1846 opp 1754 '
        'denne 1661 mange 1661 to 1661 byen 1569 noreg 1569 ligg 1477 namnet 1477 '
        'norsk 1477 desse 1385 første 1385 kalla 1385 mykje 1385 seinare 1385 brukt 1292 '
        'fekk 1292 gjennom 1292 hans 1292 meir 1292 også 1292 sett 1292 si 1292 sjå 1292 '
        'vil 1292 vore 1292 fram 1200 saman 1200 sidan 1200 språk 1200 største 1200 '
        'alle 1108 fleire 1108 inn 1108 kommune 1108 medan 1108 sin 1108 sitt 1108 '
        'skal 1108 så 1108 sør 1108 år 1108 anna 1015 kunne 1015 land 1015 store 1015 '
        'artikkelen 923 berre 923 gjekk 923 når 923 same 923 staden 923 svært 923 vere 923 '
        'aust 831 bur 831 enn 831 få 831 før 831 ha 831 igjen 831 kjem 831 kjend 831 '
        'lag 831 mindre 831 nord 831 nye 831 rekna 831 sjølv 831 tid 831 tre 831 '
        'vanleg 831 vest 831 øya 831 del 738 europa 738 fyrste 738 gamle 738 heilt 738 '
        'kvar 738 kyrkja 738 mest 738 måtte 738 ofte 738 område 738 partiet 738 rundt 738 '
        'slik 738 stor 738 tidlegare 738 tillegg 738 bli 646 boka 646 dag 646 fire 646 '
        'framleis 646 fylke 646 fødd 646 kommunen 646 liten 646 nokre 646 nytta 646 '
        'området 646 russisk 646 sverige 646 særleg 646 ulike 646 utvikla 646 viktig 646 '
        'året 646 april 554 att 554 d 554 da 554 døydde 554 far 554 fast 554 fleste 554 '
        'folk 554 fordi 554 får 554 først 554 grunn 554 går 554 hatt 554 januar 554 '
        'jorda 554 la 554 laga 554 likevel 554 mai 554 menneske 554 nemning 554 norske 554 '
        'oktober 554 ord 554 rett 554 russland 554 siste 554 skulle 554 the 554 tysk 554 '
        'amerika 462 august 462 avisa 462 består 462 både 462 danna 462 definert 462 '
        'derimot 462 e 462 elva 462 en 462 f 462 ganske 462 gav 462 gjer 462 heile 462 '
        'her 462 hovudstad 462 høve 462 km² 462 kongen 462 mars 462 meiner 462 moderne 462 '
        'må 462 namn 462 ned 462 no 462 oslo 462 per 462 produksjon 462 sogn 462 '
        'sovjetunionen 462 starta 462 system 462 t 462 tyske 462 vera 462 verdas 462 '
        'vi 462 viktigaste 462 albumet 369 asia 369 bandet 369 basert 369 blant 369 '
        'bruk 369 bygd 369 danmark 369 dialektar 369 difor 369 dyr 369 dømes 369 finn 369 '
        'finst 369 fjordane 369 folket 369 full 369 gje 369 gong 369 grad 369 gresk 369 '
        'heitte 369 held 369 heldt 369 hjelp 369 høgd 369 jødiske 369 klede 369 km 369 '
        'kontakt 369 landet 369 latin 369 lenge 369 levde 369 like 369 løpet 369 makta 369 '
        'me 369 midten 369 november 369 nær 369 omlag 369 ordet 369 politikar 369 r 369 '
        'raude 369 rolle 369 rommet 369 s 369 samisk 369 september 369 sju 369 skil 369 '
        'skrive 369 slutten 369 sosiale 369 spela 369 spesielt 369 stjernebilde 369 '
        'stod 369 står 369 større 369 sørlege 369 ta 369 tok 369 utvikling 369 vanlege 369 '
        'vanlegvis 369 vatn 369 verdskrigen 369 verta 369 vestlege 369 åra 369 åtte 369 '
        'afrika 277 agder 277 amerikansk 277 anten 277 areal 277 avgrensa 277 '
        'barcelona 277 bilete 277 brukar 277 budde 277 by 277 delen 277 derfor 277 '
        'dermed 277 drepne 277 eige 277 eigen 277 einaste 277 engelsk 277 estland 277 '
        'faste 277 februar 277 film 277 finne 277 funne 277 fører 277 havet 277 hirden 277 '
        'html 277 hundre 277 høyrer 277 india 277 innan 277 inneheld 277 johan 277 '
        'juli 277 karl 277 kona 277 kort 277 kva 277 lang 277 lenger 277 lengst 277 '
        'lista 277 lite 277 låg 277 mogleg 277 musikk 277 måten 277 n 277 nn 277 noko 277 '
        'nokon 277 nordlege 277 o 277 olav 277 områda 277 opna 277 organisasjonen 277 '
        'plass 277 plassert 277 politikk 277 prisen 277 provinsen 277 quelle 277 '
        'regjeringa 277 religiøs 277 samband 277 samfunnet 277 sat 277 sentrum 277 '
        'sette 277 skipa 277 slike 277 slått 277 songen 277 spania 277 spelt 277 '
        'stader 277 stoff 277 stort 277 såkalla 277 tallet 277 teke 277 ten 277 tida 277 '
        'tilbake 277 tilgang 277 tilsett 277 tyskland 277 verna 277 viktige 277 viss 277 '
        'vokalar 277 voks 277 vorte 277'), _table(
        'e 129858 r 85688 a 85157 t 75368 n 75057 i 73666 s 63474 o 50648 l 50154 d 42908 '
        'k 41151 g 35571 m 33979 v 25818 u 19194 f 18755 p 18371 h 13705 b 12973 å 12589 '
        'j 11985 y 9259 ø 7136 c 2690 æ 1354 w 714 ò 640 z 531 q 238 x 201 é 201 á 165 '
        'ö 146 ä 110 è 73 í 73 ó 73 ü 55 ł 55'), (541, 66, 48)),
    'pa': ('gurmukhi', _table(
        'ਦੇ 26375 ਹੈ 26225 ਦੀ 21552 ਨੂੰ 20648 ਤੇ 14996 ਦਾ 14996 ਅਤੇ 13338 ਇਸ 12735 '
        'ਨੇ 12359 ਨਾਲ 11228 ਕਿ 10098 ਵੀ 9420 ਵਿੱਚ 9118 ਤੋਂ 8968 ਹਨ 8968 ਲਈ 8742 ਨਹੀਂ 7460 '
        'ਵਿਚ 7310 ਚ 6933 ਇਹ 6631 ਸੀ 6631 ਹੀ 6405 ਕੇ 5652 ਉਹ 5576 ਉਸ 5501 ਤਾਂ 5275 ਕਰ 5124 '
        'ਕਰਨ 4748 ਉਨ੍ਹਾਂ 4672 ਹੋ 4446 ਸਿੰਘ 4371 ਕੀਤਾ 3693 ਗਿਆ 3617 ਦੀਆਂ 3617 ਆਪਣੇ 3165 '
        'ਕਿਸੇ 2864 ਇਕ 2788 ਕੀਤੀ 2713 ਕਿਹਾ 2562 ਕੋਈ 2562 ਬਾਅਦ 2487 ਰਿਹਾ 2487 ਲੋਕਾਂ 2487 '
        'ਵਾਲੇ 2487 ਹੋਰ 2411 ਇੱਕ 2336 ਸਨ 2336 ਹੁਣ 2261 ਜਾ 2185 ਜਿਸ 2185 ਦਿੱਤਾ 2185 ਗਈ 2110 '
        'ਗਏ 2110 ਜਾਂ 2110 ਨਾ 2110 ਹੋਣ 2110 ਇਨ੍ਹਾਂ 2035 ਕਰਦੇ 1959 ਤੱਕ 1959 ਵੱਲੋਂ 1959 '
        'ਪਹਿਲਾਂ 1884 ਰਹੇ 1884 ਜੋ 1809 ਤਰ੍ਹਾਂ 1809 ਪਰ 1809 ਹੋਏ 1809 ਕਰਕੇ 1733 ਕੁਝ 1733 '
        'ਜਦੋਂ 1733 ਬਹੁਤ 1658 ਲੋਕ 1658 ਹਰ 1658 ਦਿਨ 1583 ਆਪਣੀ 1507 ਰਹੀ 1507 ਲਿਆ 1507 '
        'ਹੋਇਆ 1507 ਉਹਨਾਂ 1432 ਗੱਲ 1432 ਜਾਂਦਾ 1432 ਦੱਸਿਆ 1432 ਪਿੰਡ 1432 ਪੰਜਾਬ 1432 ਸਭ 1432 '
        'ਸਾਰੇ 1432 ਅਸੀਂ 1356 ਅੱਜ 1356 ਉੱਤੇ 1356 ਕਈ 1356 ਕੰਮ 1356 ਜਾਣ 1356 ਬਾਰੇ 1356 '
        'ਸਾਲ 1356 ਹੁੰਦੇ 1356 ਜਾਣਕਾਰੀ 1281 ਦਿੱਤੀ 1281 ਵਾਰ 1281 ਸਕਦਾ 1281 ਅੰਦਰ 1206 ਦੇਣ 1206 '
        'ਦੋ 1206 ਹੁੰਦਾ 1206 ਆ 1130 ਕੀ 1130 ਜੀ 1130 ਦੌਰਾਨ 1130 ਕਰਨਾ 1055 ਭਾਰਤ 1055 ਲੈ 1055 '
        'ਸਕਦੇ 1055 ਸਮੇਂ 1055 ਹਾਂ 1055 ਕਾਰਨ 980 ਕੀਤੇ 980 ਛੋਟੇ 980 ਜੇ 980 ਤੁਸੀਂ 980 ਤੌਰ 980 '
        'ਮੁੱਖ 980 ਮੰਗ 980 ਮੰਤਰੀ 980 ਸ਼ੁਰੂ 980 ਸਰਕਾਰ 980 ਸ੍ਰੀ 980 ਹੋਵੇ 980 ਆਪ 904 ਇਲਾਵਾ 904 '
        'ਕੰਪਨੀ 904 ਜਿਨ੍ਹਾਂ 904 ਨਾਂ 904 ਫਿਰ 904 ਮੈਂ 904 ਰਹੀਆਂ 904 ਰਾਜ 904 ਵੱਖ 904 ਸਿਆਸੀ 904 '
        'ਸੁਰੱਖਿਆ 904 ਇਹਨਾਂ 829 ਕੌਰ 829 ਜੇਕਰ 829 ਪਾਰਟੀ 829 ਪੁਲਸ 829 ਭਾਰਤੀ 829 ਮੈਂਬਰ 829 '
        'ਮੌਕੇ 829 ਲੈਣ 829 ਅਨੁਸਾਰ 754 ਇਸੇ 754 ਕਰਦਾ 754 ਕਿਸਾਨ 754 ਗੱਲਾਂ 754 ਟੀਮ 754 '
        'ਦਿੱਲੀ 754 ਪਤਾ 754 ਮੇਰੇ 754 ਰੂਪ 754 ਵਿਕਾਸ 754 ਆਉਣ 678 ਜਾਂਦੀ 678 ਦਿੱਤੇ 678 ਪਾਣੀ 678 '
        'ਬਣ 678 ਬੱਚਿਆਂ 678 ਬੱਚੇ 678 ਮੌਤ 678 ਵਲੋਂ 678 ਵਾਲਾ 678 ਵੇਲੇ 678 ਸ਼ਾਮਲ 678 ਸਕੂਲ 678 '
        'ਸਮੱਸਿਆ 678 ਸਾਡੇ 678 ਸਿਰ 678 ਸਿੱਖ 678 ਹਾਸਲ 678 ਹੁੰਦੀ 678 ਅਮਰੀਕਾ 603 ਅੱਗੇ 603 '
        'ਆਈ 603 ਆਪਣਾ 603 ਆਮ 603 ਔਰਤਾਂ 603 ਕਤਲ 603 ਕਾਫੀ 603 ਕੁਮਾਰ 603 ਖੇਤਰ 603 ਗੁਰੂ 603 '
        'ਜਾਂਦੇ 603 ਡਾ 603 ਤਹਿਤ 603 ਦਰਜ 603 ਧਰਮ 603 ਪੀ 603 ਪ੍ਰਧਾਨ 603 ਪੱਧਰ 603 ਮਾਮਲੇ 603 '
        'ਮੈਨੂੰ 603 ਰਹਿਣ 603 ਲੱਗ 603 ਵਰਤੋਂ 603 ਵਿਚਾਰ 603 ਸ਼੍ਰੀ 603 ਸਕੇ 603 ਉਦੋਂ 528 '
        'ਕਮੇਟੀ 528 ਕਹਿਣ 528 ਕਾਂਗਰਸ 528 ਕੋਲ 528 ਖੇਤ 528 ਘਰ 528 ਚਾਹੀਦਾ 528 ਚਾਹੀਦੀ 528 '
        'ਚੋਣ 528 ਜਾਵੇਗਾ 528 ਤਿਆਰ 528 ਦਿਨਾਂ 528 ਦੂਰ 528 ਦੇਸ਼ 528 ਪਹੁੰਚ 528 ਪੂਰੇ 528 ਬੰਦ 528 '
        'ਮਨ 528 ਰਾਤ 528 ਲੱਗੇ 528 ਵਾਲਿਆਂ 528 ਵਾਲੀ 528 ਵਿਚੋਂ 528 ਵੱਡੇ 528 ਵੱਧ 528 ਸਬੰਧਤ 528 '
        'ਸਾਨੂੰ 528 ਸਾਹਮਣੇ 528 ਸਾਹਿਬ 528 ਸੱਚ 528 ਹਾਲਾਤ 528 ਹੋਈ 528 ਅਗਵਾਈ 452 ਅਜਿਹਾ 452 '
        'ਅਜਿਹੀ 452 ਅਜਿਹੇ 452 ਅਧਿਆਪਕ 452 ਅਧਿਕਾਰੀਆਂ 452 ਅੰਮ੍ਰਿਤਸਰ 452 ਇਸਦੇ 452 ਇਹੋ 452 ਏ 452 '
        'ਕਦੇ 452 ਕਹਾਣੀ 452 ਕਿਉਂਕਿ 452 ਕਿਸਾਨਾਂ 452 ਕੇਂਦਰ 452 ਖਾਸ 452 ਖਿਲਾਫ 452 ਗਿਣਤੀ 452 '
        'ਚੱਲ 452 ਜਦ 452 ਜਨਤਕ 452 ਜਨਤਾ 452 ਜ਼ਮੀਨ 452 ਤਕ 452 ਤੁਹਾਡੇ 452 ਤੁਹਾਨੂੰ 452 ਦਲ 452 '
        'ਦਿੱਤੀਆਂ 452 ਧਿਆਨ 452 ਪਰਿਵਾਰ 452 ਪੁਲਿਸ 452 ਪੁਸਤਕ 452 ਪੈ 452 ਪ੍ਰੋਗਰਾਮ 452 '
        'ਪੰਚਾਇਤ 452 ਪੱਖੋਂ 452 ਪੱਤਰ 452 ਬਿਜਲੀ 452 ਬਿਨਾਂ 452 ਮਹਿਸੂਸ 452 ਮੁੜ 452 ਰਹਿ 452 '
        'ਰੱਖਣ 452 ਲੈਂਦੇ 452 ਵਜੇ 452 ਵਿਖੇ 452 ਵਿਭਾਗ 452 ਵੱਲ 452 ਸ਼ਹਿਰ 452 ਸਕਦੀ 452 ਸਭਾ 452 '
        'ਸਰਕਾਰੀ 452 ਸਾਥੀਆਂ 452 ਸਿਰਫ 452 ਸੀਨੀਅਰ 452 ਹੇਠ 452 ਹੋਣਾ 452 ਹੋਵੇਗਾ 452 ਹੌਲੀ 452 '
        'ਅਕਾਲੀ 377 ਅਜ਼ਾਦੀ 377 ਅਫ਼ਸਰ 377 ਆਗੂ 377 ਆਦਿ 377 ਇਤਿਹਾਸ 377 ਇਤਿਹਾਸਕ 377 ਇੰਗਲੈਂਡ 377 '
        'ਈ 377 ਉਸਾਰੀ 377 ਐਸ 377 ਓ 377 ਕਹਿਣਾ 377 ਕੁੱਝ 377 ਕੰਪਨੀਆਂ 377 ਗਈਆਂ 377 ਘਟਨਾ 377 '
        'ਘੇਰੇ 377 ਚਾਰ 377 ਜਾਵੇਗੀ 377 ਜਿਹੇ 377 ਜੀਵਨ 377 ਥਾਣਾ 377 ਦੂਜੇ 377 ਦੇਖ 377 ਦੇਣਾ 377 '
        'ਨਵੇਂ 377 ਨਾਂਅ 377 ਨਾਮ 377 ਨਿੱਜੀ 377 ਨੇੜੇ 377 ਨੰਬਰ 377 ਪਤਨੀ 377 ਪਾ 377 '
        'ਪਾਕਿਸਤਾਨ 377 ਪਾਸ 377 ਪੈਦਾ 377 ਪੰਜਾਬੀ 377 ਪੱਤਰਕਾਰੀ 377 ਫਿਲਮ 377 ਬਣਦਾ 377 ਬਾਦਲ 377 '
        'ਭਰ 377 ਭਾਜਪਾ 377 ਮਾਮਲਾ 377 ਮਿਲ 377 ਮੁਤਾਬਕ 377 ਮੇਰੀ 377 ਯੂਨੀਅਨ 377 ਰਾਹੀਂ 377 '
        'ਵਿਅਕਤੀ 377 ਵਿਸ਼ੇਸ਼ 377 ਸ 377 ਸਮਾਜ 377 ਸੇਵਾ 377 ਹਮੇਸ਼ਾ 377 ਹਸਪਤਾਲ 377 ਹਾਕਮਾਂ 377 '
        'ਹਾਲਤ 377 ਹਾਲਾਂਕਿ 377 ਹੋਣਗੇ 377 ਜ਼ਰੂਰੀ 377 ਆਧਾਰ 301 ਉਤੇ 301 ਏਕਤਾ 301 ਐਕਟ 301 '
        'ਕਰਵਾਇਆ 301 ਕਿਉਂ 301 ਕੇਂਦਰੀ 301 ਖੁਦ 301 ਗਿਆਨ 301 ਗੁਜਰਾਤ 301 ਘੱਟ 301 ਜਾਰੀ 301 '
        'ਜਿੱਥੇ 301 ਡੀ 301 ਢੰਗ 301 ਤਰਾਂ 301 ਦਿਖਾਈ 301 ਦਿੰਦਾ 301 ਪੇਸ਼ 301 ਪੈਸੇ 301 ਪ੍ਰਬੰਧ 301 '
        'ਫੋਨ 301 ਬਣਾਈ 301 ਬਣਾਉਣ 301 ਮਦਦ 301 ਮਾਂ 301 ਮਾਰ 301 ਯੋਗ 301 ਲੱਗੀ 301 ਵਾਪਸ 301 '
        'ਵਾਲੀਆਂ 301 ਸਦੀ 301 ਸਮਾਗਮ 301 ਸਰਕਾਰਾਂ 301 ਸਵਾਲ 301 ਸ਼ਬਦਾਂ 301 ਸ਼ੁਰੂ 301 ਸਾਰਿਆਂ 301 '
        'ਸੋਚ 301 ਸੰਗੀਤ 301 ਹਮਲਾ 301 ਹਾਲ 301 ਹੁਸ਼ਿਆਰਪੁਰ 301'), _table(
        'ਰ 92078 ਕ 72520 ਦ 72169 ਹ 71946 ਸ 70446 ਨ 68532 ਤ 60875 ਲ 54047 ਵ 40998 ਮ 38765 '
        'ਆ 33660 ਪ 31267 ਜ 30948 ਗ 23897 ਬ 23386 ਚ 20738 ਇ 20643 ਅ 20579 ਣ 20132 ਉ 15442 '
        'ਟ 13592 ਖ 12890 ਈ 11518 ਸ਼ 9859 ਡ 9157 ਭ 7115 ਧ 7019 ਫ 6764 ੜ 5871 ਥ 4786 ਜ਼ 4467 '
        'ਘ 4307 ਏ 3861 ਛ 2425 ਝ 2233 ਠ 2233 ਯ 2010 ਐ 1850 ਓ 989 ਊ 925 ਫ਼ 893 ਢ 798 ਔ 510 '
        'ਖ਼ 479 ਲ਼ 128 ਗ਼ 128'), (552, 70, 60)),
    'pl': ('latin', _table(
        'w 36464 i 22585 na 21007 z 19392 nie 18180 się 18087 to 14260 do 13241 że 10784 '
        'jest 9431 o 7538 a 5934 jak 5558 od 4827 po 4671 ale 4624 za 4310 co 4054 '
        'dla 3448 tym 3267 przez 3198 tylko 3186 już 3034 tak 3023 są 3013 czy 2915 '
        'ma 2667 tego 2461 będzie 2271 też 2178 bo 2157 ich 2082 roku 2022 oraz 1985 '
        'być 1915 może 1899 które 1880 jego 1863 ze 1863 jednak 1779 ten 1667 był 1584 '
        'lat 1518 mi 1501 by 1480 jeszcze 1464 tej 1456 mnie 1449 bardzo 1442 jeśli 1440 '
        'pod 1423 go 1386 ja 1379 który 1364 było 1327 sobie 1325 teraz 1297 gdy 1249 '
        'przy 1236 także 1162 kiedy 1157 mam 1149 jako 1140 jej 1120 nawet 1090 bez 1078 '
        'dobrze 1038 niż 996 można 977 przed 967 więcej 967 nas 955 pracy 945 u 933 '
        'tych 923 mają 916 lub 898 m 887 gdzie 886 mówi 879 która 873 został 872 będą 865 '
        'polski 865 których 851 również 850 tam 844 on 840 r 831 jestem 829 je 820 '
        'żeby 819 właśnie 812 którzy 805 in 803 no 801 takie 798 polsce 781 zawsze 779 '
        'była 778 temu 768 więc 741 miasta 736 coś 734 nic 732 osób 717 ta 695 ci 689 '
        'te 689 powiedział 680 miał 677 trzeba 677 mogą 665 kilka 650 nam 650 podczas 649 '
        'tu 644 dzieci 642 dwóch 640 potem 638 ponad 636 aby 630 albo 630 wszystko 629 '
        'dwa 625 proc 622 ludzie 604 były 599 dzięki 597 chyba 592 lata 592 ludzi 592 '
        'raz 590 czasu 580 im 575 wcześniej 573 one 569 mamy 568 chce 561 takich 557 '
        'należy 556 miejsce 554 we 547 ona 545 nich 538 wiem 535 mu 530 tyle 530 trzy 525 '
        'kto 520 ją 516 nim 516 została 515 nowy 514 innych 509 prawa 506 później 506 '
        'oni 504 czas 502 jeden 502 miasto 502 wszystkich 502 wszystkie 502 stanie 499 '
        'życia 493 kraju 488 taki 488 bardziej 486 chodzi 482 natomiast 480 związku 480 '
        'nad 479 dni 478 którym 476 inne 468 miejscu 462 między 458 dnia 457 tutaj 457 '
        'wiele 457 zł 454 pan 449 ciągu 448 dużo 447 sposób 443 sprawie 443 dziś 441 '
        'siebie 437 pierwszy 436 dlaczego 434 trochę 431 wtedy 431 nigdy 427 aż 426 '
        'ktoś 426 prawie 425 dlatego 424 jednym 421 my 421 wielu 421 ok 418 tys 415 '
        'którego 406 wszyscy 398 firmy 390 moja 390 polska 389 poza 389 masz 388 sie 388 '
        'dzień 385 udział 385 jakie 379 maja 379 niestety 379 partii 374 każdy 372 '
        'coraz 371 ile 369 uwagę 369 mój 366 naprawdę 366 sam 366 bowiem 363 euro 363 '
        'lekarzy 363 pl 363 premiera 363 swoim 362 ty 362 sprawy 361 życie 360 czym 359 '
        'musi 359 oczywiście 359 szybko 358 głównie 355 koniec 355 pewno 355 temat 355 '
        'ciebie 354 drugi 352 mimo 351 polskiego 350 kolejny 346 pieniędzy 344 miejsca 342 '
        'pis 342 problemy 342 wciąż 342 widać 342 pierwszym 340 trzech 340 muszę 339 '
        'strony 338 typu 336 np 333 prostu 333 rok 333 grupy 330 pytanie 330 jesteśmy 329 '
        'jedną 327 lepiej 327 swoje 327 znaczy 327 pieniądze 324 powinien 324 będę 322 '
        'nasz 322 osoby 322 część 321 swoich 321 cały 317 najbardziej 317 czasie 312 '
        'według 312 miejskiej 311 zdaniem 311 zdrowia 311 ogóle 309 system 309 '
        'sytuacji 309 mieć 308 czemu 307 ponieważ 307 rady 307 czyli 303 niech 303 '
        'szkoły 303 źle 303 jesteś 302 ani 298 wszystkim 298 mogę 297 powodu 297 '
        'przecież 297 dobry 294 dopiero 293 cię 291 dalej 291 nikt 291 często 290 '
        'jedna 290 latach 290 nadal 290 udało 290 wśród 290 iż 288 dwie 287 samym 287 '
        'większość 287 której 286 nowych 286 rzeczy 286 jakiś 285 możliwe 285 '
        'człowieka 281 domu 281 razem 281 razie 278 centrum 276 choć 273 dzisiaj 273 '
        'wraz 273 dziecko 270 pracę 270 znaleźć 270 stronie 269 jedno 268 chcę 266 '
        'nowe 266 wygląda 266 moim 265 niego 265 nr 265 dzieje 263 film 262 moje 262 '
        'świecie 262 jednej 260 końca 260 zostało 260 badania 259 godz 259 marek 259 '
        'nowej 259 obok 259 ostatnich 259 prezydent 259 szpitala 259 terenie 259 '
        'trwają 259 ul 259 nowego 256 części 255 robi 255 swoją 255 b 251 mieszkańców 251 '
        'obecnie 251 proszę 251 względu 251 ramach 249 zostanie 249 c 248 którą 248 '
        'prawda 248 mało 245 około 245 gry 243 mieście 243 byli 241 chwili 241 swojej 241 '
        'wieku 241 kultury 239 pisze 239 polskich 239 czego 238 jeżeli 238 tę 238 '
        'projekt 237 państwa 235 pierwsze 235 polskiej 235 wczoraj 235 dr 233 okazji 233 '
        'słowa 232 wie 232 najpierw 231 da 229 jakieś 229 prawo 229 zdjęcia 229 the 228 '
        'początku 226 rodziny 226 takim 226 drugiej 224 jednego 224 jedynie 221 kiedyś 221 '
        'pomocy 221 usa 221 jaki 218 ostatnio 218 przypadku 218 pani 214 problem 214 s 214 '
        'samo 214 takiego 214 sobą 213 zamiast 211 miała 210 niej 210 tą 210 '
        'białymstoku 207 całej 207 całości 207 dodał 207 gdyż 207 głosów 207 mln 207 '
        'ojciec 207 pięć 207 poniedziałek 207 porozumienia 207 pozwala 207 pracowników 207 '
        'prawdopodobnie 207 proces 207 radni 207 rozmowy 207 sejmu 207 spotkania 207 '
        'spotkanie 207 spotkaniu 207 szef 207 szkole 207 warszawa 207 warszawie 207 '
        'wynik 207 zarządu 207 zmian 207 złotych 207 kobiet 206 nimi 206 innymi 204 '
        'oznacza 204 przeciwko 204 zrobić 204 świata 204 gdyby 203 inny 201 zmiany 201 '
        'dobra 199 poprzez 199 taka 199 wobec 199 rząd 197 możemy 196 całe 195 pomysł 195 '
        'stało 195 taką 195 żadnych 195 minut 193 nadzieję 193 nasze 193 osoba 193 '
        'sprawa 193 znajduje 193 długo 191 możesz 190 pewnie 190 rozumiem 189 sama 189 '
        'jednocześnie 187 jutro 187 celu 186 d 186 was 186 zbyt 186 dom 185 mówią 185 '
        'sprawę 185 byłem 183 musimy 183 of 183 program 183 widzę 183 kim 181 polskie 181 '
        'razu 181 trudno 181 września 181 dość 180 powiedzieć 180 robić 180 wam 180 '
        'książki 179 dziękuję 178 dokładnie 177 myślę 177 swój 177 świat 177 brak 174 '
        'dobre 174 zdjęcie 170 każdego 169 zostały 169 człowiek 166 mniej 166 naszych 166 '
        'raczej 166 rzecz 166 czasem 164 kobiety 164 p 164 skoro 164 kurwa 162 '
        'przykład 161 twoje 159 chcesz 158 akcja 156 akcji 156 andrzej 156 anna 156 '
        'badaniu 156 częstotliwości 156 dodaje 156 dodatkowo 156 dyrektor 156 dziennik 156 '
        'e 156 europejskiego 156 firm 156 gazecie 156 gazeta 156 gazety 156 informacji 156 '
        'inwestycje 156 kamil 156 kampanii 156 km 156 lekarze 156 meczów 156 '
        'miejskiego 156 międzynarodowych 156 możliwości 156 możliwość 156 niedawno 156 '
        'nikomu 156 obaj 156 okolicach 156 parlamentu 156 podkreślił 156 podobnie 156 '
        'powinna 156 poziomie 156 pracownicy 156 praw 156 prezydentem 156 projektu 156 '
        'prokuratura 156 prokuratury 156 prowadzą 156 przedstawicielami 156 ruchu 156 '
        'rynek 156 rywali 156 rzędu 156 samochodu 156 sieci 156 sierpnia 156 '
        'społecznej 156 sprzed 156 spółki 156 stanowisko 156 szkody 156 służby 156 '
        'tradycyjnie 156 tysięcy 156 tłumaczy 156 urządzenia 156 urzędnicy 156 wisły 156 '
        'wokół 156 wsparcie 156 wówczas 156 władze 156 zaczyna 156 zapowiadają 156 '
        'znacznie 156 znowu 156 zwrotu 156 złożyć 156 łodzi 156 łódź 156 będziemy 154 '
        'przynajmniej 152 końcu 151 naszego 149 zarówno 149 gra 147 innym 147 naszej 147 '
        'zostać 147 moich 145 podoba 145 szczególnie 145 warto 145 wystarczy 145 ii 143 '
        'informacje 143 pomiędzy 143 sa 143 będziesz 141 działania 141 inaczej 141 '
        'pomoc 141 razy 141 swojego 141 t 141 wydaje 141 boże 139 stronę 139 wojny 139 '
        'zobaczyć 139 jakby 138 wiesz 138 marca 137 powinno 137 mieli 135 bym 134 '
        'historii 134 mojej 134 chciał 133 iść 133 jakoś 133 samego 133 wiadomości 133 '
        'znam 133 całą 131 państwo 131 podstawie 131 same 131 najlepiej 129 oczy 129 '
        'kogoś 128 klasy 127 nasza 127 chociaż 122 danych 120 każdym 120 kilku 120 '
        'mojego 120 życiu 120 zaraz 117 śmierci 114 daj 112 de 110 innego 110 ważne 110 '
        'chcą 107 nią 107 różnych 104 myśli 102 strona 102 moją 100 ziemi 100 and 96 '
        'istnieje 96 lecz 96 lubię 93 twój 93 wody 93 działa 91 fakt 91 x 91 daje 89 '
        'gdzieś 89 bądź 87 grupa 87 miałem 87 naszym 87 http 85 musisz 85 mógł 85 super 85 '
        'ciekawe 83 idzie 83 nocy 83 wy 83 jaką 81 muszą 81 sumie 81 xd 81 zanim 81 '
        'czegoś 79 kobieta 79 kocham 79 następnie 79 godzin 78 godziny 78 historia 78 '
        'zgodnie 78 mocno 76'), _table(
        'a 88889 i 82430 e 80300 o 76966 n 55233 z 55093 r 48529 w 47045 s 42367 t 39487 '
        'c 38073 y 36921 k 34704 d 34075 p 33080 m 27477 j 24177 u 23235 l 23025 ł 16287 '
        'b 14611 g 13581 ą 11102 ę 10282 h 9758 ż 8990 ó 8309 ś 5481 ć 4172 f 3142 ń 1763 '
        'ź 663 v 559 x 140'), (445, 82, 42)),
    'pt': ('latin', _table(
        'de 48998 a 34094 o 26948 que 26634 e 25580 do 17278 da 14905 em 12485 com 12115 '
        'para 11264 não 10102 é 9966 um 9691 no 9168 uma 8838 os 8331 na 8253 se 8056 '
        'por 7427 as 5940 mais 5092 como 4968 dos 4183 ao 4145 mas 4012 eu 3688 foi 3408 '
        'das 3238 à 2964 tem 2883 ser 2744 sua 2744 ou 2690 seu 2675 já 2587 são 2373 '
        'nos 2244 muito 2232 está 2223 pelo 2223 me 2083 também 2014 cabo 1850 pela 1844 '
        'ele 1842 anos 1802 pode 1784 ainda 1749 você 1717 isso 1609 dia 1604 vai 1561 '
        'todos 1512 fazer 1509 quando 1480 ter 1460 aos 1453 este 1451 bem 1447 '
        'pessoas 1392 mesmo 1338 entre 1330 esta 1292 tudo 1220 verde 1199 há 1185 às 1176 '
        'nas 1168 meu 1161 só 1144 ano 1131 sobre 1124 estão 1118 forma 1111 depois 1089 '
        'acordo 1085 até 1084 vida 1073 minha 1063 sem 1052 aqui 1029 ela 1013 tempo 1005 '
        'grande 994 essa 990 porque 980 onde 971 seus 943 outros 936 mundo 927 melhor 923 '
        'assim 918 hoje 893 parte 877 suas 871 era 870 agora 866 quem 846 te 844 '
        'música 833 close 822 connection 822 estar 799 foram 799 brasil 790 emprego 788 '
        'num 777 novo 768 esse 765 sempre 764 nada 763 dias 761 dois 759 ofertas 754 '
        'menos 747 nem 747 vez 744 presidente 732 primeiro 727 todo 724 tão 722 deve 702 '
        'bom 696 será 692 quer 689 sim 685 nossa 679 eles 671 durante 666 apenas 665 '
        'diz 664 vou 663 cidade 662 casa 660 ver 660 numa 653 trabalho 646 feira 645 '
        'mim 637 faz 636 coisa 631 nacional 630 país 630 nunca 622 cada 617 pouco 611 '
        'alto 605 tenho 603 desde 596 primeira 588 boa 583 date 583 gmt 583 qualquer 583 '
        'dizer 582 disse 571 nova 571 situação 569 área 569 governo 567 lhe 555 neste 552 '
        'três 549 jul 548 sapo 548 nós 536 momento 532 maior 521 deus 517 quero 509 '
        'alguns 508 enquanto 503 têm 503 além 502 antes 500 desenvolvimento 499 caso 496 '
        'norte 494 seja 494 tinha 493 qual 491 centro 490 estamos 490 água 490 the 488 '
        'social 487 duas 485 grupo 485 sei 482 content 480 length 480 outras 474 '
        'semana 473 processo 471 sendo 466 através 464 partir 463 estado 460 homem 460 '
        'sou 460 outro 453 la 452 vários 452 mil 448 lá 446 palco 445 pesquisa 445 '
        'praia 445 segundo 440 acho 439 algumas 439 então 439 final 439 noite 434 '
        'vezes 428 dentro 426 fora 426 lo 422 pois 421 volta 419 dar 418 poder 417 '
        'todas 416 estava 412 net 411 salto 411 conta 409 família 409 sociedade 408 '
        'estou 407 lado 405 segunda 402 fez 400 nosso 400 outra 400 toda 400 temos 398 '
        'lei 394 lugar 390 sabe 390 vão 387 contra 384 geral 384 programa 384 horas 383 '
        'pelos 380 consultar 377 critérios 377 dispõe 377 estados 377 ministro 377 '
        'usou 377 vicente 377 visita 377 aconteceu 374 mesma 371 milhões 371 mãe 371 '
        'of 371 rio 371 portugal 370 principal 367 s 367 jogo 366 pessoa 366 apoio 365 '
        'cerca 365 maio 365 várias 365 sul 364 alguém 363 coisas 363 política 357 '
        'falar 356 importante 353 d 349 dados 349 após 348 meio 348 pontos 347 muitos 345 '
        'ilha 343 algo 341 países 340 aquele 337 isto 337 deu 334 nossos 334 local 333 '
        'desta 331 nome 329 energia 327 quase 327 tu 327 pelas 326 verdade 326 '
        'história 325 partido 325 pra 323 foto 321 quanto 321 filme 319 ir 315 povo 315 '
        'to 315 tipo 314 segurança 312 ex 309 cara 308 equipa 308 formação 308 ganhar 308 '
        'projecto 308 qualidade 308 zona 308 dá 307 gente 306 passa 306 deste 303 '
        'ficar 303 muitas 303 mulher 303 posso 303 senhor 301 evento 299 ninguém 297 '
        'porto 297 projeto 295 teve 295 relação 294 nível 293 esses 292 público 292 '
        'josé 291 muita 288 aí 287 saber 287 sido 287 homens 286 última 286 fica 285 '
        'preciso 284 disso 280 unidos 278 for 277 número 276 campanha 274 ensino 274 '
        'mpd 274 objectivo 274 paulo 274 sal 274 santiago 274 verdianos 274 causa 272 '
        'mulheres 272 sistema 272 produção 271 março 269 escola 268 frente 268 parece 268 '
        'tarde 268 cultura 267 pena 267 polícia 266 hora 263 problemas 263 serviço 262 '
        'grandes 260 pai 259 tanto 259 festa 258 novas 258 vamos 258 vocês 258 abril 256 '
        'podem 256 filho 255 vídeo 255 alguma 254 cima 254 guerra 254 justiça 254 rede 254 '
        'apesar 252 começou 252 logo 250 sob 250 empresa 249 rua 249 pensar 247 '
        'fazendo 246 diferentes 244 dele 242 direito 242 pessoal 242 saúde 242 accept 240 '
        'bola 240 cache 240 control 240 encoding 240 exemplo 240 jovens 240 mercado 240 '
        'passada 240 plataforma 240 private 240 proxy 240 revalidate 240 sentido 240 '
        'thu 240 vary 240 álbum 240 entanto 239 dinheiro 238 in 238 chegou 237 fazem 237 '
        'minutos 237 filhos 235 tv 235 crianças 234 população 234 quatro 234 fim 233 '
        'junho 233 morte 231 corpo 228 diferente 228 nessa 228 i 227 sair 227 nesta 226 '
        'olhos 226 cinco 225 passar 225 dezembro 224 questão 224 deles 223 problema 223 '
        'site 223 devido 222 atenção 220 desse 220 fotos 220 ponto 220 seguir 220 '
        'tendo 220 vem 220 gosto 217 essas 216 mal 216 difícil 215 internet 215 '
        'passado 215 base 212 especial 212 janeiro 212 manhã 212 certo 210 feito 210 '
        'deixa 207 próprio 207 somos 207 afirmou 206 brava 206 cidadãos 206 comunidade 206 '
        'conferência 206 deixou 206 detalhe 206 falta 206 feita 206 ilhas 206 jogador 206 '
        'liga 206 ministra 206 momentos 206 paicv 206 produtos 206 próximo 206 ribeira 206 '
        'serviços 206 sun 206 turismo 206 verdiana 206 vi 206 maioria 205 seria 204 '
        'amor 200 educação 200 fosse 200 acesso 198 ficou 197 espaço 196 perto 196 '
        'ideia 194 levar 194 ontem 194 amigos 192 período 192 região 192 seis 192 '
        'algum 191 dessa 191 início 191 meus 190 total 190 vista 190 amigo 189 claro 189 '
        'novembro 188 informações 186 membros 186 possível 186 quais 186 teu 186 '
        'embora 185 grupos 184 nesse 183 deixar 182 elas 182 eram 178 internacional 178 '
        'nenhum 178 poderia 176 terra 175 futebol 173 favor 172 série 172 actividades 171 '
        'acto 171 afirma 171 age 171 angola 171 benfica 171 blog 171 capacidade 171 '
        'casos 171 conforto 171 construção 171 cooperação 171 câmara 171 debate 171 '
        'declarações 171 dez 171 dificuldades 171 encontra 171 escolas 171 europeia 171 '
        'euros 171 facto 171 fiquei 171 fogo 171 frango 171 ganhou 171 gestão 171 '
        'idade 171 ipad 171 irá 171 junte 171 manuel 171 mão 171 novos 171 organização 171 '
        'paz 171 pulseira 171 públicas 171 real 171 realidade 171 santos 171 tema 171 '
        'teus 171 tribunal 171 valor 171 vitória 171 último 171 queria 170 encontrar 169 '
        'forte 169 minhas 169 uso 169 brasileira 166 campo 164 coração 164 nenhuma 164 '
        'começar 162 oficial 162 ouvir 162 palavras 162 cabeça 160 entrar 160 meses 160 '
        'realmente 160 tenha 160 agosto 158 brasileiro 158 livre 158 português 158 '
        'precisa 158 via 158 tal 157 acha 156 deveria 156 respeito 156 acontece 154 '
        'ajudar 154 dela 154 existe 154 informação 154 irmão 154 sucesso 154 vale 154 '
        'capital 152 linha 152 nossas 152 presente 152 professor 152 and 151 chegar 151 '
        'comigo 151 los 151 universidade 151 cidades 150 criança 150 maneira 149 havia 148 '
        'estes 146 fala 146 força 146 demais 144 equipe 141 porém 141 mês 139 twitter 138 '
        'altura 137 cultural 137 faça 137 lisboa 137 lopes 137 nicolau 137 ordem 137 '
        'passe 137 preço 137 pública 137 santo 137 show 137 tua 137 talvez 136 acabou 134 '
        'federal 134 fácil 134 outubro 134 voltar 134 longo 132 passou 132 sinto 132 '
        'lista 130 p 130 usar 128 certeza 127 consigo 127 setembro 127 vivo 127 vê 127 '
        'único 127 ajuda 125 fui 125 junto 125 própria 125 x 125 única 125 jesus 123 '
        'jovem 123 língua 123 pais 123 time 123 c 122 livro 122 medo 122 caminho 121 '
        'plano 119 sociais 119 viver 119 américa 117 quarto 117 quiser 117 copa 115 '
        'estas 115 feliz 114 r 112 veja 112 olha 110 falando 107 merda 107 atrás 104 '
        'papel 102 melhores 100 fato 98 fiz 98 legal 98 si 98 uns 98 aquela 96 estavam 96 '
        'viu 96 filha 93 bastante 89 sério 89 amanhã 87 carro 87 inglês 85 objetivo 85 '
        'podemos 85 trabalhar 85 mundial 83 n 83 ali 81 ação 81 ia 81'), _table(
        'a 124910 e 114718 o 105511 s 76314 r 65911 i 64095 d 54551 n 53889 t 49483 '
        'm 43598 c 40206 u 37052 l 29633 p 28831 v 14669 g 12867 f 11487 b 9868 q 8798 '
        'h 8109 ã 7883 ç 6363 á 4983 z 4012 é 3970 j 3942 í 2534 x 2210 ó 1802 ê 1408 '
        'õ 1380 ú 1281 à 1042 k 845 y 718 â 465 w 366 º 141 ô 113'), (599, 82, 49)),
    'ro': ('latin', _table(
        'de 52927 a 26818 în 24017 la 15777 și 14749 cu 12463 din 12372 o 12150 este 10304 '
        'pe 10248 care 10135 să 9769 mai 8685 pentru 8533 un 8452 nu 8241 si 8135 se 6861 '
        'şi 6514 in 6143 că 5500 au 5447 ce 5145 fost 4913 ca 4854 al 3880 sunt 3774 '
        'fi 3690 sa 3474 sau 3418 am 3259 i 3175 va 3015 s 2902 ďż 2869 dar 2409 ne 2388 '
        'prin 2293 lui 2173 poate 2144 e 1884 acest 1805 după 1740 ar 1704 le 1679 '
        'cel 1632 n 1629 ale 1627 dacă 1585 noi 1582 când 1512 cum 1498 timp 1483 '
        'trebuie 1480 foarte 1465 ani 1427 cele 1427 iar 1410 ei 1358 are 1357 multe 1356 '
        'vor 1335 fie 1334 face 1298 mult 1294 doar 1272 mare 1244 l 1220 despre 1218 '
        'atunci 1148 ai 1128 toate 1103 aceasta 1082 era 1063 tot 1057 pot 1050 unui 1031 '
        'el 1024 cea 999 dintre 994 prima 982 te 979 până 964 bine 952 loc 952 unde 893 '
        'chiar 885 lor 884 fiecare 883 cadrul 860 acum 859 nici 859 spre 858 parte 852 '
        'asemenea 851 unei 844 anul 843 avut 806 într 794 vă 769 daca 768 peste 767 eu 766 '
        'îi 765 mi 758 unul 750 orice 742 către 733 românia 730 astfel 726 partea 722 '
        'asta 717 ceea 717 putea 717 fiind 707 această 697 două 694 lucru 679 cei 675 '
        'numai 672 avea 671 fel 669 alte 668 aici 656 îl 651 fără 639 cât 633 ea 633 '
        'mă 633 dupa 632 între 629 an 622 asupra 622 m 617 acesta 599 atât 595 sub 587 '
        'sďż 582 ul 565 apoi 559 una 555 așa 550 ia 544 fapt 542 primul 540 vedere 535 '
        'zi 532 aceste 524 nr 524 ii 522 urma 522 decât 513 doua 511 timpul 509 există 505 '
        'ceva 502 moldova 500 data 496 celor 484 dumnezeu 484 dat 478 precum 471 '
        'noastre 465 ï 465 fac 462 prea 461 sale 461 său 461 vezi 457 ori 451 da 441 '
        'zile 436 c 433 oameni 430 locul 428 faptul 425 încă 424 putem 422 început 422 '
        'ora 420 mod 419 special 419 spune 418 unor 418 patru 415 copii 414 mari 412 '
        'mea 412 numele 411 făcut 409 baza 406 perioada 406 cand 401 d 401 trei 401 '
        'nostru 397 calitate 388 deja 388 drept 388 aceea 387 moment 380 persoane 380 '
        'toată 380 spus 379 activitatea 367 site 367 nou 365 erau 363 tip 361 acestea 359 '
        'acestui 358 aproape 356 cazul 355 folosit 354 imediat 354 europa 350 perioadă 350 '
        'intr 349 servicii 349 doi 345 mici 345 româniei 345 află 341 iunie 335 ele 328 '
        'lumea 325 câteva 323 nevoie 323 sus 322 pare 321 ajuta 320 place 316 punct 316 '
        'produs 314 milioane 313 împotriva 313 ales 311 dintr 311 important 311 '
        'noastră 311 tuturor 308 meu 306 tine 306 trebui 306 venit 306 vom 306 anului 303 '
        'puțin 302 echipa 301 nimic 298 bun 296 însă 296 zona 293 acolo 291 dvs 291 '
        'luni 290 deci 287 diferite 287 conform 286 etc 284 greu 284 vei 284 datorită 283 '
        'centrul 281 prezent 281 probleme 281 pune 281 trecut 281 suntem 278 bună 277 '
        'fata 277 bucurești 275 cine 274 printre 274 v 274 stat 273 caz 272 ianuarie 272 '
        'apă 271 catre 271 cercetare 271 firma 271 isi 271 munca 271 oferi 271 asa 269 '
        'grup 269 avem 267 direct 266 republica 266 ma 264 târziu 264 inclusiv 262 mic 262 '
        'nume 260 vorba 260 duce 257 omul 257 voi 257 astăzi 255 biserica 255 cunoscut 255 '
        'jos 254 mine 252 general 251 lume 251 singur 251 având 248 oficial 248 '
        'sistemul 246 martie 245 viața 245 cred 242 ci 240 dată 238 față 238 acasă 236 '
        'date 236 momentul 236 noua 234 înainte 234 acestor 233 afara 233 arta 233 cat 233 '
        'codul 233 comanda 233 compania 233 cďż 233 exista 233 experienta 233 fara 233 '
        'insa 233 prezenta 233 publice 233 viata 233 ½n 233 împreună 233 îşi 233 luat 232 '
        'nouă 231 scurt 231 ajuns 229 bune 229 oamenii 229 octombrie 229 își 228 '
        'membru 226 cauza 225 tu 225 ajutorul 224 devenit 223 ultima 223 vedea 223 '
        'ioan 221 ore 219 toți 218 ți 218 cluj 215 înseamnă 215 joc 214 primele 214 '
        'îmi 214 casa 212 exemplu 212 vine 212 privind 209 vrea 206 publicat 205 viață 204 '
        'îți 204 aflat 203 iulie 203 nicolae 203 bani 201 totul 201 adică 200 aduce 199 '
        'național 199 noiembrie 197 lucruri 195 minute 195 începutul 195 alta 194 aşa 194 '
        'declarat 194 dezvoltarea 194 gama 194 inceput 194 intrare 194 intrat 194 '
        'intre 194 iti 194 non 194 pana 194 produse 194 puteti 194 scop 194 sediul 194 '
        'studii 194 utilizare 194 vďż 194 om 193 acea 192 probabil 192 respectiv 192 '
        'decembrie 190 ziua 190 afla 189 unii 187 septembrie 186 spun 186 abia 185 '
        'nimeni 185 politice 185 uri 185 întotdeauna 185 aproximativ 182 faci 182 '
        'mihai 182 deoarece 180 murit 180 acestuia 178 deși 178 jurul 178 poți 178 '
        'începând 178 lucrurile 175 lângă 173 ta 173 cam 171 odată 171 b 167 nivel 167 '
        'scris 167 același 166 ion 165 mele 165 văzut 164 exact 163 printr 163 succes 163 '
        'facă 162 doilea 161 domeniul 161 europene 161 istoria 161 posibil 161 români 161 '
        'altfel 159 bază 159 reprezintă 159 anii 157 dus 157 moartea 157 muncă 157 azi 156 '
        'simplu 156 acel 155 acelaşi 155 acestora 155 adaugă 155 afaceri 155 atat 155 '
        'auto 155 aţi 155 bisericii 155 cartea 155 cazare 155 crea 155 cresterea 155 '
        'cursuri 155 cï 155 dr 155 facut 155 felul 155 folosi 155 fotografii 155 '
        'funcţie 155 idei 155 informatii 155 interesul 155 interior 155 internet 155 '
        'jucat 155 judeţului 155 limita 155 literară 155 lumii 155 media 155 mediul 155 '
        'modul 155 mulţi 155 naţională 155 necesare 155 nevoia 155 ocazie 155 ofera 155 '
        'oferim 155 oferite 155 online 155 permite 155 piatra 155 plata 155 poti 155 '
        'procesul 155 produsele 155 profesor 155 program 155 puţin 155 pďż 155 '
        'realizarea 155 repede 155 românească 155 scopul 155 sigur 155 spatii 155 tara 155 '
        'timpului 155 tineri 155 trimis 155 uşor 155 veti 155 web 155 şcolii 155 unele 154 '
        'știu 154 adus 153 drumul 153 fiul 153 forma 153 limba 153 tale 153 aprilie 151 '
        'niciodată 151 român 151 aibă 150 legătură 150 merge 150 destul 148 locale 148 '
        'locuri 148 mediu 148 urmă 148 ajută 147 celui 147 săi 147 ajunge 146 cinci 146 '
        'română 146 acestei 143 adevărat 143 funcție 143 arată 141 fața 141 copiii 139 '
        'vreme 139 familia 138 mulți 138 numărul 138 domnul 136 mereu 136 altă 134 dă 134 '
        'familie 134 februarie 134 primit 134 politică 132 puteți 132 rămas 132 ușor 132 '
        'formă 130 număr 130 vechi 130 casă 128 importante 128 națională 128 niște 128 '
        'putut 128 sistem 128 the 128 vin 128 acord 126 realizat 126 tocmai 126 x 126 '
        'pus 125 guvernul 124 jumătate 124 new 124 persoană 124 române 124 serie 124 '
        'aș 122 ați 122 câte 122 majoritatea 122 mama 122 sua 122 vreo 122 august 120 '
        'ești 120 femeie 120 război 120 găsit 118 problema 118 john 117 academia 116 '
        'accesul 116 atins 116 bucurie 116 capacitate 116 cultural 116 datele 116 '
        'decis 116 efect 116 forta 116 lasă 116 lei 116 mďż 116 numeroase 116 '
        'persoanele 116 pielii 116 privire 116 publica 116 seama 116 secret 116 '
        'societatea 116 stau 116 universitare 116 vrei 116 banii 114 mondial 114 '
        'naționale 114 istorie 113 uneori 113 alături 112 departe 112 județul 112 oraș 112 '
        'il 111 liber 111 motiv 111 sud 111 cineva 110 clar 109 ochii 109 sex 109 tare 109 '
        'femei 108 ideea 108 potrivit 108 următoarele 108 tău 107 marea 104 european 102 '
        'tatăl 102 alt 100 urmare 100 începe 100 știe 98 țară 98 statului 96 țara 96 '
        'facem 93 rămâne 93 veți 93 mică 91 zis 91 aveți 89 copil 89 film 89 iași 89 '
        'reușit 89 aceeași 87 dau 87 țării 87 frumos 85 lea 85 siguranță 85 totuși 85 '
        'internațional 83 local 83 ultimul 83 cap 81 măcar 81 p 81 rău 81 vreau 81 țări 81 '
        'fii 79 orașului 79 genul 78 gheorghe 78 nord 78 președintele 78 video 78 multă 76 '
        'tv 76 bărbat 74 of 74 orașul 74 președinte 74 românești 74 timișoara 74 șase 74 '
        'drum 72 luptă 72 seara 72 sfârșitul 72 văd 72 aceștia 70 consiliul 70 pierdut 70 '
        'total 70 ului 70 vieții 70 dea 69 du 69 informații 69'), _table(
        'e 122729 a 113586 i 109513 r 74938 t 72835 n 63035 u 56785 c 52907 l 48238 '
        'o 46568 s 43167 d 34023 p 31547 m 28340 f 13917 ă 13738 v 12007 g 8979 b 8950 '
        'z 7682 î 5996 ţ 5474 ş 4937 ď 3669 ż 3669 h 3326 j 2431 x 2327 â 2178 k 552 y 403 '
        'w 343 ï 343 ã 268 ț 239 ș 179 é 60'), (522, 80, 47)),
    'ru': ('cyrillic', _table(
        'в 37208 и 32767 не 18025 на 17536 что 11659 с 11441 я 8681 по 7592 как 6816 '
        'а 6672 это 6407 к 5809 из 5774 но 5312 он 5146 у 4964 все 4729 то 4642 за 4460 '
        'его 4402 мы 4010 для 3829 о 3774 от 3434 так 3183 было 3155 только 3155 если 2535 '
        'или 2493 мне 2485 же 2446 меня 2385 они 2379 до 2317 ты 2287 когда 2237 еще 2092 '
        'вы 2006 были 1792 бы 1774 есть 1743 был 1716 время 1703 ее 1672 уже 1616 '
        'можно 1592 после 1559 при 1540 она 1519 ни 1498 чтобы 1460 себя 1413 была 1404 '
        'нет 1395 будет 1371 их 1357 этого 1344 может 1336 сейчас 1319 вот 1300 даже 1294 '
        'во 1276 со 1271 под 1270 просто 1269 ему 1264 которые 1264 кто 1257 ну 1222 '
        'очень 1211 здесь 1195 года 1162 чем 1151 нас 1126 там 1126 где 1121 этот 1116 '
        'них 1106 тоже 1106 один 1086 также 1032 том 1021 вам 1007 всего 1002 эти 1001 '
        'надо 984 быть 972 всех 937 того 907 лет 903 тебе 890 него 883 раз 882 ничего 877 '
        'своей 864 более 861 да 848 им 844 через 826 этом 823 однако 809 ли 808 ведь 799 '
        'нам 790 теперь 788 г 786 человека 761 больше 733 много 728 вас 724 россии 724 '
        'мог 700 без 690 всегда 688 этим 687 лишь 686 году 679 об 679 потому 674 '
        'именно 670 нужно 667 себе 667 людей 660 тут 653 почему 652 день 644 никогда 641 '
        'сам 641 тогда 641 тебя 639 сегодня 630 потом 629 против 629 хорошо 629 свои 612 '
        'ним 609 дело 606 лучше 606 между 606 этой 606 человек 605 первый 586 сша 585 '
        'должны 571 своих 567 всё 566 несколько 566 сказал 566 мой 560 эту 558 место 554 '
        'тем 554 знаю 550 делать 546 жизни 546 каждый 542 другие 534 буду 527 какой 526 '
        'работы 526 поэтому 521 сделать 521 такой 518 всем 516 конечно 516 оно 516 '
        'который 510 чего 506 люди 504 кажется 501 свою 498 одно 495 её 492 хочу 492 '
        'почти 484 которых 474 кроме 471 случае 467 такие 467 вместе 463 времени 463 '
        'таким 452 тот 452 одного 449 сказать 449 три 447 стране 443 затем 442 которая 442 '
        'моя 442 нельзя 439 снова 439 н 437 такое 437 год 436 м 436 значит 432 хотя 432 '
        'стали 426 могут 418 жизнь 417 тех 413 пока 412 свое 412 этому 412 говорят 407 '
        'действительно 405 является 399 двух 397 должен 397 глаза 393 часов 389 кому 385 '
        'всей 381 перед 372 понятно 372 станет 368 мира 367 другой 364 совсем 364 '
        'области 354 вообще 352 которое 352 будут 348 вопрос 335 деньги 335 других 335 '
        'новый 335 рядом 333 самое 333 точно 333 быстро 330 многие 330 свой 330 '
        'говорить 328 которого 326 ко 325 равно 325 смерти 323 новых 321 вопросы 314 '
        'одной 314 опять 314 работать 314 ней 311 дальше 310 могли 310 сами 310 над 308 '
        'последний 308 стоит 307 мама 306 сил 304 дня 303 кого 303 никто 303 работу 303 '
        'стороны 303 части 303 вся 302 слово 302 благодаря 301 сначала 301 имеет 300 '
        'удалось 299 никак 298 нужен 298 окно 298 очередь 298 решили 298 сквозь 298 '
        'человеку 298 сердце 297 кстати 296 лицо 296 про 293 стал 293 понять 292 собой 290 '
        'два 288 п 288 правда 286 страны 286 две 283 куда 283 войны 277 дела 277 игры 277 '
        'б 274 весь 274 числе 274 дома 273 эта 273 начала 271 такая 271 должна 269 мир 269 '
        'нашей 269 таких 269 иногда 266 которую 263 мои 263 права 263 тому 263 около 260 '
        'давно 258 зачем 258 раньше 258 ещё 256 своего 256 александр 253 уж 253 '
        'впервые 251 руки 251 управления 251 хоть 249 связи 248 жить 246 р 246 тыс 246 '
        'города 244 нибудь 244 говорит 240 е 240 л 240 районе 240 января 240 будто 238 '
        'обычно 238 помощь 238 полностью 236 женщина 234 меньше 234 отношения 234 сын 234 '
        'либо 232 мало 232 скорее 232 состав 232 ей 229 истории 229 имени 228 '
        'последние 228 одну 226 получить 226 сказала 226 назад 225 слова 225 первые 224 '
        'вид 223 вне 223 вода 223 всякого 223 вышел 223 глазами 223 говоря 223 '
        'двадцать 223 думал 223 желание 223 идут 223 кино 223 лица 223 мое 223 '
        'остается 223 открывает 223 поехал 223 положение 223 процесс 223 работал 223 '
        'разговор 223 света 223 силах 223 смотрел 223 смотрит 223 солдат 223 состояние 223 '
        'счет 223 увидел 223 чтоб 223 друг 222 например 222 постоянно 221 правильно 221 '
        'та 221 той 221 армии 219 одном 219 помощи 219 нашего 218 сразу 218 какие 215 '
        'которой 214 рф 212 получил 206 нее 203 апреля 200 большой 200 думаю 200 '
        'спасибо 199 всю 197 власти 194 организации 194 партии 194 слишком 194 украины 194 '
        'месте 191 момент 191 наши 191 некоторые 191 своим 191 фильм 191 д 189 такого 189 '
        'город 186 конце 186 результате 186 федерации 186 проблемы 184 могу 182 й 181 '
        'пор 181 работа 181 достаточно 179 помощью 179 стало 179 хочет 179 часть 178 '
        'вчера 176 завтра 176 имя 176 какая 176 пусть 176 внимание 174 должно 174 млн 174 '
        'мной 174 населения 174 немного 174 будем 172 компании 172 минут 172 пять 172 '
        'февраля 172 возможность 170 места 170 среди 170 ссср 170 этих 170 городе 167 '
        'история 167 решение 167 тысяч 167 россия 166 идет 165 скоро 165 денег 163 дом 162 '
        'наших 161 нравится 161 самый 161 число 161 детей 158 одна 158 сколько 158 '
        'книги 157 начале 157 право 157 долго 155 ними 155 президент 155 прямо 155 '
        'пути 155 виде 153 данные 153 друга 153 прежде 153 дети 152 конца 152 сайте 152 '
        'российской 151 вокруг 150 вроде 150 движения 150 многих 150 первых 150 силы 150 '
        'известно 148 команды 148 мать 148 москве 148 сделал 148 следует 148 э 148 '
        'важно 147 действия 147 довольно 147 доме 147 любовь 147 наверное 147 ответ 147 '
        'понимаю 147 своими 147 безопасности 145 нами 145 самым 145 сергей 145 образом 144 '
        'см 144 какое 143 компания 143 общества 143 второй 141 т 134 те 134 группы 128 '
        'х 128 годы 125 новые 125 новости 122 найти 120 участие 120 качестве 117 '
        'москва 117 развития 117 сентября 117 системы 117 возможно 114 го 114 совета 114 '
        'дней 112 котором 112 марта 112 менее 112 рублей 110 самом 110 стала 110 '
        'территории 110 течение 110 часто 110 люблю 107 мая 107 период 107 деле 104 '
        'количество 104 мире 104 типа 104 нового 100 ночь 100 согласно 100 стать 100 '
        'моей 98 одним 98 первой 98 наконец 96 наш 96 новой 96 роль 96 ж 93 ноября 93 '
        'находится 91 работе 91 чуть 91 данным 89 знает 89 первого 89 поскольку 89 '
        'происходит 89 республики 89 августа 87 декабря 87 деятельности 87 особенно 87 '
        'сама 87 сильно 87 четыре 87 москвы 85 работает 85 сайт 85 самых 85 европы 83 '
        'несмотря 83 украине 83 июня 81 наиболее 81 нем 81 октября 81 группа 79 сборной 79 '
        'стран 79 владимир 78 вместо 78 июля 78 которым 78 отец 78 плохо 78 развитие 78 '
        'российский 78 таки 78 государства 76 домой 76 женщины 76 закон 76 культуры 76 '
        'настоящее 76 образования 76 самого 76 система 76 уровень 76 являются 76 вновь 74 '
        'германии 74 столько 74 центр 74 ранее 72 ряд 72 частности 72 большое 70 воды 70 '
        'главное 70 говорил 70 надеюсь 70 результаты 70 хотел 70 лучший 69 сих 69'), _table(
        'о 109841 е 86050 а 77211 и 71699 н 66352 т 63460 с 52902 в 47309 р 46763 л 43052 '
        'к 33176 м 31812 д 30311 п 28893 у 26710 я 21253 ы 20708 ь 19316 г 16697 з 16561 '
        'б 15579 ч 14815 й 11159 ж 9876 х 8840 ш 7039 ю 6821 ц 4938 щ 4038 э 3710 ф 2401 '
        'ё 518 ъ 191'), (471, 83, 45)),
    'sk': ('latin', _table(
        'a 33873 v 22977 sa 21836 na 21341 je 16597 s 9258 z 8350 to 7932 že 7220 aj 7169 '
        'ako 7123 o 6533 do 6383 si 6208 som 4493 ale 4414 pre 4338 po 4216 sú 3781 '
        'za 3707 od 3577 čo 3305 by 3225 nie 3079 už 3033 tak 3019 ktorý 2971 pri 2869 '
        'k 2831 len 2766 sme 2708 alebo 2569 bol 2530 vo 2488 aby 2398 ak 2391 ich 2302 '
        'jeho 2275 keď 2259 má 2233 ktoré 2152 bola 2040 až 1791 byť 1731 jej 1691 '
        'veľmi 1652 zo 1560 ani 1556 ktorá 1533 ho 1528 bude 1511 viac 1510 roku 1424 '
        'však 1385 tu 1370 so 1366 podľa 1308 i 1281 vám 1247 mi 1246 ešte 1235 ste 1185 '
        'môže 1178 či 1159 pred 1140 bolo 1128 kde 1124 toho 1066 medzi 1064 boli 1047 '
        'tiež 1045 vás 1014 no 999 tomu 982 nás 967 pod 964 u 941 bez 909 tento 909 '
        'tým 906 potom 884 všetko 873 teda 872 iba 870 mu 834 ju 827 ja 816 rokov 816 '
        'nám 806 tom 788 mali 779 tejto 772 preto 759 počas 756 možno 750 všetky 750 '
        'mať 741 niečo 713 majú 709 sr 707 deň 704 svoje 701 vďaka 687 pretože 658 '
        'každý 655 teraz 648 okrem 646 najmä 640 práve 640 proti 626 vždy 624 môžete 621 '
        'toto 616 lebo 612 asi 601 nad 594 ten 594 ľudí 592 ďalej 579 tam 575 ktorí 564 '
        'veľa 555 mňa 553 svoj 553 ma 536 slovensku 535 ide 533 nachádza 533 dnes 531 '
        'ktorých 529 tomto 528 pozri 525 ktorej 519 časti 519 možné 518 budú 512 '
        'pokiaľ 512 nič 507 c 502 pár 502 mal 501 nich 494 celý 482 cez 482 ku 482 '
        'máte 482 všetkých 482 samozrejme 477 mám 473 naozaj 466 sk 464 niekoľko 460 '
        'oblasti 460 rok 460 mesta 455 miesto 455 im 454 napríklad 454 ľudia 454 často 450 '
        'jeden 448 ktorú 448 slovenskej 448 stále 448 týchto 444 dá 442 určite 442 '
        'strany 440 túto 440 mieste 436 svojich 436 vlastne 434 čas 434 spoločnosti 431 '
        'deti 430 sebe 429 nej 426 chcete 418 keby 413 neskôr 409 svoju 408 zatiaľ 407 '
        'lepšie 401 sveta 401 možnosť 400 dňa 394 hlavne 394 ktorého 394 nové 394 prvý 394 '
        'takže 394 úplne 390 r 388 spolu 387 svojho 384 tri 380 e 379 iných 379 kvôli 379 '
        'život 379 tieto 373 mohli 371 napr 371 predaj 371 nový 369 svojej 368 skôr 367 '
        'vody 365 my 363 nikdy 363 cesta 361 jedna 357 jedného 357 dobre 355 problém 355 '
        'všetci 355 môj 352 základe 352 domov 349 služby 349 pričom 347 rokoch 343 '
        'tohto 343 zároveň 340 nakoniec 339 d 338 kedy 338 kto 338 mala 338 hneď 336 '
        'veľký 336 dve 334 okolo 334 tie 334 môžeme 333 cena 329 nemá 329 č 329 musí 327 '
        'časť 327 celkom 326 km 326 môžu 326 rýchlo 326 svete 326 menej 323 chcel 321 '
        'dvoch 321 pán 321 kým 320 nebude 320 ním 320 vrátane 320 x 320 príbeh 319 '
        'trochu 317 ceny 314 vaše 311 žiadne 311 iné 309 prosím 309 republiky 309 opäť 308 '
        'informácie 307 prečo 306 aké 305 hodín 302 skupiny 302 množstvo 300 myslím 300 '
        'priamo 297 výsledky 297 ďalšie 296 neho 294 budete 292 domu 292 naše 292 táto 292 '
        'spoločnosť 290 druhý 287 niekto 287 tých 287 dní 283 naša 283 takto 283 '
        'človek 283 bratislava 280 dieťa 277 krát 276 treba 276 počet 274 seba 274 '
        'veľké 274 práce 271 než 270 patrí 270 najviac 268 pomocou 268 prípade 268 '
        'systém 266 dokonca 265 nášho 263 prácu 262 hry 259 sv 259 jedno 256 minút 256 '
        'pomerne 256 roka 251 ďalší 251 dva 250 keďže 249 meno 247 niekedy 247 on 247 '
        'dom 246 svet 246 veci 245 jednoducho 244 jedným 244 niektoré 244 rôzne 244 '
        'stránke 244 súčasnosti 244 tú 244 života 244 ktorým 241 tzv 241 hovorí 240 '
        'mesto 240 napriek 240 ďalších 240 jednej 239 podobne 239 m 236 živote 235 '
        'povedal 234 číslo 234 byt 232 hra 232 klientov 232 názov 232 predsa 232 stojí 232 '
        'systému 232 ľahko 232 našich 230 neviem 230 podarilo 230 presne 230 dostal 227 '
        'roky 227 práva 226 právo 226 aspoň 224 b 224 obce 224 slovensko 224 vtedy 224 '
        'vôbec 224 čase 224 práci 222 rada 221 rôznych 221 cenu 220 knihy 220 h 218 '
        'práca 218 robiť 218 celú 217 chcú 217 rodiny 217 väčšinou 217 funkcie 215 '
        'ochrany 215 pozrieť 215 strane 215 vy 215 každého 213 dosť 212 jednu 210 '
        'vidieť 210 máme 208 ti 207 dobrý 205 mohol 205 otec 205 telo 205 bratislave 202 '
        'john 202 sebou 200 ísť 200 tej 197 áno 197 budem 195 dobe 195 peniaze 195 '
        'období 193 rovnako 193 hoci 190 ktorom 190 l 190 nech 190 rady 190 taký 190 '
        'takmer 187 the 187 školy 187 celé 186 mimo 186 nebolo 186 auta 185 bytu 185 '
        'cd 185 cirkvi 185 dobu 185 eur 185 firmy 185 galéria 185 hlavy 185 j 185 '
        'jozef 185 niektorí 185 novembra 185 podmienky 185 pokojne 185 pomaly 185 '
        'ponuka 185 potrebujete 185 požiadavky 185 praktické 185 predám 185 produkt 185 '
        'rodičia 185 stala 185 stránka 185 stránku 185 taška 185 totiž 185 tovar 185 '
        'vysoko 185 využiť 185 výrazne 185 web 185 údajov 185 cieľom 184 mnohých 184 '
        'nikto 184 znamená 184 času 184 oveľa 182 používa 182 súčasťou 182 vie 182 '
        'ďakujem 182 náš 181 také 181 váš 181 názvom 180 stránky 180 vec 180 druhej 178 '
        'inak 178 miest 178 najlepšie 178 nájsť 178 program 178 správy 178 in 176 '
        'nového 176 rozdiel 176 začali 176 štátu 176 obsahuje 175 predovšetkým 175 čím 175 '
        'ženy 175 stal 174 chce 172 dobré 172 doma 172 moja 172 niektorých 172 syn 172 '
        'ňom 172 hodiny 170 činnosti 170 prvé 169 auto 168 avšak 168 stalo 168 cca 167 '
        'ceste 167 európskej 167 konečne 167 pocit 166 problémy 166 sám 166 taktiež 166 '
        'radi 165 celej 163 minulosti 163 nových 163 spôsob 163 vlády 163 škole 163 '
        'nimi 161 následne 161 moje 158 raz 158 slovenska 154 tá 154 meste 153 dlho 151 '
        'príliš 151 rámci 151 troch 151 chcem 148 dôležité 148 new 148 pravdepodobne 148 '
        'resp 148 rád 148 skutočne 148 smrti 148 týmto 148 dni 146 iný 146 storočia 146 '
        'malé 144 mne 144 našej 144 všetkým 144 približne 142 biele 139 charakter 139 '
        'close 139 connection 139 denník 139 dieťaťa 139 dostali 139 dostupná 139 '
        'európe 139 info 139 inzercia 139 istý 139 ivan 139 jedine 139 jednoduché 139 '
        'jedná 139 júna 139 klubu 139 komentár 139 kupujúci 139 malo 139 milan 139 '
        'najnižšie 139 naplno 139 nemal 139 nemala 139 novú 139 obzvlášť 139 online 139 '
        'osobne 139 podobe 139 pokračovanie 139 ponúka 139 ponúkame 139 popis 139 '
        'povinný 139 počasie 139 pravidlá 139 prostredníctvom 139 rozdiely 139 '
        'rozhodnutia 139 starých 139 stránok 139 tí 139 veku 139 veľkých 139 vhodná 139 '
        'výsledok 139 začal 139 zdravie 139 ze 139 zle 139 zmien 139 značky 139 záujem 139 '
        'čierny 139 ďalšou 139 ľahšiu 139 žena 139 týždeň 137 predtým 135 stačí 135 '
        'vašej 135 dostať 133 nejaké 133 nová 133 svojom 133 veľkosť 133 činnosť 133 '
        'nemôže 131 obdobie 131 vedieť 131 veľká 131 viem 131 výške 131 začala 131 '
        'cesty 129 ha 129 slovenského 129 začiatku 128 cestu 127 fakt 127 nebol 127 p 127 '
        'super 127 štyri 127 de 125 obci 125 zmysle 125 príde 124 viacerých 124 koľko 122 '
        'povedať 122 veľkej 122 území 122 človeka 122 prvá 120 späť 120 vášho 120 našu 119 '
        'výkon 119 ťa 119 matka 117 moc 117 musím 117 najprv 117 nami 117 radšej 117 '
        'ráno 117 chceme 115 budeme 114 správne 114 postupne 110 dať 102 urobiť 100 '
        'väčšina 100 krajiny 98 prvej 96 von 96 pomoc 93 typu 93 of 89 pomôcť 89 usa 89 '
        'veď 89 zomrel 89 vecí 87 priebehu 85 súťaže 85 aký 83 novej 83 osôb 83 film 81 '
        'nejaký 81 slovenských 81 mnoho 79 g 76 robí 76 vašu 76 chcela 74 muži 74 '
        'slovenský 74 večer 74 mohla 72 najlepší 72 svojou 72 chceli 70 dal 70 môžem 70 '
        'typ 70 you 70 žije 70'), _table(
        'o 91340 a 89834 e 83495 n 63630 i 56806 r 50849 t 48216 s 44060 v 42310 k 37877 '
        'l 35365 m 33980 d 33911 p 33253 u 26602 c 24177 h 22393 j 20471 á 19259 z 18479 '
        'b 17440 y 15726 ý 10998 í 10876 č 10184 ž 8850 š 8711 ú 7915 é 6876 ť 5923 ľ 4087 '
        'f 4070 g 3412 ô 2130 ň 1334 ď 1316 ó 1264 x 831 w 814 ä 745 ĺ 69 ŕ 52'), (436, 90, 46)),
    'sl': ('latin', _table(
        'je 38440 in 30346 v 26015 na 18005 se 15759 za 13049 da 12626 ki 10814 so 10412 '
        'pa 8878 z 8091 s 7120 tudi 7034 ne 6975 lahko 5385 po 5036 bi 4912 še 4755 '
        'bo 4702 kot 4579 pri 4161 iz 4160 ali 4146 od 4090 o 3946 do 3740 to 3609 ni 3540 '
        'če 3540 že 3540 tako 3088 med 2839 si 2789 smo 2669 bil 2617 ko 2573 jih 2413 '
        'kar 2358 ga 2298 tem 2263 sem 2258 vse 2157 ter 2038 bila 1827 ob 1783 nekaj 1732 '
        'bodo 1688 leta 1681 več 1681 tega 1672 ker 1647 a 1607 zelo 1552 ima 1527 '
        'saj 1492 ta 1432 kaj 1427 zaradi 1412 samo 1347 jo 1331 pred 1312 nas 1232 '
        'zato 1226 bilo 1216 le 1181 kjer 1126 naj 1121 vendar 1117 veliko 1111 vedno 1091 '
        'sta 1086 mi 1010 bolj 996 kako 991 k 988 prav 976 vam 976 proti 948 bomo 928 '
        'svoje 918 gmt 882 dan 867 strani 867 te 849 vas 848 date 842 nam 837 danes 835 '
        'ampak 827 brez 827 slovenije 812 boste 756 glede 755 drugi 747 časa 747 času 731 '
        'predvsem 729 svojo 717 res 716 dobro 715 del 706 gre 691 torej 689 dela 687 '
        'let 686 net 682 oct 682 čas 666 vseh 660 bili 651 close 642 connection 642 '
        'mogoče 636 niso 636 delo 635 najbolj 615 leto 608 poleg 602 potem 596 mu 580 '
        'najprej 579 ime 557 ljudi 556 ste 549 dveh 547 treba 543 pod 540 jaz 539 malo 531 '
        'jim 528 prvi 524 imamo 519 mestu 515 nov 515 namreč 512 mesto 509 tri 504 '
        'biti 503 pomeni 503 lepo 498 nisem 498 vsi 498 vsem 490 zakaj 490 način 486 '
        'druge 482 eno 480 celo 469 ena 454 ti 451 zdaj 448 drugih 446 d 444 skupaj 443 '
        'ljubljana 440 nad 440 nič 440 sicer 440 sploh 435 dovolj 431 seveda 426 svetu 422 '
        'me 419 sloveniji 418 uporablja 414 čeprav 414 bom 412 dve 411 vsak 411 '
        'oziroma 406 imajo 400 nato 400 kdo 399 e 395 letih 395 mora 395 svojega 395 '
        'drugo 388 avto 387 vašo 387 imel 379 nikoli 378 preveč 378 skoraj 378 ljudje 375 '
        'kateri 374 morda 374 ur 374 no 372 otrok 369 ravno 366 letu 364 njegovo 363 '
        'objavljeno 361 storitev 361 katerih 360 občine 360 preko 359 tisti 359 kdaj 358 '
        'čim 358 oz 355 sam 355 slovenija 353 čez 352 dni 350 naprej 350 delu 349 '
        'kmalu 345 spet 345 dva 344 pogosto 342 kakšno 338 ljubljani 338 konec 335 '
        'pomembno 335 hitro 334 novo 334 drugega 330 imeli 330 kljub 330 mesta 329 '
        'okoli 326 teh 326 življenje 325 svet 322 com 321 napisal 321 obstaja 318 tu 318 '
        'nihče 316 sami 316 drugim 315 nove 315 pravi 315 sedaj 315 sama 310 pač 305 '
        'države 302 tam 302 naše 301 primer 299 vsaj 299 odlično 298 potrebno 296 sebi 296 '
        'nekateri 295 slovenske 295 eden 294 katerem 294 temu 292 vodi 292 vsega 292 '
        'tej 290 razvoj 289 očitno 286 prvič 286 katere 283 namene 281 raziskave 281 '
        'področju 280 velja 280 stran 279 problem 278 otroci 277 i 275 vaš 275 '
        'možnosti 273 prve 272 njegovi 271 naslov 270 popolnoma 267 začela 265 medtem 264 '
        'slovenskih 264 toliko 264 manj 261 njih 261 pot 261 more 260 pomočjo 260 '
        'uporabo 260 enega 258 moč 258 oktobra 258 stvari 258 slovenskega 253 čisto 253 '
        'on 252 otroke 251 takrat 250 kasneje 246 takoj 246 tiste 245 skozi 244 '
        'število 244 dr 243 leti 243 primeru 243 prvo 243 zda 243 človek 243 analizo 241 '
        'geslom 241 gospod 241 izboljšujemo 241 mislim 241 največ 241 obiska 241 '
        'oglaševanja 241 piškotke 241 portal 241 rabe 241 racunovodja 241 rad 241 '
        'rešitev 241 sat 241 spleta 241 sredstev 241 telefonsko 241 treh 240 zdi 240 c 238 '
        'izmed 238 njegov 238 npr 238 vem 238 dolgo 237 enkrat 237 vprašanje 237 bile 235 '
        'slovenski 235 toda 235 podatki 231 sistema 231 ja 230 novi 230 pomoč 230 '
        'posebej 230 moral 229 težko 228 vlade 228 včasih 228 precej 227 sva 225 sveta 224 '
        'svojih 224 tukaj 224 življenja 224 katerega 222 različne 222 različnih 222 '
        'zlasti 222 imela 218 najboljši 218 njej 218 prva 216 št 214 njegova 212 '
        'občina 212 hkrati 211 vsako 211 doma 210 prej 210 njegove 209 zadnji 209 '
        'dobil 206 svoj 206 vsa 205 človeka 205 niti 202 poti 202 blizu 201 content 201 '
        'desus 201 enem 201 eu 201 foto 201 govoril 201 jul 201 length 201 lighttpd 201 '
        'maj 201 mar 201 mnenje 201 njihove 201 novih 201 osnovi 201 pogodbe 201 '
        'posebno 201 poslali 201 preprosto 201 pridružen 201 projekt 201 re 201 rs 201 '
        'server 201 sms 201 t 201 uporabe 201 vašim 201 vnesite 201 zmago 201 številko 201 '
        'močno 200 glej 199 konca 199 šolo 199 slovenska 198 svojim 198 tisto 198 naš 197 '
        'nekaterih 197 težave 197 okrog 196 prava 196 tak 196 drugače 195 ji 195 '
        'ponovno 195 štiri 195 b 194 povedal 194 oči 193 njimi 192 nova 192 občini 192 '
        'aprila 191 film 191 mnogo 191 pomaga 191 verjetno 191 začel 190 hiše 189 roke 189 '
        'državnega 188 skupine 188 zagotovo 188 bolezni 187 pride 187 velik 187 velika 187 '
        'milijonov 186 druga 185 nazaj 185 njim 185 otroka 185 teden 185 nima 182 '
        'morali 180 svojem 180 umrl 178 imam 176 moramo 176 obdobje 176 postal 176 '
        'večina 175 njem 173 želi 173 vaše 170 družine 169 kakšen 169 končno 169 '
        'obliki 169 oseb 169 začeli 169 enako 167 koncu 166 svoji 166 glavni 165 '
        'knjige 165 podjetja 165 prostor 165 john 163 našli 163 predsednik 163 center 161 '
        'moje 161 naši 161 podjetje 161 agencija 160 aktivnosti 160 daleč 160 '
        'enostavno 160 fri 160 hišo 160 hotela 160 itd 160 izdelki 160 katerimi 160 '
        'katero 160 mestne 160 mon 160 odločitev 160 oseba 160 pm 160 položaj 160 '
        'poznajo 160 projekta 160 prosim 160 raje 160 razpis 160 rekel 160 sezoni 160 '
        'spletne 160 srca 160 sredstva 160 stoletja 160 stranka 160 sun 160 temveč 160 '
        'težav 160 tleh 160 uro 160 vedel 160 večja 160 vlada 160 vode 160 vodja 160 '
        'vprašanja 160 zakon 160 zgodilo 160 zvezi 160 šlo 160 želijo 160 vključno 159 '
        'besede 158 dne 158 en 158 njeno 158 pravzaprav 158 deluje 156 dobila 156 sebe 156 '
        'slovenskem 156 vrste 155 društvo 154 maribor 154 območje 154 uporaba 154 šole 154 '
        'šoli 154 novega 153 preden 153 ure 153 večino 153 republike 152 katerim 151 '
        'možnost 151 večje 151 zgodba 151 m 150 maja 150 naša 150 predstavlja 150 '
        'uporabljajo 150 vsebuje 150 člani 150 ženske 150 podlagi 149 septembra 149 '
        'cerkev 148 dom 148 začetku 148 šele 147 minut 146 imate 145 meni 145 nekatere 145 '
        'živi 145 sin 144 vseeno 142 številne 142 jasno 140 želite 140 bolje 138 '
        'evropi 138 življenju 138 čemer 136 sistem 134 kakor 133 skupina 133 julija 131 '
        'njen 131 drugimi 127 seznam 127 nahaja 125 sv 125 koliko 123 najboljše 123 '
        'podobno 123 radi 123 the 123 zveze 123 žal 123 obdobju 122 denarja 121 moški 121 '
        'drug 120 izbira 120 izobraževanje 120 kolega 120 mednarodni 120 meje 120 '
        'minister 120 mladih 120 napako 120 njihovi 120 noge 120 obe 120 obenem 120 '
        'oblasti 120 odločil 120 pravijo 120 prek 120 približno 120 prodajajo 120 '
        'prvem 120 sodišče 120 stanje 120 uspešno 120 vsakega 120 zasebni 120 začnejo 120 '
        'zunaj 120 čimer 120 družbe 119 kralj 119 lastnosti 119 naslednji 119 večinoma 119 '
        'večji 119 avgusta 118 največji 118 vodo 118 znotraj 118 državah 116 km 116 '
        'mest 116 občutek 116 priložnost 116 prvih 116 boljše 114 dober 114 njihovo 114 '
        'smrt 114 tokrat 114 država 113 območja 113 ostal 113 prišel 113 splošno 113 g 112 '
        'poteka 111 prišlo 111 skupno 111 sledi 111 šola 111 dal 109 moj 109 obeh 108 '
        'vrata 108 začne 108 zgodi 108 oče 107 družba 106 državi 106 morate 106 '
        'njihova 106 posledica 106 počasi 106 vi 106 delovanje 105 new 102 smrti 102 '
        'držav 98 običajno 98 razen 98 vlogo 98 všeč 96 junija 93 pol 93 zadnjih 93 kje 91 '
        'območju 91 velike 91 veliki 91 kraj 89 pet 89 ves 89 slovensko 87 članov 87 '
        'živali 87 družina 85 telesa 85 vrnil 81 kaže 79 skrbi 79 dobili 78 član 78 '
        'osebe 76 imeti 74 namesto 74 organizacije 74 skupnosti 74 vrst 74 igra 72 igre 72 '
        'številnih 72 jezik 70 naslednje 70 vojne 70 pravo 68 uporabi 68 meri 66 '
        'svetovni 66 vir 66 visoko 66 voda 66 decembra 64 dokler 64'), _table(
        'a 103786 e 101141 o 93771 i 88649 n 69140 r 53819 s 48544 t 48147 l 43682 j 40609 '
        'v 40609 p 35946 k 35487 d 35380 m 31588 z 21237 u 20687 b 18470 g 15305 č 13440 '
        'h 10596 c 10580 š 8853 ž 5948 f 2737 w 581 y 443 x 398 ć 153 è 107 q 76 ö 46'), (473, 80, 46)),
    'sn': ('latin', _table(
        'kuti 21866 asi 12468 kana 8248 akati 6809 uye 6809 ini 6426 chete 6330 uyu 6330 '
        'iri 5754 ari 5562 iyi 5179 makore 4795 ndiri 4603 akadaro 4508 wake 4316 ane 4220 '
        'vanhu 4220 vari 4124 mari 3932 nekuti 3932 murume 3644 mwana 3453 ava 3357 '
        'kuita 3357 apo 3165 sezvo 3069 anoti 2973 achiti 2685 mukadzi 2589 uyo 2589 '
        'vana 2589 baba 2494 mudzimai 2398 mumwe 2398 saka 2398 vakati 2398 hapana 2302 '
        'pamwe 2302 wangu 2302 gore 2206 ichi 2206 aya 2110 chikwata 2110 amai 2014 '
        'vakadaro 2014 vamwe 2014 basa 1918 kubva 1918 kuda 1918 kune 1918 mushure 1918 '
        'anonzi 1822 chero 1822 dambudziko 1822 kwete 1822 mutambo 1822 nyaya 1822 '
        'vake 1822 asina 1726 imwe 1726 izvi 1726 izvo 1726 mberi 1726 nguva 1726 '
        'rino 1726 sei 1726 iye 1534 kusvika 1534 mumba 1534 musi 1534 nyika 1534 '
        'wavo 1534 zvakanaka 1534 apa 1439 kwake 1439 vatambi 1439 zvakare 1439 avo 1343 '
        'kumba 1343 munhu 1343 naye 1343 yake 1343 zvazvo 1343 zvikuru 1343 akanga 1247 '
        'handina 1247 idzi 1247 ndechekuti 1247 pachokwadi 1247 pakati 1247 vavo 1247 '
        'yavo 1247 africa 1151 akaenderera 1151 anoda 1151 chiri 1151 dare 1151 '
        'dzimwe 1151 haana 1151 here 1151 ine 1151 musikana 1151 ndivo 1151 pamba 1151 '
        'uko 1151 vane 1151 zvinhu 1151 zvino 1151 anenge 1055 chimwe 1055 iyo 1055 '
        'munyika 1055 ndine 1055 pane 1055 varimi 1055 vaviri 1055 aive 959 ave 959 '
        'dzake 959 mashoko 959 mukomana 959 nemurume 959 nemwana 959 riri 959 tiri 959 '
        'vangu 959 zvakadaro 959 zviri 959 ainge 863 kuenda 863 kugara 863 kunze 863 '
        'kutsvaga 863 maviri 863 mhuri 863 mwaka 863 mwari 863 ndechokuti 863 ndiye 863 '
        'nekuda 863 nokuti 863 rake 863 uri 863 uyewo 863 zimbabwe 863 zvose 863 '
        'akaudza 767 bonde 767 chine 767 dzangu 767 fodya 767 hakuna 767 kare 767 '
        'kudare 767 kumusha 767 kutaura 767 kuziva 767 mhosva 767 mukuru 767 mumutambo 767 '
        'muno 767 rimwe 767 svondo 767 vakawanda 767 yekuti 767 achida 671 akabva 671 '
        'akatanga 671 asiri 671 ayo 671 chedu 671 chinhu 671 chokwadi 671 dai 671 '
        'dziri 671 harare 671 hongu 671 hurumende 671 imba 671 iro 671 kubvira 671 '
        'makumi 671 mamwe 671 mitambo 671 mukana 671 mumakwikwi 671 ndinotsvagawo 671 '
        'ndizvo 671 nemari 671 nevamwe 671 pamutambo 671 pasina 671 rangu 671 ravo 671 '
        'us 671 vanoti 671 vose 671 yangu 671 yose 671 zvavo 671 zvekare 671 zvikwata 671 '
        'aine 575 akange 575 anga 575 asati 575 back 575 cde 575 chirongwa 575 doro 575 '
        'dr 575 dzakasiyana 575 gumi 575 haasi 575 hiv 575 ichokwadi 575 iwe 575 kunge 575 '
        'kupa 575 kushanda 575 kushandisa 575 kutora 575 kuwana 575 kwenyika 575 '
        'mabasa 575 me 575 midziyo 575 mombe 575 mukombe 575 nababa 575 nani 575 navo 575 '
        'ndipo 575 nemukadzi 575 nenyaya 575 nevana 575 nevanhu 575 ngaandibate 575 '
        'panhamba 575 pano 575 pasi 575 pfungwa 575 rine 575 uno 575 uyezve 575 vainge 575 '
        'vaive 575 vedu 575 vese 575 yedu 575 zuva 575 zvimwe 575 zvinoita 575 akaita 480 '
        'ake 480 chavo 480 chikamu 480 court 480 cup 480 dzakaita 480 dzedu 480 dzimba 480 '
        'hatidi 480 hatina 480 huri 480 hurongwa 480 ina 480 kubudirira 480 kudzoka 480 '
        'kuno 480 kunyanya 480 kuona 480 kuramba 480 kusouth 480 kutarisira 480 kuuya 480 '
        'kwavo 480 macall 480 mazano 480 mazuva 480 mekunge 480 mugore 480 mukati 480 '
        'muri 480 mutambi 480 muupenyu 480 muzimbabwe 480 nawo 480 nazvo 480 ndinoda 480 '
        'ndiwo 480 nekudaro 480 nemusi 480 neutachiona 480 nezvimwe 480 nhasi 480 '
        'pachena 480 pamberi 480 pamusoro 480 panzvimbo 480 pari 480 pese 480 pfuma 480 '
        'rakapera 480 rapera 480 reharare 480 rekuti 480 ruzivo 480 shoma 480 usiku 480 '
        'vachiti 480 vanenge 480 vanoda 480 vasina 480 wedu 480 wenhau 480 zvekuti 480 '
        'zvinonzi 480 zvisinei 480 afa 384 aka 384 akaramba 384 akazoenda 384 '
        'anofanirwa 384 anogara 384 asst 384 chake 384 chamangwiza 384 chenyika 384 '
        'chii 384 chirwere 384 dambarefu 384 e 384 elizabeth 384 guru 384 harisi 384 '
        'icho 384 idzo 384 inoita 384 insp 384 isu 384 ivo 384 katatu 384 kuchipatara 384 '
        'kuhwina 384 kuna 384 kunyange 384 kunzvimbo 384 kurarama 384 kure 384 '
        'kusangana 384 kutarisirwa 384 kuve 384 kwemakore 384 mai 384 makwikwi 384 '
        'manyepo 384 matatu 384 mitatu 384 moyo 384 mune 384 muroyi 384 mushonga 384 '
        'mvura 384 mwedzi 384 naamai 384 ndave 384 nemhosva 384 nemumwe 384 nenguva 384 '
        'neni 384 nhare 384 nhengo 384 officer 384 panguva 384 pedyo 384 ropa 384 rufu 384 '
        's 384 semunhu 384 senzira 384 shasha 384 uhwu 384 uku 384 upenyu 384 '
        'utachiona 384 utano 384 vachiita 384 vachitsvaga 384 vaimbi 384 varume 384 '
        'vave 384 yaive 384 yakawanda 384 yese 384 zvake 384 zvidiki 384 zvishoma 384 '
        'zvisina 384 zviviri 384'), _table(
        'a 180869 i 99751 n 71582 e 66552 u 64299 k 57668 r 50782 o 49464 m 44534 v 36372 '
        'h 35508 d 33312 t 32872 z 29203 s 27219 w 26638 c 19780 b 17145 g 16960 y 16564 '
        'p 14112 f 4492 l 3117 j 949 q 128 x 128'), (354, 105, 38)),
    'so': ('latin', _table(
        'oo 27692 iyo 22905 ka 22684 ku 21063 ah 17381 ee 14361 u 14361 waa 13404 la 12520 '
        'waxaa 11195 uu 10311 ay 9722 waxay 7659 soo 7439 mid 7070 badan 6997 wuxuu 6997 '
        'ayaa 6628 in 6260 lagu 5966 waxa 5818 ugu 5303 laga 5229 kale 5082 loo 4934 '
        'aad 4566 ama 3682 si 3682 dadka 3535 tahay 3314 aan 3241 ahaa 3241 wax 3167 '
        'dalka 3020 sida 3020 yahay 2799 af 2725 magaalada 2725 marka 2725 kala 2430 '
        'leh 2357 ahaan 2283 markii 2136 wadanka 2062 yihiin 2062 dad 1989 waxaana 1915 '
        'ha 1768 loogu 1768 dhulka 1694 inuu 1694 isku 1694 qof 1694 ayuu 1620 dib 1620 '
        'isla 1620 ma 1620 ilaa 1547 ingiriis 1547 dhashay 1473 gobolka 1473 guud 1473 '
        'inta 1473 sare 1473 soomaaliya 1473 scw 1399 wuxuuna 1399 yiri 1399 curiye 1326 '
        'dheer 1326 hore 1326 beeraha 1252 laakiin 1252 yar 1252 is 1178 maxamed 1178 '
        'meel 1178 rasuulka 1178 carabi 1105 dhan 1105 dhexe 1105 dhinaca 1105 '
        'leeyahay 1105 nebi 1105 uga 1105 weyn 1105 bulshada 1031 da 1031 dawladda 1031 '
        'dhamaan 1031 halka 1031 jabuuti 1031 nin 1031 sanadkii 1031 soomaaliyeed 1031 '
        'taasi 1031 waana 1031 wada 1031 caasimada 957 gaar 957 kaga 957 looga 957 '
        'reer 957 sano 957 sii 957 ahayd 884 fiican 884 haddii 884 hor 884 jiray 884 '
        'karo 884 kii 884 labada 884 leedahay 884 muqdisho 884 noqday 884 qofka 884 '
        'tirada 884 waxaan 884 waxayna 884 afka 810 astaanta 810 ayay 810 baxa 810 '
        'biyaha 810 c 810 dhex 810 hoose 810 inay 810 iyadoo 810 jira 810 labo 810 '
        'qaar 810 sidoo 810 tan 810 dadkii 736 dadku 736 dhaqaalaha 736 duwan 736 go 736 '
        'hoos 736 isagoo 736 jiro 736 kan 736 maraykanka 736 milyan 736 ninkii 736 '
        'soomaaliga 736 yaqaano 736 ameerika 663 caan 663 degmada 663 eebbe 663 iska 663 '
        'isticmaalaa 663 iwm 663 kooban 663 lahaa 663 nool 663 soomaali 663 tirsan 663 '
        'waxee 663 yimid 663 aduunka 589 ahaatee 589 bariiska 589 bilood 589 binu 589 '
        'bisha 589 cali 589 ciise 589 cuntada 589 dhanka 589 dhaqan 589 dhul 589 '
        'dunida 589 farta 589 helo 589 ilaahay 589 kuwaas 589 laba 589 leeyihiin 589 '
        'madaxda 589 magaalo 589 magaca 589 markaana 589 markuu 589 meelo 589 '
        'somaliland 589 soomaalida 589 wadan 589 walba 589 caafimaad 516 cilmiga 516 '
        'dhaqaale 516 haddaba 516 hargeysa 516 intaas 516 isu 516 kamid 516 karin 516 '
        'kimiko 516 kun 516 kuwa 516 maanta 516 markaas 516 qayb 516 sanadka 516 '
        'sheegay 516 sidii 516 ula 516 waxaad 516 waxoo 516 wayn 516 xiga 516 yaala 516 '
        'afrika 442 aha 442 ahaayeen 442 al 442 alle 442 bal 442 beesha 442 biyo 442 '
        'caadiga 442 degan 442 diinta 442 dowlada 442 galbeed 442 ganacsi 442 golaha 442 '
        'hadal 442 haddana 442 halkaas 442 hase 442 inkastoo 442 isaga 442 iyada 442 '
        'jasiiradaha 442 jecel 442 jiraan 442 jirto 442 kadib 442 kasta 442 kuwo 442 '
        'lacag 442 maalinta 442 magac 442 mar 442 markay 442 midabka 442 qaarkood 442 '
        'qaramada 442 qaybta 442 qeyb 442 qiyaasaa 442 qoraxda 442 ra 442 saabsan 442 '
        'sadex 442 sameeyay 442 siyaad 442 socda 442 taariikhda 442 tiro 442 wanaagsan 442 '
        'wixii 442 xaaji 442 xaraf 442 xarafka 442 yaqaan 442 abuu 368 adag 368 '
        'aqoonta 368 atomkiisu 368 bari 368 bishii 368 boqorkii 368 caafimaadka 368 '
        'caalamka 368 ciidamada 368 cunto 368 daray 368 deegaanka 368 dhamaantood 368 '
        'dhawaaqo 368 dhow 368 doonaa 368 doortay 368 dugsiyada 368 far 368 gacanta 368 '
        'galbeedka 368 hadana 368 hal 368 horeeyay 368 i 368 igu 368 ii 368 inaad 368 '
        'ineey 368 ingiriiska 368 itoobiya 368 jaamacada 368 jeer 368 jireen 368 jirey 368 '
        'jirta 368 kaa 368 kaliya 368 karaa 368 km 368 kor 368 korkiisa 368 labaad 368 '
        'lama 368 lix 368 macaan 368 macdan 368 maxaa 368 maxamuud 368 mida 368 '
        'midoobay 368 mohamed 368 mu 368 muslimiinta 368 muuqaalka 368 nolosha 368 '
        'noqon 368 puntland 368 qaaday 368 qaatay 368 qabiil 368 qoraxdu 368 sameeyo 368 '
        'sh 368 somalia 368 talo 368 waaweyn 368 waliba 368 waqooyi 368 war 368 '
        'wareega 368 waxbarasho 368 waxey 368 way 368 yaryar 368 aadamaha 295 aqoon 295 '
        'arday 295 axmed 295 ayadoo 295 baaxad 295 badanaa 295 barre 295 bir 295 '
        'boqortooyada 295 cumar 295 curiyaha 295 dabadeedna 295 dalagyada 295 faa 295 '
        'fiji 295 gaaban 295 galay 295 hadday 295 helaa 295 horaantii 295 kaas 295 '
        'kalena 295 khudaarta 295 kitaabka 295 kulmay 295 kuu 295 luuqada 295 maamul 295 '
        'madax 295 magaallada 295 midig 295 midka 295 nebiga 295 nidaamka 295 nooca 295 '
        'o 295 oogada 295 qoran 295 qoray 295 rag 295 saarka 295 sameeyaa 295 shacabka 295 '
        'square 295 usaama 295 wakhtiga 295 wuu 295 xaga 295 xarunta 295 xoolaha 295 '
        'yaal 295 yidhi 295'), _table(
        'a 264808 i 80852 o 62307 d 59781 u 46370 n 46342 e 45697 y 42828 l 38051 k 36885 '
        'h 36761 s 36473 r 33851 m 27399 b 24530 g 23405 w 21057 t 18888 x 17131 c 12547 '
        'q 10501 f 7097 j 4887 p 769 v 384 z 247'), (488, 80, 46)),
    'sq': ('latin', _table(
        'të 57752 e 52252 në 43779 dhe 27278 i 24677 me 17318 një 14345 nga 13379 që 10406 '
        'për 9663 është 9588 më 9440 ka 7135 u 6987 edhe 6021 ai 5575 së 5500 si 5277 '
        'te 5203 se 4683 tij 4683 ne 4534 janë 4162 ishte 4088 nuk 3865 duke 3791 '
        'këtë 3047 prej 2899 vitin 2824 deri 2453 do 2453 por 2378 kjo 2304 shumë 2304 '
        'parë 2155 ku 2007 t 2007 kishte 1933 ky 1858 saj 1858 tyre 1858 cili 1784 dy 1784 '
        'ata 1710 gjatë 1710 ajo 1635 disa 1635 pas 1635 vetëm 1561 vitit 1561 banorë 1487 '
        'kanë 1487 këto 1487 atë 1412 mund 1412 sipërfaqe 1412 popullsi 1338 gjithë 1264 '
        'komuna 1264 para 1264 qe 1264 ta 1264 kishin 1189 kur 1189 vitet 1189 çdo 1189 '
        'aktuale 1115 aktualisht 1115 përbëhet 1115 administrimi 1041 fundit 1041 '
        'kantoni 1041 madhe 1041 pjesë 1041 përbërja 1041 ato 966 bërë 966 cilat 966 '
        'gjitha 966 ishin 966 kundër 966 ndërsa 966 rreth 966 tjera 966 apo 892 m 892 '
        'mes 892 ndryshme 892 pasur 892 tek 892 vonë 892 cilët 818 dytë 818 fund 818 '
        'kështu 818 lartë 818 nëpër 818 tjetër 818 bë 743 gjithashtu 743 herë 743 iu 743 '
        'kohë 743 mbi 743 mirë 743 nje 743 ose 743 sipas 743 a 669 lindur 669 madh 669 '
        'midis 669 qenë 669 qytetit 669 s 669 the 669 tjerë 669 kurse 595 megjithatë 595 '
        'mënyrë 595 po 595 ri 595 sa 595 tregon 595 vërtetë 595 zi 595 arriti 520 '
        'eshte 520 fituar 520 gjuhën 520 historia 520 jo 520 km 520 km² 520 këtij 520 '
        'lidhje 520 marrë 520 mars 520 njohur 520 p 520 pak 520 pasi 520 pastaj 520 '
        'politike 520 pranë 520 shek 520 shqipërisë 520 sot 520 tre 520 vendet 520 '
        'viteve 520 b 446 botës 446 bën 446 emri 446 emrin 446 familje 446 fillim 446 '
        'formuar 446 jetë 446 jugut 446 kaluar 446 kohën 446 kosovës 446 këshillit 446 '
        'mjaft 446 mos 446 ndër 446 nën 446 of 446 per 446 pikë 446 pse 446 përpara 446 '
        'qershor 446 qyteti 446 shkak 446 shqiptare 446 shtetit 446 thotë 446 tiranë 446 '
        'vendit 446 vendosur 446 vjetra 446 vogla 446 ana 372 ashtu 372 asnjë 372 atij 372 '
        'botuar 372 bukur 372 d 372 de 372 dhënë 372 ditë 372 dixhitale 372 duhet 372 '
        'etj 372 fjalë 372 gjendet 372 h 372 humbi 372 ja 372 janar 372 ketë 372 kisha 372 '
        'kohës 372 kombëtar 372 kombëtare 372 kush 372 kësaj 372 lidhur 372 luajti 372 '
        'luftës 372 mori 372 ndaj 372 ndeshje 372 ndodhen 372 ndërkombëtare 372 '
        'ndërtuar 372 nëse 372 pjesën 372 popullsisë 372 përdoret 372 qëndroi 372 re 372 '
        'romake 372 shkolla 372 shkollën 372 shqipe 372 shqiptarë 372 shtator 372 '
        'tretë 372 vdekur 372 vijë 372 vjetër 372 zakonisht 372 anën 297 ardhur 297 '
        'bashku 297 blu 297 botërore 297 caktuar 297 cilin 297 cilit 297 cilën 297 '
        'demografia 297 detyrat 297 dha 297 dhjetor 297 duket 297 ekonomisë 297 emrit 297 '
        'enë 297 f 297 filloi 297 fitoi 297 fjala 297 fortë 297 fshati 297 fshatit 297 '
        'gjë 297 golin 297 histori 297 ia 297 jepet 297 katër 297 kemi 297 kokë 297 '
        'kosovë 297 kryesor 297 kultura 297 letërsi 297 luftën 297 ma 297 madje 297 '
        'merr 297 mesatare 297 mirëpo 297 muret 297 mëdha 297 na 297 ndeshjet 297 '
        'ndërkohë 297 niveli 297 njerëzit 297 numër 297 pa 297 pamje 297 perëndimore 297 '
        'pra 297 përdorur 297 përgjithshëm 297 përket 297 përmes 297 quhet 297 qytetin 297 '
        'republikës 297 sezonin 297 shekullit 297 shkurt 297 shpesh 297 shtet 297 '
        'shënoi 297 tani 297 tej 297 tetor 297 thellë 297 tillë 297 titullin 297 to 297 '
        'ujit 297 vazhdoi 297 vend 297 vende 297 vendin 297 vet 297 viti 297 vogël 297 '
        'zhvillua 297 zona 297 ali 223 aliut 223 all 223 angleze 223 anë 223 arme 223 '
        'banorët 223 bardhë 223 brendshme 223 burimi 223 bënë 223 derisa 223 dhëna 223 '
        'donin 223 drejt 223 ekziston 223 evropiane 223 evropës 223 familjes 223 '
        'festivalin 223 filluar 223 fshatin 223 futbollist 223 grupi 223 jetën 223 '
        'jetës 223 katolike 223 kompedicionet 223 konferenca 223 korrik 223 kudo 223 '
        'kulturore 223 kulturës 223 larta 223 libra 223 llahut 223 lojtar 223 malet 223 '
        'marre 223 mbetet 223 nder 223 ndryshojnë 223 ndryshëm 223 nevojë 223 numri 223 '
        'perandorit 223 periudha 223 piktura 223 prill 223 prishtinë 223 prishtinës 223 '
        'përbashkët 223 quajtur 223 qytet 223 qytete 223 r 223 rritet 223 rrjedh 223 '
        'rrugën 223 rrugëve 223 sepse 223 shqiptar 223 shqipëri 223 shtëpi 223 siç 223 '
        'studimet 223 sud 223 sukses 223 th 223 titull 223 universitetin 223 ushtria 223 '
        'valë 223 vdekje 223 vete 223 vjecare 223 vjeçare 223 zhvilluar 223 ë 223'), _table(
        'e 99145 t 85926 i 85163 ë 79301 a 76706 r 69318 n 67242 s 52832 h 42131 o 39185 '
        'm 36208 k 34041 u 33476 d 32361 l 30484 j 29309 p 25889 v 14242 g 13952 b 12395 '
        'f 10838 q 7541 z 7083 y 5969 c 5679 ç 1526 x 1084 w 290 ė 198 é 107 à 61 è 46'), (504, 84, 49)),
    'sr': ('cyrillic', _table(
        'је 44829 и 32756 у 32360 се 20188 су 15438 на 14844 да 13855 а 11578 од 11084 '
        'за 7125 са 6235 као 6037 који 4156 из 3761 што 3563 магнитуда 3464 до 3266 '
        'или 3167 објекта 3167 по 3068 био 2870 износи 2870 које 2870 код 2771 није 2771 '
        'о 2771 али 2474 како 2177 налази 2078 која 1979 не 1979 више 1880 га 1781 '
        'има 1781 величина 1682 после 1682 само 1682 година 1583 деклинација 1583 док 1583 '
        'живи 1583 привидна 1583 ректасцензија 1583 становника 1583 три 1583 '
        'фотографска 1583 висини 1484 због 1484 метара 1484 број 1385 део 1385 може 1385 '
        'надморској 1385 насељу 1385 око 1385 он 1385 тако 1385 такође 1385 била 1286 '
        'између 1286 максималној 1286 минималној 1286 према 1286 све 1286 средњој 1286 '
        'још 1286 би 1188 било 1188 два 1188 жена 1188 становништва 1188 то 1188 јер 1188 '
        'били 1089 када 1089 касније 1089 након 1089 ове 1089 под 1089 рата 1089 '
        'своје 1089 један 1089 ће 1089 године 990 дана 990 име 990 их 990 којима 990 '
        'па 990 први 990 просечна 990 с 990 већ 891 где 891 групе 891 данас 891 дела 891 '
        'демографија 891 краљевство 891 место 891 међу 891 му 891 мушкараца 891 овај 891 '
        'односно 891 старост 891 тада 891 ако 792 века 792 време 792 имао 792 него 792 '
        'овог 792 постоји 792 пре 792 преко 792 пунолетних 792 стране 792 заједно 693 '
        'којих 693 којој 693 могу 693 нису 693 представља 693 томе 693 уз 693 често 693 '
        'људи 693 биле 594 бити 594 велики 594 већи 594 града 594 добио 594 им 594 '
        'кога 594 користи 594 међутим 594 могуће 594 најчешће 594 неки 594 неколико 594 '
        'нема 594 ни 594 обично 594 ово 594 односу 594 операције 594 општина 594 '
        'организација 594 поново 594 постао 594 при 594 против 594 радио 594 те 594 '
        'тога 594 током 594 том 594 чини 594 једног 594 њих 594 велике 495 веома 495 '
        'град 495 дати 495 две 495 државе 495 друге 495 дужина 495 зато 495 земље 495 '
        'исте 495 коначно 495 коју 495 куће 495 марта 495 назива 495 неке 495 нешто 495 '
        'никад 495 она 495 они 495 подаци 495 посебно 495 постоје 495 првог 495 пред 495 '
        'пута 495 раније 495 света 495 својим 495 својих 495 сезоне 495 тела 495 '
        'четири 495 човек 495 једно 495 јој 495 његова 495 његове 495 његово 495 '
        'његовог 495 њему 495 авиона 396 америчких 396 аутор 396 б 396 без 396 брод 396 '
        'броју 396 велику 396 војску 396 воље 396 вредности 396 времена 396 врсте 396 '
        'говори 396 граду 396 де 396 делови 396 делу 396 домаћинстава 396 домаћинству 396 '
        'друштво 396 живота 396 значај 396 иако 396 игра 396 имали 396 ипак 396 испод 396 '
        'ка 396 коме 396 крај 396 крајем 396 кроз 396 милиона 396 много 396 налазе 396 '
        'написао 396 немачке 396 нови 396 нпр 396 ова 396 осим 396 површини 396 поред 396 '
        'постављен 396 прва 396 просечан 396 простире 396 ради 396 сад 396 сам 396 '
        'самом 396 састоји 396 сваки 396 свих 396 свој 396 своју 396 серија 396 систем 396 '
        'складу 396 случају 396 снаге 396 србије 396 стога 396 та 396 тај 396 тип 396 '
        'треба 396 ту 396 убрзо 396 унутар 396 филм 396 црква 396 цркве 396 члан 396 '
        'чланова 396 широм 396 једна 396 једну 396 јуна 396 њиховом 396 албедо 297 '
        'априла 297 апсолутна 297 астероида 297 атома 297 близини 297 болести 297 брат 297 '
        'велика 297 вероватно 297 веће 297 већина 297 већином 297 види 297 власти 297 '
        'војводини 297 војске 297 генерала 297 геометријски 297 даље 297 дели 297 '
        'долази 297 други 297 другог 297 елемент 297 завршио 297 затвору 297 затим 297 '
        'значи 297 играма 297 иду 297 израз 297 историји 297 каже 297 карактера 297 '
        'компоновао 297 краљ 297 културе 297 књига 297 марија 297 мајка 297 мање 297 '
        'млади 297 могао 297 морао 297 моћ 297 нагиб 297 наиме 297 нарочито 297 насеља 297 '
        'насеље 297 највише 297 немачка 297 ништа 297 нове 297 оба 297 одмах 297 '
        'освојио 297 осталим 297 периоду 297 пет 297 планина 297 површину 297 познат 297 '
        'покушава 297 политичке 297 постаје 297 постојали 297 потпуно 297 почео 297 '
        'почетак 297 почетку 297 почиње 297 пошто 297 права 297 прво 297 представник 297 '
        'провео 297 раду 297 развоју 297 различита 297 различите 297 различитих 297 '
        'рат 297 револуције 297 реке 297 република 297 републике 297 руски 297 сада 297 '
        'садржи 297 сви 297 свом 297 својој 297 сина 297 смрти 297 снагама 297 српске 297 '
        'српским 297 становништво 297 ствари 297 теорији 297 типа 297 углавном 297 '
        'упркос 297 француске 297 шест 297 шећера 297 школу 297 јавности 297 јован 297 '
        'јула 297 његов 297 његовом 297 њиховог 297'), _table(
        'а 122814 и 97320 о 93673 е 88377 н 61361 р 53499 с 50951 т 44207 у 41732 к 39460 '
        'ј 36197 в 36087 д 33503 м 32147 л 28958 п 28371 з 17136 г 16532 б 14919 ч 9787 '
        'ц 9311 ш 8302 њ 6781 х 6451 љ 5297 ж 4985 ћ 4875 ф 4197 ђ 2291 џ 477'), (419, 91, 44)),
    'st': ('latin', _table(
        'ho 54688 le 48612 e 41686 ka 36981 ba 35479 ya 32408 a 27573 ha 16596 o 16465 '
        'ke 16073 tse 15485 tsa 13394 di 12218 sa 11434 la 10519 wa 9670 hore 8429 se 8298 '
        're 7514 tla 6730 mme 6468 kapa 4639 bo 4443 ne 4182 bona 3790 empa 3724 ile 3267 '
        'etsa 3202 batho 3136 hae 3071 na 2810 yona 2810 bakeng 2679 ena 2679 rona 2679 '
        'eo 2614 neng 2483 pele 2483 modimo 2287 bana 2221 haholo 2221 hao 2221 jwalo 2221 '
        'leng 2156 hape 2025 moo 2025 nako 2025 afrika 1895 feela 1895 mong 1895 '
        'borwa 1829 molao 1699 nngwe 1699 bang 1633 bophelo 1633 fumana 1633 matla 1633 '
        'nang 1633 teng 1568 tsona 1568 jwale 1503 lokela 1503 naha 1503 lona 1437 be 1372 '
        'metsi 1372 mora 1372 motho 1372 bohlokwa 1307 ding 1307 hobane 1307 lekgetho 1307 '
        'tsohle 1307 mandela 1241 mo 1241 nka 1241 nna 1241 sena 1241 seng 1241 bohle 1176 '
        'dijo 1176 haeba 1176 ileng 1176 mabapi 1176 ntle 1176 yena 1176 kopo 1111 '
        'lekgotla 1111 nakong 1111 tsena 1111 tswa 1111 jesu 1045 lena 1045 letsatsi 1045 '
        'maemo 1045 boholo 980 dinonyana 980 ea 980 ele 980 hara 980 hona 980 kgolo 980 '
        'ntse 980 seo 980 batla 915 feta 915 fihla 915 karolo 915 lefatshe 915 lefu 915 '
        'mang 915 mona 915 sebaka 915 selemo 915 tsela 915 tseo 915 latela 849 mmele 849 '
        'mmoho 849 ngata 849 sebetsa 849 tloha 849 baka 784 dula 784 ebe 784 fihlela 784 '
        'hang 784 hlahisa 784 mokgwa 784 nale 784 sebedisa 784 boleng 719 dilemo 719 '
        'dintho 719 ditho 719 ebile 719 fela 719 fumanwa 719 hodima 719 hola 719 kenya 719 '
        'pakeng 719 setjhaba 719 tjhelete 719 tsamaiso 719 ditaba 653 ebang 653 fana 653 '
        'hangata 653 hantle 653 jwang 653 matsatsi 653 nyane 653 ona 653 oo 653 qala 653 '
        'rata 653 tlameha 653 tshebetso 653 boikarabelo 588 bonahala 588 bonnete 588 '
        'fapaneng 588 haufi 588 hodimo 588 leo 588 lesedi 588 mmuso 588 mofuta 588 '
        'morao 588 naheng 588 ntho 588 sars 588 tumelo 588 bile 523 black 523 bobedi 523 '
        'bolela 523 dibakeng 523 diphoofolo 523 eba 523 etswa 523 fetang 523 fumaneha 523 '
        'hloka 523 iseraele 523 kajeno 523 kaofela 523 kena 523 kereke 523 kgona 523 '
        'kgwebo 523 kgwedi 523 lefa 523 leha 523 mesebetsi 523 morena 523 phela 523 '
        'thepa 523 tlasa 523 tshwarwa 523 u 523 veine 523 wena 523 ao 457 boela 457 '
        'boloka 457 botle 457 dr 457 efiling 457 eskom 457 hare 457 hiv 457 hlalosa 457 '
        'hlokomela 457 hole 457 hoo 457 ja 457 kopano 457 leboya 457 leeto 457 leka 457 '
        'lekala 457 lekeno 457 letho 457 lokelang 457 malapa 457 mmala 457 molaotheo 457 '
        'mongobo 457 mopresidente 457 taba 457 tefo 457 telele 457 thibela 457 thusa 457 '
        'tlase 457 aforika 392 ana 392 baahi 392 baetapele 392 basotho 392 boima 392 '
        'bolella 392 bone 392 bongata 392 bonolo 392 bosiu 392 dipakeng 392 '
        'disebediswa 392 eng 392 etse 392 feleng 392 fetileng 392 fetola 392 hase 392 '
        'hlaha 392 ikatisa 392 itseng 392 kakaretso 392 kgale 392 kgetha 392 kgone 392 '
        'kotsing 392 latelang 392 lebaka 392 lefatsheng 392 lentswe 392 letlalo 392 '
        'mantswe 392 mathata 392 mokete 392 mokgatlo 392 mosadi 392 motheo 392 motjha 392 '
        'motlakase 392 moya 392 nelson 392 nne 392 nnete 392 sebakeng 392 thuto 392 '
        'tlhahisoleseding 392 tona 392 tseba 392 tshehadi 392 tswang 392 ye 392 '
        'bahlahisi 327 baholo 327 bankakarolo 327 banna 327 batsho 327 beha 327 bili 327 '
        'bohloko 327 bontsha 327 bonyane 327 difate 327 dilemong 327 dintlha 327 '
        'dipalesa 327 ditjhelete 327 dumela 327 entse 327 esita 327 etsahala 327 '
        'fatshe 327 haesale 327 hlokahala 327 hobaneng 327 jwalokaha 327 kabinete 327 '
        'kamoo 327 keletso 327 kgutlela 327 kopa 327 kotlo 327 kulang 327 laolwa 327 '
        'lapeng 327 lefe 327 lekgotleng 327 lenaneo 327 lenyalo 327 letamong 327 '
        'letsoho 327 maemong 327 mahe 327 mekgwa 327 mobu 327 molemo 327 '
        'mongamosebetsi 327 morabe 327 moruo 327 mosebetsi 327 nama 327 national 327 '
        'noir 327 ntate 327 paka 327 palo 327 phahameng 327 phato 327 poso 327 '
        'sebediswa 327 sefate 327 sekoloto 327 selemong 327 tatso 327 thuso 327 '
        'tlhahiso 327 tloswa 327 tlung 327 tsamaya 327 tsebe 327 tshebetsong 327 '
        'tshehetso 327 tshireletso 327 tshwanang 327 tshwanetse 327 tswala 327 vat 327 '
        'abo 261 aborahama 261 african 261 balekane 261 basadi 261 dihlopha 261 '
        'entseng 261 entsweng 261 fepa 261 halalelang 261 hlwekisa 261 hohela 261 kaba 261 '
        'kang 261 lasaro 261 lekaneng 261 lelapa 261 letona 261 letsholo 261 letshwao 261 '
        'matlo 261 mehleng 261 ntshetsapele 261 ntwa 261 phelang 261 romela 261 seabo 261 '
        'sebeletsa 261 sona 261 stellenbosch 261 taolo 261 thaba 261 tharo 261 tshweu 261 '
        'tswela 261 utlwa 261'), _table(
        'a 164561 e 133993 o 97397 l 76313 h 62521 t 59415 n 58350 s 53448 i 40524 k 40174 '
        'b 36139 m 33552 g 27919 r 18861 d 18405 w 17628 p 16106 y 13259 u 11630 f 10047 '
        'j 4658 c 2238 v 1233 q 1157 z 274 x 91 š 91'), (663, 72, 56)),
    'sv': ('latin', _table(
        'och 30784 i 27069 att 24799 är 23710 det 20459 en 19106 för 17043 på 16741 '
        'som 15755 med 13590 av 12528 till 11719 jag 11046 har 10926 inte 10305 om 9595 '
        'den 8576 ett 7762 de 6853 kan 6640 du 6589 så 6322 vi 6052 man 4983 från 4807 '
        'men 4534 var 4108 eller 3779 ska 3411 när 3174 sig 3097 han 3084 nu 2768 '
        'finns 2751 här 2723 hur 2488 där 2479 vara 2455 vad 2341 vill 2330 alla 2223 '
        'kommer 2221 får 2212 bara 2176 detta 2112 ut 2107 mig 2056 då 2047 vid 2034 '
        'efter 1992 mycket 1978 få 1970 skulle 1920 bra 1849 dig 1818 även 1770 andra 1720 '
        'in 1715 hade 1711 ha 1652 också 1645 mot 1622 gör 1616 mer 1605 olika 1598 '
        'över 1598 under 1595 år 1551 många 1508 sverige 1417 ju 1391 hela 1387 ta 1344 '
        'lite 1337 oss 1337 upp 1337 än 1337 min 1334 allt 1309 blir 1304 se 1256 '
        'något 1239 genom 1231 göra 1224 denna 1208 ni 1204 går 1182 sin 1173 bli 1171 '
        'mellan 1163 hon 1149 måste 1149 del 1119 inom 1023 någon 992 nya 979 din 959 '
        'blev 958 vet 939 ge 922 kanske 912 vår 896 ger 892 svenska 883 två 882 utan 881 '
        'väl 871 s 860 samt 860 fick 856 stora 855 dem 852 helt 842 sedan 841 skall 836 '
        'samma 835 tror 812 ingen 775 varför 775 första 766 vilket 765 idag 762 kunna 762 '
        'per 757 ser 752 hans 750 själv 734 stor 731 behöver 723 våra 715 gå 710 annan 709 '
        'tid 705 mitt 702 personer 699 rätt 691 dessa 676 komma 676 åt 670 dag 667 ny 667 '
        'ja 660 sätt 659 tar 659 både 658 annat 651 säger 642 varit 632 sina 622 barn 621 '
        'bättre 620 tre 619 stockholm 614 e 596 kom 593 sen 585 aldrig 578 står 577 '
        'varje 576 innebär 568 bör 565 just 557 fram 548 dock 542 inget 540 ännu 540 '
        'fått 530 känner 529 kort 527 innan 522 ner 522 delar 520 a 518 tack 513 '
        'ligger 512 några 509 gick 508 ändå 508 enligt 507 kommun 506 använda 500 folk 486 '
        'kunde 482 alltid 479 därför 476 hos 476 bort 469 dom 466 fråga 466 mindre 464 '
        'runt 464 t 463 mina 461 igen 460 fortfarande 459 blivit 457 skolan 455 flera 453 '
        'svensk 453 antal 447 nog 446 vilka 445 nej 441 hjälp 437 tycker 436 bästa 435 '
        'person 435 bland 432 fler 432 längre 432 säga 424 frågor 423 senare 418 '
        'problem 417 tidigare 417 största 415 usa 411 deras 405 läsa 405 ord 405 sett 405 '
        'sitt 401 lika 400 borde 399 verkligen 399 gäller 391 män 384 ur 384 inga 382 '
        'via 382 dess 379 tog 379 namn 376 eu 374 ingår 374 ytterligare 374 vissa 372 '
        'ditt 369 ej 369 gjorde 369 gång 369 brukar 365 direkt 365 lång 365 större 364 '
        'början 363 ganska 363 fan 362 riktigt 362 köpa 361 mål 360 fall 359 ca 358 '
        'hem 355 hitta 355 precis 355 handlar 351 gamla 348 väldigt 348 saker 346 '
        'tiden 346 dessutom 345 visar 345 gärna 342 gjort 341 liv 341 mest 341 började 339 '
        'nästa 338 plats 338 pengar 335 människor 334 ofta 330 använder 323 håller 322 '
        'ex 321 information 321 lärare 321 möjlighet 321 möjligheter 321 projekt 321 '
        'studier 321 dina 320 fel 316 frågan 316 lära 316 emot 315 ihop 315 kvar 315 '
        'kvinnor 315 bil 311 eftersom 310 honom 310 tillbaka 310 vem 310 minst 309 '
        'talet 309 dagen 308 stort 308 egen 304 länge 304 m 304 ens 302 er 302 kring 301 '
        'såg 301 skicka 299 heller 298 arbete 295 läs 295 båda 289 låg 289 poäng 289 '
        'nästan 288 känns 287 va 287 klart 284 bäst 283 ifrån 283 lägga 283 alltså 282 '
        'redan 281 endast 280 hålla 280 faktiskt 277 kul 276 jobb 272 försöker 269 '
        'ibland 269 ab 267 aktiviteter 267 beslut 267 bild 267 egna 267 eleverna 267 '
        'krav 267 menar 267 the 267 utveckla 267 verksamhet 267 dags 265 sitter 265 '
        'land 262 tänker 262 kommit 260 lilla 258 sidan 258 p 256 ville 254 gått 251 '
        'livet 251 året 249 dagar 248 först 248 självklart 247 snabbt 247 vilken 245 '
        'slut 244 tv 244 vårt 244 håll 243 hjälper 241 extra 239 lämna 239 d 238 '
        'dagens 238 exempel 238 god 238 vatten 238 veta 238 behövs 236 form 236 stöd 236 '
        'haft 235 trots 235 förstår 234 eget 233 fortsätta 233 enkelt 232 jobbar 232 '
        'låter 231 nytt 229 jävla 228 hemma 227 timmar 227 tänk 227 betyder 224 tur 224 '
        'vidare 224 hand 221 utanför 219 viktigt 219 enda 218 varandra 216 händer 215 '
        'af 214 ansökan 214 behandlar 214 behandling 214 behov 214 ekonomiska 214 '
        'elever 214 erbjuder 214 finner 214 förslag 214 ges 214 gillar 214 högre 214 '
        'hör 214 internet 214 intresse 214 klicka 214 kunskap 214 lokala 214 nuvarande 214 '
        'post 214 risk 214 samarbete 214 slutet 214 subject 214 sweden 214 sådana 214 '
        'såväl 214 telefon 214 text 214 uppgifter 214 utbildning 214 vilja 214 vuxna 214 '
        'årets 214 grund 211 sista 211 svar 209 sätta 209 typ 208 c 207 företag 207 '
        'all 204 börjar 204 sak 204 tillsammans 204 förra 202 glad 202 medan 202 död 201 '
        'fem 200 höra 200 titta 200 hoppas 199 sa 199 fint 198 samtidigt 197 fast 194 '
        'landet 194 lever 194 lätt 194 säkert 194 verkar 194 köra 192 söker 192 annars 191 '
        'istället 190 lägger 190 sitta 190 svårt 190 älskar 190 fattar 188 hel 188 '
        'nära 188 spelare 188 tag 188 öppna 188 fungerar 186 nån 186 egentligen 185 '
        'bilden 184 äldre 184 visa 182 välja 181 fina 179 fyra 179 par 179 skriva 179 '
        'tyvärr 179 världen 178 pratar 176 hej 173 själva 173 alls 170 bakom 170 dra 170 '
        'fanns 170 prata 170 sluta 170 ute 170 bor 168 hjälpa 168 spela 168 henne 166 '
        'snart 166 hittar 165 igenom 165 of 165 sånt 165 börja 162 liten 162 '
        'alternativ 160 angavs 160 antalet 160 augusti 160 beräknas 160 består 160 '
        'besök 160 betydelse 160 bl 160 bygga 160 diabetes 160 dokument 160 därmed 160 '
        'effektivt 160 europa 160 forskning 160 funktioner 160 föreslår 160 grupp 160 '
        'grupper 160 göras 160 info 160 inspiration 160 internationell 160 intressant 160 '
        'jobba 160 juni 160 kommande 160 kommuner 160 kompetens 160 kontakta 160 '
        'kontor 160 kontroll 160 kr 160 kunskaper 160 kurser 160 landets 160 marknaden 160 '
        'maskiner 160 matchen 160 mera 160 metoder 160 norrköping 160 numera 160 '
        'omfattning 160 osv 160 patienter 160 pris 160 rapport 160 regeringen 160 råd 160 '
        'samband 160 september 160 sidor 160 sikt 160 sjukvården 160 skapa 160 skull 160 '
        'skydd 160 solen 160 speciell 160 säker 160 särskild 160 ungdomar 160 vars 160 '
        'viktig 160 viktiga 160 växande 160 önskar 160 kolla 158 göteborg 155 inför 155 '
        'känna 155 vägen 155 visst 154 roligt 153 före 151 försöka 151 gott 151 helst 151 '
        'malmö 151 möjligt 151 politiker 151 sagt 151 vore 151 betala 149 låta 149 o 148 '
        'sveriges 148 kväll 146 lag 146 gånger 144 hört 144 kör 144 långt 144 polisen 144 '
        'flesta 142 sida 142 skrev 142 veckan 142 hennes 141 okej 141 tills 141 åka 141 '
        'miljoner 140 månader 140 följa 138 förstå 138 spelar 138 leva 136 exakt 134 '
        'film 134 fin 134 framför 134 följer 134 föräldrar 134 mamma 134 undrar 134 '
        'hus 132 låt 132 minns 132 senaste 132 särskilt 132 totalt 132 tänka 132 väg 132 '
        'vänner 132 bilder 131 drar 131 illa 131 morgon 131 någonsin 131 åren 131 jo 128 '
        'tro 128 bryr 127 roll 127 rum 127 v 127 dålig 126 gången 125 sd 125 skriver 125 '
        'vart 125 sex 122 skit 122 trodde 122 tänkte 122 mat 120 dit 110 jobbet 110 '
        'kvinna 110 lär 110 nåt 110 äta 110 massa 107 minuter 107 tagit 107 snälla 104 '
        'igår 102 stå 102 vecka 100 åker 100 ok 98 absolut 96 dåligt 96 helvete 96 '
        'heter 93 lyssna 93 otroligt 91 hit 89 haha 87 ingenting 87 pappa 87 val 87 '
        'sant 85 å 85 inne 83 satt 83 tyckte 83 vanligt 83 vänta 83 fort 81 spel 81 '
        'tjejer 81 gammal 79 gud 79 hög 79 liksom 79 sån 79 and 78 behöva 78 små 78 '
        'veckor 78 vän 76 ihåg 74 imorgon 74 kallar 74 mår 74'), _table(
        'e 96893 a 89305 n 84706 t 84435 r 84318 s 63146 i 58179 l 54162 o 42867 d 42382 '
        'm 35454 k 34833 g 31418 v 23442 f 22103 ä 20007 u 19697 h 19386 p 17931 ö 16010 '
        'b 15466 å 14962 c 13293 j 6928 y 6035 x 1514 w 640 z 252 é 78 q 58'), (561, 84, 45)),
    'sw': ('latin', _table(
        'ya 64047 na 49407 wa 37992 kwa 26142 katika 20042 ni 12635 za 11938 la 9759 '
        'mwaka 8278 cha 6710 kama 6448 hii 5751 kuwa 5490 lugha 5141 au 4967 yake 4270 '
        'baada 4008 zaidi 3834 hivyo 3660 pia 3660 lakini 3398 mji 3311 nchini 3311 '
        'hata 3137 kundi 2876 miaka 2876 vya 2876 kutoka 2788 ilikuwa 2701 jina 2614 '
        'kwenye 2614 eneo 2527 ndani 2440 nyingi 2353 wakati 2353 wake 2353 hadi 2266 '
        'kwanza 2266 makala 2266 iko 2178 inahusu 2178 kristo 2178 kuna 2178 pamoja 2178 '
        'wakazi 2178 ambayo 2091 huu 2091 kufuatana 2091 moja 2091 idadi 2004 '
        'uainishaji 2004 juu 1917 kati 1917 kabla 1830 nchi 1830 sensa 1830 hali 1743 '
        'inayozungumzwa 1743 kazi 1743 sana 1743 alikuwa 1656 baadaye 1656 hiyo 1656 '
        'kwamba 1656 sababu 1656 chini 1568 historia 1568 shule 1568 kutokana 1481 '
        'maji 1481 watu 1481 huo 1394 kawaida 1394 kubwa 1394 lake 1394 mara 1394 '
        'hili 1307 ina 1307 karibu 1307 karne 1307 kaskazini 1307 mbalimbali 1307 tu 1307 '
        'kiasi 1220 kila 1220 kulingana 1220 bk 1133 kadhaa 1133 kipindi 1133 '
        'magharibi 1133 maisha 1133 mnamo 1133 muda 1133 mujibu 1133 mwa 1133 tofauti 1133 '
        'upande 1133 wapatao 1133 albamu 1046 baadhi 1046 habari 1046 hasa 1046 huko 1046 '
        'kabisa 1046 kk 1046 kusini 1046 msingi 1046 mtu 1046 sehemu 1046 tena 1046 '
        'wenye 1046 aina 959 awali 959 hayo 959 ili 959 iliyofanyika 959 kuhusu 959 '
        'leo 959 maeneo 959 marekani 959 matumizi 959 mmoja 959 mto 959 sasa 959 vita 959 '
        'wengi 959 yote 959 huwa 871 ingawa 871 kanisa 871 kufanya 871 kutumia 871 '
        'mbali 871 mkuu 871 mpaka 871 nafasi 871 nje 871 pekee 871 uingereza 871 wimbo 871 '
        'yao 871 zote 871 ambao 784 bahari 784 biashara 784 binadamu 784 bora 784 chuo 784 '
        'dunia 784 hapa 784 hilo 784 hivi 784 kata 784 kongo 784 maana 784 matibabu 784 '
        'matokeo 784 mfumo 784 njia 784 ugonjwa 784 umoja 784 una 784 yenye 784 yoyote 784 '
        'zamani 784 afrika 697 bado 697 duniani 697 filamu 697 hizi 697 i 697 ikiwa 697 '
        'imani 697 jamhuri 697 kibantu 697 kiwango 697 makubwa 697 mashariki 697 '
        'mazingira 697 mjini 697 mungu 697 namba 697 nyimbo 697 nyingine 697 pili 697 '
        'siku 697 tangu 697 ulaya 697 vile 697 wengine 697 wote 697 zao 697 amerika 610 '
        'asilimia 610 basi 610 damu 610 dhidi 610 hakuna 610 halisi 610 hapo 610 kale 610 '
        'kikuu 610 kuongezeka 610 mengine 610 mfano 610 milioni 610 muhimu 610 rangi 610 '
        'shirika 610 si 610 tatu 610 tiba 610 uchumi 610 uhindi 610 ujerumani 610 ule 610 '
        'utawala 610 uwezo 610 wanaoishi 610 wao 610 watoto 610 ziwa 610 ajili 523 '
        'akiwa 523 ambalo 523 asia 523 asili 523 chanzo 523 hatimaye 523 humo 523 '
        'jamii 523 jua 523 kamili 523 kiingereza 523 kijijini 523 kiniger 523 kuliko 523 '
        'kuwepo 523 kweli 523 matatizo 523 mkataba 523 muziki 523 mwanzo 523 ndogo 523 '
        'siasa 523 taifa 523 ulikuwa 523 waishio 523 yesu 523 a 436 alama 436 alianza 436 '
        'alitoa 436 ambapo 436 biblia 436 bila 436 chake 436 chakula 436 dola 436 '
        'elimu 436 familia 436 fulani 436 guthrie 436 haraka 436 hatari 436 hatua 436 '
        'haya 436 herufi 436 hicho 436 hiki 436 hizo 436 hoteli 436 huku 436 hutokea 436 '
        'huyo 436 ile 436 ilianzishwa 436 ilipata 436 inaweza 436 kaisari 436 kampuni 436 '
        'kando 436 karibuni 436 kiafrika 436 kijani 436 kijerumani 436 kikundi 436 '
        'kina 436 kipimo 436 km 436 kushinda 436 kutoa 436 kutolewa 436 kuu 436 '
        'kuzaliwa 436 kuzuia 436 mafanikio 436 mafuta 436 mapema 436 mataifa 436 mbele 436 '
        'mchoro 436 mimea 436 mkoa 436 moyo 436 mpya 436 msimu 436 mtindo 436 mwezi 436 '
        'mwingine 436 mwisho 436 mwishoni 436 nakala 436 ndugu 436 rais 436 rasmi 436 '
        'roma 436 sanaa 436 sawa 436 serikali 436 shughuli 436 tanzania 436 tarehe 436 '
        'ufaransa 436 uhuru 436 ukweli 436 utamaduni 436 virusi 436 viwanda 436 vyake 436 '
        'wale 436 wanyama 436 wenyewe 436 yaani 436 yalikuwa 436 yenyewe 436 ziada 436 '
        'afya 349 agosti 349 al 349 alicheza 349 aliyekuwa 349 badala 349 bali 349 c 349 '
        'chenye 349 gesi 349 huitwa 349 huru 349 iliyokuwa 349 imara 349 in 349 jeshi 349 '
        'jimbo 349 kanda 349 kanuni 349 kisanii 349 kisasa 349 kitu 349 kituo 349 '
        'kuendelea 349 kupitia 349 kusababisha 349 mabadiliko 349 mabaki 349 machi 349 '
        'mafundisho 349 mama 349 mapato 349 mashirika 349 maumivu 349 mazoezi 349 '
        'mbili 349 mechi 349 mfululizo 349 miezi 349 misri 349 mkubwa 349 nadharia 349 '
        'ncha 349 ndiyo 349 ngumu 349 nyumbani 349 of 349 pwani 349 s 349 safari 349 '
        'sheria 349 tano 349 tar 349 the 349 uchaguzi 349 utafiti 349 video 349 vitabu 349 '
        'viwango 349 wanafunzi 349 wanawake 349 wayahudi 349 wilaya 349'), _table(
        'a 213751 i 127127 k 68153 n 67581 u 60967 m 46333 e 41826 w 40634 o 39637 l 34460 '
        'h 34444 t 31733 y 28042 s 27568 r 19990 b 19745 d 18912 z 18259 g 14650 j 11155 '
        'p 10469 f 8787 c 8672 v 6288 x 229 q 196 í 49'), (508, 79, 46)),
    'ta': ('tamil', _table(
        'ஒரு 9252 இந்த 6727 மற்றும் 6275 இது 5150 என்று 4166 என்ற 3170 உள்ள 3131 '
        'என்பது 2822 முதல் 2542 அந்த 2499 பல 2450 அல்லது 2444 சில 2384 என 2313 ஆம் 2280 '
        'அது 2221 தான் 2211 ஆகும் 2072 அவர் 2064 போன்ற 1998 இவர் 1988 இருந்து 1955 '
        'ஆனால் 1930 நான் 1911 வேண்டும் 1826 ஆண்டு 1810 இருக்கும் 1776 மக்கள் 1751 '
        'என்னும் 1698 தனது 1693 தமிழ் 1571 மூலம் 1557 பின்னர் 1430 அதன் 1409 உள்ளது 1353 '
        'இரண்டு 1326 மிகவும் 1317 என் 1293 இதன் 1283 என்றும் 1241 பேரும் 1225 கொண்டு 1220 '
        'வரை 1220 அரசு 1183 வரும் 1151 இந்திய 1145 போது 1142 மேலும் 1142 இல்லை 1138 '
        'இருந்தது 1137 என்ன 1111 இதில் 1097 பெயர் 1043 மட்டும் 1036 அவர்கள் 1011 '
        'ஆண்டில் 1002 இல் 994 பெண்கள் 982 ஓர் 972 கொண்ட 965 அவை 962 பெரிய 954 '
        'அமைந்துள்ளது 953 மாவட்டத்தில் 934 இன்று 898 காரணமாக 881 உள்ளனர் 877 ஆகிய 860 '
        'இரு 853 செய்து 847 இங்கு 839 வந்து 834 பிறகு 815 பின் 807 மீண்டும் 807 இருந்த 805 '
        'மூன்று 796 இவை 794 முடியும் 785 நல்ல 782 போல 782 எந்த 781 காலம் 779 மீது 776 '
        'அவரது 772 மட்டுமே 772 அதே 771 கூட 766 பி 761 ஒன்று 747 பற்றிய 739 ஒரே 728 '
        'விட்டு 728 உள்ளன 721 இருக்க 711 பகுதியில் 703 சேர்ந்த 702 தன் 698 இன்னும் 693 '
        'முக்கிய 683 ஊராட்சி 681 இலங்கை 678 அமெரிக்க 675 அவன் 671 அதிக 663 பிற 662 '
        'நாம் 660 புதிய 650 தேசிய 649 எனக்கு 645 அனைத்து 642 இதனை 642 போல் 642 நாள் 636 '
        'சுமார் 632 இதனால் 628 எனவே 627 போட்டியில் 624 நிலை 621 தொடர்ந்து 618 கி 614 '
        'ஆண்கள் 613 இவர்களில் 613 தமிழ்நாட்டின் 613 வட்டாரத்தில் 613 இருக்கிறது 609 சி 609 '
        'ஆறு 605 அரசியல் 603 எம் 603 செய்ய 601 எனினும் 599 தற்போது 597 ஒவ்வொரு 595 '
        'படம் 593 மிக 588 கட்சி 585 எஸ் 582 விட 581 பல்வேறு 575 இந்தக் 574 பெற்ற 574 '
        'அதை 568 சென்னை 562 முடியாது 562 அன்று 560 இந்தப் 559 அடுத்த 558 தமிழக 550 '
        'இவ்வாறு 549 வருகிறது 549 இவரது 545 துடுப்பாட்டப் 545 தவிர 544 சிறப்பு 539 '
        'சென்று 535 தகவல் 535 பகுதிகளில் 528 உங்கள் 525 பெண் 524 வந்த 524 ஏற்படும் 522 '
        'விலை 522 பற்றி 514 செய்யும் 513 எனும் 512 பெரும் 512 மற்ற 501 இந்தியா 499 இதை 492 '
        'கலந்து 492 அணி 491 முறை 490 அதில் 486 நேரம் 485 வேலை 484 மாவட்ட 479 அணியின் 476 '
        'இருப்பினும் 476 கொண்டிருக்கும் 476 மனித 476 மாநில 476 இந்தியாவின் 475 மதுரை 475 '
        'மத்திய 474 தந்தை 469 இடத்தில் 467 வகையில் 467 எப்படி 466 காலத்தில் 461 டி 459 '
        'செய்தார் 457 என்றால் 456 எல்லாம் 456 இடம் 455 அடிப்படையில் 450 ஆண்டுகள் 450 '
        'ஏன் 448 அதாவது 446 ஆக 446 ஏ 446 தலைவர் 446 பொருள் 446 இவர்கள் 442 மு 438 ல் 438 '
        'தி 433 வேறு 433 க 431 மாதம் 431 வெற்றி 431 அடுத்து 430 குறிப்பாக 430 இல்லாமல் 428 '
        'குறித்து 428 தொழில் 428 நீர் 428 மணி 428 வேண்டிய 424 ஆசிரியர் 423 இடங்களில் 423 '
        'இப்போது 423 என்னை 422 உண்டு 418 நேரத்தில் 413 பகுதி 410 அக்டோபர் 408 '
        'அமைந்துள்ள 408 என்பவர் 408 ஒன்றாக 408 நூல் 408 வழங்குகிறது 408 காரணம் 406 '
        'நீங்கள் 406 கல்வி 405 இந்தியாவில் 399 இப்படி 399 நான்கு 399 அமைப்பு 398 இதே 398 '
        'நம் 397 அதிகம் 393 அப்படி 393 எனவும் 390 இரண்டாம் 389 தமிழில் 389 பேர் 388 '
        'ஒருவர் 386 செய்தி 386 செல்லும் 386 இணைந்து 382 கதை 382 கீழ் 382 தாய் 382 உலக 381 '
        'கொண்டது 379 த 379 பொதுவாக 379 பார்த்து 377 பார்க்க 376 பழைய 374 முழுவதும் 374 '
        'நிறுவனம் 370 வாழ்க்கை 370 குழந்தை 366 தேதி 366 நிலையில் 365 மேல் 365 அடி 362 '
        'நடைபெற்ற 362 பள்ளி 359 திட்டம் 356 அங்கு 355 கே 350 முன் 350 முன்னாள் 350 '
        'தமது 348 நீ 346 சார்ந்த 342 அனைத்தும் 340 இங்கிலாந்து 340 இரத்த 340 உள்ளூர் 340 '
        'கடல் 340 கொண்டுள்ளது 340 திரைப்படம் 340 நூற்றாண்டில் 340 பிறப்பு 340 பெற்றது 340 '
        'போன்றவை 340 மாற்றி 340 எனக் 339 கோடி 337 செய்த 337 யார் 337 தொடர்பு 336 வர 335 '
        'அவருக்கு 333 முடிவு 331 கண்டு 330 சரி 330 நாட்கள் 330 காலை 325 ஆண் 324 தங்கள் 322 '
        'சிகிச்சை 321 பயன்படுத்தி 319 ஆட்சி 318 இந்து 318 வழி 318 அளவு 314 உணவு 314 '
        'பங்கு 314 மேற்பட்ட 314 ஸ்ரீ 314 அல்ல 313 எல்லா 313 தேர்தல் 313 படத்தில் 311 '
        'பொருட்கள் 311 இதற்கு 310 கிடைக்கும் 310 கூடிய 310 வந்தது 310 நாடுகள் 309 உடல் 306 '
        'நாட்டின் 306 அருகில் 302 இ 302 சிறு 302 பதில் 302 வைத்து 302 எல் 298 ஐ 298 '
        'மாணவர்கள் 298 இருந்தால் 297 கைது 297 அவர்களின் 294 பெற 294 நமது 291 தமிழர் 287 '
        'தொடர்பான 287 நம்பிக்கை 287 பக்கம் 287 கொஞ்சம் 281 அவருடைய 280 உள்ளிட்ட 280 '
        'சொல்லி 275 உயர் 274 குறிப்பிட்ட 274 நீண்ட 274 பணி 274 பெற்று 274 அதிகாரம் 272 '
        'அறிவியல் 272 அவரை 272 ஆண்டுகளில் 272 ஆவார் 272 இலங்கையின் 272 இவற்றில் 272 '
        'உற்பத்தி 272 காணப்படும் 272 காந்த 272 காந்தி 272 கொண்டார் 272 கொண்டுள்ளன 272 '
        'கோவை 272 சமயம் 272 சமூக 272 தமிழ்நாடு 272 தாக்குதல் 272 துடுப்பாட்டக்காரர் 272 '
        'பகுதிகள் 272 பங்குகொண்டார் 272 பயன்படுத்தப்படுகிறது 272 மாதத்தில் 272 முனைவர் 272 '
        'மூலமாக 272 மென்பொருள் 272 மொழியில் 272 அப்போது 271 கடந்த 271 தேர்தலில் 271 '
        'அமைச்சர் 268 இரண்டாவது 268 என்பதை 268 துணை 268 அம்மா 267 எடுத்து 267 முறையில் 267 '
        'உதவி 265 மருத்துவ 265 இன்றைய 263 கேள்வி 263 பிரதமர் 263 ஆர் 262 இங்கே 262 தனி 262 '
        'நோய் 262 போய் 262 வந்தார் 262 ஜி 258 இருந்தாலும் 256 மாதிரி 256 விழா 256 '
        'இல்லாத 254 மாலை 254 இந்தத் 253 கல்லூரி 253 தெரியும் 250 அமெரிக்கா 248 ஐக்கிய 248 '
        'தர 248 வடக்கு 248 உன் 246 கருத்து 246 காதல் 246 செல்ல 246 சொந்த 246 தண்ணீர் 246 '
        'மார்ச் 246 சொல்ல 245 பணம் 245 நோக்கி 243 அவர்களுக்கு 242 இனி 242 எவ்வளவு 242 '
        'நாடு 242 கடைசி 241 சக்தி 241 சிறந்த 240 மக்களின் 240 ரூ 240 அப்படியே 238 '
        'உண்மை 238 தொகுதி 238 அரசின் 234 உங்களுக்கு 234 எங்கள் 234 கொலை 230 சர்வதேச 230 '
        'திரு 230 திருமணம் 230 அளவில் 228 எனது 228 போட்டு 228 முதலில் 228 குறித்த 226 '
        'சிறிய 226 தமிழகத்தில் 226 ஐந்து 223 தரும் 223 ஆய்வு 219 மொழி 219 ம் 219 அவள் 218 '
        'கூடாது 218 நடிகர் 218 அதற்கு 216 கிடையாது 216 நிறைய 214 சினிமா 212 நேற்று 212 '
        'பதிவு 212 ரூபாய் 212 எப்போதும் 209 கால 209 கை 209 நல்லது 209 வழக்கு 209 இரவு 208 '
        'தேவை 208 உலகம் 206 அடிப்படை 204 அதனை 204 அமைந்த 204 அமையும் 204 '
        'அறிவிக்கப்பட்டது 204 அவற்றின் 204 ஆசிய 204 ஆண்டுகளுக்கு 204 ஆனாலும் 204 '
        'ஆயினும் 204 இடத்தை 204 இணையாக 204 இன் 204 இன்றும் 204 இறப்பு 204 இறுதி 204 '
        'இவரின் 204 இவரை 204 இவற்றை 204 உதவும் 204 உருவாக்க 204 உருவாக்கப்பட்டது 204 '
        'எடுத்துக்காட்டாக 204 எண்ணிக்கை 204 எனப்படும் 204 ஏப்ரல் 204 ஓரளவு 204 '
        'கிடைக்கிறது 204 கூடுதலாக 204 கூறப்படுகிறது 204 கொடுக்கப்பட்ட 204 கொண்டுள்ளார் 204 '
        'கோட்டை 204 சீன 204 செயல்பாடுகள் 204 சேர்த்து 204 டிசம்பர் 204 தன்னுடைய 204 '
        'தெற்கு 204 தொகை 204 தொலைக்காட்சி 204 தொல்லியல் 204 நாளில் 204 நிரந்தர 204 '
        'நூற்றாண்டின் 204 நூற்றாண்டு 204 ன் 204 பகுதியாகும் 204 பரிசு 204 பிறந்தார் 204 '
        'பூமியில் 204 பெரும்பகுதி 204 பெரும்பாலும் 204 போட்டிகளில் 204 மகளிர் 204 '
        'மதிப்பு 204 மரபணு 204 மிதமான 204 மில்லியன் 204 முடியவில்லை 204 முதலாவது 204 '
        'மேலே 204 வயதில் 204 வருகின்றது 204 வழங்கப்பட்டது 204 வழங்கப்பட்டுள்ளது 204 '
        'வானொலி 204 வாழ்ந்து 204 விகிதம் 204 விண்வெளி 204 வெளிவந்த 204 அவர்களை 203 '
        'இயற்கை 203 இருப்பது 203 பா 203 வீடு 203 பெயரில் 200 வி 199 விஜய் 199 உரிமை 197 '
        'எதிரான 197 குழு 197 போர் 197 வாய்ப்பு 197 வாழும் 197 அதிகமாக 194 இசை 194 '
        'செய்யப்பட்ட 194 நன்றி 194 பத்து 194 பொது 194 போதும் 194 முன்பு 194 எதிராக 190 '
        'எழுதிய 188 குறைந்த 188 குழந்தைகள் 188 படி 188 பயணம் 188 போன 188 ஆயிரம் 186 '
        'தேர்வு 186 நமக்கு 186 நானும் 186 அதனால் 185 இருக்கலாம் 185 ஏற்பட்ட 185 சேவை 185 '
        'நிதி 185 அ 183 அதுவும் 183 ஆதரவு 183 செயலாளர் 183 பதவி 183 பால் 183 மனைவி 183 '
        'வழியாக 183 வேண்டாம் 182 உறுதி 180 கொள்ள 180 மே 180 அருகே 178 ஆகியோர் 178 உடன் 178 '
        'உயிர் 178 நிறுவனங்கள் 178 இதுவரை 175 கோயில் 175 நடவடிக்கை 175 முன்னர் 175 '
        'கொடுத்து 174 முதல்வர் 174 யாரும் 174 கடவுள் 173 கால் 173 கொடுக்க 173 கோவில் 173 '
        'நிறுவனத்தின் 173 நடந்த 170 அனைவரும் 166 துறை 166 எதுவும் 162 மக்களுக்கு 162 '
        'மனம் 162 முடியாத 162 லட்சம் 162 உடனே 158 ஏதோ 158 காங்கிரஸ் 158 பாதுகாப்பு 158 '
        'பாடல் 154 மகன் 154 இருக்கு 151 கேட்டு 151 தடை 151 படத்தை 151 போராட்டம் 151 '
        'ரொம்ப 151 அளவுக்கு 148 எத்தனை 148 கூட்டம் 148 சேர்ந்து 148 நாங்கள் 148 '
        'மாவட்டம் 148 மணிக்கு 144 எடுக்க 141 நடக்கும் 141 பிறந்த 141 மழை 141 தலைமை 138 '
        'தானே 138 வாங்கி 138 விரைவில் 138 பயிற்சி 134 நீங்க 132 கிழக்கு 128 நாளை 128 '
        'வயது 128 வெறும் 128 அப்பா 125 மக்களை 125 முக்கியமான 125 முயற்சி 125 மோடி 125 '
        'அனுமதி 122 சார் 122 சென்ற 122 ஏதாவது 120 பொருளாதார 120 முழு 120 வீட்டில் 120 '
        'இருந்தார் 117 உறுப்பினர் 117 சட்டம் 117 தன்னை 117 போகும் 117 வது 117 ஆனா 114 '
        'எதிர்ப்பு 114 என்பதே 114 டாக்டர் 114 திகதி 114 தினம் 114 மனதில் 114 சட்டமன்ற 112 '
        'சொல்லும் 112 ஜெயலலிதா 112 வந்தால் 112 உட்பட 110 குரல் 110 கொடுத்த 110 '
        'தமிழ்நாட்டில் 110 நாட்டில் 110 பார்த்த 110 மன 110 வாங்க 110 வீடியோ 110 '
        'இன்னொரு 107 சரியான 107 சின்ன 107 தெரியாது 107 நம்மை 107 பேச 107 வைக்க 107 '
        'இடையே 104 உங்களை 104 கட்சியின் 104 கையில் 104 சிலர் 104 திமுக 104 தொடர் 104 '
        'நம்ம 104 பார்க்கும் 104'), _table(
        'க 127932 த 109608 ப 83287 ட 72988 ம 72427 ர 69593 ல 54776 ன 53794 வ 51072 ற 42261 '
        'ள 41194 ய 41166 ச 32776 ந 27388 இ 21355 அ 18605 ண 18521 ங 9962 எ 9429 ழ 9316 '
        'ஆ 9120 உ 7128 ஒ 4125 ஸ 3031 ஏ 1543 ஜ 1459 ஊ 1038 ஓ 1010 ஞ 954 ஷ 898 ஹ 673 ஈ 561 '
        'ஃ 505 ஐ 505'), (283, 84, 31)),
    'te': ('telugu', _table(
        'మరియు 15358 ఈ 13024 ఒక 9706 ఆ 6389 కూడా 5652 యొక్క 5160 ఇది 4423 నుండి 4423 '
        'లో 3809 అని 3563 తన 3317 చెందిన 3194 ఉన్న 3072 లేదా 3072 ఆమె 2826 తరువాత 2703 '
        'రెండు 2703 ఇతర 2580 ఉంది 2580 అనే 2212 అయితే 2089 ఉంటుంది 2089 కాని 1966 '
        'నుంచి 1966 అతని 1843 గా 1843 అనేక 1720 ఆయన 1720 ఉన్నాయి 1720 జిల్లా 1720 వలన 1720 '
        'ది 1597 ప్రతి 1597 మాత్రమే 1597 కొన్ని 1474 మంది 1474 అది 1352 అనేది 1352 '
        'ఉంటాయి 1352 కలిగి 1352 కు 1352 జనాభా 1352 ను 1352 మొదటి 1352 అక్కడ 1229 ఆఫ్ 1229 '
        'ఇవి 1229 తర్వాత 1229 వంటి 1229 వద్ద 1229 విధంగా 1229 సమయంలో 1229 అన్ని 1106 '
        'అలాగే 1106 ఇలా 1106 ఉన్నది 1106 ఏ 1106 కొరకు 1106 గ్రామ 1106 గ్రామము 1106 '
        'చిన్న 1106 చేసిన 1106 తమ 1106 దీనిని 1106 మీద 1106 వరకు 1106 వారి 1106 వారు 1106 '
        'అతను 983 కారణంగా 983 కోసం 983 గ్రామంలో 983 చేశారు 983 చేసే 983 పెద్ద 983 '
        'ప్రధాన 983 మొత్తం 983 లేదు 983 లోని 983 వాటి 983 సంఖ్య 983 అంటే 860 ఇక్కడ 860 '
        'ఉత్తమ 860 ఎక్కువ 860 కానీ 860 గురించి 860 గ్రామానికి 860 చాలా 860 తిరిగి 860 '
        'తూర్పు 860 దక్షిణ 860 దీని 860 ద్వారా 860 పలు 860 పేరు 860 పై 860 ప్రకారం 860 '
        'మండలానికి 860 మధ్య 860 ముందు 860 లాంటి 860 వచ్చిన 860 శ్రీ 860 సంబంధించిన 860 '
        'అంటారు 737 అందులో 737 అయిన 737 ఇతను 737 ఉండి 737 ఏర్పాటు 737 ఒకటి 737 ఒక్క 737 '
        'కంటే 737 కలిగిన 737 కాదు 737 కారణం 737 కొత్త 737 చిత్రం 737 చేయడం 737 '
        'చేస్తుంది 737 జరిగిన 737 తండ్రి 737 తరఫున 737 తెలుగు 737 దేవాలయం 737 నా 737 '
        'నీవు 737 నేను 737 ప్రక్రియ 737 ప్రపంచ 737 ప్రస్తుతం 737 మరో 737 యుద్ధం 737 '
        'రవాణా 737 రోజులు 737 వల్ల 737 వున్నది 737 సంగీత 737 అండ్ 614 అందువలన 614 అతి 614 '
        'అత్యంత 614 అదే 614 అమెరికా 614 అవి 614 ఆధారపడి 614 ఇంకా 614 ఇక్కడి 614 ఇదే 614 '
        'ఇప్పుడు 614 ఉండే 614 ఉండేది 614 కనుక 614 కాంగ్రెస్ 614 కాకుండా 614 కాలంలో 614 '
        'చేయాలని 614 చేసి 614 చేసింది 614 డాక్టర్ 614 తక్కువ 614 తెలిసిన 614 తో 614 '
        'దాదాపు 614 దాని 614 దీనికి 614 నగర 614 నన్ను 614 నవంబర్ 614 నీ 614 నువ్వు 614 '
        'పాటు 614 పార్క్ 614 ప్రత్యేక 614 ప్రసిద్ధి 614 మంచి 614 మూడు 614 రాష్ట్ర 614 '
        'లభించింది 614 సంవత్సరం 614 సహా 614 సైన్స్ 614 స్థానంలో 614 అంచనా 491 అడుగుల 491 '
        'అధిక 491 అధికంగా 491 అనగా 491 అను 491 అవకాశం 491 అవార్డు 491 ఆధునిక 491 '
        'ఇందులో 491 ఇతడు 491 ఇప్పటికీ 491 ఉత్తర 491 ఉదాహరణకు 491 ఎందుకంటే 491 ఎక్కువగా 491 '
        'ఐదు 491 ఒకే 491 కాబట్టి 491 కి 491 కేవలం 491 కొనుగోలు 491 గణన 491 గుడి 491 '
        'గోదావరి 491 చరిత్ర 491 చిత్ర 491 చివరి 491 చేయబడింది 491 చేసారు 491 తనకు 491 '
        'తల్లి 491 తాను 491 దాడి 491 దానిని 491 దారి 491 దిశగా 491 దీనిలో 491 దృష్టి 491 '
        'నగదు 491 నమోదు 491 నాటికి 491 నాలుగు 491 నూతన 491 పశ్చిమ 491 పార్టీ 491 '
        'పూర్తి 491 పొందిన 491 ప్రత్యేకించి 491 ప్రభుత్వం 491 ప్రాంతంలో 491 '
        'ప్రాంతాన్ని 491 బదులు 491 బహుళ 491 మరింత 491 మరొక 491 మహిళా 491 మాత్రం 491 '
        'రూపంలో 491 లు 491 వంతెన 491 వర్గం 491 వలె 491 వారిని 491 విధమైన 491 విధానం 491 '
        'వ్యతిరేకంగా 491 శాస్త్రీయ 491 శివాలయం 491 సందర్భంలో 491 సాంకేతిక 491 సి 491 '
        'సుమారు 491 సూచిస్తుంది 491 స్థాయిలో 491 అంతా 369 అందరూ 369 అందుబాటులో 369 '
        'అందువల్ల 369 అకాడమీ 369 అతడు 369 అన్న 369 అన్నాడు 369 అప్పటి 369 అభివృద్ధి 369 '
        'అయినా 369 అరబ్ 369 అలాంటి 369 ఆంధ్ర 369 ఆధారిత 369 ఆలయ 369 ఆహారం 369 ఇంతలో 369 '
        'ఇచ్చింది 369 ఇతని 369 ఉంటారు 369 ఉండటానికి 369 ఉత్పత్తి 369 ఉన్నత 369 ఉన్నాడు 369 '
        'ఎనిమిది 369 ఎన్ 369 ఎన్నికలు 369 ఎన్నో 369 ఏమి 369 కనిపించే 369 కన్నా 369 '
        'కలిసి 369 కాలం 369 కూడ 369 కూడిన 369 కొంత 369 కొట్టి 369 క్రింద 369 గృహం 369 '
        'గొప్ప 369 చలన 369 చాలు 369 చూసి 369 చెప్పాడు 369 చేయడానికి 369 చేసాడు 369 '
        'చైనా 369 జట్టు 369 జనవరి 369 జాతులు 369 జూనియర్ 369 డిగ్రీ 369 డిజిటల్ 369 '
        'డిసెంబర్ 369 తద్వారా 369 తొలి 369 దిగువ 369 దేవుడు 369 దేశాల 369 దేశాలలో 369 '
        'నందు 369 నమూనా 369 నాకు 369 నేడు 369 న్యూ 369 పట్ల 369 పర్షియన్ 369 పురుషుల 369 '
        'పూర్వం 369 పైన 369 పోటీలలో 369 ప్రజల 369 ప్రజలు 369 ప్రభావం 369 ప్రముఖ 369 '
        'ప్రయత్నం 369 ప్రాంతాలలో 369 ప్రాథమికంగా 369 ఫలితంగా 369 బంతిని 369 భారతదేశంలో 369 '
        'భారతదేశపు 369 భావించబడుతుంది 369 భూమిని 369 భౌతిక 369 మద్దతు 369 మనం 369 ముని 369 '
        'మొదట 369 యు 369 రూపకల్పన 369 రైతు 369 రోజు 369 లలో 369 లేక 369 వచ్చారు 369 '
        'వచ్చింది 369 వాదించారు 369 విజయనగరం 369 విడుదల 369 విద్యా 369 వివరాలు 369 '
        'వివిధ 369 వీరు 369 వుంది 369 వైపు 369 వ్యక్తి 369 వ్యాధి 369 వ్యాపారం 369 '
        'సంఖ్యను 369 సంస్థ 369 సమయములో 369 సమస్య 369 సరే 369 సాధించింది 369 సార్లు 369 '
        'సినిమా 369 హౌస్ 369'), _table(
        'ర 103565 న 101339 ల 82228 క 76568 త 56981 ప 52371 వ 49191 మ 48332 ద 47951 స 45502 '
        'య 43690 డ 35581 చ 35454 ట 33610 గ 33483 అ 19206 బ 13228 జ 13005 ధ 10779 శ 10461 '
        'ఆ 8808 ష 8681 భ 8299 ఉ 8236 ణ 8108 హ 8045 ఇ 7059 ఒ 4102 ఈ 3943 ఎ 3784 థ 3689 '
        'ళ 3625 ఫ 3530 ఖ 2162 ఏ 1749 ఘ 827 ఐ 572 ఓ 541 ఠ 477 ఞ 382 ఊ 254 ఛ 191 ఔ 127 ఝ 127 '
        'ఱ 95'), (241, 76, 37)),
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
        'ฉ 1188 ฯ 1188 ฏ 1094 ฤ 980 ฝ 886 ฎ 679 ฬ 566 ๆ 528 ฑ 453 ฮ 321 ฆ 283'), (839, 69, 196)),
    'tl': ('latin', _table(
        'ng 70976 sa 69040 ang 56195 na 50656 mga 41688 ay 27484 at 25572 isang 12638 '
        'ito 9575 hindi 7178 may 6569 ni 6494 o 5675 si 4758 kung 4632 mula 4287 ko 3970 '
        'para 3777 kanyang 3501 noong 3478 siya 3376 pa 3272 pag 2913 bilang 2842 ako 2628 '
        'nito 2590 upang 2400 rin 2259 pang 2225 iba 2221 naman 2157 niya 2154 ibang 2130 '
        'dahil 2102 isa 2038 din 2031 lahat 2013 lang 1994 mo 1981 mas 1979 tao 1945 '
        'kanilang 1922 kaya 1761 maaaring 1730 nang 1627 pamamagitan 1521 hanggang 1514 '
        'walang 1500 lamang 1497 ano 1446 buhay 1436 nila 1429 taong 1410 araw 1320 '
        'unang 1312 t 1308 dito 1306 ayon 1277 kay 1264 ka 1261 ilang 1246 nasa 1221 '
        'bagay 1206 sila 1199 panahon 1181 naging 1173 kasama 1148 bansa 1091 saan 1069 '
        'habang 1062 of 1038 maraming 1030 taon 1030 nag 1019 mag 1009 kapag 998 '
        'ngunit 994 pero 966 the 966 ba 942 ngayon 942 po 930 pilipinas 928 ika 926 '
        'bago 917 di 904 buong 899 itong 892 nga 866 loob 856 wala 827 bahay 823 kahit 818 '
        'dapat 798 dalawang 792 tulad 779 lugar 761 bahagi 754 kaniyang 740 alam 718 i 714 '
        'kabilang 696 pagitan 695 ingles 677 pangunahing 675 yung 675 karaniwang 674 '
        'babae 661 maging 651 bagong 649 anak 648 kong 647 kilala 637 pagkatapos 635 '
        'natin 630 mayroong 628 a 617 kasi 615 halos 612 ring 612 kailangan 605 wika 598 '
        'uri 595 bawat 588 mataas 581 man 579 gusto 561 kanya 550 mundo 549 salitang 542 '
        'tinatawag 542 tatlong 532 lungsod 526 oras 525 ginawa 522 parehong 517 siyang 517 '
        'iyon 513 kami 510 mong 510 namin 510 bakit 500 niyang 500 malaking 496 '
        'pangalan 496 sakit 495 pamahalaan 487 akong 478 pagiging 477 maaari 467 '
        'ilalim 466 mayroon 465 and 460 pilipino 460 diyos 459 katulad 457 to 442 '
        'parang 438 sarili 433 bagaman 430 lalaki 430 muling 428 tayo 426 lalo 423 '
        'pagkain 419 talaga 416 kulay 412 labas 412 katawan 410 paggamit 410 kayo 406 '
        'wikang 404 de 402 sabihin 402 daw 397 minsan 397 tubig 397 aaral 395 anyo 395 '
        'kadalasang 394 pangunahin 394 planetang 394 kuwento 391 katangian 390 halaga 389 '
        'batas 385 dahilan 383 huling 383 s 383 tungkol 383 ibig 382 iyong 378 '
        'kasalukuyang 378 kasaysayan 376 ikaw 374 buwan 373 gumagamit 368 in 366 ama 365 '
        'mukha 362 gumawa 361 bayan 359 network 359 paggamot 359 populasyon 359 higit 358 '
        'sabi 354 lupa 353 maliit 353 magandang 347 matapos 347 tunay 347 gawin 342 '
        'problema 342 laban 336 y 335 huwag 334 laro 333 paano 330 halimbawa 329 '
        'paaralan 329 mata 328 ginagamit 327 sanhi 327 una 327 gamit 325 kapatid 325 '
        'akin 323 binubuo 323 daigdig 323 gayunpaman 323 katao 323 larangan 323 nya 323 '
        'palabas 323 pagkakaroon 320 pelikula 320 kaharian 319 maynila 319 kanila 317 '
        'puso 317 anumang 314 nagkaroon 314 silang 314 sabay 313 dating 311 for 311 '
        'karamihan 311 nitong 311 kang 308 gaya 307 sino 306 c 305 paraan 305 ding 304 '
        'dugo 304 marami 302 school 301 bata 300 gma 298 sana 298 simula 296 '
        'kapangyarihan 294 yun 294 malakas 291 san 291 subalit 291 ulo 290 simbahan 289 '
        'mamamayan 288 kabahayan 287 kinabibilangan 287 n 287 pangkat 287 rehiyon 287 '
        'salita 287 senso 287 dalawa 285 itinuturing 283 nagbigay 281 e 275 pera 273 '
        'banal 272 kaibigan 270 kita 270 sina 269 malapit 266 aklat 264 ginagawa 264 '
        'papel 264 apat 260 ina 259 pinaka 259 antas 258 pagbabago 258 hapon 257 hayop 257 '
        'yan 256 kaysa 255 susunod 255 grupo 253 ce 251 estado 251 estados 251 gagawin 251 '
        'itinatag 251 linyang 251 maria 251 orihinal 251 partikulo 251 sistemang 251 '
        'unidos 251 kanta 249 gawain 248 nina 248 ukol 248 gawa 245 itaas 245 '
        'kamatayan 245 rito 245 baka 244 ilan 242 asawa 236 noon 236 tanging 236 video 236 '
        'p 232 hari 230 nung 230 aking 228 eh 228 larawan 228 muli 228 ayaw 226 pati 226 '
        'laki 225 nakita 224 namatay 224 sinabi 224 isip 223 sumusunod 222 layunin 221 '
        'dami 220 lumabas 220 papa 220 ibabaw 219 juan 219 gaano 217 magkaroon 216 up 216 '
        'album 215 dibdib 215 ilog 215 inilabas 215 m 215 matatagpuan 215 nagdulot 215 '
        'nagmumula 215 pinakamalaking 215 pwede 215 siglo 215 tingin 215 tumutukoy 215 '
        'agad 214 anong 214 on 214 madalas 213 sinasabi 213 ulit 213 bansang 212 g 212 '
        'buhok 209 love 209 mahalaga 208 nakikita 206 huli 205 barangay 203 miyembro 203 '
        'mahal 201 muna 201 tuwing 201 batang 200 hesus 199 inyo 199 linggo 199 pala 199 '
        'bang 198 namang 198 resulta 195 serbisyo 195 ari 194 galing 194 kamay 194 '
        'maganda 194 naka 194 dagat 193 nagbibigay 192 nilang 192 time 192 it 191 '
        'pagkakataon 191 trabaho 191 gabi 190 no 190 pamilya 190 impormasyon 189 puno 189 '
        'sistema 189 you 189 gamitin 187 katutubong 187 ma 187 kundi 186 maayos 184 '
        'sariling 184 bukas 183 sobrang 183 sunod 183 tawag 183 kaugnay 182 makita 182 '
        'patay 182 sya 182 tapos 182 daan 181 lakas 181 pangulo 181 pumunta 181 doon 180 '
        'ngayong 180 pambansang 180 akda 179 bersyon 179 church 179 dekada 179 '
        'digmaang 179 europa 179 griyego 179 hangin 179 hugis 179 isinulat 179 '
        'kakayahan 179 kanser 179 linya 179 magagamit 179 makikita 179 malawak 179 '
        'marcos 179 milyong 179 nagmula 179 paglalakbay 179 pamamahala 179 pansin 179 '
        'pari 179 pebrero 179 pranses 179 punong 179 setyembre 179 sukat 179 tauhan 179 '
        'telebisyon 179 tunog 179 city 178 lokal 178 talagang 178 labis 177 star 177 '
        'tama 177 epekto 175 maaring 175 likod 174 babaeng 172 umaga 172 b 169 mang 169 '
        'kasalanan 167 paggawa 167 aral 165 patuloy 165 pumasok 163 ganap 161 media 161 '
        'pakiramdam 161 tingnan 161 dumating 159 ganitong 159 magulang 159 magiging 158 '
        'matagal 158 nyo 158 tv 158 madaling 157 malaman 156 kahulugan 155 philippine 155 '
        'tanong 154 tamang 153 d 151 israel 151 nagsimula 151 siguro 151 totoo 151 '
        'nating 150 halip 149 limang 149 naniniwala 149 pangyayari 149 sapagkat 149 '
        'ating 148 is 148 batay 147 lalaking 147 live 147 usapan 147 mabilis 146 '
        'produkto 146 tahanan 146 nangyari 145 edukasyon 144 gayon 144 ginamit 144 '
        'kaso 144 klase 144 lipunan 144 sapat 144 tag 144 umalis 144 aprika 143 awit 143 '
        'buto 143 digmaan 143 disyembre 143 diyosesis 143 ekonomiya 143 estasyon 143 '
        'gas 143 gusali 143 hilaga 143 himagsikan 143 hinggil 143 international 143 '
        'kadalasan 143 kalaunan 143 kalidad 143 karakter 143 kompanya 143 kristiyano 143 '
        'kuponan 143 latin 143 manlalaro 143 ministro 143 minuto 143 naglalarawan 143 '
        'nangangahulugang 143 pamagat 143 pampolitika 143 pangalang 143 patungo 143 '
        'pelikulang 143 pinuno 143 re 143 silangang 143 sinaunang 143 sining 143 tiyak 143 '
        'ttk 143 u 143 umaabot 143 umiiral 143 world 143 yunit 143 all 142 dulo 142 '
        'pagdating 142 totoong 142 my 140 ibinigay 139 proseso 139 artista 138 '
        'kababaihan 138 kasalukuyan 138 tagalog 136 kumain 134 so 134 be 133 mabuti 133 '
        'init 131 best 129 one 129 post 129 more 127 bigyan 125 galit 125 gulang 125 '
        'masaya 125 takot 125 tayong 125 mukhang 123 mahirap 122 sagot 122 beses 121 '
        'ganito 120 kaming 120 taga 120 panahong 119 team 119 bukod 117 me 117 as 115 '
        'halaman 115 kapwa 115 dati 114 kayong 114 niyo 114 manila 112 mawala 112 '
        'meron 112 or 112 harap 111 nangyayari 111 napaka 111 pagmamahal 111 pangulong 111 '
        'medyo 110 national 110 programa 110 salamat 110 apoy 108 art 108 bahaging 108 '
        'enero 108 gawaing 108 gitna 108 hapones 108 impeksiyon 108 katawagan 108 '
        'kaugnayan 108 kumulang 108 lateral 108 lupain 108 mahusay 108 nagbunga 108 '
        'naglalaman 108 nagpapakita 108 nahahati 108 nalilikha 108 nilikha 108 '
        'nobelang 108 obispo 108 pagbibigay 108 pagpapakamatay 108 paligid 108 panig 108 '
        'pinamumunuan 108 pinunong 108 produksiyon 108 pumapasok 108 puting 108 '
        'republika 108 samahan 108 serye 108 seryeng 108 solusyon 108 super 108 talaan 108 '
        'talata 108 teoriyang 108 timbang 108 titik 108 tsino 108 unibersidad 108 '
        'bawal 107 sumunod 106 year 105 edad 104 mali 103 pananaliksik 103 gamot 102 '
        'mahigit 102 maliliit 102 oo 102 pinag 102 relasyon 102 tuloy 102 nawala 100 '
        'online 100 opisyal 100 yo 100 yon 100 bumili 96 kayang 96 basta 93 filipino 93 '
        'wag 93 with 93 ganun 91 lalake 91 pangarap 91 sarap 91 tignan 91 lagi 89 dun 87 '
        'kwento 87 gustong 85 kailan 85 laging 85 masama 85 masyadong 85 damit 83 '
        'inyong 83 nanalo 83 out 83 paa 83 drama 79 iyo 79 nanay 79 bumalik 78 hirap 78 '
        'abs 76 website 76 dr 74 biglang 72 by 72 game 72 ganda 72 nalang 72 darating 70 '
        'nararamdaman 70 saka 70 bigla 69 nagawa 69 negosyo 69 this 69 amin 68 '
        'mahalagang 68 ninyo 68 account 66 internet 66 kuya 66 miss 66'), _table(
        'a 226865 n 131600 g 94601 i 76935 s 51770 o 45161 t 44088 l 41475 m 40176 p 32014 '
        'k 31294 u 29712 y 27283 e 26676 r 26097 b 21479 h 17356 d 17101 w 7612 c 5112 '
        'f 1313 v 1313 j 805 z 791 x 565 q 155 é 155 á 71 ö 56 ü 56 ō 56 ó 42'), (632, 71, 48)),
    'tn': ('latin', _table(
        'go 52945 ba 50430 a 48974 le 42952 ka 33752 e 26605 ke 19656 re 19523 ya 19060 '
        'o 16810 fa 16678 ga 15817 mo 15751 gore 14825 di 13832 se 12707 ne 10258 wa 10192 '
        'mme 9001 kwa 8339 tsa 8339 sa 8206 tse 7809 bone 6221 la 6221 bo 5824 jalo 4434 '
        'nna 4434 na 3640 batho 3508 fela 3508 jwa 2978 yo 2978 gagwe 2713 twe 2713 '
        'thata 2647 bona 2581 dira 2581 jaaka 2515 tlaa 2515 ntse 2449 bana 2316 '
        'bangwe 2184 gone 2184 ene 2118 neng 2118 nako 2052 teng 1985 pele 1919 kgosi 1787 '
        'mongwe 1787 motho 1787 supa 1787 gape 1721 tsone 1721 tswa 1721 ngwana 1588 '
        'jaana 1522 kana 1522 tla 1456 ja 1390 lo 1390 sentle 1390 bua 1324 kgang 1324 '
        'puso 1324 rile 1324 setse 1324 itse 1257 morago 1257 thusa 1257 jang 1191 jo 1191 '
        'lefatshe 1191 mmegi 1191 simolola 1191 tlhalosa 1191 tsaya 1191 batswana 1125 '
        'borwa 1125 dikgang 1125 dingwaga 1125 eo 1125 lefoko 1125 masome 1125 morafe 1125 '
        'nne 1125 seemo 1125 tiro 1125 botswana 1059 motse 1059 tota 1059 yone 1059 '
        'eng 993 june 993 leka 993 madi 993 ntswa 993 seo 993 tshwanetse 993 dingwe 927 '
        'gongwe 927 kopa 927 one 927 online 927 rona 927 rre 927 sengwe 927 setswana 927 '
        'tsela 927 tsena 927 dilo 860 dirisiwa 860 ele 860 letsatsi 860 nngwe 860 '
        'ntlha 860 seka 860 temo 860 tlase 860 tlhoka 860 tsotlhe 860 banana 794 '
        'batsadi 794 botlhokwa 794 botshelo 794 godimo 794 jaanong 794 kgona 794 metsi 794 '
        'ngwaga 794 ntle 794 bomme 728 kgaolo 728 lenaneo 728 maikaelelo 728 am 662 '
        'batla 662 bolela 662 channel 662 distribution 662 dumalana 662 feta 662 kae 662 '
        'kgone 662 ko 662 koo 662 lephata 662 maduo 662 malatsi 662 mosadi 662 ra 662 '
        'utlwa 662 bantsi 596 bile 596 bobedi 596 bontsi 596 dirile 596 ebile 596 foo 596 '
        'lekgotla 596 leno 596 oo 596 sone 596 thuo 596 banni 529 bao 529 borre 529 '
        'botlhe 529 dirisa 529 dithuto 529 friday 529 ise 529 khama 529 lebega 529 '
        'mabedi 529 mangwe 529 modimo 529 mogare 529 monna 529 mopalamente 529 naledi 529 '
        'ngwao 529 ntsha 529 sena 529 setlhopha 529 thuto 529 tle 529 tshwara 529 yoo 529 '
        'aga 463 banna 463 bonwa 463 dijo 463 dikgomo 463 gantsi 463 gompieno 463 hiv 463 '
        'kgaolong 463 kgotsa 463 lemoga 463 lesome 463 lone 463 mafoko 463 mahalapye 463 '
        'mathata 463 mma 463 ngongorega 463 pula 463 raya 463 sekole 463 sekoleng 463 '
        'wena 463 ye 463 araba 397 bale 397 bidiwa 397 boletse 397 bontle 397 daily 397 '
        'diatla 397 dikoloi 397 dinao 397 dipina 397 dirang 397 dire 397 ditiragalo 397 '
        'ditlhopha 397 dumela 397 farologana 397 fitlhela 397 gago 397 gare 397 gola 397 '
        'ile 397 issue 397 itseng 397 kgwele 397 lehuma 397 lemogile 397 leng 397 '
        'lengwe 397 lona 397 lorato 397 lwapeng 397 maemo 397 marapo 397 mararo 397 '
        'matlho 397 matshelo 397 mmele 397 mmino 397 motlhofo 397 motswana 397 news 397 '
        'rata 397 rotloetsa 397 ruta 397 sale 397 santse 397 seng 397 sepe 397 '
        'setshaba 397 tautona 397 tlhola 397 tona 397 tsamaya 397 tsenya 397 volume 397 '
        'aferika 331 barutabana 331 boa 331 bogolo 331 borukutlhi 331 botoka 331 bula 331 '
        'dikgaisanyo 331 dikgwetlho 331 dintsi 331 dipalo 331 ditiro 331 farologanyeng 331 '
        'from 331 gae 331 golo 331 itshetsa 331 kereke 331 kgakala 331 kgomo 331 '
        'kgotleng 331 kirikete 331 kopile 331 leina 331 lekalana 331 lela 331 lerato 331 '
        'lwa 331 maloba 331 matlhano 331 matlo 331 metshameko 331 mokgatlho 331 mokgwa 331 '
        'monate 331 monday 331 mothusa 331 motlhala 331 motseng 331 neela 331 pelo 331 '
        'phefo 331 pm 331 reng 331 sebaka 331 selo 331 senya 331 thuso 331 till 331 '
        'tlhokomela 331 tloga 331 tlotla 331 tshaba 331 tshwere 331 tshweu 331 tsoga 331 '
        'tswelela 331 ama 265 ao 265 babedi 265 bagwebi 265 baka 265 bala 265 bare 265 '
        'barutegi 265 basetsana 265 basimane 265 batshameki 265 beke 265 boammaaruri 265 '
        'bofelo 265 bogosi 265 boipelego 265 bokopano 265 bong 265 bosheng 265 bosupa 265 '
        'dikgato 265 dikole 265 dipotso 265 diragala 265 ditlhopho 265 dumalane 265 '
        'ere 265 felela 265 gakolola 265 ithuta 265 kgato 265 kgolo 265 kgotla 265 '
        'kgwebong 265 kile 265 leba 265 lefela 265 leitlho 265 lema 265 leruo 265 '
        'lwantsha 265 magareng 265 mapodisi 265 masisi 265 me 265 mererong 265 moletlo 265 '
        'molomo 265 monongwaga 265 motshameko 265 nama 265 nang 265 natla 265 nosi 265 '
        'nyalo 265 palamente 265 palapye 265 poko 265 sekaseka 265 tharo 265 '
        'thulaganyo 265 tirong 265 tlatsa 265 tlholang 265 tlile 265 tokafatsa 265 '
        'tsebe 265 tsene 265 tshela 265 tshenyo 265 tshola 265 tswelele 265 tsweletse 265 '
        'tumelo 265'), _table(
        'a 167708 e 129423 o 102658 l 70933 t 59759 g 58556 n 54139 s 51618 i 43048 '
        'b 39224 k 38318 m 37658 r 25924 w 24787 h 23452 d 19942 p 12707 u 11471 f 10960 '
        'y 10235 j 5323 c 1384 v 511 z 132 š 66 x 49'), (704, 84, 59)),
    'tr': ('latin', _table(
        've 30279 bir 19187 bu 13985 için 7808 da 6740 de 6239 ile 6088 olarak 4895 '
        'çok 4728 daha 3533 en 3489 olan 3279 her 3079 gibi 2976 ne 2934 sonra 2861 '
        'kadar 2704 o 2330 ben 1929 var 1929 ama 1807 büyük 1752 ya 1728 yeni 1686 ki 1676 '
        'türkiye 1658 tarafından 1615 iyi 1544 veya 1511 göre 1472 ilk 1438 yok 1404 '
        'değil 1398 iki 1372 ise 1348 tüm 1300 zaman 1271 yer 1253 ilgili 1237 olduğu 1237 '
        'son 1237 e 1223 gün 1207 önce 1207 üniversitesi 1207 olmak 1184 sadece 1178 '
        'türk 1147 yıl 1147 genel 1128 içinde 1091 önemli 1064 aynı 1053 tek 1049 '
        'bilgi 1047 a 1018 olduğunu 1018 kendi 1003 güzel 990 fazla 981 ancak 978 '
        'eğitim 962 şekilde 959 birlikte 956 sen 955 nasıl 924 nin 916 üzere 906 hiç 895 '
        'bile 877 ayrıca 870 devam 852 dünya 847 alan 845 fakat 843 yüksek 843 mi 837 '
        'farklı 830 benim 815 böyle 815 bütün 809 iş 809 diğer 805 üzerine 796 üç 791 '
        'biz 784 şey 784 bulunan 783 sosyal 778 bana 772 oldu 772 mı 770 eden 759 '
        'yılında 754 biri 744 uygun 725 diye 722 bugün 720 yine 707 kez 702 başka 697 '
        'bunu 697 tam 690 üzerinde 690 karşı 687 arasında 678 artık 677 özel 676 olur 675 '
        'su 672 edilen 669 gerçek 669 bunun 666 hakkında 666 günü 655 in 655 prof 655 '
        'neden 654 beni 647 devlet 643 hem 643 belediye 637 kabul 636 süre 625 başkanı 620 '
        'seni 615 çünkü 613 olacak 611 anadolu 610 kurulu 608 kadın 604 olsun 603 i 589 '
        'birçok 583 etti 582 yapılan 582 saat 580 doğru 575 bin 573 az 572 tarihinde 570 '
        'yönetim 570 vardır 568 geri 564 eðitim 562 gelen 557 şu 557 dikkat 556 gerek 546 '
        'eski 542 milli 541 destek 536 bizim 533 burada 531 dedi 527 ifade 526 d 525 '
        'hemen 520 bazı 518 etmek 515 yýl 515 geldi 509 yapmak 509 eğer 496 uzun 494 '
        'avrupa 479 sana 478 size 478 hangi 475 teknik 475 ülke 475 aile 470 '
        'düzenlenen 468 gerekli 468 i̇stanbul 468 nda 468 un 468 uluslararası 465 '
        'insan 463 işte 463 onu 463 adam 456 biraz 456 yani 456 eder 454 karar 454 '
        'ortaya 452 yapan 452 ay 447 tarihi 446 insanlar 444 öyle 444 hiçbir 442 '
        'hizmet 437 olup 437 şimdi 436 bize 435 senin 435 küçük 432 birinci 428 olması 428 '
        'yeniden 428 yerine 427 el 421 sahip 421 sayılı 421 uygulama 421 öğretim 421 '
        'mu 415 ankara 411 gelir 411 den 409 gece 409 ait 403 hızlı 403 il 403 ikinci 401 '
        'ediyor 397 olabilir 396 sağlık 395 geçen 391 onun 391 para 391 istanbul 388 '
        'cevap 381 merkezi 381 toplam 381 bölüm 378 konuda 378 temel 378 takip 377 '
        'bazen 375 akademik 374 doğum 374 fakültesi 374 konu 374 yönelik 374 çalışma 374 '
        'öğrenci 374 allah 371 dönem 370 sonunda 369 olmayan 365 erkek 364 beş 362 '
        'kitap 362 kişi 362 kız 362 siz 362 ali 361 bağlı 357 herkes 356 başkan 354 '
        'kısa 354 görev 351 çocuk 350 tekrar 349 ayrı 348 kültür 348 dolu 346 yıllık 343 '
        'kontrol 342 söyledi 342 evet 341 söz 339 yerde 339 teşekkürler 338 pek 335 '
        'değildir 331 itibaren 331 sonraki 329 belirli 328 haline 328 lisans 328 madde 328 '
        'posta 328 tarafýndan 328 ticaret 328 açık 326 ev 326 kim 322 mehmet 322 olsa 322 '
        'veren 322 gereken 318 hep 315 birkaç 314 genç 314 ye 313 sizi 312 dolayı 310 '
        'olursa 310 teşekkür 310 yakın 310 geliyor 309 ona 307 kolay 306 yanında 306 '
        'lütfen 303 kendini 302 anda 298 merak 298 ardından 297 beraber 295 yanlış 295 '
        'grup 294 altında 293 an 292 güçlü 291 verdi 291 beri 288 dr 288 dünyanın 288 '
        'spor 288 yoksa 288 bizi 286 durumda 285 güç 285 sonrası 285 boyunca 284 mutlu 284 '
        'ol 284 çıkan 284 edecek 283 konusu 283 türkçe 283 aldı 281 arasýnda 281 '
        'bünyesinde 281 ihtiyaç 281 i̇l 281 lisesi 281 meclis 281 meslek 281 nun 281 '
        'nýn 281 nın 281 oluşan 281 sayýlý 281 teslim 281 zaten 281 elektrik 280 '
        'yaptığı 280 tl 278 varsa 278 yardım 278 yemek 278 yüzden 278 hareket 275 '
        'konusunda 275 nedeniyle 275 sizin 275 tabi 275 bundan 272 eylül 272 tamamen 272 '
        'bunlar 271 böylece 269 kalan 269 mustafa 266 zor 265 ahmet 263 b 263 edin 263 '
        'ele 263 sürekli 263 üst 263 belki 260 hafta 260 verilen 260 hala 256 hatta 255 '
        'sahibi 255 sistemi 255 çeşitli 252 şehir 250 m 248 görmek 247 mücadele 247 '
        'bence 246 alt 245 olmuş 245 parti 245 seçim 245 dış 242 sırasında 242 adı 241 '
        'aslında 241 film 241 gelecek 241 göz 241 haber 241 yaz 241 kimse 240 '
        'kesinlikle 238 yardımcı 238 yol 237 zamanda 237 ettiği 236 almak 235 herhangi 235 '
        'arama 234 belediyesi 234 bilgiler 234 bilgisayar 234 bizler 234 büyükşehir 234 '
        'cumhuriyet 234 daki 234 edilmesi 234 ekip 234 elektronik 234 gören 234 '
        'hastanesi 234 istiyorum 234 işbirliği 234 kamu 234 kocaeli 234 kredi 234 '
        'kullanarak 234 kurum 234 kültürel 234 na 234 nde 234 proje 234 süresi 234 '
        'toplumsal 234 vermek 233 arasındaki 231 dair 231 değer 231 merkez 231 sene 231 '
        'başladı 228 hayır 228 kötü 228 lazım 228 beyaz 225 durum 225 demek 224 başına 222 '
        'asla 220 ederim 220 hava 220 kendine 219 bak 218 deniz 216 ister 216 milyon 216 '
        'onlar 216 s 216 olmaz 214 olun 214 oluyor 214 ses 214 hadi 212 şeyler 212 '
        'altı 211 evde 211 hak 211 izin 211 resmi 211 tarih 211 ana 209 içine 208 k 208 '
        'sonucu 206 te 206 yoktur 206 rağmen 205 çıktı 205 eve 203 hazır 203 mart 203 '
        'et 201 güvenlik 201 oldukça 201 yalnız 201 şeyi 201 ağır 198 iç 198 okul 198 '
        'orta 198 web 198 halde 196 başarılı 194 defa 194 ders 194 ilan 194 onları 194 '
        'ı 194 gel 191 insanların 191 ağustos 189 siyasi 189 dışında 188 elde 188 '
        'adına 187 alanda 187 amerika 187 anabilim 187 araþtýrma 187 araştırma 187 '
        'atatürk 187 aziz 187 başarı 187 başvuru 187 belgesi 187 bilimsel 187 birliği 187 '
        'bölge 187 bölümü 187 dan 187 doğrultuda 187 dönemde 187 ederek 187 edilir 187 '
        'edilmiştir 187 ekim 187 erken 187 eskişehir 187 geniş 187 gerekmektedir 187 '
        'gerçekleştirilen 187 güvenliği 187 hale 187 halinde 187 haziran 187 hizmeti 187 '
        'hukuk 187 ibaresi 187 ilgi 187 ilişkin 187 içerik 187 i̇lk 187 kanununun 187 '
        'kararı 187 kendisi 187 kişiler 187 kýsa 187 meydana 187 milletimizin 187 '
        'milyar 187 müdürü 187 mühendislik 187 mümkün 187 nedenle 187 okundu 187 '
        'olduğuna 187 personel 187 rektörü 187 satış 187 strateji 187 sınav 187 tabii 187 '
        'talep 187 tipi 187 uygulaması 187 vb 187 veri 187 verilir 187 yayınlandı 187 '
        'yaşam 187 yerel 187 yi 187 yönetimi 187 öğrenme 187 ürün 187 ürünlerin 187 al 186 '
        'gol 185 belli 184 halk 184 polis 184 temmuz 184 bey 183 bunların 183 buna 182 '
        'ediyorum 182 gerçekten 182 anne 181 kan 178 savaş 178 dün 175 kaç 174 sıra 172 '
        'yaş 172 dakika 170 istiyor 170 özellikle 170 arada 169 c 169 canlı 169 yolu 169 '
        'sorun 167 video 167 müzik 164 satın 164 tür 164 dört 162 oyun 162 yarın 162 '
        'yere 162 ilçe 161 yaşında 161 işi 159 sabah 158 vardı 158 yaptı 158 ciddi 156 '
        'sayın 156 takım 156 yeri 156 abd 154 niye 154 seviyorum 154 telefon 154 akşam 151 '
        'dahil 151 falan 151 nedir 151 t 151 tv 151 yapıyor 151 ünlü 151 güneş 149 '
        'isteyen 149 kesin 149 mükemmel 149 onların 149 resim 149 sanat 149 uzak 149 '
        'adım 147 edildi 147 neler 147 peki 147 çocuklar 147 etme 144 ortak 144 '
        'ülkenin 144 ak 142 durumu 142 normal 142 kaldı 141 yaklaşık 141 alınan 140 '
        'alır 140 antik 140 açılış 140 bayan 140 baş 140 başkanlığı 140 belirten 140 '
        'bi 140 bireylerin 140 bulunur 140 denetim 140 derneği 140 dersin 140 dönemi 140 '
        'dünyada 140 erdoğan 140 etik 140 etkinlik 140 faaliyetlerini 140 geliştirme 140 '
        'hallerde 140 hizmetleri 140 inci 140 i̇ş 140 kasım 140 konularda 140 kurulan 140 '
        'kurumu 140 merkezinde 140 mevcut 140 paralel 140 sorumlu 140 sunulur 140 '
        'sürecinde 140 tarihinden 140 ulusal 140 verileri 140 yalnızca 140 yapýlan 140 '
        'yapılmaktadır 140 yapılır 140 yasal 140 yılından 140 önceki 140 öðrencilerin 140 '
        'öðretim 140 öğrencilerin 140 ü 140 ücreti 140 alıp 138 bakanı 138 bunları 138 '
        'herkesin 138 n 138 new 138 on 138 sanki 134 bende 128 dedim 128 hayat 128 '
        'musunuz 125 ara 120 at 120 izmir 120 tane 120 the 120 fark 117 boş 114 günlük 114 '
        'rahat 114 yeter 114 benden 112 hepsi 112 maç 112 soru 112 be 110 kendimi 110 '
        'yalan 110 şöyle 110 geç 107 geçti 107 harika 107 kadınlar 107 nisan 107 yılı 107 '
        'süper 104 birini 102 hayal 102 arkadaş 100 bulundu 100 değilim 100 olay 100 '
        'senden 100 tamam 100 şarkı 100 gitti 98 kızı 98 nefret 98 acaba 96 aşk 96 '
        'dolar 96 sanırım 96 öldü 96 cumhurbaşkanı 93 diyor 93 zorunda 93 ölüm 93 adamı 91 '
        'aldığı 91 başında 91 git 91 islam 91 izle 91 neyse 91 onlara 91 sitesi 91 '
        'gerekiyor 89'), _table(
        'a 113279 e 100118 i 92025 l 74065 r 72770 n 71123 k 45703 d 38947 t 37821 m 37032 '
        'ı 33387 s 32176 u 30431 y 27489 o 22281 b 21929 ü 18228 z 13963 g 12738 ý 12724 '
        'v 12175 ş 11640 h 10008 c 9628 ç 9107 p 8811 ö 7981 ğ 7798 f 6109 þ 3927 ð 2477 '
        'j 929 â 408 w 253 î 141 x 127 ä 99 ÿ 70'), (352, 85, 38)),
    'ts': ('latin', _table(
        'ku 54824 hi 39085 ya 34125 na 30620 va 23345 eka 22750 wa 21030 ka 17459 a 17327 '
        'nga 17062 ta 17062 yi 12102 swi 10515 ri 9126 ra 8862 ndzi 8597 xa 7870 swa 7738 '
        'leswaku 6812 leswi 6746 loko 6547 bya 6349 i 5952 leyi 5754 yo 5754 lava 5621 '
        'le 4629 dzonga 4497 u 4497 afrika 4166 hina 3770 khabinete 3439 wana 3439 '
        'vanhu 3241 leri 3174 lowu 3174 nkarhi 3174 ti 3174 ni 3108 vona 3108 wu 3108 '
        'n 2976 wo 2976 mfumo 2711 lembe 2579 xi 2579 kona 2513 misava 2513 emahlweni 2447 '
        'laha 2447 ha 2381 lexi 2381 yena 2315 matimu 2249 mi 2249 no 2182 sungula 2182 '
        'tala 2116 endla 2050 malembe 2050 mina 2050 kambe 1984 ndlela 1984 suka 1984 '
        'munhu 1918 swo 1918 xiyimo 1918 eku 1852 kumbe 1852 lawa 1719 leti 1719 '
        'fanele 1653 rixaka 1653 mhaka 1587 on 1587 to 1587 comments 1521 ikhonomi 1521 '
        'news 1521 nkoka 1521 off 1521 tirha 1521 vaaki 1521 vahlayi 1521 vana 1521 '
        'we 1521 mati 1455 tiko 1455 kahle 1389 lama 1389 matiko 1389 ro 1389 am 1323 '
        'latest 1323 march 1323 naswona 1323 nawu 1323 tlhela 1323 update 1323 yona 1323 '
        'humelela 1257 loyi 1257 swinene 1257 tanihi 1257 endzhaku 1190 loku 1190 '
        'nhluvukiso 1190 tirhisa 1190 vutomi 1190 byi 1124 fika 1124 mintlangu 1124 '
        'ngopfu 1124 siku 1124 dyondzo 1058 fikelela 1058 hosi 1058 kuma 1058 lebyi 1058 '
        'mali 1058 manana 1058 sweswi 1058 swona 1058 vula 1058 yini 1058 antswisa 992 '
        'endliwa 992 gezi 992 karhi 992 nge 992 ntirho 992 swin 992 timhaka 992 '
        'tumbuluxa 992 wona 992 amukela 926 khensa 926 ko 926 kota 926 kutani 926 '
        'mabindzu 926 marito 926 mitirho 926 ndzawulo 926 se 926 tiyisisa 926 wina 926 '
        'ehansi 860 nhlangano 860 rihanyo 860 tani 860 teka 860 tshama 860 van 860 '
        'vavasati 860 xikwembu 860 xiphemu 860 yin 860 byo 794 ehenhla 794 henhla 794 '
        'hinkwaswo 794 hinkwavo 794 hinkwayo 794 jelani 794 la 794 mintirho 794 '
        'nakambe 794 phuresidente 794 vunanga 794 xipano 794 hambi 727 hikuva 727 '
        'hlangana 727 huma 727 hundza 727 kasi 727 komba 727 kungu 727 matirhelo 727 '
        'swilo 727 taka 727 timali 727 un 727 wena 727 xandla 727 xo 727 yesu 727 '
        'eafrika 661 faneleke 661 hikokwalaho 661 kombela 661 ma 661 mani 661 mayelana 661 '
        'minkarhi 661 mutshamaxitulu 661 ndhawu 661 ntlangu 661 nyika 661 rhandza 661 '
        'ririmi 661 seketela 661 switirhisiwa 661 tirhisiwa 661 vatsonga 661 '
        'vukorhokeri 661 amukerile 595 katsa 595 khale 595 lo 595 ntiyiso 595 ntsena 595 '
        'pfuna 595 tatana 595 thekinoloji 595 tiphurojeke 595 tiya 595 tlula 595 twa 595 '
        'vulavula 595 aka 529 etikweni 529 fana 529 hinkwaro 529 kaya 529 kombisa 529 '
        'kumeka 529 languta 529 matimba 529 milawu 529 muhlonipheki 529 munghana 529 '
        'nawumbisi 529 nhlayo 529 ntirhisano 529 sukela 529 swikolo 529 swiyimo 529 '
        'tano 529 tidyondzo 529 tindhawu 529 tiva 529 tsakela 529 vuvekisi 529 yisa 529 '
        'antswa 463 chiefs 463 cinca 463 engetela 463 hambana 463 hambiswiritano 463 '
        'handle 463 hela 463 hinkwawo 463 hlaya 463 khoma 463 landzelela 463 mahungu 463 '
        'makungu 463 man 463 mbuyelo 463 muyimbeleri 463 namuntlha 463 ndza 463 '
        'nongonoko 463 pfhumba 463 pfumela 463 rhula 463 rito 463 sala 463 sayense 463 '
        'simekiwa 463 tikweni 463 tin 463 tlhelo 463 tumbuluxiwa 463 vo 463 vufambisi 463 '
        'vuhlayiseki 463 vumaki 463 vuyimbeleri 463 wi 463 xana 463 yindlu 463 zuma 463 '
        'aug 397 bindzu 397 chippa 397 ekapa 397 ekaya 397 fikela 397 hava 397 '
        'hetiseka 397 hiv 397 holobye 397 hoxa 397 kotile 397 kreste 397 kula 397 '
        'maafrika 397 mabiliyoni 397 mafambiselo 397 masiku 397 mbilu 397 mimfumo 397 '
        'nghenelela 397 ntlhanu 397 phurogireme 397 rhumela 397 ringana 397 rona 397 '
        'swakudya 397 swiboho 397 swiyenge 397 tika 397 tisa 397 tiyisela 397 tona 397 '
        'united 397 vone 397 vusirheleri 397 vuxokoxoko 397 wani 397 wini 397 xipikara 397 '
        'xiyenge 397 xona 397 ehandle 331 enhlokweni 331 famba 331 fambisana 331 '
        'foramu 331 fungha 331 gondzo 331 hansi 331 hinkwato 331 hinkwerhu 331 '
        'hlanganisa 331 hundzeke 331 jaha 331 kaizer 331 khapu 331 kumekaka 331 kuri 331 '
        'landzelaka 331 lavaka 331 macheleni 331 mamiliyoni 331 masungulo 331 '
        'matshalatshala 331 mavandla 331 mbhasiso 331 mbulavulo 331 medupi 331 mfanelo 331 '
        'miganga 331 miliyoni 331 mo 331 moya 331 ndzhawu 331 nghena 331 ngoveni 331 '
        'nyikela 331 olova 331 pholisi 331 pirates 331 riki 331 sungurile 331 swirho 331 '
        'thoriwa 331 tibuku 331 tihakelo 331 tinyungubyisa 331 tirhana 331 tivisa 331 '
        'tlakusa 331 tlanga 331 tlangela 331 tsala 331 tshemba 331 vavi 331 vu 331 '
        'vulawuri 331 vumbirhi 331 vumbiwa 331 vuriwa 331 xikarhi 331 ximfumo 331 '
        'xiviko 331 xiyimbeleri 331 yexe 331 dokodela 265 ke 265 nhluvuko 265 pasisile 265 '
        'rhurhela 265 tivisiwa 265 vulavisisi 265 yisiwa 265'), _table(
        'a 168182 i 106017 n 76474 e 70317 k 59970 l 56165 u 54313 h 48298 o 45249 m 39263 '
        't 38265 s 38208 w 35030 y 27591 r 24570 v 23301 g 16218 d 15648 b 14822 x 10689 '
        'z 8864 f 8708 p 7995 c 4190 j 1468 q 185'), (695, 78, 52)),
    'uk': ('cyrillic', _table(
        'і 21784 в 20446 на 20339 у 16879 не 16826 з 16334 що 11754 та 10578 до 9944 '
        'а 7658 за 7186 це 6483 про 5458 я 5398 як 5356 для 5320 від 4396 й 3723 його 3566 '
        'але 3539 так 3388 він 3215 є 3000 то 2787 україни 2711 по 2385 із 2324 які 2257 '
        'тому 2228 її 2134 ми 2119 ще 2068 все 2065 чи 1997 вони 1993 якщо 1991 коли 1968 '
        'або 1966 може 1910 ж 1903 їх 1842 щоб 1826 року 1729 було 1709 ви 1676 час 1674 '
        'після 1653 цього 1593 також 1547 вже 1543 р 1523 вона 1511 був 1492 під 1451 '
        'того 1451 дуже 1437 який 1437 хто 1355 тут 1336 лише 1334 тільки 1320 має 1259 '
        'всі 1245 де 1245 ти 1228 мене 1211 с 1208 бути 1200 через 1181 яка 1175 '
        'років 1150 були 1115 при 1105 бо 1103 б 1101 можна 1101 мені 1097 буде 1094 '
        'просто 1086 те 1073 зі 1067 ні 1056 там 1056 без 986 цей 928 них 908 м 905 '
        'нас 905 більше 903 життя 898 була 878 навіть 871 треба 866 саме 858 ну 857 '
        'щодо 845 той 801 себе 794 україні 789 інших 781 людей 756 собі 729 свою 727 '
        'ст 725 день 710 яких 710 тоді 701 цьому 701 чому 699 можуть 694 будь 682 вас 678 '
        'багато 677 проти 663 люди 654 інші 649 сьогодні 638 якого 635 о 633 нього 625 '
        'вам 619 один 619 тобто 614 одного 612 потрібно 612 п 607 свої 597 цих 595 '
        'рішення 592 ось 590 такі 587 ці 585 зараз 583 році 578 сша 577 над 576 тим 576 '
        'немає 574 йому 571 таке 571 питання 570 об 567 ті 560 от 558 неї 556 разом 552 '
        'між 545 своїх 534 перед 529 дітей 525 всіх 524 чого 524 роботи 521 щось 521 '
        'людини 516 тепер 501 три 497 завжди 491 краще 487 цієї 485 ним 478 уже 478 би 477 '
        'поки 474 свій 470 діяльності 469 ніж 464 раз 464 права 457 кожен 456 и 454 '
        'такий 450 рік 449 якому 449 потім 446 хоча 446 собою 443 хоче 442 проте 438 '
        'мають 434 серед 434 нам 433 добре 429 право 428 значення 426 пам 426 свого 426 '
        'області 425 міста 423 осіб 423 української 423 яку 422 україна 418 двох 414 '
        'же 410 крім 410 роки 410 хоч 409 біля 406 ця 403 нічого 401 наприклад 398 '
        'часу 398 досить 391 якої 384 інформації 384 завдяки 379 сам 379 необхідно 378 '
        'ради 378 тебе 378 зокрема 377 мати 377 участь 376 виконання 375 більш 371 '
        'росії 370 тобі 370 х 368 кого 367 людина 367 тих 367 яке 367 початку 363 '
        'варто 362 перший 350 однак 346 проект 343 два 342 майже 341 протягом 340 '
        'навчання 338 боку 336 гроші 336 повинен 334 голова 333 повинні 333 н 332 '
        'світу 332 зміни 329 країни 328 скільки 328 чином 327 народу 325 слово 325 дві 324 '
        'речі 324 системи 324 використання 323 теж 322 особливо 321 влади 319 травня 318 '
        'часто 315 зробити 313 нові 312 далі 311 світі 309 воно 307 створення 304 '
        'українського 304 цим 304 дня 303 організації 301 закон 299 слова 296 будуть 294 '
        'відбувається 294 війни 294 знає 294 період 294 їм 294 мало 291 думаю 289 зв 289 '
        'кожного 289 новий 289 вересня 286 держави 286 більшість 285 району 285 стали 285 '
        'дитина 284 дослідження 284 завдання 284 освіти 284 основі 284 пов 284 '
        'положення 284 поняття 284 своєю 284 церкви 284 мови 283 моя 283 українців 283 '
        'українці 282 одна 281 правда 281 така 281 таким 281 території 281 голови 279 '
        'робота 278 дій 276 місце 276 ніхто 276 державного 274 першого 274 раніше 273 '
        'кілька 272 нова 272 своє 270 всім 267 зовсім 267 сама 267 сил 267 знову 266 '
        'ніколи 266 хочу 266 звичайно 264 мав 264 населення 264 групи 262 дякую 262 '
        'дії 262 києва 262 різних 262 володимир 256 знаю 256 оскільки 256 партії 256 '
        'питань 256 деякі 254 новини 254 російської 254 статті 254 грн 251 к 251 куди 251 '
        'наш 249 розвитку 249 усіх 249 влада 246 дійсно 246 зробив 246 типу 246 '
        'україну 246 стала 244 числі 244 здоров 242 громадян 239 діяльність 239 згідно 239 '
        'липня 239 менше 239 своїм 239 став 239 частини 239 відповідно 237 можу 237 '
        'мій 237 самі 237 хай 237 цю 237 цій 237 дитини 236 зобов 236 києві 236 понад 236 '
        'процес 236 роль 236 систему 236 складається 236 спосіб 236 усі 236 учнів 236 '
        'форм 236 формування 236 чотири 236 широко 236 випадку 235 допомогою 235 жаль 235 '
        'жити 235 голову 233 трохи 233 нема 232 порядку 231 історії 229 лютого 226 дні 225 '
        'кількість 225 сказав 225 складу 225 український 225 існує 225 хтось 221 '
        'закону 220 землі 220 особи 220 тис 220 єс 220 управління 217 частина 217 якби 217 '
        'справи 215 шо 214 близько 213 взагалі 213 безпеки 212 днів 212 здається 212 '
        'можливість 212 усе 212 чоловік 212 якій 212 місто 209 одне 209 таки 209 яким 209 '
        'армії 207 ними 207 працює 207 проблеми 207 мовою 204 робити 204 світ 204 '
        'березня 202 київ 202 наші 202 одним 202 роботу 202 суд 202 українських 202 їй 202 '
        'г 199 районі 199 спочатку 199 млн 198 можливо 198 президента 198 українські 198 '
        'гривень 195 знати 195 квітня 195 язку 195 аби 192 повністю 192 сайті 192 сили 192 '
        'наших 191 е 190 багатьох 189 власності 189 власної 189 галузі 189 говорити 189 '
        'групою 189 дисципліни 189 жінка 189 класів 189 кожна 189 літератури 189 майно 189 '
        'маленький 189 метою 189 можливості 189 молоді 189 основні 189 особа 189 праці 189 '
        'пізніше 189 радіо 189 роках 189 рівень 189 свободи 189 своїми 189 слов 189 '
        'стільки 189 творчості 189 тіло 189 уваги 189 умовах 189 учасників 189 форма 189 '
        'ю 189 інший 189 іншого 189 великий 188 колись 188 нових 188 події 188 '
        'політики 188 різні 188 стати 188 такого 188 швидко 188 відео 186 доларів 184 '
        'другий 182 прав 182 руки 182 серпня 182 сказати 182 таких 182 тож 182 чим 182 '
        'аж 180 йде 180 разів 180 тисяч 179 важко 178 порошенко 178 якось 178 автор 176 '
        'вся 176 мої 170 т 167 історія 167 президент 166 знайти 164 маю 164 список 164 '
        'всього 162 наша 157 діти 154 українська 154 цікаво 154 каже 152 місця 152 что 151 '
        'країн 149 культури 149 справа 149 буду 148 рада 148 польщі 147 проведення 147 '
        'трьох 147 вперше 145 місці 145 служби 145 школи 145 всю 143 насправді 143 син 143 '
        'система 143 скоро 143 слава 143 аналіз 142 аналізу 142 брав 142 випадках 142 '
        'включення 142 відомо 142 відповіді 142 віри 142 головне 142 груп 142 д 142 '
        'декілька 142 державні 142 десятки 142 дитину 142 додаткових 142 друге 142 '
        'думку 142 душа 142 законодавства 142 засобів 142 захист 142 заходів 142 '
        'знання 142 зрозуміло 142 каміння 142 комісії 142 мала 142 мірою 142 місцях 142 '
        'найбільш 142 обміну 142 обов 142 одній 142 опинилися 142 основи 142 '
        'парламенту 142 певну 142 попереднього 142 правило 142 програма 142 продукції 142 '
        'проекту 142 результаті 142 роботі 142 ряд 142 ситуації 142 соціального 142 '
        'увагу 142 фонду 142 характер 142 якими 142 якісь 142 ять 142 європейських 142 '
        'інтернет 142 іншою 142 го 141 народився 140 справді 140 справ 138 суду 138 '
        'ігор 138 імені 138 державної 136 мали 136 ї 136 ваш 134 давайте 134 десь 134 '
        'разу 134 січня 134 точно 134 велика 132 весь 132 кінця 132 міг 132 працювати 132 '
        'рф 132 води 130 жовтня 130 львів 130 народ 130 нашого 130 повинна 130 звісно 128 '
        'потрібна 128 завтра 122 нового 122 олександр 122 давно 120 місті 120 мова 117 '
        'криму 114 росія 114 можете 112 одну 112 подобається 112 сбу 112 часом 112 это 112 '
        'люблю 110 стало 110 фото 110 центр 110 да 107 компанії 107 європи 107 мабуть 104 '
        'нехай 104 но 102 вулиці 100 правильно 100 розумію 100 бачив 98 ласка 98 '
        'отримав 98 хіба 98 війна 96 говорить 96 національної 96 своєї 96 ато 93 досі 93 '
        'верховної 91 момент 91 сайт 91 как 89 кому 89 міністр 89 навіщо 89 сергій 89 '
        'словами 89 вибори 87 замість 87 заявив 87 знаєте 87 країні 87 туди 87 '
        'інформація 87 кажуть 85 пішов 85 тощо 85 фільм 85 хочуть 85 бачу 83 будемо 83 '
        'могли 83 посилання 83 інформацію 83 дані 81'), _table(
        'о 96196 а 79515 н 73546 и 62125 і 60286 т 53639 в 52494 р 49381 е 45654 с 43654 '
        'к 37201 л 34926 у 34232 д 33039 м 29667 п 29635 я 23037 з 21246 ь 17503 г 15922 '
        'б 14793 ч 12567 й 11712 х 11422 ц 9921 ю 9470 ж 9050 ї 7776 ш 6566 є 6275 щ 4162 '
        'ф 3130 ы 145 ґ 97'), (419, 85, 42)),
    'ur': ('arabic', _table(
        'کے 40115 کی 31495 میں 29945 ہے 27753 اور 21639 سے 20080 کا 17634 کو 16009 '
        'اس 14029 نے 11903 ہیں 10597 پر 10272 کہ 9219 بھی 7989 یہ 7670 ایک 7266 کر 6553 '
        'نہیں 6135 ان 5916 کیا 5280 تو 5065 تھا 4595 وہ 4464 کرنے 4171 ہو 4056 جو 3957 '
        'ہی 3714 اپنے 3543 تھے 3244 و 3171 جس 3067 بات 2777 نہ 2751 گیا 2751 لیے 2707 '
        'آپ 2551 جب 2444 ساتھ 2342 وقت 2196 تھی 2146 بعد 1959 کوئی 1959 کہا 1956 اللہ 1945 '
        'رہے 1938 تک 1924 ہوئے 1891 لئے 1831 پاکستان 1802 کسی 1791 اگر 1788 دیا 1778 '
        'یا 1766 گا 1753 ہم 1753 کراچی 1727 لیگ 1711 اب 1704 ہونے 1693 والے 1689 گے 1671 '
        'ملاقات 1653 انہوں 1636 جائے 1546 وزیر 1543 سب 1503 اپنی 1495 دو 1484 بلاول 1456 '
        'زرداری 1456 کمانڈر 1456 کور 1456 حکومت 1453 طرح 1453 گئی 1451 بہت 1440 کچھ 1440 '
        'بھارت 1431 کرتے 1423 رہا 1390 لیکن 1386 کام 1375 پھر 1373 ہوا 1368 ہوں 1293 '
        'ہر 1291 ملک 1246 گرفتار 1244 طور 1230 گی 1230 لوگوں 1225 اسی 1217 پی 1201 '
        'آئے 1199 کرنا 1196 اعظم 1194 اردو 1163 گئے 1151 سال 1136 زیادہ 1135 دنیا 1126 '
        'رہی 1126 اسے 1120 ہوتا 1120 ہندوستان 1106 صرف 1081 مطالبہ 1076 والی 1071 بی 1036 '
        'خلاف 1036 جنرل 1030 افراد 1017 ملزمان 1013 پہلے 1011 بے 1010 جا 1004 چاہتا 996 '
        'ہوتی 995 دی 985 اسرائیل 981 انھوں 981 کم 981 جن 962 لوگ 953 خود 952 مردہ 949 '
        'کریں 948 مطابق 940 نظر 932 آج 921 واپسی 918 جہاں 910 ہوئی 908 تمام 900 دے 898 '
        'پیش 896 آئی 891 اسلام 890 زندہ 886 فوجیوں 886 مشعل 886 یرغمالی 886 نام 860 اے 859 '
        'سی 854 م 854 دن 847 جاتا 845 کرتا 840 انہیں 829 حاصل 816 طرف 799 مگر 795 سنہ 791 '
        'کئی 776 مشرف 759 پرویز 759 وجہ 751 کیلئے 751 خان 750 بن 747 کبھی 738 شروع 734 '
        'محمد 730 جاری 725 سامنے 725 استعمال 723 صاحب 720 پارٹی 713 ڈاکٹر 709 شامل 701 '
        'عوام 696 دور 694 دینے 692 اہم 686 ایس 683 پیدا 679 بڑی 674 یہاں 671 ایسے 662 '
        'دوسرے 642 جانے 639 بلکہ 638 ہمارے 638 تین 636 ہمیں 636 تعلیم 635 دوسری 635 جے 633 '
        'لے 627 زندگی 615 امریکہ 611 مزید 608 سکتا 607 اپنا 600 غیر 599 قائم 593 ٹی 593 '
        'جاتی 586 دیں 579 مختلف 579 جانب 569 دوران 569 عمل 567 عام 566 تھیں 561 پاس 560 '
        'کرے 560 ترقی 553 موقع 553 لیا 552 جواب 550 والوں 550 سیاسی 545 ہزار 543 پولیس 537 '
        'ہوگا 537 امریکی 534 کرتی 530 علی 529 جبکہ 524 شخص 523 آباد 520 مجھے 520 ایسی 515 '
        'بنانے 515 مسلمانوں 514 ہاتھ 508 شہر 498 علم 498 کیے 498 مسلم 497 کیونکہ 497 '
        'بچوں 490 یہی 490 تم 489 میرے 489 نظام 488 پوری 488 اسلامی 484 ایسا 484 شاہ 484 '
        'موجود 481 گھر 481 سیاست 479 سوال 478 دہلی 477 بار 467 صدر 467 والا 465 تحریک 458 '
        'فلم 458 فیصلہ 458 ممالک 457 احمد 456 بہتر 450 ہوتے 450 جاتے 446 کتاب 445 بھر 443 '
        'آیا 440 اسمبلی 439 ایم 439 درمیان 439 چیز 436 کار 435 کہتے 435 ضرورت 430 جی 429 '
        'میڈیا 429 ہماری 429 چاہیے 425 مل 421 وہاں 421 حال 419 مولانا 419 کوشش 419 سو 418 '
        'عمر 418 تیار 416 ریاست 411 میل 411 ناک 411 وسلم 411 کان 411 اعلان 408 قبل 408 '
        'کہنا 405 رکھا 404 ثابت 403 علاوہ 403 قتل 403 قوم 403 قومی 402 پانی 399 کس 398 '
        'دل 395 یعنی 395 یونیورسٹی 394 بنا 389 جائیں 389 زبان 389 سکے 389 میری 389 '
        'کرکے 384 حضرت 382 لگا 382 غبارہ 380 ممبئی 380 ہوگی 380 پاکستانی 378 بند 376 '
        'صحیح 376 کل 376 سرکاری 373 بڑا 372 دونوں 372 ابھی 371 جیسے 370 خاص 367 آ 366 '
        'حق 366 الزام 363 روپے 363 این 362 دیتے 362 شریف 362 حصہ 361 انسان 357 فوج 357 '
        'چند 356 آنے 353 بیان 353 دیگر 351 انتخابات 344 تعداد 344 دیکھا 344 علیہ 344 '
        'آف 340 بڑے 340 تاریخ 340 ختم 340 عالمی 340 کیوں 340 ادارے 339 خدا 338 پنجاب 338 '
        'بارے 335 اندر 334 خبر 331 رپورٹ 331 خیال 328 تحت 327 قرار 327 تعلق 326 رات 324 '
        'ترین 321 جان 321 سر 321 مکمل 321 زیر 318 ٹیم 317 روز 316 مودی 316 واقعات 316 '
        'آتا 315 نواز 313 یاد 313 ذکر 309 مدد 309 امام 308 عرب 304 چاہئے 304 جنگ 303 '
        'حسین 303 قرآن 303 انسانی 302 بنیادی 302 علاقے 300 غلط 299 ہمارا 299 دیکھ 298 '
        'سکتے 297 ایران 296 قریب 296 چاہتے 296 کردیا 296 جلد 294 ذریعہ 294 فیصد 294 '
        'مقام 290 کمپنی 290 زخمی 287 پانچ 287 رسول 285 پروگرام 285 اصل 284 کامیاب 284 '
        'ا 281 دینا 281 ضروری 281 آزاد 278 اعلی 278 قانون 278 محبت 278 نئی 278 ہمیشہ 278 '
        'جماعت 277 عدالت 277 ڈی 277 تاہم 276 جگہ 276 کردار 276 حکم 275 متعلق 274 '
        'مسلمان 274 خواتین 272 شیخ 272 وغیرہ 271 پہنچ 270 کامیابی 270 الیکشن 268 عظیم 268 '
        'لاہور 268 موجودہ 268 کہیں 268 صلی 267 حد 263 حیثیت 263 ہلاک 263 لگے 261 حقوق 260 '
        'راہ 260 انصاف 258 بنیاد 258 کانفرنس 258 رہ 257 زمین 257 الله 256 الگ 256 آغاز 255 '
        'آپ 253 برطانیہ 253 بچے 253 تحقیق 253 حمایت 253 خدمات 253 دیتا 253 سمیت 253 '
        'مرکز 253 نوجوان 253 سید 252 لاکھ 252 عمران 251 آزادی 249 بس 249 رکھنے 249 '
        'صورت 249 لکھا 249 باقی 247 رکھتے 247 اختیار 246 بھارتی 246 تعالی 245 کشمیر 245 '
        'رہیں 244 سفر 244 ملا 244 آگے 242 بغیر 239 بنایا 239 سکتی 239 شام 239 نئے 239 '
        'پہلی 237 وہی 236 ادا 232 خوش 231 ضلع 231 امن 229 تاکہ 229 جمع 229 مرکزی 229 '
        'آدمی 227 اتنا 227 اظہار 227 معلوم 227 ڈالر 227 دہشت 226 ن 226 لیں 225 او 223 '
        'موت 223 باوجود 222 جناب 222 دس 222 دیکھنے 222 فراہم 222 قوت 222 معاملے 222 '
        'وہیں 222 پور 222 چیف 222 ں 222 ہونا 222 متحدہ 220 باہر 218 دار 218 پاک 218 '
        'آخری 217 عالم 217 وی 217 پورا 217 درخواست 215 ضرور 215 چھوڑ 215 اجلاس 212 بین 212 '
        'جسے 211 کہہ 211 پورے 209 چار 209 عليه 208 وزیراعظم 208 اہل 207 سعودی 207 شمار 207 '
        'پیچھے 207 آخر 204 تعمیر 204 دوست 204 سطح 204 قسم 204 ایمان 202 سن 202 قیام 202 '
        'واپس 201 حقیقت 199 دین 199 صاف 199 فوجی 198 باتیں 195 بڑھ 195 تا 195 خون 195 '
        'فرمایا 195 ڈال 195 بھائی 192 ادب 190 انتہائی 190 انجام 190 بتایا 190 تجارت 190 '
        'جھانسی 190 داری 190 دھماکوں 190 ساؤتھمپٹن 190 شائع 190 طریقہ 190 علاج 190 ماہ 190 '
        'مقصد 190 میدان 190 میرا 190 میمن 190 نتائج 190 نقصان 190 نیا 190 پس 190 پھلا 190 '
        'پھلانے 190 کانگریس 190 کروڑ 190 کمی 190 کوریا 190 گزشتہ 190 یعقوب 190 آر 186 '
        'رکھ 186 چین 186 تر 183 ذرائع 183 عورت 183 ہوگیا 183 آواز 180 حالات 180 ذریعے 180 '
        'سمجھ 180 مسجد 180 مشکل 180 بعض 179 اچھی 178 نا 178 آتے 175 جیسا 175 کمیٹی 175 '
        'اقبال 173 نماز 173 کرو 173 کیسے 173 تعلقات 170 دوبارہ 170 قبول 170 از 168 '
        'واقع 168 افغانستان 166 جسٹس 166 علاقوں 166 فی 166 کورٹ 166 آتی 165 تمہارے 163 '
        'لینے 163 وطن 163 ووٹ 163 پسند 163 چکے 163 یقین 163 سندھ 162 اکثر 161 سلسلہ 160 '
        'اضافہ 158 تنظیم 158 جوہری 158 سوار 158 صورتحال 158 عنوان 158 فکر 158 لیتے 158 '
        'مار 158 مالی 158 مصروف 158 معاملہ 158 منعقد 158 نریندر 158 نشان 158 نوجوانوں 158 '
        'چھ 158 شادی 154 ہاں 154 حملہ 152 نیوز 152 ابن 149 بہترین 146 کیس 146 السلام 144 '
        'کافی 144 سزا 141 عوامی 139 نمبر 139 کمیشن 139 ایل 136 میچ 136 ماں 134 مقامی 134 '
        'کرکٹ 134 ظاہر 132 لی 132 میاں 132 تقسیم 129 رنگ 129 قابل 128 حدیث 125 حسن 125 '
        'صلى 120 گردی 120 سپریم 117 کون 117 نبی 114 چکا 114 یوں 114 جانا 112 خاندان 112 '
        'تقریبا 110 بجائے 107 تفصیلات 107 دعا 107 ملکی 107 الفاظ 104 خواجہ 104 مارچ 104 '
        'مجھ 104 مذہبی 104 قیادت 100 چوہدری 100'), _table(
        'ا 129724 ی 101143 ر 70465 ک 66759 و 61584 ن 53159 ہ 52215 ے 50834 م 50799 ت 37933 '
        'ل 36447 س 36028 ب 26710 د 26273 ں 23861 ج 16572 پ 15837 ھ 15698 ع 12009 گ 11904 '
        'ق 10418 ئ 10121 ز 10069 ف 9667 ش 9195 ح 7220 چ 6188 ٹ 5961 خ 5629 ص 4772 ط 4248 '
        'آ 4003 ڈ 3531 غ 2325 ظ 2238 ڑ 2063 ض 1713 ذ 1259 ث 1101 ؤ 420 ه 420 ي 332 ء 262 '
        'ى 227 ۓ 227 ك 122 ﷲ 87 ـ 52 ﺅ 52'), (651, 99, 58)),
    'vi': ('latin', _table(
        'là 14735 và 14034 có 12773 của 12684 các 11103 được 9125 một 8248 cho 8161 '
        'không 8091 trong 7852 với 6971 người 6458 những 6077 để 5623 đã 5012 này 4943 '
        'thể 4711 công 4552 ở 4486 đến 4189 khi 4117 học 3953 như 3900 ra 3694 về 3636 '
        'bạn 3618 đó 3496 sẽ 3461 làm 3423 từ 3378 tại 3276 nhà 3216 sự 3155 thành 3138 '
        'vào 3135 việc 3131 hiện 3119 chỉ 3099 chính 3085 đầu 3079 phải 3037 động 3002 '
        'cũng 2956 năm 2850 lại 2765 trên 2715 bị 2704 điều 2671 sinh 2652 thực 2644 '
        'tôi 2600 số 2585 ngày 2530 nhất 2458 đồng 2452 họ 2443 mà 2412 hàng 2395 '
        'nhiều 2346 hội 2341 còn 2335 hơn 2316 trường 2309 bộ 2283 chúng 2283 định 2273 '
        'nước 2261 theo 2258 thế 2255 thì 2245 cần 2235 nhưng 2225 phát 2224 nam 2199 '
        'viên 2159 hợp 2146 gia 2144 mình 2088 thời 2064 nhân 2061 thông 2058 ông 2058 '
        'kết 2051 hành 2030 đây 1986 con 1983 cơ 1980 dân 1968 quốc 1944 quan 1937 '
        'rất 1919 bản 1913 xuất 1900 việt 1897 sau 1896 dụng 1885 nên 1880 sản 1877 '
        'đại 1874 lý 1858 đi 1808 hình 1780 trình 1768 cao 1754 chủ 1752 tin 1735 do 1730 '
        'chức 1725 trung 1722 nghiệp 1699 lượng 1695 sử 1686 anh 1678 cả 1638 nhận 1627 '
        'khác 1599 biết 1584 pháp 1580 đang 1548 tế 1544 độ 1528 giải 1523 cấp 1516 '
        'mới 1510 phần 1510 tốt 1504 vì 1502 bằng 1493 điểm 1490 hay 1488 cầu 1484 '
        'tạo 1472 năng 1471 nói 1468 cách 1462 bảo 1452 giá 1447 qua 1447 ta 1445 vụ 1445 '
        'văn 1434 cùng 1428 giới 1424 đường 1418 tư 1407 nếu 1405 quá 1377 nào 1373 '
        'nó 1371 tự 1371 giúp 1339 tập 1337 hoặc 1334 tác 1327 hai 1326 vẫn 1324 tổ 1316 '
        'bên 1314 lớn 1309 trước 1294 thị 1282 thường 1281 lực 1274 tính 1269 toàn 1266 '
        'yêu 1266 lên 1259 vị 1252 đối 1244 kinh 1238 thi 1232 ngoài 1215 cảm 1200 '
        'dùng 1197 bình 1183 ý 1177 em 1175 hệ 1173 giáo 1171 loại 1171 thức 1160 '
        'thống 1158 tài 1156 quả 1155 triển 1148 hiệu 1147 thứ 1143 máy 1138 khách 1130 '
        'tiếp 1130 thấy 1129 nay 1121 liên 1119 địa 1118 kỳ 1111 tình 1110 dự 1108 '
        'thu 1108 cuộc 1100 hóa 1093 trị 1090 gì 1087 trang 1082 tâm 1082 ban 1077 '
        'tháng 1074 ăn 1074 tham 1071 đề 1064 tới 1061 thích 1058 xã 1049 đổi 1040 '
        'hoa 1039 mặt 1037 khu 1032 sống 1031 trở 1025 phẩm 1024 chế 1020 nguyên 1011 '
        'an 1009 minh 1005 quy 1004 sở 1002 hoạt 999 quyền 999 phương 994 nội 992 nơi 991 '
        'quyết 984 hướng 983 thủ 982 ảnh 977 muốn 976 báo 973 chất 973 doanh 972 thiết 971 '
        'cô 964 xe 964 sách 953 vậy 950 tỉnh 945 tay 941 tích 938 hoàn 935 đất 934 '
        'tiền 926 nhau 922 tên 922 nhiệm 919 chiến 911 vực 907 bán 901 đặc 900 tìm 896 '
        'chương 893 trọng 893 lần 886 sáng 886 bất 883 rằng 880 bao 871 mỹ 871 hà 862 '
        'giờ 855 truyền 851 chọn 850 xây 850 phòng 845 đơn 841 biến 838 cái 828 dựng 828 '
        'khó 828 chưa 827 bà 813 bài 813 bắt 811 dẫn 802 tiêu 802 đủ 802 đẹp 798 trẻ 796 '
        'đều 795 chi 794 lưu 787 diện 786 ty 786 tổng 786 cổ 782 nghệ 782 bệnh 778 '
        'dịch 778 gọi 778 lịch 777 mẹ 777 điện 777 vấn 775 đạo 769 thật 768 cảnh 762 '
        'đoàn 762 hết 759 viết 759 chuyển 758 nhiên 755 giao 753 thanh 751 tiếng 750 '
        'phố 749 đánh 749 rồi 744 từng 743 du 741 gian 740 hữu 740 tiên 740 kiện 736 '
        'kế 735 chiếc 732 nhỏ 732 lúc 731 bởi 730 phân 730 thêm 727 hồ 725 tuổi 725 '
        'thương 718 hãy 713 mang 711 xác 711 mạnh 706 vi 703 tượng 700 nhật 699 ứng 697 '
        'chú 695 lập 693 cứu 691 tăng 691 hạn 690 mọi 689 biệt 687 khoảng 687 lời 685 '
        'trí 685 chứng 684 nguồn 684 thay 684 gần 683 nữ 676 cộng 673 đưa 667 đấu 667 '
        'vật 666 giữa 664 hiểu 664 xem 661 sao 658 sĩ 658 ai 656 sát 655 tra 655 đúng 655 '
        'diễn 651 sức 648 vệ 648 thuật 647 ngay 640 tinh 640 vừa 640 gây 639 cứ 636 ba 635 '
        'án 635 thuộc 629 thư 629 đông 629 đội 624 luôn 620 biểu 617 cung 614 danh 614 '
        'nhìn 612 chí 608 dù 608 khoa 607 ký 607 quản 606 rộng 606 phạm 602 trợ 602 '
        'hỏi 600 kiểm 600 môi 598 dưới 596 bay 593 cá 593 phục 593 vui 590 chơi 588 '
        'trưởng 586 đặt 586 yếu 584 nghe 580 tục 578 bàn 575 dài 573 dễ 569 bỏ 565 '
        'cuối 565 liệu 565 lấy 565 nghĩa 565 phong 565 bố 564 mục 560 nữa 560 mất 559 '
        'hòa 558 cây 557 luật 557 nhập 556 nhanh 555 tất 555 nghị 551 chuẩn 547 mỗi 547 '
        'tưởng 546 tiến 540 vận 540 cửa 538 khai 538 kỹ 538 phụ 538 tranh 537 trực 537 '
        'dục 534 kiến 534 câu 532 lợi 527 nghiệm 527 màu 525 chị 524 vô 521 quảng 519 '
        'đạt 519 tử 518 cố 517 mở 517 mua 515 nghiên 514 giả 512 mắt 512 thân 505 đức 505 '
        'phí 500 quân 496 thiên 496 tương 496 chung 495 giữ 491 đoạn 477 đồ 477 chuyện 475 '
        'nổi 475 viện 475 âm 475 triệu 473 giảm 472 quý 472 tiết 472 bé 469 chống 468 '
        'nguyễn 468 nhạc 468 hồng 464 đảng 464 hải 462 đình 454 xin 451 vòng 449 thần 447 '
        'bóng 445 cáo 444 giám 444 lớp 444 sân 444 rõ 442 mặc 440 sắc 436 phía 434 '
        'kích 431 nhóm 431 thuốc 431 gồm 429 đêm 429 phủ 428 cập 427 đào 427 trái 426 '
        'trời 426 vùng 423 hạ 421 bắc 418 lòng 418 trả 417 cạnh 416 khuyến 416 đăng 416 '
        'mạng 413 biển 412 duy 412 phép 412 lãnh 408 phá 408 đá 408 chắc 406 ấy 406 '
        'chia 404 in 401 hưởng 400 chân 395 lâu 395 tây 395 xuống 395 ít 395 gặp 392 '
        'thái 392 chụp 389 long 389 lễ 389 tiểu 389 phim 385 huyện 384 dạng 380 hôm 380 '
        'sơn 378 chịu 373 khả 372 đời 371 khí 368 nằm 362 lĩnh 361 thưởng 361 thủy 361 '
        'chết 357 cư 357 tàu 357 y 357 hoàng 356 kiếm 353 đóng 353 di 351 khiến 348 hộ 347 '
        'xa 347 kể 345 ngủ 344 tuy 343 đàn 342 độc 342 ca 340 chạy 340 quận 340 sư 340 '
        'đáng 340 tối 337 giống 334 càng 333 ghi 333 mô 333 mùa 333 ngành 333 trách 333 '
        'trồng 333 tuyệt 333 tố 333 hậu 329 lệ 329 trần 329 nghĩ 328 đa 325 kim 320 '
        'đôi 320 bác 317 sang 315 chẳng 310 trận 310 vũ 310 a 307 gái 306 chiều 305 '
        'đâu 292 nhớ 289 trai 289 ngoại 287 nhiệt 287 dương 278 the 278 trò 278 uống 269 '
        'đô 269 tuần 265 vài 265 nhé 261 đau 255 chúa 246 châu 228 i 178'), _table(
        'n 121631 h 96907 c 65974 t 65508 i 57615 g 55657 a 28912 u 27708 đ 25526 m 24227 '
        'o 22446 à 20777 v 18371 r 17344 l 17119 p 16782 ư 15579 á 15547 b 15162 k 14087 '
        'y 13702 s 12755 d 9996 ế 9610 ạ 9081 ệ 8632 ô 8375 ả 8231 ó 7717 ộ 7108 ê 7092 '
        'e 6739 ớ 6321 ấ 6081 ợ 5519 ờ 5471 ủ 5423 ố 5375 q 5327 ề 5327 ể 5327 â 5006 '
        'ơ 4589 ự 4444 ị 4316 ì 4188 ậ 4107 x 4075 ầ 4011 í 3706 ữ 3706 ă 3594 ứ 3401 '
        'ọ 3385 ú 2856 ở 2824 ồ 2808 ã 2760 ụ 2760 ổ 2615 ắ 2503 ù 1941 ặ 1781 ỉ 1588 '
        'ừ 1492 ò 1476 ý 1300 ử 1139 ẩ 1123 ỏ 1107 é 1091 ũ 1059 ẽ 1011 ằ 947 ẫ 931 ễ 915 '
        'ỗ 786 ĩ 770 ẻ 754 ẹ 674 w 626 f 610 ỡ 465 ỹ 449 è 433 ỷ 385 ỳ 369 ẳ 305 j 257 '
        'õ 241 z 128 ẵ 96'), (751, 78, 65)),
    'xh': ('latin', _table(
        'ukuba 15371 emva 5124 abantu 5023 okanye 5023 ke 4621 kwaye 4621 xa 4219 le 3818 '
        'ezi 3717 kunye 3516 i 3315 nto 3215 kuba 3114 eli 2913 kodwa 2712 na 2512 '
        'ziya 2411 abo 2311 enye 2311 koloni 2311 bonke 2210 kwi 2210 afrika 2110 '
        'ukuya 2110 ukuze 2110 umntu 2110 kufuneka 2009 lo 2009 zabo 2009 aba 1909 '
        'apha 1909 apho 1909 kakhulu 1808 ngenxa 1808 abafundi 1708 bathi 1708 baya 1708 '
        'esi 1708 eyona 1708 zonke 1708 akukho 1607 koko 1607 utshilo 1607 lemfundo 1507 '
        'nganye 1507 ngo 1507 ootitshala 1507 iinqununu 1406 into 1406 izinto 1406 '
        'kakuhle 1406 oku 1406 onke 1406 phakathi 1406 yaye 1406 kule 1306 kuphela 1306 '
        'ne 1306 phambi 1306 abanye 1206 ii 1206 ixesha 1206 iya 1206 kokuba 1206 '
        'kuthi 1206 kweli 1206 mali 1206 nje 1206 kwakunye 1105 la 1105 ngalo 1105 '
        'ngayo 1105 oko 1105 umsebenzi 1105 ye 1105 e 1005 icandelo 1005 kuzo 1005 '
        'ukususela 1005 we 1005 abaphathi 904 amabini 904 bethu 904 esikolweni 904 '
        'futhi 904 igama 904 indawo 904 khona 904 kwezi 904 lokuba 904 loo 904 ndawo 904 '
        'ngaphandle 904 nge 904 ngoko 904 ukufunda 904 ungadlulanga 904 uthe 904 wakhe 904 '
        'yonke 904 abaninzi 804 amapolisa 804 athi 804 bamaziko 804 iinkcukacha 804 ka 804 '
        'kukuba 804 kulo 804 lentshona 804 lolawulo 804 ngamnye 804 ngendlela 804 '
        'ngoku 804 nkqubo 804 owe 804 ze 804 abantwana 703 abasebenzi 703 abenzi 703 '
        'amaxwebhu 703 and 703 babe 703 babo 703 baze 703 emzantsi 703 hlobo 703 '
        'iimviwo 703 iincwadi 703 iingxelo 703 imali 703 imibuzo 703 ingakumbi 703 '
        'ingcaciso 703 inkxaso 703 inxaxheba 703 isicelo 703 kubo 703 kum 703 kuyo 703 '
        'kwe 703 ngale 703 ngcaciso 703 ngokumalunga 703 nokuba 703 nxaxheba 703 qela 703 '
        'umhla 703 uthi 703 za 703 abaviwa 603 amaninzi 603 aye 603 aza 603 bas 603 '
        'bayacelwa 603 besithi 603 ekuqaleni 603 elinye 603 esweni 603 ewe 603 '
        'ezilishumi 603 igosa 603 izikolo 603 kubekho 603 kude 603 kuye 603 kwakhona 603 '
        'kwimidlalo 603 liya 603 mna 603 mntu 603 nako 603 nalapho 603 nayo 603 '
        'ngaphakathi 603 ngokuba 603 ngolu 603 njengoko 603 no 603 nyaka 603 phantsi 603 '
        'zemfundo 603 zethu 603 ababini 502 akhawunti 502 amagosa 502 amalungu 502 '
        'amathathu 502 amaxesha 502 amehlo 502 bantu 502 bantwana 502 de 502 eemviwo 502 '
        'ekufuneka 502 ezifana 502 ezincinci 502 ezinye 502 eziyi 502 fumana 502 gov 502 '
        'ifom 502 iimeko 502 iindleko 502 iingxaki 502 iintsuku 502 imfutshane 502 '
        'indlela 502 inkqubo 502 isigqibo 502 ithuba 502 kanye 502 kolu 502 ku 502 '
        'kube 502 kula 502 kumdlalo 502 kuqala 502 kuya 502 kwabo 502 kwalo 502 '
        'kwibakala 502 kwicandelo 502 kwindawo 502 lisebe 502 lokuya 502 lowo 502 '
        'nabanye 502 nangona 502 naye 502 nezo 502 ngabantu 502 ngelixa 502 ngexesha 502 '
        'ngomhla 502 ngqo 502 ngumntu 502 njani 502 nkonzo 502 ofisi 502 oktobha 502 '
        'olu 502 omnye 502 phambili 502 s 502 sebe 502 sele 502 titshala 502 ufuna 502 '
        'ukulungiselela 502 ukwenza 502 ulwazi 502 umntwana 502 upitso 502 uthixo 502 '
        'watsho 502 yakhe 502 yokuba 502 yoqeqesho 502 ziko 502 zithi 502 abagadi 402 '
        'abaqeshwa 402 abazali 402 akanalo 402 amabango 402 amagama 402 amalungiselelo 402 '
        'amanqaku 402 amanzi 402 amaphepha 402 amaqela 402 amaziko 402 andazi 402 '
        'aphinde 402 apreli 402 aya 402 aze 402 bam 402 baye 402 bebakala 402 benkonzo 402 '
        'ekupheleni 402 elinesine 402 elo 402 emalunga 402 emdc 402 emfundo 402 eso 402 '
        'ethetha 402 ezikolweni 402 ezininzi 402 ezithile 402 ezo 402 ibe 402 '
        'ichampions 402 iilwimi 402 iindawo 402 iinkonzo 402 iintlawulo 402 ikopi 402 '
        'ilungu 402 imbali 402 imeko 402 institute 402 inyama 402 iwced 402 iza 402 '
        'izicelo 402 kakubi 402 karhulumente 402 komhla 402 kuhlawulwa 402 '
        'kunokwenzeka 402 kuqhutywa 402 kuquka 402 kuwo 402 kwakhe 402 kwale 402 '
        'kwandlunkulu 402 kwazo 402 kwetyala 402 kwiindawo 402 kwinkqubo 402 kwinyanga 402 '
        'kwisebe 402 kwixesha 402 labo 402 lakhe 402 league 402 leendebe 402 leyo 402 '
        'liza 402 lokuqala 402 malunga 402 matshi 402 mini 402 mzantsi 402 nabo 402 '
        'nam 402 nanjengoko 402 ndithi 402 ndlela 402 ngawo 402 ngelithi 402 ngenjongo 402 '
        'ngethuba 402 ngokuthi 402 ngonyaka 402 ngxaki 402 nkomfa 402 nzima 402 '
        'okokuba 402 sigqibo 402 ukubhala 402 ukunika 402 ukwenzela 402 umdlalo 402 '
        'uncedo 402 unyana 402 wced 402 wenza 402 yabo 402 yalo 402 yeemviwo 402 '
        'yesibini 402 yesikolo 402 yi 402 yokuqala 402 zakhe 402 zematriki 402 '
        'zezifundo 402 zibe 402 zicelo 402 zize 402 zokuxabangela 402 abacebisi 301 '
        'babaviwa 301 bafuna 301 banako 301 baviwa 301 efanelekileyo 301 emapoliseni 301 '
        'emibuzo 301 enkundleni 301 epheleleyo 301 ezizimeleyo 301 kufumana 301 '
        'kunyaka 301 kwaba 301 kwiimeko 301 naxa 301 naziphi 301 ncwadi 301 '
        'ngezekharityhulam 301 ngosuku 301 nokubhala 301 ukutya 301 veki 301 wabo 301'), _table(
        'a 139285 e 98987 i 91536 n 81418 u 63041 o 61370 k 60791 l 57261 h 41201 b 40136 '
        's 32591 m 30961 w 29789 z 29250 t 27633 y 25734 g 22648 d 15278 p 10172 c 8138 '
        'q 7761 f 7720 r 5079 x 4877 v 4594 j 2735'), (223, 78, 35)),
    'yo': ('latin', _table(
        'ni 32667 je 20305 ti 20223 n 17357 o 13182 tí 12527 ó 11872 ní 11217 tele 10644 '
        'ati 9743 awon 9170 a 8760 ile 8433 to 8105 ede 7778 e 7205 orile 6795 aare 6140 '
        'àwo 6140 si 6059 àti 6059 ara 5813 won 5813 kan 4994 s 4912 yìí 4912 ń 4912 '
        'sí 4749 bi 4667 ò 4503 fi 4421 fún 4421 àwọn 4421 re 4176 pé 4094 wa 3930 sì 3848 '
        'lati 3766 èdè 3766 wà 3684 jẹ́ 3602 náà 3602 se 3602 wó 3602 bá 3521 kò 3521 '
        'lo 3521 amerika 3357 bí 3357 fun 3357 tó 3357 ko 3275 mo 3275 wo 3275 ninu 3193 '
        'rè 3193 gba 3029 lè 3029 awọn 2947 so 2866 è 2866 agba 2784 jé 2784 máa 2784 '
        'nínú 2784 kí 2620 láti 2620 ló 2538 ilé 2456 le 2456 alakoso 2374 de 2374 '
        'gbogbo 2374 oloselu 2374 ìlú 2374 asoju 2211 omo 2211 pe 2211 naijiria 2129 '
        'ba 1965 di 1965 wọn 1965 ṣe 1883 ilu 1801 nígbà 1801 ohun 1801 tabi 1801 tún 1801 '
        'kó 1719 rẹ̀ 1719 àwon 1637 ènìyàn 1637 èyí 1637 is 1556 ise 1556 pè 1474 é 1474 '
        'ogun 1392 aye 1310 eniyan 1310 maa 1310 of 1310 ojú 1310 tàbí 1310 alagba 1228 '
        'be 1228 i 1228 igba 1228 ilẹ̀ 1228 osere 1228 rí 1228 tun 1228 wá 1228 ìgbà 1228 '
        'bíi 1146 dé 1146 gbé 1146 ibi 1146 japan 1146 lára 1146 lé 1146 mó 1146 pelu 1146 '
        'wọ́n 1146 à 1146 gege 1064 ifè 1064 ilè 1064 nàìjíríà 1064 nípa 1064 ìtàn 1064 '
        'ọmọ 1064 and 982 gé 982 iye 982 ki 982 rò 982 yi 982 ìwé 982 ebun 901 fa 901 '
        'gomina 901 larin 901 lórí 901 nipa 901 oba 901 àjẹsára 901 ìwà 901 í 901 '
        'asofin 819 bé 819 eni 819 ibujoko 819 ipinle 819 miran 819 nigba 819 ojoibi 819 '
        'ologun 819 orílẹ̀ 819 ounjẹ 819 the 819 tè 819 wò 819 yorùbá 819 afrika 737 '
        'an 737 asa 737 dò 737 eyi 737 ijoba 737 iru 737 jáde 737 mi 737 mò 737 naa 737 '
        'odùduwà 737 pò 737 yí 737 àìsàn 737 ùgbó 737 agbegbe 655 bè 655 egbe 655 eko 655 '
        'fe 655 ibe 655 ipo 655 italia 655 iwe 655 ka 655 kuro 655 lori 655 mú 655 na 655 '
        'nigbati 655 nìkan 655 obaluaye 655 orin 655 oruko 655 ta 655 yóò 655 àrùn 655 '
        'ìs 655 òun 655 atomu 573 bakanna 573 brasil 573 december 573 dún 573 emperor 573 '
        'fransi 573 ju 573 july 573 koko 573 kòlómbìà 573 lú 573 ma 573 mu 573 méjì 573 '
        'nn 573 nu 573 nà 573 obinrin 573 olominira 573 ori 573 orílè 573 pa 573 padà 573 '
        'pẹ̀lú 573 ra 573 wón 573 yà 573 às 573 á 573 ìpínlẹ̀ 573 ẹni 573 ọ̀rọ̀ 573 '
        'abule 491 akoko 491 arin 491 ará 491 bere 491 bákan 491 bú 491 dáadáa 491 fé 491 '
        'gbó 491 haiti 491 jo 491 josé 491 jè 491 jẹ 491 kú 491 kún 491 laarin 491 '
        'lábé 491 lò 491 lẹ́yìn 491 meksiko 491 miiran 491 nitori 491 nítorí 491 odun 491 '
        'olori 491 olukowe 491 omi 491 pẹlu 491 rẹ 491 sìn 491 sọ 491 yii 491 àpe 491 '
        'ìyá 491 ẹjẹ 491 ẹ̀gbá 491 ọdún 491 akademi 409 ako 409 ami 409 apá 409 as 409 '
        'awo 409 bo 409 britani 409 báyìí 409 c 409 congo 409 d 409 da 409 dá 409 '
        'dídárajùlọ 409 díè 409 eré 409 eto 409 eye 409 filmu 409 fíìmù 409 gan 409 '
        'gbà 409 gbólóhùn 409 griisi 409 gún 409 hàn 409 ida 409 idije 409 ijala 409 '
        'in 409 inú 409 john 409 kejì 409 kù 409 lagbaye 409 lodi 409 lowolowo 409 '
        'march 409 marun 409 mohammed 409 mà 409 mé 409 obìnrin 409 october 409 oju 409 '
        'olú 409 oṣù 409 pataki 409 proto 409 pàtàkì 409 pín 409 ri 409 ro 409 run 409 '
        'sele 409 sílè 409 te 409 wí 409 àlàyé 409 àmì 409 ìjè 409 ìyísódì 409 òwò 409 '
        'òṣeré 409 ẹ̀bùn 409 ẹ́límẹ̀ntì 409 ọba 409 ọjọ́ 409 ọ̀pá 409 agbaye 327 '
        'akádẹ́mì 327 april 327 bòlífíà 327 dúró 327 esin 327 f 327 ife 327 inu 327 '
        'ipele 327 iwadi 327 jagunjagun 327 january 327 julo 327 jọ 327 ke 327 keji 327 '
        'kokoro 327 kọ 327 lara 327 may 327 meji 327 nfa 327 nikan 327 nkan 327 níbè 327 '
        'ohùn 327 ojo 327 okunfa 327 okùnrin 327 olórí 327 opo 327 orímóògùnjẹ́ 327 '
        'orúko 327 orúkọ 327 owó 327 oòrùn 327 ró 327 september 327 tan 327 u 327 '
        'yoruba 327 yíì 327 àjàpadá 327 àpíìrì 327 àpólà 327 àṣẹ 327 èka 327 ìbè 327 '
        'ìdí 327 ìgbàgbó 327 ìjo 327 ìmò 327 ńlá 327'), _table(
        'a 90887 i 88369 n 85565 o 69271 e 68746 l 45465 r 44699 t 41502 s 32194 b 32172 '
        'í 26434 k 25974 u 25952 à 24748 w 22930 j 22667 d 22623 g 22251 m 21638 ì 17542 '
        'p 16688 y 15374 ó 13951 á 13513 ọ 12856 f 12637 è 12089 ẹ 11892 ò 11279 é 10994 '
        'ú 9965 h 7534 c 5869 ù 4840 ṣ 3088 ń 1599 v 1336 z 1292 x 548 q 438 ę 110 ō 110 '
        'ū 88 ǹ 66'), (590, 91, 60)),
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
        '骂 139 骑 139 骤 139 鱼 139 麻 139 鼓 139'), (259, 54, 200)),
    'zu': ('latin', _table(
        'ukuthi 17563 futhi 9440 kodwa 7574 i 5159 uma 5159 kakhulu 5049 kanye 5049 '
        'abantu 4940 noma 4940 lokhu 4720 ngoba 4610 lapho 3622 khona 3183 ukuba 2964 '
        'kusho 2854 nje 2634 le 2415 ngenxa 2415 ukuze 2415 njengoba 2195 kahle 2086 '
        'ngo 2086 lo 1866 konke 1756 ngaphandle 1756 ngayo 1756 abanye 1647 kufanele 1647 '
        'kukhona 1647 lokho 1647 ngakho 1647 ke 1537 unkulunkulu 1537 abaningi 1427 e 1427 '
        'kube 1427 kumele 1427 kuphela 1427 ngesikhathi 1427 phansi 1427 afrika 1317 '
        'amandla 1317 amanzi 1317 bese 1317 ku 1317 ne 1317 ngokuthi 1317 u 1317 '
        'emhlabeni 1207 imali 1207 indlela 1207 izingane 1207 lezi 1207 manje 1207 '
        'ngokuba 1207 njalo 1207 ujesu 1207 yini 1207 zakhe 1207 endaweni 1098 into 1098 '
        'isikhathi 1098 isimo 1098 ithuba 1098 na 1098 ngendlela 1098 ngisho 1098 '
        'umuntu 1098 uthe 1098 yonke 1098 zonke 1098 bonke 988 iqembu 988 ka 988 kanti 988 '
        'kusukela 988 lakhe 988 lesi 988 umthetho 988 unksz 988 yakho 988 abadlali 878 '
        'ama 878 amaphoyisa 878 angu 878 ezimbili 878 ibe 878 kwi 878 ngaphambi 878 '
        'ngaphansi 878 ngemuva 878 nokuthi 878 phakathi 878 wathi 878 africa 768 '
        'amehlo 768 engu 768 iminyaka 768 impilo 768 izinsuku 768 izinto 768 kepha 768 '
        'kubantu 768 kubo 768 kule 768 kuze 768 labo 768 lapha 768 naye 768 ngenkathi 768 '
        'phambili 768 ujehova 768 ukwazi 768 wonke 768 yabo 768 yokuthi 768 '
        'zokuxhumana 768 amanye 659 daba 659 emuva 659 esikoleni 659 ezinye 659 ifp 659 '
        'imidlalo 659 indawo 659 kanjani 659 kulo 659 kwabo 659 laba 659 litre 659 '
        'nabo 659 nazo 659 ndawonye 659 nge 659 ngicabanga 659 ngonyaka 659 phela 659 '
        'phezulu 659 sikhuluma 659 ukusebenza 659 umdlalo 659 umnu 659 umsebenzi 659 '
        'uthi 659 wami 659 we 659 yakhe 659 yethu 659 yi 659 abe 549 afinyelela 549 '
        'bathi 549 ekhaya 549 eminyakeni 549 emsebenzini 549 emva 549 eningizimu 549 '
        'ezindaweni 549 fm 549 ikakhulukazi 549 imigomo 549 imoto 549 isithombe 549 '
        'izindaba 549 izinhlelo 549 kancane 549 kanjalo 549 kristu 549 kungani 549 '
        'kuthi 549 kuvele 549 kuzo 549 kwaba 549 kwamanzi 549 kwethu 549 leli 549 leyo 549 '
        'lolu 549 nase 549 natal 549 nayo 549 ngazo 549 ngeke 549 nkosi 549 ohlelweni 549 '
        'okuhle 549 owesifazane 549 sokuthi 549 south 549 thina 549 ubaba 549 ukuthola 549 '
        'ukwenza 549 umoya 549 wakhe 549 wena 549 wethu 549 wukuthi 549 yabantu 549 '
        'yona 549 zabantu 549 zabo 549 abaholi 439 abasebenzi 439 abesifazane 439 abo 439 '
        'akukho 439 amabili 439 amalungu 439 amaningi 439 athi 439 ayikho 439 baba 439 '
        'babo 439 baningi 439 besifazane 439 east 439 ekhuluma 439 emibili 439 enye 439 '
        'funda 439 imisebenzi 439 indoda 439 ingabe 439 inkosi 439 isibonelo 439 '
        'isikhulu 439 izikhathi 439 izolo 439 izwi 439 kabi 439 kankulunkulu 439 '
        'kanzima 439 kokuba 439 kokuthi 439 kuchaza 439 kuhamba 439 kukho 439 kulezi 439 '
        'kungaba 439 kunkulunkulu 439 kusuka 439 kuye 439 kwabantu 439 kwakho 439 '
        'kwathi 439 kwazulu 439 kwenza 439 kwezinye 439 lami 439 layo 439 lika 439 '
        'lokuthi 439 lomculo 439 lonke 439 lowo 439 lutho 439 mali 439 mandela 439 '
        'mina 439 nakuba 439 nalo 439 nani 439 ndawo 439 nendlela 439 nezinto 439 '
        'ngabona 439 ngalo 439 ngaphakathi 439 ngokunjalo 439 ngokushesha 439 no 439 '
        'of 439 okokuqala 439 okumele 439 omkhulu 439 phezu 439 selokhu 439 sengathi 439 '
        'sifuna 439 sikhathi 439 sonke 439 uhlelo 439 ukudlala 439 ukuthini 439 '
        'umlando 439 umndeni 439 usizo 439 uthando 439 yena 439 zethu 439 abafana 329 '
        'abafundi 329 abalandeli 329 abenza 329 amalungelo 329 and 329 angazi 329 '
        'bagcina 329 basebenzisa 329 bathole 329 benze 329 bheka 329 bona 329 day 329 '
        'ejwayelekile 329 ekhiqiza 329 ekugcineni 329 eliphezulu 329 eminingi 329 '
        'esikhathini 329 esiphezulu 329 esithi 329 ethe 329 ethu 329 ewu 329 eziningi 329 '
        'ezinkundleni 329 igoli 329 ikusasa 329 ilanga 329 indaba 329 induku 329 '
        'ingoma 329 inhlawulo 329 iningizimu 329 injini 329 iphinde 329 isigaba 329 '
        'isikole 329 isizwe 329 izikhali 329 izinga 329 izinhlobo 329 kazwelonke 329 '
        'kufike 329 kuma 329 kuwo 329 kwa 329 kwabezindaba 329 kwakhe 329 kwenzeka 329 '
        'la 329 lokuba 329 mayelana 329 mhla 329 minyaka 329 moto 329 msebenzi 329 '
        'muntu 329 nalokho 329 nama 329 naso 329 nawo 329 neze 329 nezimo 329 nezinye 329 '
        'ngalolu 329 ngaso 329 ngejubane 329 ngesonto 329 ngithi 329 ngolwesibili 329 '
        'night 329 nkulunkulu 329 nomphakathi 329 nyakenye 329 okukhona 329 okunye 329 '
        'omuhle 329 onke 329 ozayo 329 p 329 s 329 se 329 sivumelwano 329 udkt 329 '
        'ufuna 329 ukudla 329 ukufaka 329 ukusebenzisa 329 umdlali 329 umnuz 329 '
        'umshado 329 umthandazo 329 umxhwele 329 unkk 329 uqobo 329 usho 329 wakho 329 '
        'wesifazane 329 wokuqala 329 ye 329 yeningi 329 yibona 329 yinto 329 yiziphi 329 '
        'yokuqala 329 zamanzi 329 zwane 329'), _table(
        'a 134093 e 95029 i 92229 n 85266 u 73096 k 62028 l 59895 o 57226 h 51308 s 37716 '
        'b 33625 m 32189 z 28171 g 27982 t 26285 w 24051 y 19960 d 16044 p 10821 f 7137 '
        'c 6629 r 5048 q 4685 j 3844 v 3772 x 1842'), (248, 79, 35)),
}
# END GENERATED STOPWORD TABLES


if __name__ == "__main__":
    sys.exit(main())
