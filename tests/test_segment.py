"""Tests for tosdiff.segment: splitting an agreement into numbered clauses."""

from __future__ import annotations

import dataclasses
import re
import sys
from pathlib import Path

import pytest

from tosdiff import compare, parse
from tosdiff.load import load
from tosdiff.model import Clause, Document, Source
from tosdiff.segment import (
    _LABELS,
    _SPACE_CHARS,
    BlockText,
    _clause,
    _has_control_space,
    _label_patterns,
    clause_key,
    normalize,
    segment,
    strip_markup,
)


def plain(text: str) -> Document:
    return parse(Source(text, format="text"))


def markdown(text: str) -> Document:
    return parse(Source(text, format="markdown"))


def by_key(doc: Document, start: str) -> Clause:
    """Return the one clause whose comparison text starts with start."""
    found = [c for c in doc.clauses if c.key.startswith(start)]
    assert len(found) == 1, (start, [c.key for c in doc.clauses])
    return found[0]


def numbers(doc: Document) -> list[str | None]:
    return [c.number for c in doc.clauses]


# --- numbering forms -----------------------------------------------------------------

PLAIN_NUMBERED = """\
Article 3 Obligations of the Parties

3.1 You shall pay the fees on time.

3.10.1 Overdue fees bear interest at the statutory rate.

This paragraph has no number of its own.

Section 4.2 Notices are given by email.

6.3. The quirky clause keeps a trailing dot.

§ 5 The laws of Ireland apply.
"""


def test_article_with_title_is_a_heading_numbered_article_n() -> None:
    clause = plain(PLAIN_NUMBERED).clauses[0]
    assert clause.number == "Article 3"
    assert clause.is_heading
    assert clause.heading == "Obligations of the Parties"
    assert clause.key == "Obligations of the Parties"


@pytest.mark.parametrize(
    ("start", "number"),
    [
        ("You shall pay", "3.1"),
        ("Overdue fees", "3.10.1"),
        ("Notices are given", "Section 4.2"),
        ("The quirky clause", "6.3"),
        ("The laws of Ireland", "§ 5"),
    ],
)
def test_numbering_forms(start: str, number: str) -> None:
    assert by_key(plain(PLAIN_NUMBERED), start).number == number


def test_an_ip_address_opening_a_line_is_no_clause_number() -> None:
    # a log line quoted as an example in a privacy policy
    doc = plain(
        "4.2 We keep server logs.\n\n"
        "123.45.67.89 - 25/Mar/2003 10:15:32 - Chrome 112\n\n"
        "1.2.3.4 A clause numbered four levels deep.\n"
    )
    assert by_key(doc, "123.45.67.89").number == "4.2"
    assert by_key(doc, "123.45.67.89").label is None
    assert by_key(doc, "A clause numbered").number == "1.2.3.4"


def test_label_is_not_part_of_key_but_stays_in_text() -> None:
    clause = by_key(plain(PLAIN_NUMBERED), "The quirky clause")
    assert clause.key == "The quirky clause keeps a trailing dot."
    assert clause.text == "6.3. The quirky clause keeps a trailing dot."


def test_unnumbered_paragraph_takes_number_of_clause_above() -> None:
    doc = plain(PLAIN_NUMBERED)
    clause = by_key(doc, "This paragraph has no number")
    assert clause.number == "3.10.1"
    assert clause.label is None
    assert doc.clauses[clause.parent].number == "3.10.1"  # type: ignore[index]


LIST_ITEMS = """\
2.4.4 You shall not post content that:

(1) opposes the basic principles of the constitution;

(2) endangers national security, including:

(a) leaking state secrets;

(b) subverting state power;

(iv) a roman item after (b);
"""


