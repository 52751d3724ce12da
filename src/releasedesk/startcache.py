"""Start-up work kept per user between one-command processes: the code dataclasses generate, and compiled regexes.

Importing what `releasedesk export --pdf` needs builds 74 dataclasses and compiles about 130 regular expressions,
and every process does both again from text: the dataclass decorator exec()s generated source for each class's
`__init__`, `__repr__`, `__eq__`, `__hash__`, `__setattr__` … (39 ms of CPU in an export, most of it compiling that
source), and `re` parses and compiles each pattern in Python (24 ms). Both are pure functions of their text and of
the interpreter, like the bytecode Python keeps in `__pycache__`: a one-command process (`onecommand.start`) takes
them from `$XDG_CACHE_HOME/releasedesk/startup/`, keyed by the interpreter's exact build, and writes the file back
only when it met something new. The objects are the same either way, so every output is byte-identical.

The fence — every reliance on the standard library's internals is in this module, for the versions in `TESTED`
(canaries in tests/test_startcache.py):
- `dataclasses` calls `exec(source, globals, namespace)` through its module-global name, so a module attribute `exec`
  shadows the builtin for that module alone;
- `re` compiles through `re._compiler.compile(pattern, flags)`, which ends in `_sre.compile(pattern, flags, code,
  groups, groupindex, indexgroup)` looked up as `re._compiler._sre`: a pattern met before is rebuilt by that last
  call alone (which validates the code), from the arguments recorded when it was first compiled.
A missing, damaged (checksum), foreign or unreadable file means compiling as usual. The file holds code that runs: it
is trusted as the user's own bytecode is, and only this user's processes write it (atomically).
"""

from __future__ import annotations

import builtins
import dataclasses
import importlib
import marshal
import re
import sys
import time
import zlib
from typing import Any

from releasedesk import usercache

_sre: Any
try:
    _sre = importlib.import_module("_sre")  # the C engine behind `re` (no type stubs)
except ImportError:  # another Python implementation: no fence
    _sre = None

TESTED = ((3, 11), (3, 12), (3, 13))
"""Python versions whose `dataclasses` and `re` work as described above (the canaries check the running one)."""
FOLDER = "startup"
_MAGIC = b"RDSTART2"
_LIMIT = 6000
"""Entries kept at most (a few MB); beyond it the file keeps only what the process that writes it used."""
WORTH_WRITING = 0.004
"""Seconds of compiling that this process did for texts the file lacked, above which the file is written again
(writing it costs 5-25 ms: about 0.6 MB, atomically)."""
NEW_ENOUGH = 3
"""Entries the file lacked, at least, for it to be written again. Some texts are new in every process: reportlab's
rl_safe_eval builds a pattern from a set, whose order follows each process's hash seed (compiling it took 1-7 ms),
so one new entry is never enough; a new dataclass brings at least three (__init__, __repr__, __eq__)."""


def _interpreter_key() -> str:
    """What the cached objects depend on: the exact interpreter build and its regular expression engine."""
    parts = (sys.version, sys.implementation.cache_tag, getattr(_sre, "MAGIC", ""), getattr(_sre, "CODESIZE", ""))
    return "|".join(map(str, (*parts, sys.maxunicode)))


def file_name() -> str:
    """The cache file of this interpreter (one per Python version, so that two venvs do not overwrite each other)."""
    return f"{sys.implementation.cache_tag}-{zlib.crc32(_interpreter_key().encode()):08x}.marshal"


class _Store:
    """The generated code by source text and the regex compiler's arguments by (pattern, flags), with what this
    process used and how many entries it added."""

    def __init__(self, codes: dict[str, Any], patterns: dict[tuple[str | bytes, int], tuple[Any, ...]]) -> None:
        self.codes = codes
        self.patterns = patterns
        self.used_codes: set[str] = set()
        self.used_patterns: set[tuple[str | bytes, int]] = set()
        self.added = 0
        self.hits = 0
        self.compiling = 0.0
        """Seconds spent compiling what the file did not hold."""


class _RecordingSre:
    """`_sre` as `re._compiler` sees it while the fence is in place: the same module, whose `compile` also keeps its
    arguments per compiled pattern (by identity, so that threads compiling at once cannot mix them up)."""

    def __init__(self, real: Any) -> None:
        self._real = real
        self.calls: dict[int, tuple[Any, ...]] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def compile(self, pattern: Any, flags: int, code: list[int], groups: int, groupindex: Any, indexgroup: Any) -> Any:
        compiled = self._real.compile(pattern, flags, code, groups, groupindex, indexgroup)
        # opcodes are int subclasses (named constants), which marshal does not write: plain ints, the same values
        self.calls[id(compiled)] = (int(flags), list(map(int, code)), int(groups), dict(groupindex), tuple(indexgroup))
        return compiled


