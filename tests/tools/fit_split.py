#!/usr/bin/env python3
"""Fit the weights of the auto splitting rule; print them as the constants of the script.

    pip install numpy            # this helper only; the script and the tests need nothing
    python3 tests/tools/fit_split.py [--write]

Fits on the fitting half (every other article, tests/tools/make_news_dump.py halves()) of
every source of ../shared/corpus/news/, as multi-paragraph dumps. Two logistic regressions,
in order: TITLE_WEIGHTS, whether a possible headline seen alone is one (title_evidence and
the yes/no headline tests), then START_WEIGHTS, whether it opens an article given the blocks
around it and the house style (start_evidence, whose first number is the first model's
score). Each source weighs the same, however many blocks it has. The house style is learnt
from the true headlines while fitting. Prints the weights by feature, the constants, and the
held-out report of tests/tools/split_accuracy.py with them; --write puts the constants into
dedupe_and_split.py in place of the current ones.
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

RIDGE = 1e-4       # L2 penalty per unit of total weight: keeps the weights finite
ITERATIONS = 30    # Newton steps; the fit converges in fewer


def scored_blocks(text):
    """The dump's blocks as the rule scores them, with the default --max-title-chars."""
    lines = ds.read_lines(io.BytesIO(text.encode("utf-8")), "dump", ds.ReadCounter())
    return [ds._Block(ds.DEFAULT_MAX_TITLE_CHARS, numbered) for numbered in ds.iter_blocks(lines)]


def examples(text, truth):
    """(title rows, title labels, start rows, start labels) of a dump's possible headlines."""
    titles = {record["line"] for record in truth}
    blocks = scored_blocks(text)
    style = ds.HouseStyle()
    body_blocks = 0
    title_rows, title_labels, start_rows, start_labels = [], [], [], []
    for index, block in enumerate(blocks):
        is_title = block.line in titles
        if block.title is not None:
            title_rows.append(block.features)
            title_labels.append(is_title)
            if index:
                following = blocks[index + 1] if index + 1 < len(blocks) else None
                after = blocks[index + 2] if index + 2 < len(blocks) else None
                passes = ds._passes_start_tests(blocks[index - 1], block, following, after,
                                                body_blocks > 0)
                start_rows.append(ds.start_evidence(blocks[index - 1], block, following, after,
                                                    style, passes))
                start_labels.append(is_title)
        if is_title:
            style.learn(block, blocks[index - 1] if index else None)
            body_blocks = 0
        else:
            style.learn_body(block)
            body_blocks += 1
    return title_rows, title_labels, start_rows, start_labels


def fit(sets):
    """Weights of a logistic regression over sets of (rows, labels), each set weighing one."""
    rows, labels, weights = [], [], []
    for set_rows, set_labels in sets:
        rows.extend(set_rows)
        labels.extend(set_labels)
        weights.extend([1.0 / max(1, len(set_rows))] * len(set_rows))
    x = numpy.array(rows, dtype=float)
    y = numpy.array(labels, dtype=float)
    w = numpy.array(weights)
    beta = numpy.zeros(x.shape[1])
    ridge = RIDGE * w.sum() * numpy.eye(x.shape[1])
    for _ in range(ITERATIONS):  # Newton's method
        p = 1 / (1 + numpy.exp(-numpy.clip(x @ beta, -30, 30)))
        gradient = x.T @ (w * (y - p)) - ridge @ beta
        hessian = (x * (w * p * (1 - p))[:, None]).T @ x + ridge
        beta += numpy.linalg.solve(hessian, gradient)
    return tuple(round(float(b), 3) for b in beta)


def house_style_priors(dumps):
    """The house style of an average source, from its true headlines: the priors."""
    upper, log_chars, marked, next_shared, previous_shared = [], [], [], [], []
    for text, truth in dumps:
        titles = {record["line"] for record in truth}
        blocks = scored_blocks(text)
        shares = [[], []]
        for index, block in enumerate(blocks):
            if block.line in titles and block.title is not None:
                following = blocks[index + 1] if index + 1 < len(blocks) else None
                previous = blocks[index - 1] if index else None
                if previous is not None:
                    ds.start_evidence(previous, block, following, None, ds.HouseStyle(), False)
                    shares[0].append(block.sharing[0])
                    shares[1].append(block.sharing[1])
        found = [record["title"] for record in truth]
        upper.append(sum(t.isupper() for t in found) / len(found))
        log_chars.append(sum(math.log(len(t)) for t in found) / len(found))
        marked.append(sum(ds._final_mark(t) in ds._SENTENCE_MARKS for t in found) / len(found))
        next_shared.append(sum(shares[0]) / max(1, len(shares[0])))
        previous_shared.append(sum(shares[1]) / max(1, len(shares[1])))
    return tuple(round(sum(values) / len(values), 3)
                 for values in (upper, log_chars, marked, next_shared, previous_shared))


PRIOR_NAMES = ("PRIOR_UPPER_SHARE", "PRIOR_LOG_TITLE_CHARS", "PRIOR_MARKED_SHARE",
               "PRIOR_NEXT_SHARED", "PRIOR_PREVIOUS_SHARED")


def constants():
    """The fitted constants' source text, as dedupe_and_split.py holds it."""
    lines = []
    for name in ("TITLE_WEIGHTS", "START_WEIGHTS"):
        line = name + " = ("
        for value in getattr(ds, name):
            piece = repr(value) + ", "
            if len(line) + len(piece) > 93:
                lines.append(line.rstrip())
                line = " " * len(name + " = (")
            line += piece
        lines.append(line[:-2] + ")")
    lines.extend("%s = %r" % (name, getattr(ds, name)) for name in PRIOR_NAMES)
    return "\n".join(lines) + "\n"


def main(argv=None):
    """Fit, print the constants and the held-out shares; optionally write them."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    sources = make_news_dump.news_sources()
    if not sources:
        print("fit_split.py: ../shared/corpus/news is absent", file=sys.stderr)
        return 1
    dumps = [make_news_dump.news_dump(make_news_dump.halves(articles)[0])
             for articles in sources.values()]
    for name, value in zip(PRIOR_NAMES, house_style_priors(dumps)):
        setattr(ds, name, value)
    ds.TITLE_WEIGHTS = fit([examples(text, truth)[:2] for text, truth in dumps])
    # The start model reads the title model's scores: its rows are made with the new weights.
    ds.START_WEIGHTS = fit([examples(text, truth)[2:] for text, truth in dumps])
    for kind, names, weights in (("title", ds.TITLE_FEATURES, ds.TITLE_WEIGHTS),
                                 ("start", ds.START_FEATURES, ds.START_WEIGHTS)):
        for name, value in zip(names, weights):
            print("  %s  %-32s %7.3f" % (kind, name, value))
    text = constants()
    print(text)
    split_accuracy.report_news()
    if args.write:
        path = os.path.join(ROOT, "dedupe_and_split.py")
        with open(path, encoding="utf-8") as source:
            script = source.read()
        pattern = re.compile(r"^TITLE_WEIGHTS = \(.*?^PRIOR_PREVIOUS_SHARED = [^\n]*\n",
                             re.S | re.M)
        with open(path, "w", encoding="utf-8") as out:
            out.write(pattern.sub(lambda _: text, script, count=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
