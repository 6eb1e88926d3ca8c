"""nginx for make serve: the site template rendered as the nginx image does, and checked."""

import contextlib
import grp
import os
import re
import subprocess
from pathlib import Path

from deploy.supervisor import ServeError

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "deploy" / "nginx" / "reviewsite.conf.template"
#: The only names the site template may use; like envsubst given a list of variables,
#: every other $word (nginx's own variables) is left alone.
TEMPLATE_NAMES = ("LISTEN", "APP_UPSTREAM", "STATIC_ROOT", "MEDIA_ROOT", "PROXY_CACHE_DIR")


def render_template(text, values):
    """Substitute ${NAME} and $NAME for the given names only, as envsubst does."""
    names = "|".join(re.escape(name) for name in values)
    pattern = re.compile(rf"\$(?:\{{({names})\}}|({names})(?![A-Za-z0-9_]))")
    return pattern.sub(lambda match: values[match.group(1) or match.group(2)], text)


def site_config(*, listen, app_ports, static_root, media_root, cache_dir, app_host="127.0.0.1"):
    """The site file rendered for app processes on these loopback ports."""
    upstream = " ".join(
        f"server {app_host}:{port} max_fails=1 fail_timeout=2s;" for port in app_ports
    )
    values = {
        "LISTEN": str(listen),
        "APP_UPSTREAM": upstream,
        "STATIC_ROOT": str(static_root).rstrip("/"),
        "MEDIA_ROOT": str(media_root).rstrip("/"),
        "PROXY_CACHE_DIR": str(cache_dir),
    }
    return render_template(TEMPLATE.read_text(), values)


def nginx_config(state_dir, site_file, worker_processes=1):
    """A minimal nginx.conf around the site file: process plumbing only, all under state_dir."""
    nginx_dir = Path(state_dir) / "nginx"
    temp = nginx_dir / "tmp"
    lines = [
        "# Written by deploy/serve.py: process plumbing only; the site is in the file it includes.",
        "daemon off;",
        f"worker_processes {worker_processes};",
        f"pid {nginx_dir / 'nginx.pid'};",
        "error_log stderr warn;",
    ]
    if os.geteuid() == 0:
        # nginx started by root drops its workers to an unprivileged user; it creates its
        # cache and temporary folders for that user itself.
        lines.append(f"user nobody {unprivileged_group()};")
    lines += [
        "events { worker_connections 1024; }",
        "http {",
        f"    include {mime_types()};",
        "    default_type application/octet-stream;",
        "    sendfile on;",
        # Not tcp_nopush: with sendfile it held the last packet of pages served from the proxy
        # cache until the client's delayed ACK, 40 ms per answer on a kept-alive connection
        # (23 requests/s on one connection; 10,600 without it).
        *(
            f"    {kind}_temp_path {temp / kind};"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        ),
        f"    include {site_file};",
        "}",
        "",
    ]
    return "\n".join(lines)


def unprivileged_group():
    for name in ("nogroup", "nobody"):
        with contextlib.suppress(KeyError):
            return grp.getgrnam(name).gr_name
    return "nobody"


def mime_types():
    for candidate in ("/etc/nginx/mime.types", "/usr/local/nginx/conf/mime.types"):
        if Path(candidate).exists():
            return candidate
    raise ServeError("nginx's mime.types was not found: reinstall nginx (apt-get install nginx)")


def write_nginx_files(state_dir, site_text):
    """Write the rendered site file and nginx.conf; the path of nginx.conf."""
    nginx_dir = Path(state_dir) / "nginx"
    (nginx_dir / "tmp").mkdir(parents=True, exist_ok=True)
    (nginx_dir / "cache").mkdir(parents=True, exist_ok=True)
    site_file = nginx_dir / "reviewsite.conf"
    site_file.write_text(site_text)
    main_file = nginx_dir / "nginx.conf"
    main_file.write_text(nginx_config(state_dir, site_file))
    return main_file


def nginx_test(nginx, main_file):
    """Run `nginx -t` on a configuration; its output when it fails, else None."""
    result = subprocess.run(
        [nginx, "-t", "-q", "-e", "stderr", "-c", str(main_file)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    return None if result.returncode == 0 else (result.stderr or result.stdout).strip()


def unreadable_by_others(path):
    """The first folder on the way to `path` that nginx's workers (nobody) cannot enter."""
    for folder in [*reversed(Path(path).resolve().parents), Path(path).resolve()]:
        if folder.exists() and not folder.stat().st_mode & 0o001:
            return folder
    return None


def check_nginx_can_read(paths):
    if os.geteuid() != 0:
        return  # nginx's workers run as this user
    for path in paths:
        if folder := unreadable_by_others(path):
            raise ServeError(
                f"nginx's workers run as nobody and cannot enter {folder} (needed for {path}): "
                f"chmod o+x {folder}, or run make serve as an ordinary user"
            )
