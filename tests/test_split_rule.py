"""The auto layout as the README's Splitting section describes it: one table per rule, with
the README's own examples; the dump's shape and house style; --max-title-chars end to end."""

import io
import itertools
import json
import os
import tempfile
import unittest

from tests import support
import dedupe_and_split as ds

LEDE = "The council approved the plan on Monday after a long debate. It takes effect in May."
MORE = "Critics said the vote was rushed. The mayor rejected that view in a statement."


def split_text(text, layout="auto", max_title_chars=ds.DEFAULT_MAX_TITLE_CHARS):
    """Split a dump held in memory; return [(title, body), ...]."""
    lines = ds.read_lines(io.BytesIO(text.encode("utf-8")), "t", ds.ReadCounter())
    return [(a.title, a.body)
            for a in ds.split_articles(ds.iter_blocks(lines), layout, max_title_chars)]


def split(*blocks):
    """Split a dump made of the given blocks."""
    return split_text("\n\n".join(blocks) + "\n")


def pairs_dump(pairs):
    """A dump of (title, body) pairs."""
    return "".join("%s\n\n%s\n\n" % pair for pair in pairs)


def news_article(index):
    """A headline and two paragraphs that share its words, as real news does."""
    town = ["Munich", "Lyon", "Porto", "Leeds", "Turin", "Ghent", "Malmo", "Graz"][index % 8]
    return ["Brewers in %s bet on alcohol-free beer" % town,
            "Brewers in %s now sell more alcohol-free beer than ever, the brewers' association "
            "said on Monday. Sales rose by a fifth in a year." % town,
            "The association expects the trend to continue as younger drinkers turn away from "
            "strong beer, a spokesman said."]


class HeadlineTestsTable(unittest.TestCase):
    """The headline tests, one row per example of the README."""

    ROWS = [
        # does not end a sentence; a question of 4 words or more is allowed
        ("Storm closes schools across the region", True),
        ("Storm closes schools across the region.", False),
        ("Storm closes schools: what we know;", False),
        ("Is the euro ready for another crisis?", True),
        ("Who pays now?", False),
        # a single sentence
        ("Je vous offre ma bourse, usez-en sans fa\u00e7on.Je m'engage", False),
        ("Talks won't. Then they met again", False),
        ("Inc. and Dr. Who meet U.S. troops", True),
        ("I am leaving as our government is. How could the concerns be resolved?", False),
        # lower case, list markers, dashed sub-heading, dateline
        ("lower case start of a line", False),
        ("- Lower fares", False),
        ("\u2022 More trams at night", False),
        ("1. A new depot", False),
        ("a) A new depot", False),
        ("- Years of war -", False),
        ("WASHINGTON (AP) \u2014", False),
        # brackets
        ("A Dompierre-les-Ormes (71), la soci\u00e9t\u00e9 (", False),
        # quotations, Chinese and Japanese full stops
        ("\u201cWhat are we supposed to do?\u201d", False),
        ("\u4eca\u65e5\u306f\u6674\u308c\u3002\u660e\u65e5\u306f\u96e8", False),
        ("\u6771\u4eac\u3067\u685c\u304c\u6e80\u958b", True),
        # at least 2 words
        ("Jamaican", False),
        # bylines and credits
        ("By Jane Doe", False),
        ("Photo: John Smith/AP", False),
        ("Par le biais d'un accord, Paris rassure", True),
        ("\u00a9 Reuters", False),
        # score lines
        ("Arsenal 2-1 Chelsea", False),
        ("\u56fd\u5065\u5c40\u8868\u793a\uff0c50-69\u5c81\u6c11\u4f17", True),
    ]

    def test_rows(self):
        for line, expected in self.ROWS:
            with self.subTest(line=line):
                self.assertEqual(ds.looks_like_title([line]), expected)

    def test_more_than_max_title_chars_is_never_a_headline(self):
        self.assertTrue(ds.looks_like_title(["Storm closes schools"], 20))
        self.assertFalse(ds.looks_like_title(["Storm closes schools"], 19))
        self.assertIsNone(ds._Block(19, (1, ["Storm closes schools"])).title)

    def test_more_than_40_words_is_never_a_headline(self):
        line = " ".join(["Word"] * (ds.MAX_TITLE_WORDS + 1))
        self.assertIsNone(ds._Block(1000, (1, [line])).title)
        self.assertIsNotNone(ds._Block(1000, (1, [line.rsplit(" ", 1)[0]])).title)


