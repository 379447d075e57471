"""Speech time: «اليوم», «أمس», «غدا» inside a quotation are said on the day the speaker spoke, when the reporting
clause before the quotation names that day («قال الوزير السبت: «سنعلن اليوم…»» → Saturday, not the publication
day)."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from typing import Final

_QUOTED: Final = re.compile(r"«[^«»\n]{1,3000}»|“[^“”\n]{1,3000}”|\"[^\"\n]{1,3000}\"")
_SENTENCE_END: Final = re.compile(r"[.!?؟\n]")
REACH = 160  # characters between the named day and the opening quote mark, at most


class SpeechDays:
    """Quoted regions of a text and the days named just before them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.quotes = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
        self.starts = [start for start, _ in self.quotes]
        self.days: list[tuple[int, dt.date]] = []  # (end offset, day) of day-level dates outside quotations

    def quote_at(self, offset: int) -> tuple[int, int] | None:
        index = bisect_right(self.starts, offset) - 1
        if index >= 0 and self.quotes[index][0] < offset < self.quotes[index][1]:
            return self.quotes[index]
        return None

    def note(self, start: int, end: int, day: dt.date | None) -> None:
        if day is not None and self.quote_at(start) is None:
            self.days.append((end, day))

    def day_for(self, start: int) -> dt.date | None:
        """The day of the reporting clause when `start` lies inside a quotation that follows it."""
        quote = self.quote_at(start)
        if quote is None:
            return None
        opening = quote[0]
        for end, day in reversed(self.days):
            if end > opening:
                continue
            between = self.text[end:opening]
            if len(between) <= REACH and not _SENTENCE_END.search(between):
                return day
            return None
        return None
