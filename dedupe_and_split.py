#!/usr/bin/env python3
"""Split a concatenated news dump into articles, drop exact duplicates, tag languages.

(skeleton: the pipeline is being written)
"""

import re

__version__ = "1.0.0"

# ===========================================================================
# LANGUAGE DATA: stopword tables
# ===========================================================================

LANGUAGE_NAMES = {"en": "English", "fr": "French"}

STOPWORDS = {
    "en": "the of and to in is that for it with as was on",
    "fr": "le la les de des du et est un une pour dans qui que",
}

# ===========================================================================
# LANGUAGE GUESSING
# ===========================================================================

_WORD = re.compile(r"\w+")


def guess_language(text, candidates=None):
    """Return (ISO 639-1 code or 'und', confidence in [0, 1]) for a text."""
    tables = {code: set(words.split()) for code, words in STOPWORDS.items()
              if candidates is None or code in candidates}
    counts = dict.fromkeys(tables, 0)
    for word in _WORD.findall(text.lower()):
        for code, table in tables.items():
            if word in table:
                counts[code] += 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3:
        return "und", 0.0
    total = sum(counts.values())
    return ranked[0][0], round(ranked[0][1] / total, 2)

# ===========================================================================
# END OF LANGUAGE GUESSING
# ===========================================================================
