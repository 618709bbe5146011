// intervensi intake page. Formats answers of the /v1 API; computes nothing itself.
// Every piece of text from the complaint or the API is inserted with textContent, never
// as HTML, so a complaint containing markup is shown literally and runs nothing.
"use strict";

const STRINGS = {
  id: {
    title: "Intervensi kesejahteraan sosial",
    tagline: "Saran level dan metode intervensi dari teks pengaduan. Alat bantu keputusan: petugas yang memutuskan.",
    textLabel: "Teks pengaduan",
    textHelp: "Tempel teks pengaduan apa adanya. Tekan Ctrl+Enter atau tombol Klasifikasikan.",
    keyLabel: "Kunci API",
    submit: "Klasifikasikan",
    working: "Memproses…",
    choice: "Saran model",
    copy: "Salin ringkasan",
    copied: "Ringkasan disalin.",
    copyFailed: "Tidak dapat menyalin; pilih teks ringkasan secara manual.",
    evidence: "Teks dan kata bukti",
    legendLevel: "menunjuk ke level",
    legendMethod: "menunjuk ke metode",
    legendOos: "menunjuk ke luar cakupan",
    definitions: "Definisi dari sumber",
    alternatives: "Alternatif",
    similar: "Kasus serupa di korpus",
    footer: "Label dan definisi: Gray (1997), Cox (2000), Adi (2002), sebagaimana dikelompokkan dalam dokumen sumber. Teks pengaduan tidak disimpan di log.",
    apiDocs: "Dokumentasi API",
    counter: (n, max) => `${n.toLocaleString("id-ID")} / ${max.toLocaleString("id-ID")} karakter`,
    empty: "Teks kosong. Tempelkan teks pengaduan terlebih dahulu.",
    tooLong: (max) => `Teks lebih dari ${max.toLocaleString("id-ID")} karakter. Pendekkan atau pecah menjadi beberapa bagian.`,
    network: "Layanan tidak dapat dihubungi. Periksa koneksi atau hubungi admin, lalu coba lagi.",
    needKey: "Layanan ini memerlukan kunci API. Isi kolom Kunci API lalu coba lagi.",
    level: "Level", method: "Metode", confidence: "keyakinan",
    units: "Sasaran", definition: "Definisi", goal: "Tujuan", examples: "Contoh", when: "Dipilih bila",
    source: "Sumber", reason: "Sebab", nextStep: "Langkah berikutnya",
    closest: "Pilihan terdekat bila ini ternyata masalah kesejahteraan sosial:",
    outOfScope: "di luar cakupan", weight: "bobot",
    supportsLevel: "mendukung level", supportsMethod: "mendukung metode", supportsOos: "menunjuk ke luar cakupan",
    noAlternatives: "Tidak ada.", noSimilar: "Tidak ada kasus yang mirip.",
    model: "Model", request: "ID permintaan",
    summaryTitle: "Ringkasan klasifikasi intervensi (alat bantu keputusan; petugas yang memutuskan)",
    summaryEvidence: "Kata bukti",
    correction: "Koreksi",
    correctionHelp: "Tidak setuju? Pilih label yang benar. Koreksi disimpan (data pribadi disamarkan) untuk ditinjau analis; model tidak berubah otomatis.",
    correctLabel: "Label yang benar",
    commentLabel: "Catatan (opsional)",
    sendCorrection: "Kirim koreksi",
    correctionSaved: "Koreksi tersimpan. Terima kasih.",
    outOfScopeOption: "Di luar cakupan kesejahteraan sosial",
  },
  en: {
    title: "Social-welfare intervention",
    tagline: "Suggested intervention level and method for a complaint. Decision support: the officer decides.",
    textLabel: "Complaint text",
    textHelp: "Paste the complaint as it is. Press Ctrl+Enter or the Classify button.",
    keyLabel: "API key",
    submit: "Classify",
    working: "Working…",
    choice: "Model suggestion",
    copy: "Copy summary",
    copied: "Summary copied.",
    copyFailed: "Could not copy; select the summary text by hand.",
    evidence: "Text and evidence words",
    legendLevel: "points to the level",
    legendMethod: "points to the method",
    legendOos: "points out of scope",
    definitions: "Definitions from the source",
    alternatives: "Alternatives",
    similar: "Similar corpus cases",
    footer: "Labels and definitions: Gray (1997), Cox (2000), Adi (2002), as grouped in the source document. Complaint text is not written to logs.",
    apiDocs: "API documentation",
    counter: (n, max) => `${n.toLocaleString("en")} / ${max.toLocaleString("en")} characters`,
    empty: "The text is empty. Paste the complaint first.",
    tooLong: (max) => `The text is longer than ${max.toLocaleString("en")} characters. Shorten it or split it.`,
    network: "The service cannot be reached. Check the connection or contact the administrator, then try again.",
    needKey: "This service needs an API key. Fill in the API key field and try again.",
    level: "Level", method: "Method", confidence: "confidence",
    units: "Targets", definition: "Definition", goal: "Goal", examples: "Examples", when: "Chosen when",
    source: "Source", reason: "Reason", nextStep: "Next step",
    closest: "Closest option if this turns out to be a social-welfare problem:",
    outOfScope: "out of scope", weight: "weight",
    supportsLevel: "supports the level", supportsMethod: "supports the method", supportsOos: "points out of scope",
    noAlternatives: "None.", noSimilar: "No similar case.",
    model: "Model", request: "Request id",
    summaryTitle: "Intervention classification summary (decision support; the officer decides)",
    summaryEvidence: "Evidence words",
    correction: "Correction",
    correctionHelp: "Disagree? Choose the right label. The correction is stored (personal data masked) for analysts to review; the model does not change by itself.",
    correctLabel: "Correct label",
    commentLabel: "Note (optional)",
    sendCorrection: "Send correction",
    correctionSaved: "Correction saved. Thank you.",
    outOfScopeOption: "Outside social-welfare scope",
  },
};

