"""Contains some shared types for properties"""

import re
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, TypeVar

from carconnect.core.jsonbody import json_body as json_body  # decoded once per response, orjson when installed
from carconnect.core.paths import path_segment as path_segment  # escaped; an empty one is refused unsent
from carconnect.core.unset import UNSET as UNSET  # one public "absent" value for every brand
from carconnect.core.unset import Unset as Unset

_PATH = re.compile(r"^[A-Za-z0-9_.\[\]$@-]+: ")


def field_error(name: str, value: object, error: Exception) -> str:
    """The message of a field that failed to parse: ``name.inner.path: reason``."""
    message = str(error)
    if _PATH.match(message):
        return f"{name}.{message}"
    return f"{name}: {message or f'unexpected value of type {type(value).__name__}'}"


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


class File:
    """Contains information for file uploads"""

    __slots__ = ("file_name", "mime_type", "payload")

    def __init__(self, payload: BinaryIO, file_name: str | None = None, mime_type: str | None = None) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, File):
            return NotImplemented
        return self.to_tuple() == other.to_tuple()

    def __repr__(self) -> str:
        return f"File(payload={self.payload!r}, file_name={self.file_name!r}, mime_type={self.mime_type!r})"


T = TypeVar("T")


class Response(Generic[T]):
    """A response from an endpoint"""

    __slots__ = ("content", "headers", "parsed", "status_code")

    def __init__(
        self, status_code: HTTPStatus, content: bytes, headers: MutableMapping[str, str], parsed: T | None
    ) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = headers
        self.parsed = parsed

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Response):
            return NotImplemented
        return (self.status_code, self.content, self.headers, self.parsed) == (
            other.status_code,
            other.content,
            other.headers,
            other.parsed,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, like the attrs class it replaces

    def __repr__(self) -> str:
        return (
            f"Response(status_code={self.status_code!r}, content=<{len(self.content)} bytes>, parsed={self.parsed!r})"
        )


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "json_body"]
