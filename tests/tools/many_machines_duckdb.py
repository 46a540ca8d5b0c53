#!/usr/bin/env python3
"""Run the README's many-machines query in DuckDB over three shards' JSON Lines outputs.

    pip install duckdb          # the only thing this check needs beyond the standard library
    python3 tests/tools/many_machines_duckdb.py

The articles view is made exactly as the README says (read_json_auto over the outputs); the
kept articles must equal those of one run over the three shards in order. tests/test_seen.py
runs the same query with SQLite in the test suite; this check is not part of CI.
"""

import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, ROOT)

from tests.test_seen import dump  # noqa: E402
from tests.test_seen import ManyMachinesTest  # noqa: E402

SCRIPT = os.path.join(ROOT, "dedupe_and_split.py")


def run(*args):
    """The script's JSON Lines output for these arguments."""
    result = subprocess.run([sys.executable, SCRIPT, "-q", "--format", "jsonl"] + list(args),
                            stdout=subprocess.PIPE, check=True)
    return [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]


def main():
    try:
        import duckdb
    except ImportError:
        print("duckdb is not installed (pip install duckdb): skipped")
        return 0
    query = ManyMachinesTest.readme_query(None)
    numbers = [1, 2, 3, 2, 4, 5, 1, 6, 3, 7, 8, 5, 9, 2, 10, 8]
    with tempfile.TemporaryDirectory() as folder:
        shards = []
        for number, part in enumerate((numbers[:5], numbers[5:11], numbers[11:])):
            shard = os.path.join(folder, "shard-%03d.txt" % number)
            with open(shard, "wb") as out:
                out.write(dump(*part))
            shards.append(shard)
            with open(shard + ".jsonl", "w", encoding="utf-8") as out:
                out.writelines(json.dumps(record, ensure_ascii=False) + "\n"
                               for record in run(shard))
        connection = duckdb.connect()
        connection.execute("CREATE VIEW articles AS SELECT * FROM read_json_auto('%s')"
                           % os.path.join(folder, "*.jsonl"))
        result = connection.execute(query)
        columns = [column[0] for column in result.description]
        kept = [dict(zip(columns, row)) for row in result.fetchall()]
        whole = [dict((key, record[key]) for key in columns) for record in run(*shards)]
    print("duckdb %s: %d articles kept over 3 shards, one run over the shards keeps %d: %s"
          % (duckdb.__version__, len(kept), len(whole), "same" if kept == whole else "DIFFERENT"))
    return 0 if kept == whole else 1


if __name__ == "__main__":
    sys.exit(main())
