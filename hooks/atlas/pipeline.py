"""The whole pipeline as one pure-ish function: a seeds folder in, a Corpus out."""

from __future__ import annotations

from pathlib import Path

from .cache import DocumentCache
from .clean import clean_text
from .extract import extract_metadata
from .model import Corpus, Document, Seed, SeedError
from .read import list_seed_files, read_seed
from .schema import merge, validate_front_matter
from .slug import slugify, unique_slugs
from .vocab import Vocabulary


def build_document(seed: Seed, vocab: Vocabulary) -> Document:
    """One seed to one Document; raises SeedError when its front matter is invalid."""
    cleaned = clean_text(seed.text)
    extracted = extract_metadata(seed, cleaned, vocab)
    meta, problems = validate_front_matter(seed.path, merge(extracted, seed.overrides))
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise SeedError(problems)
    wanted = str(meta.get("slug") or slugify(str(meta.get("title", ""))) or slugify(seed.stem) or "document")
    return Document(seed=seed, slug=wanted, meta=meta, body=cleaned.body, paragraphs=cleaned.paragraphs)


def build_corpus(root: Path, seed_dir: Path, vocab: Vocabulary, cache: DocumentCache | None = None) -> Corpus:
    """Read, clean, extract and validate every seed; a bad seed is reported, the rest go on.

    With a cache (kept by `mkdocs serve` across rebuilds), unchanged seeds are not reprocessed.
    """
    corpus = Corpus()
    if cache is not None:
        cache.prepare(vocab)
    for path in list_seed_files(seed_dir):
        try:
            if cache is None:
                doc = build_document(read_seed(path, root), vocab)
            else:  # the lambda runs at once, inside this iteration
                doc = cache.document(path, root, lambda: build_document(read_seed(path, root), vocab))
            corpus.documents.append(doc)
        except SeedError as exc:
            corpus.problems.extend(exc.problems)
    if cache is not None:
        cache.finish()
    for doc, slug in zip(corpus.documents, unique_slugs([d.slug for d in corpus.documents])):
        doc.slug = slug
    return corpus