const state = { lang: "id", taxonomy: null, last: null, lastText: null, busy: false };
const $ = (id) => document.getElementById(id);
const maxChars = parseInt(document.body.dataset.maxChars, 10) || 20000;
const t = (key) => STRINGS[state.lang][key];

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else node.setAttribute(k, v);
  }
  for (const child of children) {
    if (child == null) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function pct(p) {
  if (p > 0.99) return ">99%";
  if (p < 0.01) return "<1%";
  return `${Math.round(p * 100)}%`;
}

function applyLanguage() {
  document.documentElement.lang = state.lang;
  for (const node of document.querySelectorAll("[data-i18n]")) {
    const value = t(node.dataset.i18n);
    if (typeof value === "string") node.textContent = value;
  }
  $("lang-id").setAttribute("aria-pressed", String(state.lang === "id"));
  $("lang-en").setAttribute("aria-pressed", String(state.lang === "en"));
  updateCounter();
}

function updateCounter() {
  const n = $("text").value.length;
  const counter = $("counter");
  counter.textContent = t("counter")(n, maxChars);
  counter.classList.toggle("over", n > maxChars);
}

function showFormError(message) {
  const box = $("form-error");
  box.textContent = message;
  box.hidden = !message;
  $("text").setAttribute("aria-invalid", message ? "true" : "false");
}

function names(levelId, methodId) {
  const tax = state.taxonomy;
  const lv = tax && tax.levels.find((l) => l.id === levelId);
  const me = tax && tax.methods.find((m) => m.id === methodId);
  return {
    level: lv ? lv.name[state.lang] : levelId,
    method: me ? me.name[state.lang] : methodId,
  };
}

async function loadTaxonomy() {
  try {
    const r = await fetch("/v1/taxonomy", { headers: authHeaders() });
    if (r.ok) state.taxonomy = await r.json();
  } catch (e) { /* names fall back to ids */ }
}

function authHeaders() {
  const key = $("api-key").value.trim() || sessionStorage.getItem("intervensi-key") || "";
  return key ? { Authorization: `Bearer ${key}` } : {};
}

async function classify() {
  const text = $("text").value;
  if (!text.trim()) { showFormError(t("empty")); $("text").focus(); return; }
  if (text.length > maxChars) { showFormError(t("tooLong")(maxChars)); $("text").focus(); return; }
  showFormError("");
  if ($("api-key").value.trim()) sessionStorage.setItem("intervensi-key", $("api-key").value.trim());
  state.busy = true;
  $("submit").disabled = true;
  $("submit").textContent = t("working");
  $("result").setAttribute("aria-busy", "true");
  try {
    const r = await fetch("/v1/classify", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...authHeaders() },
      body: JSON.stringify({ text, lang: state.lang, explain: true }),
    });
    let body = null;
    try { body = await r.json(); } catch (e) { body = null; }
    if (r.status === 401) {
      $("key-box").hidden = false;
      showFormError(t("needKey"));
      return;
    }
    if (!r.ok) {
      const err = body && body.error;
      showFormError(err ? (state.lang === "en" ? err.message_en : err.message_id) : t("network"));
      return;
    }
    if (!state.taxonomy) await loadTaxonomy();
    state.last = body;
    state.lastText = text;
    render(body, text);
  } catch (e) {
    showFormError(t("network"));
  } finally {
    state.busy = false;
    $("submit").disabled = false;
    $("submit").textContent = t("submit");
    $("result").setAttribute("aria-busy", "false");
  }
}

