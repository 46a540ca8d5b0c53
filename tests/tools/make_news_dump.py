#!/usr/bin/env python3
"""Generate a realistic multi-paragraph news dump with its ground truth, from real sentences.

    python3 tests/tools/make_news_dump.py OUT.txt --truth OUT.truth.jsonl --articles N --seed S
                                    [--subheading-rate R]

Titles and paragraphs are made from real sentences of many languages
(../shared/corpus/sentences/<code>.txt, else tests/data/languages.tsv). Bodies carry the
things real dumps carry and a splitter can trip on, each at its own rate (RATES): reader
comments, one-line quotes, lists, fragments left by stripped links, score lines, sub-headings,
bylines and credits, datelines, bare URLs. Blank-line runs vary, some lines end with CRLF, and
about one article in ten is repeated later as an exact duplicate.

The truth file has one JSON object per article, in input order: "line" (1-based line of the
title), "title", "body" (paragraphs joined by a blank line) and "traps" (what the body holds).
Import it and call generate() to get the same (dump text, truth records) in memory, or
news_dump() for a dump of the real articles of ../shared/corpus/news (news_sources(), halves()).
"""

import argparse
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))  # the project, above tests/tools
CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "sentences")
FALLBACK = os.path.join(ROOT, "tests", "data", "languages.tsv")
NEWS = os.path.join(ROOT, "..", "shared", "corpus", "news")

# Share of articles holding each kind of trap (a multi-paragraph article may hold several).
RATES = {
    "comments": 0.04,          # one-line reader comments ending in ! or ?
    "quote": 0.08,             # a paragraph that is only a quotation
    "bullet_list": 0.04,       # "- item", "• item", "1. item"
    "plain_list": 0.01,        # short capitalised items, no bullet, no punctuation
    "fragment": 0.02,          # "He met the" / "Jamaican" / "ambassador": stripped links
    "score": 0.02,             # "Arsenal 2-1 Chelsea" on its own line
    "question_paragraph": 0.01,  # a one-sentence question in the body
    "subheading": 0.01,        # a short heading inside the body, then a paragraph
    "byline": 0.15,            # "By Jane Doe", "AFP", "(Reuters)" ending the body
    "dateline": 0.03,          # "WASHINGTON (AP) —" as its own paragraph
    "url": 0.02,               # a paragraph that is only a URL
}
SINGLE_PARAGRAPH = 0.2         # articles with one long paragraph, like the sample dump
DUPLICATE_RATE = 0.1
EMPTY_LAST_BODY = 0.3          # chance that the dump ends with a title and no body
CRLF_RATE = 0.03               # chance that a dump uses CRLF on some lines
UNSPACED = {"ja", "zh", "th", "ko"}  # ko has spaces but short headlines; grouped for weights
NO_SPACES = {"ja", "zh", "th"}
LANGUAGE_WEIGHTS = {"en": 30, "fr": 12, "de": 8, "es": 8, "it": 5, "pt": 5, "nl": 3, "ru": 4,
                    "pl": 2, "sv": 2, "tr": 2, "ar": 2, "ja": 2, "zh": 2, "th": 1, "ko": 1}
OTHER_LANGUAGE_WEIGHT = 0.5

_FINAL = re.compile(r"[.!?\u3002\uff01\uff1f\u061f\u0964]$")
_NUMBERED = re.compile(r"^(?:\d{1,3}[.)]|[-*\u2022\u00b7])\s")
_HEADLINE_NOISE = re.compile(r"copyright|\(c\)|\u00a9|https?:|www\.|@|\||\t", re.IGNORECASE)
_INNER_END = re.compile("(?:[^\\s.]{3,}\\.+|[!?\u2026\u061f\u0964])[\"'\u2019\u201d)\\]]*\\s"
                        "|[\u3002\uff01\uff1f]|[^\\W\\d_]{3}[.!?][^\\W\\d_a-z]")
_PUNCTUATION = "".join(chr(c) for c in range(0x3000) if chr(c).isprintable()
                       and unicodedata.category(chr(c))[0] in "PSZ") + "\u3001\u3002\uff0c\uff01\uff1f"
_TRAILING_PUNCT = re.compile(r"[\s.,;:!?\u2026\u3002\uff01\uff1f\u3001\u061f\u0964\"'\u201c\u201d\u00ab\u00bb()\[\]\u2013\u2014-]+$")

