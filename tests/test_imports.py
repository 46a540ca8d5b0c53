"""The script needs nothing but the standard library, and importing it does nothing."""

import ast
import importlib.util
import os
import subprocess
import sys
import sysconfig
import unittest
import warnings

from tests.support import ROOT, SCRIPT


def imported_modules(path):
    """Top-level names of every module a Python file imports, at any depth in the code."""
    with open(path, encoding="utf-8") as source:
        tree = ast.parse(source.read(), path)
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # a relative import cannot be the standard library
                names.add("." * node.level + (node.module or ""))
            else:
                names.add(node.module.split(".")[0])
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "import_module" \
                or isinstance(node, ast.Call) and getattr(node.func, "id", None) == "__import__":
            names.add("<dynamic import at line %d>" % node.lineno)
    return names


def is_standard_library(name):
    """True for a module of the standard library (built in, or under its directory)."""
    if hasattr(sys, "stdlib_module_names"):  # Python 3.10 and newer
        return name in sys.stdlib_module_names
    if name in sys.builtin_module_names:
        return True
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return False
    if spec is None:
        return False
    if spec.origin in ("built-in", "frozen"):
        return True
    stdlib = os.path.realpath(sysconfig.get_paths()["stdlib"])
    origin = os.path.realpath(spec.origin or "")
    return origin.startswith(stdlib + os.sep) and "site-packages" not in origin


class ImportsTest(unittest.TestCase):

    def test_only_standard_library_modules(self):
        names = imported_modules(SCRIPT)
        self.assertIn("json", names)  # the walk does find the imports
        self.assertIn("multiprocessing", names)  # including those inside functions
        outside = sorted(name for name in names if not is_standard_library(name))
        self.assertEqual(outside, [], "not in the standard library: %s" % ", ".join(outside))

    def test_the_check_tells_other_modules_apart(self):
        for name in ("json", "gzip", "argparse", "sys"):
            self.assertTrue(is_standard_library(name), name)
        for name in ("numpy", "requests", "dedupe_and_split", "<dynamic import at line 1>"):
            self.assertFalse(is_standard_library(name), name)

    def test_importing_prints_nothing_and_writes_nothing(self):
        before = sorted(os.listdir(ROOT))
        env = {key: value for key, value in os.environ.items()
               if not key.startswith("PYTHON")}
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        result = subprocess.run(
            [sys.executable, "-s", "-c", "import dedupe_and_split"], cwd=ROOT, env=env,
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            timeout=60)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout, b"")
        self.assertEqual(result.stderr, b"")
        self.assertEqual(sorted(os.listdir(ROOT)), before)

    def test_compiles_without_warnings(self):
        # An invalid escape such as "\\s" in a plain string is a warning today, an error later.
        with open(SCRIPT, encoding="utf-8") as script:
            source = script.read()
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            compile(source, SCRIPT, "exec")


if __name__ == "__main__":
    unittest.main()
