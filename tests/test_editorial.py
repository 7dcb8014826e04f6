"""Edits that change no meaning, recognised by their shape (tosdiff/editorial.py), and the
classifier's structural rules around them. Every case is written by hand."""

from __future__ import annotations

import re

import pytest

from tosdiff import compare
from tosdiff.editorial import (
    _same_words,
    editorial_reason,
    equivalent_replacements,
    reverses_meaning,
)
from tosdiff.model import Change, Clause, Segment
from tosdiff.ruleset import default_rules

RULES = default_rules()


def only_change(old: str, new: str):  # type: ignore[no-untyped-def]
    """Return the single change between two one-clause agreements."""
    report = compare(f"Article 1 Terms\n\n{old}\n", f"Article 1 Terms\n\n{new}\n")
    assert len(report.changes) == 1, [c.redline for c in report.changes]
    return report.changes[0]


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        # punctuation and case
        ("1.1 You may cancel at any time.", "1.1 You may cancel at any time!", "Punctuation"),
        (
            "1.1 The Service is provided by ACME.",
            "1.1 The service is provided by ACME.",
            "Capitalisation",
        ),
        # a plain word for a formal one
        (
            "1.1 (c) maintain a valid email address on your account;",
            "1.1 (c) keep a valid email address on your account;",
            "synonym",
        ),
        # a misspelling corrected
        (
            "1.1 You will recieve notices by email.",
            "1.1 You will receive notices by email.",
            "Spelling",
        ),
        # only function words
        (
            "1.1 We may remove content or accounts that break the rules.",
            "1.1 We may remove the content or the accounts that break the rules.",
            "function words",
        ),
        # "whether" put before an alternative it does not change
        (
            "1.1 Do not collect data from the Services by any means (automated or otherwise).",
            "1.1 Do not collect data from the Services by any means (whether automated or "
            "otherwise).",
            "function words",
        ),
        # a courtesy dropped, also where the next word takes its capital
        (
            "1.1 If you see content that breaks these rules, please report it.",
            "1.1 If you see content that breaks these rules, report it.",
            "function words",
        ),
        (
            "1.1 Please remember these are only examples of content we remove.",
            "1.1 Remember these are only examples of content we remove.",
            "function words",
        ),
        # a phrase replaced by a synonym (rules/vocabulary.toml: synonyms)
        (
            "1.1 We collect device information (e.g., device IDs) when you log in.",
            "1.1 We collect device information (such as device IDs) when you log in.",
            "synonym",
        ),
        # the marks around it changed with it: no term renamed
        (
            "1.1 If you link a third-party service (e.g., an unofficial app) to your account, "
            "we receive information about your use of it.",
            "1.1 If you link a third-party service, such as an unofficial app, to your account, "
            "we receive information about your use of it.",
            "synonym",
        ),
        (
            "1.1 We read your settings prior to showing you ads.",
            "1.1 We read your settings before showing you ads.",
            "synonym",
        ),
        (
            "1.1 Each party keeps its rights except as expressly provided herein.",
            "1.1 Each party keeps its rights except as expressly provided in this Agreement.",
            "synonym",
        ),
        # a web address written out in the text is a link target
        (
            "1.1 Paid features follow the Terms for Paid Services (https://legal.example.com/en/paid.html).",
            "1.1 Paid features follow the Terms for Paid Services (https://legal.example.com/paid.html).",
            "link targets",
        ),
        # and so is one at www., found by the editorial check instead
        (
            "1.1 Paid features follow the Terms for Paid Services (www.example.com/en/paid.html).",
            "1.1 Paid features follow the Terms for Paid Services (www.example.com/paid.html).",
            "web or email address",
        ),
        # a link whose text was the path of its address, now the name of the page
        (
            "1.1 You must also accept a separate Futures Agreement "
            "([en/support/faq/360033180732](https://example.com/en/support/faq/360033180732)).",
            "1.1 You must also accept a separate "
            "[Futures Agreement](https://example.com/futures-agreement).",
            "web address written out",
        ),
        # the sections that survive termination renumbered: the end of a range, after
        # lettered references, and before "will survive"
        (
            "1.1 Sections 2.C., 3.A., 3.H., and 5 - 12 will survive any termination of "
            "this Agreement.",
            "1.1 Sections 2.C., 3.A., 3.H., and 5 - 11 will survive any termination of "
            "this Agreement.",
            "Cross-reference corrected",
        ),
        (
            "1.1 After termination, you and we remain bound by Sections 2, 3 (to the extent "
            "they survive), and 6 - 24 of the Terms.",
            "1.1 After termination, you and we remain bound by Sections 2, 3 (to the extent "
            "they survive), and 6–25 of the Terms.",
            "Cross-reference corrected",
        ),
        # a wrong clause reference corrected, and a lettered reference renumbered
        (
            "1.1 Any act under 3.3.3 ends the service.",
            "1.1 Any act under 2.3.3 ends the service.",
            "Cross-reference corrected",
        ),
        (
            "1.1 As set out in Section 10.b.v, we may suspend you.",
            "1.1 As set out in Section 10A.b.v, we may suspend you.",
            "lettering",
        ),
        # a company renamed
        (
            "1.1 Facebook may update these terms.",
            "1.1 Meta may update these terms.",
            "Name changed",
        ),
        # where a document can be found
        (
            '1.1 "Addendum" means the transfer addendum issued by the regulator.',
            '1.1 "Addendum" means the transfer addendum issued by the regulator, which is '
            "available at https://example.org/addendum.pdf.",
            "where a document can be found",
        ),
        # an email address the web page hid from robots, now shown as a link
        (
            "1.1 You can also contact us by [\\[email protected\\]]"
            "(https://example.com/cdn-cgi/l/email-protection).",
            "1.1 You can also contact us by [email](mailto:help@example.com).",
            "email address changed",
        ),
        # ranges of surviving sections renumbered in one edit ("4-6 and 8-13" -> "5-7 and 9-14")
        (
            "1.1 The obligations of the parties under Sections 4-6 and 8-13 of this Agreement "
            "will survive.",
            "1.1 The obligations of the parties under Sections 5-7 and 9-14 of this Agreement "
            "will survive.",
            "Cross-reference corrected",
        ),
        # a list of surviving sections renumbered
        (
            "1.1 Sections 4 (Fees), 9 (Disclaimers) and 14 (Governing Law) survive termination.",
            "1.1 Sections 5 (Fees), 10 (Disclaimers) and 15 (Governing Law) survive termination.",
            "Cross-reference",
        ),
        # apostrophes and a swapped pair of letters corrected
        (
            "1.1 We are not responsible for damage to you're device or it's data.",
            "1.1 We are not responsible for damage to your device or its data.",
            "Spelling",
        ),
        (
            "1.1 We never sell your data to thrid parties.",
            "1.1 We never sell your data to third parties.",
            "Spelling",
        ),
        # the items of a list reordered
        (
            "1.1 We share information with service providers, affiliates, and partners.",
            "1.1 We share information with affiliates, partners, and service providers.",
            "reordered",
        ),
        # a pointer dropped (its link now sits on other words)
        (
            "1.1 If your channel is impersonated, you can report the channel by following "
            "the instructions here.",
            "1.1 If your channel is impersonated, you can report the channel.",
            "pointer to more information removed",
        ),
        # a company named without its legal form, quotes made curly
        (
            '1.1 This policy explains how Reddit, Inc. ("Reddit," "we" or "us") collects '
            "and shares information about you.",
            "1.1 This policy explains how Reddit (\u201cReddit,\u201d \u201cwe\u201d or "
            "\u201cus\u201d) collects and shares information about you.",
            "legal form",
        ),
        # reworded: a contraction, synonyms (one edit each), a number format, synonyms
        # in other forms ("keep" -> "retain")
        (
            "1.1 We won't sell your personal information to third parties.",
            "1.1 We will not sell your personal information to third parties.",
            "synonym",
        ),
        (
            "1.1 You may request a refund within thirty (30) days of purchase.",
            "1.1 You may request a refund within 30 days of purchase.",
            "beside its digits",
        ),
        (
            "1.1 We keep support tickets for 2 years after the ticket is closed.",
            "1.1 We retain support tickets for two (2) years after the ticket is closed.",
            "same terms",
        ),
        (
            "1.1 In the event that you breach these Terms, we can suspend your account.",
            "1.1 If you violate these Terms, we may suspend your account.",
            "synonym",
        ),
        # a plain-language rewrite of legal wording, phrase by phrase
        (
            "1.1 In the event that any provision of these Terms is held to be "
            "unenforceable, it shall be limited as set forth in Section 9.",
            "1.1 If any provision of these Terms is found to be unenforceable, "
            "it will be limited as described in Section 9.",
            "same terms",
        ),
        (
            "1.1 Should you wish to obtain a copy of your data, you may e-mail us "
            "at any time regarding your request.",
            "1.1 Should you want to get a copy of your data, you may email us "
            "anytime about your request.",
            "same terms",
        ),
        # "including" and "such as" both open a list of examples
        (
            "1.1 We share order details with providers who help us, including payment "
            "processors and couriers.",
            "1.1 We share order details with providers who help us, such as payment "
            "processors and couriers.",
            "synonym",
        ),
        # one capitalised word taken out of a name of capitalised words
        (
            "1.1 We use data from other Meta Company Products to show you ads.",
            "1.1 We use data from other Meta Products to show you ads.",
            "name",
        ),
        # capitalised words joined by "&" or "and" put into a name
        (
            "1.1 Our Privacy Center explains how we use your personal data.",
            "1.1 Our Safety & Privacy Center explains how we use your personal data.",
            "name",
        ),
        (
            "1.1 Our Privacy Center explains how we use your personal data.",
            "1.1 Our Trust, Safety and Privacy Center explains how we use your personal data.",
            "name",
        ),
        # numbers in words and in digits, and a phrasing of an age
        (
            "1.1 You must be at least eighteen years old to open an account.",
            "1.1 You must be at least 18 years of age to open an account.",
            "same terms",
        ),
        (
            "1.1 Refunds are issued within forty-five days of a request.",
            "1.1 Refunds are issued within 45 days of a request.",
            "same terms",
        ),
        # "may not" and "can't" forbid alike, as "may" and "can" allow alike
        (
            "1.1 Unless you are a member, you may not enter the lounge.",
            "1.1 Unless you're a member, you can't enter the lounge.",
            "synonym",
        ),
        # two misspellings, one a letter too many
        (
            "1.1 Refunds are paid within fourty days after we recieve the goods.",
            "1.1 Refunds are paid within forty days after we receive the goods.",
            "spelling",
        ),
        # the clause's own number, left in its text, and a reference renumbered with it
        (
            "1.1 4.3 Subject to Section 9.2, the seller keeps title to the goods.",
            "1.1 5.3 Subject to Section 10.2, the seller keeps title to the goods.",
            "reference",
        ),
        (
            "1.1 **12.** “Order” means a request to buy.",
            "1.1 **13.** “Order” means a request to buy.",
            "reference",
        ),
        # apostrophes fixed beside a misspelling
        (
            "1.1 We'll send you're receipt and it's invoice number seperately.",
            "1.1 We'll send your receipt and its invoice number separately.",
            "spelling",
        ),
        # a hyphen dropped beside a misspelling
        (
            "1.1 Your e-mail adress is used to log in.",
            "1.1 Your email address is used to log in.",
            "spelling",
        ),
        # a reference renumbered and a comma added
        (
            "1.1 Section 4 (Fees) applies to renewals and upgrades.",
            "1.1 Section 5 (Fees) applies to renewals, and upgrades.",
            "reference",
        ),
        # the label of a defined term moved next to what it names
        (
            '1.1 Ideas about the Service ("Feedback") that you send us are not confidential.',
            '1.1 Ideas about the Service that you send us ("Feedback") are not confidential.',
            "reordered",
        ),
        # one item of a list moved past another
        (
            "1.1 We share data with: our auditors; payment processors; and the police.",
            "1.1 We share data with: payment processors; our auditors; and the police.",
            "reordered",
        ),
        # the items of a lettered list in another order
        (
            "1.1 Do not upload files that: (a) hold malware; (b) are illegal; or (c) spam.",
            "1.1 Do not upload files that: (a) are illegal; (b) spam; or (c) hold malware.",
            "reordered",
        ),
        # the same sentences in another order
        (
            "1.1 We scan uploads for malware. No person looks at your files.",
            "1.1 No person looks at your files. We scan uploads for malware.",
            "sentences moved",
        ),
        # an ending often misspelt
        (
            "1.1 You are responsable for your account.",
            "1.1 You are responsible for your account.",
            "spelling",
        ),
        # a verb made to agree with its noun, beside a spelling fix
        (
            "1.1 Hosts is responsible for keeping the listing acurate.",
            "1.1 Hosts are responsible for keeping the listing accurate.",
            "spelling",
        ),
        # a list of references renumbered, one with two remarks in brackets
        (
            "1.1 Sections 1 (Scope), 2 (Fees) (as amended), 5 (Liability) and 6 (Law) survive.",
            "1.1 Sections 1 (Scope), 2 (Fees) (as amended), 6 (Liability) and 7 (Law) survive.",
            "reference",
        ),
        # items of a list reordered around one that stays, an item holding an "or"
        (
            "1.1 We may remove content such as impersonation, harassment, unlawful conduct, "
            "or copyright or trademark violations.",
            "1.1 We may remove content such as copyright or trademark violations, "
            "impersonation, unlawful conduct, or harassment.",
            "reordered",
        ),
        # gender-neutral pronouns, with the verb that agrees
        (
            "1.1 Each seller is responsible for his or her listings and must make sure that "
            "he or she has the right to sell the item.",
            "1.1 Each seller is responsible for their listings and must make sure that they "
            "have the right to sell the item.",
            "synonym",
        ),
        # a reference renumbered, and where it points from
        (
            "1.1 Payment disputes are handled as described in Section 4(b) above.",
            "1.1 Payment disputes are handled as described in Section 5(b) below.",
            "reference",
        ),
        # list items lettered anew
        (
            "1.1 We may disclose data to: (a) comply with law; (b) enforce these Terms; or "
            "(c) protect our users.",
            "1.1 We may disclose data to: (i) comply with law; (ii) enforce these Terms; or "
            "(iii) protect our users.",
            "lettering",
        ),
        # capitals taken out of a long sentence, beside a synonym phrasing: the words in
        # other capitals count as no change of words
        (
            "1.1 IN NO EVENT SHALL THE COMPANY BE LIABLE FOR ANY INDIRECT, INCIDENTAL, "
            "SPECIAL OR CONSEQUENTIAL DAMAGES ARISING FROM YOUR USE OF THE SERVICE.",
            "1.1 Under no circumstances will the Company be liable for any indirect, "
            "incidental, special or consequential damages arising from your use of the Service.",
            "same terms",
        ),
        # a phrase of a contract and its synonym
        (
            "1.1 To the maximum extent permitted by law, we disclaim all implied warranties.",
            "1.1 To the fullest extent permitted by law, we disclaim all implied warranties.",
            "synonym",
        ),
        # the same amount or period written another way
        (
            "1.1 Ad-free viewing costs an additional $4.99/mo.",
            "1.1 Ad-free viewing costs an additional $4.99 per month.",
            "same amount or period",
        ),
        (
            "1.1 Hosts pay a service fee of 3% of the booking subtotal.",
            "1.1 Hosts pay a service fee of three percent (3%) of the booking subtotal.",
            "beside its digits",
        ),
        (
            "1.1 Dispute a charge within two weeks of the date of the charge.",
            "1.1 Dispute a charge within 14 days of the date of the charge.",
            "same amount or period",
        ),
        (
            "1.1 Transfers above USD 1000 may need identity checks.",
            "1.1 Transfers above $1,000 (US dollars) may need identity checks.",
            "same amount or period",
        ),
        (
            "1.1 Each prize is worth U.S. $250.00 and is paid by check.",
            "1.1 Each prize is worth US$250 and is paid by check.",
            "same amount or period",
        ),
        # a phrase moved to the front of its sentence, with a synonym on the way
        (
            "1.1 Refunds are paid to the original card unless you ask for store credit "
            "prior to shipping.",
            "1.1 Unless you ask for store credit before shipping, refunds are paid to the "
            "original card.",
            "phrase moved",
        ),
        (
            "1.1 Members may bring one guest per visit except during peak hours.",
            "1.1 Except during peak hours, members can bring one guest per visit.",
            "phrase moved",
        ),
        (
            "1.1 Rent is payable monthly in advance, and late payments incur a fee of "
            "$25 under the Lease Schedule.",
            "1.1 Under the Lease Schedule, rent is payable monthly in advance and late "
            "payments incur a fee of $25.",
            "phrase moved",
        ),
        # plain words for "unable to"
        (
            "1.1 If we are unable to reach you by phone, we will write to you.",
            "1.1 If we can't reach you by phone, we will write to you.",
            "synonym",
        ),
        # a bare abbreviation written out in place
        (
            "1.1 Our servers are in the US and the EEA.",
            "1.1 Our servers are in the United States and the European Economic Area.",
            "abbreviation",
        ),
        # a defined term's first words abbreviated throughout the clause
        (
            '1.1 Some features use artificial intelligence ("artificial intelligence '
            'features"). Your use of artificial intelligence features is optional.',
            '1.1 Some features use artificial intelligence ("AI Features"). Your use of '
            "AI Features is optional.",
            "abbreviation",
        ),
        # inflected synonyms and plain-language pairs
        (
            "1.1 We remove content that breaches our Community Guidelines.",
            "1.1 We remove content that violates our Community Guidelines.",
            "synonym",
        ),
        (
            "1.1 Because of the global nature of our business, we may transfer data abroad "
            "as discussed in our Cookie Policy.",
            "1.1 Due to the global nature of our business, we may transfer data abroad as "
            "described in our Cookie Policy.",
            "synonym",
        ),
        (
            "1.1 Some data is deleted after a set period of time. For more information on "
            "retention, contact us.",
            "1.1 Some data is deleted after a set period. For more information about "
            "retention, contact us.",
            "synonym",
        ),
        # several plain-language swaps in one long clause, each a synonym
        (
            "1.1 You agree to reach out to us before starting a lawsuit, and deadlines will "
            "be put on hold while we talk. The process is detailed in these Terms, and you "
            "may elect to use the tool accessible in our Help Center.",
            "1.1 You agree to contact us before starting a lawsuit, and deadlines will be "
            "paused while we talk. The process is described in these Terms, and you may "
            "choose to use the tool available in our Help Center.",
            "synonym",
        ),
        (
            "1.1 We delete it as quickly as is reasonably practical, and this notice forms "
            "part of the Terms; make any investigation you feel necessary.",
            "1.1 We delete it as quickly as is reasonably practicable, and this notice makes "
            "up part of the Terms; make any investigation you consider necessary.",
            "synonym",
        ),
        (
            "1.1 We may sometimes ask you to explicitly agree to new terms, without "
            "limiting the above.",
            "1.1 We may from time to time ask you to expressly agree to new terms, without "
            "limiting the foregoing.",
            "synonym",
        ),
        # a sentence written twice, dropped once (also where it opens a longer one)
        (
            "1.1 You can share files by link. Anyone who has a shared link can view the "
            "files. Anyone who has a shared link can view the files, so be careful.",
            "1.1 You can share files by link. Anyone who has a shared link can view the "
            "files, so be careful.",
            "written twice",
        ),
        (
            "1.1 This applies even if we have been told of the possibility of such damages.",
            "1.1 This applies even if we have been advised of the possibility of such damages.",
            "synonym",
        ),
        (
            "1.1 We store data outside your country of residence, and you may opt-out from "
            "this type of transfer unless the arbitrator determines otherwise.",
            "1.1 We store data outside your country where you live, and you may opt out of "
            "this form of transfer unless the arbitrator finds otherwise.",
            "synonym",
        ),
        (
            "1.1 This section explains how we improve the Service; we appreciate feedback, "
            "and government requests are answered when you complete the form.",
            "1.1 This section describes how we enhance the Service; we welcome feedback, and "
            "governmental requests are answered when you fill in the form.",
            "synonym",
        ),
        # an abbreviation defined in quotes, a plural one among them
        (
            "1.1 The Software also includes any APIs we make available to you.",
            "1.1 The Software also includes any application programming interfaces "
            "(\u201cAPIs\u201d) we make available to you.",
            "abbreviation",
        ),
        # "a few examples" and "for example", "takes priority" and "prevails",
        # "suggest" and "recommend", "legal fees" and "attorneys' fees"
        (
            "1.1 This Addendum takes priority over the Product Terms. A few examples: (i) "
            "payment processors. We suggest you read their terms. You will pay reasonable "
            "legal fees.",
            "1.1 This Addendum prevails over the Product Terms. For example: (i) payment "
            "processors. We recommend you read their terms. You will pay reasonable "
            "attorneys' fees.",
            "synonym",
        ),
        # "hereby" and "keep in mind" say nothing more
        (
            "1.1 You hereby agree to keep your password secret. Keep in mind that staff "
            "never ask for it.",
            "1.1 You agree to keep your password secret. Note that staff never ask for it.",
            "same terms",
        ),
        # more plain words
        (
            "1.1 Users under the age of 16 are allowed to post only with a parent's consent.",
            "1.1 Users younger than 16 may post only with a parent's consent.",
            "same terms",
        ),
        # "reserves the right to" is "may"
        (
            "1.1 Lumio reserves the right to remove listings that break these rules.",
            "1.1 Lumio may remove listings that break these rules.",
            "synonym",
        ),
        # a legal form spelled out
        (
            "1.1 The bikes remain the property of Pedalo Ltd while you ride them.",
            "1.1 The bikes remain the property of Pedalo Limited while you ride them.",
            "legal form written another way",
        ),
        # plain words for legal ones
        (
            "1.1 These Terms of Use constitute the whole agreement and supersede any earlier "
            "agreement, to the extent permitted by applicable law.",
            "1.1 These Terms form the whole agreement and replace any earlier agreement, to "
            "the extent permitted by the law.",
            "same terms",
        ),
        # only the tense changed, beside synonyms
        (
            "1.1 In certain cases we keep your details after your account has been closed.",
            "1.1 In some cases we retain your details after your account is closed.",
            "same terms",
        ),
        # a responsibility stated two ways, "else" and a phrasal verb
        (
            "1.1 It is your responsibility to check this page for changes. If you become "
            "aware that someone's photo was posted without consent, you can deactivate "
            "the link.",
            "1.1 You are responsible for checking this page for changes. If you learn that "
            "someone else's photo was posted without consent, you can turn off the link.",
            "same terms",
        ),
        # a spelling corrected beside a word of grammar added
        (
            "1.1 If a buyer opens a case in the Resolution Centre, the item held until "
            "the case is closed.",
            "1.1 If a buyer opens a case in the Resolution Center, the item was held until "
            "the case is closed.",
            "spelling corrected",
        ),
        # two sentences swapped (one with a synonym), and the items of a list in another
        # order
        (
            "1.1 We use cookies to remember your settings. We never sell cookie data.",
            "1.1 We never sell cookie data. We utilise cookies to remember your settings.",
            "reordered",
        ),
        (
            "1.1 Banned content includes spam, malware and content that threatens a person.",
            "1.1 Banned content includes content that threatens a person, malware and spam.",
            "reordered",
        ),
        # a condition brought to the front, an adverb moved, items of a list in another
        # order within a longer sentence: the same terms in each sentence
        (
            "1.1 Parkline may close your account immediately if we reasonably believe that "
            "you have shared your login with others.",
            "1.1 If we reasonably believe that you have shared your login with others, "
            "Parkline may immediately close your account.",
            "reordered within their sentences",
        ),
        (
            "1.1 You can change your plan, see your invoices and update your card on the "
            "Account page at any time.",
            "1.1 At any time, you can see your invoices, update your card and change your plan "
            "on the Account page.",
            "reordered within their sentences",
        ),
        # one adverb moved, nothing else changed
        (
            "1.1 We may update this Privacy Policy occasionally to reflect new laws.",
            "1.1 We may occasionally update this Privacy Policy to reflect new laws.",
            "reordered within their sentences",
        ),
        # an adverb moved past "not" that it may stand either side of
        (
            "1.1 Please note that we currently do not respond to Do Not Track signals.",
            "1.1 Please note that we do not currently respond to Do Not Track signals.",
            "reordered within their sentences",
        ),
        # two promises of one sentence in the other order, their items reordered
        (
            "1.1 You will indemnify us against claims arising from your breach or your "
            "content, and we will indemnify you against claims that the app infringes "
            "a patent.",
            "1.1 We will indemnify you against claims that the app infringes a patent, and "
            "you will indemnify us against claims arising from your content or your breach.",
            "reordered within their sentences",
        ),
        # "however" may stand in either sentence
        (
            "1.1 We do not check listings before they go live. However, we may remove any "
            "listing that breaks these rules.",
            "1.1 We may remove any listing that breaks these rules. We do not, however, check "
            "listings before they go live.",
            "reordered within their sentences",
        ),
        # words that ran together spaced again
        (
            "1.1 We store the last four digits of your card numberNote: we never see the rest.",
            "1.1 We store the last four digits of your card number. Note: we never see the rest.",
            "spacing",
        ),
        # "measures" and "steps", "frequently" and "often", "a variety of" and "many"
        (
            "1.1 We take measures to protect the pages visited most frequently in a variety "
            "of ways.",
            "1.1 We take steps to protect the pages visited most often in many ways.",
            "synonym",
        ),
        # "will" put before a verb, or taken out: the same statement in the future tense
        (
            "1.1 If we learn that we collected data from a child under 13, we take steps to "
            "delete it.",
            "1.1 If we learn that we collected data from a child under 13, we will take "
            "steps to delete it.",
            "function words",
        ),
        # "a number of" is "a variety of", "all of" is "the entirety of"; "a period of"
        # only joins a number to its unit
        (
            "1.1 We use your data for a variety of purposes.",
            "1.1 We use your data for a number of purposes.",
            "synonym",
        ),
        (
            "1.1 We keep the entirety of the Platform secure.",
            "1.1 We keep all of the Platform secure.",
            "synonym",
        ),
        (
            "1.1 You must try informal resolution within a period of sixty (60) days.",
            "1.1 You must try informal resolution within sixty (60) days.",
            "same amount or period",
        ),
        # "for whatever reason" is "for any reason", "check back" is "come back", "are
        # aware of" is "know about"
        (
            "1.1 If your account is closed for whatever reason, please come back and review "
            "these Terms. Tell us about any use of your Account, whether or not you know "
            "about it.",
            "1.1 If your account is closed for any reason, please check back and review these "
            "Terms. Tell us about any use of your Account, whether or not you are aware of it.",
            "synonym",
        ),
        # a word written twice a few words apart, dropped once
        (
            "1.1 User Content is only used only in connection with providing the Services.",
            "1.1 User Content is used only in connection with providing the Services.",
            "written twice",
        ),
        # a modal or a linking word written twice in a row, dropped once
        (
            "1.1 You can can reach our data protection lead at the address below.",
            "1.1 You can reach our data protection lead at the address below.",
            "written twice",
        ),
        (
            "1.1 We share your personal data with the the companies of our group.",
            "1.1 We share your personal data with the companies of our group.",
            "written twice",
        ),
        # "depersonalize" is "de-identify"
        (
            "1.1 We may depersonalize your data and use it to improve our services.",
            "1.1 We may de-identify your data and use it to improve our services.",
            "synonym",
        ),
        # "has no liability" and "is not liable"
        (
            "1.1 Spotify has no liability to you for outages caused by your provider.",
            "1.1 Spotify is not liable to you for outages caused by your provider.",
            "synonym",
        ),
        # "fees" and "charges"
        (
            "1.1 You are responsible for taxes, internet fees and other fees of your use.",
            "1.1 You are responsible for taxes, internet charges and other fees of your use.",
            "synonym",
        ),
        # "retain the right to" is "reserve the right to"; "outside of" is "beyond";
        # "assert" is "claim"; "without reference to" is "without regard to"
        (
            "1.1 We retain the right to keep a record of your account. This is outside of our "
            "control. We do not assert ownership of your content. The laws of Ireland apply, "
            "without reference to conflict of laws rules.",
            "1.1 We reserve the right to keep a record of your account. This is beyond our "
            "control. We do not claim ownership of your content. The laws of Ireland apply, "
            "without regard to conflict of laws rules.",
            "synonym",
        ),
        # the passive made active: "by us" becomes the subject
        (
            "1.1 Your account may be suspended or terminated by us if you breach these Terms.",
            "1.1 We may suspend or terminate your account if you breach these Terms.",
            "passive made active",
        ),
        # a sentence split where a word only linked it to the last
        (
            "1.1 Do not share your account with others, because you're responsible for "
            "what happens on it.",
            "1.1 Do not share your account with others. You're responsible for what happens on it.",
            "same terms",
        ),
        # "take precedence" and "prevail", "various" and "a variety of"
        (
            "1.1 If these Terms and the Store Rules conflict, these Terms take precedence. We "
            "may change the Store Rules for various reasons.",
            "1.1 If these Terms and the Store Rules conflict, these Terms prevail. We may "
            "change the Store Rules for a variety of reasons.",
            "synonym",
        ),
        # "where you are based" and "where you live", "in harm's way" and "at risk"
        (
            "1.1 The courts where you are based may hear a claim that a product put you in "
            "harm's way.",
            "1.1 The courts where you live may hear a claim that a product put you at risk.",
            "synonym",
        ),
        # "own risk" and "sole risk", "express or implied" and "either expressly or
        # impliedly", "considered" and "deemed"
        (
            "1.1 YOU USE THE APP AT YOUR OWN RISK. WE GIVE NO WARRANTIES, EITHER EXPRESSLY OR "
            "IMPLIEDLY. A delay in enforcing a term is not considered a waiver of it.",
            "1.1 YOU USE THE APP AT YOUR SOLE RISK. WE GIVE NO WARRANTIES, WHETHER EXPRESS OR "
            "IMPLIED. A delay in enforcing a term is not deemed a waiver of it.",
            "synonym",
        ),
        # "you alone are responsible" and "you are solely responsible"
        (
            "1.1 You alone are responsible for the playlists you share.",
            "1.1 You are solely responsible for the playlists you share.",
            "synonym",
        ),
        # "does not take responsibility" and "is not responsible"
        (
            "1.1 Each post is the sole responsibility of its author, and Tidepool does not "
            "take responsibility for it.",
            "1.1 Each post is the sole responsibility of its author, and Tidepool is not "
            "responsible for it.",
            "synonym",
        ),
        # sections renumbered in a list after a colon
        (
            "1.1 These sections survive termination: 4 (Fees), 9 (Indemnity), 14 (Disputes), "
            "and 15 (General).",
            "1.1 These sections survive termination: 4 (Fees), 9 (Indemnity), 15 (Disputes), "
            "and 16 (General).",
            "cross-reference",
        ),
        # "acknowledge" and "recognise", "always" and "constantly" improving
        (
            "1.1 You acknowledge that we are constantly improving the app.",
            "1.1 You recognise that we are continually improving the app.",
            "synonym",
        ),
        # a section number before "above"
        (
            "1.1 You may post sponsored content as set out in Section 9 above.",
            "1.1 You may post sponsored content as set out in Section 10 above.",
            "cross-reference",
        ),
        # "interpreted" and "construed", "except where" and "unless", "current" and
        # "up to date"
        (
            "1.1 Headings will not be interpreted as limits. Sharing is banned except where "
            "the law requires it. Keep your details current.",
            "1.1 Headings will not be construed as limits. Sharing is banned unless the law "
            "requires it. Keep your details up to date.",
            "synonym",
        ),
        # "send you an email" and "email you", "have permission to" and "may", "wide"
        # and "broad"
        (
            "1.1 We will send you an email when your plan renews. You have permission to use "
            "our logo in a wide range of posts.",
            "1.1 We will email you when your plan renews. You may use our logo in a broad "
            "range of posts.",
            "synonym",
        ),
        # "incorporate" and "include", "3rd-party" and "third-party"
        (
            "1.1 These Terms incorporate our Privacy Policy. Do not share 3rd-party content "
            "you have no rights to.",
            "1.1 These Terms include our Privacy Policy. Do not share third-party content you "
            "have no rights to.",
            "synonym",
        ),
        # "who" for "that" in a relative clause
        (
            "1.1 A report may come from a user that was not the target of the post.",
            "1.1 A report may come from a user who was not the target of the post.",
            "same terms",
        ),
        # "strives" and "endeavours", "does not have to" and "is not required to", "in any
        # case" and "in all cases", "comes to an end" and "ends"
        (
            "1.1 Kitepost strives to review reports quickly, but does not have to review "
            "every post. In any case, your licence comes to an end when you delete a post.",
            "1.1 Kitepost endeavours to review reports quickly, but is not required to review "
            "every post. In all cases, your licence ends when you delete a post.",
            "synonym",
        ),
        # "as such" and "as a result"
        (
            "1.1 We host the app in the United States. As such, your data is stored there.",
            "1.1 We host the app in the United States. As a result, your data is stored there.",
            "synonym",
        ),
        # "read" and "review", "subject to" and "bound by"
        (
            "1.1 Partners are subject to their own terms, so please read their privacy policy.",
            "1.1 Partners are bound by their own terms, so please review their privacy policy.",
            "synonym",
        ),
        # a stray subject between "to" and its verb taken out
        (
            "1.1 When you sign in with Google, you allow us to we collect your name.",
            "1.1 When you sign in with Google, you allow us to collect your name.",
            "grammar corrected",
        ),
        # "while" and "although" joining a concession
        (
            "1.1 WHILE WE TRY TO KEEP THE SERVICE RUNNING, WE DO NOT PROMISE IT WILL BE AVAILABLE.",
            "1.1 ALTHOUGH WE TRY TO KEEP THE SERVICE RUNNING, WE DO NOT PROMISE IT WILL BE "
            "AVAILABLE.",
            "synonym",
        ),
        # "telephone" and "phone", "text message" and "SMS", "most recent" and "latest"
        (
            "1.1 We may contact you by telephone or text message at the most recent number "
            "you gave us.",
            "1.1 We may contact you by phone or SMS at the latest number you gave us.",
            "synonym",
        ),
        # "You agree that you will not" is "You must not"; "occasional" is "periodic"
        (
            "1.1 You agree that you will not post spam. We run occasional security checks.",
            "1.1 You must not post spam. We run periodic security checks.",
            "synonym",
        ),
        # a three-letter word's letters swapped back; "acknowledge and agree" is "agree"
        (
            "1.1 Payouts are sent to teh bank account on your profile.",
            "1.1 Payouts are sent to the bank account on your profile.",
            "spelling",
        ),
        (
            "1.1 You acknowledge and agree that nothing in the app is tax advice.",
            "1.1 You agree that nothing in the app is tax advice.",
            "synonym",
        ),
        # "at" for "upon": a preposition that changes no meaning here
        (
            "1.1 Fees are paid into your wallet upon renewal.",
            "1.1 Fees are paid into your wallet at renewal.",
            "function words",
        ),
        # a letter left out after the first, a letter doubled in a short word
        (
            "1.1 You aknowledge that the rules apply inn every country.",
            "1.1 You acknowledge that the rules apply in every country.",
            "spelling",
        ),
        # "logging in" is "signing in", "beyond" is "outside", "are free to" is "may"
        (
            "1.1 You are free to stop logging in whenever events beyond our control arise.",
            "1.1 You may stop signing in whenever events outside our control arise.",
            "synonym",
        ),
        # the same words moved, a word set off by commas among them
        (
            "1.1 We may, at our sole discretion, close a thread that drifts off-topic.",
            "1.1 We may close a thread that drifts off-topic at our sole discretion.",
            "phrase moved",
        ),
        (
            "1.1 You can pause your plan at any time from the Billing page.",
            "1.1 At any time, you can pause your plan from the Billing page.",
            "phrase moved",
        ),
        (
            "1.1 Harbor Co., Ltd., of 5 Quay Street, Dublin, is the controller of your data.",
            "1.1 The controller of your data is Harbor Co., Ltd., of 5 Quay Street, Dublin.",
            "phrase moved",
        ),
        # a day is a calendar day; commencing is starting
        (
            "1.1 You may withdraw from the contract within 14 days of purchase.",
            "1.1 You may withdraw from the contract within 14 calendar days of purchase.",
            "synonym",
        ),
        (
            "1.1 Before commencing an arbitration, you must send us a notice of dispute.",
            "1.1 Before starting an arbitration, you must send us a notice of dispute.",
            "synonym",
        ),
        # references written out in full, or the heading they name made longer
        (
            "1.1 These sections survive: 1.6 (Feedback) and Sections 11 (Disputes).",
            "1.1 These sections survive: Section 1.6 (Feedback) and Section 11 (Disputes).",
            "Cross-reference",
        ),
        (
            "1.1 Sections 12 (Limitation of Liability) and 13 (General) survive termination.",
            "1.1 Sections 12 (Disclaimers and Limitation of Liability) and 13 (General) survive "
            "termination.",
            "Cross-reference",
        ),
        (
            "1.1 These provisions survive termination: 3.3.1, 4.2-4.5.",
            "1.1 These provisions survive termination: Sections 3.3.1 and 4.2 to 4.5.",
            "Cross-reference",
        ),
        # a range of sections, then what they are sections of
        (
            "1.1 After the account closes, Sections 3 and 8 - 17 of the Terms still apply.",
            "1.1 After the account closes, Sections 3 and 8 - 16 of the Terms still apply.",
            "Cross-reference",
        ),
        # a long list of sections renumbered, far from the words that open it
        (
            "1.1 The following sections will survive any termination of these Terms or of "
            "your Account: 5 (Your Content), 7 (Things You Cannot Do), 12 (Indemnity), 13 "
            "(Disclaimers and Limitation of Liability), 14 (Governing Law and Venue), 17 "
            "(Termination), and 18 (Miscellaneous).",
            "1.1 The following sections will survive any termination of these Terms or of "
            "your Account: 6 (Your Content), 8 (Things You Cannot Do), 13 (Indemnity), 14 "
            "(Disclaimers and Limitation of Liability), 15 (Governing Law and Venue), 18 "
            "(Termination), and 19 (Miscellaneous).",
            "Cross-reference",
        ),
        (
            "1.1 If you are a government entity, this Section 14 does not apply to you.",
            "1.1 If you are a government entity, this Section 15 does not apply to you.",
            "Cross-reference",
        ),
        (
            "1.1 Disputes other than small claims will be resolved solely by arbitration.",
            "1.1 Disputes excluding small claims will be resolved exclusively by arbitration.",
            "synonym",
        ),
        # the heading of a section named beside the reference to it
        (
            "1.1 These Terms, with the additional terms referenced in Section 3, are the "
            "entire agreement.",
            "1.1 These Terms, with the additional terms referenced in Section 3 (Additional "
            "Terms for Specific Services), are the entire agreement.",
            "heading of the section",
        ),
        (
            "1.1 You agree that we shall be entitled to use your suggestions without paying you.",
            "1.1 You agree that we may use your suggestions without paying you.",
            "synonym",
        ),
        (
            "1.1 Provisions that should survive will survive, including Sections 7-10, 14, "
            "and 16-19.",
            "1.1 Provisions that should survive will survive, including Sections 8-11, 15, "
            "and 17-20.",
            "Cross-reference",
        ),
        (
            "1.1 Your download speed depends on your provider. Therefore, there is no "
            "guarantee of any speed. For the sake of clarity, this includes mobile data.",
            "1.1 Your download speed depends on your provider. As a result, there is no "
            "guarantee of any speed. For clarity, this includes mobile data.",
            "synonym",
        ),
        # a party named by its pronoun instead of its defined term, mid-sentence
        (
            "1.1 If a delivery is late, the Provider will credit the Customer's account.",
            "1.1 If a delivery is late, we will credit your account.",
            "Party named by its pronoun",
        ),
        # and its "its" made "our" with it; in a seller's agreement, the seller is "you"
        (
            "1.1 The Company will deduct its commission from the sale price before paying "
            "the Seller.",
            "1.1 We will deduct our commission from the sale price before paying you.",
            "Party named by its pronoun",
        ),
        # "provided that" and "as long as", with the modal of a permission in plain words
        (
            "1.1 You may swap your seat once, provided that the new flight has space and you "
            "pay any fare difference.",
            "1.1 You can swap your seat once, as long as the new flight has space and you "
            "pay any fare difference.",
            "synonym",
        ),
        (
            "1.1 You may ask us to correct data that is inaccurate, incomplete, or outdated.",
            "1.1 You may ask us to correct data that is inaccurate, incomplete or out of date.",
            "synonym",
        ),
        # "exclude" written as "do not include"
        (
            "1.1 Prices include VAT but exclude delivery to islands.",
            "1.1 Prices include VAT but do not include delivery to islands.",
            "synonym",
        ),
        # a "non-" word written as "not" and the word
        (
            "1.1 Vouchers are non-transferable and may be used once.",
            "1.1 Vouchers are not transferable and may be used once.",
            "synonym",
        ),
        # one name of personal data for the other
        (
            "1.1 We use the personal information we collect to provide the Services.",
            "1.1 We use the personal data we collect to provide the Services.",
            "same terms",
        ),
        # two edits, each editorial alone: "at" put in, a plural made singular
        (
            "1.1 You can cancel Premium any time. If you bought it on Google Play, you can "
            "cancel your subscriptions in the Subscriptions section.",
            "1.1 You can cancel Premium at any time. If you bought it on Google Play, you can "
            "cancel your subscription in the Subscriptions section.",
            "function words",
        ),
        # five edits, each editorial alone, one of them two abbreviations used in place of
        # the words they were defined for
        (
            "1.1 If you're a resident of the European Economic Area (EEA) or the United "
            "Kingdom (UK), we don't limit our liability for willful misconduct, and you're "
            "free to sue us at home.",
            "1.1 If you are a resident of the EEA or the UK, we do not limit our liability "
            "for wilful misconduct, and you are free to sue us at home.",
            "abbreviation",
        ),
        # an aside pointing to another section put in or taken out
        (
            "1.1 You agree to indemnify the Company Entities from all third-party claims.",
            "1.1 You agree to indemnify the Company Entities (as defined in Section 10.2) "
            "from all third-party claims.",
            "pointer to another section",
        ),
        (
            "1.1 We may suspend your account if you breach these Terms.",
            "1.1 We may suspend your account if you breach these Terms (as described in "
            "Article 7).",
            "pointer to another section",
        ),
        (
            "1.1 These service providers may access, process, and store information about you.",
            "1.1 These service providers (as discussed further in Section 3.5 below) may "
            "access, process, and store information about you.",
            "pointer to another section",
        ),
        # the document named more fully where it names itself
        (
            "1.1 This policy explains how we use your data.",
            "1.1 This Privacy Policy explains how we use your data.",
            "names itself more fully",
        ),
        (
            "1.1 If you do not agree to this Agreement, do not use the Service.",
            "1.1 If you do not agree to this User Agreement, do not use the Service.",
            "names itself more fully",
        ),
        # a link's text "here" replaced by the address it leads to
        (
            "1.1 Notices to the Company must be sent as set out [here](https://x.com/legal#notices).",
            "1.1 Notices to the Company must be sent as set out at "
            "[https://x.com/legal#notices](https://x.com/legal#notices)",
            "its text now the web address",
        ),
        # the end of a word written again by a slip, dropped
        (
            "1.1 You must: Provide vide a disclaimer to any individual accessing an Output.",
            "1.1 You must: Provide a disclaimer to any individual accessing an Output.",
            "written twice",
        ),
        # a link captured beside the words it links, which it repeats; and a repeat
        # dropped
        (
            "1.1 Any use of our marks must follow our guidelines, including the Trademark Policy",
            "1.1 Any use of our marks must follow our guidelines, including the Trademark "
            "Policy [Trademark Policy](https://example.com/trademarks).",
            "written twice",
        ),
        (
            "1.1 You grant us a licence to host your content your content worldwide.",
            "1.1 You grant us a licence to host your content worldwide.",
            "written twice",
        ),
        # "whether or not" says no more than "whether"
        (
            "1.1 You may not copy user information (whether or not it is personal data).",
            "1.1 You may not copy user information (whether it is personal data).",
            "synonym",
        ),
        # a few terms no rule names put for others: restated, in a clause
        # on personal data and in one no kind names
        (
            "1.1 Because of the global nature of our business, we transfer personal data "
            "internationally to our group companies and partners.",
            "1.1 As a global business, we transfer personal data across borders to our "
            "group companies and partners.",
            "Restated in other words",
        ),
        (
            "1.1 Support staff answer questions about your booking by phone and by chat.",
            "1.1 Our support team handles queries about your booking by phone and by chat.",
            "Restated in other words",
        ),
        # synonyms of deadlines, duties and kinds
        (
            "1.1 Invoices must be paid not later than 14 days after receipt.",
            "1.1 Invoices must be paid no later than 14 days after receipt.",
            "Reworded with the same terms",
        ),
        (
            "1.1 We are not liable for losses of any sort arising from outages.",
            "1.1 We are not liable for losses of any kind arising from outages.",
            "Reworded with the same terms",
        ),
        (
            "1.1 You must follow our community rules when you post.",
            "1.1 You must comply with our community rules when you post.",
            "a phrase replaced by a synonym",
        ),
        (
            "1.1 We will tell you in a timely manner if your order is delayed.",
            "1.1 We will tell you promptly if your order is delayed.",
            "a phrase replaced by a synonym",
        ),
        (
            "1.1 We will tell you without delay if we suspend your card.",
            "1.1 We will tell you promptly if we suspend your card.",
            "a phrase replaced by a synonym",
        ),
        (
            "1.1 We may share data with our processors, including hosting and payment providers.",
            "1.1 We may share data with our processors, including without limitation hosting "
            "and payment providers.",
            "Reworded with the same terms",
        ),
        (
            "1.1 If your details are false, we have the right to refuse any and all future orders.",
            "1.1 If your details are false, we may refuse any future orders.",
            "Reworded with the same terms",
        ),
        (
            "1.1 When we remove a review, we will let you know by email.",
            "1.1 When we remove a review, we will notify you by email.",
            "Reworded with the same terms",
        ),
        (
            "1.1 WE MAKE NO WARRANTY THAT THE APP WILL BE ERROR-FREE.",
            "1.1 WE DO NOT WARRANT THAT THE APP WILL BE ERROR-FREE.",
            "a phrase replaced by a synonym",
        ),
        (
            "1.1 You must keep the billing details in your profile correct and complete.",
            "1.1 You must keep the billing details in your profile accurate and complete.",
            "a phrase replaced by a synonym",
        ),
        (
            "1.1 We may retire old features; we will try to tell you beforehand.",
            "1.1 We may retire old features; we will try to tell you in advance.",
            "a phrase replaced by a synonym",
        ),
        (
            "1.1 This summary is meant to help you find the sections that matter to you.",
            "1.1 This summary is intended to help you find the sections that matter to you.",
            "Reworded with the same terms",
        ),
        (
            "1.1 These Terms, as well as our Privacy Policy, apply to your use of the app.",
            "1.1 These Terms and our Privacy Policy apply to your use of the app.",
            "a phrase replaced by a synonym",
        ),
        (
            "1.1 The sections on liability shall remain in effect after your account closes.",
            "1.1 The sections on liability shall remain in place after your account closes.",
            "Reworded with the same terms",
        ),
        (
            "1.1 We keep data for other reasons too. They include, but are not limited to, "
            "resolving disputes and conducting audits.",
            "1.1 We keep data for other reasons too. They include, without limitation, "
            "resolving disputes and conducting audits.",
            "Reworded with the same terms",
        ),
        # the future made present
        (
            "1.1 Your plan will renew automatically each month until you cancel it.",
            "1.1 Your plan renews automatically each month until you cancel it.",
            "Reworded around the same terms",
        ),
        # the terms kept in order, a rule's own word rewritten around ("prices", "courts")
        (
            "1.1 Please note that the prices shown include sales tax.",
            "1.1 Prices shown include sales tax.",
            "Reworded around the same terms",
        ),
        (
            "1.1 You may appeal to either of these courts.",
            "1.1 You may appeal to either such court.",
            "Reworded around the same terms",
        ),
        (
            "1.1 Each of the storage plans are renewed every month.",
            "1.1 Each storage plan is renewed every month.",
            "Reworded around the same terms",
        ),
        # a date line reworded, the date unchanged
        (
            "Effective as of January 5, 2022 (view previous version)",
            "Gültig ab January 5, 2022 (vorherige Version ansehen)",
            "Date line reworded",
        ),
    ],
)
def test_editorial_edits(old: str, new: str, reason: str) -> None:
    change = only_change(old, new)
    assert change.kinds == ["editorial"] and not change.material
    assert reason.lower() in change.explanation.lower()