NAMES = ["Jane Doe", "John Smith", "Maria Garcia", "Ahmed Khan", "Li Wei", "Anna Müller",
         "Pierre Martin", "Sofia Rossi", "David Brown", "Yuki Tanaka", "Olga Petrova",
         "Tom O'Neill", "Fatima Zahra", "Lucas Silva", "Emma Johansson"]
TEAMS = ["Arsenal", "Chelsea", "Lakers", "Celtics", "Nantes", "Rennes", "Bayern", "Dortmund",
         "Real Madrid", "Barcelona", "Juventus", "Inter", "Ajax", "PSV", "Yankees", "Red Sox",
         "Liverpool", "Everton", "Lyon", "Marseille", "Benfica", "Porto"]
CITIES = ["WASHINGTON", "PARIS", "LONDON", "BERLIN", "MOSCOW", "TOKYO", "NEW YORK", "KYIV",
          "BEIJING", "NAIROBI", "MADRID", "ROME", "SYDNEY"]
AGENCIES = ["AFP", "Reuters", "AP", "dpa", "ANSA", "EFE", "Xinhua"]
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov",
          "Dec"]
# A stripped link leaves its text as a block of its own, cut out of the sentence around it:
# mostly one word, sometimes a name of two or three.
FRAGMENT_WORDS = [1] * 6 + [2] * 3 + [3]
COMMENTS = ["Great article!", "Who cares?", "Is this a joke?", "So true!!", "Well said!",
            "Thanks for sharing!", "Why is nobody talking about this?", "Unbelievable!",
            "What about the workers?", "Totally agree!", "Is this really news?",
            "Shame on them!", "Bravo!", "Where is the money going?", "Lol!",
            "Finally some good news!", "Does anyone else remember 2008?",
            "How is this even legal?", "Love this!", "Same thing happened in my town!"]
SUBHEADINGS = ["What happened", "Why it matters", "Background", "Reaction", "What's next",
               "The numbers", "A long road", "Rising costs", "Key findings", "Early life",
               "Political fallout", "Market reaction", "How it works", "The investigation",
               "Questions remain", "Mixed signals", "Contexte", "Les enjeux",
               "Hintergrund", "Lo que se sabe", "A new approach to an old problem",
               "Who is behind the plan", "Pressure on the government", "The human cost"]
LIST_ITEMS = ["Olive oil", "Fresh basil", "Two cloves of garlic", "Salt and pepper",
              "Lower taxes for families", "More police on the streets", "Free school meals",
              "Rail strike called off", "Rates unchanged", "Exports up 3%", "Vote delayed",
              "Opening hours extended", "New bus routes", "Parking fees frozen"]
SHORT_QUOTES = ["We will never give up", "This is a historic day", "Enough is enough",
                "Nous ne lâcherons rien", "Wir schaffen das", "It was a mistake",
                "The fight goes on", "Nothing has changed"]
TOPICS = ["L1", "NBA", "Ukraine", "Brexit", "COVID-19", "Live", "Exclusive", "Tennis",
          "Bourse", "Fußball", "Elecciones", "Climate", "Analysis", "Ligue 1", "F1", "G7"]
CAPS_PREFIXES = ["BREAKING", "WATCH", "LIVE", "UPDATE", "EXCLUSIVE", "VIDEO", "PHOTOS"]
QUOTES = [("\u201c", "\u201d"), ('"', '"'), ("\u00ab ", " \u00bb"), ("\u201e", "\u201c")]


def load_sentences(corpus=CORPUS, fallback=FALLBACK):
    """{language code: [sentence, ...]} from the corpus folder, else the fallback TSV."""
    sentences = {}
    if os.path.isdir(corpus):
        for name in sorted(os.listdir(corpus)):
            if name.endswith(".txt"):
                with open(os.path.join(corpus, name), encoding="utf-8") as source:
                    sentences[name[:-4]] = [line.strip() for line in source if line.strip()]
    else:
        with open(fallback, encoding="utf-8") as source:
            for row in source:
                code, _, text = row.rstrip("\n").split("\t", 2)
                parts = re.split(r"(?<=[.!?\u3002\uff01\uff1f])\s+", text.strip())
                sentences.setdefault(code, []).extend(p for p in parts if p)
    return {code: usable for code, usable in
            ((code, [s for s in found if 20 <= len(s) <= 400 and "\t" not in s])
             for code, found in sentences.items()) if len(usable) >= 3}


