"""Classification tests: hand-labelled clause pairs (tests/data/classify_cases.toml, and
tests/data/classify_cases_blind.toml written without sight of the rules) and the contract
of the rules files."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from tosdiff import compare
from tosdiff.errors import RulesError
from tosdiff.ruleset import KINDS, load_rules

CASES = tomllib.loads((Path(__file__).parent / "data" / "classify_cases.toml").read_text())["case"]
BLIND_CASES = tomllib.loads(
    (Path(__file__).parent / "data" / "classify_cases_blind.toml").read_text()
)["case"]
GERMAN_CASES = tomllib.loads(
    (Path(__file__).parent / "data" / "classify_cases_de.toml").read_text()
)["case"]
REAL_CASES = tomllib.loads(
    (Path(__file__).parent / "data" / "classify_cases_real.toml").read_text()
)["case"]


def classify_pair(old: str, new: str) -> tuple[set[str], bool, str]:
    """Return the kinds, materiality and direction tosdiff gives one clause edit."""
    return classify_case({"old": old, "new": new})


def classify_case(case: dict[str, Any]) -> tuple[set[str], bool, str]:
    """Return the kinds, materiality and direction tosdiff gives a labelled case's edit,
    read as clause 1.1, under its section's heading and after the lead-in it continues
    when the case gives them (see tests/data/classify_cases_real.toml): a list item
    becomes an item under its lead-in."""
    heading, lead = case.get("heading") or "Terms", case.get("lead") or ""

    def version(text: str) -> str:
        if not lead:
            return f"Article 1 {heading}\n\n1.1 {text}\n" if text else f"Article 1 {heading}\n"
        item = f"\n\n{text if _LIST_ITEM.match(text) else '- ' + text}" if text else ""
        return f"Article 1 {heading}\n\n1.1 {lead}{item}\n"

    report = compare(version(case["old"]), version(case["new"]))
    if not report.changes:  # an unchanged (moved) clause has no change to classify
        return {"editorial"}, False, "neutral"
    change = report.changes[0]
    return set(change.kinds), change.material, change.direction


_LIST_ITEM = re.compile(r"\s*([*+-]|\d{1,3}[.)]|\(?[a-z]{1,3}\))\s")


def _scores(cases: list[dict[str, Any]] = CASES) -> tuple[float, float, dict[str, float]]:
    tp: dict[str, int] = dict.fromkeys(KINDS, 0)
    fp, fn = dict(tp), dict(tp)
    material_ok = 0
    for case in cases:
        kinds, material, _ = classify_case(case)
        gold = set(case["kinds"])
        for kind in KINDS:
            tp[kind] += kind in kinds and kind in gold
            fp[kind] += kind in kinds and kind not in gold
            fn[kind] += kind not in kinds and kind in gold
        material_ok += material == case["material"]
    t, f, n = sum(tp.values()), sum(fp.values()), sum(fn.values())
    per_kind = {k: 2 * tp[k] / (2 * tp[k] + fp[k] + fn[k]) for k in KINDS if tp[k] + fp[k] + fn[k]}
    return 2 * t / (2 * t + f + n), material_ok / len(cases), per_kind


def test_hand_labelled_cases_score_above_the_floor() -> None:
    # A regression floor, raised as the rules improve; the labelled corpus pairs and
    # ../shared/tools/score_all.py measure the same rules on real agreements.
    micro, materiality, per_kind = _scores()
    assert micro >= MICRO_FLOOR, per_kind
    assert materiality >= MATERIALITY_FLOOR


MICRO_FLOOR = 0.85
MATERIALITY_FLOOR = 0.92


def test_blind_labelled_cases_score_above_their_floor() -> None:
    # Cases written without sight of the rules: how the rules do on wording they were
    # not written from (0.79 micro-F1 and 0.88 materiality over 1210 cases when the floors
    # were set, 0.768 and 0.829 over 9270 now; 250 of them are rewordings built to be hard,
    # where a rewording is called editorial only when the words show it could not change
    # the meaning). The micro floor went from 0.77 to 0.76 when the eleventh session's
    # last two sets, revisions of real guidelines and developer terms (0.48 on arrival)
    # and small edits inside real paragraphs (0.62), were added, and back to 0.77 when
    # the twelfth session's twenty-four sets (0.79 together) were; kept at 0.77 with the
    # thirteenth session's twenty-four (0.74 together, real paragraphs revised most of them).
    # The materiality floor went from 0.85 to 0.84 with the fourteenth session's
    # twenty-eight sets (0.81 materiality together, 0.79 with its starting rules; the
    # older 5910 pairs 0.854, 0.853 before it), and to 0.82 with the fifteenth session's
    # twenty-eight sets (0.748 materiality together, 0.729 with its starting rules; thirteen
    # of them revisions of real corpus paragraphs; the older 7590 pairs 0.847, 0.844
    # before), with which the micro floor went to 0.76 (0.713 together, 0.681 with its
    # starting rules; the older pairs 0.780, 0.775 before; the whole table 0.768). With
    # the sixteenth session's thirty-two sets (1920 pairs, 0.682 micro and 0.698
    # materiality together, 0.659 and 0.678 with its starting rules; half of them
    # revisions of real corpus paragraphs; the older 9270 pairs 0.770 and 0.831, 0.768
    # and 0.829 before) the whole table scores 0.756 and 0.808: floors 0.75 and 0.80,
    # kept with the seventeenth session's twenty-eight sets (1680 pairs, 0.742 micro and
    # 0.812 materiality together, 0.717 and 0.799 with its starting rules; the older 11190
    # pairs 0.760 and 0.809): the whole table scores 0.758 and 0.810; kept with the
    # eighteenth session's fifty-two sets (3120 pairs, 0.725 micro and 0.806 materiality
    # together, 0.700 and 0.780 with its starting rules; the older 12870 pairs 0.760 and
    # 0.813, 0.758 and 0.810 before): the whole table scores 0.754 and 0.812. With the
    # nineteenth session's forty-four sets (2640 pairs, 0.767 micro and 0.861 materiality
    # together, 0.740 and 0.829 with its starting rules; the older 15990 pairs 0.771 and
    # 0.832, 0.754 and 0.812 before) the whole table scores 0.770 and 0.837: floors
    # raised to 0.76 and 0.82, kept with the twentieth session's thirty-six sets (2160
    # pairs, 0.739 micro and 0.831 materiality together, 0.711 and 0.801 with its
    # starting rules; the older 18630 pairs 0.773 and 0.840, 0.770 and 0.837 before):
    # the whole table scores 0.770 and 0.839; kept with the twenty-first session's
    # twenty-three sets (1380 pairs, 0.748 micro and 0.843 materiality together, 0.734
    # and 0.826 with its starting rules; the older 20790 pairs 0.770 and 0.839, as
    # before): the whole table scores 0.769 and 0.840; kept with the twenty-second
    # session's fourteen sets (840 pairs, 0.781 micro and 0.885 materiality together,
    # 0.765 and 0.867 with its starting rules; the older 22170 pairs 0.772 and 0.843,
    # 0.769 and 0.840 before): the whole table scores 0.773 and 0.844; kept with the
    # twenty-third session's fourteen sets (840 pairs, 0.769 micro and 0.876 materiality
    # together, 0.764 and 0.870 with its starting rules; the older 23010 pairs 0.773 and
    # 0.845, 0.773 and 0.844 before): the whole table scores 0.773 and 0.846; kept with
    # the twenty-fourth session's fourteen sets (840 pairs, 0.765 micro and 0.898
    # materiality together, 0.760 and 0.892 with its starting rules; the older 23850
    # pairs 0.773 and 0.846, as before): the whole table scores 0.773 and 0.848; kept
    # with the twenty-fifth session's fourteen sets (840 pairs, 0.733 micro and 0.849
    # materiality together, 0.718 and 0.838 with its starting rules; the older 24690
    # pairs 0.778 and 0.853, 0.773 and 0.848 before): the whole table scores 0.777 and
    # 0.853; raised to 0.78 and 0.86 with the twenty-sixth session's fourteen sets (840
    # pairs, 0.765 micro and 0.863 materiality together, 0.753 and 0.852 with its
    # starting rules; the older 25530 pairs 0.798 and 0.880, 0.777 and 0.853 before):
    # the whole table scores 0.796 and 0.879; kept with the twenty-seventh session's six
    # sets (360 pairs, 0.759 micro and 0.889 materiality together, 0.757 and 0.883 with
    # its starting rules; the older 26370 pairs 0.796 and 0.879, as before): the whole
    # table scores 0.796 and 0.879; kept with the twenty-eighth session's nine sets (540
    # pairs, 0.815 micro and 0.919 materiality together, 0.811 and 0.919 with its
    # starting rules; the older 26730 pairs 0.799 and 0.880, 0.796 and 0.879 before): the
    # whole table scores 0.800 and 0.881; kept with the twenty-ninth session's fourteen
    # sets (840 pairs, 0.832 micro and 0.942 materiality together, 0.814 and 0.942 with
    # its starting rules; the older 27270 pairs 0.801 and 0.881, 0.800 and 0.881 before):
    # the whole table scores 0.802 and 0.883; kept with the thirtieth session's
    # twenty-four sets (1440 pairs, 0.814 micro and 0.926 materiality together, 0.806 and
    # 0.923 with its starting rules; the older 28110 pairs 0.802 and 0.883, as before):
    # the whole table scores 0.803 and 0.885; kept with the thirty-first session's
    # thirty sets (1800 pairs, 0.824 micro and 0.934 materiality together, 0.818 and
    # 0.933 with its starting rules; the older 29550 pairs 0.803 and 0.885, as before):
    # the whole table scores 0.804 and 0.888; kept with the thirty-second session's
    # sixty sets (3600 pairs, 0.806 micro and 0.931 materiality together, 0.806 and
    # 0.931 with its starting rules; the older 31350 pairs 0.805 and 0.888, 0.804 and
    # 0.888 before): the whole table scores 0.805 and 0.892; kept with the thirty-third
    # session's rule-by-rule reading of the table (no new sets): 0.807 and 0.893.
    micro, materiality, per_kind = _scores(BLIND_CASES)
    assert micro >= 0.78, per_kind
    assert materiality >= 0.86


def test_real_revisions_score_above_their_floor() -> None:
    # Regression floors a little below what the rules score on edits the companies made
    # (tests/data/classify_cases_real.toml; docs/accuracy.md gives the figures by set):
    # 0.663 micro-F1 and 0.774 materiality over the first 1056 pairs at the end of the
    # thirty-third session, 0.658 and 0.770 with its starting rules; the thirty-fourth
    # session's fifth round (291 pairs, never read for a fix) scores 0.624 and 0.749,
    # the whole 1347 pairs 0.654 and 0.768; its sixth round (300 pairs, scored only at
    # its end) 0.640 and 0.787 with both its starting and its final rules; the whole
    # 1647 pairs 0.652 and 0.772 with its starting rules, 0.662 and 0.773 with its final.
    # The thirty-fifth session read the sixth round for fixes (0.663 and 0.800 after
    # them) and added a seventh (221 pairs, scored with its starting and final rules:
    # 0.713 and 0.738, 0.715 and 0.738); the whole 1868 pairs 0.668 and 0.769 with its
    # starting rules, 0.676 and 0.773 with its final.
    # The thirty-sixth session read the seventh round for fixes (0.739 and 0.738 after
    # them) and added an eighth (196 pairs, scored with its starting and final rules:
    # 0.695 and 0.760, 0.691 and 0.760); the whole 2064 pairs 0.678 and 0.772 with its
    # starting rules, 0.681 and 0.772 with its final.
    # The thirty-seventh session read the eighth round for fixes (0.709 and 0.770 after
    # them) and added a ninth (245 pairs, scored with its starting and final rules:
    # 0.676 and 0.780, 0.677 and 0.780); the whole 2309 pairs 0.680 and 0.773 with its
    # starting rules, 0.682 and 0.773 with its final.
    # The thirty-eighth session read the ninth round for fixes (0.705 and 0.800 after
    # them) and added a tenth (267 pairs, scored with its starting and final rules:
    # 0.667 and 0.734, 0.668 and 0.734); the whole 2576 pairs 0.680 and 0.769 with its
    # starting rules, 0.684 and 0.772 with its final.
    # The thirty-ninth session read the tenth round for fixes (0.683 and 0.753 after
    # them), then added an eleventh (181 pairs: 0.728 and 0.845 with its starting rules
    # and after the tenth round's fixes) and read it too (0.751 and 0.851 after), and
    # added a twelfth (197 pairs, not read: 0.701 and 0.812 with its starting and final
    # rules); the whole 2954 pairs 0.688 and 0.779 with its starting rules, 0.692 and
    # 0.782 with its final.
    # The fortieth session read the twelfth round for fixes (0.736 and 0.812 after
    # them), then added a thirteenth (83 pairs: 0.687 and 0.711 with its starting rules
    # and after the twelfth round's fixes) and read it too (0.720 and 0.723 after), and
    # added a fourteenth (65 pairs, not read: 0.741 and 0.831 with its starting and
    # final rules); the whole 3102 pairs 0.693 and 0.781 with its starting rules, 0.698
    # and 0.781 with its final.
    # The forty-first session read the fourteenth round for fixes (0.752 and 0.862 after
    # them) and added a fifteenth (173 pairs, not read: 0.735 and 0.769 with its
    # starting and final rules); the whole 3275 pairs 0.700 and 0.781 with its starting
    # rules, 0.700 and 0.782 with its final.
    # The forty-second session read the fifteenth round for fixes (0.756 and 0.780 after
    # them) and added a sixteenth (108 pairs, not read: 0.696 and 0.833 with its
    # starting rules, 0.703 and 0.833 with its final); the whole 3383 pairs 0.700 and
    # 0.783 with its starting rules, 0.705 and 0.787 with its final.
    # The forty-third session read the sixteenth round for fixes (0.748 and 0.870 after
    # them), then added a seventeenth (110 pairs: 0.727 and 0.791 with its starting rules
    # and after the sixteenth round's fixes) and read it too (0.754 and 0.791 after), and
    # added an eighteenth (115 pairs, not read: 0.632 and 0.748 with its starting and
    # final rules); the whole 3608 pairs 0.703 and 0.785 with its starting rules, 0.706
    # and 0.787 with its final.
    # The forty-fourth session read the eighteenth round for fixes (0.679 and 0.774 after
    # them) and added a nineteenth and a twentieth (110 pairs each, not read: 0.617 and
    # 0.645, and 0.667 and 0.773, with its starting and final rules alike); the whole 3828
    # pairs 0.703 and 0.783 with its starting rules, 0.706 and 0.784 with its final.
    # The forty-fifth session read the nineteenth round for fixes (0.664 and 0.655 after
    # them) and added a twenty-first (36 pairs, not read: 0.757 and 0.889 with its
    # starting rules, 0.757 and 0.917 with its final; the twentieth, still not read,
    # 0.667 and 0.791 with its final); the whole 3864 pairs 0.706 and 0.785 with its
    # starting rules, 0.709 and 0.788 with its final.
    # The forty-sixth session read the twentieth and twenty-first rounds for fixes (0.727
    # and 0.800, and 0.796 and 0.917, after them) and added a twenty-second (178 pairs
    # from companies' own policy repositories: 0.613 and 0.663 with its starting rules
    # and after the first fixes, 0.636 and 0.663 after it was read for six more) and a
    # twenty-third (113 pairs from the same and Zulip's, not read: 0.577 and 0.619 with its
    # starting rules, 0.585 and 0.628 with its final); the whole 4155 pairs 0.702 and
    # 0.778 with its starting rules, 0.705 and 0.779 with its final.
    # The forty-seventh session read the twenty-third round for fixes (0.639 and 0.655
    # after them) and added a twenty-fourth (107 pairs from the same kind of
    # repositories, not read: 0.700 and 0.720 with its starting rules, 0.708 and 0.729
    # with its final); the whole 4262 pairs 0.705 and 0.777 with its starting rules,
    # 0.707 and 0.778 with its final.
    # The forty-eighth session read the twenty-fourth round for fixes (0.770 and 0.757
    # after them) and added a twenty-fifth (85 pairs from Open Terms Archive documents
    # no round had used, not read: 0.571 and 0.682 with its starting rules and with its
    # final); the whole 4347 pairs 0.705 and 0.776 with its starting rules, 0.706 and
    # 0.777 with its final.
    # The forty-ninth session read the twenty-fifth round for fixes (0.582 and 0.718
    # after them) and added a twenty-sixth (104 pairs from Open Terms Archive and ToS;DR
    # documents no round had used, not read: 0.691 and 0.817 with its starting rules and
    # with its final); the whole 4451 pairs 0.706 and 0.778 with its starting rules,
    # 0.706 and 0.780 with its final.
    # The fiftieth session read the twenty-sixth round for fixes (0.751 and 0.846 after
    # them) and added a twenty-seventh (100 pairs from ToS;DR and Open Terms Archive
    # documents no round had used, not read: 0.594 and 0.660 with its starting rules and
    # with its final); the whole 4551 pairs 0.704 and 0.777 with its starting rules,
    # 0.707 and 0.778 with its final.
    # The fifty-first session read the twenty-seventh round for fixes (0.701 and 0.750
    # after them) and added a twenty-eighth (112 pairs from Open Terms Archive documents
    # no round had used, not read: 0.701 and 0.705 with its starting rules and with its
    # final); the whole 4663 pairs 0.707 and 0.776 with its starting rules, 0.710 and
    # 0.781 with its final.
    micro, materiality, per_kind = _scores(REAL_CASES)
    assert micro >= 0.64, per_kind
    assert materiality >= 0.75


@pytest.mark.parametrize(
    ("old", "new", "expected", "unexpected"),
    [
        # "prior" dropped beside the same written notice and the same period: no notice
        # taken away, and no consent ("prior written consent") either
        (
            "Either of us may end this agreement by giving the other sixty (60) days' "
            "prior written notice.",
            "Either of us may end this agreement by giving the other sixty (60) days' "
            "written notice.",
            set(),
            {"notice-period", "obligation-relaxed"},
        ),
        # a row of a cookie table without the word "cookie": its category cell tells
        (
            "| _gid | Example Analytics | Analytics | Counts visits to pages. | 24 hours |",
            "| _gid | Example Analytics | Analytics | Counts visits to pages. | 30 days |",
            {"data-privacy", "notice-period"},
            set(),
        ),
        (
            "",
            "| adid | AdNetwork Ltd | Advertising | Shows you ads on other sites. | 1 year |",
            {"data-privacy"},
            set(),
        ),
        # staff reading reported private messages, and user input used to train
        # automated systems, are uses of personal data
        (
            "Direct messages between players can be seen only by the players in the chat.",
            "Direct messages between players can be seen only by the players in the chat, "
            "but our support team may read a message thread that a player reports.",
            {"data-privacy"},
            set(),
        ),
        (
            "Ratings you leave for a driver are used only to calculate that driver's score.",
            "Ratings you leave for a driver are used to calculate that driver's score and "
            "to train our ranking systems.",
            {"data-privacy"},
            set(),
        ),
        # the user's name and picture shown beside ads: personal data, and a right over
        # the user's likeness
        (
            "Posts you like are shown to your followers.",
            "Posts you like are shown to your followers. We may show your username and "
            "profile picture next to sponsored posts that you liked.",
            {"data-privacy", "ip-license"},
            set(),
        ),
        # a promise that updates will not take rights away is about how the policy
        # changes, though it speaks of consent
        (
            "We update this Notice now and then. We will not restrict your rights under "
            "this Notice without your express consent.",
            "We update this Notice now and then.",
            {"amendment"},
            {"data-privacy"},
        ),
        # an exception written into what users are allowed to do
        (
            "Sellers may link to their own social media profiles. Discount codes are "
            "allowed in listings.",
            "Sellers may link to their own social media profiles. Discount codes are "
            "allowed in listings, except codes for other marketplaces.",
            {"new-obligation"},
            {"obligation-relaxed"},
        ),
        # a camera watched during a test, and when its recordings go
        (
            "",
            "During a driving test we may use your webcam and proctoring software; "
            "recordings are erased 30 days after your result is issued.",
            {"data-privacy", "notice-period"},
            set(),
        ),
        # amounts written with their currency's code: a price, or a cap of liability
        (
            "| Paper statements | free of charge | sent monthly |",
            "| Paper statements | EUR 2.50 per statement | sent monthly |",
            {"fees"},
            set(),
        ),
        (
            "Our total liability under these Terms shall not exceed USD 1,000.",
            "Our total liability under these Terms shall not exceed USD 200.",
            {"liability"},
            {"fees"},
        ),
        # a record about the user shared with others, and automated scoring of it; a
        # "credit profile" is no credit of money
        (
            "We use your rental history to confirm your identity.",
            "We use your rental history to confirm your identity and share your tenant "
            "profile with landlords, who may see an automated assessment of it.",
            {"data-privacy"},
            {"fees"},
        ),
        # the permission that lifts a ban no longer needs to be written
        (
            "You may not use robots to collect listings without our prior written permission.",
            "You may not use robots to collect listings without our prior permission.",
            {"obligation-relaxed"},
            {"new-obligation"},
        ),
        # "Pay" as the end of a company's name is no payment term
        (
            "You must tell Kestrel Pay about a lost phone within 48 hours.",
            "You must tell Kestrel Pay about a lost phone within 24 hours.",
            {"notice-period"},
            {"fees"},
        ),
        (
            "",
            "| Complaints officer | complaints@corvo.eu | Corvo Payments S.A., 4 rue Notre-Dame, "
            "L-2240 Luxembourg |",
            {"other"},
            {"fees"},
        ),
        # a duty of the platform is not a user obligation
        (
            "We may change the Service.",
            "We may change the Service. The Platform shall notify you by email of any change.",
            set(),
            {"new-obligation"},
        ),
        # a user duty added
        (
            "You are responsible for your account.",
            "You are responsible for your account. You must enable two-factor authentication.",
            {"new-obligation"},
            set(),
        ),
        # a typo fix is editorial
        (
            "You shall recieve notices by email.",
            "You shall receive notices by email.",
            {"editorial"},
            {"new-obligation"},
        ),
        # a shorter notice period, with the values parsed
        (
            "We will notify you one month in advance of any change.",
            "We will notify you fifteen (15) days in advance of any change.",
            {"notice-period"},
            {"new-obligation"},
        ),
        # a prohibition whose "not" is deleted is relaxed
        (
            "When you stream live on the Service you may not simultaneously stream elsewhere.",
            "When you stream live on the Service you may simultaneously stream elsewhere.",
            {"obligation-relaxed"},
            {"new-obligation"},
        ),
        # "you will not be able to earn" removed is no duty removed
        (
            "If you are suspended, you will not be able to earn revenue during the suspension.",
            "If you are suspended, your channel is hidden during the suspension.",
            set(),
            {"obligation-relaxed"},
        ),
        # a new liability cap
        (
            "The Service is provided as available.",
            "The Service is provided as available. Our total liability shall not exceed the fees "
            "you paid in the last month.",
            {"liability"},
            set(),
        ),
        # words of other trades that look like kinds: a battery charge,
        # a tax return, a driving licence, the venue of a concert
        (
            "The band lasts up to 5 days on a single charge.",
            "The band lasts up to 5 days on a single charge. Charge it only with the "
            "charging cable supplied in the box.",
            set(),
            {"fees"},
        ),
        (
            "Keep your reference number in case you contact us.",
            "Keep your reference number in case you contact us about your tax return.",
            set(),
            {"fees"},
        ),
        (
            "You will need your driving licence number.",
            "You will need your driving licence number, printed on your photocard licence.",
            set(),
            {"ip-license"},
        ),
        (
            "Tickets can be printed at home.",
            "To enter the venue you must show your ticket in the app.",
            set(),
            {"dispute"},
        ),
        # an item of a list of rules with no sentence to introduce it is read as a
        # rule all the same: added, widened, or given an exception
        (
            "",
            "Post media made with AI tools that shows a real person doing something they "
            "did not do, unless you label it as generated.",
            {"new-obligation"},
            {"obligation-relaxed"},
        ),
        (
            "Sell or trade firearms or ammunition.",
            "Sell or trade firearms, ammunition, firearm parts or files for 3D-printing them.",
            {"new-obligation"},
            set(),
        ),
        (
            "(f) probe or test the security of our systems.",
            "(f) probe or test the security of our systems, except under our bug bounty rules.",
            {"obligation-relaxed"},
            {"new-obligation"},
        ),
        # but an item of what we do, or a statement about accounts, is no rule
        (
            "",
            "Provide customer support and respond to your questions.",
            set(),
            {"new-obligation"},
        ),
        (
            "Accounts that have not been logged into for 24 months may be closed.",
            "Accounts that have not been logged into for 12 months may be closed.",
            set(),
            {"new-obligation", "obligation-relaxed"},
        ),
        # an instruction that infringes the law on personal data is no infringement of
        # anyone's rights over content
        (
            "Provider processes Customer Personal Data only on Customer's instructions.",
            "Provider processes Customer Personal Data only on Customer's instructions. "
            "Provider will tell Customer if an instruction infringes Data Protection Laws.",
            {"data-privacy"},
            {"ip-license"},
        ),
        # other apps on the device, messages scanned by machines, data for researchers,
        # profiles found through search engines
        (
            "We collect the model of your device and its operating system.",
            "We collect the model of your device, its operating system and the other apps "
            "installed on your device.",
            {"data-privacy"},
            set(),
        ),
        (
            "We use automated tools to find content that breaks our rules.",
            "We use automated tools, which may scan public posts as well as private messages "
            "and their attachments, to find content that breaks our rules.",
            {"data-privacy"},
            set(),
        ),
        (
            "Ad details may be disclosed to regulators.",
            "Ad details may be disclosed to regulators and to academic researchers.",
            {"data-privacy"},
            set(),
        ),
        # information a ban forbids the user to misstate is no personal data handled
        (
            "We do not allow content that misrepresents, misstates, or conceals information "
            "about you, your content or the purpose of your site.",
            "We do not allow content that misrepresents, misstates, or conceals information "
            "about the publisher, the creator, the purpose of the content, or the content.",
            {"new-obligation"},
            {"data-privacy"},
        ),
        # "as is reasonably necessary" is no "as is" disclaimer
        (
            "",
            "Service Providers: we may share user information with third parties that help "
            "us provide services to you. They will be given access to your information as is "
            "reasonably necessary to provide our services.",
            {"data-privacy"},
            {"liability"},
        ),
        (
            "The Service is provided with care.",
            "The Service is provided as is and as available.",
            {"liability"},
            set(),
        ),
        # what an insurer pays is its liability under the policy, not a price
        (
            "",
            "Lost keys: we will pay for replacing the locks of your home if your keys are "
            "stolen, up to £1,500 for any one claim.",
            {"liability"},
            {"fees"},
        ),
        (
            "Personal belongings: we will pay up to 5% of the contents sum insured for "
            "belongings taken to a student hall of residence.",
            "Personal belongings: we will pay up to 8% of the contents sum insured for "
            "belongings taken to a student hall of residence.",
            {"liability"},
            set(),
        ),
        (
            "Winter sports: you are covered for skiing on marked pistes.",
            "Winter sports: you are covered for skiing on marked pistes and off-piste with "
            "a qualified guide.",
            {"liability"},
            set(),
        ),
        # and a period that bounds the cover is a period, not the cover itself
        (
            "If the car is left unattended for more than 12 hours in an unlocked garage, we "
            "will not pay for theft of the car.",
            "If the car is left unattended for more than 4 hours in an unlocked garage, we "
            "will not pay for theft of the car.",
            {"notice-period"},
            {"liability", "fees"},
        ),
        # the closing of an account as the time data is kept from, a key the user must
        # revoke, and belongings taken away from home, are no termination of an account
        (
            "We will keep your order history for up to 5 years following the closure of "
            "your account.",
            "We will keep your order history for up to 3 years after you close your account.",
            {"notice-period"},
            {"termination"},
        ),
        (
            "You must keep your access tokens secret.",
            "You must keep your access tokens secret and must revoke any token you believe "
            "has leaked.",
            {"new-obligation"},
            {"termination"},
        ),
        (
            "Gadget cover: we will cover your phone while it is temporarily removed from "
            "your home, for up to 30 days.",
            "Gadget cover: we will cover your phone while it is temporarily removed from "
            "your home, for up to 60 days.",
            {"notice-period"},
            {"termination"},
        ),
        # an item added to a list that a colon opens, its items parted by semicolons
        (
            "When using the Service you must not: copy its software; resell access to it.",
            "When using the Service you must not: copy its software; resell access to it; "
            "or sue another player in the courts of any country over a game.",
            {"new-obligation"},
            set(),
        ),
        (
            "You must tell us within 14 days if any of the following change: your address; "
            "or the main driver of the car.",
            "You must tell us within 14 days if any of the following change: your address; "
            "the main driver of the car; or any County Court Judgment against you.",
            {"new-obligation"},
            set(),
        ),
        # contact details made public, calls recorded, and an insurer's power to cancel
        (
            "",
            "If you sell as a business, we will display your email address and telephone "
            "number on your store page.",
            {"data-privacy"},
            set(),
        ),
        (
            "",
            "We may record your calls with our support team and analyse them with voice "
            "analytics to spot fraud.",
            {"data-privacy"},
            set(),
        ),
        (
            "We may cancel your policy by giving you 14 days' notice.",
            "We may cancel your policy by giving you 14 days' notice, but only for a valid "
            "reason such as fraud.",
            {"termination"},
            set(),
        ),
        # a step the user no longer needs to take is a duty loosened, not a new one
        (
            "You must confirm your email address each time you sign in.",
            "You must confirm your email address the first time you sign in. You will not "
            "need to confirm it again on the same device.",
            {"obligation-relaxed"},
            {"new-obligation"},
        ),
        # a ban lifted where another person agrees: that person's consent is no consent
        # to the use of one's data
        (
            "(c) record, photograph or livestream any class or any part of it;",
            "(c) record, photograph or livestream any class without the prior consent of "
            "your instructor;",
            {"obligation-relaxed"},
            {"data-privacy"},
        ),
        # notice of a change of fees is a fees and a notice term, not an amendment term
        (
            "We may change our fees by giving you at least 45 days' notice in writing.",
            "We may change our fees by giving you at least 10 days' notice in writing.",
            {"fees", "notice-period"},
            {"amendment"},
        ),
        # and so is notice ahead of the day a new price applies, said in the next sentence
        (
            "We may change the price of a plan. If we do, we will email you at least 60 days "
            "before the change takes effect, and the new price will apply from your next "
            "renewal.",
            "We may change the price of a plan. If we do, we will email you at least 15 days "
            "before the change takes effect, and the new price will apply from your next "
            "renewal.",
            {"fees", "notice-period"},
            {"amendment"},
        ),
        # academic credit is no fee, and a licensing body or a licensed pharmacist no
        # licence over content
        (
            "We do not warrant that the Services will be uninterrupted.",
            "We do not warrant that the Services will be uninterrupted, or that any "
            "certificate will be accepted for academic credit or recognised by a licensing "
            "body.",
            set(),
            {"fees", "ip-license"},
        ),
        (
            "Prescriptions are reviewed before they are dispensed.",
            "Prescriptions are reviewed by a licensed pharmacist before they are dispensed.",
            set(),
            {"ip-license"},
        ),
        # acceptance deemed from continued use is an amendment term, no duty; and
        # sanctions of ours added to a list of them are no duty of the user either
        (
            "We may revise these Terms. We will email you 30 days before revised Terms "
            "take effect.",
            "We may revise these Terms. Revised Terms take effect when posted, and if you "
            "continue to use the app after that, you agree to them.",
            {"amendment"},
            {"new-obligation"},
        ),
        (
            "If you cheat in a ranked match, we may remove your score.",
            "If you cheat in a ranked match, we may remove your score, revoke any rewards "
            "you won that season and suspend your account.",
            {"termination"},
            {"new-obligation"},
        ),
        # taxes collected are no data collected; a ban on building models with the
        # service's output is no use of the user's data
        (
            "You are responsible for any sales tax on your orders.",
            "You are responsible for any sales tax on your orders, except where we collect "
            "and remit sales tax for you.",
            set(),
            {"data-privacy"},
        ),
        (
            "",
            "(g) use any Output, or any data derived from the Services, to develop, train or "
            "improve any machine learning model;",
            {"new-obligation"},
            {"data-privacy"},
        ),
        # points, miles or stars earned are no fee
        (
            "Members earn 2 stars for each check-in.",
            "Members earn 3 stars for each check-in.",
            set(),
            {"fees"},
        ),
        # a period that shall not exceed a number of days is no cap on liability
        (
            "We will answer your request within 30 days. If we need longer, the total "
            "period shall not exceed sixty (60) days.",
            "We will answer your request within 30 days. If we need longer, we will tell you.",
            {"notice-period"},
            {"liability"},
        ),
        # an IP address we suspend is no personal data
        (
            "We will do our best to work with you.",
            "We will do our best to work with you. We reserve the right to immediately "
            "suspend, without notice, any content, account, or IP address which we determine "
            "to be submitting spam.",
            {"termination"},
            {"data-privacy"},
        ),
        # "may include, but may not be limited to, ..." leaves a list open: no ban
        (
            "This information may include your IP address and browser software.",
            "This information may include, but may not be limited to, your IP address, "
            "browser software and other sites you have visited.",
            {"data-privacy"},
            {"new-obligation"},
        ),
        # paid search ads are advertising, not a fee
        (
            "Partners may bid on our marks in paid search ads once whitelisted.",
            "Only validated Partners may use our marks in paid search ads, with our authorization.",
            set(),
            {"fees"},
        ),
        # a change of the user's own details taking effect is no change of the terms
        (
            "If you wish to change your address for home delivery then please contact us at "
            "least 10 days before the date on which you wish your change of address to take "
            "effect.",
            "If you wish to change your address for home delivery then please contact us at "
            "least 4 working days before the date on which you wish your change of address "
            "to take effect.",
            {"notice-period"},
            {"amendment"},
        ),
        # traits a ban on harassment protects are whom it covers, no personal data; the
        # ban grows with them ("does not permit" bans as "do not permit" does)
        (
            "The service does not permit harassment based on gender identity or religion.",
            "The service does not permit harassment based on gender identity, religion, "
            "sexual orientation or disability.",
            {"new-obligation"},
            {"data-privacy"},
        ),
        (
            "We want a welcoming community for everyone, regardless of gender identity, "
            "disability or religion.",
            "We want a welcoming community for everyone, regardless of gender identity, "
            "ability, religion, age or ethnicity.",
            set(),
            {"data-privacy"},
        ),
        # the same traits as data we process stay personal data
        (
            "We never use your religion to choose the ads you see.",
            "We may use your religion or sexual orientation to choose the ads you see, "
            "based on what you tell us.",
            {"data-privacy"},
            set(),
        ),
        # a venue that is a place is no forum for disputes
        (
            "Local groups may use our name for their meetups.",
            "Local groups may use our name for their meetups. Any charge to attend must only "
            "cover the cost of the venue, food and drink.",
            set(),
            {"dispute"},
        ),
        # the document itself said to change
        (
            "We publish these guidelines for our community.",
            "We publish these guidelines for our community. These guidelines may be updated "
            "from time to time.",
            {"amendment"},
            set(),
        ),
        # a user named as the object before "or" and another subject's verb is no duty
        (
            "We may use aggregated information to improve the Service.",
            "We may use aggregated information that does not identify a User or cannot be "
            "linked to them to improve the Service.",
            set(),
            {"new-obligation"},
        ),
        # what users say to us kept, calls recorded
        (
            "You may contact our support team by phone or email.",
            "You may contact our support team by phone or email. We keep a copy of our "
            "communications, including call recordings where the law allows.",
            {"data-privacy"},
            set(),
        ),
        # which language version prevails: other, not the privacy policy's own name ...
        (
            "This Privacy Policy is available in several languages.",
            "This Privacy Policy is available in several languages. If a translated version "
            "of this Privacy Policy conflicts with the English version, the English version "
            "controls.",
            {"other"},
            {"data-privacy"},
        ),
        # ... and the same term reworded stays editorial
        (
            "If a translation differs from the English version, the English version will apply.",
            "If a translation differs from the English version, the English version will prevail.",
            {"editorial"},
            {"other"},
        ),
        # a support page put for an email address is a new contact, no duty loosened
        (
            "Please contact <abuse@example.com> if you need to report a problem.",
            "Please open a support ticket at <https://example.com/support> if you need to "
            "report a problem.",
            {"other"},
            {"obligation-relaxed", "new-obligation"},
        ),
        # "personally identifying information" is personal data, "non-personally ..." not
        (
            "When we receive a complaint, we forward it, with any personally identifying "
            "information removed, to the account owner. We review every complaint.",
            "We review every complaint.",
            {"data-privacy"},
            set(),
        ),
        (
            "We may use aggregated information to improve the Service.",
            "We may use aggregated, non-personally identifying information to improve the Service.",
            set(),
            {"data-privacy"},
        ),
        # the same duty with a higher age, "must" written "need to": a limit tightened,
        # no duty taken out
        (
            "You must be at least 13 years old to use the Service.",
            "You need to be at least 18 to use the Service.",
            {"new-obligation"},
            {"obligation-relaxed"},
        ),
        # a clause restated around the same number, the number kept
        (
            "Members get a full refund if they cancel at least 48 hours before the class.",
            "Members receive a full refund if they cancel 48 hours or more before the class.",
            {"editorial"},
            {"fees", "notice-period"},
        ),
        # "no" is a negation: "does not obtain any" -> "obtains no" turns nothing round
        (
            "The Company does not obtain any ownership rights in Student Data.",
            "The Company obtains no ownership rights in Student Data.",
            {"editorial"},
            {"other"},
        ),
        # what an account holds, handed to the police: personal data, though it names
        # no "personal data" ("access logs", "non-public account information"); another
        # person's "private information" in a ban is what the ban protects
        (
            "We will only hand over basic subscriber details when served with a subpoena.",
            "We will only hand over basic subscriber details when served with a subpoena. "
            "With a search warrant we also hand over account access logs and other "
            "non-public account information.",
            {"data-privacy"},
            {"other"},
        ),
        (
            "Do not threaten other members.",
            "Do not threaten other members or publish their private information.",
            {"new-obligation"},
            {"data-privacy"},
        ),
        # traits a rule of conduct lists as topics to discuss with care: whom attacks may
        # not target, no personal data
        (
            "You may discuss topics such as age, religion or ability, but we do not tolerate "
            "attacks on anyone for who they are.",
            "You may discuss topics such as age, religion or disability, but we do not "
            "tolerate attacks on anyone for who they are.",
            set(),
            {"data-privacy"},
        ),
        # a qualifier of intent taken out of a ban: the ban now covers innocent uses
        (
            "You may not knowingly upload files that contain viruses.",
            "You may not upload files that contain viruses.",
            {"new-obligation"},
            {"obligation-relaxed"},
        ),
        # a duty to defend the company against claims is an indemnity: a new cause of
        # claim added to it widens the user's liability
        (
            "Customer will defend Acme against any claim brought by a third party arising "
            "from: (i) Content that Customer uploads; or (ii) any violation of Section 4.",
            "Customer will defend Acme against any claim brought by a third party arising "
            "from: (i) Content that Customer uploads; (ii) Customer's breach of this "
            "Agreement, including its duty of confidentiality; or (iii) any violation of "
            "Section 4.",
            {"liability"},
            {"new-obligation"},
        ),
        # "to dispute" a thing is to contest it, not a dispute before a court
        (
            "Please report errors in your statement to our billing team.",
            "Please report errors in your statement to our billing team within 60 days; "
            "after that you can no longer ask us to dispute charges with the card network.",
            {"notice-period"},
            {"dispute"},
        ),
        # a warning put on content is no warning to an account
        (
            "You may not post graphic images.",
            "You may post graphic images only if they carry a content warning.",
            {"obligation-relaxed"},
            {"termination"},
        ),
        # ... nor is a disclaimer users put on what they post a disclaimer of ours
        (
            "Do not post misleading claims about elections.",
            "Do not post misleading claims about elections. Satire is welcome, but make "
            "your intent clear, for example via disclaimers or other means.",
            set(),
            {"liability"},
        ),
        # where notices go is no term of payment, even when it is the billing address
        (
            "We will send notices to the email address on your account.",
            "We will send notices to the email address you set as your billing email address.",
            set(),
            {"fees"},
        ),
        # the end of an account as the time a period of keeping data runs from: when data
        # is kept or deleted, no right to end the account
        (
            "Following deletion of your account, we may keep your photos for backup purposes.",
            "Following termination or deactivation of your account, we may keep your photos "
            "for up to 90 days for backup purposes.",
            {"data-privacy", "notice-period"},
            {"termination"},
        ),
        (
            "We delete your files within 90 days of the account deletion.",
            "We delete your files within 30 days of the account deletion.",
            {"notice-period"},
            {"termination"},
        ),
        # "required to do so by law" -> "the law requires us to": the same duty restated
        (
            "We may disclose your information where we are required to do so by law.",
            "We may disclose your information where the law requires us to do so.",
            {"editorial"},
            {"data-privacy"},
        ),
        # the terms "you agree to when you sign up" name a document; they lay no duty
        (
            "Our products include Snapchat and Bitmoji.",
            "Our products include Snapchat and Bitmoji. When we say Terms, we mean the Terms "
            "of Service that you agree to when you sign up for our Services.",
            set(),
            {"new-obligation"},
        ),
        # data that must be kept or destroyed is the holder's duty, not the user's
        (
            "We keep your data.",
            "We keep your data. Acme shall return or securely destroy Personal Data upon "
            "request, unless Personal Data must be retained to comply with the law.",
            set(),
            {"new-obligation"},
        ),
        (
            "We store your orders.",
            "We store your orders. You must make sure that the data must be retained for six "
            "years.",
            {"new-obligation"},
            set(),
        ),
        # a cookie policy or cookie settings named are a document and a page, no cookies set
        (
            "We may modify these Terms and our Privacy Policy from time to time.",
            "We may modify these Terms, our Privacy Policy and our Cookie Policy from time to "
            "time.",
            set(),
            {"data-privacy"},
        ),
        (
            "Contact us with any questions.",
            "Contact us with any questions, or change your choices in Cookie Settings.",
            set(),
            {"data-privacy"},
        ),
        (
            "We keep your data safe.",
            "We keep your data safe. We use cookies to measure visits.",
            {"data-privacy"},
            set(),
        ),
        # users told of a breach of their data: a term on personal data
        (
            "Acme keeps your files on servers in Ireland.",
            "Acme keeps your files on servers in Ireland. Acme will promptly notify the "
            "customer of the security breach.",
            {"data-privacy"},
            set(),
        ),
        # the age of consent, the rights and consents a poster secures and what we consent
        # to are no consent to the use of personal data
        (
            "You must be 13 or older to use the Service.",
            "You must be over the minimum age of consent in your country to use the Service.",
            set(),
            {"data-privacy"},
        ),
        (
            "You may not post content that you do not own.",
            "You may not post content unless you have secured all necessary rights, consents, "
            "waivers and licenses for it.",
            set(),
            {"data-privacy"},
        ),
        (
            "You may not open a new account if we have banned you.",
            "You may not open a new account if we have banned you, unless we consent otherwise.",
            set(),
            {"data-privacy"},
        ),
        # a licence "fully paid" or "fully paid-up" costs the user nothing: no fee
        (
            "You grant us a worldwide, non-exclusive licence to host your content.",
            "You grant us a worldwide, non-exclusive, royalty-free, fully paid-up licence to "
            "host your content.",
            {"ip-license"},
            {"fees"},
        ),
        # billing and payment information kept or asked for is personal data, not a fee
        (
            "We use your information to run the Services.",
            "We use your information to run the Services. We retain billing and payment "
            "information for seven years after you close your account.",
            {"data-privacy"},
            {"fees"},
        ),
        (
            "We use your information to run the Services.",
            "We use your information to run the Services. If you buy a ticket, we may ask you "
            "for payment and related information (like your card number).",
            {"data-privacy"},
            {"fees"},
        ),
        # the ads a platform serves at all are no ads chosen for the user
        (
            "Keeping a high bar for the ads we serve helps us drive better results for you, "
            "our advertisers.",
            "Our policies help advertisers connect with their audiences through trustworthy ads.",
            set(),
            {"data-privacy"},
        ),
        (
            "We use your activity to improve our services.",
            "We use your activity to improve our services and to choose the ads we show you.",
            {"data-privacy"},
            set(),
        ),
        # a ban joined to another promise of the user's, after a link to a privacy policy
        (
            "By signing up, you accept our [Privacy Policy](https://example.com/privacy) and "
            "agree not to:\n\n- Use our service to send spam.",
            "By signing up, you accept our [Privacy Policy](https://example.com/privacy) and "
            "agree not to:\n\n- Use our service to send spam.\n\n- Engage in activities "
            "that are recognized as illegal in the majority of countries.",
            {"new-obligation"},
            {"data-privacy"},
        ),
        # the user's absence that closes an account is no ban of the user
        (
            "If you stop using Acme and do not come online for at least 6 months, your "
            "account will be deleted.",
            "If you stop using Acme and do not come online for at least 18 months, your "
            "account will be deleted.",
            {"notice-period", "termination"},
            {"obligation-relaxed", "new-obligation"},
        ),
        # a qualifier of degree cut from a banned item widens the ban, also where the
        # next word takes its capital
        (
            "For example, you may not show or promote:\n\n- Dangerous consumption of "
            "alcohol that leads to being incapacitated",
            "For example, you may not show or promote:\n\n- Consumption of alcohol that "
            "leads to being incapacitated",
            {"new-obligation"},
            {"editorial", "obligation-relaxed"},
        ),
        (
            "You may not send unsolicited messages to other members.",
            "You may not send messages to other members.",
            {"new-obligation"},
            {"obligation-relaxed"},
        ),
        # an exemption from a requirement relaxes it
        (
            "Ads for financial products require direct management from a sales representative.",
            "Ads for financial products require direct management from a sales "
            "representative. Educational resources and industry events are exempt from this "
            "requirement.",
            {"obligation-relaxed"},
            set(),
        ),
        # a party added to, or taken off, a list of those that set cookies or get data,
        # even as a link alone
        (
            "Our websites may set cookies from the following partners:\n\n- [Google]"
            "(https://example.com/google)",
            "Our websites may set cookies from the following partners:\n\n- [Google]"
            "(https://example.com/google)\n\n- [Quora Ads](https://example.com/quora)",
            {"data-privacy"},
            {"editorial"},
        ),
        (
            "Acme discloses to the following categories of third parties:\n\n- Advertising "
            "networks\n\n- Operating systems and platforms",
            "Acme discloses to the following categories of third parties:\n\n- Advertising "
            "networks",
            {"data-privacy"},
            {"other"},
        ),
        # a lead-in that names its list as examples of wrong conduct bans what it lists
        (
            "Examples of deceptive, untrue, or misleading advertising:\n\n- False claims "
            "about a product",
            "Examples of deceptive, untrue, or misleading advertising:\n\n- False claims "
            "about a product\n\n- Use of subliminal techniques",
            {"new-obligation"},
            {"other"},
        ),
        # "your data" and "your personal information" name the same thing
        (
            "Do we share your data with third parties that are not service providers? Yes, "
            "with your consent.",
            "Do we share your personal information with third parties that are not service "
            "providers? Yes, with your consent.",
            {"editorial"},
            {"data-privacy"},
        ),
        # buying in German is a term on payment, as "purchase" is in English; a buyer
        # of a company is not
        (
            "Du kannst die App in den Einstellungen deines Kontos verwalten.",
            "Du kannst die App in den Einstellungen deines Kontos verwalten. Telegram-Nutzer "
            "können Telegram Sterne erwerben, die zum Kauf digitaler Güter verwendet werden.",
            {"fees"},
            set(),
        ),
        (
            "Diese Bedingungen können von uns abgetreten werden.",
            "Diese Bedingungen können von uns an einen Erwerber unseres Unternehmens "
            "abgetreten werden.",
            set(),
            {"fees"},
        ),
        # a licence a regulator grants to do business is no right over content
        (
            "Advertisers with proper licensing and registration from applicable government "
            "agencies may run ads for these products:\n\n- Savings accounts\n\n- "
            "Financial and crypto educational resources, including job ads",
            "Advertisers with proper licensing and registration from applicable government "
            "agencies may run ads for these products:\n\n- Savings accounts",
            set(),
            {"ip-license"},
        ),
    ],
)
def test_rules_on_written_sentences(
    old: str, new: str, expected: set[str], unexpected: set[str]
) -> None:
    kinds, _, _ = classify_pair(old, new)
    assert expected <= kinds
    assert not (unexpected & kinds)


def test_an_update_announcement_in_capitals_is_a_banner() -> None:
    old = "Article 1 Licence\n\n1.1 We grant you a licence to use the API.\n"
    new = (
        "WE HAVE MADE SOME UPDATES TO OUR DEVELOPER AGREEMENT, AND THE FULLY UPDATED "
        "AGREEMENT IS BELOW.\n\n" + old
    )
    (change,) = compare(old, new).changes
    assert change.kinds == ["amendment"] and not change.material


def test_one_pointer_for_another_is_editorial() -> None:
    kinds, material, _ = classify_pair(
        "Your plan renews monthly. Contact our Customer Support team for instructions on "
        "how to cancel.",
        "Your plan renews monthly. Visit our Help Center for instructions on how to cancel.",
    )
    assert kinds == {"editorial"} and not material


def test_a_pointer_that_ends_a_sentence_is_editorial() -> None:
    kinds, material, _ = classify_pair(
        "Where we suspend your account, we will tell you why and give you a chance to appeal.",
        "Where we suspend your account, we will tell you why and give you a chance to "
        "appeal as explained in our [Enforcement and Appeals explainer](https://example.com/x).",
    )
    assert kinds == {"editorial"} and not material


@pytest.mark.parametrize(
    "pointer",
    [
        "More information about our policies, moderation and enforcement processes and "
        "service specific terms is available at [example.com/safety](https://example.com/s).",
        # the policies moved to a new place, the old one still showing them
        "We are in the process of moving all of the Creator Policies and Creator Restrictions "
        "to the new [Creator Help Center](https://example.com/h). For now, you can still view "
        "all the policies in the Studio Help Center, as well as the new Help Center.",
    ],
)
def test_a_sentence_saying_where_more_information_is_available_is_a_pointer(
    pointer: str,
) -> None:
    _, material, _ = classify_pair("", pointer)
    assert not material


def test_a_product_renamed_with_its_former_name_is_other() -> None:
    kinds, material, _ = classify_pair(
        "The Everyday Saver account pays a variable rate of interest.",
        "The Easy Access Saver account (previously called Everyday Saver) pays a variable "
        "rate of interest.",
    )
    assert kinds == {"other"} and not material


def test_a_pointer_taken_out_of_a_clause_is_editorial() -> None:
    kinds, material, _ = classify_pair(
        "We may suspend accounts that break the rules of a game. Those rules apply too. "
        "So please read all such rules carefully.",
        "We may suspend accounts that break the rules of a game. Those rules apply too.",
    )
    assert kinds == {"editorial"} and not material


def test_a_regional_note_that_the_terms_below_take_effect_is_a_banner() -> None:
    kinds, material, _ = classify_pair(
        "",
        "If you live in Canada, the Terms below take effect on June 30, 2025. Until then, "
        "the current Terms continue to apply to you.",
    )
    assert kinds == {"amendment"} and not material


def test_a_note_that_we_are_adding_sections_is_a_banner_but_terms_replaced_are_news() -> None:
    kinds, material, _ = classify_pair(
        "",
        "We are adding new sections to these Terms to meet the requirements of the Digital "
        "Services Act. Here is a short summary of what changes and when.",
    )
    assert (kinds, material) == ({"amendment"}, False)
    # another agreement taking the place of these terms is news users should be given
    kinds, material, _ = classify_pair(
        "",
        "From 1 July 2025, these Terms of Use will be replaced by the Group Common Terms, "
        "which will then apply to your use of the app.",
    )
    assert (kinds, material) == ({"amendment"}, True)


def test_a_bold_banner_in_capitals_that_we_made_updates_is_a_banner() -> None:
    kinds, material, _ = classify_pair(
        "", "**WE HAVE MADE SOME UPDATES TO OUR PARTNER TERMS. THE UPDATED TERMS ARE BELOW.**"
    )
    assert (kinds, material) == ({"amendment"}, False)


def test_an_entry_of_a_table_of_contents_renumbered_is_editorial() -> None:
    kinds, material, _ = classify_pair(
        "6. [6\\. YOUR PRIVACY CHOICES AND RIGHTS](#privacy-choices)",
        "7. [7\\. YOUR PRIVACY CHOICES AND RIGHTS](#privacy-choices)",
    )
    assert (kinds, material) == ({"editorial"}, False)


def test_the_date_a_notice_applies_from_is_the_document_date() -> None:
    kinds, material, _ = classify_pair(
        "This Privacy Notice applies from 25 May 2023 and explains how we use personal data.",
        "This Privacy Notice applies from 9 September 2024 and explains how we use personal data.",
    )
    assert kinds == {"other"} and not material
    # while the day a new price applies from is a term
    _, material, _ = classify_pair(
        "The new price of $9 a month applies from 1 June 2024.",
        "The new price of $9 a month applies from 1 May 2024.",
    )
    assert material


def test_a_note_that_revised_terms_take_effect_on_a_date_is_a_banner() -> None:
    kinds, material, _ = classify_pair(
        "",
        "These revised Terms of Service were published on 1 January 2024 and shall take "
        "effect on 1 February 2024.",
    )
    assert kinds == {"amendment"} and not material


def test_a_note_that_the_previous_version_applies_until_a_date_is_a_banner() -> None:
    kinds, material, _ = classify_pair(
        "This Privacy Policy applies from July 1, 2023. The [previous version of this "
        "Privacy Policy](https://example.com/privacy-2023) applies until then.",
        "This Privacy Policy applies from February 28, 2025. The previous version, "
        "available [here](https://example.com/privacy-policy-8-25-2024), applies until then.",
    )
    assert (kinds, material) == ({"amendment"}, False)


def test_a_dated_note_that_we_updated_a_policy_is_a_banner() -> None:
    kinds, material, _ = classify_pair(
        "",
        "Note: On 2 May 2024, we updated our Weapons policy to cover 3D-printed parts. The "
        "policy below includes these changes.",
    )
    assert (kinds, material) == ({"amendment"}, False)


def test_a_dated_note_that_we_updated_how_a_policy_applies_is_a_banner() -> None:
    kinds, material, _ = classify_pair(
        "",
        "On June 2, 2023, we updated how this policy applies to past US election outcomes. "
        "Learn more in our blog.",
    )
    assert (kinds, material) == ({"amendment"}, False)


def test_a_cause_taken_off_the_users_indemnity_is_liability_in_the_users_favour() -> None:
    kinds, material, direction = classify_pair(
        "You agree to indemnify us against all claims arising from any activity in which "
        "you engage on or through the Service, your content or your breach of these Terms.",
        "You agree to indemnify us against all claims arising from your content or your "
        "breach of these Terms.",
    )
    assert (kinds, material, direction) == ({"liability"}, True, "favourable")


def test_notice_ahead_of_changes_becoming_effective_is_an_amendment() -> None:
    kinds, _, direction = classify_pair(
        "Where such changes are material, we will notify you prior to such changes "
        "becoming effective.",
        "Where such changes are material, we will notify you at least 30 days prior to "
        "such changes becoming effective.",
    )
    assert kinds == {"amendment", "notice-period"} and direction == "favourable"


def test_ai_named_in_a_warning_that_output_may_be_wrong_is_no_use_of_data() -> None:
    kinds, _, _ = classify_pair(
        "Our AI features help you write and find information more quickly.",
        "Our AI features help you write and find information more quickly. Artificial "
        "intelligence is a rapidly evolving field, and Output may not always be accurate.",
    )
    assert "data-privacy" not in kinds


def test_only_put_in_or_taken_out_is_material() -> None:
    _, material, _ = classify_pair(
        "You may access the Services through our website and our official apps.",
        "You may access the Services only through our website and our official apps.",
    )
    assert material
    # while a closing clause restated with it stays editorial
    kinds, material, _ = classify_pair(
        "If any provision of these Terms is held invalid, that provision shall be "
        "eliminated to the minimum extent necessary and the remaining provisions shall "
        "remain in full force.",
        "If any provision of these Terms is held invalid, that provision shall be "
        "eliminated only as much as necessary and the remaining provisions shall remain "
        "in full force.",
    )
    assert not material


def test_a_swedish_street_address_changed_is_contact_details_but_a_new_party_is_not() -> None:
    old = (
        "These Terms are entered into between you and Beatwave AB, Regeringsgatan 19, "
        "111 53 Stockholm, Sweden."
    )
    kinds, material, _ = classify_pair(
        old, old.replace("Regeringsgatan 19, 111 53", "Birger Jarlsgatan 61, 113 56")
    )
    assert (kinds, material) == ({"other"}, False)
    # another company written in as the one that provides the service is a new party
    kinds, material, _ = classify_pair(
        "The Service is provided by Beatwave Inc., 4 World Trade Center, New York.",
        "The Service is provided by Beatwave Inc., 4 World Trade Center, New York. If you "
        "live in the EEA, the Service is instead provided by Beatwave AB, Regeringsgatan "
        "19, 111 53 Stockholm, Sweden.",
    )
    assert (kinds, material) == ({"other"}, True)


def test_notice_period_evidence_has_old_and_new_values() -> None:
    report = compare(
        "3.8 The Platform shall notify you one month in advance of the change.",
        "3.8 The Platform shall notify you fifteen (15) days in advance of the change.",
    )
    (change,) = report.changes
    evidence = next(e for e in change.evidence if e.kind == "notice-period")
    assert evidence.old == {"value": 1, "unit": "month", "text": "one month", "bound": "in advance"}
    assert evidence.new is not None and (evidence.new["value"], evidence.new["unit"]) == (15, "day")
    assert change.direction == "adverse"
    assert change.explanation == "Advance notice shortened from one month to 15 days"


def test_moved_unchanged_clause_is_editorial_and_not_material() -> None:
    old = (
        "1.1 Alpha clause about fees and payment terms.\n\n1.2 Beta clause on data.\n\n"
        "1.3 Gamma clause on disputes and courts.\n"
    )
    new = (
        "1.1 Beta clause on data.\n\n1.2 Gamma clause on disputes and courts.\n\n"
        "1.3 Alpha clause about fees and payment terms.\n"
    )
    report = compare(old, new)
    assert [c.op for c in report.changes] == ["moved"]
    assert report.changes[0].kinds == ["editorial"] and not report.changes[0].material


def test_user_rules_file_adds_rules(tmp_path: Path) -> None:
    rules_file = tmp_path / "extra.toml"
    rules_file.write_text(
        'kind = "fees"\n[[rule]]\nid = "fees.tokens"\npatterns = [\'\\\\btokens?\\\\b\']\n'
    )
    rules = load_rules(rules_file)
    assert any(rule.id == "fees.tokens" for rule in rules.kinds["fees"].rules)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('kind = "nonsense"\n', "kind must be one of"),
        ('kind = "fees"\n[[rule]]\nid = "x"\npatterns = ["(unclosed"]\n', "bad pattern"),
        ('kind = "fees"\n[[rule]]\nid = "x"\nside = "sideways"\npatterns = ["a"]\n', "side"),
        ("kind = \n", "not valid TOML"),
        ('[vocabulary]\nfunction_words = "please"\n', "function_words must be a list"),
        ("[vocabulary]\nexample_openers = 5\n", "example_openers must be a list"),
        ('kind = "fees"\nrule = 5\n', "rules must be \\[\\[rule\\]\\] tables"),
        ('kind = "fees"\n[[rule]]\nid = 5\npatterns = ["a"]\n', "id must be a string"),
        (
            'kind = "fees"\n[[rule]]\nid = "x"\npatterns = ["a"]\nmaterial = "yes"\n',
            "material must",
        ),
        ('kind = "fees"\n[[rule]]\nid = "x"\npatterns = ["a"]\nsecondary = "no"\n', "secondary"),
        ('kind = "fees"\n[[rule]]\nid = "x"\npatterns = ["a"]\nexplain = 5\n', "explain must"),
        (
            'kind = "fees"\n[[rule]]\nid = "x"\npatterns = ["a"]\ndirection_inserted = "good"\n',
            "direction must be one of",
        ),
        ('[vocabulary]\nsite_chrome = "footer"\n', "site_chrome must be a list"),
        ('[vocabulary]\nquantity_words = ["mo", "month"]\n', "quantity_words must be lists"),
        ("[vocabulary]\nsensitive_examples = ['(unclosed']\n", "bad pattern"),
        ('[vocabulary]\nsynonyms = ["e.g.", "for example"]\n', "synonyms must be lists"),
        ("[vocabulary]\ncontact_details = ['(unclosed']\n", "bad pattern"),
        ("[vocabulary]\nlegal_forms = ['(unclosed']\n", "bad pattern"),
        ("[vocabulary]\nauthorities = ['(unclosed']\n", "bad pattern"),
        ("[vocabulary]\nsite_chrome = ['(unclosed']\n", "bad pattern"),
        ("[vocabulary]\nplan_names = ['(unclosed']\n", "bad pattern"),
        ("[vocabulary]\nfeature_description = ['(unclosed']\n", "bad pattern"),
        # "\b" in a double-quoted TOML string is a backspace, not a word boundary
        ('kind = "fees"\n[[rule]]\nid = "x"\npatterns = ["\\bsurcharge"]\n', "control character"),
        ('kind = "fees"\n[[rule]]\nid = "x"\nlanguage = "German"\npatterns = ["a"]\n', "language"),
        ('[vocabulary.language_words]\nfr = "le la les"\n', "language_words.fr must be a list"),
        (
            'kind = "fees"\n[[rule]]\nid = "x"\ndetector = "net-addition"\n'
            'added_words = ["(unclosed"]\n',
            "rule x: bad pattern",
        ),
        (
            'kind = "fees"\n[[rule]]\nid = "x"\npatterns = ["a"]\nkept_words = "only"\n',
            "rule x: expected a list of regular expressions",
        ),
    ],
)
def test_bad_rules_file_is_a_clear_error(tmp_path: Path, text: str, message: str) -> None:
    rules_file = tmp_path / "bad.toml"
    rules_file.write_text(text)
    with pytest.raises(RulesError, match=message):
        load_rules(rules_file)


@pytest.mark.parametrize(
    ("old", "new", "explanation"),
    [
        (
            "We keep logs for 90 days.",
            "We keep logs for 30 days.",
            "Retention period shortened from 90 days to 30 days",
        ),
        (
            "Accounts not logged in for 2 years may be deleted.",
            "Accounts not logged in for 1 year may be deleted.",
            "Inactivity period shortened from 2 years to 1 year",
        ),
        (
            "Invoices are payable within 30 days.",
            "Invoices are payable within 45 days.",
            "Payment deadline lengthened from 30 days to 45 days",
        ),
    ],
)
def test_a_changed_period_is_named_by_its_sentence(old: str, new: str, explanation: str) -> None:
    (change,) = compare(f"1.1 {old}", f"1.1 {new}").changes
    assert change.explanation == explanation


def test_explanation_quotes_a_short_edit_and_names_the_topic() -> None:
    old = "We prohibit the following content:\n\n(1) spam;\n\n(2) gambling or violence;\n"
    new = "We prohibit the following content:\n\n(1) spam;\n\n(2) gambling, fraud or violence;\n"
    (change,) = compare(old, new).changes
    assert change.explanation.startswith("Clause changed (new obligation)")
    assert change.explanation.endswith("— adds “fraud”")


def test_explanation_quotes_no_piece_of_a_web_address() -> None:
    old = (
        "1.1 You agree to our Developer Policy (https://dev.example.com/en/policy) and "
        "Developer Terms (https://dev.example.com/en/terms). You must use our interfaces."
    )
    new = (
        "1.1 You agree to our Developer Policy (https://dev.example.com/policy) and "
        "Developer Terms (https://dev.example.com/terms). You must use our interfaces. "
        "Otherwise, such actions are prohibited."
    )
    (change,) = compare(old, new).changes
    assert change.explanation.endswith("— adds “Otherwise, such actions are prohibited.”")


@pytest.mark.parametrize(
    ("old", "new", "reverses"),
    [
        # "or" put for "and" at one place turns the list round
        (
            "1.1 Open to users in the EEA, the UK or Switzerland.",
            "1.1 Open to users in the EEA, the UK and Switzerland.",
            True,
        ),
        # "or" cut in one place and "and" written in another turn nothing round
        (
            "1.1 The gallery shows photos or drawings made by members of the community all "
            "over the world. Each picture carries the name of its maker.",
            "1.1 The gallery shows photos made by members of the community all over the "
            "world. Each picture carries the name and town of its maker.",
            False,
        ),
    ],
)
def test_a_word_put_for_its_contrast_at_one_place_can_reverse_a_clause(
    old: str, new: str, reverses: bool
) -> None:
    (change,) = compare(old, new).changes
    assert ("can reverse its sense" in change.explanation) is reverses


def test_explanation_quotes_each_piece_of_an_edit_apart() -> None:
    # words added in two places are two quotes, not one run of words that never stood
    # together; the same words added in several places are quoted once
    old = "1.1 We are not liable for the Service. We do not warrant the Service. Use the Site."
    new = (
        "1.1 We are not liable for the Service or any Content. We do not warrant the Service "
        "or any Content. Use the Site or the App."
    )
    (change,) = compare(old, new).changes
    assert change.explanation.endswith("— adds “or any Content” (2 places), “or the App”")


@pytest.mark.parametrize(
    ("text", "introduces"),
    [
        ("Don't post content if it fits any of the descriptions below.", True),
        ("We remove The Following kinds of content", True),
        ("Examples of prohibited content include", True),
        ("One example of this is spam", True),
        ("Content stored belowground", False),
        ("For example, spam", False),
        ("the followings", False),
        ("", False),
    ],
)
def test_a_sentence_that_introduces_a_list(text: str, introduces: bool) -> None:
    from tosdiff.classify import _introduces_a_list

    assert _introduces_a_list(text) is introduces


def test_a_moved_article_whose_text_changed_is_classified_by_its_edits() -> None:
    public = (
        "## Public Platform\n\nMuch of the information on the Services is public.\n\n"
        "Public posts may appear in search results on search engines like Google.\n\n"
        "Your profile page is public and shows your username.\n\n"
    )
    fees = "## Fees\n\nFees are due monthly in advance.\n\nTaxes are charged on top of fees.\n\n"
    edited = public.replace("like Google.", "like Google or in answers of AI chatbots.")
    edited = edited.replace("Public Platform", "Public platform")
    report = compare(f"# Policy\n\n{public}{fees}", f"# Policy\n\n{fees}{edited}")
    (moved,) = [c for c in report.changes if c.op == "moved"]
    assert moved.old_extra  # the section moved as a block ...
    assert moved.kinds == ["data-privacy"] and moved.material  # ... and its text changed
    assert any(s.op == "insert" and "AI chatbots" in s.text for s in moved.redline)


def test_a_name_swap_in_capitals_is_a_rename_only_when_made_twice() -> None:
    once = compare(
        "1. YOUR USE OF THE WEBSITE IS AT YOUR OWN RISK.\n",
        "1. YOUR USE OF THE SERVICE IS AT YOUR OWN RISK.\n",
    ).changes
    # made once it is no rename (a word put for another in the clause's topic)
    assert not any("Name changed" in e.explanation for e in once[0].evidence)
    twice = compare(
        "1. FACEBOOK IS NOT LIABLE FOR ANY LOSS.\n\n2. Facebook may suspend accounts.\n",
        "1. META IS NOT LIABLE FOR ANY LOSS.\n\n2. Meta may suspend accounts.\n",
    ).changes
    assert [c.kinds for c in twice] == [["editorial"], ["editorial"]]


def test_an_agreement_is_read_by_the_rules_of_its_language() -> None:
    rules = load_rules()
    english = "You must keep your password safe and you agree to our terms of use. " * 10
    german = "Sie müssen Ihr Passwort sicher aufbewahren und Sie stimmen der Nutzung zu. " * 10
    assert rules.language_of(english) == "en"
    assert rules.language_of(german) == "de"
    assert rules.language_of("Terms") is None  # too little text to tell
    # a paragraph tells its language by fewer common words than a whole agreement
    paragraph = (
        "Sellers will ship every order within two business days after payment is confirmed, "
        "and will upload valid tracking information for each shipment on the day it is sent. "
        "The marketplace measures the late-shipment rate of each seller over a rolling period, "
        "and sellers whose rate is too high may lose the badge and the search placement."
    )
    assert rules.language_of(paragraph) == "en"
    # a single clause with no word of another language needs fewer still
    clause = "Sellers must upload a valid tracking number for the order and the shipment."
    assert rules.language_of(clause) == "en"
    assert rules.language_of(clause + " Sie und die Verkäufer.") is None
    assert rules.language_of(english + german) is None  # a mix: every rule reads it
    in_english = {rule.id for rule in rules.for_language("en").all_rules}
    in_german = {rule.id for rule in rules.for_language("de").all_rules}
    assert "termination.rights" in in_english and "termination.rights.de" not in in_english
    assert "termination.rights.de" in in_german and "termination.rights" not in in_german
    assert "period.duration" in in_english & in_german  # periods are parsed in both
    assert rules.for_language(None) is rules


def test_a_version_too_short_to_tell_its_language_is_read_in_the_others() -> None:
    # the new version keeps only a heading: the old one says the agreement is English,
    # so no German rule reads its "Cookie" as data collected
    clause = (
        "Any translation of these terms is provided for your convenience only. If a "
        "translation differs from the English text of this Cookie Policy, the English text "
        "will prevail."
    )
    old, new = f"Article 1 Notices\n\n1.1 {clause}\n", "Article 1 Notices\n"
    (removed,) = compare(old, new).changes
    assert removed.kinds == ["other"] and not removed.material
    assert not any(item.rule.endswith(".de") for item in removed.evidence)


@pytest.mark.parametrize("case", GERMAN_CASES, ids=[c["id"] for c in GERMAN_CASES])
def test_german_clauses_are_classified_by_the_german_vocabulary(case: dict[str, object]) -> None:
    kinds, material, _ = classify_pair(str(case["old"]), str(case["new"]))
    assert (kinds, material) == (set(case["kinds"]), case["material"])  # type: ignore[call-overload]


def test_reports_do_not_depend_on_the_hash_seed(corpus_dir: Path) -> None:
    # Set iteration order changes with PYTHONHASHSEED; no decision may depend on it.
    pair = corpus_dir / "28-whatsapp-privacy-policy-2026-07-03"
    if not pair.is_dir():
        pytest.skip(f"{pair.name} not in the corpus")
    outputs = []
    for seed in ("1", "2"):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "tosdiff",
                "diff",
                str(pair / "old.md"),
                str(pair / "new.md"),
                "--format",
                "json",
            ],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=False,
        )
        assert result.returncode == 0, result.stderr
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]


def test_an_added_pointer_sentence_touches_only_itself() -> None:
    (change,) = compare(
        "1. Your device may have sensors that estimate your location.",
        "1. Your device may have sensors that estimate your location. Learn more about how "
        "we use location information.",
    ).changes
    assert not change.material


@pytest.mark.parametrize(
    ("old", "new", "material"),
    [
        # a sentence that says it repeats another section adds no terms
        (
            "We may suspend or terminate your account as described in this Section.",
            "We may suspend or terminate your account as described in this Section. As "
            "explained in Section 3, you may also delete your account at any time.",
            False,
        ),
        # a reference to another section that is not a restatement still counts
        (
            "We may suspend or terminate your account as described in this Section.",
            "We may suspend or terminate your account as described in this Section. We may "
            "also delete inactive accounts after 12 months, in line with Section 3.",
            True,
        ),
    ],
)
def test_a_sentence_restating_another_section_is_not_material(
    old: str, new: str, material: bool
) -> None:
    assert classify_pair(old, new)[1] is material


AGREEMENT = (
    "# Terms of Service\n\n1. Your account\n\nYou must keep your password secret.\n\n"
    "2. Liability\n\nWe are not liable for indirect damages.\n"
)
FOOTER = (
    "\n\nJoin us\n\nGet the app on the App Store and Google Play. Rewards have no "
    "guaranteed value and we are not liable for any loss.\n\n"
    "© 2025 Example Inc. All rights reserved.\n"
)


def test_a_page_footer_captured_at_the_end_is_site_chrome() -> None:
    report = compare(AGREEMENT, AGREEMENT + FOOTER)
    (change,) = report.changes
    assert change.kinds == ["other"] and not change.material
    assert change.evidence[0].rule == "other.site-chrome"
    # and a footer that is no longer captured is not material either
    (removed,) = compare(AGREEMENT + FOOTER, AGREEMENT).changes
    assert removed.kinds == ["other"] and not removed.material


@pytest.mark.parametrize(
    "furniture",
    [
        # a help page's feedback prompt
        "Was this information helpful? Yes No",
        "Thanks! While we're unable to respond directly to your feedback, we'll use this "
        "information to improve our online Help.",
        "Did you find this article helpful? Thank you for your feedback.",
        # a site's cookie banner
        "This website uses cookies. By continuing to use it, you agree to our use of cookies. "
        "[Got it](#)",
        "We would like to use cookies to remember your settings. You can accept all cookies "
        "or choose only the necessary ones. Read our [Cookie Notice](/cookies).",
    ],
)
def test_a_feedback_prompt_or_a_cookie_banner_is_site_chrome_wherever_it_stands(
    furniture: str,
) -> None:
    # between two clauses, not only at the end: the widget comes with the page
    with_it = AGREEMENT.replace("2. Liability", f"{furniture}\n\n2. Liability")
    for old, new in ((AGREEMENT, with_it), (with_it, AGREEMENT)):
        (change,) = compare(old, new).changes
        assert change.kinds == ["other"] and not change.material
        assert change.evidence[0].rule == "other.site-chrome"


def test_terms_on_feedback_or_cookies_are_terms() -> None:
    # "If you give us feedback, we may use it freely" is a term, not a feedback prompt
    licence = "If you send us feedback, you grant us a licence to use it without paying you."
    (term,) = compare(AGREEMENT, AGREEMENT + f"\n3. Feedback\n\n{licence}\n").changes
    assert term.material and "ip-license" in term.kinds
    # and a clause of the privacy policy on cookies is no cookie banner
    cookies = "We use cookies to show you ads based on the pages you visit on other websites."
    (clause,) = compare(AGREEMENT, AGREEMENT + f"\n3. Cookies\n\n{cookies}\n").changes
    assert clause.material and "data-privacy" in clause.kinds


@pytest.mark.parametrize("label", ["Table of Contents", "On this page:", "**Back to top**"])
def test_a_pages_navigation_label_is_page_furniture(label: str) -> None:
    with_label = AGREEMENT.replace("2. Liability", f"{label}\n\n2. Liability")
    for old, new in ((AGREEMENT, with_label), (with_label, AGREEMENT)):
        (change,) = compare(old, new).changes
        assert change.kinds == ["editorial"] and not change.material
    # a heading that names a matter is no label ("Contents you post" heads terms)
    titled = AGREEMENT.replace("2. Liability", "Contents you post\n\n2. Liability")
    (heading,) = compare(AGREEMENT, titled).changes
    assert heading.kinds != ["editorial"]


@pytest.mark.parametrize(
    "definition",
    [
        "“Kindle” means our portable electronic reading devices and apps.",
        "**2.12** “Device Manufacturer” means a device maker or mobile carrier on whose "
        "devices we promote your products.",
        '"Action" means a mechanism that lets you run custom logic without building an '
        "application of your own.",
    ],
)
def test_a_definition_added_or_removed_whole_is_not_material(definition: str) -> None:
    # the clauses that use the term carry any change of terms
    for old, new in (("", definition), (definition, "")):
        kinds, material, _ = classify_pair(old, new)
        assert kinds == {"other"} and not material
    # a definition a rule reads is still that rule's ("fees" are money)
    fee = "“Fees” means the amounts you pay us each month for your plan, plus taxes."
    kinds, material, _ = classify_pair("", fee)
    assert material and "fees" in kinds


CHANGE_LOG = (
    "# Terms of Service\n\n## 1. Content\n\nYou keep the rights to what you post; you grant "
    "us a licence to host it.\n\n## Change log\n\n"
    "- 3 March 2021: Clarified the licence you grant us over your content.\n"
)


@pytest.mark.parametrize(
    "entry",
    [
        "- 9 May 2022: Updated the section on content licences.\n",
        "- 2023-10-01 – Added a paragraph on fees for storage.\n",
        "- June 2, 2024: Rewrote section 1 in plainer words.\n",
    ],
)
def test_a_change_log_entry_records_a_change_it_makes_none(entry: str) -> None:
    # the entry names a licence or fees, but the terms it tells of change elsewhere
    (added,) = compare(CHANGE_LOG, CHANGE_LOG + entry).changes
    assert added.kinds == ["other"] and not added.material
    assert added.evidence[0].rule == "other.change-log"
    # a dated notice of what will happen is a term, not a record
    (notice,) = compare(CHANGE_LOG, CHANGE_LOG + "- 9 May 2022: fees rise to $5.\n").changes
    assert notice.material and "fees" in notice.kinds


@pytest.mark.parametrize(
    "log",
    [
        # the entry under the log's date, the date under the log's heading
        "## Changes to this Privacy Policy\n\nSeptember 29, 2024:\n\n",
        # the entry under the log's heading alone
        "## Changes to this Privacy Policy\n\n",
    ],
)
def test_an_entry_under_a_change_log_heading_or_date_records_a_change(log: str) -> None:
    page = "# Privacy Policy\n\n## 10. Accounts\n\nWe delete inactive accounts after 18 months.\n\n"
    entry = "- Updated section 10 to reflect the new period for deleting inactive accounts.\n"
    (added,) = compare(page + log, page + log + entry).changes
    assert added.kinds == ["other"] and not added.material
    assert added.evidence[0].rule == "other.change-log"


def test_a_language_menu_captured_at_the_end_is_editorial() -> None:
    menu = "\n\nEnglish (US)\n\nDeutsch\n\nFrançais (France)\n\n[Sign Up](https://x.test/s)\n"
    changes = compare(AGREEMENT + menu, AGREEMENT).changes  # one per menu line
    assert changes and all(c.kinds == ["editorial"] and not c.material for c in changes)


def test_a_short_item_of_a_list_a_sentence_introduces_is_no_menu() -> None:
    # the last clause of the page, but an item of a ban kept in both versions: the
    # agreement's words, read with the sentence that introduces them
    bans = AGREEMENT + "\n## Comments\n\nYou must not post anything we believe to be:\n\n"
    old = bans + "*   defamatory;\n"
    (change,) = compare(old, old + "*   misinformation;\n").changes
    assert change.kinds == ["new-obligation"] and change.material
    assert change.direction == "adverse"
    # a short item without a series' separator still says too little to read alone
    (change,) = compare(old, old + "*   Broadcasting\n").changes
    assert "new-obligation" not in change.kinds


def test_the_same_words_inside_the_agreement_are_read_as_terms() -> None:
    middle = AGREEMENT.replace("2. Liability", FOOTER.strip() + "\n\n2. Liability")
    kinds = {k for change in compare(AGREEMENT, middle).changes for k in change.kinds}
    assert "liability" in kinds


def test_words_moved_in_from_another_clause_do_not_give_their_kind() -> None:
    caution = (
        "As with the purchase of a product through any medium, you should use your best "
        "judgment and exercise caution where appropriate."
    )
    disclaimer = (
        "The Service is provided on an as-is basis. We disclaim all warranties in connection "
        "with the Service, express or implied, including fitness for a particular purpose. "
        "We make no warranties about the accuracy of any websites linked to the Service."
    )
    old = f"# Terms\n\n1. Warranties\n\n{disclaimer}\n\n{caution}\n\n2. Law\n\nLaw applies.\n"
    merged = disclaimer.replace("the Service,", "the Service and the Content,")
    new = f"# Terms\n\n1. Warranties\n\n{merged} {caution}\n\n2. Law\n\nLaw applies.\n"
    (edited,) = [c for c in compare(old, new).changes if c.op == "modified"]
    # "purchase" came with the merged paragraph: the edit is about the disclaimer
    assert edited.kinds == ["liability"]


def test_a_new_last_clause_naming_the_app_stores_is_no_footer() -> None:
    billing = (
        "\n\n3. Subscriptions\n\nSubscriptions are billed through the Apple App Store or "
        "Google Play and renew automatically unless you cancel. Payments are non-refundable.\n"
    )
    (change,) = compare(AGREEMENT, AGREEMENT + billing).changes
    assert "fees" in change.kinds and change.material


def test_an_amendment_clause_is_no_update_banner() -> None:
    old = (
        "We may update these Terms. We will let you know 30 days before the update goes "
        "into effect."
    )
    kinds, material, _ = classify_pair(old, old.replace("30 days", "15 days"))
    assert "notice-period" in kinds and material


def test_an_email_address_replaced_is_a_contact_change() -> None:
    kinds, material, _ = classify_pair(
        "For thirty (30) days after termination, you may request an export of your data "
        "by writing to support@example.io.",
        "For thirty (30) days after termination, you may request an export of your data "
        "by writing to data-requests@example.com.",
    )
    assert kinds == {"other"} and not material


def test_a_notice_dropped_around_the_same_period_is_still_a_notice_change() -> None:
    kinds, material, _ = classify_pair(
        "We may raise prices by giving you 30 days' prior notice.",
        "We may raise prices without prior notice and tell you within 30 days.",
    )
    assert "notice-period" in kinds and material


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # words added after an unchanged address are no new contact
        (
            "Report abuse to us (abuse@example.io).",
            "Report abuse to us (abuse@example.io) at once.",
        ),
        # a path added to an address is no email address
        (
            "Send refund requests to billing@example.io.",
            "Send refund requests to billing@example.io/forfeit-deposit.",
        ),
        # a condition set in the same edit that names where to write
        (
            "We may use your company's name and logo in our marketing materials.",
            "We may use your company's name and logo in our marketing materials only with "
            "your prior written consent, which you may withdraw by email to ads@example.io.",
        ),
    ],
)
def test_an_edit_beside_an_email_address_is_no_contact_change(old: str, new: str) -> None:
    change = compare(f"Article 1 Terms\n\n1.1 {old}\n", f"Article 1 Terms\n\n1.1 {new}\n").changes[
        0
    ]
    assert "contact details" not in change.explanation.lower()


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a postal address replaced
        (
            "If you have questions about these Terms, contact us at Example, Inc., 9348 Civic "
            "Center Drive, Beverly Hills, CA 90210.",
            "If you have questions about these Terms, contact us at Example, Inc., 1000 Avenue "
            "of the Stars, Suite 800, Los Angeles, CA 90067.",
        ),
        # an email address replaced whose words name a kind ("dmca", "copyright")
        (
            "Notices of claimed copyright infringement should be sent to copyright@example.com.",
            "Notices of claimed copyright infringement should be sent to dmca@example.com.",
        ),
    ],
)
def test_contact_details_replaced_are_not_material(old: str, new: str) -> None:
    kinds, material, _ = classify_pair(old, new)
    assert kinds == {"other"} and not material


def test_costs_of_collection_are_no_collection_of_data() -> None:
    kinds, _, _ = classify_pair(
        "If an invoice is overdue, we may suspend your campaigns.",
        "If an invoice is overdue, we may suspend your campaigns, and you will reimburse "
        "our reasonable costs of collection.",
    )
    assert "data-privacy" not in kinds


def test_an_amount_in_a_liability_cap_is_no_fee() -> None:
    kinds, material, _ = classify_pair(
        "IN NO EVENT WILL WE BE LIABLE FOR (1) ANY INDIRECT DAMAGES; OR (2) AGGREGATE LIABILITY "
        "FOR ALL CLAIMS MORE THAN THE GREATER OF (A) THE AMOUNTS PAID BY YOU; OR (B) $30.00.",
        "IN NO EVENT WILL WE BE LIABLE FOR (1) ANY INDIRECT DAMAGES; OR (2) AGGREGATE LIABILITY "
        "FOR ALL CLAIMS MORE THAN THE GREATER OF (A) THE AMOUNTS PAID BY YOU; OR (B) $10.00.",
    )
    assert "fees" not in kinds and "liability" in kinds and material


@pytest.mark.parametrize(
    ("old", "new", "relaxed"),
    [
        # an item cut from a list of prohibitions written in one sentence
        (
            "You must not: (a) resell tickets; (b) copy the app; or (c) record a concert.",
            "You must not: (a) resell tickets; or (b) copy the app.",
            True,
        ),
        (
            "Users may not post spam, share another user's address, or impersonate staff.",
            "Users may not post spam or impersonate staff.",
            True,
        ),
        # an exception cut from a prohibition widens it
        (
            "You may not resell tickets, unless the event organiser allows it in writing.",
            "You may not resell tickets.",
            False,
        ),
        # words that only stressed a prohibition are no item of it
        (
            "You may not, under any circumstances whatsoever, resell tickets for profit.",
            "You may not resell tickets for profit.",
            False,
        ),
        (
            "You must not share your password, even with members of your family.",
            "You must not share your password.",
            False,
        ),
    ],
)
def test_an_item_cut_from_a_list_in_a_sentence_relaxes_it(
    old: str, new: str, relaxed: bool
) -> None:
    kinds, material, _ = classify_pair(old, new)
    assert ("obligation-relaxed" in kinds) is relaxed
    if relaxed:  # one example fewer rarely needs a notice of its own
        assert not material


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a qualifier of place, time, amount, purpose or consent narrows what is forbidden
        (
            "You must not share your account with anyone.",
            "You must not share your account with anyone outside your household.",
        ),
        (
            "You may not post commercial content.",
            "You may not post commercial content more than once per day.",
        ),
        (
            "You may not publish reviews of Pre-Release Content.",
            "You may not publish reviews of Pre-Release Content until the game's public release.",
        ),
        (
            "You must not cache map tiles obtained through the API.",
            "You must not cache map tiles obtained through the API for longer than 24 hours.",
        ),
        (
            "You may not resell the Service.",
            "You may not resell the Service without our prior written consent.",
        ),
    ],
)
def test_a_prohibition_narrowed_by_a_qualifier_is_relaxed(old: str, new: str) -> None:
    kinds, material, direction = classify_pair(old, new)
    assert "obligation-relaxed" in kinds and "new-obligation" not in kinds
    assert material and direction == "favourable"


def test_a_prohibition_widened_by_an_example_still_adds_to_it() -> None:
    kinds, _, direction = classify_pair(
        "You must not post spam.",
        "You must not post spam, including repetitive comments or unsolicited links.",
    )
    assert "new-obligation" in kinds and direction == "adverse"


def test_agree_not_to_and_will_not_are_one_prohibition() -> None:
    kinds, material, _ = classify_pair(
        "You agree not to interfere with or disrupt the integrity of the Services.",
        "You will not interfere with or disrupt the integrity of the Services.",
    )
    assert kinds == {"editorial"} and not material


def test_a_prohibition_the_user_agrees_to_is_added_or_removed_whole() -> None:
    ban = "You agree not to use the Service for peer-to-peer file sharing."
    kinds, material, direction = classify_pair("", ban)
    assert kinds == {"new-obligation"} and material and direction == "adverse"
    kinds, material, direction = classify_pair(ban, "")
    assert kinds == {"obligation-relaxed"} and material and direction == "favourable"


def test_a_service_not_offered_with_a_guaranteed_level_is_a_disclaimer() -> None:
    kinds, material, direction = classify_pair(
        "We strive to keep the Services up and running; however, all online services "
        "suffer occasional disruptions and outages.",
        "We strive to keep the Services up and running; however, they are not offered with "
        "a guaranteed level of quality of service and all online services suffer "
        "occasional disruptions and outages.",
    )
    assert kinds == {"liability"} and material and direction == "adverse"


def test_ai_models_named_in_a_ban_on_misusing_them_are_no_personal_data() -> None:
    lead = "6. Prohibited Conduct. By using the Service you agree not to:"
    for item in (
        "access the Service for purposes of reselling API access to AI Models;",
        "conduct, without our prior written approval, any Red Teaming of AI Models;",
    ):
        kinds, material, direction = classify_case(
            {"lead": lead, "old": "", "new": item, "heading": "Prohibited Conduct"}
        )
        assert kinds == {"new-obligation"} and material and direction == "adverse", item


def test_consent_to_our_access_is_no_duty_of_the_user() -> None:
    # "You agree to give us such access" grants us something: no duty of the user is
    # added or taken away with it
    clause = (
        "We may need to access your contact list to provide certain interactive functions "
        "within our apps. You agree to give us such access to and use of your device."
    )
    for old, new in ((clause, ""), ("", clause)):
        kinds, _, _ = classify_pair(old, new)
        assert kinds == {"data-privacy"}, (old, new)
    kinds, _, _ = classify_pair("", "We may use your location. You agree to allow us to do so.")
    assert "new-obligation" not in kinds


def test_a_user_made_accountable_is_a_new_obligation() -> None:
    # "accountable for" lays a duty as "responsible for" does
    kinds, material, direction = classify_pair(
        "3. Code of Conduct.",
        "3. Code of Conduct. You are accountable for your conduct and content when using "
        "the Services.",
    )
    assert kinds == {"new-obligation"} and material and direction == "adverse"


def test_what_the_law_prohibits_is_no_ban_on_the_user() -> None:
    # a right of ours to suspend, taken off a list of terms of access: what a law
    # prohibits us ("prohibited by applicable law") is no duty of the user's
    old = (
        "## 2. Access and Use\n\n(a) Customer may access the Services during the Term.\n\n"
        "(b) Suspension. We may suspend Customer's access to the Services at any time if "
        "providing the Services to Customer is prohibited by applicable law.\n\n"
        "(c) Customer shall keep its password secret.\n"
    )
    new = old.replace(old[old.index("(b)") : old.index("(c)")], "")
    (change,) = compare(old, new).changes
    assert change.op == "removed" and change.kinds == ["termination"]


@pytest.mark.parametrize(
    "ban",
    [
        # "will not" with a verb of acting outside any list of usual ones
        "You will not place Referral Links on high-authority third-party domains "
        "without authorization.",
        "Members will not ask other members for money or gift cards.",
    ],
)
def test_a_ban_written_with_will_not_is_added_whole(ban: str) -> None:
    kinds, material, direction = classify_pair("", ban)
    assert kinds == {"new-obligation"} and material and direction == "adverse"


@pytest.mark.parametrize(
    "sentence",
    [
        # what befalls the user, a limit owed to the user, what the user pays
        "If you cancel after 14 days, you will not receive a refund of the fee.",
        "Our total liability to you will not exceed the greater of $100 or the fees paid.",
        "While your subscription remains active, the price you pay will not increase.",
    ],
)
def test_will_not_for_what_befalls_the_user_is_no_ban(sentence: str) -> None:
    kinds, _, _ = classify_pair("", sentence)
    assert "new-obligation" not in kinds


@pytest.mark.parametrize(
    "clause",
    [
        "Streamers will not simulcast their streams to any other platform during the term.",
        "You need our prior written consent to reproduce any material from the Site.",
    ],
)
def test_a_clause_added_whole_takes_no_kind_from_rules_of_removed_words(clause: str) -> None:
    # words of duty read by a rule of duties taken out give an added clause no topic
    kinds, _, direction = classify_pair("", clause)
    assert "obligation-relaxed" not in kinds and direction != "favourable"


def test_who_shall_not_qualify_for_a_status_is_no_duty_taken_out() -> None:
    kinds, _, _ = classify_pair(
        "A user shall not qualify as a New App User under (b) more than once.", ""
    )
    assert "obligation-relaxed" not in kinds


def test_only_moved_within_a_permission_neither_widens_nor_narrows_it() -> None:
    kinds, material, _ = classify_pair(
        "If you are 13 to 18, you may only use the Services with the permission of your "
        "parent or legal guardian.",
        "If you are between 13 and 18, you may use the Services only with the permission of "
        "your parent or legal guardian.",
    )
    assert kinds == {"editorial"} and not material


def test_only_taken_out_of_a_permission_still_widens_it() -> None:
    kinds, _, direction = classify_pair(
        "Developers may only share aggregated user information with advertisers.",
        "Developers may share aggregated user information with advertisers.",
    )
    assert "obligation-relaxed" in kinds and direction == "favourable"


def test_knowingly_put_into_a_will_not_ban_still_relaxes_it() -> None:
    kinds, _, direction = classify_pair(
        "You will not upload any file that contains viruses or other malicious code.",
        "You will not knowingly upload any file that contains viruses or other malicious code.",
    )
    assert kinds == {"obligation-relaxed"} and direction == "favourable"


@pytest.mark.parametrize(
    ("old", "new", "kind", "direction"),
    [
        # "only" written into or taken out of a permission narrows or widens it
        (
            "You may use the Service for personal and commercial purposes.",
            "You may use the Service for personal purposes only.",
            "new-obligation",
            "adverse",
        ),
        (
            "Users may only create one account.",
            "Users may create up to three accounts.",
            "obligation-relaxed",
            "favourable",
        ),
        # a ban turned into a permission on a condition is relaxed, not a new duty
        (
            "You may not resell tickets.",
            "You may resell tickets only if you use our official exchange.",
            "obligation-relaxed",
            "favourable",
        ),
        # an exception or a qualifier taken out of a ban widens it
        (
            "Sellers may not list items for delivery abroad, except with the prior written "
            "approval of Marketplace Support.",
            "Sellers may not list items for delivery abroad.",
            "new-obligation",
            "adverse",
        ),
        (
            "It is forbidden to use automated scripts to collect listings data for "
            "commercial purposes.",
            "It is forbidden to use automated scripts to collect listings data.",
            "new-obligation",
            "adverse",
        ),
        # and put in (by a customer, not only "you") narrows it
        (
            "Customer shall not use the Service to send bulk email.",
            "Customer shall not use the Service to send bulk email that breaks anti-spam laws.",
            "obligation-relaxed",
            "favourable",
        ),
        # words written into the ban's exception widen the exception
        (
            "You may not use the Service for any purpose other than personal use.",
            "You may not use the Service for any purpose other than personal use or for "
            "teaching in an educational setting.",
            "obligation-relaxed",
            "favourable",
        ),
        # a ban lifted on a condition, its consent requirement with it
        (
            "You may not use the Services for any commercial purpose without our prior "
            "written consent.",
            "You may use the Services for commercial purposes, such as promoting your "
            "business, as long as you comply with our Branded Content Policy.",
            "obligation-relaxed",
            "favourable",
        ),
        # a ban written in the passive, widened
        (
            "Accounts may not be shared.",
            "Accounts may not be shared, transferred or sold.",
            "new-obligation",
            "adverse",
        ),
        # an order removed whole, and a duty qualified by "materially"
        (
            "Don't sell or trade in-game items for real money outside the Marketplace.",
            "",
            "obligation-relaxed",
            "favourable",
        ),
        (
            "You must promptly correct any inaccurate information in your listings.",
            "You must promptly correct any materially inaccurate information in your listings.",
            "obligation-relaxed",
            "favourable",
        ),
        # a catch-all taken out of a ban narrows it to what it names, and put in widens it
        (
            "You may not post spam, malware or any other harmful content.",
            "You may not post spam or malware.",
            "obligation-relaxed",
            "favourable",
        ),
        (
            "You may not post spam or malware.",
            "You may not post spam, malware or any other harmful content.",
            "new-obligation",
            "adverse",
        ),
    ],
)
def test_a_permission_or_a_ban_narrowed_or_widened(
    old: str, new: str, kind: str, direction: str
) -> None:
    kinds, material, found = classify_pair(old, new)
    assert kinds == {kind} and material and found == direction


def test_a_sentence_cut_whole_beside_a_ban_is_no_qualifier_of_it() -> None:
    # the cut sentence opens with "If" but is a rule of its own, and its "only" limited
    # the user: taking it out relaxes, it widens no ban
    kinds, _, direction = classify_pair(
        "Use of Snapfolio by anyone under 13 is not allowed. If you are 13 to 17, you may "
        "only use Snapfolio with the consent of a parent.",
        "Use of Snapfolio by anyone under 13 is not allowed.",
    )
    assert kinds == {"obligation-relaxed"} and direction == "favourable"
    # conditions of our right cut beside a ban in another sentence qualify no ban
    report = compare(
        "Article 1 Terms\n\n1.1 We may close your account if you break these Terms, if we "
        "stop offering the app in your country, or if the law requires it. You may not open "
        "a new account after we close yours.\n",
        "Article 1 Terms\n\n1.1 We may close your account if you break these Terms. You may "
        "not open a new account after we close yours.\n",
    )
    (change,) = report.changes
    assert all(e.rule != "obligation.prohibition-widened" for e in change.evidence)


def test_another_company_as_representative_is_a_contact_not_a_party() -> None:
    kinds, material, _ = classify_pair(
        "Our EU representative is DataRep Europe GmbH, Friedrichstraße 68, 10117 Berlin.",
        "Our EU representative is Privacy Representative Services B.V., Keizersgracht 210, "
        "1016 DX Amsterdam.",
    )
    assert kinds == {"other"} and not material


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a summary of what an update changed, under its own label
        (
            "**Summary of changes:** We clarified how we use cookies.",
            "**Summary of changes:** We explained how we keep teen accounts safe.",
        ),
        ("Our Terms have changed. The updated Terms apply from November 1, 2023.", ""),
        # only the day of the date the terms take effect
        (
            "These updated Terms of Use take effect on 1 March 2025.",
            "These updated Terms of Use take effect on 15 March 2025.",
        ),
        # a date line with a version label
        ("Last modified: 2023-05-02", "Version 4.2 — published 2024-02-11"),
        # a banner saying what the last update of the notice was about, replaced
        (
            "On November 3, 2025, we updated this notice to explain the legal basis for "
            "training AI models. You can opt out any time in your settings.",
            "On August 21, 2026, we updated this notice to describe the personal data we "
            "process when you verify your age. You can learn more in our Help Center.",
        ),
    ],
)
def test_news_of_an_update_and_its_date_are_not_material(old: str, new: str) -> None:
    assert not classify_pair(old, new)[1]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Notices must be sent to Acme Legal, 500 Market Street, Suite 400, San Francisco.",
            "Notices must be sent to Acme Legal, 500 Market Street, Suite 650, San Francisco.",
        ),
        (
            "For billing questions, call Customer Care at 1-800-555-0142.",
            "For billing questions, call Customer Care at 1-800-555-0199.",
        ),
    ],
)
def test_a_suite_or_a_telephone_number_changed_is_a_contact_detail(old: str, new: str) -> None:
    assert classify_pair(old, new)[:2] == ({"other"}, False)


@pytest.mark.parametrize("row", ["Canary Islands        +34912158627", "Réunion        0805980338"])
def test_a_row_of_a_table_of_local_numbers_is_a_contact_detail(row: str) -> None:
    # a telephone number written in one run, as tables of local numbers give them
    head = "1.1 You can call us free of charge from these places:\n\nBelgium      0800-58-142\n\n"
    tail = "Bulgaria      0800-14-744\n\n1.2 These numbers are free from a fixed line.\n"
    (change,) = compare(head + tail, f"{head}{row}\n\n{tail}").changes
    assert change.kinds == ["other"] and not change.material
    assert "contact details" in change.explanation


def test_the_numbers_of_a_laws_sections_are_no_telephone_number() -> None:
    clause = (
        "Under California Civil Code sections 1798.83-1798.84, residents of California may "
        "ask us once a year for a notice of this kind."
    )
    kinds, material, _ = classify_pair(clause, "")
    assert kinds == {"other"} and material


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "We use essential cookies to remember your preferences.",
            "We use essential cookies to remember your preferences, and we let advertising "
            "partners place cookies on our site to track your browsing and purchases.",
        ),
        (
            "We collect your name and email address.",
            "We collect your name, email address and the items you purchase, and we share "
            "your purchase history with advertising partners.",
        ),
    ],
)
def test_a_purchase_named_as_data_is_no_fee(old: str, new: str) -> None:
    # the purchases tracked and the purchase history shared are personal data, not a price
    kinds, material, _ = classify_pair(old, new)
    assert kinds == {"data-privacy"} and material


def test_a_fee_named_beside_personal_data_is_still_a_fee() -> None:
    kinds, _, _ = classify_pair(
        "We may process your personal data to run the Services.",
        "We may process your personal data to run the Services, and we charge a fee of "
        "USD 5 for each copy of your data you request.",
    )
    assert kinds == {"fees", "data-privacy"}


_LIABILITY_LIST = """## 12. Limitation of liability