def test_an_address_changed_beside_a_changed_space_is_editorial() -> None:
    change = only_change(
        "1.1 See our Help Center (https://help.example.com/en/report-violation and "
        "https://help.example.com/en/suspended-accounts).",
        "1.1 See our Help Center (https://help.example.com/report-violation\u00a0and "
        "https://help.example.com/suspended-accounts).",
    )
    assert change.kinds == ["editorial"] and not change.material
    assert change.noise == "links"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a new word beside a changed address
        (
            "1.1 Paid features follow the Terms for Paid Services (https://example.com/en/paid).",
            "1.1 Paid features also follow the Terms for Paid Services (https://example.com/paid).",
        ),
        # a negation dropped where it stood a few words away, not twice in a row
        (
            "1.1 We do not, and will not, sell your personal data.",
            "1.1 We do not, and will, sell your personal data.",
        ),
        # another place of arbitration is no rename
        (
            "1.1 Claims will be decided by arbitration in Texas under the AAA rules.",
            "1.1 Claims will be decided by arbitration in Delaware under the AAA rules.",
        ),
        # another state's law is no rename
        (
            "1.1 These Terms are governed by the laws of the State of California.",
            "1.1 These Terms are governed by the laws of the State of Delaware.",
        ),
        # nor other courts ("the courts located at Mumbai" -> "... at Bangalore")
        (
            "1.1 You submit to the exclusive jurisdiction of the courts located at Mumbai, India.",
            "1.1 You submit to the exclusive jurisdiction of the courts located at Bangalore, "
            "India.",
        ),
        # a number after a reference that is a period
        (
            "1.1 Under Section 4, invoices are due within 30 days.",
            "1.1 Under Section 4, invoices are due within 15 days.",
        ),
        # amounts swapped: the same words, other sums
        (
            "1.1 You pay 10 dollars now and 20 dollars on delivery.",
            "1.1 You pay 20 dollars now and 10 dollars on delivery.",
        ),
        # rewordings that change the terms: who notifies whom, a duty for a
        # permission, a "not", a period, a scope
        (
            "1.1 You must notify us if your password is stolen.",
            "1.1 We must notify you if your password is stolen.",
        ),
        (
            "1.1 You may keep a copy of your invoices.",
            "1.1 You must retain a copy of your invoices.",
        ),
        (
            "1.1 We will share your data with our partners.",
            "1.1 We won't share your data with our partners.",
        ),
        (
            "1.1 You may request a refund within thirty (30) days of purchase.",
            "1.1 You may request a refund within 14 days of purchase.",
        ),
        (
            "1.1 We only share your data with service providers in the EU.",
            "1.1 We share your data with service providers in the EU.",
        ),
        # "not" moved: the same words, another meaning
        (
            "1.1 You may not share content, and we may remove it.",
            "1.1 You may share content, and we may not remove it.",
        ),
        # words dropped with the pointer change the terms
        (
            "1.1 You can report the channel within 30 days by following the steps here.",
            "1.1 You can report the channel.",
        ),
        # a hidden email address replaced by a new way to reach us
        (
            "1.1 You can also contact us by [email protected].",
            "1.1 You can also contact us through the appeal form in the app within 30 days.",
        ),
        # a legal form replaced by another names another company
        (
            "1.1 These terms are an agreement between you and Reddit, Inc.",
            "1.1 These terms are an agreement between you and Reddit B.V.",
        ),
        # a name swap that swaps the legal form too
        (
            "1.1 In the EEA these Terms are between you and Example Media Ireland Limited.",
            "1.1 In the EEA these Terms are between you and Example Media Netherlands B.V.",
        ),
        # a legal form dropped beside other new words
        (
            "1.1 These terms are an agreement between you and Reddit, Inc.",
            "1.1 These terms are an agreement between you and Reddit and its affiliates.",
        ),
        # a replacement that is no synonym in the vocabulary: "namely" closes the list
        (
            "1.1 We collect device information (e.g., device IDs) when you log in.",
            "1.1 We collect device information (namely device IDs) when you log in.",
        ),
        # sentences moved, and one of them changed
        (
            "1.1 We scan uploads for malware. No person looks at your files.",
            "1.1 A person may look at your files. We scan uploads for malware.",
        ),
        # a hyphen dropped where a number changed too
        ("1.1 Refunds take 5 business-days.", "1.1 Refunds take 10 business days."),
        # two parties trade places: who indemnifies whom changed
        (
            "1.1 Seller shall indemnify Buyer against claims about the goods.",
            "1.1 Buyer shall indemnify Seller against claims about the goods.",
        ),
        # a condition moved from one sentence to another
        (
            "1.1 Unless you object, we may share your data. We will not sell your data.",
            "1.1 We may share your data. Unless you object, we will not sell your data.",
        ),
        # the same words moved to another promise
        (
            "1.1 We may share your data unless you object. We will not sell it.",
            "1.1 We may share your data. We will not sell it unless you object.",
        ),
        # another ending makes another word: who grants the licence, what is shared
        ("1.1 The licensor may end the licence.", "1.1 The licensee may end the licence."),
        (
            "1.1 We share anonymized usage data with researchers.",
            "1.1 We share anonymizable usage data with researchers.",
        ),
        # another document named: no rename
        (
            "1.1 Refunds for orders you cancel follow our [Returns Policy](https://ex.com/r).",
            "1.1 Refunds for orders you cancel follow our [Store Credit Policy](https://ex.com/c).",
        ),
        # two real words, one easily taken for the other misspelt
        (
            "1.1 Members receive complimentary parking.",
            "1.1 Members receive complementary parking.",
        ),
        # renamed, but the renamed thing now does more
        (
            "1.1 Buy credits in the Shop.",
            "1.1 Buy credits in the Marketplace (formerly the Shop), which charges a 2% fee.",
        ),
        # a number opening the clause that is an amount, not the clause's number
        (
            "1.1 2.5 times the monthly fee is due on exit.",
            "1.1 3.5 times the monthly fee is due on exit.",
        ),
        ("1.1 30 days' notice is needed to cancel.", "1.1 14 days' notice is needed to cancel."),
        # another currency: no word changes, the price does
        ("1.1 The fee is $5 per month.", "1.1 The fee is €5 per month."),
        # the same number of another unit, or another number of the same
        ("1.1 You may upload 5 videos per day.", "1.1 You may upload 5 videos per week."),
        ("1.1 The fee is $5 per month.", "1.1 The fee is $5 per year."),
        ("1.1 The fee is 3% of the total.", "1.1 The fee is 4% of the total."),
        # an item carried from one list of a sentence to another
        (
            "1.1 You may not post spam, scams or malware, but you may post ads.",
            "1.1 You may not post spam, ads or malware, but you may post scams.",
        ),
        (
            "1.1 You may not post spam or scams, and you may sell goods.",
            "1.1 You may not post spam, and you may sell goods or scams.",
        ),
        # a lone word moved: "not" now qualifies another verb
        (
            "1.1 Drivers may not use the phone mount while the car is moving.",
            "1.1 Drivers may use the phone mount while the car is not moving.",
        ),
        # a few words swapped, but one place, a scope or a ceiling for another
        (
            "1.1 These Terms are governed by the laws of the State of California, and "
            "disputes go to the courts of San Francisco.",
            "1.1 These Terms are governed by the laws of the State of Delaware, and "
            "disputes go to the courts of Wilmington.",
        ),
        (
            "1.1 We will share your name and email address with the event organizer only "
            "if you tick the box on the registration form.",
            "1.1 We will share your name and email address with the event organizer "
            "unless you untick the box on the registration form.",
        ),
        (
            "1.1 Our liability will not exceed the greater of US$100 or the amounts you "
            "paid us in the twelve (12) months preceding the claim.",
            "1.1 Our liability will not exceed the lesser of US$100 or the amounts you "
            "paid us in the 12 months before the claim.",
        ),
        (
            "1.1 We keep messages you send to support for two years or until the ticket is "
            "closed, whichever is sooner.",
            "1.1 We retain messages you send to support for two years or until the ticket is "
            "resolved, whichever is later.",
        ),
        # a hyphen put in ("pro rata" -> "pro-rata") beside words put in elsewhere
        (
            "1.1 You may cancel at any time. Fees paid are not refunded on a pro rata basis.",
            "1.1 You may cancel at any time up to 24 hours before the renewal date. Fees paid "
            "are not refunded on a pro-rata basis.",
        ),
        # a number's bound changed beside a word respelt
        (
            "1.1 If an update impacts either parties rights, we will let you know "
            "approximately 30 days before it takes effect.",
            "1.1 If an update impacts either party's rights, we will let you know at least "
            "30 days before it takes effect.",
        ),
        # a reference to a heading turned round
        (
            "1.1 Cancellation is subject to Section 7 (Refunds).",
            "1.1 Cancellation is subject to Section 7 (No Refunds).",
        ),
        ("1.1 You must pay 1.6 times the fee.", "1.1 You must pay Section 1.6 times the fee."),
        ("1.1 You may pay 30 or 45 dollars.", "1.1 You may pay 30 and 45 dollars."),
        # who pays whom, in a word
        (
            "1.1 Fees are payable by you within 30 days.",
            "1.1 Fees are payable to you within 30 days.",
        ),
        # in capitals every word looks like a name
        (
            "1.1 ANY CLAIM ARISING OUT OF YOUR USE OF THE WEBSITE OR THE APP SHALL BE "
            "DECIDED BY BINDING ARBITRATION.",
            "1.1 ANY CLAIM ARISING OUT OF YOUR USE OF THE SERVICE OR RECEIPT OF CONTENT "
            "SHALL BE DECIDED BY BINDING ARBITRATION.",
        ),
        # a number written with its unit, changed ("50GB" -> "35GB", "5GB" -> "15GB")
        (
            "1.1 On Unlimited plans, after you use 50GB of data in a bill cycle, speeds "
            "may be slowed.",
            "1.1 On Unlimited plans, after you use 35GB of data in a bill cycle, speeds "
            "may be slowed.",
        ),
        (
            "1.1 The Free plan includes up to 5GB of storage.",
            "1.1 The Free plan includes up to 15GB of storage.",
        ),
        # how many times, at the start of a sentence, is no name
        (
            "1.1 Once per calendar year, you may request a refund of one in-app purchase "
            "without giving a reason.",
            "1.1 Twice per calendar year, you may request a refund of an in-app purchase "
            "without giving a reason.",
        ),
        # another document named beside one the clause already names
        (
            "1.1 Your use of the service is governed by our Privacy Policy.",
            "1.1 Your use of the service is governed by our Seller Terms and Privacy Policy.",
        ),
        # a number of days after a list of sections is no reference
        (
            "1.1 Sections 4 and 5 apply to refunds, which we pay within 5 - 12 days.",
            "1.1 Sections 4 and 5 apply to refunds, which we pay within 5 - 20 days.",
        ),
        # "and/or" or a date written with slashes is no web address
        (
            "1.1 You may share photos with your friends.",
            "1.1 You may share photos and/or videos with your friends/family/followers.",
        ),
        (
            "1.1 The offer ends on 06/08/2023.",
            "1.1 The offer ends on 10/27/2023.",
        ),
        # a sentence dropped that no other sentence repeats
        (
            "1.1 Anyone with a link can view the files. You can share files by email.",
            "1.1 You can share files by email.",
        ),
        # a condition carried into the next sentence qualifies another promise
        (
            "1.1 Unless you object, we share reviews with hotels. We never sell your data.",
            "1.1 We share reviews with hotels. Unless you object, we never sell your data.",
        ),
    ],
)
def test_edits_that_look_editorial_but_change_wording(old: str, new: str) -> None:
    assert "editorial" not in only_change(old, new).kinds


