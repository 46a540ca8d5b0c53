"""Tests of the 75-language guesser: new languages, close families, texts in a language it
does not know, mixed scripts, polytonic Greek, reading on, and the language stats."""

import json
import os
import unittest

from tests.support import ROOT, SAMPLE, run_json
import dedupe_and_split as ds

NEWS = os.path.join(ROOT, "..", "shared", "corpus", "news")

# Our own sentences (the corpus's licences keep its text out of the project).
OWN = {
    "af": "Die regering het gesê dat daar geen veranderinge in die komende weke sal wees nie,"
          " en dat die begroting later vanjaar bekend gemaak sal word.",
    "sw": "Serikali imesema kwamba hakutakuwa na mabadiliko yoyote katika wiki zijazo, na kwamba"
          " bajeti itatangazwa baadaye mwaka huu.",
    "vi": "Chính phủ cho biết sẽ không có thay đổi nào trong những tuần tới, và ngân sách sẽ"
          " được công bố vào cuối năm nay.",
    "is": "Ríkisstjórnin sagði að engar breytingar yrðu á næstu vikum og að fjárlögin yrðu"
          " kynnt síðar á árinu.",
    "az": "Hökumət bildirib ki, növbəti həftələrdə heç bir dəyişiklik olmayacaq və büdcə ilin"
          " sonunda açıqlanacaq.",
    "be": "Урад заявіў, што ў бліжэйшыя тыдні ніякіх змен не будзе, а бюджэт абвесцяць пазней"
          " у гэтым годзе.",
    "nn": "Regjeringa seier at det ikkje blir nokon endringar dei neste vekene, og at budsjettet"
          " blir lagt fram seinare i år.",
}
MALAY = ("Kerajaan berkata bahawa tidak akan ada sebarang perubahan dalam beberapa minggu akan"
         " datang, dan belanjawan akan diumumkan kemudian pada tahun ini.")
ENGLISH = ("The government said on Tuesday that there would be no changes in the coming weeks,"
           " and that the budget would be presented later this year, a spokesman told reporters.")


def first_sample_guess(text):
    """The guess from the first sample alone, before any reading on."""
    model = ds._model(None)
    return ds._confidence(model, ds._scores(model, ds._sample(text, ds.FIRST_SAMPLE_CHARS)))


class NewLanguagesTest(unittest.TestCase):

    def test_own_sentences_of_new_languages(self):
        for code, text in OWN.items():
            with self.subTest(language=code):
                guess, confidence = ds.guess_language(text)
                self.assertEqual(guess, code)
                self.assertGreaterEqual(confidence, 0.8)

    def test_a_close_family_gives_its_best_guess_with_less_confidence(self):
        guess, confidence = ds.guess_language(MALAY)
        self.assertIn(guess, ("ms", "id"))
        if guess != "ms":
            self.assertLess(confidence, 0.9)


class OpenSetTest(unittest.TestCase):
    """A text in a language outside the candidates gets "und" or a low confidence."""

    def test_a_language_left_out_is_not_answered_confidently(self):
        everything = frozenset(ds.STOPWORDS)
        for code in ("az", "vi", "is", "sw", "be"):
            with self.subTest(language=code):
                guess, confidence = ds.guess_language(OWN.get(code) or OWN["af"],
                                                      everything - {code})
                self.assertTrue(guess == "und" or confidence < 0.5, (guess, confidence))

    def test_restricted_candidates(self):
        guess, confidence = ds.guess_language(ENGLISH, {"fr"})
        self.assertTrue(guess == "und" or confidence < 0.5, (guess, confidence))
        self.assertEqual(ds.guess_language(ENGLISH, {"fr", "en"})[0], "en")

    def test_command_line_restricted_to_french(self):
        output, _ = run_json(SAMPLE, "--languages", "fr")
        english = [article for article in output["articles"] if article["title"].startswith("US ")]
        self.assertTrue(english)
        for article in english:
            self.assertTrue(article["language"] == "und" or article["language_confidence"] < 0.5,
                            article["language_confidence"])


