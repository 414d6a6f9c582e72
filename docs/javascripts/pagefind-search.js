// The search box of the large-corpus edition (mkdocs-pagefind.yml): Pagefind's UI in the header.
// Pagefind's bundle (site/pagefind/) is written after the build by `make search-index`; the
// default site (mkdocs.yml) does not load this script and keeps Material's search.
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
    new PagefindUI({
      element: box,
      bundlePath: script.src.replace(/pagefind-ui\.js.*$/, ""),
      showImages: false,
      showSubResults: true,
      resetStyles: false,
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mount);
  } else {
    mount();
  }
})();