def test_a_courtesy_beside_a_new_duty_is_not_editorial() -> None:
    change = only_change(
        "1.1 Please report content that breaks these rules.",
        "1.1 You must report content that breaks these rules.",
    )
    assert "editorial" not in change.kinds and change.material


def test_a_price_is_not_a_cross_reference() -> None:
    change = only_change(
        "1.1 Premium costs $10.99 per month.", "1.1 Premium costs $11.99 per month."
    )
    assert "editorial" not in change.kinds and "fees" in change.kinds


def test_a_rate_after_of_is_not_a_cross_reference() -> None:
    change = only_change(
        "1.1 The rate equals the Prime Rate plus a margin of 9.99 percentage points.",
        "1.1 The rate equals the Prime Rate plus a margin of 12.99 percentage points.",
    )
    assert "editorial" not in change.kinds and change.material


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "1.1 To redeem a gift card, visit our Help Center at help.example.com/giftcards.",
            "1.1 To redeem a gift card, visit our Help Center at "
            "support.example.com/en/gift-cards.",
        ),
        # a country domain
        (
            "1.1 Our cookie notice, which says how we use cookies, is at "
            "shop.example.co.uk/cookies.",
            "1.1 Our cookie notice, which says how we use cookies, is at "
            "shop.example.co.uk/legal/cookie-notice.",
        ),
    ],
)
def test_a_web_address_written_without_https_changed_is_editorial(old: str, new: str) -> None:
    change = only_change(old, new)
    assert change.kinds == ["editorial"] and not change.material
    assert "address" in change.explanation


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # the sites a cookie is set on: one more listed
        (
            "| _ga | Google Analytics | 6 months | Analytics | openai.com |",
            "| _ga | Google Analytics | 6 months | Analytics | openai.com <br>chatgpt.com |",
        ),
        (
            "| li_fat_id | LinkedIn | 30 days | Marketing measurement | chatgpt.com |",
            "| li_fat_id | LinkedIn | 30 days | Marketing measurement | "
            "openai.com <br>chatgpt.com |",
        ),
    ],
)
def test_a_domain_added_to_a_cookie_row_is_personal_data(old: str, new: str) -> None:
    change = only_change(old, new)
    assert change.kinds == ["data-privacy"]
    assert "address" not in change.explanation


