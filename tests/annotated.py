"""A hand-annotated document (text written for the tests) with every kind of record, for store and ingest tests."""

from __future__ import annotations

import dataclasses
import datetime as dt

from rasd.doc import (
    Actor,
    Cue,
    Doc,
    Entity,
    Event,
    EventDate,
    Location,
    Offsets,
    Participant,
    Plover,
    Quote,
    Sentence,
    Speaker,
    Timex,
)

TEXT = (
    "موسكو - 2 أبريل 2023\n"
    "اتهم وزير الخارجية الروسي سيرغي لافروف الولايات المتحدة بتأجيج الصراع في أوكرانيا. "
    "وقال لافروف في مؤتمر صحفي في موسكو: «لن نقبل بأي تهديد لأمننا». "
    "ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش الطرفين إلى الحوار يوم الاثنين."
)


def span(needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return start, start + len(needle)


def annotated_doc(doc_id: str = "moscow-1", text: str = TEXT) -> Doc:
    lavrov = Actor("kb:lavrov", "سيرغي لافروف", "Sergey Lavrov", "RUS", "RUSGOV", "GOV", "وزير الخارجية", "test")
    usa = Actor(None, "الولايات المتحدة", "United States", "USA", "USA", None, None, "test")
    un = Actor("kb:guterres", "أنطونيو غوتيريش", "Antonio Guterres", None, "IGOUNO", "IGO", "الأمين العام", "test")
    e1, e2, e3, e4 = span("سيرغي لافروف"), span("الولايات المتحدة"), span("لافروف", 1), span("أنطونيو غوتيريش")
    moscow = span("موسكو", 1)
    entities = (
        Entity("e1", *e1, TEXT[e1[0] : e1[1]], "PERS", "e1", lavrov),
        Entity("e2", *e2, TEXT[e2[0] : e2[1]], "LOC", "e2", usa),
        # The same actor coded differently at another mention (here, as the country's diplomat).
        Entity("e3", *e3, TEXT[e3[0] : e3[1]], "PERS", "e1", dataclasses.replace(lavrov, cameo="RUSDIP", sector="DIP")),
        Entity("e5", *moscow, "موسكو", "LOC", "e5", None),
        Entity("e4", *e4, TEXT[e4[0] : e4[1]], "PERS", "e4", un),
    )
    t1, t2 = span("2 أبريل 2023"), span("يوم الاثنين")
    timexes = (
        Timex("t1", *t1, TEXT[t1[0] : t1[1]], "DATE", "2023-04-02"),
        Timex("t2", *t2, TEXT[t2[0] : t2[1]], "DATE", "2023-04-03", anchor="2023-04-02"),
    )
    content, cue = span("لن نقبل بأي تهديد لأمننا"), span("وقال")
    quotes = (
        Quote(
            "q1",
            "direct",
            Offsets(*content),
            Cue(*cue, "وقال", "قال"),
            Speaker(*e3, "لافروف", "سيرغي لافروف", "e1", "RUSGOV", "person"),
            "مؤتمر صحفي",
            "2023-04-02",
        ),
    )
    accuse, appeal = span("اتهم"), span("ودعا")
    events = (
        Event(
            "v1",
            "112",
            Plover("ACCUSE", None, ("international",)),
            Participant("e1", "RUSGOV", "سيرغي لافروف"),
            Participant("e2", "USA", "الولايات المتحدة"),
            EventDate("2023-04-02", "t1", "timex"),
            Location("e5", "موسكو", "RUS", 55.75, 37.62),
            Offsets(accuse[0], e2[1]),
            confidence=0.8,
        ),
        Event(
            "v2",
            "0331",
            Plover("REQUEST", "verbal", ()),
            Participant("e4", "IGOUNO", "أنطونيو غوتيريش"),
            Participant(None, None, "الطرفين"),
            EventDate("2023-04-03", "t2", "timex"),
            None,
            Offsets(appeal[0], t2[1]),
            modality="intent",
            confidence=0.6,
        ),
    )
    first_end = TEXT.index("\n")
    return Doc(
        text=text,
        id=doc_id,
        published=dt.date(2023, 4, 2),
        source="test-wire",
        title="لافروف يتهم واشنطن",
        sentences=(Sentence(0, first_end, 0, 0), Sentence(first_end + 1, len(TEXT), 0, 0)),
        entities=entities,
        timexes=timexes,
        quotes=quotes,
        events=events,
        meta={"section": "world"},
    )
