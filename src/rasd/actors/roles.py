"""Title and role words (data/actors/roles.json) and the token view the linker reads them through."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, cast

from rasd.actors.kb import name_key, strip_article
from rasd.doc import Token
from rasd.resources import load_json
from rasd.text.normalize import devocalize, normalize


@dataclass(frozen=True, slots=True)
class Term:
    key: str
    role: str
    sector: str | None
    kind: str  # person, institution, people, place, language, object
    of: bool = False  # takes the code of what follows «باسم»/«ل» (spokesman of X)
    host: bool = False  # «في X»/«لدى X» after it names the host country, not the person's (ambassador in X)
    owned: bool = False  # a name right after it is the owner or namesake («مكتب كوهين»), not a member
    honorific: bool = False  # a courtesy title («الدكتور»): no office, no sector of its own
    country: str | None = None  # the country the title implies when none is named («السناتور»)
    person_only: bool = False  # an organisation named right after it is not described by it («فريق البيسبول»)
    generic: bool = False  # a body's default sector: a more specific body word in the name wins («جهاز الأمن»)
    definite_sector: str | None = None  # the sector when a definite noun, not a name, follows («وكالة الفضاء»)
    definite_role: str | None = None
    waterway: bool = False  # before a known place's name it names a waterway («قناة السويس»), not a medium
    royal: bool = False  # only a monarchy gives it («الأمير»): a main country that has a monarch is preferred
    member_sector: str | None = None  # a body of no sector whose officers have one («قائد المنتخب»: a civilian)
    roams: bool = False  # players and coaches work abroad: the article's main country is no guess of theirs

    @property
    def words(self) -> int:
        return self.key.count(" ") + 1


@dataclass(frozen=True, slots=True)
class Roles:
    terms: dict[str, Term]
    modifiers: dict[str, tuple[str, bool]]  # key → (role word, comes after the title)
    counterparts: frozenset[str]
    locative: frozenset[str]
    boundaries: frozenset[str]
    max_words: int
    named_body_heads: frozenset[str]  # «وزارة» + definite words is a state body's name
    name_heads: frozenset[str]  # «منظمة "شربا"»: the institution's own name follows
    written_boundaries: frozenset[str]  # the boundary words as written: «على» is one, «علي» a name
    leading: frozenset[str]  # every run of a term's first words («وزير», «وزير خارجيه»): lookups stop early
    trailing: frozenset[str]  # every run of a term's last words («خارجيه», «وزير خارجيه»)
    compass: frozenset[str]  # «غربي»: before a place or after «جنوب», a direction («west of»), not an actor
    compass_nouns: frozenset[str]  # «جنوب» in «جنوب غربي»
    water_words: frozenset[str]  # «البحر الأحمر»: open water, in no country
    vessel_words: frozenset[str]  # «السفينة أكواريوس»: a ship's name follows
    party_heads: frozenset[str]  # «حزب النور»: a party, coded with its country alone
    sector_words: dict[str, str]  # bare word → the sector it keeps in a body's name («للأنباء» → MED)
    monarchies: frozenset[str]  # ISO3 codes of states with a reigning monarch (where a «الأمير» may be from)
    addressees: frozenset[str] = frozenset()  # verbs whose «من» names whom is asked («طلبت موسكو من واشنطن»)
    ruling_families: dict[str, str] = field(default_factory=dict)  # «آل ثاني» ending a name → QAT
    patron_words: frozenset[str] = frozenset()  # «الموالية لإيران»: the country after backs the body before


@cache
def roles() -> Roles:
    spec: dict[str, Any] = load_json("actors", "roles.json")
    terms = {}
    for item in spec["terms"]:
        key = name_key(item["phrase"])
        terms[key] = Term(
            key,
            item["role"],
            item.get("sector"),
            item["kind"],
            bool(item.get("of")),
            bool(item.get("host")),
            bool(item.get("owned")),
            bool(item.get("honorific")),
            item.get("country"),
            bool(item.get("person_only")),
            bool(item.get("generic")),
            item.get("definite_sector"),
            item.get("definite_role"),
            bool(item.get("waterway")),
            bool(item.get("royal")),
            item.get("member_sector"),
            bool(item.get("roams")),
        )
    modifiers = {name_key(m["phrase"]): (m["role"], bool(m.get("after"))) for m in spec["modifiers"]}
    return Roles(
        terms=terms,
        modifiers=modifiers,
        counterparts=frozenset(normalize(w) for w in spec["counterparts"]),
        locative=frozenset(strip_article(normalize(w)) for w in spec["locative_prepositions"]),
        boundaries=frozenset(normalize(w) for w in spec["boundary_words"]),
        max_words=max(t.words for t in terms.values()),
        named_body_heads=frozenset(name_key(w) for w in spec["named_body_heads"]),
        name_heads=frozenset(name_key(w) for w in spec["name_heads"]),
        written_boundaries=frozenset(devocalize(w) for w in spec["boundary_words"]),
        leading=frozenset(" ".join(k.split(" ")[:n]) for k in terms for n in range(1, k.count(" ") + 2)),
        trailing=frozenset(" ".join(k.split(" ")[-n:]) for k in terms for n in range(1, k.count(" ") + 2)),
        compass=frozenset(name_key(w) for w in spec["compass_adjectives"]),
        compass_nouns=frozenset(name_key(w) for w in spec["compass_nouns"]),
        water_words=frozenset(name_key(w) for w in spec["water_words"]),
        vessel_words=frozenset(name_key(w) for w in spec["vessel_words"]),
        party_heads=frozenset(name_key(w) for w in spec["party_heads"]),
        sector_words={name_key(w): sector for sector, words in spec["sector_words"].items() for w in words},
        monarchies=frozenset(spec["monarchies"]),
        addressees=frozenset(normalize(w) for w in spec["addressee_verbs"]),
        ruling_families={name_key(name): country for name, country in spec["ruling_families"].items()},
        patron_words=frozenset(name_key(w) for w in spec["patron_words"]),
    )


def token_key(token: Token) -> str:
    """The token as a name word: normal form without the article (proclitics kept)."""
    if token.facts is None:
        return name_key(token.text)
    return token_info(token)[0]


def token_bare(token: Token) -> str:
    """The token without proclitics and article (enclitics kept): «وللأمم» → «امم», «بالعاصمة» → «عاصمه»."""
    if token.facts is None:
        return _token_bare(token)
    return token_info(token)[1]


def _token_bare(token: Token) -> str:
    # worked out once per word: `token_info` keeps it on the word's record
    if token.kind != "word" or not token.stem:
        return name_key(token.text)
    return strip_article(token.stem + normalize("".join(token.suffixes)))


_PROCLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
_NAME_PROCLITICS = frozenset({"و", "ف", "ب", "ل"})


def proclitic_letters(token: Token) -> int:
    """Letters of conjunctions and prepositions the clitic analysis found before the word («وروسيا» → 1).

    A «ل» fused with the article («للأمم», «وللفلسطينيين») is kept: the name cannot start after it without the
    article's missing alif, so the mention is written with it, as annotators write it."""
    parts = [p for p in token.prefixes if p != "ال"]
    if "ال" in token.prefixes and parts and parts[-1] == "ل":
        parts.pop()
    if any(p not in _NAME_PROCLITICS for p in parts):
        return 0  # «كريم» is not «ك» + «ريم»: «ك» and «س» hardly ever stand before a name
    return sum(len(p) for p in parts)


