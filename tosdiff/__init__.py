"""tosdiff: diff, classify and announce changes to legal agreements, clause by clause.

>>> import tosdiff
>>> report = tosdiff.compare("1. Fees are due in 30 days.", "1. Fees are due in 15 days.")
>>> report.changes[0].op
'modified'
"""

from .api import DiffOptions, compare, parse
from .errors import TosdiffError
from .load import load, load_text
from .model import Change, Clause, Document, Report, Source

__all__ = [
    "Change",
    "Clause",
    "DiffOptions",
    "Document",
    "Report",
    "Source",
    "TosdiffError",
    "compare",
    "load",
    "load_text",
    "parse",
]
__version__ = "0.1.0"
