#!/usr/bin/env python3
"""Rewrite the README's sample output blocks from a real run on tests/data/sample_dump.txt.

    python3 tests/tools/readme_sample.py

Bodies are shortened to their first words and "..."; every other character is the real
output (tests/test_output_signals_encodings.py checks it).
"""

import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
COMMAND = "python3 dedupe_and_split.py tests/data/sample_dump.txt"
BODY = re.compile(r'("body": ")((?:[^"\\]|\\.)*)(")')


def shortened(line, words=7):
    """A record line with its body cut to its first words."""
    def cut(match):
        body = match.group(2)
        short = " ".join(body.split(" ")[:words])
        return match.group(1) + (short + " ..." if short != body else body) + match.group(3)
    return BODY.sub(cut, line)


def main():
    result = subprocess.run([sys.executable, "dedupe_and_split.py", "tests/data/sample_dump.txt"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True)
    stdout = [shortened(line) for line in result.stdout.decode("utf-8").splitlines()]
    stderr = result.stderr.decode("utf-8").splitlines()
    path = os.path.join(ROOT, "README.md")
    with open(path, encoding="utf-8") as readme:
        text = readme.read()
    # The run shown with its command and summary line, in "Running it"...
    run_block = "$ %s\n%s\n```" % (COMMAND, "\n".join(stdout + stderr))
    text, found = re.subn(r"\$ " + re.escape(COMMAND) + r"\n.*?```", lambda _: run_block,
                          text, count=1, flags=re.S)
    # ... and the document alone, in "Output".
    doc_block = "```\n%s\n```\n\n| key | meaning |" % "\n".join(stdout)
    text, found_doc = re.subn(r"```\n\{\"articles\": \[\n.*?```\n\n\| key \| meaning \|",
                              lambda _: doc_block, text, count=1, flags=re.S)
    if not (found and found_doc):
        sys.exit("readme_sample.py: the README's sample blocks were not found")
    with open(path, "w", encoding="utf-8") as readme:
        readme.write(text)


if __name__ == "__main__":
    main()
