"""Renderers: terminal tables, markdown, JSON and HTML, one module each."""
