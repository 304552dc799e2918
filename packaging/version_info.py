"""The Windows version resource of parallax.exe (Explorer's Properties > Details).

Built from pyproject.toml's version at build time, so it can never disagree
with the package; the spec passes the result to ``EXE(version=...)``.
"""

from __future__ import annotations

import re


def _fixed(version: str) -> tuple[int, int, int, int]:
    """``"0.1.0"`` -> ``(0, 1, 0, 0)``; a pre-release tag is dropped: ``1.2.3rc1`` -> ``(1, 2, 3, 0)``."""
    parts = []
    for piece in version.split(".")[:4]:
        digits = re.match(r"\d*", piece).group()
        parts.append(int(digits or 0))
    return tuple((parts + [0, 0, 0, 0])[:4])


def build(version: str, description: str):
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = _fixed(version)
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers, OS=0x40004, fileType=0x1),
        kids=[
            StringFileInfo(
                [
                    StringTable(
                        "040904B0",  # US English, Unicode
                        [
                            StringStruct("CompanyName", "Parallax contributors"),
                            StringStruct("FileDescription", "Parallax"),
                            StringStruct("FileVersion", version),
                            StringStruct("InternalName", "parallax"),
                            StringStruct("LegalCopyright", "MIT License"),
                            StringStruct("OriginalFilename", "parallax.exe"),
                            StringStruct("ProductName", "Parallax"),
                            StringStruct("ProductVersion", version),
                            StringStruct("Comments", description),
                        ],
                    )
                ]
            ),
            VarFileInfo([VarStruct("Translation", [0x0409, 1200])]),
        ],
    )
