"""An editor imports reviews in the admin with a real browser."""

import pytest

from reviews.models import ImportBatch
from tests.browser.test_moderation import log_in

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]


def test_a_paste_over_the_limit_is_stopped_in_the_browser_and_kept(new_page, live_server):
    page = new_page()
    log_in(page, live_server)
    page.goto(f"{live_server.url}/admin/reviews/review/import/")
    big = "A very long review. " * 60_000  # 1.2 MB: over the 1 MB limit for one document
    page.locator("#id_pasted").evaluate("(box, text) => { box.value = text; }", big)
    page.get_by_role("button", name="Preview the import").click()

    alert = page.get_by_role("alert")
    assert alert.is_visible() and "one document may be 1 MB at most" in alert.inner_text()
    assert page.url.endswith("/admin/reviews/review/import/")  # no request was sent
    assert page.locator("#id_pasted").input_value() == big
    assert not ImportBatch.objects.exists()
