from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    STR,
    Field,
    Model,
    Nullable,
    dump,
    read_model,
)


@_attrs_define
class PaymentRecipientReadType0:
    """The recipient of the payment."""

    name: None | str
    """ The account holder, a person or a legal entity. """
    iban: None | str
    """ The IBAN of the recipient (ISO 13616). """
    address: None | RecipientAddressReadType0
    """ The address of the recipient. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["iban"] = self.iban
        field_dict["address"] = dump(self.address)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A PaymentRecipientReadType0 from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            name = src_dict["name"]
            iban = src_dict["iban"]
            address = src_dict["address"]
            if address is not None:
                address = RecipientAddressReadType0.from_dict(address)
            if not ((name is None or type(name) is str) and (iban is None or type(iban) is str)):
                raise TypeError
            self = cls(
                name,
                iban,
                address,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 3:
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


from .recipient_address_read_type_0 import RecipientAddressReadType0  # noqa: E402

_FIELDS = (
    Field("name", "name", True, Nullable(STR)),
    Field("iban", "iban", True, Nullable(STR)),
    Field("address", "address", True, Nullable(Model(RecipientAddressReadType0))),
)
_KNOWN = frozenset(
    {
        "name",
        "iban",
        "address",
    }
)
