// The site's search worker: Material's own worker, named in `?material=`, with
// changes made to the messages it receives. (Each language has its own index, so
// results stay in the reader's language, `?lang=`.)
// - The section where the glossary explains a term gets that term in a field of its
//   own, weighted like a title, so a term's own page comes first.
// - Korean queries are rewritten by korean-search.js: particles are dropped and each
//   stem is matched inside longer words (드롭아웃은 finds 드롭아웃(dropout)을); the
//   results' lists of missing words name what the reader typed, nothing of ours.
importScripts("korean-search.js", "search-terms.js");

const params = new URL(self.location.href).searchParams;
const lang = params.get("lang") === "ko" ? "ko" : "en";
const material = params.get("material") || "";
const SETUP = 0; // Material's SearchMessageType.SETUP
const QUERY = 2; // Material's SearchMessageType.QUERY
const RESULT = 3; // Material's SearchMessageType.RESULT
let typed = new Map(); // the last Korean query's lunr terms -> the words the reader typed

self.addEventListener("message", (event) => {
  const message = event.data;
  if (message.type === SETUP) {
    const { config, docs } = message.data;
    const explained = self.searchTerms.explained[lang];
    // Above a title: an incidental title word (방법, 모델) must not outrank the term's home.
    config.fields.glossary = { boost: 3 * config.fields.title.boost };
    message.data.docs = docs.map((doc) =>
      doc.location in explained ? { ...doc, glossary: explained[doc.location] } : doc,
    );
  } else if (message.type === QUERY && lang === "ko") {
    const { synonyms, terms } = self.searchTerms;
    const plan = self.koreanSearch.plan(message.data, synonyms, terms);
    message.data = exactly(plan.query);
    typed = plan.typed;
  } else if (message.type === QUERY && /^[\w\s]+$/.test(message.data)) {
    message.data = exactly(message.data);
  }
});

// Material matches each word as a prefix (convolution*), so a rarer longer word the reader
// did not type (convolutional, LSTMCell) could outrank the word itself: each plain Latin
// word of the query also counts once exactly (Material adds no wildcard to a boosted term).
function exactly(query) {
  return query
    .split(" ")
    .map((word) => (/^[A-Za-z]\w*$/.test(word) && !word.endsWith("_") ? `${word}^1 ${word}` : word))
    .join(" ");
}

// Each result lists the query's terms it lacks ("missing"): on the Korean site, name the
// words the reader typed, never the stems and marked words the query became.
const post = self.postMessage;
self.postMessage = function (message) {
  if (lang === "ko" && message && message.type === RESULT) {
    for (const item of message.data.items.flat()) {
      item.terms = self.koreanSearch.present(item.terms || {}, typed);
    }
  }
  return post.call(self, message);
};

// Only Material's worker from this folder, never a script named by someone else.
if (!/^search\.[0-9a-f]+\.min\.js$/.test(material)) {
  throw new Error(`search-i18n.js: unexpected Material worker name '${material}'`);
}
importScripts(material);

// lunr's token set can yield, for a wildcard, a term the index does not hold (its
// automaton accepts 규제(regularizer0, beside the real 규제(regularizer)); lunr then
// throws reading that term's postings, and the search shows nothing. Keep only the
// expansions the index has.
const lunrQuery = self.lunr.Index.prototype.query;
self.lunr.Index.prototype.query = function (build) {
  if (!this.tokenSet.onlyIndexed) {
    const tokenSet = this.tokenSet;
    const inverted = this.invertedIndex;
    this.tokenSet = Object.create(tokenSet, {
      onlyIndexed: { value: true },
      intersect: {
        value: (other) => {
          const found = tokenSet.intersect(other);
          return { toArray: () => found.toArray().filter((term) => Object.hasOwn(inverted, term)) };
        },
      },
    });
  }
  return lunrQuery.call(this, build);
};
