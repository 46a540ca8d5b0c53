"""The examples in the script's docstrings, run as tests."""

import doctest

from tests import support  # noqa: F401  (puts the script on sys.path)
import dedupe_and_split


def load_tests(loader, tests, ignore):
    """Add every docstring example of dedupe_and_split.py to the suite."""
    tests.addTests(doctest.DocTestSuite(dedupe_and_split))
    return tests
