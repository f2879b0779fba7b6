"""Deliberate mistakes: pyright must report exactly the lines marked `# error` (tests/typing/test_types.py).

Never run: it is only type-checked.
"""

from bexio_client import AsyncBexio, Bexio
from bexio_client.models import Contact

bexio = Bexio(access_token="token")
bexio.contacts.get("not-an-int")  # error: wrong argument type
bexio.contacts.list(limt=10)  # error: unknown keyword
wrong: int = bexio.contacts.get(1)  # error: a Contact is not an int
bexio.contacts.create(body=123)  # error: the body is not a model
for item in bexio.paginate(bexio.contacts.list):
    number: int = item.name_1  # error: name_1 is a str
fine: Contact = bexio.contacts.get(1)


async def main() -> None:
    client = AsyncBexio(access_token="token")
    await client.contacts.get("not-an-int")  # error: wrong argument type
    await client.contacts.list(limt=10)  # error: unknown keyword
    wrong_async: int = await client.contacts.get(1)  # error: a Contact is not an int
    await client.contacts.create(body=123)  # error: the body is not a model
    async for item in client.paginate(client.contacts.list):
        number: int = item.name_1  # error: name_1 is a str
        print(number)
    print(wrong_async)
