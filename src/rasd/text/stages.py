"""Pipeline stages of the text layer: `normalize`, `tokenize`, `sentences`."""

from __future__ import annotations

from rasd.doc import Doc, Token
from rasd.pipeline import stage
from rasd.text.clitics import analyze_clitics
from rasd.text.normalize import NormalizedText, normalize
from rasd.text.sentences import split_sentences
from rasd.text.tokenize import iter_token_spans


def make_tokens(text: str) -> tuple[Token, ...]:
    tokens = []
    for start, end, kind in iter_token_spans(text):
        surface = text[start:end]
        if kind == "word":
            analysis = analyze_clitics(surface)
            tokens.append(
                Token(
                    start, end, surface, kind, normalize(surface), analysis.prefixes, analysis.stem, analysis.suffixes
                )
            )
        else:
            tokens.append(Token(start, end, surface, kind, normalize(surface)))
    return tuple(tokens)


@stage("normalize")
def normalize_stage(doc: Doc) -> Doc:
    doc.normalized = NormalizedText.of(doc.text)
    return doc


@stage("tokenize")
def tokenize_stage(doc: Doc) -> Doc:
    doc.tokens = make_tokens(doc.text)
    return doc


@stage("sentences", requires=("tokenize",))
def sentences_stage(doc: Doc) -> Doc:
    doc.sentences = tuple(split_sentences(doc.text, doc.tokens))
    return doc
