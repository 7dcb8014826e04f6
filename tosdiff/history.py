"""The git history of a terms file, classified commit by commit.

``git log --follow`` lists the commits that touched the file (renames followed); one
``git cat-file --batch`` process reads every version, and each version is compared
with the one before it. In a versions repository most commits are noise (whitespace,
markup, a typo), so every commit gets one line saying whether anything material changed.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import PurePosixPath
from typing import Any

from .errors import InputError
from .gitsource import GitError, git, repo_root

SCHEMA = "tosdiff.log/1"
_PARALLEL_FROM = 8  # versions; below this a process pool costs more than it saves


@dataclass
class Version:
    """One commit that touched the file, and how its version differs from the one before."""

    commit: str
    short: str
    date: str  # committer date, ISO 8601
    subject: str
    path: str  # the file's path (from the repository top) in this commit
    status: str = "modified"  # added | modified | removed | error
    changes: int = 0
    material: int = 0
    adverse: int = 0  # material changes adverse to users
    kinds: dict[str, int] = field(default_factory=dict)
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form of this version."""
        return asdict(self)


def _log(path: str, rev_range: str | None, cwd: str | os.PathLike[str] | None) -> list[Version]:
    """Return the commits that touched path, newest first, with the path in each."""
    if rev_range is not None and (not rev_range or rev_range.startswith("-")):
        raise InputError(f"{rev_range!r}: not a revision range")
    args = ["log", "--follow", "--format=%x1e%H%x00%h%x00%cI%x00%s", "--name-only"]
    args += [rev_range] if rev_range else []
    try:
        out = git(*args, "--", path, cwd=cwd)
    except GitError as error:
        if rev_range:
            raise GitError(f"{rev_range}: unknown revision or range") from None
        raise error
    versions = []
    for record in out.decode("utf-8", "replace").split("\x1e")[1:]:
        head, *names = record.strip("\n").split("\n")
        commit, short, date, subject = (head.split("\x00") + ["", "", "", ""])[:4]
        name = next((n for n in names if n.strip()), path)
        versions.append(Version(commit, short, date, subject, name))
    return versions


def _read_blobs(specs: list[str], cwd: str | os.PathLike[str] | None) -> list[bytes | None]:
    """Return the bytes of each ``REV:path`` (None when missing) from one git process."""
    if not specs:
        return []
    out = git("cat-file", "--batch", cwd=cwd, input="".join(f"{s}\n" for s in specs).encode())
    blobs: list[bytes | None] = []
    pos = 0
    for _ in specs:
        end = out.index(b"\n", pos)
        header = out[pos:end].split()
        pos = end + 1
        if len(header) == 3 and header[1] == b"blob":
            size = int(header[2])
            blobs.append(out[pos : pos + size])
            pos += size + 1
        else:  # "<spec> missing", or a tree
            if len(header) == 3:
                pos += int(header[2]) + 1
            blobs.append(None)
    return blobs


def _compare(job: tuple[bytes, bytes, str]) -> dict[str, Any]:
    """Compare two versions of the file; return counts, or the error."""
    from .api import compare
    from .load import load_bytes

    old, new, suffix = job
    try:
        report = compare(load_bytes(old, suffix=suffix), load_bytes(new, suffix=suffix))
    except InputError as error:
        return {"error": str(error)}
    summary = report.summary()
    return {
        "changes": len(report.changes),
        "material": summary["material"],
        "adverse": sum(1 for change in report.material if change.direction == "adverse"),
        "kinds": summary["kinds"],
    }


def history(
    path: str | os.PathLike[str],
    rev_range: str | None = None,
    *,
    cwd: str | os.PathLike[str] | None = None,
    jobs: int | None = None,
    progress: Callable[[int], Callable[[int], None]] | None = None,
) -> list[Version]:
    """Return every commit that changed path (newest first), each classified.

    jobs is the number of worker processes (default: the CPUs; 1 runs in-process).
    progress, if given, is called with the number of comparisons and returns a function
    called with 1 after each.
    """
    repo_root(cwd)
    versions = _log(str(path), rev_range, cwd)
    if not versions:
        where = f" in {rev_range}" if rev_range else ""
        raise InputError(f"{path}: no commit touches this path{where}")
    oldest = versions[-1]
    specs = [f"{v.commit}:{v.path}" for v in versions] + [f"{oldest.commit}^:{oldest.path}"]
    try:
        blobs = _read_blobs(specs, cwd)
    except GitError:  # the oldest commit has no parent
        blobs = _read_blobs(specs[:-1], cwd) + [None]
    pending: list[tuple[Version, tuple[bytes, bytes, str]]] = []
    for i, version in enumerate(versions):
        new, old = blobs[i], blobs[i + 1]
        if new is None:
            version.status = "removed"
        elif old is None:
            version.status = "added"
        else:
            pending.append((version, (old, new, PurePosixPath(version.path).suffix.lower())))
    advance = progress(len(pending)) if progress else None
    work = [job for _, job in pending]
    for (version, _), result in zip(pending, _run(work, jobs, advance), strict=True):
        if "error" in result:
            version.status, version.error = "error", result["error"]
        else:
            version.changes = result["changes"]
            version.material = result["material"]
            version.adverse = result["adverse"]
            version.kinds = result["kinds"]
    return versions


def _run(
    work: list[tuple[bytes, bytes, str]],
    jobs: int | None,
    advance: Callable[[int], None] | None = None,
) -> list[dict[str, Any]]:
    """Compare every pair, in a process pool when there are enough of them."""
    jobs = jobs or os.cpu_count() or 1
    results: list[dict[str, Any]] = []
    if jobs <= 1 or len(work) < _PARALLEL_FROM:
        for job in work:
            results.append(_compare(job))
            if advance:
                advance(1)
        return results
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for result in pool.map(_compare, work, chunksize=max(1, len(work) // (jobs * 8))):
            results.append(result)
            if advance:
                advance(1)
    return results


def verdict(version: Version) -> str:
    """Return one word for a version: added, removed, error, material, minor or unchanged."""
    if version.status != "modified":
        return version.status
    if version.material:
        return "material"
    return "minor" if version.changes else "unchanged"


def format_text(versions: list[Version]) -> str:
    """Return one line per commit: date, short commit, verdict, counts per kind (and of
    material changes adverse to users), subject."""
    lines = []
    for v in versions:
        if v.status == "error":
            detail = f"error: {v.error}"
        elif v.kinds:
            detail = ", ".join(f"{kind} {n}" for kind, n in v.kinds.items())
            if v.adverse:
                detail += f"; {v.adverse} adverse for users"
        elif v.changes:
            detail = f"{v.changes} change{'s' if v.changes != 1 else ''}"
        else:
            detail = "-"
        lines.append(f"{v.date[:10]}  {v.short}  {verdict(v):<9}  {detail}  ({v.subject})")
    return "".join(line.rstrip() + "\n" for line in lines)


def to_dict(path: str, rev_range: str | None, versions: list[Version]) -> dict[str, Any]:
    """Return the JSON form of a history (schema tosdiff.log/1)."""
    return {
        "schema": SCHEMA,
        "path": path,
        "range": rev_range,
        "commits": [{**v.to_dict(), "verdict": verdict(v)} for v in versions],
    }