class NeighbourTestsTable(unittest.TestCase):
    """The neighbour tests, one row per example of the README: these blocks stay in a body."""

    ROWS = [
        ("a piece of a sentence cut by a stripped link",
         ["He met the", "Jamaican Foreign Minister", "on Monday."]),
        ("a line before a byline and then a headline", ["Why is nobody talking about this?",
                                                         "Photo: David Brown/AP"]),
        ("the next item of a list of short lines", ["Olive oil", "Fresh basil"]),
        ("a question among reader comments", ["Great article!", "Who is paying for all this?",
                                              "Totally agree!"]),
    ]

    def test_rows(self):
        title = "Storm closes schools across the region"
        for name, inside in self.ROWS:
            with self.subTest(name):
                body = [LEDE] + inside + ([] if "byline" in name else [MORE])
                got = split("City council backs new tram line", *body, title, LEDE)
                self.assertEqual(got, [("City council backs new tram line", "\n\n".join(body)),
                                       (title, LEDE)])


class PairsShapeTest(unittest.TestCase):
    """A dump whose first blocks alternate headline, body splits exactly as --layout pairs."""

    ODD_BODIES = [
        ("Oil prices rise again", "Prices rose on Friday, traders said.Reuter"),
        ("Leeds 3-1 Hull", "Leeds beat Hull on Saturday.Photo: John Smith/AP"),
        ("Who pays now?", "Nobody knows who will pay for the new stadium. Who pays now"),
        ("Markets close higher on Friday", "Stocks rose across Europe on Friday..."),
        ("City council backs new tram line", "The council approved the plan on Monday"),
    ]

    def test_bodies_ending_anyhow_split_as_pairs(self):
        pairs = [("%s, part %d" % (title, n), body) for n in range(4)
                 for title, body in self.ODD_BODIES]
        text = pairs_dump(pairs)
        self.assertEqual(split_text(text), split_text(text, "pairs"))
        self.assertEqual(split_text(text), pairs)

    def test_bodies_starting_in_lower_case_split_as_pairs(self):
        pairs = [("Oil prices rise again", "iPhone sales fell, the company said."),
                 ("Markets close higher on Friday", "... and stocks rose across Europe."),
                 ("City council backs new tram line", "the council approved the plan.")]
        text = pairs_dump(pairs)
        self.assertEqual(split_text(text), pairs)

    def test_a_sentence_cut_across_the_pairs_is_not_pairs_shape(self):
        got = split("First story", "The talks were held with the", "Jamaican Foreign Minister",
                    "on Monday in Kingston.")
        self.assertEqual(len(got), 1)

    def test_a_short_dump_needs_every_headline_to_pass(self):
        # Under 16 headlines, one that fails the headline tests (a score line, a short
        # question) is enough to read the dump by the paragraph rule instead.
        self.assertFalse(ds._pairs_shaped([(n, [line]) for n, line in enumerate(
            [line for pair in self.ODD_BODIES for line in pair])], 200))
        self.assertTrue(ds._pairs_shaped([(n, [line]) for n, line in enumerate(
            [line for pair in self.ODD_BODIES[:1] + self.ODD_BODIES[3:] for line in pair])],
            200))

    def test_a_byline_alone_between_headlines_is_not_pairs_shape(self):
        got = split("City council backs new tram line", LEDE,
                    "Why is nobody talking about this?", "Photo: David Brown/AP",
                    "Storm closes schools across the region", LEDE)
        self.assertEqual([title for title, _ in got], ["City council backs new tram line",
                                                       "Storm closes schools across the region"])

    def test_a_few_odd_blocks_are_allowed_in_a_long_dump(self):
        pairs = [("Headline number %d about the budget" % i, LEDE) for i in range(20)]
        pairs[3] = ("Leeds 3-1 Hull", LEDE)     # fails the headline tests
        pairs[5] = (pairs[5][0], "Who pays")   # a body that looks like a headline
        text = pairs_dump(pairs)
        self.assertEqual(split_text(text), pairs)

    def test_no_odd_blocks_in_a_short_dump(self):
        got = split("Plan adopted", LEDE, "Olive oil", "Fresh basil",
                    "Storm closes schools across the whole region tonight", MORE)
        self.assertEqual(got[0], ("Plan adopted", LEDE + "\n\nOlive oil\n\nFresh basil"))

    def test_when_the_shape_breaks_the_held_back_articles_are_split_again(self):
        pairs = [("Headline number %d about the budget" % i, LEDE) for i in range(40)]
        # Article 40 has two paragraphs, then articles have three: a paragraph lands where
        # a headline should be.
        blocks = [block for pair in pairs for block in pair]
        long = " ".join([LEDE, MORE, LEDE])  # longer than any headline
        blocks += ["Storm closes schools across the region", LEDE, long,
                   "Trams return to the city centre", LEDE, long, LEDE]
        got = split(*blocks)
        self.assertEqual(got[:40], pairs)
        self.assertEqual(got[40:], [("Storm closes schools across the region",
                                     LEDE + "\n\n" + long),
                                    ("Trams return to the city centre",
                                     "\n\n".join([LEDE, long, LEDE]))])


