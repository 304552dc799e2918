"""The compiled patterns kept between runs (reader/core/pattern_cache.py): a pattern from the cache
behaves as ``re.compile``'s, and a damaged, stale or unwritable cache costs time, never a wrong match."""

from __future__ import annotations

import importlib
import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.pattern_cache import PatternCache, _checksum, _compile_parts, _read

# Patterns with what the number grammar uses: named groups, conditionals, look-behinds, inline flags.
PATTERNS = [
    (r"(?P<n>\d+(?:[.,]\d+)?)\s*(?P<unit>km|kilometres?)\b", 0),
    (r"(?<![\w.])(?P<between>between\s+)?(?P<a>\d+)(?(between)\s+and\s+(?P<b>\d+)|)", re.IGNORECASE),
    (r"^(?i:by)\s+[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*$", 0),
    (r"\b(?:January|February|March)\s+\d{1,2}(?:,\s+(?:19|20)\d\d)?", re.VERBOSE),
]
TEXTS = [
    "The 198-km (123-mile) route, 198 kilometres in all, was between 30 and 40 km long.",
    "BY Jane O’Neill", "By Thomas Nilsen", "On March 3, 2025 and January 13 the court sat.",
]


def _behaviour(pattern: re.Pattern) -> list:
    return [(m.span(), m.groupdict(), m.groups()) for text in TEXTS for m in pattern.finditer(text)]


def _write_stored(path: Path, stored: object) -> None:
    """Write ``stored`` as the cache writes its entries, with a good checksum."""
    payload = marshal.dumps(stored)
    path.write_bytes(_checksum(payload) + payload)


def _module_file(tmp_path: Path) -> str:
    return str(tmp_path / "grammar.py")


def _compile_all(cache: PatternCache) -> list[re.Pattern]:
    compiled = [cache.compile(pattern, flags) for pattern, flags in PATTERNS]
    cache.save()
    return compiled


def test_patterns_read_back_from_the_cache_match_as_re_compiles_them(tmp_path):
    first = PatternCache(_module_file(tmp_path))
    fresh = _compile_all(first)
    assert first.hits == 0 and first.path.exists()

    again = PatternCache(_module_file(tmp_path))
    cached = _compile_all(again)
    assert again.hits == len(PATTERNS)
    for (pattern, flags), made, kept in zip(PATTERNS, fresh, cached):
        plain = re.compile(pattern, flags)
        for compiled in (made, kept):
            assert (compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex) == (
                plain.pattern, plain.flags, plain.groups, plain.groupindex)
            assert _behaviour(compiled) == _behaviour(plain)
    assert _behaviour(cached[0]), "the test texts must give the patterns something to match"


@pytest.mark.parametrize("damage", [
    b"",  # an empty file
    b"\x00\x01garbage",  # not marshal data
    None,  # marshal data of the wrong shape
    "code",  # the right shape, with code the regex engine refuses
    "flipped",  # one byte of a good file changed: code the engine might accept, matching other text
])
def test_a_damaged_cache_is_compiled_anew_and_rewritten(tmp_path, damage):
    _compile_all(PatternCache(_module_file(tmp_path)))
    path = PatternCache(_module_file(tmp_path)).path
    if damage is None:
        _write_stored(path, ["not", "a", "dict"])
    elif damage == "code":
        _write_stored(path, {key: (value[0], [255, 255, 255], *value[2:]) for key, value in _read(path).items()})
    elif damage == "flipped":
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0x01
        path.write_bytes(bytes(data))
    else:
        path.write_bytes(damage)

    damaged = PatternCache(_module_file(tmp_path))
    compiled = _compile_all(damaged)
    assert damaged.hits == 0
    assert [_behaviour(c) for c in compiled] == [_behaviour(re.compile(p, f)) for p, f in PATTERNS]
    assert PatternCache(_module_file(tmp_path)).compile(*PATTERNS[0]) is not None
    mended = PatternCache(_module_file(tmp_path))
    _compile_all(mended)
    assert mended.hits == len(PATTERNS), "the damaged file is replaced by a good one"


def test_an_edited_pattern_misses_and_its_old_entry_is_dropped(tmp_path):
    _compile_all(PatternCache(_module_file(tmp_path)))
    edited = PatternCache(_module_file(tmp_path))
    old, flags = PATTERNS[0]
    new = old.replace("km|", "km|mi|")
    assert edited.compile(new, flags).search("a 12 mi walk").group("unit") == "mi"
    edited.save()
    assert edited.hits == 0
    assert set(_read(edited.path)) == {(new, flags)}


def test_an_unwritable_folder_costs_time_only(tmp_path):
    (tmp_path / "__pycache__").write_text("a file where the folder would be")
    cache = PatternCache(_module_file(tmp_path))
    compiled = _compile_all(cache)
    assert [_behaviour(c) for c in compiled] == [_behaviour(re.compile(p, f)) for p, f in PATTERNS]


def test_after_saving_compile_is_plain_re_compile(tmp_path):
    cache = PatternCache(_module_file(tmp_path))
    _compile_all(cache)
    late = cache.compile(r"\blate\b")
    assert late is re.compile(r"\blate\b")  # re's own cache hands back the same object
    assert (r"\blate\b", 0) not in _read(cache.path)


def test_a_bad_pattern_raises_as_re_compile_does(tmp_path):
    with pytest.raises(re.error):
        PatternCache(_module_file(tmp_path)).compile(r"(unclosed")


CORE = Path(__file__).resolve().parents[2] / "reader" / "core"
# The modules that compile through the cache: each makes its ``rx`` at its top.
CACHED_MODULES = sorted(path.stem for path in CORE.glob("*.py") if "\nrx = PatternCache(__file__)" in path.read_text())


def test_the_modules_with_most_patterns_use_the_cache():
    assert {"numbers", "furniture_cues", "ledger", "sentences", "markup"} <= set(CACHED_MODULES)


@pytest.mark.parametrize("name", CACHED_MODULES)
def test_each_module_saves_its_patterns_and_its_cache_holds_what_re_makes_of_them(name):
    """The modules that compile through the cache save it once imported, and what the cache file in the
    tree holds is what the compiler makes of each pattern today, so no start reads stale code."""
    cache = importlib.import_module(f"reader.core.{name}").rx
    assert cache.saved, f"{name} must call rx.save() after its last pattern"
    if not cache.path.exists():
        pytest.skip("the package folder cannot be written here")
    stored = _read(cache.path)
    assert stored, "the cache holds the module's patterns"
    for (pattern, flags), kept in stored.items():
        assert kept == _compile_parts(pattern, flags), pattern[:80]


_STARTS = """
import importlib, json, sys
import reader.core.compare, reader.core.markup
caches = {name: importlib.import_module("reader.core." + name).rx for name in sys.argv[1:]}
print(json.dumps({name: [cache.hits, cache._compiled_anew, cache.path.exists()] for name, cache in caches.items()}))
"""


def _start(seed: int) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    done = subprocess.run([sys.executable, "-c", _STARTS, *CACHED_MODULES], capture_output=True, text=True,
                          env=env, cwd=CORE.parents[1], check=True)
    return json.loads(done.stdout)


def test_a_start_under_another_hash_seed_compiles_nothing_anew():
    """A pattern built from a set in the set's order changes with hash randomisation: it would miss the
    cache, and rewrite the file, on every start."""
    _start(1)
    second = _start(2)
    if not all(written for _, _, written in second.values()):
        pytest.skip("the package folder cannot be written here")
    assert {name for name, (_, anew, _) in second.items() if anew} == set()
    assert all(hits for hits, _, _ in second.values())
