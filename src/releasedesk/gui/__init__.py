"""The desktop window: a thin PySide6 layer over the Qt-free core (model, file format, exporters)."""

from releasedesk.gui.slots import keep_constants_alive

keep_constants_alive()
