from __future__ import annotations

import rasd
from rasd.caches import forget_words, word_cache_of
from rasd.scale import worker
from rasd.text import stages
from rasd.time import scan

TEXT = "قال وزير الخارجية المصري في القاهرة يوم الأحد إن الوفد سيزور الرياض في 12 آذار/مارس المقبل."


def test_forget_words_empties_the_per_word_caches_and_changes_no_output() -> None:
    before = rasd.analyze(TEXT, published="2024-03-03").to_dict()
    assert stages._ANALYSES and scan._WORDS  # the stages remembered the words they saw

    emptied = forget_words()

    assert emptied >= 10  # one per registered cache, across the stages
    assert not stages._ANALYSES and not scan._WORDS
    assert rasd.analyze(TEXT, published="2024-03-03").to_dict() == before


def test_a_discarded_owner_is_not_kept_alive_by_the_registry() -> None:
    class Owner:
        def __init__(self) -> None:
            self.cleared = 0
            word_cache_of(self, "forget")

        def forget(self) -> None:
            self.cleared += 1

    kept = Owner()
    dropped = Owner()
    del dropped
    forget_words()
    assert kept.cleared == 1  # and the dropped owner's weak entry did not raise


def test_a_worker_over_its_memory_budget_forgets_words_at_most_every_few_thousand_articles() -> None:
    rasd.analyze(TEXT)
    worker._since_forgotten = 0
    assert not worker.keep_within_budget(10, budget=0)  # too few articles since the last time
    assert stages._ANALYSES
    assert worker.keep_within_budget(worker._FORGET_EVERY, budget=0)
    assert not stages._ANALYSES
    rasd.analyze(TEXT)
    assert not worker.keep_within_budget(worker._FORGET_EVERY, budget=1 << 50)  # under budget: caches kept
    assert stages._ANALYSES
