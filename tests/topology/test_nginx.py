"""deploy/nginx/reviewsite.conf.template in a real nginx, in front of a stand-in app.

The stand-in answers one request at a time, as a sync worker does, and sends the cache
headers each test needs, so nginx's own behaviour is what is tested: what it caches, what
it bypasses, what it serves while the app is down, static and media files, limits.
"""

import gzip
import json
import re
import shutil
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from deploy.proxy import (
    TEMPLATE,
    TEMPLATE_NAMES,
    nginx_test,
    render_template,
    site_config,
    write_nginx_files,
)
from tests.topology.conftest import free_ports, get, readable_tempdir, slow_clients, wait_until

ROOT = Path(__file__).resolve().parents[2]
CACHEABLE = "public, max-age=0, s-maxage={0}, stale-while-revalidate={0}, stale-if-error=86400"
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)


class StandInApp(BaseHTTPRequestHandler):
    """/cached/*: s-maxage=1; /fresh/*: s-maxage=60; /private/*: private; /echo: headers."""

    served = 0

    def do_GET(self):
        type(self).served += 1
        path = self.path
        headers = {"Vary": "Cookie"}
        if path.startswith("/echo"):
            body = json.dumps(dict(self.headers.items())).encode()
        else:
            body = f"copy {self.served} of {path}".encode()
        if path.startswith("/cached/"):
            headers["Cache-Control"] = CACHEABLE.format(1)
        elif path.startswith(("/fresh/", "/admin/")):
            headers["Cache-Control"] = CACHEABLE.format(60)
        elif path.startswith("/private/"):
            headers["Cache-Control"] = "private"
        self.answer(200, body, headers)

    def do_POST(self):
        size = int(self.headers.get("Content-Length", 0))
        self.rfile.read(size)
        self.answer(200, f"received {size}".encode(), {})

    def answer(self, status, body, headers):
        self.send_response(status)
        for name, value in {**headers, "Content-Length": str(len(body))}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class StandIn:
    """The stand-in app on a fixed port, which can be stopped (refused) and started again."""

    def __init__(self, port):
        self.port = port
        self.server = None

    def start(self):
        HTTPServer.allow_reuse_address = True
        self.server = HTTPServer(("127.0.0.1", self.port), StandInApp)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def site(nginx_binary):
    """nginx on a free port in front of the stand-in; yields (nginx port, stand-in)."""
    listen, app_port = free_ports(2)
    app = StandIn(app_port)
    app.start()
    with readable_tempdir() as folder:
        static, media = folder / "static", folder / "media"
        (static / "errors").mkdir(parents=True)
        shutil.copy(ROOT / "static" / "errors" / "503.html", static / "errors" / "503.html")
        (static / "css").mkdir()
        css = b"body { color: black; }\n" * 100
        for name in ("site.css", "site.0123456789ab.css"):
            (static / "css" / name).write_bytes(css)
            (static / "css" / f"{name}.gz").write_bytes(gzip.compress(css))
        (static / "img").mkdir()
        shutil.copy(ROOT / "static" / "img" / "favicon.ico", static / "img" / "favicon.ico")
        (media / "posters").mkdir(parents=True)
        (media / "posters" / "heat.png").write_bytes(PNG)
        (media / "posters" / "evil.html").write_text("<script>alert(1)</script>")
        (media / "posters" / "evil.svg").write_text("<svg onload='alert(1)'/>")
        text = site_config(
            listen=f"127.0.0.1:{listen}",
            app_ports=[app_port],
            static_root=static,
            media_root=media,
            cache_dir=folder / "nginx" / "cache",
        )
        main_file = write_nginx_files(folder, text)
        nginx = subprocess.Popen(
            [nginx_binary, "-e", "stderr", "-c", str(main_file)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            wait_until(lambda: get(listen, "/healthz").status == 200, "nginx")
            yield listen, app
        finally:
            nginx.terminate()
            nginx.wait(timeout=10)
            app.stop()


@pytest.fixture
def app_down(site):
    """The stand-in stopped for the test (connections refused), started again after it."""
    _, app = site
    app.stop()
    yield
    app.start()


def cache_status(answer):
    return answer.headers.get("X-Cache-Status")


def test_the_template_uses_only_its_placeholders():
    text = TEMPLATE.read_text()
    directives = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    used = set(re.findall(r"\$\{(\w+)\}", "\n".join(directives)))
    assert used == set(TEMPLATE_NAMES)
    rendered = render_template(text, dict.fromkeys(TEMPLATE_NAMES, "X"))
    # nginx's own variables are left alone.
    assert "$upstream_cache_status" in rendered and "$http_cookie" in rendered


def test_nginx_bypasses_on_the_cookies_the_page_cache_bypasses_on():
    from django.conf import settings

    cookies = re.search(r"\(\^\|;\)\\s\*\(([\w|]+)\)=", TEMPLATE.read_text()).group(1)
    assert sorted(cookies.split("|")) == sorted(settings.PAGE_CACHE_BYPASS_COOKIES)


def test_rendering_follows_envsubst_and_leaves_other_variables():
    text = "a ${LISTEN} $LISTEN $LISTENER ${OTHER} $host"
    assert render_template(text, {"LISTEN": "80"}) == "a 80 80 $LISTENER ${OTHER} $host"


def test_the_rendered_site_passes_nginx_t(nginx_binary):
    with readable_tempdir() as folder:
        text = site_config(
            listen="127.0.0.1:18999",
            app_ports=[18997, 18998],
            static_root=folder / "static",
            media_root=folder / "media",
            cache_dir=folder / "cache",
        )
        assert nginx_test(nginx_binary, write_nginx_files(folder, text)) is None


def test_a_page_the_app_marks_public_is_cached(site):
    port, _ = site
    first = get(port, "/fresh/home")
    second = get(port, "/fresh/home")
    assert (cache_status(first), cache_status(second)) == ("MISS", "HIT")
    assert second.body == first.body


def test_vary_cookie_does_not_split_the_cache_for_anonymous_cookies(site):
    port, _ = site
    first = get(port, "/fresh/vary", headers={"Cookie": "theme=dark"})
    second = get(port, "/fresh/vary", headers={"Cookie": "csrftoken=abc; theme=light"})
    assert cache_status(second) == "HIT"
    assert second.body == first.body


@pytest.mark.parametrize("cookie", ["sessionid=abc", "a=1; messages=xyz", "comment_author=Ann"])
def test_a_visitor_with_state_bypasses_the_cache_and_is_never_stored(site, cookie):
    port, _ = site
    path = f"/fresh/{cookie.split('=')[0][-8:]}"
    personal = get(port, path, headers={"Cookie": cookie})
    assert cache_status(personal) == "BYPASS"
    # What that visitor was sent was not stored for others.
    assert cache_status(get(port, path)) == "MISS"


def test_a_cookie_merely_ending_in_a_state_name_does_not_bypass(site):
    port, _ = site
    get(port, "/fresh/suffix")
    assert cache_status(get(port, "/fresh/suffix", headers={"Cookie": "xsessionid=1"})) == "HIT"


def test_private_answers_are_never_cached(site):
    port, _ = site
    first, second = get(port, "/private/page"), get(port, "/private/page")
    assert cache_status(second) == "MISS"
    assert first.body != second.body


def test_the_admin_is_never_cached_whatever_the_app_says(site):
    port, _ = site
    first, second = get(port, "/admin/login/"), get(port, "/admin/login/")
    assert (cache_status(first), cache_status(second)) == ("BYPASS", "BYPASS")
    assert first.body != second.body


def test_probes_always_reach_the_app(site):
    port, _ = site
    first, second = get(port, "/readyz"), get(port, "/readyz")
    assert (cache_status(first), cache_status(second)) == ("BYPASS", "BYPASS")


def test_the_app_gets_the_host_and_the_client_address_appended(site):
    port, _ = site
    answer = get(
        port,
        "/echo",
        headers={"Host": "reviews.example.com:8080", "X-Forwarded-For": "6.6.6.6"},
    )
    seen = json.loads(answer.body)
    assert seen["Host"] == "reviews.example.com:8080"
    # The app trusts the last hop only (DJANGO_TRUSTED_PROXY_COUNT=1): the real client.
    assert seen["X-Forwarded-For"] == "6.6.6.6, 127.0.0.1"
    assert seen["X-Forwarded-Proto"] == "http"
    # The app always answers uncompressed, so one cached copy suits every client.
    assert "Accept-Encoding" not in seen


def test_bodies_are_small_except_in_the_admin(site):
    port, _ = site
    body = b"x" * (2 * 1024 * 1024)
    assert get(port, "/comments/post/", method="POST", body=body).status == 413
    assert get(port, "/admin/reviews/review/import/", method="POST", body=body).status == 200


def test_hashed_static_files_are_cached_for_a_year_and_precompressed(site):
    port, _ = site
    answer = get(port, "/static/css/site.0123456789ab.css", headers={"Accept-Encoding": "gzip"})
    assert answer.status == 200
    assert answer.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert answer.headers["Content-Encoding"] == "gzip"


def test_unhashed_static_files_are_cached_briefly(site):
    port, _ = site
    answer = get(port, "/static/css/site.css")
    assert answer.status == 200
    assert answer.headers["Cache-Control"] == "public, max-age=300"


def test_the_favicon_is_served_from_the_static_files(site):
    port, _ = site
    answer = get(port, "/favicon.ico")
    assert answer.status == 200
    assert answer.body == (ROOT / "static" / "img" / "favicon.ico").read_bytes()
    assert answer.headers["Cache-Control"] == "public, max-age=86400"


def test_uploaded_images_are_served_sandboxed(site):
    port, _ = site
    answer = get(port, "/media/posters/heat.png")
    assert answer.status == 200
    assert answer.body == PNG
    assert answer.headers["Content-Type"] == "image/png"
    assert answer.headers["X-Content-Type-Options"] == "nosniff"
    assert answer.headers["Content-Security-Policy"] == "default-src 'none'; sandbox"


@pytest.mark.parametrize("name", ["evil.html", "evil.svg", "missing.png"])
def test_other_uploads_are_not_served(site, name):
    port, _ = site
    assert get(port, f"/media/posters/{name}").status == 404


def test_slow_clients_do_not_hold_the_app(site):
    """20 clients trickling headers or bodies; the one-at-a-time app still answers a reader."""
    port, _ = site
    with slow_clients(port, count=20):
        assert get(port, "/private/reader").status == 200


def test_while_the_app_is_down_a_cached_page_is_served_stale(site):
    port, app = site
    fresh = get(port, "/cached/review")
    assert get(port, "/cached/review").body == fresh.body
    app.stop()
    try:
        # s-maxage=1: every answer is the cached copy, HIT until it expires, then STALE.
        answers = []

        def stale():
            answers.append(get(port, "/cached/review"))
            return cache_status(answers[-1]) == "STALE"

        wait_until(stale, "the cached copy to be served STALE")
        assert {a.status for a in answers} == {200}
        assert {a.body for a in answers} == {fresh.body}
    finally:
        app.start()


def test_a_copy_older_than_its_grace_is_never_served_to_a_reader(site):
    """s-maxage=1, stale-while-revalidate=1: past two seconds (three, as nginx counts whole
    seconds), the app answers first."""
    port, _ = site
    stored = get(port, "/cached/idle")
    assert cache_status(stored) == "MISS"
    stored_at = time.monotonic()
    wait_until(lambda: time.monotonic() - stored_at > 3.1, "the copy to outlive its grace")
    answer = get(port, "/cached/idle")
    assert cache_status(answer) == "EXPIRED"
    assert answer.body != stored.body  # a new copy from the app, not the old one


def test_while_the_app_is_down_other_pages_get_the_branded_503(site, app_down):
    port, _ = site
    answer = get(port, "/private/account")
    assert answer.status == 503
    assert "Back in a moment" in answer.text
    assert answer.headers["Retry-After"] == "5"
    assert answer.headers["Cache-Control"] == "no-store"
