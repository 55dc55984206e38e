// Builds the result from a report with DOM calls only: text always goes in as text, never as markup.

export const CATEGORY_ORDER = ["plain_language", "inclusive_language", "sender"];
const SEVERITY = { info: "info", warning: "varning", error: "fel" };
const EVIDENCE = {
  organisation: "organisation", unit: "enhet", person: "person", email: "e-post", phone: "telefon",
  address: "adress", org_number: "organisationsnummer", signature: "underskrift", metadata: "metadata",
  url: "webbadress",
};
const BANDS = [[25, "mycket lättläst"], [30, "lättläst"], [40, "normal"], [50, "medelsvår"], [60, "svår"],
  [Infinity, "mycket svår"]];

export function el(tag, attrs = {}, ...children) {
  const node = tag.startsWith("svg:")
    ? document.createElementNS("http://www.w3.org/2000/svg", tag.slice(4))
    : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.setAttribute("class", value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function number(value, decimals = 1) {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  return value.toFixed(decimals).replace(".", ",");
}

export function share(value) {
  return value === null || value === undefined ? "–" : `${Math.round(100 * value)} %`;
}

// Colour, underline style and symbol of a category, as custom properties the stylesheet reads.
export function paint(node, style) {
  node.style.setProperty("--colour", style.colour);
  node.style.setProperty("--background", style.background);
  node.style.setProperty("--line", style.underline);
  return node;
}

export function renderLegend(list, categories) {
  list.replaceChildren(...CATEGORY_ORDER.map((key) => {
    const style = categories[key];
    return el("li", {},
      paint(el("span", { class: "finding-mark", "aria-hidden": "true" }, `${style.symbol} exempel`),
        style), ` ${style.label}`);
  }));
}

// The text with its findings marked, as the shared HTML helper (klarsprak.markup.highlight) made it on the
// server, without inline styles (the page's CSP allows none; the look comes from the stylesheet). Only the
// helper's elements and attributes are kept: anything else becomes text.
const MARKUP_TAGS = new Set(["DIV", "MARK", "SUP", "A", "EM"]);
const MARKUP_ATTRIBUTES = new Set(["href", "title", "data-findings", "data-category"]);

export function showMarked(box, html, report, categories) {
  const root = new DOMParser().parseFromString(html, "text/html").body;
  for (const node of [...root.querySelectorAll("*")]) {
    if (!MARKUP_TAGS.has(node.tagName)) {
      node.replaceWith(node.textContent);
      continue;
    }
    for (const name of node.getAttributeNames()) {
      if (!MARKUP_ATTRIBUTES.has(name) || (name === "href" && !node.getAttribute(name).startsWith("#"))) {
        node.removeAttribute(name);
      }
    }
  }
  for (const mark of root.querySelectorAll("mark[data-category]")) {
    mark.setAttribute("class", mark.dataset.findings.includes(" ") ? "finding-mark nested" : "finding-mark");
    paint(mark, categories[mark.dataset.category]);
  }
  for (const link of root.querySelectorAll("a[href]")) {
    const n = Number(link.getAttribute("href").split("-f").pop());
    const finding = report.findings[n - 1];
    if (!finding) continue;
    link.setAttribute("class", "marker");
    link.dataset.finding = n;
    link.setAttribute("aria-label", `Anmärkning ${n}: ${categories[finding.category].label}`);
    paint(link, categories[finding.category]);
  }
  const text = root.firstElementChild;
  box.replaceChildren(...(text ? text.childNodes : []));
}

// Findings grouped by category; each with message, reason, source and suggestions.
export function renderFindings(box, report, categories, actions) {
  const findings = report.findings.map((f, i) => ({ ...f, n: i + 1 }));
  if (findings.length === 0) {
    box.replaceChildren(el("p", {}, "Inga anmärkningar."));
    return;
  }
  const groups = CATEGORY_ORDER.filter((key) => findings.some((f) => f.category === key)).map((key) => {
    const style = categories[key];
    const own = findings.filter((f) => f.category === key);
    return el("section", { class: "group", "aria-labelledby": `grupp-${key}` },
      el("h4", { id: `grupp-${key}` },
        paint(el("span", { class: "symbol", "aria-hidden": "true" }, style.symbol), style),
        ` ${style.label} (${own.length})`),
      el("ol", { class: "findings" }, own.map((f) => findingItem(f, report, style, actions))));
  });
  box.replaceChildren(...groups);
}

function findingItem(f, report, style, actions) {
  const replacements = canReplace(f) ? f.suggestions : [];
  const advice = canReplace(f) ? [] : f.suggestions;
  const quoted = f.text.length > 80 ? `${f.text.slice(0, 77)}…` : f.text;
  return paint(el("li", { id: `anm-f${f.n}`, tabindex: "-1", class: "finding" },
    el("p", { class: "finding-head" },
      el("strong", {}, `${f.n}. `),
      quoted ? el("q", {}, quoted) : null,
      el("span", { class: "hint" }, ` ${SEVERITY[f.severity] || f.severity} · ${f.rule}`)),
    el("p", {}, f.message),
    advice.length ? el("ul", { class: "advice" }, advice.map((s) => el("li", {}, s))) : null,
    replacements.length ? el("div", {
      class: "replacements", role: "group", "aria-label": `Ersättningar för ${quoted}`,
    },
      el("span", {}, "Byt till: "),
      replacements.map((s) => el("button", {
        type: "button", class: "replace", onclick: () => actions.replace(f, casedLike(f.text, s)),
      }, casedLike(f.text, s)))) : null,
    f.source ? el("p", { class: "source" }, `Källa: ${f.source}`) : null,
    f.end > f.start && f.start < report.text.length
      ? el("button", { type: "button", class: "link", onclick: () => actions.show(f.n) }, "Visa i texten")
      : null), style);
}

// The report says whether the suggestions can take the place of the finding's words (finding.replaces); they
// are offered as buttons only then, and only for words of one line (not a whole sentence or the document).
function canReplace(f) {
  return f.replaces === true && f.end > f.start && !f.text.includes("\n") && f.suggestions.length > 0;
}

function casedLike(original, replacement) {
  const first = original.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()
      && replacement.charAt(0) === replacement.charAt(0).toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

export function renderFigures(box, report, lengths, limits) {
  const m = report.metrics;
  box.replaceChildren(
    lixFigure(m, limits.lixTarget),
    sentenceChart(lengths, limits.maxWords),
    el("div", { class: "figure" },
      el("h4", {}, "Passiv form"),
      el("p", { class: "big" }, share(m.passive_share)),
      el("p", { class: "hint" }, "av meningarna har passiv form.")),
    senderFigure(report.sender),
  );
}

function lixFigure(m, target) {
  const bands = [];
  let lower = 0;
  for (const [upper, name] of BANDS) {
    const here = m.lix !== null && m.lix >= lower && m.lix < upper;
    const span = Number.isFinite(upper) ? `${lower}–${upper}` : `${lower}–`;
    bands.push(el("li", { class: here ? "current" : null, "aria-current": here ? "true" : null },
      here ? "▶ " : "", `${name} (${span})`));
    lower = upper;
  }
  return el("div", { class: "figure" },
    el("h4", {}, "LIX"),
    el("p", { class: "big" }, number(m.lix), m.lix_band ? ` – ${m.lix_band}` : ""),
    el("p", { class: "hint" }, `Mål: högst ${number(target, 0)}. ${m.words} ord, ${m.sentences} meningar.`),
    el("ol", { class: "bands", "aria-label": "LIX-skala" }, bands));
}

function sentenceChart(lengths, maxWords) {
  const width = 300;
  const height = 80;
  const tallest = Math.max(maxWords, ...lengths, 1);
  const step = lengths.length ? width / lengths.length : width;
  const long = lengths.filter((n) => n > maxWords).length;
  const summary = lengths.length
    ? `${lengths.length} meningar, den längsta ${Math.max(...lengths)} ord; ${long} över ${maxWords} ord.`
    : "Inga meningar.";
  const svg = el("svg:svg", { viewBox: `0 0 ${width} ${height}`, class: "chart", role: "img", "aria-label": summary });
  lengths.forEach((n, i) => {
    const h = Math.max(1, (n / tallest) * (height - 4));
    svg.append(el("svg:rect", {
      x: (i * step + step * 0.1).toFixed(2), y: (height - h).toFixed(2), width: Math.max(0.5, step * 0.8).toFixed(2),
      height: h.toFixed(2), class: n > maxWords ? "bar long" : "bar",
    }, el("svg:title", {}, `Mening ${i + 1}: ${n} ord`)));
  });
  const limitY = (height - (maxWords / tallest) * (height - 4)).toFixed(2);
  svg.append(el("svg:line", { x1: 0, x2: width, y1: limitY, y2: limitY, class: "limit" }));
  return el("div", { class: "figure" },
    el("h4", {}, "Meningslängd"),
    svg,
    el("p", { class: "hint" }, summary,
      " Streckad linje: gränsen för långa meningar; mörka staplar är över den."));
}

function senderFigure(sender) {
  const box = el("div", { class: "figure sender" }, el("h4", {}, "Avsändare"));
  if (!sender) return box;
  box.append(el("p", { class: "big" }, sender.found ? sender.organisation || "hittad" : "Ingen avsändare hittad"));
  box.append(el("p", { class: `clear ${sender.clear ? "yes" : "no"}` },
    sender.clear ? "✓ Tydlig för läsaren" : "✗ Inte tydlig för läsaren av texten"));
  if (sender.reason) box.append(el("p", {}, sender.reason));
  if (sender.expected) {
    box.append(el("p", { class: "hint" }, `Förväntad avsändare: ${sender.expected}`,
      sender.expected_visible === false ? " (syns inte i texten)" : ""));
  }
  const evidence = (sender.evidence || []).slice(0, 8);
  if (evidence.length) {
    box.append(el("p", { class: "hint" }, "Det här talar för eller emot:"),
      el("ul", { class: "evidence" }, evidence.map((e) => el("li", {},
        `${EVIDENCE[e.kind] || e.kind}: `, el("q", {}, e.text),
        e.role && e.role !== "sender" ? ` (${e.role === "mentioned" ? "nämns bara" : e.role})` : ""))));
  }
  return box;
}
