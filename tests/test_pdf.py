"""Tests for tosdiff.pdf: text out of PDFs without page furniture, paragraphs rejoined."""

from __future__ import annotations

from pathlib import Path

import pytest

fpdf = pytest.importorskip("fpdf")
pytest.importorskip("pypdf")

from tosdiff import compare, load, parse  # noqa: E402
from tosdiff.errors import InputError  # noqa: E402
from tosdiff.examples import example_paths  # noqa: E402

HYPHENATED = ("its obligations under", "its obli-\ngations under")


class Layout(fpdf.FPDF):
    """A PDF page with a running header and a page-number footer."""

    def __init__(self, header: str, footer: str, size: float) -> None:
        super().__init__()
        self.running_header, self.running_footer, self.size = header, footer, size
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()

    def header(self) -> None:
        self.set_font("helvetica", "I", 8)
        self.cell(0, 8, self.running_header, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("helvetica", "I", 8)
        self.cell(0, 10, self.running_footer.format(page=self.page_no()), align="C")


def make_pdf(
    path: Path,
    paragraphs: list[str],
    *,
    header: str = "BESTSHARE Platform User Service Agreement - effective 12 March 2024",
    footer: str = "Page {page} of {{nb}}",
    size: float = 10,
    margin: float = 10,
) -> Path:
    """Write paragraphs to a PDF, one multi_cell each, with space between paragraphs."""
    pdf = Layout(header, footer, size)
    pdf.set_margins(margin, 10, margin)
    pdf.add_page()
    pdf.set_font("helvetica", size=size)
    for paragraph in paragraphs:
        pdf.multi_cell(0, size / 2, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(size / 3)
    pdf.output(str(path))
    return path


def seed_paragraphs() -> list[str]:
    """Return the seed agreement's paragraphs, one of them with a hyphenated line break."""
    seed, _ = example_paths()
    text = seed.read_text(encoding="utf-8").replace(*HYPHENATED, 1)
    assert HYPHENATED[1] in text
    return [p.strip() for p in text.split("\n\n") if p.strip()]


@pytest.fixture(scope="module")
def seed_pdfs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Return two PDFs of the seed agreement in different page layouts."""
    folder = tmp_path_factory.mktemp("pdf")
    paragraphs = seed_paragraphs()
    first = make_pdf(folder / "a.pdf", paragraphs)
    second = make_pdf(
        folder / "b.pdf", paragraphs, header="BESTSHARE | User Agreement", footer="- {page} -",
        size=11.5, margin=25,
    )  # fmt: skip
    return first, second


# --- acceptance -----------------------------------------------------------------------------


def test_seed_agreement_as_pdf_has_no_substantive_changes(seed_pdfs: tuple[Path, Path]) -> None:
    seed, _ = example_paths()
    source = load(seed_pdfs[0])
    assert source.format == "pdf"
    report = compare(load(seed), source)
    # Only editorial changes are allowed; the extraction gives none at all today.
    assert [c.kinds for c in report.changes if c.kinds != ["editorial"]] == []
    numbers = {c.number for c in parse(source).clauses}
    assert numbers == {c.number for c in parse(load(seed)).clauses}
    assert {"Article 1", "2.3.2(1)", "3.10.3", "9.3(6)", "12.4"} <= numbers


def test_two_layouts_of_the_same_text_have_no_changes(seed_pdfs: tuple[Path, Path]) -> None:
    assert compare(load(seed_pdfs[0]), load(seed_pdfs[1])).changes == []


def test_page_furniture_is_dropped_and_hyphens_joined(seed_pdfs: tuple[Path, Path]) -> None:
    for path in seed_pdfs:
        text = load(path).text
        assert "effective 12 March 2024" not in text
        assert "User Agreement\n" not in text
        assert "Page " not in text
        assert not any(line.strip("- ").isdigit() for line in text.splitlines())
        assert "its obligations under" in text
        assert "obli-" not in text


def test_lines_of_a_paragraph_are_joined(tmp_path: Path) -> None:
    words = " ".join(f"word{i}" for i in range(120))
    path = make_pdf(tmp_path / "p.pdf", [f"1. {words}.", "2. Short clause."], header="")
    assert load(path).text == f"1. {words}.\n\n2. Short clause.\n"


# --- bad input ---------------------------------------------------------------------------------


def test_image_only_pdf_is_refused(tmp_path: Path) -> None:
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 150, style="F")  # a "scanned page": drawing, no text
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(InputError, match=r"no extractable text \(scanned or image-only PDF\?\)"):
        load(path)


def _encrypted(path: Path, user_password: str) -> Path:
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.multi_cell(0, 5, "1. You agree to these terms.")
    pdf.set_encryption(owner_password="owner", user_password=user_password)
    pdf.output(str(path))
    return path


def test_password_protected_pdf_is_refused(tmp_path: Path) -> None:
    path = _encrypted(tmp_path / "locked.pdf", "secret")
    with pytest.raises(InputError, match="encrypted") as caught:
        load(path)
    assert str(path) in str(caught.value)


def test_pdf_encrypted_without_a_user_password_is_read(tmp_path: Path) -> None:
    assert "You agree to these terms." in load(_encrypted(tmp_path / "open.pdf", "")).text


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\n%garbage only\n", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n"],
    ids=["garbage", "no-pages"],
)
def test_malformed_pdf_is_one_line_input_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        load(path)
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_truncated_pdf_never_raises_a_traceback(
    seed_pdfs: tuple[Path, Path], tmp_path: Path
) -> None:
    data = seed_pdfs[0].read_bytes()
    for cut in (len(data) // 3, len(data) // 2, len(data) - 200):
        path = tmp_path / f"cut{cut}.pdf"
        path.write_bytes(data[:cut])
        try:
            source = load(path)
        except InputError as error:
            assert "\n" not in str(error)
        else:
            assert source.format == "pdf"


def test_text_file_named_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "terms.pdf"
    path.write_text("1. You agree to these terms.\n")
    with pytest.raises(InputError, match="not a PDF"):
        load(path)


def test_pdf_is_sniffed_whatever_the_suffix(seed_pdfs: tuple[Path, Path], tmp_path: Path) -> None:
    path = tmp_path / "terms.txt"
    path.write_bytes(seed_pdfs[0].read_bytes())
    assert load(path).format == "pdf"
