"""Content: the pages and data files as an author writes them, read without MkDocs.

In: docs/ (pages in both languages), snippets/ (as pages include them), glossary.yml,
reference.yml, translations.json, benchmarks/ and quality/ results. Out: problems that
name a file and line (page structure, terms, Korean style, stale translations, layer
reference coverage and defaults) and the Markdown of generated tables.

- pages:       page files, includes, markers, fences, titles; the structure rules
- glossary, terms, korean_style: the Korean terms and how pages use them
- freshness:   which translation fell behind its other language
- reference:   the layer reference's entries, index and coverage
- page_meta:   descriptions and last-updated dates
- benchmarks, quality: tables of the measured build speed and quality budget
"""
