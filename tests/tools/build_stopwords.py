#!/usr/bin/env python3
"""Rebuild the stopword tables of dedupe_and_split.py from the sentence corpus and wordfreq.

    pip install wordfreq==3.1.1                       # once; only this script needs it
    python3 tests/tools/build_stopwords.py            # rewrite the tables in dedupe_and_split.py
    python3 tests/tools/build_stopwords.py --print    # print them instead

For each supported language, the first 70% of its sentences in ../shared/corpus/sentences/
(the rest is held out for tests/tools/accuracy.py) are lowercased and tokenised exactly as the
guesser does. A language's writing system is the one most of its letters are in; tokens in
other systems (digits, quoted foreign words) are ignored. For scripts written without spaces
(Chinese, Japanese, Korean, Thai) the tokens are single characters. A token enters the table
if it occurs in at least 0.4% of the language's training sentences (names and topic words
rarely do), and the table keeps the TABLE_SIZE most frequent such tokens with their frequency
per million tokens. For the spaced languages wordfreq lists (not Croatian, Bosnian and
Serbian, which it merges), its WORDFREQ_WORDS most frequent words join the table, each
frequency the mean of wordfreq's and the corpus's, and the letters of those words join the
letters the corpus uses. Each table also records how much of real
text it covers: the mean and spread over samples of the guesser's first-sample length, each
half of the training sentences measured with a table built from the other half.

The output depends only on the corpus and the pinned wordfreq version: run it twice, get the
same file.
"""

import argparse
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))  # the project, above tests/tools
sys.path.insert(0, ROOT)

import dedupe_and_split as ds  # noqa: E402

CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "sentences")
TRAINING_SHARE = 0.7
TABLE_SIZE = {"spaced": 400, "unspaced": 60}
MIN_SENTENCE_SHARE = 0.004
# wordfreq's frequency lists (large mixed corpora; data under CC BY-SA 4.0) add the most
# frequent words of the languages it covers. Pinned, so that the build is reproducible.
WORDFREQ_VERSION = "3.1.1"
WORDFREQ_WORDS = 600
WORDFREQ_CODES = {"tl": "fil"}  # where wordfreq's code differs from ours
# Croatian, Bosnian and Serbian share one list in wordfreq ("sh"): it cannot tell them apart.
WORDFREQ_SKIPPED = {"hr", "bs", "sr"}
MIN_WORDFREQ_LETTER = 500  # per million letters of wordfreq's words: a letter in use


def corpus_sentences(code):
    """All sentences of a language in the corpus, in file order."""
    with open(os.path.join(CORPUS, code + ".txt"), encoding="utf-8") as corpus:
        return [line.strip() for line in corpus if line.strip()]


def split_corpus(code):
    """(training sentences, held-out sentences) of a language: a fixed 70/30 cut."""
    sentences = corpus_sentences(code)
    cut = int(len(sentences) * TRAINING_SHARE)
    return sentences[:cut], sentences[cut:]


def dominant_script(sentences):
    """The writing system most letters of these sentences are in."""
    scripts = Counter(ds.script_of(char) for sentence in sentences for char in sentence.lower()
                      if char.isalpha())
    scripts.pop(None, None)
    return scripts.most_common(1)[0][0]


def sentence_tokens(sentence, script):
    """The tokens of a sentence that count for a language written in this script."""
    lowered = sentence.lower()
    if script.endswith("*"):
        return [char for char in lowered if ds.script_of(char) == script]
    return [token for token in ds.tokenize(lowered) if ds.script_of(token[0]) == script]


def build_table(sentences, script, wordfreq_counts=None):
    """The most frequent tokens that occur in enough sentences, with frequencies per million."""
    counts, sentence_counts = Counter(), Counter()
    for sentence in sentences:
        tokens = sentence_tokens(sentence, script)
        counts.update(tokens)
        sentence_counts.update(set(tokens))
    total = sum(counts.values())
    least = MIN_SENTENCE_SHARE * len(sentences)
    size = TABLE_SIZE["unspaced" if script.endswith("*") else "spaced"]
    common = [token for token, _ in counts.most_common() if sentence_counts[token] >= least]
    table = {token: 1e6 * counts[token] / total for token in common[:size]}
    if wordfreq_counts:
        # The two sources weigh equally: a word's frequency is the mean of its two estimates.
        table = {token: (wordfreq_counts.get(token, 0) + 1e6 * counts[token] / total) / 2
                 for token in set(table) | set(wordfreq_counts)}
    return {token: max(1, round(freq)) for token, freq in table.items()}


def wordfreq_table(code, script):
    """{token: frequency per million} of the most frequent words wordfreq lists, or None."""
    if code in WORDFREQ_SKIPPED or script.endswith("*"):
        return None
    import wordfreq
    name = WORDFREQ_CODES.get(code, code)
    if name not in wordfreq.available_languages():
        return None
    table = Counter()
    for word in wordfreq.top_n_list(name, WORDFREQ_WORDS):
        # wordfreq's tokens keep apostrophes ("don't"): split them as the guesser does.
        freq = wordfreq.word_frequency(word, name) * 1e6
        for token in sentence_tokens(word, script):
            table[token] += freq
    return dict(table)


def build_letters(sentences, script):
    """Frequencies per million letters of every letter of the script the language uses."""
    counts = Counter(char for sentence in sentences for char in sentence.lower()
                     if char.isalpha() and ds.script_of(char) == script)
    total = sum(counts.values())
    least = MIN_SENTENCE_SHARE * len(sentences)  # a handful of uses: not a stray foreign letter
    return {char: max(1, round(1e6 * n / total)) for char, n in counts.items() if n >= least}


