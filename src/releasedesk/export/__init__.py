"""Exporters: each walks the release model (never widgets or HTML) and writes one format."""
