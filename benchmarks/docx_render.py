"""DOCX render of the long sample, CPU time, against real alternatives in the same run: the writer's one-pass
`ooxml.set_child` against python-docx's `insert_element_before` (its old body), and the other language's direct
formatting (`leading.localize`) switched off, to show what it costs.

Run: .venv/bin/python benchmarks/docx_render.py [rounds]
"""

from __future__ import annotations

import statistics
import sys
import time
from typing import TYPE_CHECKING

from docx.oxml.ns import qn

from releasedesk.export.docx import ooxml, render_docx
from releasedesk.samples import load_sample

if TYPE_CHECKING:
    from collections.abc import Callable

    from docx.oxml.xmlchemy import BaseOxmlElement


def _old_set_child(parent: BaseOxmlElement, child: BaseOxmlElement, order: tuple[str, ...]) -> BaseOxmlElement:
    """set_child as it was: python-docx searches the parent once per possible successor."""
    for old in parent.findall(child.tag):
        parent.remove(old)
    prefixed = next(name for name in order if qn(name) == child.tag)
    parent.insert_element_before(child, *order[order.index(prefixed) + 1 :])
    return child


def _compare(variants: dict[str, Callable[[], None]], rounds: int) -> None:
    release = load_sample("long-report")
    times: dict[str, list[float]] = {label: [] for label in variants}
    for _ in range(rounds):
        for label, switch in variants.items():  # alternating, so a load swing hits both alike
            switch()
            start = time.thread_time()
            render_docx(release)
            times[label].append(time.thread_time() - start)
    for label, values in times.items():
        print(f"  {label}: median {statistics.median(values) * 1000:.0f} ms CPU, min {min(values) * 1000:.0f} ms")


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    render_docx(load_sample("long-report"))  # imports the writer modules, which bind set_child by name
    from releasedesk.export.docx import leading, writer

    new = ooxml.set_child
    users = [
        m for name, m in sys.modules.items() if name.startswith("releasedesk.export.docx") and hasattr(m, "set_child")
    ]

    def use(function: object) -> Callable[[], None]:
        def switch() -> None:
            for module in users:
                module.set_child = function  # type: ignore[attr-defined]  # each module's own binding

        return switch

    print(f"long-report DOCX, {rounds} renders each:")
    _compare({"set_child one pass": use(new), "set_child via insert_element_before": use(_old_set_child)}, rounds)
    use(new)()
    localize = leading.localize

    def with_localize() -> None:
        writer.localize = localize  # type: ignore[attr-defined]  # the writer's own binding (imported from leading)

    def without_localize() -> None:
        writer.localize = lambda *_: None  # type: ignore[attr-defined]  # the writer's own binding, as above

    _compare({"with localize": with_localize, "without localize": without_localize}, rounds)


if __name__ == "__main__":
    main()