def test_the_next_integer_after_lettered_items_is_the_next_clause() -> None:
    # numbers escaped so that Markdown keeps them as text ("2\\. Using the Service")
    doc = markdown(
        "# Terms\n\nThese terms include:\n\n* our [rules](https://example.com/rules);\n"
        "* our [privacy policy](https://example.com/privacy).\n\n"
        "1\\. The Service\n\nWe show you things.\n\n2\\. Using the Service\n\n"
        "a. Who can use it\n\nYou must be 13.\n\nb. Our licence to you\n\nWe grant you a "
        "licence.\n\n3\\. Your content\n\na. Posting content\n\nYou own it.\n"
    )
    assert by_key(doc, "Your content").number == "3"
    assert by_key(doc, "Posting content").number == "3(a)"
    assert by_key(doc, "Our licence").number == "2(b)"


def test_an_integer_continuing_a_numbered_list_stays_an_item() -> None:
    doc = plain(
        "2. Your duties\n\nYou must:\n\n(a) pay on time;\n\n1. keep your password safe;\n\n"
        "2. keep your details current;\n\n3. tell us of a breach.\n"
    )
    assert by_key(doc, "tell us of a breach").number == "2(a)(3)"


def test_parenthesised_items_nest_under_the_clause() -> None:
    doc = plain(LIST_ITEMS)
    assert numbers(doc)[:3] == ["2.4.4", "2.4.4(1)", "2.4.4(2)"]
    assert by_key(doc, "opposes").label == "1"


def test_letters_nest_under_the_numbered_item_above() -> None:
    doc = plain(LIST_ITEMS)
    assert by_key(doc, "leaking").number == "2.4.4(2)(a)"
    assert by_key(doc, "subverting").number == "2.4.4(2)(b)"


def test_roman_after_letters_is_a_new_level() -> None:
    # (iv) cannot follow (b) as a letter, so it starts a roman sub-list
    clause = by_key(plain(LIST_ITEMS), "a roman item")
    assert clause.number == "2.4.4(2)(b)(iv)"
    assert clause.label == "iv"


def test_letter_i_after_h_is_a_letter_not_roman_one() -> None:
    text = "1.1 The Customer shall:\n\n" + "\n\n".join(
        f"({letter}) duty {letter};" for letter in "abcdefghij"
    )
    doc = plain(text)
    assert by_key(doc, "duty i;").number == "1.1(i)"
    assert by_key(doc, "duty j;").number == "1.1(j)"
    assert all(c.parent == 0 for c in doc.clauses[1:])


def test_roman_i_after_a_nests_and_b_returns_to_letters() -> None:
    doc = plain(
        "2.1 Lists:\n\n(a) alpha;\n\n(i) roman one;\n\n(ii) roman two;\n\n(iv) roman four;"
        "\n\n(b) beta;\n"
    )
    assert numbers(doc) == [
        "2.1",
        "2.1(a)",
        "2.1(a)(i)",
        "2.1(a)(ii)",
        "2.1(a)(iv)",
        "2.1(b)",
    ]


def test_markdown_heading_with_number() -> None:
    doc = markdown(
        "# Terms of Service\n\n## 7. Fees\n\nYou pay the fees monthly.\n\n"
        "## 8. Termination\n\nEither party may terminate.\n"
    )
    (fees,) = [c for c in doc.clauses if c.key == "Fees"]
    assert fees.number == "7"
    assert fees.is_heading
    assert fees.heading == "Fees"
    assert by_key(doc, "You pay").number == "7"
    assert by_key(doc, "You pay").heading == "Fees"
    assert by_key(doc, "Either party").number == "8"


MARKDOWN_LISTS = """\
# Terms

## 7. Fees

1. First numbered item.
2. Second numbered item.

* bullet one
* bullet two
  - nested bullet
"""


def test_markdown_numbered_list_items_are_clauses() -> None:
    doc = markdown(MARKDOWN_LISTS)
    first = by_key(doc, "First numbered")
    assert first.number == "7(1)"
    assert first.label == "1"
    assert by_key(doc, "Second numbered").number == "7(2)"
    assert doc.clauses[first.parent].number == "7"  # type: ignore[index]


