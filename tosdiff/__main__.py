"""Run the command line as ``python -m tosdiff``."""

from .cli import run

run()
