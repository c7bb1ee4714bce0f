"""The site: everything that touches MkDocs or HTML. The only stage that imports MkDocs.

In: MkDocs' events (hooks.py) with the other stages' results (verified passes, notebooks,
generated tables). Out: the built site, or a failed build naming the file and line.

- hooks:    each MkDocs event as a short list of steps; DocsError becomes PluginError here
- build:    one Build per build (its state) and the steps before MkDocs reads pages
- markdown: a page's Markdown steps and the table of generated blocks
- html:     a page's HTML steps and the check of the site's links (links.py)
- diagrams, math, search, csp, notebooks, notebook_styles: one concern each
- browser:  the local server and Chromium for the browser tests and quality/budget.py
"""
