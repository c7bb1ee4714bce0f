// Korean query rewriting for the site search. Pure functions, shared by the search
// worker (importScripts) and the tests (node's require).
(function (root) {
  "use strict";

  // Particles (조사) that follow a noun, longest first so 에서 wins over 에.
  const PARTICLES = [
    "이라는", "에서는", "에서", "으로", "에게", "까지", "부터", "처럼", "보다", "라는",
    "이나", "과", "와", "은", "는", "이", "가", "을", "를", "의", "에", "로", "도", "만",
  ];
  const HANGUL = /[\uac00-\ud7a3]/;
  const OPERATOR = /[*+\-:^~"]/; // a term the reader already wrote as a lunr query

  // 드롭아웃은 -> 드롭아웃; a stem keeps at least two syllables (차이 stays 차이).
  function stem(word) {
    for (const particle of PARTICLES) {
      if (word.endsWith(particle) && word.length - particle.length >= 2) {
        return word.slice(0, -particle.length);
      }
    }
    return word;
  }

  // One query term -> the lunr terms to search for. A Hangul stem is matched anywhere
  // inside an indexed word (`*stem`, Material adds the trailing `*`), so particles
  // and compounds in the text do not hide it; a variant from the glossary adds the
  // term the site uses (컨볼루션 -> 합성곱).
  function expand(word, synonyms) {
    if (!HANGUL.test(word) || OPERATOR.test(word)) return [word];
    const base = stem(word);
    const found = [base];
    for (const canonical of synonyms[base] || synonyms[word] || []) {
      found.push(...canonical.split(/\s+/));
    }
    return found.map((term) => (term.length >= 2 ? `*${term}` : term));
  }

  // Glossary terms named in the query, as runs of words joined without spaces
  // (순차 모델 and 순차모델 both give 순차모델), plus the terms of the variants named the
  // same way (the glossary's variants come with and without their spaces).
  function named(stems, terms, synonyms) {
    const found = new Set();
    for (let i = 0; i < stems.length; i++) {
      let run = "";
      for (let j = i; j < stems.length; j++) {
        run += stems[j];
        if (terms.has(run)) found.add(run);
        for (const canonical of synonyms[run] || []) found.add(canonical.replace(/\s+/g, ""));
      }
    }
    return found;
  }

  // The query as lunr terms: each word's stem anywhere in a word, and for each glossary
  // term it names, the marked word that only the section explaining it holds, in the
  // worker's `glossary` field (`순차모델_`), plus the term's words when it was typed
  // without spaces. `words` maps each lunr term back to the word the reader typed (null
  // for a marked word, which is ours, not the reader's).
  function plan(query, synonyms, terms) {
    synonyms = synonyms || {};
    const words = query.trim().split(/\s+/).filter(Boolean);
    const stems = words.map((word) => (HANGUL.test(word) ? stem(word) : word));
    const spaced = new Map((terms || []).map((term) => [term.replace(/\s+/g, ""), term]));
    const typed = new Map();
    const out = [];
    words.forEach((word) => {
      for (const term of expand(word, synonyms)) {
        out.push(term);
        typed.set(bare(term), word);
      }
    });
    for (const joined of named(stems, spaced, synonyms)) {
      out.push(`${joined}_`);
      typed.set(`${joined}_`, null);
      for (const part of (spaced.get(joined) || joined).split(/\s+/)) {
        if (!stems.includes(part) && !out.includes(`*${part}`)) {
          out.push(`*${part}`);
          // A word of the term the reader did not type is ours: never shown as missing.
          typed.set(bare(part), words.find((word) => word.includes(part)) || null);
        }
      }
    }
    return { query: out.join(" "), typed };
  }

  function rewrite(query, synonyms, terms) {
    return plan(query, synonyms, terms).query;
  }

  // A lunr term as the search results name it: lowercase, without wildcards.
  function bare(term) {
    return term.replace(/^\*+|\*+$/g, "").toLowerCase();
  }

  // A result's query terms (lunr term -> matched) as the reader should see them: a word
  // the reader typed is missing only when none of its terms matched, and is shown as
  // typed; our marked words never show. Matched terms stay, for highlighting.
  function present(terms, typed) {
    const shown = {};
    const found = new Map();
    for (const [term, matched] of Object.entries(terms)) {
      const word = typed.has(term) ? typed.get(term) : term;
      if (word === null || term.endsWith("_")) continue;
      if (matched) shown[term] = true;
      found.set(word, found.get(word) || matched);
    }
    for (const [word, matched] of found) if (!matched) shown[word] = false;
    return shown;
  }

  const api = { stem, plan, rewrite, present };
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  else root.koreanSearch = api;
})(typeof self !== "undefined" ? self : this);
