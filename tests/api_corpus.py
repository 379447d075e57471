"""A small annotated corpus for the API, dashboard and benchmark: Arabic news-style texts written for rasd's tests
(not taken from any article), with entities, dates, quotations and events whose offsets are found in the text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

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

PLACES = {  # name -> (country, lat, lon)
    "القاهرة": ("EGY", 30.04, 31.24),
    "غزة": ("PSE", 31.50, 34.47),
    "موسكو": ("RUS", 55.75, 37.62),
    "نيويورك": ("USA", 40.71, -74.01),
    "خان يونس": ("PSE", 31.34, 34.30),
}


class Builder:
    """Annotations of one text, located by the words they cover (the n-th occurrence), never by typed numbers."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.entities: list[Entity] = []
        self.timexes: list[Timex] = []
        self.quotes: list[Quote] = []
        self.events: list[Event] = []

    def span(self, needle: str, nth: int = 0) -> tuple[int, int]:
        start = -1
        for _ in range(nth + 1):
            start = self.text.index(needle, start + 1)
        return start, start + len(needle)

    def entity(
        self,
        needle: str,
        label: str,
        cameo: str | None = None,
        *,
        nth: int = 0,
        name_en: str = "",
        same_as: Entity | None = None,
    ) -> Entity:
        start, end = self.span(needle, nth)
        actor = Actor(f"kb:{name_en}", needle, name_en, cameo[:3], cameo) if cameo else None
        if same_as is not None:
            actor = same_as.actor
        entity_id = f"e{len(self.entities) + 1}"
        cluster = same_as.id if same_as is not None else entity_id
        entity = Entity(entity_id, start, end, needle, label, cluster, actor)  # type: ignore[arg-type]
        self.entities.append(entity)
        return entity

    def timex(self, needle: str, value: str, kind: str = "DATE") -> Timex:
        start, end = self.span(needle)
        timex = Timex(f"t{len(self.timexes) + 1}", start, end, needle, kind, value)  # type: ignore[arg-type]
        self.timexes.append(timex)
        return timex

    def quote(
        self, content: str, cue: str, speaker: Entity | None, kind: str = "direct", date: str | None = None
    ) -> Quote:
        c_start, c_end = self.span(content)
        cue_start, cue_end = self.span(cue)
        who = (
            Speaker(
                speaker.start,
                speaker.end,
                speaker.text,
                speaker.text,
                speaker.id,
                speaker.actor.cameo if speaker.actor else None,
                "person",
            )
            if speaker
            else Speaker(None, None, None, None, type="anonymous")
        )
        quote = Quote(
            f"q{len(self.quotes) + 1}",
            kind,
            Offsets(c_start, c_end),
            Cue(cue_start, cue_end, cue, cue.removeprefix("و")),
            who,
            None,
            date,
        )  # type: ignore[arg-type]
        self.quotes.append(quote)
        return quote

    def event(
        self,
        evidence: tuple[str, str],
        cameo: str,
        plover: str,
        source: Entity | None,
        target: Entity | None,
        date: Timex | None,
        place: Entity | None = None,
        modality: str = "asserted",
    ) -> Event:
        start = self.span(evidence[0])[0]
        end = self.text.index(evidence[1], start) + len(evidence[1])
        location = None
        if place is not None:
            country, lat, lon = PLACES[place.text]
            location = Location(place.id, place.text, country, lat, lon)

        def participant(entity: Entity | None) -> Participant:
            if entity is None:
                return Participant(None, None, None)
            return Participant(entity.id, entity.actor.cameo if entity.actor else None, entity.text)

        event = Event(
            f"v{len(self.events) + 1}",
            cameo,
            Plover(plover),
            participant(source),
            participant(target),
            EventDate(date.value if date else None, date.id if date else None, "timex" if date else "published"),
            location,
            Offsets(start, end),
            modality=modality,
            confidence=0.9,
        )
        self.events.append(event)
        return event

    def doc(self, doc_id: str, published: str, title: str, source: str = "test-wire", url: str | None = None) -> Doc:
        sentences = []
        begin = 0
        for index, char in enumerate(self.text):
            if char in ".\n" and self.text[begin:index].strip():
                sentences.append(Sentence(begin, index + 1, 0, 0))
                begin = index + 1
        return Doc(
            text=self.text,
            id=doc_id,
            published=dt.date.fromisoformat(published),
            source=source,
            title=title,
            url=url,
            sentences=tuple(sentences),
            entities=tuple(sorted(self.entities, key=lambda e: e.start)),
            timexes=tuple(self.timexes),
            quotes=tuple(self.quotes),
            events=tuple(self.events),
        )


