from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.recipient_address import RecipientAddress


T = TypeVar("T", bound="PaymentRecipient")


@_attrs_define
class PaymentRecipient:
    """The recipient of the payment."""

    name: str
    """ The account holder, a person or a legal entity. """
    iban: str
    """ The IBAN of the recipient (ISO 13616). """
    address: RecipientAddress
    """ The address of the recipient. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        iban = self.iban

        address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "iban": iban,
                "address": address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recipient_address import RecipientAddress  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        iban = d.pop("iban")

        address = RecipientAddress.from_dict(d.pop("address"))

        payment_recipient = cls(
            name=name,
            iban=iban,
            address=address,
        )

        payment_recipient.additional_properties = d
        return payment_recipient

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
