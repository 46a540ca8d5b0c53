"""Tests of the language guesser: every language, tokenisation, 'und', candidates, confidence."""

import unittest

from tests.support import SAMPLE, data, run_json, run_script
import dedupe_and_split as ds

REQUIRED = ("en fr de es it pt nl sv da nb fi pl cs sk ro hu tr id ca hr sl et lv lt ru uk bg"
            " el ar fa he hi zh ja ko").split()


def labelled_texts(kind):
    """(language, text) pairs of one kind from the held-out fixture."""
    with open(data("languages.tsv"), encoding="utf-8") as fixture:
        rows = [line.rstrip("\n").split("\t") for line in fixture if line.strip()]
    return [(code, text) for code, row_kind, text in rows if row_kind == kind]


class EveryLanguageTest(unittest.TestCase):

    def test_required_languages_are_supported(self):
        for code in REQUIRED:
            self.assertIn(code, ds.LANGUAGE_NAMES)
            self.assertIn(code, ds.STOPWORDS)

    def test_fixture_covers_the_required_languages(self):
        codes = {code for code, _ in labelled_texts("paragraph")}
        self.assertLessEqual(set(REQUIRED), codes)
        self.assertLessEqual(codes, set(ds.LANGUAGE_NAMES))

    def test_every_language_has_tables(self):
        self.assertEqual(set(ds.STOPWORDS), set(ds.LANGUAGE_NAMES))
        self.assertEqual(len(ds.LANGUAGE_NAMES), 75)

    def test_paragraphs_of_every_language(self):
        confidences = []
        for code, text in labelled_texts("paragraph"):
            with self.subTest(language=code):
                guess, confidence = ds.guess_language(text)
                self.assertEqual(guess, code)
                self.assertGreaterEqual(confidence, 0.5)
                confidences.append(confidence)
        # A paragraph that its language's table covers unusually little is less sure: it
        # could be in a language the tables lack.
        self.assertGreaterEqual(sum(c >= 0.9 for c in confidences) / len(confidences), 0.9)

    def test_single_sentences(self):
        sentences = labelled_texts("sentence")
        results = [(code, ds.guess_language(text)) for code, text in sentences]
        right = sum(code == guess for code, (guess, _) in results)
        self.assertGreaterEqual(right / len(results), 0.9)
        for code, (guess, confidence) in results:
            if guess != code:  # a wrong guess must not claim to be sure
                self.assertLess(confidence, 0.9, (code, guess))

    def test_close_neighbours(self):
        pairs = {
            "da": "Det er ikke første gang, at han har været ude af det, og han siger, at det"
                  " bliver svært for ham at komme tilbage efter skaden.",
            "nb": "Det er ikke første gang at han har vært ute av det, og han sier at det blir"
                  " vanskelig for ham å komme tilbake etter skaden.",
            "sv": "Det är inte första gången som han har varit borta, och han säger att det blir"
                  " svårt för honom att komma tillbaka efter skadan.",
            "es": "El gobierno ha dicho que no habrá más cambios en las próximas semanas.",
            "pt": "O governo disse que não haverá mais mudanças nas próximas semanas.",
            "ca": "El govern ha dit que no hi haurà més canvis en les properes setmanes.",
            "ru": "Правительство заявило, что в ближайшие недели никаких изменений не будет.",
            "uk": "Уряд заявив, що найближчими тижнями жодних змін не буде.",
            "bg": "Правителството заяви, че през следващите седмици няма да има промени.",
            "cs": "Vláda uvedla, že v příštích týdnech nebude žádné změny a že to je všechno.",
            "sk": "Vláda uviedla, že v najbližších týždňoch nebudú žiadne zmeny a že je to všetko.",
            "hr": "Vlada je rekla da u sljedećih nekoliko tjedana neće biti nikakvih promjena.",
            "sl": "Vlada je dejala, da v naslednjih tednih ne bo nobenih sprememb in da je to vse.",
        }
        families = [{"hr", "bs", "sr"}, {"da", "nb", "nn"}, {"cs", "sk"}]
        for code, text in pairs.items():
            with self.subTest(language=code):
                guess, confidence = ds.guess_language(text)
                family = next((family for family in families if code in family), {code})
                # Where the words do not tell the family apart, its best guess, less sure.
                self.assertIn(guess, family)
                if guess != code:
                    self.assertLess(confidence, 0.9)

    def test_scripts_without_spaces(self):
        self.assertEqual(ds.guess_language("東京都は新しい計画を発表しました。これは市民のためのものです。")[0], "ja")
        self.assertEqual(ds.guess_language("政府今天发表了新的计划，这是为了人民的生活。")[0], "zh")
        self.assertEqual(ds.guess_language("정부는 오늘 새로운 계획을 발표했다고 밝혔다.")[0], "ko")


