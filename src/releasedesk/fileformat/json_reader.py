"""Typed, strict reading of one JSON object of a release file, naming the exact place of any problem.

Shared by `codec` (the release) and `pairs_codec` (its pairs), which is why it is a module of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

if TYPE_CHECKING:
    from types import EllipsisType

Json = dict[str, Any]


class FormatProblem(ValueError):
    """Something in the file's content is not a valid release; `where` is a path like `release.contacts[2].email`."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")


_T = TypeVar("_T")
_TYPE_NAMES: dict[type, str] = {
    str: "text",
    bool: "true/false",
    int: "a whole number",
    dict: "an object",
    list: "a list",
}


def describe(value: object) -> str:
    """What a JSON value is, in the words a load error uses ("text", "a list", "null")."""
    if value is None:
        return "null"
    for kind, name in _TYPE_NAMES.items():
        if type(value) is kind:
            return name
    return type(value).__name__


class Reader:
    """Typed access to one JSON object that reports the exact place of any problem."""

    def __init__(self, data: object, where: str) -> None:
        self.where = where
        if not isinstance(data, dict):
            self.fail(f"expected an object, found {describe(data)}")
        self.data: Json = data

    def only(self, *keys: str) -> Reader:
        """Refuse fields this version does not know: dropping them would lose them at the next save."""
        for key in self.data:
            if key not in keys:
                self.fail(f"unknown field {key!r} (written by another program or version?)", key)
        return self

    def fail(self, problem: str, key: str | None = None) -> NoReturn:
        raise FormatProblem(self.where + (f".{key}" if key else ""), problem)

    def typed(self, key: str, kind: type[_T], default: _T | EllipsisType = ...) -> _T:
        """The value at `key`, which must be exactly of `kind` (missing: `default`, or a problem when none)."""
        if key not in self.data:
            if default is ...:
                self.fail("is missing", key)
            return default
        value = self.data[key]
        # bool is an int in Python; JSON true must not pass as a number, nor 1 as true.
        if type(value) is not kind:
            self.fail(f"expected {_TYPE_NAMES[kind]}, found {describe(value)}", key)
        return value

    def text(self, key: str, default: str | None = None) -> str:
        return self.typed(key, str, ... if default is None else default)

    def flag(self, key: str, default: bool | None = None) -> bool:
        return self.typed(key, bool, ... if default is None else default)

    def integer(self, key: str) -> int:
        return self.typed(key, int)

    def optional_text(self, key: str) -> str | None:
        return None if self.data.get(key) is None else self.text(key)

    def optional_int(self, key: str) -> int | None:
        return None if self.data.get(key) is None else self.integer(key)

    def items(self, key: str) -> list[tuple[str, object]]:
        values = self.typed(key, list, [])
        return [(f"{self.where}.{key}[{index}]", value) for index, value in enumerate(values)]

    def child(self, key: str) -> Reader:
        if key not in self.data:
            self.fail("is missing", key)
        return Reader(self.data[key], f"{self.where}.{key}")

    def optional_child(self, key: str) -> Reader | None:
        return None if self.data.get(key) is None else self.child(key)
