"""Medians, spreads and ratios of repeated rounds."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Summary:
    """Median of the rounds and their interquartile range (``low``..``high``)."""

    median: float
    low: float
    high: float
    rounds: int

    @classmethod
    def of(cls, values: Sequence[float]) -> Summary:
        if not values:
            raise ValueError("no rounds to summarise")
        if len(values) < 4:
            return cls(statistics.median(values), min(values), max(values), len(values))
        q1, q2, q3 = statistics.quantiles(values, n=4, method="inclusive")
        return cls(q2, q1, q3, len(values))

    def scaled(self, factor: float) -> Summary:
        return Summary(self.median * factor, self.low * factor, self.high * factor, self.rounds)

    def as_dict(self) -> dict[str, float]:
        return {"median": self.median, "q1": self.low, "q3": self.high, "rounds": self.rounds}


def ratios(subject: Sequence[float], reference: Sequence[float]) -> Summary:
    """Per-round ratios ``subject / reference`` (rounds paired in order), summarised."""
    return Summary.of([s / r for s, r in zip(subject, reference, strict=True) if r > 0])
