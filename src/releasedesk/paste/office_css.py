"""Office clipboard HTML as Qt can read its style sheet. Two things lose every class-set look (e.g. Excel's bold
header row) otherwise:

- Qt imports only what lies between `<!--StartFragment-->` and `<!--EndFragment-->` when they are present (the
  Windows clipboard markers Excel, Word and browsers write), and the `<style>` in `<head>` lies outside them;
- Excel and Word wrap their `<style>` in `<!-- … -->` (legal CSS, for old browsers), and Qt's CSS parser then drops
  every rule.

And Excel sets `white-space:nowrap` on every cell, which Qt turns into no-break spaces: the release would keep them
(a no-break space is text in our model), so `nowrap` — a layout wish the model has no place for — is dropped.
"""

from __future__ import annotations

import re

_STYLE = re.compile(r"(<style\b[^>]*>)(.*?)(</style\s*>)", re.IGNORECASE | re.DOTALL)
_FRAGMENT_MARK = re.compile(r"<!--\s*(?:Start|End)Fragment\s*-->", re.IGNORECASE)
_NOWRAP = re.compile(r"white-space\s*:\s*nowrap\s*;?", re.IGNORECASE)


def readable_style(html: str) -> str:
    """`html` without the fragment markers, `white-space:nowrap`, and the comment markers inside each `<style>`."""
    html = _STYLE.sub(lambda m: m[1] + m[2].replace("<!--", " ").replace("-->", " ") + m[3], html)
    return _NOWRAP.sub("", _FRAGMENT_MARK.sub("", html))
