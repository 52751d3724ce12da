"""Switching the interface language while the window stays open.

The widgets set their texts once, through tr(), when they are built. Rather than a retranslate method in every
module, this walks the window's widgets and actions, finds each text's source string and context in the shipped
catalogue (`releasedesk_zh_TW.ts`, read backwards when leaving Chinese), and asks the newly installed translator
again. Texts built from values (title, counts, undo step names) are redone by the window itself afterwards.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from releasedesk.gui.i18n import install_translators, ui_locale
from releasedesk.resources import resource

Setter = Callable[[str], object]


@dataclass
class Catalogue:
    """Source strings by context, and the Chinese translation back to (context, source)."""

    contexts_of: dict[str, list[str]] = field(default_factory=dict)
    source_of: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


@cache
def catalogue() -> Catalogue:
    """The Chinese translation catalogue read from the .ts source (source text to translation)."""
    found = Catalogue()
    root = ElementTree.parse(resource("i18n", "releasedesk_zh_TW.ts")).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or message.get("numerus") == "yes":
                continue
            found.contexts_of.setdefault(source, []).append(name)
            if translation.text:
                found.source_of.setdefault(translation.text, []).append((name, source))
    return found


def _classes(obj: QObject) -> list[str]:
    """Class names of `obj` and its parents (and their bases): the tr() contexts its texts most likely came from."""
    names: list[str] = []
    current: QObject | None = obj
    while current is not None:
        names += [cls.__name__ for cls in type(current).__mro__]
        current = current.parent()
    return names


def _retranslated(text: str, owner: QObject, leaving_chinese: bool) -> str | None:
    if not text:
        return None
    words = catalogue()
    if leaving_chinese:
        candidates = words.source_of.get(text, [])
    else:
        candidates = [(context, text) for context in words.contexts_of.get(text, [])]
    if not candidates:
        head, sep, tail = text.rpartition(" (")  # "Bold (Ctrl+B)": a tooltip with its shortcut
        if sep and tail.endswith(")"):
            new = _retranslated(head, owner, leaving_chinese)
            return f"{new}{sep}{tail}" if new is not None else None
        return None
    classes = _classes(owner)
    context, source = min(candidates, key=lambda pair: classes.index(pair[0]) if pair[0] in classes else len(classes))
    return QCoreApplication.translate(context, source)


def _texts(root: QWidget) -> Iterator[tuple[QObject, Callable[[], str], Setter]]:
    """Every user-visible text of `root`'s widgets and actions, as (owner, getter, setter)."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        yield widget, widget.toolTip, widget.setToolTip
        yield widget, widget.windowTitle, widget.setWindowTitle
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget, widget.text, widget.setText
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield widget, widget.placeholderText, widget.setPlaceholderText
        if isinstance(widget, QMenu):
            yield widget, widget.title, widget.setTitle
        if isinstance(widget, QComboBox) and not widget.isEditable():
            for index in range(widget.count()):
                yield widget, lambda w=widget, i=index: w.itemText(i), lambda t, w=widget, i=index: w.setItemText(i, t)  # type: ignore[misc]  # defaults bind the loop values; mypy cannot infer such lambdas
        if isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                item = widget.horizontalHeaderItem(column)
                if item is not None:
                    yield widget, item.text, item.setText
    for action in root.findChildren(QAction):
        owner = action.parent() or root
        yield owner, action.text, action.setText
        yield owner, action.toolTip, action.setToolTip
        yield owner, action.statusTip, action.setStatusTip


def retranslate(root: QWidget, leaving_chinese: bool) -> int:
    """Re-ask the translator for every text of `root` that the catalogue knows; returns how many changed."""
    changes = [
        (setter, new) for owner, get, setter in _texts(root) if (new := _retranslated(get(), owner, leaving_chinese))
    ]
    changed = 0
    for setter, new in changes:
        setter(new)
        changed += 1
    return changed


def switch_language(root: QWidget, setting: str) -> str:
    """Install the translators for `setting` in place of the current ones and retranslate `root`; the locale used."""
    app = QCoreApplication.instance()
    assert app is not None, "switch_language needs the running application"
    leaving_chinese = interface_is_chinese()
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
    locale = install_translators(app, setting)
    if locale == "en":
        system = QLocale.system()
        QLocale.setDefault(system if system.language() != QLocale.Language.Chinese else QLocale("en_US"))
    if leaving_chinese or locale != "en":
        retranslate(root, leaving_chinese)
    return locale


def interface_is_chinese() -> bool:
    """Our Chinese translation is installed now (asked of the translator, not of the setting)."""
    return QCoreApplication.translate("MainWindow", "&File") != "&File"


__all__ = ["catalogue", "interface_is_chinese", "retranslate", "switch_language", "ui_locale"]
