#!/usr/bin/env python3
"""Accuracy check of the auto splitting rule: real news and generated dumps, with ground truth.

    python3 tests/tools/split_accuracy.py [--articles N] [--seeds S,S,...] [--subheading-rate R]
                                          [--show-wrong N]

Real news first (when ../shared/corpus/news is there; skipped politely otherwise): the held-out
half of every source (every other article; tests/tools/fit_split.py fits on the other half) is
written as two dumps, one with each body on one line (its paragraphs glued together, as in the
sample dump) and one with multi-paragraph bodies, and split with --layout auto. An article is
right when it starts at the right line with exactly the right title and body. Prints the share
of articles exactly right per source and dump, and whether --layout auto gave exactly what
--layout pairs gives.

Then generated dumps, built by tests/tools/make_news_dump.py (real sentences from
../shared/corpus/sentences/, else tests/data/languages.tsv) and full of traps: the share per
dump and overall (and apart, without in-body sub-headings and question paragraphs), per trap
kind, and examples of wrong splits; then pairs-shaped dumps (one paragraph a body), which must
split exactly as --layout pairs does.

Exits 1 when a one-line real-news dump is not 100% right and equal to --layout pairs, when a
multi-paragraph real-news source falls below its floor in NEWS_FLOORS, when the generated
dumps fall below REGRESSION_FLOOR, or when a pairs-shaped dump is not 100% right. The floors
sit a little under what the rule measures today, so that a change that makes splitting worse
fails CI.
"""

import argparse
import io
import os
import sys
import time
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # the project

import dedupe_and_split as ds  # noqa: E402
import make_news_dump  # noqa: E402

TARGET = 0.98
REGRESSION_FLOOR = 0.955
# Without the corpus the dumps are made of the few sentences per language of
# tests/data/languages.tsv, repeated over and over. Words repeated across a dump do not count
# as shared with the text after a line, so the rule soon goes back to its yes/no tests there,
# but it splits the first articles before it has seen the repetition (README "Splitting").
REGRESSION_FLOOR_WITHOUT_CORPUS = 0.92
# Multi-paragraph real news, held-out half: the least share of articles exactly right.
NEWS_FLOORS = {"fakenews-es": 0.71, "iltalehti-fi": 0.99, "reuters21578": 0.98, "vfnd-vi": 0.50,
               "wikinews-de": 0.93, "wikinews-en": 0.81, "wikinews-fr": 0.90}
# In-body sub-headings and one-sentence question paragraphs look exactly like a headline and
# its first paragraph: a documented limit of the rule, reported apart.
LIMITS = {"subheading", "question_paragraph"}
EXAMPLES = 10
NO_TRAPS = {name: 0.0 for name in make_news_dump.RATES}


def split_text(text, layout="auto"):
    """Split a dump held in memory, exactly as the command line reads it."""
    counter = ds.ReadCounter()
    lines = ds.read_lines(io.BytesIO(text.encode("utf-8")), "dump", counter)
    return list(ds.split_articles(ds.iter_blocks(lines), layout))


def score(text, truth, layout="auto"):
    """(number right, per-trap Counter of (seen, right), wrong truth records with what came out)."""
    found = {article.line: article for article in split_text(text, layout)}
    right, traps, wrong = 0, {}, []
    for record in truth:
        article = found.get(record["line"])
        ok = (article is not None and article.title == record["title"]
              and article.body == record["body"])
        right += ok
        for trap in record["traps"] or ["none"]:
            seen = traps.setdefault(trap, [0, 0])
            seen[0] += 1
            seen[1] += ok
        if not ok:
            wrong.append((record, article))
    return right, traps, wrong


def pairs_dump(articles, seed, sentences):
    """A dump whose bodies are single paragraphs, with its truth records."""
    text, truth = make_news_dump.generate(articles, seed, sentences, rates=NO_TRAPS,
                                          single_paragraph=1.0)
    return text, truth


def report_news(show_wrong=0):
    """Split the held-out half of every news source, as one-line and as multi-paragraph
    bodies; print per source the share of articles exactly right; return {(source, shape):
    (share, auto equals pairs)}."""
    results = {}
    sources = make_news_dump.news_sources()
    if not sources:
        print("real news: ../shared/corpus/news is absent, skipped")
        return results
    print("real news, held-out half (every other article), exactly right with --layout auto:")
    print("  %-14s %8s  %-22s %-22s" % ("source", "articles", "one-line bodies",
                                         "multi-paragraph bodies"))
    for source, articles in sources.items():
        _, held = make_news_dump.halves(articles)
        cells = []
        for shape in ("one-line", "multi-paragraph"):
            text, truth = make_news_dump.news_dump(held, one_line=shape == "one-line")
            right, _, wrong = score(text, truth)
            same = split_text(text) == split_text(text, "pairs")
            results[source, shape] = (right / len(truth), same)
            cells.append("%6.2f%%%s" % (100.0 * right / len(truth),
                                        " (= pairs)" if same else ""))
            for record, article in wrong[:show_wrong]:
                print("    wrong in %s %s: %r -> %r" % (source, shape, record["title"][:60],
                                                        article and article.title[:60]))
        print("  %-14s %8d  %-22s %-22s" % (source, len(held), cells[0], cells[1]))
    multi = [share for (_, shape), (share, _) in results.items() if shape != "one-line"]
    print("  multi-paragraph average over sources: %.2f%%" % (100.0 * sum(multi) / len(multi)))
    return results


