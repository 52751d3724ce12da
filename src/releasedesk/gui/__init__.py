"""The desktop window: a thin PySide6 layer over the Qt-free core (model, file format, exporters)."""
