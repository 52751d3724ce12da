"""The layout plan: one Qt-free step that decides what every export format says (see values.py)."""

from __future__ import annotations

from releasedesk.export.plan.build import build_plan
from releasedesk.export.plan.values import (
    DocumentState,
    DroppedLink,
    FigureBlock,
    Footer,
    HeadingBlock,
    Letterhead,
    Line,
    ListItemBlock,
    Metadata,
    MetaRow,
    PageField,
    ParagraphBlock,
    Plan,
    PlanBlock,
    PlanContact,
    PlanImage,
    PlanRun,
    QuoteBlock,
    Script,
    Section,
    line_text,
)

__all__ = [
    "DocumentState",
    "DroppedLink",
    "FigureBlock",
    "Footer",
    "HeadingBlock",
    "Letterhead",
    "Line",
    "ListItemBlock",
    "MetaRow",
    "Metadata",
    "PageField",
    "ParagraphBlock",
    "Plan",
    "PlanBlock",
    "PlanContact",
    "PlanImage",
    "PlanRun",
    "QuoteBlock",
    "Script",
    "Section",
    "build_plan",
    "line_text",
]
