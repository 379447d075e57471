"""The `quotes` pipeline stage: fills `Doc.quotes` with direct, indirect and mixed quotations."""

from __future__ import annotations

from rasd.doc import Cue, Doc, Offsets, Quote
from rasd.pipeline import stage
from rasd.quotes.context import SettingReader
from rasd.quotes.finder import Finder
from rasd.quotes.speakers import SpeakerResolver
from rasd.quotes.view import View


def find_quotes(doc: Doc) -> tuple[Quote, ...]:
    """All quotations of a tokenised, sentence-split document, ordered by where their content starts."""
    if not doc.tokens:
        return ()
    view = View(doc)
    candidates = Finder(view).find()
    speakers = SpeakerResolver(view).resolve(candidates)
    settings = SettingReader(view).read(candidates, speakers)
    quotes = []
    for candidate, speaker, setting in zip(candidates, speakers, settings, strict=True):
        cue = None
        if candidate.lemma and candidate.cue_last > candidate.cue_first:
            first, last = view.tokens[candidate.cue_first], view.tokens[candidate.cue_last - 1]
            cue = Cue(first.start, last.end, doc.text[first.start : last.end], candidate.lemma)
        quotes.append(
            Quote(
                id="",
                kind=candidate.kind,
                content=Offsets(candidate.start, candidate.end),
                cue=cue,
                speaker=speaker.speaker if speaker is not None else None,
                channel=setting.channel,
                date=setting.date,
            )
        )
    quotes.sort(key=lambda q: (q.content.start, q.content.end))
    return tuple(
        Quote(f"q{n}", q.kind, q.content, q.cue, q.speaker, q.channel, q.date) for n, q in enumerate(quotes, start=1)
    )


@stage("quotes", requires=("tokenize", "sentences"))
def quotes_stage(doc: Doc) -> Doc:
    doc.quotes = find_quotes(doc)
    return doc
