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
    textHelpTouch: "Tempel teks pengaduan apa adanya, lalu tekan tombol Klasifikasikan.",
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
    oosProbability: "Kemungkinan di luar cakupan",
    ifInScope: "Bila ternyata masalah kesejahteraan sosial, pasangan terdekat:",
    pairConfidence: "keyakinan pasangan ini bila dalam cakupan",
    wordsOut: "Kata yang menunjuk ke luar cakupan",
    wordsIn: "Kata yang menunjuk ke dalam cakupan",
    none: "tidak ada",
    unreliable: "Persentase ini dihitung pada teks yang tidak mirip kasus yang dikenal model; jangan dijadikan pegangan.",
    evidenceHelp: "Pilih kata bertanda (Tab atau sentuh) untuk melihat bobotnya.",
    evidenceList: "Kata bukti dan bobotnya",
  },
  en: {
    title: "Social-welfare intervention",
    tagline: "Suggested intervention level and method for a complaint. Decision support: the officer decides.",
    textLabel: "Complaint text",
    textHelp: "Paste the complaint as it is. Press Ctrl+Enter or the Classify button.",
    textHelpTouch: "Paste the complaint as it is, then press the Classify button.",
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
    oosProbability: "Probability out of scope",
    ifInScope: "If it turns out to be a social-welfare problem, the closest pair:",
    pairConfidence: "confidence in this pair if in scope",
    wordsOut: "Words pointing out of scope",
    wordsIn: "Words pointing into scope",
    none: "none",
    unreliable: "These percentages were computed on a text unlike the cases the model knows; do not rely on them.",
    evidenceHelp: "Select a marked word (Tab or touch) to see its weight.",
    evidenceList: "Evidence words and their weights",
  },
};

const state = { lang: "id", taxonomy: null, messages: null, last: null, lastText: null, busy: false, fixKey: null };
const $ = (id) => document.getElementById(id);
const maxChars = parseInt(document.body.dataset.maxChars, 10) || 20000;
const t = (key) => STRINGS[state.lang][key];
const isTouch = () => window.matchMedia("(pointer: coarse)").matches || navigator.maxTouchPoints > 0;
// a message of messages.json (served at /messages.json) in the page's language
const msg = (node, values = {}) => (node ? node[state.lang] || node.id : "")
  .replace(/\{(\w+)\}/g, (m, k) => (k in values ? values[k] : m));

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
  if (isTouch()) $("text-help").textContent = t("textHelpTouch");  // no keyboard shortcut to advertise
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

async function loadMessages() {
  try {
    const r = await fetch("/messages.json");
    if (r.ok) state.messages = await r.json();
  } catch (e) { /* rendered from the API's own sentences */ }
}

// the level and method of the taxonomy, in the page's language
function levelInfo(id) {
  const lv = state.taxonomy && state.taxonomy.levels.find((l) => l.id === id);
  return lv && { name: lv.name[state.lang], units: lv.target_units[state.lang], definition: lv.definition[state.lang] };
}

function methodInfo(levelId, id) {
  const tax = state.taxonomy;
  const me = tax && tax.methods.find((m) => m.id === id);
  const pair = tax && tax.pairs.find((p) => p.level === levelId && p.method === id);
  return me && { name: me.name[state.lang], definition: me.definition[state.lang], goal: me.goal[state.lang],
                 examples: me.examples[state.lang], when: pair ? pair.when[state.lang] : "" };
}

function pairName(level, method) {
  const n = names(level, method);
  return `${n.level} · ${n.method}`;
}

// status, reason and next step in the page's language, from the answer's codes
function statusText(body) {
  const m = state.messages;
  const e = body.explanation;
  if (!m) return e.status;
  const reason = m.reason[body.reason] || {};
  return { label: msg(m.status[body.status].label), reason: msg(reason),
           next_step: msg(reason.next_step || m.status[body.status].next_step) };
}

