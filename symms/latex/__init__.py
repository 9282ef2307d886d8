"""LaTeX document emitter."""
from .emitter import render_document

__all__ = ["render_document"]
