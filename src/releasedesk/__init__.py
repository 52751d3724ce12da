"""ReleaseDesk: a desktop editor for bilingual (Traditional Chinese / English) press releases."""

__version__ = "0.1.0"
