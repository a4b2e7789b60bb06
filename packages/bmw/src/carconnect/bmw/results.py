"""Small result types of the BMW client where a generated model does not fit."""

from __future__ import annotations

from dataclasses import dataclass

from ._generated.cardata.types import File, Response

DEFAULT_IMAGE_TYPE = "application/octet-stream"


@dataclass(frozen=True, repr=False)
class VehicleImage:
    """A rendered picture of a vehicle: the bytes and their media type (``image/png``, ``image/jpeg``)."""

    content: bytes
    content_type: str

    def __repr__(self) -> str:
        return f"VehicleImage(content_type={self.content_type!r}, size={len(self.content)})"

    @property
    def extension(self) -> str:
        """A file extension for the media type (``.png``, ``.jpg``, else ``.bin``)."""
        return {"image/png": ".png", "image/jpeg": ".jpg"}.get(self.content_type, ".bin")

    @classmethod
    def from_response(cls, response: Response[File]) -> VehicleImage:
        """Build from the generated image response (its ``Content-Type`` header names the media type)."""
        media_type = (response.headers.get("content-type") or "").split(";")[0].strip().lower()
        return cls(content=response.content, content_type=media_type or DEFAULT_IMAGE_TYPE)


@dataclass(frozen=True)
class EnsuredContainer:
    """The container :meth:`BmwClient.ensure_container` settled on."""

    container_id: str
    name: str
    descriptors: tuple[str, ...]
    created: bool
    """True when a new container was created (one more call of the daily quota)."""
