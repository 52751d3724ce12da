"""Writing-check benchmark: the libraries we chose against their alternatives, whole-sample time, test-set quality.

Run: .venv/bin/python benchmarks/checks.py   (opencc and spylls are the alternatives: pip install them into .venv
to compare; without them their lines say "not installed"). Typing latency is in benchmarks/checks_typing.py.
Targets (issue 13): checking the whole long sample < 300 ms.
"""

from __future__ import annotations

import importlib.util
import re
import statistics
import sys
import time
from collections import defaultdict
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from releasedesk.checks.findings import CODES
from releasedesk.checks.glossary import Glossary
from releasedesk.checks.runner import Checker, CheckSettings, release_units
from releasedesk.samples import load_sample

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType


def _test_set() -> ModuleType:
    """tests/checks/cases.py, the written test set the tests use too."""
    path = Path(__file__).resolve().parents[1] / "tests" / "checks" / "cases.py"
    spec = importlib.util.spec_from_file_location("check_cases", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"checks benchmark: cannot load the test set {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CASES = _test_set()
GLOSSARY, PASSES, PROBLEMS = CASES.GLOSSARY, CASES.PASSES, CASES.PROBLEMS + CASES.KNOWN_MISSES

RUNS = 7
PURE_LOAD = "from opencc_purepy import OpenCC; OpenCC('s2t'); OpenCC('t2tw')"
C_LOAD = "import opencc; opencc.OpenCC('s2t'); opencc.OpenCC('t2tw')"
ENCHANT_LOAD = "import enchant; enchant.Dict('en_US')"
SPYLLS_LOAD = "from spylls.hunspell import Dictionary; Dictionary.from_files('/usr/share/hunspell/en_US')"


def _median_ms(function: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _load_ms(statement: str) -> str:
    import subprocess

    code = f"import time; s = time.perf_counter(); {statement}; print((time.perf_counter() - s) * 1000)"
    try:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    except subprocess.CalledProcessError as error:
        return f"unavailable ({error.stderr.strip().splitlines()[-1]})"
    return f"{float(out):.0f} ms"


def opencc_libraries(zh: str) -> None:
    print(f"OpenCC, long sample's Chinese ({len(zh)} characters), median of {RUNS}:")
    print("  opencc-purepy  import + s2t + t2tw: " + _load_ms(PURE_LOAD))
    from opencc_purepy import OpenCC as Pure

    pure_s2t, pure_t2tw = Pure("s2t"), Pure("t2tw")
    print(
        f"    s2t {_median_ms(lambda: pure_s2t.convert(zh)):.1f} ms,",
        f"t2tw {_median_ms(lambda: pure_t2tw.convert(zh)):.1f} ms",
    )
    try:
        import opencc
    except ImportError:
        print("  opencc (C++)   not installed")
        return
    print("  opencc (C++)   import + s2t + t2tw: " + _load_ms(C_LOAD))
    c_s2t, c_t2tw = opencc.OpenCC("s2t"), opencc.OpenCC("t2tw")
    print(
        f"    s2t {_median_ms(lambda: c_s2t.convert(zh)):.1f} ms, t2tw {_median_ms(lambda: c_t2tw.convert(zh)):.1f} ms"
    )


def spelling_libraries(en: str) -> None:
    words = re.findall(r"[A-Za-z][A-Za-z']*", en)
    misspelt = ["recieve", "Ministy", "govermment", "accesible", "succesful"]
    print(f"Hunspell en_US, long sample's English ({len(words)} words), median of {RUNS}:")
    import enchant

    print("  pyenchant  load: " + _load_ms(ENCHANT_LOAD))
    ench = enchant.Dict("en_US")
    check_ms = _median_ms(lambda: [ench.check(w) for w in words])
    suggest_ms = _median_ms(lambda: [ench.suggest(w) for w in misspelt], 3) / len(misspelt)
    print(
        f"    check all words {check_ms:.1f} ms ({check_ms / len(words) * 1000:.1f} µs/word),",
        f"suggest {suggest_ms:.0f} ms/word",
    )
    try:
        from spylls.hunspell import Dictionary
    except ImportError:
        print("  spylls     not installed")
        return
    print("  spylls     load: " + _load_ms(SPYLLS_LOAD))
    spy = Dictionary.from_files("/usr/share/hunspell/en_US")
    check_ms = _median_ms(lambda: [spy.lookup(w) for w in words], 3)
    suggest_ms = _median_ms(lambda: [list(spy.suggest(w)) for w in misspelt], 1) / len(misspelt)
    print(
        f"    check all words {check_ms:.1f} ms ({check_ms / len(words) * 1000:.1f} µs/word),",
        f"suggest {suggest_ms:.0f} ms/word",
    )


def whole_sample() -> None:
    release = load_sample("long-report")
    checker = Checker(CheckSettings(), Glossary(GLOSSARY))
    checker.check_release(release)  # warm: dictionaries loaded once per process
    units = list(release_units(release))
    whole = _median_ms(lambda: checker.check_release(release))
    worst = max(_median_ms(partial(checker.check_text, unit.text, unit.location.lang), 3) for unit in units)
    print(
        f"Whole long sample ({len(units)} texts), all checks on: {whole:.0f} ms median;",
        f"slowest single text {worst:.1f} ms",
    )
    start = time.perf_counter()
    Checker(CheckSettings(), Glossary(GLOSSARY))
    print(f"  building a Checker (Hunspell dictionary, glossary): {(time.perf_counter() - start) * 1000:.0f} ms")


def quality() -> None:
    checker = Checker(CheckSettings(), Glossary(GLOSSARY))
    expected: dict[str, int] = defaultdict(int)
    found: dict[str, int] = defaultdict(int)
    false: dict[str, int] = defaultdict(int)
    for lang, text, wanted in PROBLEMS:
        got = {(f.code, f.text) for f in checker.check_text(text, lang)}
        for code, _ in wanted:
            expected[CODES[code]] += 1
        for item in wanted & got:
            found[CODES[item[0]]] += 1
        for code, _ in got - wanted:
            false[CODES[code]] += 1
    for lang, text in PASSES:
        for finding in checker.check_text(text, lang):
            false[finding.check] += 1
    samples = sum(len(checker.check_release(load_sample(n))) for n in ("announcement", "english-only", "long-report"))
    misses = len(CASES.KNOWN_MISSES)
    print(
        f"Test set: {len(PROBLEMS)} sentences with problems ({misses} of them known misses), {len(PASSES)} that must"
        " pass, 3 bundled samples"
    )
    for check in ("spelling", "style", "numerals", "tai", "glossary"):
        recall = found[check] / expected[check] if expected[check] else 0
        print(f"  {check:9} recall {found[check]}/{expected[check]} = {recall:.0%}, false alarms {false[check]}")
    print(f"  bundled samples: {samples} findings")


if __name__ == "__main__":
    release = load_sample("long-report")
    zh = "\n".join(unit.text for unit in release_units(release) if unit.location.lang == "zh-TW")
    en = "\n".join(unit.text for unit in release_units(release) if unit.location.lang == "en")
    opencc_libraries(zh)
    spelling_libraries(en)
    whole_sample()
    quality()
