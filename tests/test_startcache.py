"""The start-up cache fence: generated dataclass code and compiled patterns kept per user, the same objects either way.

Each test runs fresh interpreters (the fence changes `dataclasses` and `re` for a whole process) with the test's own
per-user cache folder (conftest), so the first process starts cold and the second warm.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from fresh_process import last_line_of
from releasedesk import startcache
from releasedesk.samples import sample_path
from releasedesk.usercache import cache_root

if TYPE_CHECKING:
    from pathlib import Path


_run = last_line_of


_EXPORT = """
    import sys
    from releasedesk import onecommand, startcache
    if sys.argv[1] == "fence":
        onecommand.start()
    from releasedesk.cli import main
    assert main(sys.argv[2:]) == 0
    counts = startcache.counts()
    startcache.save()
    print(startcache.installed(), *counts)
"""


@pytest.mark.parametrize("sample", ["announcement", "long-report"])
def test_a_second_export_takes_its_classes_and_patterns_from_the_cache(tmp_path: Path, sample: str) -> None:
    argv = ["export", str(sample_path(sample)), "--pdf"]
    cold = _run(_EXPORT, "fence", *argv, str(tmp_path / "cold.pdf"))
    _run(_EXPORT, "fence", *argv, str(tmp_path / "warm.pdf"))  # the first warm run meets a few more (a glob pattern)
    kept = cache_root() / startcache.FOLDER / startcache.file_name()
    written = kept.stat().st_mtime_ns
    warm = _run(_EXPORT, "fence", *argv, str(tmp_path / "warm.pdf"))
    plain = _run(_EXPORT, "none", *argv, str(tmp_path / "plain.pdf"))
    cold_added, (warm_hits, warm_added) = int(cold[2]), map(int, warm[1:])
    assert cold[0] == "True"
    assert cold_added > 400  # compiled and kept (a hit: the same source twice in one process)
    # all from the cache but reportlab's rl_safe_eval pattern, built from a set (its order follows the hash seed)
    assert warm[0] == "True"
    assert warm_added <= 2
    assert warm_hits > 400
    assert kept.stat().st_mtime_ns == written  # not worth writing again for that one
    assert plain == ["False", "0", "0"]
    pdf = (tmp_path / "plain.pdf").read_bytes()
    assert (tmp_path / "cold.pdf").read_bytes() == pdf
    assert (tmp_path / "warm.pdf").read_bytes() == pdf


_PATTERNS = """
    import re, sys
    from releasedesk import startcache
    startcache.install()
    PATTERNS = [
        (r"(?P<year>\\d{4})-(?P<month>\\d\\d)", 0), (r"[\\u3000-\\u303f\\uff01-\\uff5e]+|百分之\\s*\\d+", 0),
        (r"(?<![\\w.])(\\d+)-?fold\\b", re.IGNORECASE), (r"^(a|b)\\1$", re.MULTILINE),
        (r"  x  # a comment\\n  (?:y|z)+ ", re.VERBOSE), (rb"[\\x00-\\x1f]+(?=\\xff)", 0), (r"\\bword\\b", re.ASCII),
        (r"(?s).+?END", 0), (r"[^\\W\\d_]{2,}", re.UNICODE | re.IGNORECASE),
    ]
    TEXT = "2026-11 數位。，百分之 12 3-fold ab\\na\\naa xzyz LINE\\nEND word Wörter"
    def results():
        out = []
        for pattern, flags in PATTERNS:
            compiled = re.compile(pattern, flags)
            text = TEXT.encode("utf-8", "replace") + b"\\x01\\xff" if isinstance(pattern, bytes) else TEXT
            found = [(m.span(), m.groups(), m.groupdict()) for m in compiled.finditer(text)]
            out.append((compiled.pattern, compiled.flags, compiled.groups, dict(compiled.groupindex), found))
        return out
    got = results()
    hits, added = startcache.counts()
    startcache.WORTH_WRITING, startcache.NEW_ENOUGH = 0, 1  # nine patterns: the file is kept even for so little
    startcache.save()
    startcache.uninstall()
    re.purge()
    assert results() == got, "a pattern from the cache behaves differently"
    print(hits, added, sum(len(found) for *_, found in got))
