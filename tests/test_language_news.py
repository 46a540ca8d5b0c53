"""Tests of the guesser on news as wires write it: tables of figures, telegraphic briefs in
capitals, accented Spanish, and the allowance for news covering fewer function words."""

import json
import os
import tempfile
import unittest

from tests.support import ROOT, run_json
import dedupe_and_split as ds

NEWS = os.path.join(ROOT, "..", "shared", "corpus", "news")

# Our own texts, in the style of a 1980s wire (the corpus's licences keep its text out).
RESULTS_TABLE = ("ACME WIDGET CORP <ACMW> 3RD QTR NET\nSPRINGFIELD, Ill., April 9 -\n"
                 "Shr 41 cts vs 37 cts\nNet 2,318,000 vs 2,044,000\nRevs 61.2 mln vs 55.9 mln\n"
                 "Nine mths\nShr 1.12 dlrs vs 98 cts\nNet 6,410,000 vs 5,702,000\n"
                 "Revs 180.4 mln vs 161.7 mln\nReuter")
BRIEF = ("HARBOUR BANK SETS 50 MLN DLR NOTE ISSUE\nBOSTON, April 9 - Harbour Bank Corp said it "
         "filed for an offering of 50 mln dlrs of notes due 1995, with proceeds to be used to "
         "repay 12.5 mln dlrs of debt and for general purposes.\nThe company said the notes "
         "will carry a rate of 8-1/4 pct and will be sold through a group led by its "
         "underwriters.\nReuter")
NEWS_STORY = ("The city council voted on Monday to close two of its four public libraries at "
              "the end of the year, after a budget review found that the service had run over "
              "its costs for a third year in a row. The mayor said the decision was painful but "
              "that the savings would keep the other two open for longer hours. Residents who "
              "spoke at the meeting said the closures would hit older people and students "
              "hardest, and a petition against the plan has been signed by more than 3,000 "
              "people since it was announced last month.")
SPANISH = ("El gobierno anunció el martes que no habrá cambios en las próximas semanas y que el "
           "presupuesto se presentará a finales de año, según explicó un portavoz del "
           "ministerio de Economía a los periodistas reunidos en la capital.")


class FiguresAndBriefsTest(unittest.TestCase):

    def test_a_table_of_figures_is_never_a_confident_foreign_language(self):
        guess, confidence = ds.guess_language(RESULTS_TABLE)
        self.assertTrue(guess in ("en", "und") or confidence < 0.5, (guess, confidence))

    def test_a_table_of_figures_is_not_latin(self):
        # A word no table lists costs every language alike: the language of the smallest
        # table no longer wins a text whose words are in none.
        self.assertNotIn(ds.guess_language(RESULTS_TABLE)[0], ("la", "af", "eo"))

    def test_a_word_no_table_lists_costs_every_language_the_same(self):
        languages, words, _, _ = ds._model(None).group("latin")
        vectors = ds._cost_vectors([ds.STOPWORDS[code][1] for code in languages], 1.0, True)
        self.assertEqual(vectors, words)
        nowhere = ds._cost_vectors([{"alpha": 10}, {"beta": 1000}], 1.0, True)
        self.assertEqual(ds._unpack(nowhere["alpha"], 2)[1],
                         ds._unpack(nowhere["beta"], 2)[0])

    def test_a_brief_in_capitals_with_figures_is_english(self):
        guess, confidence = ds.guess_language(BRIEF)
        self.assertEqual(guess, "en")
        self.assertGreaterEqual(confidence, 0.5)

    def test_numbers_do_not_count_against_the_coverage(self):
        # (7 tokens: the, 12, 5, mln, dlrs, of, notes; 2 of them numbers)
        self.assertEqual(ds.without_numbers(10.0, "the 12.5 mln dlrs of notes"), 10.0 * 5 / 7)
        self.assertEqual(ds.without_numbers(10.0, "no figures here"), 10.0)
        with_figures = "Shr 41 cts vs 37 cts, 2,318,000 and 55.9 mln. " + NEWS_STORY
        self.assertEqual(ds.guess_language(with_figures)[0], "en")


