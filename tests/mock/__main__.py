"""`make mock`: serve the mock on 127.0.0.1:4010 as a local bexio sandbox."""

import argparse

import uvicorn

from .app import BexioMock

parser = argparse.ArgumentParser(prog="python -m tests.mock", description=__doc__)
parser.add_argument("--host", default="127.0.0.1")
parser.add_argument("--port", type=int, default=4010)
args = parser.parse_args()
print(f"bexio mock on http://{args.host}:{args.port} (any bearer token is accepted; spec at /openapi.json)")
uvicorn.run(BexioMock().app, host=args.host, port=args.port, log_level="warning")
