"""Prepare a spec for code generation: keep only the 2xx responses of every operation.

carconnect-core maps every non-2xx response to a typed error before generated code sees it, so the
documented error responses (kept in the spec for readers and for the simulator's contract tests)
would only widen the generated return types. Usage: prepare.py SPEC OUT.json
"""

import json
import sys
from pathlib import Path

from ruamel.yaml import YAML

HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


def _is_success(code: object) -> bool:
    return str(code).upper().startswith("2")


def prepare(document: dict) -> dict:
    for path_item in document.get("paths", {}).values():
        for method, operation in path_item.items():
            if method in HTTP_METHODS and "responses" in operation:
                responses = operation["responses"]
                operation["responses"] = {code: body for code, body in responses.items() if _is_success(code)}
    return document


def main() -> None:
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    document = YAML(typ="safe").load(source.read_text(encoding="utf-8"))
    target.write_text(json.dumps(prepare(document), indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
