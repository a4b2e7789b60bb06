"""Contains endpoint functions for accessing the API (each module loaded on first use)"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import get_subscription, list_all_subscriptions, list_subscriptions, subscribe_vehicles, unsubscribe_vehicle
else:
    import importlib

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        return importlib.import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted(__all__)


__all__ = (
    "get_subscription",
    "list_all_subscriptions",
    "list_subscriptions",
    "subscribe_vehicles",
    "unsubscribe_vehicle",
)
