// Accessibility for elements Material's bundle adds after the page loads (checked by
// axe in quality/budget.py):
// - each code block gets a <nav> for its copy button; dozens of unnamed navigation
//   landmarks cannot be told apart, and the one button needs no landmark at all;
// - a table too wide for the screen scrolls in a wrapper that the keyboard must reach.
(function () {
  "use strict";
  function fix(root) {
    for (const nav of root.querySelectorAll(".md-code__nav:not([role])")) {
      nav.setAttribute("role", "none");
    }
    for (const wrap of root.querySelectorAll(".md-typeset__scrollwrap:not([tabindex])")) {
      wrap.setAttribute("tabindex", "0");
    }
  }

  fix(document);
  new MutationObserver(() => fix(document)).observe(document.body, {
    childList: true,
    subtree: true,
  });
})();
