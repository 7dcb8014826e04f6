"""Compile tosdiff's regular expressions once per installation, not once per run.

Python's ``re`` compiles a pattern in pure Python: it parses it, then generates the
program the regex engine runs. For the rule files' ~170 patterns, and the scanner built
over them (see tosdiff.scan), that is ~60 ms of every ``tosdiff diff``: more than
classifying the changes of a 128 KB privacy policy; the modules' own ~190 patterns,
compiled when they are imported, add ~30 ms more. Like the ``.pyc`` files Python keeps
for modules, the compiled programs (as bytes, which load far faster than lists of ints),
what the scanner derives from each pattern's parse, the tables of each scanner (see
tosdiff.scan) and the synonym groups' plainest phrasings (see tosdiff.ruleset) are kept
in a file and reused by later runs; a kept program is rebuilt with
the engine's own constructor, ``_sre.compile``, which is what ``re.compile`` ends with.

The file is ``patterns-<python>.bin`` in ``$TOSDIFF_CACHE_DIR``, by default
``$XDG_CACHE_HOME/tosdiff`` or ``~/.cache/tosdiff``; ``TOSDIFF_CACHE_DIR=""`` turns the
cache off. It is written at exit when a run compiled something new, with the entries
that run used (so entries of edited patterns do not pile up). A missing, stale (another
Python or another version of the scanner), unreadable or damaged file is ignored and
rewritten, and anything the cache cannot rebuild is compiled by ``re``: the cache can make
a run faster but never change its result.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
import tempfile
import zlib
from array import array
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

try:  # CPython's regex engine and the compiler re runs before it
    import _sre  # type: ignore[import-not-found]
    import re._compiler as _compiler  # type: ignore[import-not-found]
    import re._parser as _parser  # type: ignore[import-not-found]
except ImportError:  # another Python: re.compile does everything
    _sre = None

_T = TypeVar("_T")
_FORMAT = b"tosdiff-patterns-2\n"  # 2: programs kept as bytes
# the array type whose items are as wide as the engine's code words
_CODE_TYPE = next((t for t in "IL" if array(t).itemsize == getattr(_sre, "CODESIZE", 4)), "I")


def cache_file() -> Path | None:
    """Return the cache file of this Python, or None when the cache is turned off."""
    folder = os.environ.get("TOSDIFF_CACHE_DIR")
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "tosdiff")
    if not folder:
        return None
    tag = sys.implementation.cache_tag or sys.implementation.name
    return Path(folder) / f"patterns-{tag}.bin"


def _fingerprint() -> tuple[Any, ...]:
    """What a cached entry depends on besides its pattern: the exact interpreter, and
    the code that derives facts from patterns (a changed scanner must not read facts
    its older self derived)."""
    digest = hashlib.blake2b(digest_size=16)
    for module in _DERIVING:
        try:
            digest.update((Path(__file__).parent / module).read_bytes())
        except OSError:
            digest.update(module.encode())
    engine = (sys.implementation.name, sys.hexversion, _sre.MAGIC, _sre.CODESIZE)
    return (*engine, digest.hexdigest())


# modules whose results the cache keeps
_DERIVING = ("regexcache.py", "scan.py", "ruleset.py", "words.py")


class _Store:
    """The cached entries of this process: loaded on first use, saved at exit."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: dict[Hashable, Any] = {}
        self.used: set[Hashable] = set()
        self.added = False
        self.usable = True
        try:
            self.fingerprint = _fingerprint()
        except AttributeError:  # not CPython: re.compile does everything
            self.usable = False
            self.path = None
            return
        if path is not None:
            self.entries = _read(path, self.fingerprint)

    def get(self, key: Hashable) -> Any:
        """Return the entry of key, or None."""
        found = self.entries.get(key)
        if found is not None:
            self.used.add(key)
        return found

    def put(self, key: Hashable, value: Any) -> None:
        """Keep value under key, to be saved at exit (if it can be saved at all)."""
        try:
            marshal.dumps(value)
        except ValueError:
            return
        self.entries[key] = value
        self.used.add(key)
        if not self.added and self.path is not None:
            self.added = True
            atexit.register(self.save)

    def save(self) -> None:
        """Write the entries to the cache file, atomically; a failure leaves no file."""
        if self.path is None or not self.added:
            return
        # only what this run used: entries of patterns since edited would pile up
        payload = marshal.dumps({key: self.entries[key] for key in self.used})
        header = marshal.dumps((self.fingerprint, zlib.crc32(payload)))
        self.added = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".patterns-")
        except OSError:
            return  # a read-only home: every run compiles, as without the cache
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(_FORMAT + len(header).to_bytes(4, "big") + header + payload)
            os.replace(temporary, self.path)
        except OSError:
            Path(temporary).unlink(missing_ok=True)


