"""The web page served by the gateway at /, in real headless Chromium (Debian's chromium and chromium-driver,
driven by Selenium) against the private stack of conftest.py: what a user sees when they write a problem, watch
the scripted grizzly job fail at a line and then pass, open the job list and a job by its URL, upload a batch,
regenerate it and compare the two, and meet errors. Screenshots go to deploy/e2e/target/screenshots/ (git-ignored)."""
from __future__ import annotations

import base64
import json
import socket
import uuid
from pathlib import Path
from typing import Any, Iterator

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from conftest import ROOT, Stack
from modelcraft_client import request, submit, wait_until_final

SCREENSHOTS = ROOT / "deploy/e2e/target/screenshots"
GRIZZLY = json.loads((ROOT / "deploy/demo/grizzly-bears.jsonl").read_text().splitlines()[0])
EXAMPLES = [json.loads(line) for line in (ROOT / "deploy/demo/thinkbayes.jsonl").read_text().splitlines() if line.strip()]
DESKTOP = (1280, 800)
PHONE = (390, 844)
JOB_TIMEOUT_S = 240
JOB_LIST = "table.jobs, p.no-jobs"  # the list as loaded, with or without jobs
# What the scripted stand-in does with each: the grizzly problem fails its first check and passes its second;
# "[e2e: steady]" passes at once (deploy/e2e/durability.json); a problem with no script fails with no iteration.
BATCH = [
    {"id": "grizzly", "problem": GRIZZLY["problem"]},
    {"id": "steady", "problem": f"[e2e: steady] web page batch {uuid.uuid4()}: estimate the mean `mu`."},
    {"id": "unscripted", "problem": "A die rolled 12 times showed a six 3 times. Estimate the chance of a six `p`."},
]


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    # --no-sandbox: the tests run as root, where Chromium's own sandbox refuses to start.
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     f"--window-size={DESKTOP[0]},{DESKTOP[1]}"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def jobs_seen() -> dict[str, str]:
    """Jobs a test created through the page, by name, for the tests after it."""
    return {}


def open_fresh(driver: WebDriver, stack: Stack, route: str = "#/") -> None:
    """The page at `route` as a first visit: nothing kept in the browser, a new document."""
    driver.set_window_size(*DESKTOP)
    driver.get(f"{stack.gateway}/")
    driver.execute_script("localStorage.clear()")
    driver.get("about:blank")
    driver.get(f"{stack.gateway}/{route}")


def shown(driver: WebDriver, css: str, timeout: float = 30) -> WebElement:
    return WebDriverWait(driver, timeout).until(EC.visibility_of_element_located((By.CSS_SELECTOR, css)))


def text_shown(driver: WebDriver, css: str, text: str, timeout: float = 30) -> WebElement:
    WebDriverWait(driver, timeout).until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, css), text))
    return driver.find_element(By.CSS_SELECTOR, css)


def enter_key(driver: WebDriver, key: str) -> None:
    field = shown(driver, "#api-key")
    assert field.get_attribute("type") == "password"
    assert driver.find_element(By.CSS_SELECTOR, "label[for='api-key']").text == "API key"
    field.send_keys(key)
    driver.find_element(By.CSS_SELECTOR, "#key-form button[type='submit']").click()
    shown(driver, "#forget-key")


def lines_of(block: WebElement) -> list[str]:
    return [line.get_attribute("textContent") for line in block.find_elements(By.CSS_SELECTOR, ".line")]


def shown_lines(code: str) -> list[str]:
    """A program's lines as the page shows them: one line ending is not a line of its own."""
    return (code[:-1] if code.endswith("\n") else code).split("\n")


def line_of(code: str, needle: str) -> int:
    return next(i for i, line in enumerate(code.splitlines(), start=1) if needle in line)


