"""The writing checks in the window: underlines, a context menu, the checks panel and the glossary dialog."""
