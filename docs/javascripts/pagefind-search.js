// The search box of the large-corpus edition (mkdocs-pagefind.yml): Pagefind's UI in the header.
// Pagefind's bundle (site/pagefind/) is written after the build by `make search-index`; the
// default site (mkdocs.yml) does not load this script and keeps Material's search.
// A large corpus is indexed in several bundles (bench/search.py): the first one's shards.json
// lists the others, which Pagefind merges into each query.
(function () {
  function mount() {
    var header = document.querySelector(".md-header__inner");
    var script = document.querySelector('script[src*="pagefind/pagefind-ui.js"]');
    if (!header || !script || typeof PagefindUI === "undefined" || header.querySelector(".atlas-pagefind")) {
      return;
    }
    var box = document.createElement("div");
    box.className = "atlas-pagefind";
    box.setAttribute("role", "search");
    header.appendChild(box);
    var bundlePath = script.src.replace(/pagefind-ui\.js.*$/, "");
    function start(others) {
      new PagefindUI({
        element: box,
        bundlePath: bundlePath,
        mergeIndex: others.map(function (other) { return { bundlePath: new URL(other, bundlePath).pathname }; }),
        showImages: false,
        showSubResults: true,
        resetStyles: false,
      });
    }
    fetch(bundlePath + "shards.json")
      .then(function (response) { return response.ok ? response.json() : []; })
      .catch(function () { return []; })  // an index written before shards.json existed: one bundle
      .then(start);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mount);
  } else {
    mount();
  }
})();
