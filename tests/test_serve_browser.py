"""The web app in a real headless Chromium, served by uvicorn on 127.0.0.1: every page type loads
without console errors, script errors, dialogs or requests elsewhere; the journey search → entity
→ evidence → document ends with the quote highlighted and in view."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import quote, unquote, urlparse

import pytest
import uvicorn
from bad_inputs import minutes_text
from test_hostile_text import HOSTILE, MARKUP
from test_serve import HOSTILE_NAME, corpus, one_id_per_label, target  # noqa: F401 - fixtures

from graphbuild.pipeline import build
from graphbuild.serve.app import create_app
from graphbuild.store.base import StoreTarget
from graphbuild.store.opening import open_store

pytestmark = pytest.mark.browser


@contextmanager
def serving(store: StoreTarget) -> Iterator[str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def base_url(target: StoreTarget) -> Iterator[str]:  # noqa: F811 - the fixture imported above
    with serving(target) as url:
        yield url


class Visit:
    def __init__(self, browser: Any, base_url: str) -> None:
        self.base_url = base_url
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        self.problems: list[str] = []
        self.page.on("console", lambda m: self.problems.append(f"console: {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.on("dialog", self._dialog)
        self.page.on("request", self._request)

    def _dialog(self, dialog: Any) -> None:
        self.problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    def _request(self, request: Any) -> None:
        if not request.url.startswith((self.base_url + "/", "data:", "about:", "blob:")):
            self.problems.append(f"request elsewhere: {request.url}")

    def go(self, path: str) -> Any:
        response = self.page.goto(self.base_url + path, wait_until="load")
        return response


@pytest.fixture
def visit(browser: Any, base_url: str) -> Iterator[Visit]:
    opened = Visit(browser, base_url)
    yield opened
    opened.page.close()


def test_every_page_type_loads_clean(visit: Visit, target: StoreTarget) -> None:  # noqa: F811
    paths = ["/", "/search?q=raadhus", "/packs", "/packs/adopters?initiative=KL+Play", "/packs/person"]
    paths += ["/entity/" + node_id for node_id in one_id_per_label(target).values()]
    for path in paths:
        response = visit.go(path)
        assert response is not None and response.status == 200, path
        visit.page.wait_for_timeout(100)
    for path in ("/entity/no:such", "/document/0000000000000000"):
        response = visit.go(path)
        assert response is not None and response.status == 404, path
        assert "Not found" in visit.page.inner_text("h1")
    expected = "console: Failed to load resource: the server responded with a status of 404 (Not Found)"
    assert visit.problems == [expected, expected]  # the two 404 pages themselves, nothing else
    visit.problems.clear()
    # the embedded picture draws inside its sandboxed frame
    visit.go("/entity/organization:kd-net")
    frame = visit.page.frame_locator("iframe.picture")
    frame.locator("canvas").first.wait_for(timeout=30_000)
    assert visit.problems == []


def test_hostile_text_stays_text(visit: Visit) -> None:
    visit.go("/search?q=orientering+script")
    visit.page.click(f"text={HOSTILE_NAME}")
    visit.page.wait_for_url("**/document/**", timeout=90_000)
    text = visit.page.inner_text("pre.document")
    assert '<script>alert("from the document")</script>' in text  # shown as words, not run
    assert visit.page.locator("pre.document script, pre.document b, pre.document img").count() == 0
    assert visit.problems == []


def test_journey_search_entity_evidence_document(visit: Visit) -> None:
    visit.go("/search?q=kl+play")
    visit.page.click("ul.entities a >> nth=0")
    visit.page.wait_for_url("**/entity/initiative:**", timeout=90_000)
    visit.page.frame_locator("iframe.picture").locator("canvas").first.wait_for(timeout=60_000)  # settled
    evidence = visit.page.locator("a.evidence").first
    quote = evidence.inner_text().strip("“”")
    evidence.scroll_into_view_if_needed()
    visit.page.wait_for_timeout(500)  # a click in the same instant as the scroll is lost beside the picture's frame
    evidence.click()
    visit.page.wait_for_url("**/document/**", timeout=90_000)
    mark = visit.page.locator("mark#quote")
    assert mark.inner_text() == quote
    box = mark.bounding_box()
    assert box is not None and 0 <= box["y"] < 800, box  # scrolled into view
    assert visit.problems == []


@pytest.mark.parametrize(
    ("path", "view"),
    [
        ("/entity/municipality:0370", "ego"),
        ("/entity/initiative:kl-play-sundhed-og-social", "diffusion"),
        ("/entity/organization:kd-net", "membership"),
    ],
)
def test_a_click_on_a_node_of_the_picture_opens_its_page(visit: Visit, path: str, view: str) -> None:
    visit.go(path)
    frame_element = visit.page.locator("iframe.picture")
    frame_element.scroll_into_view_if_needed()
    visit.page.frame_locator("iframe.picture").locator("canvas").first.wait_for(timeout=60_000)
    picture = next(frame for frame in visit.page.frames if "/picture/" in frame.url)
    picture.wait_for_function("window.kgReady === true", timeout=60_000)
    assert {"ego": "neighbourhood", "diffusion": "Diffusion of", "membership": "Membership"}[view] in picture.title()
    centre = path.removeprefix("/entity/")
    # a node other than the page's own, drawn where a click lands on it (not under another node)
    spot = picture.evaluate(
        """(centre) => {
          const box = document.getElementById("kg-network").getBoundingClientRect();
          for (const id of kgNodes.getIds()) {
            if (id === centre) continue;
            const at = kgNetwork.canvasToDOM(kgNetwork.getPositions([id])[id]);
            const inside = at.x > 5 && at.y > 5 && at.x < box.width - 5 && at.y < box.height - 5;
            if (inside && kgNetwork.getNodeAt(at) === id) return {id: id, x: box.left + at.x, y: box.top + at.y};
          }
          return null;
        }""",
        centre,
    )
    assert spot is not None, "no node of the picture can be clicked"
    frame_box = frame_element.bounding_box()
    assert frame_box is not None
    visit.page.mouse.click(frame_box["x"] + spot["x"], frame_box["y"] + spot["y"])
    wanted = "/entity/" + spot["id"]
    visit.page.wait_for_url(lambda url: unquote(urlparse(url).path) == wanted, timeout=60_000)
    visit.page.wait_for_load_state("load")
    assert visit.page.locator("dl.props code").first.inner_text() == spot["id"]  # the page of that node: its id
    assert visit.problems == []


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    """A graph whose item titles and quotes are test_hostile_text's strings, built from files: the
    served URL and the items' ids with their titles."""
    root = tmp_path_factory.mktemp("hostile")
    (root / "docs").mkdir()
    for number, text in enumerate(HOSTILE):
        extra = f"Citat fra mødet: “{text}” slut."
        page = minutes_text(title=text, day=1 + number % 27, extra=extra)
        (root / "docs" / f"hostile_{number}.txt").write_text(page, encoding="utf-8")
    store = StoreTarget(store_dir=root / "store")
    assert not build([root / "docs"], store, cache_dir=root / "cache", workers=1).failures
    opened = open_store(store, read_only=True)
    try:
        rows = opened.query("MATCH (a:AgendaItem) RETURN a.id AS id, a.title AS title")
    finally:
        opened.close()
    titles = {row["id"]: row["title"] for row in rows if row["title"] in HOSTILE}
    assert len(set(titles.values())) == len(HOSTILE)
    with serving(store) as url:
        yield url, titles


