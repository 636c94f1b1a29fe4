"""What a date rule is: a named pattern on folded text and a function that resolves a match."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from typing import ClassVar

from keryx.dates.context import MatchContext
from keryx.dates.model import DateMention
from keryx.dates.patterns import PatternKit

__all__ = ["DateRule"]


class DateRule(ABC):
    """One date format. Subclasses set the class attributes and write two methods.

    ``priority``: among candidates of the same length the lower number wins.
    ``weekday_prefix``: a weekday written just before the match ("Τρίτη 12 Μαρτίου") joins
    its span and is checked against the date (``ctx.wd1``).
    ``resolve`` returns None to reject a match ("31/02/2019" is more likely not a date);
    offsets of the returned mention are filled in by the finder.
    """

    name: ClassVar[str]
    priority: ClassVar[int] = 1
    weekday_prefix: ClassVar[bool] = False

    def __init__(self, kit: PatternKit) -> None:
        self.kit = kit
        self.regex: re.Pattern[str] = re.compile(self.pattern(kit))

    @abstractmethod
    def pattern(self, kit: PatternKit) -> str:
        """The regex, on folded text (lower case, no accents, final sigma as "σ")."""

    @abstractmethod
    def resolve(self, m: re.Match[str], ctx: MatchContext) -> DateMention | None:
        """The mention a match stands for, or None when it is not a date after all."""
