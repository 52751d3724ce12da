"""Time the editor's model conversion on the bundled samples: what each keystroke's content() would cost.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/richtext_convert.py
"""

from __future__ import annotations

import statistics
import time
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from releasedesk.gui.richtext import RichTextEditor
from releasedesk.samples import load_sample, sample_names

if TYPE_CHECKING:
    from collections.abc import Callable


def median_ms(action: Callable[[], object], repeat: int = 30) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    from releasedesk.gui.slots import apply_refcount_guard

    apply_refcount_guard()  # as the application's start-up does (gui/slots.py)
    app = QApplication.instance() or QApplication([])
    for name in sample_names():
        release = load_sample(name)
        images = {image.id: image for image in release.images}
        for lang, content in release.content.items():
            editor = RichTextEditor(language=lang)
            load = median_ms(partial(editor.set_content, content.body, images), repeat=10)
            read = median_ms(editor.content)
            count = median_ms(editor.text_count)
            print(
                f"{name:16} {lang:5} {len(content.body):4} blocks  set_content {load:7.2f} ms  "
                f"content() {read:6.2f} ms  text_count() {count:6.2f} ms"
            )
            editor.deleteLater()
    app.processEvents()


if __name__ == "__main__":
    main()
