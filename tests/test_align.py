"""Tests for clause alignment, through tosdiff.compare: what counts as a change."""

from __future__ import annotations

from pathlib import Path

import tosdiff
from tosdiff import DiffOptions, load
from tosdiff.model import Report, Source

Row = tuple[str, str | None, str | None]


def compare(old: Source | str, new: Source | str) -> Report:
    # alignment only: the classifier is tested on its own
    return tosdiff.compare(old, new, options=DiffOptions(classify=False))


def rows(report: Report) -> list[Row]:
    return [
        (c.op, c.old.number if c.old else None, c.new.number if c.new else None)
        for c in report.changes
    ]


def md(text: str) -> Source:
    return Source(text, format="markdown")


def numbered(texts: list[str], first: int = 1) -> str:
    return "\n\n".join(f"{n}. {text}" for n, text in enumerate(texts, start=first)) + "\n"


CLAUSES = [
    "Fees are payable monthly in advance by card.",
    "You may cancel the subscription at any time online.",
    "We may suspend accounts that violate these terms.",
    "Disputes are resolved by the courts of Ireland exclusively.",
    "Notices are sent to your registered email address.",
    "These terms are governed by Irish law entirely.",
    "Support is available by email on working days.",
]


# --- no change ---------------------------------------------------------------------------


def test_identical_documents_have_no_changes() -> None:
    text = numbered(CLAUSES)
    report = compare(text, text)
    assert report.changes == []
    assert report.renumbered == {}


def test_identical_documents_through_the_full_pipeline() -> None:
    text = numbered(CLAUSES)
    report = tosdiff.compare(text, text)
    assert report.changes == []
    assert report.summary()["material"] == 0


MD_OLD = """\
# Terms

## 1. Fees

You must pay the **monthly** fee in advance.

* Fees are non-refundable.
* Taxes are extra.

## 2. Termination

We may end the service at any time.
"""

MD_FORMATTING_ONLY = """\
# Terms


## 1. Fees

You must pay the *monthly* fee   in advance.



- Fees are non-refundable.
+ Taxes are extra.

## 2. Termination

We may end the service
at any time.
"""


def test_markdown_formatting_and_whitespace_only_is_no_change() -> None:
    # bold -> italic, "*" -> "-"/"+" bullets, extra blank lines, extra spaces, a line break
    assert rows(compare(md(MD_OLD), md(MD_FORMATTING_ONLY))) == []


def test_crlf_line_endings_are_no_change(tmp_path: Path) -> None:
    (tmp_path / "old.md").write_bytes(MD_OLD.encode())
    (tmp_path / "new.md").write_bytes(MD_FORMATTING_ONLY.replace("\n", "\r\n").encode())
    report = compare(load(tmp_path / "old.md"), load(tmp_path / "new.md"))
    assert rows(report) == []


def test_plain_text_reflow_is_no_change() -> None:
    old = "1. Fees are payable monthly\nin advance by card.\n\n2. You may cancel at any time.\n"
    new = (
        "1.  Fees are payable monthly in advance\n    by card.\n\n\n\n"
        "2. You may cancel at any time.\n"
    )
    assert rows(compare(old, new)) == []


def test_html_and_equivalent_markdown_are_no_change(tmp_path: Path) -> None:
    html = (
        "<!doctype html><html><head><title>Terms</title><script>track()</script></head><body>"
        "<nav>Home | Blog</nav><main><h1>Terms</h1><h2>1. Fees</h2>"
        "<p>You must pay the <strong>monthly</strong> fee in advance.</p>"
        "<ul><li>Fees are non-refundable.</li><li>Taxes are extra.</li></ul>"
        "<h2>2. Termination</h2><p>We may end the service at any time.</p></main>"
        "<footer>(c) Example Inc.</footer></body></html>"
    )
    (tmp_path / "terms.md").write_text(MD_OLD, encoding="utf-8")
    (tmp_path / "terms.html").write_text(html, encoding="utf-8")
    report = compare(load(tmp_path / "terms.md"), load(tmp_path / "terms.html"))
    assert rows(report) == []
    assert len(report.new.clauses) == len(report.old.clauses)


def test_renumbering_fifty_clauses_is_no_change() -> None:
    texts = [f"Provision {i} concerns item {i} and the duties that go with it." for i in range(50)]
    report = compare(numbered(texts, first=1), numbered(texts, first=2))
    assert rows(report) == []
    assert len(report.renumbered) == 50
    assert report.renumbered["1"] == "2"
    assert report.renumbered["50"] == "51"


