"""The intake page in a real browser (Debian's Chromium driven by Playwright) against a
real server."""

import json
import shutil

import pytest
from playwright.sync_api import expect, sync_playwright

from classifier.lifecycle.registry import Registry, save_version
from tests.servers import ROOT, Server

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
ARTIFACTS = ROOT / "test-artifacts"
WELFARE = ("Assalamualaikum pak Bupati, sy ibu Sumiati dr Ds. Karangrejo. Sdh 4 bln PKH sy gk cair pdhl nama "
           "msh ada di DTKS, anak2 sy mau skolah gk ada biaya. Mohon dibantu nggih matur nuwun")


def cautious_models(trained, folder, **thresholds):
    """A copy of the trained model with other thresholds (by default it sends every in-scope
    answer to review for low confidence)."""
    registry = Registry(folder)
    model = Registry(trained["models"]).load()
    model.thresholds_ = {**model.thresholds_, **(thresholds or {"min_pair_confidence": 1.01})}
    version = trained["version"] + "-cautious"
    files = {name: (trained["models"] / trained["version"] / name).read_bytes() for name in ("card.json", "card.md")}
    save_version(registry.folder(version), model, files)
    registry.add(version, {"headline": {}}, make_default=True, why="test: cautious thresholds")
    return folder


@pytest.fixture(scope="module")
def servers(trained, tmp_path_factory):
    base = tmp_path_factory.mktemp("page")
    models = base / "models"
    shutil.copytree(trained["models"], models)
    normal = Server(models, base / "data1", env={"INTERVENSI_MAX_TEXT_CHARS": "2000"})
    cautious = Server(cautious_models(trained, base / "cautious"), base / "data2")
    # every in-scope text counts as unlike the known cases: uncertain, reason unlike_known_cases
    unfamiliar = Server(cautious_models(trained, base / "unfamiliar", review_below_similarity=0.99,
                                        out_of_scope_below_similarity=0.0), base / "data3")
    yield normal.wait_ready(), cautious.wait_ready(), unfamiliar.wait_ready()
    normal.stop()
    cautious.stop()
    unfamiliar.stop()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium", args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, servers):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=servers[0].url)
    pg = context.new_page()
    errors = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(servers[0].url + "/")
    yield pg
    context.close()
    assert errors == []


def classify(page, text):
    page.fill("#text", text)
    page.focus("#text")
    page.keyboard.press("Control+Enter")
    expect(page.locator("#result")).to_be_visible()
    expect(page.locator("#submit")).to_be_enabled()


def shown_text(page):
    """The complaint as displayed, without the small L/M tags after evidence words."""
    return page.evaluate("""Array.from(document.querySelector('#marked').childNodes)
        .filter(n => !(n.classList && n.classList.contains('ev-tag')))
        .map(n => n.textContent).join('')""")


def test_paste_classify_and_see_why(page):
    classify(page, WELFARE)
    expect(page.locator("#level-name")).not_to_be_empty()
    expect(page.locator("#method-name")).not_to_be_empty()
    assert page.locator("#level-name").inner_text() in ("Mikro", "Mezzo", "Makro", "Global")
    marks = page.locator("#marked mark")
    assert marks.count() >= 1
    for i in range(marks.count()):
        assert marks.nth(i).inner_text() in WELFARE
        assert marks.nth(i).get_attribute("title")  # the weight, as a tooltip
    assert shown_text(page) == WELFARE
    expect(page.locator("#definitions")).to_contain_text("Gray (1997)")
    assert 1 <= page.locator("#similar li").count() <= 3
    assert "%" not in page.locator("#similar").inner_text()  # a similarity is not a confidence
    expect(page.locator("#alternatives li")).to_have_count(3)
    meters = page.locator("[role=meter]")
    assert meters.count() == 2 and 0 <= int(meters.first.get_attribute("aria-valuenow")) <= 100
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "intake-result.png"), full_page=True)


def test_copy_summary(page):
    classify(page, WELFARE)
    page.click("#copy")
    expect(page.locator("#copy-done")).to_have_text("Ringkasan disalin.")
    summary = page.evaluate("navigator.clipboard.readText()")
    assert page.locator("#level-name").inner_text() in summary
    assert "petugas yang memutuskan" in summary
    assert "Sumiati" not in summary  # the complaint itself stays out of the summary


