from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    _NUMBER,
    BOOL,
    DATE,
    DATETIME,
    INT,
    NUMBER,
    STR,
    Enum,
    Field,
    Model,
    Nullable,
    OneOf,
    dump,
    parse_date,
    parse_datetime,
    read_model,
)
from ..models.purchase_order_delivery_address_type import (
    PurchaseOrderDeliveryAddressType,
)
from ..models.purchase_order_kb_item_status_id import (
    PurchaseOrderKbItemStatusId,
)
from ..models.purchase_order_mwst_type import PurchaseOrderMwstType
from ..types import UNSET, Unset
from .purchase_order_delivery_address_type import PURCHASE_ORDER_DELIVERY_ADDRESS_TYPE_VALUES
from .purchase_order_kb_item_status_id import PURCHASE_ORDER_KB_ITEM_STATUS_ID_VALUES
from .purchase_order_mwst_type import PURCHASE_ORDER_MWST_TYPE_VALUES


@_attrs_define
class PurchaseOrder:
    """A purchase order as bexio returns it. The samples of create and update carry `positions`, the sample of "Fetch a
    single purchase order" does not.

    """

    id: int
    """ The id of the purchase order """
    document_nr: None | str
    kb_payment_template_id: int | None
    payment_type_id: int | None
    """ References a payment type object """
    title: None | str
    contact_id: int | None
    """ References a contact object """
    contact_sub_id: int | None
    """ References a contact object """
    template_slug: None | str
    user_id: int | None
    """ References a user object """
    project_id: int | None
    """ References a project object """
    logopaper_id: int | None
    language: None | PurchaseOrderLanguageReadType0
    """ The language of a purchase order (`Language`). """
    language_id: int | None
    """ References a language object """
    bank_account_id: int | None
    """ References a bank account object """
    currency: None | PurchaseOrderCurrencyReadType0
    """ The currency of a purchase order (`Currency`). """
    currency_id: int | None
    """ References a currency object """
    header: None | str
    footer: None | str
    total_rounding_difference: float | None | str
    """ rounding difference of the total (read only) """
    mwst_type: PurchaseOrderMwstType
    """ Possible values are
    * included - included means that the tax is included in the total price
    * excluded - excluded means that the tax is excluded from the total price
    * exempt - exempt means that no tax is charged
     """
    mwst_is_net: bool
    """ This value affects the total if the field mwst_type has been set to 0.
    false = Taxes are included in the total
    true = Taxes will be added to the total
     """
    is_compact_view: bool
    show_position_taxes: bool
    salesman_user_id: int | None
    """ References a user object """
    is_valid_from: datetime.date | None
    is_valid_to: datetime.date | None
    delivery_address_type: PurchaseOrderDeliveryAddressType
    contact_address_manual: None | str
    """ The contact address for the document. Newlines are in the format \\n """
    delivery_address_manual: None | str
    """ The delivery address for order. Newlines are in the format \\n """
    kb_item_status_id: PurchaseOrderKbItemStatusId
    """ status of the purchase order (read only): 22 Draft, 23 Open, 24 Partly, 25 Done, 26 Canceled """
    terms_of_payment_text: None | str
    """ Additional text which is displayed below the terms of payment """
    reference: None | str
    """ A reference which can be added to the document by the client. """
    api_reference: None | str
    """ This field can only be read and edited by the api. It can be used to save references to other systems. """
    mail: None | str
    """ The mail address of the company """
    viewed_by_client_at: datetime.date | None
    """ when the recipient viewed the purchase order (read only) """
    is_valid_until: datetime.date | None
    created_at: datetime.datetime | None
    """ Creation time of the purchase order (a timestamp, though documented as a date) """
    updated_at: datetime.datetime | None
    """ Last time when purchase order was updated (a timestamp, though documented as a date) """
    custom_translations: None | PurchaseOrderCustomTranslationsType0
    """ custom translations (a free-form object) """
    date_format: None | str
    nb_decimals_amount: int | None | str = 2
    """ The maximum number of decimal digits to display for amounts (number of items). """
    nb_decimals_price: int | None | str = 2
    """ The maximum number of decimal digits to display for prices (line item prices, totals, etc.). """
    positions: None | PurchaseOrderPositionsReadType0 | Unset = UNSET
    """ A purchase order can have multiple line items (positions). Please note that the line items must be grouped
    by required, optional and discount positions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["document_nr"] = self.document_nr
        field_dict["kb_payment_template_id"] = self.kb_payment_template_id
        field_dict["payment_type_id"] = self.payment_type_id
        field_dict["title"] = self.title
        field_dict["contact_id"] = self.contact_id
        field_dict["contact_sub_id"] = self.contact_sub_id
        field_dict["template_slug"] = self.template_slug
        field_dict["user_id"] = self.user_id
        field_dict["project_id"] = self.project_id
        field_dict["logopaper_id"] = self.logopaper_id
        field_dict["language"] = dump(self.language)
        field_dict["language_id"] = self.language_id
        field_dict["bank_account_id"] = self.bank_account_id
        field_dict["currency"] = dump(self.currency)
        field_dict["currency_id"] = self.currency_id
        field_dict["header"] = self.header
        field_dict["footer"] = self.footer
        field_dict["total_rounding_difference"] = self.total_rounding_difference
        field_dict["mwst_type"] = self.mwst_type
        field_dict["mwst_is_net"] = self.mwst_is_net
        field_dict["is_compact_view"] = self.is_compact_view
        field_dict["show_position_taxes"] = self.show_position_taxes
        field_dict["salesman_user_id"] = self.salesman_user_id
        field_dict["is_valid_from"] = dump(self.is_valid_from)
        field_dict["is_valid_to"] = dump(self.is_valid_to)
        field_dict["delivery_address_type"] = self.delivery_address_type
        field_dict["contact_address_manual"] = self.contact_address_manual
        field_dict["delivery_address_manual"] = self.delivery_address_manual
        field_dict["nb_decimals_amount"] = self.nb_decimals_amount
        field_dict["nb_decimals_price"] = self.nb_decimals_price
        field_dict["kb_item_status_id"] = self.kb_item_status_id
        field_dict["terms_of_payment_text"] = self.terms_of_payment_text
        field_dict["reference"] = self.reference
        field_dict["api_reference"] = self.api_reference
        field_dict["mail"] = self.mail
        field_dict["viewed_by_client_at"] = dump(self.viewed_by_client_at)
        field_dict["is_valid_until"] = dump(self.is_valid_until)
        field_dict["created_at"] = dump(self.created_at)
        field_dict["updated_at"] = dump(self.updated_at)
        field_dict["custom_translations"] = dump(self.custom_translations)
        field_dict["date_format"] = self.date_format
        if self.positions is not UNSET:
            field_dict["positions"] = dump(self.positions)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A PurchaseOrder from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            document_nr = src_dict["document_nr"]
            kb_payment_template_id = src_dict["kb_payment_template_id"]
            payment_type_id = src_dict["payment_type_id"]
            title = src_dict["title"]
            contact_id = src_dict["contact_id"]
            contact_sub_id = src_dict["contact_sub_id"]
            template_slug = src_dict["template_slug"]
            user_id = src_dict["user_id"]
            project_id = src_dict["project_id"]
            logopaper_id = src_dict["logopaper_id"]
            language = src_dict["language"]
            if language is not None:
                language = PurchaseOrderLanguageReadType0.from_dict(language)
            language_id = src_dict["language_id"]
            bank_account_id = src_dict["bank_account_id"]
            currency = src_dict["currency"]
            if currency is not None:
                currency = PurchaseOrderCurrencyReadType0.from_dict(currency)
            currency_id = src_dict["currency_id"]
            header = src_dict["header"]
            footer = src_dict["footer"]
            total_rounding_difference = src_dict["total_rounding_difference"]
            mwst_type = src_dict["mwst_type"]
            mwst_is_net = src_dict["mwst_is_net"]
            is_compact_view = src_dict["is_compact_view"]
            show_position_taxes = src_dict["show_position_taxes"]
            salesman_user_id = src_dict["salesman_user_id"]
            is_valid_from = src_dict["is_valid_from"]
            if is_valid_from is not None:
                is_valid_from = parse_date(is_valid_from)
            is_valid_to = src_dict["is_valid_to"]
            if is_valid_to is not None:
                is_valid_to = parse_date(is_valid_to)
            delivery_address_type = src_dict["delivery_address_type"]
            contact_address_manual = src_dict["contact_address_manual"]
            delivery_address_manual = src_dict["delivery_address_manual"]
            nb_decimals_amount = src_dict["nb_decimals_amount"]
            nb_decimals_price = src_dict["nb_decimals_price"]
            kb_item_status_id = src_dict["kb_item_status_id"]
            terms_of_payment_text = src_dict["terms_of_payment_text"]
            reference = src_dict["reference"]
            api_reference = src_dict["api_reference"]
            mail = src_dict["mail"]
            viewed_by_client_at = src_dict["viewed_by_client_at"]
            if viewed_by_client_at is not None:
                viewed_by_client_at = parse_date(viewed_by_client_at)
            is_valid_until = src_dict["is_valid_until"]
            if is_valid_until is not None:
                is_valid_until = parse_date(is_valid_until)
            created_at = src_dict["created_at"]
            if created_at is not None:
                created_at = parse_datetime(created_at)
            updated_at = src_dict["updated_at"]
            if updated_at is not None:
                updated_at = parse_datetime(updated_at)
            custom_translations = src_dict["custom_translations"]
            if custom_translations is not None:
                custom_translations = PurchaseOrderCustomTranslationsType0.from_dict(custom_translations)
            date_format = src_dict["date_format"]
            positions = src_dict.get("positions", UNSET)
            if positions is not None and positions is not UNSET:
                positions = PurchaseOrderPositionsReadType0.from_dict(positions)
            if not (
                type(id) is int
                and (document_nr is None or type(document_nr) is str)
                and (kb_payment_template_id is None or type(kb_payment_template_id) is int)
                and (payment_type_id is None or type(payment_type_id) is int)
                and (title is None or type(title) is str)
                and (contact_id is None or type(contact_id) is int)
                and (contact_sub_id is None or type(contact_sub_id) is int)
                and (template_slug is None or type(template_slug) is str)
                and (user_id is None or type(user_id) is int)
                and (project_id is None or type(project_id) is int)
                and (logopaper_id is None or type(logopaper_id) is int)
                and (language_id is None or type(language_id) is int)
                and (bank_account_id is None or type(bank_account_id) is int)
                and (currency_id is None or type(currency_id) is int)
                and (header is None or type(header) is str)
                and (footer is None or type(footer) is str)
                and (
                    total_rounding_difference is None
                    or (type(total_rounding_difference) in _NUMBER or type(total_rounding_difference) is str)
                )
                and mwst_type in PURCHASE_ORDER_MWST_TYPE_VALUES
                and type(mwst_is_net) is bool
                and type(is_compact_view) is bool
                and type(show_position_taxes) is bool
                and (salesman_user_id is None or type(salesman_user_id) is int)
                and delivery_address_type in PURCHASE_ORDER_DELIVERY_ADDRESS_TYPE_VALUES
                and (contact_address_manual is None or type(contact_address_manual) is str)
                and (delivery_address_manual is None or type(delivery_address_manual) is str)
                and (nb_decimals_amount is None or (type(nb_decimals_amount) is int or type(nb_decimals_amount) is str))
                and (nb_decimals_price is None or (type(nb_decimals_price) is int or type(nb_decimals_price) is str))
                and kb_item_status_id in PURCHASE_ORDER_KB_ITEM_STATUS_ID_VALUES
                and (terms_of_payment_text is None or type(terms_of_payment_text) is str)
                and (reference is None or type(reference) is str)
                and (api_reference is None or type(api_reference) is str)
                and (mail is None or type(mail) is str)
                and (date_format is None or type(date_format) is str)
            ):
                raise TypeError
            self = cls(
                id,
                document_nr,
                kb_payment_template_id,
                payment_type_id,
                title,
                contact_id,
                contact_sub_id,
                template_slug,
                user_id,
                project_id,
                logopaper_id,
                language,
                language_id,
                bank_account_id,
                currency,
                currency_id,
                header,
                footer,
                total_rounding_difference,
                mwst_type,
                mwst_is_net,
                is_compact_view,
                show_position_taxes,
                salesman_user_id,
                is_valid_from,
                is_valid_to,
                delivery_address_type,
                contact_address_manual,
                delivery_address_manual,
                kb_item_status_id,
                terms_of_payment_text,
                reference,
                api_reference,
                mail,
                viewed_by_client_at,
                is_valid_until,
                created_at,
                updated_at,
                custom_translations,
                date_format,
                nb_decimals_amount,
                nb_decimals_price,
                positions,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 42 + (positions is not UNSET):
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


from .purchase_order_currency_read_type_0 import PurchaseOrderCurrencyReadType0  # noqa: E402
from .purchase_order_custom_translations_type_0 import PurchaseOrderCustomTranslationsType0  # noqa: E402
from .purchase_order_language_read_type_0 import PurchaseOrderLanguageReadType0  # noqa: E402
from .purchase_order_positions_read_type_0 import PurchaseOrderPositionsReadType0  # noqa: E402

_FIELDS = (
    Field("id", "id", True, INT),
    Field("document_nr", "document_nr", True, Nullable(STR)),
    Field("kb_payment_template_id", "kb_payment_template_id", True, Nullable(INT)),
    Field("payment_type_id", "payment_type_id", True, Nullable(INT)),
    Field("title", "title", True, Nullable(STR)),
    Field("contact_id", "contact_id", True, Nullable(INT)),
    Field("contact_sub_id", "contact_sub_id", True, Nullable(INT)),
    Field("template_slug", "template_slug", True, Nullable(STR)),
    Field("user_id", "user_id", True, Nullable(INT)),
    Field("project_id", "project_id", True, Nullable(INT)),
    Field("logopaper_id", "logopaper_id", True, Nullable(INT)),
    Field("language", "language", True, Nullable(Model(PurchaseOrderLanguageReadType0))),
    Field("language_id", "language_id", True, Nullable(INT)),
    Field("bank_account_id", "bank_account_id", True, Nullable(INT)),
    Field("currency", "currency", True, Nullable(Model(PurchaseOrderCurrencyReadType0))),
    Field("currency_id", "currency_id", True, Nullable(INT)),
    Field("header", "header", True, Nullable(STR)),
    Field("footer", "footer", True, Nullable(STR)),
    Field(
        "total_rounding_difference",
        "total_rounding_difference",
        True,
        Nullable(
            OneOf(
                (
                    NUMBER,
                    STR,
                )
            )
        ),
    ),
    Field("mwst_type", "mwst_type", True, Enum(PURCHASE_ORDER_MWST_TYPE_VALUES)),
    Field("mwst_is_net", "mwst_is_net", True, BOOL),
    Field("is_compact_view", "is_compact_view", True, BOOL),
    Field("show_position_taxes", "show_position_taxes", True, BOOL),
    Field("salesman_user_id", "salesman_user_id", True, Nullable(INT)),
    Field("is_valid_from", "is_valid_from", True, Nullable(DATE)),
    Field("is_valid_to", "is_valid_to", True, Nullable(DATE)),
    Field("delivery_address_type", "delivery_address_type", True, Enum(PURCHASE_ORDER_DELIVERY_ADDRESS_TYPE_VALUES)),
    Field("contact_address_manual", "contact_address_manual", True, Nullable(STR)),
    Field("delivery_address_manual", "delivery_address_manual", True, Nullable(STR)),
    Field("kb_item_status_id", "kb_item_status_id", True, Enum(PURCHASE_ORDER_KB_ITEM_STATUS_ID_VALUES)),
    Field("terms_of_payment_text", "terms_of_payment_text", True, Nullable(STR)),
    Field("reference", "reference", True, Nullable(STR)),
    Field("api_reference", "api_reference", True, Nullable(STR)),
    Field("mail", "mail", True, Nullable(STR)),
    Field("viewed_by_client_at", "viewed_by_client_at", True, Nullable(DATE)),
    Field("is_valid_until", "is_valid_until", True, Nullable(DATE)),
    Field("created_at", "created_at", True, Nullable(DATETIME)),
    Field("updated_at", "updated_at", True, Nullable(DATETIME)),
    Field("custom_translations", "custom_translations", True, Nullable(Model(PurchaseOrderCustomTranslationsType0))),
    Field("date_format", "date_format", True, Nullable(STR)),
    Field(
        "nb_decimals_amount",
        "nb_decimals_amount",
        True,
        Nullable(
            OneOf(
                (
                    INT,
                    STR,
                )
            )
        ),
    ),
    Field(
        "nb_decimals_price",
        "nb_decimals_price",
        True,
        Nullable(
            OneOf(
                (
                    INT,
                    STR,
                )
            )
        ),
    ),
    Field("positions", "positions", False, Nullable(Model(PurchaseOrderPositionsReadType0))),
)
_KNOWN = frozenset(
    {
        "id",
        "document_nr",
        "kb_payment_template_id",
        "payment_type_id",
        "title",
        "contact_id",
        "contact_sub_id",
        "template_slug",
        "user_id",
        "project_id",
        "logopaper_id",
        "language",
        "language_id",
        "bank_account_id",
        "currency",
        "currency_id",
        "header",
        "footer",
        "total_rounding_difference",
        "mwst_type",
        "mwst_is_net",
        "is_compact_view",
        "show_position_taxes",
        "salesman_user_id",
        "is_valid_from",
        "is_valid_to",
        "delivery_address_type",
        "contact_address_manual",
        "delivery_address_manual",
        "nb_decimals_amount",
        "nb_decimals_price",
        "kb_item_status_id",
        "terms_of_payment_text",
        "reference",
        "api_reference",
        "mail",
        "viewed_by_client_at",
        "is_valid_until",
        "created_at",
        "updated_at",
        "custom_translations",
        "date_format",
        "positions",
    }
)