def test_renumbering_dotted_clauses_under_an_article_is_no_change() -> None:
    texts = [f"Provision {i} concerns item {i} and the duties that go with it." for i in range(50)]

    def article(n: int) -> str:
        body = "\n\n".join(f"{n}.{k} {text}" for k, text in enumerate(texts, start=1))
        return f"Article {n} General Provisions\n\n{body}\n"

    report = compare(article(4), article(5))
    assert rows(report) == []
    assert report.renumbered["4.1"] == "5.1"
    assert report.renumbered["4.50"] == "5.50"
    assert report.renumbered["Article 4"] == "Article 5"


# --- moves ---------------------------------------------------------------------------------


def test_moved_clause_is_one_moved_change() -> None:
    # clause 2 (cancel) moves down to sit after old clause 5 (notices)
    new = [CLAUSES[0], CLAUSES[2], CLAUSES[3], CLAUSES[4], CLAUSES[1], *CLAUSES[5:]]
    report = compare(numbered(CLAUSES), numbered(new))
    assert rows(report) == [("moved", "2", "5")]
    (change,) = report.changes
    assert change.old is not None and change.new is not None
    assert change.old.key == change.new.key == CLAUSES[1]


def test_move_and_edit_elsewhere_gives_no_false_moves() -> None:
    # clause 6 (law) moves to the top; clause 3 is edited in place
    edited = "We may suspend or close accounts that violate these terms."
    new = [CLAUSES[5], CLAUSES[0], CLAUSES[1], edited, CLAUSES[3], CLAUSES[4], CLAUSES[6]]
    report = compare(numbered(CLAUSES), numbered(new))
    assert sorted(rows(report)) == [("modified", "3", "4"), ("moved", "6", "1")]


def article(n: int, title: str, items: list[str]) -> str:
    body = "\n\n".join(f"{n}.{k} {text}" for k, text in enumerate(items, start=1))
    return f"Article {n} {title}\n\n{body}"


FEES = ["Fees are payable monthly in advance by card.", "Late fees apply after thirty days."]
PRIVACY = [
    "We collect your email address and phone number.",
    "We never sell personal data to advertisers.",
    "You may request deletion of your data anytime.",
]
EXPORT = [
    "You shall comply with all export control laws.",
    "You are not located in a sanctioned country.",
    "You will not export the service to embargoed parties.",
]


def test_moved_article_is_one_moved_change() -> None:
    privacy, export = "Privacy and Personal Data", "Export Control and Sanctions"
    old = "\n\n".join(
        [
            article(1, "Fees and Payment", FEES),
            article(2, privacy, PRIVACY),
            article(3, export, EXPORT),
        ]
    )
    new = "\n\n".join(
        [
            article(1, "Fees and Payment", FEES),
            article(2, export, EXPORT),
            article(3, privacy, PRIVACY),
        ]
    )
    report = compare(old, new)
    (change,) = report.changes
    # either Article may be the one reported as moved; both readings are one move of 4 clauses
    assert change.op == "moved"
    assert (change.old.number, change.new.number) in (  # type: ignore[union-attr]
        ("Article 3", "Article 2"),
        ("Article 2", "Article 3"),
    )
    assert len(change.old_extra) == len(change.new_extra) == 3


def test_moved_run_of_numbered_clauses_is_one_moved_change() -> None:
    # old 5, 6 move up together to follow old 1
    new = [CLAUSES[0], CLAUSES[4], CLAUSES[5], CLAUSES[1], CLAUSES[2], CLAUSES[3], CLAUSES[6]]
    report = compare(numbered(CLAUSES), numbered(new))
    assert rows(report) == [("moved", "5", "2")]
    assert [c.key for c in report.changes[0].old_extra] == [CLAUSES[5]]


def test_moved_article_with_short_title_is_one_moved_change() -> None:
    old = "\n\n".join(
        [
            article(1, "Fees", FEES),
            article(2, "Privacy", PRIVACY),
            article(3, "Export Control", EXPORT),
        ]
    )
    new = "\n\n".join(
        [
            article(1, "Fees", FEES),
            article(2, "Export Control", EXPORT),
            article(3, "Privacy", PRIVACY),
        ]
    )
    report = compare(old, new)
    assert [c.op for c in report.changes] == ["moved"]


# --- added and removed ------------------------------------------------------------------


def test_added_clause() -> None:
    added = "Any dispute is settled by arbitration in Singapore under the SIAC rules."
    report = compare(numbered(CLAUSES), numbered([*CLAUSES[:2], added, *CLAUSES[2:]]))
    assert rows(report) == [("added", None, "3")]
    assert report.changes[0].new.key == added  # type: ignore[union-attr]
    assert report.renumbered["3"] == "4"


def test_removed_clause() -> None:
    report = compare(numbered(CLAUSES), numbered([*CLAUSES[:3], *CLAUSES[4:]]))
    assert rows(report) == [("removed", "4", None)]
    assert report.changes[0].old.key == CLAUSES[3]  # type: ignore[union-attr]