function contrastText(body) {
  const m = state.messages;
  const c = body.explanation.contrast;
  if (!m || !state.taxonomy) return c.text;
  if (body.status === "out_of_scope") {
    const closest = body.closest_in_scope;
    return msg(m.contrast.out_of_scope, { runner: pairName(closest.level, closest.method) });
  }
  if (!c.runner_up) return "";
  const runner = pairName(c.runner_up.level, c.runner_up.method);
  const head = msg(m.contrast.chosen_over, { chosen: pairName(body.level, body.method), runner });
  const quote = (items) => items.map((i) => `'${i.text}'`).join(", ");
  if (!c.for.length) return `${head}: ${msg(m.contrast.thin)}.`;
  let text = `${head}: ${msg(m.contrast.because, { words: quote(c.for) })}`;
  if (c.against.length) text += `, ${msg(m.contrast.but, { words: quote(c.against), runner })}`;
  return `${text}.`;
}

function newKey() {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);  // works on plain http too, unlike crypto.randomUUID
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
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
    if (!state.messages) await loadMessages();
    state.last = body;
    state.lastText = text;
    state.fixKey = newKey();
    render(body, text);
    fillCorrectionChoices(body);
    showResult();
  } catch (e) {
    showFormError(t("network"));
  } finally {
    state.busy = false;
    $("submit").disabled = false;
    $("submit").textContent = t("submit");
    $("result").setAttribute("aria-busy", "false");
  }
}

function meter(label, p, unreliable = false) {
  const value = Math.round(p * 100);
  const fill = el("div", { class: unreliable ? "meter-fill unreliable" : "meter-fill" });
  fill.style.width = `${value}%`;  // CSSOM, allowed by the page's Content-Security-Policy
  return el("div", { class: "meter-row" },
    el("span", { class: "meter-label", text: label }),
    el("div", { class: "meter", role: "meter", "aria-valuemin": "0", "aria-valuemax": "100",
                "aria-valuenow": String(value), "aria-valuetext": `${pct(p)}`, "aria-label": `${label} ${t("confidence")}` }, fill),
    el("span", { class: "meter-value", text: `${pct(p)} ${t("confidence")}` }));
}

function showResult() {
  const heading = $("status-heading");
  if (heading) {
    heading.focus({ preventScroll: true });
    $("status").scrollIntoView({ block: "start", behavior: "auto" });
  }
}