"""


def test_patterns_rebuilt_from_the_cache_match_as_freshly_compiled_ones() -> None:
    cold = _run(_PATTERNS)
    warm = _run(_PATTERNS)
    assert int(cold[1]) >= 9
    assert int(warm[0]) >= 9
    assert int(warm[1]) == 0
    assert int(warm[2]) > 10  # the patterns found something to compare


def test_a_damaged_or_foreign_cache_file_is_compiled_anew() -> None:
    script = """
        import sys
        from releasedesk import startcache, usercache
        if sys.argv[1] == "damage":
            data = bytearray(usercache.read(startcache.FOLDER, startcache.file_name()))
            data[len(data) // 2] ^= 0xFF
            usercache.write(startcache.FOLDER, startcache.file_name(), bytes(data))
        elif sys.argv[1] == "truncate":
            data = usercache.read(startcache.FOLDER, startcache.file_name())
            usercache.write(startcache.FOLDER, startcache.file_name(), data[: len(data) // 3])
        startcache.install()
        from dataclasses import dataclass
        import re
        @dataclass(frozen=True)
        class Point:
            x: int
            y: int = 2
        assert Point(1) == Point(1, 2) and hash(Point(1)) == hash(Point(1, 2)) and repr(Point(3)) == "Point(x=3, y=2)"
        assert re.fullmatch(r"(?P<a>x+)y", "xxy")["a"] == "xx"
        hits, added = startcache.counts()
        startcache.WORTH_WRITING, startcache.NEW_ENOUGH = 0, 1
        startcache.save()
        print(hits, added)
    """
    first = _run(script, "first")
    assert first[0] == "0"
    assert int(first[1]) > 0
    assert _run(script, "again")[1] == "0"
    for how in ("damage", "truncate"):
        damaged = _run(script, how)
        assert damaged == ["0", first[1]]  # nothing taken from a damaged file
        assert _run(script, "again")[1] == "0"  # and a good file is written back


def test_generated_methods_are_the_ones_dataclasses_makes_without_the_fence() -> None:
    """Annotations, signature, defaults and code flags of the generated methods, without the fence, compiled through
    it, and taken from the cache (this test module has `from __future__ import annotations`; dataclasses has not)."""
    script = """
        import dataclasses, inspect, sys
        from releasedesk import startcache
        if sys.argv[1] != "none":
            startcache.install()
        @dataclasses.dataclass(frozen=True)
        class Point:
            x: int
            y: "str" = "a"
            z: tuple[int, ...] = dataclasses.field(default=())
        methods = [Point.__init__, Point.__repr__, Point.__eq__, Point.__hash__, Point.__setattr__]
        facts = [(m.__qualname__, m.__annotations__, m.__defaults__, m.__code__.co_flags) for m in methods]
        print(startcache.counts()[0], str(inspect.signature(Point)), repr(Point(1)), str(facts).replace(" ", ""))
        startcache.WORTH_WRITING, startcache.NEW_ENOUGH = 0, 1
        startcache.save()
    """
    plain = _run(script, "none")
    compiled = _run(script, "fence")
    cached = _run(script, "fence")
    assert int(cached[0]) >= 5  # the second fenced process took the methods from the cache
    assert plain[1:] == compiled[1:] == cached[1:]
    assert "'x':<class'int'>" in plain[-1]  # evaluated annotations, as dataclasses makes them


def test_canary_the_running_python_is_shaped_as_the_fence_expects() -> None:
    """Fails on a Python whose `re` or `dataclasses` changed (or one not in TESTED): look at the fence again."""
    assert startcache.fence_holds()
    script = """
        import dataclasses, re
        from releasedesk import startcache
        startcache.install()
        assert dataclasses.exec is not exec and re._compiler.compile is not None
        @dataclasses.dataclass
        class A:
            a: int
        re.compile("canary (unique)+")
        print(*startcache.counts())
    """
    _hits, added = map(int, _run(script))
    assert added >= 2  # the dataclass's generated functions and the pattern both went through the fence


def test_the_window_takes_the_fence_away() -> None:
    script = """
        import dataclasses, re
        from releasedesk import onecommand, startcache
        real = re._compiler.compile
        onecommand.start()
        installed = startcache.installed() and re._compiler.compile is not real
        onecommand.for_long_lived_process()
        print(installed, startcache.installed(), "exec" in vars(dataclasses), re._compiler.compile is real)
    """
    assert _run(script) == ["True", "False", "False", "True"]
