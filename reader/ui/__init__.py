"""The reader window: PySide6 views over what ``reader.core`` computed.

Nothing here compares text.  ``plan`` turns a core ``Comparison`` into what
each pane paints (pure Python, so it can run on the worker thread); the rest
are Qt widgets that show it and turn key presses into tags for the store.
"""
