"""Create contact relation answers with the relation, not the contact its doc sample shows."""

from bexio_client.models import ContactRelation, ContactRelationCreate


def test_create_contact_relation_returns_a_relation(bexio, mock):
    response = mock.spec["paths"]["/2.0/contact_relation"]["post"]["responses"]["201"]
    assert response["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ContactRelation"}
    created = bexio.contact_relations.create(body=ContactRelationCreate(contact_id=4, contact_sub_id=5))
    assert isinstance(created, ContactRelation) and (created.contact_id, created.contact_sub_id) == (4, 5)
