// The page: sends the text or file to the server, shows the result, applies suggestions, downloads reports.
import {
  CATEGORY_ORDER, el, renderFigures, renderFindings, renderLegend, showMarked,
} from "./render.js";

const $ = (id) => document.getElementById(id);
const MESSAGES = {
  413: "Texten eller filen är för stor för den här servern.",
  415: "Filtypen stöds inte. Använd .txt, .md, .html, .pdf eller .docx.",
};
const state = { rules: [], categories: {}, defaults: {}, last: null, sourceName: null };

async function start() {
  const answer = await fetch("/api/v1/rules");
  const data = await answer.json();
  Object.assign(state, { rules: data.rules, categories: data.categories, defaults: data.config });
  $("lix-target").value = data.config.lix_target;
  $("sender").value = data.config.sender || "";
  buildSwitches();
  renderLegend($("legend"), state.categories);
  $("text-form").addEventListener("submit", (event) => { event.preventDefault(); analyzeText(); });
  $("file-form").addEventListener("submit", (event) => { event.preventDefault(); analyzeFile(); });
  $("download-json").addEventListener("click", downloadJson);
  $("download-html").addEventListener("click", downloadHtml);
  $("settings").addEventListener("change", () => { if (state.last) analyzeText({ keepFocus: true }); });
  $("marked").addEventListener("click", (event) => {
    const marker = event.target.closest("a.marker");
    if (marker) highlight(Number(marker.dataset.finding));
    const mark = event.target.closest("mark[data-findings]");
    if (mark) showInList(Number(mark.dataset.findings.split(" ").pop()));
  });
}

function buildSwitches() {
  const groups = CATEGORY_ORDER.map((key) => el("fieldset", {},
    el("legend", {}, `Regler: ${state.categories[key].label}`),
    state.rules.filter((r) => r.category === key).map((r) => el("p", { class: "switch" },
      el("input", { type: "checkbox", id: `regel-${r.id}`, "data-rule": r.id, checked: r.enabled,
        "aria-describedby": `regel-${r.id}-text` }),
      el("label", { for: `regel-${r.id}` }, r.description.split(/ \(|: |\. /)[0].replace(/\.$/, "")),
      el("span", { id: `regel-${r.id}-text`, class: "hint" }, ` ${r.id}: ${r.description}`)))));
  $("rule-switches").replaceChildren(...groups);
}

function config() {
  const disable = [...document.querySelectorAll("input[data-rule]")]
    .filter((box) => !box.checked).map((box) => box.dataset.rule);
  const result = { disable };
  const target = Number.parseFloat($("lix-target").value);
  if (Number.isFinite(target)) result.lix_target = target;
  const sender = $("sender").value.trim();
  result.sender = sender || null;
  return result;
}

function maxWords() {
  const rule = state.rules.find((r) => r.id === "long_sentence");
  return rule ? rule.options.max_words : 25;
}

// A request to the server; on failure the error is shown and null returned.
async function call(url, options, busyText) {
  $("error").hidden = true;
  $("status").textContent = busyText;
  document.querySelectorAll("main button").forEach((b) => { b.disabled = true; });
  try {
    const answer = await fetch(url, options);
    if (!answer.ok) {
      const detail = await answer.json().catch(() => ({}));
      throw new Error(MESSAGES[answer.status] || `Det gick inte att granska: ${detail.detail || answer.status}`);
    }
    return answer;
  } catch (error) {
    $("status").textContent = "";
    $("error").textContent = error instanceof TypeError ? "Servern svarar inte." : error.message;
    $("error").hidden = false;
    return null;
  } finally {
    document.querySelectorAll("main button").forEach((b) => { b.disabled = false; });
  }
}

async function analyzeText({ keepFocus = false, said = "" } = {}) {
  const text = $("text").value;
  if (!text.trim()) {
    $("error").textContent = "Skriv eller klistra in en text först.";
    $("error").hidden = false;
    $("text").focus();
    return;
  }
  const answer = await call("/ui/analyze", {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text, config: config() }),
  }, `${said}Granskar texten …`);
  if (answer) show(await answer.json(), state.sourceName, keepFocus);
  return answer !== null;
}

async function analyzeFile() {
  const file = $("file").files[0];
  if (!file) {
    $("error").textContent = "Välj en fil först.";
    $("error").hidden = false;
    $("file").focus();
    return;
  }
  const form = new FormData();
  form.append("file", file, file.name);
  form.append("config", JSON.stringify(config()));
  const answer = await call("/ui/analyze/file", { method: "POST", body: form }, `Läser och granskar ${file.name} …`);
  if (!answer) return;
  const data = await answer.json();
  $("text").value = data.report.text;
  show(data, file.name, false);
}

function show(data, sourceName, keepFocus) {
  state.last = data;
  state.sourceName = sourceName;
  const { report } = data;
  const count = report.findings.length;
  $("source-name").hidden = !sourceName;
  $("source-name").textContent = sourceName ? `Fil: ${sourceName} (texten står nu i rutan ovan)` : "";
  renderFigures($("figures"), report, data.sentence_lengths, {
    lixTarget: Number.parseFloat($("lix-target").value) || state.defaults.lix_target, maxWords: maxWords(),
  });
  showMarked($("marked"), data.marked, report, state.categories);
  renderFindings($("findings"), report, state.categories, { replace: applySuggestion, show: showInText });
  const notes = Object.values(report.notes || {});
  if (notes.length) $("findings").append(...notes.map((n) => el("p", { class: "hint" }, n)));
  $("resultat").hidden = false;
  $("status").textContent = `Klart: ${count} ${count === 1 ? "anmärkning" : "anmärkningar"}, LIX ${
    report.metrics.lix === null ? "saknas" : Math.round(report.metrics.lix)}.`;
  if (!keepFocus) $("resultat").focus();
}

function applySuggestion(finding, replacement) {
  const text = state.last.report.text;
  $("text").value = text.slice(0, finding.start) + replacement + text.slice(finding.end);
  analyzeText({ said: `Bytte ”${finding.text}” mot ”${replacement}”. ` })
    .then((done) => { if (done) $("rubrik-anm").focus(); });
}

// From the list to the text: mark every piece of finding n and move focus to the first.
function showInText(n) {
  const marks = highlight(n);
  if (marks.length === 0) return;
  marks[0].setAttribute("tabindex", "-1");
  marks[0].focus();
}

// From the text to the list: mark the finding's pieces and move focus to its entry.
function showInList(n) {
  highlight(n);
  const item = $(`anm-f${n}`);
  if (item) item.focus();
}

function highlight(n) {
  document.querySelectorAll("mark.current").forEach((m) => m.classList.remove("current"));
  const marks = [...document.querySelectorAll("mark[data-findings]")]
    .filter((m) => m.dataset.findings.split(" ").includes(String(n)));
  marks.forEach((m) => m.classList.add("current"));
  return marks;
}

function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = el("a", { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function downloadJson() {
  if (!state.last) return;
  save(new Blob([JSON.stringify(state.last.report, null, 2)], { type: "application/json" }), "klarsprak-rapport.json");
}

async function downloadHtml() {
  if (!state.last) return;
  const answer = await call("/ui/export.html", {
    method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ text: state.last.report.text, config: config(), filename: state.sourceName }),
  }, "Gör HTML-rapporten …");
  if (!answer) return;
  save(await answer.blob(), "klarsprak-rapport.html");
  $("status").textContent = "HTML-rapporten är nerladdad.";
}

start();
