"""Text repeated across a dump (a sign-off, a newsletter line, a few sentences over and over)
does not make lines look like headlines of the text after them."""

import unittest

from tests.test_split_rule import news_article, split_text
import dedupe_and_split as ds

SIGN_OFF = "Subscribe to our newsletter for the latest headlines from around the region."
SIGN_OFF_WORDS = ds._content_words(SIGN_OFF)


class RepeatedWordsTest(unittest.TestCase):

    def test_words_seen_often_are_not_counted_as_shared(self):
        style = ds.HouseStyle()
        words = ds._content_words("Newsletter headlines")
        self.assertEqual(style.fresh_shared(words, SIGN_OFF.lower(), SIGN_OFF_WORDS), 1.0)
        for _ in range(ds.REPEATED_WORD_TIMES):
            style.fresh_shared(words, SIGN_OFF.lower(), SIGN_OFF_WORDS)
        self.assertEqual(style.fresh_shared(words, SIGN_OFF.lower(), SIGN_OFF_WORDS), 0.0)

    def test_fresh_words_still_count_beside_repeated_ones(self):
        style = ds.HouseStyle()
        for _ in range(ds.REPEATED_WORD_TIMES):
            style.fresh_shared(ds._content_words("Newsletter"), SIGN_OFF.lower(), SIGN_OFF_WORDS)
        words = ds._content_words("Brewers newsletter")
        self.assertEqual(style.fresh_shared(words, "brewers sell more beer.", {"brewers"}), 1.0)

    def test_counted_words_are_bounded(self):
        style = ds.HouseStyle()
        for index in range(ds.MAX_COUNTED_WORDS // 100 + 10):
            words = {"word%dx%d" % (index, n) for n in range(100)}
            style.fresh_shared(words, "", set())
        self.assertLessEqual(len(style.word_counts), ds.MAX_COUNTED_WORDS)

    def test_trust_forgets_a_start_full_of_shared_words(self):
        style = ds.HouseStyle()
        for _ in range(200):
            style.learn_candidate(1.0)
        self.assertEqual(style.trust, 1.0)
        for _ in range(8 * ds.TRUST_MEMORY):
            style.learn_candidate(0.0)
        self.assertEqual(style.trust, 0.0)

    def test_boilerplate_after_every_article_does_not_break_the_split(self):
        articles = [news_article(index) for index in range(40)]
        text = "".join("\n\n".join(article + [SIGN_OFF]) + "\n\n" for article in articles)
        got = split_text(text)
        self.assertEqual([title for title, _ in got], [article[0] for article in articles])
        self.assertTrue(all(body.endswith(SIGN_OFF) for _, body in got))


if __name__ == "__main__":
    unittest.main()
