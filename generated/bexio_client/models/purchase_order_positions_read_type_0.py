from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_order_position_discount_read import PurchaseOrderPositionDiscountRead
    from ..models.purchase_order_position_group_read import PurchaseOrderPositionGroupRead
    from ..models.purchase_order_position_pagebreak_read import PurchaseOrderPositionPagebreakRead
    from ..models.purchase_order_position_subtotal_read import PurchaseOrderPositionSubtotalRead
    from ..models.purchase_order_position_text_read import PurchaseOrderPositionTextRead


T = TypeVar("T", bound="PurchaseOrderPositionsReadType0")


@_attrs_define
class PurchaseOrderPositionsReadType0:
    """A purchase order can have multiple line items (positions). Please note that the line items must be grouped by
    required, optional and discount positions.

    """

    required: (
        list[
            PurchaseOrderPositionGroupRead
            | PurchaseOrderPositionPagebreakRead
            | PurchaseOrderPositionSubtotalRead
            | PurchaseOrderPositionTextRead
        ]
        | Unset
    ) = UNSET
    """ the mandatory positions """
    optional: (
        list[
            PurchaseOrderPositionGroupRead
            | PurchaseOrderPositionPagebreakRead
            | PurchaseOrderPositionSubtotalRead
            | PurchaseOrderPositionTextRead
        ]
        | Unset
    ) = UNSET
    """ the optional positions """
    discount: list[PurchaseOrderPositionDiscountRead] | Unset = UNSET
    """ the discount positions """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.purchase_order_position_group_read import PurchaseOrderPositionGroupRead  # noqa: PLC0415
        from ..models.purchase_order_position_subtotal_read import PurchaseOrderPositionSubtotalRead  # noqa: PLC0415
        from ..models.purchase_order_position_text_read import PurchaseOrderPositionTextRead  # noqa: PLC0415

        required: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = []
            for required_item_data in self.required:
                required_item: dict[str, Any]
                if isinstance(required_item_data, PurchaseOrderPositionTextRead):
                    required_item = required_item_data.to_dict()
                elif isinstance(required_item_data, PurchaseOrderPositionGroupRead):
                    required_item = required_item_data.to_dict()
                elif isinstance(required_item_data, PurchaseOrderPositionSubtotalRead):
                    required_item = required_item_data.to_dict()
                else:
                    required_item = required_item_data.to_dict()

                required.append(required_item)

        optional: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.optional, Unset):
            optional = []
            for optional_item_data in self.optional:
                optional_item: dict[str, Any]
                if isinstance(optional_item_data, PurchaseOrderPositionTextRead):
                    optional_item = optional_item_data.to_dict()
                elif isinstance(optional_item_data, PurchaseOrderPositionGroupRead):
                    optional_item = optional_item_data.to_dict()
                elif isinstance(optional_item_data, PurchaseOrderPositionSubtotalRead):
                    optional_item = optional_item_data.to_dict()
                else:
                    optional_item = optional_item_data.to_dict()

                optional.append(optional_item)

        discount: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = []
            for discount_item_data in self.discount:
                discount_item = discount_item_data.to_dict()
                discount.append(discount_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if required is not UNSET:
            field_dict["required"] = required
        if optional is not UNSET:
            field_dict["optional"] = optional
        if discount is not UNSET:
            field_dict["discount"] = discount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_order_position_discount_read import PurchaseOrderPositionDiscountRead  # noqa: PLC0415
        from ..models.purchase_order_position_group_read import PurchaseOrderPositionGroupRead  # noqa: PLC0415
        from ..models.purchase_order_position_pagebreak_read import PurchaseOrderPositionPagebreakRead  # noqa: PLC0415
        from ..models.purchase_order_position_subtotal_read import PurchaseOrderPositionSubtotalRead  # noqa: PLC0415
        from ..models.purchase_order_position_text_read import PurchaseOrderPositionTextRead  # noqa: PLC0415

        d = dict(src_dict)
        _required = d.pop("required", UNSET)
        required: (
            list[
                PurchaseOrderPositionGroupRead
                | PurchaseOrderPositionPagebreakRead
                | PurchaseOrderPositionSubtotalRead
                | PurchaseOrderPositionTextRead
            ]
            | Unset
        ) = UNSET
        if _required is not UNSET:
            required = []
            for required_item_data in _required:

                def _parse_required_item(
                    data: object,
                ) -> (
                    PurchaseOrderPositionGroupRead
                    | PurchaseOrderPositionPagebreakRead
                    | PurchaseOrderPositionSubtotalRead
                    | PurchaseOrderPositionTextRead
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_purchase_order_position_read_type_0 = PurchaseOrderPositionTextRead.from_dict(
                            data
                        )

                        return componentsschemas_purchase_order_position_read_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_purchase_order_position_read_type_1 = (
                            PurchaseOrderPositionGroupRead.from_dict(data)
                        )

                        return componentsschemas_purchase_order_position_read_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_purchase_order_position_read_type_2 = (
                            PurchaseOrderPositionSubtotalRead.from_dict(data)
                        )

                        return componentsschemas_purchase_order_position_read_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_purchase_order_position_read_type_3 = (
                        PurchaseOrderPositionPagebreakRead.from_dict(data)
                    )

                    return componentsschemas_purchase_order_position_read_type_3

                required_item = _parse_required_item(required_item_data)

                required.append(required_item)

        _optional = d.pop("optional", UNSET)
        optional: (
            list[
                PurchaseOrderPositionGroupRead
                | PurchaseOrderPositionPagebreakRead
                | PurchaseOrderPositionSubtotalRead
                | PurchaseOrderPositionTextRead
            ]
            | Unset
        ) = UNSET
        if _optional is not UNSET:
            optional = []
            for optional_item_data in _optional:

                def _parse_optional_item(
                    data: object,
                ) -> (
                    PurchaseOrderPositionGroupRead
                    | PurchaseOrderPositionPagebreakRead
                    | PurchaseOrderPositionSubtotalRead
                    | PurchaseOrderPositionTextRead
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_purchase_order_position_read_type_0 = PurchaseOrderPositionTextRead.from_dict(
                            data
                        )

                        return componentsschemas_purchase_order_position_read_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_purchase_order_position_read_type_1 = (
                            PurchaseOrderPositionGroupRead.from_dict(data)
                        )

                        return componentsschemas_purchase_order_position_read_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_purchase_order_position_read_type_2 = (
                            PurchaseOrderPositionSubtotalRead.from_dict(data)
                        )

                        return componentsschemas_purchase_order_position_read_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_purchase_order_position_read_type_3 = (
                        PurchaseOrderPositionPagebreakRead.from_dict(data)
                    )

                    return componentsschemas_purchase_order_position_read_type_3

                optional_item = _parse_optional_item(optional_item_data)

                optional.append(optional_item)

        _discount = d.pop("discount", UNSET)
        discount: list[PurchaseOrderPositionDiscountRead] | Unset = UNSET
        if _discount is not UNSET:
            discount = []
            for discount_item_data in _discount:
                discount_item = PurchaseOrderPositionDiscountRead.from_dict(discount_item_data)

                discount.append(discount_item)

        purchase_order_positions_read_type_0 = cls(
            required=required,
            optional=optional,
            discount=discount,
        )

        purchase_order_positions_read_type_0.additional_properties = d
        return purchase_order_positions_read_type_0

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
