from __future__ import annotations

import dataclasses
import datetime as dt
import gc
from collections.abc import Iterator

import jsonschema
import pytest

import rasd
from rasd import Doc, Pipeline, stage
from rasd.pipeline import Failed, UnknownStageError, default_stage_names, make_doc


def test_analyze_runs_default_pipeline(example_text: str) -> None:
    doc = rasd.analyze(example_text, published="2023-03-14", id="cairo")
    assert doc.published == dt.date(2023, 3, 14)
    assert doc.text == example_text
    assert len(doc.sentences) == 8
    assert all(doc.text[t.start : t.end] == t.text for t in doc.tokens)


def test_output_matches_json_schema(example_text: str, schema: dict) -> None:
    out = rasd.analyze(example_text, published="2023-03-14").to_dict(with_tokens=True)
    jsonschema.validate(out, schema)
    assert set(out) >= {"id", "published", "text", "sentences", "tokens", "entities", "timexes", "quotes", "events"}


def test_custom_pipeline_and_registered_stage() -> None:
    @stage("test_count_words", requires=("tokenize",))
    def count_words(doc: Doc) -> Doc:
        doc.meta["words"] = sum(t.kind == "word" for t in doc.tokens)
        return doc

    pipeline = Pipeline(["tokenize", "test_count_words"])
    assert pipeline.names == ("tokenize", "test_count_words")
    assert pipeline("قال الوزير إن الوفد وصل.").meta["words"] == 5


def test_missing_requirement_and_unknown_stage_are_clear_errors() -> None:
    with pytest.raises(ValueError, match="needs tokenize"):
        Pipeline(["sentences"])
    with pytest.raises(UnknownStageError, match="unknown stage 'nope'"):
        Pipeline(["nope"])


def test_records_are_frozen(example_text: str) -> None:
    doc = rasd.analyze(example_text)
    with pytest.raises(AttributeError):
        doc.tokens[0].start = 3  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.sentences[0].start = 3  # type: ignore[misc]


def test_default_pipeline_lists_text_layer_first() -> None:
    assert default_stage_names()[:3] == ("normalize", "tokenize", "sentences")


PIPE_TEXTS = [
    "قال وزير الخارجية المصري سامح شكري أمس إن القاهرة ستستضيف محادثات جديدة مطلع مارس المقبل.",
    "التقى الرئيس التونسي في قرطاج وفدا من البنك الدولي، وبحث معه برنامج الإصلاح الاقتصادي.",
    "",
    "أدانت جامعة الدول العربية الهجوم الذي استهدف مدرسة في غزة يوم الثلاثاء الماضي.",
]


def test_pipe_gives_what_one_document_at_a_time_gives() -> None:
    pipeline = Pipeline()
    one_by_one = [pipeline(make_doc(t, id=f"d{n}", published="2024-02-10")).to_dict() for n, t in enumerate(PIPE_TEXTS)]
    docs = [make_doc(t, id=f"d{n}", published="2024-02-10") for n, t in enumerate(PIPE_TEXTS)]
    piped = [doc.to_dict() for doc in pipeline.pipe(docs, batch_size=3)]
    assert piped == one_by_one
    assert any(d["entities"] for d in piped) and [d["id"] for d in piped] == ["d0", "d1", "d2", "d3"]


def test_a_failing_batch_is_rerun_one_by_one_and_only_the_bad_document_fails() -> None:
    calls: list[int] = []

    def mark_all(docs: list[Doc]) -> list[Doc]:
        calls.append(len(docs))
        for doc in docs:
            mark_one(doc)
        return docs

    @stage("test_marks_length", requires=("tokenize",), batch=mark_all)
    def mark_one(doc: Doc) -> Doc:
        if "خطأ" in doc.text:
            raise RuntimeError("bad article")
        doc.meta["tokens"] = len(doc.tokens)
        return doc

    pipeline = Pipeline(["tokenize", "test_marks_length"])
    texts = ["وصل الوفد إلى بغداد.", "هذا نص فيه خطأ.", "عاد الوزير.", "غادر السفير العاصمة أمس."]
    results = list(pipeline.pipe_results((make_doc(t) for t in texts), batch_size=2))
    assert calls == [2, 2]  # the second batch ran whole, the first raised and was re-run document by document
    failed = results[1]
    assert isinstance(failed, Failed) and failed.stage == "test_marks_length" and "bad article" in str(failed.error)
    assert [r.meta["tokens"] for r in results if isinstance(r, Doc)] == [5, 3, 5]
    with pytest.raises(RuntimeError, match="bad article"):
        list(pipeline.pipe(make_doc(t) for t in texts))
    with pytest.raises(ValueError, match="batch_size"):
        list(pipeline.pipe([], batch_size=0))


