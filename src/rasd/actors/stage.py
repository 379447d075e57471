"""The `actors` stage: link every entity to an actor, add the mentions the knowledge base is certain of, and
group mentions of the same actor into in-document coreference clusters."""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rasd.actors.kb import knowledge_base
from rasd.actors.link import Linker, Span, scan, span_entries
from rasd.actors.roles import token_bare, token_key
from rasd.doc import Actor, Doc, Entity, Token
from rasd.pipeline import stage
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
    counter = 0
    for span in scan(kb, tokens):
        if any(taken[span.start : span.end]):
            continue
        counter += 1
        while f"k{counter}" in used_ids:
            counter += 1
        start, end = tokens[span.start].start, tokens[span.end - 1].end
        start = _strip_proclitics(tokens[span.start], start)
        entity = Entity(f"k{counter}", start, end, doc.text[start:end], span.label)  # type: ignore[arg-type]
        mentions.append(_Mention(entity, span))
    mentions.sort(key=lambda m: (m.entity.start, m.entity.end))
    return mentions


def _strip_proclitics(token: Token, start: int) -> int:
    """Start a new mention after conjunction/preposition clitics («وروسيا» → «روسيا», «للأمم» → «لأمم»)."""
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