def main(argv=None):
    """Run the check; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--subheading-rate", type=float,
                        default=make_news_dump.RATES["subheading"])
    parser.add_argument("--show-wrong", type=int, default=0, metavar="N",
                        help="print N wrong articles per real-news dump")
    args = parser.parse_args(argv)
    started = time.monotonic()
    failures = news_failures(report_news(args.show_wrong))
    print()
    sentences = make_news_dump.load_sentences()
    source = ("the corpus" if os.path.isdir(make_news_dump.CORPUS)
              else "tests/data/languages.tsv (the corpus is absent)")
    print("sentences from %s: %d languages" % (source, len(sentences)))
    total = total_right = 0
    apart = [0, 0]  # articles without the traps in LIMITS: (seen, right)
    traps, wrong = {}, []
    for seed in (int(s) for s in args.seeds.split(",")):
        text, truth = make_news_dump.generate(args.articles, seed, sentences,
                                              rates={"subheading": args.subheading_rate})
        right, found, missed = score(text, truth)
        print("dump seed %d: %d/%d articles exactly right (%.2f%%)"
              % (seed, right, len(truth), 100.0 * right / len(truth)))
        total += len(truth)
        total_right += right
        for trap, (seen, ok) in found.items():
            counts = traps.setdefault(trap, [0, 0])
            counts[0] += seen
            counts[1] += ok
        wrong.extend(missed)
        missed_lines = {record["line"] for record, _ in missed}
        for record in truth:
            if not LIMITS & set(record["traps"]):
                apart[0] += 1
                apart[1] += record["line"] not in missed_lines
    overall = total_right / total
    print("overall: %d/%d (%.2f%%), target %.0f%%"
          % (total_right, total, 100 * overall, 100 * TARGET))
    print("articles without sub-headings or question paragraphs: %d/%d (%.2f%%)"
          % (apart[1], apart[0], 100.0 * apart[1] / apart[0]))
    print("\nper trap (articles holding it, exactly right):")
    for trap, (seen, ok) in sorted(traps.items(), key=lambda item: item[1][1] / item[1][0]):
        print("  %-20s %5d %5d  %6.2f%%" % (trap, seen, ok, 100.0 * ok / seen))
    if wrong:
        print("\nexamples of wrong splits (expected title | what came out at that line):")
    for record, article in wrong[:EXAMPLES]:
        print("  line %d [%s] %r" % (record["line"], ",".join(record["traps"]),
                                    record["title"][:80]))
        if article is None:
            print("      no article starts there; expected body %r" % record["body"][:80])
        elif article.title != record["title"]:
            print("      got title %r" % article.title[:80])
        else:
            at = next((i for i, (a, b) in enumerate(zip(article.body, record["body"]))
                       if a != b), min(len(article.body), len(record["body"])))
            print("      bodies differ at %d: expected %r, got %r" % (
                at, record["body"][max(0, at - 60):at + 60],
                article.body[max(0, at - 60):at + 60]))
    pairs_ok = True
    for seed in (11, 12):
        text, truth = pairs_dump(1000, seed, sentences)
        for layout in ("auto", "pairs"):
            right, _, _ = score(text, truth, layout)
            print("\npairs-shaped dump seed %d, --layout %s: %d/%d right"
                  % (seed, layout, right, len(truth)), end="")
            pairs_ok &= right == len(truth)
    print("\n\ntime: %.1f s" % (time.monotonic() - started))
    # The goal is a direction, not a check: say plainly which lines decide the exit status.
    print("goal of %.0f%% on these dumps: %s (informational)"
          % (100 * TARGET, "reached" if overall >= TARGET else "not reached yet"))
    floor = REGRESSION_FLOOR if os.path.isdir(make_news_dump.CORPUS) \
        else REGRESSION_FLOOR_WITHOUT_CORPUS
    if overall < floor:
        failures.append("generated dumps below the regression floor of %.1f%%" % (100 * floor))
    if not pairs_ok:
        failures.append("pairs-shaped generated dumps")
    for failure in failures:
        print("check FAILED: " + failure)
    if not failures:
        print("check passed: every floor met, one-line dumps equal --layout pairs")
    return 1 if failures else 0


def news_failures(results):
    """What the real-news results miss: 100% and pairs on one-line dumps, NEWS_FLOORS."""
    failures = []
    for (source, shape), (share, same) in sorted(results.items()):
        if shape == "one-line" and (share < 1.0 or not same):
            failures.append("%s, one-line bodies: %.2f%%%s" % (
                source, 100 * share, "" if same else ", not what --layout pairs gives"))
        elif shape != "one-line" and share < NEWS_FLOORS.get(source, 0.0):
            failures.append("%s, multi-paragraph bodies: %.2f%%, below its floor of %.1f%%"
                            % (source, 100 * share, 100 * NEWS_FLOORS[source]))
    return failures


if __name__ == "__main__":
    sys.exit(main())
