"""Pipeline stages of the text layer: `normalize`, `tokenize`, `sentences`."""

from __future__ import annotations

from rasd.caches import remember, word_cache
from rasd.doc import Doc, Token, TokenKind
from rasd.pipeline import stage
from rasd.text.clitics import analyze_clitics
from rasd.text.normalize import NormalizedText, normalize
from rasd.text.sentences import split_sentences
from rasd.text.tokenize import token_kind, token_matches
from rasd.text.words import WordFacts

# Per distinct surface: (surface, kind, norm, prefixes, stem, suffixes, facts); a surface always gets the same kind.
# The surface kept is the first string seen, so every token of a written word carries that one string object: the
# stages' per-word caches, keyed by it, then find their key by identity (no character comparison, no read of a
# second copy's characters); and every token of it carries the one record of what the stages made of it.
_Analysis = tuple[str, TokenKind, str, tuple[str, ...], str, tuple[str, ...], WordFacts]
_ANALYSES: dict[str, _Analysis] = {}
_ANALYSES_LIMIT = 300_000  # word records with them: the worst case (every word new) stays near 1.4 GB
word_cache(_ANALYSES.clear)
_LIGHT_ANALYSES: dict[str, _Analysis] = {}  # the same without clitic analyses (`make_tokens(clitics=False)`)
word_cache(_LIGHT_ANALYSES.clear)

# Per distinct white-space-delimited chunk («وقال:», «(2021)»): its tokens as (start in the chunk, end in the chunk,
# (surface, kind, norm, prefixes, stem, suffixes, facts)). No token pattern matches white space and none looks past a
# chunk's edge for anything but digits, so a chunk tokenises alone exactly as it does in its text.
_Piece = tuple[int, int, _Analysis]
_CHUNKS: dict[str, tuple[_Piece, ...]] = {}
_CHUNKS_LIMIT = 400_000
word_cache(_CHUNKS.clear)
_LIGHT_CHUNKS: dict[str, tuple[_Piece, ...]] = {}
word_cache(_LIGHT_CHUNKS.clear)
_new_tuple = tuple.__new__


def _analysis(surface: str, kind: TokenKind, clitics: bool) -> _Analysis:
    if kind == "word" and clitics:
        found = analyze_clitics(surface)
        return (surface, kind, normalize(surface), found.prefixes, found.stem, found.suffixes, WordFacts())
    return (surface, kind, normalize(surface), (), "", (), WordFacts())


def _chunk_pieces(chunk: str, clitics: bool) -> tuple[_Piece, ...]:
    analyses = _ANALYSES if clitics else _LIGHT_ANALYSES
    known = analyses.get
    pieces: list[_Piece] = []
    for found in token_matches(chunk):
        surface = found.group()
        analysis = known(surface)
        if analysis is None:
            kind = token_kind(found)
            if kind is None:
                continue
            if len(analyses) >= _ANALYSES_LIMIT:
                # the chunks hold analyses too: emptied together, no word record outlives its analysis
                (_CHUNKS if clitics else _LIGHT_CHUNKS).clear()
            analysis = remember(analyses, surface, _analysis(surface, kind, clitics), _ANALYSES_LIMIT)
        pieces.append((*found.span(), analysis))
    return remember(_CHUNKS if clitics else _LIGHT_CHUNKS, chunk, tuple(pieces), _CHUNKS_LIMIT)


def make_tokens(text: str, *, clitics: bool = True) -> tuple[Token, ...]:
    """Tokens of `text` with normal forms and clitic analyses (memoised per distinct chunk and surface: the hot
    path). The text is cut at white space in C (`str.split`) and the token pattern runs only on chunks not seen
    before; a chunk's offset is found by searching forward from the end of the previous one.

    `clitics=False` leaves `prefixes`, `stem` and `suffixes` empty: for a caller that analyses only the few words
    it reads (the time stage run alone), where the analysis of every new word is most of the cost of tokenising.
    """
    known = (_CHUNKS if clitics else _LIGHT_CHUNKS).get
    find = text.find
    tokens: list[Token] = []
    append = tokens.append
    end = 0
    for chunk in text.split():
        start = find(chunk, end)
        end = start + len(chunk)
        pieces = known(chunk)
        if pieces is None:
            pieces = _chunk_pieces(chunk, clitics)
        for piece_start, piece_end, rest in pieces:
            # unpacked by name rather than `*rest`: the compiled build then builds the tuple at once
            surface, kind, norm, prefixes, stem, suffixes, facts = rest
            append(
                _new_tuple(
                    Token,
                    (start + piece_start, start + piece_end, surface, kind, norm, prefixes, stem, suffixes, facts),
                )
            )
    return tuple(tokens)


@stage("normalize")
def normalize_stage(doc: Doc) -> Doc:
    # kept when made for this very text already (`rasd ingest` normalises each article to hash it first)
    if doc.normalized is None or doc.normalized.original is not doc.text:
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