class EvidenceTest(unittest.TestCase):
    """The weighed evidence and the house style, on dumps whose headlines share words."""

    def test_headline_and_first_paragraph_share_words(self):
        blocks = [block for index in range(6) for block in news_article(index)]
        got = split(*blocks)
        self.assertEqual([title for title, _ in got],
                         [news_article(index)[0] for index in range(6)])

    def test_list_items_that_share_no_words_stay_in_the_body(self):
        blocks = []
        for index in range(6):
            title, lead, more = news_article(index)
            blocks += [title, lead, "Pale lager", "Wheat beer", "Stout", more]
        got = split(*blocks)
        self.assertEqual(len(got), 6)
        self.assertTrue(got[0][1].endswith("Pale lager\n\nWheat beer\n\nStout\n\n"
                                           + news_article(0)[2]))

    def test_usual_sign_off_is_learnt(self):
        blocks = []
        for index in range(8):
            title, lead, more = news_article(index)
            blocks += [title.upper(), lead, more, "Reuter"]
        got = split(*blocks)
        self.assertEqual(len(got), 8)
        self.assertTrue(all(body.endswith("\n\nReuter") for _, body in got))

    def test_first_words_of_body_lines_are_learnt(self):
        style = ds.HouseStyle()
        question = ds._Block(200, (1, ["((WN)) Which beer sells best in the region now?"]))
        headline = ds._Block(200, (3, ["Brewers in Leeds bet on alcohol-free beer"]))
        for _ in range(3):
            style.learn_body(question)
            style.learn(headline, None)
        self.assertGreater(style.opener_evidence(question), 1.0)
        self.assertLess(style.opener_evidence(headline), -1.0)

    def test_one_topic_on_both_sides_of_a_line(self):
        style = ds.HouseStyle()
        title, lead, more = news_article(0)
        for line, shared in (("Sales figures", 1.0), (title, 0.0)):
            previous, block, following = (ds._Block(200, (n, [text])) for n, text in enumerate(
                [more if shared else LEDE, line, more]))
            evidence = ds.start_evidence(previous, block, following, None, style, True)
            self.assertEqual(evidence[ds.START_FEATURES.index(
                "words shared by the blocks before and after")], shared, line)

    def test_trust_follows_the_words_headlines_share(self):
        style = ds.HouseStyle()
        for _ in range(50):
            style.learn_candidate(0.0)
        self.assertEqual(style.trust, 0.0)
        for _ in range(500):
            style.learn_candidate(0.5)
        self.assertEqual(style.trust, 1.0)

    def test_words_shared_ahead(self):
        style = ds.HouseStyle()
        title, lead, more = (ds._Block(200, (n, [text]))
                             for n, text in enumerate(news_article(0)))
        self.assertEqual(ds._ahead_shared(title, lead, more, style), 1.0)
        self.assertEqual(ds._ahead_shared(ds._Block(200, (1, ["Olive oil"])), lead, more, style),
                         0.0)

    def test_best_path_never_opens_twice_in_a_row(self):
        self.assertEqual(ds._best_path([3.0, 2.0, None], False), [True, False, False])
        self.assertEqual(ds._best_path([2.0, 3.0, None], False), [False, True, False])
        self.assertEqual(ds._best_path([2.0, -1.0, 2.0], False), [True, False, True])
        self.assertEqual(ds._best_path([2.0, 1.0], True), [False, True])


