"""The window's side of linked languages: ids kept through editing, the status gutter, partner highlight, the
summary and its list. The rules themselves are in releasedesk.pairs (Qt-free)."""