function meter(label, p) {
  const value = Math.round(p * 100);
  const fill = el("div", { class: "meter-fill" });
  fill.style.width = `${value}%`;  // CSSOM, allowed by the page's Content-Security-Policy
  return el("div", { class: "meter-row" },
    el("span", { class: "meter-label", text: label }),
    el("div", { class: "meter", role: "meter", "aria-valuemin": "0", "aria-valuemax": "100",
                "aria-valuenow": String(value), "aria-valuetext": `${pct(p)}`, "aria-label": `${label} ${t("confidence")}` }, fill),
    el("span", { class: "meter-value", text: `${pct(p)} ${t("confidence")}` }));
}

function render(body, text) {
  const e = body.explanation;
  const oos = body.status === "out_of_scope";
  const status = $("status");
  status.replaceChildren(
    el("p", { class: `status-label status-${body.status}` },
      el("span", { class: "status-icon", "aria-hidden": "true", text: oos ? "⊘" : body.status === "uncertain" ? "?" : "✓" }),
      " ", e.status.label),
    el("p", {}, el("strong", { text: `${t("reason")}: ` }), e.status.reason),
    el("p", {}, el("strong", { text: `${t("nextStep")}: ` }), e.status.next_step));
  status.className = `status card status-box-${body.status}`;

  const choice = $("choice");
  const n = names(e.level.id, e.method.id);
  choice.replaceChildren(...[
    oos ? el("p", { class: "help", text: t("closest") }) : null,
    el("p", { class: "pair" }, el("span", { class: "pair-key", text: `${t("level")}: ` }), el("strong", { id: "level-name", text: n.level })),
    meter(t("level"), body.level_confidence),
    el("p", { class: "pair" }, el("span", { class: "pair-key", text: `${t("method")}: ` }), el("strong", { id: "method-name", text: n.method })),
    meter(t("method"), body.method_confidence)].filter(Boolean));

  renderMarked(text, e);
  $("contrast").textContent = e.contrast.text || "";

  const defs = $("definitions");
  defs.replaceChildren(
    el("h3", { text: `${t("level")}: ${e.level.name}` }),
    el("p", {}, el("strong", { text: `${t("units")}: ` }), e.level.target_units.join(", ")),
    el("p", {}, el("strong", { text: `${t("definition")}: ` }), e.level.definition),
    el("h3", { text: `${t("method")}: ${e.method.name}` }),
    el("p", {}, el("strong", { text: `${t("definition")}: ` }), e.method.definition),
    el("p", {}, el("strong", { text: `${t("goal")}: ` }), e.method.goal),
    el("p", {}, el("strong", { text: `${t("examples")}: ` }), e.method.examples.join("; ")),
    el("p", {}, el("strong", { text: `${t("when")}: ` }), e.method.when),
    el("p", { class: "citation" }, el("strong", { text: `${t("source")}: ` }), e.citation));

  const alts = $("alternatives");
  alts.replaceChildren(...(body.alternatives.length ? body.alternatives.map((a) => {
    const an = names(a.level, a.method);
    return el("li", {}, `${an.level} · ${an.method} — ${pct(a.confidence)}`);
  }) : [el("li", { text: t("noAlternatives") })]));

  const sim = $("similar");
  sim.replaceChildren(...(e.similar.length ? e.similar.map((s) => {
    const label = s.level ? (() => { const sn = names(s.level, s.method); return `${sn.level} · ${sn.method}`; })() : t("outOfScope");
    return el("li", {}, el("span", { class: "sim-label", text: `[${label}; ${pct(s.similarity)}] ` }), s.text);
  }) : [el("li", { text: t("noSimilar") })]));

  fillCorrectionChoices(body);
  $("meta").textContent = `${t("model")}: ${body.model_version} · ${t("request")}: ${body.request_id} · ${e.disclaimer}`;
  $("copy-done").textContent = "";
  $("result").hidden = false;
}