def wordfreq_letters(wordfreq_counts, script):
    """Frequencies per million letters of the letters of the script in wordfreq's words,
    weighed by the words' frequencies: the accents a corpus written without them lacks (its
    Spanish sentences have almost none), kept when at least MIN_WORDFREQ_LETTER."""
    counts = Counter()
    for token, freq in wordfreq_counts.items():
        for char in token:
            if char.isalpha() and ds.script_of(char) == script:
                counts[char] += freq
    total = sum(counts.values())
    return {char: round(1e6 * n / total) for char, n in counts.items()
            if 1e6 * n / total >= MIN_WORDFREQ_LETTER}


def coverage(sentences, table, script):
    """(mean, standard deviation) in per mille of the share of a first sample's tokens that a
    table lists, over samples of FIRST_SAMPLE_CHARS characters cut from these sentences, and
    the mean number of tokens a sample holds, all counted as the guesser counts them."""
    text = " ".join(sentences).lower()
    size = ds.FIRST_SAMPLE_CHARS
    shares, counts = [], []
    for start in range(0, len(text) - size + 1, size):
        sample = text[start:start + size]
        tokens = sample[:ds.UNSPACED_SAMPLE_CHARS] if script.endswith("*") else ds._words(sample)
        count = ds.countable(tokens, ds.script_share(sample, script))
        if not script.endswith("*"):
            count = ds.without_numbers(count, sample)
        if count:
            shares.append(sum(token in table for token in tokens) / count)
            counts.append(count)
    mean = sum(shares) / len(shares)
    deviation = (sum((share - mean) ** 2 for share in shares) / len(shares)) ** 0.5
    return round(1000 * mean), round(1000 * deviation), round(sum(counts) / len(counts))


def check_wordfreq():
    """Stop unless the pinned wordfreq version is installed."""
    try:
        import wordfreq  # noqa: F401
        from importlib.metadata import version
    except ImportError:
        sys.exit("build_stopwords.py: needs wordfreq: pip install wordfreq==" + WORDFREQ_VERSION)
    if version("wordfreq") != WORDFREQ_VERSION:
        sys.exit("build_stopwords.py: needs wordfreq %s (found %s): pip install wordfreq==%s"
                 % (WORDFREQ_VERSION, version("wordfreq"), WORDFREQ_VERSION))


def build_all():
    """Tables for every supported language: code -> (script, words, letters, coverage)."""
    tables = {}
    for code in sorted(ds.LANGUAGE_NAMES):
        training, _ = split_corpus(code)
        script = dominant_script(training)
        extra = wordfreq_table(code, script)
        words = build_table(training, script, extra)
        # What a table covers of text it was not built from: each half of the training
        # sentences measured with a table built from the other half.
        half = len(training) // 2
        covered = [(a + b) // 2 for a, b in zip(
            coverage(training[half:], build_table(training[:half], script, extra), script),
            coverage(training[:half], build_table(training[half:], script, extra), script))]
        letters = build_letters(training, script)
        if extra:
            letters = dict(wordfreq_letters(extra, script), **letters)
        tables[code] = (script, words, letters, covered)
    return tables


def python_source(tables):
    """The generated section of the script."""
    lines = ["# BEGIN GENERATED STOPWORD TABLES",
             "# Generated by tests/tools/build_stopwords.py from the sentence corpus and wordfreq"
             " %s" % WORDFREQ_VERSION,
             "# (Robyn Speer; data CC BY-SA 4.0, so these tables too: see README.md, Languages).",
             "STOPWORDS = {"]
    for code, (script, words, letters, covered) in sorted(tables.items()):
        lines.append("    %r: (%r, _table(" % (code, script))
        lines += _wrapped(words)
        lines[-1] += "), _table("
        lines += _wrapped(letters)
        lines[-1] += "), (%d, %d, %d))," % tuple(covered)
    lines.append("}")
    lines.append("# END GENERATED STOPWORD TABLES")
    return "\n".join(lines)


def _wrapped(table):
    """Source lines of string literals holding 'token frequency' pairs, most frequent first."""
    lines, chunk = [], ""
    for token, freq in sorted(table.items(), key=lambda item: (-item[1], item[0])):
        pair = "%s %d" % (token, freq)
        if chunk and len(chunk) + len(pair) > 80:
            lines.append("        %r" % (chunk + " "))
            chunk = ""
        chunk += (" " if chunk else "") + pair
    lines.append("        %r" % chunk)
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--print", action="store_true", help="print instead of rewriting")
    args = parser.parse_args()
    if not os.path.isdir(CORPUS):
        sys.exit("build_stopwords.py: the corpus is not at %s" % CORPUS)
    check_wordfreq()
    source = python_source(build_all())
    if args.print:
        print(source)
        return
    path = os.path.join(ROOT, "dedupe_and_split.py")
    with open(path, encoding="utf-8") as script:
        text = script.read()
    start = text.index("# BEGIN GENERATED STOPWORD TABLES")
    end = text.index("# END GENERATED STOPWORD TABLES") + len("# END GENERATED STOPWORD TABLES")
    with open(path, "w", encoding="utf-8") as script:
        script.write(text[:start] + source + text[end:])
    print("rewrote the tables in", path)


if __name__ == "__main__":
    main()
