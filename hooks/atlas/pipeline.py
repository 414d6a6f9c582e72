"""The whole pipeline as one pure-ish function: a seeds folder in, a Corpus out."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial
from pathlib import Path

from .cache import DocumentCache, Outcome, document_of, has_stored_outcome, stored_document
from .clean import clean_text
from .extract import extract_metadata
from .kwic import own_snippets
from .duplicates import ACK_KEY, TextPrint, find_duplicates, text_print
from .memo import active_store
from .model import Cleaned, Corpus, Document, Problem, Rejected, Seed, SeedError
from .parallel import map_ordered, workers_for
from .read import read_seed, scan_seed_dir
from .schema import merge, validate_front_matter
from .slug import document_slug, slugify, unique_slugs
from .vocab import Vocabulary


def build_document(seed: Seed, vocab: Vocabulary) -> Document:
    """One seed to one Document; raises SeedError when its front matter is invalid or nothing is
    left of its text once cleaned."""
    cleaned = clean_text(seed.text)
    if not has_text(cleaned):
        raise SeedError([nothing_left(seed, cleaned)])
    extracted = extract_metadata(seed, cleaned, vocab)
    overrides = {k: v for k, v in seed.overrides.items() if k != ACK_KEY}  # a build instruction, not metadata
    meta, problems = validate_front_matter(seed.path, merge(extracted, overrides, vocab), vocab=vocab,
                                           field_lines=seed.override_lines)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise SeedError(problems)
    wanted = str(meta.get("slug") or document_slug(str(meta.get("title", "")), seed.stem))
    # (the seed's decoded text is in the body and paragraphs now: the document keeps its bytes
    # alone, for its source page; at 10,000 documents the texts held twice were 110 MB more)
    doc = Document(seed=replace(seed, text=""), slug=wanted, meta=meta, body=cleaned.body,
                   paragraphs=cleaned.paragraphs, problems=tuple(problems))
    doc.snippets = own_snippets(doc, vocab)  # here: a cold build finds them in its worker processes
    return doc


# What a body holds besides its text: the wrapper around it and the paragraphs' anchors.
_WRAPPING = re.compile(r"</?div\b[^>]*>|^\{ #[\w-]+ \}$", re.MULTILINE)


def has_text(cleaned: Cleaned) -> bool:
    """Whether anything of the author's is left once furniture is gone: a title, a paragraph,
    a heading, a list or a table."""
    return bool(cleaned.title or cleaned.paragraphs or _WRAPPING.sub("", cleaned.body).strip())


def nothing_left(seed: Seed, cleaned: Cleaned) -> Problem:
    """The error of a seed that was all page furniture (a menu, buttons, a footer copied alone)."""
    lines = seed.text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    removed = list(dict.fromkeys(cleaned.removed))
    hint = "paste the document's own text (its title and paragraphs) into the file; a page's " \
           "furniture copied alone is not a document."
    if not removed:  # (a byline or a date alone: cleaning lifted it into the header, removed nothing)
        return Problem(seed.path, "nothing is left of the text once it is cleaned.", hint,
                       line=seed.body_start_line + first)
    shown = ", ".join(f"`{line}`" for line in removed[:4]) + (" ..." if len(removed) > 4 else "")
    return Problem(seed.path, "nothing is left of the text once the page's furniture is removed: every line "
                   f"reads as a web page's menu, buttons or footer ({shown}).", hint,
                   line=seed.body_start_line + first)


def build_corpus(root: Path, seed_dir: Path, vocab: Vocabulary, cache: DocumentCache | None = None,
                 known_slugs: dict[str, str] | None = None) -> Corpus:
    """Read, clean, extract and validate every seed; a bad seed is reported, the rest go on.

    With a cache (kept by `mkdocs serve` across rebuilds), unchanged seeds are not reprocessed.
    `known_slugs` (seed path -> slug of its last good build, kept by serve) puts a broken seed's
    error page at the address its document had, so the open page reloads to the explanation.
    """
    seed_files, notices = scan_seed_dir(seed_dir, root)  # symlinks out refused, other files noticed
    corpus = Corpus(problems=notices)
    if cache is not None:
        cache.prepare(vocab)
    made = _made_ahead(seed_files, root, vocab, cache)
    prints: dict[str, TextPrint] = {}  # seed path -> its text's print, made by a worker with its Document
    for path in seed_files:
        def build() -> Document:  # runs at once, inside this iteration
            if path not in made:
                return build_document(read_seed(path, root), vocab)
            outcome, printed = made.pop(path)
            if printed is not None:
                prints[outcome.seed.path] = printed
            return document_of(outcome)

        try:
            doc = stored_document(path, root, build) if cache is None else cache.document(path, root, build)
            corpus.documents.append(doc)
            corpus.problems.extend(doc.problems)
        except SeedError as exc:
            corpus.problems.extend(exc.problems)
            rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix()
            slug = (known_slugs or {}).get(rel) or slugify(path.stem) or "document"
            corpus.rejected.append(Rejected(rel, slug, list(exc.problems)))
    if cache is not None:
        cache.finish()
    named = corpus.documents + corpus.rejected  # documents first: a broken seed never takes their address
    for item, slug in zip(named, unique_slugs([d.slug for d in named])):
        item.slug = slug
    texts = [(d.seed.path, compared_text(d)) for d in corpus.documents]
    if cache is not None:
        memo = cache.text_prints
        memo.update((text, prints[path]) for path, text in texts if path in prints)
    else:
        memo = _stored_prints(corpus.documents, texts, prints)
    corpus.problems.extend(find_duplicates(
        texts, {d.seed.path: _as_list(d.seed.overrides.get(ACK_KEY)) for d in corpus.documents}, memo=memo))
    return corpus


def compared_text(doc: Document) -> str:
    """The text duplicate detection compares: the document's paragraphs as plain text."""
    return "\n".join(p.text for p in doc.paragraphs) or doc.body