def test_a_plan_renamed_in_one_clause_is_other_and_not_material() -> None:
    change = only_change(
        "1.1 Orbit Gold members get early access to new features.",
        "1.1 Orbit Premium members get early access to new features.",
    )
    assert change.kinds == ["other"] and not change.material
    assert "renamed" in change.explanation


def test_a_vendor_named_in_one_word_with_a_capital_inside_swapped_is_other() -> None:
    # another company does the work: news of a product (LABELS.md: other), not wording
    change = only_change(
        "1.1 To report a vulnerability, use the form on HackerOne.",
        "1.1 To report a vulnerability, use the form on Zerocopter.",
    )
    assert change.kinds == ["other"] and not change.material
    # a name of ordinary words swapped stays a rename
    change = only_change(
        "1.1 To report a vulnerability, use the form on Bug Bounty.",
        "1.1 To report a vulnerability, use the form on Security Desk.",
    )
    assert change.kinds == ["editorial"]


def test_a_plan_renamed_with_the_terms_named_after_it_is_other_and_not_material() -> None:
    change = only_change(
        "1.1 If you join Orbit Gold, you agree to the Orbit Gold Terms.",
        "1.1 If you join Orbit Premium, you agree to the Orbit Premium Terms.",
    )
    assert change.kinds == ["other"] and not change.material
    assert "renamed" in change.explanation


