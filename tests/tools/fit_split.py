#!/usr/bin/env python3
"""Fit the weights of the auto splitting rule; print them as the constants of the script.

    pip install numpy            # this helper only; the script and the tests need nothing
    python3 tests/tools/fit_split.py [--write]

Fits on the fitting half (every other article) of every source of ../shared/corpus/news/,
as multi-paragraph dumps, and on generated dumps (tests/tools/make_news_dump.py, seeds apart
from the ones tests/tools/split_accuracy.py checks). Two logistic regressions, in order:
TITLE_WEIGHTS, whether a possible headline seen alone is one (title_evidence), then
START_WEIGHTS, whether it opens an article given the blocks around it (start_evidence, whose
first number is the first model's score). Each source weighs the same, however many blocks
it has. Then prints the exact-article share of the held-out half with the new weights.
--write puts the constants into dedupe_and_split.py in place of the current ones.
"""

import argparse
import io
import math
import os
import re
import sys

import numpy

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, ROOT)

import dedupe_and_split as ds  # noqa: E402
import make_news_dump  # noqa: E402
import split_accuracy  # noqa: E402

GENERATED_SEEDS = (101, 102)
GENERATED_ARTICLES = 1500
GENERATED_WEIGHT = 3.0    # the generated dumps together weigh as much as this many sources
RIDGE = 1e-4              # L2 penalty per unit of total weight, keeps weights finite
ITERATIONS = 30
# The weight of the yes/no neighbour tests is set, not fitted: they carry what generated dumps
# teach (reader comments, lists, cut links), which real news has too few of to fit.
TESTS_WEIGHT = 4.0


def scored_blocks(text):
    """The dump's blocks as the rule scores them, with the default --max-title-chars."""
    lines = ds.read_lines(io.BytesIO(text.encode("utf-8")), "dump", ds.ReadCounter())
    return [ds._Block(line, block, ds.DEFAULT_MAX_TITLE_CHARS)
            for line, block in ds.iter_blocks(lines)]


def examples(text, truth):
    """(title rows, title labels, start rows, start labels) of a dump's possible headlines."""
    titles = {record["line"] for record in truth}
    blocks = scored_blocks(text)
    style = ds.HouseStyle()
    current = ds.OpenArticle()
    title_rows, title_labels, start_rows, start_labels = [], [], [], []
    for index, block in enumerate(blocks):
        is_title = block.line in titles
        if block.title is not None:
            title_rows.append(block.features)
            title_labels.append(is_title)
            if index:
                following = blocks[index + 1] if index + 1 < len(blocks) else None
                after = blocks[index + 2] if index + 2 < len(blocks) else None
                start_rows.append(ds.start_evidence(blocks[index - 1], block, following, after,
                                                    style, current))
                start_labels.append(is_title)
        if is_title:
            if index:
                style.learn_body(current.blocks)
            style.learn(block.title or block.lines[0].strip())
            current = ds.OpenArticle()
        else:
            current.add(block)
    return title_rows, title_labels, start_rows, start_labels


def fit(sets, fixed=None):
    """Weights of a logistic regression over sets of (rows, labels), each set weighing one;
    fixed is (index, weight) of a weight that is set rather than fitted."""
    rows, labels, weights = [], [], []
    for set_rows, set_labels, set_weight in sets:
        rows.extend(set_rows)
        labels.extend(set_labels)
        weights.extend([set_weight / max(1, len(set_rows))] * len(set_rows))
    x = numpy.array(rows, dtype=float)
    y = numpy.array(labels, dtype=float)
    w = numpy.array(weights)
    offset = numpy.zeros(len(rows))
    if fixed is not None:
        offset = x[:, fixed[0]] * fixed[1]
        x = numpy.delete(x, fixed[0], axis=1)
    beta = numpy.zeros(x.shape[1])
    ridge = RIDGE * w.sum() * numpy.eye(x.shape[1])
    for _ in range(ITERATIONS):  # Newton's method
        p = 1 / (1 + numpy.exp(-numpy.clip(x @ beta + offset, -30, 30)))
        gradient = x.T @ (w * (y - p)) - ridge @ beta
        hessian = (x * (w * p * (1 - p))[:, None]).T @ x + ridge
        beta += numpy.linalg.solve(hessian, gradient)
    if fixed is not None:
        beta = numpy.insert(beta, fixed[0], fixed[1])
    return [round(float(b), 3) for b in beta]


