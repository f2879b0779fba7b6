"""`make docs` writes one HTML page that works offline: no script or style from another host, the
reference prerendered, and the section on using the description from other languages."""

import subprocess
from html.parser import HTMLParser

from tests.paths import ROOT


class _External(HTMLParser):
    """Collects the scripts, stylesheets and CSS imports that the page would fetch over http(s)."""

    def __init__(self) -> None:
        super().__init__()
        self.fetched: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "script" and values.get("src"):
            self.fetched.append(str(values["src"]))
        if tag == "link" and values.get("href"):
            self.fetched.append(str(values["href"]))
        self._in_style = tag == "style"

    def handle_data(self, data: str) -> None:
        if self._in_style and "@import" in data:
            self.fetched.append(data[data.index("@import") :][:80])


def test_docs_page_is_self_contained(tmp_path):
    page = tmp_path / "index.html"
    result = subprocess.run(["make", "-s", "docs", f"DOCS={page}"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    html = page.read_text(encoding="utf-8")
    parser = _External()
    parser.feed(html)
    assert [url for url in parser.fetched if "http://" in url or "https://" in url or url.startswith("//")] == []
    assert "<h2>Using this description from your language</h2>" in html
    assert "Fetch a list of contacts" in html  # the reference itself, prerendered
