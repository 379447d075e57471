"""Quotations: who said what, when and where — direct, indirect and mixed speech with speaker attribution.

`find_quotes(doc)` reads a tokenised, sentence-split `Doc`; the `quotes` stage stores the result in `Doc.quotes`.
The cue lexicon and word lists are data (`rasd/data/quotes/`).
"""

from rasd.quotes.stage import find_quotes

__all__ = ["find_quotes"]
