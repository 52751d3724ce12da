"""The rich-text body editor: QTextDocument <-> model conversion, the editor widget and its format toolbar.

Public API: `RichTextEditor`, `FormatToolBar`, `LinkDialog` (here), `blocks_to_document` / `document_to_blocks`
(convert.py).
"""

from releasedesk.gui.richtext.dialogs import LinkDialog
from releasedesk.gui.richtext.editor import RichTextEditor
from releasedesk.gui.richtext.toolbar import FormatToolBar

__all__ = ["FormatToolBar", "LinkDialog", "RichTextEditor"]
