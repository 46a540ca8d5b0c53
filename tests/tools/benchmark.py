#!/usr/bin/env python3
"""Benchmarks of dedupe_and_split.py; they print figures, they are not pass/fail tests.

    python3 tests/tools/benchmark.py language              # guess_language speed, MB/s
    python3 tests/tools/benchmark.py language --sample-chars 300,600,900  # other bounds on reading on
    python3 tests/tools/benchmark.py throughput            # whole tool against the I/O floor
    python3 tests/tools/benchmark.py throughput --size-mb 50 --rounds 3 --sizes 20,50

Generated dumps are cached in tests/_work/ (ignored by git). Run on a quiet machine: every
figure is a median over interleaved rounds, and ratios are taken within one run.
"""

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))  # the project, above tests/tools
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)

import dedupe_and_split as ds  # noqa: E402

SCRIPT = os.path.join(ROOT, "dedupe_and_split.py")
WORK = os.path.join(ROOT, "tests", "_work")
CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "sentences")

# The floor: the least any line-oriented tool must do with the same file.
FLOOR = """
import hashlib, json, os, sys
with open(sys.argv[1], encoding="utf-8") as lines, open(os.devnull, "w") as out:
    for line in lines:
        hashlib.sha256(line.encode("utf-8")).digest()  # the hash the script uses
        out.write(json.dumps(line, ensure_ascii=False))
"""

# Runs a command and prints the peak resident memory of that command alone.
PEAK_RSS = """
import resource, subprocess, sys
with open(sys.argv[1], "wb") as out:
    code = subprocess.call(sys.argv[2:], stdout=out)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
"""


# ---------------------------------------------------------------------------
# Realistic text
# ---------------------------------------------------------------------------

def load_sentences():
    """Sentences by language: the corpus when present, else the test fixture."""
    sentences = {}
    if os.path.isdir(CORPUS):
        for name in sorted(os.listdir(CORPUS)):
            code = name.split(".")[0]
            if code in ds.LANGUAGE_NAMES:
                with open(os.path.join(CORPUS, name), encoding="utf-8") as corpus:
                    sentences[code] = [line.strip() for line in corpus if line.strip()]
    else:
        with open(os.path.join(ROOT, "tests", "data", "languages.tsv"), encoding="utf-8") as fixture:
            for line in fixture:
                code, _, text = line.rstrip("\n").split("\t")
                sentences.setdefault(code, []).extend(
                    part.strip() + "." for part in text.split(". ") if part.strip())
    return sentences


def make_article(rng, sentences):
    """(title, body) of a random article: 500-8000 characters, sometimes several paragraphs."""
    code = rng.choice(sorted(sentences))
    pool = sentences[code]
    # Headlines carry no final punctuation (a full stop, a danda, an ideographic stop).
    title = rng.choice(pool)[:120].rstrip(" .!?,;:\u2026\u3002\uff01\uff1f\u0964\u061f")
    target = int(rng.triangular(500, 8000, 2500))
    start = rng.randrange(len(pool))
    paragraphs, paragraph, size = [], [], 0
    while size < target:
        sentence = pool[(start + len(paragraphs) * 7 + len(paragraph)) % len(pool)]
        paragraph.append(sentence)
        size += len(sentence) + 1
        if rng.random() < 0.15:
            paragraphs.append(" ".join(paragraph))
            paragraph = []
    if paragraph:
        paragraphs.append(" ".join(paragraph))
    if rng.random() < 0.7:  # most dumps glue a body into one line
        paragraphs = [" ".join(paragraphs)]
    return title, "\n\n".join(paragraphs)


def generate_dump(path, size_mb, seed):
    """Write a deterministic dump of about size_mb MB with about 10% exact duplicates."""
    rng = random.Random(seed)
    sentences = load_sentences()
    kept = []
    written = 0
    temporary = path + ".part"
    with open(temporary, "w", encoding="utf-8", newline="\n") as dump:
        while written < size_mb * 1e6:
            if kept and rng.random() < 0.10:
                title, body = rng.choice(kept)
            else:
                title, body = make_article(rng, sentences)
                kept.append((title, body))
                if len(kept) > 2000:
                    kept.pop(rng.randrange(len(kept)))
            text = "%s\n\n%s\n\n" % (title, body)
            dump.write(text)
            written += len(text.encode("utf-8"))
    os.replace(temporary, path)


