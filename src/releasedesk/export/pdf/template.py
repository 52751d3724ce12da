"""The PDF's layout template is the house style (export/style.py): re-exported under the names PDF code uses."""

from __future__ import annotations

from releasedesk.export.style import (
    DEFAULT_TEMPLATE,
    PAGE_SIZES,
    TEMPLATE_FILE_NAME,
    FontConfig,
    HouseStyle,
    PageSizeName,
    PdfTemplate,
    agency_template_path,
    current_template,
    load_template,
    template_from_dict,
)

__all__ = [
    "DEFAULT_TEMPLATE",
    "PAGE_SIZES",
    "TEMPLATE_FILE_NAME",
    "FontConfig",
    "HouseStyle",
    "PageSizeName",
    "PdfTemplate",
    "agency_template_path",
    "current_template",
    "load_template",
    "template_from_dict",
]
