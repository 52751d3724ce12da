"""The desktop window: a thin PySide6 layer over the Qt-free core (model, file format, exporters).

Importing it has no side effect: start-up (`gui.app.create_application`) applies the PySide6 workaround of
`gui.slots` explicitly.
"""
