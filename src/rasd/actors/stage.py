"""The `actors` stage: repair the named-entity spans against the knowledge base and add the mentions it is certain
of (`rasd.actors.mentions`), link every mention to an actor (`rasd.actors.link`), and group mentions of the same
actor into in-document coreference clusters."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rasd.actors.kb import name_key
from rasd.actors.link import Linker
from rasd.actors.mentions import Mention, find_mentions
from rasd.doc import Actor, Doc, Entity
from rasd.pipeline import stage
from rasd.text.stages import make_tokens


def _better(actor: Actor | None, other: Actor | None) -> bool:
    """Whether `other` says more about the actor than `actor` (a knowledge-base link beats a title)."""
    if other is None:
        return False
    if actor is None:
        return True
    rank = {None: 0, "title+focus": 1, "title+scene": 2, "title": 3}
    return rank.get(other.kb_source, 4) > rank.get(actor.kb_source, 4) and other.cameo is not None


def _name_words(text: str) -> frozenset[str]:
    return frozenset(name_key(text).split())


def _cluster(
    linker: Linker, mentions: Sequence[Mention], entities: Sequence[tuple[str, str]], actors: Sequence[Actor | None]
) -> list[str]:
    """Cluster ids: people by shared name words («رودينكو» joins «أندريه رودينكو») or knowledge-base id, a gentilic
    in a person's title with that person («الرئيس الروسي فلاديمير بوتين»), other mentions by knowledge-base id."""
    clusters = [entity_id for entity_id, _ in entities]
    people: list[tuple[int, frozenset[str], str | None]] = []  # (mention index, name words, kb id)
    for i, mention in enumerate(mentions):
        actor = actors[i]
        if mention.label == "PERS":
            words = _name_words(entities[i][1])
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
        elif mention.label == "ORG" and (actor is None or actor.id is None):
            # «مكتب التحقيقات الاتحادي» named twice: one institution, coded by its better-placed mention
            key = name_key(entities[i][1])
            for j in range(i):
                if mentions[j].label == "ORG" and name_key(entities[j][1]) == key:
                    clusters[i] = clusters[j]
                    break
        elif actor is not None and actor.id is not None and actor.role is None:
            for j in range(i):
                same = actors[j]
                if same is not None and same.role is None and same.id == actor.id and same.cameo == actor.cameo:
                    clusters[i] = clusters[j]
                    break
        elif actor is not None and actor.role is not None and mention.label == "LOC":
            # «نائب وزير الخارجية الروسي» without a name: the same office as a person named earlier
            for j in range(i - 1, -1, -1):
                earlier = actors[j]
                if (
                    mentions[j].label == "PERS"
                    and earlier is not None
                    and earlier.role == actor.role
                    and earlier.cameo == actor.cameo
                ):
                    clusters[i] = clusters[j]
                    break
    for i, mention in enumerate(mentions):
        if mention.label != "PERS":
            continue
        title_start = linker.title_start(mention.first)
        if title_start is None:
            continue
        joined_country: str | None = None
        for j in range(i - 1, -1, -1):
            if mentions[j].first < title_start:
                break
            titled = actors[j]
            if titled is not None and titled.role is not None and any(e.kind == "demonym" for e in mentions[j].entries):
                if joined_country is not None and titled.country != joined_country:
                    # «سيلتقي المبعوث الألماني العاهل المغربي الملك محمد السادس»: the first title is another person's
                    break
                clusters[j] = clusters[i]
                joined_country = titled.country
    # The cluster id is the id of its fullest mention (a person's name before a gentilic in their title).
    members: dict[str, list[int]] = {}
    for i, cluster in enumerate(clusters):
        members.setdefault(cluster, []).append(i)
    for group in members.values():
        fullest = max(group, key=lambda i: (mentions[i].label == "PERS", mentions[i].end - mentions[i].start, -i))
        for i in group:
            clusters[i] = entities[fullest][0]
    return clusters


_KEPT_ORIGINS = frozenset({"ner", "ner+kb", "split", "alias"})
_KNOWN_PEOPLE = frozenset({"rasd_curated", "everypolitician"})  # people linked by name, with their office on the day


