"""Renderers: one module per format, each turning a Brief into output. None analyses."""
