"""Pipeline stages of the text layer: `normalize`, `tokenize`, `sentences`."""

from __future__ import annotations

from rasd.caches import word_cache
from rasd.doc import Doc, Token, TokenKind
from rasd.pipeline import stage
from rasd.text.clitics import analyze_clitics
from rasd.text.normalize import NormalizedText, normalize
from rasd.text.sentences import split_sentences
from rasd.text.tokenize import token_kind, token_matches

# Per distinct surface: (kind, norm, prefixes, stem, suffixes); a surface always gets the same kind.
_Analysis = tuple[TokenKind, str, tuple[str, ...], str, tuple[str, ...]]
_ANALYSES: dict[str, _Analysis] = {}
_ANALYSES_LIMIT = 400_000
word_cache(_ANALYSES.clear)
_new_tuple = tuple.__new__


def _analysis(surface: str, kind: TokenKind) -> _Analysis:
    if kind == "word":
        clitics = analyze_clitics(surface)
        found: _Analysis = (kind, normalize(surface), clitics.prefixes, clitics.stem, clitics.suffixes)
    else:
        found = (kind, normalize(surface), (), "", ())
    if len(_ANALYSES) >= _ANALYSES_LIMIT:
        _ANALYSES.clear()
    _ANALYSES[surface] = found
    return found


def make_tokens(text: str) -> tuple[Token, ...]:
    """Tokens of `text` with normal forms and clitic analyses (memoised per distinct surface: the hot path)."""
    known = _ANALYSES.get
    tokens: list[Token] = []
    append = tokens.append
    for found in token_matches(text):
        surface = found.group()
        analysis = known(surface)
        if analysis is None:
            kind = token_kind(found)
            if kind is None:
                continue
            analysis = _analysis(surface, kind)
        append(_new_tuple(Token, (*found.span(), surface, *analysis)))
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
