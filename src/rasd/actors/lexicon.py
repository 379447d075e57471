"""Is a word a name or a common word? Evidence the actors stage weighs before it trusts a one-word match.

`data/actors/name_evidence.tsv.gz` (built by training/build_actor_lexicon.py from ANERcorp) counts, per word keyed
by `word_key` (the word without proclitics and article, as written but for hamza and ta marbuta, so that the
preposition «على» and the name «علي» stay apart), how often the word was seen, how often inside a named entity and
how often inside a person's name. Keys from `name_key` (where «على» and «علي» meet) are answered from the counts
summed over the written forms they cover. A word
seen often and almost never named («كيف», «ذكر», «دولة», «اليوم») is a *common word*: a knowledge-base entry that
shares its letters (Kyiv, an alias of Malé, a town called Dhule) needs a named-entity tag before it counts, and a
one-word entity on it is dropped. Function words (`data/actors/function_words.json` and the title parser's
boundary words) are common by definition. A word usually named («عباس», «حماس») is a *name
word*; a word seen in person names («محمد», «علي» — however often «على» shares its letters) is a *person word*.

ANERcorp is small, and the gazetteer holds thousands of villages named like ordinary words («أمور», «حصار»,
«سلامة»). `data/actors/place_evidence.tsv.gz` (training/build_place_evidence.py) counts, for each one-word place name,
how often it occurs in the news and how often the entity model tags it there: a frequent word it seldom tags is a
*common place word*, which neither a one-word LOC tag nor a knowledge-base scan makes a place (after «مدينة»,
«محافظة» it still is one).
"""

from __future__ import annotations

import gzip
from functools import cache

from rasd.actors.kb import strip_article
from rasd.actors.roles import roles
from rasd.doc import Token
from rasd.resources import data_path, load_json
from rasd.text.normalize import devocalize, normalize

_WRITTEN = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه"})


def written_key(text: str) -> str:
    """A word as written but for vowel marks, hamza and ta marbuta, without the article: «الدولة» → «دوله»."""
    return strip_article(devocalize(text).translate(_WRITTEN))


def word_key(token: Token) -> str:
    """«وللبرلمان» → «برلمان», «على» → «على», «علي» → «علي», «الدولة» → «دوله»."""
    letters = sum(len(p) for p in token.prefixes if p != "ال")
    text = devocalize(token.text)
    if token.kind == "word" and 0 < letters < len(text):
        text = text[letters:]
    return written_key(text)


COMMON_MAX_NAMED = 0.2  # named in at most this share of sightings
COMMON_MIN_SEEN = 3
PLACE_MIN_SEEN = 50  # place_evidence: seen in the news at least this often (Abha, Yanbu: 20-30, under-tagged)
PLACE_MAX_TAGGED = 0.2  # and tagged as a name in at most this share
# Right after a place noun («مدينة الرقة») a gazetteer name needs much more evidence to be read as an ordinary word.
ANCHORED_COMMON_MIN_SEEN = 50
NAME_MIN_NAMED = 0.5


PERSON_MIN_SEEN = 3
PERSON_MIN_SHARE = 0.15


Counts = tuple[int, int, int]  # (seen, inside a named entity, inside a person's name)


@cache
def _evidence() -> tuple[dict[str, Counts], dict[str, Counts]]:
    """(written key → counts, normal-form key → counts summed over its written forms)."""
    written: dict[str, Counts] = {}
    normal: dict[str, Counts] = {}
    with gzip.open(data_path("actors", "name_evidence.tsv.gz"), "rt", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            word, seen, named, person = line.rstrip("\n").split("\t")
            counts = (int(seen), int(named), int(person))
            written[word] = counts
            key = normalize(word)
            old = normal.get(key, (0, 0, 0))
            normal[key] = (old[0] + counts[0], old[1] + counts[1], old[2] + counts[2])
    return written, normal


def evidence(key: str) -> Counts:
    written, normal = _evidence()
    return written.get(key) or normal.get(key) or (0, 0, 0)


def name_evidence(key: str) -> tuple[int, int]:
    """(times seen, times inside a named entity) of a word key."""
    seen, named, _ = evidence(key)
    return seen, named


@cache
def function_words() -> frozenset[str]:
    """Closed-class words (data/actors/function_words.json) and the title parser's boundary words, as written."""
    words = [*load_json("actors", "function_words.json")["words"], *roles().written_boundaries]
    return frozenset(key for key in (written_key(w) for w in words) if key)


def is_function_word(key: str) -> bool:
    return key in function_words()


def is_common_word(key: str, min_seen: int = COMMON_MIN_SEEN) -> bool:
    """Seen often (at least `min_seen` times) as an ordinary word and rarely as (part of) a name, or a function word."""
    if key in function_words():
        return True
    seen, named = name_evidence(key)
    return seen >= min_seen and named <= COMMON_MAX_NAMED * seen


@cache
def _place_evidence() -> dict[str, tuple[int, int]]:
    """One-word gazetteer place names → (times seen in the news, times the entity model tagged them); see
    training/build_place_evidence.py."""
    found: dict[str, tuple[int, int]] = {}
    with gzip.open(data_path("actors", "place_evidence.tsv.gz"), "rt", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            word, seen, tagged = line.rstrip("\n").split("\t")
            found[word] = (int(seen), int(tagged))
    return found


def is_common_place_word(key: str) -> bool:
    """A place name that the news mostly uses as an ordinary word («أمور», «حصار», «سلامة»): seen at least
    PLACE_MIN_SEEN times and tagged as a name in at most PLACE_MAX_TAGGED of them."""
    seen, tagged = _place_evidence().get(key, (0, 0))
    return seen >= PLACE_MIN_SEEN and tagged <= PLACE_MAX_TAGGED * seen


def is_name_word(key: str) -> bool:
    seen, named = name_evidence(key)
    return seen > 0 and named >= NAME_MIN_NAMED * seen


def is_person_word(key: str) -> bool:
    """A word seen in person names: often enough and in a fair share of its sightings («علي», which «على» is
    sometimes written as), or in most of them."""
    seen, _, person = evidence(key)
    return (person >= PERSON_MIN_SEEN and person >= PERSON_MIN_SHARE * seen) or (person > 0 and 2 * person >= seen)
