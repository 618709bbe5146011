"""The trained model: valid pairs only, statuses, explanations mapped to the original text,
determinism, and the training outputs."""

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from classifier import taxonomy
from classifier.model.explain import SIMILAR_MIN, Explainer
from classifier.model.intervention import InterventionModel, load_config
from classifier.model.prediction import probability
from classifier.lifecycle.registry import ARTIFACT, Registry, RegistryError, load_version

WORDS = ("anak saya ibu keluarga warga desa kabupaten provinsi nasional negara internasional PBB ILO "
         "konvensi bantuan PKH tidak cair panti yayasan pengurus upah UMK perda kampanye vaksin pelatihan "
         "jalan rusak lampu gaji honorer tes halo 😀 gk yg bgt anak2 suami memukul kelompok napza").split()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS) | st.text(max_size=12), min_size=1, max_size=40))
def test_predictions_are_always_valid_pairs(trained, words):
    tax = taxonomy.get()
    prediction = trained["model"].predict([" ".join(words)])[0]
    assert prediction.status in ("ok", "uncertain", "out_of_scope")
    if prediction.status == "out_of_scope":
        assert prediction.level is None and prediction.method is None
    else:
        assert tax.is_valid_pair(prediction.level, prediction.method)
    for alt in prediction.alternatives:
        assert tax.is_valid_pair(alt.level, alt.method)
    # the confidences are the totals of the decoded level and method (clamped inside (0, 1))
    if prediction.level is not None:
        assert prediction.level_confidence == pytest.approx(prediction.levels[prediction.level], abs=2e-4)
        assert prediction.method_confidence == pytest.approx(prediction.methods[prediction.method], abs=2e-4)
    assert abs(sum(prediction.pairs.values()) - 1) < 1e-3


@pytest.mark.parametrize("raw, shown", [(1.0, 0.9999), (0.99996, 0.9999), (0.0, 0.0001), (-0.0, 0.0001),
                                        (0.123456, 0.1235), (0.5, 0.5)])
def test_probabilities_never_claim_certainty(raw, shown):
    assert probability(raw) == shown


def test_distributions_are_consistent(trained):
    p = trained["model"].predict(["Suami saya sering memukul saya dan anak-anak kalau mabuk."])[0]
    assert set(p.levels) == set(taxonomy.get().level_ids)
    for level, mass in p.levels.items():
        assert mass == pytest.approx(sum(v for k, v in p.pairs.items() if k.startswith(level + "/")), abs=1e-3)
    assert p.level_confidence == pytest.approx(max(p.levels.values()), abs=1e-4)


@pytest.mark.parametrize("text", ["tes", "p", "Lampu jalan di depan rumah saya mati sudah seminggu, mohon diperbaiki.",
                                  "Slot gacor maxwin hari ini, depo 10rb langsung WD, link di bio!!",
                                  "The office website has been down since Monday, please fix it."])
def test_obvious_non_welfare_texts_are_out_of_scope(trained, text):
    assert trained["model"].predict([text])[0].status == "out_of_scope"


def test_held_out_targets_are_met(trained):
    h = trained["card"]["held_out"]
    assert h["level"]["accuracy"] >= 0.92
    assert h["method"]["macro_f1"] >= 0.85
    assert h["out_of_scope"]["recall"] >= 0.90
    assert h["out_of_scope"]["false_flag_rate"] <= 0.05


def test_model_beats_the_baselines(trained):
    card = trained["card"]
    for name in ("majority", "definition"):
        assert card["held_out"]["pair"]["macro_f1"] > card["baselines"][name]["pair"]["macro_f1"]


TEXTS = [
    "Assalamualaikum pak Bupati, sy ibu Sumiati. Sdh 4 bln PKH sy gk cair pdhl nama msh ada di DTKS, anak2 sy mau skolah gk ada biaya.",
    "Pengurus panti asuhan di kecamatan kami memotong uang makan anak-anak, pengasuhnya sering tidak datang dan laporan keuangan tidak pernah ada.",
    "Perusahaan sawit di kabupaten ini membayar buruh harian di bawah UMK dan tidak mendaftarkan mereka ke BPJS Ketenagakerjaan, Disnaker diam saja.",
    "Lampu jalan mati",
]


