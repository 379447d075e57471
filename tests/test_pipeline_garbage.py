"""Analysing documents leaves no reference cycles behind: the garbage collector settings of `prepare_for_many` (rare
young collections) rely on it, and a cycle through a document's tokens once kept every analysed article alive until
a collection came by. The bundled example articles (written for rasd) wake every default stage."""

from __future__ import annotations

import gc
from pathlib import Path

from rasd.pipeline import Pipeline, make_doc

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "src" / "rasd" / "data" / "examples").glob("*.txt"))


def test_the_default_pipeline_makes_no_cyclic_garbage() -> None:
    pipeline = Pipeline()
    texts = [path.read_text(encoding="utf-8") for path in EXAMPLES]
    assert len(texts) >= 4
    for text in texts:  # the first pass loads models and fills caches: not garbage, but collect it all first
        pipeline(make_doc(text, published="2023-04-02"))
    gc.collect()
    gc.disable()
    try:
        for text in texts:
            doc = pipeline(make_doc(text, published="2023-04-02"))
            assert doc.entities and doc.timexes
        del doc
        assert gc.collect() == 0
    finally:
        gc.enable()
