"""The exported HTML page in a real browser (headless Chromium through chromedriver/selenium).

Checks that the page renders every node offline, that searching a label selects and centres the
node, that the side panel shows its quotes and documents, that the type filter hides nodes, that
nothing is logged to the console as an error, and that markup in labels and quotes is shown as
text and never runs. A screenshot is saved to test-output/export.png.

Needs the Debian packages `chromium` and `chromium-driver` and the PyPI package `selenium`;
skipped with a reason when any is missing. Selenium is told to stay offline (SE_OFFLINE) and is
given the system chromedriver, so nothing is downloaded.
"""
from __future__ import annotations

import os
import shutil
import time
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "test-output"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver") or ("/usr/bin/chromedriver" if os.path.exists("/usr/bin/chromedriver") else None)

try:
    import selenium  # noqa: F401
    HAVE_SELENIUM = True
except ImportError:
    HAVE_SELENIUM = False

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM, reason="headless Chromium not installed (apt-get install chromium)"),
    pytest.mark.skipif(not CHROMEDRIVER, reason="chromedriver not installed (apt-get install chromium-driver)"),
    pytest.mark.skipif(not HAVE_SELENIUM, reason="selenium not installed (pip install selenium)"),
]

EVIL_COMPANY = "<script>alert(1)</script> Holdings"
EVIL_SEGMENT = '</script><script>window.__xss=1</script><img src=x onerror="window.__xss=2">'
EVIL_QUOTE = ('Sales at <script>alert(1)</script> Holdings rose <img src=x onerror="window.__xss=3"> '
              "\u2028 ]]> <!-- to CNY 5 billion.")


def hostile_store():
    """A graph whose entity names and quotes are markup that must show as text."""
    from aikg.rdf import ID, KG, ORG, PROV, RDF, RDF_TYPE, RDFS, XSD, dec, doc_iri, entity_iri
    from aikg.store import LocalStore

    s = LocalStore.memory(label="hostile")
    g = doc_iri("xss_doc")
    comp = entity_iri("Company", EVIL_COMPANY)
    seg = entity_iri("Segment", EVIL_SEGMENT)
    fact = ox.NamedNode(ID + "observation/xss0000000000001")
    ev = ox.NamedNode(ID + "evidence/xss1")
    L = ox.Literal
    triples = [
        (g, RDF_TYPE, KG("Document")),
        (comp, RDF_TYPE, KG("Company")), (comp, RDFS("label"), L(EVIL_COMPANY)),
        (seg, RDF_TYPE, KG("Segment")), (seg, RDFS("label"), L(EVIL_SEGMENT)), (seg, ORG("unitOf"), comp),
        (fact, RDF_TYPE, KG("Observation")), (fact, RDF_TYPE, KG("Fact")),
        (fact, RDFS("label"), L(EVIL_COMPANY + " revenue CNY 5 billion")), (fact, KG("subject"), comp),
        (fact, KG("measure"), L("revenue")), (fact, KG("value"), dec(Decimal("5000000000"))),
        (fact, KG("unit"), L("CNY")), (fact, KG("evidence"), ev),
        (ev, RDF_TYPE, KG("Evidence")), (ev, KG("quote"), L(EVIL_QUOTE)),
        (ev, KG("charStart"), L("0", datatype=XSD("integer"))), (ev, PROV("wasDerivedFrom"), g),
    ]
    s.ox.extend(ox.Quad(a, b, c, g) for a, b, c in triples)
    return s


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager fetch a driver
    profile = tmp_path_factory.mktemp("chromium-profile")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                f"--user-data-dir={profile}", "--window-size=1400,900", "--disable-dev-shm-usage"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        d = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    except Exception as e:  # a broken browser install is an environment problem, not a test failure
        pytest.skip(f"cannot start headless Chromium: {str(e).splitlines()[0]}")
    d.set_page_load_timeout(60)
    yield d
    d.quit()


def _open(driver, path: Path):
    driver.get(path.resolve().as_uri())
    deadline = time.time() + 30
    while time.time() < deadline:
        if driver.execute_script("return !!(window.aikg && window.aikg.ready)"):
            return
        time.sleep(0.1)
    raise AssertionError("page did not finish loading: " + repr(driver.get_log("browser")))


def _wait(driver, script: str, *args, timeout: float = 15):
    """Poll a JS expression until it returns something truthy; returns that value."""
    deadline = time.time() + timeout
    while True:
        value = driver.execute_script("return " + script, *args)
        if value or time.time() > deadline:
            return value
        time.sleep(0.05)


SETTLED = "aikg.cy.$(':selected').length === 1 && !aikg.cy.animated()"


