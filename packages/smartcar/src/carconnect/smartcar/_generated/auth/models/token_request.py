from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grant_type import GrantType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenRequest")


@_attrs_define
class TokenRequest:
    """`authorization_code` needs `code` and `redirect_uri` (the same URI as in the Connect URL); `refresh_token` needs
    `refresh_token`.

    """

    grant_type: GrantType
    code: str | Unset = UNSET
    """ The authorization code from the Connect redirect (valid 10 minutes). """
    redirect_uri: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        code = self.code

        redirect_uri = self.redirect_uri

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if redirect_uri is not UNSET:
            field_dict["redirect_uri"] = redirect_uri
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        grant_type = GrantType.from_value(d.pop("grant_type"))

        code = d.pop("code", UNSET)
        if not isinstance(code, (str, Unset)):
            raise TypeError("code: expected str, got " + type(code).__name__)

        redirect_uri = d.pop("redirect_uri", UNSET)
        if not isinstance(redirect_uri, (str, Unset)):
            raise TypeError("redirect_uri: expected str, got " + type(redirect_uri).__name__)

        refresh_token = d.pop("refresh_token", UNSET)
        if not isinstance(refresh_token, (str, Unset)):
            raise TypeError("refresh_token: expected str, got " + type(refresh_token).__name__)

        token_request = cls(
            grant_type=grant_type,
            code=code,
            redirect_uri=redirect_uri,
            refresh_token=refresh_token,
        )

        token_request.additional_properties = d
        return token_request

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