def save_screenshots(driver: WebDriver, name: str) -> None:
    """The viewport and the whole page, at the window's current size."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))
    width, height = driver.execute_script(
        "return [document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
    (SCREENSHOTS / f"{name}-full.png").write_bytes(base64.b64decode(shot["data"]))


def assert_fits(driver: WebDriver, what: str) -> None:
    overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{what} is {overflow} px wider than the screen"


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_grizzly_job_is_watched_live_from_a_failed_line_to_the_final_program(
        browser: WebDriver, stack: Stack, jobs_seen: dict[str, str]) -> None:
    open_fresh(browser, stack)
    enter_key(browser, stack.api_key)
    shown(browser, "#problem").send_keys(GRIZZLY["problem"])
    browser.find_element(By.CSS_SELECTOR, "#submit-form button[type='submit']").click()
    WebDriverWait(browser, 30).until(lambda d: "#/jobs/" in d.current_url)
    job_id = browser.current_url.split("#/jobs/", 1)[1]
    jobs_seen["grizzly"] = job_id
    browser.execute_script("window.sameDocument = true")

    text_shown(browser, "#job-status", "Succeeded", timeout=JOB_TIMEOUT_S)
    assert browser.execute_script("return window.sameDocument === true"), "the page must update without a reload"
    status, job = request("GET", f"{stack.gateway}/api/v1/jobs/{job_id}", key=stack.api_key)
    assert status == 200 and job["status"] == "SUCCEEDED", job
    first_code, second_code = (iteration["code"] for iteration in job["iterations"])

    first = browser.find_element(By.CSS_SELECTOR, "article[data-iteration='1']")
    assert first.find_element(By.CSS_SELECTOR, ".verdict").text == "check failed at stage run"
    marked = first.find_elements(By.CSS_SELECTOR, ".line.failing")
    assert len(marked) == 1
    assert marked[0].get_attribute("data-line") == str(line_of(first_code, "pm.HyperGeometric("))
    assert "pm.HyperGeometric(" in marked[0].get_attribute("textContent")
    assert "TypeError" in first.find_element(By.CSS_SELECTOR, ".error-message").text
    hint = first.find_element(By.CSS_SELECTOR, ".hint").text
    assert hint.startswith("Hint:") and "HyperGeometric" in hint, hint

    second = browser.find_element(By.CSS_SELECTOR, "article[data-iteration='2']")
    assert second.find_element(By.CSS_SELECTOR, ".verdict").text == "check passed"
    assert second.find_elements(By.CSS_SELECTOR, ".line.failing") == []
    diff = second.find_element(By.CSS_SELECTOR, "pre.diff")
    removed = " ".join(e.get_attribute("textContent") for e in diff.find_elements(By.CSS_SELECTOR, ".line.del"))
    added = " ".join(e.get_attribute("textContent") for e in diff.find_elements(By.CSS_SELECTOR, ".line.ins"))
    assert "M=n1" in removed and "k=n1" not in removed, removed
    assert "k=n1" in added and "M=n1" not in added, added

    final = browser.find_element(By.CSS_SELECTOR, "#final-program pre")
    assert lines_of(final) == shown_lines(job["finalCode"])
    assert "k=n1" in second_code and job["finalCode"] == second_code
    browser.execute_cdp_cmd("Browser.grantPermissions", {
        "origin": stack.gateway, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    browser.find_element(By.CSS_SELECTOR, "button.copy").click()
    text_shown(browser, ".copied", "Copied.")

    browser.execute_script("document.querySelector(\"article[data-iteration='1']\").scrollIntoView()")
    save_screenshots(browser, "job-failed-then-fixed-desktop")
    browser.set_window_size(*PHONE)
    browser.execute_script("document.querySelector(\"article[data-iteration='1']\").scrollIntoView()")
    overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"at phone width the page is {overflow} px wider than the screen"
    save_screenshots(browser, "job-failed-then-fixed-phone")


def test_the_reply_shows_while_the_model_writes_it(browser: WebDriver, stack: Stack) -> None:
    """The stand-in streams its reply over 8 s ("[e2e: slow writer]"); the page shows it growing, then the iteration."""
    open_fresh(browser, stack)
    enter_key(browser, stack.api_key)
    shown(browser, "#problem").send_keys("[e2e: slow writer] web page draft: estimate the mean `mu`.")
    browser.find_element(By.CSS_SELECTOR, "#submit-form button[type='submit']").click()

    title = text_shown(browser, "#draft-title", "Iteration 1: the model is writing", timeout=JOB_TIMEOUT_S)
    first = browser.find_element(By.CSS_SELECTOR, "#draft .draft-text").text
    assert first and "I will put a normal prior on the mean".startswith(first[:30]), first
    WebDriverWait(browser, 30).until(  # the program has begun: the screenshot shows code being written
        lambda d: "import pymc" in d.find_element(By.CSS_SELECTOR, "#draft .draft-text").text)
    assert browser.find_elements(By.CSS_SELECTOR, "article[data-iteration='1']") == [], "not recorded while written"
    assert title.is_displayed()
    browser.execute_script("document.getElementById('draft').scrollIntoView({block: 'center'})")
    save_screenshots(browser, "job-writing-desktop")

    text_shown(browser, "#job-status", "Succeeded", timeout=JOB_TIMEOUT_S)
    shown(browser, "article[data-iteration='1']")
    assert not browser.find_element(By.CSS_SELECTOR, "#draft").is_displayed(), "the recorded iteration took its place"


def test_with_diagnostics_the_result_shows_the_posterior_numbers_and_plots(browser: WebDriver, stack: Stack) -> None:
    open_fresh(browser, stack)
    enter_key(browser, stack.api_key)
    shown(browser, "#problem").send_keys(GRIZZLY["problem"])
    browser.find_element(By.ID, "diagnostics").click()
    browser.find_element(By.CSS_SELECTOR, "#submit-form button[type='submit']").click()
    text_shown(browser, "#job-status", "Succeeded", timeout=JOB_TIMEOUT_S)

    posterior = shown(browser, "section.posterior")
    assert "4 chains of 500 draws" in posterior.text, posterior.text
    row = posterior.find_element(By.XPATH, ".//tr[th/code[text()='N']]")
    mean = float(row.find_elements(By.CSS_SELECTOR, "td.num")[0].text)
    assert 100 < mean < 300, mean
    WebDriverWait(browser, 30).until(lambda d: d.execute_script(
        "const img = document.querySelector('section.posterior figure.plot img');"
        "return img !== null && img.complete && img.naturalWidth > 100"))
    assert "The posterior plot" in posterior.find_element(By.CSS_SELECTOR, "figure.plot img").get_attribute("alt")
    browser.execute_script("document.querySelector('section.posterior').scrollIntoView()")
    save_screenshots(browser, "job-diagnostics-desktop")


def test_an_empty_problem_and_an_unknown_model_show_the_reason_next_to_their_fields(
        browser: WebDriver, stack: Stack) -> None:
    open_fresh(browser, stack)
    enter_key(browser, stack.api_key)
    problem = shown(browser, "#problem")
    submit_button = browser.find_element(By.CSS_SELECTOR, "#submit-form button[type='submit']")
    submit_button.click()

    reason = text_shown(browser, "#problem-error", '"problem" is required')
    assert reason.is_displayed()
    assert problem.get_attribute("aria-invalid") == "true"
    assert "problem-error" in problem.get_attribute("aria-describedby")
    assert browser.find_element(By.ID, "submit-form-error").text == ""
    assert "#/jobs/" not in browser.current_url

    problem.send_keys("A coin spun 10 times landed heads 7 times. Estimate the probability of heads `p`.")
    browser.find_element(By.ID, "model").send_keys("no-such-model")
    submit_button.click()
    text_shown(browser, "#model-error", "is not allowed here")
    assert browser.find_element(By.ID, "model").get_attribute("aria-invalid") == "true"
    assert browser.find_element(By.ID, "problem-error").text == "", "the earlier reason is gone"
    assert "#/jobs/" not in browser.current_url


def test_an_example_fills_in_the_problem(browser: WebDriver, stack: Stack) -> None:
    open_fresh(browser, stack)
    grizzly = next(example for example in EXAMPLES if example["id"] == "grizzly-bears")
    button = shown(browser, "button[data-example='grizzly-bears']")
    assert button.text == grizzly["title"]
    button.click()
    assert browser.find_element(By.ID, "problem").get_attribute("value") == grizzly["problem"]
    save_screenshots(browser, "write-a-problem-desktop")


def test_the_jobs_list_shows_the_job_and_its_link_opens_it(
        browser: WebDriver, stack: Stack, jobs_seen: dict[str, str]) -> None:
    job_id = jobs_seen.get("grizzly") or submit(stack.gateway, stack.api_key, GRIZZLY["problem"])["id"]
    assert wait_until_final(stack.gateway, stack.api_key, job_id, timeout_s=JOB_TIMEOUT_S)["status"] == "SUCCEEDED"
    open_fresh(browser, stack, "#/jobs?status=SUCCEEDED")
    enter_key(browser, stack.api_key)

    link = shown(browser, f"table.jobs a[href='#/jobs/{job_id}']")
    assert link.text.startswith(GRIZZLY["problem"][:40])
    badges = [badge.text for badge in browser.find_elements(By.CSS_SELECTOR, "table.jobs .badge")]
    assert badges and set(badges) == {"Succeeded"}, badges
    assert browser.find_element(By.ID, "status-filter").get_attribute("value") == "SUCCEEDED"
    save_screenshots(browser, "jobs-desktop")
    link.click()
    text_shown(browser, "#job-status", "Succeeded")
    assert job_id in browser.find_element(By.CSS_SELECTOR, "h1").text
    assert "(the scripted stand-in, not a real model)" in browser.find_element(By.CSS_SELECTOR, "dl.options").text
    shown(browser, "#final-program")

    browser.get("about:blank")
    browser.get(f"{stack.gateway}/#/jobs/{job_id}")
    text_shown(browser, "#job-status", "Succeeded")
    assert len(browser.find_elements(By.CSS_SELECTOR, "article.iteration")) == 2
    shown(browser, "#final-program")


def percent(rate: float | None) -> str:
    """A rate as the page shows it (JavaScript's Math.round, not Python's round half to even)."""
    return "–" if rate is None else f"{int(rate * 100 + 0.5)}%"


def api(stack: Stack, path: str) -> Any:
    status, body = request("GET", f"{stack.gateway}/api/v1{path}", key=stack.api_key)
    assert status == 200, (path, status, body)
    return body


def assert_batch_page_matches_the_api(driver: WebDriver, stack: Stack, batch_id: str) -> dict[str, Any]:
    """The bars and the results per problem of the batch page on screen, against the API's batch and jobs."""
    batch = api(stack, f"/batches/{batch_id}")
    for status, count in batch["stats"]["counts"].items():
        bar = driver.find_element(By.CSS_SELECTOR, f".bars li[data-status='{status}']")
        assert bar.find_element(By.CSS_SELECTOR, ".count").text == f"{count} of {len(BATCH)}", status
        assert bar.find_element(By.TAG_NAME, "progress").get_attribute("value") == str(count), status
    shown_rate = driver.find_element(By.CSS_SELECTOR, "dd[data-stat='passRate']").text
    assert shown_rate == percent(batch["stats"]["passRate"]), shown_rate
    jobs = {job["problemKey"]: job for job in api(stack, f"/jobs?batch={batch_id}&limit=100")["items"]}
    rows = driver.find_elements(By.CSS_SELECTOR, "table.results tbody tr")
    assert [row.get_attribute("data-problem") for row in rows] == [problem["id"] for problem in BATCH]
    for row in rows:
        job = jobs[row.get_attribute("data-problem")]
        assert row.find_element(By.CSS_SELECTOR, ".badge").text == job["status"].capitalize()
        assert row.find_element(By.CSS_SELECTOR, "td.num").text == str(job["iterationCount"])
        assert row.find_element(By.CSS_SELECTOR, "a").get_attribute("href").endswith(f"#/jobs/{job['id']}")
    return {key: (job["status"], job["iterationCount"]) for key, job in jobs.items()}


