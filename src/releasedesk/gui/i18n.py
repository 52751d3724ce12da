"""Choosing and installing the interface translation (ours and Qt's own dialogs)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from releasedesk.resources import resource

TRANSLATIONS = ("zh_TW",)


def ui_locale(setting: str) -> str:
    """ "zh_TW" or "en": the setting when it names one, else the system locale (any Chinese → zh_TW)."""
    if setting in ("en", *TRANSLATIONS):
        return setting
    name = QLocale.system().name()
    return "zh_TW" if name.startswith("zh") else "en"


def install_translators(app: QCoreApplication, setting: str) -> str:
    """Install the translators for `setting`; returns the locale used. Kept as children of `app`."""
    locale = ui_locale(setting)
    if locale == "en":
        return locale
    ours = QTranslator(app)
    if ours.load(str(resource("i18n", f"releasedesk_{locale}.qm"))):
        app.installTranslator(ours)
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{locale}", qt_path):
        app.installTranslator(qt)
    QLocale.setDefault(QLocale("zh_TW"))
    return locale