def test_a_name_given_with_its_former_name_is_other_and_not_material() -> None:
    change = only_change(
        "1.1 Buy credits in the Shop and spend them in Arcade Mode.",
        "1.1 Buy credits in the Marketplace (formerly the Shop) and spend them in Arcade Mode.",
    )
    assert change.kinds == ["other"] and not change.material
    assert "former name" in change.explanation and "“Shop” → “Marketplace”" in change.explanation


def test_another_framework_for_transfers_of_data_is_no_rename() -> None:
    # a new legal basis for sending personal data abroad, not a name written another way
    change = only_change(
        "1.1 We rely on the EU-U.S. Privacy Shield for transfers of personal data.",
        "1.1 We rely on the EU-U.S. Data Privacy Framework for transfers of personal data.",
    )
    assert change.kinds == ["data-privacy"]


def test_another_framework_for_transfers_of_data_is_no_restatement() -> None:
    change = only_change(
        "1.1 Complaints about our handling of personal data under the Privacy Shield and "
        "Swiss-U.S. Privacy Shield ADR go to an independent body.",
        "1.1 Complaints about our handling of personal data under the Data Privacy "
        "Framework go to an independent body.",
    )
    assert "editorial" not in change.kinds


def test_a_place_before_law_is_no_rename() -> None:
    change = only_change(
        "1.1 If we go to court, it will be in Delaware under Delaware law.",
        "1.1 If we go to court, it will be in California under California law.",
    )
    assert "dispute" in change.kinds and change.material


