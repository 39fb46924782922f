// The colours diagrams are drawn with, for Mermaid 12.3.0. A diagram that names no theme is drawn
// twice, once per entry of VARIANTS, and site.css shows the one that matches the page's theme; a
// diagram that names its own theme keeps it. On top of Mermaid's 'default' and 'dark' themes these
// overrides raise every text to at least 4.5:1 (WCAG 2.1 AA) against what is drawn behind it, on
// the canvas colour site.css gives it: DiagramsInBrowserTest measures that in Chromium on one
// diagram of every Mermaid family, and on the document's own diagrams (which name 'dark').
// Other named themes (forest, neutral, base) are drawn as their author chose.

/** The two renderings of a diagram that names no theme: which page theme shows it, and Mermaid's theme for it. */
export const VARIANTS = [
  { variant: 'light', theme: 'default' },
  { variant: 'dark', theme: 'dark' },
];

// Section colours of mind maps, timelines, kanban boards, treemaps, journeys: twelve hues at one
// lightness, so a single label colour reads on all of them (light: >= 9.9:1, dark: >= 7:1).
const LIGHT_SCALE = ['#c7cef5', '#f5e9c7', '#c7f5de', '#f5c7c7', '#e2c7f5', '#c7edf5', '#f5dac7', '#daf5c7',
  '#f5c7e6', '#d2c7f5', '#c7f5ed', '#f5c7d2'];
const DARK_SCALE = ['#29315b', '#5b4f29', '#295b42', '#5b2929', '#46295b', '#29535b', '#5b3e29', '#3e5b29',
  '#5b294b', '#36295b', '#295b53', '#5b2936'];
// Git branch colours under white labels (>= 5.2:1).
const DARK_GIT = ['#345eb2', '#b23473', '#247b4f', '#925e2a', '#7334b2', '#277686', '#b23434', '#4d7722'];

const scale = (colors, label) => Object.fromEntries(colors.flatMap((c, i) => [[`cScale${i}`, c], [`cScaleLabel${i}`, label]]));
const git = (colors, label) => Object.fromEntries(colors.flatMap((c, i) => [[`git${i}`, c], [`gitBranchLabel${i}`, label]]));

// C4 draws white text on its own fixed colours (config, not theme): darker where white read below 4.5:1.
const C4 = Object.fromEntries(Object.entries({
  external_system: '#6b6b6b', container: '#2f6fb5', external_container: '#707070', component: '#2a5d99',
  external_component: '#767676',
}).flatMap(([shape, color]) => ['', '_db', '_queue'].map((kind) => [`${shape}${kind}_bg_color`, color])));

const THEMES = {
  default: {
    canvas: 'light',
    themeVariables: {
      background: '#ffffff',
      ...scale(LIGHT_SCALE, '#1f2329'),
      taskTextColor: '#1f2329',
      critBkgColor: '#ff8a8a',
      venn1: '#3f51b5', venn2: '#8d6e00', venn3: '#2e7d32', venn4: '#c62828',
      venn5: '#6a1b9a', venn6: '#00838f', venn7: '#ad4e00', venn8: '#558b2f',
    },
    fixes: [],
  },
  dark: {
    canvas: 'dark',
    themeVariables: {
      darkMode: true,
      background: '#24272e',
      edgeLabelBackground: '#444850',
      secondaryTextColor: '#e3e5ea',
      critBkgColor: '#b71c1c',
      commitLabelBackground: '#3a3d45',
      commitLabelColor: '#e3e5ea',
      ...scale(DARK_SCALE, '#eef0f4'),
      ...git(DARK_GIT, '#ffffff'),
      treeView: { labelColor: '#e3e5ea', lineColor: '#aab0bc', iconColor: '#9fb0c0', descriptionColor: '#8fcf8f' },
      cynefin: { clearBg: '#7a4a0c', chaoticBg: '#7f2a12' },
      venn1: '#7986cb', venn2: '#d4b13a', venn3: '#66bb6a', venn4: '#ef5350',
      venn5: '#ab47bc', venn6: '#26c6da', venn7: '#ff8a3d', venn8: '#9ccc65',
    },
    // Colours some renderers write as attributes, out of the theme's reach (C4 relations and
    // boundaries, Wardley anchors and stage lines): CSS outranks presentation attributes.
    fixes: [
      '[fill="#444444"]{fill:#cfd3da}',
      '[stroke="#444444"]{stroke:#aab0bc}',
      '.wardley-node-label[fill="#000"]{fill:#e3e5ea}',
      '.wardley-stages line[stroke="#000"]{stroke:#aab0bc}',
    ],
  },
};

/** Mermaid configuration for drawing with {@code theme}: the theme plus this file's overrides, if it has any. */
export function themeConfig(theme) {
  const t = THEMES[theme];
  // A copy: Mermaid keeps (and may adjust) the objects it is given.
  return t ? structuredClone({ theme, themeVariables: t.themeVariables, c4: C4 }) : { theme };
}

/** CSS rules (without scope) added to a diagram drawn with {@code theme}. */
export function themeFixes(theme) {
  return THEMES[theme]?.fixes ?? [];
}

/**
 * 'dark' when a diagram drawn with {@code theme} belongs on the dark canvas, else 'light'.
 * @param themeVariables the diagram's own theme variables (a 'base' theme may ask for darkMode)
 */
export function canvasOf(theme, themeVariables) {
  return THEMES[theme]?.canvas ?? (themeVariables?.darkMode === true ? 'dark' : 'light');
}
