#!/usr/bin/env python3
"""The report page in a real browser: headless Chromium driven by selenium (Debian's chromium and
chromium-driver; `make test` installs them when missing).

Writes the flagship's report (models/maro-district.yaml) with the actormap binary given, opens its
report.html from the file system and checks what the page's script promises:

- the page loads with no console error (no SEVERE browser log entry);
- clicking an actor in the overview diagram opens the panel with its risk factors' evidence;
- switching a relation layer off hides every edge of that type, and on shows them again;
- the search box finds an actor by part of its name, and Enter opens it;
- the plan's partners switch outlines each partner's node;
- a click on a table header sorts the table by that column;
- printed (print media), the controls, the panel and the zoom buttons are hidden, the tables stay;
- an actor named <script>alert(1)</script> stays text: no dialog opens and the panel shows the name.

Then it saves a screenshot of the page (the overview with an actor's panel open). Any failure, including a
browser that cannot start, exits non-zero: the check is never skipped.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def fail(message):
    print(f"check_report: FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def start_browser(width, height):
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError as error:
        fail(f"selenium is not installed ({error}); run `pip install selenium` (make test does)")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    if not chromium or not os.path.exists(driver_path):
        fail("chromium and chromedriver are needed (Debian: apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     f"--window-size={width},{height}", "--hide-scrollbars", "--force-device-scale-factor=1",
                     "--lang=en-GB"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        return webdriver.Chrome(service=Service(driver_path), options=options)
    except Exception as error:  # noqa: BLE001 - any failure to start is a failure of the check
        fail(f"headless Chromium did not start: {error}")


def write_report(actormap, model, folder, cwd=ROOT):
    result = subprocess.run([actormap, "report", str(model), "-o", str(folder)], cwd=cwd,
                            capture_output=True, text=True)
    if result.returncode != 0:
        fail(f"actormap report {model} exited {result.returncode}: {result.stderr}")
    page = Path(folder) / "report.html"
    if not page.exists():
        fail(f"no {page}")
    return page


def severe_logs(driver):
    return [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]


def check(condition, message):
    if not condition:
        fail(message)
    print(f"  ok: {message}")


def click(driver, element):
    """Scrolls the element to the middle of the window (clear of the sticky controls) and clicks it."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center', inline: 'center'});", element)
    time.sleep(0.1)
    from selenium.webdriver.common.action_chains import ActionChains
    ActionChains(driver).move_to_element(element).click().perform()


def close_panel(driver):
    from selenium.webdriver.common.by import By

    panel = driver.find_element(By.ID, "am-panel")
    if panel.is_displayed():
        panel.find_element(By.CSS_SELECTOR, "button.am-close").click()