def test_a_batch_is_uploaded_regenerated_and_compared_problem_by_problem(
        browser: WebDriver, stack: Stack, tmp_path: Path) -> None:
    upload = tmp_path / "three-problems.jsonl"
    upload.write_text("".join(json.dumps(problem) + "\n" for problem in BATCH))
    broken = tmp_path / "broken.jsonl"
    broken.write_text(json.dumps(BATCH[0]) + "\nnot json\n")
    open_fresh(browser, stack, "#/batches")
    enter_key(browser, stack.api_key)
    shown(browser, "#batch-file").send_keys(str(broken))
    browser.find_element(By.CSS_SELECTOR, "#batch-form button[type='submit']").click()
    text_shown(browser, "#batch-file-error", "line 2 is not valid JSON")
    assert browser.find_element(By.ID, "batch-file").get_attribute("aria-invalid") == "true"
    assert browser.current_url.endswith("#/batches")

    browser.find_element(By.ID, "batch-file").send_keys(str(upload))
    browser.find_element(By.ID, "batch-maxIterations").send_keys("1")
    browser.find_element(By.CSS_SELECTOR, "#batch-form button[type='submit']").click()
    WebDriverWait(browser, 30).until(lambda d: "#/batches/" in d.current_url)
    original = browser.current_url.split("#/batches/", 1)[1]
    text_shown(browser, "#batch-status", "Ended", timeout=JOB_TIMEOUT_S)
    assert "1 of 3 problems passed" in browser.find_element(By.ID, "batch-status").text
    assert assert_batch_page_matches_the_api(browser, stack, original) == {
        "grizzly": ("FAILED", 1), "steady": ("SUCCEEDED", 1), "unscripted": ("FAILED", 0)}
    assert browser.find_elements(By.ID, "compare-original") == [], "an uploaded batch has no original"

    browser.find_element(By.ID, "regenerate-model").send_keys("openai:scripted")
    browser.find_element(By.ID, "regenerate-maxIterations").send_keys("2")
    browser.find_element(By.CSS_SELECTOR, "#regenerate-form button[type='submit']").click()
    WebDriverWait(browser, 30).until(lambda d: "#/batches/" in d.current_url and original not in d.current_url)
    regenerated = browser.current_url.split("#/batches/", 1)[1]
    text_shown(browser, "h1", regenerated)  # the new batch's view, not the old one's before the address took effect
    text_shown(browser, "#batch-status", "Ended", timeout=JOB_TIMEOUT_S)
    assert api(stack, f"/batches/{regenerated}")["parentBatchId"] == original
    assert "2 of 3 problems passed" in browser.find_element(By.ID, "batch-status").text
    assert assert_batch_page_matches_the_api(browser, stack, regenerated) == {
        "grizzly": ("SUCCEEDED", 2), "steady": ("SUCCEEDED", 1), "unscripted": ("FAILED", 0)}
    save_screenshots(browser, "batch-desktop")
    browser.set_window_size(*PHONE)
    assert_fits(browser, "at phone width the batch page")
    save_screenshots(browser, "batch-phone")
    browser.set_window_size(*DESKTOP)

    browser.find_element(By.ID, "compare-original").click()
    text_shown(browser, "#compare-status", "both batches have ended")
    comparison = api(stack, f"/batches/compare?before={original}&now={regenerated}")
    summary = browser.find_element(By.ID, "compare-summary")
    for stat, before, now in (("passRate", "33%", "67%"), ("firstTryPassRate", "33%", "33%")):
        row = summary.find_element(By.CSS_SELECTOR, f"tr[data-stat='{stat}']")
        cells = [row.find_element(By.CSS_SELECTOR, f"td.{side}").text for side in ("before", "now")]
        assert cells == [percent(comparison["beforeStats"][stat]), percent(comparison["nowStats"][stat])]
        assert cells == [before, now], (stat, cells)
    iterations = summary.find_element(By.CSS_SELECTOR, "tr[data-stat='meanIterations'] td.now").text
    assert float(iterations) == pytest.approx(comparison["nowStats"]["meanIterations"], abs=1e-3)
    assert iterations == "1", "(2 + 1 + 0) / 3 iterations"
    for side in ("before", "now"):
        tokens = summary.find_element(By.CSS_SELECTOR, f"tr[data-stat='tokens'] td.{side}").text
        assert tokens == str(comparison[f"{side}Stats"]["tokens"])
    counts = {item.get_attribute("data-change"): int(item.find_element(By.CSS_SELECTOR, ".count").text)
              for item in browser.find_elements(By.CSS_SELECTOR, ".change-counts li")}
    assert counts == {"fixed": 1, "broke": 0, "still passes": 1, "still fails": 1}
    assert {change: counts[change] for change in comparison["changes"]} == comparison["changes"]

    rows = browser.find_elements(By.CSS_SELECTOR, "#compare-problems tbody tr")
    changes = {row.get_attribute("data-problem"): row.find_element(By.CSS_SELECTOR, ".change").text for row in rows}
    assert changes == {"grizzly": "fixed", "steady": "still passes", "unscripted": "still fails"}
    for problem in comparison["problems"]:
        row = browser.find_element(By.CSS_SELECTOR, f"#compare-problems tr[data-problem='{problem['key']}']")
        assert row.get_attribute("data-change") == problem["change"]
        links = [link.get_attribute("href") for link in row.find_elements(By.TAG_NAME, "a")]
        assert [link.split("#", 1)[1] for link in links] == [
            f"/jobs/{problem['before']['jobId']}", f"/jobs/{problem['now']['jobId']}"]
        assert [cell.text for cell in row.find_elements(By.CSS_SELECTOR, "td.num")] == [
            str(problem["before"]["iterations"]), str(problem["now"]["iterations"])]
    save_screenshots(browser, "batch-comparison-desktop")

    browser.set_window_size(*PHONE)
    assert_fits(browser, "at phone width the comparison")
    save_screenshots(browser, "batch-comparison-phone")
    browser.set_window_size(*DESKTOP)

    fixed = browser.find_elements(By.CSS_SELECTOR, "#compare-problems tr[data-problem='grizzly'] a")[1]
    fixed.click()
    text_shown(browser, "#job-status", "Succeeded after 2 iterations")
    browser.get(f"{stack.gateway}/#/batches")
    shown(browser, "table.batches")
    batches = [link.get_attribute("href").split("#/batches/", 1)[1]
               for link in browser.find_elements(By.CSS_SELECTOR, "table.batches a")]
    assert batches == [regenerated, original], "the batches this browser created, newest first"
    choices = [browser.find_element(By.ID, side).get_attribute("value") for side in ("before", "now")]
    assert choices == [original, regenerated], "the newest batch and its original are offered for comparison"
    assert_fits(browser, "the batches page")
    save_screenshots(browser, "batches-desktop")