function renderMarked(text, e) {
  // one entry per token span, with the kinds of evidence it carries
  const spans = new Map();
  const add = (items, kind, label) => {
    for (const item of items) {
      const key = `${item.start}:${item.end}`;
      if (!spans.has(key)) spans.set(key, { start: item.start, end: item.end, kinds: [] });
      spans.get(key).kinds.push({ kind, label, weight: item.weight });
    }
  };
  if (e.evidence.out_of_scope) add(e.evidence.out_of_scope.for, "oos", t("supportsOos"));
  else {
    add(e.evidence.level.for, "level", t("supportsLevel"));
    add(e.evidence.method.for, "method", t("supportsMethod"));
  }
  const ordered = [...spans.values()].sort((a, b) => a.start - b.start);
  const out = [];
  let pos = 0;
  for (const s of ordered) {
    if (s.start < pos) continue;
    out.push(document.createTextNode(text.slice(pos, s.start)));
    const kinds = s.kinds.map((k) => k.kind);
    const tip = s.kinds.map((k) => `${k.label} (${t("weight")} ${k.weight >= 0 ? "+" : ""}${k.weight.toFixed(2)})`).join("; ");
    const mark = el("mark", { class: kinds.map((k) => `ev-${k}`).join(" ") + " ev", title: tip, "aria-label": `${text.slice(s.start, s.end)}: ${tip}` });
    mark.textContent = text.slice(s.start, s.end);
    out.push(mark);
    out.push(el("sup", { class: "ev-tag", "aria-hidden": "true", text: kinds.map((k) => ({ level: "L", method: "M", oos: "×" })[k]).join("") }));
    pos = s.end;
  }
  out.push(document.createTextNode(text.slice(pos)));
  $("marked").replaceChildren(...out);
}

function fillCorrectionChoices(body) {
  const select = $("fix-pair");
  const options = [];
  const current = body.status === "out_of_scope" ? "out_of_scope" : `${body.level}/${body.method}`;
  for (const pair of (state.taxonomy ? state.taxonomy.pairs : [])) {
    const key = `${pair.level}/${pair.method}`;
    const n = names(pair.level, pair.method);
    options.push(el("option", { value: key, text: `${n.level} · ${n.method}` }));
  }
  options.push(el("option", { value: "out_of_scope", text: t("outOfScopeOption") }));
  select.replaceChildren(...options);
  select.value = current;
  $("fix-done").textContent = "";
  $("fix-comment").value = "";
}

