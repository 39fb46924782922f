// Turns the site's main page into the printed document, in the page itself, just before
// page.pdf(): experiments become a short note with the link to the lab, the license pages are
// appended (their full texts travel with the PDF), and a table of contents goes first.
// Argument: { labNote, labHref, siteBase, appendix: [{ path, html }], tocTitle }.
(args) => {
  const main = document.querySelector('main') || document.body;

  document.querySelectorAll('.reglab-applet').forEach((el) => {
    const caption = el.querySelector('figcaption');
    const note = document.createElement('aside');
    note.className = 'reglab-print-note';
    const title = document.createElement('strong');
    title.textContent = 'Live experiment' + (caption ? ': ' + caption.textContent.trim() : '');
    note.append(title, document.createTextNode(' — ' + args.labNote + ' '));
    if (args.labHref) {
      const a = document.createElement('a');
      a.href = args.labHref;
      a.textContent = args.labHref;
      note.append(a);
    }
    el.replaceWith(note);
  });

  for (const page of args.appendix) {
    const doc = new DOMParser().parseFromString(page.html, 'text/html');
    const body = doc.querySelector('main') || doc.body;
    const section = document.createElement('section');
    section.className = 'reglab-print-appendix';
    section.dataset.source = page.path;
    for (const child of Array.from(body.childNodes)) section.append(document.importNode(child, true));
    // The attribution footer is printed once, after the document, not after every appendix.
    section.querySelectorAll('footer').forEach((f) => f.remove());
    main.append(section);
  }

  // Links between the site's pages. The page is printed from a temporary folder that is deleted
  // afterwards, so a relative link left as it is would point into nothing: a license page the
  // PDF carries becomes a link to its appendix, any other page a link to the site online
  // (args.siteBase), or plain text when there is no public address.
  const root = new URL('.', location.href);
  const appendixId = new Map();
  main.querySelectorAll('.reglab-print-appendix').forEach((section, i) => {
    section.id = 'reglab-print-appendix-' + i;
    appendixId.set(section.dataset.source, section.id);
  });
  main.querySelectorAll('a[href]').forEach((a) => {
    const raw = a.getAttribute('href');
    if (raw.startsWith('#')) return;
    const section = a.closest('.reglab-print-appendix');
    const url = new URL(raw, section ? new URL(section.dataset.source, root) : location.href);
    if (url.protocol !== 'file:') return;
    const path = url.href.startsWith(root.href) ? url.href.slice(root.href.length).replace(/[?#].*$/, '') : null;
    if (path === 'index.html' || path === '') {
      a.setAttribute('href', url.hash && document.getElementById(decodeURIComponent(url.hash.slice(1))) ? url.hash : '#');
    } else if (path !== null && appendixId.has(path)) {
      a.setAttribute('href', '#' + appendixId.get(path));
    } else if (path !== null && args.siteBase) {
      a.setAttribute('href', args.siteBase + path + url.hash);
    } else {
      a.replaceWith(...a.childNodes);
    }
  });

  const headings = Array.from(main.querySelectorAll('h1, h2, h3'))
    .filter((h) => h.textContent.trim() !== '' && !h.closest('.reglab-applet, nav, aside'));
  const toc = document.createElement('nav');
  toc.className = 'reglab-print-toc';
  toc.setAttribute('aria-label', args.tocTitle);
  const heading = document.createElement('h2');
  heading.textContent = args.tocTitle;
  const list = document.createElement('ol');
  headings.forEach((h, i) => {
    if (!h.id) h.id = 'reglab-print-h' + i;
    const item = document.createElement('li');
    item.className = 'reglab-print-toc-' + h.tagName.toLowerCase();
    const a = document.createElement('a');
    a.href = '#' + h.id;
    // The permalink anchor the site adds inside each heading is not part of its title.
    const copy = h.cloneNode(true);
    copy.querySelectorAll('a[aria-hidden="true"], .anchor, .permalink, .headerlink').forEach((x) => x.remove());
    a.textContent = copy.textContent.trim();
    item.append(a);
    list.append(item);
  });
  toc.append(heading, list);
  const first = main.querySelector('h1');
  if (first && first.parentNode) first.parentNode.insertBefore(toc, first.nextSibling);
  else main.prepend(toc);

  const style = document.createElement('style');
  style.textContent = `
    @media print {
      .reglab-print-toc { break-after: page; }
      .reglab-print-toc ol { list-style: none; padding-left: 0; }
      .reglab-print-toc li { margin: 0.15em 0; }
      .reglab-print-toc-h3 { padding-left: 1.5em; font-size: 0.95em; }
      .reglab-print-toc a { color: inherit; text-decoration: none; }
      .reglab-print-appendix { break-before: page; }
      .reglab-print-note { display: block; box-sizing: border-box; max-width: 100%; border: 1px solid #888;
        border-radius: 4px; padding: 0.6em 0.8em; margin: 1em 0; }
      svg, .katex-display, figure, table, pre { break-inside: avoid; }
      pre, code { white-space: pre-wrap; }
    }`;
  document.head.append(style);
  return { headings: headings.length, experiments: document.querySelectorAll('.reglab-print-note').length };
}
