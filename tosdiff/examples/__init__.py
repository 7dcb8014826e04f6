"""The bundled example: the BESTSHARE agreement (2024-03-12) and a revision of it."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

OLD_NAME = "bestshare-2024-03-12.txt"
NEW_NAME = "bestshare-2026-12-01.txt"


def example_paths() -> tuple[Path, Path]:
    """Return the paths of the bundled old and revised example agreements."""
    root = files(__package__)
    return Path(str(root.joinpath(OLD_NAME))), Path(str(root.joinpath(NEW_NAME)))