function render(body, text) {
  const e = body.explanation;
  const oos = body.status === "out_of_scope";
  const st = statusText(body);
  const status = $("status");
  status.replaceChildren(
    el("h2", { class: `status-label status-${body.status}`, id: "status-heading", tabindex: "-1" },
      el("span", { class: "status-icon", "aria-hidden": "true", text: oos ? "⊘" : body.status === "uncertain" ? "?" : "✓" }),
      " ", st.label),
    el("p", {}, el("strong", { text: `${t("reason")}: ` }), st.reason),
    el("p", {}, el("strong", { text: `${t("nextStep")}: ` }), st.next_step));
  status.className = `status card status-box-${body.status}`;

  const choice = $("choice");
  if (oos) {
    const c = body.closest_in_scope;
    const n = names(c.level, c.method);
    choice.replaceChildren(
      el("p", { class: "pair", id: "oos-probability" }, el("span", { class: "pair-key", text: `${t("oosProbability")}: ` }),
        el("strong", { text: pct(body.out_of_scope_probability) })),
      el("p", { class: "help", text: t("ifInScope") }),
      el("p", { class: "pair", id: "closest-pair" }, el("strong", { id: "level-name", text: n.level }), " · ",
        el("strong", { id: "method-name", text: n.method }),
        el("span", { class: "pair-key", text: ` — ${pct(c.pair_confidence)} ${t("pairConfidence")}` })),
      wordLine(t("wordsOut"), e.evidence.out_of_scope ? e.evidence.out_of_scope.for : [], "words-out"),
      wordLine(t("wordsIn"), e.evidence.out_of_scope ? e.evidence.out_of_scope.against : [], "words-in"));
  } else {
    const n = names(body.level, body.method);
    const unreliable = body.reason === "unlike_known_cases";
    choice.replaceChildren(...[
      el("p", { class: "pair" }, el("span", { class: "pair-key", text: `${t("level")}: ` }), el("strong", { id: "level-name", text: n.level })),
      meter(t("level"), body.level_confidence, unreliable),
      el("p", { class: "pair" }, el("span", { class: "pair-key", text: `${t("method")}: ` }), el("strong", { id: "method-name", text: n.method })),
      meter(t("method"), body.method_confidence, unreliable),
      unreliable ? el("p", { class: "help unreliable", id: "unreliable", text: t("unreliable") }) : null].filter(Boolean));
  }

  renderMarked(text, e);
  $("contrast").textContent = contrastText(body);
  renderDefinitions(e);

  const alts = $("alternatives");
  alts.replaceChildren(...(body.alternatives.length ? body.alternatives.map((a) =>
    el("li", {}, `${pairName(a.level, a.method)} — ${pct(a.confidence)}`)) : [el("li", { text: t("noAlternatives") })]));

  // similar cases: their label only; the similarity is not a confidence
  const sim = $("similar");
  sim.replaceChildren(...(e.similar.length ? e.similar.map((s) => {
    const label = s.level ? pairName(s.level, s.method) : t("outOfScope");
    return el("li", {}, el("span", { class: "sim-label", text: `[${label}] ` }), s.text);
  }) : [el("li", { text: t("noSimilar") })]));

  const disclaimer = state.messages ? msg(state.messages.disclaimer) : body.disclaimer;
  $("meta").textContent = `${t("model")}: ${body.model_version} · ${t("request")}: ${body.request_id} · ${disclaimer}`;
  $("copy-done").textContent = "";
  $("result").hidden = false;
}

function wordLine(label, items, id) {
  const words = [...new Set(items.map((i) => i.text))];
  return el("p", { id }, el("strong", { text: `${label}: ` }), words.length ? words.join(", ") : t("none"));
}

function renderDefinitions(e) {
  const lv = levelInfo(e.level.id) || { name: e.level.name, units: e.level.target_units, definition: e.level.definition };
  const me = methodInfo(e.level.id, e.method.id) || e.method;
  const citation = state.taxonomy ? state.taxonomy.source.citation[state.lang] : e.citation;
  $("definitions").replaceChildren(
    el("h3", { text: `${t("level")}: ${lv.name}` }),
    el("p", {}, el("strong", { text: `${t("units")}: ` }), lv.units.join(", ")),
    el("p", {}, el("strong", { text: `${t("definition")}: ` }), lv.definition),
    el("h3", { text: `${t("method")}: ${me.name}` }),
    el("p", {}, el("strong", { text: `${t("definition")}: ` }), me.definition),
    el("p", {}, el("strong", { text: `${t("goal")}: ` }), me.goal),
    el("p", {}, el("strong", { text: `${t("examples")}: ` }), me.examples.join("; ")),
    el("p", {}, el("strong", { text: `${t("when")}: ` }), me.when),
    el("p", { class: "citation" }, el("strong", { text: `${t("source")}: ` }), citation));
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
    const mark = el("mark", { class: kinds.map((k) => `ev-${k}`).join(" ") + " ev", title: tip, tabindex: "0",
                              "aria-label": `${text.slice(s.start, s.end)}: ${tip}`, "data-tip": `${text.slice(s.start, s.end)}: ${tip}` });
    mark.textContent = text.slice(s.start, s.end);
    out.push(mark);
    out.push(el("sup", { class: "ev-tag", "aria-hidden": "true", text: kinds.map((k) => ({ level: "L", method: "M", oos: "×" })[k]).join("") }));
    pos = s.end;
  }
  out.push(document.createTextNode(text.slice(pos)));
  $("marked").replaceChildren(...out);
  $("ev-detail").textContent = t("evidenceHelp");
}

