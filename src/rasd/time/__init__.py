"""Time expressions (TIMEX3): grammar over the token stream, resolution against the publication date."""

from rasd.time.stage import find_timexes, tag_time

__all__ = ["find_timexes", "tag_time"]