_STORE: _Store | None = None
_REAL_COMPILE: Any = None
_RECORDER: _RecordingSre | None = None


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    """`exec` as the dataclasses module sees it: generated source compiled once per user, not once per process."""
    if globals is None:  # exec's own default: the caller's namespaces (dataclasses always passes its globals)
        caller = sys._getframe(1)
        globals, locals = caller.f_globals, caller.f_locals if locals is None else locals
    store = _STORE
    if store is not None and type(source) is str and type(globals) is dict:
        code = store.codes.get(source)
        if code is None:
            started = time.thread_time()
            # what exec() does with a string; dont_inherit: this module's `from __future__ import annotations` must
            # not turn the generated annotations into strings (dataclasses.py has no future imports: fence_holds)
            code = compile(source, "<string>", "exec", dont_inherit=True)
            store.compiling += time.thread_time() - started
            store.codes[source] = code
            store.added += 1
        else:
            store.hits += 1
        store.used_codes.add(source)
        source = code
    builtins.exec(source, globals, locals)


def _compile(pattern: Any, flags: int = 0) -> Any:
    """`re._compiler.compile` with the per-user memory of its result's arguments."""
    store, recorder = _STORE, _RECORDER
    if store is None or recorder is None or type(pattern) not in (str, bytes) or flags & re.DEBUG:
        compiled = _REAL_COMPILE(pattern, flags)
        if recorder is not None:
            recorder.calls.pop(id(compiled), None)  # not kept: forget its arguments
        return compiled
    key = (pattern, int(flags))
    args = store.patterns.get(key)
    if args is not None:
        try:
            compiled = _sre.compile(pattern, *args)
        except (TypeError, ValueError, RuntimeError, OverflowError):  # an entry this engine refuses: compile anew
            del store.patterns[key]
        else:
            store.hits += 1
            store.used_patterns.add(key)
            return compiled
    started = time.thread_time()
    compiled = _REAL_COMPILE(pattern, flags)
    recorded = recorder.calls.pop(id(compiled), None)
    if recorded is not None:
        store.compiling += time.thread_time() - started
        store.patterns[key] = recorded
        store.used_patterns.add(key)
        store.added += 1
    return compiled


def fence_holds() -> bool:
    """Whether this interpreter is one the fence was made for, with `re` and `dataclasses` shaped as it expects."""
    compiler = getattr(re, "_compiler", None)
    return (
        sys.version_info[:2] in TESTED
        and _sre is not None
        and callable(getattr(_sre, "compile", None))
        and callable(getattr(compiler, "compile", None))
        and getattr(compiler, "_sre", None) is _sre
        and "exec" not in vars(dataclasses)
        and "annotations" not in vars(dataclasses)  # no `from __future__ import annotations` to inherit in its exec
    )


def _read() -> _Store:
    data = usercache.read(FOLDER, file_name())
    empty = _Store({}, {})
    if not data or not data.startswith(_MAGIC) or len(data) < len(_MAGIC) + 4:
        return empty
    checksum, payload = data[len(_MAGIC) : len(_MAGIC) + 4], data[len(_MAGIC) + 4 :]
    if int.from_bytes(checksum, "big") != zlib.crc32(payload):
        return empty
    try:
        key, codes, patterns = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return empty
    if key != _interpreter_key() or type(codes) is not dict or type(patterns) is not dict:
        return empty
    return _Store(codes, patterns)


def install() -> None:
    """Put the fence in place and read what earlier processes kept (a no-op when installed or not applicable)."""
    global _STORE, _REAL_COMPILE, _RECORDER
    if _STORE is not None or not fence_holds():
        return
    compiler: Any = re._compiler  # type: ignore[attr-defined]  # re's private compiler module (the fence)
    _REAL_COMPILE = compiler.compile
    _RECORDER = _RecordingSre(_sre)
    _STORE = _read()
    dataclasses.exec = _exec  # type: ignore[attr-defined]  # shadows the builtin for the dataclasses module only
    compiler._sre = _RECORDER
    compiler.compile = _compile


def uninstall() -> None:
    """Take the fence away (the window: a long-lived process compiles little after start-up and keeps no file)."""
    global _STORE, _RECORDER
    if _STORE is None:
        return
    compiler: Any = re._compiler  # type: ignore[attr-defined]  # re's private compiler module (the fence)
    compiler.compile = _REAL_COMPILE
    compiler._sre = _sre
    vars(dataclasses).pop("exec", None)
    _STORE = _RECORDER = None


def installed() -> bool:
    """Whether the fence is in place in this process."""
    return _STORE is not None


def counts() -> tuple[int, int]:
    """(entries taken from the cache, entries compiled and added) so far in this process."""
    return (_STORE.hits, _STORE.added) if _STORE is not None else (0, 0)


def save() -> None:
    """Keep what this process compiled for the next one: written only when that saves more than writing costs."""
    store = _STORE
    if store is None or store.added < NEW_ENOUGH or store.compiling < WORTH_WRITING:
        return
    codes, patterns = store.codes, store.patterns
    if len(codes) + len(patterns) > _LIMIT:  # grown with texts met once: keep what this process used
        codes = {source: codes[source] for source in store.used_codes if source in codes}
        patterns = {key: patterns[key] for key in store.used_patterns if key in patterns}
    try:
        payload = marshal.dumps((_interpreter_key(), codes, patterns))
    except ValueError:  # an object marshal cannot write (not expected): keep nothing rather than fail the command
        return
    usercache.write(FOLDER, file_name(), _MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload)
    store.added, store.compiling = 0, 0.0
