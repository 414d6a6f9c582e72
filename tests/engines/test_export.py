"""`python -m atlas export OUT/`: the site's whole content on disk, from the hook's own code path.

Expected pages are never listed here: they come from render_pages() (through
assemble.site_files, which the hook uses too) on the real seeds, so the tests follow the index
pages and cleaning as they change.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, copy_project

from atlas.assemble import site_files
from atlas.export import (MARKER_FILE, ExportError, dump_config, escape_front_matter, export_site, load_config,
                          resolve_env)
from atlas.pipeline import build_corpus
from atlas.render import HOME_MARKER, render_document_list, render_pages
from atlas.vocab import load_vocabulary


def run_export(out: Path, root: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "atlas", "export", str(out), "--root", str(root)],
                          cwd=root, capture_output=True, text=True, timeout=300)


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("export") / "out"
    result = run_export(out)
    assert result.returncode == 0, result.stderr
    assert "wrote" in result.stdout
    return out


@pytest.fixture(scope="module")
def corpus():
    return build_corpus(ROOT, SEEDS, load_vocabulary())


def test_every_generated_file_is_written(exported: Path, corpus):
    pages = render_pages(corpus, load_vocabulary())
    assert len(corpus.documents) == len(list(SEEDS.glob("*.txt")))
    assert {doc.src_uri for doc in corpus.documents} <= set(pages)
    site_url = resolve_env(load_config((ROOT / "mkdocs.yml").read_text(encoding="utf-8")).get("site_url"))
    expected = site_files(corpus, load_vocabulary(), str(site_url or ""))
    assert set(pages) <= set(expected.files)
    for src_uri, content in expected.files.items():
        written = exported / "docs" / src_uri
        assert written.is_file(), src_uri
        if not src_uri.endswith(".md"):  # feeds, source copies: byte for byte
            assert written.read_bytes() == (content if isinstance(content, bytes) else content.encode("utf-8"))


def test_document_pages_are_the_rendered_page_plus_provenance_links(exported: Path, corpus):
    pages = render_pages(corpus, load_vocabulary())
    for doc in corpus.documents:
        text = (exported / "docs" / doc.src_uri).read_text(encoding="utf-8")
        rendered = escape_front_matter(pages[doc.src_uri])
        assert text.startswith(rendered), doc.src_uri
        tail = text[len(rendered):]
        # The edit link leads to the seed itself ("docs/../seeds" resolved), as in the hook's build.
        assert f"/{doc.seed.path}>)" in tail and "/../" not in tail, tail
        assert f"]({doc.slug}/source.md)" in tail


def test_front_matter_the_theme_prints_raw_is_escaped_and_the_rest_kept():
    page = '---\ntitle: <script>x</script> & co\ndate: 2001-11\ntopics:\n- a\n---\n\n# <b> stays\n'
    assert escape_front_matter(page) == (
        '---\ntitle: \'&lt;script&gt;x&lt;/script&gt; &amp; co\'\ndate: 2001-11\ntopics:\n- a\n---\n\n# <b> stays\n')
    plain = "---\ntitle:   Plain title\n---\nBody\n"
    assert escape_front_matter(plain) == plain  # nothing to escape: byte for byte
    assert escape_front_matter("# No front matter\n") == "# No front matter\n"


def test_document_pages_keep_their_front_matter(exported: Path, corpus):
    for doc in corpus.documents:
        text = (exported / "docs" / doc.src_uri).read_text(encoding="utf-8")
        assert text.startswith("---\n"), doc.src_uri
        assert "title: " in text.split("\n---\n", 1)[0], doc.src_uri


def test_hand_written_pages_are_copied_with_the_home_list_filled(exported: Path, corpus):
    for page in sorted((ROOT / "docs").rglob("*")):
        if page.is_file():
            assert (exported / "docs" / page.relative_to(ROOT / "docs")).is_file(), page
    home = (exported / "docs" / "index.md").read_text(encoding="utf-8")
    assert HOME_MARKER in (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    assert HOME_MARKER not in home
    assert render_document_list(corpus) in home
    for doc in corpus.documents[:5]:
        assert f"]({doc.src_uri})" in home, doc.src_uri


def test_config_is_the_projects_without_hooks(exported: Path):
    original = load_config((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config = load_config((exported / "mkdocs.yml").read_text(encoding="utf-8"))
    assert "hooks" not in config and "watch" not in config
    assert config["docs_dir"] == "docs"
    for key, value in original.items():
        if key not in ("hooks", "watch", "docs_dir", "site_dir"):
            assert config[key] == value, key
    # Environment tags are left for the engine to resolve at build time.
    assert ("!ENV" in (ROOT / "mkdocs.yml").read_text()) == ("!ENV" in (exported / "mkdocs.yml").read_text())


def test_export_is_byte_identical_when_repeated(exported: Path, tmp_path: Path):
    result = run_export(tmp_path / "again")
    assert result.returncode == 0, result.stderr
    # Hand-written files are plain copies (and other work may change docs/ meanwhile): the
    # pipeline's output and the configs are what must be byte-identical.
    hand = {f"docs/{p.relative_to(ROOT / 'docs').as_posix()}" for p in (ROOT / "docs").rglob("*") if p.is_file()}
    first, second = tree_bytes(exported), tree_bytes(tmp_path / "again")
    assert {k: v for k, v in second.items() if k not in hand} == {k: v for k, v in first.items() if k not in hand}
    assert len(first) > len(hand) + 5


def test_export_replaces_its_own_output_but_refuses_a_foreign_folder(tmp_path: Path):
    out = tmp_path / "out"
    export_site(ROOT, out)
    stale = out / "docs" / "documents" / "stale.md"
    stale.write_text("# left over\n", encoding="utf-8")
    export_site(ROOT, out)
    assert not stale.exists() and (out / MARKER_FILE).is_file()

    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(ExportError, match="not empty"):
        export_site(ROOT, foreign)
    assert (foreign / "notes.txt").read_text(encoding="utf-8") == "keep me"
    with pytest.raises(ExportError, match="overwrite the project"):
        export_site(ROOT, ROOT / "docs" / "out")


def test_bad_seed_is_reported_and_the_rest_exported(tmp_path: Path):
    seeds = {p.name: p.read_bytes() for p in sorted(SEEDS.glob("*.txt"))}
    seeds["latin1.txt"] = "Caf\xe9 in Hano\xef".encode("latin-1")
    project = copy_project(tmp_path / "proj", seeds)
    result = run_export(tmp_path / "out", root=project)
    assert result.returncode == 1
    assert "seeds/latin1.txt" in result.stderr and "not UTF-8" in result.stderr
    good = build_corpus(project, project / "seeds", load_vocabulary()).documents
    assert len(good) == len(seeds) - 1
    for doc in good:
        assert (tmp_path / "out" / "docs" / doc.src_uri).is_file(), doc.src_uri


def test_strict_export_fails_on_a_warning_as_a_strict_build_does(tmp_path: Path):
    seeds = {p.name: p.read_bytes() for p in sorted(SEEDS.glob("*.txt"))}
    original = sorted(seeds)[2]
    seeds["009_copy.txt"] = seeds[original].replace(b"the", b"that", 3)  # a near-duplicate: a warning
    project = copy_project(tmp_path / "proj", seeds)
    relaxed = run_export(tmp_path / "out", root=project)
    assert relaxed.returncode == 0, relaxed.stderr
    assert "seeds/009_copy.txt" in relaxed.stderr and "warning" in relaxed.stderr
    strict = subprocess.run([sys.executable, "-m", "atlas", "export", str(tmp_path / "out"), "--root", str(project),
                             "--strict"], cwd=project, capture_output=True, text=True, timeout=300)
    assert strict.returncode == 1 and "strict" in strict.stderr


def test_config_tags_pass_through_for_the_engine_to_resolve(monkeypatch):
    text = ("site_url: !ENV [ATLAS_T1, ATLAS_T2, 'http://x/']\nedit_uri: !ENV ATLAS_T2\n"
            "emoji: !!python/name:material.extensions.emoji.twemoji\n")
    config = load_config(text)
    again = dump_config(config)
    assert load_config(again) == config
    assert "!ENV [ATLAS_T1, ATLAS_T2, 'http://x/']" in again
    assert "!!python/name:material.extensions.emoji.twemoji" in again
    monkeypatch.delenv("ATLAS_T1", raising=False)
    monkeypatch.delenv("ATLAS_T2", raising=False)
    assert resolve_env(config["site_url"]) == "http://x/" and resolve_env(config["edit_uri"]) is None
    monkeypatch.setenv("ATLAS_T2", "https://y/")
    assert resolve_env(config["site_url"]) == "https://y/" == resolve_env(config["edit_uri"])
