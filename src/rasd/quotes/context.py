"""Where and when a statement was made: its channel («في مقابلة مع وكالة نوفوستي») and its date.

The channel is read in the cue's clause outside the content: a channel noun after a preposition («في بيان», «خلال
محادثته الهاتفية مع …», «في تغريدة على تويتر») with its complements, or an addressee («لوكالة "نوفوستي"»,
«للصحافيين», «لبي بي سي»). A bare definite channel («في اللقاء», «في المقابلة») points back to the speaker's last
channel. A sentence that only tells where earlier statements were made («أدلى … بهذا التصريح في مقابلة مع … نُشرت
في 22 يوليو») gives channel and date to the statements before it. A statement continuing the previous one («وأضاف»)
inherits both. The date is the time expression of the cue's clause (from the `time` stage), else the inherited
one, else the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rasd.doc import Timex
from rasd.quotes.finder import Candidate
from rasd.quotes.marks import QUOTE_CHARS
from rasd.quotes.phrase import PhraseReader
from rasd.quotes.speakers import Resolved
from rasd.quotes.view import COMMAS, View

_ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?")
_CHANNEL_LINKS = ("مع", "على", "عبر", "في", "الي")
_ANAPHORIC_HEADS = ("مقابله", "لقاء", "حوار", "بيان", "تصريح", "تصريحات", "مؤتمر", "حديث", "كلمه", "خطاب")


@dataclass(slots=True)
class Setting:
    channel: str | None = None
    date: str | None = None
    anaphoric: bool = False
    own_date: bool = False


class SettingReader:
    def __init__(self, view: View) -> None:
        self.v = view
        self.reader = PhraseReader(view)

    def read(self, candidates: Sequence[Candidate], speakers: Sequence[Resolved | None]) -> list[Setting]:
        settings = [self._own(c) for c in candidates]
        self._statement_references(candidates, settings)
        order = sorted(range(len(candidates)), key=lambda n: candidates[n].cue_first)
        last_by_speaker: dict[str, int] = {}
        for n in order:
            c, setting, speaker = candidates[n], settings[n], speakers[n]
            key = _speaker_key(speaker)
            previous = last_by_speaker.get(key) if key else None
            if previous is not None:
                before = settings[previous]
                inherits = c.continuation or c.mode in ("carry", "sentence") or setting.anaphoric
                if setting.anaphoric and before.channel:
                    setting.channel = before.channel
                    setting.anaphoric = False
                    if not setting.own_date and before.date:
                        setting.date, setting.own_date = before.date, before.own_date
                elif inherits and setting.channel is None and not setting.own_date:
                    setting.channel = before.channel
                if inherits and not setting.own_date and before.date:
                    setting.date, setting.own_date = before.date, before.own_date
            if key and c.enclosing is None:
                last_by_speaker[key] = n
        anchor = self.v.doc.anchor_date
        for setting in settings:
            if setting.date is None and anchor is not None:
                setting.date = anchor.isoformat()
        return settings

    # --- one statement --------------------------------------------------------------------------------------------

    def _own(self, c: Candidate) -> Setting:
        v = self.v
        ranges = [self._region(c), c.tail]
        setting = Setting()
        for first, last in ranges:
            if setting.channel is None:
                found = self._channel(first, last)
                if found is not None:
                    setting.channel, setting.anaphoric = found
            if setting.date is None:
                timex = self._timex(first, last)
                if timex is not None:
                    setting.date, setting.own_date = _iso(timex), True
        del v
        return setting

    def _region(self, c: Candidate) -> tuple[int, int]:
        """The cue's clause before the content (from the sentence start when the content follows the cue)."""
        v = self.v
        first, last = c.region
        if c.attribution or c.content_first < c.cue_first:
            return first, last
        sentence_first, _ = v.sentence_range(c.cue_first)
        start = first
        while (
            start > sentence_first and not v.is_terminal(start - 1) and not v.lex.is_complementizer(v.tokens[start - 1])
        ):
            if v.char(start - 1) in QUOTE_CHARS and start - 1 in v.mark_by_closer:
                break
            start -= 1
        return start, last

    def _channel(self, first: int, last: int) -> tuple[str, bool] | None:
        v = self.v
        for k in range(first, min(last, len(v))):
            if not v.is_word(k):
                continue
            token = v.tokens[k]
            noun = None
            if token.norm in v.lex.words["channel_preps"] and k + 1 < last and v.has("channel_nouns", k + 1):
                noun = k + 1
            elif token.prefixes[:1] in (("ب",), ("ل",)) and v.has("channel_nouns", k) and v.is_word(k):
                noun = k
            if noun is not None:
                end = self._extend(noun + 1, last)
                anaphoric = end == noun + 1 and v.is_definite(noun) and v.bare(noun) in _ANAPHORIC_HEADS
                return self._text(k, end), anaphoric
            if token.prefixes[:1] == ("ل",) and self._addressee(k):
                end = self._extend(k, last, addressee=True)
                return self._text(k, end), False
        return None

    def _addressee(self, k: int) -> bool:
        v = self.v
        token = v.tokens[k]
        if v.has("addressee_heads", k) or v.has("media_heads", k):
            return True
        rest = token.norm[1:].lstrip("ـ")
        if rest and rest.isascii():
            return True  # «لـCNN»
        words = [rest] + [v.norm(t) for t in range(k + 1, min(k + 3, len(v)))]
        joined = " ".join(words)
        return any(joined.startswith(" ".join(name)) for name in v.lex.media_names)

    def _extend(self, k: int, last: int, *, addressee: bool = False) -> int:
        """The channel noun's complements: «مع وكالة "نوفوستي"», «الهاتفية مع الرئيس الطاجيكي», «على تويتر»."""
        v = self.v
        end = k
        if addressee:
            phrase = self.reader.read(k, last, apposition=False, prefixed=True)
            end = phrase.last if phrase is not None else k + 1
        while end < last:
            char = v.char(end)
            if char in QUOTE_CHARS and end in v.mark_by_opener:
                mark = v.mark_by_opener[end]
                if mark.close_token is not None and mark.last_token - mark.first_token <= 4 and mark.close_token < last:
                    end = mark.close_token + 1
                    continue
                break
            if char or not v.is_word(end) or v.is_time(end) or v.lex.is_complementizer(v.tokens[end]):
                break
            if v.cue(end) is not None and v.cue(end).form.category != "masdar":  # type: ignore[union-attr]
                break
            token = v.tokens[end]
            if token.norm in _CHANNEL_LINKS or token.prefixes[:1] == ("ل",):
                start = end + 1 if token.norm in _CHANNEL_LINKS else end
                phrase = self.reader.read(start, last, apposition=False, prefixed=True)
                if phrase is None:
                    break
                end = phrase.last
                continue
            if (v.is_definite(end) and (v.is_nisba(end) or v.has("channel_nouns", end))) or v.word_is(
                end, "الصحفي", "الصحافي"
            ):
                end += 1
                continue
            if v.is_definite(end) and end > k and v.is_nisba(end - 1):
                end += 1
                continue
            break
        return max(end, k)

    def _text(self, first: int, last: int) -> str:
        v = self.v
        while last > first and (
            v.char(last - 1) in COMMAS or (v.char(last - 1) in QUOTE_CHARS and last - 1 not in v.mark_by_closer)
        ):
            last -= 1
        text = v.span_text(first, last)
        for quote in QUOTE_CHARS:
            text = text.replace(quote, "")
        return " ".join(text.split())

    def _timex(self, first: int, last: int) -> Timex | None:
        v = self.v
        seen: set[str] = set()
        for k in range(first, min(last, len(v))):
            timex = v.timex_at[k]
            if timex is None or timex.id in seen:
                continue
            seen.add(timex.id)
            if timex.type in ("DATE", "TIME") and _ISO_DATE.match(timex.value or ""):
                return timex
        return None

    # --- «أدلى … بهذا التصريح في مقابلة …» ----------------------------------------------------------------------------

    def _statement_references(self, candidates: Sequence[Candidate], settings: list[Setting]) -> None:
        v = self.v
        covered = [False] * len(v)
        for c in candidates:
            for k in range(max(c.cue_first, 0), min(c.content_last, len(v))):
                covered[k] = True
        for index, (first, last) in enumerate(v.sentence_bounds):
            if not _refers_back(v, covered, first, last):
                continue
            channel = self._channel(first, last)
            timex = self._timex(first, last)
            earlier = [n for n, c in enumerate(candidates) if c.cue_first < first and c.enclosing is None]
            earlier = [n for n in earlier if v.sentence_of[candidates[n].cue_first] >= index - 2]
            for n in earlier:
                if channel is not None and settings[n].channel is None:
                    settings[n].channel = channel[0]
                if timex is not None and not settings[n].own_date:
                    settings[n].date, settings[n].own_date = _iso(timex), True


def _refers_back(v: View, covered: list[bool], first: int, last: int) -> bool:
    """A sentence without a statement of its own that refers back to one: «أدلى … بهذا التصريح»."""
    last = min(last, len(covered))  # no word past the tokens
    if any(covered[k] for k in range(first, last)):
        return False
    if not any(v.is_word(k) and v.has("statement_reference_verbs", k) for k in range(first, last)):
        return False
    return any(v.is_word(k) and _refers_to_statement(v, k) for k in range(first, last))


def _refers_to_statement(v: View, k: int) -> bool:
    if v.has("statement_reference_objects", k):
        return True
    token = v.tokens[k]
    return token.norm.endswith(("بهذا", "بذلك", "بهذه", "بتصريحه", "بتصريحاته"))


def _iso(timex: Timex) -> str:
    match = _ISO_DATE.match(timex.value)
    return match.group(0) if match else timex.value


def _speaker_key(speaker: Resolved | None) -> str:
    if speaker is None:
        return ""
    return speaker.speaker.entity or speaker.speaker.name or speaker.speaker.text or ""
