from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    BOOL,
    DATE,
    DATETIME,
    INT,
    STR,
    Enum,
    Field,
    Model,
    Nullable,
    dump,
    parse_date,
    parse_datetime,
    read_model,
)
from ..models.purchase_order_edit_delivery_address_type import (
    PurchaseOrderEditDeliveryAddressType,
)
from ..models.purchase_order_edit_mwst_type import PurchaseOrderEditMwstType
from ..types import UNSET, Unset
from .purchase_order_edit_delivery_address_type import PURCHASE_ORDER_EDIT_DELIVERY_ADDRESS_TYPE_VALUES
from .purchase_order_edit_mwst_type import PURCHASE_ORDER_EDIT_MWST_TYPE_VALUES


@_attrs_define
class PurchaseOrderEdit:
    """A purchase order as sent to update it (without positions)."""

    id: int | Unset = UNSET
    """ The id of the purchase order """
    document_nr: str | Unset = UNSET
    kb_payment_template_id: int | None | Unset = UNSET
    payment_type_id: int | Unset = UNSET
    """ References a payment type object """
    title: None | str | Unset = UNSET
    contact_id: int | Unset = UNSET
    """ References a contact object """
    contact_sub_id: int | None | Unset = UNSET
    """ References a contact object """
    template_slug: None | str | Unset = UNSET
    user_id: int | Unset = UNSET
    """ References a user object """
    project_id: int | None | Unset = UNSET
    """ References a project object """
    logopaper_id: int | Unset = UNSET
    language: PurchaseOrderLanguage | Unset = UNSET
    """ The language of a purchase order (`Language`). """
    language_id: int | Unset = UNSET
    """ References a language object """
    bank_account_id: int | Unset = UNSET
    """ References a bank account object """
    currency: PurchaseOrderCurrency | Unset = UNSET
    """ The currency of a purchase order (`Currency`). """
    currency_id: int | Unset = UNSET
    """ References a currency object """
    header: None | str | Unset = UNSET
    footer: None | str | Unset = UNSET
    mwst_type: PurchaseOrderEditMwstType | Unset = UNSET
    """ Possible values are
    * included - included means that the tax is included in the total price
    * excluded - excluded means that the tax is excluded from the total price
    * exempt - exempt means that no tax is charged
     """
    mwst_is_net: bool | Unset = UNSET
    """ This value affects the total if the field mwst_type has been set to 0.
    false = Taxes are included in the total
    true = Taxes will be added to the total
     """
    is_compact_view: bool | Unset = UNSET
    show_position_taxes: bool | Unset = UNSET
    salesman_user_id: int | None | Unset = UNSET
    """ References a user object """
    is_valid_from: datetime.date | Unset = UNSET
    is_valid_to: datetime.date | Unset = UNSET
    delivery_address_type: PurchaseOrderEditDeliveryAddressType | Unset = UNSET
    contact_address_manual: str | Unset = UNSET
    """ The contact address for the document. Newlines are in the format \\n """
    delivery_address_manual: str | Unset = UNSET
    """ The delivery address for order. Newlines are in the format \\n """
    nb_decimals_amount: int | Unset = 2
    """ The maximum number of decimal digits to display for amounts (number of items). """
    nb_decimals_price: int | Unset = 2
    """ The maximum number of decimal digits to display for prices (line item prices, totals, etc.). """
    terms_of_payment_text: None | str | Unset = UNSET
    """ Additional text which is displayed below the terms of payment """
    reference: None | str | Unset = UNSET
    """ A reference which can be added to the document by the client. """
    api_reference: None | str | Unset = UNSET
    """ This field can only be read and edited by the api. It can be used to save references to other systems. """
    mail: None | str | Unset = UNSET
    """ The mail address of the company """
    is_valid_until: datetime.date | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    """ Creation time of the purchase order (a timestamp, though documented as a date) """
    updated_at: datetime.datetime | Unset = UNSET
    """ Last time when purchase order was updated (a timestamp, though documented as a date) """
    custom_translations: PurchaseOrderEditCustomTranslations | Unset = UNSET
    """ custom translations (a free-form object) """
    date_format: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.document_nr is not UNSET:
            field_dict["document_nr"] = self.document_nr
        if self.kb_payment_template_id is not UNSET:
            field_dict["kb_payment_template_id"] = self.kb_payment_template_id
        if self.payment_type_id is not UNSET:
            field_dict["payment_type_id"] = self.payment_type_id
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.contact_id is not UNSET:
            field_dict["contact_id"] = self.contact_id
        if self.contact_sub_id is not UNSET:
            field_dict["contact_sub_id"] = self.contact_sub_id
        if self.template_slug is not UNSET:
            field_dict["template_slug"] = self.template_slug
        if self.user_id is not UNSET:
            field_dict["user_id"] = self.user_id
        if self.project_id is not UNSET:
            field_dict["project_id"] = self.project_id
        if self.logopaper_id is not UNSET:
            field_dict["logopaper_id"] = self.logopaper_id
        if self.language is not UNSET:
            field_dict["language"] = dump(self.language)
        if self.language_id is not UNSET:
            field_dict["language_id"] = self.language_id
        if self.bank_account_id is not UNSET:
            field_dict["bank_account_id"] = self.bank_account_id
        if self.currency is not UNSET:
            field_dict["currency"] = dump(self.currency)
        if self.currency_id is not UNSET:
            field_dict["currency_id"] = self.currency_id
        if self.header is not UNSET:
            field_dict["header"] = self.header
        if self.footer is not UNSET:
            field_dict["footer"] = self.footer
        if self.mwst_type is not UNSET:
            field_dict["mwst_type"] = self.mwst_type
        if self.mwst_is_net is not UNSET:
            field_dict["mwst_is_net"] = self.mwst_is_net
        if self.is_compact_view is not UNSET:
            field_dict["is_compact_view"] = self.is_compact_view
        if self.show_position_taxes is not UNSET:
            field_dict["show_position_taxes"] = self.show_position_taxes
        if self.salesman_user_id is not UNSET:
            field_dict["salesman_user_id"] = self.salesman_user_id
        if self.is_valid_from is not UNSET:
            field_dict["is_valid_from"] = dump(self.is_valid_from)
        if self.is_valid_to is not UNSET:
            field_dict["is_valid_to"] = dump(self.is_valid_to)
        if self.delivery_address_type is not UNSET:
            field_dict["delivery_address_type"] = self.delivery_address_type
        if self.contact_address_manual is not UNSET:
            field_dict["contact_address_manual"] = self.contact_address_manual
        if self.delivery_address_manual is not UNSET:
            field_dict["delivery_address_manual"] = self.delivery_address_manual
        if self.nb_decimals_amount is not UNSET:
            field_dict["nb_decimals_amount"] = self.nb_decimals_amount
        if self.nb_decimals_price is not UNSET:
            field_dict["nb_decimals_price"] = self.nb_decimals_price
        if self.terms_of_payment_text is not UNSET:
            field_dict["terms_of_payment_text"] = self.terms_of_payment_text
        if self.reference is not UNSET:
            field_dict["reference"] = self.reference
        if self.api_reference is not UNSET:
            field_dict["api_reference"] = self.api_reference
        if self.mail is not UNSET:
            field_dict["mail"] = self.mail
        if self.is_valid_until is not UNSET:
            field_dict["is_valid_until"] = dump(self.is_valid_until)
        if self.created_at is not UNSET:
            field_dict["created_at"] = dump(self.created_at)
        if self.updated_at is not UNSET:
            field_dict["updated_at"] = dump(self.updated_at)
        if self.custom_translations is not UNSET:
            field_dict["custom_translations"] = dump(self.custom_translations)
        if self.date_format is not UNSET:
            field_dict["date_format"] = self.date_format
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A PurchaseOrderEdit from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict.get("id", UNSET)
            document_nr = src_dict.get("document_nr", UNSET)
            kb_payment_template_id = src_dict.get("kb_payment_template_id", UNSET)
            payment_type_id = src_dict.get("payment_type_id", UNSET)
            title = src_dict.get("title", UNSET)
            contact_id = src_dict.get("contact_id", UNSET)
            contact_sub_id = src_dict.get("contact_sub_id", UNSET)
            template_slug = src_dict.get("template_slug", UNSET)
            user_id = src_dict.get("user_id", UNSET)
            project_id = src_dict.get("project_id", UNSET)
            logopaper_id = src_dict.get("logopaper_id", UNSET)
            language = src_dict.get("language", UNSET)
            if language is not UNSET:
                language = PurchaseOrderLanguage.from_dict(language)
            language_id = src_dict.get("language_id", UNSET)
            bank_account_id = src_dict.get("bank_account_id", UNSET)
            currency = src_dict.get("currency", UNSET)
            if currency is not UNSET:
                currency = PurchaseOrderCurrency.from_dict(currency)
            currency_id = src_dict.get("currency_id", UNSET)
            header = src_dict.get("header", UNSET)
            footer = src_dict.get("footer", UNSET)
            mwst_type = src_dict.get("mwst_type", UNSET)
            mwst_is_net = src_dict.get("mwst_is_net", UNSET)
            is_compact_view = src_dict.get("is_compact_view", UNSET)
            show_position_taxes = src_dict.get("show_position_taxes", UNSET)
            salesman_user_id = src_dict.get("salesman_user_id", UNSET)
            is_valid_from = src_dict.get("is_valid_from", UNSET)
            if is_valid_from is not UNSET:
                is_valid_from = parse_date(is_valid_from)
            is_valid_to = src_dict.get("is_valid_to", UNSET)
            if is_valid_to is not UNSET:
                is_valid_to = parse_date(is_valid_to)
            delivery_address_type = src_dict.get("delivery_address_type", UNSET)
            contact_address_manual = src_dict.get("contact_address_manual", UNSET)
            delivery_address_manual = src_dict.get("delivery_address_manual", UNSET)
            nb_decimals_amount = src_dict.get("nb_decimals_amount", UNSET)
            nb_decimals_price = src_dict.get("nb_decimals_price", UNSET)
            terms_of_payment_text = src_dict.get("terms_of_payment_text", UNSET)
            reference = src_dict.get("reference", UNSET)
            api_reference = src_dict.get("api_reference", UNSET)
            mail = src_dict.get("mail", UNSET)
            is_valid_until = src_dict.get("is_valid_until", UNSET)
            if is_valid_until is not UNSET:
                is_valid_until = parse_date(is_valid_until)
            created_at = src_dict.get("created_at", UNSET)
            if created_at is not UNSET:
                created_at = parse_datetime(created_at)
            updated_at = src_dict.get("updated_at", UNSET)
            if updated_at is not UNSET:
                updated_at = parse_datetime(updated_at)
            custom_translations = src_dict.get("custom_translations", UNSET)
            if custom_translations is not UNSET:
                custom_translations = PurchaseOrderEditCustomTranslations.from_dict(custom_translations)
            date_format = src_dict.get("date_format", UNSET)
            if not (
                (id is UNSET or type(id) is int)
                and (document_nr is UNSET or type(document_nr) is str)
                and (
                    kb_payment_template_id is None
                    or kb_payment_template_id is UNSET
                    or type(kb_payment_template_id) is int
                )
                and (payment_type_id is UNSET or type(payment_type_id) is int)
                and (title is None or title is UNSET or type(title) is str)
                and (contact_id is UNSET or type(contact_id) is int)
                and (contact_sub_id is None or contact_sub_id is UNSET or type(contact_sub_id) is int)
                and (template_slug is None or template_slug is UNSET or type(template_slug) is str)
                and (user_id is UNSET or type(user_id) is int)
                and (project_id is None or project_id is UNSET or type(project_id) is int)
                and (logopaper_id is UNSET or type(logopaper_id) is int)
                and (language_id is UNSET or type(language_id) is int)
                and (bank_account_id is UNSET or type(bank_account_id) is int)
                and (currency_id is UNSET or type(currency_id) is int)
                and (header is None or header is UNSET or type(header) is str)
                and (footer is None or footer is UNSET or type(footer) is str)
                and (mwst_type is UNSET or mwst_type in PURCHASE_ORDER_EDIT_MWST_TYPE_VALUES)
                and (mwst_is_net is UNSET or type(mwst_is_net) is bool)
                and (is_compact_view is UNSET or type(is_compact_view) is bool)
                and (show_position_taxes is UNSET or type(show_position_taxes) is bool)
                and (salesman_user_id is None or salesman_user_id is UNSET or type(salesman_user_id) is int)
                and (
                    delivery_address_type is UNSET
                    or delivery_address_type in PURCHASE_ORDER_EDIT_DELIVERY_ADDRESS_TYPE_VALUES
                )
                and (contact_address_manual is UNSET or type(contact_address_manual) is str)
                and (delivery_address_manual is UNSET or type(delivery_address_manual) is str)
                and (nb_decimals_amount is UNSET or type(nb_decimals_amount) is int)
                and (nb_decimals_price is UNSET or type(nb_decimals_price) is int)
                and (
                    terms_of_payment_text is None
                    or terms_of_payment_text is UNSET
                    or type(terms_of_payment_text) is str
                )
                and (reference is None or reference is UNSET or type(reference) is str)
                and (api_reference is None or api_reference is UNSET or type(api_reference) is str)
                and (mail is None or mail is UNSET or type(mail) is str)
                and (date_format is UNSET or type(date_format) is str)
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
                nb_decimals_amount,
                nb_decimals_price,
                terms_of_payment_text,
                reference,
                api_reference,
                mail,
                is_valid_until,
                created_at,
                updated_at,
                custom_translations,
                date_format,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 0 and not _KNOWN.issuperset(src_dict):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


from .purchase_order_currency import PurchaseOrderCurrency  # noqa: E402
from .purchase_order_edit_custom_translations import PurchaseOrderEditCustomTranslations  # noqa: E402
from .purchase_order_language import PurchaseOrderLanguage  # noqa: E402

_FIELDS = (
    Field("id", "id", False, INT),
    Field("document_nr", "document_nr", False, STR),
    Field("kb_payment_template_id", "kb_payment_template_id", False, Nullable(INT)),
    Field("payment_type_id", "payment_type_id", False, INT),
    Field("title", "title", False, Nullable(STR)),
    Field("contact_id", "contact_id", False, INT),
    Field("contact_sub_id", "contact_sub_id", False, Nullable(INT)),
    Field("template_slug", "template_slug", False, Nullable(STR)),
    Field("user_id", "user_id", False, INT),
    Field("project_id", "project_id", False, Nullable(INT)),
    Field("logopaper_id", "logopaper_id", False, INT),
    Field("language", "language", False, Model(PurchaseOrderLanguage)),
    Field("language_id", "language_id", False, INT),
    Field("bank_account_id", "bank_account_id", False, INT),
    Field("currency", "currency", False, Model(PurchaseOrderCurrency)),
    Field("currency_id", "currency_id", False, INT),
    Field("header", "header", False, Nullable(STR)),
    Field("footer", "footer", False, Nullable(STR)),
    Field("mwst_type", "mwst_type", False, Enum(PURCHASE_ORDER_EDIT_MWST_TYPE_VALUES)),
    Field("mwst_is_net", "mwst_is_net", False, BOOL),
    Field("is_compact_view", "is_compact_view", False, BOOL),
    Field("show_position_taxes", "show_position_taxes", False, BOOL),
    Field("salesman_user_id", "salesman_user_id", False, Nullable(INT)),
    Field("is_valid_from", "is_valid_from", False, DATE),
    Field("is_valid_to", "is_valid_to", False, DATE),
    Field(
        "delivery_address_type", "delivery_address_type", False, Enum(PURCHASE_ORDER_EDIT_DELIVERY_ADDRESS_TYPE_VALUES)
    ),
    Field("contact_address_manual", "contact_address_manual", False, STR),
    Field("delivery_address_manual", "delivery_address_manual", False, STR),
    Field("nb_decimals_amount", "nb_decimals_amount", False, INT),
    Field("nb_decimals_price", "nb_decimals_price", False, INT),
    Field("terms_of_payment_text", "terms_of_payment_text", False, Nullable(STR)),
    Field("reference", "reference", False, Nullable(STR)),
    Field("api_reference", "api_reference", False, Nullable(STR)),
    Field("mail", "mail", False, Nullable(STR)),
    Field("is_valid_until", "is_valid_until", False, DATE),
    Field("created_at", "created_at", False, DATETIME),
    Field("updated_at", "updated_at", False, DATETIME),
    Field("custom_translations", "custom_translations", False, Model(PurchaseOrderEditCustomTranslations)),
    Field("date_format", "date_format", False, STR),
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
        "terms_of_payment_text",
        "reference",
        "api_reference",
        "mail",
        "is_valid_until",
        "created_at",
        "updated_at",
        "custom_translations",
        "date_format",
    }
)
