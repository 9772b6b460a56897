"""The ``ipgraph viz`` page in real headless Chromium: offline, error-free, filterable, and safe from report text.

Every test fails on a console error or on any request other than the page
itself. CI installs Debian's chromium and chromium-driver first (.ci/run);
these tests are never skipped.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By

from ipgraph.cli import main
from ipgraph.network.browser import chromium, console_errors, open_page, requests
from ipgraph.network.graph import load, partnership_network
from ipgraph.vocab import IP

from conftest import ROOT

TRIPLES = ROOT / "data" / "triples"
WIPO = "https://w3id.org/ipgraph/id/org/WIPO"
SCREENSHOT = ROOT / "out" / "screenshots" / "network.png"


@pytest.fixture(scope="module")
def driver():
    with chromium() as browser:
        yield browser


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The page the README's first command writes, made by the command itself."""
    page = tmp_path_factory.mktemp("viz") / "network.html"
    result = CliRunner().invoke(main, ["viz", "--out", str(page)])
    assert result.exit_code == 0, result.output
    return page


@pytest.fixture(scope="module")
def partners() -> nx.Graph:
    return partnership_network(load([TRIPLES]))


@pytest.fixture
def page(driver, bundled: Path):
    open_page(driver, bundled)
    yield driver
    assert_clean(driver, bundled)


def assert_clean(driver, page: Path) -> None:
    assert console_errors(driver) == []
    assert requests(driver, page) == []
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018 - reading it is the check


def visible_edges(driver) -> set[tuple[str, str]]:
    return {tuple(pair) for pair in driver.execute_script(
        "return ipgraph.edges.get({filter: (e) => !e.hidden}).map((e) => [e.from, e.to])")}


def key(a: str, b: str) -> tuple[str, str]:
    return min(a, b), max(a, b)


def set_number(driver, element_id: str, value: int) -> None:
    box = driver.find_element(By.ID, element_id)
    box.clear()
    box.send_keys(str(value))


def click_at(driver, x: float, y: float) -> None:
    """Click the network canvas at DOM coordinates (x, y) inside it, as a person would."""
    canvas = driver.find_element(By.ID, "network")
    size = canvas.size
    ActionChains(driver).move_to_element_with_offset(canvas, int(x - size["width"] / 2),
                                                     int(y - size["height"] / 2)).click().perform()


def dom_position(driver, node: str) -> dict[str, float]:
    return driver.execute_script(
        "const n = ipgraph.network; return n.canvasToDOM(n.getPositions([arguments[0]])[arguments[0]]);", node)


def segment_distance(point: complex, start: complex, end: complex) -> float:
    """The distance in the plane from a point to a segment, points written as complex numbers."""
    if start == end:
        return abs(point - start)
    along = ((point - start) / (end - start)).real
    return abs(point - (start + min(max(along, 0.0), 1.0) * (end - start)))


def test_page_shows_nodes_legend_and_filters(page, partners: nx.Graph):
    drawn = page.execute_script("return ipgraph.nodes.get({filter: (n) => !n.hidden}).map((n) => n.id)")
    assert set(drawn) == {n for n in partners if partners.degree(n) > 0}
    assert len(visible_edges(page)) == partners.number_of_edges()
    assert len(page.find_elements(By.CSS_SELECTOR, "#legend div[data-group]")) == 9
    for control in ("year-from", "year-to", "type", "country", "min-weight", "inferred", "search"):
        assert page.find_element(By.ID, control).is_displayed()
    types = [o.get_attribute("value") for o in page.find_elements(By.CSS_SELECTOR, "#type option")]
    assert {"Workshop", "MemorandumOfUnderstanding"} <= set(types)
    assert page.find_element(By.TAG_NAME, "canvas").size["width"] > 800
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    assert page.save_screenshot(str(SCREENSHOT))


def test_filtering_to_2024_hides_the_2023_only_edges(page, partners: nx.Graph):
    years = {key(a, b): {(link["date"] or "")[:4] for link in attrs["links"]}
             for a, b, attrs in partners.edges(data=True)}
    only_2023 = {edge for edge, found in years.items() if found == {"2023"}}
    with_2024 = {edge for edge, found in years.items() if "2024" in found}
    assert only_2023 and with_2024
    set_number(page, "year-from", 2024)
    set_number(page, "year-to", 2024)
    shown = visible_edges(page)
    assert shown == with_2024 and not shown & only_2023


def test_inferred_roles_off_removes_wipo_inferred_only_edges(page, partners: nx.Graph):
    inferred_only = {key(WIPO, b) for _, b, attrs in partners.edges(WIPO, data=True) if attrs["inferred_only"]}
    assert inferred_only and inferred_only <= visible_edges(page)
    dashed = page.execute_script("return ipgraph.edges.get({filter: (e) => e.dashes}).map((e) => [e.from, e.to])")
    assert inferred_only <= {tuple(pair) for pair in dashed}  # drawn differently
    page.find_element(By.ID, "inferred").click()
    shown = visible_edges(page)
    assert not shown & inferred_only
    assert shown == {key(a, b) for a, b, attrs in partners.edges(data=True) if attrs["stated_weight"]}