def test_markdown_bullets_are_one_clause_each() -> None:
    doc = markdown(MARKDOWN_LISTS)
    keys = [c.key for c in doc.clauses]
    assert keys[-3:] == ["bullet one", "bullet two", "nested bullet"]
    # bullets carry no label of their own; their number comes from the clause above
    for key in ("bullet one", "bullet two", "nested bullet"):
        clause = by_key(doc, key)
        assert clause.label is None
        assert clause.number is not None and clause.number.startswith("7")


def test_setext_headings() -> None:
    doc = markdown(
        "Privacy Policy\n==============\n\nWhat we collect\n---------------\n\n"
        "We collect your email address.\n"
    )
    title, section, body = doc.clauses
    assert doc.title == "Privacy Policy"
    assert title.is_heading and title.lines == (1, 2)
    assert section.is_heading and section.key == "What we collect" and section.lines == (4, 5)
    assert not body.is_heading
    assert body.heading == "What we collect"
    assert body.parent == section.index


def test_sibling_headings_share_the_enclosing_heading_as_parent() -> None:
    doc = markdown(
        "# Privacy Policy\n\n## What we collect\n\nYour email address.\n\n"
        "## How we use it\n\nTo run the service.\n"
    )
    top, first, _, second, _ = doc.clauses
    assert first.parent == top.index
    assert second.parent == top.index  # not first.index: the two are siblings


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        (
            "1. Definitions\n\n1.1 In these terms, words have these meanings.\n\n"
            "2. Fees\n\n2.1 Fees are payable monthly.\n",
            "text",
        ),
        (
            "# Terms\n\n## 1. Definitions\n\n1.1 In these terms, words have these meanings.\n\n"
            "## 2. Fees\n\n2.1 Fees are payable monthly.\n\n* see the price list\n",
            "markdown",
        ),
    ],
    ids=["plain", "markdown"],
)
def test_integer_heading_after_dotted_clause_is_top_level(text: str, fmt: str) -> None:
    doc = parse(Source(text, format=fmt))
    (fees,) = [c for c in doc.clauses if c.key == "Fees"]
    assert fees.number == "2"
    assert by_key(doc, "Fees are payable").parent == fees.index


# --- parents and line spans ------------------------------------------------------------


def test_parent_links_follow_the_numbering() -> None:
    doc = plain(
        "Article 2 Your Rights\n\n2.1 Registration\n\n2.1.1 You must be an adult.\n\n"
        "2.1.2 You must give true information.\n\n2.2 Security\n\n"
        "2.2.1 Keep your password safe, please.\n"
    )
    parent_numbers = {
        c.number: (doc.clauses[c.parent].number if c.parent is not None else None)
        for c in doc.clauses
    }
    assert parent_numbers == {
        "Article 2": None,
        "2.1": "Article 2",
        "2.1.1": "2.1",
        "2.1.2": "2.1",
        "2.2": "Article 2",
        "2.2.1": "2.2",
    }


def test_line_spans_are_one_based_and_inclusive() -> None:
    doc = plain(
        "1. A clause on one line.\n"
        "\n"
        "2. A clause that runs over\n"
        "three lines of the file\n"
        "before it ends.\n"
        "\n"
        "\n"
        "3. Last clause.\n"
    )
    assert [c.lines for c in doc.clauses] == [(1, 1), (3, 5), (8, 8)]
    assert doc.clauses[1].key == "A clause that runs over three lines of the file before it ends."


def test_numbered_lines_without_blank_lines_are_separate_clauses() -> None:
    doc = plain("1.1 First duty applies.\n1.2 Second duty applies.\n1.3 Third duty applies.\n")
    assert numbers(doc) == ["1.1", "1.2", "1.3"]
    assert [c.lines for c in doc.clauses] == [(1, 1), (2, 2), (3, 3)]


# --- documents without numbering -----------------------------------------------------


