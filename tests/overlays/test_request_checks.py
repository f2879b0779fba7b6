"""Corrections that make the mock (and every client) reject what bexio cannot take."""

import pytest

from bexio_client.errors import BadRequestError

CONTACT = {"contact_type_id": 1, "name_1": "Muster AG", "user_id": 1, "owner_id": 1}


@pytest.mark.parametrize("ids", ["1,2", "7"])
def test_group_ids_are_comma_separated_ids(bexio, ids):
    assert bexio.contacts.create(body={**CONTACT, "contact_group_ids": ids}).contact_group_ids == ids


@pytest.mark.parametrize("ids", ["1;2", "1, 2", "[1,2]"])
def test_other_id_lists_are_rejected_naming_the_field(bexio, ids):
    with pytest.raises(BadRequestError, match="contact_branch_ids"):
        bexio.contacts.create(body={**CONTACT, "contact_branch_ids": ids})


@pytest.mark.parametrize("order_by", ["name_1", "name_1_desc", "updated_at_asc,id", "nr_desc,name_1_asc"])
def test_order_by_takes_directions_and_lists(bexio, order_by):
    assert bexio.contacts.detailed.list(order_by=order_by).status_code == 200


@pytest.mark.parametrize("order_by", ["remarks", "name_1_down", "id,"])
def test_order_by_rejects_other_fields(bexio, order_by):
    with pytest.raises(BadRequestError, match="order_by"):
        bexio.contacts.list(order_by=order_by)


def test_limit_is_at_most_2000(bexio):
    with pytest.raises(BadRequestError, match="limit"):
        bexio.contacts.list(limit=2001)
