"""Create-or-reuse of a container for a set of telematic descriptors.

An account holds at most 10 containers and every call counts against the daily quota, so the helper
finds its container by name in one listing call: the name ends with a digest of the sorted
descriptor set, so a container is only reused for exactly the same descriptors.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import TYPE_CHECKING

from carconnect.core import ConflictError

from ._base import CONTAINER_PREFIX
from .results import EnsuredContainer

if TYPE_CHECKING:
    from ._generated.cardata.models import Container, ContainerDetails, ContainerList, CreateContainerRequest

MAX_CONTAINERS = 10
"""BMW's limit of containers per account (``CU-124`` beyond it)."""
CONTAINER_LIMIT_ERROR_ID = "CU-124"


def descriptor_list(descriptors: Iterable[str]) -> list[str]:
    """``descriptors`` as a list; ``ValueError`` for one string (it would be sent as its letters)."""
    if isinstance(descriptors, str):
        raise ValueError("descriptors must be a list of technical descriptor ids, not one string")
    return list(descriptors)


def container_request(descriptors: Iterable[str], name: str, purpose: str) -> CreateContainerRequest:
    """The body of a container creation; ``ValueError`` without any descriptor (checked before sending)."""
    from ._generated.cardata import models as cardata_models  # loaded on first use, as every generated model

    chosen = descriptor_list(descriptors)
    if not any(descriptor.strip() for descriptor in chosen):
        raise ValueError("a container needs at least one technical descriptor")
    return cardata_models.CreateContainerRequest(name=name, purpose=purpose, technical_descriptors=chosen)


def descriptor_set(descriptors: Iterable[str]) -> tuple[str, ...]:
    """Descriptors without duplicates or blanks, sorted (the identity of a container's content);
    ``ValueError`` for one string or none."""
    unique = sorted({descriptor.strip() for descriptor in descriptor_list(descriptors) if descriptor.strip()})
    if not unique:
        raise ValueError("a container needs at least one technical descriptor")
    return tuple(unique)


def container_name(prefix: str, descriptors: tuple[str, ...]) -> str:
    """``<prefix>-<12 hex digits of the descriptor set's SHA-256>``."""
    digest = hashlib.sha256("\n".join(descriptors).encode()).hexdigest()[:12]
    return f"{prefix}-{digest}"


def name_for(descriptors: Iterable[str], prefix: str = CONTAINER_PREFIX) -> str:
    """The name :meth:`BmwClient.ensure_container` finds or gives the container of exactly ``descriptors``."""
    return container_name(prefix, descriptor_set(descriptors))


def _is_active(container: Container) -> bool:
    """ACTIVE, or no state given; DELETED / INACTIVE containers stay listed until purged."""
    from ._generated.cardata import models as cardata_models

    return (
        not isinstance(container.state, cardata_models.ContainerState)
        or container.state is cardata_models.ContainerState.ACTIVE
    )


class ContainerPlan:
    """What :meth:`BmwClient.ensure_container` looks for, and what it creates when nothing matches."""

    def __init__(self, descriptors: Iterable[str], prefix: str, purpose: str) -> None:
        self.descriptors = descriptor_set(descriptors)
        self.name = container_name(prefix, self.descriptors)
        self.purpose = purpose

    def reuse(self, listing: ContainerList) -> EnsuredContainer | None:
        """The matching ACTIVE container, ``None`` to create one, or ``ConflictError`` when full."""
        containers = listing.containers if isinstance(listing.containers, list) else []
        active = [container for container in containers if _is_active(container)]
        for container in active:
            if container.name == self.name:
                return EnsuredContainer(container.container_id, self.name, self.descriptors, created=False)
        if len(active) >= MAX_CONTAINERS:
            raise ConflictError(
                f"the account already has {len(active)} active containers (BMW allows {MAX_CONTAINERS}); "
                "delete one before creating another",
                code=CONTAINER_LIMIT_ERROR_ID,
                details={"local": True},
            )
        return None

    def created(self, details: ContainerDetails) -> EnsuredContainer:
        return EnsuredContainer(details.container_id, self.name, self.descriptors, created=True)