def test_document_without_numbering() -> None:
    doc = plain(
        "Acceptable Use\n\nBe nice to other users at all times.\n\nDo not spam anyone, ever.\n\n"
        "Privacy\n\nWe keep your data safe.\n"
    )
    assert [c.key for c in doc.clauses] == [
        "Acceptable Use",
        "Be nice to other users at all times.",
        "Do not spam anyone, ever.",
        "Privacy",
        "We keep your data safe.",
    ]
    assert [c.is_heading for c in doc.clauses] == [True, False, False, True, False]
    assert [c.heading for c in doc.clauses] == [
        "Acceptable Use",
        "Acceptable Use",
        "Acceptable Use",
        "Privacy",
        "Privacy",
    ]
    assert numbers(doc) == [None] * 5
    assert doc.title == "Acceptable Use"


# --- tables ----------------------------------------------------------------------------


def test_table_rows_are_clauses_and_the_rule_is_skipped() -> None:
    doc = markdown(
        "# Price list\n\n| Plan | Price |\n|------|-------|\n| Basic | $5 |\n| Pro | $10 |\n\n"
        "Prices include tax.\n"
    )
    rows = [c for c in doc.clauses if "|" in c.text]
    assert [c.text for c in rows] == ["| Plan | Price |", "| Basic | $5 |", "| Pro | $10 |"]
    assert [c.lines for c in rows] == [(3, 3), (5, 5), (6, 6)]
    assert all(c.heading == "Price list" for c in rows)


# --- normalisation ---------------------------------------------------------------------


def test_key_folds_quotes_dashes_and_spaces_text_keeps_original() -> None:
    original = "He said \u201cno\u201d and paid\u00a0$5 \u2014 it\u2019s fine."
    (clause,) = plain(original + "\n").clauses
    assert clause.text == original
    assert clause.key == 'He said "no" and paid $5 - it\'s fine.'


def test_straight_and_curly_quotes_give_the_same_key() -> None:
    curly = plain("1. The \u2018Service\u2019 means\u00a0the app.\n").clauses[0]
    straight = plain("1. The 'Service' means the app.\n").clauses[0]
    assert curly.key == straight.key
    assert curly.text != straight.text


def test_key_drops_markdown_formatting_and_keeps_link_targets_apart() -> None:
    doc = markdown(
        "# T\n\n## 1. Fees\n\nSee the **[price list](https://example.com/prices)** "
        "for *current* fees.\n"
    )
    clause = by_key(doc, "See the")
    assert clause.key == "See the price list for current fees."
    assert clause.links == ("https://example.com/prices",)


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("a\u00a0b", "a b"),
        ("a \u2013 b", "a - b"),
        ("wait\u2026", "wait..."),
        ("  many   spaces\n\tand tabs  ", "many spaces and tabs"),
        ("soft\u00adhyphen", "softhyphen"),
        ("\uff11\uff10 days", "10 days"),  # full-width digits
        ("a\x1cb \x0bc\rd", "a b c d"),  # control characters str.split() splits at
        ("a\x7fb", "a\x7fb"),  # not whitespace
        ("a\u2028b\u3000c\u2009d", "a b c d"),  # Unicode spaces and line separators
        ("\u201cquoted\u201d  \u2014  it\u2019s", '"quoted" - it\'s'),
        ("   ", ""),
        ("", ""),
    ],
)
def test_normalize(raw: str, folded: str) -> None:
    assert normalize(raw) == folded


def test_has_control_space_is_ascii_whitespace_but_the_space() -> None:
    found = [c for c in map(chr, range(128)) if _has_control_space(f"a{c}b")]
    assert found == [c for c in map(chr, range(128)) if c.isspace() and c != " "]


