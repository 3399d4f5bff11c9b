"""brief: turn a news article into a brief a busy reader can trust."""

__version__ = "0.1.0"
