"""Compiled theme templates kept between serve rebuilds: reused while the source is the same,
compiled again when it changed (Jinja's checksum)."""

from __future__ import annotations

import jinja2

from atlas.templates import KeptTemplates


class CountingEnvironment(jinja2.Environment):
    """An environment that counts what it compiles from source."""

    compiled: list[str]

    def compile(self, source, name=None, filename=None, raw=False, defer_init=False):
        self.compiled.append(name)
        return super().compile(source, name, filename, raw, defer_init)


def rebuild(templates: dict[str, str], kept: KeptTemplates) -> tuple[str, list[str]]:
    """What one serve rebuild does: a new environment, the page rendered, what was compiled."""
    env = CountingEnvironment(loader=jinja2.DictLoader(templates))
    env.compiled = []
    env.bytecode_cache = kept
    html = env.get_template("page.html").render(title="Viet Nam")
    return html, env.compiled


def test_the_second_rebuild_compiles_nothing_and_renders_the_same():
    templates = {"base.html": "<h1>{% block title %}{% endblock %}</h1>",
                 "page.html": "{% extends 'base.html' %}{% block title %}{{ title }}{% endblock %}"}
    kept = KeptTemplates()
    first, compiled = rebuild(templates, kept)
    assert first == "<h1>Viet Nam</h1>" and sorted(compiled) == ["base.html", "page.html"]
    assert len(kept) == 2
    second, compiled = rebuild(templates, kept)
    assert second == first and compiled == []


def test_an_edited_template_is_compiled_again_and_its_new_text_shown():
    templates = {"base.html": "<h1>{% block title %}{% endblock %}</h1>",
                 "page.html": "{% extends 'base.html' %}{% block title %}{{ title }}{% endblock %}"}
    kept = KeptTemplates()
    rebuild(templates, kept)
    templates["base.html"] = "<h2>{% block title %}{% endblock %}</h2>"  # an override edited in serve
    html, compiled = rebuild(templates, kept)
    assert html == "<h2>Viet Nam</h2>" and compiled == ["base.html"]
