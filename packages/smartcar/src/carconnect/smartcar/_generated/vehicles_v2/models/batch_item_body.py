from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_state import ChargeState
from ..models.error_code import ErrorCode
from ..models.error_type import ErrorType
from ..models.permission import Permission
from ..models.resolution_type import ResolutionType
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="BatchItemBody")


@_attrs_define
class BatchItemBody:
    """The body the path would have returned on its own (`Odometer` for `/odometer`, `Location` for `/location`...), or an
    `Error` when `code` is not 2xx: every member of those bodies, typed; which ones are present depends on the path
    (`BatchResult.reading(path)` gives the path's own model). Members no read documents stay as extra keys.

    """

    active_codes: list[TroubleCode] | Unset = UNSET
    amount_remaining: float | None | Unset = UNSET
    """ Litres (US gallons in imperial). """
    available_capacities: list[AvailableCapacity] | Unset = UNSET
    back_left: float | None | Unset = UNSET
    back_right: float | None | Unset = UNSET
    capacity: float | None | SelectedCapacity | Unset = UNSET
    """ `/battery/capacity`: usable kWh; `/battery/nominal_capacity`: the capacity in use (null when not yet known).
    """
    charging_port: list[Closure] | Unset = UNSET
    code: ErrorCode | None | Unset = UNSET
    """ Null for types without codes; casing is not guaranteed (`Vehicle` has been seen). """
    description: None | str | Unset = UNSET
    detail: list[ValidationDetail] | None | Unset = UNSET
    """ Validation problems, one per field. """
    distance: float | Unset = UNSET
    """ Kilometres (miles in imperial). """
    doc_url: None | str | Unset = UNSET
    doors: list[Closure] | Unset = UNSET
    front_left: float | None | Unset = UNSET
    front_right: float | None | Unset = UNSET
    id: str | Unset = UNSET
    is_locked: bool | Unset = UNSET
    is_plugged_in: bool | Unset = UNSET
    latitude: float | Unset = UNSET
    """ Degrees. """
    life_remaining: float | Unset = UNSET
    """ Remaining oil life, 0 to 1 (1 right after a change). """
    limit: float | Unset = UNSET
    """ Fraction at which charging stops, 0 to 1. """
    longitude: float | Unset = UNSET
    """ Degrees. """
    make: str | Unset = UNSET
    """ Upper-case make, e.g. `TESLA`. """
    model: str | Unset = UNSET
    paging: Paging | Unset = UNSET
    percent_remaining: float | None | Unset = UNSET
    """ Fraction (0 to 1) of a full tank (`/fuel`) or battery (`/battery`). """
    permissions: list[Permission] | Unset = UNSET
    range_: float | None | Unset = UNSET
    """ Kilometres (miles in imperial). """
    request_id: None | str | Unset = UNSET
    resolution: ErrorResolution | None | ResolutionType | Unset = UNSET
    """ An object; older payloads send the bare resolution type as a string. """
    state: ChargeState | Unset = UNSET
    status_code: int | None | Unset = UNSET
    storage: list[Closure] | Unset = UNSET
    suggested_user_message: None | str | Unset = UNSET
    """ Text that can be shown to the end user as is. """
    sunroof: list[Closure] | Unset = UNSET
    systems: list[DiagnosticSystem] | Unset = UNSET
    type_: ErrorType | Unset = UNSET
    """ Error family; each maps to one HTTP status. """
    url: None | str | Unset = UNSET
    """ Connect page where the owner picks the capacity; append your redirect URI. Null when no choice is needed.
    """
    vin: str | Unset = UNSET
    windows: list[Closure] | Unset = UNSET
    year: int | Unset = UNSET
    """ Model year (sometimes sent as a string). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_codes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.active_codes, Unset):
            active_codes = []
            for active_codes_item_data in self.active_codes:
                active_codes_item = active_codes_item_data.to_dict()
                active_codes.append(active_codes_item)

        amount_remaining: float | None | Unset
        if isinstance(self.amount_remaining, Unset):
            amount_remaining = UNSET
        else:
            amount_remaining = self.amount_remaining

        available_capacities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.available_capacities, Unset):
            available_capacities = []
            for available_capacities_item_data in self.available_capacities:
                available_capacities_item = available_capacities_item_data.to_dict()
                available_capacities.append(available_capacities_item)

        back_left: float | None | Unset
        if isinstance(self.back_left, Unset):
            back_left = UNSET
        else:
            back_left = self.back_left

        back_right: float | None | Unset
        if isinstance(self.back_right, Unset):
            back_right = UNSET
        else:
            back_right = self.back_right

        capacity: dict[str, Any] | float | None | Unset
        if isinstance(self.capacity, Unset):
            capacity = UNSET
        elif isinstance(self.capacity, SelectedCapacity):
            capacity = self.capacity.to_dict()
        else:
            capacity = self.capacity

        charging_port: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.charging_port, Unset):
            charging_port = []
            for charging_port_item_data in self.charging_port:
                charging_port_item = charging_port_item_data.to_dict()
                charging_port.append(charging_port_item)

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        elif isinstance(self.code, ErrorCode):
            code = self.code.value
        else:
            code = self.code

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        detail: list[dict[str, Any]] | None | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        elif isinstance(self.detail, list):
            detail = []
            for detail_type_0_item_data in self.detail:
                detail_type_0_item = detail_type_0_item_data.to_dict()
                detail.append(detail_type_0_item)

        else:
            detail = self.detail

        distance = self.distance

        doc_url: None | str | Unset
        if isinstance(self.doc_url, Unset):
            doc_url = UNSET
        else:
            doc_url = self.doc_url

        doors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.doors, Unset):
            doors = []
            for doors_item_data in self.doors:
                doors_item = doors_item_data.to_dict()
                doors.append(doors_item)

        front_left: float | None | Unset
        if isinstance(self.front_left, Unset):
            front_left = UNSET
        else:
            front_left = self.front_left

        front_right: float | None | Unset
        if isinstance(self.front_right, Unset):
            front_right = UNSET
        else:
            front_right = self.front_right

        id = self.id

        is_locked = self.is_locked

        is_plugged_in = self.is_plugged_in

        latitude = self.latitude

        life_remaining = self.life_remaining

        limit = self.limit

        longitude = self.longitude

        make = self.make

        model = self.model

        paging: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paging, Unset):
            paging = self.paging.to_dict()

        percent_remaining: float | None | Unset
        if isinstance(self.percent_remaining, Unset):
            percent_remaining = UNSET
        else:
            percent_remaining = self.percent_remaining

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = []
            for permissions_item_data in self.permissions:
                permissions_item = permissions_item_data.value
                permissions.append(permissions_item)

        range_: float | None | Unset
        if isinstance(self.range_, Unset):
            range_ = UNSET
        else:
            range_ = self.range_

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        resolution: dict[str, Any] | None | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        elif isinstance(self.resolution, ErrorResolution):
            resolution = self.resolution.to_dict()
        elif isinstance(self.resolution, ResolutionType):
            resolution = self.resolution.value
        else:
            resolution = self.resolution

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        status_code: int | None | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

        storage: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = []
            for storage_item_data in self.storage:
                storage_item = storage_item_data.to_dict()
                storage.append(storage_item)

        suggested_user_message: None | str | Unset
        if isinstance(self.suggested_user_message, Unset):
            suggested_user_message = UNSET
        else:
            suggested_user_message = self.suggested_user_message

        sunroof: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sunroof, Unset):
            sunroof = []
            for sunroof_item_data in self.sunroof:
                sunroof_item = sunroof_item_data.to_dict()
                sunroof.append(sunroof_item)

        systems: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.systems, Unset):
            systems = []
            for systems_item_data in self.systems:
                systems_item = systems_item_data.to_dict()
                systems.append(systems_item)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        vin = self.vin

        windows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.windows, Unset):
            windows = []
            for windows_item_data in self.windows:
                windows_item = windows_item_data.to_dict()
                windows.append(windows_item)

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_codes is not UNSET:
            field_dict["activeCodes"] = active_codes
        if amount_remaining is not UNSET:
            field_dict["amountRemaining"] = amount_remaining
        if available_capacities is not UNSET:
            field_dict["availableCapacities"] = available_capacities
        if back_left is not UNSET:
            field_dict["backLeft"] = back_left
        if back_right is not UNSET:
            field_dict["backRight"] = back_right
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if charging_port is not UNSET:
            field_dict["chargingPort"] = charging_port
        if code is not UNSET:
            field_dict["code"] = code
        if description is not UNSET:
            field_dict["description"] = description
        if detail is not UNSET:
            field_dict["detail"] = detail
        if distance is not UNSET:
            field_dict["distance"] = distance
        if doc_url is not UNSET:
            field_dict["docURL"] = doc_url
        if doors is not UNSET:
            field_dict["doors"] = doors
        if front_left is not UNSET:
            field_dict["frontLeft"] = front_left
        if front_right is not UNSET:
            field_dict["frontRight"] = front_right
        if id is not UNSET:
            field_dict["id"] = id
        if is_locked is not UNSET:
            field_dict["isLocked"] = is_locked
        if is_plugged_in is not UNSET:
            field_dict["isPluggedIn"] = is_plugged_in
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if life_remaining is not UNSET:
            field_dict["lifeRemaining"] = life_remaining
        if limit is not UNSET:
            field_dict["limit"] = limit
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if make is not UNSET:
            field_dict["make"] = make
        if model is not UNSET:
            field_dict["model"] = model
        if paging is not UNSET:
            field_dict["paging"] = paging
        if percent_remaining is not UNSET:
            field_dict["percentRemaining"] = percent_remaining
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if range_ is not UNSET:
            field_dict["range"] = range_
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if state is not UNSET:
            field_dict["state"] = state
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if storage is not UNSET:
            field_dict["storage"] = storage
        if suggested_user_message is not UNSET:
            field_dict["suggestedUserMessage"] = suggested_user_message
        if sunroof is not UNSET:
            field_dict["sunroof"] = sunroof
        if systems is not UNSET:
            field_dict["systems"] = systems
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if vin is not UNSET:
            field_dict["vin"] = vin
        if windows is not UNSET:
            field_dict["windows"] = windows
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _active_codes = d.pop("activeCodes", UNSET)
        active_codes: list[TroubleCode] | Unset = UNSET
        if _active_codes is not UNSET:
            active_codes = []
            for active_codes_item_data in _active_codes:
                active_codes_item = TroubleCode.from_dict(active_codes_item_data)

                active_codes.append(active_codes_item)

        amount_remaining = d.pop("amountRemaining", UNSET)
        if not (amount_remaining is None or isinstance(amount_remaining, Unset)):
            try:
                if not (isinstance(amount_remaining, (int, float, str)) and not isinstance(amount_remaining, bool)):
                    raise TypeError()
                amount_remaining_type_0 = float(amount_remaining)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("amountRemaining", amount_remaining, error)) from None
            amount_remaining = amount_remaining_type_0

        _available_capacities = d.pop("availableCapacities", UNSET)
        available_capacities: list[AvailableCapacity] | Unset = UNSET
        if _available_capacities is not UNSET:
            available_capacities = []
            for available_capacities_item_data in _available_capacities:
                available_capacities_item = AvailableCapacity.from_dict(available_capacities_item_data)

                available_capacities.append(available_capacities_item)

        back_left = d.pop("backLeft", UNSET)
        if not (back_left is None or isinstance(back_left, Unset)):
            try:
                if not (isinstance(back_left, (int, float, str)) and not isinstance(back_left, bool)):
                    raise TypeError()
                back_left_type_0 = float(back_left)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("backLeft", back_left, error)) from None
            back_left = back_left_type_0

        back_right = d.pop("backRight", UNSET)
        if not (back_right is None or isinstance(back_right, Unset)):
            try:
                if not (isinstance(back_right, (int, float, str)) and not isinstance(back_right, bool)):
                    raise TypeError()
                back_right_type_0 = float(back_right)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("backRight", back_right, error)) from None
            back_right = back_right_type_0

        def _parse_capacity(data: object) -> float | None | SelectedCapacity | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, str)) and not isinstance(data, bool)):
                    raise TypeError()
                capacity_type_0 = float(data)

                return capacity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                capacity_type_1 = SelectedCapacity.from_dict(data)

                return capacity_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"capacity: unexpected value of type {type(data).__name__}")

        capacity = _parse_capacity(d.pop("capacity", UNSET))

        _charging_port = d.pop("chargingPort", UNSET)
        charging_port: list[Closure] | Unset = UNSET
        if _charging_port is not UNSET:
            charging_port = []
            for charging_port_item_data in _charging_port:
                charging_port_item = Closure.from_dict(charging_port_item_data)

                charging_port.append(charging_port_item)

        code = d.pop("code", UNSET)
        if not (code is None or isinstance(code, Unset)):
            try:
                if not isinstance(code, str):
                    raise TypeError()
                code_type_0 = ErrorCode.from_value(code)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("code", code, error)) from None
            code = code_type_0

        description = d.pop("description", UNSET)
        if not (description is None or isinstance(description, (str, Unset))):
            raise TypeError(f"description: unexpected value of type {type(description).__name__}")

        detail = d.pop("detail", UNSET)
        if not (detail is None or isinstance(detail, Unset)):
            try:
                if not isinstance(detail, list):
                    raise TypeError()
                detail_type_0 = []
                _detail_type_0 = detail
                for detail_type_0_item_data in _detail_type_0:
                    detail_type_0_item = ValidationDetail.from_dict(detail_type_0_item_data)

                    detail_type_0.append(detail_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("detail", detail, error)) from None
            detail = detail_type_0

        _distance = d.pop("distance", UNSET)
        distance: float | Unset
        if isinstance(_distance, Unset):
            distance = UNSET
        else:
            distance = float(_distance)

        doc_url = d.pop("docURL", UNSET)
        if not (doc_url is None or isinstance(doc_url, (str, Unset))):
            raise TypeError(f"docURL: unexpected value of type {type(doc_url).__name__}")

        _doors = d.pop("doors", UNSET)
        doors: list[Closure] | Unset = UNSET
        if _doors is not UNSET:
            doors = []
            for doors_item_data in _doors:
                doors_item = Closure.from_dict(doors_item_data)

                doors.append(doors_item)

        front_left = d.pop("frontLeft", UNSET)
        if not (front_left is None or isinstance(front_left, Unset)):
            try:
                if not (isinstance(front_left, (int, float, str)) and not isinstance(front_left, bool)):
                    raise TypeError()
                front_left_type_0 = float(front_left)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("frontLeft", front_left, error)) from None
            front_left = front_left_type_0

        front_right = d.pop("frontRight", UNSET)
        if not (front_right is None or isinstance(front_right, Unset)):
            try:
                if not (isinstance(front_right, (int, float, str)) and not isinstance(front_right, bool)):
                    raise TypeError()
                front_right_type_0 = float(front_right)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("frontRight", front_right, error)) from None
            front_right = front_right_type_0

        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            raise TypeError("id: expected str, got " + type(id).__name__)

        is_locked = d.pop("isLocked", UNSET)
        if not isinstance(is_locked, (bool, Unset)):
            raise TypeError("isLocked: expected bool, got " + type(is_locked).__name__)

        is_plugged_in = d.pop("isPluggedIn", UNSET)
        if not isinstance(is_plugged_in, (bool, Unset)):
            raise TypeError("isPluggedIn: expected bool, got " + type(is_plugged_in).__name__)

        _latitude = d.pop("latitude", UNSET)
        latitude: float | Unset
        if isinstance(_latitude, Unset):
            latitude = UNSET
        else:
            latitude = float(_latitude)

        _life_remaining = d.pop("lifeRemaining", UNSET)
        life_remaining: float | Unset
        if isinstance(_life_remaining, Unset):
            life_remaining = UNSET
        else:
            life_remaining = float(_life_remaining)

        _limit = d.pop("limit", UNSET)
        limit: float | Unset
        if isinstance(_limit, Unset):
            limit = UNSET
        else:
            limit = float(_limit)

        _longitude = d.pop("longitude", UNSET)
        longitude: float | Unset
        if isinstance(_longitude, Unset):
            longitude = UNSET
        else:
            longitude = float(_longitude)

        make = d.pop("make", UNSET)
        if not isinstance(make, (str, Unset)):
            raise TypeError("make: expected str, got " + type(make).__name__)

        model = d.pop("model", UNSET)
        if not isinstance(model, (str, Unset)):
            raise TypeError("model: expected str, got " + type(model).__name__)

        _paging = d.pop("paging", UNSET)
        paging: Paging | Unset
        if isinstance(_paging, Unset):
            paging = UNSET
        else:
            paging = Paging.from_dict(_paging)

        percent_remaining = d.pop("percentRemaining", UNSET)
        if not (percent_remaining is None or isinstance(percent_remaining, Unset)):
            try:
                if not (isinstance(percent_remaining, (int, float, str)) and not isinstance(percent_remaining, bool)):
                    raise TypeError()
                percent_remaining_type_0 = float(percent_remaining)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("percentRemaining", percent_remaining, error)) from None
            percent_remaining = percent_remaining_type_0

        _permissions = d.pop("permissions", UNSET)
        permissions: list[Permission] | Unset = UNSET
        if _permissions is not UNSET:
            permissions = []
            for permissions_item_data in _permissions:
                permissions_item = Permission.from_value(permissions_item_data)

                permissions.append(permissions_item)

        range_ = d.pop("range", UNSET)
        if not (range_ is None or isinstance(range_, Unset)):
            try:
                if not (isinstance(range_, (int, float, str)) and not isinstance(range_, bool)):
                    raise TypeError()
                range_type_0 = float(range_)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("range", range_, error)) from None
            range_ = range_type_0

        request_id = d.pop("requestId", UNSET)
        if not (request_id is None or isinstance(request_id, (str, Unset))):
            raise TypeError(f"requestId: unexpected value of type {type(request_id).__name__}")

        def _parse_resolution(data: object) -> ErrorResolution | None | ResolutionType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resolution_type_0 = ErrorResolution.from_dict(data)

                return resolution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolution_type_1 = ResolutionType.from_value(data)

                return resolution_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"resolution: unexpected value of type {type(data).__name__}")

        resolution = _parse_resolution(d.pop("resolution", UNSET))

        _state = d.pop("state", UNSET)
        state: ChargeState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = ChargeState.from_value(_state)

        status_code = d.pop("statusCode", UNSET)
        if not (status_code is None or isinstance(status_code, Unset)):
            try:
                if not (isinstance(status_code, (int, float, str)) and not isinstance(status_code, bool)):
                    raise TypeError()
                status_code_type_0 = int(status_code)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("statusCode", status_code, error)) from None
            status_code = status_code_type_0

        _storage = d.pop("storage", UNSET)
        storage: list[Closure] | Unset = UNSET
        if _storage is not UNSET:
            storage = []
            for storage_item_data in _storage:
                storage_item = Closure.from_dict(storage_item_data)

                storage.append(storage_item)

        suggested_user_message = d.pop("suggestedUserMessage", UNSET)
        if not (suggested_user_message is None or isinstance(suggested_user_message, (str, Unset))):
            raise TypeError(f"suggestedUserMessage: unexpected value of type {type(suggested_user_message).__name__}")

        _sunroof = d.pop("sunroof", UNSET)
        sunroof: list[Closure] | Unset = UNSET
        if _sunroof is not UNSET:
            sunroof = []
            for sunroof_item_data in _sunroof:
                sunroof_item = Closure.from_dict(sunroof_item_data)

                sunroof.append(sunroof_item)

        _systems = d.pop("systems", UNSET)
        systems: list[DiagnosticSystem] | Unset = UNSET
        if _systems is not UNSET:
            systems = []
            for systems_item_data in _systems:
                systems_item = DiagnosticSystem.from_dict(systems_item_data)

                systems.append(systems_item)

        _type_ = d.pop("type", UNSET)
        type_: ErrorType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ErrorType.from_value(_type_)

        url = d.pop("url", UNSET)
        if not (url is None or isinstance(url, (str, Unset))):
            raise TypeError(f"url: unexpected value of type {type(url).__name__}")

        vin = d.pop("vin", UNSET)
        if not isinstance(vin, (str, Unset)):
            raise TypeError("vin: expected str, got " + type(vin).__name__)

        _windows = d.pop("windows", UNSET)
        windows: list[Closure] | Unset = UNSET
        if _windows is not UNSET:
            windows = []
            for windows_item_data in _windows:
                windows_item = Closure.from_dict(windows_item_data)

                windows.append(windows_item)

        _year = d.pop("year", UNSET)
        year: int | Unset
        if isinstance(_year, Unset):
            year = UNSET
        else:
            year = int(_year)

        batch_item_body = cls(
            active_codes=active_codes,
            amount_remaining=amount_remaining,
            available_capacities=available_capacities,
            back_left=back_left,
            back_right=back_right,
            capacity=capacity,
            charging_port=charging_port,
            code=code,
            description=description,
            detail=detail,
            distance=distance,
            doc_url=doc_url,
            doors=doors,
            front_left=front_left,
            front_right=front_right,
            id=id,
            is_locked=is_locked,
            is_plugged_in=is_plugged_in,
            latitude=latitude,
            life_remaining=life_remaining,
            limit=limit,
            longitude=longitude,
            make=make,
            model=model,
            paging=paging,
            percent_remaining=percent_remaining,
            permissions=permissions,
            range_=range_,
            request_id=request_id,
            resolution=resolution,
            state=state,
            status_code=status_code,
            storage=storage,
            suggested_user_message=suggested_user_message,
            sunroof=sunroof,
            systems=systems,
            type_=type_,
            url=url,
            vin=vin,
            windows=windows,
            year=year,
        )

        batch_item_body.additional_properties = d
        return batch_item_body

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


# The models and enums this one refers to, imported once its class exists: models may refer to each other.
from ..models.available_capacity import AvailableCapacity
from ..models.closure import Closure
from ..models.diagnostic_system import DiagnosticSystem
from ..models.error_resolution import ErrorResolution
from ..models.paging import Paging
from ..models.selected_capacity import SelectedCapacity
from ..models.trouble_code import TroubleCode
from ..models.validation_detail import ValidationDetail