def test_space_chars_are_exactly_the_whitespace_of_regex_and_str() -> None:
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    spelled_out = re.findall(f"[{_SPACE_CHARS}]", everything)
    assert spelled_out == re.findall(r"\s", everything)
    assert spelled_out == [c for c in everything if c.isspace()]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("![a](x)[b](y)", ("b", ("y",), ("x",))),
        ('!![a](x) and [b](<y> "title")', ("! and b", ("y",), ("x",))),
        ("[a](x)![b](y)!", ("a!", ("x",), ("y",))),
        ('see [a]( "t y")', ("see a", ("",), ())),  # a title and no target
        ("[a](x y)", ("[a](x y)", (), ())),  # a space in a target: not a link
        ("[a](\u2028x)", ("a", ("x",), ())),
        # a linked picture (a site's logo): its alt text is no text of the page
        (
            "[![Acme logo, to the homepage](logo.svg)](https://a.test/) Terms",
            (" Terms", ("https://a.test/",), ("logo.svg",)),
        ),
    ],
)
def test_strip_markup_links_and_images(raw: str, expected: tuple[object, ...]) -> None:
    assert strip_markup(raw) == expected


def test_label_patterns_leave_out_only_patterns_that_cannot_match() -> None:
    words = "article art. section sec. clause chapter part schedule annex appendix exhibit"
    rests = [w[1:] + " 1 x" for w in words.split()]
    rests += [rest.upper() for rest in rests]
    rests += ["1 x", ".2 x", ". x", ") x", "1) x", "a) x", ".1 x", ""]
    chars = [*map(chr, range(256)), "\u017f", "\u212a", "\u0663", "\u00b2", "\u2028"]
    for char in chars:
        kept = {kind for kind, _ in _label_patterns(char)}
        for kind, pattern in _LABELS:
            if kind not in kept:
                assert not any(pattern.match(char + rest) for rest in rests), (char, kind)


def test_clause_helper_builds_the_same_clause_as_the_constructor() -> None:
    fields = {
        "index": 3,
        "number": "2.1",
        "label": "2.1",
        "heading": "Fees",
        "text": "2.1 Pay monthly.",
        "key": "Pay monthly.",
        "lines": (4, 5),
        "parent": 1,
        "is_heading": False,
        "is_item": False,
        "links": ("https://example.com",),
        "images": (),
        "link_only": False,
        "marked_heading": False,
    }
    assert set(fields) == {f.name for f in dataclasses.fields(Clause)}
    built = _clause(**fields)
    assert built == Clause(**fields)
    assert vars(built) == vars(Clause(**fields))
    assert hash(built) == hash(Clause(**fields))
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.index = 4  # type: ignore[misc]


def test_segment_sets_every_clause_field() -> None:
    doc = markdown("# T\n\n1. Fees\n\n* a [link](https://example.com)\n")
    names = {f.name for f in dataclasses.fields(Clause)}
    assert all(set(vars(clause)) == names for clause in doc.clauses)


def test_quoted_bullets_are_items() -> None:
    doc = markdown("> * first item\n> * second item\n")
    assert [(c.text, c.lines) for c in doc.clauses] == [
        ("first item", (1, 1)),
        ("second item", (2, 2)),
    ]


def test_a_shared_memo_gives_the_same_clauses(seed_pair: tuple[Path, Path]) -> None:
    old, new = (load(path) for path in seed_pair)
    memo: dict[str, BlockText] = {}
    assert segment(old, memo=memo) == segment(old)
    assert memo  # the first version filled it
    assert segment(new, memo=memo) == segment(new)


def test_a_line_of_invisible_characters_is_no_clause() -> None:
    doc = parse("1. Fees are due monthly.\n\n\u200d\n\n2. Taxes are extra.\n\n\u2060\u200c\n")
    assert [c.text for c in doc.clauses] == ["1. Fees are due monthly.", "2. Taxes are extra."]


def test_a_label_without_words_is_still_a_clause() -> None:
    doc = parse("Article 3\n\n3.1 Fees are due monthly.\n")
    assert doc.clauses[0].number == "Article 3"