def test_support_hours_changed_are_contact_details_not_material() -> None:
    change = only_change(
        "1.1 Our support team is available 9am to 5pm, Monday to Friday.",
        "1.1 Our support team is available 8am to 8pm, seven days a week.",
    )
    assert change.kinds == ["other"] and not change.material


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "This policy is effective from 1 March 2024 and replaces earlier versions.",
            "This policy is effective from March 1, 2024 and replaces earlier versions.",
        ),
        # with its day as an ordinal
        (
            "This agreement applies to claims that arose on or after 1st May 2023.",
            "This agreement applies to claims that arose on or after May 1, 2023.",
        ),
    ],
)
def test_the_same_date_written_another_way_is_editorial(old: str, new: str) -> None:
    change = only_change(old, new)
    assert change.kinds == ["editorial"] and not change.material


def test_a_changed_date_alone_is_other_and_not_material() -> None:
    change = only_change("Last updated: May 22, 2024", "Last updated: December 18, 2024")
    assert change.kinds == ["other"] and not change.material


def test_effective_date_lines_added_are_not_material() -> None:
    old = "Article 1 Terms\n\n1.1 You may cancel at any time.\n"
    new = (
        "Effective Date outside EEA & UK: March 13, 2024\n\n"
        "Effective Date in EEA & UK: April 30, 2024\n\n" + old
    )
    changes = compare(old, new).changes
    assert changes and all(c.kinds == ["other"] and not c.material for c in changes)
    # nor is a "last reviewed" line taken out
    (change,) = compare("Last reviewed: March 2023\n\n" + old, old).changes
    assert change.kinds == ["other"] and not change.material
    # a new paragraph that only mentions a date is no date line
    added = old + "\nEffective March 13, 2024, you must verify your age to post.\n"
    (change,) = compare(old, added).changes
    assert change.material


def test_a_date_line_rewritten_with_where_it_applies_is_one_date_change() -> None:
    old = "Article 1 Terms\n\n1.1 You may cancel at any time.\n\nEffective August 1, 2023\n"
    new = (
        "Article 1 Terms\n\n1.1 You may cancel at any time.\n\n"
        "Effective Date outside EEA & UK: March 13, 2024\n\n"
        "Effective Date in EEA & UK: April 30, 2024\n"
    )
    changed, added = compare(old, new).changes
    assert (changed.op, added.op) == ("modified", "added")
    assert all(c.kinds == ["other"] and not c.material for c in (changed, added))
    assert "date line changed" in changed.explanation


def test_a_new_date_in_a_line_of_links_is_a_date_change() -> None:
    change = only_change(
        "Effective November 15, 2023 | [Archived versions](https://x.test/a) | "
        "[Download PDF](https://x.test/2023.pdf)",
        "Effective January 15, 2024 | [Archived versions](https://x.test/a) | "
        "[Download PDF](https://x.test/2024.pdf)",
    )
    assert change.kinds == ["other"] and not change.material
    assert "date" in change.explanation.lower()


def test_an_item_added_under_a_prohibition_lead_in_is_a_new_obligation() -> None:
    old = "Here are some examples of content that is not allowed:\n\n* Spam\n* Scams\n"
    new = (
        "Here are some examples of content that is not allowed:\n\n* Spam\n* Scams\n"
        "* Synthetic or manipulated media that may deceive or harm others\n"
    )
    (change,) = compare(old, new).changes
    assert change.op == "added" and "new-obligation" in change.kinds


def test_an_item_added_under_a_lead_in_that_says_no_content_can_is_a_new_obligation() -> None:
    old = "## Content Standards\n\nNo Content can:\n\n* Be obscene\n* Promote violence\n"
    new = old + "* Be wholly or in substantial part generated by artificial intelligence\n"
    (change,) = compare(old, new).changes
    assert change.op == "added" and change.kinds == ["new-obligation"]


def test_a_paragraph_added_after_a_prohibition_list_is_no_new_item() -> None:
    old = "Here are some examples of content that is not allowed:\n\n* Spam\n* Scams\n"
    new = old + (
        "\nAuthorities that want to contact us under the Digital Services Act can reach "
        "our representative by email at dsa@example.com.\n"
    )
    (change,) = compare(old, new).changes
    assert change.op == "added" and "new-obligation" not in change.kinds


def test_an_item_removed_from_a_prohibition_list_relaxes_it_without_notice() -> None:
    old = (
        "Here are some examples of content that is not allowed:\n\n* Spam\n"
        "* Exactly copying another channel's description\n* Scams\n"
    )
    new = "Here are some examples of content that is not allowed:\n\n* Spam\n* Scams\n"
    (change,) = compare(old, new).changes
    assert change.op == "removed" and "obligation-relaxed" in change.kinds
    assert not change.material


def test_a_rule_taken_off_a_list_of_rules_is_material_and_favourable() -> None:
    old = (
        "When using the Service, you must not:\n\n* post spam\n"
        "* use a VPN to access content not available in your country\n* harass others\n"
    )
    new = "When using the Service, you must not:\n\n* post spam\n* harass others\n"
    (change,) = compare(old, new).changes
    assert change.op == "removed" and change.kinds == ["obligation-relaxed"]
    assert change.material and change.direction == "favourable"


@pytest.mark.parametrize(
    "item",
    [
        # a rule item no sentence introduces, opening with "use ... to", a gerund or a name
        "(l) use the Licensed Material to fine-tune or train a foundation model;",
        "h. Buying, selling, renting or lending accounts, or offering to do so.",
        "Posting links to external marketplaces in public threads.",
        "Using WeChat on behalf of governmental entities, without full disclosure.",
        "(g) access, copy or frame any part of the Services by automated means;",
        # what may not be streamed or linked, named with what it does
        "Live streams that feature someone transporting firearms from place to place.",
        "Links to content that spread medical misinformation about COVID-19.",
    ],
)
def test_a_rule_item_standing_alone_is_a_duty_added_or_removed(item: str) -> None:
    added = only_change("1.1 Overview", f"1.1 Overview\n\n1.2 {item}")
    removed = only_change(f"1.1 Overview\n\n1.2 {item}", "1.1 Overview")
    assert added.kinds == ["new-obligation"] and added.direction == "adverse"
    assert removed.kinds == ["obligation-relaxed"] and removed.direction == "favourable"
    assert added.material and removed.material


