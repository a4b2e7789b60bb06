"""CI or long variant of the reliability suite, chosen by ``CARCONNECT_LONG=1``.

Each variant is a :class:`Budget`: ``CI`` keeps every test short enough for each CI run;
``LONG_BUDGET`` runs the soaks and durability runs longer, kills the saving process more often and
draws more fuzz examples (fresh ones each run instead of the same ones). ``BUDGET`` is the chosen
one, ``NAME`` its name in the figures.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

LONG = os.environ.get("CARCONNECT_LONG", "") not in ("", "0")
NAME = "long" if LONG else "ci"


@dataclass(frozen=True)
class Budget:
    """How much work each part of the suite does in this variant.

    ``soak_*``: the concurrency soak's length, async tasks and threads; ``durability_*``: the
    length of the multi-process file-store run and its processes; ``kill_rounds``: how often a
    process saving tokens is ``kill -9``-ed; ``*_examples``: Hypothesis examples per client method
    (bodies from the specs' schemas, mutated bodies, bodies from hypothesis-jsonschema).
    """

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