def cairo_talks() -> Doc:
    b = Builder(
        "القاهرة - 15 يناير 2024\n"
        "استضاف وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في القاهرة يوم الاثنين لبحث وقف إطلاق "
        "النار في غزة. وقال شكري في مؤتمر صحفي: «مصر لن تدخر جهدا لحماية المدنيين». "
        "ودعا الوزيران مجلس الأمن إلى التحرك العاجل."
    )
    shoukry = b.entity("سامح شكري", "PERS", "EGYGOV", name_en="Sameh Shoukry")
    safadi = b.entity("أيمن الصفدي", "PERS", "JORGOV", name_en="Ayman Safadi")
    cairo = b.entity("القاهرة", "LOC", nth=1)
    b.entity("غزة", "LOC")
    shoukry2 = b.entity("شكري", "PERS", nth=1, same_as=shoukry)
    council = b.entity("مجلس الأمن", "ORG", "IGOUNO", name_en="UN Security Council")
    b.timex("15 يناير 2024", "2024-01-15")
    monday = b.timex("يوم الاثنين", "2024-01-15")
    b.quote("مصر لن تدخر جهدا لحماية المدنيين", "وقال", shoukry2, date="2024-01-15")
    b.event(("استضاف", "أيمن الصفدي"), "043", "CONSULT", shoukry, safadi, monday, cairo)
    b.event(("ودعا", "مجلس الأمن"), "025", "REQUEST", shoukry, council, monday, cairo)
    return b.doc(
        "cairo-talks", "2024-01-15", "شكري والصفدي يبحثان وقف إطلاق النار", url="https://news.example/cairo-talks"
    )


def amman_aid() -> Doc:
    b = Builder(
        "عمان - أعلنت الحكومة الأردنية السبت إرسال قافلة مساعدات طبية إلى غزة عبر معبر رفح. "
        "وأكد رئيس الوزراء بشر الخصاونة أن بلاده ستواصل دعم الشعب الفلسطيني."
    )
    government = b.entity("الحكومة الأردنية", "ORG", "JORGOV", name_en="Jordanian government")
    gaza = b.entity("غزة", "LOC", "PSE", name_en="Gaza")
    b.entity("معبر رفح", "LOC")
    premier = b.entity("بشر الخصاونة", "PERS", "JORGOV", name_en="Bisher Khasawneh")
    saturday = b.timex("السبت", "2024-02-03")
    b.quote("بلاده ستواصل دعم الشعب الفلسطيني", "وأكد", premier, kind="indirect")
    b.event(("إرسال قافلة", "مساعدات طبية"), "073", "AID", government, gaza, saturday, gaza)
    return b.doc("amman-aid", "2024-02-03", "قافلة مساعدات أردنية إلى غزة")


def moscow_statement() -> Doc:
    b = Builder(
        "موسكو - انتقدت وزارة الخارجية الروسية الثلاثاء العقوبات الأمريكية الجديدة، ووصفتها بأنها غير قانونية. "
        "وقالت المتحدثة باسم الوزارة ماريا زاخاروفا إن واشنطن تسعى إلى تصعيد التوتر."
    )
    moscow = b.entity("موسكو", "LOC")
    ministry = b.entity("وزارة الخارجية الروسية", "ORG", "RUSGOV", name_en="Russian foreign ministry")
    spokeswoman = b.entity("ماريا زاخاروفا", "PERS", "RUSGOV", name_en="Maria Zakharova")
    washington = b.entity("واشنطن", "LOC", "USAGOV", name_en="Washington")
    tuesday = b.timex("الثلاثاء", "2024-02-20")
    b.quote("واشنطن تسعى إلى تصعيد التوتر", "وقالت", spokeswoman, kind="indirect")
    b.event(("انتقدت", "العقوبات الأمريكية"), "111", "ACCUSE", ministry, washington, tuesday, moscow)
    return b.doc("moscow-statement", "2024-02-20", "موسكو تنتقد العقوبات الأمريكية")


