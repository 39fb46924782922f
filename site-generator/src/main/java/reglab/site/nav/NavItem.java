package reglab.site.nav;

/** An entry of the navigation: a page or a section. */
public sealed interface NavItem permits NavPage, NavSection {

    /** The label the navigation shows. */
    String label();
}
