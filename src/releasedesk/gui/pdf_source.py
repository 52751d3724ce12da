"""Kept for importers in the window: the preview's PDF source is Qt-free and lives in releasedesk.preview.source,
where the preview's worker process (which never imports Qt) reaches it too."""

from __future__ import annotations

from releasedesk.preview.source import PreviewUnavailable, render

__all__ = ["PreviewUnavailable", "render"]
