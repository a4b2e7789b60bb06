"""Contains all the data models used in inputs/outputs (each loaded on first use)"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .error_code import ErrorCode
    from .error_document import ErrorDocument
    from .error_links import ErrorLinks
    from .error_meta import ErrorMeta
    from .error_object import ErrorObject
    from .error_resolution import ErrorResolution
    from .error_type import ErrorType
    from .page_links import PageLinks
    from .page_meta import PageMeta
    from .resolution_type import ResolutionType
    from .subscribe_request import SubscribeRequest
    from .subscription import Subscription
    from .subscription_attributes import SubscriptionAttributes
    from .subscription_list import SubscriptionList
    from .vehicle_reference import VehicleReference
    from .webhook import Webhook
    from .webhook_attributes import WebhookAttributes
    from .webhook_document import WebhookDocument
else:
    import importlib

    _MODULES = {
        "ErrorCode": ".error_code",
        "ErrorDocument": ".error_document",
        "ErrorLinks": ".error_links",
        "ErrorMeta": ".error_meta",
        "ErrorObject": ".error_object",
        "ErrorResolution": ".error_resolution",
        "ErrorType": ".error_type",
        "PageLinks": ".page_links",
        "PageMeta": ".page_meta",
        "ResolutionType": ".resolution_type",
        "SubscribeRequest": ".subscribe_request",
        "Subscription": ".subscription",
        "SubscriptionAttributes": ".subscription_attributes",
        "SubscriptionList": ".subscription_list",
        "VehicleReference": ".vehicle_reference",
        "Webhook": ".webhook",
        "WebhookAttributes": ".webhook_attributes",
        "WebhookDocument": ".webhook_document",
    }

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(__all__)


__all__ = (
    "ErrorCode",
    "ErrorDocument",
    "ErrorLinks",
    "ErrorMeta",
    "ErrorObject",
    "ErrorResolution",
    "ErrorType",
    "PageLinks",
    "PageMeta",
    "ResolutionType",
    "SubscribeRequest",
    "Subscription",
    "SubscriptionAttributes",
    "SubscriptionList",
    "VehicleReference",
    "Webhook",
    "WebhookAttributes",
    "WebhookDocument",
)