TO THE EXTENT PERMITTED BY LAW, LUMEN AND ITS AFFILIATES WILL NOT BE RESPONSIBLE FOR:

* ANY INDIRECT, INCIDENTAL OR CONSEQUENTIAL LOSSES;
* ANY LOSS OF PROFITS OR REVENUE;

## 13. Governing law

These terms are governed by the laws of Ireland.
"""


@pytest.mark.parametrize(
    "item",
    [
        "* ANY DELAY OR FAILURE IN PERFORMANCE CAUSED BY EVENTS OUTSIDE OUR CONTROL;\n",
        "* THE CONDUCT OF OTHER USERS OR OF THIRD PARTIES ON THE SERVICES;\n",
    ],
)
def test_an_item_added_under_a_liability_lead_in_is_a_liability_change(item: str) -> None:
    # no rule names the item's own words: the lead-in it extends says what it is about
    last = "* ANY LOSS OF PROFITS OR REVENUE;\n"
    report = compare(_LIABILITY_LIST, _LIABILITY_LIST.replace(last, last + item))
    [change] = report.changes
    assert (change.op, change.kinds, change.material) == ("added", ["liability"], True)


def test_a_paragraph_added_under_a_warranty_heading_is_a_liability_change() -> None:
    old = (
        "## 7. Warranty\n\nThe Service is provided as described in its documentation.\n\n"
        "## 8. Changes\n\nWe may change these terms.\n"
    )
    new = old.replace(
        "documentation.\n",
        "documentation.\n\nWe provide the Service with reasonable care and skill.\n",
    )
    [change] = compare(old, new).changes
    assert (change.op, change.kinds) == ("added", ["liability"])


def test_a_heading_added_alone_takes_no_topic_from_its_words() -> None:
    # "private" is a privacy word, but a new heading with no text under it sets no term:
    # a section's title is editorial (the blind labels call headings added or removed
    # alone so: "## 7. Payments, Billing and Refunds", "### Related policies")
    old = (
        "## 1. Accounts\n\nYou must keep your password safe.\n\n"
        "## 2. Content\n\nYou own your content.\n"
    )
    new = old.replace("## 2. Content", "## 2. Direct messages are private\n\n## 3. Content")
    [change] = compare(old, new).changes
    assert (change.op, change.kinds, change.material) == ("added", ["editorial"], False)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Lumen Cloud SARL, 12 rue Erasme, L-1468 Luxembourg\nShare capital: EUR 12,500\n"
            "RCS Luxembourg No: B-204411",
            "Lumen Cloud SARL, 12 rue Erasme, L-1468 Luxembourg\nShare capital: EUR 48,000\n"
            "RCS Luxembourg No: B-204411",
        ),
        (
            "Finlo GmbH, Hafenweg 4, 20457 Hamburg. Handelsregister: Amtsgericht Hamburg HRB "
            "11842. Stammkapital: 25.000 EUR.",
            "Finlo GmbH, Hafenweg 4, 20457 Hamburg. Handelsregister: Amtsgericht Hamburg HRB "
            "11842. Stammkapital: 100.000 EUR.",
        ),
    ],
)
def test_a_companys_capital_in_its_details_is_no_price(old: str, new: str) -> None:
    # the company's share capital is money, but no price users pay: a detail of who
    # the company is, not material
    assert classify_pair(old, new)[:2] == ({"other"}, False)


def test_a_price_beside_a_vat_rate_is_still_a_fee() -> None:
    kinds, material, _ = classify_pair(
        "The Premium plan costs EUR 9 a month, VAT included.",
        "The Premium plan costs EUR 12 a month, VAT included.",
    )
    assert "fees" in kinds and material


def test_a_system_that_cannot_be_used_is_no_ban() -> None:
    kinds, _, _ = classify_pair(
        "The Platform is not liable where (3) the computer system is damaged or cannot be "
        "used normally.",
        "The Platform is not liable where (3) the computer system, or the systems of cloud "
        "service providers, is damaged or cannot be used normally.",
    )
    assert "new-obligation" not in kinds


def test_a_cap_owed_to_the_user_is_no_ban_on_the_user() -> None:
    kinds, _, _ = classify_pair(
        "Our total liability to you will not exceed the greater of $100 or the amount you paid us.",
        "Our total liability to you will not exceed the amount you paid us, or $50 if you "
        "have not made any payments to us.",
    )
    assert kinds == {"liability"}


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # special categories of personal data added to what is collected
        (
            "From business account holders we collect age and ethnicity.",
            "From business account holders we collect age, ethnicity, sexual orientation and "
            "disability.",
        ),
        # decisions taken by machine, and images users send scanned
        (
            "Spotify does not make decisions based solely on automated processing.",
            "Spotify may make solely automated decisions in limited cases.",
        ),
        (
            "",
            "To combat abuse material, we analyse images and videos sent via messaging.",
        ),
    ],
)
def test_sensitive_data_scanning_and_automated_decisions_are_personal_data(
    old: str, new: str
) -> None:
    kinds, material, _ = classify_pair(old, new)
    assert "data-privacy" in kinds and material


def test_rights_assigned_outright_are_a_licence_change() -> None:
    kinds, material, direction = classify_pair(
        "By submitting ideas, you agree that we may use them without compensation to you.",
        "By submitting ideas, you agree that they become the sole property of Acme, you "
        "hereby assign to Acme all right, title, and interest in them, and we may use them "
        "without compensation to you.",
    )
    assert kinds == {"ip-license"} and material and direction == "adverse"


def test_the_name_of_a_browser_signal_is_no_order() -> None:
    kinds, _, _ = classify_pair(
        "**Do Not Track.** We do not currently respond to Do Not Track browser signals.",
        "**Global Privacy Control.** We treat a Global Privacy Control signal from your "
        "browser as a request to opt out of the sale of your personal information.",
    )
    assert not {"new-obligation", "obligation-relaxed"} & kinds


def test_a_new_contracting_company_is_material_though_its_address_changes_too() -> None:
    kinds, material, _ = classify_pair(
        "If you live in the EU, these Terms are an agreement between you and Twitter "
        "International Unlimited Company.",
        "If you live in the EU, these Terms are an agreement between you and X Corp., "
        "1355 Market Street, San Francisco, California.",
    )
    assert kinds == {"other"} and material
    # the same company at a new address is a contact detail
    kinds, material, _ = classify_pair(
        "Write to Acme Ltd, 1 High Street, Leeds.", "Write to Acme Ltd, 20 Park Row, Leeds."
    )
    assert kinds == {"other"} and not material


def test_payment_details_in_a_list_of_data_collected_are_data_not_fees() -> None:
    kinds, material, _ = classify_pair(
        "We collect details you give us, such as your name, address and payment details.",
        "We collect details you give us, such as your name, address, payment details and "
        "precise location.",
    )
    assert kinds == {"data-privacy"} and material
    # with a price in the sentence the payment words are about money again
    kinds, _, _ = classify_pair(
        "We collect payment details to charge the subscription fee.",
        "We collect payment details to charge the subscription fee of $5 a month.",
    )
    assert "fees" in kinds


def test_a_billing_period_or_no_cost_names_no_price() -> None:
    # a billing period only dates when something happens; "at no cost" says nothing is paid
    kinds, _, _ = classify_pair(
        "You can close your account in Settings.",
        "You can close your account in Settings. You will keep access until the end of "
        "the current billing period.",
    )
    assert kinds == {"termination"}
    kinds, _, _ = classify_pair(
        "Either party may start arbitration with JAMS.",
        "Either party may start arbitration with JAMS. The services of JAMS are provided "
        "at no cost to you.",
    )
    assert "fees" not in kinds and "dispute" in kinds


def test_consent_from_a_parent_or_a_person_shown_is_no_data_choice() -> None:
    # whose consent the user must get is a condition of use, not a use of their data
    # nor is consent to assign the agreement
    kinds, _, _ = classify_pair(
        "You may not assign these Terms without our prior written consent.",
        "You may not assign these Terms without our prior written consent, except that you "
        "may assign them without consent to a successor in a merger.",
    )
    assert "data-privacy" not in kinds
    for new in (
        "If you are under 16, you must obtain verifiable consent from a parent or guardian "
        "before creating an account.",
        "You must not post an image of a real person without the consent of every "
        "identifiable person shown in it.",
    ):
        kinds, _, _ = classify_pair("", new)
        assert kinds == {"new-obligation"}, new


def test_a_sentence_of_its_own_beside_a_ban_narrows_no_ban() -> None:
    # "If ..." opens a promise of ours, not a qualifier written into the ban
    kinds, _, direction = classify_pair(
        "You may not share your account with anyone.",
        "You may not share your account with anyone. If you cancel within 14 days of your "
        "first purchase, we will refund you in full.",
    )
    assert "obligation-relaxed" not in kinds and direction == "favourable"


def test_a_sentence_of_its_own_extends_no_list_of_bans() -> None:
    def rules_fired(old: str, new: str) -> set[str]:
        report = compare(f"Article 1 Terms\n\n1.1 {old}\n", f"Article 1 Terms\n\n1.1 {new}\n")
        return {e.rule for change in report.changes for e in change.evidence}

    # a promise of ours written after the ban is no further ban
    assert "obligation.list-extended" not in rules_fired(
        "You may not resell tickets bought on the Site.",
        "You may not resell tickets bought on the Site. We will send your tickets to your "
        "email address after the event organiser confirms the booking.",
    )
    # words written into the ban's own sentence extend it
    assert "obligation.list-extended" in rules_fired(
        "You may not copy or sell the App.",
        "You may not copy or sell the App, or use any part of it to build a competing product.",
    )


def test_ownership_the_user_retains_is_no_data_kept() -> None:
    # "retain" of rights or ownership is a licence term, not data retention
    for new in (
        "You retain ownership of the content you post, and you grant us a licence to host it.",
        "Except for the licence you grant below, you retain all of your ownership rights in "
        "your Content.",
    ):
        kinds, _, _ = classify_pair("", new)
        assert kinds == {"ip-license"}, new
    kinds, _, _ = classify_pair("", "We retain your messages for 30 days after you delete them.")
    assert "data-privacy" in kinds


def test_a_right_to_access_the_service_is_no_right_over_data() -> None:
    kinds, _, _ = classify_pair(
        "We may suspend your account for any violation of these Terms.",
        "We may terminate or suspend your right to access or use the Service for any "
        "violation of these Terms.",
    )
    assert kinds == {"termination"}


def test_payment_records_shared_are_data_not_fees() -> None:
    # "payment" naming a kind of record, card or page says nothing of what is paid
    kinds, _, _ = classify_pair(
        "We may share your account information with law enforcement.",
        "We may share your account information, including chat logs and payment records, "
        "with law enforcement.",
    )
    assert kinds == {"data-privacy"}
    kinds, _, _ = classify_pair(
        "We share information about your account with credit reference agencies.",
        "We share information about your account, including any missed payments, with "
        "credit reference agencies every month.",
    )
    assert kinds == {"data-privacy"}


def test_non_infringement_disclaimed_is_liability_not_a_licence() -> None:
    kinds, _, _ = classify_pair(
        "",
        "THE APP IS PROVIDED AS IS, WITHOUT WARRANTIES OF TITLE OR NON-INFRINGEMENT.",
    )
    assert kinds == {"liability"}
    kinds, _, _ = classify_pair("", "Do not post anything that infringes a trademark.")
    assert "ip-license" in kinds


def test_reading_the_content_of_messages_is_personal_data() -> None:
    kinds, material, _ = classify_pair(
        "We never open or read your private chats.",
        "We may use software to read your private chats to find fraud.",
    )
    assert kinds == {"data-privacy"} and material


def test_data_kept_abroad_is_material_personal_data() -> None:
    kinds, material, _ = classify_pair(
        "", "Your files may be hosted in any country where our cloud providers have servers."
    )
    assert kinds == {"data-privacy"} and material
    # a transfer mechanism named alone stays a reference, not material
    kinds, material, _ = classify_pair(
        "Transfers rely on the Standard Contractual Clauses.",
        "Transfers rely on the Standard Contractual Clauses and the UK Addendum.",
    )
    assert kinds == {"data-privacy"} and not material


def test_an_early_exit_fee_is_about_ending_the_contract_too() -> None:
    kinds, material, _ = classify_pair(
        "You can leave your plan whenever you like.",
        "You can leave your plan whenever you like, but an early cancellation charge of "
        "$40 applies during the first year.",
    )
    assert {"fees", "termination"} <= kinds and material


@pytest.mark.parametrize(
    "role", ["Streamers", "Broadcasters", "Publishers", "Advertisers", "Owners", "Renters"]
)
def test_duties_of_creators_and_advertisers_are_user_duties(role: str) -> None:
    kinds, material, _ = classify_pair(
        f"{role} must credit the composer of any music they play.",
        f"{role} should credit the composer of any music they play.",
    )
    assert kinds == {"obligation-relaxed"} and material
    kinds, _, _ = classify_pair("", f"{role} must keep a record of every sponsorship deal.")
    assert "new-obligation" in kinds


def test_an_amount_changed_in_a_liability_cap_is_liability_not_fees() -> None:
    kinds, material, direction = classify_pair(
        "Our liability to you shall not exceed the greater of fees paid or $500.",
        "Our liability to you shall not exceed the greater of fees paid or $50.",
    )
    assert kinds == {"liability"} and material
    kinds, _, _ = classify_pair("Premium costs $10.99 a month.", "Premium costs $12.99 a month.")
    assert kinds == {"fees"}


def test_a_period_for_backup_copies_is_a_retention_period_of_data() -> None:
    kinds, _, _ = classify_pair(
        "Deleted photos remain in our backup systems for up to 30 days.",
        "Deleted photos remain in our backup systems for up to 90 days.",
    )
    assert kinds == {"notice-period", "data-privacy"}


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("You can suspend alerts for one hour.", "You can suspend alerts for one day."),
        (
            "Calls are terminated when the host leaves.",
            "Calls are terminated when all guests leave.",
        ),
        ("Admins keep a ban list of words.", "Admins keep a ban list of words and emoji."),
        # strikes of workers among events beyond our control
        (
            "We are not liable for delays caused by floods or fires.",
            "We are not liable for delays caused by floods, fires, strikes, lockouts or riots.",
        ),
        (
            "Deliveries may be late because of bad weather.",
            "Deliveries may be late because of bad weather or strikes by our own staff.",
        ),
    ],
)
def test_settings_and_features_named_like_sanctions_are_no_termination(old: str, new: str) -> None:
    kinds, _, _ = classify_pair(old, new)
    assert "termination" not in kinds
    # while an account suspended still is
    kinds, _, _ = classify_pair(
        "We may suspend your account.", "We may suspend your account without notice."
    )
    assert "termination" in kinds


def test_backups_the_user_is_told_to_keep_are_no_personal_data() -> None:
    kinds, _, _ = classify_pair(
        "We are not responsible for lost files.",
        "We are not responsible for lost files. You should keep backup copies of your files.",
    )
    assert "data-privacy" not in kinds


def test_closing_an_account_named_by_the_product_is_termination() -> None:
    kinds, _, _ = classify_pair(
        "We may close your ShopPay account with 60 days' notice.",
        "We may close your ShopPay account with 14 days' notice.",
    )
    assert {"termination", "notice-period"} <= kinds


@pytest.mark.parametrize(
    "item",
    [
        "Promoting gambling sites that we have not approved, including sharing referral codes.",
        "(g) create or distribute images that impersonate a real person.",
    ],
)
def test_a_bare_list_item_that_opens_like_a_rule_of_conduct_is_a_duty(item: str) -> None:
    kinds, material, direction = classify_pair("", item)
    assert kinds == {"new-obligation"} and material and direction == "adverse"


def test_deactivating_accounts_is_termination() -> None:
    kinds, material, direction = classify_pair(
        "", "We reserve the right to start deactivating accounts that break these rules."
    )
    assert kinds == {"termination"} and material and direction == "adverse"


def test_a_supply_disconnected_is_termination() -> None:
    # the longer notice before an energy supply is cut off for debt
    kinds, material, direction = classify_pair(
        "Before we disconnect your supply for unpaid charges, we will give you at least 7 "
        "days' written notice.",
        "Before we disconnect your supply for unpaid charges, we will give you at least 28 "
        "days' written notice.",
    )
    assert "termination" in kinds and "notice-period" in kinds and direction == "favourable"
    # a device the user unplugs is no supply cut off
    kinds, _, _ = classify_pair("", "You disconnect the charger from the power supply after use.")
    assert "termination" not in kinds


def test_a_heading_added_alone_is_said_to_hold_no_terms() -> None:
    first, last = "1.1 We host your videos and show them to others.", "1.2 We may remove videos."
    old, new = f"{first}\n\n{last}\n", f"{first}\n\nGoing live\n\n{last}\n"
    (change,) = compare(old, new).changes
    assert change.op == "added" and change.kinds == ["other"] and not change.material
    assert (
        change.explanation == "New clause (other): no terms of its own (a heading or a short line)"
    )


def test_a_new_support_channel_is_contact_details() -> None:
    kinds, material, _ = classify_pair("", "You can chat with our support team in the app.")
    assert kinds == {"other"} and not material


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Loss in transit is at our risk.", "Loss in transit is at your risk."),
        (
            "We may remove a listing that is fake and harmful.",
            "We may remove a listing that is fake or harmful.",
        ),
        ("Prices exclude tax, including delivery.", "Prices exclude tax, excluding delivery."),
    ],
)
def test_a_contrast_swapped_is_material_though_no_rule_names_it(old: str, new: str) -> None:
    kinds, material, _ = classify_pair(old, new)
    assert "editorial" not in kinds and material


def test_a_date_that_is_not_the_documents_own_is_a_change_of_terms() -> None:
    # the day a price rise applies, not the day the page was updated
    kinds, material, _ = classify_pair(
        "The new price of $9.99 a month applies from 1 June 2025.",
        "The new price of $9.99 a month applies from 1 April 2025.",
    )
    assert "fees" in kinds and material
    # the document's own date stays a date
    kinds, material, _ = classify_pair(
        "This policy was last updated on 1 June 2025.",
        "This policy was last updated on 1 April 2025.",
    )
    assert kinds == {"other"} and not material
    # also when it says when the document was last published or posted
    kinds, material, _ = classify_pair(
        "This policy was last published on: 27 November 2024",
        "This policy was last published on: 17 July 2025",
    )
    assert kinds == {"other"} and not material


def test_an_update_banner_that_also_adds_terms_is_material() -> None:
    banner = "We have updated our Terms. The updated terms take effect on 1 May 2025."
    kinds, material, _ = classify_pair(banner, banner.replace("1 May", "1 June"))
    assert kinds == {"amendment"} and not material  # the banner's news
    kinds, material, _ = classify_pair(
        banner, banner[:-1] + ", and continuing to use the app after that means you accept them."
    )
    assert "amendment" in kinds and material


def test_a_banner_that_now_tells_when_its_changes_take_effect_is_still_news() -> None:
    # "changes will go into effect" is how terms change, but here it is the banner's
    # own date, not a term beside it
    kinds, material, direction = classify_pair(
        "We've updated our governing terms to clarify your release of us. The new Terms "
        "went into effect on July 29th, 2022.",
        "We've updated our governing terms to fix a broken link. The foregoing changes "
        "will go into effect on January 19th, 2024.",
    )
    assert (kinds, material, direction) == ({"amendment"}, False, "neutral")


@pytest.mark.parametrize(
    "old",
    [
        # a day counted, not a date: "on the 30th day"
        "Quora will give 30 days' notice of any changes to this section. Changes take "
        "effect on the 30th day and apply to all claims not yet filed, whenever made.",
        # a rule for every revision, not news of one
        "Parcelly may revise these Terms. Revised terms apply from the moment they are "
        "posted in the Seller Hub.",
    ],
)
def test_a_rule_on_when_changes_apply_is_no_update_banner(old: str) -> None:
    new = old.replace("posted", "posted, without notice").replace("not yet filed", "")
    kinds, material, _ = classify_pair(old, new)
    assert "amendment" in kinds and material


def test_a_new_date_of_last_revision_in_a_sentence_is_only_a_date() -> None:
    kinds, material, _ = classify_pair(
        "Date of Last Revision: February 11, 2023. Please read these Terms carefully.",
        "Date of Last Revision: November 16, 2024. Please read these Terms carefully.",
    )
    assert kinds == {"other"} and not material


@pytest.mark.parametrize("line", ["1.1 START YOUR FREE TRIAL", "12. Download the app today"])
def test_a_short_line_added_or_removed_is_not_material_whatever_its_number(line: str) -> None:
    # the clause's own number is no word of its terms: four words stay a short line
    for old, new in ((line, ""), ("", line)):
        report = compare(f"Article 1 Terms\n\n{old}\n", f"Article 1 Terms\n\n{new}\n")
        assert [(c.kinds, c.material) for c in report.changes] == [(["other"], False)]


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        (
            "You have the right not to be subject to a decision based solely on automated "
            "processing which produces legal effects concerning you.",
            "favourable",
        ),
        (
            "You may designate, in writing or through a power of attorney, an authorized agent "
            "to make requests on your behalf.",
            "favourable",
        ),
        (
            "Our ads system prioritizes what ad to show you based on what audience "
            "advertisers want to reach.",
            "adverse",
        ),
        (
            "We also assess certain characteristics of our audience members in order to find "
            "others who are similar to them to provide advertising to those individuals.",
            "adverse",
        ),
        (
            "We use face analysis to protect you and others from impersonation.",
            "adverse",
        ),
        (
            "When you interact with a supervised user, their parent or guardian can see some "
            "of your activity and information.",
            "adverse",
        ),
        (
            "Your profile and the posts you share are public by default.",
            "adverse",
        ),
    ],
)
def test_machine_decisions_privacy_agents_and_ad_selection_are_personal_data(
    sentence: str, direction: str
) -> None:
    assert classify_pair("", sentence) == ({"data-privacy"}, True, direction)


def test_a_new_list_of_examples_is_no_restatement_but_an_opener_before_an_old_list_is() -> None:
    # "may" dropped and "contact information such as phone number" put in: a thing named
    kinds, material, _ = classify_pair(
        "When you create an account, we may ask for information such as your name, date of "
        "birth, or email address.",
        "When you create an account, we ask for information such as your name, date of "
        "birth, or contact information such as phone number and email address.",
    )
    assert "editorial" not in kinds and material
    # the same examples, now opened by "for example"
    kinds, material, _ = classify_pair(
        "To let Members connect, we process contact information (email, telephone, etc.).",
        "To let Members connect, we process contact information (for example, email "
        "address and telephone number).",
    )
    assert kinds == {"editorial"} and not material


def test_a_recipient_added_to_a_list_of_recipients_is_personal_data_shared() -> None:
    kinds, material, direction = classify_pair(
        "We may share your contact details with our service providers.",
        "We may share your contact details with our service providers and advertisers.",
    )
    assert kinds == {"data-privacy"} and material and direction == "adverse"


def test_device_signals_and_location_collected_are_personal_data() -> None:
    kinds, material, _ = classify_pair(
        "We collect your IP address and mobile network.",
        "We collect your IP address, mobile network, nearby Wi-Fi access points and Bluetooth "
        "beacons, and device identifiers, to understand your location.",
    )
    assert kinds == {"data-privacy"} and material
    # while a user told not to disguise their location is given no data practice
    kinds, _, _ = classify_pair(
        "",
        "You must not use a VPN or proxy to disguise your location or to reach content "
        "not offered in your country.",
    )
    assert "data-privacy" not in kinds


def test_an_exception_to_a_promise_of_ours_relaxes_no_duty_of_the_user() -> None:
    kinds, material, _ = classify_pair(
        "We may suspend your access if you break these Terms.",
        "We may suspend your access if you break these Terms. Where we do, we will tell you "
        "why and let you appeal, unless the law forbids it.",
    )
    assert "obligation-relaxed" not in kinds and material


def test_a_negation_taken_out_is_material_though_no_rule_names_the_change() -> None:
    kinds, material, _ = classify_pair(
        "Images you upload are kept for 30 days and are not used to improve our colour correction.",
        "Images you upload are kept for 30 days and are used to improve our colour correction.",
    )
    assert material and "editorial" not in kinds


@pytest.mark.parametrize(
    "feature",
    [
        "Watch Party lets up to eight friends watch the same title together in sync and "
        "chat with each other in a side panel while it plays.",
        # after an item's letter, or a number and a bold heading
        "(c) Breach Alerts is an informational service to promote online security by "
        "informing you of public data breaches.",
        "3. **Spaces.** Spaces is a feature that allows a user to curate content and form "
        "communities around shared interests.",
    ],
)
def test_a_new_paragraph_describing_a_feature_is_not_material(feature: str) -> None:
    kinds, material, _ = classify_pair("", feature)
    assert kinds == {"other"} and not material


def test_a_new_feedback_clause_is_a_right_over_what_users_send() -> None:
    kinds, material, _ = classify_pair(
        "",
        "If you provide us with feedback or suggestions, we may use that feedback for any "
        "purpose without restriction or compensation to you.",
    )
    assert kinds == {"ip-license"} and material


def test_a_new_feature_with_a_duty_is_still_material() -> None:
    kinds, material, _ = classify_pair(
        "",
        "Watch Party lets up to eight friends watch together; you must not stream "
        "content you do not have the right to share.",
    )
    assert "new-obligation" in kinds and material


def test_a_right_to_ask_for_a_copy_or_the_deletion_of_records_is_personal_data() -> None:
    kinds, material, _ = classify_pair(
        "",
        "Parents may request a copy of, or the deletion of, their child's learning records "
        "at any time by contacting the school's data protection officer.",
    )
    assert "data-privacy" in kinds and material


@pytest.mark.parametrize(
    "tagline",
    [
        "Stay up to date on our Advertising Policy which links out to other important, very "
        "official resources.",
        "Get acquainted with guidelines we follow when we review your ads.",
    ],
)
def test_a_tagline_that_invites_the_reader_to_read_on_is_not_material(tagline: str) -> None:
    _, material, _ = classify_pair(tagline, "")
    assert not material


def test_a_few_words_put_for_others_that_no_rule_names_are_not_material() -> None:
    # eight words put for nine, none of a kind and none for or against users: real
    # revisions seldom need a notice for such an edit
    kinds, material, _ = classify_pair(
        "Acme publishes a report on the requests it receives each year, which lists the "
        "number of requests by country.",
        "Acme publishes a transparency page on the requests it receives twice a year, which "
        "shows the requests grouped by region.",
    )
    assert kinds == {"other"} and not material


def test_a_mere_reference_does_not_explain_away_a_substantive_edit() -> None:
    # "privacy law" is a reference; who may opt out of the sale of data changed
    kinds, material, _ = classify_pair(
        "If you are a California resident, you have the right to opt out of the sale or "
        "sharing of your personal information.",
        "If you live in California, Colorado, Connecticut, Virginia or another U.S. state "
        "with a comparable privacy law, you have the right to opt out of the sale or sharing "
        "of your personal information.",
    )
    assert kinds == {"data-privacy"} and material
    # while a law cited anew stays a reference, not material
    kinds, material, _ = classify_pair(
        "California residents have rights under the California Consumer Privacy Act.",
        "California residents have rights under the California Consumer Privacy Act, as "
        "amended by the CPRA.",
    )
    assert kinds == {"data-privacy"} and not material


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Messages you send are private between you and the recipients.",
            "Messages you send are private between you and the recipients, but may be "
            "reviewed by our moderators when a message is reported.",
        ),
        (
            "We send you marketing emails if you have opted in to receive them.",
            "We send you marketing emails unless you have opted out of receiving them.",
        ),
    ],
)
def test_messages_read_by_moderators_and_opting_in_or_out_are_personal_data(
    old: str, new: str
) -> None:
    kinds, material, _ = classify_pair(old, new)
    assert "data-privacy" in kinds and material


def test_a_text_whose_lower_case_is_longer_is_classified_all_the_same() -> None:
    # "İ".lower() is two characters: the scanner cannot index such a text, and every
    # rule must then be tried the ordinary way
    kinds, material, direction = classify_pair(
        "İstanbul users: we share your personal information with partners.",
        "İstanbul users: we share your personal information with partners and advertisers.",
    )
    assert kinds == {"data-privacy"} and material and direction == "adverse"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # an example of a rule the clause already states
        (
            "Our failure to enforce any provision is not a waiver of our right to do so "
            "later. Waivers must be in writing.",
            "Our failure to enforce any provision is not a waiver of our right to do so "
            "later. For example, if we do not act against one breach of these Terms, we can "
            "still act against a later one. Waivers must be in writing.",
        ),
        # the clause restated in plain words, then the restatement taken out again
        (
            "Any dispute will be resolved by final and binding individual arbitration.",
            "Any dispute will be resolved by final and binding individual arbitration. In "
            "other words, an arbitrator, not a judge or jury, will decide any dispute.",
        ),
        # an example beside a rule of conduct; what a rule is for
        (
            "You may not copy the Materials or sell access to them. No right in the "
            "Materials passes to you by purchasing Paid Services.",
            "You may not copy the Materials or sell access to them. No right in the "
            "Materials passes to you by purchasing Paid Services. For example, buying "
            "Premium does not make you the owner of any part of the Services.",
        ),
        (
            "Do not post spam or run fake giveaways.",
            "Do not post spam or run fake giveaways. This includes, for example, posting "
            "the same link in many groups at once.",
        ),
        (
            "We will give you 30 days' notice of changes to these Terms.",
            "We will give you 30 days' notice of changes to these Terms. This gives you "
            "time to look at the changes and decide whether to keep using the Service.",
        ),
        # a link's words changed in a pointer
        (
            "If you would like further details about our service providers, please click "
            "[here](https://example.com/providers).",
            "If you would like further details about our service providers, please visit our "
            "[Help Center](https://example.com/providers).",
        ),
        # pointers taken out: how someone else handles data, another section
        (
            "Businesses may use service providers to manage their chats. To learn how a "
            "business processes your information, read their privacy policy.",
            "Businesses may use service providers to manage their chats.",
        ),
        (
            "Your public profile may be indexed by search engines. See the section below "
            "about Your Choices and Settings to control what others see.",
            "Your public profile may be indexed by search engines.",
        ),
        # a pointer to instructions elsewhere
        (
            "You can delete your account at any time in your account settings.",
            "You can delete your account at any time in your account settings. You can find "
            "step-by-step instructions for deleting your account in our Help Center.",
        ),
        (
            "Our Privacy Policy describes how we treat personal information.",
            "Our Privacy Policy describes how we treat personal information. If you are under "
            "18, you can find additional resources in our [Teen Privacy Guide]"
            "(https://example.com/teens).",
        ),
        (
            "Trading digital assets carries risk.",
            "Trading digital assets carries risk. If you would like to know more about these "
            "risks, you can read our Risk Warning at [example.com/risk](https://example.com/risk).",
        ),
        # where the defined terms are explained
        (
            "These Terms govern your use of the Service.",
            "These Terms govern your use of the Service. Capitalized terms used in these Terms "
            "are defined on our [definitions page](https://example.com/definitions).",
        ),
        (
            "You are responsible for any loss of your content. We recommend that you keep "
            "your own backup copies of content that matters to you.",
            "You are responsible for any loss of your content.",
        ),
    ],
)
def test_an_example_or_a_restatement_of_the_clause_is_editorial(old: str, new: str) -> None:
    assert classify_pair(old, new) == ({"editorial"}, False, "neutral")


@pytest.mark.parametrize(
    ("old", "new", "kind"),
    [
        # the example brings a topic the clause did not speak of
        (
            "Subscription fees are billed monthly in advance.",
            "Subscription fees are billed monthly in advance. For example, if you do not pay "
            "an invoice, we may suspend your account.",
            "termination",
        ),
        # it widens a licence
        (
            "You grant us a license to use Your Content to operate the Service.",
            "You grant us a license to use Your Content to operate the Service. For example, "
            "this license includes the right to use Your Content in our advertising.",
            "ip-license",
        ),
        # it sets a period
        (
            "We set retention periods so that some data expires after a time.",
            "We set retention periods so that some data expires after a time. For example, "
            "search queries are deleted after 90 days.",
            "notice-period",
        ),
        # it names a use of data users should hear of
        (
            "We use the information we collect to provide and improve our services.",
            "We use the information we collect to provide and improve our services. For "
            "example, we use your posts to train our artificial intelligence models.",
            "data-privacy",
        ),
    ],
)
def test_an_example_that_adds_terms_is_a_change(old: str, new: str, kind: str) -> None:
    kinds, material, _ = classify_pair(old, new)
    assert kind in kinds and material


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("", "_In summary: if we remove your content, we will tell you why and how to appeal._"),
        ("**In short:** You can ask us for a copy of your data or ask us to delete it.", ""),
    ],
)
def test_a_summary_added_or_removed_whole_is_editorial(old: str, new: str) -> None:
    assert classify_pair(old, new) == ({"editorial"}, False, "neutral")


@pytest.mark.parametrize(
    ("old", "new", "editorial"),
    [
        (
            "You may not share Content without all necessary rights.",
            "You may not share Content without all necessary rights (for example, by posting "
            "a song that someone else owns without their permission).",
            True,
        ),
        (
            "If you log in with a third party platform, it will give us certain personal "
            "information to create your account.",
            "If you log in with a third party platform (like Facebook or Google), it will "
            "give us certain personal information to create your account.",
            True,
        ),
        # "(including ...)" sets what the clause covers; a sensitive example is news
        (
            "You will reimburse our costs.",
            "You will reimburse our costs (including reasonable legal fees).",
            False,
        ),
        (
            "We collect information about your device.",
            "We collect information about your device (for example, your precise location).",
            False,
        ),
    ],
)
def test_an_aside_of_examples_added_in_brackets(old: str, new: str, editorial: bool) -> None:
    kinds, material, _ = classify_pair(old, new)
    assert (kinds == {"editorial"} and not material) == editorial


def test_a_licence_extended_to_training_models_is_a_licence_change_and_no_duty() -> None:
    # the grant and the word "license" stand far apart, past a long list of holders and
    # qualities; the new purpose is no duty of the user though the clause holds one
    kinds, material, direction = classify_pair(
        "By providing User Content, you grant us and our affiliates, service providers and "
        "users a non-exclusive, royalty-free, transferable, sublicensable, worldwide "
        "license to use, store, display and distribute your User Content. You also agree "
        "that we may remove metadata.",
        "By providing User Content, you grant us and our affiliates, service providers and "
        "users a non-exclusive, royalty-free, transferable, sublicensable, worldwide "
        "license to use, store, display and distribute your User Content, including for "
        "the training of machine learning models. You also agree that we may remove "
        "metadata.",
    )
    assert kinds == {"ip-license", "data-privacy"} and material and direction == "adverse"


@pytest.mark.parametrize(
    ("old", "new", "verdict"),
    [
        # an item taken out of a list of duties narrows them
        (
            "When you open an account, you must: give us accurate contact details; use the "
            "name on your passport; keep your password private.",
            "When you open an account, you must: give us accurate contact details; keep "
            "your password private.",
            ({"obligation-relaxed"}, True, "favourable"),
        ),
        # a word put for another restates the duty
        (
            "You must keep your login details confidential and must not share them with "
            "anyone else.",
            "You must keep your login details secret and must not share them with anyone else.",
            ({"editorial"}, False, "neutral"),
        ),
        # words taken out of an exception bind users more
        (
            "You agree not to use automated tools to access the Service, other than search "
            "engines and screen readers.",
            "You agree not to use automated tools to access the Service, other than search "
            "engines.",
            ({"new-obligation"}, True, "adverse"),
        ),
        (
            "Sellers must describe each item accurately and disclose any known defects.",
            "Sellers must describe each item accurately and disclose any defects.",
            ({"new-obligation"}, True, "adverse"),
        ),
        # a duty made advice loosens it, advice made a duty tightens it
        (
            "Users may need an account. Users must register accurate information, and must "
            "revise it to keep it up to date.",
            "Users may need an account. Users must register accurate information, and "
            "should revise it to keep it up to date.",
            ({"obligation-relaxed"}, True, "favourable"),
        ),
        (
            "Users may need an account. Users must register accurate information, and "
            "should revise it to keep it up to date.",
            "Users may need an account. Users must register accurate information, and must "
            "revise it to keep it up to date.",
            ({"new-obligation"}, True, "adverse"),
        ),
        # a number is never a restatement
        (
            "To open an account you must be 13 years of age or older.",
            "To open an account you must be 16 years of age or older.",
            ({"new-obligation"}, True, "adverse"),
        ),
    ],
)
def test_an_edit_no_rule_names_in_a_duty_takes_the_kind_its_shape_tells(
    old: str, new: str, verdict: tuple[set[str], bool, str]
) -> None:
    assert classify_pair(old, new) == verdict


@pytest.mark.parametrize(
    ("old", "new", "verdict"),
    [
        # a few words put for others in a clause on fees, liability, termination, data,
        # licences or changes of terms restate it
        (
            "Withdrawals will be paid, wherever possible, to the same payment method that "
            "was used to make the deposit.",
            "Wherever possible, withdrawals will be paid to the payment method you used to "
            "make your deposit.",
            ({"editorial"}, False, "neutral"),
        ),
        (
            "The App allows you to create routines which turn your lights on or off, based "
            "on your location or on events detected by your Devices.",
            "The App lets you create routines that turn your lights on or off, based on "
            "your location or on events detected by your Devices.",
            ({"editorial"}, False, "neutral"),
        ),
        (
            "Either party may terminate this Agreement by giving the other 30 days' written "
            "notice.",
            "Either of us may terminate this Agreement on 30 days' written notice to the other.",
            ({"editorial"}, False, "neutral"),
        ),
        # but not when a word that sets how far the term reaches changes: a promise made
        # discretionary, a condition of the law taken out, one claim made all of them
        (
            "If we discontinue a paid plan, we will refund the unused part of your fees.",
            "If we discontinue a paid plan, we may refund the unused part of your fees.",
            ({"fees"}, True, "adverse"),
        ),
        (
            "We reserve the right to refuse service to anyone and will give notice of "
            "termination where required by law.",
            "We reserve the right to refuse service to anyone and will give notice of "
            "termination where appropriate.",
            ({"termination"}, True, "adverse"),
        ),
        (
            "Our fees may change at any time during your subscription, at our sole discretion.",
            "Our fees may change at any time during your subscription, at our reasonable "
            "discretion.",
            ({"fees"}, True, "favourable"),
        ),
        # a longer rewording, "may" put as "can"
        (
            "Do-Not-Track Signals. Please note we do not change system behavior within the "
            "Quora Platform in response to browser requests not to be tracked. You may, "
            "however, disable certain tracking by third parties as discussed in our Cookie "
            "Policy.",
            "Do-Not-Track Signals. The Quora Platform does not change its behavior in "
            "response to browser “Do Not Track” requests. You can, however, disable certain "
            "third-party tracking as described in our Cookie Policy.",
            ({"editorial"}, False, "neutral"),
        ),
        # a "doesn't" taken out with its exception is a negation taken out, not "does
        # not" written another way
        (
            "Content that shows animal suffering to shock the viewer or glorify the abuse, "
            "and doesn’t give enough educational or artistic context.",
            "Content that shows animal suffering for the purpose of shocking the viewer or "
            "glorifying the abuse, regardless of any educational or artistic context.",
            ({"new-obligation"}, True, "adverse"),
        ),
        # nor when words are only put around those taken out: the list grew
        (
            "When you order, we collect your name, email address and delivery address.",
            "When you order, we collect your name, email address, delivery address and "
            "billing postcode.",
            ({"data-privacy"}, True, "adverse"),
        ),
    ],
)
def test_an_edit_no_rule_names_restates_its_clauses_topic_only_with_the_same_force(
    old: str, new: str, verdict: tuple[set[str], bool, str]
) -> None:
    assert classify_pair(old, new) == verdict


def test_an_edit_no_rule_or_topic_names_is_restated_by_its_shape() -> None:
    # a few words put for others in a clause no rule or topic names restate it
    assert classify_pair(
        "Orbitel shall use reasonable endeavours to repair any fault reported by you within "
        "the target times shown on our website.",
        "Orbitel will use reasonable endeavours to repair any fault you report within the "
        "target times shown on our website.",
    ) == ({"editorial"}, False, "neutral")
    # but not when a word of force changes
    kinds, _, _ = classify_pair(
        "Orbitel will repair any fault you report within the target times shown on our website.",
        "Orbitel may repair any fault you report within the target times shown on our website.",
    )
    assert kinds != {"editorial"}


def test_a_sentence_cut_that_only_names_a_policy_takes_its_clauses_topic() -> None:
    # "our Privacy Policy" named in a sentence about suspension is no privacy change
    kinds, material, _ = classify_pair(
        "We may suspend or close any account at any time. We only do so when an account "
        "breaks these Terms, our Privacy Policy or our Community Rules, and we explain "
        "which one.",
        "We may suspend or close any account at any time.",
    )
    assert kinds == {"termination"} and material


@pytest.mark.parametrize(
    ("old", "new", "kind"),
    [
        # a limit of liability that now spares more faults names new terms, not the same ones
        (
            "Nothing in this Agreement shall limit or exclude the Provider's liability for "
            "fraud or fraudulent misrepresentation.",
            "Nothing in this agreement limits our liability for fraud, gross negligence, or "
            "wilful misconduct.",
            "liability",
        ),
        # someone given sight of a user's account, or of how the user uses the service
        (
            "",
            "If your school provides your account, your school can access your account "
            "information and may monitor how you use the app.",
            "data-privacy",
        ),
        # payment card details kept
        (
            "Your card details are handled by our payment provider.",
            "Your card details are handled by our payment provider. We store the last four "
            "digits of your card so that you can recognise it.",
            "data-privacy",
        ),
        # leave given to use what users post in our advertising
        (
            "Reviews you post are shown on the product page.",
            "Reviews you post are shown on the product page, and you allow us to feature them "
            "in our advertising.",
            "ip-license",
        ),
        # the share of a sale we keep
        (
            "We keep 20% of each sale made through the marketplace.",
            "We keep 25% of each sale made through the marketplace.",
            "fees",
        ),
        # the user made answerable for what others do
        (
            "You can add team members to your workspace.",
            "You can add team members to your workspace. You are responsible for everything "
            "they do in it.",
            "liability",
        ),
        # a waiver of trial by jury
        (
            "YOU AND WE EACH WAIVE ANY RIGHT TO A TRIAL BY JURY.",
            "",
            "dispute",
        ),
        # what a liability cap is measured by, narrowed
        (
            "Our total liability will not exceed the fees paid or payable by you in the six "
            "months before the claim.",
            "Our total liability will not exceed the fees actually paid by you in the six "
            "months before the claim.",
            "liability",
        ),
        # what is made of data and sold
        (
            "We use the location of your phone only to route your calls and to help emergency "
            "services find you.",
            "We use the location of your phone to route your calls, to help emergency "
            "services find you, and to build footfall insights that we sell to retailers.",
            "data-privacy",
        ),
        # ads tailored to the user, said after the ads
        (
            "We may show advertisements for our own products on the Services.",
            "We may show advertisements for our own products on the Services, including ads "
            "tailored to you based on your activity.",
            "data-privacy",
        ),
        # direct or indirect loss excluded
        (
            "We will not compensate you for any direct or indirect loss caused by an outage.",
            "We will not compensate you for any indirect loss caused by an outage.",
            "liability",
        ),
        # a party's defined term put as "you", its verb agreeing
        (
            "The Purchaser is responsible for checking the size chart before ordering.",
            "You are responsible for checking the size chart before ordering.",
            "editorial",
        ),
        # the user suggested to other people
        (
            "We show your profile in search.",
            "We show your profile in search and may recommend your profile to people near you.",
            "data-privacy",
        ),
        # details checked against outside records
        (
            "",
            "Before your listing goes live, we may check your name and date of birth against "
            "government sanctions lists and fraud databases.",
            "data-privacy",
        ),
        # messages read by someone else, a screen captured, driving watched, identity
        # numbers, and lessons recorded as a rule
        (
            "Your club manager can see the events you sign up for.",
            "Your club manager can see the events you sign up for and the messages you send "
            "to other members.",
            "data-privacy",
        ),
        (
            "The desktop agent notes when you are idle.",
            "The desktop agent notes when you are idle and may capture screenshots of your screen.",
            "data-privacy",
        ),
        (
            "The insurance box in your car reports the car's mileage once a month.",
            "The insurance box in your car reports the car's mileage and your driving habits "
            "once a month.",
            "data-privacy",
        ),
        (
            "To receive payouts, you must add a bank account.",
            "To receive payouts, you must add a bank account and your national insurance number.",
            "data-privacy",
        ),
        (
            "Live lessons are held on our video platform.",
            "Live lessons are recorded and held on our video platform.",
            "data-privacy",
        ),
        # records matched against those of public bodies, and a name seen or published
        (
            "",
            "To confirm your claim, we may match it against records held by the tax "
            "authority and your previous employers.",
            "data-privacy",
        ),
        (
            "Hosts see the first name of each guest who books.",
            "Hosts will be able to see your name and phone number once you book.",
            "data-privacy",
        ),
        (
            "Reviews are shown on the listing page.",
            "Reviews are shown on the listing page, displayed together with the reviewer's "
            "full name.",
            "data-privacy",
        ),
        # data described by the use it records, and where it is kept
        (
            "",
            "We may use information about how you use and interact with the Services to "
            "improve those Services.",
            "data-privacy",
        ),
        (
            "",
            "The Reader App sends us information about use of the app (such as the last page "
            "read and signal strength).",
            "data-privacy",
        ),
        (
            "",
            "Anything the app sends us may be stored on servers outside the country in which "
            "you live.",
            "data-privacy",
        ),
        # the day a period is counted from, said at more length
        (
            "Vouchers can be used within 6 months of issue.",
            "Vouchers can be used within six (6) months from the date of issue.",
            "editorial",
        ),
        # a qualifier taken out of a duty of the user still makes it absolute
        (
            "To the extent possible, you will keep your login details secret.",
            "You will keep your login details secret.",
            "new-obligation",
        ),
        # an IP address we log is personal data
        (
            "We will do our best to work with you.",
            "We will do our best to work with you. We log the IP address of each account "
            "we suspend.",
            "data-privacy",
        ),
        # a ban joined to a duty is one
        (
            "You must keep your password secret.",
            "You must keep your password secret and may not share it with anyone.",
            "new-obligation",
        ),
    ],
)
def test_a_kind_named_in_plain_words(old: str, new: str, kind: str) -> None:
    assert kind in classify_pair(old, new)[0]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "If we close your account, you will not be entitled to a refund of any fees.",
            "If we close your account for a reason other than your breach, we will refund any "
            "prepaid fees.",
        ),
        (
            "You will not be charged for the first month of your trial.",
            "The first month of your trial costs $1.",
        ),
    ],
)
def test_what_the_user_will_not_get_or_pay_is_no_duty_taken_out(old: str, new: str) -> None:
    # "you will not be entitled to", "you will not be charged": no ban on the user
    kinds, _, _ = classify_pair(old, new)
    assert "obligation-relaxed" not in kinds and "fees" in kinds


def test_a_qualifier_in_the_grounds_of_our_power_to_suspend_relaxes_no_duty() -> None:
    # "materially" narrows when we may act, not what the user must do
    kinds, _, direction = classify_pair(
        "You must keep your login details safe. We may suspend your access at any time if we "
        "believe you have breached these Terms.",
        "You must keep your login details safe. We may suspend your access at any time if we "
        "reasonably believe you have materially breached these Terms.",
    )
    assert "obligation-relaxed" not in kinds and direction == "favourable"


def test_a_responsibility_the_user_will_not_bear_is_no_new_duty() -> None:
    # "you will not be responsible for" lifts a burden; it lays none on the user
    kinds, _, _ = classify_pair(
        "If your phone is stolen, you may be liable for up to £35 of payments made before you "
        "tell us.",
        "If your phone is stolen, you will not be responsible for any payments made before you "
        "tell us.",
    )
    assert "new-obligation" not in kinds and "liability" in kinds


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "If you cancel after the trial, you will not receive a refund for the current month.",
            "If you cancel after the trial, we refund the unused days of the current month.",
        ),
        (
            "Members under 18 will not see personalised ads. We show them ads based on "
            "their country only.",
            "We show members under 18 ads based on their country only.",
        ),
        # "you will not be opted out": what becomes of the user, not what the user may do
        (
            "You can opt out of marketing emails. You will not be opted out of emails "
            "about your account.",
            "You can opt out of marketing emails.",
        ),
        # "if you do not agree to the changes": a condition, not a duty
        (
            "We will email you 30 days before a change takes effect. If you do not agree to "
            "the change, you may close your account.",
            "We will post the updated Terms on this page.",
        ),
    ],
)
def test_what_the_user_gets_or_may_refuse_is_no_duty_taken_out(old: str, new: str) -> None:
    # "you will not receive", "will not see": what the user gets, not what the user may
    # do; "if you do not agree to": what the user may refuse
    assert "obligation-relaxed" not in classify_pair(old, new)[0]


def test_advice_not_to_do_a_thing_is_no_new_duty() -> None:
    # "you should not" advises; LABELS.md's duties are "must", "shall", "may not"
    kinds, _, _ = classify_pair(
        "Betas are confidential.",
        "Betas are confidential. This means that you should not share details about a "
        "Beta with anyone outside your organization.",
    )
    assert "new-obligation" not in kinds


@pytest.mark.parametrize(
    "new",
    [
        "Each Notice must include a statement, signed under penalty of perjury, that the "
        "information in it is true.",
        "Drivers must hold a full licence with no more than 6 penalty points.",
    ],
)
def test_a_penalty_that_is_no_sanction_of_ours_is_no_termination(new: str) -> None:
    assert "termination" not in classify_pair("", new)[0]


@pytest.mark.parametrize(
    ("old", "new", "not_expected"),
    [
        # consent to the terms, given or taken out, is no duty
        (
            "The app is free.",
            "The app is free. By continuing to use the app, you agree to these Terms.",
            "new-obligation",
        ),
        (
            "By using the app you agree to be bound by these Terms. The app is free.",
            "The app is free.",
            "obligation-relaxed",
        ),
        # nor is a forum, or an indemnity (a liability), taken out
        (
            "You agree to the exclusive jurisdiction of the courts of Ireland.",
            "",
            "obligation-relaxed",
        ),
        (
            "You agree to indemnify us against claims arising from your content.",
            "",
            "obligation-relaxed",
        ),
    ],
)
def test_agreeing_to_the_terms_a_forum_or_an_indemnity_is_no_duty(
    old: str, new: str, not_expected: str
) -> None:
    assert not_expected not in classify_pair(old, new)[0]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Before trading Options, you have read the Trading Rules and taken advice.",
            "Before trading Options, you have read and agree to be bound by the Options "
            "Service Agreement and the Trading Rules, and taken advice.",
        ),
        (
            "",
            "If you use our chat integrations, you agree to be bound by the Acme Messaging "
            "Terms of Service.",
        ),
        (
            "",
            "Before buying Credits, you have read, understood and accepted the Credits "
            "Purchase Agreement.",
        ),
        # a duty written with "you're"
        ("", "The main rule: you’re responsible for following the rules of your platform."),
        ("", "You're also required to keep your contact details up to date."),
        # a duty put as the user's responsibility
        (
            "",
            "You should not include financial information when using our Public Network. "
            "It is your responsibility to keep such information safe and secure.",
        ),
        ("", "It is the customer's responsibility to pay any import duties."),
        ("", "It is up to you to back up the files you store with us."),
    ],
)
def test_accepting_another_named_agreement_or_youre_required_is_a_new_duty(
    old: str, new: str
) -> None:
    kinds, material, direction = classify_pair(old, new)
    assert "new-obligation" in kinds and material and direction == "adverse"


def test_a_duty_written_again_with_youre_is_the_same_duty() -> None:
    # "Users are" -> "You’re": the same person owes it (the reader)
    kinds, material, _ = classify_pair(
        "Users are responsible for paying any taxes that apply to their purchases.",
        "You’re responsible for paying any taxes that apply to your purchases.",
    )
    assert kinds == {"editorial"} and not material


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # these terms themselves, by name
        ("The app is free.", "The app is free. You agree to be bound by the Terms of Service."),
        # the other agreement renamed: nothing new to accept
        (
            "If you buy Credits, you must also agree to the Acme Virtual Goods Agreement.",
            "If you buy Credits, you must also agree to the Acme Paid Services Agreement.",
        ),
    ],
)
def test_accepting_these_terms_or_a_renamed_agreement_is_no_new_duty(old: str, new: str) -> None:
    assert "new-obligation" not in classify_pair(old, new)[0]


@pytest.mark.parametrize(
    "new",
    [
        "If you cannot attend because of illness, you may claim a refund of the ticket price.",
        "If you need to reach us, you can write to support@example.com.",
        # "and do not include", "and do not roll over": what a thing is, not a ban
        "Prices are shown in US dollars and do not include sales tax.",
        "Unused credits expire at the end of each month and do not roll over.",
        # "and may not transfer": what a feature may not do
        "Parental controls apply on our consoles and may not transfer to other platforms.",
        "Saved settings are kept on this device but may not carry over to the web app.",
    ],
)
def test_a_condition_or_a_description_is_no_new_duty(new: str) -> None:
    # "if you cannot attend", "if you need to reach us": the case a term covers; "and do
    # not include": what a thing is, not a ban
    assert "new-obligation" not in classify_pair("", new)[0]


def test_content_that_infringes_the_rights_of_others_named_as_a_ground_is_no_licence() -> None:
    kinds, _, _ = classify_pair(
        "We may reclaim your username for any reason.",
        "We may reclaim your username if it infringes the rights of a third party or "
        "impersonates another person.",
    )
    assert "ip-license" not in kinds


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "",
            "**Language.** If these Terms are translated, the English version will prevail "
            "where the two differ.",
        ),
        (
            "Translations of these Terms are provided for your convenience only, and the "
            "English text shall control in the event of any conflict.",
            "",
        ),
    ],
)
def test_a_language_clause_added_or_removed_is_not_material(old: str, new: str) -> None:
    assert classify_pair(old, new)[:2] == ({"other"}, False)


def test_another_language_put_first_is_material() -> None:
    _, material, _ = classify_pair(
        "If there is any conflict between the English version and a translation, the "
        "English version will prevail.",
        "If there is any conflict between the English version and the translation in the "
        "official language of your country, the version in your language will prevail.",
    )
    assert material


def test_an_item_added_under_a_heading_that_forbids_is_a_new_duty() -> None:
    # the heading is the ban ("Do Not Abuse Our Platform"); the lead-in only lists
    kinds, material, direction = classify_case(
        {
            "heading": "Do Not Abuse Our Platform",
            "lead": "This includes using our products or services to:",
            "old": "",
            "new": "* Use stolen or unauthorized payment methods, or otherwise evade payment",
        }
    )
    assert "new-obligation" in kinds and material and direction == "adverse"


def test_an_order_after_an_opening_example_is_a_ban() -> None:
    # "For example, don't ..." forbids as much as "Don't ..." at a sentence's start
    lead = (
        "Respect other players. For example, don't use the game to harass, threaten or "
        "impersonate anyone, including by:"
    )
    kinds, material, direction = classify_case(
        {"heading": "Rules of Play", "lead": lead, "old": "", "new": "* Doxxing another player"}
    )
    assert "new-obligation" in kinds and material and direction == "adverse"
    kinds, _, _ = classify_pair(
        "Be honest. For instance, do not sell accounts.",
        "Be honest. For instance, do not sell or rent accounts.",
    )
    assert "new-obligation" in kinds


@pytest.mark.parametrize(
    ("new", "kind"),
    [
        # a jurisdiction where the user is, or a county among tax places, is no forum
        (
            "Users under 13 (or the equivalent minimum age in the relevant jurisdiction) may "
            "join a Family group.",
            "dispute",
        ),
        ("Contest eligibility rules may vary by jurisdiction.", "dispute"),
        ("We report abuse material about anyone under 18, regardless of jurisdiction.", "dispute"),
        (
            "Tax changes in your country, state, territory, county, or city apply automatically.",
            "dispute",
        ),
        # nor is a decision of ours the user may dispute
        ("We may label posts made with AI. You have the right to dispute the label.", "dispute"),
        ("If a charge looks wrong, you may dispute it within 60 days.", "dispute"),
        # a warning page, a disabling virus or enforcing rights is no sanction
        ("You can read about the risks of trading in our General Risk Warning.", "termination"),
        ("You will not scrape, disable, decompile or reverse engineer the App.", "termination"),
        ("Our liability covers the transmission of any disabling device or virus.", "termination"),
        (
            "Claims about the enforcement or validity of intellectual property rights go to court.",
            "termination",
        ),
        # a business licensed by a regulator holds no licence over content
        (
            "You may be matched with a professionally licensed or otherwise permitted driver.",
            "ip-license",
        ),
        (
            "Please note that Example Pay UAB is not a licensed financial services provider.",
            "ip-license",
        ),
        # where users live, a regulator's reach, or courts that may ask for data
        (
            "We do not register anyone under the age of majority in their respective jurisdiction.",
            "dispute",
        ),
        (
            "Data held abroad may be disclosed to governments, courts, or law enforcement there.",
            "dispute",
        ),
        # a regulator's powers, or a setting switched off, is no sanction on an account
        (
            "We are subject to the investigatory and enforcement powers of the trade regulator.",
            "termination",
        ),
        (
            "Personalised offers are optional: you may enable or disable them in Settings.",
            "termination",
        ),
        (
            "If you would rather we did not use cookies, our banner gives you the means to "
            "disable their use.",
            "termination",
        ),
        # consent to a course starting, by which a consumer's withdrawal right ends
        (
            "You have 14 days to withdraw, but you lose your right of withdrawal once the "
            "course has begun with your prior express consent.",
            "data-privacy",
        ),
        # the user's request to delete their own account is no sanction
        ("You may also request the deletion of your account in the app.", "termination"),
        # infringing content removed or its posters sanctioned: no right over content
        (
            "We will suspend the accounts of users who repeatedly post infringing material.",
            "ip-license",
        ),
        # the user deleting their own account, or what it holds, is a choice, no sanction
        (
            "You can delete your account information at any time from your profile page.",
            "termination",
        ),
        ("If you delete your account, we will also erase the photos you uploaded.", "termination"),
        ("You can ask us to delete your account at any time from Settings.", "termination"),
        # credits or coins restored is no account reinstated
        ("Expired Coins will not be refunded or reinstated.", "termination"),
        # what the user cannot do as a consequence is no ban
        ("While your account is suspended, you cannot sign in to it.", "new-obligation"),
        ("You cannot rely on the app to make emergency calls.", "new-obligation"),
        # content others may go on using is no change of terms accepted by using them
        ("We may continue to use content you posted before your account was closed.", "amendment"),
        ("Other users may continue to use copies of your themes that they saved.", "amendment"),
        # banned accounts looked for, claims barred by time, data kept after leaving
        (
            "We compare your selfie with our records to detect duplicate and banned accounts.",
            "termination",
        ),
        (
            "Claims not filed within one year are waived, and such causes of action are "
            "permanently banned.",
            "termination",
        ),
        (
            "Within 30 days of you closing your account, we will delete your workout history.",
            "termination",
        ),
        # a disability named as the reader's need, no data about it
        (
            "If you have a disability and need this notice in large print, please contact us.",
            "data-privacy",
        ),
        # a support chatbot named is no training on users' data
        ("Your first questions may be answered by our support chatbot.", "data-privacy"),
        # a regulator's reach is no forum for disputes with users
        (
            "The Federal Trade Commission has jurisdiction over our compliance with the "
            "Data Privacy Framework.",
            "dispute",
        ),
        # a chance to take one's content away before an account ends is no data practice
        ("Before we end a service, you will have a chance to export your content.", "data-privacy"),
        # what a law forbids, or a ban laid on others, is no ban on the user
        (
            "Unless the law prohibits it, we will tell you before we share your data.",
            "new-obligation",
        ),
        (
            "Researchers sign an agreement that prohibits them from re-identifying you.",
            "new-obligation",
        ),
        # who processes a payment is no price
        (
            "Our payment processing service providers include Stripe and Adyen, who process "
            "your financial information under their own privacy policies.",
            "fees",
        ),
        # a product out of warranty is no warranty given
        ("When your phone is out of warranty, we record its serial number.", "liability"),
        # a document described, no duty ("... are not contracts and do not form part of ...")
        (
            "Our Cookie Notice and Privacy Notice are not contracts and do not form part of "
            "these Terms.",
            "new-obligation",
        ),
        # a loss a limitation of liability excludes is no price
        (
            "This includes, for example: service interruptions; the cost of substitute goods "
            "or services; and any economic or business losses.",
            "fees",
        ),
        # "shall" before a state, not a deed: who counts as what is no duty
        (
            "A user shall not qualify as a New App User under (b) more than once.",
            "new-obligation",
        ),
        (
            "If you register for the Service, you shall be deemed to accept the Terms.",
            "new-obligation",
        ),
        # a payment disputed with a bank, a dispute the user indemnifies us against, and
        # one between users, where no forum is named, are no dispute terms
        ("If you dispute a charge with your bank, we may suspend your account.", "dispute"),
        (
            "You will indemnify us against any claim arising from (e) any dispute between you "
            "and another user of the Services.",
            "dispute",
        ),
        ("Backers must resolve any such dispute directly with the creator.", "dispute"),
        # a feature switched off, or content made unreachable, is no account ended
        (
            "Until you complete age verification, voice chat and mature content will "
            "remain disabled.",
            "termination",
        ),
        (
            "If material you posted was removed or access to it was disabled by mistake, "
            "you may file a counter-notification.",
            "termination",
        ),
        # information the user must keep accurate or confidential is no use of data
        (
            "You agree to keep information about unreleased beta features confidential.",
            "data-privacy",
        ),
    ],
)
def test_a_word_read_in_another_sense_names_no_kind(new: str, kind: str) -> None:
    assert kind not in classify_pair("", new)[0]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # an account deleted after a condition the user fails
        ("", "If you do not confirm your new number within 45 days, we may delete your account."),
        # notice we give before we close an account
        (
            "We will give you 14 days' notice before closing your account.",
            "We will give you 14 days' notice before closing your account, unless we suspect "
            "fraud, in which case we may close it immediately.",
        ),
    ],
)
def test_our_closing_or_deleting_an_account_is_still_a_sanction(old: str, new: str) -> None:
    kinds, material, _ = classify_pair(old, new)
    assert "termination" in kinds and material


@pytest.mark.parametrize(
    ("new", "kind"),
    [
        ("Either party may bring a claim in a court of competent jurisdiction.", "dispute"),
        (
            "If you break these rules, we may give your account a warning or suspend it.",
            "termination",
        ),
    ],
)
def test_the_same_words_in_their_own_sense_still_name_their_kind(new: str, kind: str) -> None:
    assert kind in classify_pair("", new)[0]


def test_what_the_user_will_not_be_is_no_ban_an_exception_loosens() -> None:
    # "you will not be responsible" spares the user; an exception added to it is no
    # exception to a ban ("will not be" is never a ban, not only "will not be able")
    kinds, material, _ = classify_pair(
        "You will not be responsible for any payment you did not authorise, unless you "
        "acted fraudulently.",
        "You will not be responsible for any payment you did not authorise, unless you "
        "acted fraudulently or with gross negligence in keeping your security details safe.",
    )
    assert kinds == {"liability"} and material


def test_enforcing_a_choice_of_law_and_consenting_to_changes_are_no_sanction_or_data() -> None:
    # the enforcement of a clause is no enforcement against an account
    kinds, _, _ = classify_pair(
        "These Terms are governed by the laws of the State of California.",
        "These Terms are governed by the laws of the State of California. If applicable law "
        "does not allow the enforcement of the choice of law in this section, you can "
        "resolve the dispute under the law of the country where you live.",
    )
    assert "termination" not in kinds and "dispute" in kinds
    # consent to changed terms is no consent to the use of personal data
    kinds, _, _ = classify_pair(
        "We may change these Terms at any time. Changes take effect when posted.",
        "We may change these Terms at any time. Changes take effect when posted. Applicable "
        "law may require us to obtain your consent to such changes.",
    )
    assert "data-privacy" not in kinds and "amendment" in kinds


def test_a_right_we_reserve_to_delete_an_account_is_no_data_right() -> None:
    kinds, _, _ = classify_pair(
        "You are responsible for keeping copies of your videos.",
        "You are responsible for keeping copies of your videos. We reserve the right to "
        "delete Your inactive Content and/or Your Account from our Service.",
    )
    assert "data-privacy" not in kinds and "termination" in kinds
    # the user's right to delete stays one
    kinds, _, _ = classify_pair(
        "You may contact us with questions.",
        "You may contact us with questions. You have the right to delete your data.",
    )
    assert "data-privacy" in kinds


def test_a_minimum_age_raised_with_a_guardians_consent_is_a_new_duty_not_data() -> None:
    # the age a user must have reached rises; the consent of a parent or guardian to the
    # terms is no consent to the use of data
    kinds, material, direction = classify_pair(
        "You affirm that you are 13 years or older and have obtained parental or guardian "
        "consent to enter into these Terms.",
        "You affirm that you are 16 years or older and have obtained parental or guardian "
        "consent to enter into these Terms.",
    )
    assert kinds == {"new-obligation"} and material and direction == "adverse"


def test_a_condition_put_on_what_a_pointer_offers_is_a_term() -> None:
    pointer = (
        "To learn about opting out of interest-based advertising, please see Section 8 below "
        "or exercise your choices via our Manage Cookies page"
    )
    kinds, material, _ = classify_pair(
        pointer + ".", pointer + ", provided that you reside in the EEA."
    )
    assert kinds == {"data-privacy"} and material


def test_no_discrimination_for_exercising_privacy_rights_is_about_personal_data() -> None:
    kinds, _, direction = classify_pair(
        "You may ask us for a copy of what we hold about you.",
        "You may ask us for a copy of what we hold about you. We will not discriminate "
        "against you for exercising your rights and choices.",
    )
    assert "data-privacy" in kinds and direction == "favourable"


def test_a_ban_on_bribes_names_no_price_and_no_data_kept() -> None:
    kinds, _, _ = classify_pair(
        "You will comply with all laws.",
        "You will comply with all laws. No payment of money or anything of value will be "
        "offered or paid to any person to improperly influence a government official or to "
        "obtain or retain business.",
    )
    assert "fees" not in kinds and "data-privacy" not in kinds


def test_a_limit_on_what_the_user_brings_tightens_and_loosens_alike() -> None:
    # the rules of limits tightened and loosened read the same signs of a limit on the
    # user (one named list of patterns), so a ceiling raised loosens as one lowered tightens
    kinds, _, direction = classify_pair(
        "Cabin baggage must not exceed 10 kg.", "Cabin baggage must not exceed 8 kg."
    )
    assert kinds == {"new-obligation"} and direction == "adverse"
    kinds, _, direction = classify_pair(
        "Cabin baggage must not exceed 8 kg.", "Cabin baggage must not exceed 10 kg."
    )
    assert kinds == {"obligation-relaxed"} and direction == "favourable"


@pytest.mark.parametrize(
    "item",
    [
        "i. to copy, download, extract, collect, 'scrape', obtain, monitor or store all or "
        "any part of the content or Site, whether manually or by way of any 'bot', "
        "'spider', 'scraper' or other automated software;",
        "iii. to use any content, files or data from the Site to make or populate a "
        "database or publication of any kind whatsoever, to develop or train any software "
        "program (including any machine learning or artificial intelligence systems).",
    ],
)
def test_an_item_of_a_ban_on_scraping_or_training_names_no_personal_data(item: str) -> None:
    # the site's content, taken or trained on by the user: a ban, not personal data
    kinds, material, direction = classify_case(
        {
            "heading": "Using our Site",
            "lead": "Unless expressly authorised by us in writing, you must not:",
            "old": "",
            "new": item,
        }
    )
    assert kinds == {"new-obligation"} and material and direction == "adverse"


def test_a_governing_law_clause_taken_out_makes_no_duty_absolute() -> None:
    # "To the extent possible" qualified which law governs, not a duty of the user
    kinds, _, direction = classify_pair(
        "Choice of Law. To the extent possible under your local law, these Terms and the "
        "relationship between you and Arlo will be governed by the laws of the State of "
        "California without regard to its conflict of law provisions.",
        "",
    )
    assert kinds == {"dispute"} and direction == "neutral"


@pytest.mark.parametrize(
    "sentence",
    [
        "If there are claims between you and Reverb that aren't subject to arbitration, "
        "you and Reverb each agree to litigate those claims exclusively in state or federal "
        "court in Cook County, Illinois.",
        "You agree to submit to the personal jurisdiction of the courts of Dublin, Ireland.",
    ],
)
def test_where_disputes_are_heard_is_a_dispute_term_not_a_duty(sentence: str) -> None:
    kinds, material, _ = classify_pair("", sentence)
    assert kinds == {"dispute"} and material


def test_a_list_item_under_a_lead_in_on_personal_data_names_data_not_fees() -> None:
    lead = "We have collected the following categories of personal information:"
    kinds, _, _ = classify_case(
        {
            "heading": "Categories of Personal Information",
            "lead": lead,
            "old": "* Customer records, including phone number and billing address.",
            "new": "* Payment information, such as the first four digits of the credit or "
            "debit card number, and billing address as necessary to process payments.",
        }
    )
    assert kinds == {"data-privacy"}
    # a price named in the item is still a fee
    kinds, _, _ = classify_case(
        {
            "heading": "Your requests",
            "lead": "For requests about your personal information we charge:",
            "old": "* Copies of your data: free",
            "new": "* Copies of your data: $10 per request",
        }
    )
    assert "fees" in kinds


@pytest.mark.parametrize(
    "news",
    [
        "We updated our IDV Privacy Statement and added the Biometric Policy to our website.",
        "We recently updated our Privacy Notice.",
        # "more detail", in the singular
        "We added more detail about cookies, first-party advertising measurement, and your "
        "privacy choices.",
        # a note of when this version was published, pointing to the one before
        "This policy was published on October 19, 2022. It will take effect on December 1, "
        "2022. The previous version of this policy can be viewed [here](https://x.io/v1).",
    ],
)
def test_news_that_a_privacy_statement_was_updated_is_an_update_banner(news: str) -> None:
    assert classify_pair("", news) == ({"amendment"}, False, "neutral")
    assert classify_pair(news, "") == ({"amendment"}, False, "neutral")


@pytest.mark.parametrize(
    "added",
    [
        "A user is only allowed to have one Account.",
        "You may only create one profile.",
        "Members can hold only a single account.",
    ],
)
def test_a_permission_narrowed_to_one_account_is_a_new_duty(added: str) -> None:
    kinds, material, direction = classify_pair(
        "The User may register their own user Account, as described in the App.",
        f"The User may register their own user Account, as described in the App. {added}",
    )
    assert "new-obligation" in kinds and material and direction == "adverse"


def test_a_promise_not_to_hold_us_responsible_is_liability() -> None:
    kinds, material, _ = classify_pair(
        "Prices include local taxes.",
        "Prices include local taxes. You agree not to hold us responsible for banking "
        "charges incurred due to payments on your account.",
    )
    assert "liability" in kinds and material


def test_taxes_of_the_users_jurisdiction_are_no_forum_for_disputes() -> None:
    kinds, _, _ = classify_pair(
        "Prices are in euros and are inclusive of VAT and other government imposed taxes.",
        "Prices include applicable VAT. Any additional taxes imposed by the User's "
        "jurisdiction shall be borne solely by the User.",
    )
    assert "fees" in kinds and "dispute" not in kinds


def test_ai_named_in_a_warranty_disclaimer_is_liability_not_personal_data() -> None:
    kinds, material, _ = classify_pair(
        "",
        "We make no warranties with respect to the AI systems used in connection with the "
        "Services beyond the applicable provisions of the AI Act.",
    )
    assert kinds == {"liability"} and material


def test_payment_details_kept_on_file_are_personal_data() -> None:
    # (in a clause on paying, whose fee words outnumber the rest)
    kinds, material, _ = classify_case(
        {
            "heading": "Pay-What-You-Wish Model",
            "old": "",
            "new": "We offer a pay-what-you-wish model for the Services. Should you choose "
            "to provide a certain payment (one-time or recurring/subscription), you agree to "
            "allow us to receive and store your payment information and use a payment processor "
            "to charge such fees.",
        }
    )
    assert {"fees", "data-privacy"} <= kinds and material
    # "saved payment details" in an advertisement for an app keeps nothing of the user's
    kinds, _, _ = classify_pair(
        "Get the app. Check out faster with saved payment details. Download it today.", ""
    )
    assert "data-privacy" not in kinds


def test_a_venue_that_is_a_place_of_business_names_no_forum() -> None:
    kinds, _, _ = classify_pair(
        "A User may also create a group Account for an organisation.",
        "A User may also create a group Account regarding a venue, establishment or "
        "organisation, but may not use it to sell products directly.",
    )
    assert "dispute" not in kinds


def test_a_way_of_buying_switched_off_is_no_termination() -> None:
    kinds, _, _ = classify_pair(
        "Our virtual currency may be used to purchase certain features.",
        "Our virtual currency may be used to purchase certain features. The ability to "
        "purchase new Coins or renew any Coin-based packages will be disabled by the end of "
        "November 2025.",
    )
    assert "termination" not in kinds and "fees" in kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Your account may be deleted after two (2) years of inactivity if you are located in "
        "Europe or any other jurisdiction outside the United States.",
        "The Fees do not include any taxes assessable by any local, state, provincial, or "
        "national jurisdiction (whether domestic or foreign).",
    ],
)
def test_a_jurisdiction_named_as_a_place_names_no_forum(sentence: str) -> None:
    kinds, _, _ = classify_pair("", sentence)
    assert "dispute" not in kinds


def test_a_company_that_cannot_be_held_responsible_is_liability() -> None:
    kinds, material, _ = classify_pair(
        "",
        "BeReal cannot be held responsible for the consequences, including loss of access to "
        "your account, resulting from failure to update your phone number.",
    )
    assert "liability" in kinds and material


def test_what_a_buyer_of_our_business_must_do_is_no_user_duty() -> None:
    kinds, _, _ = classify_pair(
        "",
        "(f) To an actual or potential buyer (and its agents and advisers) in connection with "
        "any actual or proposed purchase, merger or acquisition of any part of our business, "
        "provided that we inform the buyer it must use your personal data only for the "
        "purposes disclosed in this Privacy Policy; and",
    )
    assert "data-privacy" in kinds and "new-obligation" not in kinds


def test_section_titles_quoted_in_a_survival_list_set_no_terms() -> None:
    survive = (
        "We may also disable or delete your account if it remains inactive for an extended "
        "period. The following provisions will survive any termination: {}."
    )
    titles = '"Licenses," "Disclaimers," "Limitation of Liability," "Indemnification," and '
    kinds, _, _ = classify_pair(
        "We may terminate your access for unlawful conduct. The following provisions will "
        f'survive any termination: {titles}"Dispute Resolution."',
        survive.format(
            titles + '"Special Arbitration Provision For United States Or Canada Users"'
        ),
    )
    assert kinds == {"termination"}
    # a term quoted in capitals is still a term
    kinds, _, _ = classify_pair(
        "",
        'THE SERVICE IS PROVIDED "AS IS" AND "AS AVAILABLE" WITHOUT WARRANTIES OF ANY KIND.',
    )
    assert "liability" in kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Continued use of the Services after experiencing an issue constitutes your "
        "acceptance of the service quality and waives your right to dispute charges related "
        "to that issue.",
        "If you fail to respond to our support requests regarding an ongoing billing issue "
        "within three (3) days, you are deemed to have accepted the charges.",
    ],
)
def test_charges_deemed_accepted_are_no_amendment(sentence: str) -> None:
    kinds, _, _ = classify_pair("", sentence)
    assert "amendment" not in kinds


def test_an_item_added_to_a_list_of_what_breaks_a_rule_is_a_new_ban() -> None:
    # the lead-in names no duty, but what it lists are breaches of the rule above it;
    # the section's heading ("Enforcement") does not make the item a termination term
    old = (
        "## Enforcement\n\nWe remove content that breaks this rule.\n\n"
        "Some examples of hateful activities that would violate the rule:\n\n"
        "* Posts that call a group of people vermin.\n"
    )
    new = old + "* A comment denying that a well-documented massacre took place.\n"
    [change] = compare(old, new).changes
    assert change.op == "added" and change.kinds == ["new-obligation"]


def test_a_feature_suspended_beside_accounts_terminated_is_still_a_termination_term() -> None:
    # "suspend features" alone is a setting switched off, not a sanction; in the same
    # breath as "terminate accounts" it does not hide the sanction
    kinds, material, _ = classify_pair(
        "", "We may remove posts, suspend features, or terminate accounts that break these rules."
    )
    assert "termination" in kinds and material
    kinds, _, _ = classify_pair("", "You can suspend features such as reminders in Settings.")
    assert "termination" not in kinds


def test_accounts_that_will_be_removed_are_closed_but_not_what_is_removed_from_one() -> None:
    kinds, material, _ = classify_pair("", "Accounts that lie about their age will be removed.")
    assert "termination" in kinds and material
    kinds, _, _ = classify_pair(
        "", "Unused bonus points held in your account will be removed from your balance."
    )
    assert "termination" not in kinds


def test_where_notices_to_us_must_be_sent_is_an_address_not_a_duty() -> None:
    old = "All notices will be in writing. We accept service at 1 Main Street, Springfield."
    new = (
        "All notices will be in writing. Notices to Northwind must be sent to Northwind "
        "Legal at legal@northwind.example, with a copy to 9 Harbour Road, Dublin."
    )
    kinds, material, _ = classify_pair(old, new)
    assert "new-obligation" not in kinds and not material


@pytest.mark.parametrize(
    "duty",
    [
        "Users are solely responsible for checking the exchange rate before they trade.",
        "The Customer is fully responsible for backing up its own files.",
    ],
)
def test_a_party_solely_or_fully_responsible_for_something_has_a_new_duty(duty: str) -> None:
    kinds, material, direction = classify_pair("", duty)
    assert "new-obligation" in kinds and material and direction == "adverse"


@pytest.mark.parametrize(
    "right",
    [
        "If we decline to act on your request, you may appeal our decision by replying to "
        "our email within 45 days.",
        "Appealing a decision we made about your access, correction or deletion request.",
    ],
)
def test_an_appeal_against_a_refused_data_request_is_a_privacy_term(right: str) -> None:
    kinds, material, direction = classify_pair("", right)
    assert "data-privacy" in kinds and material
    kinds, _, _ = classify_pair("", "If we remove your post, you may appeal our decision.")
    assert "data-privacy" not in kinds


def test_a_request_to_delete_an_account_is_not_made_a_privacy_term_by_its_name() -> None:
    # the labelled pairs call "it may take up to 14 days to process your account
    # deletion request" a termination term and a period, not a privacy one
    kinds, _, _ = classify_pair(
        "",
        "It may take up to 14 days to process your account deletion request, and if you "
        "log back in during that time, your account may be reactivated.",
    )
    assert "data-privacy" not in kinds and "termination" in kinds


@pytest.mark.parametrize(
    "row",
    [
        "| msclkid | Bing | 24 hours | Marketing measurement | example.com |",
        "| _sid | Brightleaf | 1 year | Statistics purposes | example.com |",
    ],
)
def test_a_cookie_row_whose_purpose_takes_two_words_is_a_privacy_term(row: str) -> None:
    kinds, material, direction = classify_pair("", row)
    assert "data-privacy" in kinds and material and direction == "adverse"


def test_a_sentence_saying_what_a_ban_covers_widens_it() -> None:
    ban = "Generating content that violates the privacy of others is prohibited."
    kinds, material, direction = classify_pair(
        ban, ban + " This includes using someone's likeness or voice without their consent."
    )
    assert "new-obligation" in kinds and material and direction == "adverse"
    # beside a sentence that bans nothing, it says what something is
    about = "Our forums are where players meet."
    kinds, _, _ = classify_pair(about, about + " This includes the trading board.")
    assert "new-obligation" not in kinds


def test_an_item_of_data_added_to_what_is_asked_for_is_a_privacy_term() -> None:
    asked = "To verify your account, we ask for your name and email address."
    kinds, material, direction = classify_pair(
        asked, asked.replace("name and", "name, date of birth and")
    )
    assert "data-privacy" in kinds and material and direction == "adverse"
    # the same item written another way adds none
    kinds, _, _ = classify_pair(
        "We collect your contact information and CV when you apply.",
        "We collect your contact details and CV when you apply.",
    )
    assert "data-privacy" not in kinds or "editorial" in kinds
    # nor is an address the sentence only names a place to write to
    kinds, _, _ = classify_pair(
        "Product recalls. We will contact you about any recall of an item you bought.",
        "Product recalls. We will contact you at the email address on your account about "
        "any recall of an item you bought.",
    )
    assert "data-privacy" not in kinds


def test_a_few_words_no_rule_names_put_into_a_clause_that_stays_are_not_material() -> None:
    clause = "Premium members can download up to five episodes for offline listening."
    kinds, material, _ = classify_pair(
        clause, clause.replace("episodes", "episodes and audiobook chapters from the catalogue")
    )
    assert kinds == {"other"} and not material
    # a longer rewrite still is
    kinds, material, _ = classify_pair(
        clause,
        clause.replace(
            "for offline listening.",
            "for offline listening, and share playlists with friends and family who live at "
            "the same address as the account holder for as long as the plan lasts.",
        ),
    )
    assert kinds == {"other"} and material


def test_buying_or_selling_named_in_a_numbered_ban_is_no_payment_term() -> None:
    # (the case reads it as clause 1.1: "1.1 * **Do not ...")
    kinds, _, _ = classify_pair(
        "* **Do not sell or purchase methods for artificially increasing server "
        "membership**, such as via advertisements or botting.",
        "**15\\. Do not engage with our service in an inauthentic way.** This includes "
        "artificially inflating server membership and manipulating engagement metrics.",
    )
    assert "fees" not in kinds and "new-obligation" in kinds


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "You must provide your Experience in person. See Section 6.5 of the Terms for "
            "information about hosting as part of a team.",
            "You must provide your Experience in person. See the Terms for information "
            "about hosting as part of a team.",
        ),
        (
            "Airbnb reserves the right to modify these Host Terms at any time in accordance "
            "with Section 14 of the Terms.",
            "Airbnb reserves the right to modify these Host Terms at any time in accordance "
            "with the Terms.",
        ),
    ],
)
def test_the_section_named_before_a_document_dropped_is_editorial(old: str, new: str) -> None:
    kinds, material, _ = classify_pair(old, new)
    assert kinds == {"editorial"} and not material


@pytest.mark.parametrize(
    "sanction",
    [
        "If a user infringes copyright by using the LIVE feature, we may also temporarily "
        "restrict their access to the LIVE feature.",
        "We also reserve the right to remove or update your access to Virtual Items where "
        "an error has occurred.",
        "For trademark violations we may also temporarily restrict access to the LIVE "
        "feature of the violating user.",
    ],
)
def test_access_restricted_as_a_sanction_is_a_termination_term(sanction: str) -> None:
    kinds, material, direction = classify_pair("", sanction)
    assert "termination" in kinds and material and direction == "adverse"


@pytest.mark.parametrize(
    "consequence",
    [
        "Choosing to opt-out of promotional text messages may limit your access to certain "
        "features of the App, such as event invitations.",
        "If you choose not to disclose certain personal information, it may limit your "
        "access to certain services or features.",
    ],
)
def test_access_narrowed_by_the_users_own_choice_is_no_sanction(consequence: str) -> None:
    kinds, _, _ = classify_pair("", consequence)
    assert "termination" not in kinds


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Returned items must be in their original packaging, unused and with all tags "
            "attached.",
            "Returned items should be unused and have all tags attached.",
        ),
        (
            "The language of the targeted channel must be the same as the language of the ad.",
            "The language of the targeted channel should match the language of the ad.",
        ),
        (
            "The Device must be installed by a licensed electrician.",
            "We recommend that the Device be installed by a licensed electrician.",
        ),
    ],
)
def test_a_requirement_made_advice_relaxes_it(old: str, new: str) -> None:
    kinds, _, direction = classify_pair(old, new)
    assert kinds == {"obligation-relaxed"} and direction == "favourable"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a ban stays a ban
        (
            "You must not complete any transaction with a buyer outside of the marketplace.",
            "You may not complete, or encourage a buyer to complete, a transaction outside "
            "the marketplace.",
        ),
        # advice to read more is no rule made advice
        (
            "If you reject all cookies, you may be required to re-enter information more often.",
            "As browser controls vary, you should visit your browser's help menu for more "
            "information.",
        ),
    ],
)
def test_a_ban_reworded_or_advice_to_read_more_is_no_requirement_made_advice(
    old: str, new: str
) -> None:
    kinds, _, _ = classify_pair(old, new)
    assert "obligation-relaxed" not in kinds


def test_refusing_changed_terms_means_no_use_an_amendment_term_not_a_duty() -> None:
    old = (
        "The modified version of this Agreement will become effective fourteen days after "
        "we have posted it. Your use of the Services following that period constitutes "
        "your acceptance of the terms of the modified Agreement."
    )
    kinds, _, _ = classify_pair(
        old,
        old + " If you do not agree to the modifications, you are not permitted to use the "
        "Services.",
    )
    assert "new-obligation" not in kinds
    # refusing a supplemental agreement still bounds what the user may use
    kinds, _, _ = classify_pair(
        "If you do not agree to the terms of a Supplemental Agreement, you may not use Lyft "
        "Services in such market.",
        "If you do not agree to the terms of a Supplemental Agreement, you may not use Lyft "
        "Services or Rideshare Services in such market.",
    )
    assert "new-obligation" in kinds


def test_a_duty_excepted_save_in_respect_of_something_is_relaxed() -> None:
    kinds, _, direction = classify_pair(
        "You must comply at all times with these Terms and with our requirements and policies.",
        "You must comply at all times with these Terms and, save in respect of the Research "
        "API, with our other reasonable requirements and policies.",
    )
    assert "obligation-relaxed" in kinds and "new-obligation" not in kinds
    assert direction == "favourable"


@pytest.mark.parametrize(
    ("old", "new", "direction"),
    [
        (
            "We review every report of infringement.",
            "We review every report of infringement. We may provide the account holder with "
            "your contact information, including your email address.",
            "adverse",
        ),
        # a promise not to ask children for data taken out
        (
            "We review every report. We do not knowingly solicit information from children "
            "under 13.",
            "We review every report.",
            "adverse",
        ),
        (
            "We may provide the account holder with your contact information.",
            "",
            "favourable",
        ),
    ],
)
def test_personal_data_handed_over_or_asked_of_children_is_a_privacy_term(
    old: str, new: str, direction: str
) -> None:
    kinds, material, found = classify_pair(old, new)
    assert "data-privacy" in kinds and material and found == direction


def test_personal_data_handed_over_in_other_words_is_no_new_privacy_term() -> None:
    kinds, _, _ = classify_pair(
        "Our Services are not directed to children under the age of 13, and we do not "
        "knowingly collect personal information from children under 13.",
        "Our Services are not intended for children under 13, and we do not knowingly "
        "collect personal information from them.",
    )
    assert "data-privacy" not in kinds


def test_a_link_added_to_a_menu_whose_labels_are_indented_is_editorial() -> None:
    # (the end of a social link before it, as a page's footer was stored)
    links = "](https://example.com/social)" + "".join(
        f"[*   {label}](https://example.com/{label.lower().replace(' ', '-')}/)"
        for label in ("Home", "About", "FAQ", "Reviews", "Advice", "Jobs", "Find a Therapist")
    )
    kinds, material, _ = classify_pair(
        links, links.replace("[*   Jobs]", "[*   Online Therapy](https://example.com/t/)[*   Jobs]")
    )
    assert kinds == {"editorial"} and not material


def test_changes_that_apply_once_posted_fix_the_notice_given() -> None:
    old = "We may change these Terms from time to time."
    kinds, material, direction = classify_pair(
        old, old + " Changes will be effective upon posting."
    )
    assert {"amendment", "notice-period"} <= kinds and material and direction == "adverse"
    # the same sentence moved within the clause gives no more and no less notice
    moved = "We may change these Terms. Changes will be effective upon posting. Please check often."
    kinds, _, _ = classify_pair(
        moved,
        "Changes will be effective upon posting. We may change these Terms, including by "
        "adding new ones. Please check often.",
    )
    assert "notice-period" not in kinds


def test_a_ban_widened_by_an_or_otherwise_disjunct_is_no_restatement() -> None:
    kinds, material, direction = classify_pair(
        "**3.2.** By accepting this Agreement, you agree not to use, encourage, promote, or "
        "facilitate others to use the Website in a way that is harmful to others. Examples "
        "of harmful use include, but are not limited to:",
        "**3.2.** By accepting this Agreement, you agree not to use, or facilitate others to "
        "use, the Website in a way that is harmful to others or overburdens or otherwise "
        "impairs the Website. Examples of such use include, without limitation:",
    )
    assert "new-obligation" in kinds and material and direction == "adverse"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "npm offers additional services (_Paid Services_) that are subject to additional "
            "terms.",
            "npm offers additional, paid services (_Paid Services_) that are subject to "
            "additional terms:",
        ),
        (
            "",
            "For free organizational accounts in sanctioned regions, users will continue to "
            "have full access to free public repositories; paid organizational accounts keep "
            "read-only access.",
        ),
    ],
)
def test_a_paid_tier_named_is_no_payment_term(old: str, new: str) -> None:
    kinds, _, _ = classify_pair(old, new)
    assert "fees" not in kinds


def test_fees_payable_in_advance_give_no_notice() -> None:
    kinds, _, _ = classify_pair(
        "",
        "**I. Fees.** All fees for Paid Services are payable in advance and are "
        "non-refundable, except as required by applicable law.",
    )
    assert "fees" in kinds and "notice-period" not in kinds


def test_items_of_a_list_that_should_not_be_done_are_bans() -> None:
    lead = "Additionally, Actions should not be used for:"
    kinds, _, _ = classify_pair(f"{lead}\n\n- serverless computing;", lead)
    assert "obligation-relaxed" in kinds
    kinds, _, _ = classify_pair(
        lead, f"{lead}\n\n- any activity that places an undue burden on our servers;"
    )
    assert "new-obligation" in kinds


def test_a_period_governs_a_duty_only_in_the_duty_s_own_sentence() -> None:
    old = (
        "The Services cannot be used in the sanctioned countries Cuba or Syria, and the "
        "System should not be sold in these countries. Changes will become effective 30 "
        "days after we notify you."
    )
    new = (
        "The Services cannot be used in the sanctioned countries of Cuba and Syria, and the "
        "System should not be sold in these countries. We may notify you of changes by "
        "email."
    )
    kinds, _, _ = classify_pair(old, new)
    assert "notice-period" in kinds and "new-obligation" not in kinds


def test_a_duty_of_a_party_named_in_the_singular_taken_out_is_relaxed() -> None:
    kinds, _, direction = classify_pair(
        "Developer agrees to allow GitHub, at its discretion, to run vulnerability scans of "
        "Developer's public facing IPs.",
        "",
    )
    assert "obligation-relaxed" in kinds and direction == "favourable"


def test_conduct_that_is_not_welcome_is_banned() -> None:
    kinds, material, direction = classify_pair(
        "",
        "* **Harassment**: Intimidating or targeting people through repeated communication "
        "is not welcome at Basecamp.",
    )
    assert "new-obligation" in kinds and material and direction == "adverse"
