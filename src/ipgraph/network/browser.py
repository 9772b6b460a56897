"""Headless Chromium for the tests and the benchmark: open a page, time it, and list what it logged and fetched.

Needs the ``test`` extra (selenium) and Debian's ``chromium`` and
``chromium-driver``; nothing is downloaded (the driver is given by path, so
Selenium Manager never runs). The flags are the field notes' set for this
machine, with a fresh profile per browser.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run")


@contextmanager
def chromium(width: int = 1600, height: int = 1000) -> Iterator:
    """A Selenium driver for headless Chromium, with console and network logging on; quit on exit."""
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    with tempfile.TemporaryDirectory(prefix="ipgraph-chromium-") as profile:
        options = Options()
        options.binary_location = str(CHROMIUM)
        for flag in (*FLAGS, f"--window-size={width},{height}", f"--user-data-dir={profile}"):
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
        driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
        try:
            yield driver
        finally:
            driver.quit()


def open_page(driver, path: Path, timeout: float = 60.0) -> float:  # noqa: ANN001 - a selenium WebDriver
    """Load ``path`` and wait until the network has drawn once and the page's controls are live.

    Returns the seconds from the request to that moment (time to interactive);
    the logs of what came before are drained, so later checks see this page only.
    """
    driver.get_log("browser")
    driver.get_log("performance")
    start = time.perf_counter()
    driver.get(path.resolve().as_uri())
    while not driver.execute_script("return window.ipgraphReady !== undefined"):
        if time.perf_counter() - start > timeout:
            raise TimeoutError(f"{path} did not become interactive in {timeout:.0f} s")
        time.sleep(0.02)
    return time.perf_counter() - start


def console_errors(driver) -> list[str]:  # noqa: ANN001
    """Messages the page logged at error level since the last call."""
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def requests(driver, page: Path) -> list[str]:  # noqa: ANN001
    """URLs the browser requested since the last call, other than ``page`` itself, inline data: URLs and the browser's
    own pages (chrome://: a busy machine's Chromium may load its internal UI in another target of the session; none of
    it leaves the machine or comes from the page)."""
    allowed = page.resolve().as_uri()
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            if url != allowed and not url.startswith(("data:", "chrome:", "chrome-untrusted:")):
                urls.append(url)
    return urls