def test_the_demo_key_is_one_click_away_and_the_allowed_models_are_offered(browser: WebDriver, stack: Stack) -> None:
    """The local run hands its demo key to this machine's browser (never in a URL); the model field offers the
    operator's allowed models, as GET /api/v1/models lists them."""
    open_fresh(browser, stack)
    assert f"{stack.api_key}" not in browser.current_url
    shown(browser, "#use-demo-key").click()
    shown(browser, "#forget-key")
    assert browser.execute_script("return localStorage.getItem('modelcraft.apiKey')") == stack.api_key
    assert stack.api_key not in browser.current_url

    status, allowed = request("GET", f"{stack.gateway}/api/v1/models", key=stack.api_key)
    assert status == 200 and allowed["models"][0]["isDefault"], allowed
    names = [model["name"] for model in allowed["models"]]
    text_shown(browser, "#model-help .allowed-models", f"{names[0]} (the default)")
    offered = [option.get_attribute("value") for option in browser.find_elements(By.CSS_SELECTOR, "#model-choices option")]
    assert offered == names
    assert shown(browser, "#model").get_attribute("list") == "model-choices"


def test_the_key_is_kept_until_it_is_forgotten(browser: WebDriver, stack: Stack) -> None:
    open_fresh(browser, stack, "#/jobs")
    assert "API key is needed" in shown(browser, "h1").text
    enter_key(browser, stack.api_key)
    shown(browser, JOB_LIST)
    browser.refresh()
    shown(browser, JOB_LIST)
    assert not browser.find_element(By.ID, "api-key").is_displayed()

    browser.find_element(By.ID, "forget-key").click()
    shown(browser, "#api-key")
    assert browser.execute_script("return localStorage.getItem('modelcraft.apiKey')") is None
    assert "API key is needed" in shown(browser, "h1").text


def test_a_gateway_that_cannot_be_reached_shows_a_banner(browser: WebDriver, stack: Stack) -> None:
    open_fresh(browser, stack, "#/jobs")
    enter_key(browser, stack.api_key)
    shown(browser, JOB_LIST)
    banner = browser.find_element(By.ID, "unreachable")
    assert not banner.is_displayed()

    browser.execute_script("localStorage.setItem('modelcraft.apiBase', arguments[0])",
                           f"http://127.0.0.1:{unused_port()}")
    try:
        browser.refresh()
        banner = text_shown(browser, "#unreachable", "cannot be reached")
        assert banner.is_displayed() and banner.get_attribute("role") == "alert"
    finally:
        browser.execute_script("localStorage.removeItem('modelcraft.apiBase')")
    browser.refresh()
    shown(browser, JOB_LIST)
    assert not browser.find_element(By.ID, "unreachable").is_displayed()
