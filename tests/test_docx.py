"""Tests for tosdiff.docx: Word documents, their automatic numbering, headings and tables."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

docx = pytest.importorskip("docx")
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402

from tosdiff import compare, load, parse  # noqa: E402
from tosdiff.errors import InputError  # noqa: E402
from tosdiff.examples import example_paths  # noqa: E402

# One abstract list as a contract is numbered: Article 1 / 1.1 / 1.1.1 / (1).
OUTLINE = [("Article %1", "decimal"), ("%1.%2", "decimal"), ("%1.%2.%3", "decimal"),
           ("(%4)", "decimal")]  # fmt: skip


def abstract_num(abstract_id: int, levels: list[tuple[str, str]], starts: dict[int, int]) -> str:
    """Return the XML of a w:abstractNum with the given (lvlText, numFmt) levels."""
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="{starts.get(i, 1)}"/>'
        f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (text, fmt) in enumerate(levels)
    )
    return f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>'


class Word:
    """A python-docx document with helpers to number its paragraphs the way Word does."""

    def __init__(self) -> None:
        self.doc = docx.Document()
        self.numbering = self.doc.part.numbering_part.element
        self.next_abstract = 90
        self.next_num = 90

    def add_list(
        self, levels: list[tuple[str, str]], starts: dict[int, int] | None = None
    ) -> tuple[int, int]:
        """Define an abstract list and one instance of it; return (abstractNumId, numId)."""
        abstract_id = self.next_abstract
        self.next_abstract += 1
        element = parse_xml(abstract_num(abstract_id, levels, starts or {}))
        first_num = self.numbering.find(f"{{{element.nsmap['w']}}}num")
        if first_num is None:
            self.numbering.append(element)
        else:
            first_num.addprevious(element)
        return abstract_id, self.add_instance(abstract_id)

    def add_instance(self, abstract_id: int, restart: dict[int, int] | None = None) -> int:
        """Add a w:num for an abstract list, restarting levels with w:startOverride."""
        num_id = self.next_num
        self.next_num += 1
        overrides = "".join(
            f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
            for lvl, start in (restart or {}).items()
        )
        self.numbering.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                f'<w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'
            )
        )
        return num_id

    def para(
        self, text: str, style: str | None = None, num: int | None = None, ilvl: int = 0
    ) -> None:
        """Add a paragraph, numbered from list instance num at level ilvl when given."""
        paragraph = self.doc.add_paragraph(text, style=style)
        if num is not None:
            ppr = paragraph._p.get_or_add_pPr()
            ppr.append(
                parse_xml(
                    f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/>'
                    f'<w:numId w:val="{num}"/></w:numPr>'
                )
            )

    def save(self, path: Path) -> Path:
        self.doc.save(str(path))
        return path


def lines_of(path: Path) -> list[str]:
    source = load(path)
    assert source.format == "docx"
    return [line for line in source.text.splitlines() if line.strip()]


# --- numbering ----------------------------------------------------------------------------


def test_levels_render_their_lvl_text(tmp_path: Path) -> None:
    word = Word()
    _, num = word.add_list([("%1.", "decimal"), ("%1.%2.", "decimal"), ("(%3)", "decimal")])
    word.para("Fees", num=num, ilvl=0)
    word.para("Fees are payable monthly.", num=num, ilvl=1)
    word.para("by card;", num=num, ilvl=2)
    word.para("by transfer.", num=num, ilvl=2)
    word.para("Fees are not refundable.", num=num, ilvl=1)
    word.para("by card again;", num=num, ilvl=2)  # deeper level restarts
    word.para("Cancellation", num=num, ilvl=0)
    word.para("You may cancel.", num=num, ilvl=1)
    assert lines_of(word.save(tmp_path / "t.docx")) == [
        "1. Fees",
        "1.1. Fees are payable monthly.",
        "(1) by card;",
        "(2) by transfer.",
        "1.2. Fees are not refundable.",
        "(1) by card again;",
        "2. Cancellation",
        "2.1. You may cancel.",
    ]


def test_letter_roman_and_start_values(tmp_path: Path) -> None:
    word = Word()
    levels = [("%1)", "upperLetter"), ("(%2)", "lowerLetter"), ("(%3)", "lowerRoman")]
    _, num = word.add_list(levels, starts={0: 3})
    word.para("Third.", num=num, ilvl=0)
    for text in ["a.", "b."]:
        word.para(text, num=num, ilvl=1)
    for text in ["one.", "two.", "three.", "four."]:
        word.para(text, num=num, ilvl=2)
    assert lines_of(word.save(tmp_path / "t.docx")) == [
        "C) Third.", "(a) a.", "(b) b.", "(i) one.", "(ii) two.", "(iii) three.", "(iv) four.",
    ]  # fmt: skip


def test_start_override_restarts_and_shared_lists_continue(tmp_path: Path) -> None:
    word = Word()
    abstract, num = word.add_list([("%1.", "decimal")])
    word.para("First.", num=num)
    word.para("Second.", num=num)
    word.para("An unnumbered paragraph between items.")
    continued = word.add_instance(abstract)  # same list, no override: numbering continues
    word.para("Third.", num=continued)
    restarted = word.add_instance(abstract, restart={0: 10})  # "Set numbering value: 10"
    word.para("Tenth.", num=restarted)
    word.para("Eleventh.", num=restarted)
    word.para("Twelfth.", num=continued)
    assert lines_of(word.save(tmp_path / "t.docx")) == [
        "1. First.", "2. Second.", "An unnumbered paragraph between items.", "3. Third.",
        "10. Tenth.", "11. Eleventh.", "12. Twelfth.",
    ]  # fmt: skip


def test_a_restart_applies_when_its_level_is_first_used(tmp_path: Path) -> None:
    word = Word()
    abstract, num = word.add_list([("%1.", "decimal"), ("(%2)", "lowerLetter")])
    word.para("Fees.", num=num)
    word.para("monthly;", num=num, ilvl=1)
    word.para("yearly.", num=num, ilvl=1)
    restarted = word.add_instance(abstract, restart={1: 4})
    word.para("Refunds.", num=restarted)  # level 0 continues; level 1 will start at (d)
    word.para("in part;", num=restarted, ilvl=1)
    word.para("in full.", num=restarted, ilvl=1)
    assert lines_of(word.save(tmp_path / "t.docx")) == [
        "1. Fees.", "(a) monthly;", "(b) yearly.", "2. Refunds.", "(d) in part;", "(e) in full.",
    ]  # fmt: skip


def test_bullets_and_num_id_zero(tmp_path: Path) -> None:
    word = Word()
    _, num = word.add_list([("\u2022", "bullet"), ("o", "bullet")])
    word.para("Email.", num=num)
    word.para("Work email.", num=num, ilvl=1)
    word.para("Not a list item.", num=0)
    assert lines_of(word.save(tmp_path / "t.docx")) == [
        "* Email.", "    * Work email.", "Not a list item.",
    ]  # fmt: skip


def test_numbering_from_the_paragraph_style(tmp_path: Path) -> None:
    word = Word()
    _, num = word.add_list([("%1.", "decimal")])
    style = word.doc.styles.add_style("Clause", 1)  # WD_STYLE_TYPE.PARAGRAPH
    style.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="{num}"/></w:numPr>')
    )
    word.para("Styled one.", style="Clause")
    word.para("Styled two.", style="Clause")
    assert lines_of(word.save(tmp_path / "t.docx")) == ["1. Styled one.", "2. Styled two."]


# --- headings, tables, text ------------------------------------------------------------------


def test_headings_tables_and_tracked_changes(tmp_path: Path) -> None:
    word = Word()
    _, num = word.add_list(OUTLINE)
    word.doc.add_heading("Terms of Service", level=0)
    word.para("Fees", style="Heading 1", num=num, ilvl=0)
    word.para("Fees are payable monthly.", num=num, ilvl=1)
    table = word.doc.add_table(rows=2, cols=2)
    for r, row in enumerate([("Plan", "Fee"), ("Basic", "EUR 5 | month")]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    paragraph = word.doc.add_paragraph("Kept ")
    w = nsdecls("w")
    paragraph._p.append(parse_xml(f'<w:del {w} w:id="1" w:author="a"><w:r><w:delText>gone'
                                  "</w:delText></w:r></w:del>"))  # fmt: skip
    paragraph._p.append(parse_xml(f'<w:ins {w} w:id="2" w:author="a"><w:r><w:t>inserted</w:t>'
                                  "</w:r></w:ins>"))  # fmt: skip
    assert lines_of(word.save(tmp_path / "t.docx")) == [
        "# Terms of Service",
        "# Article 1 Fees",
        "1.1 Fees are payable monthly.",
        "| Plan | Fee |",
        "| Basic | EUR 5 / month |",
        "Kept inserted",
    ]
    doc = parse(load(tmp_path / "t.docx"))
    assert [c.number for c in doc.clauses if not c.is_heading][:1] == ["1.1"]


def test_docx_is_sniffed_whatever_the_suffix(tmp_path: Path) -> None:
    word = Word()
    word.para("1. You agree to these terms.")
    data = word.save(tmp_path / "t.docx").read_bytes()
    (tmp_path / "terms.bin").write_bytes(data)
    assert load(tmp_path / "terms.bin").format == "docx"


# --- bad input ---------------------------------------------------------------------------------


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _valid_docx(tmp_path: Path) -> bytes:
    word = Word()
    word.para("1. You agree to these terms.")
    return word.save(tmp_path / "valid.docx").read_bytes()


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("text", "not a Word document"),
        ("zip-without-document", "no word/document.xml"),
        ("truncated", "not a Word document"),
        ("bad-xml", "cannot read Word document"),
        ("empty-body", "no text"),
    ],
)
def test_corrupt_docx_is_an_input_error(tmp_path: Path, kind: str, words: str) -> None:
    valid = _valid_docx(tmp_path)
    with zipfile.ZipFile(io.BytesIO(valid)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    data = {
        "text": b"1. This is plain text in a file called .docx\n",
        "zip-without-document": _zip({"hello.txt": b"hi"}),
        "truncated": valid[: len(valid) // 2],
        "bad-xml": _zip({**parts, "word/document.xml": b"<w:document><unclosed"}),
        "empty-body": _zip(
            {
                **parts,
                "word/document.xml": re.sub(
                    rb"<w:body>.*</w:body>", b"<w:body/>", parts["word/document.xml"], flags=re.S
                ),
            }
        ),  # fmt: skip
    }[kind]
    path = tmp_path / f"{kind}.docx"
    path.write_bytes(data)
    with pytest.raises(InputError, match=words) as caught:
        load(path)
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_legacy_doc_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "terms.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    with pytest.raises(InputError, match=r"\.docx"):
        load(path)


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    path.write_bytes(_zip({"word/document.xml": b"<a/>", "word/media/big.bin": bytes(3_000_000)}))
    with pytest.raises(InputError, match="size limit"):
        load(path, max_bytes=100_000)


# --- acceptance: the seed agreement as a Word document -------------------------------------------

_ARTICLE = re.compile(r"^Article (\d+) (.*)$")
_DOTTED = re.compile(r"^(\d+(?:\.\d+)+)\.? (.*)$")
_PAREN = re.compile(r"^\((\d+)\) (.*)$")


def seed_as_docx(path: Path) -> Path:
    """Write the seed agreement as Word would hold it: numbers are automatic numbering.

    Clause titles use Heading styles; "Article N", "N.N", "N.N.N" and "(n)" are levels
    0-3 of one list; each "(n)" run is restarted with w:startOverride as Word does.
    """
    seed, _ = example_paths()
    text = seed.read_text(encoding="utf-8")
    headings = {c.text for c in parse(text).clauses if c.is_heading}
    word = Word()
    abstract, num = word.add_list(OUTLINE)
    counters = [0, 0, 0, 0]
    current = num
    for block in (b.strip() for b in text.split("\n\n")):
        if not block:
            continue
        found = _ARTICLE.match(block) or _DOTTED.match(block) or _PAREN.match(block)
        if found is None:
            word.para(block, style="Title" if block in headings else None)
            continue
        label, rest = found.groups()
        level = {"A": 0, "(": 3}.get(block[0], label.count("."))
        if level == 3 and counters[3] == 0:
            current = word.add_instance(abstract, restart={3: 1})
        counters[level] += 1
        counters[level + 1 :] = [0] * (3 - level)
        expected = [f"Article {label}", label, label, label][level]
        shown = [f"Article {counters[0]}", *(".".join(map(str, counters[: k + 1]))
                 for k in (1, 2)), f"{counters[3]}"][level]  # fmt: skip
        assert shown == expected.rstrip("."), (shown, block[:40])  # the seed counts in order
        style = f"Heading {min(level + 1, 3)}" if block in headings else None
        word.para(rest, style=style, num=current, ilvl=level)
    return word.save(path)


def test_seed_agreement_as_docx_has_no_substantive_changes(tmp_path: Path) -> None:
    seed, _ = example_paths()
    source = load(seed_as_docx(tmp_path / "seed.docx"))
    assert source.format == "docx"
    assert "3.8 The Platform has the right" in source.text
    report = compare(load(seed), source)
    # Only editorial changes are allowed (e.g. "6.3." numbered automatically as "6.3").
    assert [c.kinds for c in report.changes if c.kinds != ["editorial"]] == []
    numbers = {c.number for c in parse(source).clauses}
    assert numbers == {c.number for c in parse(load(seed)).clauses}
    assert {"Article 1", "2.3.2(1)", "3.10.3", "9.3(6)", "12.4"} <= numbers
