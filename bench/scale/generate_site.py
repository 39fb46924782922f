#!/usr/bin/env python3
"""Writes a documentation site for bench/scale.sh: PAGES Markdown pages in nested folders with, per
200 pages, 300 Mermaid diagrams of mixed families, 1,000 formulas and 500 code blocks (the same
density at any size, spread evenly), plus links between pages and to their headings.

    bench/scale/generate_site.py PAGES OUT_DIR

Deterministic: the same PAGES always gives the same files (a fixed seed), so repeated runs compare
like with like and the render cache sees the same diagrams. Every diagram, formula and code block
is distinct (each carries its page and position), so a cold build renders all of them. The diagram
families are ones the bundled Mermaid 12.3.0 draws (the same families the generator's own
diagram-families fixture renders); a few flowcharts carry the document's own configuration (ELK
layout, hand-drawn look), the most expensive kind to draw.
"""
import os
import random
import sys

DIAGRAMS_PER_PAGE = 300 / 200
FORMULAS_PER_PAGE = 1000 / 200
CODE_PER_PAGE = 500 / 200

WORDS = ("model weight penalty lasso ridge elastic net dropout batch normalization gradient descent loss "
         "validation training test overfitting underfitting bias variance sparsity coefficient feature "
         "regularizer learning rate epoch early stopping patience noise augmentation kernel layer unit "
         "activation optimizer momentum adam schedule generalization capacity complexity prior posterior "
         "estimate sample data set split fold cross score metric accuracy error curve path lambda alpha").split()

SECTIONS = ["guide", "reference", "tutorials", "concepts", "operations"]


def sentence(rng, n=None):
    n = n or rng.randint(8, 18)
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))


def flowchart(rng, tag):
    n = rng.randint(4, 9)
    lines = ["flowchart " + rng.choice(["LR", "TD"])]
    for i in range(n):
        shape = rng.choice(["[{}]", "({})", "{{{}}}", "[({})]"]).format(f"{rng.choice(WORDS).title()} {tag}-{i}")
        lines.append(f"  N{i}{shape}")
    for i in range(1, n):
        label = f"|{rng.choice(WORDS)}|" if rng.random() < 0.4 else ""
        lines.append(f"  N{rng.randrange(i)} -->{label} N{i}")
    return "\n".join(lines)


def flowchart_document_style(rng, tag):
    return "---\nconfig:\n  layout: elk\n  look: handDrawn\n---\n" + flowchart(rng, tag)


def sequence(rng, tag):
    actors = [rng.choice(WORDS).title() + str(i) for i in range(rng.randint(3, 5))]
    lines = ["sequenceDiagram", "  autonumber"] + [f"  participant {a}" for a in actors]
    for i in range(rng.randint(4, 10)):
        a, b = rng.sample(actors, 2)
        lines.append(f"  {a}->>{b}: {rng.choice(WORDS)} {tag}-{i}")
        if rng.random() < 0.3:
            lines.append(f"  {b}-->>{a}: ok")
    return "\n".join(lines)


def class_diagram(rng, tag):
    names = [rng.choice(WORDS).title() + f"C{i}" for i in range(rng.randint(3, 5))]
    lines = ["classDiagram"]
    for n in names:
        lines += [f"  class {n} {{", f"    +double {rng.choice(WORDS)}", f"    +fit(x) {tag}", "  }"]
    for i in range(1, len(names)):
        lines.append(f"  {names[i - 1]} {rng.choice(['<|--', '*--', 'o--', '-->'])} {names[i]}")
    return "\n".join(lines)


def state(rng, tag):
    states = [rng.choice(WORDS).title() + str(i) for i in range(rng.randint(3, 6))]
    lines = ["stateDiagram-v2", f"  [*] --> {states[0]}"]
    for i in range(1, len(states)):
        lines.append(f"  {states[i - 1]} --> {states[i]} : {rng.choice(WORDS)} {tag}")
    lines.append(f"  {states[-1]} --> [*]")
    return "\n".join(lines)


def er(rng, tag):
    ents = [rng.choice(WORDS).upper() + str(i) for i in range(rng.randint(3, 5))]
    lines = ["erDiagram"]
    for i in range(1, len(ents)):
        lines.append(f'  {ents[i - 1]} ||--o{{ {ents[i]} : "{rng.choice(WORDS)} {tag}"')
    lines += [f"  {ents[0]} {{", "    string id", f"    float {rng.choice(WORDS)}", "  }"]
    return "\n".join(lines)


