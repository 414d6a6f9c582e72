"""Python-Markdown set up as the site sets it up: the extensions and options of mkdocs.yml.

Unit tests that look at HTML render through this, so a change to mkdocs.yml's
`markdown_extensions` is a change to what they check.
"""

from __future__ import annotations

import re

import markdown
import yaml
from conftest import ROOT


class _Loader(yaml.SafeLoader):
    pass


_Loader.add_constructor("!ENV", lambda loader, node: None)  # mkdocs.yml reads SITE_URL from the env


def site_markdown() -> markdown.Markdown:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    names, configs = [], {}
    for ext in config["markdown_extensions"]:
        if isinstance(ext, dict):
            (name, conf), = ext.items()
            names.append(name)
            configs[name] = conf or {}
        else:
            names.append(ext)
    return markdown.Markdown(extensions=names, extension_configs=configs)


def render_html(body: str) -> str:
    return site_markdown().convert(body)


_PERMALINK = re.compile(r'<a class="headerlink" href="#[^"]*" title="Permanent link">&para;</a>')


def without_permalinks(page: str) -> str:
    """The HTML without the ¶ links toc adds to each heading: `<h2 id="x">Title</h2>`."""
    return _PERMALINK.sub("", page)
