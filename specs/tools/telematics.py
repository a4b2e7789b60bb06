"""Generate ``carconnect.bmw._generated.telematics`` from ``specs/bmw/telematics.tsv``.

Usage: ``python specs/tools/telematics.py SPEC.tsv OUTPUT.py`` (``nox -s generate`` runs it). Each
descriptor becomes a ``Descriptor`` constant (``vehicle.isMoving`` -> ``IS_MOVING``) whose ``kind``
selects the decoder; ``DESCRIPTORS`` maps every descriptor id to its constant. Standard library only.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

HEADER = '''"""BMW's Telematics Data Catalogue as typed descriptor constants and the decoding table.

Generated from specs/bmw/telematics.tsv by specs/tools/telematics.py; never edit by hand (run `nox -s generate`).
"""

from collections.abc import Mapping
from types import MappingProxyType

from ..descriptors import Descriptor, Kind

'''

INTEGER_TYPES = {"int8", "int16", "int32", "uint8", "uint16", "uint32"}
NUMBER_TYPES = {"float", "double"}
ENUM_MEMBER = re.compile(r"^[A-Za-z0-9_\-]+$")
BOOLEAN_WORDS = {"true", "false"}
ASN_BOOLEAN = {"ASN_isTrue", "ASN_isFalse", "ASN_isUnknown"}
BOOLEAN_EXTRAS = {"invalid", "unknown"}


def kind_and_values(data_type: str, value_range: str) -> tuple[str, tuple[str, ...]]:
    """The decoding kind of one catalogue row, and its enum members."""
    members = tuple(part.strip() for part in value_range.split(","))
    is_list = len(members) > 1 and all(ENUM_MEMBER.match(member) for member in members)
    if "yyyy" in value_range:
        return "TIMESTAMP", ()
    words = {word.strip(",") for word in value_range.lower().split()}
    if (words >= BOOLEAN_WORDS and words <= BOOLEAN_WORDS | BOOLEAN_EXTRAS) or set(members) == ASN_BOOLEAN:
        return "BOOLEAN", ()
    if data_type == "boolean":  # BMW also lists words (OPEN, CLOSED...) for some booleans
        return "BOOLEAN", members if is_list else ()
    if data_type in INTEGER_TYPES:
        return "INTEGER", ()
    if data_type in NUMBER_TYPES:
        return "NUMBER", ()
    if is_list and data_type in {"string", ""}:
        return "ENUM", members
    if data_type == "string":
        return "TEXT", ()
    return "RAW", ()


def constant_name(descriptor: str) -> str:
    """``vehicle.drivetrain.electricEngine.charging.level`` -> ``DRIVETRAIN_ELECTRIC_ENGINE_CHARGING_LEVEL``."""
    tail = descriptor.removeprefix("vehicle.")
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", tail).replace(".", "_").replace("-", "_")
    return words.upper()


def optional(value: str) -> str:
    return repr(value) if value else "None"


def render(rows: list[dict[str, str]]) -> str:
    lines = [HEADER]
    names: list[tuple[str, str]] = []
    for row in rows:
        descriptor = row["technical_descriptor"]
        name = constant_name(descriptor)
        if any(name == seen for seen, _ in names):
            raise SystemExit(f"two descriptors map to the constant {name}")
        names.append((name, descriptor))
        kind, values = kind_and_values(row["data_type"], row["value_range"])
        lines.append(f"{name} = Descriptor(")
        lines.append(f"    id={descriptor!r},")
        lines.append(f"    kind=Kind.{kind},")
        lines.append(f"    data_type={optional(row['data_type'])},")
        lines.append(f"    unit={optional('' if row['unit'] == 'null' else row['unit'])},")
        lines.append(f"    value_range={optional(row['value_range'])},")
        lines.append(f"    streamable={row['streamable'] == 'yes'},")
        lines.append(f"    label={row['label']!r},")
        lines.append(f"    category={row['category']!r},")
        if values:
            lines.append(f"    values={values!r},")
        lines.append(")")
    lines.append("")
    lines.append("DESCRIPTORS: Mapping[str, Descriptor] = MappingProxyType(")
    lines.append("    {")
    lines.extend(f"        {name}.id: {name}," for name, _ in names)
    lines.append("    }")
    lines.append(")")
    lines.append('"""Every catalogue descriptor by its technical id: the decoding table."""')
    return "\n".join(lines) + "\n"


def read_catalogue(path: Path) -> list[dict[str, str]]:
    text = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return [{key: (value or "").strip() for key, value in row.items()} for row in csv.DictReader(text, delimiter="\t")]


def main(argv: list[str]) -> None:
    spec, output = Path(argv[1]), Path(argv[2])
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render(read_catalogue(spec)), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