def test_clicking_an_edge_shows_its_evidence(page, partners: nx.Graph):
    rdf = Graph().parse(TRIPLES / "wipo-ace-17-activities.ttl", format="turtle")
    candidates = [(a, b, attrs["links"][0]) for a, b, attrs in partners.edges(data=True)
                  if attrs["weight"] == 1 and "wipo-ace-17" in attrs["links"][0]["activity"]]

    at = {n: complex(p["x"], p["y"]) for n in partners if partners.degree(n) and (p := dom_position(page, n))}

    def clearance(edge: tuple) -> float:
        """How far the edge's midpoint lies from every node and every other edge: the longest edge was clicked
        before, and a new edge of the bundled graph crossing it near its middle took the click."""
        middle = (at[edge[0]] + at[edge[1]]) / 2
        others = [segment_distance(middle, at[c], at[d]) for c, d in partners.edges() if {c, d} != set(edge[:2])]
        return min([abs(middle - point) for point in at.values()] + others)

    a, b, link = max(candidates, key=clearance)
    passage = next(rdf.objects(URIRef(link["activity"]), IP.evidence))
    text, locator = str(rdf.value(passage, IP.text)), str(rdf.value(passage, IP.locator))
    middle = (at[a] + at[b]) / 2
    click_at(page, middle.real, middle.imag)
    panel = page.find_element(By.ID, "evidence").text
    assert text[:40] in panel and f"— {locator}" in panel and link["label"] in panel


def test_search_finds_an_actor_by_name(page):
    page.find_element(By.ID, "search").send_keys("国家知识产权局")
    assert "https://w3id.org/ipgraph/id/org/CNIPA" in page.execute_script("return ipgraph.network.getSelectedNodes()")


HOSTILE_TTL = """\
@prefix ip: <https://w3id.org/ipgraph/ontology#> .
@prefix ipr: <https://w3id.org/ipgraph/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

ipr:org\\/EVIL1 a ip:Organisation ; rdfs:label "<img src=x onerror=alert(1)>"@zh .
ipr:org\\/EVIL2 a ip:Organisation ; rdfs:label "</script><script>window.pwned = 2</script>"@zh .
ipr:event\\/evil a ip:Workshop ; rdfs:label "<b onmouseover=alert(3)>研讨会</b>"@zh ;
    ip:organiser ipr:org\\/EVIL1 ; ip:partner ipr:org\\/EVIL2 ; ip:startDate "2024-05-06"^^xsd:date ;
    ip:evidence ipr:passage\\/evil\\/p1 .
ipr:passage\\/evil\\/p1 a ip:Passage ; ip:inReport ipr:report\\/evil ; ip:locator "<i>1</i>" ;
    ip:text "文本 <svg onload=alert(4)> &amp; \\u2028 '); alert(6); ('"@zh .
ipr:report\\/evil a ip:Report ; dcterms:title "<script>alert(5)</script>"@zh .
"""


def test_hostile_labels_render_as_text(driver, tmp_path: Path):
    source = tmp_path / "evil.ttl"
    source.write_text(HOSTILE_TTL, encoding="utf-8")
    page = tmp_path / "evil.html"
    result = CliRunner().invoke(main, ["viz", str(source), "--out", str(page)])
    assert result.exit_code == 0, result.output
    open_page(driver, page)
    evil = "https://w3id.org/ipgraph/id/org/EVIL1"
    assert driver.execute_script("return ipgraph.nodes.get(arguments[0]).label", evil) == "<img src=x onerror=alert(1)>"
    position = dom_position(driver, evil)
    click_at(driver, position["x"], position["y"])
    panel = driver.find_element(By.ID, "evidence").text
    assert "<img src=x onerror=alert(1)>" in panel and "<svg onload=alert(4)> &amp;" in panel
    assert "<script>alert(5)</script> — <i>1</i>" in panel and "<b onmouseover=alert(3)>研讨会</b>" in panel
    tip = driver.find_element(By.ID, "tip").text
    assert "<img src=x onerror=alert(1)>" in tip  # the pointer rests on the node: its tooltip, as text
    assert driver.execute_script("return document.querySelectorAll('img, svg, b, i, script:not(:is(head script))')"
                                 ".length") == 1  # our own script element only
    assert driver.execute_script("return window.pwned") is None
    assert_clean(driver, page)


def test_requests_lists_what_a_page_fetches_and_not_the_browsers_own_pages(driver, tmp_path):
    """Regression (session 30): under load Chromium loaded its own UI (chrome://resources/…) in the session, and the
    offline check counted it as a request of the page; it still lists what a page fetches from the network."""
    page = tmp_path / "fetching.html"
    page.write_text('<!doctype html><img src="http://127.0.0.1:9/pixel.png">'
                    "<script>window.ipgraphReady = true</script>", encoding="utf-8")
    open_page(driver, page)
    driver.get("chrome://version")
    assert requests(driver, page) == ["http://127.0.0.1:9/pixel.png"]
