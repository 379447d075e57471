"""Generic agents: nouns that name an unnamed actor («السلطات», «المتمردين», «خبراء الصحة», «سكان القرى»).

The lexicon (`data/events/agents.json`, built by `training/build_agent_lexicon.py`) gives each written form its CAMEO
sector, its role and its grammatical number:

- agent: an actor on its own when definite, counted or plural («المتمردون», «ثلاثة مدنيين», «مسلحين»);
- member: a part-of noun that takes the sector of its complement («عناصر الأمن» → COP, «قادة الكتل» → LEG) and
  stands alone only when it has a sector of its own («المسؤولون» → GOV);
- domain: a field noun that gives the noun before it its sector («خبراء الصحة» → HLH), never an actor alone;
- group: leaders of several actors named before («الزعماء»), read as a group anaphor, not here.

`agent_phrase` reads the phrase that starts at a word: the head, multiword names («قوات الأمن», «رجال الأعمال»),
and the definite words after it (adjectives and genitive complements), whose sector the last one with a sector
gives. The country is the caller's business (a following place, the sentence's setting, the article's focus).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache
from typing import cast

from rasd.events.lexicon import Grammar, bare, norm_word
from rasd.events.matcher import TokenView
from rasd.resources import load_json


@dataclass(frozen=True, slots=True)
class AgentSense:
    sector: str | None
    role: str
    number: str
    definite: bool


@dataclass(frozen=True, slots=True, init=False)
class AgentPhrase:
    """Tokens [start, end) naming an unnamed actor of sector `sector`."""

    start: int
    end: int
    sector: str

    # written out (init=False): mypyc compiles it, where the generated one runs interpreted and 3-10x slower
    def __init__(self, start: int, end: int, sector: str) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "sector", sector)


@dataclass(frozen=True, slots=True)
class AgentLexicon:
    words: dict[str, AgentSense]
    phrases: dict[str, tuple[tuple[tuple[str, ...], str | None], ...]]
    heads: frozenset[str]  # forms that head an actor phrase: a named mention extends over them («مسلحي طالبان»)

    def sense(self, view: TokenView) -> AgentSense | None:
        """The sense of a word read through its clitics (stem first, then the other readings); remembered on the
        word's record."""
        facts = view.token.facts
        if facts is None:
            return self._sense(view)
        if facts.agent_owner is self:
            return cast(AgentSense | None, facts.agent_sense)
        facts.agent_sense = found = self._sense(view)
        facts.agent_owner = self
        return found

    def _sense(self, view: TokenView) -> AgentSense | None:
        found = self.words.get(view.token.stem) or self.words.get(bare(view.token.stem))
        if found is not None:
            return found
        for form in view.forms:
            found = self.words.get(form)
            if found is not None:
                return found
        return None

    def phrase_at(self, views: Sequence[TokenView], index: int) -> tuple[int, str | None] | None:
        """The longest multiword agent name starting at `index`: (end, sector)."""
        view = views[index]
        candidates = self.phrases.get(view.token.stem) or self.phrases.get(bare(view.token.stem))
        if not candidates:
            return None
        for rest, sector in candidates:  # longest first
            end = index + 1
            for word in rest:
                if end >= len(views) or not views[end].is_word or word not in views[end].forms:
                    break
                end += 1
            else:
                return end, sector
        return None


@cache
def agent_lexicon() -> AgentLexicon:
    raw = load_json("events", "agents.json")
    words = {
        form: AgentSense(item["sector"], item["role"], item["number"], bool(item["definite"]))
        for form, item in raw["words"].items()
    }
    phrases: dict[str, list[tuple[tuple[str, ...], str | None]]] = {}
    for item in raw["phrases"]:
        first, *rest = item["words"]
        phrases.setdefault(first, []).append((tuple(rest), item["sector"]))
    return AgentLexicon(
        words,
        {first: tuple(sorted(items, key=lambda i: -len(i[0]))) for first, items in phrases.items()},
        frozenset(form for form, sense in words.items() if sense.role in ("agent", "member")),
    )


# marks that may stand between a title and a name: quotation marks, and «#» and «_» of hashtags («#ميليشيات_الحوثي»)
NAME_MARKS = frozenset("\"«»“”'‘’#_")


@cache
def _adjective_agents(key: str = "words") -> frozenset[str]:
    return frozenset(norm_word(w) for w in load_json("events", "grammar.json")["adjective_agents"][key])


def _adjective_of_previous(
    views: Sequence[TokenView], index: int, blocked: Collection[int], named: Collection[int]
) -> bool:
    """«التفجير الإرهابي», «تنظيم القاعدة الإرهابي»: a singular agent adjective with the article right after a
    definite noun, a named actor or an event word qualifies it; it names no actor of its own."""
    if index == 0 or views[index].norm not in _adjective_agents():
        return False
    previous = views[index - 1]
    if not previous.is_word or previous.token.prefixes[:1] == ("و",):
        return False
    if index - 1 in named and views[index].norm in _adjective_agents("not_after_names"):
        return False  # «مجلس منبج العسكري»: the council's sector
    return index - 1 in blocked or "ال" in previous.token.prefixes


