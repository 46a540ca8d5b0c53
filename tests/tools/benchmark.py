#!/usr/bin/env python3
"""Benchmarks of dedupe_and_split.py; they print figures, they are not pass/fail tests.

    python3 tests/tools/benchmark.py language              # guess_language speed, MB/s
    python3 tests/tools/benchmark.py language --sample-chars 300,600,900  # other bounds on reading on
    python3 tests/tools/benchmark.py throughput            # whole tool against the I/O floor
    python3 tests/tools/benchmark.py throughput --size-mb 50 --rounds 3 --sizes 20,50
    python3 tests/tools/benchmark.py throughput --baseline old.py   # against another version
    python3 tests/tools/benchmark.py jobs                  # from what input size --jobs gains
    python3 tests/tools/benchmark.py seen                  # --seen: fresh store, second run

Generated dumps are cached in tests/_work/ (ignored by git). Run on a quiet machine: every
figure is a median over interleaved rounds, and ratios are taken within one run.
"""

import argparse
import os
import random
import resource
import shutil
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
    if args.baseline:  # another version of the script, timed in the same rounds
        variants.append(("baseline --jobs 1",
                         [sys.executable, args.baseline, path, "-q", "--no-progress"]))
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
    if args.baseline:
        before = medians["floor"] / medians["baseline --jobs 1"]
        print("baseline: %.2fx the floor; this version's ratio is %+.1f%% of the baseline's"
              % (before, 100 * (ratio / before - 1)))
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


# ---------------------------------------------------------------------------
# jobs: from what input size worker processes pay for their start
# ---------------------------------------------------------------------------

# The script with its workers started at the first article, whatever the input's size.
EAGER_WORKERS = """
import sys
sys.path.insert(0, sys.argv[1])
import dedupe_and_split
dedupe_and_split.JOBS_MIN_BYTES = 0
sys.exit(dedupe_and_split.main(sys.argv[2:]))
"""


def bench_jobs(args):
    """Print the time of --jobs 1 and of --jobs N with workers from the start, by dump size."""
    big = dump_path(max(float(size) for size in args.sizes.split(",")), args.seed)
    print("%d cores; dumps are prefixes of %s; %d interleaved rounds, median"
          % (os.cpu_count(), os.path.relpath(big), args.rounds))
    print("eager: python3 -c '<JOBS_MIN_BYTES = 0; main()>' DUMP -q --jobs %d > /dev/null"
          % args.jobs)
    print("default: the script as it is, --jobs %d (workers once %d MB are read)"
          % (args.jobs, ds.JOBS_MIN_BYTES >> 20))
    for size in args.sizes.split(","):
        path = os.path.join(WORK, "prefix-%sMB.txt" % size)
        with open(big, "rb") as source, open(path, "wb") as prefix:
            prefix.write(source.read(int(float(size) * 1e6)))
        runs = [("--jobs 1", [sys.executable, SCRIPT, path, "-q"]),
                ("eager", [sys.executable, "-c", EAGER_WORKERS, ROOT, path, "-q",
                           "--jobs", str(args.jobs)]),
                ("default", [sys.executable, SCRIPT, path, "-q", "--jobs", str(args.jobs)])]
        times = {label: [] for label, _ in runs}
        for round_ in range(args.rounds):
            for label, command in runs[round_ % len(runs):] + runs[:round_ % len(runs)]:
                times[label].append(timed(command))
        medians = {label: statistics.median(values) for label, values in times.items()}
        print("  %6s MB: --jobs 1 %6.2f s, eager %6.2f s (%.2fx), default %6.2f s (%.2fx)"
              % (size, medians["--jobs 1"], medians["eager"],
                 medians["--jobs 1"] / medians["eager"], medians["default"],
                 medians["--jobs 1"] / medians["default"]))


# ---------------------------------------------------------------------------
# seen: the cost of --seen
# ---------------------------------------------------------------------------