def test_a_batch_form_that_loses_documents_is_not_trusted() -> None:
    def drop_last(docs: list[Doc]) -> list[Doc]:
        return docs[:-1]

    @stage("test_counts_tokens", requires=("tokenize",), batch=drop_last)
    def count_tokens(doc: Doc) -> Doc:
        doc.meta["tokens"] = len(doc.tokens)
        return doc

    pipeline = Pipeline(["tokenize", "test_counts_tokens"])
    docs = list(pipeline.pipe(make_doc(t) for t in ["وصل الوفد.", "عاد الوزير إلى القاهرة.", "انتهى الاجتماع."]))
    assert [d.meta["tokens"] for d in docs] == [3, 5, 3]


@pytest.fixture
def restore_collector() -> Iterator[None]:
    thresholds = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)


def test_prepare_for_many_loads_every_stage_and_freezes_what_it_loaded(restore_collector: None) -> None:
    seen: list[str] = []

    @stage("test_records_warm_up", requires=("tokenize",))
    def record(doc: Doc) -> Doc:
        seen.append(doc.text)
        return doc

    gc.unfreeze()
    pipeline = Pipeline(["tokenize", "test_records_warm_up"])
    assert pipeline.prepare_for_many() is pipeline
    assert len(seen) == 1 and seen[0].strip()  # one built-in text went through every stage
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold()[0] > 700  # young collections less often than Python's default


def test_prepare_for_many_survives_a_stage_that_rejects_its_text(restore_collector: None) -> None:
    @stage("test_rejects_short_texts", requires=("tokenize",))
    def reject_short(doc: Doc) -> Doc:
        if len(doc.text) < 200:
            raise ValueError("too short")
        return doc

    pipeline = Pipeline(["tokenize", "test_rejects_short_texts"]).prepare_for_many()
    with pytest.raises(ValueError, match="too short"):
        pipeline("نص قصير")  # the stage still judges real documents


def test_many_documents_mode_freezes_each_batch_and_still_frees_cycles(
    restore_collector: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import weakref

    import rasd.pipeline as pipeline_module

    class Node:
        def __init__(self) -> None:
            self.me = self

    made: list[weakref.ref[Node]] = []

    @stage("test_makes_a_cycle", requires=("tokenize",))
    def make_cycle(doc: Doc) -> Doc:
        made.append(weakref.ref(Node()))  # cyclic garbage the moment the stage returns
        return doc

    monkeypatch.setattr(pipeline_module, "_FULL_COLLECTION_BATCHES", 3)
    monkeypatch.setattr(pipeline_module, "_batches_frozen", 0)
    pipeline = Pipeline(["tokenize", "test_makes_a_cycle"]).prepare_for_many()
    made.clear()  # the warm-up text's
    frozen = gc.get_freeze_count()
    texts = ["وصل الوفد إلى المدينة.", "عاد الوزير من الرباط."]
    list(pipeline.pipe((make_doc(t) for t in texts), batch_size=1))
    # what survived each batch is frozen: the collector walks it no more, and the cycles wait
    assert gc.get_freeze_count() > frozen
    assert made[-1]() is not None
    list(pipeline.pipe([make_doc(texts[0])], batch_size=1))  # the third batch: a full collection
    assert len(made) == 3 and all(ref() is None for ref in made)
