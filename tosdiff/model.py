"""Plain dataclasses that flow between the pipeline stages.

load -> Document(text) -> segment -> Document(clauses) -> align -> Alignment
-> redline -> Change(redline) -> classify -> Change(kinds, material, evidence) -> Report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Op = Literal["added", "removed", "modified", "moved"]
RedlineOp = Literal["equal", "insert", "delete"]
Direction = Literal["adverse", "favourable", "neutral"]


@dataclass(frozen=True)
class Source:
    """A loaded agreement: display text (original wording) plus where it came from."""

    text: str
    name: str = "<text>"
    format: str = "text"  # text | markdown | html | docx | pdf


@dataclass(frozen=True)
class Clause:
    """One unit of comparison: a paragraph, list item, table row or heading.

    ``number`` is the reference a reader would cite ("3.8", "2.4.2(1)", "Article 3");
    an unnumbered paragraph carries the number of the clause above it.
    ``label`` is the numbering token written on this block itself, if any.
    ``key`` is the comparison text: normalised, without the label or formatting.
    """

    index: int
    number: str | None
    label: str | None
    heading: str | None
    text: str
    key: str
    lines: tuple[int, int]
    parent: int | None = None
    is_heading: bool = False
    is_item: bool = False  # an item of a list: bulleted, or numbered within the list
    links: tuple[str, ...] = ()
    images: tuple[str, ...] = ()
    link_only: bool = False  # the whole block is links alone ("[Back to top](#top)")
    # a Markdown heading ("## 4. Your Privacy"), not a title guessed from a short line or
    # a line all in bold (often a value: "**Identify verification for ...**")
    marked_heading: bool = False


@dataclass(frozen=True)
class Document:
    """A segmented agreement: its clauses in reading order."""

    source: Source
    title: str | None
    clauses: tuple[Clause, ...]
    effective_date: str | None = None  # YYYY-MM-DD when the text states one


@dataclass(frozen=True)
class Segment:
    """One run of a word-level redline."""

    op: RedlineOp
    text: str


@dataclass(frozen=True)
class Evidence:
    """Why a change carries a kind: the rule that fired and the words it matched."""

    kind: str
    rule: str
    side: str  # inserted | deleted | old | new | context | both
    match: str = ""
    explanation: str = ""
    old: dict[str, Any] | None = None
    new: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form of this evidence."""
        data: dict[str, Any] = {
            "kind": self.kind,
            "rule": self.rule,
            "side": self.side,
            "match": self.match,
            "explanation": self.explanation,
        }
        if self.old is not None or self.new is not None:
            data["old"] = self.old
            data["new"] = self.new
        return data


@dataclass
class Change:
    """One reported change between two versions of an agreement."""

    id: str
    op: Op
    old: Clause | None
    new: Clause | None
    redline: list[Segment] = field(default_factory=list)
    # "links" / "images" when only link targets or image URLs differ, "layout" when the
    # clauses hold no word at all (empty table cells); None otherwise.
    noise: str | None = None
    redline_timed_out: bool = False
    # Extra clauses swept into this change (e.g. the rest of a moved Article).
    old_extra: tuple[Clause, ...] = ()
    new_extra: tuple[Clause, ...] = ()
    kinds: list[str] = field(default_factory=list)
    material: bool = False
    direction: Direction = "neutral"
    evidence: list[Evidence] = field(default_factory=list)
    explanation: str = ""


@dataclass
class Report:
    """The result of comparing two versions: documents, changes and their summary."""

    old: Document
    new: Document
    changes: list[Change]
    # Numbers that changed on clauses whose text did not: "8.1" -> "7.1".
    renumbered: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    # False when compare() ran without classification: kinds and material are unset.
    classified: bool = True

    @property
    def material(self) -> list[Change]:
        """Return the changes users should be told about."""
        return [change for change in self.changes if change.material]

    @property
    def noise(self) -> list[Change]:
        """Return link-target-only and image-only changes."""
        return [change for change in self.changes if change.noise]

    def summary(self) -> dict[str, Any]:
        """Return counts of changes per op, per kind, and of material changes."""
        counts: dict[str, Any] = {"added": 0, "removed": 0, "modified": 0, "moved": 0}
        kinds: dict[str, int] = {}
        for change in self.changes:
            counts[change.op] += 1
            for kind in change.kinds:
                kinds[kind] = kinds.get(kind, 0) + 1
        counts["material"] = len(self.material)
        counts["noise"] = len(self.noise)
        counts["kinds"] = dict(sorted(kinds.items()))
        counts["classified"] = self.classified
        return counts
