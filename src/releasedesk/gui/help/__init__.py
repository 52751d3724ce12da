"""Help → User guide: the bundled HTML guide in the interface language, shown offline in a text browser."""

from __future__ import annotations

from releasedesk.gui.help.guide import GuideDialog, guide_path

__all__ = ["GuideDialog", "guide_path"]
