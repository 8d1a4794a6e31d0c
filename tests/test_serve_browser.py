"""The web app in a real headless Chromium, served by uvicorn on 127.0.0.1: every page type loads
without console errors, script errors, dialogs or requests elsewhere; the journey search → entity
→ evidence → document ends with the quote highlighted and in view."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote, urlparse

import pytest
import uvicorn
from test_serve import HOSTILE_NAME, corpus, one_id_per_label, target  # noqa: F401 - fixtures

from graphbuild.serve.app import create_app
from graphbuild.store.base import StoreTarget

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def base_url(target: StoreTarget) -> Iterator[str]:  # noqa: F811 - the fixture imported above
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(target), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


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