@pytest.mark.parametrize("text", TEXTS)
def test_evidence_spans_are_exact_substrings(trained, text):
    e = Explainer(trained["model"]).explain(text)
    items = [i for part in e["evidence"].values() for side in part.values() for i in side]
    items += e["contrast"]["for"] + e["contrast"]["against"]
    assert items, "no evidence to check"
    for item in items:
        assert text[item["start"]:item["end"]] == item["text"]


def test_slang_evidence_maps_back_to_what_was_typed(trained):
    text = "anak2 sy gk dpt bantuan PKH lg sdh 3 bln"
    e = Explainer(trained["model"]).explain(text)
    shown = {i["text"] for part in ("level", "method") for side in ("for", "against") for i in e["evidence"][part][side]}
    assert shown and shown <= set(text.split())


@pytest.mark.parametrize("lang", ["id", "en"])
def test_explanation_names_the_predicted_definitions(trained, lang):
    tax = taxonomy.get()
    p, e = Explainer(trained["model"]).explain_with_prediction(TEXTS[1], lang=lang)
    assert p.status != "out_of_scope"
    assert e["level"]["id"] == p.level and e["method"]["id"] == p.method
    assert e["method"]["definition"] == tax.method(p.method).definition.get(lang)
    assert e["level"]["definition"] == tax.level(p.level).definition.get(lang)
    assert e["citation"] == tax.citation.get(lang)
    assert e["status"]["next_step"]
    runner = e["contrast"]["runner_up"]
    assert runner and (runner["level"], runner["method"]) != (p.level, p.method)
    assert e["contrast"]["text"]


FILLER_TEXTS = [
    "sy gk dpt bantuan PKH, dia bilang sy gk terdaftar, bu tolong saya",
    "Saya dan suami saya tidak punya rumah, dia sakit, saya bingung bu",
]


@pytest.mark.parametrize("text", FILLER_TEXTS)
def test_filler_words_are_not_evidence(trained, text):
    e = Explainer(trained["model"]).explain(text)
    shown = [i["text"].lower() for part in e["evidence"].values() if part for side in part.values() for i in side]
    shown += [i["text"].lower() for i in e["contrast"]["for"] + e["contrast"]["against"]]
    assert shown, "no evidence at all"
    assert not {"saya", "sy", "dia", "bu", "gk"} & set(shown)


def test_contrast_names_each_word_once(trained):
    text = ("Anak saya sakit, anak saya tidak sekolah, anak saya tidak makan. Anak-anak tetangga juga sama, "
            "anak yatim di desa kami banyak yang putus sekolah.")
    e = Explainer(trained["model"]).explain(text)
    words = [i["text"].lower() for i in e["contrast"]["for"] + e["contrast"]["against"]]
    assert words and len(words) == len(set(words))


def test_similar_cases_are_only_the_actually_similar(trained):
    model = trained["model"]
    floor = max(model.thresholds_["review_below_similarity"], SIMILAR_MIN)
    far = Explainer(model).explain("halo, apa kabar semuanya")
    assert far["similar"] == []
    near = Explainer(model).explain(TEXTS[2])
    assert near["similar"] and all(s["similarity"] >= floor for s in near["similar"])


@pytest.mark.parametrize("reason", ["low_confidence", "unlike_known_cases", "too_little_text", "resembles_welfare_case"])
def test_an_uncertain_answer_gives_its_own_reason_and_next_step(reason):
    from classifier.model.explain import status_text

    texts = {r: status_text("uncertain", r, "en")
             for r in ("low_confidence", "unlike_known_cases", "too_little_text", "resembles_welfare_case")}
    mine = texts[reason]
    assert mine["label"] == "Needs review by an officer"
    assert all(mine["next_step"] != other["next_step"] for r, other in texts.items() if r != reason)
    if reason != "low_confidence":  # never "low confidence" beside a high percentage
        assert "confiden" not in (mine["reason"] + mine["next_step"]).lower()