def gantt(rng, tag):
    lines = ["gantt", f"  title Plan {tag}", "  dateFormat YYYY-MM-DD", "  section Work"]
    day = rng.randint(1, 20)
    for i in range(rng.randint(3, 6)):
        lines.append(f"  {rng.choice(WORDS).title()} {i} :t{i}, 2025-03-{day:02d}, {rng.randint(1, 5)}d")
    return "\n".join(lines)


def pie(rng, tag):
    lines = ["pie showData", f"  title Share {tag}"]
    for w in rng.sample(WORDS, rng.randint(3, 6)):
        lines.append(f'  "{w}" : {rng.randint(5, 60)}')
    return "\n".join(lines)


def mindmap(rng, tag):
    lines = ["mindmap", f"  root((Topic {tag}))"]
    for i in range(rng.randint(2, 4)):
        lines.append(f"    {rng.choice(WORDS).title()} {i}")
        for j in range(rng.randint(1, 3)):
            lines.append(f"      {rng.choice(WORDS)} {i}.{j}")
    return "\n".join(lines)


def timeline(rng, tag):
    lines = ["timeline", f"  title History {tag}"]
    year = rng.randint(1940, 2000)
    for _ in range(rng.randint(3, 6)):
        year += rng.randint(1, 9)
        lines.append(f"  {year} : {rng.choice(WORDS).title()} {rng.choice(WORDS)}")
    return "\n".join(lines)


def journey(rng, tag):
    lines = ["journey", f"  title A reader's day {tag}", "  section Read"]
    for _ in range(rng.randint(2, 4)):
        lines.append(f"    {rng.choice(WORDS).title()} the page: {rng.randint(1, 5)}: Reader")
    return "\n".join(lines)


def xychart(rng, tag):
    n = rng.randint(5, 9)
    values = ", ".join(str(round(rng.uniform(0.1, 1.0), 2)) for _ in range(n))
    return "\n".join(["xychart-beta", f'  title "Loss {tag}"', f"  x-axis [{', '.join(str(i + 1) for i in range(n))}]",
                      '  y-axis "loss" 0 --> 1', f"  line [{values}]"])


def quadrant(rng, tag):
    lines = ["quadrantChart", f"  title Trade-offs {tag}", "  x-axis Low bias --> High bias",
             "  y-axis Low variance --> High variance"]
    for i, w in enumerate(rng.sample(WORDS, 4)):
        lines.append(f"  {w.title()}{i}: [{rng.uniform(0.05, 0.95):.2f}, {rng.uniform(0.05, 0.95):.2f}]")
    return "\n".join(lines)


# Weighted: flowcharts and sequences dominate real documentation.
FAMILIES = [(flowchart, 6), (flowchart_document_style, 2), (sequence, 4), (class_diagram, 2), (state, 2), (er, 2),
            (gantt, 1), (pie, 1), (mindmap, 1), (timeline, 1), (journey, 1), (xychart, 1), (quadrant, 1)]


def diagram(rng, tag):
    family = rng.choices([f for f, _ in FAMILIES], weights=[w for _, w in FAMILIES])[0]
    return family(rng, tag)


FORMULAS = [
    r"\lambda \sum_{{i=1}}^{{{n}}} |w_i|",
    r"\frac{{1}}{{{n}}} \sum_{{i=1}}^{{{n}}} (y_i - \hat y_i)^2",
    r"\|w\|_2^2 = \sum_j w_j^{{{n}}}",
    r"\hat\beta = (X^\top X + {n}\lambda I)^{{-1}} X^\top y",
    r"p = {n}\% \quad \tilde h = \frac{{m \odot h}}{{1 - p}}",
    r"\mathcal{{L}}(w) + \alpha \rho \|w\|_1 + \frac{{\alpha (1-\rho)}}{{{n}}} \|w\|_2^2",
]

