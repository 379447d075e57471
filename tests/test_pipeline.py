from __future__ import annotations

import dataclasses
import datetime as dt

import jsonschema
import pytest

import rasd
from rasd import Doc, Pipeline, stage
from rasd.pipeline import UnknownStageError, default_stage_names


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
