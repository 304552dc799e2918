"""The comparison engine.  Pure Python: nothing here may import Qt.

The data flows one way:
    files -> Document (document.py) -> sentences (sentences.py)
          -> Comparison: links (align.py), word diffs (worddiff.py), numbers (numbers.py, ledger.py)
          -> tags (tags.py) -> store (store.py) -> export (export.py) and back (tag_import.py)
"""