def test_modified_clause_in_place() -> None:
    new = list(CLAUSES)
    new[2] = "We may suspend accounts that violate these terms without notice."
    report = compare(numbered(CLAUSES), numbered(new))
    assert rows(report) == [("modified", "3", "3")]
    redline = report.changes[0].redline
    assert [s.text.strip() for s in redline if s.op == "insert"] == ["without notice"]
    assert [s for s in redline if s.op == "delete"] == []


def test_date_lines_pair_though_they_share_few_words() -> None:
    body = numbered(CLAUSES[:3])
    old = body + "\nEffective August 1, 2023\n"
    new = body + "\nEffective Date outside EEA & UK: March 13, 2024\n"
    (change,) = compare(old, new).changes
    assert change.op == "modified"
    # a date line under another opening ("Last updated") is another line
    other = body + "\nLast updated: March 13, 2024 for users outside the EEA\n"
    assert [c.op for c in compare(old, other).changes] == ["removed", "added"]


# --- link noise and cross-references -----------------------------------------------------


def test_link_target_only_change_is_noise() -> None:
    old = "# T\n\n1. See our [privacy policy](https://a.example/privacy) for details.\n\n* a\n* b\n"
    new = "# T\n\n1. See our [privacy policy](https://b.example/privacy) for details.\n\n* a\n* b\n"
    report = compare(md(old), md(new))
    (change,) = report.changes
    assert change.noise == "links"
    assert change.op == "modified"
    assert report.noise == [change]


def test_a_clause_of_empty_table_cells_is_layout_noise() -> None:
    # a web page's layout table left behind in the text: cells with no word in them
    old = "# T\n\n1. Terms apply to you.\n\n2. Fees are due.\n"
    new = "# T\n\n1. Terms apply to you.\n\n|  \u200d  |     |\n\n2. Fees are due.\n"
    report = compare(md(old), md(new))
    (change,) = report.changes
    assert (change.op, change.noise) == ("added", "layout")
    assert report.noise == [change]


def test_a_clause_of_one_number_is_not_layout_noise() -> None:
    old = "# T\n\n1. Terms apply to you.\n\n2. Fees are due.\n"
    new = "# T\n\n1. Terms apply to you.\n\n| 2024 |\n\n2. Fees are due.\n"
    (change,) = compare(md(old), md(new)).changes
    assert change.noise is None


def test_link_text_change_is_not_noise() -> None:
    old = "# T\n\n1. See our [privacy policy](https://a.example/p) for details.\n\n* a\n* b\n"
    new = "# T\n\n1. See our [cookie policy](https://a.example/p) for details.\n\n* a\n* b\n"
    (change,) = compare(md(old), md(new)).changes
    assert change.noise is None


def test_renumbered_cross_reference_is_recorded() -> None:
    old = (
        "Article 7 Export control\n\n7.1 You shall comply with all applicable export laws.\n\n"
        "Article 8 Fees\n\n8.1 Fees are payable monthly in advance by credit card.\n\n"
        "Article 9 Remedies\n\n"
        "9.1 If you fail to pay the fees due under clause 8.1 we may suspend the service.\n"
    )
    new = (
        "Article 7 Fees\n\n7.1 Fees are payable monthly in advance by credit card.\n\n"
        "Article 8 Remedies\n\n"
        "8.1 If you fail to pay the fees due under clause 7.1 we may suspend the service.\n"
    )
    report = compare(old, new)
    # the clause that 9.1 refers to moved from 8.1 to 7.1: a reader can tell the edit
    # "8.1" -> "7.1" inside it only follows the renumbering
    assert report.renumbered["8.1"] == "7.1"
    assert report.renumbered["9.1"] == "8.1"
    assert report.renumbered["Article 8"] == "Article 7"
    # Article 7 is removed (as one block or clause by clause); 9.1 is edited as 8.1
    removed = [
        clause.number
        for change in report.changes
        if change.op == "removed"
        for clause in (change.old, *change.old_extra)
        if clause is not None
    ]
    assert removed == ["Article 7", "7.1"]
    (modified,) = [c for c in report.changes if c.op == "modified"]
    assert (modified.old.number, modified.new.number) == ("9.1", "8.1")  # type: ignore[union-attr]
    assert [c.op for c in report.changes if c.op not in ("removed", "modified")] == []
    assert [s.text for s in modified.redline if s.op == "delete"] == ["9.1", "8.1"]
    assert [s.text for s in modified.redline if s.op == "insert"] == ["8.1", "7.1"]


