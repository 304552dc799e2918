"""Parallax: read two reports of one story side by side.

The package has two layers: ``reader.core`` (pure Python: loading, sentence
splitting, alignment, word diffs, numbers, tags) and ``reader.ui`` (PySide6
views over what core computed).  ``reader.cli`` is the command-line face of core.
"""

__version__ = "0.1.0"
APP_NAME = "Parallax"
