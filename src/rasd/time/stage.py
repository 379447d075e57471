"""The `time` stage: TIMEX3 dates, times, durations and sets with offsets into the original text.

    doc = tag_time(doc)                 # fills doc.timexes (and doc.published_detected when needed)
    find_timexes("… أمس …", published="2021-07-22")

Relative expressions are resolved against an explicit anchor, else the document's publication date, else the
publication date the text states itself (a dateline or «نشر في …» footer, exposed as `published_detected`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from rasd.doc import Doc, Sentence, Timex
from rasd.pipeline import parse_date, stage
from rasd.text.sentences import split_sentences
from rasd.text.stages import make_tokens
from rasd.time.dateline import detect_published
from rasd.time.grammar import Grammar, Mention
from rasd.time.lexicon import lexicon
from rasd.time.meaning import Meaning
from rasd.time.resolve import Resolver
from rasd.time.scan import Item, scan
from rasd.time.speech import SpeechDays
from rasd.time.tense import is_future


def _sentence_of(sentences: Sequence[Sentence], count: int) -> list[int] | None:
    if not sentences:
        return None
    out = [0] * count
    for index, sentence in enumerate(sentences):
        for token in range(sentence.token_start, min(sentence.token_end, count)):
            out[token] = index
    return out


def _relative(meaning: Meaning) -> bool:
    if meaning.kind not in ("date", "time"):
        return False
    if meaning.anaphoric is not None:
        return False
    return meaning.year is None and meaning.century is None and meaning.decade is None


def tag_time(doc: Doc, anchor: dt.date | str | None = None) -> Doc:
    """Fill `doc.timexes`; `anchor` overrides the publication date for relative expressions. A document not yet
    tokenised is tokenised and split into sentences here, for this stage only (`doc.tokens` stays empty)."""
    if isinstance(anchor, str):
        anchor = parse_date(anchor)
    if doc.tokens:
        tokens, sentences = doc.tokens, doc.sentences
    else:  # run alone: light tokens (the scan analyses the clitics of the few words it reads) and their sentences
        tokens = make_tokens(doc.text, clitics=False)
        sentences = tuple(split_sentences(doc.text, tokens))
    lex = lexicon()
    items = scan(tokens, lex, _sentence_of(sentences, len(tokens)))
    mentions = Grammar(items, lex).parse()
    if doc.published is None and anchor is None:
        doc.published_detected = detect_published(items, mentions, lex)
    anchor = anchor or doc.anchor_date
    resolver = Resolver(anchor)
    speech = SpeechDays(doc.text)
    timexes: list[Timex] = []
    for mention in mentions:
        timexes.append(_timex(doc, items, mention, resolver, anchor, speech, len(timexes) + 1))
    doc.timexes = tuple(timexes)
    return doc


def _timex(
    doc: Doc,
    items: Sequence[Item],
    mention: Mention,
    resolver: Resolver,
    anchor: dt.date | None,
    speech: SpeechDays,
    n: int,
) -> Timex:
    lex = lexicon()
    future = is_future(items, mention.first, mention.last, lex)
    sentence = items[mention.first].sentence
    start = mention.start if mention.start >= 0 else items[mention.first].start
    end = mention.end if mention.end >= 0 else items[mention.last].end
    meaning = mention.meaning
    said_on = speech.day_for(start) if meaning.deixis is not None and meaning.weekday is None else None
    if said_on is not None:  # «قال السبت: «… اليوم …»»: today is the day of speaking
        published, anchor, resolver.anchor = resolver.anchor, said_on, said_on
        resolved = resolver.resolve(meaning, future=future, sentence=sentence)
        resolver.anchor = published
    else:
        resolved = resolver.resolve(meaning, future=future, sentence=sentence)
    speech.note(start, end, resolved.day if resolved.granularity == "D" or resolved.type == "TIME" else None)
    used_anchor = anchor.isoformat() if anchor is not None and _relative(meaning) else None
    return Timex(
        id=f"t{n}",
        start=start,
        end=end,
        text=doc.text[start:end],
        type=resolved.type,  # type: ignore[arg-type]
        value=resolved.value,
        mod=resolved.mod,
        anchor=used_anchor,
    )


def find_timexes(text: str, *, published: dt.date | str | None = None) -> tuple[Timex, ...]:
    """The time expressions of one text (tokenised here), resolved against `published` when given."""
    if isinstance(published, str):
        published = parse_date(published)
    return tag_time(Doc(text=text, published=published)).timexes


# No stage is required: run alone (`rasd analyze --stages time`), it tokenises for itself, lightly.
@stage("time")
def time_stage(doc: Doc) -> Doc:
    return tag_time(doc)