TokenInfo = tuple[str, str, tuple[tuple[str, int], ...]]  # token_key, token_bare, token_forms


def token_info(token: Token) -> TokenInfo:
    """`token_key`, `token_bare` and `_token_forms` of a token, remembered on its word's record (the hot path of
    every lookup)."""
    facts = token.facts
    if facts is not None:
        known = facts.token_info
        if known is not None:
            return cast(TokenInfo, known)
    key, bare = name_key(token.text), _token_bare(token)
    found = (key, bare, _token_forms(token, key, bare))
    if facts is not None:
        facts.token_info = found
    return found


def token_forms(token: Token) -> tuple[tuple[str, int], ...]:
    return token_info(token)[2]


def _token_forms(token: Token, key: str, bare: str) -> tuple[tuple[str, int], ...]:
    """Keys a token may take as the first word of a name, each with the letters to skip to reach it: as written
    (`key`), without its proclitics (`bare`), and — for words the clitic analyser has never seen («وبختار») —
    without a leading single-letter proclitic. The knowledge base decides which reading names something."""
    out = [(key, 0)]
    if bare != key:
        out.append((bare, proclitic_letters(token)))
    letters = [p for p in token.prefixes if p != "ال"]
    if len(letters) > 1 and token.kind == "word":
        # «وبنما» read as «و» + «ب» + «نما» is also «و» + «بنما»
        skip = 0
        for part in letters[:-1]:
            skip += len(part)
            out.append((strip_article(key[skip:]), skip))
    if token.kind == "word" and not token.prefixes:
        for proclitic in _PROCLITICS:
            if key.startswith(proclitic) and len(key) - len(proclitic) >= 3:
                out.append((strip_article(key[len(proclitic) :]), len(proclitic)))
    return tuple(out)


def term_ending_at(tokens: tuple[Token, ...], end: int) -> Term | None:
    """The longest role term whose last word is tokens[end] (e.g. «وزير الخارجية» ending at «الخارجية»); of equally
    long terms, the one read with the earliest of the first word's forms (as written before without proclitics)."""
    table = roles()
    best: tuple[int, int, Term] | None = None
    words: list[str] = []
    for start in range(end, max(end - table.max_words, -1), -1):
        # the words after the first are matched as written; the run must still end some term
        if words and " ".join(words) not in table.trailing:
            break
        for rank, (first, _) in enumerate(token_forms(tokens[start])):
            term = table.terms.get(" ".join([first, *words]))
            if term is not None and (best is None or (len(words), -rank) > (best[0], -best[1])):
                best = (len(words), rank, term)
        words.insert(0, token_key(tokens[start]))
    return best[2] if best else None


def term_starting_at(
    tokens: tuple[Token, ...], start: int, first_forms: Sequence[tuple[str, int]] | None = None
) -> Term | None:
    """The longest role term whose first word is tokens[start]; of equally long terms, the one read with the earliest
    of the first word's forms (`first_forms`: the `token_forms` of tokens[start] when the caller has them)."""
    table = roles()
    best: tuple[int, int, Term] | None = None
    limit = min(len(tokens), start + table.max_words)
    if first_forms is None:
        first_forms = token_forms(tokens[start])
    for rank, (first, _) in enumerate(first_forms):
        if first not in table.leading:
            continue
        phrase, length = first, 1
        while phrase in table.leading:
            term = table.terms.get(phrase)
            if term is not None and (best is None or (length, -rank) > (best[0], -best[1])):
                best = (length, rank, term)
            if start + length >= limit:
                break
            phrase = f"{phrase} {token_key(tokens[start + length])}"
            length += 1
    return best[2] if best else None
