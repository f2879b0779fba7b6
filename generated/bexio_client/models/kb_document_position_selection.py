from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    Field,
    ListOf,
    Model,
    dump,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class KbDocumentPositionSelection:
    """Which positions of the source document the new document takes. Please note that the positions array can be omitted
    to create a document with all positions from the source document.

    """

    positions: list[KbDocumentPositionSelectionItem] | Unset = UNSET
    """ The positions to take over. The reference types them as "Array of objects" and documents no fields. """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        if self.positions is not UNSET:
            field_dict["positions"] = dump(self.positions)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A KbDocumentPositionSelection from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            positions = src_dict.get("positions", UNSET)
            if positions is not UNSET:
                positions = [KbDocumentPositionSelectionItem.from_dict(item) for item in positions]
            self = cls(
                positions,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 0 + (positions is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


from .kb_document_position_selection_item import KbDocumentPositionSelectionItem  # noqa: E402

_FIELDS = (Field("positions", "positions", False, ListOf(Model(KbDocumentPositionSelectionItem))),)
_KNOWN = frozenset(
    {
        "positions",
    }
)
