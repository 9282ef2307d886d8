"""LaTeX document emitter."""
from .emitter import plain_text, render_document

__all__ = ["plain_text", "render_document"]