def _toggle(driver, type_name: str, expect_checked: bool) -> None:
    """Click a type checkbox like a user (scrolled into view first) and wait for it to change."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    box = driver.find_element(By.CSS_SELECTOR, f"#type-list input[value='{type_name}']")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)
    box.click()
    WebDriverWait(driver, 5).until(lambda d: box.is_selected() == expect_checked)


def _visible_becomes(driver, n: int, timeout: float = 5) -> bool:
    """Whether the number of visible nodes reaches `n` within `timeout` s (the page may still be
    settling an animation when the box changes; seen once in three runs at high load)."""
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait
    try:
        WebDriverWait(driver, timeout).until(
            lambda d: d.execute_script("return aikg.cy.nodes(':visible').length") == n)
        return True
    except TimeoutException:
        return False


def _console_errors(driver) -> list:
    return [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


def _no_alert(driver) -> bool:
    from selenium.common.exceptions import NoAlertPresentException
    try:
        driver.switch_to.alert.text
    except NoAlertPresentException:
        return True
    return False


def test_page_renders_searches_filters_and_quotes(driver, tmp_path):
    from aikg import KnowledgeGraph
    from aikg.export import export
    from aikg.export.project import project

    store = KnowledgeGraph.open(bundled=True).store
    page = tmp_path / "kg.html"
    export(store, "html", str(page))
    G = project(store)
    _open(driver, page)

    # every node and edge is in the rendered graph, laid out (not all on one point)
    assert driver.execute_script("return aikg.cy.nodes().length") == G.number_of_nodes()
    assert driver.execute_script("return aikg.cy.edges().length") == G.number_of_edges()
    spread = driver.execute_script("var b = aikg.cy.nodes().boundingBox(); return [b.w, b.h];")
    assert spread[0] > 100 and spread[1] > 100
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0

    # search by typing in the box: the node is selected, centred and shown in the side panel
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    box = driver.find_element(By.ID, "search")
    box.clear()
    box.send_keys("Cloud Intelligence Group", Keys.ENTER)
    assert _wait(driver, SETTLED)
    selected = driver.execute_script("return aikg.cy.$(':selected').map(function (n) { return n.data('label'); })")
    assert selected == ["Cloud Intelligence Group"]
    assert driver.find_element(By.CSS_SELECTOR, "#details h2").text == "Cloud Intelligence Group"
    quotes = [q.text for q in driver.find_elements(By.CSS_SELECTOR, "#sources blockquote")]
    assert quotes and all(q.strip() for q in quotes)
    docs = driver.find_elements(By.CSS_SELECTOR, "#sources .doc")
    assert docs and "document: 00" in docs[0].text
    center = driver.execute_script(
        "var p = aikg.cy.$(':selected').renderedPosition(); return [p.x, p.y, aikg.cy.width(), aikg.cy.height()];")
    assert abs(center[0] - center[2] / 2) < 60 and abs(center[1] - center[3] / 2) < 60

    # a fact: its value and its quote, from the document that states it
    nid = driver.execute_script("return aikg.search('Alibaba Group: CNY 380 billion')")
    assert nid
    assert _wait(driver, SETTLED)
    panel = driver.find_element(By.ID, "details").text
    assert "380 billion yuan" in panel and "amount_CNY" in panel

    OUT.mkdir(exist_ok=True)
    driver.save_screenshot(str(OUT / "export.png"))

    # the type filter hides every node of an unticked type
    n_company = sum(1 for _, a in G.nodes(data=True) if a["type"] == "Company")
    visible = driver.execute_script("return aikg.cy.nodes(':visible').length")
    _toggle(driver, "Company", expect_checked=False)
    assert _visible_becomes(driver, visible - n_company)
    _toggle(driver, "Company", expect_checked=True)
    assert _visible_becomes(driver, visible)

    assert _console_errors(driver) == []


def test_markup_in_names_and_quotes_is_text(driver, tmp_path):
    from aikg.export import export

    page = tmp_path / "evil.html"
    export(hostile_store(), "html", str(page), around=EVIL_COMPANY)   # the markup is in the title too
    _open(driver, page)
    assert _no_alert(driver)
    assert driver.title == f"aikg knowledge graph: around {EVIL_COMPANY}"
    assert driver.execute_script("return typeof window.__xss") == "undefined"
    labels = driver.execute_script("return aikg.cy.nodes().map(function (n) { return n.data('label'); })")
    assert EVIL_COMPANY in labels and EVIL_SEGMENT in labels

    from selenium.webdriver.common.by import By
    assert driver.execute_script("return aikg.search(arguments[0])", EVIL_SEGMENT)
    assert _wait(driver, SETTLED)
    assert driver.find_element(By.CSS_SELECTOR, "#details h2").text == EVIL_SEGMENT
    assert driver.execute_script("return aikg.search(arguments[0])", EVIL_COMPANY + " revenue")
    assert _wait(driver, SETTLED)
    quote = driver.find_element(By.CSS_SELECTOR, "#sources blockquote").text
    assert "<script>alert(1)</script>" in quote and 'onerror="window.__xss=3"' in quote
    # nothing injected into the document: no extra script or img elements
    assert driver.execute_script("return document.querySelectorAll('script').length") == 3
    assert driver.execute_script("return document.querySelectorAll('img').length") == 0
    OUT.mkdir(exist_ok=True)
    driver.save_screenshot(str(OUT / "export-xss.png"))
    assert driver.execute_script("return typeof window.__xss") == "undefined"
    assert _no_alert(driver)
    assert _console_errors(driver) == []