def _read(path: Path, fingerprint: tuple[Any, ...]) -> dict[Hashable, Any]:
    """Return the entries of a cache file, or {} when it is missing, made by another
    interpreter, or damaged."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    if not data.startswith(_FORMAT):
        return {}
    at = len(_FORMAT)
    try:
        size = int.from_bytes(data[at : at + 4], "big")
        kept_by, checksum = marshal.loads(data[at + 4 : at + 4 + size])
        payload = data[at + 4 + size :]
        if kept_by != fingerprint or zlib.crc32(payload) != checksum:
            return {}
        entries = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


_store: _Store | None = None


def _the_store() -> _Store:
    global _store
    if _store is None:
        _store = _Store(cache_file())
    return _store


def reset() -> None:
    """Save what this process added and forget the loaded cache, so that the next use
    reads the file named by the environment as it is then (tests change it)."""
    global _store
    if _store is not None:
        _store.save()
    _store = None


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # shadows re.compile on purpose
    """Return re.compile(pattern, flags), rebuilt from the cache when it was compiled
    before. Raises re.error for a bad pattern, as re.compile does."""
    flags = int(flags)
    store = _the_store()
    if not store.usable or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    key = ("re", pattern, flags)
    program = store.get(key)
    if program is not None:
        try:
            return _rebuild(pattern, program)
        except (TypeError, ValueError, RuntimeError, IndexError):
            pass  # damaged or from another engine: compile it afresh below
    try:
        program = _program(pattern, flags)
        compiled = _rebuild(pattern, program)
    except re.error:
        raise
    except Exception:  # re's internals changed: fall back to re itself
        return re.compile(pattern, flags)
    store.put(key, program)
    return compiled


def _program(pattern: str, flags: int) -> tuple[Any, ...]:
    """Compile pattern the way re.compile does, stopping short of the engine's object:
    return the arguments of _sre.compile after the pattern, as plain data."""
    tree = _parser.parse(pattern, flags)
    code = _compiler._code(tree, flags)
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    all_flags = int(flags | tree.state.flags)
    return (
        all_flags,
        # as bytes, which a cache file holds in ~1/20 of the time a list of ints takes
        array(_CODE_TYPE, code).tobytes(),
        tree.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _rebuild(pattern: str, program: tuple[Any, ...]) -> re.Pattern[str]:
    """Return the compiled pattern of a program made by _program."""
    flags, code, groups, groupindex, indexgroup = program
    words = array(_CODE_TYPE, code).tolist()
    return _sre.compile(pattern, flags, words, groups, groupindex, indexgroup)  # type: ignore[no-any-return]


def remember(kind: str, key: Hashable, compute: Callable[[], _T]) -> _T:
    """Return compute(), kept in the cache under (kind, key) for later runs; for facts
    derived from a pattern's text alone (plain data: strings, numbers, tuples, sets)."""
    store = _the_store()
    entry_key = (kind, key)
    found = store.get(entry_key)
    if found is not None:
        return found[0]  # type: ignore[no-any-return]
    value = compute()
    store.put(entry_key, (value,))  # in a tuple, so that None is kept too
    return value
