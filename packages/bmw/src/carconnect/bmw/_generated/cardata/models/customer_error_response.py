from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerErrorResponse")


@_attrs_define
class CustomerErrorResponse:
    """Error body of every CarData endpoint. Classify by `exveErrorId` first and by HTTP status second: the same status
    carries unrelated errors, and id and message do not always agree.

    """

    exve_error_id: None | str | Unset = UNSET
    """ Error code; may be empty. Known ids: CU-100 no token, CU-101 authentication error, CU-102 token expired,
    CU-103 token scope is not CarData, CU-104 no permission for the VIN, CU-105 no permission for the container,
    CU-120 invalid VIN format, CU-121 invalid container id format, CU-122 container already deleted, CU-124
    container limit reached, CU-125 pagination token expired, CU-126 no image for the VIN, CU-127 no location-based
    charging settings for the VIN, CU-400 bad request, CU-401 invalid parameter, CU-402 invalid telematic
    descriptor, CU-429 daily quota exhausted (HTTP 403), CU-500 internal error, CU-503 partner system unavailable.
    """
    exve_error_ref: None | str | Unset = UNSET
    """ Reference of this occurrence, for BMW support. """
    exve_error_msg: None | str | Unset = UNSET
    """ Short message, e.g. `API rate limit reached` or `invalid_token`. """
    exve_note: None | str | Unset = UNSET
    """ Longer explanation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exve_error_id: None | str | Unset
        if isinstance(self.exve_error_id, Unset):
            exve_error_id = UNSET
        else:
            exve_error_id = self.exve_error_id

        exve_error_ref: None | str | Unset
        if isinstance(self.exve_error_ref, Unset):
            exve_error_ref = UNSET
        else:
            exve_error_ref = self.exve_error_ref

        exve_error_msg: None | str | Unset
        if isinstance(self.exve_error_msg, Unset):
            exve_error_msg = UNSET
        else:
            exve_error_msg = self.exve_error_msg

        exve_note: None | str | Unset
        if isinstance(self.exve_note, Unset):
            exve_note = UNSET
        else:
            exve_note = self.exve_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exve_error_id is not UNSET:
            field_dict["exveErrorId"] = exve_error_id
        if exve_error_ref is not UNSET:
            field_dict["exveErrorRef"] = exve_error_ref
        if exve_error_msg is not UNSET:
            field_dict["exveErrorMsg"] = exve_error_msg
        if exve_note is not UNSET:
            field_dict["exveNote"] = exve_note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        exve_error_id = d.pop("exveErrorId", UNSET)
        if not (exve_error_id is None or isinstance(exve_error_id, (str, Unset))):
            raise TypeError(f"exveErrorId: unexpected value of type {type(exve_error_id).__name__}")

        exve_error_ref = d.pop("exveErrorRef", UNSET)
        if not (exve_error_ref is None or isinstance(exve_error_ref, (str, Unset))):
            raise TypeError(f"exveErrorRef: unexpected value of type {type(exve_error_ref).__name__}")

        exve_error_msg = d.pop("exveErrorMsg", UNSET)
        if not (exve_error_msg is None or isinstance(exve_error_msg, (str, Unset))):
            raise TypeError(f"exveErrorMsg: unexpected value of type {type(exve_error_msg).__name__}")

        exve_note = d.pop("exveNote", UNSET)
        if not (exve_note is None or isinstance(exve_note, (str, Unset))):
            raise TypeError(f"exveNote: unexpected value of type {type(exve_note).__name__}")

        customer_error_response = cls(
            exve_error_id=exve_error_id,
            exve_error_ref=exve_error_ref,
            exve_error_msg=exve_error_msg,
            exve_note=exve_note,
        )

        customer_error_response.additional_properties = d
        return customer_error_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
