from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="Tyre")


@_attrs_define
class Tyre:
    """Diagnosis of one tyre. Each part carries a localised `label` and a display `value` text beside its coded fields."""

    label: None | str | Unset = UNSET
    dimension: None | TyreDimension | Unset = UNSET
    mounting_date: None | TyreMountingDate | Unset = UNSET
    optimized_for_oem: None | TyreOemOptimisation | Unset = UNSET
    part_number: None | TyrePartNumber | Unset = UNSET
    quality_status: None | TyreQualityStatus | Unset = UNSET
    run_flat: None | TyreRunFlat | Unset = UNSET
    season: None | TyreSeason | Unset = UNSET
    tread: None | TyreTread | Unset = UNSET
    tyre_defect: None | TyreDefect | Unset = UNSET
    tyre_production_date: None | TyreProductionDate | Unset = UNSET
    tyre_wear: None | TyreWear | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        dimension: dict[str, Any] | None | Unset
        if isinstance(self.dimension, Unset):
            dimension = UNSET
        elif isinstance(self.dimension, TyreDimension):
            dimension = self.dimension.to_dict()
        else:
            dimension = self.dimension

        mounting_date: dict[str, Any] | None | Unset
        if isinstance(self.mounting_date, Unset):
            mounting_date = UNSET
        elif isinstance(self.mounting_date, TyreMountingDate):
            mounting_date = self.mounting_date.to_dict()
        else:
            mounting_date = self.mounting_date

        optimized_for_oem: dict[str, Any] | None | Unset
        if isinstance(self.optimized_for_oem, Unset):
            optimized_for_oem = UNSET
        elif isinstance(self.optimized_for_oem, TyreOemOptimisation):
            optimized_for_oem = self.optimized_for_oem.to_dict()
        else:
            optimized_for_oem = self.optimized_for_oem

        part_number: dict[str, Any] | None | Unset
        if isinstance(self.part_number, Unset):
            part_number = UNSET
        elif isinstance(self.part_number, TyrePartNumber):
            part_number = self.part_number.to_dict()
        else:
            part_number = self.part_number

        quality_status: dict[str, Any] | None | Unset
        if isinstance(self.quality_status, Unset):
            quality_status = UNSET
        elif isinstance(self.quality_status, TyreQualityStatus):
            quality_status = self.quality_status.to_dict()
        else:
            quality_status = self.quality_status

        run_flat: dict[str, Any] | None | Unset
        if isinstance(self.run_flat, Unset):
            run_flat = UNSET
        elif isinstance(self.run_flat, TyreRunFlat):
            run_flat = self.run_flat.to_dict()
        else:
            run_flat = self.run_flat

        season: dict[str, Any] | None | Unset
        if isinstance(self.season, Unset):
            season = UNSET
        elif isinstance(self.season, TyreSeason):
            season = self.season.to_dict()
        else:
            season = self.season

        tread: dict[str, Any] | None | Unset
        if isinstance(self.tread, Unset):
            tread = UNSET
        elif isinstance(self.tread, TyreTread):
            tread = self.tread.to_dict()
        else:
            tread = self.tread

        tyre_defect: dict[str, Any] | None | Unset
        if isinstance(self.tyre_defect, Unset):
            tyre_defect = UNSET
        elif isinstance(self.tyre_defect, TyreDefect):
            tyre_defect = self.tyre_defect.to_dict()
        else:
            tyre_defect = self.tyre_defect

        tyre_production_date: dict[str, Any] | None | Unset
        if isinstance(self.tyre_production_date, Unset):
            tyre_production_date = UNSET
        elif isinstance(self.tyre_production_date, TyreProductionDate):
            tyre_production_date = self.tyre_production_date.to_dict()
        else:
            tyre_production_date = self.tyre_production_date

        tyre_wear: dict[str, Any] | None | Unset
        if isinstance(self.tyre_wear, Unset):
            tyre_wear = UNSET
        elif isinstance(self.tyre_wear, TyreWear):
            tyre_wear = self.tyre_wear.to_dict()
        else:
            tyre_wear = self.tyre_wear

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if dimension is not UNSET:
            field_dict["dimension"] = dimension
        if mounting_date is not UNSET:
            field_dict["mountingDate"] = mounting_date
        if optimized_for_oem is not UNSET:
            field_dict["optimizedForOem"] = optimized_for_oem
        if part_number is not UNSET:
            field_dict["partNumber"] = part_number
        if quality_status is not UNSET:
            field_dict["qualityStatus"] = quality_status
        if run_flat is not UNSET:
            field_dict["runFlat"] = run_flat
        if season is not UNSET:
            field_dict["season"] = season
        if tread is not UNSET:
            field_dict["tread"] = tread
        if tyre_defect is not UNSET:
            field_dict["tyreDefect"] = tyre_defect
        if tyre_production_date is not UNSET:
            field_dict["tyreProductionDate"] = tyre_production_date
        if tyre_wear is not UNSET:
            field_dict["tyreWear"] = tyre_wear

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label", UNSET)
        if not (label is None or isinstance(label, (str, Unset))):
            raise TypeError(f"label: unexpected value of type {type(label).__name__}")

        dimension = d.pop("dimension", UNSET)
        if not (dimension is None or isinstance(dimension, Unset)):
            try:
                if not isinstance(dimension, dict):
                    raise TypeError()
                dimension_type_0 = TyreDimension.from_dict(dimension)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("dimension", dimension, error)) from None
            dimension = dimension_type_0

        mounting_date = d.pop("mountingDate", UNSET)
        if not (mounting_date is None or isinstance(mounting_date, Unset)):
            try:
                if not isinstance(mounting_date, dict):
                    raise TypeError()
                mounting_date_type_0 = TyreMountingDate.from_dict(mounting_date)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("mountingDate", mounting_date, error)) from None
            mounting_date = mounting_date_type_0

        optimized_for_oem = d.pop("optimizedForOem", UNSET)
        if not (optimized_for_oem is None or isinstance(optimized_for_oem, Unset)):
            try:
                if not isinstance(optimized_for_oem, dict):
                    raise TypeError()
                optimized_for_oem_type_0 = TyreOemOptimisation.from_dict(optimized_for_oem)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("optimizedForOem", optimized_for_oem, error)) from None
            optimized_for_oem = optimized_for_oem_type_0

        part_number = d.pop("partNumber", UNSET)
        if not (part_number is None or isinstance(part_number, Unset)):
            try:
                if not isinstance(part_number, dict):
                    raise TypeError()
                part_number_type_0 = TyrePartNumber.from_dict(part_number)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("partNumber", part_number, error)) from None
            part_number = part_number_type_0

        quality_status = d.pop("qualityStatus", UNSET)
        if not (quality_status is None or isinstance(quality_status, Unset)):
            try:
                if not isinstance(quality_status, dict):
                    raise TypeError()
                quality_status_type_0 = TyreQualityStatus.from_dict(quality_status)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("qualityStatus", quality_status, error)) from None
            quality_status = quality_status_type_0

        run_flat = d.pop("runFlat", UNSET)
        if not (run_flat is None or isinstance(run_flat, Unset)):
            try:
                if not isinstance(run_flat, dict):
                    raise TypeError()
                run_flat_type_0 = TyreRunFlat.from_dict(run_flat)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("runFlat", run_flat, error)) from None
            run_flat = run_flat_type_0

        season = d.pop("season", UNSET)
        if not (season is None or isinstance(season, Unset)):
            try:
                if not isinstance(season, dict):
                    raise TypeError()
                season_type_0 = TyreSeason.from_dict(season)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("season", season, error)) from None
            season = season_type_0

        tread = d.pop("tread", UNSET)
        if not (tread is None or isinstance(tread, Unset)):
            try:
                if not isinstance(tread, dict):
                    raise TypeError()
                tread_type_0 = TyreTread.from_dict(tread)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("tread", tread, error)) from None
            tread = tread_type_0

        tyre_defect = d.pop("tyreDefect", UNSET)
        if not (tyre_defect is None or isinstance(tyre_defect, Unset)):
            try:
                if not isinstance(tyre_defect, dict):
                    raise TypeError()
                tyre_defect_type_0 = TyreDefect.from_dict(tyre_defect)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("tyreDefect", tyre_defect, error)) from None
            tyre_defect = tyre_defect_type_0

        tyre_production_date = d.pop("tyreProductionDate", UNSET)
        if not (tyre_production_date is None or isinstance(tyre_production_date, Unset)):
            try:
                if not isinstance(tyre_production_date, dict):
                    raise TypeError()
                tyre_production_date_type_0 = TyreProductionDate.from_dict(tyre_production_date)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("tyreProductionDate", tyre_production_date, error)) from None
            tyre_production_date = tyre_production_date_type_0

        tyre_wear = d.pop("tyreWear", UNSET)
        if not (tyre_wear is None or isinstance(tyre_wear, Unset)):
            try:
                if not isinstance(tyre_wear, dict):
                    raise TypeError()
                tyre_wear_type_0 = TyreWear.from_dict(tyre_wear)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("tyreWear", tyre_wear, error)) from None
            tyre_wear = tyre_wear_type_0

        tyre = cls(
            label=label,
            dimension=dimension,
            mounting_date=mounting_date,
            optimized_for_oem=optimized_for_oem,
            part_number=part_number,
            quality_status=quality_status,
            run_flat=run_flat,
            season=season,
            tread=tread,
            tyre_defect=tyre_defect,
            tyre_production_date=tyre_production_date,
            tyre_wear=tyre_wear,
        )

        tyre.additional_properties = d
        return tyre

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
from ..models.tyre_defect import TyreDefect
from ..models.tyre_dimension import TyreDimension
from ..models.tyre_mounting_date import TyreMountingDate
from ..models.tyre_oem_optimisation import TyreOemOptimisation
from ..models.tyre_part_number import TyrePartNumber
from ..models.tyre_production_date import TyreProductionDate
from ..models.tyre_quality_status import TyreQualityStatus
from ..models.tyre_run_flat import TyreRunFlat
from ..models.tyre_season import TyreSeason
from ..models.tyre_tread import TyreTread
from ..models.tyre_wear import TyreWear
