"""Contains endpoint functions for accessing the API (each module loaded on first use)"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        flash,
        get_command_accessibility,
        honk,
        honk_flash,
        list_commands,
        lock,
        lock_reduced_guard,
        start_climatization,
        start_engine,
        stop_climatization,
        stop_engine,
        unlock,
    )
else:
    import importlib

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        return importlib.import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted(__all__)


__all__ = (
    "flash",
    "get_command_accessibility",
    "honk",
    "honk_flash",
    "list_commands",
    "lock",
    "lock_reduced_guard",
    "start_climatization",
    "start_engine",
    "stop_climatization",
    "stop_engine",
    "unlock",
)
