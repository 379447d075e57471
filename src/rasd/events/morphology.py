"""Written word forms of lexicon verbs and nouns, in the matching-normal form.

News text is unvocalised, so a verb is recognised by its letters: the perfect and imperfect stems of the
lexicon entry with the person/number affixes of `data/events/morphology.json`. The verb class (sound, hollow,
final-weak) is read from the written perfect, which keeps hamza and alef maqsura before normalisation.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from rasd.resources import load_json
from rasd.text.normalize import devocalize, normalize

Tense = Literal["past", "present", "noun"]


@dataclass(frozen=True, slots=True)
class FormFeatures:
    """What the letters of a form say about the verb: tense, person, number and mood."""

    tense: Tense
    person: int = 3
    number: str = "sg"
    maybe_first: bool = False
    mood: str = "indicative"

    @property
    def first_person(self) -> bool:
        return self.person == 1


NOUN = FormFeatures("noun")


@cache
def _tables() -> dict[str, Any]:
    data: dict[str, Any] = load_json("events", "morphology.json")
    return data


def verb_class(past: str) -> str:
    """Sound, hollow (middle long vowel: «قال», «أقام», «استقال») or final-weak («دعا», «التقى»)."""
    if past.endswith("ا") and len(past) >= 3:
        return "defective_w"
    if past.endswith("ى"):
        return "defective_y"
    if len(past) >= 3 and past[-2] == "ا" and (len(past) == 3 or past[0] in "اأإ"):
        return "hollow"
    return "sound"


def verb_forms(past: str, present: str) -> dict[str, FormFeatures]:
    """Every written form of a verb given its perfect and imperfect 3rd person masculine singular."""
    tables = _tables()
    forms: dict[str, FormFeatures] = {}

    def add(form: str, features: FormFeatures) -> None:
        key = normalize(form)
        if len(key) >= 2 and key not in forms:
            forms[key] = features

    past = devocalize(past).strip()
    present = devocalize(present).strip()
    if past and past != "-":
        kind = verb_class(past)
        if kind == "hollow":
            short = past[:-2] + past[-1]
            for suffix, person, number, *flags in tables["past"]["hollow_long"]:
                add(past + suffix, FormFeatures("past", person, number, "maybe_first" in flags))
            for suffix, person, number, *flags in tables["past"]["hollow_short"]:
                add(short + suffix, FormFeatures("past", person, number, "maybe_first" in flags))
        else:
            stem = past[:-1] if kind.startswith("defective") else past
            for suffix, person, number, *flags in tables["past"][kind]:
                if kind == "sound" and len(stem) == 2 and suffix == "ا":
                    # a doubled verb's dual («ردّا») is written like its verbal noun in the accusative («ردًّا على»,
                    # «حثًّا»), which news uses far more often
                    continue
                add(stem + suffix, FormFeatures("past", person, number, "maybe_first" in flags))
            if past.endswith("أ"):
                add(past[:-1] + "ؤوا", FormFeatures("past", 3, "pl"))
    if present and present != "-":
        stem = present[1:] if present[0] in "يت" else present
        if stem.endswith("و"):
            kind, base = "defective_w", stem[:-1]
        elif stem.endswith("ي") and verb_class(past) == "defective_y":
            kind, base = "defective_y", stem[:-1]
        elif stem.endswith("ى"):
            kind, base = "defective_a", stem[:-1]
        else:
            kind, base = "sound", stem
        for prefix, person in tables["present_prefixes"]:
            for suffix, number, mood in tables["present"][kind]:
                plural = "pl" if prefix == "ن" else number  # «نفعل»: we
                add(prefix + base + suffix, FormFeatures("present", person, plural, False, mood))
            if verb_class(past) == "hollow" and len(stem) >= 3 and stem[-2] in "ويا":
                add(prefix + stem[:-2] + stem[-1], FormFeatures("present", person, "sg", False, "jussive"))
    return forms


def derive_present(past: str) -> str:
    """The 3rd person masculine imperfect of a perfect verb, letters only (vowels are not written).

    Forms IV, VII, VIII and X drop their initial alef («أرسل» → «يرسل», «انسحب» → «ينسحب», «استقبل» → «يستقبل»);
    final-weak verbs turn their last letter («دعا» → «يدعو», «رمى» → «يرمي»); others keep their letters («ساعد» →
    «يساعد», «وقّع» → «يوقع»). Hollow Form I verbs («قال» → «يقول») need their present given explicitly.
    """
    if past == "-":
        return ""
    stem = past
    if len(stem) >= 4 and stem[0] in "اأإ":
        stem = stem[1:]
    if stem.endswith("ا") and len(stem) >= 3:
        stem = stem[:-1] + "و"
    elif stem.endswith("ى"):
        stem = stem[:-1] + "ي"
    return "ي" + stem


def noun_forms(noun: str) -> set[str]:
    """A verbal noun with its dual, sound feminine plural and accusative spellings («هجوما», «محادثتان»)."""
    tables = _tables()
    written = devocalize(noun).strip()
    out = {normalize(written)}
    if written.endswith("ة"):
        base = written[:-1]
        out |= {normalize(base + ending) for ending in tables["noun"]["feminine"]}
    elif not written.endswith(("ات", "ى", "اء")):
        out |= {normalize(written + ending) for ending in tables["noun"]["other"]}
    return {form for form in out if len(form) >= 2}