def test_out_of_scope_path(page):
    classify(page, "Lampu jalan di depan gang kami mati sudah dua minggu, mohon segera diperbaiki pak.")
    expect(page.locator("#status")).to_contain_text("Di luar cakupan kesejahteraan sosial")
    expect(page.locator("#status")).to_contain_text("Langkah berikutnya")
    # the out-of-scope probability and the closest pair with its own confidence, not >99% bars
    expect(page.locator("#oos-probability")).to_contain_text("Kemungkinan di luar cakupan")
    expect(page.locator("#oos-probability")).to_contain_text("%")
    expect(page.locator("#closest-pair")).to_contain_text("keyakinan pasangan ini bila dalam cakupan")
    assert page.locator("[role=meter]").count() == 0
    # which words pointed out of scope, which pointed in
    expect(page.locator("#words-out")).to_contain_text("Lampu")
    expect(page.locator("#words-in")).to_contain_text("Kata yang menunjuk ke dalam cakupan")


def test_uncertain_path(browser, servers):
    context = browser.new_context()
    pg = context.new_page()
    pg.goto(servers[1].url + "/")
    classify(pg, WELFARE)
    expect(pg.locator("#status")).to_contain_text("Perlu ditinjau petugas")
    expect(pg.locator("#status")).to_contain_text("di bawah ambang")
    expect(pg.locator("#status")).to_contain_text("Bandingkan")
    context.close()


def test_uncertain_unlike_known_cases_states_its_reason(browser, servers):
    context = browser.new_context()
    pg = context.new_page()
    pg.goto(servers[2].url + "/")
    classify(pg, WELFARE)
    status = pg.locator("#status")
    expect(status).to_contain_text("Perlu ditinjau petugas")
    expect(status).to_contain_text("kurang mirip dengan kasus yang dikenal model")
    expect(status).to_contain_text("Jangan bersandar pada persentase")
    assert "keyakinan model rendah" not in status.inner_text().lower()  # never beside high bars
    expect(pg.locator("#unreliable")).to_be_visible()
    context.close()


def test_result_gets_focus_and_is_scrolled_into_view(page):
    classify(page, WELFARE)
    page.wait_for_function("document.activeElement && document.activeElement.id === 'status-heading'")
    top = page.evaluate("document.querySelector('#status').getBoundingClientRect().top")
    assert 0 <= top < 900


def test_evidence_weights_readable_by_keyboard(page):
    classify(page, WELFARE)
    first = page.locator("#marked mark").first
    first.focus()
    expect(page.locator("#ev-detail")).to_contain_text("bobot")
    expect(page.locator("#ev-detail")).to_contain_text(first.inner_text())
    # and by Tab from the element before it
    assert page.evaluate("document.querySelector('#marked mark').tabIndex") == 0


def test_filler_words_are_not_marked(page):
    classify(page, "sy gk dpt bantuan PKH sdh 3 bln, dia bilang sy gk terdaftar, bu tolong saya")
    marked = {page.locator("#marked mark").nth(i).inner_text().lower() for i in range(page.locator("#marked mark").count())}
    assert not {"saya", "sy", "dia", "bu", "gk"} & marked


def test_language_switch_translates_the_answer_and_keeps_the_text(page):
    classify(page, WELFARE)
    calls = []
    page.on("request", lambda r: calls.append(r.url) if "/v1/classify" in r.url else None)
    page.fill("#text", "teks baru yang belum dikirim")
    level_id = page.locator("#level-name").inner_text()
    page.click("#lang-en")
    expect(page.locator("#status")).to_contain_text("Model suggestion")
    assert page.locator("#text").input_value() == "teks baru yang belum dikirim"
    assert calls == []  # translated, not classified again
    english = {"Mikro": "Micro", "Mezzo": "Mezzo", "Makro": "Macro", "Global": "Global"}
    expect(page.locator("#level-name")).to_have_text(english[level_id])  # translated from the taxonomy
    expect(page.locator("#contrast")).to_contain_text("Chosen")
    page.click("#lang-id")
    expect(page.locator("#contrast")).to_contain_text("Dipilih")
    assert calls == []
    page.click("#lang-en")
    expect(page.locator("#submit")).to_have_text("Classify")
    expect(page.locator("h1")).to_have_text("Social-welfare intervention")
    expect(page.locator("#status")).to_contain_text("Model suggestion")
    expect(page.locator("#definitions")).to_contain_text("Definition")
    assert page.evaluate("document.documentElement.lang") == "en"
    page.click("#lang-id")
    expect(page.locator("#submit")).to_have_text("Klasifikasikan")
    expect(page.locator("#status")).to_contain_text("Saran model")


def test_complaint_markup_is_shown_literally_and_runs_nothing(page):
    hostile = ('<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2"> '
               "anak saya <b>tidak</b> dapat bantuan PKH sejak tiga bulan")
    classify(page, hostile)
    assert page.evaluate("window.__xss") is None
    assert page.locator("#marked img, #marked script, #marked b").count() == 0
    assert shown_text(page) == hostile
    assert page.locator("img").count() == 0