// the weight of an evidence word, shown for keyboard focus and touch as well as the mouse
function showWeight(ev) {
  const mark = ev.target.closest && ev.target.closest("mark.ev");
  if (mark) $("ev-detail").textContent = mark.dataset.tip;
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

function refreshCorrectionLabels() {
  const select = $("fix-pair");
  for (const option of select.options) {
    if (option.value === "out_of_scope") option.textContent = t("outOfScopeOption");
    else option.textContent = pairName(...option.value.split("/"));
  }
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
  const button = $("fix-submit");
  if (button.disabled) return;
  button.disabled = true;
  try {
    // one key per correction: a double click or a retry stores it once
    const r = await fetch("/v1/feedback", {
      method: "POST", body: JSON.stringify(payload),
      headers: { "Content-Type": "application/json", "Idempotency-Key": state.fixKey, ...authHeaders() },
    });
    const answer = await r.json().catch(() => null);
    if (r.ok) $("fix-done").textContent = t("correctionSaved");
    else $("fix-done").textContent = answer && answer.error ? (state.lang === "en" ? answer.error.message_en : answer.error.message_id) : t("network");
  } catch (e) {
    $("fix-done").textContent = t("network");
  } finally {
    button.disabled = false;
  }
}

function summary() {
  const body = state.last;
  if (!body) return "";
  const e = body.explanation;
  const oos = body.status === "out_of_scope";
  const conf = oos ? body.closest_in_scope : body;
  const n = names(conf.level, conf.method);
  const st = statusText(body);
  const words = [...new Set([...(e.evidence.out_of_scope ? e.evidence.out_of_scope.for : [...e.evidence.level.for, ...e.evidence.method.for])].map((i) => i.text))];
  const lines = [
    t("summaryTitle"),
    `Status: ${st.label} (${st.reason})`,
    oos ? `${t("oosProbability")}: ${pct(body.out_of_scope_probability)}` : null,
    oos ? t("ifInScope") : null,
    `${t("level")}: ${n.level} (${pct(conf.level_confidence)})`,
    `${t("method")}: ${n.method} (${pct(conf.method_confidence)})`,
    `${t("nextStep")}: ${st.next_step}`,
    `${t("summaryEvidence")}: ${words.join(", ")}`,
    `${t("alternatives")}: ${body.alternatives.map((a) => { const an = names(a.level, a.method); return `${an.level} · ${an.method} (${pct(a.confidence)})`; }).join("; ")}`,
    contrastText(body) || null,
    `${t("source")}: ${state.taxonomy ? state.taxonomy.source.citation[state.lang] : e.citation}`,
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

// Switching the language translates what is shown: the textarea stays as the user left it,
// and the last answer is rendered again from its codes, without classifying again.
function setLanguage(lang) {
  if (state.lang === lang) return;
  state.lang = lang;
  applyLanguage();
  if (state.last && state.lastText !== null) {
    render(state.last, state.lastText);
    refreshCorrectionLabels();
  }
}

document.addEventListener("DOMContentLoaded", () => {
  if (document.body.dataset.authRequired === "true") $("key-box").hidden = false;
  applyLanguage();
  loadTaxonomy();
  loadMessages();
  $("text").addEventListener("input", () => { updateCounter(); if ($("form-error").textContent) showFormError(""); });
  $("text").addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); classify(); }
  });
  $("form").addEventListener("submit", (ev) => { ev.preventDefault(); classify(); });
  $("copy").addEventListener("click", copySummary);
  $("fix-form").addEventListener("submit", (ev) => { ev.preventDefault(); sendCorrection(); });
  // another label or note is another correction, with its own key
  $("fix-pair").addEventListener("change", () => { state.fixKey = newKey(); });
  $("fix-comment").addEventListener("input", () => { state.fixKey = newKey(); });
  $("marked").addEventListener("focusin", showWeight);
  $("marked").addEventListener("click", showWeight);
  $("lang-id").addEventListener("click", () => setLanguage("id"));
  $("lang-en").addEventListener("click", () => setLanguage("en"));
});