class TokenizeTest(unittest.TestCase):

    def test_apostrophes_split_elisions(self):
        self.assertEqual(ds.tokenize("L’armée d'Italie"), ["l", "armée", "d", "italie"])
        self.assertEqual(ds.tokenize("don't"), ["don", "t"])

    def test_glued_sentences_and_quotes(self):
        self.assertEqual(ds.tokenize("said Friday.Washington “NOT GET INVOLVED!”"),
                         ["said", "friday", "washington", "not", "get", "involved"])

    def test_combining_marks_stay_in_words(self):
        self.assertEqual(ds.tokenize("हिन्दी में"), ["हिन्दी", "में"])

    def test_script_of(self):
        self.assertEqual([ds.script_of(c) for c in "aéəяαἀשعक日あ한ก1"],
                         ["latin", "latin", "latin", "cyrillic", "greek", "greek", "hebrew",
                          "arabic", "devanagari", "cjk*", "cjk*", "hangul*", "thai*", None])
        self.assertEqual([ds.script_of(c) for c in "Աকਕકதతა"],
                         ["armenian", "bengali", "gurmukhi", "gujarati", "tamil", "telugu",
                          "georgian"])

    def test_vowel_signs_stay_in_words(self):
        self.assertEqual(ds.tokenize("বাংলা ভাষা। தமிழ் மொழி"), ["বাংলা", "ভাষা", "தமிழ்", "மொழி"])


class UndeterminedTest(unittest.TestCase):

    def test_no_evidence_is_und(self):
        for text in ("", "   \n", "...!?", "12 345 678,90", "2025-04-18 10:30",
                     "https://example.com/news/2025/a?b=c", "www.example.org",
                     "jane.doe@example.com", "--- *** ---", "« » “ ” ‘ ’", "🙂🙂🙂"):
            with self.subTest(text=text):
                self.assertEqual(ds.guess_language(text), ("und", 0.0))

    def test_too_little_text_is_und(self):
        self.assertEqual(ds.guess_language("Obama"), ("und", 0.0))
        self.assertEqual(ds.guess_language("the"), ("und", 0.0))


class ConfidenceAndCandidatesTest(unittest.TestCase):

    def test_confidence_is_a_rounded_probability(self):
        for _, text in labelled_texts("sentence"):
            _, confidence = ds.guess_language(text)
            self.assertTrue(0.0 <= confidence <= 1.0)
            self.assertEqual(confidence, round(confidence, 2))

    def test_more_text_more_confidence(self):
        short = ds.guess_language("Le chat est sur la table.")
        long = ds.guess_language("Le chat est sur la table. " * 20)
        self.assertEqual((short[0], long[0]), ("fr", "fr"))
        self.assertLess(short[1], long[1])

    def test_candidates_restrict_the_answer(self):
        text = "Le président a dit que la situation est très difficile pour les habitants."
        self.assertEqual(ds.guess_language(text)[0], "fr")
        self.assertEqual(ds.guess_language(text, frozenset({"fr", "ca"}))[0], "fr")
        # French is not among the candidates: the best of them does not fit the text.
        guess, confidence = ds.guess_language(text, {"en", "de"})
        self.assertTrue(guess == "und" or confidence < 0.5, (guess, confidence))

    def test_script_narrows_the_candidates(self):
        greek = "Η κυβέρνηση ανακοίνωσε ότι δεν θα υπάρξουν αλλαγές τις επόμενες εβδομάδες."
        self.assertEqual(ds.guess_language(greek)[0], "el")
        self.assertEqual(ds.guess_language(greek, {"sv", "en"}), ("und", 0.0))

    def test_parse_language_list(self):
        self.assertEqual(ds.parse_language_list("en, FR,de"), frozenset({"en", "fr", "de"}))
        with self.assertRaises(ValueError) as caught:
            ds.parse_language_list("en,xx")
        self.assertIn("'xx'", str(caught.exception))
        with self.assertRaises(ValueError):
            ds.parse_language_list(" , ")


class MixedScriptsTest(unittest.TestCase):

    def test_letters_of_another_script_do_not_favour_any_language(self):
        # A quotation in another script must not count against the text's own language.
        texts = {
            "tr": "Kotayı tutturmak için gerekli alışveriş puanını online olarak anında "
                  "görebilir. І вони цей маневр використовують дуже непогано.",
            "de": "Die Regierung will das Gesetz noch in diesem Jahr ändern. "
                  "Правительство хочет изменить закон в этом году.",
            "es": "El gobierno quiere cambiar la ley este año. 政府希望今年修改这项法律。",
            "fr": "Le gouvernement veut changer la loi cette année. "
                  "Η κυβέρνηση θέλει να αλλάξει τον νόμο φέτος.",
        }
        for code, text in texts.items():
            self.assertEqual(ds.guess_language(text)[0], code, text)

    def test_chinese_and_japanese_quoting_english(self):
        # A run of Chinese characters is a phrase of several words, not one word.
        english = (" The government said it would change the law this year, before the"
                   " elections in the spring.")
        texts = {"ja": "政府は今年中に法律を改正する方針を明らかにした。首相は記者会見で説明した。",
                 "zh": "政府表示今年将修改这项法律。总理在记者会上作了说明。"}
        for code, text in texts.items():
            self.assertEqual(ds.guess_language(text + english)[0], code, text)