def test_a_use_of_data_opening_with_a_gerund_is_no_rule_item() -> None:
    change = only_change(
        "1.1 Overview", "1.1 Overview\n\n1.2 Selling your personal information to data brokers."
    )
    assert "new-obligation" not in change.kinds and "data-privacy" in change.kinds


def test_a_pointer_to_more_information_is_not_material() -> None:
    change = only_change(
        "1.1 We use pixels to measure advertising.",
        "1.1 We use pixels to measure advertising. Please visit our Pixel Terms to learn more.",
    )
    assert change.kinds == ["editorial"] and not change.material
    assert "only points to more information" in change.explanation.lower()
    # a pointer that now points to a page of another name
    change = only_change(
        "1.1 For more information about how VAT is applied to your fees, see the Tax page "
        "in Seller Central Help. You can download your invoices from Reports.",
        "1.1 For more information about how VAT is applied to your fees, see the Tax page "
        "in the Seller Help Center. You can download your invoices from Reports.",
    )
    assert change.kinds == ["editorial"] and not change.material
    # a link's text that only points on, reworded
    change = only_change(
        "1.1 We collect the model of your phone and its battery level. "
        "[See more examples](https://example.com/help/device-data).",
        "1.1 We collect the model of your phone and its battery level. "
        "[Learn more](https://example.com/help/device-data).",
    )
    assert change.kinds == ["editorial"] and not change.material
    # where a list is kept
    change = only_change(
        "1.1 We use service providers to host our data.",
        "1.1 We use service providers to host our data. The current list of these "
        "providers is published on our Security page.",
    )
    assert change.kinds == ["editorial"] and not change.material


def test_a_paragraph_that_only_pointed_elsewhere_taken_out_is_not_material() -> None:
    report = compare(
        "Article 1 Terms\n\n1.1 We may remove content that breaks the rules.\n\n"
        "[Read more about how we review reported videos](https://example.com/review)\n",
        "Article 1 Terms\n\n1.1 We may remove content that breaks the rules.\n",
    )
    (change,) = report.changes
    assert change.op == "removed" and not change.material and change.kinds == ["editorial"]
    assert "a link alone" in change.explanation.lower()


def test_a_new_paragraph_that_points_elsewhere_keeps_its_kind() -> None:
    report = compare(
        "Article 1 Terms\n\n1.1 We may remove content that breaks the rules.\n",
        "Article 1 Terms\n\n1.1 We may remove content that breaks the rules.\n\n"
        "For more information about how we enforce our rules and how to appeal a "
        "decision, please visit our Help Center.\n",
    )
    (change,) = report.changes
    assert change.op == "added" and "editorial" not in change.kinds and not change.material


def test_a_period_governing_a_suspension_is_also_termination_and_fees() -> None:
    change = only_change(
        "1.1 If a fee stays unpaid for 30 days, we may suspend your account.",
        "1.1 If a fee stays unpaid for 15 days, we may suspend your account.",
    )
    assert {"notice-period", "termination", "fees"} <= set(change.kinds)
    assert change.direction == "adverse"


def test_a_longer_deadline_for_a_user_duty_relaxes_it() -> None:
    change = only_change(
        "1.1 You shall update your details within 1 working day of a change.",
        "1.1 You shall update your details within 3 working days of a change.",
    )
    assert "obligation-relaxed" in change.kinds and "new-obligation" not in change.kinds
    assert change.direction == "favourable"


@pytest.mark.parametrize(
    ("old", "new", "same"),
    [
        ("You may cancel, at any time.", "You may cancel at any time", True),
        ("You may cancel at any time.", "You may cancel at any  time.", True),
        ("You may cancel at any time.", "You may cancel at no time.", False),
        ("can not", "cannot", False),  # a space removed joins two words
        ("the fee-free plan", "the fee free plan", True),
        ("abc", "abd", False),
        ("", "", True),
        ("terms.", "terms", True),
    ],
)
def test_same_words_compares_only_the_words(old: str, new: str, same: bool) -> None:
    assert _same_words(old, new) is same
    assert _same_words(old, new) is (re.findall(r"\w+", old) == re.findall(r"\w+", new))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a company's registered address replaced
        (
            "1.1 Your contract is with Example UK Limited, registered at 6th Floor, One London "
            "Wall, London, EC2Y 5EB.",
            "1.1 Your contract is with Example UK Limited, registered at 4 Lindsey Street, "
            "London, EC1A 9HP.",
        ),
        # an agent's address, in a clause whose words are about personal data
        (
            "1.1 Agent for requests for information about personal data: Example LLP, "
            "Potsdamer Platz 1, 10785 Berlin.",
            "1.1 Agent for requests for information about personal data: Other LLP, "
            "Breite Straße 28, 40213 Düsseldorf.",
        ),
        # a street name with an apostrophe, on a quay; a square
        (
            "1.1 You can write to our privacy team at 2 Merchant Square, Cork, Ireland.",
            "1.1 You can write to our privacy team at 41 Saint Patrick's Quay, Cork, Ireland.",
        ),
        # streets in the continental order, the number first
        (
            "1.1 These Terms are between you and Exemple SAS, whose registered office is "
            "located at 8 rue du Faubourg 75010 Paris.",
            "1.1 These Terms are between you and Exemple SAS, whose registered office is "
            "located at 114/116 Boulevard Haussmann 75008 Paris.",
        ),
        # whom a letter is for put on the address line, in a clause on personal data
        (
            "1.1 If you have questions about this Privacy Policy, write to us at PO Box "
            "7775, San Francisco, CA 94120.",
            "1.1 If you have questions about this Privacy Policy, write to us at Example "
            "Inc., Attention: Legal Department, PO Box 7775, San Francisco, CA 94120.",
        ),
        # a street whose name ends in the word for street, the number after it, in a
        # clause that names pricing
        (
            "1.1 Questions about pricing or complaints are to be addressed to Example AG, "
            "Minervastrasse 3, CH-8032 Zurich, Switzerland.",
            "1.1 Questions about pricing or complaints are to be addressed to Example AG, "
            "Franklinstrasse 27, CH-8050 Zurich, Switzerland.",
        ),
    ],
)
def test_a_replaced_address_is_other_and_not_material(old: str, new: str) -> None:
    change = only_change(old, new)
    assert change.kinds == ["other"] and not change.material
    assert "contact details" in change.explanation.lower()


def test_an_address_line_added_and_removed_is_not_material() -> None:
    old = "Article 9 Contact\n\nExample, Inc. 303 2nd Street, Suite 500S San Francisco, CA 94107\n"
    new = "Article 9 Contact\n\nExample B.V. Keizersgracht 62, 1015CS Amsterdam Netherlands\n"
    changes = compare(old, new).changes
    assert changes and all(c.kinds == ["other"] and not c.material for c in changes)
    assert all("contact details" in c.explanation.lower() for c in changes)


def test_a_new_offer_ending_in_an_email_address_is_still_material() -> None:
    old = "Article 1 Who may use the service\n\n1.1 You must be 13 or older.\n"
    new = old + (
        "\n1.2 If you are a government entity outside the United States and cannot accept "
        "these Terms because they conflict with your laws, please contact us at "
        "legal@example.com to agree on other terms.\n"
    )
    (change,) = compare(old, new).changes
    assert change.material


def test_an_effective_date_line_is_no_postal_address() -> None:
    old = "Article 1 Terms\n\n1.1 These Terms apply to everyone.\n"
    new = old + "\nEffective Date outside EEA & UK: March 13, 2024\n\nEffective Date in EEA: 2024\n"
    changes = compare(old, new).changes
    assert all("contact" not in c.explanation.lower() for c in changes)


def test_a_new_right_to_appeal_via_the_contact_details_above_is_no_contact_change() -> None:
    change = only_change(
        "1.1 To exercise your rights, email privacy@example.com.",
        "1.1 To exercise your rights, email privacy@example.com. Where applicable, you may "
        "also contact us using the contact details above to appeal any decision we make.",
    )
    assert "contact details changed" not in change.explanation.lower()


RENAMED = """Article 1 Licence

1.1 You may not decompile the application.

1.2 You may not use the application for any revenue generating endeavour.

1.3 You may not make the application available over a network.

1.4 We may update the application at any time.
"""


def test_a_term_renamed_throughout_is_editorial() -> None:
    new = RENAMED.replace("the application", "the App")
    changes = compare(RENAMED, new).changes
    assert len(changes) == 4
    assert all(c.kinds == ["editorial"] and not c.material for c in changes)
    assert all("“application” → “App”" in c.explanation for c in changes)
    assert equivalent_replacements(changes) == {("application", "App")}


def test_a_term_made_plural_throughout_takes_its_verb_along() -> None:
    old = RENAMED + "\n1.5 The application is not intended for use where it would be unlawful.\n"
    new = old.replace("the application", "the Apps").replace("The application is", "The Apps are")
    changes = compare(old, new).changes
    assert len(changes) == 5
    assert all(c.kinds == ["editorial"] and not c.material for c in changes)


def test_a_word_dropped_from_a_name_with_a_no_break_space_left_is_editorial() -> None:
    change = only_change(
        "1.1 If you advertise, you agree to our X Master Services Agreement.",
        "1.1 If you advertise, you agree to our\u00a0Master Services Agreement.",
    )
    assert change.kinds == ["editorial"] and not change.material
    assert change.explanation.startswith("Name changed")


def test_a_term_renamed_throughout_takes_its_article_along() -> None:
    old = RENAMED + "\n1.5 You may copy our application on one device.\n"
    new = RENAMED.replace("the application", "the App") + (
        "\n1.5 You may copy the App on one device.\n"
    )
    changes = compare(old, new).changes
    assert len(changes) == 5
    assert all(c.kinds == ["editorial"] and not c.material for c in changes)


def test_a_rename_beside_a_real_edit_leaves_the_edit() -> None:
    new = RENAMED.replace("the application", "the App").replace(
        "any time.", "any time without notice."
    )
    by_number = {c.new.number: c for c in compare(RENAMED, new).changes if c.new}
    assert by_number["1.4"].material and "editorial" not in by_number["1.4"].kinds


def test_a_modal_changed_throughout_is_no_rename() -> None:
    new = RENAMED.replace("You may not", "You must not").replace("We may", "We must")
    changes = compare(RENAMED, new).changes
    assert equivalent_replacements(changes) == frozenset()
    # "may not" and "must not" both forbid: each prohibition is restated, not renamed;
    # "we must update" is a new duty of ours where "we may" was a right
    by_number = {c.new.number: c for c in changes if c.new}
    assert all("in other words" in by_number[n].explanation for n in ("1.1", "1.2", "1.3"))
    assert by_number["1.4"].kinds != ["editorial"] and by_number["1.4"].material


def test_a_number_changed_throughout_is_no_rename() -> None:
    old = "".join(f"1.{i} Refunds are due within 30 days of Order {i}.\n\n" for i in range(1, 5))
    new = old.replace("30 days", "15 days")
    assert equivalent_replacements(compare(old, new).changes) == frozenset()