class StreamingTest(unittest.TestCase):

    def test_decisions_come_out_before_the_dump_ends(self):
        # An endless dump of short lines, none of which closes a window: the window bound
        # still lets the decisions out, and holds at most WINDOW_BLOCKS blocks.
        read = []
        blocks = (ds._Block(200, (n, ["Olive oil number %d" % n])) for n in itertools.count(1))
        starts = ds._decide_starts(block for block in blocks if not read.append(block))
        block, opens = next(starts)
        self.assertEqual((block.line, opens), (1, True))
        self.assertLessEqual(len(read), ds.WINDOW_BLOCKS + 2)

    def test_nothing_is_read_before_articles_are_asked_for(self):
        # The output file is created first: reading a slow pipe must not come before it.
        read = []
        blocks = (read.append(n) or (n, ["Headline number %d" % n if n % 2 == 0 else LEDE])
                  for n in range(1000))
        articles = ds.split_articles(blocks)
        self.assertEqual(read, [])
        next(articles)
        self.assertLessEqual(len(read), ds.HOUSE_STYLE_BLOCKS + 2 * ds.PAIRS_HOLD_ARTICLES + 2)

    def test_every_block_is_in_an_article_in_order(self):
        blocks = [block for index in range(5) for block in news_article(index)]
        blocks[3:3] = ["Pale lager", "Wheat beer"]
        text = "\n\n".join(blocks) + "\n"
        lines = ds.read_lines(io.BytesIO(text.encode()), "t", ds.ReadCounter())
        rebuilt = []
        for article in ds.split_articles(ds.iter_blocks(lines)):
            rebuilt.append(article.title)
            rebuilt.extend(article.body.split("\n\n") if article.body else [])
        self.assertEqual(rebuilt, blocks)


class MaxTitleCharsTest(unittest.TestCase):
    """--max-title-chars, end to end: a longer line is body text in every part of the rule."""

    def run_dump(self, text, *args):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "dump.txt")
            with open(path, "w", encoding="utf-8") as dump:
                dump.write(text)
            result, _ = support.run_json(path, *args)
        return [article["title"] for article in result["articles"]]

    def test_longer_headlines_become_body_text(self):
        text = "\n\n".join(["Plan adopted", LEDE, "Storm closes schools across the region",
                            MORE, "Trams return", LEDE]) + "\n"
        self.assertEqual(self.run_dump(text), ["Plan adopted",
                                               "Storm closes schools across the region",
                                               "Trams return"])
        self.assertEqual(self.run_dump(text, "--max-title-chars", "20"),
                         ["Plan adopted", "Trams return"])

    def test_pairs_shape_needs_headlines_within_the_limit(self):
        pairs = [("Headline number %d about the budget" % i, LEDE) for i in range(20)]
        text = pairs_dump(pairs)
        self.assertEqual(len(self.run_dump(text)), 20)
        # No line is a headline at 10 characters: one article, the first block its title.
        self.assertEqual(len(self.run_dump(text, "--max-title-chars", "10")), 1)

    def test_byline_look_ahead_uses_the_limit(self):
        # A byline after a headline-like line ends the body above it only when the line after
        # the byline is a headline too: at 30 characters that line is body text.
        for limit, opens in ((200, False), (30, True)):
            previous, block, following, after = (
                ds._Block(limit, (n, [text])) for n, text in enumerate(
                    [LEDE, "Storm closes schools", "By Jane Doe",
                     "Trams return to the centre of the city"]))
            self.assertEqual(ds._starts_article(previous, block, following, after, True),
                             opens, limit)


if __name__ == "__main__":
    unittest.main()
