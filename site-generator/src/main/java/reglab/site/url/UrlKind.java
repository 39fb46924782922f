package reglab.site.url;

/**
 * What a URL written in a page points at, as far as its text tells (RFC 3986, section 4.2, for the
 * forms without a scheme). Whether a path names a page or another file is known only once it is
 * resolved: see {@link SitePaths#isPage}.
 */
public enum UrlKind {

    /** {@code ""} or {@code #intro}: this very document; following it loads nothing (section 4.4). */
    SAME_DOCUMENT,
    /** {@code guide/setup.md}, {@code ../img/a.png}, {@code guide/}, {@code ?v=2}: a file of the site, relative to the page. */
    RELATIVE,
    /**
     * {@code /img/a.png}: a path from the host's root. It breaks when the site is opened from disk
     * or served under a sub-path, so the site never writes one of its own.
     */
    ROOT_ABSOLUTE,
    /** {@code https://…}, {@code http://…} or {@code //host/…}: another web site. */
    WEB,
    /** {@code data:…}: the content is the URL itself. */
    DATA,
    /** {@code blob:}, {@code about:} or {@code javascript:}: made by the page itself; no request leaves it. */
    PAGE_MADE,
    /** {@code file:…}: the disk of the machine that built the site, which no reader has. */
    FILE,
    /** Any other scheme ({@code mailto:}, {@code tel:}, {@code ftp:}): handed to another program. */
    OTHER_SCHEME;

    /** True for URLs into this site: the document itself, or a path relative to it or to the host. */
    public boolean inSite() {
        return this == SAME_DOCUMENT || this == RELATIVE || this == ROOT_ABSOLUTE;
    }

    /** True for a path to a file of the site, relative or root-absolute (not the document itself). */
    public boolean namesFile() {
        return this == RELATIVE || this == ROOT_ABSOLUTE;
    }

    /** True if a browser can follow or load it without the network (and without the build machine's disk). */
    public boolean offline() {
        return inSite() || this == DATA || this == PAGE_MADE;
    }
}
