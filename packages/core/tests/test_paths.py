"""Identifiers placed in a request path: escaped as one segment, never empty."""

from __future__ import annotations

import pytest

from carconnect.core import BadRequestError
from carconnect.core.paths import path_segment


@pytest.mark.parametrize(
    ("value", "segment"), [("YV1ABC", "YV1ABC"), ("a/b c", "a%2Fb%20c"), ("...", "..."), (42, "42")]
)
def test_a_value_becomes_one_escaped_segment(value: object, segment: str) -> None:
    assert path_segment("vin", value) == segment


@pytest.mark.parametrize("value", ["", " ", "\t\n"])
def test_an_empty_or_blank_value_is_refused(value: str) -> None:
    with pytest.raises(BadRequestError, match="vehicle_id must not be empty") as refused:
        path_segment("vehicle_id", value)
    assert refused.value.details == {"local": True, "parameter": "vehicle_id"}


@pytest.mark.parametrize("value", [".", ".."])
def test_a_dot_segment_is_refused(value: str) -> None:
    """URL normalisation would turn ``/vehicles/../odometer`` into another resource's path."""
    with pytest.raises(BadRequestError, match="vin must not be") as refused:
        path_segment("vin", value)
    assert refused.value.code == "invalid_path_parameter"


def test_none_is_refused_rather_than_sent_as_text() -> None:
    with pytest.raises(BadRequestError, match="vin is missing") as refused:
        path_segment("vin", None)
    assert refused.value.code == "missing_path_parameter"
    assert refused.value.details == {"local": True, "parameter": "vin"}