def test_similar_vignettes_come_from_the_corpus(trained):
    e = Explainer(trained["model"]).explain(TEXTS[2])
    assert 1 <= len(e["similar"]) <= 3
    corpus_ids = set(trained["model"].neighbors_["ids"])
    assert all(s["id"] in corpus_ids for s in e["similar"])
    sims = [s["similarity"] for s in e["similar"]]
    assert sims == sorted(sims, reverse=True)


def test_same_corpus_config_and_seed_give_identical_predictions(root):
    rows = [json.loads(line) for line in (root / "corpus" / "tksk-case-notes-and-counter-lines.jsonl").open(encoding="utf-8")]
    texts = [r["text"] for r in rows]
    labels = ["out_of_scope" if r["label"] == "out_of_scope" else taxonomy.pair_key(r["level"], r["method"]) for r in rows]
    config = load_config()
    config["thresholds"]["cv_folds"] = 3
    a = InterventionModel(config).fit(texts, labels)
    b = InterventionModel(config).fit(texts, labels)
    probe = TEXTS + [t[::-1] for t in texts[:20]]
    pa, pb = a.predict(probe), b.predict(probe)
    assert [x.to_dict(distributions=True) for x in pa] == [x.to_dict(distributions=True) for x in pb]
    assert a.thresholds_ == b.thresholds_ and a.temperature_ == b.temperature_


