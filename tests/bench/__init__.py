"""`make bench`: what bexio_client costs its user, each measure beside its floor.

The wheel is built and installed in a clean venv with only its declared dependencies (as a user
gets it); the HTTP measures go to a tiny local server that answers fixed JSON (tests/bench/server.py),
and the data are the published spec's own examples (tests/bench/pages.py). Every measure runs in
interleaved rounds with its floor; the table gives min and median of both and their ratios, and
judges the target on the median ratio.
"""
