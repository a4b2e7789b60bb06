"""Human output (rich tables) or ``--json`` for scripts."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

console = Console(emoji=False)
errors = Console(stderr=True, emoji=False)
"""Neither turns ``:name:`` into an emoji: vendor text and scopes (``conve:lock: ...``) are printed as they are."""


def say(text: str, end: str = "\n") -> None:
    """A progress line on stderr, printed as is (no markup), so that stdout stays parseable."""
    errors.print(text, end=end, markup=False, highlight=False, soft_wrap=True)


def error(message: str) -> None:
    """``error: message`` as one line on stderr, whatever the width; markup in ``message`` is printed as is."""
    errors.print(f"[red]error:[/red] {escape(' '.join(message.split()))}", highlight=False, soft_wrap=True)


def emit(data: Any, *, as_json: bool, title: str | None = None) -> None:
    """Print a mapping or a list of mappings."""
    if as_json:
        print(json.dumps(data, indent=2, default=str))
        return
    if isinstance(data, Mapping):
        table = Table(title=title, show_header=False)
        table.add_column("field", style="bold")
        table.add_column("value")
        for key, value in _flatten(data):
            table.add_row(key, _text(value))
        console.print(table)
        return
    rows = list(data)
    if not rows:
        console.print(f"[dim]no {title or 'items'}[/dim]")
        return
    table = Table(title=title)
    columns = _columns(rows)
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*(_text(row.get(column)) for column in columns))
    console.print(table)


def compact_table(rows: Sequence[Mapping[str, Any]], *, title: str, no_wrap: Collection[str] = ()) -> None:
    """Rows as a table without side borders, its columns one space apart; to fit the width, the
    ``no_wrap`` columns keep their text on one line and the others wrap."""
    if not rows:
        console.print(f"[dim]no {title}[/dim]")
        return
    table = Table(title=title, box=box.SIMPLE_HEAD, show_edge=False, padding=0)
    columns = _columns(rows)
    for column in columns:
        table.add_column(column, no_wrap=column in no_wrap, overflow="fold")
    for row in rows:
        table.add_row(*(_text(row.get(column)) for column in columns))
    console.print(table)


def _columns(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)


def _flatten(data: Mapping[str, Any], prefix: str = "") -> Iterable[tuple[str, Any]]:
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping) and value:
            yield from _flatten(value, f"{name}.")
        else:
            yield name, value


def _text(value: Any) -> str:
    return "" if value is None else str(value)
