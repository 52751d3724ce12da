"""The layout plan: one Qt-free step that decides what every export format says (see values.py).

`plan_release` is the one entry that builds a plan for an export; every writer renders what it returns.
"""

from __future__ import annotations

from releasedesk.export.plan.build import build_plan, plan_release
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
    PlanCell,
    PlanContact,
    PlanImage,
    PlanRun,
    QuoteBlock,
    Script,
    Section,
    TableBlock,
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
    "PlanCell",
    "PlanContact",
    "PlanImage",
    "PlanRun",
    "QuoteBlock",
    "Script",
    "Section",
    "TableBlock",
    "build_plan",
    "line_text",
    "plan_release",
]