def test_hostile_titles_quotes_and_names_are_inert_on_every_page(
    browser: Any, hostile: tuple[str, dict[str, str]]
) -> None:
    url, titles = hostile
    visit = Visit(browser, url)
    try:
        for path in (
            "/",
            "/search?q=alert+script",
            "/search?q=kg+img",
            "/changes",
            "/packs/decisions?municipality=Kalundborg",
        ):
            response = visit.go(path)
            assert response is not None and response.status == 200, path
        assert visit.page.locator("table.sortable tbody tr").count() >= len(HOSTILE)  # every item decided
        opened_quotes = 0
        for item, title in titles.items():
            visit.go("/entity/" + quote(item, safe=":"))
            assert visit.page.inner_text("h1") == f"1. {title}"  # shown as the words it is, never as markup
            visit.page.frame_locator("iframe.picture").locator("canvas").first.wait_for(timeout=60_000)
            evidence = visit.page.locator("a.evidence").first
            if title in MARKUP and evidence.count():
                evidence.click()
                visit.page.wait_for_url("**/document/**", timeout=60_000)
                assert title in visit.page.inner_text("pre.document")
                opened_quotes += 1
        assert opened_quotes == len(MARKUP)
        assert visit.problems == []  # no alert, no script error, no request elsewhere on any page
    finally:
        visit.page.close()


def test_changes_documents_and_sorting_in_the_browser(visit: Visit) -> None:
    for path in ("/changes", "/changes?about=initiative:kl-play-sundhed-og-social"):
        response = visit.go(path)
        assert response is not None and response.status == 200, path
    visit.go("/search?q=raadhus")
    visit.page.click("a.doc >> nth=0")
    visit.page.wait_for_url("**/document/**", timeout=60_000)
    assert visit.page.locator("pre.document mark").count() >= 1  # the search words, marked
    visit.go("/packs/adopters?initiative=KL+Play")
    # the municipality's name, not its id (the column "municipality_id" beside it)
    column = visit.page.locator("table.sortable thead th", has_text=re.compile(r"^\s*municipality\b"))
    names = "table.sortable tbody tr td:nth-child(1)"
    column.click()
    first = visit.page.locator(names).all_inner_texts()
    column.click()
    second = visit.page.locator(names).all_inner_texts()
    assert len(first) >= 5 and first == sorted(first, key=danish) and second == first[::-1]
    assert visit.problems == []


def danish(name: str) -> str:
    """Danish alphabetical order: æ, ø, å (and aa, as in Aarhus) after z."""
    return name.casefold().replace("aa", "å").translate(str.maketrans({"æ": "{", "ø": "|", "å": "}"}))
