"""The Qt-free release model: values, rich text, dates and counts."""

from releasedesk.model.release import (
    DEFAULT_TIMEZONE,
    LANGUAGES,
    Bilingual,
    Contact,
    Image,
    Lang,
    LanguageContent,
    Release,
    Status,
)
from releasedesk.model.richtext import (
    Block,
    Figure,
    Heading,
    ListItem,
    Mark,
    Paragraph,
    Quote,
    Run,
    Table,
    TableCell,
)

__all__ = [
    "DEFAULT_TIMEZONE",
    "LANGUAGES",
    "Bilingual",
    "Block",
    "Contact",
    "Figure",
    "Heading",
    "Image",
    "Lang",
    "LanguageContent",
    "ListItem",
    "Mark",
    "Paragraph",
    "Quote",
    "Release",
    "Run",
    "Status",
    "Table",
    "TableCell",
]
