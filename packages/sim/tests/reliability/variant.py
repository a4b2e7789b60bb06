"""CI or long variant of the reliability suite, chosen by ``CARCONNECT_LONG=1``.

The CI variant keeps the whole suite well under a minute on a small machine; the long variant runs
the figures the promise is stated in (a 60 s soak, 100 kill rounds, many fuzz examples).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

LONG = os.environ.get("CARCONNECT_LONG", "") not in ("", "0")
NAME = "long" if LONG else "ci"


@dataclass(frozen=True)
class Budget:
    """How much work each part of the suite does in this variant."""

    soak_seconds: float
    soak_tasks: int
    soak_threads: int
    durability_seconds: float
    durability_processes: int
    kill_rounds: int
    fuzz_examples: int
    mutation_examples: int
    jsonschema_examples: int


CI = Budget(
    soak_seconds=3.0,
    soak_tasks=50,
    soak_threads=10,
    durability_seconds=3.0,
    durability_processes=4,
    kill_rounds=100,
    fuzz_examples=4,
    mutation_examples=4,
    jsonschema_examples=1,
)
LONG_BUDGET = Budget(
    soak_seconds=60.0,
    soak_tasks=50,
    soak_threads=10,
    durability_seconds=60.0,
    durability_processes=4,
    kill_rounds=1000,
    fuzz_examples=100,
    mutation_examples=100,
    jsonschema_examples=20,
)
BUDGET = LONG_BUDGET if LONG else CI