def dump_path(size_mb, seed):
    """The cached dump of this size and seed, generated when missing."""
    os.makedirs(WORK, exist_ok=True)
    path = os.path.join(WORK, "dump-%gMB-seed%d.txt" % (size_mb, seed))
    if not os.path.exists(path):
        print("generating %s ..." % os.path.relpath(path), flush=True)
        generate_dump(path, size_mb, seed)
    return path


# ---------------------------------------------------------------------------
# language: guess_language speed
# ---------------------------------------------------------------------------

def reference_loop_seconds():
    """Seconds for 10**7 additions in a Python loop: how fast the machine is at the moment."""
    started = time.perf_counter()
    total = 0
    for number in range(10 ** 7):
        total += number
    return time.perf_counter() - started


def bench_language(args):
    """Print guess_language speed on article-length texts of several sizes."""
    prefixes = ([int(size) for size in args.sample_chars.split(",")] if args.sample_chars
                else [ds.LANGUAGE_SAMPLE_CHARS])
    reference_before = reference_loop_seconds()
    ds.guess_language("the tables are built on first use, not timed")
    rng = random.Random(args.seed)
    sentences = load_sentences()
    sets = {}
    for label, count in (("15 sentences", 15), ("40 sentences", 40)):
        texts = []
        for code in sorted(sentences):
            pool = sentences[code]
            for _ in range(args.texts):
                start = rng.randrange(max(1, len(pool) - count))
                texts.append(" ".join(pool[start:start + count]))
        sets[label] = texts
    sets["news-sized articles (benchmark dump bodies)"] = [
        "\n".join(make_article(rng, sentences)) for _ in range(args.texts * len(sentences))]
    print("guess_language: best of %d rounds, one core; each round times every prefix in turn"
          % args.rounds)
    for label, texts in sets.items():
        megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
        best = dict.fromkeys(prefixes, float("inf"))
        for _ in range(args.rounds):
            for prefix in prefixes:
                ds.LANGUAGE_SAMPLE_CHARS = prefix
                started = time.perf_counter()
                for text in texts:
                    ds.guess_language(text)
                best[prefix] = min(best[prefix], time.perf_counter() - started)
        average = sum(map(len, texts)) / len(texts)
        print("  %s: %d texts, %.0f chars on average" % (label, len(texts), average))
        for prefix, seconds in best.items():
            print("    reads up to %4d chars: %6.1f MB/s, %6.1f us a text"
                  % (prefix, megabytes / seconds, 1e6 * seconds / len(texts)))
    print("target: at least 30 MB/s on article-length text")
    # Shared machines change speed from minute to minute: this says which minute it was.
    print("reference: 10**7 additions in a Python loop took %.2f s (before) and %.2f s (after)"
          % (reference_before, reference_loop_seconds()))


# ---------------------------------------------------------------------------
# throughput: the whole tool against the floor
# ---------------------------------------------------------------------------

def timed(command):
    """Seconds a command takes, its output thrown away."""
    started = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        subprocess.run(command, stdout=devnull, check=True)
    return time.perf_counter() - started


def shown(command):
    """A command line as a user would type it from the repository root."""
    return " ".join("python3" if part == sys.executable else
                    os.path.relpath(part) if os.sep in part else part for part in command)


def peak_rss_mb(command):
    """Peak resident memory of a command, in MB, measured in a process of its own."""
    output = subprocess.run([sys.executable, "-c", PEAK_RSS, os.devnull] + command,
                            stdout=subprocess.PIPE, check=True, text=True).stdout.split()
    return int(output[0]) / 1024


