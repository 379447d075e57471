"""Organisation names that are also common nouns («الجزيرة»: the Qatari channel, and any island).

The tagger reads «الجزيرة» as an organisation or a place wherever it occurs, and the actors stage then links
every such entity to the channel, islands included. After tagging, a one-word entity on a listed name
(data/entities/org_homographs.txt) stays ORG only where the context shows the organisation: a noun such as «قناة»
or «شبكة» right before it (in the construct state), quotation marks around it, or a word after it that only the
organisation takes («الجزيرة نت»). Elsewhere it is the common noun and is left untagged («ضرب الإعصار
الجزيرة»). Longer entities («شبه الجزيرة الكورية», «جزيرة كريت») are left as the tagger read them. A listed name
with that evidence that the tagger missed becomes ORG.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rasd.actors.kb import knowledge_base, name_key
from rasd.actors.roles import roles
from rasd.entities.conll import chunks
from rasd.entities.forms import WordForm, word_form, word_forms
from rasd.resources import data_path

_QUOTES = frozenset("\"«»“”'‘’")


@dataclass(frozen=True, slots=True)
class Homographs:
    before: frozenset[str]  # nouns that introduce an organisation's name
    after: dict[str, frozenset[str]]  # stem of a listed name -> words after it that only the organisation takes


@cache
def homographs() -> Homographs:
    before: set[str] = set()
    after: dict[str, frozenset[str]] = {}
    with data_path("entities", "org_homographs.txt").open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            kind, *fields = line.rstrip("\n").split("\t")
            if kind == "before":
                before.add(fields[0])
            elif kind == "name":
                after[fields[0]] = frozenset(fields[1].split()) if len(fields) > 1 else frozenset()
    return Homographs(frozenset(before), after)


def _is_quote(word: str) -> bool:
    return bool(word) and all(char in _QUOTES for char in word)


def _organisation_context(words: Sequence[str], forms: Sequence[WordForm], i: int) -> bool:
    """Whether the context of the listed name at `i` shows the organisation."""
    data = homographs()
    previous = i - 1
    quoted = previous >= 0 and _is_quote(words[previous])
    if quoted:
        previous -= 1
    if previous >= 0:
        form = forms[previous]
        if form.stem in data.before and "ال" not in form.prefixes.split("+") and not form.suffix:
            return True
    after = i + 1
    if quoted and after < len(words) and _is_quote(words[after]):
        return True
    if after < len(words) and _is_quote(words[after]):
        after += 1
    return after < len(words) and forms[after].norm in data.after[forms[i].stem]


def mark_homographs(words: Sequence[str], tags: Sequence[str], forms: Sequence[WordForm] | None = None) -> list[str]:
    """`tags` with each listed name tagged ORG where its context shows the organisation, untagged elsewhere
    (when the tagger read it as one word on its own). `forms`: the words' `word_forms`, when the caller has them."""
    out = list(tags)
    names = homographs().after
    if forms is None:
        forms = word_forms(words)
    candidates = [i for i, form in enumerate(forms) if form.stem in names]
    if not candidates:
        return out
    for i in candidates:
        alone = (out[i] == "O" or out[i].startswith("B-")) and (i + 1 == len(out) or not out[i + 1].startswith("I-"))
        if not alone:
            continue
        if _organisation_context(words, forms, i):
            out[i] = "B-ORG"
        else:
            out[i] = "O"
    return out


def mark_quoted_orgs(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """`tags` with each entity that stands alone between quotation marks and is the name of an organisation of the
    actor knowledge base relabelled ORG: «قال لـ" الشرق الأوسط "» is the newspaper, not the region (the actors
    stage reads quoted names the same way)."""
    out = list(tags)
    if not any(_is_quote(word) for word in words):
        return out
    kb = knowledge_base()
    for first, last, label in chunks(out):
        if label == "ORG" or first == 0 or last >= len(words):
            continue
        if not (_is_quote(words[first - 1]) and _is_quote(words[last])):
            continue
        if any(entry.kind == "org" for entry in kb.lookup_key(name_key(" ".join(words[first:last])))):
            out[first:last] = ["B-ORG", *["I-ORG"] * (last - first - 1)]
    return out


def drop_bare_heads(words: Sequence[str], tags: Sequence[str], forms: Sequence[WordForm] | None = None) -> list[str]:
    """`tags` without the one-word entities that are a bare institution noun («حزب», «الحزب», «المنظمة»,
    «الجماعة»; the actors stage's `name_heads`): the noun that introduces a name, or stands for one named earlier, is
    no name itself (ANERcorp leaves it untagged). The first word of a hashtag («#حزب_المؤتمر») is left alone: the
    actors stage joins the parts. `forms`: the words' `word_forms`, when the caller has them."""
    out = list(tags)
    heads = roles().name_heads
    for first, last, _label in chunks(out):
        if last - first != 1:
            continue
        hashtag = (first > 0 and words[first - 1].endswith("#")) or (last < len(words) and words[last].startswith("_"))
        form = word_form(words[first]) if forms is None else forms[first]
        if not hashtag and form.shape == "ar" and name_key(form.stem) in heads:
            out[first] = "O"
    return out