def _entity_ids(doc: Doc, mentions: Sequence[Mention]) -> list[tuple[str, str]]:
    """Entity ids and texts of the mentions: a tagged span keeps its id, every other mention gets a fresh «k» id.
    (Pairs, not `Entity` records: those are built once, with their cluster and actor.)"""
    used = {m.entity_id for m in mentions if m.entity_id}
    out = []
    number = 0
    for mention in mentions:
        entity_id = mention.entity_id
        if entity_id is None:
            number += 1
            while f"k{number}" in used:
                number += 1
            entity_id = f"k{number}"
            used.add(entity_id)
        out.append((entity_id, doc.text[mention.start : mention.end]))
    return out


def _best_actors(
    mentions: Sequence[Mention], clusters: Sequence[str], actors: Sequence[Actor | None]
) -> dict[str, Actor]:
    """Each cluster's best-informed actor, from its people when it has any (a title's gentilic names a country)."""
    has_people = {c for m, c in zip(mentions, clusters, strict=True) if m.label == "PERS"}
    best: dict[str, Actor] = {}
    for mention, cluster, actor in zip(mentions, clusters, actors, strict=True):
        if cluster in has_people and mention.label != "PERS":
            continue
        if actor is not None and _better(best.get(cluster), actor):
            best[cluster] = actor
    return best


def _civilian_gentilics(mentions: Sequence[Mention], actors: list[Actor | None]) -> list[Actor | None]:
    """«العالم البريطاني ستيفن هوكينغ»: the gentilic right before a person it makes a civilian of that country is
    coded as that person, as the gentilic in an office holder's title is; so is the gentilic of a title before a
    person the knowledge base knows («الزعيم العراقي مقتدى الصدر»: his office on the day, not the title word's)."""
    for i in range(len(mentions) - 1):
        adjective, person = actors[i], actors[i + 1]
        if (
            adjective is not None
            and person is not None
            and mentions[i].label == "LOC"
            and mentions[i + 1].label == "PERS"
            and mentions[i + 1].first == mentions[i].last
            and adjective.country == person.country
            and (
                (person.kb_source == "gentilic" and adjective.sector is None)
                or (
                    person.kb_source in _KNOWN_PEOPLE
                    and adjective.sector is not None
                    and person.sector is not None
                    and any(e.kind == "demonym" for e in mentions[i].entries[:1])  # not «تتهم أنقرة غولن»
                )
            )
        ):
            actors[i] = replace(adjective, cameo=person.cameo, sector=person.sector)
    return actors


def link_actors(doc: Doc) -> Doc:
    tokens = doc.tokens or make_tokens(doc.text)
    mentions = find_mentions(doc, tokens)
    # sentence starts index doc.tokens: without them (a bare text), no sentence-local reading
    starts = tuple(s.token_start for s in doc.sentences) if doc.tokens else ()
    linker = Linker(tokens, [m.span for m in mentions], doc.anchor_date, starts)
    actors = _civilian_gentilics(mentions, [linker.resolve(i) for i in range(len(mentions))])
    keep = [i for i, m in enumerate(mentions) if actors[i] is not None or m.origin in _KEPT_ORIGINS]
    mentions = [mentions[i] for i in keep]
    actors = [actors[i] for i in keep]
    linker = Linker(tokens, [m.span for m in mentions], doc.anchor_date, starts)
    entities = _entity_ids(doc, mentions)
    clusters = _cluster(linker, mentions, entities, actors)
    best = _best_actors(mentions, clusters, actors)
    out = []
    for mention, (entity_id, text), cluster, actor in zip(mentions, entities, clusters, actors, strict=True):
        shared = best.get(cluster)
        if mention.label in ("PERS", "ORG") and shared is not None and _better(actor, shared):
            actor = shared if actor is not None else replace(shared, kb_source="coreference")
        label = mention.label
        out.append(Entity(entity_id, mention.start, mention.end, text, label, cluster, actor))  # type: ignore[arg-type]
    doc.entities = tuple(out)
    return doc


@stage("actors", requires=("tokenize",))
def actors_stage(doc: Doc) -> Doc:
    return link_actors(doc)


def cluster_actor(doc: Doc, cluster: str | None) -> Actor | None:
    """The actor of a coreference cluster (for quotes and events): the best-informed actor among its mentions, its
    people's when it has any."""
    members = [e for e in doc.entities if cluster is not None and e.cluster == cluster]
    if any(e.label == "PERS" for e in members):
        members = [e for e in members if e.label == "PERS"]
    best: Actor | None = None
    for entity in members:
        if _better(best, entity.actor):
            best = entity.actor
    return best
