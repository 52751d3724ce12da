"""Qt-free preparation of pasted content (clipboard HTML from Office and web pages, pasted tables); the editor's
paste (gui/richtext/paste.py) hands Qt what these return."""
