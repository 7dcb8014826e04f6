"""Whom a change favours (tosdiff/direction.py and rules/direction.toml): the labelled
tables, and one test per reading (words, negation, periods, amounts, the rules)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from test_classify import BLIND_CASES, CASES, REAL_CASES, classify_case, classify_pair

from tosdiff import compare, load
from tosdiff.errors import RulesError
from tosdiff.ruleset import load_rules

DATA = Path(__file__).parent / "data"
EXAMPLES = Path(__file__).parent.parent / "tosdiff" / "examples"


def _accuracy(cases: list[dict[str, Any]]) -> float:
    right = sum(classify_pair(c["old"], c["new"])[2] == c["direction"] for c in cases)
    return right / len(cases)


def test_direction_of_the_labelled_tables_stays_above_its_floor() -> None:
    # regression floors a little below what the rules score: 0.84 on the hand table and
    # 0.76 on the blind one, against 0.68 and 0.66 before direction read the words of
    # a change (a shorter period and any kind's default were all it had); the blind
    # floor went from 0.77 to 0.76 when the tenth session's last set, revisions of real
    # paragraphs that score 0.53 on direction, was added to the table, and to 0.75 when
    # the eleventh session's nine sets (0.69 together) were; 0.76 with the twelfth
    # session's twenty-four sets (0.76 together), kept at 0.75 as its last four, revisions
    # of real paragraphs and regulated privacy notices among them, score 0.71; to 0.74
    # when the thirteenth session's twenty-four sets (0.69 together, most of them
    # revisions of real paragraphs) were added: the older 4470 pairs score 0.765 (0.762
    # before it); to 0.73 when the fourteenth session's twenty-eight sets (0.69 together,
    # 0.67 with its starting rules) were: the older 5910 pairs score 0.75 (0.747 before it);
    # kept at 0.73 with the fifteenth session's twenty-eight sets (0.720 together, 0.699
    # with its starting rules; the older 7590 pairs 0.739, 0.737 before; the whole 0.736);
    # to 0.72 with the sixteenth session's thirty-two sets (0.670 together, 0.651 with its
    # starting rules; the older 9270 pairs 0.737, 0.736 before; the whole 0.726); kept at
    # 0.72 with the seventeenth session's twenty-eight sets (0.718 together, 0.676 with
    # its starting rules; the older 11190 pairs 0.737, 0.726 before; the whole 0.734), and
    # with the eighteenth session's fifty-two sets (0.727 together, 0.691 with its
    # starting rules; the older 12870 pairs 0.743, 0.734 before; the whole 0.740); raised
    # to 0.74 with the nineteenth session's forty-four sets (0.766 together, 0.734 with
    # its starting rules; the older 15990 pairs 0.756, 0.740 before; the whole 0.758);
    # kept with the twentieth session's thirty-six sets (0.752 together, 0.724 with its
    # starting rules; the older 18630 pairs 0.762, 0.758 before; the whole 0.761);
    # raised to 0.75 with the twenty-first session's twenty-three sets (0.770 together,
    # 0.734 with its starting rules; the older 20790 pairs 0.768, 0.761 before; the
    # whole 0.768; the hand table 0.891, 0.884 before); kept with the twenty-second
    # session's fourteen sets (0.788 together, 0.743 with its starting rules; the older
    # 22170 pairs 0.774, 0.768 before; the whole 0.775; the hand table 0.891, as before),
    # and with the twenty-third session's fourteen sets (0.757 together, 0.736 with its
    # starting rules; the older 23010 pairs 0.777, 0.775 before; the whole 0.776; the
    # hand table 0.893, 0.891 before), and with the twenty-fourth session's fourteen sets
    # (0.758 together, 0.735 with its starting rules; the older 23850 pairs 0.779, 0.776
    # before; the whole 0.779; the hand table 0.906, 0.893 before), and with the
    # twenty-fifth session's fourteen sets (0.767 together, 0.743 with its starting rules;
    # the older 24690 pairs 0.785, 0.779 before; the whole 0.785; the hand table 0.908,
    # 0.906 before); raised to 0.78 with the twenty-sixth session's fourteen sets (0.783
    # together, 0.769 with its starting rules; the older 25530 pairs 0.803, 0.785 before;
    # the whole 0.803; the hand table 0.908, as before; kept with the twenty-seventh
    # session's six sets, 360 pairs, 0.761 together, 0.753 with its starting rules; the
    # older 26370 pairs 0.803, as before; the whole 0.803; and with the twenty-eighth
    # session's nine sets, 540 pairs, 0.820 together, 0.817 with its starting rules; the
    # older 26730 pairs 0.803, as before; the whole 0.804; and with the twenty-ninth
    # session's fourteen sets, 840 pairs, 0.842 together, 0.814 with its starting rules;
    # the older 27270 pairs 0.805, 0.804 before; the whole 0.806; and with the thirtieth
    # session's twenty-four sets, 1440 pairs, 0.809 together, 0.775 with its starting
    # rules; the older 28110 pairs 0.809, 0.806 before; the whole 0.809; and with the
    # thirty-first session's thirty sets, 1800 pairs, 0.800 together, 0.786 with its
    # starting rules; the older 29550 pairs 0.809, as before; the whole 0.809; and with
    # the thirty-second session's sixty sets, 3600 pairs, 0.804 together, 0.792 with
    # its starting rules; the older 31350 pairs 0.811, 0.809 before; the whole 0.810;
    # 0.811 after the thirty-third session's fixes of kinds, which added no set)
    assert _accuracy(CASES) >= 0.81
    assert _accuracy(BLIND_CASES) >= 0.78


def test_direction_of_real_revisions_stays_above_its_floor() -> None:
    # a floor a little below what the rules score on the edits companies made
    # (tests/data/classify_cases_real.toml): 0.617 over the first 1056 pairs at the end
    # of the thirty-third session, 0.616 with its starting rules; the thirty-fourth
    # session's fifth round (291 pairs) 0.574, 0.605 after its fixes; its sixth (300
    # pairs) 0.673 before and after; the whole 1647 pairs 0.620 before, 0.631 after;
    # the thirty-fifth session's seventh round (221 pairs) 0.525 before and after its
    # fixes, the whole 1868 pairs 0.618 before, 0.623 after; the thirty-sixth session's
    # eighth round (196 pairs) 0.582 before its fixes, 0.577 after, the whole 2064 pairs
    # 0.619 before, 0.618 after; the thirty-seventh session's ninth round (245 pairs)
    # 0.649 before and after its fixes, the whole 2309 pairs 0.621 before, 0.623 after;
    # the thirty-eighth session's tenth round (267 pairs) 0.648 before and after its
    # fixes, the whole 2576 pairs 0.626 before, 0.627 after; the thirty-ninth session's
    # eleventh round (181 pairs) 0.680 before its fixes, 0.702 after, its twelfth (197
    # pairs, not read) 0.614 before and after, the whole 2954 pairs 0.630 before, 0.634
    # after; the fortieth session's twelfth round 0.614 before its fixes, 0.665 after,
    # its thirteenth (83 pairs) 0.627 before, 0.675 after, its fourteenth (65 pairs, not
    # read) 0.769 before and after, the whole 3102 pairs 0.637 before, 0.644 after; the
    # forty-first session's fourteenth round 0.769 before its fixes, 0.785 after, its
    # fifteenth (173 pairs, not read) 0.705 before and after, the whole 3275 pairs 0.647
    # before, 0.648 after; the forty-second session's fifteenth round 0.705 before its
    # fixes, 0.734 after, its sixteenth (108 pairs, not read) 0.731 before, 0.741 after,
    # the whole 3383 pairs 0.651 before, 0.657 after; the forty-third session's
    # sixteenth round 0.741 before its fixes, 0.759 after, its seventeenth (110 pairs)
    # 0.709 before, 0.718 after, its eighteenth (115 pairs, not read) 0.670 before and
    # after, the whole 3608 pairs 0.659 before, 0.660 after; the forty-fourth session's
    # eighteenth round 0.670 before its fixes, 0.748 after, its nineteenth and twentieth
    # (110 pairs each, not read) 0.609 and 0.727 before and after, the whole 3828 pairs
    # 0.661 before, 0.667 after; the forty-fifth session's nineteenth round 0.609 before
    # its fixes, 0.655 after, its twentieth and twenty-first (36 pairs, not read) 0.727
    # and 0.778 before and after, the whole 3864 pairs 0.668 before, 0.669 after; the
    # forty-sixth session's twentieth and twenty-first rounds 0.727 and 0.778 before its
    # fixes, 0.773 and 0.778 after, its twenty-second (178 pairs) 0.590 before it was
    # read, 0.618 after, its twenty-third (113 pairs, not read) 0.584 before and after,
    # the whole 4155 pairs 0.664 before, 0.666 after; the forty-seventh session's
    # twenty-third round 0.584 before its fixes, 0.602 after, its twenty-fourth (107
    # pairs, not read) 0.589 before, 0.598 after, the whole 4262 pairs 0.664 before,
    # 0.666 after; the forty-eighth session's twenty-fourth round 0.598 before its
    # fixes, 0.617 after, its twenty-fifth (85 pairs, not read) 0.600 before and after,
    # the whole 4347 pairs 0.665 before and after; the forty-ninth session's
    # twenty-fifth round 0.600 before its fixes, 0.612 after, its twenty-sixth (104
    # pairs, not read) 0.712 before and after, the whole 4451 pairs 0.666 before, 0.667
    # after; the fiftieth session's twenty-sixth round 0.712 before its fixes, 0.779
    # after, its twenty-seventh (100 pairs, not read) 0.710 before and after, the whole
    # 4551 pairs 0.668 before, 0.671 after; the fifty-first session's twenty-seventh
    # round 0.710 before its fixes, 0.780 after, its twenty-eighth (112 pairs, not read)
    # 0.732 before, 0.723 after, the whole 4663 pairs 0.672 before, 0.675 after
    right = sum(classify_case(c)[2] == c["direction"] for c in REAL_CASES)
    assert right / len(REAL_CASES) >= 0.60


@pytest.mark.parametrize(
    ("old", "new", "direction"),
    [
        # a word for the user brought in, or taken out
        (
            "You may cancel your subscription at any time.",
            "You may cancel your subscription at any time and request a refund.",
            "favourable",
        ),
        # the standard of service a consumer law sets, promised
        (
            "The Service is provided as described in its documentation.",
            "The Service is provided as described in its documentation. We provide the "
            "Service with reasonable care and skill.",
            "favourable",
        ),
        (
            "We may share your email address with our service providers.",
            "We may share your email address with our service providers and advertisers.",
            "adverse",
        ),
        (
            "We may suspend your account after giving you prior notice.",
            "We may suspend your account without prior notice.",
            "adverse",
        ),
        # a late payment charge taken out
        (
            "Invoices are due within 30 days. Overdue amounts accrue a late payment charge "
            "of 1.5% per month.",
            "Invoices are due within 30 days.",
            "favourable",
        ),
        # our liability kept only for gross negligence, no longer for negligence
        (
            "Nothing limits our liability for losses caused by our negligence.",
            "Nothing limits our liability for losses caused by our gross negligence.",
            "adverse",
        ),
        # a fee we say we no longer take
        (
            "If your account is inactive for a year, we charge a monthly inactivity fee of $4.",
            "If your account is inactive for a year, we do not charge a fee, but we may close it.",
            "favourable",
        ),
        # a choice taken away, its words in quotes
        (
            'You can turn off "Personalised ads" in your Ad Preferences. Ads stay.',
            "Ads stay.",
            "adverse",
        ),
        # a negation turns a word round
        (
            "We sell your personal information to marketing partners.",
            "We do not sell your personal information to marketing partners.",
            "favourable",
        ),
        (
            "Gift cards are refundable within 14 days.",
            "Gift cards are non-refundable.",
            "adverse",
        ),
        # a refund not owed, however many words stand between
        (
            "Fees are charged monthly.",
            "Fees are charged monthly. On termination you will not be entitled to any "
            "refund of the fees you have paid.",
            "adverse",
        ),
        (
            "Annual plans are billed in advance.",
            "Annual plans are billed in advance and are not eligible for a partial refund.",
            "adverse",
        ),
        (
            "Coins can be bought in the app.",
            "Coins can be bought in the app. You will not receive money or other "
            "compensation for unused coins when an account is closed.",
            "adverse",
        ),
        # a right the user pays for is no right given ("fees for the right to access")
        (
            "Virtual items may be distributed with or without charge.",
            "Virtual items may be distributed with or without charge. We reserve the right "
            "to charge fees for the right to access or use virtual items.",
            "adverse",
        ),
        (
            "If you live in the EEA, these Terms are governed by the laws of Ireland.",
            "If you live in the EEA, these Terms are governed by the laws of the country "
            "where you live.",
            "favourable",
        ),
        (
            "These terms are governed by the law of England and Wales.",
            "These terms are governed by the law of the part of the United Kingdom where you live.",
            "favourable",
        ),
        # a promise of ours taken away, and a choice given to the user
        (
            "We do not use your private files to train artificial intelligence models. "
            "Files are encrypted at rest.",
            "Files are encrypted at rest.",
            "adverse",
        ),
        (
            "We use your activity to show you ads.",
            "We use your activity to show you ads. You can opt out of having your activity "
            "used for targeted advertising in your settings.",
            "favourable",
        ),
        (
            "We will defend and indemnify you against claims that the API infringes "
            "a patent. Each party pays its own costs.",
            "Each party pays its own costs.",
            "adverse",
        ),
        # money kept back from what the user is owed, though "refund" is in the new words
        (
            "You may return unused items within 30 days for a refund of the price.",
            "You may return unused items within 30 days for a refund of the price. "
            "Opened cameras carry a 10% restocking fee, deducted from your refund.",
            "adverse",
        ),
        (
            "We pay out your available balance to your bank account every 7 days.",
            "We pay out your available balance to your bank account every 7 days. If "
            "chargebacks on your shop rise, we may hold part of your balance for up to 60 days.",
            "adverse",
        ),
        # a licence over feedback turned into an assignment of all rights in it
        (
            "You grant us a perpetual, royalty-free licence to use your feedback.",
            "You hereby assign to us all right, title and interest in your feedback.",
            "adverse",
        ),
        # a promise of notice to the users a change affects, taken out
        (
            "If we are involved in a merger, we will ensure the confidentiality of your "
            "personal information and give affected users notice before personal "
            "information is transferred or becomes subject to a different privacy policy.",
            "If we are involved in a merger, we will ensure the confidentiality of your "
            "personal information.",
            "adverse",
        ),
        # the consumer's own courts, written of in the third person
        (
            "Any dispute shall be resolved by arbitration in Singapore.",
            "Any dispute shall be resolved by arbitration in Singapore; provided that a "
            "consumer may bring a claim before the courts of the country in which he or "
            "she habitually resides.",
            "favourable",
        ),
        # a fee that "will be waived" is waived; payouts netted or withheld are not paid
        (
            "Host cancellation fees apply whatever the reason for cancelling.",
            "Host cancellation fees will be waived if you cancel for a safety concern you "
            "report to us.",
            "favourable",
        ),
        (
            "If your account is closed, we will pay you any Payouts due for completed stays.",
            "If your account is closed, we will pay you any Payouts due for completed stays, "
            "less any amounts you owe us, and we may withhold them if we suspect fraud.",
            "adverse",
        ),
        # a cap measured as the greater of two has a floor; the lesser of two, a ceiling
        (
            "Our aggregate liability will not exceed one hundred dollars ($100).",
            "Our aggregate liability will not exceed the greater of one hundred dollars "
            "($100) or the fees you paid us in the prior 12 months.",
            "favourable",
        ),
        (
            "Our aggregate liability will not exceed the greater of $100 or the fees you "
            "paid us in the prior 12 months.",
            "Our aggregate liability will not exceed the lesser of $100 or the fees you "
            "paid us in the prior 12 months.",
            "adverse",
        ),
        # while a cap written in where there was none limits what the user recovers
        (
            "We are liable for losses we cause by breaching these Terms.",
            "We are liable for losses we cause by breaching these Terms. Our total "
            "liability will not exceed the greater of EUR 50 or the fees you paid.",
            "adverse",
        ),
        # a promise never to work with data brokers, taken out
        (
            "We share data with service providers. We never work with data brokers.",
            "We share data with service providers.",
            "adverse",
        ),
        # "without notice" written into our right to change the service, as an aside
        (
            "We may modify or stop any feature of the app.",
            "We may, without notice, modify or stop any feature of the app.",
            "adverse",
        ),
        # an open-ended retention given a maximum
        (
            "After you leave, we retain your data for a period that lets us keep records.",
            "After you leave, we retain your data for no longer than 24 months to keep records.",
            "favourable",
        ),
        # a promise not to use some data to show ads, taken out
        (
            "We use your health data to run the app, but not to show you ads.",
            "We use your health data to run the app.",
            "adverse",
        ),
        # gross negligence taken out of the cases where our liability is not limited
        (
            "We are liable without limit for intent and gross negligence.",
            "We are liable without limit for intent.",
            "adverse",
        ),
        # a flat cap turned into the greater of it and what the user paid: a floor
        (
            "IN NO EVENT WILL OUR TOTAL LIABILITY EXCEED ONE HUNDRED DOLLARS ($100).",
            "IN NO EVENT WILL OUR TOTAL LIABILITY EXCEED THE GREATER OF ONE HUNDRED DOLLARS "
            "($100) OR THE AMOUNTS YOU PAID US IN THE PAST TWELVE MONTHS.",
            "favourable",
        ),
        # a promise to notify, contracted ("we'll"), made a mere possibility
        (
            "If we make material changes to these Terms, we'll notify you by email.",
            "If we make material changes to these Terms, we may notify you by email.",
            "adverse",
        ),
        # a use of data turned on by default
        (
            "We may use your posts to improve our models if you allow it.",
            "We may use your posts to improve our models. This setting is enabled by default.",
            "adverse",
        ),
        # a limit to data that does not name the user, taken out of a sharing that stays
        (
            "We share usage data with researchers for academic study, but only in a "
            "pseudonymized format.",
            "We share usage data with researchers for academic study.",
            "adverse",
        ),
        # a browser's opt-out signal honoured
        (
            "Please note that we currently ignore Do Not Track settings and similar browser "
            "signals.",
            "We ignore Do Not Track settings, but we accept Global Privacy Control signals as "
            "your choice to opt out of the sale or sharing of your personal information for "
            "targeted ads.",
            "favourable",
        ),
        # the user's own right to end the contract, written in or taken out
        (
            "We may close your account if you break these Terms.",
            "We may close your account if you break these Terms. You may terminate these "
            "Terms at any time by deleting your account.",
            "favourable",
        ),
        (
            "We may close your account if you break these Terms. You can cancel at any time.",
            "We may close your account if you break these Terms.",
            "adverse",
        ),
        # our right to end accounts "for any other reason", taken out
        (
            "We may suspend your account if you break these Terms or for any other reason.",
            "We may suspend your account if you break these Terms.",
            "favourable",
        ),
        # a promise not to follow where the user goes, taken out
        (
            "We ask for your email address. We don't track your precise location.",
            "We ask for your email address.",
            "adverse",
        ),
        # our legal costs claimed from the user: written in, or a promise not to, cut
        (
            "Each party pays its own costs of the arbitration.",
            "Each party pays its own costs of the arbitration. Even if we win, we will not "
            "seek our attorneys' fees from you.",
            "favourable",
        ),
        (
            "Each party pays its own costs of the arbitration. Even if we win, we will not "
            "seek our attorneys' fees from you.",
            "Each party pays its own costs of the arbitration.",
            "adverse",
        ),
        # a cost of the dispute we bear, written in
        (
            "If mediation fails, either party may start arbitration.",
            "If mediation fails, either party may start arbitration, and we will pay the "
            "arbitrator's fees.",
            "favourable",
        ),
        (
            "Payouts are sent in euros. Conversion costs charged by your bank are yours.",
            "Payouts are sent in euros. We bear the currency conversion costs.",
            "favourable",
        ),
        # what the user owes taken from what we owe, our records made binding, a notice
        # taken as received when sent
        (
            "Payouts are sent monthly. We may deduct from your payouts any amounts you owe us.",
            "Payouts are sent monthly.",
            "favourable",
        ),
        (
            "We bill you for the storage you use. Our usage records are conclusive.",
            "We bill you for the storage you use.",
            "favourable",
        ),
        (
            "Notices we send by email take effect when you receive them.",
            "Notices we send by email are deemed received 24 hours after we send them.",
            "adverse",
        ),
        # notice we promised, now only allowed
        (
            "If changes to these Terms are material, we will provide you with reasonable "
            "advance notice.",
            "If changes to these Terms are material, we may provide you with reasonable "
            "advance notice.",
            "adverse",
        ),
        # a reminder promised before a renewal; a renewal at the price of the day
        (
            "Your annual plan renews automatically.",
            "Your annual plan renews automatically. We will send you a reminder by email "
            "before it renews.",
            "favourable",
        ),
        (
            "Your plan renews at the then-current price until you cancel.",
            "Your plan renews at the same price until you cancel.",
            "favourable",
        ),
        # what we do with the user's data, said or unsaid; a ban on the user sharing a
        # login is no use of data by us
        (
            "We do not share your individual purchase history with the retailers on Basket.",
            "We may also share your purchase history with the retailers on Basket.",
            "adverse",
        ),
        (
            "We may disclose your location data to the partners who run our maps.",
            "We never disclose your location data to the partners who run our maps.",
            "favourable",
        ),
        # a charge the user pays, raised, whatever credits the sentence also names
        (
            "If you return the car late, you will be charged $25 for each 30 minutes that "
            "you are late.",
            "If you return the car late, you will be charged $50 for each 30 minutes that "
            "you are late, plus any costs we incur, including credits given to the next "
            "member.",
            "adverse",
        ),
        # notice of changes given a number of days ahead, far from "notify"
        (
            "Unless otherwise required by law, we will notify you of any material changes "
            "to these Terms before any update enters into effect.",
            "Unless otherwise required by law, we will notify you of any material changes "
            "to these Terms at least 30 days before any update enters into effect.",
            "favourable",
        ),
        # more time we may take to answer a request, told to the user
        (
            "We will respond to your request within 30 days of receiving it. If we need "
            "more time, we will let you know and may extend this period once by up to 30 "
            "additional days.",
            "We will respond to your request within 45 days of receiving it. If we need "
            "more time, we will let you know and may extend this period once by up to 45 "
            "additional days.",
            "adverse",
        ),
        # our fault carved out of a release or an exclusion
        (
            "You release Example from all claims arising out of the following: (a) copying "
            "of User Content by third parties.",
            "You release Example from all claims arising out of the following, except to "
            "the extent caused by the negligence or willful misconduct of Example: (a) "
            "copying of User Content by third parties.",
            "favourable",
        ),
        (
            "We are not liable for any loss of or damage to your content.",
            "We are not liable for any loss of or damage to your content, except where it "
            "is caused by our failure to use reasonable care and skill.",
            "favourable",
        ),
        # an opt-in replaced by an opt-out, and the other way round
        (
            "If you opt in during setup, your TV shares viewing information with us.",
            "Unless you opt out during setup, your TV shares viewing information with us.",
            "adverse",
        ),
        (
            "We will send you offers by email, unless you opt out.",
            "We will send you offers by email if you have opted in to receive them.",
            "favourable",
        ),
        # rights over one's data written as requests
        (
            "You have the right to know what information we have collected about you and "
            "to request that we delete that information.",
            "You have the right to know what information we have collected about you, to "
            "request that we correct inaccurate information, to request that we delete that "
            "information and to limit our use of your sensitive personal information.",
            "favourable",
        ),
        # what the user holds made to expire
        (
            "Gift Cards do not expire and carry no fees.",
            "Gift Cards expire 24 months after the date of purchase and carry no fees.",
            "adverse",
        ),
        # our response made slower
        (
            "Customers on the Business plan will receive a first response from our support "
            "team within 4 business hours of submitting a ticket.",
            "Customers on the Business plan will receive a first response from our support "
            "team within 1 business day of submitting a ticket.",
            "adverse",
        ),
        # a count of what the user gets, raised or lowered
        (
            "A Family plan lets up to four people share one subscription.",
            "A Family plan lets up to six people share one subscription.",
            "favourable",
        ),
        (
            "Free applications may make up to 10,000 requests per day.",
            "Free applications may make up to 2,500 requests per day.",
            "adverse",
        ),
        # a price said to go down, or up
        (
            "The final value fee is 13% of the total amount of the sale.",
            "The final value fee is 13% of the total amount of the sale. For orders over "
            "\u00a32,000, the final value fee on the portion above \u00a32,000 is reduced to 3%.",
            "favourable",
        ),
        # consent asked before we act, taken out
        (
            "You can block cookies in your browser settings. Where required by law, you "
            "will be asked to consent to certain cookies before we install them.",
            "You can block cookies in your browser settings.",
            "adverse",
        ),
        # a cause taken off the user's indemnity narrows it
        (
            "You will indemnify and hold harmless Example from any claims arising out of "
            "(a) your access to or use of the Services, (b) your User Content, or (c) your "
            "violation of these Terms.",
            "You will indemnify and hold harmless Example from any claims arising out of "
            "(a) your User Content, or (b) your violation of these Terms.",
            "favourable",
        ),
        # a ban on the user training models is the user's duty, not our use of data
        (
            "You may not copy the Services without our prior written consent.",
            "You may not copy the Services without our prior written consent, and you may "
            "not use any Content obtained from the Services to train a machine learning or "
            "artificial intelligence model.",
            "adverse",
        ),
        # a promise of notice made firm, or no longer hedged
        (
            "We may change these Terms. If the changes are material, we may also notify "
            "you by email.",
            "We may change these Terms. If the changes are material, we will also notify "
            "you by email.",
            "favourable",
        ),
        (
            "We may amend these Terms and will use commercially reasonable efforts to "
            "provide you with prior notice.",
            "We may amend these Terms and will provide you with prior notice.",
            "favourable",
        ),
        # sharing made conditional on consent or the law, and the condition taken out
        (
            "We may share your personal information with our affiliates, business partners "
            "and other third parties for the purposes described in this Privacy Policy.",
            "We may share your personal information with our affiliates and service "
            "providers for the purposes described in this Privacy Policy. We share your "
            "personal information with other third parties only where you have given your "
            "consent or where we are required to do so by law.",
            "favourable",
        ),
        (
            "We share your personal information with government authorities only where we "
            "are required to do so by law. We keep records of each request.",
            "We keep records of each request.",
            "adverse",
        ),
        (
            "You are responsible for your account.",
            "You are responsible for your account. You must not share your login details "
            "with anyone.",
            "adverse",
        ),
        # a hard deadline on a processor's breach notice taken out; more time we may take
        (
            "The processor shall notify the controller without undue delay and within 72 "
            "hours after becoming aware of a breach.",
            "The processor shall notify the controller without undue delay after becoming "
            "aware of a breach.",
            "adverse",
        ),
        (
            "We answer access requests within 30 days. If we need more time (up to a further "
            "60 days), we will tell you why.",
            "We answer access requests within 30 days. If we need more time (up to a further "
            "15 days), we will tell you why.",
            "favourable",
        ),
        # a promise that what is free stays free, taken out
        ("Basic sharing will remain free for every account holder.", "", "adverse"),
        # the reasons for a sanction given, a milder sanction weighed first
        (
            "If we suspend your shop, we will tell you.",
            "If we suspend your shop, we will tell you and give you a statement of reasons.",
            "favourable",
        ),
        (
            "We may suspend a listing that breaks these rules.",
            "We may suspend a listing that breaks these rules. Before we do, we will consider "
            "whether a less restrictive measure, such as a warning, is enough.",
            "favourable",
        ),
        # a waiver that no longer binds some users; costs of the user's we pay
        (
            "You waive any right to a jury trial.",
            "You waive any right to a jury trial. This paragraph does not apply to you if "
            "you live in Canada.",
            "favourable",
        ),
        (
            "Fees. If you start an arbitration against Acme, you will be responsible for the "
            "nonrefundable filing fee set by the arbitration provider.",
            "Fees. If you start an arbitration against Acme, you will be responsible for the "
            "nonrefundable filing fee set by the arbitration provider. If the total amount "
            "you claim is less than $5,000, Acme will also pay your filing fee.",
            "favourable",
        ),
        # an advertising cookie's row taken out of the table
        (
            "| _fbp | Meta Platforms | Advertising | Used to deliver and measure ads on other "
            "websites. | 90 days |",
            "",
            "favourable",
        ),
        # a notice of big changes promised, not only allowed
        (
            "We may update this policy. If the changes are significant, we may provide a more "
            "prominent notice, such as by email.",
            "We may update this policy. If the changes are significant, we will provide a "
            "more prominent notice, such as by email.",
            "favourable",
        ),
        # money no longer kept back from a refund
        (
            "If you cancel a course, we refund the fee but may deduct from any refund an "
            "administration charge.",
            "If you cancel a course, we refund the fee in full.",
            "favourable",
        ),
        # control over what is collected left to the user
        (
            "",
            "You have control over the personal information you wish for us to collect "
            "through cookies and other tracking technologies.",
            "favourable",
        ),
        # a non-exclusive licence is still a licence granted: no exclusive one taken out
        (
            "You keep ownership of the photos you upload.",
            "You keep ownership of the photos you upload, but you grant us a non-exclusive, "
            "royalty-free licence to use them in our marketing.",
            "adverse",
        ),
        # a promise not to sell, with other verbs listed, taken out
        ("We do not sell, rent or trade your personal information to data brokers.", "", "adverse"),
        (
            "Your backups are encrypted on our servers.",
            "Your backups are encrypted on our servers. You can also turn on end-to-end "
            "encryption so that only your own devices can read them.",
            "favourable",
        ),
        (
            "Your playlists are publicly viewable and may be copied by other users.",
            "Your playlists are private by default. If you publish a playlist, it becomes "
            "publicly viewable and may be copied by other users.",
            "favourable",
        ),
        (
            "We provide the Service as it is.",
            "We will provide the Service with reasonable skill and care.",
            "favourable",
        ),
        # a fee for an account left unused is a fee, whatever it is not charged on
        (
            "",
            "Dormancy fee. If you do not use your wallet for 18 months, a dormancy fee of $2 "
            "per month applies. We will not charge this fee while your balance is zero.",
            "adverse",
        ),
        # only a serious breach lets us close the account
        (
            "We may suspend or terminate your account if you breach these Terms.",
            "We may suspend or terminate your account if you materially breach these Terms.",
            "favourable",
        ),
        # arbitration near the user's home, not at our seat
        (
            "Any arbitration will take place in King County, Washington.",
            "Any arbitration will take place in the county where you reside, or by video "
            "conference at your option.",
            "favourable",
        ),
        # a sentence on what we do not do with data is a promise for the user ...
        ("", "We do not use your health data to personalise ads.", "favourable"),
        # ... unless it goes on to take part of it back
        (
            "",
            "We do not use your health data for research, but we may use it to personalise "
            "your feed.",
            "adverse",
        ),
        # our negated verb reaches every verb of its series
        (
            "We will not use your contacts to send invitations.",
            "We will not use your contacts to send invitations, sell your contacts, or "
            "build advertising profiles from them.",
            "favourable",
        ),
        # ... but not a new clause after the comma
        (
            "We do not charge for storage.",
            "We do not charge for storage, and we will sell your personal information to "
            "advertisers.",
            "adverse",
        ),
        (
            "",
            "If you live in the British Isles, you may bring a claim in the courts of "
            "Ireland, Northern Ireland, England and Wales or Scotland, depending on where "
            "you live.",
            "favourable",
        ),
        # a right a clause says it leaves as it was is no right denied
        (
            "",
            "If you live in the EU, you may refer our decision to a certified out-of-court "
            "dispute settlement body. This does not affect your right to bring a claim in "
            "court.",
            "favourable",
        ),
        # a least time before changes apply written into a clause that stays, beside a
        # carve-out for changes the law requires
        (
            "We may change these Terms. We will email you about material changes.",
            "We may change these Terms. We will email you about material changes. They will "
            "take effect no sooner than 30 days after we email you.",
            "favourable",
        ),
        # our right to terminate, kept in so many words, is no right of the user's nor a
        # licence that ends
        (
            "If you break these rules, we may limit your use of some features for a limited "
            "time. We will tell you why.",
            "If you break these rules, we may limit your use of some features for a limited "
            "time. This does not affect our right to terminate your account. We will tell you "
            "why.",
            "adverse",
        ),
        # costs we take on
        (
            "The payment of all filing, case management and arbitrator fees will be governed "
            "by the NAM rules.",
            "For claims below EUR 8,000, we will pay all NAM filing, case management and "
            "arbitrator fees, unless the arbitrator decides your claim was frivolous or "
            "brought to harass. Otherwise, the payment of these fees will be governed by the "
            "NAM rules.",
            "favourable",
        ),
        # a time the user is not charged for, said in the passive
        (
            "",
            "You can pause your plan for up to 2 months. You will not be charged while it is "
            "paused, and billing restarts when the pause ends.",
            "favourable",
        ),
        # "non-" taken off data we receive: "precise location" is not what was deleted
        (
            "We receive non-precise location data (such as your city) from our partners.",
            "We receive location data (such as your city) from our partners.",
            "adverse",
        ),
        # the small-claims exception to arbitration dropped: its "not ... appealed to a
        # court" is no right of appeal
        (
            "Either of us may bring an individual action in small claims court, provided "
            "the action is not removed or appealed to a court of general jurisdiction; and "
            "either of us may seek injunctive relief in court.",
            "Either of us may seek injunctive relief in court.",
            "adverse",
        ),
        # "without delay" says when we notify, not that we do not
        (
            "If we suspend your account, we will without delay notify you of the reason. We "
            "may also restrict features.",
            "We may also restrict features.",
            "adverse",
        ),
        # a right the user gives up is no right kept
        (
            "Any dispute about your account may be brought in any competent court.",
            "Any dispute about your account shall be settled by binding arbitration. By "
            "agreeing to arbitration you are giving up the right to sue in court.",
            "adverse",
        ),
        # a fee set at nothing in a list of fees
        (
            "Card replacement fee: $5 per card.",
            "Card replacement fee: none.",
            "favourable",
        ),
        # a charge dropped for a service we now do for free
        (
            "If you'd like us to unlock your phone, there is a charge of £15.",
            "If you'd like us to unlock your phone, we'll do it for free.",
            "favourable",
        ),
        # a use made to wait for the user's consent
        (
            "We use your viewing history to recommend partner offers.",
            "We use your viewing history to recommend partner offers once you have given "
            "your consent.",
            "favourable",
        ),
        # a second verb joined by "or" shares our negation: sharing was promised away
        (
            "We do not sell your personal information or share it with third parties for "
            "their own marketing purposes.",
            "We do not sell your personal information. We may share your personal "
            "information with our partners so that they can offer you their products, and "
            "you may opt out of such sharing in your settings.",
            "adverse",
        ),
        # a right the user loses is no right given: the time to sue shortened
        (
            "You must bring any claim within one year after it arises, or it is "
            "permanently barred.",
            "You must bring any claim within 6 months after it arises, or you lose the "
            "right to bring it.",
            "adverse",
        ),
        # "for any reason other than ..." narrows a power: here it brings a promise in
        (
            "",
            "If we close your account for any reason other than a breach of these Terms, "
            "we will give you at least 30 days' notice to withdraw your funds.",
            "favourable",
        ),
        # a promise not to sell data named by whose it is ("members' personal
        # information") taken out
        (
            "We do not use the personal information of patients to serve targeted "
            "advertising, and we do not sell patients' personal information to anyone.",
            "",
            "adverse",
        ),
        # a power of ours bounded by a reason
        (
            "We may close your account at any time by giving you 30 days' notice.",
            "We may close your account by giving you 30 days' notice, but only where we "
            "have a valid reason, such as fraud or abuse of our staff.",
            "favourable",
        ),
        # disputes taken out of court, though small claims stay open
        (
            "",
            "Any dispute between you and us will be resolved by binding individual "
            "arbitration, except claims that qualify for small claims court.",
            "adverse",
        ),
        # a choice left to the user
        (
            "Deposits are returned as store credit.",
            "Deposits are returned to your card or, if you prefer, as store credit.",
            "favourable",
        ),
        # what an insurance policy pays for, and what it no longer pays for
        (
            "",
            "Frozen food: we will pay for food in your freezer spoiled by a power cut, up to £300.",
            "favourable",
        ),
        (
            "Storm damage: we will pay for damage to your home caused by storm.",
            "Storm damage: we will pay for damage to your home caused by storm. We will "
            "not pay for damage to fences and gates.",
            "adverse",
        ),
        # a way to court kept for the user, taken out
        (
            "Notwithstanding the foregoing, you may pursue a claim for public injunctive "
            "relief either in court or through arbitration.",
            "",
            "adverse",
        ),
        # costs of arbitration the user was spared, taken out
        (
            "In no event will you be responsible for any portion of those fees in excess of "
            "the initial filing fee.",
            "",
            "adverse",
        ),
        # a deadline put on a duty of the user binds the user; one on our notice to
        # the user is for them
        (
            "If a security incident happens, you must notify us as soon as practicable.",
            "If a security incident happens, you must notify us as soon as practicable but "
            "no later than required under applicable laws.",
            "adverse",
        ),
        (
            "We will notify you of material changes to these Terms.",
            "We will notify you of material changes to these Terms no later than the day "
            "they take effect.",
            "favourable",
        ),
        # a warranty the user gives is no promise of ours
        (
            "You grant us a licence to host Your Content.",
            "You grant us a licence to host Your Content. To the extent you provide Your "
            "Content to us, you represent and warrant that such sharing is in accordance "
            "with all applicable laws.",
            "adverse",
        ),
        (
            "Once your order is accepted we will ship it.",
            "Once your order is accepted we will ship it. The Seller warrants that the "
            "goods are free from defects for one year.",
            "favourable",
        ),
        # what favours the user, named in a ban on the user, is what the user may not have
        (
            "You are responsible for your account.",
            "You are responsible for your account. You will not sell, rent or otherwise "
            "trade usernames or group names for money or other compensation.",
            "adverse",
        ),
        # ... but what befalls the user is no ban ("you will not be charged")
        (
            "If you cancel within 14 days, we will process your request.",
            "If you cancel within 14 days, you will not be charged for the month and we will "
            "refund any amount you paid.",
            "favourable",
        ),
        # a refusal reaches no further than its own verb: the consent after "and can" is
        # the user's to withdraw, not a thing refused
        (
            "You can ask us to delete your personal data.",
            "You can ask us to delete your personal data. You can also object to your data "
            "being processed and can withdraw your consent.",
            "favourable",
        ),
        # "opt-out of" refuses what follows as "opt out of" does, across a slash
        (
            "We do not respond to Do Not Track signals.",
            "We do not respond to Do Not Track signals. You can opt-out of the “sale” or "
            "“sharing”/processing for targeted advertising of your personal information.",
            "favourable",
        ),
        # a right to make a complaint is a right to complain
        (
            "We keep your personal data safe.",
            "We keep your personal data safe. You also have the right to make a complaint to "
            "your local supervisory authority.",
            "favourable",
        ),
        # a means to limit the sharing is the user's, not more sharing
        (
            "We do not sell your information.",
            "We do not sell your information. Acme also allows you to limit the sharing of "
            "information for its own marketing purposes.",
            "favourable",
        ),
        # a promise to tell users of a breach of their data is theirs
        (
            "Acme keeps your files on servers in Ireland.",
            "Acme keeps your files on servers in Ireland. Upon becoming aware of a breach, "
            "Acme will promptly: (i) notify the customer of the security breach; and (ii) "
            "investigate it.",
            "favourable",
        ),
        # money paid ahead is no notice given ahead: billing in advance is a cost
        (
            "The Team plan costs $8 per user per month.",
            "The Team plan costs $8 per user per month, billed annually in advance.",
            "adverse",
        ),
        # more time offline before an account is deleted is more time for the user
        (
            "If you stop using Acme and do not come online for at least 6 months, your "
            "account will be deleted along with every piece of data you store.",
            "If you stop using Acme and do not come online for at least 18 months, your "
            "account will be deleted along with every piece of data you store.",
            "favourable",
        ),
        # a promise to strip what names the user, or not to keep it, is the user's
        (
            "You can send us feedback from the app.",
            "You can send us feedback from the app. Any personal data included in your "
            "feedback will be anonymised.",
            "favourable",
        ),
    ],
)
def test_the_words_a_change_brings_in_or_takes_out(old: str, new: str, direction: str) -> None:
    assert classify_pair(old, new)[2] == direction


@pytest.mark.parametrize(
    ("old", "new", "direction"),
    [
        # notice to the user and the user's own time: better longer
        (
            "We will notify you at least 14 days before a price change takes effect.",
            "We will notify you at least 30 days before a price change takes effect.",
            "favourable",
        ),
        (
            "Invoices must be paid within 30 days.",
            "Invoices must be paid within 15 days.",
            "adverse",
        ),
        (
            "Accounts not logged into for 24 months may be closed.",
            "Accounts not logged into for 12 months may be closed.",
            "adverse",
        ),
        # data kept, our own delays, a restriction on the user, notice the user gives:
        # worse longer
        (
            "We keep your search history for 18 months.",
            "We keep your search history for 36 months.",
            "adverse",
        ),
        (
            "We will respond to your request within 30 days.",
            "We will respond to your request within 90 days.",
            "adverse",
        ),
        (
            "After a third strike you may not upload videos for 7 days.",
            "After a third strike you may not upload videos for 30 days.",
            "adverse",
        ),
        (
            "If you receive 3 strikes within 90 days, your channel will be removed.",
            "If you receive 3 strikes within 180 days, your channel will be removed.",
            "adverse",
        ),
        (
            "You must give us 30 days' notice to cancel the contract.",
            "You must give us 7 days' notice to cancel the contract.",
            "favourable",
        ),
        # a deadline written into a duty of the user, or taken out of one
        (
            "You must notify us of any security breach.",
            "You must notify us of any security breach within 24 hours.",
            "adverse",
        ),
        (
            "Sellers must ship each order within 3 business days.",
            "Sellers must ship each order.",
            "favourable",
        ),
        # a period in a prohibition is a limit on what it forbids: taken out, the
        # prohibition covers more
        (
            "Users may not upload videos longer than 10 minutes.",
            "Users may not upload videos.",
            "adverse",
        ),
        # a payment promised, not only allowed
        (
            "If we discontinue a paid feature, we may refund the prorated fees you prepaid.",
            "If we discontinue a paid feature, we will refund the prorated fees you prepaid.",
            "favourable",
        ),
        # a right over one's data added, named by what it asks for
        (
            "You may request access to, or correction of, the personal information we hold.",
            "You may request access to, correction of, or deletion of the personal "
            "information we hold.",
            "favourable",
        ),
        # time before an unused account is deleted, however the inactivity is written
        (
            "If you don't log in for 2 years, we may delete your account.",
            "If you don't log in for 12 months, we may delete your account.",
            "adverse",
        ),
        # a row of a table of processing: its period is how long the data is kept
        (
            "| Search history | To personalise recommendations | Consent | 18 months |",
            "| Search history | To personalise recommendations | Consent | 5 years |",
            "adverse",
        ),
        # a duty met ahead of an event: longer is worse
        (
            "You must send the names of all travellers at least 14 days before departure.",
            "You must send the names of all travellers at least 30 days before departure.",
            "adverse",
        ),
        # the statement the period stands in decides, not another joined to it
        (
            "We will tell you about any price increase at least 30 days before it applies,"
            " and you can cancel before it applies.",
            "We will tell you about any price increase at least 7 days before it applies,"
            " and you can cancel before it applies.",
            "adverse",
        ),
        # a ban that runs for the period, written before it: shorter is better
        (
            "For 24 months after you first meet a client, you agree not to pay them"
            " outside the platform.",
            "For 12 months after you first meet a client, you agree not to pay them"
            " outside the platform.",
            "favourable",
        ),
        # a cookie's lifetime in a table row is read with the row's other cells
        (
            "| _gid | Example Analytics | Analytics | Counts visits to pages. | 24 hours |",
            "| _gid | Example Analytics | Analytics | Counts visits to pages. | 30 days |",
            "adverse",
        ),
        (
            "| prefs | Example | Functional | Remembers your language. | 2 years |",
            "| prefs | Example | Functional | Remembers your language. | 6 months |",
            "favourable",
        ),
        # a deadline we kept, taken out, binds us no more
        (
            "Provider will notify Customer without undue delay, and in any event within "
            "forty-eight (48) hours, after becoming aware of a Security Incident.",
            "Provider will notify Customer without undue delay after becoming aware of a "
            "Security Incident.",
            "adverse",
        ),
        # the time before new terms take effect is time the user has
        (
            "Revisions to these Terms will become effective thirty days after we post them "
            "on the Platform and notify you through the app.",
            "Revisions to these Terms will become effective ten days after we post them "
            "on the Platform and notify you through the app.",
            "adverse",
        ),
        # the user's money released sooner
        (
            "Revenue from an order becomes available for withdrawal 14 days after it is "
            "marked complete.",
            "Revenue from an order becomes available for withdrawal 7 days after it is "
            "marked complete.",
            "favourable",
        ),
        # data the user types in, and a customer who has installed a tag, are no time
        # the user has: the period is how long the data is kept
        (
            "Personal data you may input as part of search queries is deleted after 90 days.",
            "Personal data you may input as part of search queries is deleted after 30 days.",
            "favourable",
        ),
        (
            "Where a customer has installed our tag, we delete the data after 180 days.",
            "Where a customer has installed our tag, we delete the data after 90 days.",
            "favourable",
        ),
        # notice "communicated" ahead of a price change, given a length
        (
            "We will communicate any price change to you in advance.",
            "We will communicate any price change to you at least thirty (30) days in advance.",
            "favourable",
        ),
        # notice ahead of a change, written into a clause that had none
        (
            "Your plan renews at the end of each billing period until you cancel.",
            "Your plan renews at the end of each billing period until you cancel. If you "
            "have an annual plan, we will send you a reminder at least 7 days before you "
            "are charged.",
            "favourable",
        ),
        # a longer probation after an account is restored
        (
            "A restored account is on probation for up to 6 months.",
            "A restored account is on probation for up to 12 months.",
            "adverse",
        ),
        # a longer time to settle a dispute informally keeps the user from court longer
        (
            "If the dispute is not resolved within 30 days after we receive your notice, "
            "either of us may start arbitration.",
            "If the dispute is not resolved within 60 days after we receive your notice, "
            "either of us may start arbitration.",
            "adverse",
        ),
        # "immediately" is a period of none: a user's duty given time, a suspension given
        # notice to put a violation right
        (
            "You must tell us immediately if someone else uses your account.",
            "You must tell us within 72 hours if someone else uses your account.",
            "favourable",
        ),
        (
            "If you break this policy, we may suspend your account immediately.",
            "If you break this policy, we will give you 48 hours' notice to remedy the "
            "violation before we suspend your account.",
            "favourable",
        ),
        # the time before cover starts
        (
            "Coverage for illnesses begins 14 days after your policy start date.",
            "Coverage for illnesses begins 30 days after your policy start date.",
            "adverse",
        ),
        # the period read where it was edited, though the same words stand earlier
        (
            "We will notify you 14 days before each payout. We may hold funds for up to 7 "
            "days after delivery to cover refunds.",
            "We will notify you 14 days before each payout. We may hold funds for up to 14 "
            "days after delivery to cover refunds.",
            "adverse",
        ),
        # the time before the user's money, the user named by role, is released
        (
            "Once a buyer confirms delivery, the sale proceeds are released to the seller "
            "within 10 days.",
            "Once a buyer confirms delivery, the sale proceeds are released to the seller "
            "within 3 days.",
            "favourable",
        ),
        # notice of non-renewal the customer, named as such, must give ahead
        (
            "Plans renew each year unless Customer gives us written notice of non-renewal at "
            "least 15 days before the renewal date.",
            "Plans renew each year unless Customer gives us written notice of non-renewal at "
            "least 60 days before the renewal date.",
            "adverse",
        ),
        # how often the user's earnings are paid out, and how long we keep a reserve
        (
            "We send your earnings to your bank account by disbursement every 30 days.",
            "We send your earnings to your bank account by disbursement every 10 days.",
            "favourable",
        ),
        (
            "We may require a security reserve from hosts, which we may hold for up to 30 "
            "days after the stay.",
            "We may require a security reserve from hosts, which we may hold for up to 120 "
            "days after the stay.",
            "adverse",
        ),
        # the latest time the user may cancel free, moved earlier
        (
            "You may cancel your reservation without charge up to 48 hours before check-in.",
            "You may cancel your reservation without charge up to 72 hours before check-in.",
            "adverse",
        ),
        (
            "Private lessons must be cancelled at least 24 hours in advance by email.",
            "Private lessons must be cancelled at least 48 hours in advance by email.",
            "adverse",
        ),
        # a minimum term the user is held to, named with what it is a term of
        (
            "The minimum rental term for each item is 3 months.",
            "The minimum rental term for each item is 6 months.",
            "adverse",
        ),
        # how long a sanction lasts
        (
            "Temporary suspensions range from one to 30 days.",
            "Temporary suspensions range from one to 90 days.",
            "adverse",
        ),
        # how long our own removal takes
        (
            "If you close your account, it may take up to 72 hours for your public profile "
            "to be removed.",
            "If you close your account, it may take up to 7 days for your public profile to "
            "be removed.",
            "adverse",
        ),
        # the words of a changed period's sentence are the period's: a shorter notice is
        # not made up for by "we will notify you ... before" now matching in fewer words
        (
            "If we change these Terms, we will notify you by sending an email to the "
            "address linked to your account (if you gave us one) or by posting a notice in "
            "the app at least 30 days before the changes take effect.",
            "If we change these Terms, we will notify you by posting a notice in the app at "
            "least 7 days before the changes take effect.",
            "adverse",
        ),
        # a duty to deal only through us that runs for a time: better shorter
        (
            "For 24 months after you meet a client here, you agree to use the Platform for "
            "all payments with that client.",
            "For 6 months after you meet a client here, you agree to use the Platform for "
            "all payments with that client.",
            "favourable",
        ),
        # money of the user's we send on, said in the passive: better sooner
        (
            "Your earnings will be transferred to your bank account within 2 business days "
            "after the end of each month.",
            "Your earnings will be transferred to your bank account within 6 business days "
            "after the end of each month.",
            "adverse",
        ),
        # notice of at least a time made notice of at most that time
        (
            "If we change these Terms, we will give you at least 30 days' notice.",
            "If we change these Terms, we will give you up to 30 days' notice.",
            "adverse",
        ),
        # a cap on how long we keep data taken out
        (
            "We store recordings of your calls for up to 30 days to fix problems, and then "
            "delete them.",
            "We store recordings of your calls to fix problems.",
            "adverse",
        ),
        # the user's window to report a problem
        (
            "If your order arrives damaged, please contact us within 30 days of delivery and "
            "we will give you a full refund.",
            "If your order arrives damaged, please contact us within 14 days of delivery and "
            "we will give you a full refund.",
            "adverse",
        ),
        # the user's window to change their mind, beside a refund we make: better longer
        (
            "You can cancel your order within 14 days of receiving your laptop, and we'll "
            "refund the amounts you've paid.",
            "You can cancel your order within 45 days of receiving your laptop, and we'll "
            "refund the amounts you've paid.",
            "favourable",
        ),
        # time to pay before we act: better longer
        (
            "If you still haven't paid 14 days after our reminder, we may suspend your "
            "line until you pay.",
            "If you still haven't paid 7 days after our reminder, we may suspend your "
            "line until you pay.",
            "adverse",
        ),
        # the same window told as a condition of our refund
        (
            "If you cancel a yearly plan within 60 days of purchase, we will refund the "
            "unused part of your fee.",
            "If you cancel a yearly plan within 30 days of purchase, we will refund the "
            "unused part of your fee.",
            "adverse",
        ),
        # the latest time to cancel without charge: better shorter
        (
            "You can cancel your table free of charge until 12 hours before the booked time.",
            "You can cancel your table free of charge until 2 hours before the booked time.",
            "favourable",
        ),
        # how long we stand behind what we sell: better longer
        (
            "We warrant that each bicycle sold by us will, for a period of three years from "
            "delivery, be free from defects in its frame.",
            "We warrant that each bicycle sold by us will, for a period of one year from "
            "delivery, be free from defects in its frame.",
            "adverse",
        ),
        # how far back we may claw back a user's earnings: worse longer
        (
            "We may claw back referral bonuses for fraudulent sign-ups found within 60 days "
            "of the bonus being paid.",
            "We may claw back referral bonuses for fraudulent sign-ups found within 120 days "
            "of the bonus being paid.",
            "adverse",
        ),
        # a duty taken out whole takes its period with it: no time lost by the user
        (
            "You must send us your updated tax form within 15 days of any change in your address.",
            "",
            "favourable",
        ),
        # how soon a refund of ours is issued: better sooner
        (
            "Approved refunds are issued to your card within 5 days.",
            "Approved refunds are issued to your card within 5 business days.",
            "adverse",
        ),
        # a cut-off the user must keep, written into a clause that stays
        (
            "Your plan renews each month. You can stop it by cancelling before the renewal date.",
            "Your plan renews each month. You can stop it by cancelling at least 5 days "
            "before the renewal date.",
            "adverse",
        ),
        # notice written in where there was only reasonable notice, beside a right to
        # cancel: the statement the period stands in speaks
        (
            "We may raise our prices upon reasonable notice.",
            "We may raise our prices upon at least 30 days' notice, and you may cancel "
            "before the new price applies.",
            "favourable",
        ),
        # a warning by email ahead of closing an account
        (
            "Accounts with no activity for 18 months will be closed.",
            "Accounts with no activity for 18 months will be closed. We will email you at "
            "least 30 days before closure, and any activity during that time will keep your "
            "account open.",
            "favourable",
        ),
        # data we keep after "our relationship with you has come to an end" ("you" the
        # object: no time the user has)
        (
            "Once our relationship with you has come to an end, we will retain your personal "
            "information for up to two years to maintain business records.",
            "Once our relationship with you has come to an end, we will retain your personal "
            "information for up to six years to maintain business records.",
            "adverse",
        ),
        # how soon we act on a request of the user's: better sooner
        (
            "We will act on your request to stop selling your data no later than 10 days "
            "after we receive it.",
            "We will act on your request to stop selling your data no later than 30 days "
            "after we receive it.",
            "adverse",
        ),
        # a promise to erase data after a time taken out
        (
            "We log the pages you visit. We delete these logs after 60 days.",
            "We log the pages you visit.",
            "adverse",
        ),
        # notice promised as a guess made notice promised as a least
        (
            "We will email you about 60 days before your plan changes.",
            "We will email you at least 60 days before your plan changes.",
            "favourable",
        ),
        # time before what the user holds lapses unused, though credited by us
        (
            "Bonus funds that have not been wagered in full within 30 days of being "
            "credited to your Account will expire.",
            "Bonus funds that have not been wagered in full within 7 days of being "
            "credited to your Account will expire.",
            "adverse",
        ),
        # and such a time limit taken out: nothing lapses any more
        (
            "Miles in your account will expire if there is no activity in your account for "
            "18 consecutive months.",
            "Miles in your account do not expire.",
            "favourable",
        ),
        # the user's window to complain, though it names a settlement
        (
            "Any complaint about the settlement of a bet must be made to us within six "
            "months of the date of the bet.",
            "Any complaint about the settlement of a bet must be made to us within twelve "
            "months of the date of the bet.",
            "favourable",
        ),
        # notice to the user, read in its own statement before what it is for
        (
            "We will notify you at least 30 days in advance, so that you can cancel your "
            "plan before the new price applies.",
            "We will notify you at least 14 days in advance, so that you can cancel your "
            "plan before the new price applies.",
            "adverse",
        ),
        # our processing time, read in its own statement before "although the time it
        # takes for the funds to reach you will depend ..."
        (
            "We aim to process all withdrawal requests within 3 business days of receiving "
            "them, although the time it takes for the funds to reach you will depend on "
            "your payment provider.",
            "We aim to process all withdrawal requests within 24 hours of receiving them, "
            "although the time it takes for the funds to reach you will depend on your "
            "payment provider.",
            "favourable",
        ),
        # the time the user has to pay before we act, said of the payment we receive
        (
            "If we have not received your payment within 21 days of the due date, we may "
            "suspend your account.",
            "If we have not received your payment within 10 days of the due date, we may "
            "suspend your account.",
            "adverse",
        ),
        # how long a home may stand empty before cover stops
        (
            "We will not pay for storm damage that happens while the property is vacant "
            "for more than 45 consecutive days.",
            "We will not pay for storm damage that happens while the property is vacant "
            "for more than 90 consecutive days.",
            "favourable",
        ),
        # a cut-off the user must keep, asked for in the imperative
        (
            "Please place grocery orders at least 12 hours before your chosen delivery slot.",
            "Please place grocery orders at least 36 hours before your chosen delivery slot.",
            "adverse",
        ),
        # money of the user's we hold back, named as amounts
        (
            "After your account closes we may hold amounts owed to you for up to 120 days "
            "to cover any chargebacks you may owe us.",
            "After your account closes we may hold amounts owed to you for up to 60 days "
            "to cover any chargebacks you may owe us.",
            "favourable",
        ),
        # how long we take to return what is the user's: better sooner
        (
            "Within 14 days after you return the keys, we will return your deposit.",
            "Within 45 days after you return the keys, we will return your deposit.",
            "adverse",
        ),
        # a ban taken out whole with the period it ran for
        (
            "Non-compete. For twelve (12) months after your last delivery, you may not "
            "work for a competing delivery platform.",
            "",
            "favourable",
        ),
        # data kept, read apart from what keeping it is for ("to give you time ...")
        (
            "We keep chat transcripts for 14 days, to give you time to ask for a copy.",
            "We keep chat transcripts for 60 days, to give you time to ask for a copy.",
            "adverse",
        ),
        # a duty the user must keep up for a time
        (
            "Hosts must honour a confirmed booking price for at least 7 days after quoting it.",
            "Hosts must honour a confirmed booking price for at least 21 days after quoting it.",
            "adverse",
        ),
        # time we give the user to put a problem right, the user named as "them", though
        # the sentence says what they may delete
        (
            "We will contact the member and give them about 24 hours to delete or change the "
            "reported post.",
            "We will contact the member and give them about 3 days to delete or change the "
            "reported post.",
            "favourable",
        ),
    ],
)
def test_a_period_is_better_longer_or_shorter_by_what_it_is(
    old: str, new: str, direction: str
) -> None:
    assert classify_pair(old, new)[2] == direction


@pytest.mark.parametrize(
    ("old", "new", "direction"),
    [
        (
            "The Premium plan costs $9.99 per month.",
            "The Premium plan costs $7.99 per month.",
            "favourable",
        ),
        (
            "Our total liability shall not exceed $500.",
            "Our total liability shall not exceed $100.",
            "adverse",
        ),
        (
            "Payouts are made once your balance reaches a threshold of $100.",
            "Payouts are made once your balance reaches a threshold of $50.",
            "favourable",
        ),
        # interest charged, beside a credit agreement that is no credit to the user
        (
            "Paying by instalments, you pay interest at a representative APR of 19.9% under "
            "your credit agreement.",
            "Paying by instalments, you pay interest at a representative APR of 24.9% under "
            "your credit agreement.",
            "adverse",
        ),
        # the same threshold, written only as what the balance must reach
        (
            "Payouts are issued once your earnings balance reaches $100.",
            "Payouts are issued once your earnings balance reaches $50.",
            "favourable",
        ),
        # an amount in a short item of a list is read with its whole sentence
        (
            "OUR AGGREGATE LIABILITY WILL NOT BE MORE THAN THE GREATER OF (A) THE AMOUNTS YOU "
            "PAID US IN THE PAST YEAR; OR (B) $30.00.",
            "OUR AGGREGATE LIABILITY WILL NOT BE MORE THAN THE GREATER OF (A) THE AMOUNTS YOU "
            "PAID US IN THE PAST YEAR; OR (B) $10.00.",
            "adverse",
        ),
        # a fee named right before its amount is paid by the user, whatever the sentence
        # is about ("transfer your earnings ... for a fee of")
        (
            "Fast Pay lets you transfer your earnings to your debit card for a fee of $1.99.",
            "Fast Pay lets you transfer your earnings to your debit card for a fee of $0.99.",
            "favourable",
        ),
        # the user's own liability, or the excess the user pays, raised
        (
            "Your maximum liability for damage to the car is £1,200.",
            "Your maximum liability for damage to the car is £1,500.",
            "adverse",
        ),
        (
            "If the bike is stolen, the hirer's liability is limited to EUR 300.",
            "If the bike is stolen, the hirer's liability is limited to EUR 150.",
            "favourable",
        ),
        # the balance up to which no fee is charged, raised
        (
            "We will not charge a late fee if the amount overdue is $10 or less.",
            "We will not charge a late fee if the amount overdue is $25 or less.",
            "favourable",
        ),
        # the balance the user must reach before a payout (the user's "available" money
        # is no promise of uptime)
        (
            "Referral rewards are paid each quarter when your available balance is at least "
            "$200; balances below $200 are carried over.",
            "Referral rewards are paid each quarter when your available balance is at least "
            "$20; balances below $20 are carried over.",
            "favourable",
        ),
        # an age: below which we collect or share no data, higher is better; one the user
        # must reach, or a ban on the user about younger people's data, higher is worse
        (
            "We do not knowingly collect personal information from children under the age of 13.",
            "We do not knowingly collect personal information from children under the age of 16.",
            "favourable",
        ),
        (
            "You must be at least 18 years old to open a trading account.",
            "You must be at least 16 years old to open a trading account.",
            "favourable",
        ),
        (
            "Advertisers must not upload lists of customers under the age of 13.",
            "Advertisers must not upload lists of customers under the age of 18.",
            "adverse",
        ),
        # the claims for which we pay the costs, up to an amount
        (
            "For claims of $2,500 or less, we will pay the mediator's fees.",
            "For claims of $1,000 or less, we will pay the mediator's fees.",
            "adverse",
        ),
        # a price in a row that says where a plan is available
        (
            "| Family plan | $14.99 / month | Available on the web and in the app |",
            "| Family plan | $16.99 / month | Available on the web and in the app |",
            "adverse",
        ),
        # a price a plan is available for, not how available the service is
        (
            "The Family plan is available for $15 per month.",
            "The Family plan is available for $18 per month.",
            "adverse",
        ),
        # a level the user must stay below: lower is stricter
        (
            "Drivers must maintain a cancellation rate below 8% to stay on the platform.",
            "Drivers must maintain a cancellation rate below 5% to stay on the platform.",
            "adverse",
        ),
        # a level above which a duty applies, though the duty names an amount to reach
        (
            "If your annual sales exceed $20,000, you must keep a bond of at least $5,000.",
            "If your annual sales exceed $50,000, you must keep a bond of at least $5,000.",
            "favourable",
        ),
        # but a spend above which something is free is no such level
        (
            "Orders over $40 ship free.",
            "Orders over $60 ship free.",
            "adverse",
        ),
    ],
)
def test_an_amount_is_better_higher_or_lower_by_what_it_is(
    old: str, new: str, direction: str
) -> None:
    assert classify_pair(old, new)[2] == direction


def test_a_period_that_says_nothing_of_itself_is_read_under_its_heading() -> None:
    # a row of a retention table: longer is worse, read from the section's heading
    row = "| Market research | Responses to a survey | {} months | To run our research. |\n"
    kept = "# Privacy\n\n## How long we retain your personal information\n\n"
    report = compare(kept + row.format(13), kept + row.format(36))
    assert [c.direction for c in report.changes] == ["adverse"]
    report = compare(kept + row.format(36), kept + row.format(13))
    assert [c.direction for c in report.changes] == ["favourable"]


def test_a_word_for_the_user_said_twice_counts_once() -> None:
    # data kept ten times longer "so that you can appeal ... and we can review your
    # appeal": the one reason, given twice, does not outweigh the longer keeping
    kinds, material, direction = classify_pair(
        "How long we store it: the image of your ID is deleted within 72 hours after processing.",
        "How long we store it: the image of your ID may be kept for 30 days. This gives you "
        "an opportunity to appeal a verification decision and for us to review your appeal.",
    )
    assert "notice-period" in kinds and material and direction == "adverse"


def test_governing_law_moved_between_two_places_favours_neither_side() -> None:
    kinds, material, direction = classify_pair(
        "These Terms are governed by the laws of the State of California.",
        "These Terms are governed by the laws of the State of Delaware.",
    )
    assert "dispute" in kinds and material and direction == "neutral"
    # the same with the words that name a place changed with it
    _, _, direction = classify_pair(
        "These Terms are governed by the laws of California, excluding California's "
        "conflict of laws rules. Claims will be brought in the courts of San Francisco.",
        "These Terms are governed by the laws of Delaware, excluding its conflict of "
        "laws rules. Claims will be brought in the courts located in Wilmington.",
    )
    assert direction == "neutral"
    # while the user's own courts given up is no mere change of place
    _, _, direction = classify_pair(
        "You may bring claims in the courts where you live.",
        "You may bring claims only in the courts of Dublin, Ireland.",
    )
    assert direction == "adverse"


def test_a_duty_loosened_in_a_clause_on_fees_favours_the_user() -> None:
    _, _, direction = classify_pair(
        "You must not resell, or offer to resell, any ticket purchased through the Site, "
        "and any ticket resold in breach of this condition may be cancelled without refund.",
        "You must not resell, or offer to resell, any ticket purchased through the Site "
        "except through our official resale service at a price no higher than face value, "
        "and any ticket resold in breach of this condition may be cancelled without refund.",
    )
    assert direction == "favourable"


def test_a_change_that_is_not_material_favours_no_one() -> None:
    kinds, material, direction = classify_pair(
        "We will notify you by email.", "We will notifiy you by email."
    )
    assert not material and direction == "neutral"
    _, material, direction = classify_pair(
        "We will notify you by email.", "We'll tell you by email."
    )
    assert not material and direction == "neutral"


def test_the_kinds_rules_decide_when_the_words_cancel_out() -> None:
    # no word of direction.toml in the edit: a new user duty is adverse by its rule
    kinds, _, direction = classify_pair("", "You must keep your password confidential.")
    assert "new-obligation" in kinds and direction == "adverse"


@pytest.mark.parametrize(
    "sentence",
    [
        "With your consent, we share your driving behaviour data with insurers.",
        "Subject to your consent, we may capture images of your face to verify your identity.",
        "We collect precise location data (with your permission) to suggest nearby members.",
    ],
)
def test_consent_in_a_new_clause_does_not_make_its_practice_favourable(sentence: str) -> None:
    # the practice a new clause sets up is the news, whatever consent it waits for;
    # consent written into a clause that stays still favours the user
    kinds, _, direction = classify_pair("", sentence)
    assert "data-privacy" in kinds and direction == "adverse"
    kinds, _, direction = classify_pair(
        "We share your driving behaviour data with insurers.",
        "With your consent, we share your driving behaviour data with insurers.",
    )
    assert "data-privacy" in kinds and direction == "favourable"


def test_unused_credits_kept_for_later_favour_the_user() -> None:
    old = "Credits are added at the start of each billing cycle."
    _, _, direction = classify_pair(
        f"{old} Unused credits do not roll over.",
        f"{old} Up to 10 unused credits roll over to the next billing cycle.",
    )
    assert direction == "favourable"
    _, _, direction = classify_pair(
        f"{old} Unused credits roll over to the next billing cycle.",
        f"{old} Unused credits expire at the end of each billing cycle and do not roll over.",
    )
    assert direction == "adverse"


def test_a_users_direction_file_adds_words(tmp_path: Path) -> None:
    extra = tmp_path / "direction.toml"
    extra.write_text(
        "[direction]\nfavours_user = ['\\bloyalty points\\b']\n"
        '[[direction.amount]]\nname = "points"\nhigher = "better"\n'
        "patterns = ['\\bpoints\\b']\n"
    )
    rules = load_rules(extra)
    assert any(p.search("loyalty points") for p in rules.direction.favours_user)
    assert rules.direction.amounts[-1].name == "points"
    assert rules.direction.amounts[-1].more == 1


@pytest.mark.parametrize(
    "text",
    [
        "[direction]\nbetter_words = ['x']\n",
        "[direction]\nfavours_user = ['(']\n",
        '[[direction.period]]\nname = "x"\nlonger = "sometimes"\npatterns = ["x"]\n',
    ],
)
def test_a_bad_direction_file_is_one_readable_error(tmp_path: Path, text: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(RulesError, match="bad.toml"):
        load_rules(path)


def test_the_seed_revision_gets_the_planted_directions() -> None:
    planted = {
        p.get("new_number") or p.get("old_number"): p
        for p in json.loads((DATA / "seed_planted.json").read_text())
        if p["material"]
    }
    report = compare(
        load(EXAMPLES / "bestshare-2024-03-12.txt"), load(EXAMPLES / "bestshare-2026-12-01.txt")
    )
    got = {(c.new or c.old).number: c.direction for c in report.changes if c.new or c.old}
    agree = sum(got.get(number) == p["direction"] for number, p in planted.items())
    # two of the 18 differ: 4.7.4 is not found material (so neutral), and a channel
    # added for notices (12.2, "in-app message") reads as more notice to the user, where
    # the planted label weighs that notices there are deemed delivered when sent
    assert agree >= 16


@pytest.mark.parametrize(
    ("old", "new", "direction"),
    [
        # an account deleted after it has not been used: a shorter wait is worse
        (
            "We may delete any account that hasn't been used for 24 months, after first "
            "sending notice to the email address on the account.",
            "We may delete any account that hasn't been used for 12 months, after first "
            "sending notice to the email address on the account.",
            "adverse",
        ),
        # lost profits or data named among the damages excluded
        (
            "We are not liable for indirect or consequential damages, or for any loss of profits.",
            "We are not liable for indirect or consequential damages, or for lost profits or data.",
            "adverse",
        ),
        # leave given to use what users post in our advertising
        (
            "Reviews you post are shown on the product page.",
            "Reviews you post are shown on the product page, and you allow us to feature them "
            "in our advertising.",
            "adverse",
        ),
        # a right over one's data asked for in plain words
        (
            "If you live in California, you have the right to access and delete your personal "
            "information.",
            "Wherever you live, you can ask us to access, correct or delete your personal "
            "information.",
            "favourable",
        ),
        # messages scanned, no longer promised not to be
        (
            "We store your chats so that we can deliver them, and we never scan your messages "
            "for advertising.",
            "We store your chats so that we can deliver them and to suggest relevant offers.",
            "adverse",
        ),
        # payments to the user for something, made later
        (
            "Payments for approved claims are made within 30 days after the end of each month.",
            "Payments for approved claims are made within 45 days after the end of each month.",
            "adverse",
        ),
        # amounts taken from what we will pay the user
        (
            "Payments made to you for course sales are final.",
            "Payments made to you for course sales are final, except that where a student is "
            "granted a refund, we may deduct the refunded amount from your future payouts.",
            "adverse",
        ),
        # a promise to pay out taken out
        (
            "At the end of each year, we will pay out any balance you have left.",
            "",
            "adverse",
        ),
        # a balance up to which no fee is charged, raised
        (
            "We don't charge a late fee when a payment is overdue by $20 or less.",
            "We don't charge a late fee when a payment is overdue by $40 or less.",
            "favourable",
        ),
        # a waiver of trial by jury taken out
        (
            "Each party bears its own costs. You give up your right to a trial by jury.",
            "Each party bears its own costs.",
            "favourable",
        ),
        # a warning sent ahead of a deletion is notice to the user, no strike kept
        (
            "Dormant accounts are those not signed in to for 12 months. We may delete a "
            "dormant account, but we will first send a warning to its email address at "
            "least 60 days in advance.",
            "Dormant accounts are those not signed in to for 12 months. We may delete a "
            "dormant account, but we will first send a warning to its email address at "
            "least 10 days in advance.",
            "adverse",
        ),
        # a price read by the word before it, though the plan's storage is named too
        (
            "The Pro plan costs $5 per month and includes 100 GB of storage.",
            "The Pro plan costs $8 per month and includes 100 GB of storage.",
            "adverse",
        ),
        # a cut-off to cancel asked for after a comma
        (
            "Your membership renews each month. To stop the next payment, cancel at least "
            "1 day before the renewal date.",
            "Your membership renews each month. To stop the next payment, cancel at least "
            "10 days before the renewal date.",
            "adverse",
        ),
        # a promise that staff do not read what users store, taken out
        (
            "Our staff never read the contents of your documents unless you ask us to for support.",
            "",
            "adverse",
        ),
        # data kept in other countries too
        (
            "Your files are stored on servers located in Canada.",
            "Your files are stored on servers in Canada and other countries where our hosting "
            "providers operate.",
            "adverse",
        ),
        # a promise not to raise the price more than once a year, taken out
        (
            "Your plan renews each year. We will not increase the price of your plan more "
            "than once in any year.",
            "Your plan renews each year.",
            "adverse",
        ),
        # a cut-off to switch off renewal
        (
            "Your membership renews monthly unless you switch off auto-renewal at least 1 day "
            "before the renewal date.",
            "Your membership renews monthly unless you switch off auto-renewal at least 14 "
            "days before the renewal date.",
            "adverse",
        ),
        # a remedy made the only one
        (
            "Service Credits are deducted from the next invoice.",
            "Service Credits are deducted from the next invoice. Service Credits are the "
            "Customer's sole and exclusive remedy for any downtime.",
            "adverse",
        ),
        # a promise not to send data abroad, taken out (its subject named "Processor")
        (
            "Processor will not transfer Customer Data outside the United Kingdom without "
            "Customer's prior written consent.",
            "",
            "adverse",
        ),
        # what a liability cap is measured by, narrowed
        (
            "Our total liability will not exceed the fees paid or payable by you in the six "
            "months before the claim.",
            "Our total liability will not exceed the fees actually paid by you in the six "
            "months before the claim.",
            "adverse",
        ),
        # notice of non-renewal, whoever gives it
        (
            "The subscription renews for one-year terms unless either party gives notice of "
            "non-renewal at least 15 days before the end of the term.",
            "The subscription renews for one-year terms unless either party gives notice of "
            "non-renewal at least 60 days before the end of the term.",
            "adverse",
        ),
        # a support table's initial response time
        (
            "Priority 1 incidents: initial response within eight (8) hours.",
            "Priority 1 incidents: initial response within two (2) hours.",
            "favourable",
        ),
        # a use of data switched from opt-in to opt-out
        (
            "We will only read your water meter remotely every hour if you give us "
            "permission. Otherwise, we will read it once a month.",
            "We will read your water meter remotely every hour unless you tell us not to. If "
            "you opt out, we will read it once a month.",
            "adverse",
        ),
        # what is made of data and sold
        (
            "We use the location of your phone only to route your calls and to help emergency "
            "services find you.",
            "We use the location of your phone to route your calls, to help emergency "
            "services find you, and to build footfall insights that we sell to retailers.",
            "adverse",
        ),
        # a power to end the contract given grounds
        (
            "We may terminate this contract at any time by giving you 60 days' notice.",
            "We may terminate this contract by giving you 60 days' notice, but only if we can "
            "no longer supply your address.",
            "favourable",
        ),
        # a court the user may go to
        (
            "These terms are governed by the laws of Ireland and disputes go to the Irish courts.",
            "These terms are governed by the laws of Ireland. If you live elsewhere in the "
            "EU, you may also bring proceedings in the courts of your country.",
            "favourable",
        ),
        # liability the law keeps, no longer said to be kept
        (
            "Our liability is capped at $200. This does not affect any liability that cannot "
            "be excluded under applicable law.",
            "Our liability is capped at $200.",
            "adverse",
        ),
        # a shop named the Store is no data stored
        (
            "You can ask for a refund of an app bought on the Store within 7 days of purchase.",
            "You can ask for a refund of an app bought on the Store within 21 days of purchase.",
            "favourable",
        ),
        # prizes paid later
        (
            "Contest prizes will be paid within 14 days after the winners are announced.",
            "Contest prizes will be paid within 60 days after the winners are announced.",
            "adverse",
        ),
        # the mandatory laws of the user's country kept
        (
            "These Terms are governed by the laws of New York.",
            "These Terms are governed by the laws of New York, but if you live in the EU you "
            "keep the protection of the mandatory laws of your country.",
            "favourable",
        ),
        # a cap on the commission we keep, taken out
        (
            "Commission Cap. The commission we keep on any single booking will not exceed 15% "
            "of the booking price.",
            "",
            "adverse",
        ),
        # a waiver of class claims taken out
        (
            "You waive any right to a jury trial and agree that claims may be brought only in "
            "an individual capacity.",
            "You waive any right to a jury trial.",
            "favourable",
        ),
        # no obligation to refund, taken out with the exclusion it stood in
        (
            "We are not liable for outages caused by third parties, and we have no obligation "
            "to provide you a refund for them.",
            "",
            "favourable",
        ),
        # an indemnity widened, its verbs listed
        (
            "You agree to indemnify us against claims arising from your breach of these Terms.",
            "You agree to indemnify, defend and hold harmless us and our affiliates from any "
            "claim or expense arising from your use of the Service or your breach of these "
            "Terms.",
            "adverse",
        ),
        # advertising cookies added, though with consent
        (
            "Our website uses only cookies that are strictly necessary for it to work.",
            "Our website uses cookies that are strictly necessary for it to work and, with "
            "your consent, advertising cookies set by our partners.",
            "adverse",
        ),
        # refunds we may refuse
        (
            "",
            "If you ask for refunds on an unusually large share of your orders, we may "
            "decline further refund requests.",
            "adverse",
        ),
        # a use of data on unless the user turns it off
        (
            "Voice clips you record in the app stay on your phone and are never uploaded.",
            "Voice clips you record in the app are uploaded to our servers and may be kept "
            "for up to 2 years to improve our speech models, unless you turn off Voice "
            "Improvement in Settings.",
            "adverse",
        ),
        # a cut-off kept by the party named as it is, and a time before an event that
        # holds "p.m."; longer is earlier, so worse
        (
            "Guests must check out no later than 11 hours before the next booking starts.",
            "Guests must check out no later than 14 hours before the next booking starts.",
            "adverse",
        ),
        (
            "Sellers must confirm each order no later than 6 p.m. local time one day before "
            "dispatch.",
            "Sellers must confirm each order no later than 6 p.m. local time three days before "
            "dispatch.",
            "adverse",
        ),
        # notice that a contract is not to renew, in other words
        (
            "The plan renews each year unless either party sends written notice of its "
            "intention not to renew at least 15 days before the renewal date.",
            "The plan renews each year unless either party sends written notice of its "
            "intention not to renew at least 45 days before the renewal date.",
            "adverse",
        ),
        # a governing law put for another, with the usual words on conflict-of-laws rules
        (
            "This Agreement is governed by the laws of England and Wales.",
            "This Agreement is governed by the laws of Ireland, without regard to its "
            "conflict of laws principles.",
            "neutral",
        ),
        # courts that are no longer the only ones the user may go to
        (
            "The courts of Paris have exclusive jurisdiction over any dispute.",
            "The courts of Paris have non-exclusive jurisdiction over any dispute.",
            "favourable",
        ),
        # money of the user's given back sooner
        (
            "Your deposit will be returned to your card within 21 days after you move out.",
            "Your deposit will be returned to your card within 7 days after you move out.",
            "favourable",
        ),
        # a power of ours that now needs a serious breach
        (
            "We may close your account if we think you have broken these rules.",
            "We may close your account if we think you have materially breached these rules.",
            "favourable",
        ),
        # an indemnity in its usual words, widened
        (
            "You agree to indemnify us against claims arising from your breach of these Terms.",
            "You agree to indemnify and hold us harmless against claims, losses and legal fees "
            "arising from your breach of these Terms or your use of the Services.",
            "adverse",
        ),
        # what the user may do up to a time before an event: later is better
        (
            "Members can swap their class for another one up to 12 hours before it starts.",
            "Members can swap their class for another one up to 1 hour before it starts.",
            "favourable",
        ),
        # a request that must reach us ahead: earlier is worse
        (
            "A request to pause your plan must reach us at least 3 days before your renewal.",
            "A request to pause your plan must reach us at least 10 days before your renewal.",
            "adverse",
        ),
        # our own fault kept out of an exclusion of our liability
        (
            "We are not responsible for losses from account takeovers.",
            "We are not responsible for losses from account takeovers, unless the takeover "
            "resulted from our failure to keep our systems secure.",
            "favourable",
        ),
    ],
)
def test_whom_plain_words_on_rights_powers_and_money_favour(
    old: str, new: str, direction: str
) -> None:
    assert classify_pair(old, new)[2] == direction


@pytest.mark.parametrize(
    ("old", "new", "direction"),
    [
        # our own time to look into a complaint and answer: longer is worse
        (
            "We will look into your complaint and send you a final response within 15 working "
            "days.",
            "We will look into your complaint and send you a final response within 8 weeks.",
            "adverse",
        ),
        (
            "We will investigate a reported payment and tell you the outcome within 10 days.",
            "We will investigate a reported payment and tell you the outcome within 5 days.",
            "favourable",
        ),
        # data kept for good, then given an end
        (
            "Photos you upload for identity checks are kept on file until you close your account.",
            "Photos you upload for identity checks are kept on file for 6 months, after which we "
            "erase them.",
            "favourable",
        ),
        # a balance up to which no fee is charged, raised
        (
            "No late fee is charged where the amount overdue is £10 or less.",
            "No late fee is charged where the amount overdue is £25 or less.",
            "favourable",
        ),
        # a reminder before a renewal, and interest on what we pay late, now promised
        (
            "",
            "Streamly will send a reminder to your account email at least 10 days before an "
            "annual plan renews, showing the price you will be charged.",
            "favourable",
        ),
        (
            "",
            "Where we settle your claim more than 45 days after you submit it, we will pay "
            "interest at 4% a year on the settlement amount.",
            "favourable",
        ),
        # how long the user may keep using a service abroad: "keep using" is no data kept
        (
            "While abroad, you can keep streaming your channels for up to 60 days.",
            "While abroad, you can keep streaming your channels for up to 10 days.",
            "adverse",
        ),
        # the time we have to settle a complaint before the user may escalate it
        (
            "If a complaint hasn't been resolved within 12 weeks, you may take it to the "
            "independent adjudicator.",
            "If a complaint hasn't been resolved within 4 weeks, you may take it to the "
            "independent adjudicator.",
            "favourable",
        ),
        # a cancellation cut-off said of the guests, not "you"
        (
            "Guests get their deposit back if they cancel at least 3 days before arrival.",
            "Guests get their deposit back if they cancel at least 10 days before arrival.",
            "adverse",
        ),
        # the user's home courts, after "not subject to arbitration" (no negation of them)
        (
            "Claims that are not subject to arbitration must be filed only in the courts of "
            "Dublin, Ireland.",
            "Claims that are not subject to arbitration may be filed in the courts where you live.",
            "favourable",
        ),
        # the same courts named by the consumer's place of residence
        (
            "All disputes are decided by the courts of Munich.",
            "All disputes are decided by the courts of Munich; a consumer may also sue in the "
            "courts of the consumer's place of residence.",
            "favourable",
        ),
        # a refund offered as a promise, not as a possibility
        (
            "If a class is cancelled, we may offer a refund to members who booked it.",
            "If a class is cancelled, we will offer a refund to members who booked it.",
            "favourable",
        ),
        # our time to release the user's money, counted in calendar not working days
        (
            "We will release your security deposit within 5 working days after check-out.",
            "We will release your security deposit within 5 days after check-out.",
            "favourable",
        ),
        # the time without activity before we close an account
        (
            "If there is no activity on your savings account for 24 months, we may close the "
            "account and hold any remaining balance for you.",
            "If there is no activity on your savings account for 12 months, we may close the "
            "account and hold any remaining balance for you.",
            "adverse",
        ),
        # a cut-off said of candidates
        (
            "Candidates may cancel a booked test up to 2 days before the test date at no cost.",
            "Candidates may cancel a booked test up to 5 days before the test date at no cost.",
            "adverse",
        ),
        # earnings paid by a deadline of ours
        (
            "Royalties for each quarter are calculated after the quarter ends and paid within "
            "30 days.",
            "Royalties for each quarter are calculated after the quarter ends and paid within "
            "60 days.",
            "adverse",
        ),
        # closure after no activity, said with the closing word first
        (
            "We may delete profiles that show no login activity for 36 months.",
            "We may delete profiles that show no login activity for 6 months.",
            "adverse",
        ),
        # our liability kept for the negligence of a party named with "the"
        (
            "The Trust is not liable for any loss arising from use of the booking site.",
            "The Trust is not liable for any loss arising from use of the booking site, except "
            "loss caused by the Trust's negligence.",
            "favourable",
        ),
        # a request that counts only if it reaches us ahead: a later cut-off favours
        (
            "Pause requests received at least 5 working days before your next delivery apply "
            "to that delivery.",
            "Pause requests received at least 1 day before your next delivery apply to that "
            "delivery.",
            "favourable",
        ),
        # the time before rights come back to the user
        (
            "Rights in your photographs revert to you 24 months after the competition ends.",
            "Rights in your photographs revert to you 6 months after the competition ends.",
            "favourable",
        ),
        # the user paid by a deadline of ours, said in the passive
        (
            "Tutors will be paid for completed lessons within 14 days of the lesson.",
            "Tutors will be paid for completed lessons within 7 days of the lesson.",
            "favourable",
        ),
        # our own time to repair before we replace
        (
            "If we cannot repair your bike within 5 working days, we will lend you another.",
            "If we cannot repair your bike within 15 working days, we will lend you another.",
            "adverse",
        ),
        # a price written with its currency code ("billed at US$2.99"), beside what the
        # plan gives
        (
            "The Family plan includes 2 TB of storage and is billed at US$9.99 per month.",
            "The Family plan includes 2 TB of storage and is billed at US$12.99 per month.",
            "adverse",
        ),
        # a right to correct named among other rights
        (
            "You may ask for access to and deletion of your personal data.",
            "You may ask for access to, correction of, and deletion of your personal data.",
            "favourable",
        ),
        # a right to limit a use of data
        (
            "",
            "Right to limit marketing. You may tell us to stop using your purchase history for "
            "offers at any time in your account settings.",
            "favourable",
        ),
        # the time we keep the user's own files after a plan ends
        (
            "When your Pro plan ends, we keep your projects for 60 days. After that, projects "
            "over the free limit may be deleted.",
            "When your Pro plan ends, we keep your projects for 14 days. After that, projects "
            "over the free limit may be deleted.",
            "adverse",
        ),
        # consent as the ground we rely on
        (
            "We use your listening history for personalised offers because it is in our "
            "legitimate interests.",
            "We use your listening history for personalised offers because we rely on your "
            "consent, which you can change in Settings.",
            "favourable",
        ),
        # those who receive data from us no longer bound to keep it safe
        (
            "We share order details with couriers. Their use of your details is subject to "
            "strict confidentiality terms.",
            "We share order details with couriers.",
            "adverse",
        ),
        # what users post used by us to train models, even with an opt-out
        (
            "",
            "Model training. We may use the reviews you publish on the Service to train and "
            "improve our machine learning models. You can opt out of this use in your "
            "account settings.",
            "adverse",
        ),
        # "You can opt out" is one word for the user, not two
        (
            "Optional cookies are set on your device only with your prior consent, which you "
            "may withdraw at any time.",
            "We set analytics and marketing cookies when you visit the site. You can opt out "
            "at any time in the cookie banner.",
            "adverse",
        ),
        # an opt-out of arbitration outweighs the word arbitration it names
        (
            "By opening a trading account you agree to the arbitration provisions in this section.",
            "By opening a trading account you agree to the arbitration provisions in this "
            "section. You may opt out of arbitration by emailing optout@example.com within 30 "
            "days of first accepting these Terms.",
            "favourable",
        ),
        # how long our delivery takes
        (
            "Express delivery takes 1-2 working days from dispatch.",
            "Express delivery takes 2-3 working days from dispatch.",
            "adverse",
        ),
        # arbitration costs borne by the company named
        (
            "Filing and arbitrator fees are governed by the JAMS rules.",
            "For claims under $5,000, Northwind will pay all filing and arbitrator fees; "
            "otherwise they are governed by the JAMS rules.",
            "favourable",
        ),
        # a renewal only with the user's say-so
        (
            "Your membership renews automatically each year unless you cancel it.",
            "Your membership will not renew at the end of the year unless you expressly "
            "agree to the renewal.",
            "favourable",
        ),
        # the time before a fee starts to apply, shortened (not how long we keep data)
        (
            "Storage charges apply to boxes kept in our warehouse for more than 60 days.",
            "Storage charges apply to boxes kept in our warehouse for more than 30 days.",
            "adverse",
        ),
    ],
)
def test_whom_our_deadlines_fee_thresholds_and_erasure_favour(
    old: str, new: str, direction: str
) -> None:
    assert classify_pair(old, new)[2] == direction


def test_words_after_non_in_a_passage_written_whole_are_read_as_written() -> None:
    # "non-personal information" used for targeted ads: a new use of data, against the
    # user; the "non-" is no edit that turns the words round
    kinds, _, direction = classify_pair(
        "",
        "In addition to the above, the non-personal information that is collected from "
        "you through our use of third-party cookies when you visit the Site is also used "
        "by us and our third party partners to provide you with targeted banner ads about "
        "our products and services.",
    )
    assert "data-privacy" in kinds and direction == "adverse"
    # a "non-" taken out is: precise location now shared
    _, _, direction = classify_pair(
        "Our partners map IP addresses to non-precise location data.",
        "Our partners map IP addresses to precise location data.",
    )
    assert direction == "adverse"


@pytest.mark.parametrize(
    "right",
    [
        "If you are an Oregon resident, you also have the right to receive a list of the "
        "specific third parties to which we have disclosed personal data.",
        "California residents have the right to know what personal information we collect.",
    ],
)
def test_a_new_right_to_know_or_to_receive_a_list_favours_the_user(right: str) -> None:
    assert classify_pair("", right)[2] == "favourable"


@pytest.mark.parametrize(
    "safeguard",
    [
        "Northwind Labs, Inc. complies with the EU-U.S. Data Privacy Framework as set forth "
        "by the U.S. Department of Commerce for personal data we receive from the EEA.",
        "We have certified to the U.S. Department of Commerce that we adhere to the DPF "
        "Principles for personal data transferred from Switzerland.",
        "If we pass personal data to a third-party agent that processes it in a manner "
        "inconsistent with the Principles, we will remain liable unless we prove we are not "
        "responsible for the event giving rise to the damage.",
        "Northwind is responsible and liable if service providers it uses to process your "
        "personal data on its behalf do so inconsistently with the Principles.",
        "Northwind commits to cooperate with the panel established by the EU data protection "
        "authorities on unresolved complaints about our handling of personal data.",
    ],
)
def test_a_safeguard_for_data_sent_abroad_favours_the_user_and_losing_it_does_not(
    safeguard: str,
) -> None:
    assert classify_pair("", safeguard)[2] == "favourable"
    assert classify_pair(safeguard, "")[2] == "adverse"


def test_the_users_own_responsibility_for_their_agents_is_no_safeguard() -> None:
    kinds, _, direction = classify_pair(
        "Agentic use cases must comply with this policy.",
        "Agentic use cases must comply with this policy. Users are responsible for ensuring "
        "that agents they build or deploy comply with this policy.",
    )
    assert "new-obligation" in kinds and direction == "adverse"


@pytest.mark.parametrize(
    "power",
    [
        "We reserve the right to terminate your account if you break these rules.",
        "Northwind reserves the right to terminate accounts that stay inactive for a year.",
    ],
)
def test_a_right_to_terminate_we_reserve_is_against_the_user(power: str) -> None:
    # the user's own right to terminate favours the user; ours does not
    assert classify_pair("", power)[2] == "adverse"
    assert classify_pair("", "You have the right to terminate this agreement at any time.")[2] == (
        "favourable"
    )
