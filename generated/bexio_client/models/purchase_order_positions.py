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
class PurchaseOrderPositions:
    """A purchase order can have multiple line items (positions). Please note that the line items must be grouped by
    required, optional and discount positions.

    """

    required: (
        list[
            PurchaseOrderPositionGroup
            | PurchaseOrderPositionPagebreak
            | PurchaseOrderPositionSubtotal
            | PurchaseOrderPositionText
        ]
        | Unset
    ) = UNSET
    """ the mandatory positions """
    optional: (
        list[
            PurchaseOrderPositionGroup
            | PurchaseOrderPositionPagebreak
            | PurchaseOrderPositionSubtotal
            | PurchaseOrderPositionText
        ]
        | Unset
    ) = UNSET
    """ the optional positions """
    discount: list[PurchaseOrderPositionDiscount] | Unset = UNSET
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
        """A PurchaseOrderPositions from bexio's JSON. A value that departs from the spec is kept as sent and logged
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
                discount = [PurchaseOrderPositionDiscount.from_dict(item) for item in discount]
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


from .purchase_order_position_discount import PurchaseOrderPositionDiscount  # noqa: E402
from .purchase_order_position_group import PurchaseOrderPositionGroup  # noqa: E402
from .purchase_order_position_pagebreak import PurchaseOrderPositionPagebreak  # noqa: E402
from .purchase_order_position_subtotal import PurchaseOrderPositionSubtotal  # noqa: E402
from .purchase_order_position_text import PurchaseOrderPositionText  # noqa: E402

_REQUIRED_BY_TYPE = {
    "group": PurchaseOrderPositionGroup,
    "pagebreak": PurchaseOrderPositionPagebreak,
    "subtotal": PurchaseOrderPositionSubtotal,
    "text": PurchaseOrderPositionText,
}
_OPTIONAL_BY_TYPE = {
    "group": PurchaseOrderPositionGroup,
    "pagebreak": PurchaseOrderPositionPagebreak,
    "subtotal": PurchaseOrderPositionSubtotal,
    "text": PurchaseOrderPositionText,
}
_FIELDS = (
    Field(
        "required",
        "required",
        False,
        ListOf(
            OneOf(
                (
                    Model(PurchaseOrderPositionText),
                    Model(PurchaseOrderPositionGroup),
                    Model(PurchaseOrderPositionSubtotal),
                    Model(PurchaseOrderPositionPagebreak),
                ),
                "type",
                {
                    "group": Model(PurchaseOrderPositionGroup),
                    "pagebreak": Model(PurchaseOrderPositionPagebreak),
                    "subtotal": Model(PurchaseOrderPositionSubtotal),
                    "text": Model(PurchaseOrderPositionText),
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
                    Model(PurchaseOrderPositionText),
                    Model(PurchaseOrderPositionGroup),
                    Model(PurchaseOrderPositionSubtotal),
                    Model(PurchaseOrderPositionPagebreak),
                ),
                "type",
                {
                    "group": Model(PurchaseOrderPositionGroup),
                    "pagebreak": Model(PurchaseOrderPositionPagebreak),
                    "subtotal": Model(PurchaseOrderPositionSubtotal),
                    "text": Model(PurchaseOrderPositionText),
                },
            )
        ),
    ),
    Field("discount", "discount", False, ListOf(Model(PurchaseOrderPositionDiscount))),
)
_KNOWN = frozenset(
    {
        "required",
        "optional",
        "discount",
    }
)
