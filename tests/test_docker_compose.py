"""docker-compose.yml describes the topology.

There is no Docker engine here, nor the `docker compose` plugin: the file is read as data
and checked, and parsed by Debian's docker-compose (v1, which CI installs) when present.
"""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from deploy.proxy import TEMPLATE_NAMES

ROOT = Path(__file__).resolve().parent.parent
LONG_RUNNING = ["proxy", "web", "worker", "scheduler", "redis", "db"]


@pytest.fixture(scope="module")
def services():
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]


def volume_names(service):
    return {volume.split(":")[0] for volume in service.get("volumes", [])}


def test_every_part_of_the_topology_is_a_service(services):
    assert set(services) == {*LONG_RUNNING, "setup"}


def test_at_least_two_web_replicas_behind_the_proxy_only(services):
    assert services["web"]["deploy"]["replicas"] >= 2
    assert "ports" not in services["web"]
    assert [name for name in services if services[name].get("ports")] == ["proxy"]


@pytest.mark.parametrize("name", LONG_RUNNING)
def test_long_running_services_are_health_checked_and_restarted(services, name):
    service = services[name]
    assert service["healthcheck"]["test"]
    assert service["restart"] == "unless-stopped"


def test_the_proxy_renders_the_same_site_template_as_make_serve(services):
    proxy = services["proxy"]
    assert proxy["image"].startswith("nginx:")
    template = "./deploy/nginx/reviewsite.conf.template"
    assert f"{template}:/etc/nginx/templates/default.conf.template:ro" in proxy["volumes"]
    assert (ROOT / template).exists()
    environment = proxy["environment"]
    assert set(TEMPLATE_NAMES) <= set(environment)
    # The image substitutes only the template's names, as deploy/serve.py does.
    pattern = re.compile(environment["NGINX_ENVSUBST_FILTER"].replace("$$", "$"))
    assert all(pattern.search(name) for name in TEMPLATE_NAMES)
    assert not pattern.search("HOSTNAME") and not pattern.search("host")
    assert environment["APP_UPSTREAM"].startswith("server web:8000")


def test_media_and_static_files_are_shared_volumes(services):
    for name in ("proxy", "web", "worker"):
        assert "media" in volume_names(services[name])
    for name in ("proxy", "web", "setup"):
        assert "static" in volume_names(services[name])
    # The proxy reads them at the roots the template is given.
    proxy = services["proxy"]
    assert "static:/srv/static:ro" in proxy["volumes"]
    assert proxy["environment"]["STATIC_ROOT"] == "/srv/static"
    assert "media:/srv/media:ro" in proxy["volumes"]
    assert proxy["environment"]["MEDIA_ROOT"] == "/srv/media"


def test_the_app_waits_for_its_database_cache_and_setup(services):
    for name in ("web", "worker", "scheduler"):
        depends = services[name]["depends_on"]
        assert depends["db"]["condition"] == "service_healthy"
        assert depends["redis"]["condition"] == "service_healthy"
        assert depends["setup"]["condition"] == "service_completed_successfully"
    assert services["proxy"]["depends_on"]["web"]["condition"] == "service_healthy"
    assert services["setup"]["restart"] == "no"
    assert "migrate" in " ".join(services["setup"]["command"])
    assert "collectstatic" in " ".join(services["setup"]["command"])


def test_processes_run_the_commands_make_serve_runs(services):
    assert "deploy/gunicorn.conf.py" in services["web"]["command"]
    assert services["worker"]["command"][-1] == "db_worker"
    assert services["scheduler"]["command"][-1] == "run_scheduler"
    assert services["web"]["environment"]["REDIS_URL"] == "redis://redis:6379/0"
    assert services["web"]["environment"]["TASKS_BACKEND"] == "database"
    assert services["web"]["env_file"] == ".env"


def test_the_web_health_check_is_liveness_and_workers_check_what_they_need(services):
    assert "/healthz" in " ".join(services["web"]["healthcheck"]["test"])
    for name in ("worker", "scheduler"):
        assert services[name]["healthcheck"]["test"] == ["CMD", "python", "deploy/healthcheck.py"]
    assert (ROOT / "deploy" / "healthcheck.py").exists()


def test_redis_is_a_bounded_cache_without_persistence(services):
    command = services["redis"]["command"]
    assert "--maxmemory" in command and "allkeys-lru" in command
    assert command[command.index("--appendonly") + 1] == "no"


def test_the_image_runs_as_an_unprivileged_user():
    dockerfile = (ROOT / "Dockerfile").read_text()
    users = re.findall(r"^USER (\S+)", dockerfile, flags=re.M)
    assert users and users[-1] not in ("root", "0")
    assert "deploy/gunicorn.conf.py" in dockerfile


def compose_command():
    """`docker compose` (the v2 plugin) if it works here, else Debian's docker-compose."""
    if shutil.which("docker"):
        probe = subprocess.run(["docker", "compose", "version"], capture_output=True)
        if probe.returncode == 0:
            return ["docker", "compose"]
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    return None


def test_docker_compose_itself_accepts_the_file(tmp_path):
    command = compose_command()
    if command is None:
        reason = "neither `docker compose` nor docker-compose here (apt-get install docker-compose)"
        if os.environ.get("REQUIRE_TOPOLOGY_TESTS"):
            pytest.fail(reason)
        pytest.skip(reason)
    shutil.copy(ROOT / "docker-compose.yml", tmp_path / "docker-compose.yml")
    shutil.copy(ROOT / ".env.example", tmp_path / ".env")
    result = subprocess.run(
        [*command, "config", "--quiet"], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
