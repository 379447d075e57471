"""Who relayed a statement is not who made it: «، حسبما نقلت وكالة وفا: "…"» after a cue leaves the quotation to
the cue's subject, and «في تصريحات نقلتها وكالة إرنا» describes the channel. Sentences written for these tests."""

from __future__ import annotations

from test_quotes import content, quotes_of


def test_a_relaying_phrase_between_a_cue_and_its_quotation_leaves_it_to_the_cue() -> None:
    doc, quotes = quotes_of('وقال الرئيس عباس في كلمة أمام المجلس، حسبما نقلت وكالة وفا: "نرفض هذه الصفقة".')
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1
    assert content(doc, direct[0]) == "نرفض هذه الصفقة"
    assert direct[0].speaker is not None and direct[0].speaker.text == "الرئيس عباس"


def test_a_verb_on_the_channel_is_no_statement_of_its_own() -> None:
    doc, quotes = quotes_of("وأكد وزير الخارجية الإيراني، في تصريحات نقلتها وكالة إرنا، أن بلاده لن تتفاوض مع واشنطن.")
    assert len(quotes) == 1
    assert content(doc, quotes[0]) == "بلاده لن تتفاوض مع واشنطن"
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "وزير الخارجية الإيراني"


def test_a_statement_issued_and_then_quoted_belongs_to_the_issuer() -> None:
    doc, quotes = quotes_of("وكانت الوزارة قد أصدرت بيانا قالت فيه إن الوضع مستقر.")
    quote = quotes[0]
    assert len(quotes) == 1 and content(doc, quote) == "الوضع مستقر"
    assert quote.speaker is not None and quote.speaker.text == "الوزارة"
