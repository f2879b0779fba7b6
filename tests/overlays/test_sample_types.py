"""Types the samples contradict are accepted on read, and on write where bexio's request samples send them."""

from bexio_client.models import AdditionalAddress, Contact, ContactCreate
from tests.mock import BexioMock


def test_postcode_reads_as_the_integer_of_the_samples_or_a_string():
    sample = BexioMock().example_reply("getContact").body
    assert Contact.from_dict(sample).postcode == 8004
    assert Contact.from_dict({**sample, "postcode": "8640"}).postcode == "8640"
    assert Contact.from_dict({**sample, "postcode": None}).postcode is None


def test_additional_address_postcode_too():
    sample = BexioMock().example_reply("getAdditionalAddress").body
    assert AdditionalAddress.from_dict(sample).postcode == sample["postcode"]
    assert AdditionalAddress.from_dict({**sample, "postcode": "9000"}).postcode == "9000"


def test_requests_send_the_documented_string_or_the_integer_of_the_samples(bexio):
    new = {"contact_type_id": 1, "name_1": "Muster AG", "user_id": 1, "owner_id": 1}
    assert ContactCreate(**new, postcode="8004").to_dict()["postcode"] == "8004"
    sample = BexioMock().operations["createContact"]["requestBody"]["content"]["application/json"]["example"]
    assert sample["postcode"] == 8004
    assert bexio.contacts.create(body=ContactCreate.from_dict(sample)).name_1 == sample["name_1"]


def test_mail_second_may_be_empty_as_the_samples_send_it(bexio):
    created = bexio.contacts.create(
        body=ContactCreate(contact_type_id=1, name_1="Muster AG", user_id=1, owner_id=1, mail_second="")
    )
    assert created.mail_second == ""
