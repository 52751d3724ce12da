"""The window's side of approval: the standing banner, the Review menu, versions and compare, the print station."""

from releasedesk.gui.approval.controller import ApprovalController

__all__ = ["ApprovalController"]
