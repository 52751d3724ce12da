"""The rich-text body editor: QTextDocument <-> model conversion, the editor widget and its format toolbar.

Public API: `RichTextEditor`, `FormatToolBar`, `LinkDialog` (here), `blocks_to_document` / `document_to_blocks`
(convert.py).
"""

from releasedesk.gui.richtext._none_guard import keep_none_alive

keep_none_alive()

from releasedesk.gui.richtext.dialogs import LinkDialog  # noqa: E402 - after the guard, before any Qt call
from releasedesk.gui.richtext.editor import RichTextEditor  # noqa: E402
from releasedesk.gui.richtext.toolbar import FormatToolBar  # noqa: E402

__all__ = ["FormatToolBar", "LinkDialog", "RichTextEditor"]