class StatsTest(unittest.TestCase):

    def test_stats_count_und_and_the_confident_share(self):
        output, _ = run_json(SAMPLE, "--languages", "fr")
        articles = output["articles"]
        stats = output["stats"]
        languages = {}
        for article in articles:
            languages[article["language"]] = languages.get(article["language"], 0) + 1
        self.assertEqual(stats["languages"], languages)
        self.assertIn("und", stats["languages"])
        confident = sum(article["language_confidence"] >= 0.9 for article in articles)
        self.assertEqual(stats["language_confident_share"], round(confident / len(articles), 4))


class MixedScriptsTest(unittest.TestCase):

    def test_cyrillic_text_opening_with_latin_names(self):
        text = ("Intel Core i7, USB-C, Wi-Fi 6E, Bluetooth 5.3, Thunderbolt 4 и HDMI 2.1: новый"
                " ноутбук поступит в продажу в следующем месяце, сообщили в компании. Цена пока"
                " не объявлена, но, по словам представителей, она будет ниже, чем у прошлой"
                " модели.")
        self.assertEqual(ds.guess_language(text)[0], "ru")

    def test_japanese_text_opening_with_english_terms(self):
        text = ("Apple iPhone 15 Pro Max, USB Type-C, Dynamic Island, A17 Pro chip: 新しいスマー"
                "トフォンは来月から日本でも販売される予定です。価格はまだ発表されていませんが、"
                "前のモデルより高くなると見られています。")
        self.assertEqual(ds.guess_language(text)[0], "ja")

    def test_polytonic_greek(self):
        text = ("Ἡ κυβέρνηση ἀνακοίνωσε ὅτι δὲν θὰ ὑπάρξουν ἀλλαγὲς τὶς ἑπόμενες ἑβδομάδες, καὶ"
                " ὅτι ὁ προϋπολογισμὸς θὰ παρουσιαστεῖ ἀργότερα μέσα στὴ χρονιά.")
        guess, confidence = ds.guess_language(text)
        self.assertEqual(guess, "el")
        self.assertGreaterEqual(confidence, 0.9)

    def test_greek_extended_maps_to_monotonic_letters(self):
        self.assertEqual("ἀλλαγὲς ὑπάρξουν ᾗ".translate(ds._monotonic_greek()), "αλλαγές υπάρξουν ή")


class ReadOnTest(unittest.TestCase):

    def test_an_undecided_start_is_read_past(self):
        credits = ("Photo: Jane Doe / Reuters / AFP / dpa / ANP. Fotos: John Smith, Maria Rossi,"
                   " Pierre Dupont, Hans Müller, 12.03.2024, 14:35. Updated 12.03.2024 15:10."
                   " Jane Doe, John Smith, Maria Rossi, Pierre Dupont, Hans Müller, Anna Kowalska,"
                   " Jan Novák, Eva Nilsson, Piet de Vries. ")
        german = ("Die Bundesregierung hat am Dienstag angekündigt, dass es in den kommenden"
                  " Wochen keine Änderungen geben wird. Der Haushalt soll später im Jahr"
                  " vorgestellt werden, wie ein Sprecher in Berlin sagte. Die Opposition"
                  " kritisierte die Entscheidung scharf und forderte eine Debatte im Bundestag.")
        self.assertGreaterEqual(len(credits), ds.FIRST_SAMPLE_CHARS - 50)
        text = credits + german
        self.assertLess(first_sample_guess(text)[1], ds.DECISIVE)
        self.assertEqual(ds.guess_language(text)[0], "de")

    def test_reading_is_bounded(self):
        # Nothing past LANGUAGE_SAMPLE_CHARS is read: what follows cannot change the guess.
        text = ("Photo: Jane Doe, John Smith, 12.03.2024. " * 20)[:ds.LANGUAGE_SAMPLE_CHARS]
        self.assertEqual(ds.guess_language(text + ENGLISH * 5), ds.guess_language(text))


@unittest.skipUnless(os.path.isdir(NEWS), "no news corpus beside the project")
class RealNewsTest(unittest.TestCase):

    def test_vietnamese_news(self):
        with open(os.path.join(NEWS, "vfnd-vi.jsonl"), encoding="utf-8") as news:
            articles = [json.loads(line) for line in news]
        guesses = [ds.guess_language(article["title"] + "\n" + "\n".join(article["paragraphs"]))
                   for article in articles]
        self.assertGreaterEqual(sum(guess == "vi" for guess, _ in guesses) / len(guesses), 0.99)


if __name__ == "__main__":
    unittest.main()
