"""A one-command process: collector thresholds and Pillow's PIL.Image on first use, undone for the window."""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING

from fresh_process import last_line_of
from releasedesk.samples import sample_path

if TYPE_CHECKING:
    from pathlib import Path


_run = last_line_of


_EXPORT = """
    import gc, sys
    from releasedesk import onecommand
    onecommand.start()
    from releasedesk.cli import main
    assert main(sys.argv[1:]) == 0
    print(onecommand.pillow_image_loaded(), gc.get_threshold() == onecommand.GC_THRESHOLD)
"""


def test_a_warm_pdf_export_never_loads_pillow_image(tmp_path: Path) -> None:
    """The first run decodes the sample's logo (PIL.Image loads on first use, through the lazy module); the second
    takes the image from the per-user cache and never executes PIL.Image. Both write the same bytes."""
    argv = ["export", str(sample_path("announcement")), "--pdf"]
    cold = _run(_EXPORT, *argv, str(tmp_path / "cold.pdf"), "--lang", "zh-TW")
    warm = _run(_EXPORT, *argv, str(tmp_path / "warm.pdf"), "--lang", "zh-TW")
    assert cold == ["True", "True"]  # an image decoded: the lazy module really loads
    assert warm == ["False", "True"]
    assert (tmp_path / "cold.pdf").read_bytes() == (tmp_path / "warm.pdf").read_bytes()


def test_the_lazy_pillow_image_is_pillow_image() -> None:
    script = """
        from releasedesk import onecommand
        onecommand.start()
        from PIL import Image
        assert not onecommand.pillow_image_loaded()
        image = Image.new("RGB", (3, 2), (255, 0, 0))
        import PIL.Image
        assert PIL.Image is Image and isinstance(image, PIL.Image.Image)
        print(onecommand.pillow_image_loaded(), image.size, image.getpixel((2, 1)))
    """
    assert _run(script) == ["True", "(3,", "2)", "(255,", "0,", "0)"]


def test_the_window_gets_pythons_collector_and_a_loaded_pillow() -> None:
    script = """
        import gc
        from releasedesk import onecommand
        onecommand.start()
        import reportlab.lib.utils
        before = onecommand.pillow_image_loaded()
        onecommand.for_long_lived_process()
        print(before, onecommand.pillow_image_loaded(), gc.get_threshold() == onecommand.PYTHON_GC_THRESHOLD)
    """
    assert _run(script) == ["False", "True", "True"]


def test_python_m_releasedesk_starts_as_one_command(tmp_path: Path) -> None:
    """`python -m releasedesk` (what the benchmark and scripts run) goes through onecommand.start before its imports."""
    out = tmp_path / "out.txt"
    result = subprocess.run(
        [sys.executable, "-m", "releasedesk", "export", str(sample_path("announcement")), "--text", str(out)],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert out.read_text(encoding="utf-8").strip()
