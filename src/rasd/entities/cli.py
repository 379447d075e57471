"""`rasd tag`: named-entity tags in CoNLL form, for evaluation by anyone.

rasd tag --conll FILE|-     one token per line (first column; other columns ignored), blank line between
                            sentences -> `token<TAB>tag` per line, same sentence breaks
rasd tag FILE|-             plain text: rasd tokenizes and splits sentences, then writes the same CoNLL form
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence

import click

from rasd.cli import _open_input
from rasd.entities.conll import ConllError, read_conll
from rasd.entities.model import Tagger, crf_tagger, default_tagger
from rasd.io import InputError, decode_text

DOCSTART = "-DOCSTART-"


@click.command()
@click.argument("file", default="-", metavar="[FILE|-]")
@click.option("--conll", is_flag=True, help="Input is CoNLL: token in the first column, blank line between sentences.")
@click.option(
    "--document-size",
    type=click.IntRange(min=1),
    default=20,
    show_default=True,
    help="CoNLL input: consecutive sentences treated as one document for label consistency (-DOCSTART- also ends one).",
)
@click.option("--encoding", help="Input encoding when not UTF-8 (e.g. cp1256); a byte-order mark always wins.")
@click.option(
    "--tagger",
    "tagger_name",
    type=click.Choice(["neural", "crf"]),
    default="neural",
    show_default=True,
    help="The BiLSTM-CRF (the pipeline's tagger) or the feature CRF it replaced (faster, less accurate).",
)
def tag(file: str, conll: bool, document_size: int, encoding: str | None, tagger_name: str) -> None:
    """Tag named entities (ANERcorp tags: B-/I- PERS LOC ORG MISC, O) and print `token<TAB>tag` lines."""
    text = decode_text(_open_input(file).read(), encoding)
    if conll:
        try:
            sentences = [s.tokens for s in read_conll(text.splitlines(), source=file if file != "-" else "stdin")]
        except ConllError as error:
            raise InputError(str(error)) from None
    else:
        from rasd.pipeline import Pipeline

        doc = Pipeline(["tokenize", "sentences"])(text)
        sentences = [tuple(t.text for t in tokens) for _, tokens in doc.iter_sentence_tokens()]
        document_size = max(len(sentences), 1)
    out = sys.stdout
    tagger = crf_tagger() if tagger_name == "crf" else default_tagger()
    tagged = _tag_documents(tagger, sentences, document_size)
    for index, (words, tags) in enumerate(zip(sentences, tagged, strict=True)):
        if index:
            out.write("\n")
        out.writelines(f"{word}\t{label}\n" for word, label in zip(words, tags, strict=True))
    out.flush()


def _tag_documents(tagger: Tagger, sentences: Sequence[Sequence[str]], document_size: int) -> Iterator[list[str]]:
    block: list[Sequence[str]] = []
    for words in (*sentences, None):
        if words is None or (words and words[0] == DOCSTART) or len(block) == document_size:
            yield from tagger.tag_document(block)
            block = []
        if words is not None and words and words[0] == DOCSTART:
            yield ["O"] * len(words)
        elif words is not None:
            block.append(words)
