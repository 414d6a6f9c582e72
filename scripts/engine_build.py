"""Build the exported site with each supported engine, each in its own virtual environment.

    python scripts/engine_build.py                    # export to .cache/engines/export, build with all
    python scripts/engine_build.py zensical           # one engine
    python scripts/engine_build.py --tree OUT/        # an existing `python -m atlas export OUT/`

MkDocs 1.6 + Material runs from the project's own environment (requirements.txt). ProperDocs and
Zensical get their own venvs under .cache/engines/<engine>-<hash of its pin file>/, created on
first use from requirements-engines-<engine>.txt, so a changed pin file makes a fresh venv and an
unchanged one is reused (CI caches .cache/). Every build is strict.
"""

from __future__ import annotations

import argparse
import fcntl
import hashlib
import os
import shutil
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "engines"
ENGINES = ("mkdocs", "properdocs", "zensical")
VERSIONS = {  # what README states; tests check the venvs really hold these
    "mkdocs": {"mkdocs": "1.6.1", "mkdocs-material": "9.8.1"},
    "properdocs": {"properdocs": "1.6.7", "mkdocs-material": "9.8.1"},
    "zensical": {"zensical": "0.0.73"},
}


def pin_file(engine: str) -> Path:
    return ROOT / ("requirements.txt" if engine == "mkdocs" else f"requirements-engines-{engine}.txt")


def venv_dir(engine: str) -> Path:
    """Where the engine's venv lives: keyed by the hash of its pin file."""
    digest = hashlib.sha256(pin_file(engine).read_bytes()).hexdigest()[:12]
    return CACHE / f"{engine}-{digest}"


def _bin(env: Path, name: str) -> Path:
    return env / ("Scripts" if os.name == "nt" else "bin") / name


def ensure_engine(engine: str) -> Path:
    """The bin/ folder holding the engine's command, installing its venv once per pin-file hash."""
    if engine == "mkdocs":
        return Path(sys.executable).parent  # the project's venv: requirements.txt
    env = venv_dir(engine)
    stamp = env / ".installed"
    if stamp.exists():
        return _bin(env, "python").parent
    CACHE.mkdir(parents=True, exist_ok=True)
    # A lock, so two test runs at once do not install into the same folder.
    with open(CACHE / f"{engine}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not stamp.exists():
            for old in CACHE.glob(f"{engine}-*"):
                if old.is_dir():
                    shutil.rmtree(old)  # venvs of older pin files
            venv.EnvBuilder(with_pip=True, clear=True).create(env)
            subprocess.run([str(_bin(env, "python")), "-m", "pip", "install", "--quiet",
                            "--disable-pip-version-check", "-r", str(pin_file(engine))], check=True)
            stamp.write_text(pin_file(engine).read_text(encoding="utf-8"), encoding="utf-8")
    return _bin(env, "python").parent


def installed_versions(engine: str) -> dict[str, str]:
    """Package -> version in the engine's environment, read with its own pip."""
    python = ensure_engine(engine) / "python"
    out = subprocess.run([str(python), "-m", "pip", "list", "--format=freeze", "--disable-pip-version-check"],
                         capture_output=True, text=True, check=True).stdout
    pairs = (line.split("==", 1) for line in out.splitlines() if "==" in line)
    return {name.lower().replace("_", "-"): version for name, version in pairs}


def build_command(engine: str, tree: Path, site_dir: Path) -> list[str]:
    """The engine's own strict build command for the exported `tree`, writing to `site_dir`."""
    bindir = ensure_engine(engine)
    config = tree / "mkdocs.yml"
    if engine == "mkdocs":
        return [str(bindir / "python"), "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site_dir)]
    if engine == "properdocs":
        # -f: ProperDocs looks for properdocs.yml first and only falls back to mkdocs.yml with a notice.
        return [str(bindir / "properdocs"), "build", "--strict", "-f", str(config), "-d", str(site_dir)]
    if engine == "zensical":
        # Zensical has no -d option and wants site_dir inside the project: a two-line config that
        # inherits the export's mkdocs.zensical.yml sets it. --clean drops Zensical's build cache
        # (.cache/ in the tree), so every build is a full one, like the other engines'.
        rel = site_dir.resolve().relative_to(tree.resolve())
        override = tree / f".zensical-{rel.as_posix().replace('/', '-')}.yml"
        override.write_text(f"INHERIT: mkdocs.zensical.yml\nsite_dir: {rel.as_posix()}\n", encoding="utf-8")
        return [str(bindir / "zensical"), "build", "--strict", "--clean", "-f", str(override)]
    raise ValueError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")


def build(engine: str, tree: Path, site_dir: Path) -> subprocess.CompletedProcess:
    """Run one strict build; the finished process (returncode, stdout, stderr) is returned."""
    cmd = build_command(engine, tree, site_dir)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1700000000", NO_COLOR="1")
    if site_dir.exists():
        shutil.rmtree(site_dir)
    return subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True, timeout=900)


def export(tree: Path, root: Path = ROOT, seed_dir: Path | None = None) -> Path:
    """`python -m atlas export tree` (optionally from another seeds folder, for benchmarks)."""
    sys.path.insert(0, str(ROOT / "hooks"))
    from atlas.export import export_site

    result = export_site(root, tree, seed_dir=seed_dir)
    if result.errors:
        raise SystemExit("\n".join(p.format() for p in result.errors))
    return tree


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("engines", nargs="*", metavar="ENGINE", help=f"any of {', '.join(ENGINES)} (default: all)")
    parser.add_argument("--tree", type=Path, help="an exported tree (default: export the project first)")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.engines) - set(ENGINES))
    if unknown:
        parser.error(f"unknown engine {unknown[0]!r}: choose from {', '.join(ENGINES)}")
    tree = args.tree or export(CACHE / "export")
    failed = 0
    for engine in args.engines or ENGINES:
        start = time.perf_counter()
        result = build(engine, tree, tree / f"_site-{engine}")
        took = time.perf_counter() - start
        status = "ok" if result.returncode == 0 else f"FAILED ({result.returncode})"
        print(f"{engine:<11} {status:<12} {took:6.2f} s  -> {tree / f'_site-{engine}'}")
        if result.returncode:
            failed += 1
            print(result.stdout[-3000:] + result.stderr[-3000:], file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