CODE = [
    ("python", "model.add(Dense({n}, kernel_regularizer=l2(0.0{n})))\nmodel.compile(optimizer='adam', loss='mse')\n"),
    ("java", "double penalty = {n} * lambda * weights.stream().mapToDouble(Math::abs).sum();\n"),
    ("bash", "./reglab fit --data train.csv --lambda 0.{n} --penalty l1\n"),
    ("json", '{{"layers": [{n}, 8], "dropout": 0.{n}, "regularization": "l2"}}\n'),
    ("yaml", "experiment: playground\nlayers: [{n}, 4]\nrate: 0.0{n}\n"),
    ("javascript", "const result = await reglab.train({{experiment: 'sparsity', lambda: 0.{n}}});\nconsole.log(result.lasso);\n"),
]


def layout(pages):
    """Page paths: one index per section and subsection folder, the rest spread over them."""
    paths = ["index.md"]
    subsections = []
    for s in SECTIONS:
        paths.append(f"{s}/index.md")
        for t in range(4):
            subsections.append(f"{s}/part-{t + 1}")
    i = 0
    while len(paths) < pages:
        folder = subsections[i % len(subsections)]
        if f"{folder}/index.md" not in paths:
            paths.append(f"{folder}/index.md")
        else:
            paths.append(f"{folder}/page-{i // len(subsections) + 1:02d}.md")
        i += 1
    return paths[:pages]


def spread(total, pages, index):
    """How many of `total` items page `index` of `pages` gets: even, with the remainder spread."""
    return int((index + 1) * total / pages) - int(index * total / pages)


def relative(from_path, to_path):
    return os.path.relpath(to_path, os.path.dirname(from_path) or ".")


def main():
    if len(sys.argv) != 3 or not sys.argv[1].isdigit() or int(sys.argv[1]) < 10:
        sys.exit("usage: generate_site.py PAGES OUT_DIR   (PAGES at least 10)")
    pages, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(20250312)
    paths = layout(pages)
    totals = (round(pages * DIAGRAMS_PER_PAGE), round(pages * FORMULAS_PER_PAGE), round(pages * CODE_PER_PAGE))
    headings = {}
    bodies = {}
    for index, path in enumerate(paths):
        n_diagrams, n_formulas, n_code = (spread(t, pages, index) for t in totals)
        title = f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} ({index + 1})"
        sections = [f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} {index + 1}.{s + 1}" for s in range(rng.randint(4, 7))]
        headings[path] = sections
        parts = [f"---\ntitle: {title}\nweight: {index + 1}\n---\n", f"# {title}\n", paragraph(rng) + "\n"]
        items = ["diagram"] * n_diagrams + ["formula"] * n_formulas + ["code"] * n_code
        rng.shuffle(items)
        per_section = [items[i::len(sections)] for i in range(len(sections))]
        for s, heading in enumerate(sections):
            parts.append(f"## {heading}\n")
            parts.append(paragraph(rng) + "\n")
            for k, item in enumerate(per_section[s]):
                tag = f"p{index + 1}s{s + 1}k{k + 1}"
                if item == "diagram":
                    parts.append("```mermaid\n" + diagram(rng, tag) + "\n```\n")
                elif item == "formula":
                    f = rng.choice(FORMULAS).format(n=(index + 1) * 1000 + s * 50 + k)
                    if rng.random() < 0.6:
                        parts.append(f"The term ${f}$ {sentence(rng, 6)[:-1].lower()} ({tag}).\n")
                    else:
                        parts.append(f"$$\n{f}\n$$\n")
                else:
                    lang, code = rng.choice(CODE)
                    parts.append(f"```{lang}\n# {tag}\n" + code.format(n=index + s + k + 1) + "```\n")
            parts.append(paragraph(rng) + "\n")
        bodies[path] = parts
    # Links: to the previous and next page and to a heading of a random page (the link checker's work).
    for index, path in enumerate(paths):
        links = []
        for other in {paths[index - 1], paths[(index + 1) % pages], rng.choice(paths)}:
            if other == path:
                continue
            anchor = headings[other][0].lower().replace(".", "").replace("(", "").replace(")", "").replace(" ", "-")
            links.append(f"[{other}]({relative(path, other)}#{anchor})")
        bodies[path].append("## See also\n\n" + ", ".join(sorted(links)) + ".\n")
    for path in paths:
        file = os.path.join(out, path)
        os.makedirs(os.path.dirname(file), exist_ok=True)
        with open(file, "w", encoding="utf-8") as f:
            f.write("\n".join(bodies[path]))
    print(f"{pages} pages, {totals[0]} diagrams, {totals[1]} formulas, {totals[2]} code blocks in {out}")


if __name__ == "__main__":
    main()
