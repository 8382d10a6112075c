"""The web page's weight and its time to first render, in headless Chromium against a private stack (the scripted
stand-in as the model: only the page is measured). Prints the bytes transferred on a first visit (the page, its
modules, its stylesheet, the example problems) and, over repeated first visits, the first contentful paint and
the time until the example problems are on screen.

    .local/venv/bin/python deploy/bench/page_load.py [--visits 10]
"""
from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "deploy" / "demo"))

from private_stack import private_stack  # noqa: E402
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

TIMINGS = """
const paint = performance.getEntriesByName('first-contentful-paint')[0];
const resources = performance.getEntriesByType('resource');
const navigation = performance.getEntriesByType('navigation')[0];
return {
  fcp: paint ? paint.startTime : null,
  bytes: navigation.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0),
  files: resources.length + 1,
};"""


def browser() -> webdriver.Chrome:
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,800"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def first_visit(driver: webdriver.Chrome, gateway: str) -> dict:
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.clearBrowserCache", {})
    driver.get("about:blank")
    driver.get(f"{gateway}/")
    WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "button[data-example]"))
    examples_ms = driver.execute_script("return performance.now()")
    return {**driver.execute_script(TIMINGS), "examples": examples_ms}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=10)
    args = parser.parse_args()
    grizzly = ROOT / "deploy/scripted-llm/grizzly.json"
    with private_stack("pageload", 19400, [grizzly]) as stack:
        driver = browser()
        try:
            first_visit(driver, stack.gateway)  # the gateway's own first request is not the page's cost
            visits = [first_visit(driver, stack.gateway) for _ in range(args.visits)]
        finally:
            driver.quit()
    print(f"first visit: {visits[0]['files']} files, {visits[0]['bytes'] / 1024:.1f} KB transferred")
    for name, label in (("fcp", "first contentful paint"), ("examples", "example problems shown")):
        values = sorted(v[name] for v in visits)
        print(f"{label}: p50 {statistics.median(values):.0f} ms, max {values[-1]:.0f} ms ({len(values)} visits)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
