"""Dependencies point down: no import circle anywhere in `src/releasedesk`, and only the command line reaches `gui/`.

The graph is read from the source (AST), never by importing, so it sees every kind of edge:
- module-level imports (what runs at import time);
- imports under `if TYPE_CHECKING:` (a circle there is still a circle in the design, and a type checker follows it);
- imports inside functions: they run later, but they are still "this module needs that one". Counting them keeps a
  lazy import from hiding a circle (the old `cli` -> `directory.cli` -> `cli` loop was one).
Importing `pkg.sub` from outside `pkg` runs `pkg/__init__.py` first, so that is an edge to `pkg` too (a re-export
in an `__init__` can close a circle: `directory/__init__` -> `repository` -> `library.store` -> `directory` did).
Inside `pkg` its `__init__` is already running, so a module's own packages are not counted.
"""

from __future__ import annotations

import ast
from collections import deque
from pathlib import Path

import releasedesk

SRC = Path(releasedesk.__file__).parent


def modules(root: Path = SRC) -> dict[str, Path]:
    """Dotted module name -> file, for every .py file below `root` (a package is named by its __init__)."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _target(name: str, node: ast.ImportFrom, is_package: bool) -> str | None:
    """The absolute module an ImportFrom names (relative imports resolved against `name`)."""
    if not node.level:
        return node.module
    package = name.split(".") if is_package else name.split(".")[:-1]
    base = package[: len(package) - node.level + 1]
    return ".".join(base + ([node.module] if node.module else []))


def imports_of(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """Every module of `known` that `name` imports anywhere in its file (top level, TYPE_CHECKING, functions)."""
    edges: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            edges.update(alias.name for alias in node.names if alias.name in known)
        elif isinstance(node, ast.ImportFrom):
            module = _target(name, node, path.name == "__init__.py")
            if module is None:
                continue
            for alias in node.names:  # `from pkg import sub` imports pkg.sub; `from pkg import thing` imports pkg
                if f"{module}.{alias.name}" in known:
                    edges.add(f"{module}.{alias.name}")
                elif module in known:
                    edges.add(module)
    for target in list(edges):
        parts = target.split(".")
        for depth in range(1, len(parts)):
            package = ".".join(parts[:depth])
            if package in known and not (name == package or name.startswith(package + ".")):
                edges.add(package)
    edges.discard(name)
    return edges


def import_graph(root: Path = SRC) -> dict[str, set[str]]:
    known = modules(root)
    return {name: imports_of(name, path, known) for name, path in known.items()}


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's components (iterative: the graph has hundreds of modules)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(sorted(component))
    return components


def one_cycle(graph: dict[str, set[str]], component: list[str]) -> list[str]:
    """A shortest circle through the component's first module, to name in the failure."""
    members = set(component)
    start = component[0]
    previous: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for child in sorted(graph[node] & members):
            if child == start:
                path = [node]
                while path[-1] != start:
                    path.append(previous[path[-1]])
                return [*reversed(path), start]
            if child not in previous:
                previous[child] = node
                queue.append(child)
    return component


def test_the_graph_sees_every_kind_of_import() -> None:
    graph = import_graph()
    assert "releasedesk.gui.app" in graph["releasedesk.cli"]  # a function-local import
    assert "releasedesk.model.release" in graph["releasedesk.gui.main_window"]  # module level


def test_cycle_finder_finds_a_planted_circle(tmp_path: Path) -> None:
    package = tmp_path / "demo"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from demo import b\n")
    (package / "b.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from demo.a import x\n")
    (package / "c.py").write_text("def f():\n    from . import a\n")
    (package / "sub").mkdir()
    (package / "sub" / "__init__.py").write_text("from demo.sub.d import x\n")
    (package / "sub" / "d.py").write_text("from demo.sub import e\n")  # inside sub: no edge to sub itself
    (package / "sub" / "e.py").write_text("import demo.c\n")
    graph = import_graph(package)
    assert graph["demo.c"] == {"demo.a"}
    assert graph["demo.sub.d"] == {"demo.sub.e"}
    assert [c for c in strongly_connected(graph) if len(c) > 1] == [["demo.a", "demo.b"]]
    assert one_cycle(graph, ["demo.a", "demo.b"]) == ["demo.a", "demo.b", "demo.a"]
    (package / "c.py").write_text("from demo.sub.e import y\n")  # runs sub/__init__, which imports d, e, then c
    graph = import_graph(package)
    assert "demo.sub" in graph["demo.c"]
    assert sorted(c for c in strongly_connected(graph) if len(c) > 1) == [
        ["demo.a", "demo.b"],
        ["demo.c", "demo.sub", "demo.sub.d", "demo.sub.e"],
    ]


def test_no_import_circle_in_src() -> None:
    graph = import_graph()
    circles = [one_cycle(graph, c) for c in strongly_connected(graph) if len(c) > 1]
    assert not circles, "import circles (move the shared part down into a module both import):\n" + "\n".join(
        " -> ".join(circle) for circle in circles
    )


def test_only_the_command_line_reaches_the_window() -> None:
    """The core (everything outside gui/) never imports gui/; `cli` opens the window through a late import."""
    graph = import_graph()
    allowed = {"releasedesk.cli"}
    offenders = sorted(
        f"{name} -> {target}"
        for name, targets in graph.items()
        if not name.startswith("releasedesk.gui") and name not in allowed
        for target in targets
        if target.startswith("releasedesk.gui")
    )
    assert not offenders, f"core modules importing gui/: {offenders}"
