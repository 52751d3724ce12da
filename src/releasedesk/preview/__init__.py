"""The live preview's renderer process: Qt-free, so it starts fast and never shares a GIL with the window."""
