from __future__ import annotations

import multiprocessing
import resource
from pathlib import Path

import pytest

import rasd
from rasd.caches import forget_words, per_word, remember, word_cache_of
from rasd.pipeline import Pipeline
from rasd.scale import worker
from rasd.text import stages

TEXT = "قال وزير الخارجية المصري في القاهرة يوم الأحد إن الوفد سيزور الرياض في 12 آذار/مارس المقبل."


def test_forget_words_empties_the_per_word_caches_and_changes_no_output() -> None:
    before = rasd.analyze(TEXT, published="2024-03-03").to_dict()
    # the stages remembered the words they saw, on each word's record
    assert any(facts is not None and facts.time_word is not None for *_, facts in stages._ANALYSES.values())

    emptied = forget_words()

    assert emptied >= 8  # one per registered cache, across the stages
    assert not stages._ANALYSES  # the records go with the analyses: the next tokens start new ones
    assert rasd.analyze(TEXT, published="2024-03-03").to_dict() == before


def test_per_word_caches_grow_within_a_batch_and_are_trimmed_to_their_limit_after_it() -> None:
    computed: list[str] = []

    @per_word(3)
    def doubled(word: str) -> str:
        computed.append(word)
        return word * 2

    assert [doubled(w) for w in ("ب", "ت", "ب", "ث", "ج")] == ["بب", "تت", "بب", "ثث", "جج"]
    assert computed == ["ب", "ت", "ث", "ج"]  # a hit is not computed again
    assert doubled.cache_info().currsize == 4  # over the limit until the batch ends
    Pipeline(["normalize"])("نص قصير")
    assert doubled.cache_info().currsize == 0
    doubled("ب")
    forget_words()
    assert doubled.cache_info().currsize == 0 and computed[-1] == "ب"


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


def _child_peaks(queue: multiprocessing.Queue[tuple[int, int]]) -> None:
    queue.put((worker.peak_resident_bytes(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024))


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="Linux /proc only")
def test_a_spawned_worker_reports_its_own_peak_not_its_parents() -> None:
    ballast = bytearray(400 << 20)  # the parent holds 400 MiB when it starts the child
    ballast[:: 1 << 12] = b"x" * len(ballast[:: 1 << 12])  # touch every page: resident, not just reserved
    context = multiprocessing.get_context("spawn")
    queue: multiprocessing.Queue[tuple[int, int]] = context.Queue()
    child = context.Process(target=_child_peaks, args=(queue,))
    child.start()
    own, inherited = queue.get(timeout=60)
    child.join(timeout=60)
    del ballast
    assert inherited > 400 << 20  # what ru_maxrss says: the parent's size at the fork
    assert own < 300 << 20  # what the child itself ever held


def test_remember_empties_a_full_cache_before_adding() -> None:
    cache: dict[str, int] = {}
    assert remember(cache, "سلام", 1, limit=2) == 1
    assert remember(cache, "حرب", 2, limit=2) == 2
    assert cache == {"سلام": 1, "حرب": 2}
    assert remember(cache, "هدنة", 3, limit=2) == 3  # full: emptied, then the new word alone
    assert cache == {"هدنة": 3}