def seed_outcome(path: Path, root: Path, vocab: Vocabulary) -> Outcome:
    """The Document of the seed at `path`, or the problems that stop it."""
    try:
        return build_document(read_seed(path, root), vocab)
    except SeedError as exc:
        return tuple(exc.problems)


def _outcome_and_print(path: Path, root: Path, vocab: Vocabulary) -> tuple[Outcome, TextPrint | None]:
    """A worker's share: the seed's outcome and, for a Document, its text's print for duplicate
    detection (made where the text is, rather than one by one afterwards in the parent)."""
    outcome = seed_outcome(path, root, vocab)
    return outcome, (text_print(compared_text(outcome)) if isinstance(outcome, Document) else None)


def _made_ahead(seed_files: list[Path], root: Path, vocab: Vocabulary,
                cache: DocumentCache | None) -> dict[Path, tuple[Outcome, TextPrint | None]]:
    """The outcomes of the seeds neither cache holds, made together in worker processes
    (atlas.parallel): a cold build of many seeds uses every core. Few seeds (a serve rebuild
    after an edit) are left to the loop, in this process."""
    todo = [p for p in seed_files
            if not (cache.holds(p, root) if cache is not None else has_stored_outcome(p, root))]
    if workers_for(len(todo)) <= 1:
        return {}
    # The first seed is made here: what the pipeline compiles on first use (the vocabularies'
    # patterns, the cleaning rules: 0.3 s) is then compiled once, and inherited by every worker.
    made = {todo[0]: _outcome_and_print(todo[0], root, vocab)}
    made.update(zip(todo[1:], map_ordered(partial(_outcome_and_print, root=root, vocab=vocab), todo[1:])))
    return made


def _stored_prints(documents: list[Document], texts: list[tuple[str, str]],
                   made: dict[str, TextPrint]) -> dict[str, TextPrint]:
    """Each text's print for duplicate detection: from the build store when there is one, or as
    the workers made them (`made`, by seed path); find_duplicates makes the others."""
    store = active_store()
    if store is None:
        return {text: made[path] for path, text in texts if path in made}
    return {text: store.get("text-prints", (d.seed.path, d.seed.sha256),
                            lambda: made.get(path) or text_print(text))
            for d, (path, text) in zip(documents, texts)}


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]