def check_flagship(driver, page, screenshot):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    driver.get(page.as_uri())
    check(driver.execute_script("return document.readyState") == "complete", "the flagship report loads")
    errors = severe_logs(driver)
    check(not errors, f"no console errors ({errors})")
    controls = driver.find_element(By.ID, "am-controls")
    check(controls.is_displayed(), "the controls are shown once the script runs")
    data = json.loads(driver.execute_script("return document.getElementById('actormap-data').textContent"))
    actors = {a["key"]: a for a in data["actors"]}

    # Click the actor with the highest risk that has evidence, in the overview (the first diagram).
    risky = [a for a in data["actors"] if a["risk"] and any(f[3] for f in a["risk"]["factors"])]
    risky.sort(key=lambda a: -float(a["risk"]["score"].lstrip("~")))
    check(risky, "the data holds actors with risk evidence")
    actor = risky[0]
    node = driver.find_element(By.ID, f"d0-a-{actor['key']}")
    click(driver, node)
    panel = driver.find_element(By.ID, "am-panel")
    check(panel.is_displayed(), f"clicking {actor['name']} in the overview opens the panel")
    text = panel.text
    evidence = next(f[3] for f in actor["risk"]["factors"] if f[3])
    check(actor["name"] in text, "the panel names the actor")
    check(evidence.split("\n")[0][:60] in text, f"the panel shows the evidence ({evidence[:60]}...)")
    check("Ties (" in text and "Measures" in text, "the panel lists the actor's measures and ties")
    check("am-selected" in (node.get_attribute("class") or ""), "the clicked node is marked")

    close_panel(driver)
    check(not panel.is_displayed(), "the panel closes")

    # A table row opens the panel too.
    row = driver.find_element(By.CSS_SELECTOR, f"tr[data-actor='{risky[-1]['key']}'] td")
    click(driver, row)
    check(panel.is_displayed() and risky[-1]["name"] in panel.text, "clicking a table row opens that actor's panel")
    close_panel(driver)

    # Switch a layer off and on.
    box = driver.find_element(By.CSS_SELECTOR, "#am-layers input[data-layer]")
    layer = box.get_attribute("data-layer")
    count_shown = ("return Array.prototype.filter.call(document.querySelectorAll('#d0-graph0 g.edge.rel-' + "
                   "arguments[0]), function (e) { return getComputedStyle(e).display !== 'none'; }).length")
    before = driver.execute_script(count_shown, layer)
    check(before > 0, f"the overview draws {before} edges of layer {layer}")
    click(driver, box)
    check(driver.execute_script(count_shown, layer) == 0, f"switching {layer} off hides all its edges")
    others = driver.execute_script(
        "return Array.prototype.filter.call(document.querySelectorAll('#d0-graph0 g.edge'), function (e) {"
        " return getComputedStyle(e).display !== 'none'; }).length")
    check(others > 0, "the other layers' edges stay")
    click(driver, box)
    check(driver.execute_script(count_shown, layer) == before, f"switching {layer} on shows them again")

    # Search by part of a name.
    target = next(a for a in data["actors"] if a["key"] != actor["key"] and len(a["name"]) > 6)
    query = target["name"][1:6].lower()
    search = driver.find_element(By.ID, "am-search")
    click(driver, search)
    search.send_keys(query)
    found = driver.find_element(By.ID, "am-found").text
    check(target["name"] in found, f"searching '{query}' finds {target['name']}")
    matched = driver.find_element(By.ID, f"d0-a-{target['key']}").get_attribute("class") or ""
    check("am-match" in matched, "the match is highlighted in the diagram")
    expected = [a["name"] for a in data["actors"] if query in a["name"].lower()]
    search.send_keys(Keys.ENTER)
    check(expected[0] in panel.text, "Enter opens the first match")
    close_panel(driver)
    search.clear()
    search.send_keys("x")
    search.send_keys(Keys.BACKSPACE)

    # The plan's partners.
    if data["plan"]:
        click(driver, driver.find_element(By.ID, "am-partners"))
        for key in data["plan"]["partners"]:
            classes = driver.find_element(By.ID, f"d0-a-{key}").get_attribute("class") or ""
            check("am-partner" in classes, f"partner {actors[key]['name']} is outlined")

    # Sort the risk table by its Risk column (numbers, highest first after two clicks).
    header = driver.find_element(
        By.XPATH, "//h2[text()='Co-optation risk']/following::table[1]//th[normalize-space()='Risk']//button")
    click(driver, header)
    click(driver, header)
    values = driver.execute_script(
        "var t = arguments[0].closest('table'); return Array.prototype.map.call(t.tBodies[0].rows,"
        " function (r) { return parseFloat(r.cells[1].textContent.replace('~', '')); });", header)
    check(values == sorted(values, reverse=True), "the risk table sorts by risk")

    errors = severe_logs(driver)
    check(not errors, f"still no console errors ({errors})")

    # Screenshot: the overview at full size, the riskiest actor's panel open, the plan's partners outlined.
    figure = driver.find_element(By.CSS_SELECTOR, "figure.diagram")
    click(driver, figure.find_element(By.CSS_SELECTOR, "button.am-zoom"))
    check("am-zoomed" in (figure.get_attribute("class") or ""), "a diagram switches to full size")
    node = driver.find_element(By.ID, f"d0-a-{actor['key']}")
    click(driver, node)
    check(panel.is_displayed(), "the panel opens on the full-size diagram")
    # The node in the middle of the diagram's frame, the frame's heading just below the controls.
    driver.execute_script(
        "arguments[0].scrollIntoView({block: 'center', inline: 'center'});"
        "var heading = arguments[1].previousElementSibling;"
        "window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY"
        " - document.getElementById('am-controls').offsetHeight - 8);", node, figure)
    time.sleep(0.3)
    check(not severe_logs(driver), "no console errors at the end")
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    check(driver.save_screenshot(str(screenshot)), f"screenshot saved to {screenshot}")

    # On paper: no controls, no panel, no zoom buttons; the tables and diagrams stay.
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    check(not controls.is_displayed() and not panel.is_displayed(), "printing hides the controls and the panel")
    check(not any(b.is_displayed() for b in driver.find_elements(By.CSS_SELECTOR, "button.am-zoom")),
          "printing hides the zoom buttons")
    check(driver.find_element(By.CSS_SELECTOR, "main table").is_displayed(), "printing keeps the tables")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def check_without_script(driver, page):
    """With JavaScript off the page still reads: every diagram drawn, every table filled, no control left
    that would need the script; printed to A4 it is a PDF of several pages."""
    import base64

    from selenium.webdriver.common.by import By

    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        driver.get(page.as_uri())
        figures = driver.find_elements(By.CSS_SELECTOR, "figure svg")
        check(len(figures) >= 4 and all(f.is_displayed() and f.size["width"] > 200 and f.size["height"] > 100
                                         for f in figures),
              f"without JavaScript every diagram is drawn ({len(figures)} inline SVGs)")
        tables = driver.find_elements(By.CSS_SELECTOR, "main table")
        check(len(tables) >= 5 and all(t.is_displayed() and len(t.find_elements(By.CSS_SELECTOR, "tbody tr")) > 0
                                       for t in tables),
              f"without JavaScript every table is shown with its rows ({len(tables)} tables)")
        check(not driver.find_element(By.ID, "am-controls").is_displayed(),
              "without JavaScript the controls that need it are hidden")
        pdf = base64.b64decode(driver.execute_cdp_cmd(
            "Page.printToPDF", {"printBackground": True, "paperWidth": 8.27, "paperHeight": 11.69})["data"])
        pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
        check(pdf.startswith(b"%PDF") and pages >= 5, f"printed to A4 it is a PDF of {pages} pages")
    finally:
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def check_hostile_name(driver, actormap, scratch):
    from selenium.webdriver.common.by import By

    hostile = "<script>alert(1)</script>"
    model = Path(scratch) / "hostile.yaml"
    model.write_text(
        "actormap: 1\nname: \"</script><!-- x\"\nactors:\n"
        f"  - {{id: a, name: \"{hostile}\", sector: state}}\n"
        "  - {id: b, name: \"Elders </script>\", sector: community}\n"
        "relations:\n  - {type: trust, from: b, to: a, weight: 2}\n", encoding="utf-8")
    page = write_report(actormap, model, Path(scratch) / "hostile", cwd=scratch)
    driver.get(page.as_uri())
    # An alert would make every later call fail with UnexpectedAlertPresentException.
    check(driver.execute_script("return document.readyState") == "complete", "the hostile report loads")
    check(not severe_logs(driver), "no console errors with hostile names")
    click(driver, driver.find_element(By.ID, "d0-a-a"))
    panel = driver.find_element(By.ID, "am-panel")
    check(hostile in panel.text, "an actor named <script>alert(1)</script> is shown as text in the panel")
    check(driver.execute_script("return document.querySelectorAll('script').length") == 2,
          "the page holds its own two script elements and no other")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--actormap", default=str(ROOT / ".build/debug/actormap"))
    parser.add_argument("--model", default="models/maro-district.yaml")
    parser.add_argument("--screenshot", default=str(ROOT / "docs/images/report.png"))
    parser.add_argument("--size", default="1400x900", help="window size for the screenshot")
    args = parser.parse_args()
    actormap = str(Path(args.actormap).resolve())
    if not os.access(actormap, os.X_OK):
        fail(f"no actormap binary at {actormap} (build it first)")
    width, height = (int(x) for x in args.size.split("x"))
    with tempfile.TemporaryDirectory(prefix="actormap-browser-") as scratch:
        page = write_report(actormap, args.model, Path(scratch) / "report")
        driver = start_browser(width, height)
        try:
            print(f"check_report: {page} in headless Chromium {driver.capabilities.get('browserVersion')}")
            check_flagship(driver, page, Path(args.screenshot))
            check_without_script(driver, page)
            check_hostile_name(driver, actormap, scratch)
        except SystemExit:
            raise
        except Exception as error:  # noqa: BLE001 - a selenium error is a failed check
            fail(f"{type(error).__name__}: {error}")
        finally:
            driver.quit()
    print("check_report: all checks passed")


if __name__ == "__main__":
    main()
