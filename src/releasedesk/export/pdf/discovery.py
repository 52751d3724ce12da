"""Find font files by family on this system: fontconfig first, the usual font folders without it.

Output must be identical on every machine, so a configured font that is missing is an error naming the Debian
package to install — never a silent substitute.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from releasedesk import usercache
from releasedesk.errors import ExportError

REGULAR, BOLD, ITALIC, BOLD_ITALIC = "regular", "bold", "italic", "bold_italic"
VARIANTS = (REGULAR, BOLD, ITALIC, BOLD_ITALIC)

# fontconfig style names per variant, best first.
_STYLE_NAMES: dict[str, tuple[str, ...]] = {
    REGULAR: ("regular", "book", "roman", "normal", "medium", "light"),
    BOLD: ("bold",),
    ITALIC: ("italic", "oblique"),
    BOLD_ITALIC: ("bold italic", "bold oblique"),
}

# Debian packages that provide the families we know, for the "install …" hint.
_PACKAGES: dict[str, str] = {
    "liberation serif": "fonts-liberation2",
    "liberation sans": "fonts-liberation2",
    "liberation mono": "fonts-liberation2",
    "tw-sung": "fonts-cns11643-sung",
    "tw-sung-ext-b": "fonts-cns11643-sung",
    "tw-sung-plus": "fonts-cns11643-sung",
    "tw-kai": "fonts-cns11643-kai",
    "tw-kai-ext-b": "fonts-cns11643-kai",
    "tw-kai-plus": "fonts-cns11643-kai",
    "ar pl uming tw": "fonts-arphic-uming",
    "ar pl ukai tw": "fonts-arphic-ukai",
    "dejavu sans": "fonts-dejavu-core",
    "dejavu serif": "fonts-dejavu-core",
}

# Where to look when fontconfig is not installed (file name stems that belong to each known family).
_FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts")
_KNOWN_FILES: dict[str, dict[str, tuple[str, int]]] = {
    "liberation serif": {
        REGULAR: ("LiberationSerif-Regular.ttf", 0),
        BOLD: ("LiberationSerif-Bold.ttf", 0),
        ITALIC: ("LiberationSerif-Italic.ttf", 0),
        BOLD_ITALIC: ("LiberationSerif-BoldItalic.ttf", 0),
    },
    "liberation sans": {
        REGULAR: ("LiberationSans-Regular.ttf", 0),
        BOLD: ("LiberationSans-Bold.ttf", 0),
        ITALIC: ("LiberationSans-Italic.ttf", 0),
        BOLD_ITALIC: ("LiberationSans-BoldItalic.ttf", 0),
    },
    "tw-sung": {REGULAR: ("TW-Sung-98_1.ttf", 0)},
    "tw-sung-ext-b": {REGULAR: ("TW-Sung-Ext-B-98_1.ttf", 0)},
    "tw-sung-plus": {REGULAR: ("TW-Sung-Plus-98_1.ttf", 0)},
    "tw-kai": {REGULAR: ("TW-Kai-98_1.ttf", 0)},
    "ar pl uming tw": {REGULAR: ("uming.ttc", 2)},
    "dejavu sans": {REGULAR: ("DejaVuSans.ttf", 0), BOLD: ("DejaVuSans-Bold.ttf", 0)},
}


class FontNotFoundError(ExportError):
    """A configured font family (or one of its files) is not installed."""


@dataclass(frozen=True)
class FontFile:
    """A font file and, for a collection (.ttc), the face inside it."""

    path: Path
    index: int = 0
    """Face index inside a .ttc collection."""


def package_hint(family: str) -> str:
    """What to do about a missing family: the Debian package that has it, when we know one."""
    package = _PACKAGES.get(family.casefold())
    if package:
        return f"install the Debian package {package} (sudo apt install {package})"
    return "install a TrueType font of that family or choose another font in the PDF template"


FC_FORMAT = "%{family}\t%{style}\t%{fontformat}\t%{index}\t%{file}\n"
_FC_CONFIG_DIRS = ("/etc/fonts", "/etc/fonts/conf.d", "~/.config/fontconfig", "~/.config/fontconfig/conf.d")
LISTING_END = "# end of listing\n"


FONT_CACHE = "fonts"
"""The per-user cache's folder (usercache.read/write) for parsed faces, watermark outlines and the font listing."""