def test_training_writes_a_verified_version_with_card(trained):
    folder = trained["models"] / trained["version"]
    for name in (ARTIFACT, "manifest.json", "card.json", "card.md", "confusion_level.png", "confusion_pair.png"):
        assert (folder / name).exists(), name
    assert (folder / "confusion_pair.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    card = json.loads((folder / "card.json").read_text())
    for key in ("corpus", "libraries", "config", "held_out", "cross_validation", "baselines", "thresholds"):
        assert key in card
    assert len(card["corpus"]["sha256"]) == 64
    assert Registry(trained["models"]).default_version() == trained["version"]


def test_corrupt_artifact_is_refused(trained, tmp_path):
    import shutil

    copy = tmp_path / trained["version"]
    shutil.copytree(trained["models"] / trained["version"], copy)
    data = bytearray((copy / ARTIFACT).read_bytes())
    data[len(data) // 2] ^= 0xFF
    (copy / ARTIFACT).write_bytes(bytes(data))
    with pytest.raises(RegistryError, match="SHA-256 does not match"):
        load_version(copy)
    (copy / "manifest.json").unlink()
    with pytest.raises(RegistryError, match="no manifest.json"):
        load_version(copy)


def test_missing_default_says_what_to_do(tmp_path):
    with pytest.raises(RegistryError, match="run `intervensi train`"):
        Registry(tmp_path).load()


def test_loading_and_using_a_model_imports_no_scikit_learn(trained):
    """A saved model holds plain objects (classifier/model/fitted.py): loading, predicting
    and explaining import neither scikit-learn nor SciPy's statistics."""
    import subprocess
    import sys

    code = ("import sys; from classifier.lifecycle.registry import Registry; "
            "from classifier.model.explain import Explainer; "
            f"m = Registry({str(trained['models'])!r}).load(); m.predict(['PKH sy gk cair']); "
            "Explainer(m).explain('Suami sy mukul anak2'); "
            "print(sorted({k.split('.')[0] if k.startswith('sklearn') else k for k in sys.modules "
            "if k.startswith(('sklearn', 'scipy.stats', 'scipy.optimize'))}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[]"


def test_a_model_pickled_with_scikit_learn_pipeline_still_loads_and_answers_the_same(trained, tmp_path):
    """Models saved before fitted.py hold the scikit-learn pipeline, whose transformers had
    no ``vectors_``: they load, and answer as the plain form does."""
    import pickle

    import numpy as np

    from classifier.lifecycle import corpus
    from classifier.model.fitted import FittedPipeline
    from classifier.model.intervention import _stem_rows, build_pipeline
    from classifier.text.language import analyse_texts

    model = trained["model"]
    per_class: dict[str, list] = {}
    for row in corpus.read(Path(__file__).resolve().parent.parent / "corpus").vignettes:
        per_class.setdefault(row.pair, []).append(row)
    rows = [r for c in model.classes_ for r in per_class[c][:25]]  # every class, as the model has
    docs = analyse_texts([r["text"] for r in rows])
    y = np.array([model.classes_.index(r.pair) for r in rows])
    old = pickle.loads(pickle.dumps(model))
    old.pipeline_ = build_pipeline(model.config).fit(docs, y)
    old.neighbors_ = {"matrix": _stem_rows(old.pipeline_, docs).tocsr().astype(np.float32),
                      "in_scope": np.array([r.pair != "out_of_scope" for r in rows]),
                      "ids": [r["id"] for r in rows], "texts": [r["text"] for r in rows],
                      "labels": [r.pair for r in rows]}
    for _, transformer in old.pipeline_.named_steps["features"].transformer_list:
        del transformer.vectors_  # as pickled before
    restored = pickle.loads(pickle.dumps(old))
    plain = pickle.loads(pickle.dumps(old))
    plain.pipeline_ = FittedPipeline.from_estimators(restored.pipeline_)
    texts = ["PKH sy gk cair sdh 4 bln", "Suami sy mukul anak2 tiap mabuk", "Lampu jalan mati"]
    a, b = restored.predict(texts), plain.predict(texts)
    assert [p.to_dict(True) for p in a] == [p.to_dict(True) for p in b]
    assert Explainer(restored).explain(texts[1]) == Explainer(plain).explain(texts[1])


def test_a_flagged_text_whose_words_resemble_a_welfare_case_goes_to_the_officer():
    """Out of scope needs the probability past the threshold AND, when the text's words are
    close to an in-scope vignette, a probability past the keep limit; in between the answer is
    uncertain with its own reason (and too_little_text still wins for a short text)."""
    from classifier.model.calibration import TextSupport, status

    t = {"out_of_scope_probability": 0.59, "keep_above_similarity": 0.27, "keep_below_out_of_scope_probability": 0.8,
         "out_of_scope_below_similarity": 0.02, "review_below_similarity": 0.1, "min_pair_confidence": 0.3,
         "min_known_words": 2, "short_below_known_words": 4, "max_unknown_share_when_short": 0.5}
    enough = TextSupport(20, 18, None)
    assert status(t, 0.70, 0.40, 0.9, enough) == ("uncertain", "resembles_welfare_case")
    assert status(t, 0.85, 0.40, 0.9, enough) == ("out_of_scope", "not_a_welfare_problem")  # past the keep limit
    assert status(t, 0.70, 0.20, 0.9, enough) == ("out_of_scope", "not_a_welfare_problem")  # words unlike welfare
    assert status(t, 0.50, 0.40, 0.9, enough) == ("ok", "confident")
    no_rule = {k: v for k, v in t.items() if not k.startswith("keep_")}
    assert status(no_rule, 0.70, 0.40, 0.9, enough) == ("out_of_scope", "not_a_welfare_problem")


def test_names_addresses_and_the_envelope_are_never_evidence(trained):
    """A person's name that is also a corpus feature, a street address and a greeting or
    closing may sway the scores a little, but are never shown as the reason."""
    from classifier.lifecycle import corpus

    vignettes = corpus.read(Path(__file__).resolve().parent.parent / "corpus").vignettes
    assert sum("Sumiati" in v["text"] for v in vignettes) >= 2  # so "sumiati" is a feature
    text = ("Assalamualaikum pak, sy ibu Sumiati tinggal di Jl. Melati Gg. 3 No. 12 RT 02/RW 05. Sdh 4 bln PKH sy gk "
            "cair pdhl nama msh ada di DTKS, anak2 sy mau skolah gk ada biaya. Mohon dibantu, matur nuwun")
    x = Explainer(trained["model"]).explain(text)
    shown = [item for group in x["evidence"].values() for side in ("for", "against") for item in group[side]]
    shown += x["contrast"]["for"] + x["contrast"]["against"]
    assert shown  # the rest of the text still explains
    words = {item["text"].lower() for item in shown}
    assert not words & {"sumiati", "assalamualaikum", "matur", "nuwun", "melati", "jl", "gg", "rt", "rw"}
