"""Entry script for the PyInstaller bundle: the same ``main`` as the ``parallax`` command."""

import sys

from reader.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