def test_a_number_word_in_capitals_is_no_name() -> None:
    change = only_change(
        "1.1 ANY CLAIM MUST BE COMMENCED WITHIN ONE (1) YEAR.",
        "1.1 ANY CLAIM MUST BE COMMENCED WITHIN SIX (6) MONTHS.",
    )
    (period,) = [e for e in change.evidence if e.old is not None]
    assert period.old is not None  # "ONE" -> "SIX" was once taken for a renamed name
    assert (period.old["value"], period.old["unit"], period.old["text"]) == (
        1,
        "year",
        "ONE (1) YEAR",
    )


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a party's defined term put for the other side's pronoun: a duty moved
        (
            "1.1 If a delivery is late, the Provider will credit the Customer's account.",
            "1.1 If a delivery is late, you will credit our account.",
        ),
        # "its" made "our" where no party is made a pronoun: whose commission changed
        (
            "1.1 The Company will deduct its commission from the sale price.",
            "1.1 The Company will deduct our commission from the sale price.",
        ),
        # the words of a number disagree with its digits: the words count
        (
            "You may cancel within thirty (30) days of purchase.",
            "You may cancel within sixty (30) days of purchase.",
        ),
        # the same words in another order: "not" moved, parties swapped
        (
            "You may not use the app while driving.",
            "You may use the app while not driving.",
        ),
        (
            "Acme may terminate the Customer's account without notice.",
            "The Customer can terminate Acme's account without notice.",
        ),
        (
            "Customer shall indemnify Acme against all claims.",
            "Acme must indemnify the Customer against all claims.",
        ),
        (
            "The Seller shall refund the Buyer within ten (10) days.",
            "The Buyer must refund the Seller within 10 days.",
        ),
        # words that share their first letters, not their meaning
        (
            "You may use the software for your internal business use.",
            "You may use the software for international business use.",
        ),
        (
            "Disputes will be resolved by arbitration.",
            "Disputes will be resolved arbitrarily.",
        ),
        # a duty restated with its condition turned round, or another verb
        (
            "Drivers shall not carry passengers under 18 without consent.",
            "You must not carry passengers under 18 with consent.",
        ),
        (
            "Users shall not sell products on the marketplace.",
            "You must not buy products on the marketplace.",
        ),
        # a contrast beside a synonym: "your" -> "our", "and" -> "or"
        (
            "You will keep your data confidential.",
            "You must keep our data confidential.",
        ),
        (
            "You must provide your name and your email address, and you'll keep them current.",
            "You must provide your name or your email address, and you will keep them current.",
        ),
        # "by you" -> "to you"
        (
            "Fees are payable by you within thirty (30) days.",
            "Fees are payable to you within 30 days.",
        ),
        # a condition carried into another sentence qualifies another promise
        (
            "1.1 Unless you opt out, we use your posts to train models. We never sell data.",
            "1.1 We use your posts to train models. Unless you opt out, we never sell data.",
        ),
        # a point inside a number is no punctuation
        ("1.1 A fee of 1.5% applies to transfers.", "1.1 A fee of 15% applies to transfers."),
        # made active, but a condition carried to another place in the sentence
        (
            "1.1 Your data may be shared by us with partners unless you opt out.",
            "1.1 We may share your data unless you opt out with partners.",
        ),
        # the parties swapped, not the voice
        (
            "1.1 Fees may be charged by us to you.",
            "1.1 We may charge fees to us.",
        ),
        # two terms trading places around others: parties, amounts, what prevails
        (
            "1.1 The Seller shall refund the Buyer for any item lost in transit.",
            "1.1 The Buyer shall refund the Seller for any item lost in transit.",
        ),
        (
            "1.1 After 14 days we charge a late fee of $5 on any unpaid invoice.",
            "1.1 After 5 days we charge a late fee of $14 on any unpaid invoice.",
        ),
        (
            "1.1 Where the Store Rules conflict with these Terms, the Store Rules prevail over "
            "these Terms.",
            "1.1 Where the Store Rules conflict with these Terms, these Terms prevail over the "
            "Store Rules.",
        ),
        # a condition carried from our promise to the user's in one sentence
        (
            "1.1 Subject to 30 days' notice, we may change the price of your plan, and you "
            "may cancel your plan at any time.",
            "1.1 We may change the price of your plan at any time, and you may cancel your "
            "plan subject to 30 days' notice.",
        ),
        # "not" moved to another word in the same sentence
        (
            "1.1 You may not record calls while you are driving a vehicle.",
            "1.1 You may record calls while you are not driving a vehicle.",
        ),
        # a period carried from one promise to another
        (
            "1.1 With 30 days' notice, we may raise the price. We may add new apps at any time.",
            "1.1 We may raise the price at any time. With 30 days' notice, we may add new apps.",
        ),
        # three letters swapped into another word is no typo fix
        ("1.1 We saw the fee change.", "1.1 We was the fee change."),
        # "of" and "off" are both words
        ("1.1 You can turn off sharing in Settings.", "1.1 You can turn of sharing in Settings."),
        # another document named, not this one named more fully
        (
            "1.1 If you buy a subscription, the Terms apply.",
            "1.1 If you buy a subscription, the Additional Terms apply.",
        ),
    ],
)
def test_rewrites_that_change_the_meaning_are_not_editorial(old: str, new: str) -> None:
    change = only_change(f"1.1 {old}", f"1.1 {new}")
    assert "editorial" not in change.kinds


def test_a_moved_block_is_compared_whole_for_abbreviations() -> None:
    # a moved section is one change whose first clauses (the headings) are alike: the
    # paragraphs after them, where the edit is, decide whether it only spells out a name
    def clause(index: int, text: str) -> Clause:
        return Clause(index, None, None, "Public content", text, text, (index, index))

    heading = "Public content"
    before = "Search engines may show your posts."
    after = "Search engines and AI chatbots may show your posts."
    change = Change(
        "c-1",
        "moved",
        clause(0, heading),
        clause(5, heading),
        redline=[
            Segment("equal", heading + " Search engines "),
            Segment("insert", "and AI chatbots "),
            Segment("equal", "may show your posts."),
        ],
        old_extra=(clause(1, before),),
        new_extra=(clause(6, after),),
    )
    assert editorial_reason(change, {}, RULES) is None


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a prefix that negates, though "non-" stands again nearby
        (
            "1.1 You grant us a worldwide, non-exclusive, non-transferable license.",
            "1.1 You grant us a worldwide, non-exclusive, transferable license.",
        ),
        # a negation that stands again nearby
        (
            "1.1 We do not, and will not, sell your personal data.",
            "1.1 We do not, and will, sell your personal data.",
        ),
    ],
)
def test_a_word_dropped_beside_its_twin_that_changes_the_meaning(old: str, new: str) -> None:
    change = only_change(old, new)
    assert "editorial" not in change.kinds and change.material


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Overdue amounts accrue interest at 1.5% per month.",
            "Overdue amounts accrue interest at one and one-half percent (1.5%) per month.",
        ),
        (
            "We aim for a monthly uptime of at least 99.9%.",
            "We aim for a monthly uptime of at least ninety-nine point nine percent (99.9%).",
        ),
        (
            "You owe $15,000 for each 1,000,000 posts fetched in any 24-hour period.",
            "You owe fifteen thousand U.S. dollars ($15,000) for each one million (1,000,000) "
            "posts fetched in any twenty-four (24) hour period.",
        ),
        (
            "A fee of a hundred dollars ($100) applies.",
            "A fee of $100 applies.",
        ),
    ],
)
def test_a_number_written_in_words_beside_its_digits_is_editorial(old: str, new: str) -> None:
    change = only_change(old, new)
    assert change.kinds == ["editorial"] and not change.material


def test_a_share_in_words_that_disagrees_with_its_digits_is_no_rewording() -> None:
    change = only_change(
        "Overdue amounts accrue interest at 1.5% per month.",
        "Overdue amounts accrue interest at one percent (1.5%) per month.",
    )
    assert change.kinds == ["fees"] and change.material


@pytest.mark.parametrize(
    ("link", "kind"),
    [
        ("[Join us and find your person](https://links.example.com/NxziKj51UIb)", "editorial"),
        ("[Download Terms of Service](https://example.com/terms.pdf)", "editorial"),
        (
            "* [Learn more about Community Guidelines strikes](https://example.com/strikes)",
            "editorial",
        ),
        ("[Example Luna Terms of Use](https://example.com/luna-terms)", "other"),
        (
            "[Prev Do not impersonate anyone](https://example.com/impersonation) "
            "[Next How we fight terrorist content and the people who spread "
            "it](https://example.com/terrorism)",
            "editorial",
        ),
        ("[Privacy](https://example.com/p) | [Terms of Use](https://example.com/t)", "editorial"),
    ],
)
def test_a_link_alone_added_or_removed_is_not_material(link: str, kind: str) -> None:
    # page furniture, even under a heading on changes to the terms; a link that names
    # another document is `other`
    heading = "1.1 Changes to this privacy policy\n\n1.2 We may change this policy."
    for old, new in ((heading, f"{heading}\n\n{link}"), (f"{heading}\n\n{link}", heading)):
        change = only_change(old, new)
        assert change.kinds == [kind] and not change.material and change.direction == "neutral"


def test_a_markdown_heading_changed_or_added_is_editorial_and_not_material() -> None:
    # the section's paragraphs carry its terms and are compared in their own right
    body = "We may suspend your account if you break these rules.\n"
    renamed = compare(
        f"# Terms\n\n## 4. Limitation of Liability\n\n{body}",
        f"# Terms\n\n## 4. Limits on Our Liability\n\n{body}",
    ).changes
    added = compare(
        f"# Terms\n\n{body}", f"# Terms\n\n#### Indefinite Suspensions\n\n{body}"
    ).changes
    for (change,) in (renamed, added):
        assert change.kinds == ["editorial"] and not change.material
    # a line all in bold is often a value, not a title: still read for its terms
    (change,) = compare(
        "# Terms\n\nProcessing purpose\n\n**Identity verification for safety and security**\n",
        "# Terms\n\nProcessing purpose\n\n**Identity verification for safety and security, and "
        "fraud and payment manipulation purposes**\n",
    ).changes
    assert change.kinds != ["editorial"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("We collect personal data:", "We collect personal data in the following events:"),
        ("You agree not to:", "You agree not to do any of the following:"),
        (
            "You may not use the Service to:",
            "You may not use the Service for any of the following purposes:",
        ),
    ],
)
def test_words_that_only_say_a_list_follows_are_editorial(old: str, new: str) -> None:
    change = only_change(old, new)
    assert change.kinds == ["editorial"] and not change.material


def test_a_lead_in_that_gains_words_of_its_own_is_not_editorial() -> None:
    change = only_change("We collect personal data:", "We collect personal data and location data:")
    assert "editorial" not in change.kinds and change.material


def test_share_and_disclose_are_the_same_act_in_a_privacy_notice() -> None:
    change = only_change(
        "We may share your contact details with our delivery partners.",
        "We may disclose your contact details to our delivery partners.",
    )
    assert change.kinds == ["editorial"] and not change.material
    change = only_change(
        "We may share your contact details with our delivery partners.",
        "We may sell your contact details to our delivery partners.",
    )
    assert "data-privacy" in change.kinds and change.material


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "1.1 Sections 7-10, 14, and 16-19 survive termination.",
            "1.1 Sections 7 through 10, 14, and 16 through 19 survive termination.",
        ),
        ("1.1 Delivery takes 3 to 5 business days.", "1.1 Delivery takes 3-5 business days."),
    ],
)
def test_a_range_written_with_a_word_for_its_dash_is_editorial(old: str, new: str) -> None:
    change = only_change(old, new)
    assert change.kinds == ["editorial"] and not change.material


def test_a_range_with_another_end_is_not_editorial() -> None:
    change = only_change(
        "1.1 Delivery takes 3-5 business days.", "1.1 Delivery takes 3 to 7 business days."
    )
    assert "editorial" not in change.kinds and change.material


@pytest.mark.parametrize(
    ("deleted", "new", "reversed_"),
    [
        # "no" turns a statement round ...
        (["does", "not", "obtain", "any"], ["obtains", "no"], False),
        (["no"], [], True),
        # ... but before a comparative it sets a bound
        (["no", "later", "than", "after"], ["within", "of"], False),
    ],
)
def test_no_is_a_negation_unless_it_sets_a_bound(
    deleted: list[str], new: list[str], reversed_: bool
) -> None:
    assert reverses_meaning(deleted, new, default_rules()) is reversed_


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "1.1 We may stop providing the Services to you at any time.",
            "1.1 We may stop providing the Twitch Services to you at any time.",
        ),
        (
            "1.1 Any claim arising out of the Evernote Service must be brought within one year.",
            "1.1 Any claim arising out of the Service must be brought within one year.",
        ),
    ],
)
def test_the_service_named_more_fully_is_editorial(old: str, new: str) -> None:
    change = only_change(old, new)
    assert change.kinds == ["editorial"] and not change.material


def test_a_word_that_narrows_which_services_is_not_a_name() -> None:
    change = only_change(
        "1.1 We may stop providing the Services to you at any time.",
        "1.1 We may stop providing the Premium Services to you at any time.",
    )
    assert "editorial" not in change.kinds
