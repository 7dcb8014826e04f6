"""Property tests: invariants of the whole pipeline, and loaders that never crash."""

from __future__ import annotations

import contextlib
import io
from collections import Counter
from functools import cache

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tosdiff import compare
from tosdiff.errors import TosdiffError
from tosdiff.load import load_bytes, load_text
from tosdiff.model import Report

FAST = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)

WORDS = [
    "you", "we", "shall", "may", "must", "not", "fees", "notice", "days", "30", "fifteen",
    "(15)", "month", "liability", "terminate", "account", "data", "personal", "agreement",
    "platform", "services", "any", "all", "written", "email", "within", "arbitration",
    "court", "license", "content", "refund",
]  # fmt: skip

sentences = st.lists(st.sampled_from(WORDS), min_size=3, max_size=14).map(
    lambda words: " ".join(words).capitalize() + "."
)


@st.composite
def agreements(draw: st.DrawFn) -> list[str]:
    """Return an agreement as a list of blocks: "Article N" titles and "N.M" clauses."""
    blocks: list[str] = []
    for article in range(1, draw(st.integers(1, 4)) + 1):
        blocks.append(f"Article {article} {draw(sentences).rstrip('.')}")
        for clause in range(1, draw(st.integers(0, 4)) + 1):
            blocks.append(f"{article}.{clause} {draw(sentences)}")
            if draw(st.booleans()):
                blocks.append(draw(sentences))  # an unnumbered paragraph
    return blocks


@st.composite
def revisions(draw: st.DrawFn) -> tuple[str, str]:
    """Return an agreement and a revision of it: clauses edited, added, removed, moved."""
    old = draw(agreements())
    new = list(old)
    for _ in range(draw(st.integers(0, 4))):
        action = draw(st.sampled_from(["edit", "add", "remove", "move"]))
        if not new:
            break
        i = draw(st.integers(0, len(new) - 1))
        if action == "edit":
            words = new[i].split()
            j = draw(st.integers(0, len(words) - 1))
            words[j] = draw(st.sampled_from(WORDS))
            new[i] = " ".join(words)
        elif action == "add":
            new.insert(i, draw(sentences))
        elif action == "remove" and len(new) > 1:
            del new[i]
        elif action == "move":
            new.insert(draw(st.integers(0, len(new) - 1)), new.pop(i))
    return "\n\n".join(old) + "\n", "\n\n".join(new) + "\n"


def ops(report: Report) -> Counter[str]:
    return Counter(change.op for change in report.changes)


# --- the diff -------------------------------------------------------------------------------


@FAST
@given(agreements())
def test_an_agreement_has_no_changes_against_itself(blocks: list[str]) -> None:
    text = "\n\n".join(blocks) + "\n"
    assert compare(text, text).changes == []


@FAST
@given(st.text(min_size=1, max_size=400))
def test_random_text_has_no_changes_against_itself(text: str) -> None:
    assume(text.strip())
    try:
        source = load_text(text)
    except TosdiffError:
        return
    assert compare(source, source).changes == []


_SWAP = {"added": "removed", "removed": "added", "modified": "modified", "moved": "moved"}


@settings(FAST, max_examples=100)
@given(revisions())
def test_swapping_old_and_new_swaps_added_and_removed(pair: tuple[str, str]) -> None:
    old, new = pair
    forward, backward = ops(compare(old, new)), ops(compare(new, old))
    assert backward == Counter({_SWAP[op]: n for op, n in forward.items()})


def test_swap_symmetry_minimal_counterexample() -> None:
    old = "Article 1 Fees\n\n1.1 You pay.\n\nYou pay.\n"
    new = "You pay.\n\nArticle 1 Fees\n"
    forward, backward = ops(compare(old, new)), ops(compare(new, old))
    assert forward == Counter({"added": 1, "removed": 1})  # holds today
    assert backward == Counter({"removed": 1, "added": 1})  # today: {"moved": 1, "added": 1}


@FAST
@given(st.text(max_size=600), st.text(max_size=600))
def test_no_stage_crashes_on_random_unicode(old: str, new: str) -> None:
    try:
        report = compare(load_text(old), load_text(new))
    except TosdiffError:
        return
    report.summary()


@FAST
@given(
    st.lists(
        st.one_of(
            st.text(max_size=80),
            st.sampled_from(["# ", "## ", "1. ", "(a) ", "* ", "| ", "§ 2 ", "Article 3 ", "\n"]),
        ),
        max_size=25,
    )
)
def test_no_stage_crashes_on_random_markup(parts: list[str]) -> None:
    text = "".join(parts)
    with contextlib.suppress(TosdiffError):
        compare(load_text(text), load_text(text[::-1]))


# --- the loaders -------------------------------------------------------------------------------


@cache
def _docx_bytes() -> bytes:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Terms", level=1)
    for text in ["1.1 Fees are due monthly.", "1.2 You may cancel.", "(1) by email;"]:
        document.add_paragraph(text, style="List Number")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@cache
def _pdf_bytes() -> bytes:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    for page in range(2):
        pdf.add_page()
        pdf.set_font("helvetica", size=10)
        pdf.cell(0, 8, f"Terms - Page {page + 1}", new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 5, f"{page + 1}.1 Fees are due monthly. " * 8)
    return bytes(pdf.output())


SUFFIXES = [".txt", ".md", ".html", ".docx", ".pdf"]
SAMPLES = {".docx": _docx_bytes, ".pdf": _pdf_bytes}


def _load_never_crashes(data: bytes, suffix: str) -> None:
    try:
        source = load_bytes(data, name=f"input{suffix}", suffix=suffix, max_bytes=1_000_000)
    except TosdiffError as error:
        assert "\n" not in str(error), str(error)
    else:
        assert source.text.strip()


@FAST
@given(st.binary(max_size=2048), st.sampled_from(SUFFIXES))
def test_loaders_raise_only_tosdiff_errors_on_random_bytes(data: bytes, suffix: str) -> None:
    _load_never_crashes(data, suffix)


@settings(FAST, max_examples=80)
@given(st.sampled_from(sorted(SAMPLES)), st.data())
def test_loaders_raise_only_tosdiff_errors_on_damaged_files(
    suffix: str, data: st.DataObject
) -> None:
    sample = bytearray(SAMPLES[suffix]())
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(sample) - 1))
        sample[at] = data.draw(st.integers(0, 255))
    cut = data.draw(st.one_of(st.none(), st.integers(0, len(sample))))
    _load_never_crashes(bytes(sample[:cut]), suffix)