def test_a_web_address_written_out_is_a_link_target_not_words_of_the_key() -> None:
    doc = parse("1. See https://help.example.com/en/terms. for details.\n")
    (clause,) = doc.clauses
    assert "https://help.example.com/en/terms" in clause.text
    assert "example" not in clause.key and clause.links == ("https://help.example.com/en/terms",)


def test_an_autolink_and_the_same_address_written_out_are_the_same_clause() -> None:
    assert (
        compare("1. See <https://example.com/terms>.", "1. See https://example.com/terms.").changes
        == []
    )


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        ("_Account security:_ Keep it safe.", "Account security: Keep it safe."),
        ("a _b_ c and *d* e", "a b c and d e"),
        ("__strong__ and ___both___", "strong and both"),
        ("the field user_id and file_name_", "the field user_id and file_name_"),
        ("an underscore _ alone _ stays", "an underscore _ alone _ stays"),
        # a mark escaped is the mark itself, not emphasis, and its backslash goes
        ("\\*_Data retained until you remove it_", "*Data retained until you remove it"),
        ("5 \\* 2 and \\_id\\_ with \\`code\\`", "5 * 2 and _id_ with `code`"),
    ],
)
def test_strip_markup_emphasis(raw: str, plain: str) -> None:
    assert strip_markup(raw)[0] == plain


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        # a line break inside a table cell stands between words
        ("| Data | Name<br><br>Year of birth |", "| Data | Name Year of birth |"),
        ("Cookies: _ga,<br/>_gid", "Cookies: _ga, _gid"),
        ("<p>First.</p><p>Second.</p>", " First. Second. "),
        # inline tags are unseen
        ("a <b>bold</b> word and <span class='x'>more</span>", "a bold word and more"),
    ],
)
def test_strip_markup_html_tags(raw: str, plain: str) -> None:
    assert strip_markup(raw)[0] == plain


def test_words_added_between_line_breaks_of_a_table_cell_are_a_change() -> None:
    old = "| Analytics | example.com<br><br>[https://example.com](https://example.com)<br><br>_ga |"
    new = old.replace("_ga |", "_ga,<br><br>AB_TRACK |")
    (change,) = compare(old, new).changes
    assert change.noise is None and "AB_TRACK" in change.new.text


def test_emphasis_with_underscores_or_stars_is_no_change() -> None:
    old = "## Terms\n\n1.1 *Summary:* you own your content.\n"
    new = "## Terms\n\n1.1 _Summary:_ you own your content.\n"
    assert compare(old, new).changes == []


def test_clause_key_of_a_clause_text_is_its_key() -> None:
    document = markdown(
        "# Article 1 Terms\n\n1.1 We may “update” these  Terms — see "
        "[our page](https://example.com/terms) or https://example.com/old.\n\n"
        "* **Bold** item with `code`\n"
    )
    for clause in document.clauses:
        assert clause_key(clause.text) == clause.key


@pytest.mark.parametrize(
    ("raw", "alone"),
    [
        ("[Back to top](#top)", True),
        ("* [Learn more about strikes](https://example.com/strikes)", True),
        ("3.2 **[Download these Terms](https://example.com/terms.pdf)**", True),
        ("See our [Privacy Policy](https://example.com/privacy).", False),
        ("[Privacy](https://example.com/p) · [Terms](https://example.com/t)", True),
        ("[App Store](https://example.com/a) | [Google Play](https://example.com/g)", True),
        ("Plain words, no link at all.", False),
        # links side by side and nothing else: a page's previous and next buttons
        (
            '[Prev Do not spam](https://example.com/spam "Do not spam") '
            "[Next How we review reports](https://example.com/reports)",
            True,
        ),
        ("[Prev](https://example.com/a) and [Next](https://example.com/b)", False),
    ],
)
def test_a_block_that_is_links_alone_is_marked(raw: str, alone: bool) -> None:
    (clause,) = parse(raw + "\n").clauses
    assert clause.link_only is alone
