"""The `actors` stage: link every entity to an actor, add the mentions the knowledge base is certain of, and
group mentions of the same actor into in-document coreference clusters."""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rasd.actors.kb import KbEntry, KnowledgeBase, knowledge_base
from rasd.actors.link import Linker, Span, scan, span_entries
from rasd.actors.roles import roles, term_starting_at, token_bare, token_key
from rasd.doc import Actor, Doc, Entity, Token
from rasd.pipeline import stage
from rasd.text.normalize import normalize
from rasd.text.stages import make_tokens


@dataclass(frozen=True, slots=True)
class _Mention:
    entity: Entity
    span: Span


def _token_range(starts: Sequence[int], tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    first = max(bisect.bisect_right(starts, start) - 1, 0)
    while first < len(tokens) and tokens[first].end <= start:
        first += 1
    last = first
    while last < len(tokens) and tokens[last].start < end:
        last += 1
    return first, max(last, first + 1)


def _mentions(doc: Doc, tokens: Sequence[Token]) -> list[_Mention]:
    """The document's entities plus knowledge-base-certain mentions that overlap none of them, sorted by start."""
    kb = knowledge_base()
    starts = [t.start for t in tokens]
    mentions: list[_Mention] = []
    taken = [False] * len(tokens)
    for entity in doc.entities:
        first, last = _token_range(starts, tokens, entity.start, entity.end)
        entries = span_entries(kb, tokens, first, last)
        mentions.append(_Mention(entity, Span(first, last, entity.label, entries)))
        for i in range(first, min(last, len(tokens))):
            taken[i] = True
    used_ids = {e.id for e in doc.entities}

    def add(first: int, last: int, label: str, entries: tuple[KbEntry, ...], start: int) -> None:
        number = len(mentions) + 1
        while f"k{number}" in used_ids:
            number += 1
        used_ids.add(f"k{number}")
        end = tokens[last - 1].end
        entity = Entity(f"k{number}", start, end, doc.text[start:end], label)  # type: ignore[arg-type]
        mentions.append(_Mention(entity, Span(first, last, label, entries)))

    for span in scan(kb, tokens):
        if not any(taken[span.start : span.end]):
            add(span.start, span.end, span.label, span.entries, _strip_proclitics(tokens[span.start]))
    for first, last in _titled_names(tokens, mentions):
        add(first, last, "PERS", span_entries(kb, tokens, first, last), tokens[first].start)
    for span in _anchored_places(kb, tokens, mentions):
        head = tokens[span.start]
        start = _strip_proclitics(head)
        if start == head.start and head.norm.startswith("و") and not normalize(span.entries[0].name_ar).startswith("و"):
            start += 1  # «وبختار»: the conjunction the clitic analyser did not know to split
        add(span.start, span.end, "LOC", span.entries, start)
    mentions.sort(key=lambda m: (m.entity.start, m.entity.end))
    return mentions


def _anchored_places(kb: KnowledgeBase, tokens: Sequence[Token], mentions: Sequence[_Mention]) -> list[Span]:
    """Gazetteer places named right after a place noun («مدينة بختار», «منطقة خاتلون»), and the places
    coordinated with them («مدينتي دوشنبه وبختار»)."""
    taken = [False] * len(tokens)
    for mention in mentions:
        for i in range(mention.span.start, min(mention.span.end, len(tokens))):
            taken[i] = True
    found: list[Span] = []
    index = 0
    while index < len(tokens):
        term = term_starting_at(tokens, index)
        if term is None or term.kind != "place" or term.role in ("people", "countries"):
            index += 1
            continue
        cursor = index + term.words
        while cursor < len(tokens):
            if taken[cursor]:
                cursor += 1
                if cursor < len(tokens) and not taken[cursor] and not tokens[cursor].norm.startswith("و"):
                    break  # the place noun's own name is already an entity; only «وبختار» continues the list
                continue
            place = None
            for length in (3, 2, 1):
                window = tokens[cursor : cursor + length]
                if (
                    len(window) < length
                    or any(t.kind != "word" for t in window)
                    or any(taken[cursor : cursor + length])
                ):
                    continue
                entries = span_entries(kb, tokens, cursor, cursor + length)
                places = tuple(e for e in entries if e.kind in ("place", "capital", "region"))
                if places:
                    place = Span(cursor, cursor + length, "LOC", places)
                    break
            if place is None:
                break
            found.append(place)
            cursor = place.end
            if not (cursor < len(tokens) and tokens[cursor].norm.startswith("و")):
                break
        index = max(cursor, index + 1)
    return found


def _titled_names(tokens: Sequence[Token], mentions: Sequence[_Mention]) -> list[tuple[int, int]]:
    """Names right after a specific title, found without a named-entity model: «السفير الروسي في دوشنبه، إيغور
    لياكين فرولوف،» — a person title, a country or organisation in it, then 1–4 plain words closed by punctuation
    or a function word."""
    table = roles()
    covered: list[_Mention | None] = [None] * len(tokens)
    for known in mentions:
        for i in range(known.span.start, min(known.span.end, len(tokens))):
            covered[i] = known
    found: list[tuple[int, int]] = []
    index = 0
    while index < len(tokens):
        term = term_starting_at(tokens, index) if covered[index] is None else None
        if term is None or term.kind != "person":
            index += 1
            continue
        cursor, specific = index + term.words, False
        while cursor < len(tokens):
            mention = covered[cursor]
            if mention is not None and mention.span.label in ("LOC", "ORG"):
                specific, cursor = True, mention.span.end
            elif mention is None and (term_starting_at(tokens, cursor) or token_bare(tokens[cursor]) in ("في", "لدي")):
                cursor += 1
            else:
                break
        comma = cursor < len(tokens) and tokens[cursor].text in "،,"
        start = cursor + 1 if comma else cursor
        end = start
        while end < len(tokens) and end - start < 4 and covered[end] is None:
            token = tokens[end]
            plain = token.kind == "word" and not token.prefixes and token.norm not in table.boundaries
            if not plain or term_starting_at(tokens, end) is not None:
                break
            end += 1
        closed = end < len(tokens) and (tokens[end].kind == "punct" or tokens[end].norm in table.boundaries)
        if specific and end > start and (comma or closed) and closed:
            found.append((start, end))
            index = end
        else:
            index += 1
    return found


def _strip_proclitics(token: Token) -> int:
    """Start a new mention after conjunction/preposition clitics («وروسيا» → «روسيا», «للأمم» → «لأمم»)."""
    start = token.start
    letters = sum(1 for p in token.prefixes if p != "ال")
    if not letters or token.kind != "word":
        return start
    offset = 0
    text = token.text
    for _ in range(letters):
        offset += 1
        while offset < len(text) and unicodedata.combining(text[offset]):
            offset += 1
    return start + offset if offset < len(text) else start


def _name_words(tokens: Sequence[Token], span: Span) -> tuple[str, ...]:
    words = [t for t in tokens[span.start : span.end] if t.kind in ("word", "latin")]
    if not words:
        return ()
    return (token_bare(words[0]), *(token_key(t) for t in words[1:]))


def _better(actor: Actor | None, other: Actor | None) -> bool:
    """Whether `other` says more about the actor than `actor` (a knowledge-base link beats a title)."""
    if other is None:
        return False
    if actor is None:
        return True
    rank = {None: 0, "title+focus": 1, "title": 2}
    return rank.get(other.kb_source, 3) > rank.get(actor.kb_source, 3) and other.cameo is not None


def _cluster(tokens: Sequence[Token], mentions: list[_Mention], actors: list[Actor | None]) -> list[str]:
    """Cluster ids: people by shared name words («رودينكو» joins «أندريه رودينكو»), others by knowledge-base id."""
    clusters = [m.entity.id for m in mentions]
    people: list[tuple[int, frozenset[str], str | None]] = []  # (mention index, name words, kb id)
    for i, mention in enumerate(mentions):
        actor = actors[i]
        if mention.span.label == "PERS":
            words = frozenset(_name_words(tokens, mention.span))
            kb_id = actor.id if actor else None
            home = None
            for j, known, known_id in people:
                if (kb_id and kb_id == known_id) or (words and words <= known):
                    home = j
                    break
            if home is None:
                people.append((i, words, kb_id))
                continue
            clusters[i] = clusters[home]
        elif actor is not None and actor.id is not None and actor.role is None:
            for j in range(i):
                same = actors[j]
                if same is not None and same.role is None and same.id == actor.id and same.cameo == actor.cameo:
                    clusters[i] = clusters[j]
                    break
        elif actor is not None and actor.role is not None and mention.span.label == "LOC":
            # «نائب وزير الخارجية الروسي» without a name: the same office as a person named earlier
            for j in range(i - 1, -1, -1):
                earlier = actors[j]
                if (
                    mentions[j].span.label == "PERS"
                    and earlier is not None
                    and earlier.role == actor.role
                    and earlier.cameo == actor.cameo
                ):
                    clusters[i] = clusters[j]
                    break
    # The cluster id is the id of its fullest mention.
    members: dict[str, list[int]] = {}
    for i, cluster in enumerate(clusters):
        members.setdefault(cluster, []).append(i)
    for group in members.values():
        fullest = max(group, key=lambda i: (mentions[i].span.end - mentions[i].span.start, -i))
        for i in group:
            clusters[i] = mentions[fullest].entity.id
    return clusters


def link_actors(doc: Doc) -> Doc:
    tokens = doc.tokens or make_tokens(doc.text)
    mentions = _mentions(doc, tokens)
    linker = Linker(tokens, [m.span for m in mentions], doc.anchor_date)
    actors = [linker.resolve(i) for i in range(len(mentions))]
    given = {e.id for e in doc.entities}
    keep = [i for i, m in enumerate(mentions) if actors[i] is not None or m.entity.id in given]
    mentions = [mentions[i] for i in keep]
    actors = [actors[i] for i in keep]
    clusters = _cluster(tokens, mentions, actors)
    best: dict[str, Actor | None] = {}
    for cluster, actor in zip(clusters, actors, strict=True):
        if _better(best.get(cluster), actor):
            best[cluster] = actor
    entities = []
    for mention, cluster, actor in zip(mentions, clusters, actors, strict=True):
        shared = best.get(cluster)
        if mention.span.label == "PERS" and _better(actor, shared) and shared is not None:
            actor = shared if actor is not None else replace(shared, kb_source="coreference")
        entities.append(replace(mention.entity, cluster=cluster, actor=actor))
    doc.entities = tuple(entities)
    return doc


@stage("actors", requires=("tokenize",))
def actors_stage(doc: Doc) -> Doc:
    return link_actors(doc)


def cluster_actor(doc: Doc, cluster: str | None) -> Actor | None:
    """The actor of a coreference cluster (for quotes and events): the best-informed actor among its mentions."""
    best: Actor | None = None
    for entity in doc.entities:
        if cluster is not None and entity.cluster == cluster and _better(best, entity.actor):
            best = entity.actor
    return best
