"""Identifiers placed in a request path (a VIN, a vehicle or container id), checked before sending."""

from __future__ import annotations

from urllib.parse import quote

from .errors import BadRequestError


def path_segment(name: str, value: object) -> str:
    """``value`` as one escaped path segment.

    A value that would address another resource raises :class:`BadRequestError` before anything is
    sent: ``None`` (which would go out as ``None``), an empty or blank one (``/vehicles//odometer``,
    another route's 404 or 405 at the vendor) and ``.`` or ``..`` (which URL normalisation turns
    into the parent path).
    """
    if value is None:
        raise _refused(name, "is missing (None)", "missing_path_parameter")
    text = str(value)
    if not text.strip():
        raise _refused(name, "must not be empty", "empty_path_parameter")
    if text in (".", ".."):
        raise _refused(name, f"must not be {text!r}", "invalid_path_parameter")
    return quote(text, safe="")


def _refused(name: str, problem: str, code: str) -> BadRequestError:
    return BadRequestError(f"{name} {problem}", code=code, details={"local": True, "parameter": name})


__all__ = ["path_segment"]
