from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kb_document_position_selection_item import KbDocumentPositionSelectionItem


T = TypeVar("T", bound="KbDocumentPositionSelection")


@_attrs_define
class KbDocumentPositionSelection:
    """Which positions of the source document the new document takes. Please note that the positions array can be omitted
    to create a document with all positions from the source document.

    """

    positions: list[KbDocumentPositionSelectionItem] | Unset = UNSET
    """ The positions to take over. The reference types them as "Array of objects" and documents no fields. """

    def to_dict(self) -> dict[str, Any]:
        positions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.positions, Unset):
            positions = []
            for positions_item_data in self.positions:
                positions_item = positions_item_data.to_dict()
                positions.append(positions_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if positions is not UNSET:
            field_dict["positions"] = positions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kb_document_position_selection_item import KbDocumentPositionSelectionItem  # noqa: PLC0415

        d = dict(src_dict)
        _positions = d.pop("positions", UNSET)
        positions: list[KbDocumentPositionSelectionItem] | Unset = UNSET
        if _positions is not UNSET:
            positions = []
            for positions_item_data in _positions:
                positions_item = KbDocumentPositionSelectionItem.from_dict(positions_item_data)

                positions.append(positions_item)

        kb_document_position_selection = cls(
            positions=positions,
        )

        return kb_document_position_selection