def test_empty_and_too_long_text_messages(page):
    page.click("#submit")
    expect(page.locator("#form-error")).to_be_visible()
    expect(page.locator("#form-error")).to_have_text("Teks kosong. Tempelkan teks pengaduan terlebih dahulu.")
    assert page.locator("#text").get_attribute("aria-invalid") == "true"
    page.fill("#text", "a" * 2001)
    expect(page.locator("#counter")).to_contain_text("2.001 / 2.000")
    page.click("#submit")
    expect(page.locator("#form-error")).to_contain_text("lebih dari 2.000 karakter")


def test_service_error_message(page):
    page.route("**/v1/classify", lambda route: route.fulfill(
        status=503, content_type="application/json",
        body=json.dumps({"error": {"code": "model_not_ready", "message_id": "Model belum dimuat.",
                                   "message_en": "No model loaded."}})))
    page.fill("#text", WELFARE)
    page.click("#submit")
    expect(page.locator("#form-error")).to_have_text("Model belum dimuat.")
    page.route("**/v1/classify", lambda route: route.abort())
    page.click("#submit")
    expect(page.locator("#form-error")).to_contain_text("Layanan tidak dapat dihubungi")


def test_keyboard_and_labels(page):
    assert page.locator("label[for=text]").inner_text() == "Teks pengaduan"
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.id")
    assert focused in ("lang-id", "text")
    assert page.get_attribute("#result", "aria-live") == "polite"


def test_phone_width(browser, servers):
    context = browser.new_context(viewport={"width": 390, "height": 800}, is_mobile=True, has_touch=True)
    pg = context.new_page()
    pg.goto(servers[0].url + "/")
    assert "Ctrl" not in pg.locator("#text-help").inner_text()  # no keyboard shortcut on a touch screen
    pg.fill("#text", WELFARE)
    pg.tap("#submit")
    expect(pg.locator("#result")).to_be_visible()
    pg.locator("#marked mark").first.tap()
    expect(pg.locator("#ev-detail")).to_contain_text("bobot")
    width = pg.evaluate("document.documentElement.scrollWidth")
    assert width <= 392  # nothing wider than the screen
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / "intake-result-phone.png"), full_page=True)
    context.close()


def test_api_docs_render_offline(browser, servers):
    context = browser.new_context()
    pg = context.new_page()
    outside = []
    pg.on("request", lambda r: outside.append(r.url) if not r.url.startswith(servers[0].url) else None)
    pg.goto(servers[0].url + "/docs")
    expect(pg.get_by_text("/v1/classify/batch").first).to_be_visible()
    assert outside == []
    context.close()


def test_page_needs_no_internet(servers):
    import httpx

    html = httpx.get(servers[0].url + "/").text
    assert "http://" not in html.replace(servers[0].url, "") and "https://" not in html
    for asset in ("/static/app.js", "/static/style.css"):
        body = httpx.get(servers[0].url + asset)
        assert body.status_code == 200 and "https://" not in body.text


def test_correction_is_sent_and_stored(page, servers, tmp_path):
    classify(page, WELFARE)
    options = page.locator("#fix-pair option")
    assert options.count() == 19  # 18 valid pairs and out of scope
    page.select_option("#fix-pair", "mikro/family_casework")
    page.fill("#fix-comment", "Bapak Darto, tetangga, bilang masalahnya di keluarga")
    page.click("#fix-submit")
    expect(page.locator("#fix-done")).to_have_text("Koreksi tersimpan. Terima kasih.")
    from service.feedback import FeedbackStore, database_url

    rows = list(FeedbackStore(database_url(servers[0].log_path.parent)).all())
    assert rows[-1].correct_method == "family_casework" and rows[-1].comment.startswith("Bapak [NAMA]")
    assert "Sumiati" not in (rows[-1].text or "")


def test_correction_double_click_is_stored_once(page, servers):
    from service.feedback import FeedbackStore, database_url

    store = FeedbackStore(database_url(servers[0].log_path.parent))
    classify(page, WELFARE)
    page.select_option("#fix-pair", "mikro/family_casework")
    page.fill("#fix-comment", "klik dua kali")
    before = len([r for r in store.all() if r.comment == "klik dua kali"])
    page.dblclick("#fix-submit")
    expect(page.locator("#fix-done")).to_have_text("Koreksi tersimpan. Terima kasih.")
    page.click("#fix-submit")  # and once more after it was saved: still the same correction
    expect(page.locator("#fix-done")).to_have_text("Koreksi tersimpan. Terima kasih.")
    page.wait_for_load_state("networkidle")
    assert len([r for r in store.all() if r.comment == "klik dua kali"]) == before + 1
