"""Prepare a spec for code generation: keep only the 2xx responses of every operation, and drop the
header parameters the brand client sends on every request itself.

carconnect-core maps every non-2xx response to a typed error before generated code sees it, so the
documented error responses (kept in the spec for readers and for the simulator's contract tests)
would only widen the generated return types. A header parameter marked
``x-carconnect-client-header: true`` (BMW's ``x-version``) is set by the client's ``CarConnectAuth``
on every request; as an operation argument it would only be sent twice. Usage: prepare.py SPEC OUT.json
"""

import json
import sys
from pathlib import Path

from ruamel.yaml import YAML

HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


def _is_success(code: object) -> bool:
    return str(code).upper().startswith("2")


CLIENT_HEADER = "x-carconnect-client-header"


def _sent_by_client(parameter: dict, components: dict) -> bool:
    if "$ref" in parameter:
        parameter = components.get(parameter["$ref"].rsplit("/", 1)[-1], {})
    return bool(parameter.get(CLIENT_HEADER))


def _without_client_headers(holder: dict, components: dict) -> None:
    if "parameters" in holder:
        holder["parameters"] = [p for p in holder["parameters"] if not _sent_by_client(p, components)]


def prepare(document: dict) -> dict:
    components = document.get("components", {}).get("parameters", {})
    for path_item in document.get("paths", {}).values():
        _without_client_headers(path_item, components)
        for method, operation in path_item.items():
            if method not in HTTP_METHODS:
                continue
            _without_client_headers(operation, components)
            if "responses" in operation:
                responses = operation["responses"]
                operation["responses"] = {code: body for code, body in responses.items() if _is_success(code)}
    return document


def main() -> None:
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    document = YAML(typ="safe").load(source.read_text(encoding="utf-8"))
    target.write_text(json.dumps(prepare(document), indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