def dumps():
    """(name, text, truth, weight) of every fitting dump."""
    found = []
    for source, articles in make_news_dump.news_sources().items():
        fitting, _ = make_news_dump.halves(articles)
        text, truth = make_news_dump.news_dump(fitting)
        found.append((source, text, truth, 1.0))
    sentences = make_news_dump.load_sentences()
    for seed in GENERATED_SEEDS:
        text, truth = make_news_dump.generate(GENERATED_ARTICLES, seed, sentences)
        found.append(("generated %d" % seed, text, truth, GENERATED_WEIGHT / len(GENERATED_SEEDS)))
    return found


def constants(title_weights, start_weights, priors):
    """The constants' source text, as dedupe_and_split.py holds it."""
    def wrapped(name, values):
        text = "%s = (%s)" % (name, ", ".join(repr(v) for v in values))
        lines, line = [], ""
        for piece in text.split(" "):
            if len(line) + len(piece) + 1 > 92:
                lines.append(line)
                line = " " * (len(name) + 4)
            line += ("" if line.strip() == "" and line else " " if line else "") + piece
        return "\n".join(lines + [line]) + "\n"
    return (wrapped("TITLE_WEIGHTS", title_weights) + wrapped("START_WEIGHTS", start_weights)
            + "PRIOR_UPPER_SHARE = %r\nPRIOR_LOG_TITLE_CHARS = %r\nPRIOR_MARKED_SHARE = %r\n"
            "PRIOR_LOG_BODY_BLOCKS = %r\n" % priors)


def main(argv=None):
    """Fit, print the constants and the held-out shares; optionally write them."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--tests-weight", type=float, default=TESTS_WEIGHT)
    args = parser.parse_args(argv)
    found = dumps()
    if not found:
        print("no data", file=sys.stderr)
        return 1
    titles = [record["title"] for _, _, truth, _ in found[:-len(GENERATED_SEEDS)]
              for record in truth] or [r["title"] for r in found[-1][2]]
    bodies = [record["body"].count("\n\n") + 1 for _, _, truth, _ in found[:-len(GENERATED_SEEDS)]
              for record in truth] or [1]
    priors = (round(sum(t.isupper() for t in titles) / len(titles), 3),
              round(sum(math.log(len(t)) for t in titles) / len(titles), 3),
              round(sum(ds._final_mark(t) in ds._SENTENCE_MARKS for t in titles) / len(titles), 3),
              round(sum(math.log(1 + b) for b in bodies) / len(bodies), 3))
    (ds.PRIOR_UPPER_SHARE, ds.PRIOR_LOG_TITLE_CHARS, ds.PRIOR_MARKED_SHARE,
     ds.PRIOR_LOG_BODY_BLOCKS) = priors
    per_dump = [(examples(text, truth), weight) for _, text, truth, weight in found]
    ds.TITLE_WEIGHTS = tuple(fit([(e[0], e[1], weight) for e, weight in per_dump]))
    # The start model reads the title model's scores: compute its rows again with them.
    per_dump = [(examples(text, truth), weight) for _, text, truth, weight in found]
    tests = ds.START_FEATURES.index("passes the neighbour tests")
    ds.START_WEIGHTS = tuple(fit([(e[2], e[3], weight) for e, weight in per_dump],
                                 (tests, args.tests_weight)))
    for name, value in zip(ds.TITLE_FEATURES, ds.TITLE_WEIGHTS):
        print("# title  %-32s %7.3f" % (name, value))
    for name, value in zip(ds.START_FEATURES, ds.START_WEIGHTS):
        print("# start  %-32s %7.3f" % (name, value))
    text = constants(ds.TITLE_WEIGHTS, ds.START_WEIGHTS, priors)
    print(text)
    split_accuracy.report_news()
    if args.write:
        path = os.path.join(ROOT, "dedupe_and_split.py")
        with open(path, encoding="utf-8") as source:
            script = source.read()
        pattern = re.compile(r"TITLE_WEIGHTS = \(.*?\nPRIOR_LOG_BODY_BLOCKS = [^\n]*\n", re.S)
        with open(path, "w", encoding="utf-8") as out:
            out.write(pattern.sub(lambda _: text, script, count=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