class LettersAloneTest(unittest.TestCase):

    HEADLINE = "Jääkiekkoilijan kausi päättyi loukkaantumiseen\nKärppien hyökkääjä joutuu sivuun."

    def test_a_headline_with_no_listed_word_is_decided_on_its_letters(self):
        tokens = ds.tokenize(self.HEADLINE)
        self.assertFalse([token for token in tokens for table in ds.STOPWORDS.values()
                          if token in table[1]])
        guess, confidence = ds.guess_language(self.HEADLINE)
        self.assertEqual(guess, "fi")
        self.assertLess(confidence, 0.9)  # nothing covered: not sure

    def test_no_letters_is_still_und(self):
        for text in ("", "12 345", "--- !!! ---", "https://example.com/a"):
            self.assertEqual(ds.guess_language(text), ("und", 0.0), text)


class NewsConfidenceTest(unittest.TestCase):

    def test_a_news_story_is_answered_with_confidence(self):
        self.assertEqual(ds.guess_language(NEWS_STORY), ("en", 1.0))

    def test_accented_spanish_is_not_foreign_to_spanish(self):
        # The sentence corpus's Spanish has almost no accents; wordfreq's words bring them.
        for letter in "áéíñóú":
            self.assertIn(letter, ds.STOPWORDS["es"][2])
        guess, confidence = ds.guess_language(SPANISH)
        self.assertEqual(guess, "es")
        self.assertGreaterEqual(confidence, 0.9)

    def test_a_lone_candidate_gets_no_allowance(self):
        guess, confidence = ds.guess_language(NEWS_STORY, {"fr"})
        self.assertTrue(guess == "und" or confidence < 0.5, (guess, confidence))

    def test_the_allowance_grows_with_the_lead(self):
        expected = (0.6, 0.36, (ds.GENRE_SPREAD * 0.6) ** 2)
        fits = [ds._fit(20, 50.0, expected, weight) for weight in (0.0, 0.5, 1.0)]
        self.assertLess(fits[0], fits[1])
        self.assertLess(fits[1], fits[2])
        self.assertEqual(ds._fit(40, 50.0, expected, 0.0), 1.0)  # covered as usual

    def test_the_command_line_on_a_wire_dump(self):
        with tempfile.TemporaryDirectory() as work:
            path = os.path.join(work, "wire.txt")
            with open(path, "w", encoding="utf-8") as dump:
                for title, body in (BRIEF.split("\n", 1), ("Libraries to close", NEWS_STORY),
                                    ("Presupuesto sin cambios", SPANISH)):
                    dump.write(title + "\n\n" + body + "\n\n")
            output, _ = run_json(path)
        guesses = [(article["language"], article["language_confidence"])
                   for article in output["articles"]]
        self.assertEqual([guess for guess, _ in guesses], ["en", "en", "es"], guesses)
        self.assertGreaterEqual(min(confidence for _, confidence in guesses[1:]), 0.9)


@unittest.skipUnless(os.path.isdir(NEWS), "no news corpus beside the project")
class RealNewsTest(unittest.TestCase):

    def test_english_wire_news_is_never_a_confident_other_language(self):
        confident, other, articles = [], 0, 0
        with open(os.path.join(NEWS, "reuters21578.jsonl"), encoding="utf-8") as news:
            for line in news:
                article = json.loads(line)
                guess, confidence = ds.guess_language(
                    article["title"] + "\n" + "\n".join(article["paragraphs"]))
                articles += 1
                other += guess not in ("en", "und")
                if guess != "en" and confidence >= ds.CONFIDENT:
                    confident.append((guess, confidence, article["title"]))
        self.assertEqual(confident, [])
        self.assertLess(other / articles, 0.03)  # tables of figures, at low confidence

if __name__ == "__main__":
    unittest.main()