def _fontconfig_state(fc_list: str) -> str:
    """What fc-list's answer depends on: its program, its configuration and every font folder's modification time.

    Installing or removing a font changes the modification time of the folder it is in (fontconfig checks its own
    caches the same way); about 20 folders here, 0.5 ms to look at.
    """
    parts = [fc_list, os.environ.get("FONTCONFIG_FILE", ""), os.environ.get("FONTCONFIG_PATH", "")]

    def stamp(path: str) -> None:
        parts.append(usercache.stamp(path))

    stamp(fc_list)
    for folder in _FC_CONFIG_DIRS:
        root = os.path.expanduser(folder)
        stamp(root)
        with contextlib.suppress(OSError):
            for entry in sorted(os.scandir(root), key=lambda entry: entry.name):
                stamp(entry.path)
    for folder in _FONT_DIRS:
        for dirpath, dirnames, _files in os.walk(os.path.expanduser(folder)):
            dirnames.sort()
            stamp(dirpath)
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:40]


def fc_list_output(fc_list: str) -> str | None:
    """fc-list's listing, from the per-user cache while no font folder or configuration has changed since."""
    name = f"fontconfig-{_fontconfig_state(fc_list)}.txt"
    with contextlib.suppress(UnicodeDecodeError):
        text = (usercache.read(FONT_CACHE, name) or b"").decode("utf-8")
        if text.endswith(LISTING_END):  # a whole listing we wrote, not a truncated or foreign file
            return text.removesuffix(LISTING_END)
    try:
        listing = subprocess.run(
            [fc_list, "--format", FC_FORMAT], capture_output=True, text=True, check=True, timeout=30
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    usercache.write(FONT_CACHE, name, (listing + LISTING_END).encode("utf-8"))  # unwritable: fc-list next time
    return listing


@cache
def _fontconfig_entries() -> tuple[tuple[tuple[str, ...], tuple[str, ...], str, int, str], ...] | None:
    """(families, styles, outline format, index, file) for every installed font, or None without fontconfig."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    listing = fc_list_output(fc_list)
    if listing is None:
        return None
    entries = []
    for line in listing.splitlines():
        parts = line.split("\t")
        if len(parts) != 5:
            continue
        families, styles, fmt, index, file = parts
        entries.append(
            (
                tuple(name.strip().casefold() for name in families.split(",")),
                tuple(name.strip().casefold() for name in styles.split(",")),
                fmt.strip(),
                int(index) if index.strip().isdigit() else 0,
                file,
            )
        )
    return tuple(sorted(entries, key=lambda entry: entry[4]))


def _from_fontconfig(family: str, variant: str) -> FontFile | bool | None:
    """The file of `family`/`variant` per fontconfig; False when fontconfig is unavailable."""
    entries = _fontconfig_entries()
    if entries is None:
        return False
    wanted = family.casefold()
    candidates = [entry for entry in entries if wanted in entry[0] and entry[2] in ("TrueType", "")]
    for style in _STYLE_NAMES[variant]:
        for _families, styles, _fmt, index, file in candidates:
            if style in styles:
                return FontFile(Path(file), index)
    return None


def _from_known_dirs(family: str, variant: str) -> FontFile | None:
    known = _KNOWN_FILES.get(family.casefold(), {}).get(variant)
    if known is None:
        return None
    name, index = known
    for folder in _FONT_DIRS:
        root = Path(folder).expanduser()
        if root.is_dir():
            for dirpath, _dirs, files in os.walk(root):
                if name in files:
                    return FontFile(Path(dirpath) / name, index)
    return None


@cache
def find_font(family: str, variant: str = REGULAR) -> FontFile | None:
    """The TrueType file for `family` in `variant`, or None when that variant is not installed."""
    found = _from_fontconfig(family, variant)
    if found is False:
        return _from_known_dirs(family, variant)
    return found  # type: ignore[return-value]  # False handled above; True is never returned


def require_font(family: str) -> FontFile:
    """The regular face of `family`; raises FontNotFoundError with the package to install."""
    found = find_font(family, REGULAR)
    if found is None:
        raise FontNotFoundError(f"PDF font {family!r} is not installed: {package_hint(family)}")
    return found