def test_an_added_clause_and_its_sub_clauses_are_one_change() -> None:
    old = "1. Scope\n\nThese terms apply to you.\n\n2. Fees\n\nFees are due monthly.\n"
    new = old + (
        "\n3. Transfers\n\nFor transfers of your data:\n\n"
        "(a) we name the recipient;\n\n(b) we keep a record for two years;\n\n"
        "(c) you may ask for a copy.\n"
    )
    report = tosdiff.compare(old, new)
    assert [(c.op, c.new.number if c.new else None) for c in report.changes] == [("added", "3")]
    added = report.changes[0]
    assert [c.number for c in added.new_extra][-3:] == ["3(a)", "3(b)", "3(c)"]


def test_separately_numbered_added_clauses_stay_separate_changes() -> None:
    old = "1. Scope\n\nThese terms apply to you.\n"
    new = old + "\n2. Fees\n\nFees are due monthly.\n\n3. Law\n\nIrish law applies.\n"
    report = tosdiff.compare(old, new)
    assert [(c.op, c.new.number if c.new else None) for c in report.changes] == [
        ("added", "2"),
        ("added", "3"),
    ]


def test_added_paragraphs_under_their_own_subtitles_are_separate_changes() -> None:
    old = "## Enforcement\n\nWe may remove content that breaks these rules.\n"
    new = old + (
        "\nStreaming suspension\n\n"
        "A streaming suspension stops you from going live for the length of the suspension.\n\n"
        "Chatting suspension\n\n"
        "A chatting suspension stops you from chatting on any channel for its length.\n"
    )
    report = tosdiff.compare(old, new)
    assert [(c.op, c.new.text if c.new else None) for c in report.changes] == [
        ("added", "Streaming suspension"),
        ("added", "Chatting suspension"),
    ]


_SPLIT_OLD = (
    "## 7. Transcription\n\n"
    "Premium members may ask us to turn any voice message into text. This technology is "
    "still evolving and there is no guarantee that every voice message you convert will "
    "be transcribed correctly or at all. Its accuracy depends on a third party.\n\n"
    "## 8. Privacy\n\nRead more in our Privacy Policy.\n"
)
_SPLIT_NEW = (
    "## 7. Transcription\n\n"
    "Premium members may ask us to turn any video or voice message into text, and to "
    "translate any chat.\n\n"
    "These technologies are still evolving and there is no guarantee that every message "
    "you convert will be transcribed correctly or at all. Their accuracy depends on a "
    "third party.\n\n"
    "## 8. Privacy\n\nRead more in our Privacy Policy.\n"
)


def test_a_paragraph_split_in_two_is_one_change_holding_both_parts() -> None:
    # not "added" for the first part and "modified" for the rest: the first part keeps
    # the paragraph's opening, and its words come from the old paragraph
    [change] = compare(md(_SPLIT_OLD), md(_SPLIT_NEW)).changes
    assert change.op == "modified"
    assert change.new is not None and change.new.text.startswith("Premium members may ask")
    assert [c.text[:27] for c in change.new_extra] == ["These technologies are stil"]


def test_two_paragraphs_merged_into_one_are_one_change() -> None:
    # the same edit read the other way round
    [change] = compare(md(_SPLIT_NEW), md(_SPLIT_OLD)).changes
    assert change.op == "modified"
    assert change.old is not None and change.old.text.startswith("Premium members may ask")
    assert len(change.old_extra) == 1 and change.new_extra == ()


def test_a_new_paragraph_beside_an_edited_one_is_not_folded_into_it() -> None:
    # its words are not the old paragraph's, so it is a paragraph of its own
    new = _SPLIT_OLD.replace(
        "Its accuracy depends on a third party.\n\n",
        "Its accuracy depends on a third party and on your network.\n\n"
        "You can turn transcription off in Settings at any time.\n\n",
    )
    assert rows(compare(md(_SPLIT_OLD), md(new))) == [
        ("modified", "7", "7"),
        ("added", None, "7"),
    ]


def test_a_label_line_merged_into_its_paragraph_is_one_change() -> None:
    # an escaped mark before the label ("\\*_Data kept ..._") does not hide its opening
    old = (
        "## Retention\n\n* \\*_Data kept until you delete it_\n\n"
        "You can ask us to delete your personal data at any time in Settings.\n\n"
        "## Contact\n\nWrite to us.\n"
    )
    new = (
        "## Retention\n\n* **Data kept until you delete it** You can ask us to delete your "
        "personal data at any time in Settings, or delete some of it yourself.\n\n"
        "## Contact\n\nWrite to us.\n"
    )
    [change] = compare(md(old), md(new)).changes
    assert change.op == "modified" and len(change.old_extra) == 1
    assert change.old is not None and change.old.text == "*Data kept until you delete it"
