from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_payment_status_type_1 import BankPaymentStatusType1, check_bank_payment_status_type_1
from ..models.bank_payment_status_type_2_type_1 import (
    BankPaymentStatusType2Type1,
    check_bank_payment_status_type_2_type_1,
)
from ..models.bank_payment_status_type_3_type_1 import (
    BankPaymentStatusType3Type1,
    check_bank_payment_status_type_3_type_1,
)

if TYPE_CHECKING:
    from ..models.bank_payment_bank_account_type_0 import BankPaymentBankAccountType0
    from ..models.bank_payment_details_type_0 import BankPaymentDetailsType0


T = TypeVar("T", bound="BankPayment")


@_attrs_define
class BankPayment:
    """A payment (IBAN or QR) as bexio returns it (fields read from the response samples; nested objects from
    research/nested-schemas.md §8).

    """

    id: int
    uuid: None | UUID
    type_: None | str
    """ The kind of payment: `iban` or `qr` in the samples. """
    bank_account: BankPaymentBankAccountType0 | None
    """ The bank account a payment is made from (fields from bexio's published spec, research/nested-schemas.md §8).
    """
    payment: BankPaymentDetailsType0 | None
    """ The `payment` object of a payment response. The reference shows it collapsed and bexio's current spec no
    longer holds it (research/nested-schemas.md §8, §13); every field bexio returns is kept as an additional
    property. """
    instruction_id: None | str
    status: BankPaymentStatusType1 | BankPaymentStatusType2Type1 | BankPaymentStatusType3Type1 | None
    """ The state of a payment (values from bexio's published spec, research/nested-schemas.md §8). A payment can
    only be edited or deleted when "open", and only be cancelled when "downloaded", "transferred" or "error". """
    created_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bank_payment_bank_account_type_0 import BankPaymentBankAccountType0  # noqa: PLC0415
        from ..models.bank_payment_details_type_0 import BankPaymentDetailsType0  # noqa: PLC0415

        id = self.id

        uuid: None | str
        if isinstance(self.uuid, UUID):
            uuid = str(self.uuid)
        else:
            uuid = self.uuid

        type_: None | str
        type_ = self.type_

        bank_account: dict[str, Any] | None
        if isinstance(self.bank_account, BankPaymentBankAccountType0):
            bank_account = self.bank_account.to_dict()
        else:
            bank_account = self.bank_account

        payment: dict[str, Any] | None
        if isinstance(self.payment, BankPaymentDetailsType0):
            payment = self.payment.to_dict()
        else:
            payment = self.payment

        instruction_id: None | str
        instruction_id = self.instruction_id

        status: None | str
        if isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "uuid": uuid,
                "type": type_,
                "bank_account": bank_account,
                "payment": payment,
                "instruction_id": instruction_id,
                "status": status,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bank_payment_bank_account_type_0 import BankPaymentBankAccountType0  # noqa: PLC0415
        from ..models.bank_payment_details_type_0 import BankPaymentDetailsType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_uuid(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                uuid_type_0 = UUID(data)

                return uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | UUID", data)

        uuid = _parse_uuid(d.pop("uuid"))

        def _parse_type_(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        type_ = _parse_type_(d.pop("type"))

        def _parse_bank_account(data: object) -> BankPaymentBankAccountType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bank_payment_bank_account_type_0 = BankPaymentBankAccountType0.from_dict(data)

                return componentsschemas_bank_payment_bank_account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BankPaymentBankAccountType0 | None", data)

        bank_account = _parse_bank_account(d.pop("bank_account"))

        def _parse_payment(data: object) -> BankPaymentDetailsType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bank_payment_details_type_0 = BankPaymentDetailsType0.from_dict(data)

                return componentsschemas_bank_payment_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BankPaymentDetailsType0 | None", data)

        payment = _parse_payment(d.pop("payment"))

        def _parse_instruction_id(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        instruction_id = _parse_instruction_id(d.pop("instruction_id"))

        def _parse_status(
            data: object,
        ) -> BankPaymentStatusType1 | BankPaymentStatusType2Type1 | BankPaymentStatusType3Type1 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_bank_payment_status_type_1 = check_bank_payment_status_type_1(data)

                return componentsschemas_bank_payment_status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_bank_payment_status_type_2_type_1 = check_bank_payment_status_type_2_type_1(data)

                return componentsschemas_bank_payment_status_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_bank_payment_status_type_3_type_1 = check_bank_payment_status_type_3_type_1(data)

                return componentsschemas_bank_payment_status_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "BankPaymentStatusType1 | BankPaymentStatusType2Type1 | BankPaymentStatusType3Type1 | None", data
            )

        status = _parse_status(d.pop("status"))

        def _parse_created_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None", data)

        created_at = _parse_created_at(d.pop("created_at"))

        bank_payment = cls(
            id=id,
            uuid=uuid,
            type_=type_,
            bank_account=bank_account,
            payment=payment,
            instruction_id=instruction_id,
            status=status,
            created_at=created_at,
        )

        bank_payment.additional_properties = d
        return bank_payment

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