class PackedScoresTest(unittest.TestCase):
    """Each language's cost sits in a field of one integer; sums must never carry over."""

    def test_pack_and_unpack(self):
        largest = 2 ** ds._FIELD_BITS - 1
        self.assertEqual(ds._unpack(ds._pack([0, 1, largest, 7]), 4), [0, 1, largest, 7])

    def test_fields_cannot_overflow_in_the_longest_sample(self):
        most_tokens = ds.LANGUAGE_SAMPLE_CHARS + 1  # a token is at least one character
        self.assertLess(most_tokens, 2 ** ds.LISTED_BITS)  # the count of listed tokens
        model = ds._model(None)
        for script in model.languages:
            languages, words, letters, _ = model.group(script)
            largest_word = max(max(ds._unpack(vector, len(languages))) for vector in words.values())
            largest_letter = max(max(ds._unpack(vector, len(languages)))
                                 for vector in letters.values())
            # every token a hit and every character a letter, each the costliest there is
            self.assertLess(most_tokens * (largest_word + largest_letter), 2 ** ds._FIELD_BITS,
                            script)

    def test_fields_count_the_tokens_each_table_lists(self):
        languages, words, _, _ = ds._model(None).group("latin")
        tokens = ["the", "the", "und", "että", "którzy"]
        fields = ds._unpack(sum(words[token] for token in tokens), len(languages))
        for language, field in zip(languages, fields):
            listed = sum(token in ds.STOPWORDS[language][1] for token in tokens)
            self.assertEqual(field & ds._LISTED_MASK, listed, language)
        self.assertEqual(fields[languages.index("en")] & ds._LISTED_MASK, 2)

    def test_a_sum_of_vectors_is_the_sum_of_each_language(self):
        languages, words, letters, _ = ds._model(None).group("latin")
        vectors = list(words.values())[:400] + list(letters.values())
        total = sum(vectors)
        by_language = [sum(column) for column in zip(*(ds._unpack(vector, len(languages))
                                                        for vector in vectors))]
        self.assertEqual(ds._unpack(total, len(languages)), by_language)

    def test_vectors_hold_each_tables_costs(self):
        languages, words, _, _ = ds._model(None).group("latin")
        english = languages.index("en")
        logs, floor = ds._log_weights(ds.STOPWORDS["en"][1])
        self.assertEqual(ds._unpack(words["the"], len(languages))[english],
                         ds._fixed(-logs["the"]) + 1)  # listed: the count bits hold 1
        # A word a table lacks costs that language the lowest floor of the script's tables,
        # the same in every language that lacks it: it says nothing of the language.
        lowest = min(ds._log_weights(ds.STOPWORDS[code][1])[1] for code in languages)
        self.assertLessEqual(lowest, floor)
        word_elsewhere = next(word for word in words if word not in logs)
        fields = ds._unpack(words[word_elsewhere], len(languages))
        self.assertEqual(fields[english], ds._fixed(-lowest))
        lacking = [field for code, field in zip(languages, fields)
                   if word_elsewhere not in ds.STOPWORDS[code][1]]
        self.assertEqual(set(lacking), {ds._fixed(-lowest)})


class CommandLineLanguagesTest(unittest.TestCase):

    def test_list_languages(self):
        result = run_script("--list-languages")
        self.assertEqual(result.returncode, 0)
        rows = [line.split("\t") for line in result.stdout.decode("utf-8").splitlines()]
        self.assertEqual([code for code, _ in rows], sorted(ds.LANGUAGE_NAMES))
        self.assertIn(["nb", "Norwegian Bokmål"], rows)

    def test_languages_option(self):
        output, _ = run_json(SAMPLE, "--languages", "en,de")
        self.assertEqual([a["language"] for a in output["articles"]][0], "en")
        self.assertNotIn("fr", [a["language"] for a in output["articles"]])

    def test_unknown_language_is_a_usage_error(self):
        result = run_script(SAMPLE, "--languages", "en,xx")
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"unknown language code 'xx'", result.stderr)



class WrittenWithoutSpacesTest(unittest.TestCase):
    """One source for the scripts written without spaces: the guesser's and the splitter's."""

    def test_unspaced_pattern_is_the_scripts_counted_by_character(self):
        for code in range(0x3000):  # every writing system the tables know starts below this
            char = chr(code * 17 % 0x10000)
            if char.isdigit():  # digits belong to no writing system for the guesser
                continue
            with self.subTest(char=hex(ord(char))):
                self.assertEqual(bool(ds._UNSPACED_SCRIPT.match(char)),
                                 ds.script_of(char) in ds._WORDS_PER_CHARACTER)

    def test_chinese_japanese_and_thai_but_not_korean(self):
        for text, unspaced in (("今日は晴れ", True), ("北京", True), ("ข่าว", True),
                               ("서울 뉴스", False), ("Paris", False)):
            self.assertEqual(bool(ds._UNSPACED_SCRIPT.search(text)), unspaced, text)

if __name__ == "__main__":
    unittest.main()
