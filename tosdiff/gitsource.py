"""Read versions of an agreement from git: ``REV:path`` arguments and file histories.

``tosdiff check origin/main:legal/terms.md legal/terms.md`` reads the old version with
``git show`` in the current directory's repository. A plain path that exists always
wins, so a file whose name contains a colon is still read from disk.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from .errors import InputError
from .load import load, load_bytes
from .model import Source


class GitError(InputError):
    """A git revision or path cannot be read (not a repository, unknown revision...)."""


def split_rev_path(
    spec: str, *, cwd: str | os.PathLike[str] | None = None
) -> tuple[str, str] | None:
    """Return (revision, path) when spec reads as ``REV:path`` and is not a file on disk.

    >>> split_rev_path("origin/main:legal/terms.md")
    ('origin/main', 'legal/terms.md')
    >>> split_rev_path("terms.md") is None
    True
    """
    if ":" not in spec or (Path(cwd or ".") / spec).exists():
        return None
    rev, _, path = spec.partition(":")
    if not rev or not path:
        return None
    return rev, path


def load_version(
    spec: str | os.PathLike[str], *, cwd: str | os.PathLike[str] | None = None
) -> Source:
    """Load an agreement from a file, or from git when spec is ``REV:path``.

    Plain paths are read relative to the working directory (cwd is for git only).
    """
    parsed = split_rev_path(str(spec))
    if parsed is None:
        return load(spec)
    rev, path = parsed
    data = show(rev, path, cwd=cwd)
    return load_bytes(data, name=str(spec), suffix=Path(path).suffix.lower())


def git(*args: str, cwd: str | os.PathLike[str] | None = None, input: bytes | None = None) -> bytes:
    """Run git and return its stdout; raise GitError with git's first error line."""
    try:
        done = subprocess.run(
            ["git", *args], cwd=cwd, input=input, capture_output=True, check=False
        )
    except FileNotFoundError:
        raise GitError("git: command not found (install git to read REV:path)") from None
    except OSError as error:
        raise GitError(f"git: cannot run: {error.strerror or error}") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(f"git {args[0]}: {message[0] if message else 'failed'}")
    return done.stdout


def repo_root(cwd: str | os.PathLike[str] | None = None) -> Path:
    """Return the top folder of the repository holding cwd, or raise GitError."""
    try:
        out = git("rev-parse", "--show-toplevel", cwd=cwd)
    except GitError:
        where = Path(cwd or ".").resolve()
        raise GitError(f"{where}: not a git repository") from None
    return Path(out.decode().strip())


def resolve(rev: str, *, cwd: str | os.PathLike[str] | None = None) -> str:
    """Return the full commit id of rev, or raise GitError naming it."""
    repo_root(cwd)
    try:
        out = git("rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}", cwd=cwd)
    except GitError:
        raise GitError(f"{rev}: unknown revision") from None
    return out.decode().strip()


def show(rev: str, path: str, *, cwd: str | os.PathLike[str] | None = None) -> bytes:
    """Return the bytes of path (relative to the repository top) at revision rev."""
    commit = resolve(rev, cwd=cwd)
    try:
        return git("show", f"{commit}:{path}", cwd=cwd)
    except GitError:
        raise GitError(f"{rev}:{path}: path not in revision {rev}") from None
