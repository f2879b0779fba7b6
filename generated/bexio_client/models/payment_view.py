from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_payment_allowance import BankPaymentAllowance, check_bank_payment_allowance
from ..models.bank_payment_type import BankPaymentType, check_bank_payment_type
from ..models.payment_view_status import PaymentViewStatus, check_payment_view_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank_payment_sender import BankPaymentSender
    from ..models.payment_recipient import PaymentRecipient
    from ..models.purchase_reference import PurchaseReference


T = TypeVar("T", bound="PaymentView")


@_attrs_define
class PaymentView:
    """A payment as bexio returns it. The document marks no field required."""

    id: int | Unset = UNSET
    uuid: str | Unset = UNSET
    """ The uuid of the payment, used as `payment_id`. """
    sender: BankPaymentSender | Unset = UNSET
    """ The bank account the payment is debited from. """
    recipient: PaymentRecipient | Unset = UNSET
    """ The recipient of the payment. """
    amount: float | Unset = UNSET
    """ The amount in `currency`; the bank may convert it. """
    currency: str | Unset = UNSET
    """ The currency (ISO 4217). """
    execution_date: datetime.date | Unset = UNSET
    """ The execution date (ISO 8601), at least the next working day. """
    allowance: BankPaymentAllowance | Unset = UNSET
    """ Who pays the fees of a payment abroad or in another currency: the payer, the payee, split between both, or
    no fee. """
    is_salary: bool | Unset = False
    """ Whether the payment is a salary payment. """
    instruction_id: str | Unset = UNSET
    purchase_reference: PurchaseReference | Unset = UNSET
    """ The purchase bill and bill payment the payment belongs to. """
    document_no: None | str | Unset = UNSET
    """ The number of the purchase bill; empty when the payment has no bill. """
    qr_reference_number: None | str | Unset = UNSET
    """ The QR reference (QR-IBAN) or the creditor reference (SCOR, `RF…`) of the payment. """
    additional_information: None | str | Unset = UNSET
    """ The additional information of a QR payment. """
    status: PaymentViewStatus | Unset = "open"
    type_: BankPaymentType | Unset = UNSET
    """ The kind of payment. """
    due_date: datetime.date | Unset = UNSET
    """ The due date of the purchase payment. """
    created_at: datetime.datetime | Unset = UNSET
    is_editing_restricted: bool | None | Unset = False
    """ Only the API client that created the payment may edit it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uuid = self.uuid

        sender: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sender, Unset):
            sender = self.sender.to_dict()

        recipient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recipient, Unset):
            recipient = self.recipient.to_dict()

        amount = self.amount

        currency = self.currency

        execution_date: str | Unset = UNSET
        if not isinstance(self.execution_date, Unset):
            execution_date = self.execution_date.isoformat()

        allowance: str | Unset = UNSET
        if not isinstance(self.allowance, Unset):
            allowance = self.allowance

        is_salary = self.is_salary

        instruction_id = self.instruction_id

        purchase_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase_reference, Unset):
            purchase_reference = self.purchase_reference.to_dict()

        document_no: None | str | Unset
        if isinstance(self.document_no, Unset):
            document_no = UNSET
        else:
            document_no = self.document_no

        qr_reference_number: None | str | Unset
        if isinstance(self.qr_reference_number, Unset):
            qr_reference_number = UNSET
        else:
            qr_reference_number = self.qr_reference_number

        additional_information: None | str | Unset
        if isinstance(self.additional_information, Unset):
            additional_information = UNSET
        else:
            additional_information = self.additional_information

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        is_editing_restricted: bool | None | Unset
        if isinstance(self.is_editing_restricted, Unset):
            is_editing_restricted = UNSET
        else:
            is_editing_restricted = self.is_editing_restricted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if sender is not UNSET:
            field_dict["sender"] = sender
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if execution_date is not UNSET:
            field_dict["execution_date"] = execution_date
        if allowance is not UNSET:
            field_dict["allowance"] = allowance
        if is_salary is not UNSET:
            field_dict["is_salary"] = is_salary
        if instruction_id is not UNSET:
            field_dict["instruction_id"] = instruction_id
        if purchase_reference is not UNSET:
            field_dict["purchase_reference"] = purchase_reference
        if document_no is not UNSET:
            field_dict["document_no"] = document_no
        if qr_reference_number is not UNSET:
            field_dict["qr_reference_number"] = qr_reference_number
        if additional_information is not UNSET:
            field_dict["additional_information"] = additional_information
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if is_editing_restricted is not UNSET:
            field_dict["is_editing_restricted"] = is_editing_restricted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bank_payment_sender import BankPaymentSender  # noqa: PLC0415
        from ..models.payment_recipient import PaymentRecipient  # noqa: PLC0415
        from ..models.purchase_reference import PurchaseReference  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        uuid = d.pop("uuid", UNSET)

        _sender = d.pop("sender", UNSET)
        sender: BankPaymentSender | Unset
        if isinstance(_sender, Unset):
            sender = UNSET
        else:
            sender = BankPaymentSender.from_dict(_sender)

        _recipient = d.pop("recipient", UNSET)
        recipient: PaymentRecipient | Unset
        if isinstance(_recipient, Unset):
            recipient = UNSET
        else:
            recipient = PaymentRecipient.from_dict(_recipient)

        amount = d.pop("amount", UNSET)

        currency = d.pop("currency", UNSET)

        _execution_date = d.pop("execution_date", UNSET)
        execution_date: datetime.date | Unset
        if isinstance(_execution_date, Unset):
            execution_date = UNSET
        else:
            execution_date = datetime.date.fromisoformat(_execution_date)

        _allowance = d.pop("allowance", UNSET)
        allowance: BankPaymentAllowance | Unset
        if isinstance(_allowance, Unset):
            allowance = UNSET
        else:
            allowance = check_bank_payment_allowance(_allowance)

        is_salary = d.pop("is_salary", UNSET)

        instruction_id = d.pop("instruction_id", UNSET)

        _purchase_reference = d.pop("purchase_reference", UNSET)
        purchase_reference: PurchaseReference | Unset
        if isinstance(_purchase_reference, Unset):
            purchase_reference = UNSET
        else:
            purchase_reference = PurchaseReference.from_dict(_purchase_reference)

        def _parse_document_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        document_no = _parse_document_no(d.pop("document_no", UNSET))

        def _parse_qr_reference_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        qr_reference_number = _parse_qr_reference_number(d.pop("qr_reference_number", UNSET))

        def _parse_additional_information(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        additional_information = _parse_additional_information(d.pop("additional_information", UNSET))

        _status = d.pop("status", UNSET)
        status: PaymentViewStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_payment_view_status(_status)

        _type_ = d.pop("type", UNSET)
        type_: BankPaymentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_bank_payment_type(_type_)

        _due_date = d.pop("due_date", UNSET)
        due_date: datetime.date | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.date.fromisoformat(_due_date)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_is_editing_restricted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        is_editing_restricted = _parse_is_editing_restricted(d.pop("is_editing_restricted", UNSET))

        payment_view = cls(
            id=id,
            uuid=uuid,
            sender=sender,
            recipient=recipient,
            amount=amount,
            currency=currency,
            execution_date=execution_date,
            allowance=allowance,
            is_salary=is_salary,
            instruction_id=instruction_id,
            purchase_reference=purchase_reference,
            document_no=document_no,
            qr_reference_number=qr_reference_number,
            additional_information=additional_information,
            status=status,
            type_=type_,
            due_date=due_date,
            created_at=created_at,
            is_editing_restricted=is_editing_restricted,
        )

        payment_view.additional_properties = d
        return payment_view

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
