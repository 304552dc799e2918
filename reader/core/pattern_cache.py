"""Compiled regular expressions kept between runs.

The number grammar and the furniture cues are a few hundred regular expressions, one of them
60,000 characters long.  ``re`` parses and compiles a pattern in pure Python, and these took
0.25 s of every start: a twelfth of the 3 s the command line has for two 100,000-word
documents, and as long again before the window shows.  What the compiler makes of a pattern
is a list of integers for the regex engine, so a module's ``PatternCache`` keeps those lists in
a file beside the module's bytecode (``__pycache__``), named for the interpreter's version
and the engine's, and the next start hands them straight to the engine.  The engine checks
the code it is given, and each entry is keyed by its pattern's text and flags: an edited
pattern misses and is compiled anew, and the file is rewritten with only the patterns the
module still compiles.  The file carries a checksum of what it holds: code damaged on disk
can still be code the engine accepts, and would match the wrong text.

Anything unexpected (an interpreter whose ``re`` is built otherwise, a folder that cannot be
written, a damaged file) falls back to ``re.compile``: the cache only ever saves time.  It is
written even where the interpreter writes no bytecode (``PYTHONDONTWRITEBYTECODE``): that
setting is about ``.pyc`` files, and without the cache every start pays the 0.25 s again.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import zlib
from pathlib import Path

try:  # the parts of ``re`` that compile; any interpreter without them simply gets no cache
    import _sre
    from re import _compiler, _parser

    _ENGINE = f"{sys.implementation.cache_tag}-{sys.version.split()[0]}-sre{_sre.MAGIC}"
except (ImportError, AttributeError):
    _ENGINE = None

# What the engine needs besides the pattern: its final flags, code, group count, group names by
# name and by number (the arguments ``re._compiler.compile`` passes to ``_sre.compile``).
_Compiled = tuple[int, list[int], int, dict[str, int], tuple]


class PatternCache:
    """Compiles one module's patterns, from the cache file where it can.

    A module makes one at its top, compiles its patterns with ``compile`` while it is imported,
    and calls ``save`` at its end; ``compile`` after that is ``re.compile``.
    """

    def __init__(self, module_file: str) -> None:
        module = Path(module_file)
        self.path = module.parent / "__pycache__" / f"{module.stem}.patterns.{_ENGINE}.marshal"
        self.saved = _ENGINE is None
        self.hits = 0
        self._stored = {} if self.saved else _read(self.path)
        self._used: dict[tuple[str, int], _Compiled] = {}
        self._compiled_anew = False

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern:
        if self.saved or not isinstance(pattern, str):
            return re.compile(pattern, flags)
        key = (pattern, int(flags))
        stored = self._stored.get(key)
        if stored is not None:
            try:
                compiled = _sre.compile(pattern, *stored)
            except Exception:  # noqa: BLE001 - code the engine refuses is compiled anew below
                pass
            else:
                self.hits += 1
                self._used[key] = stored
                return compiled
        try:
            made = _compile_parts(pattern, int(flags))
            compiled = _sre.compile(pattern, *made)
        except re.error:
            raise
        except Exception:  # noqa: BLE001 - an ``re`` built otherwise: compile it the plain way
            return re.compile(pattern, flags)
        self._used[key] = made
        self._compiled_anew = True
        return compiled

    def save(self) -> None:
        """Write the patterns compiled since the cache was made, if any were new or any stored are no
        longer used; from now on ``compile`` is ``re.compile``."""
        if self.saved:
            return
        self.saved = True
        used, unchanged = self._used, not self._compiled_anew and self._used.keys() == self._stored.keys()
        self._used, self._stored = {}, {}  # a few megabytes of code the patterns no longer need
        if unchanged:
            return
        try:
            self.path.parent.mkdir(exist_ok=True)
            partial = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
            payload = marshal.dumps(used)
            partial.write_bytes(_checksum(payload) + payload)
            os.replace(partial, self.path)  # whole or not at all, if two starts save at once
        except (OSError, ValueError):
            pass  # an unwritable folder: the next start compiles again


def _compile_parts(pattern: str, flags: int) -> _Compiled:
    """The arguments ``re._compiler.compile`` gives the engine for ``pattern``, as plain values."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    group_names = dict(parsed.state.groupdict)
    names_by_number = [None] * parsed.state.groups
    for name, number in group_names.items():
        names_by_number[number] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, group_names, tuple(names_by_number)


def _read(path: Path) -> dict[tuple[str, int], _Compiled]:
    """The stored entries of the file, or none if it is missing, damaged or not what we wrote."""
    try:
        data = path.read_bytes()
        checksum, payload = data[:_CHECKSUM_SIZE], data[_CHECKSUM_SIZE:]
        if checksum != _checksum(payload):
            return {}
        stored = marshal.loads(payload)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(stored, dict):
        return {}
    return {key: value for key, value in stored.items() if _well_formed(key, value)}


_CHECKSUM_SIZE = 4


def _checksum(payload: bytes) -> bytes:
    """CRC-32 of the stored patterns: it catches every damage of up to 32 bits in a row, at a fraction of a
    millisecond for the largest file."""
    return zlib.crc32(payload).to_bytes(_CHECKSUM_SIZE, "little")


def _well_formed(key: object, value: object) -> bool:
    return (isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], str) and isinstance(key[1], int)
            and isinstance(value, tuple) and len(value) == 5 and isinstance(value[0], int)
            and isinstance(value[1], list) and isinstance(value[2], int) and isinstance(value[3], dict)
            and isinstance(value[4], tuple))
