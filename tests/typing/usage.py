"""The README's calls, written as a user would: pyright must find no error here (tests/typing/test_types.py).

Never run: it is only type-checked.
"""

import asyncio
import datetime

from bexio_client import AsyncBexio, Bexio, Search, pdf_bytes
from bexio_client.errors import BexioError, NotFoundError, RateLimitError
from bexio_client.models import (
    BillListItem,
    Contact,
    ContactCreate,
    InvoiceCreate,
    InvoicePaymentCreate,
    KbPositionCustomCreate,
    KbPositionTextCreate,
)


def sync_usage() -> None:
    with Bexio(access_token="token", base_url="http://127.0.0.1:4010") as bexio:
        contacts: list[Contact] = bexio.contacts.list(order_by="name_1_desc", limit=100)
        created: Contact = bexio.contacts.create(
            body=ContactCreate(contact_type_id=1, name_1="Muster AG", user_id=1, owner_id=1, title_id=None)
        )
        from_dict: Contact = bexio.contacts.create(
            body={"contact_type_id": 1, "name_1": "Muster AG", "user_id": 1, "owner_id": 1}
        )
        found: list[Contact] = bexio.contacts.search(
            body=Search(bexio.contacts.search).where("name_1", "like", "Muster").where("id", "in", [created.id]).build()
        )
        one: Contact = bexio.contacts.get(created.id, show_archived=True, timeout=5.0, extra_headers={"X-Trace": "1"})
        status: int = bexio.contacts.detailed.get(one.id).status_code
        for contact in bexio.paginate(bexio.contacts.list, order_by="id"):
            name: str = contact.name_1
            print(contact.id, name, status, len(contacts), len(found), from_dict.id)
        for bill in bexio.paginate(bexio.bills.list):
            item: BillListItem = bill
            print(item.id)
        invoice = bexio.invoices.create(
            body=InvoiceCreate(
                contact_id=14,
                user_id=1,
                mwst_type=0,
                positions=[
                    KbPositionTextCreate(type_="KbPositionText", text="Website relaunch"),
                    KbPositionCustomCreate(type_="KbPositionCustom", amount="5", unit_price="120.00", tax_id=4),
                ],
            )
        )
        bexio.invoices.issue(invoice.id)
        bexio.invoices.create_invoice_payment(
            invoice.id, body=InvoicePaymentCreate(date=datetime.date.today(), value="600.00")
        )
        pdf: bytes = pdf_bytes(bexio.invoices.get_invoice_pdf(invoice.id))
        print(len(pdf))
        try:
            bexio.contacts.get(1)
        except NotFoundError as error:
            print(error.status_code, error.message)
        except RateLimitError as error:
            print(error.response)
        except BexioError as error:
            print(error.error_code)


async def async_usage() -> None:
    async with AsyncBexio(access_token="token") as bexio:
        contacts: list[Contact] = await bexio.contacts.list(limit=10)
        one: Contact = await bexio.contacts.get(contacts[0].id)
        status: int = (await bexio.contacts.detailed.get(one.id)).status_code
        async for contact in bexio.paginate(bexio.contacts.list):
            name: str = contact.name_1
            print(name, status)


asyncio.run(async_usage())
