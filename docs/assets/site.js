// The typedoc site's own script (typedoc.json "customJs").
//
// Search lists pages, not the entries in them: a search for "2205" finds "Smile ID codes".
// When such a result is opened, open it at the entry whose heading is what was searched
// (the catalog pages give every code a heading, so its anchor is the code's slug, as in
// scripts/docs-common.mjs). A page without that anchor opens at its top, as before.
document.addEventListener(
  'click',
  (event) => {
    const link =
      event.target instanceof Element ? event.target.closest('#tsd-search-results a') : null;
    const query = document.getElementById('tsd-search-input')?.value.trim() ?? '';
    if (link === null || query === '' || link.hash !== '' || !/\/documents\//.test(link.pathname)) {
      return;
    }
    link.hash = query
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
  },
  true,
);
