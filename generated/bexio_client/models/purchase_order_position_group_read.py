from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.purchase_order_position_group_read_type import (
    PurchaseOrderPositionGroupReadType,
    check_purchase_order_position_group_read_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_order_position_article_read import PurchaseOrderPositionArticleRead
    from ..models.purchase_order_position_custom_read import PurchaseOrderPositionCustomRead
    from ..models.purchase_order_position_pagebreak_read import PurchaseOrderPositionPagebreakRead
    from ..models.purchase_order_position_subtotal_read import PurchaseOrderPositionSubtotalRead
    from ..models.purchase_order_position_text_read import PurchaseOrderPositionTextRead


T = TypeVar("T", bound="PurchaseOrderPositionGroupRead")


@_attrs_define
class PurchaseOrderPositionGroupRead:
    """A group of positions (article and custom positions appear only inside groups)."""

    type_: PurchaseOrderPositionGroupReadType
    id: int | Unset = UNSET
    pos: None | str | Unset = UNSET
    """ the position number """
    is_optional: bool | Unset = UNSET
    text: None | str | Unset = UNSET
    show_pos_nr: bool | Unset = UNSET
    show_pos_prices: bool | Unset = UNSET
    total_sum: float | None | str | Unset = UNSET
    positions: (
        list[
            PurchaseOrderPositionArticleRead
            | PurchaseOrderPositionCustomRead
            | PurchaseOrderPositionPagebreakRead
            | PurchaseOrderPositionSubtotalRead
            | PurchaseOrderPositionTextRead
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.purchase_order_position_article_read import PurchaseOrderPositionArticleRead  # noqa: PLC0415
        from ..models.purchase_order_position_custom_read import PurchaseOrderPositionCustomRead  # noqa: PLC0415
        from ..models.purchase_order_position_pagebreak_read import PurchaseOrderPositionPagebreakRead  # noqa: PLC0415
        from ..models.purchase_order_position_subtotal_read import PurchaseOrderPositionSubtotalRead  # noqa: PLC0415

        type_: str = self.type_

        id = self.id

        pos: None | str | Unset
        if isinstance(self.pos, Unset):
            pos = UNSET
        else:
            pos = self.pos

        is_optional = self.is_optional

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        show_pos_nr = self.show_pos_nr

        show_pos_prices = self.show_pos_prices

        total_sum: float | None | str | Unset
        if isinstance(self.total_sum, Unset):
            total_sum = UNSET
        else:
            total_sum = self.total_sum

        positions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.positions, Unset):
            positions = []
            for positions_item_data in self.positions:
                positions_item: dict[str, Any]
                if isinstance(positions_item_data, PurchaseOrderPositionArticleRead):
                    positions_item = positions_item_data.to_dict()
                elif isinstance(positions_item_data, PurchaseOrderPositionCustomRead):
                    positions_item = positions_item_data.to_dict()
                elif isinstance(positions_item_data, PurchaseOrderPositionPagebreakRead):
                    positions_item = positions_item_data.to_dict()
                elif isinstance(positions_item_data, PurchaseOrderPositionSubtotalRead):
                    positions_item = positions_item_data.to_dict()
                else:
                    positions_item = positions_item_data.to_dict()

                positions.append(positions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if pos is not UNSET:
            field_dict["pos"] = pos
        if is_optional is not UNSET:
            field_dict["is_optional"] = is_optional
        if text is not UNSET:
            field_dict["text"] = text
        if show_pos_nr is not UNSET:
            field_dict["show_pos_nr"] = show_pos_nr
        if show_pos_prices is not UNSET:
            field_dict["show_pos_prices"] = show_pos_prices
        if total_sum is not UNSET:
            field_dict["total_sum"] = total_sum
        if positions is not UNSET:
            field_dict["positions"] = positions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_order_position_article_read import PurchaseOrderPositionArticleRead  # noqa: PLC0415
        from ..models.purchase_order_position_custom_read import PurchaseOrderPositionCustomRead  # noqa: PLC0415
        from ..models.purchase_order_position_pagebreak_read import PurchaseOrderPositionPagebreakRead  # noqa: PLC0415
        from ..models.purchase_order_position_subtotal_read import PurchaseOrderPositionSubtotalRead  # noqa: PLC0415
        from ..models.purchase_order_position_text_read import PurchaseOrderPositionTextRead  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_purchase_order_position_group_read_type(d.pop("type"))

        id = d.pop("id", UNSET)

        def _parse_pos(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        pos = _parse_pos(d.pop("pos", UNSET))

        is_optional = d.pop("is_optional", UNSET)

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        text = _parse_text(d.pop("text", UNSET))

        show_pos_nr = d.pop("show_pos_nr", UNSET)

        show_pos_prices = d.pop("show_pos_prices", UNSET)

        def _parse_total_sum(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | str | Unset", data)

        total_sum = _parse_total_sum(d.pop("total_sum", UNSET))

        _positions = d.pop("positions", UNSET)
        positions: (
            list[
                PurchaseOrderPositionArticleRead
                | PurchaseOrderPositionCustomRead
                | PurchaseOrderPositionPagebreakRead
                | PurchaseOrderPositionSubtotalRead
                | PurchaseOrderPositionTextRead
            ]
            | Unset
        ) = UNSET
        if _positions is not UNSET:
            positions = []
            for positions_item_data in _positions:

                def _parse_positions_item(
                    data: object,
                ) -> (
                    PurchaseOrderPositionArticleRead
                    | PurchaseOrderPositionCustomRead
                    | PurchaseOrderPositionPagebreakRead
                    | PurchaseOrderPositionSubtotalRead
                    | PurchaseOrderPositionTextRead
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_purchase_order_group_item_read_type_0 = (
                            PurchaseOrderPositionArticleRead.from_dict(data)
                        )

                        return componentsschemas_purchase_order_group_item_read_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_purchase_order_group_item_read_type_1 = (
                            PurchaseOrderPositionCustomRead.from_dict(data)
                        )

                        return componentsschemas_purchase_order_group_item_read_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_purchase_order_group_item_read_type_2 = (
                            PurchaseOrderPositionPagebreakRead.from_dict(data)
                        )

                        return componentsschemas_purchase_order_group_item_read_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_purchase_order_group_item_read_type_3 = (
                            PurchaseOrderPositionSubtotalRead.from_dict(data)
                        )

                        return componentsschemas_purchase_order_group_item_read_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_purchase_order_group_item_read_type_4 = PurchaseOrderPositionTextRead.from_dict(
                        data
                    )

                    return componentsschemas_purchase_order_group_item_read_type_4

                positions_item = _parse_positions_item(positions_item_data)

                positions.append(positions_item)

        purchase_order_position_group_read = cls(
            type_=type_,
            id=id,
            pos=pos,
            is_optional=is_optional,
            text=text,
            show_pos_nr=show_pos_nr,
            show_pos_prices=show_pos_prices,
            total_sum=total_sum,
            positions=positions,
        )

        purchase_order_position_group_read.additional_properties = d
        return purchase_order_position_group_read

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
