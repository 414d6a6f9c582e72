"""The GitHub Actions workflow: the check and the tests on pull requests, Pages from main.

(actionlint, the workflow linter, is not on PyPI as a wheel that installs offline; these
assertions guard what the project relies on, and docs/contributing.md promises.)
"""

from __future__ import annotations

import yaml

from conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "ci.yml"


def load() -> dict:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def steps(job: dict) -> list[str]:
    return [s.get("run", "") or s.get("uses", "") for s in job["steps"]]


def test_pull_requests_run_the_check_and_the_tests():
    wf = load()
    assert "pull_request" in wf["on"] and wf["on"]["push"]["branches"] == ["main"]
    test = wf["jobs"]["test"]
    assert "make check" in steps(test) and any(s.startswith("make test") for s in steps(test))


def test_pages_deploy_from_main_only_with_least_privilege():
    wf = load()
    assert wf["permissions"] == {"contents": "read"}  # nothing may write unless it says so
    build, deploy = wf["jobs"]["build"], wf["jobs"]["deploy"]
    assert "refs/heads/main" in build["if"] and build["needs"] == "test"
    assert "make build" in steps(build)  # strict
    upload = next(s for s in build["steps"] if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "site/"
    assert deploy["needs"] == "build" and deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert any(s.startswith("actions/deploy-pages@") for s in steps(deploy))


def test_the_site_build_restores_the_build_store_before_building():
    build = load()["jobs"]["build"]
    names = steps(build)
    cache = next(s for s in build["steps"] if s.get("uses", "").startswith("actions/cache@"))
    assert cache["with"]["path"] == ".cache/atlas/pipeline.sqlite"  # atlas.store.STORE_NAME, in .cache/atlas
    assert cache["with"]["restore-keys"] and "github.sha" in cache["with"]["key"]
    assert names.index(cache["uses"]) < names.index("make build")