_OWNER_PRONOUNS = frozenset({"ه", "ها"})
# the institutions a state acts through («حكومته», «جيشها», «شرطته»): who owns them is who acts
STATE_SECTORS = frozenset({"GOV", "MIL", "COP"})


def possessed(view: TokenView) -> bool:
    """«قواته», «جيشها»: a word ending in a singular third-person possessive pronoun."""
    return view.token.suffixes[-1:] != () and view.token.suffixes[-1] in _OWNER_PRONOUNS


def owned_institution(view: TokenView) -> bool:
    """«جيشه», «حكومتها», «شرطته»: one state institution with a possessive pronoun (not a plural the lexicon reads
    already, «قواته», nor a noun that needs the article to name an actor, «إدارته» may be a board's)."""
    sense = agent_lexicon().sense(view)
    return (
        possessed(view)
        and sense is not None
        and sense.sector in STATE_SECTORS
        and sense.number == "sg"
        and not sense.definite
        and sense.role == "agent"
    )


def _act_reading(views: Sequence[TokenView], index: int, grammar: Grammar) -> bool:
    """«القضاء على الإرهاب»: a body's noun right before the preposition of its act reading is that act's verbal
    noun (grammar `agent_act_readings`)."""
    if index + 1 >= len(views):
        return False
    readings = grammar.agent_act_readings
    preps = next((readings[b] for f in views[index].forms if (b := bare(f)) in readings), None)
    return preps is not None and bool(views[index + 1].forms & preps)


def agent_phrase(
    views: Sequence[TokenView],
    index: int,
    blocked: Collection[int],
    grammar: Grammar,
    *,
    named: Collection[int] = (),
) -> AgentPhrase | None:
    """The unnamed-actor phrase starting at word `index`, or None.

    `blocked` are token indexes the phrase may not take (named mentions, predicate words), `named` the tokens of
    named mentions. A bare singular («مسلح») is no actor: it needs the article, a number or quantifier before it,
    or a complement after it; an indefinite head right before a name is that name's title («ميليشيات #الحوثي»).
    """
    lexicon = agent_lexicon()
    view = views[index]
    if not view.is_word or index in blocked or view.in_timex:
        return None
    if _adjective_of_previous(views, index, blocked, named):
        return None
    sense = lexicon.sense(view)
    phrase = lexicon.phrase_at(views, index)
    if sense is None and phrase is not None:
        # «الكتل السياسية»: a name whose head noun names no actor alone
        sense = AgentSense(phrase[1], "agent", "pl", False)
    if sense is None or sense.role in ("domain", "group"):
        return None
    if _act_reading(views, index, grammar):
        return None
    # «جيشه», «حكومتها»: a noun with a possessive pronoun is definite, its owner an actor named before it
    definite = "ال" in view.token.prefixes or owned_institution(view)
    counted = index > 0 and (
        views[index - 1].token.kind == "number" or bool(views[index - 1].forms & grammar.quantifiers)
    )
    if phrase is not None and any(i in blocked for i in range(index, phrase[0])):
        phrase = None
    end = index + 1
    sector = sense.sector
    if phrase is not None:
        end, sector = phrase[0], phrase[1] or sector
    elif sense.definite and not definite:
        return None
    complement: str | None = None
    takes_genitive = not definite and phrase is None  # «خبراء الصحة»: an indefinite head is in construct
    while end < len(views) and end not in blocked and views[end].is_word and not views[end].in_timex:
        following = views[end]
        if "ال" not in following.token.prefixes or following.token.prefixes[:1] == ("و",):
            break
        found = lexicon.sense(following)
        if not takes_genitive and found is not None and found.role in ("agent", "member"):
            break  # «اتهمت الحكومة المعارضة»: a second definite noun phrase, not an adjective
        takes_genitive = False
        if found is not None and found.sector and found.role != "group":
            complement = found.sector
        end += 1
    construct = end > index + 1 and not definite and phrase is None
    after = end
    while after < len(views) and views[after].token.text in NAME_MARKS:
        after += 1
    if after in named and not definite and end == index + 1 and not views[after].forms & grammar.member_nouns:
        return None  # (but «مسلحون موظفة بالصليب الأحمر»: a staff member opening a body's phrase is no name)
    if complement:
        sector = complement
    if sector is None:
        return None
    if not (definite or counted or construct or phrase is not None or sense.number in ("pl", "du")):
        return None
    if end < len(views) and views[end].is_word and views[end].forms & grammar.unknown_agent:
        return None  # «مسلحين مجهولين»: an unknown actor has no country
    if any(views[i].forms & grammar.foreign_words for i in range(index, end)):
        return None  # «القوات الأجنبية»: foreign to the article's country, so of no known country
    return AgentPhrase(index, end, sector)
