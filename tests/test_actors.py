"""Actor knowledge base, linking, titles and coreference on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import jsonschema
import pytest

from rasd.actors.kb import knowledge_base, name_key
from rasd.actors.stage import link_actors
from rasd.doc import Actor, Doc, Entity
from rasd.pipeline import Pipeline, make_doc


def run(text: str, entities: list[tuple[str, str]] = (), published: str = "2021-07-22") -> Doc:  # type: ignore[assignment]
    """Text layer + actors; `entities` are (surface, label) pairs placed at their first occurrence that overlaps
    none of the entities placed before."""
    doc = Pipeline(["normalize", "tokenize", "sentences"])(make_doc(text, published=published))
    records: list[Entity] = []
    for number, (surface, label) in enumerate(entities):
        start = text.index(surface)
        while any(start < r.end and r.start < start + len(surface) for r in records):
            start = text.index(surface, start + 1)
        records.append(Entity(f"e{number}", start, start + len(surface), surface, label))  # type: ignore[arg-type]
    doc.entities = tuple(sorted(records, key=lambda e: e.start))
    return link_actors(doc)


def actor_of(doc: Doc, surface: str, nth: int = 0) -> Actor | None:
    found = [e for e in doc.entities if e.text == surface]
    assert len(found) > nth, f"{surface!r} not among {[e.text for e in doc.entities]}"
    return found[nth].actor


def test_name_key_ignores_article_marks_and_hamza() -> None:
    assert name_key("الأُمَم المتّحدة") == name_key("امم متحده")
    assert name_key("#حزب_الله") == name_key("حزب الله")


def test_countries_demonyms_orgs_people_places() -> None:
    kb = knowledge_base()
    country = kb.find_country("روسيا الاتحادية")
    assert country is not None and country.iso3 == "RUS"
    for form in ("الروسي", "الروسية", "الروس", "الروسيتين", "روسيون"):
        demonym = kb.find_demonym(form)
        assert demonym is not None and demonym.country == "RUS", form
    assert kb.find_demonym("الأميركيين").country == "USA"  # type: ignore[union-attr]
    org = kb.find_org("منظمة معاهدة الأمن الجماعي")
    assert org is not None and org.cameo.startswith("IGO")  # type: ignore[union-attr]
    assert kb.find_org("حلف الناتو").cameo == kb.find_org("حلف شمال الأطلسي").cameo  # type: ignore[union-attr]
    assert kb.find_org("طالبان").cameo == "AFGINS"  # type: ignore[union-attr]
    assert kb.find_org("داعش").cameo == "IMGMUSISI"  # type: ignore[union-attr]
    found = kb.find_person("فلاديمير بوتين", dt.date(2021, 7, 22))
    assert found is not None and found[1] is not None
    assert (found[1].code, found[1].sector, found[1].role) == ("RUS", "GOV", "president")
    place = kb.geocode("دوشنبه")
    assert place is not None and place.country == "TJK" and 38 < (place.lat or 0) < 39


def test_offices_follow_the_date() -> None:
    kb = knowledge_base()
    person = kb.find_person("بوريس جونسون", dt.date(2017, 5, 1))
    assert person is not None and person[1] is not None and person[1].role == "foreign secretary"
    person = kb.find_person("بوريس جونسون", dt.date(2020, 5, 1))
    assert person is not None and person[1] is not None and person[1].role == "prime minister"


def test_demonym_takes_the_sector_of_its_head_noun_without_ner() -> None:
    doc = run("قال وزير الدفاع الأمريكي إن الجيش الباكستاني تلقى دعما، فيما نددت الشرطة الكندية بالهجوم.")
    assert actor_of(doc, "الأمريكي").cameo == "USAGOV"  # type: ignore[union-attr]
    assert actor_of(doc, "الأمريكي").role == "defence minister"  # type: ignore[union-attr]
    assert actor_of(doc, "الباكستاني").cameo == "PAKMIL"  # type: ignore[union-attr]
    assert actor_of(doc, "الكندية").cameo == "CANCOP"  # type: ignore[union-attr]


def test_the_united_nations_gentilic_after_a_head_noun_is_the_un_without_a_sector() -> None:
    doc = run("وصل المبعوث الأممي إلى عدن، ورحب المسؤولون الأمميون بالهدنة التي دعت إليها الوكالة الأممية.")
    assert actor_of(doc, "الأممي").cameo == "IGOUNO"  # type: ignore[union-attr]
    assert actor_of(doc, "الأمميون").cameo == "IGOUNO"  # type: ignore[union-attr]
    assert actor_of(doc, "الأممية").cameo == "IGOUNO"  # type: ignore[union-attr]
    # like «عربي», it needs its head noun: alone it names nobody
    assert not [e for e in run("تحدث الأممي طويلا.").entities if e.actor is not None]


def test_a_capital_after_countryside_is_the_place_and_a_countryside_span_is_cut_to_its_place() -> None:
    doc = run("قصفت الطائرات بلدات في ريف دمشق، وقال سكان من ريف حلب الشمالي إن القصف تواصل.", [("ريف حلب", "LOC")])
    assert actor_of(doc, "دمشق").cameo == "SYR"  # type: ignore[union-attr]  # a place, not the government
    (aleppo,) = [e for e in doc.entities if "حلب" in e.text]
    assert aleppo.text == "حلب" and aleppo.actor is not None and aleppo.actor.country == "SYR"
    # a meeting named after a city stays what the tagger read
    doc = run("انتهى مؤتمر جنيف أمس.", [("مؤتمر جنيف", "MISC")])
    assert [e.text for e in doc.entities] == ["مؤتمر جنيف"]


def test_a_capital_of_two_words_tagged_as_a_person_is_the_capital() -> None:
    doc = run("وفي المقابل حذرت بيونغ يانغ من الرد.", [("بيونغ يانغ", "PERS")])
    (capital,) = doc.entities
    assert capital.label == "LOC" and capital.actor is not None and capital.actor.country == "PRK"
    # a one-word city is also a common first name: the person stays a person
    doc = run("قال عمان الخالدي إن الاجتماع انتهى.", [("عمان الخالدي", "PERS")])
    assert [e.label for e in doc.entities] == ["PERS"]


def test_a_capital_whose_name_opens_with_a_preposition_letter_speaks_as_its_government() -> None:
    # «بيونغ» is also read as «ب» + «يونغ»; the «ب» is the name's own letter, so it does not mean "in"
    doc = run("وقالت بيونغ يانغ إنها لن تتخلى عن برنامجها. وعقد الاجتماع ببيونغ يانغ.", [("بيونغ يانغ", "LOC")] * 2)
    speaker, place = doc.entities
    assert speaker.actor is not None and speaker.actor.cameo == "PRKGOV"
    assert place.actor is not None and place.actor.cameo == "PRK"


def test_common_words_the_place_data_translated_are_no_foreign_places() -> None:
    # the source place lists give «Resistencia» (Argentina) as «المقاومة» and «Semily» (Czechia) as «شبه»
    for text, word, wrong in (
        ("وتقدمت المقاومة نحو المدينة.", "المقاومة", "ARG"),
        ("وتقع القرية في شبه جزيرة صغيرة.", "شبه", "CZE"),
    ):
        # the entity may also be dropped as a common word tagged by mistake
        countries = {e.actor.country for e in run(text, [(word, "LOC")]).entities if e.actor is not None}
        assert wrong not in countries, text
    sham = actor_of(run("وقصفت الطائرات مدنا في الشام.", [("الشام", "LOC")]), "الشام")
    assert sham is not None and sham.country == "SYR"
    burma = actor_of(run("وقتل مدنيون في بورما.", [("بورما", "LOC")]), "بورما")
    assert burma is not None and burma.country == "MMR"
    gulf = actor_of(run("وقالت دول الخليج إنها ترفض التدخل.", [("دول الخليج", "LOC")]), "دول الخليج")
    assert gulf is not None and gulf.cameo == "PGS"
    # the bare «كردستان» of Arabic news is Iraq's region, unless the article places it in Iran
    kurdistan = actor_of(run("وأجرى إقليم كردستان استفتاء.", [("كردستان", "LOC")]), "كردستان")
    assert kurdistan is not None and kurdistan.country == "IRQ"
    text = "وقالت السلطات الإيرانية إن محافظة كردستان الإيرانية شهدت احتجاجات."
    kurdistan = actor_of(run(text, [("الإيرانية", "LOC"), ("كردستان", "LOC"), ("الإيرانية", "LOC")]), "كردستان")
    assert kurdistan is not None and kurdistan.country == "IRN"


def test_bare_country_and_people_keep_the_country_code() -> None:
    doc = run("زار وفد من رجال الأعمال تركيا، وقال إن الشعب اليمني يعاني.")
    assert actor_of(doc, "تركيا").cameo == "TUR"  # type: ignore[union-attr]
    assert actor_of(doc, "اليمني").cameo == "YEM"  # type: ignore[union-attr]


def test_capital_as_agent_is_the_government_and_as_place_the_country() -> None:
    doc = run("رفضت موسكو الاتهامات. وعقد الوزراء اجتماعا في موسكو أمس.")
    first, second = (e for e in doc.entities if e.text == "موسكو")
    assert first.actor is not None and first.actor.cameo == "RUSGOV"
    assert second.actor is not None and second.actor.cameo == "RUS"
    assert second.actor.lat is not None and 55 < second.actor.lat < 56


def test_unknown_people_get_country_sector_and_role_from_titles_and_coreference() -> None:
    text = (
        "التقى نائب وزير خارجية مصر كريم عادل بالسفير الفرنسي في القاهرة جان دوبون، وقال عادل إن المحادثات كانت مثمرة."
    )
    doc = run(text, [("كريم عادل", "PERS"), ("جان دوبون", "PERS"), ("عادل", "PERS")])
    karim = actor_of(doc, "كريم عادل")
    assert karim is not None and karim.id is None
    assert (karim.country, karim.cameo, karim.role) == ("EGY", "EGYGOV", "deputy foreign minister")
    dupont = actor_of(doc, "جان دوبون")
    assert dupont is not None and (dupont.cameo, dupont.role) == ("FRAGOV", "ambassador")
    assert actor_of(doc, "القاهرة").cameo == "EGY"  # type: ignore[union-attr]
    clusters = {e.text: e.cluster for e in doc.entities}
    later = [e for e in doc.entities if e.text == "عادل"]
    assert later and later[0].cluster == clusters["كريم عادل"]
    assert later[0].actor is not None and later[0].actor.cameo == "EGYGOV"


def test_known_person_surname_joins_full_name_cluster() -> None:
    doc = run("قال الرئيس التركي رجب طيب أردوغان إن بلاده لن تتراجع. وأضاف أردوغان أن الحوار مستمر.")
    full = next(e for e in doc.entities if e.text == "رجب طيب أردوغان")
    short = next(e for e in doc.entities if e.text == "أردوغان")
    assert full.actor is not None and full.actor.cameo == "TURGOV" and full.actor.id == "erdogan"
    assert short.cluster == full.cluster == full.id
    assert actor_of(doc, "التركي").cameo == "TURGOV"  # type: ignore[union-attr]


def test_igos_and_armed_groups_are_found_in_plain_text() -> None:
    doc = run("دعت الأمم المتحدة وحلف الناتو حركة طالبان وتنظيم داعش إلى وقف الهجمات.")
    codes = {e.text: e.actor.cameo for e in doc.entities if e.actor}
    assert codes["الأمم المتحدة"] == "IGOUNO"
    assert codes["حلف الناتو"].startswith("IGO")
    assert codes["حركة طالبان"] == "AFGINS"
    assert codes["تنظيم داعش"] == "IMGMUSISI"


def test_added_mentions_start_after_clitics_and_stay_sorted() -> None:
    text = "التقى الوزير نظيره في ولندن وباريس."
    doc = run(text, [("الوزير", "PERS")])
    starts = [e.start for e in doc.entities]
    assert starts == sorted(starts)
    assert [e.text for e in doc.entities if e.id.startswith("k")] == ["لندن", "باريس"]
    assert all(text[e.start : e.end] == e.text for e in doc.entities)


def test_ambiguous_common_words_are_not_taken_for_countries() -> None:
    doc = run("ناقش المجلس الوضع المالي وأقر الميزانية المالية الجديدة.")
    assert not [e for e in doc.entities if e.actor and e.actor.country == "MLI"]


@pytest.mark.parametrize("published", ["2018-03-01", None])
def test_output_matches_schema(schema: dict, published: str | None) -> None:  # type: ignore[type-arg]
    doc = run("قال وزير الخارجية الروسي سيرغي لافروف في موسكو إن روسيا ستدعم طاجيكستان.", published=published)
    jsonschema.validate(doc.to_dict(), schema)
    lavrov = next(e for e in doc.entities if e.text == "سيرغي لافروف")
    assert lavrov.actor is not None and lavrov.actor.cameo == "RUSGOV" and lavrov.actor.name_en == "Sergey Lavrov"


def test_seed_article_is_fully_linked() -> None:
    from pathlib import Path

    from rasd.pipeline import analyze

    seed = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_b4213ac8ddd93d18.txt"
    if not seed.exists():
        pytest.skip("../shared is not available")
    doc = analyze(seed.read_text(encoding="utf-8"), published="2021-07-22")
    by_text: dict[str, list[Entity]] = {}
    for entity in doc.entities:
        by_text.setdefault(entity.text, []).append(entity)
        assert doc.text[entity.start : entity.end] == entity.text
    assert [e.start for e in doc.entities] == sorted(e.start for e in doc.entities)

    def only(surface: str) -> Actor:
        actors = {e.actor for e in by_text[surface]}
        assert len(actors) == 1 and None not in actors, (surface, actors)
        return next(iter(actors))  # type: ignore[return-value]

    people = {
        "أندريه رودينكو": ("RUSGOV", "RUS", "deputy foreign minister"),
        "فلاديمير بوتين": ("RUSGOV", "RUS", "president"),
        "إمام علي رحمن": ("TJKGOV", "TJK", "president"),
        "إيغور لياكين فرولوف": ("RUSGOV", "RUS", "ambassador"),
    }
    for surface, (cameo, country, role) in people.items():
        actor = only(surface)
        assert (actor.cameo, actor.country, actor.role) == (cameo, country, role), surface
        assert all(e.label == "PERS" for e in by_text[surface])
    rudenko = by_text["أندريه رودينكو"]
    assert len({e.cluster for e in rudenko}) == 1
    deputy = [e for e in by_text["الروسي"] if e.actor and e.actor.role == "deputy foreign minister"]
    assert deputy and deputy[0].cluster == rudenko[0].cluster  # «نائب وزير الخارجية الروسي» joins Rudenko
    assert only("طالبان").cameo == "AFGINS" and len(by_text["طالبان"]) == 3
    assert only("منظمة معاهدة الأمن الجماعي").cameo.startswith("IGO")
    assert only("نوفوستي").cameo == "RUSMED"
    for surface, country in (("روسيا", "RUS"), ("طاجيكستان", "TJK"), ("أفغانستان", "AFG"), ("قطر", "QAT")):
        assert only(surface).cameo == country
    for surface in ("دوشنبه", "بختار", "خاتلون", "الدوحة"):
        place = only(surface)
        assert place.country in ("TJK", "QAT") and place.lat is not None and place.lon is not None, surface
    assert only("واشنطن").cameo == "USAGOV"  # «وقّعت واشنطن و"طالبان"»: the government signed
    assert {e.actor.cameo for e in by_text["الأمريكية"] if e.actor} == {"USAGOV"}  # «الإدارة الأمريكية»
    assert {e.actor.cameo for e in by_text["الطاجيكي"] if e.actor} == {"TJKGOV"}  # «الرئيس الطاجيكي»


def test_cluster_actor_gives_the_best_informed_actor_of_a_cluster() -> None:
    from rasd.actors.stage import cluster_actor

    doc = run("قال الرئيس الروسي فلاديمير بوتين إن الحوار مستمر. وأضاف بوتين أن بلاده مستعدة.")
    short = next(e for e in doc.entities if e.text == "بوتين")
    actor = cluster_actor(doc, short.cluster)
    assert actor is not None and actor.id == "putin" and actor.cameo == "RUSGOV"
    assert cluster_actor(doc, "no-such-cluster") is None


@pytest.mark.parametrize(
    ("name", "country"),
    [("الجولان", "SYR"), ("سيناء", "EGY"), ("الشيشان", "RUS"), ("دارفور", "SDN"), ("الغوطة الشرقية", "SYR")],
)
def test_regions_the_news_names_daily_are_placed_in_their_country(name: str, country: str) -> None:
    # the generated place list had written foreign places with these names (Gaolan in China, Sinah in Iraq)
    place = knowledge_base().geocode(name)
    assert place is not None and place.country == country


def test_an_unknown_place_named_with_a_gentilic_is_in_that_country() -> None:
    # an article about Saudi Arabia (its focus), naming a Yemeni district the gazetteer does not hold
    text = (
        "قالت الرياض إن السعودية ستواصل دعم الحكومة. وقصفت الطائرات مواقع في منطقة وادي الزهور اليمنية. "
        "وأضافت السعودية أن المحادثات مستمرة."
    )
    doc = run(text, [("وادي الزهور اليمنية", "LOC"), ("السعودية", "LOC"), ("الرياض", "LOC")])
    place = actor_of(doc, "وادي الزهور اليمنية")
    assert place is not None and place.country == "YEM" and place.kb_source == "gentilic"
    # open water is not the country of its adjective: «المحيط الهندي» stays as the article's context has it
    ocean = run("بحثت السفن في المحيط الهندي عن الحطام.", [("المحيط الهندي", "LOC")])
    assert (actor_of(ocean, "المحيط الهندي") or Actor()).country != "IND"


@pytest.mark.parametrize("adverb", ["برا", "وبرا", "بحرا", "وبحرا", "جوا", "وجوا", "بريا", "وبريا", "جويا"])
def test_by_land_sea_or_air_is_no_place(adverb: str) -> None:
    # «بريا» is also a town (Bria), «جوا» a region (Goa): as adverbs of the way they name no place
    doc = run(f"نقل الجيش المعدات {adverb} إلى الحدود الشمالية.", [(adverb, "LOC")])
    assert not [e for e in doc.entities if e.text.endswith(adverb.removeprefix("و"))]
    town = run("وصل المراقبون إلى مدينة بريا أمس.", [("بريا", "LOC")])
    assert (actor_of(town, "بريا") or Actor()).country == "CAF"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("ناقش الطرفان أمور التعاون بين البلدين.", "أمور"),
        ("تعاني البلدة من حصار خانق منذ أشهر.", "حصار"),
        ("حرصا على سلامة الركاب أغلقت الشركة المطار.", "سلامة"),
    ],
)
def test_a_gazetteer_village_on_a_word_the_news_uses_otherwise_is_no_place(text: str, word: str) -> None:
    doc = run(text, [(word, "LOC")])
    assert not [e for e in doc.entities if e.text == word]


def test_a_place_the_news_tags_as_a_name_stays_a_place() -> None:
    doc = run("وصل الوفد إلى منبج أمس ثم زار مدينة صعدة.", [("منبج", "LOC"), ("صعدة", "LOC")])
    assert (actor_of(doc, "منبج") or Actor()).country == "SYR"
    assert (actor_of(doc, "صعدة") or Actor()).country == "YEM"