def bench_seen(args):
    """Print the speed of runs with --seen against runs without, and their peak memory."""
    first, second = dump_path(args.size_mb, args.seed), dump_path(args.size_mb, args.seed + 1)
    store = os.path.join(WORK, "seen-%gMB-seed%d.db" % (args.size_mb, args.seed))
    scratch = os.path.join(WORK, "seen-scratch.db")
    if not os.path.exists(store):  # the store of the first dump: what a second day runs against
        subprocess.run([sys.executable, SCRIPT, first, "-q", "--format", "jsonl",
                        "--seen", store + ".part"], stdout=subprocess.DEVNULL, check=True)
        os.replace(store + ".part", store)
    big = padded_store(store, args.pad_store) if args.pad_store else None
    ours = [sys.executable, SCRIPT, "-q", "--no-progress", "--format", args.format]

    def fresh():
        if os.path.exists(scratch):
            os.remove(scratch)

    def copy_of_store():
        shutil.copyfile(store, scratch)

    def copy_of_big_store():
        shutil.copyfile(big, scratch)

    # (label, command, preparation before the timer starts)
    runs = [("day 1, no --seen", ours + [first], None),
            ("day 1, --seen fresh store", ours + [first, "--seen", scratch], fresh),
            ("day 2, no --seen", ours + [second], None),
            ("day 2, --seen day 1's store", ours + [second, "--seen", scratch], copy_of_store),
            ("day 1 again, --seen its store", ours + [first, "--seen", scratch], copy_of_store)]
    if big:
        runs.append(("day 2, --seen-readonly big store", ours + [second, "--seen-readonly", big],
                     None))
        runs.append(("day 2, --seen big store", ours + [second, "--seen", scratch],
                     copy_of_big_store))
    print("dumps: %s and %s, %.1f MB each; store of the first: %s, %.1f MB, %d articles"
          % (os.path.relpath(first), os.path.relpath(second), os.path.getsize(first) / 1e6,
             os.path.relpath(store), os.path.getsize(store) / 1e6, stored_articles(store)))
    if big:
        print("big store: %s, %.1f MB, %d articles (day 1's and %d random digests)"
              % (os.path.relpath(big), os.path.getsize(big) / 1e6, stored_articles(big),
                 args.pad_store))
    for label, command, _ in runs:
        print("%s: %s > /dev/null" % (label, shown(command)))
    times = {label: [] for label, _, _ in runs}
    for round_ in range(args.rounds):
        for label, command, prepare in runs[round_ % len(runs):] + runs[:round_ % len(runs)]:
            if prepare:
                prepare()
            times[label].append(timed(command))
    medians = {label: statistics.median(values) for label, values in times.items()}
    megabytes = os.path.getsize(first) / 1e6
    print()
    for label, seconds in medians.items():
        print("  %-32s %6.2f s  %6.1f MB/s" % (label, seconds, megabytes / seconds))
    pairs = (("day 1, --seen fresh store", "day 1, no --seen", 0.8),
             ("day 2, --seen day 1's store", "day 2, no --seen", 0.8),
             ("day 1 again, --seen its store", "day 1, no --seen", 0.8))
    if big:
        pairs += (("day 2, --seen-readonly big store", "day 2, no --seen", 0.8),
                  ("day 2, --seen big store", "day 2, no --seen", 0.8))
    print("speed against the run without --seen: median over rounds of the ratio within a"
          " round (ratio of the medians in brackets)")
    for label, base, target in pairs:
        # Within a round the two runs are minutes apart at most: the ratio is steadier on a
        # shared machine than one of medians taken over all rounds.
        ratio = statistics.median(b / t for b, t in zip(times[base], times[label]))
        print("%s: %.2fx (%.2fx) the speed of %s (target %gx): %s"
              % (label, ratio, medians[base] / medians[label], base, target,
                 "met" if ratio >= target else "NOT met"))
    print()
    for label, command, prepare in runs:
        if prepare:
            prepare()
        print("  peak RSS %-32s %5.1f MB" % (label, peak_rss_mb(command)))
    for size in args.sizes.split(","):
        small = dump_path(float(size), args.seed)
        for label, extra in (("no --seen", []), ("--seen fresh store", ["--seen", scratch])):
            fresh()
            print("  peak RSS %-32s %5.1f MB" % ("%s MB, %s" % (size, label),
                                                  peak_rss_mb(ours + [small] + extra)))
    fresh()


def padded_store(store, count):
    """A copy of a store with count more random digests, as if from a big earlier run."""
    path = store.replace(".db", "-plus%d.db" % count)
    if os.path.exists(path):
        return path
    print("building %s ..." % os.path.relpath(path), flush=True)
    import sqlite3
    shutil.copyfile(store, path + ".part")
    connection = sqlite3.connect(path + ".part")
    with connection:
        run = connection.execute("INSERT INTO runs (started, program) VALUES"
                                 " ('2026-01-01T00:00:00Z', 'benchmark padding')").lastrowid
        padding = connection.execute("INSERT INTO inputs (run, position, name) VALUES"
                                     " (?, 1, 'padding')", (run,)).lastrowid
        rng = random.Random(count)
        connection.executemany("INSERT OR IGNORE INTO seen VALUES (?, ?, ?)",
                               (("%032x" % rng.getrandbits(128), padding, line)
                                for line in range(1, count + 1)))
    connection.close()
    os.replace(path + ".part", path)
    return path


def stored_articles(store):
    """Articles recorded in a seen store."""
    import sqlite3
    connection = sqlite3.connect(store)
    try:
        return connection.execute("SELECT count(*) FROM seen").fetchone()[0]
    finally:
        connection.close()


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
    throughput.add_argument("--baseline", metavar="SCRIPT",
                            help="also time this version of the script in the same rounds,"
                                 " e.g. from `git show REV:dedupe_and_split.py > old.py`")
    throughput.add_argument("--jobs", type=int, default=2, help="also time --jobs N (2)")
    throughput.add_argument("--seed", type=int, default=1)
    throughput.set_defaults(run=bench_throughput)
    jobs = commands.add_parser("jobs", help="from what input size --jobs gains")
    jobs.add_argument("--sizes", default="0.5,1,2,4,8,16", help="dump sizes in MB")
    jobs.add_argument("--rounds", type=int, default=5)
    jobs.add_argument("--jobs", type=int, default=2, help="workers (2)")
    jobs.add_argument("--seed", type=int, default=1)
    jobs.set_defaults(run=bench_jobs)
    seen = commands.add_parser("seen", help="--seen on a fresh store and on a second day")
    seen.add_argument("--size-mb", type=float, default=200, help="size of each dump (200)")
    seen.add_argument("--rounds", type=int, default=3)
    seen.add_argument("--format", choices=("json", "jsonl"), default="json")
    seen.add_argument("--seed", type=int, default=1)
    seen.add_argument("--pad-store", type=int, default=2000000, metavar="N",
                      help="also time a run against the store plus N random digests (2000000;"
                           " 0: no)")
    seen.add_argument("--sizes", default="50,200",
                      help="dump sizes in MB for the memory figures (50,200)")
    seen.set_defaults(run=bench_seen)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
