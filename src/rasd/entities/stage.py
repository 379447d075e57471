"""The `entities` stage: tag each sentence's tokens and turn BIO chunks into `Entity` records with original offsets.

Span convention: a name written with proclitics («وروسيا», «لبوتين», «وبالقاهرة») starts after the conjunction and
preposition letters that the clitic analysis found, so the entity text is the name as it would be looked up
(«روسيا», «بوتين», «القاهرة»); «للأمم المتحدة» gives «لأمم المتحدة», since the article's alef is not written. The
article «ال» is part of the name («القاهرة», «الروسي») and stays. Enclitic pronouns are rare on names and are left
in place. Punctuation at either edge of a chunk is dropped.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from rasd.doc import Doc, Entity, Token
from rasd.entities.conll import chunks
from rasd.entities.model import default_tagger
from rasd.pipeline import stage
from rasd.text.clitics import analyze_clitics, load_word_frequencies
from rasd.text.normalize import devocalize


def proclitic_length(token: Token) -> int:
    """How many characters of `token.text` the leading conjunction/preposition letters take (marks included).

    Foreign names often begin with letters that look like clitics («كريس», «بيونغ يانغ», «بوست»), so within a
    name a letter is stripped only when the news corpus knows the rest as a word of its own at least twice as
    often as the whole form («لبوتين» -> «بوتين»), and never when an enclitic was also split off.
    """
    analysis = analyze_clitics(token.text)
    letters = "".join(p for p in analysis.prefixes if p != "ال")
    if not letters or analysis.suffixes:
        return 0
    frequencies = load_word_frequencies()
    rest = ("ال" if "ال" in analysis.prefixes else "") + analysis.surface_stem
    if frequencies.get(rest, 0) < 2 * max(frequencies.get(devocalize(token.text), 0), 1):
        return 0
    consumed = 0
    position = 0
    text = token.text
    while position < len(text) and consumed < len(letters):
        position += 1
        if not _is_mark(text[position - 1]):
            consumed += 1
    while position < len(text) and _is_mark(text[position]):  # a vowel on the clitic belongs to it
        position += 1
    return position if position < len(text) else 0


def _is_mark(char: str) -> bool:
    return bool(unicodedata.combining(char)) or char in "\u0640\u200c\u200d\u200e\u200f"


def entities_of(doc: Doc, tokens: Sequence[Token], tags: Sequence[str], first_id: int) -> list[Entity]:
    out: list[Entity] = []
    for first, last, label in chunks(tags):
        while first < last and tokens[first].kind == "punct":
            first += 1
        while last > first and tokens[last - 1].kind == "punct":
            last -= 1
        if first == last or label not in ("PERS", "ORG", "LOC", "MISC"):
            continue
        start = tokens[first].start + proclitic_length(tokens[first])
        end = tokens[last - 1].end
        out.append(Entity(f"e{first_id + len(out)}", start, end, doc.text[start:end], label))  # type: ignore[arg-type]
    return out


def tag_entities(docs: list[Doc]) -> list[Doc]:
    """Fill `entities` of each document; the tagger computes the sentences of all of them together."""
    sentences = [[tokens for _, tokens in doc.iter_sentence_tokens()] for doc in docs]
    words = [[[t.text for t in tokens] for tokens in document] for document in sentences]
    for doc, document, document_tags in zip(docs, sentences, default_tagger().tag_documents(words), strict=True):
        found: list[Entity] = []
        for tokens, tags in zip(document, document_tags, strict=True):
            found.extend(entities_of(doc, tokens, tags, len(found) + 1))
        doc.entities = tuple(found)
    return docs


@stage("entities", requires=("tokenize", "sentences"), batch=tag_entities)
def entities_stage(doc: Doc) -> Doc:
    return tag_entities([doc])[0]