def un_demand() -> Doc:
    b = Builder(
        "نيويورك - طالب الأمين العام للأمم المتحدة أنطونيو غوتيريش إسرائيل بفتح المعابر أمام المساعدات الإنسانية. "
        "وقال غوتيريش أمام مجلس الأمن: «الوضع في غزة كارثي ولا يحتمل التأجيل»."
    )
    new_york = b.entity("نيويورك", "LOC")
    guterres = b.entity("أنطونيو غوتيريش", "PERS", "IGOUNO", name_en="Antonio Guterres")
    israel = b.entity("إسرائيل", "LOC", "ISR", name_en="Israel")
    guterres2 = b.entity("غوتيريش", "PERS", nth=1, same_as=guterres)
    b.entity("مجلس الأمن", "ORG", "IGOUNO", name_en="UN Security Council")
    b.quote("الوضع في غزة كارثي ولا يحتمل التأجيل", "وقال", guterres2)
    b.event(("طالب", "المساعدات الإنسانية"), "100", "DEMAND", guterres, israel, None, new_york)
    return b.doc("un-demand", "2024-03-05", "غوتيريش يطالب بفتح المعابر")


def gaza_strikes() -> Doc:
    b = Builder(
        "غزة - شنت طائرات إسرائيلية غارات على مدينة خان يونس جنوب قطاع غزة فجر الاثنين، ما أسفر عن سقوط ضحايا. "
        "وأدانت السلطة الفلسطينية القصف ووصفته بأنه تصعيد خطير."
    )
    jets = b.entity("طائرات إسرائيلية", "ORG", "ISRMIL", name_en="Israeli aircraft")
    khan_younis = b.entity("خان يونس", "LOC", "PSE", name_en="Khan Younis")
    authority = b.entity("السلطة الفلسطينية", "ORG", "PSEGOV", name_en="Palestinian Authority")
    dawn = b.timex("فجر الاثنين", "2024-03-18TMO", "TIME")
    b.event(("شنت", "خان يونس"), "195", "ASSAULT", jets, khan_younis, dawn, khan_younis)
    b.event(("وأدانت", "القصف"), "111", "ACCUSE", authority, jets, None)
    return b.doc("gaza-strikes", "2024-03-18", "غارات على خان يونس")


def cairo_mediation() -> Doc:
    b = Builder(
        "القاهرة - التقى رئيس المخابرات المصرية عباس كامل وفدا من حركة حماس في القاهرة لبحث مقترح تهدئة جديد. "
        "وقال مصدر مطلع إن المحادثات ستستأنف الأسبوع المقبل."
    )
    chief = b.entity("عباس كامل", "PERS", "EGYGOV", name_en="Abbas Kamel")
    hamas = b.entity("حركة حماس", "ORG", "PSEREB", name_en="Hamas")
    cairo = b.entity("القاهرة", "LOC", nth=1)
    b.timex("الأسبوع المقبل", "2024-W15")
    b.quote("المحادثات ستستأنف الأسبوع المقبل", "وقال", None, kind="indirect")
    b.event(("التقى", "حركة حماس"), "040", "CONSULT", chief, hamas, None, cairo)
    return b.doc("cairo-mediation", "2024-04-02", "القاهرة تستضيف محادثات تهدئة")


def markup_in_text() -> Doc:
    """Text and title that look like HTML: the dashboard must show them as text, never run them."""
    b = Builder("نص تجريبي يحتوي على وسم <script>window.__pwned = 1</script> و<b>خط عريض</b> لا يجوز تنفيذه.")
    return b.doc("markup", "2024-04-10", '<img src=x onerror="window.__pwned = 1">', url="javascript:window.__pwned=1")


def corpus() -> list[Doc]:
    return [
        cairo_talks(),
        amman_aid(),
        moscow_statement(),
        un_demand(),
        gaza_strikes(),
        cairo_mediation(),
        markup_in_text(),
    ]


def build_db(path: Path, docs: list[Doc] | None = None) -> Path:
    from rasd.store import Store

    with Store.open(path, read_only=False) as store:
        store.add(docs if docs is not None else corpus())
    return path
