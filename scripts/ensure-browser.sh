#!/usr/bin/env bash
# Makes the browser tests (tests/browser/) runnable: Debian's chromium and axe-core from npm.
#
# Playwright's own `playwright install` downloads a browser build from outside the package
# registries, which does not work everywhere: the tests drive the system chromium instead.
#
# - chromium missing and we are root: installed with apt-get.
# - chromium missing and we cannot install it: a loud warning; the browser tests then report
#   themselves as SKIPPED with the reason (never as passed).
# - under CI (CI=true) a browser that cannot be installed is an error: CI must run them.
set -uo pipefail

cd "$(dirname "$0")/.."
CHROMIUM="${ATLAS_CHROMIUM:-/usr/bin/chromium}"
BROWSER_DIR="tests/browser"
in_ci() { [ "${CI:-}" = "true" ] || [ "${CI:-}" = "1" ]; }

warn() {
    printf '\n' >&2
    printf '!!! %s\n' "$@" >&2
    printf '!!! The browser tests (tests/browser/) will be reported as SKIPPED, not run.\n\n' >&2
}

fail_or_warn() {
    if in_ci; then
        printf 'ERROR (CI): %s\n' "$@" >&2
        exit 1
    fi
    warn "$@"
    exit 0
}

if [ ! -x "$CHROMIUM" ]; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
        echo "ensure-browser: installing Debian's chromium with apt-get (once) ..."
        export DEBIAN_FRONTEND=noninteractive
        if ! { apt-get update -qq && apt-get install -y -qq chromium fonts-liberation >/dev/null; }; then
            fail_or_warn "apt-get could not install chromium."
        fi
    else
        fail_or_warn "No chromium at $CHROMIUM and no root to install it." \
            "Install it yourself: sudo apt-get install chromium (or set ATLAS_CHROMIUM=/path/to/chromium)."
    fi
fi
[ -x "$CHROMIUM" ] || fail_or_warn "chromium is still missing at $CHROMIUM after installing."

# axe-core, pinned in tests/browser/package-lock.json; installed only when the lock changes.
if [ ! -f "$BROWSER_DIR/node_modules/axe-core/axe.min.js" ] \
    || [ "$BROWSER_DIR/package-lock.json" -nt "$BROWSER_DIR/node_modules/.package-lock.json" ]; then
    if ! command -v npm >/dev/null 2>&1 && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
        echo "ensure-browser: installing npm with apt-get (once) ..."
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null \
            || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null; }
    fi
    if command -v npm >/dev/null 2>&1; then
        echo "ensure-browser: installing axe-core (npm ci in $BROWSER_DIR) ..."
        (cd "$BROWSER_DIR" && npm ci --no-audit --no-fund --loglevel=error) \
            || fail_or_warn "npm ci could not install axe-core; the accessibility tests will be skipped."
    else
        fail_or_warn "npm is missing: the accessibility tests (axe-core) will be skipped."
    fi
fi
echo "ensure-browser: $("$CHROMIUM" --version 2>/dev/null | head -1), axe-core $(sed -n 's/.*"version": "\(.*\)".*/\1/p' "$BROWSER_DIR/node_modules/axe-core/package.json" | head -1)"