async function sendCorrection() {
  const body = state.last;
  if (!body) return;
  const choice = $("fix-pair").value;
  const correct = choice === "out_of_scope" ? { label: "out_of_scope" }
    : { label: "in_scope", level: choice.split("/")[0], method: choice.split("/")[1] };
  const payload = {
    request_id: body.request_id, text: state.lastText, model_version: body.model_version, lang: state.lang,
    predicted: { status: body.status, level: body.level, method: body.method }, correct,
    comment: $("fix-comment").value.trim() || null,
  };
  try {
    const r = await fetch("/v1/feedback", {
      method: "POST", headers: { "Content-Type": "application/json", ...authHeaders() }, body: JSON.stringify(payload),
    });
    const answer = await r.json().catch(() => null);
    if (r.ok) $("fix-done").textContent = t("correctionSaved");
    else $("fix-done").textContent = answer && answer.error ? (state.lang === "en" ? answer.error.message_en : answer.error.message_id) : t("network");
  } catch (e) {
    $("fix-done").textContent = t("network");
  }
}

function summary() {
  const body = state.last;
  if (!body) return "";
  const e = body.explanation;
  const n = names(e.level.id, e.method.id);
  const words = [...new Set([...(e.evidence.out_of_scope ? e.evidence.out_of_scope.for : [...e.evidence.level.for, ...e.evidence.method.for])].map((i) => i.text))];
  const lines = [
    t("summaryTitle"),
    `Status: ${e.status.label} (${e.status.reason})`,
    body.status === "out_of_scope" ? t("closest") : null,
    `${t("level")}: ${n.level} (${pct(body.level_confidence)})`,
    `${t("method")}: ${n.method} (${pct(body.method_confidence)})`,
    `${t("nextStep")}: ${e.status.next_step}`,
    `${t("summaryEvidence")}: ${words.join(", ")}`,
    `${t("alternatives")}: ${body.alternatives.map((a) => { const an = names(a.level, a.method); return `${an.level} · ${an.method} (${pct(a.confidence)})`; }).join("; ")}`,
    e.contrast.text || null,
    `${t("source")}: ${e.citation}`,
    `${t("model")}: ${body.model_version}; ${t("request")}: ${body.request_id}`,
  ];
  return lines.filter(Boolean).join("\n");
}

async function copySummary() {
  const text = summary();
  let ok = false;
  try {
    await navigator.clipboard.writeText(text);
    ok = true;
  } catch (e) {
    const area = el("textarea", { class: "offscreen", "aria-hidden": "true" });
    area.value = text;
    document.body.append(area);
    area.select();
    try { ok = document.execCommand("copy"); } catch (e2) { ok = false; }
    area.remove();
  }
  $("copy-done").textContent = ok ? t("copied") : t("copyFailed");
  $("copy").dataset.summary = text;
}

function setLanguage(lang) {
  if (state.lang === lang) return;
  state.lang = lang;
  applyLanguage();
  if (state.last && state.lastText !== null && !state.busy) {
    $("text").value = state.lastText;
    classify();
  }
}

document.addEventListener("DOMContentLoaded", () => {
  if (document.body.dataset.authRequired === "true") $("key-box").hidden = false;
  applyLanguage();
  loadTaxonomy();
  $("text").addEventListener("input", () => { updateCounter(); if ($("form-error").textContent) showFormError(""); });
  $("text").addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); classify(); }
  });
  $("form").addEventListener("submit", (ev) => { ev.preventDefault(); classify(); });
  $("copy").addEventListener("click", copySummary);
  $("fix-form").addEventListener("submit", (ev) => { ev.preventDefault(); sendCorrection(); });
  $("lang-id").addEventListener("click", () => setLanguage("id"));
  $("lang-en").addEventListener("click", () => setLanguage("en"));
});