def count_articles(path):
    """Articles in a dump, as the tool counts them (read, before dropping duplicates)."""
    result = subprocess.run([sys.executable, SCRIPT, path, "--format", "jsonl"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            check=True)
    return int(result.stderr.split(": ", 1)[1].split(" articles read")[0])


def bench_throughput(args):
    """Print MB/s of the floor and of the tool, their ratio, articles/s and peak memory."""
    path = dump_path(args.size_mb, args.seed)
    megabytes = os.path.getsize(path) / 1e6
    floor = [sys.executable, "-c", FLOOR, path]
    ours = [sys.executable, SCRIPT, path, "-q", "--no-progress"]
    variants = [("ours --jobs 1", ours), ("ours --format jsonl", ours + ["--format", "jsonl"])]
    if args.jobs > 1:
        variants.append(("ours --jobs %d" % args.jobs, ours + ["--jobs", str(args.jobs)]))
    articles = count_articles(path)
    print("dump: %s, %.1f MB, %d articles; %d cores; %d interleaved rounds, median"
          % (os.path.relpath(path), megabytes, articles, os.cpu_count(), args.rounds))
    print("floor: python3 -c '<read lines, SHA-256 each, json.dumps each>' DUMP > /dev/null")
    for label, command in variants:
        print("%s: %s > /dev/null" % (label, shown(command)))
    runs = [("floor", floor)] + variants
    times = {label: [] for label, _ in runs}
    for round_ in range(args.rounds):
        # Each round starts with a different run, so that none always goes first or after
        # the same one (a shared machine's speed drifts within a round).
        for label, command in runs[round_ % len(runs):] + runs[:round_ % len(runs)]:
            times[label].append(timed(command))
    medians = {label: statistics.median(values) for label, values in times.items()}
    print()
    for label, seconds in medians.items():
        line = "  %-22s %6.2f s  %6.1f MB/s" % (label, seconds, megabytes / seconds)
        if label != "floor":
            line += "  ratio to floor %.2f  %8.0f articles/s" % (
                medians["floor"] / seconds, articles / seconds)
        print(line)
    ratio = medians["floor"] / medians["ours --jobs 1"]
    print("single process: %.2fx the floor (target 0.5x): %s"
          % (ratio, "met" if ratio >= 0.5 else "NOT met"))
    if args.jobs > 1:
        print("--jobs %d speed-up over --jobs 1: %.2fx" % (
            args.jobs, medians["ours --jobs 1"] / medians["ours --jobs %d" % args.jobs]))
    print()
    sizes = [float(size) for size in args.sizes.split(",")]
    for output_format in ("json", "jsonl"):
        peaks = []
        for size in sizes:
            sized = dump_path(size, args.seed)
            peak = peak_rss_mb([sys.executable, SCRIPT, sized, "-q", "--no-progress",
                                "--format", output_format])
            peaks.append(peak)
            print("  peak RSS --format %-5s on %4g MB: %5.1f MB" % (output_format, size, peak))
        line = "  %s: largest below 60 MB: %s" % (output_format,
                                                      "met" if max(peaks) < 60 else "NOT met")
        if len(sizes) > 1:  # growth needs two sizes
            growth = peaks[-1] / peaks[0] - 1
            line += "; %g MB input within %+.1f%% of %g MB input: %s" % (
                sizes[-1], 100 * growth, sizes[0], "met" if abs(growth) <= 0.10 else "NOT met")
        print(line)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    language = commands.add_parser("language", help="guess_language speed")
    language.add_argument("--texts", type=int, default=40, help="texts a language and size")
    language.add_argument("--rounds", type=int, default=5)
    language.add_argument("--seed", type=int, default=1)
    language.add_argument("--sample-chars", metavar="N[,N...]",
                          help="time prefixes of N characters in place of the default")
    language.set_defaults(run=bench_language)
    throughput = commands.add_parser("throughput", help="whole tool against the I/O floor")
    throughput.add_argument("--size-mb", type=float, default=200, help="dump size (200)")
    throughput.add_argument("--sizes", default="50,200",
                            help="dump sizes in MB for the memory figures (50,200)")
    throughput.add_argument("--rounds", type=int, default=3)
    throughput.add_argument("--jobs", type=int, default=2, help="also time --jobs N (2)")
    throughput.add_argument("--seed", type=int, default=1)
    throughput.set_defaults(run=bench_throughput)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
