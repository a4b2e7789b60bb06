from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_type import TokenType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessToken")


@_attrs_define
class AccessToken:
    access_token: str
    token_type: TokenType | Unset = UNSET
    expires_in: int | Unset = UNSET
    """ Access-token lifetime in seconds (7200). """
    refresh_token: str | Unset = UNSET
    """ A new refresh token (60 days); the previous one stops working soon after. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type: str | Unset = UNSET
        if not isinstance(self.token_type, Unset):
            token_type = self.token_type.value

        expires_in = self.expires_in

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
            }
        )
        if token_type is not UNSET:
            field_dict["token_type"] = token_type
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        access_token = d.pop("access_token")
        if not isinstance(access_token, str):
            raise TypeError("access_token: expected str, got " + type(access_token).__name__)

        _token_type = d.pop("token_type", UNSET)
        token_type: TokenType | Unset
        if isinstance(_token_type, Unset):
            token_type = UNSET
        else:
            token_type = TokenType.from_value(_token_type)

        _expires_in = d.pop("expires_in", UNSET)
        expires_in: int | Unset
        if isinstance(_expires_in, Unset):
            expires_in = UNSET
        else:
            expires_in = int(_expires_in)

        refresh_token = d.pop("refresh_token", UNSET)
        if not isinstance(refresh_token, (str, Unset)):
            raise TypeError("refresh_token: expected str, got " + type(refresh_token).__name__)

        access_token = cls(
            access_token=access_token,
            token_type=token_type,
            expires_in=expires_in,
            refresh_token=refresh_token,
        )

        access_token.additional_properties = d
        return access_token

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
