from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    Field,
    ListOf,
    Model,
    OneOf,
    dump,
    read_model,
)
from ..types import UNSET, Unset


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.required is not UNSET:
            field_dict["required"] = dump(self.required)
        if self.optional is not UNSET:
            field_dict["optional"] = dump(self.optional)
        if self.discount is not UNSET:
            field_dict["discount"] = dump(self.discount)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A PurchaseOrderPositionsReadType0 from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            required = src_dict.get("required", UNSET)
            if required is not UNSET:
                required = [_REQUIRED_BY_TYPE[item["type"]].from_dict(item) for item in required]
            optional = src_dict.get("optional", UNSET)
            if optional is not UNSET:
                optional = [_OPTIONAL_BY_TYPE[item["type"]].from_dict(item) for item in optional]
            discount = src_dict.get("discount", UNSET)
            if discount is not UNSET:
                discount = [PurchaseOrderPositionDiscountRead.from_dict(item) for item in discount]
            self = cls(
                required,
                optional,
                discount,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 0 + (required is not UNSET) + (optional is not UNSET) + (discount is not UNSET):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN}
        return self

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


from .purchase_order_position_discount_read import PurchaseOrderPositionDiscountRead  # noqa: E402
from .purchase_order_position_group_read import PurchaseOrderPositionGroupRead  # noqa: E402
from .purchase_order_position_pagebreak_read import PurchaseOrderPositionPagebreakRead  # noqa: E402
from .purchase_order_position_subtotal_read import PurchaseOrderPositionSubtotalRead  # noqa: E402
from .purchase_order_position_text_read import PurchaseOrderPositionTextRead  # noqa: E402

_REQUIRED_BY_TYPE = {
    "group": PurchaseOrderPositionGroupRead,
    "pagebreak": PurchaseOrderPositionPagebreakRead,
    "subtotal": PurchaseOrderPositionSubtotalRead,
    "text": PurchaseOrderPositionTextRead,
}
_OPTIONAL_BY_TYPE = {
    "group": PurchaseOrderPositionGroupRead,
    "pagebreak": PurchaseOrderPositionPagebreakRead,
    "subtotal": PurchaseOrderPositionSubtotalRead,
    "text": PurchaseOrderPositionTextRead,
}
_FIELDS = (
    Field(
        "required",
        "required",
        False,
        ListOf(
            OneOf(
                (
                    Model(PurchaseOrderPositionTextRead),
                    Model(PurchaseOrderPositionGroupRead),
                    Model(PurchaseOrderPositionSubtotalRead),
                    Model(PurchaseOrderPositionPagebreakRead),
                ),
                "type",
                {
                    "group": Model(PurchaseOrderPositionGroupRead),
                    "pagebreak": Model(PurchaseOrderPositionPagebreakRead),
                    "subtotal": Model(PurchaseOrderPositionSubtotalRead),
                    "text": Model(PurchaseOrderPositionTextRead),
                },
            )
        ),
    ),
    Field(
        "optional",
        "optional",
        False,
        ListOf(
            OneOf(
                (
                    Model(PurchaseOrderPositionTextRead),
                    Model(PurchaseOrderPositionGroupRead),
                    Model(PurchaseOrderPositionSubtotalRead),
                    Model(PurchaseOrderPositionPagebreakRead),
                ),
                "type",
                {
                    "group": Model(PurchaseOrderPositionGroupRead),
                    "pagebreak": Model(PurchaseOrderPositionPagebreakRead),
                    "subtotal": Model(PurchaseOrderPositionSubtotalRead),
                    "text": Model(PurchaseOrderPositionTextRead),
                },
            )
        ),
    ),
    Field("discount", "discount", False, ListOf(Model(PurchaseOrderPositionDiscountRead))),
)
_KNOWN = frozenset(
    {
        "required",
        "optional",
        "discount",
    }
)
