"""The whole pipeline as one pure-ish function: a seeds folder in, a Corpus out."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from .cache import DocumentCache, Outcome, document_of, has_stored_outcome, stored_document
from .clean import clean_text
from .extract import extract_metadata
from .duplicates import ACK_KEY, TextPrint, find_duplicates, text_print
from .memo import active_store
from .model import Corpus, Document, Rejected, Seed, SeedError
from .parallel import map_ordered, workers_for
from .read import read_seed, scan_seed_dir
from .schema import merge, validate_front_matter
from .slug import document_slug, slugify, unique_slugs
from .vocab import Vocabulary


def build_document(seed: Seed, vocab: Vocabulary) -> Document:
    """One seed to one Document; raises SeedError when its front matter is invalid."""
    cleaned = clean_text(seed.text)
    extracted = extract_metadata(seed, cleaned, vocab)
    overrides = {k: v for k, v in seed.overrides.items() if k != ACK_KEY}  # a build instruction, not metadata
    meta, problems = validate_front_matter(seed.path, merge(extracted, overrides, vocab), vocab=vocab,
                                           field_lines=seed.override_lines)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise SeedError(problems)
    wanted = str(meta.get("slug") or document_slug(str(meta.get("title", "")), seed.stem))
    return Document(seed=seed, slug=wanted, meta=meta, body=cleaned.body, paragraphs=cleaned.paragraphs,
                    problems=tuple(problems))


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
    for path in seed_files:
        def build() -> Document:  # runs at once, inside this iteration
            return document_of(made.pop(path)) if path in made else build_document(read_seed(path, root), vocab)

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
    texts = [(d.seed.path, "\n".join(p.text for p in d.paragraphs) or d.body) for d in corpus.documents]
    corpus.problems.extend(find_duplicates(
        texts, {d.seed.path: _as_list(d.seed.overrides.get(ACK_KEY)) for d in corpus.documents},
        memo=cache.text_prints if cache is not None else _stored_prints(corpus.documents, texts)))
    return corpus


def seed_outcome(path: Path, root: Path, vocab: Vocabulary) -> Outcome:
    """The Document of the seed at `path`, or the problems that stop it."""
    try:
        return build_document(read_seed(path, root), vocab)
    except SeedError as exc:
        return tuple(exc.problems)


def _made_ahead(seed_files: list[Path], root: Path, vocab: Vocabulary,
                cache: DocumentCache | None) -> dict[Path, Outcome]:
    """The outcomes of the seeds neither cache holds, made together in worker processes
    (atlas.parallel): a cold build of many seeds uses every core. Few seeds (a serve rebuild
    after an edit) are left to the loop, in this process."""
    todo = [p for p in seed_files
            if not (cache.holds(p, root) if cache is not None else has_stored_outcome(p, root))]
    if workers_for(len(todo)) <= 1:
        return {}
    return dict(zip(todo, map_ordered(partial(seed_outcome, root=root, vocab=vocab), todo)))


def _stored_prints(documents: list[Document], texts: list[tuple[str, str]]) -> dict[str, TextPrint] | None:
    """Each text's print for duplicate detection, from the build store (None without one)."""
    store = active_store()
    if store is None:
        return None
    return {text: store.get("text-prints", (d.seed.path, d.seed.sha256), lambda: text_print(text))
            for d, (_, text) in zip(documents, texts)}


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]