class Generator:
    """Makes articles from a seeded random source and a sentence pool."""

    def __init__(self, sentences, seed, rates=None, single_paragraph=SINGLE_PARAGRAPH):
        self.random = random.Random(seed)
        self.single_paragraph = single_paragraph
        self.rates = dict(RATES, **(rates or {}))
        self.codes = sorted(sentences)
        self.weights = [LANGUAGE_WEIGHTS.get(code, OTHER_LANGUAGE_WEIGHT) for code in self.codes]
        self.ended = {code: [s for s in pool if _FINAL.search(s)] or pool
                      for code, pool in sentences.items()}
        # A paragraph opens with a sentence that starts like one (web text also has pieces
        # starting in lower case or with a comma, which no news paragraph opens with).
        self.openers = {code: [s for s in pool if _opens_sentence(s)] or pool
                        for code, pool in self.ended.items()}
        self.questions = {code: [s for s in pool if s.endswith("?") and len(s) < 160]
                          for code, pool in sentences.items()}
        self.exclaims = [s for pool in sentences.values() for s in pool
                         if s[-1] in "!?" and len(s) < 90 and s[0].isupper()]
        self.pool = sentences

    def choice(self, items):
        """One random item."""
        return self.random.choice(items)

    def chance(self, rate):
        """True with the given probability."""
        return self.random.random() < rate

    # titles ----------------------------------------------------------------

    def headline(self, code):
        """The start of a real sentence that reads like a headline (see _HEADLINE_NOISE)."""
        for _ in range(100):
            sentence = self.choice(self.pool[code])
            if code in NO_SPACES:
                text = _capitalise(_strip_end(sentence[:self.random.randint(8, 40)]))
            else:
                words = sentence.split()
                count = self.random.choice([2] + [3] * 4 + [4, 5, 6] * 8 + [7, 8, 9, 10] * 11
                                           + [11, 12, 13, 14, 16] * 5)
                words = words[:count]
                while len(words) > 2 and len(words[-1]) <= 3 and words[-1].islower():
                    words.pop()  # headlines do not stop on "and", "of", "the"
                text = _capitalise(_strip_end(" ".join(words)))
            if _is_headline(text, code):
                return text
        return text

    def title(self, code):
        """A headline made from a real sentence, in one of the usual shapes."""
        text = self.headline(code)
        if code in NO_SPACES:
            return text
        words = text.split()
        plain = text
        shape = self.random.random()
        if shape < 0.12:
            head = self.choice(TOPICS + [w for w in words[1:] if w[:1].isupper() and w.isalpha()])
            text = "%s: %s" % (head, text)
        elif shape < 0.17 and len(text.split()) >= 4:
            text = text + "?"
        elif shape < 0.21:
            opening, closing = self.choice(QUOTES)
            parts = text.split()
            cut = max(1, len(parts) // 2)
            quoted = " ".join(parts[:cut])
            if self.chance(0.2):  # the whole headline is a quotation
                text = opening + text + closing
            else:
                text = "%s%s%s%s %s" % (opening, quoted, "," if closing == '"' else "", closing,
                                        self.choice(["says " + self.choice(NAMES).split()[1],
                                                     ": " + " ".join(parts[cut:]) or "minister"]))
                text = text.replace(" : ", ": ")
        elif shape < 0.24:
            text = self.choice(["%d things to know about %s", "%d%% of %s", "L%d: %s"]) % (
                self.random.randint(2, 12), text)
        elif shape < 0.27:
            text = "%s: %s" % (self.choice(CAPS_PREFIXES), text)
        text = text if len(text) <= 150 else _strip_end(text[:150])
        return text if _balanced(text) else plain  # a shape must not leave a bracket open

    # paragraphs ------------------------------------------------------------

    def paragraph(self, code, glued=False):
        """One or more real sentences of a language, as one line (a lone question is a trap)."""
        count = self.random.choice([1, 1, 2, 2, 2, 3, 3, 4])
        sentences = [self.choice(self.openers[code])]
        while count == 1 and sentences[0][-1] in "?!\uff1f\uff01\u061f":
            sentences = [self.choice(self.openers[code])]
        sentences += [self.choice(self.ended[code]) for _ in range(count - 1)]
        joiner = "" if glued or code in NO_SPACES else " "
        return joiner.join(sentences)

    def trap(self, kind, code):
        """The paragraphs of one trap, as a list of blocks (each a list of lines)."""
        r = self.random
        if kind == "comments":
            return [[self.choice(COMMENTS + self.exclaims)] for _ in range(r.randint(1, 4))]
        if kind == "quote":
            opening, closing = self.choice(QUOTES)
            if self.chance(0.1):  # a short quotation with no final punctuation
                return [[opening + self.choice(SHORT_QUOTES) + closing]]
            sentence = self.choice(self.ended[code])
            return [[opening + sentence + closing]]
        if kind == "bullet_list":
            style = r.choice(["- ", "\u2022 ", "* ", "%d. "])
            items = [self.choice(LIST_ITEMS + [_strip_end(" ".join(
                self.choice(self.ended[code]).split()[:r.randint(2, 6)]))])
                for _ in range(r.randint(2, 6))]
            lines = [(style % (i + 1) if "%" in style else style) + item
                     for i, item in enumerate(items)]
            if self.chance(0.5):  # one item a line, all in one block
                return [lines]
            return [[line] for line in lines]
        if kind == "plain_list":
            return [[self.choice(LIST_ITEMS)] for _ in range(r.randint(2, 5))]
        if kind == "fragment":
            return [[self.choice(FRAGMENTS + NAMES)]]
        if kind == "score":
            home, away = r.sample(TEAMS, 2)
            if self.chance(0.5):
                return [["%s %d-%d %s" % (home, r.randint(0, 5), r.randint(0, 5), away)]]
            return [["%s %d, %s %d" % (home, r.randint(80, 130), away, r.randint(80, 130))]]
        if kind == "question_paragraph":
            pool = self.questions.get(code) or self.questions["en"] or ["So what happens now?"]
            return [[self.choice(pool)]]
        if kind == "subheading":
            if code in NO_SPACES:
                return [[_strip_end(self.choice(self.pool[code])[:r.randint(4, 12)])]]
            if self.chance(0.6):
                return [[self.choice(SUBHEADINGS)]]
            words = self.choice(self.ended[code]).split()[:r.randint(2, 6)]
            return [[_capitalise(_strip_end(" ".join(words)))]]
        if kind == "byline":
            name, agency = self.choice(NAMES), self.choice(AGENCIES)
            return [[self.choice(["By " + name, agency, "(%s)" % agency,
                                  "Photo: %s/%s" % (name, agency), "\u2014 Staff writer",
                                  "Par " + name, "Von %s, %s" % (name, agency),
                                  "Reporting by %s; Editing by %s" % (name, self.choice(NAMES)),
                                  "With %s" % agency, "\u00a9 %s 2019" % agency])]]
        if kind == "dateline":
            city = self.choice(CITIES)
            return [[self.choice(["%s (%s) \u2014" % (city, self.choice(AGENCIES)),
                                  "%s, %s %d (Reuters) -" % (city, self.choice(MONTHS),
                                                             r.randint(1, 28)),
                                  "%s \u2014" % city])]]
        if kind == "url":
            return [["https://www.example.%s/news/%d-%s" % (
                self.choice(["com", "org", "fr", "de"]), r.randint(1000, 99999),
                self.choice(["story", "article", "live"]))]]
        raise ValueError(kind)

    def cut_link(self, blocks, prose, code):
        """Cut a stripped link out of a paragraph: "He met the" / "Jamaican" / "ambassador."

        The link text becomes a block of its own; the block before it ends where the link
        began (mid-sentence, unless the link opened a sentence), the block after it goes on
        with the rest (lower case, a name, or the punctuation that followed the link). Links
        are mostly on names, so half the time the link starts on a capitalised word.
        """
        r = self.random
        spots = [i for i, block in enumerate(blocks) if id(block) in prose and len(block[0]) >= 20]
        if not spots:
            return
        at = r.choice(spots)
        text = blocks[at][0]
        if code in NO_SPACES:
            size = r.randint(2, 4)
            start = r.randint(0, len(text) - size)
            before, link, after = text[:start], text[start:start + size], text[start + size:]
            if not all(c.isalnum() for c in link):
                return
        else:
            words = text.split(" ")
            size = min(self.choice(FRAGMENT_WORDS), len(words) - 1)
            names = [i for i in range(1, len(words) - size + 1) if words[i][:1].isupper()]
            start = (self.choice(names) if names and self.chance(0.5)
                     else r.randint(0, len(words) - size))
            link = " ".join(words[start:start + size])
            core = link.strip(_PUNCTUATION)
            if not core:
                return
            lead = link[:link.index(core)]
            trail = link[link.index(core) + len(core):]
            link = core
            before = " ".join(words[:start] + [lead])
            after = trail + " " + " ".join(words[start + size:])
        pieces = [[piece] for piece in (before.strip(), link, after.strip()) if piece]
        blocks[at:at + 1] = pieces
        prose.update(id(piece) for piece in pieces)

    def body(self, code):
        """(body blocks, trap kinds) of one article."""
        if self.chance(self.single_paragraph):
            count = self.random.randint(3, 12)
            glued = self.chance(0.5)
            text = ("" if glued or code in NO_SPACES else " ").join(
                [self.choice(self.openers[code])]
                + [self.choice(self.ended[code]) for _ in range(count - 1)])
            return [[text]], ["single_paragraph"]
        blocks = [[self.paragraph(code)] for _ in range(self.random.randint(2, 12))]
        prose = {id(block) for block in blocks}
        traps = [kind for kind, rate in self.rates.items() if self.chance(rate / (1 - SINGLE_PARAGRAPH))]
        for kind in traps:
            if kind == "fragment":  # a page whose links were stripped has several of them
                for _ in range(self.random.choice([1, 1, 2, 3])):
                    self.cut_link(blocks, prose, code)
                continue
            paragraphs = self.trap(kind, code)
            if kind == "byline":
                blocks.extend(paragraphs)
            elif kind == "dateline":
                blocks[0:0] = paragraphs
            elif kind == "comments":  # reader comments follow the article
                blocks.extend(paragraphs)
            elif kind == "subheading":
                for _ in range(self.random.choice([1, 1, 2, 3])):
                    at = self.random.randint(1, len(blocks) - 1) if len(blocks) > 1 else 1
                    blocks[at:at] = self.trap(kind, code)
                    blocks.insert(at + 1, [self.paragraph(code)])
            else:
                at = self.random.randint(1, len(blocks))
                blocks[at:at] = paragraphs
        return blocks, traps

    def article(self):
        """One article: (title, body blocks, trap kinds)."""
        code = self.random.choices(self.codes, self.weights)[0]
        title = self.title(code)
        blocks, traps = self.body(code)
        if title.endswith("?"):
            traps.append("question_title")
        if title[0] in "\"\u201c\u00ab\u201e":
            traps.append("quote_title")
        if code in NO_SPACES:
            traps.append("unspaced_title")
        return [title], blocks, traps


def _opens_sentence(sentence):
    """True if a sentence starts as one does: not in lower case, not with a comma or dot."""
    first = sentence[:1]
    return bool(first) and not first.islower() and first not in ",.;:)]}\u2026-\u3001\uff0c"


def _is_headline(text, code):
    """True if the start of a sentence could be printed as a headline.

    Web sentences carry things no headline has: a second sentence ("...gosterebilir.)
    Lisanslama"), list numbering ("6) "), an unclosed bracket left by the cut, copyright
    notices, addresses. The shapes that matter stay: any capitalised start, digits, names.
    """
    if not text or not (text[0].isalnum() or text[0] in "\u00bf\u00a1"):
        return False
    words = text.split()
    if code not in NO_SPACES and (len(words) < 2 or len(words[-1]) <= 3 and words[-1].islower()):
        return False  # one word, or a cut that stops on "of", "the", "de"
    if _NUMBERED.match(text) or _HEADLINE_NOISE.search(text) or _INNER_END.search(text):
        return False
    return _balanced(text)


def _balanced(text):
    """True if every bracket and quotation mark opened in a text is closed."""
    return (text.count("(") == text.count(")") and text.count("[") == text.count("]")
            and text.count("\u00ab") == text.count("\u00bb") and text.count('"') % 2 == 0)


def _strip_end(text):
    """Text without trailing punctuation and quotes."""
    return _TRAILING_PUNCT.sub("", text)


def _capitalise(text):
    """Text with an upper-case first letter and no leading punctuation."""
    text = text.lstrip(" \u2022\u00b7*-\u2013\u2014.,;:!?'\"()[]#|")
    return text[:1].upper() + text[1:]


def generate(articles, seed, sentences=None, rates=None, single_paragraph=SINGLE_PARAGRAPH):
    """Return (dump text, truth records) for a number of articles (duplicates included).

    With single_paragraph=1.0 every body is one paragraph: the --layout pairs shape.
    """
    sentences = sentences if sentences is not None else load_sentences()
    maker = Generator(sentences, seed, rates, single_paragraph)
    r = maker.random
    made, lines, truth = [], [], []
    crlf = maker.chance(CRLF_RATE * 10)
    for index in range(articles):
        if made and maker.chance(DUPLICATE_RATE):
            title_block, blocks, traps = r.choice(made)
            traps = traps + ["duplicate"]
        else:
            title_block, blocks, traps = maker.article()
            made.append((title_block, blocks, traps))
        if index == articles - 1 and maker.chance(EMPTY_LAST_BODY):
            title_block, blocks, traps = title_block[:1], [], ["empty_body"]
        if lines:
            lines.extend(_blank_run(maker))
        line = len(lines) + 1
        paragraphs = ["\n".join(title_block[1:])] if len(title_block) > 1 else []
        lines.extend(title_block)
        for block in blocks:
            lines.extend(_blank_run(maker))
            lines.extend(block)
            paragraphs.append("\n".join(block))
        truth.append({"line": line, "title": title_block[0], "body": "\n\n".join(paragraphs),
                      "traps": sorted(set(traps))})
    ends = ["\r\n" if crlf and maker.chance(0.3) else "\n" for _ in lines]
    return "".join(text + end for text, end in zip(lines, ends)), truth


def news_sources(news=NEWS):
    """{source: [article, ...]} of the real news corpus ({} when it is absent)."""
    sources = {}
    if os.path.isdir(news):
        for name in sorted(os.listdir(news)):
            if name.endswith(".jsonl"):
                with open(os.path.join(news, name), encoding="utf-8") as source:
                    sources[name[:-len(".jsonl")]] = [json.loads(line) for line in source]
    return sources


def halves(articles):
    """(fitting half, held-out half) of a source: every other article."""
    return articles[0::2], articles[1::2]


def news_dump(articles, one_line=False):
    """Return (dump text, truth records) for real articles: title, blank line, body.

    one_line glues each body's paragraphs into one line, as in the sample dump
    ("...on Friday.Washington has..."); otherwise paragraphs are separated by blank lines.
    """
    lines, truth = [], []
    for article in articles:
        title = article["title"].strip()
        if one_line:
            body = "".join(p.strip().replace("\n", " ") for p in article["paragraphs"]).strip()
        else:
            body = "\n\n".join(p.strip() for p in article["paragraphs"]).strip()
        truth.append({"line": len(lines) + 1, "title": title, "body": body, "traps": []})
        lines.extend([title, ""] + body.split("\n") + [""])
    return "\n".join(lines) + "\n", truth


def _blank_run(maker):
    """The blank lines between two blocks: mostly one, sometimes more or whitespace-only."""
    count = maker.random.choice([1] * 12 + [2, 2, 3])
    return [" " * maker.random.randint(1, 3) if maker.chance(0.05) else ""
            for _ in range(count)]


def main(argv=None):
    """Command line: write the dump and its truth file."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", metavar="OUT.txt")
    parser.add_argument("--truth", required=True, metavar="OUT.truth.jsonl")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--subheading-rate", type=float, default=RATES["subheading"])
    args = parser.parse_args(argv)
    text, truth = generate(args.articles, args.seed,
                           rates={"subheading": args.subheading_rate})
    with open(args.out, "w", encoding="utf-8", newline="") as out:
        out.write(text)
    with open(args.truth, "w", encoding="utf-8") as out:
        for record in truth:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print("%s: %d articles, %d lines" % (args.out, len(truth), text.count("\n")),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
