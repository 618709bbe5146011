"""What real intake needs: the envelope kept out, foreign and empty texts named as such, the
deployment mix and an office's own estimate of it, and a corpus that copies no one."""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from classifier.lifecycle import corpus_audit
from classifier.lifecycle.corpus import Vignette
from classifier.model.priors import adjust, estimate_prior
from classifier.text.envelope import envelope_spans
from classifier.text.foreign import detect_foreign
from classifier.text.language import analyse_texts

ROOT = Path(__file__).resolve().parent.parent
BODY = "PKH ibu saya sudah tiga bulan tidak cair padahal beliau janda dan sakit-sakitan."


def content_stems(text):
    doc = analyse_texts([text])[0]
    return [s for s, keep in zip(doc.stems, doc.content) if keep]


# ------------------------------------------------------------------ envelope
@pytest.mark.parametrize("addressee", ["Kepada Yth. Bapak Bupati Sleman", "Kepada Yth. Bapak Kepala Desa Sukamaju",
                                       "Yth Gubernur Jawa Timur", "Selamat pagi min"])
def test_the_addressee_is_not_a_feature(addressee):
    # the same letter to the village head or to the regent must read the same to the model
    letter = f"{addressee},\nDengan hormat, {BODY}\nDemikian, atas perhatiannya terima kasih.\nHormat saya"
    assert content_stems(letter) == content_stems(BODY)


def test_envelope_spans_cover_address_and_closing_but_not_the_problem():
    text = "Assalamualaikum. Saya warga RT 03 RW 07 Kel. Tegalsari, Kec. Tegalrejo. Anak saya putus sekolah. Mohon ditindaklanjuti"
    covered = "".join(text[s.start:s.end] for s in envelope_spans(text))
    assert "RT 03 RW 07" in covered and "Mohon ditindaklanjuti" in covered and "Assalamualaikum" in covered
    assert "putus sekolah" not in covered


@pytest.mark.parametrize("text, kept", [
    ("jalan di desa kami rusak parah, mohon diperbaiki", "jalan di desa kami rusak parah"),
    ("anak-anak yang tinggal di jalan tidak sekolah", "tinggal di jalan"),
    ("Gang Mawar 3 banjir terus tiap hujan", "banjir terus"),
])
def test_a_road_or_a_street_life_is_a_problem_not_an_address(text, kept):
    """'jalan' is a road that is broken, or where children live; only a named street
    (capital letter or number after it) is an address."""
    covered = [(s.start, s.end) for s in envelope_spans(text)]
    start = text.index(kept)
    assert not any(a < start + len(kept) and start < b for a, b in covered)


def test_the_envelope_word_filter_hides_no_span(monkeypatch, root):
    """Skipping a pattern when none of its leading words is in the text gives the same spans
    as running every pattern, on the whole corpus."""
    from classifier.lifecycle import corpus
    from classifier.text import envelope

    texts = [v["text"] for v in corpus.read(root / "corpus").vignettes]
    texts += ["ASSALAMUALAIKUM YTH BPK BUPATI", "Tgl 12-03-2024, Jum'at 5", "Hormat saya,\nSiti"]
    filtered = [envelope.envelope_spans(t) for t in texts]
    every = envelope._patterns()
    assert sum(bool(needed) for _, _, needed in every) > 20  # the filter is in use
    monkeypatch.setattr(envelope, "_patterns", lambda: tuple((kind, rx, ()) for kind, rx, _ in every))
    assert [envelope.envelope_spans(t) for t in texts] == filtered
    assert sum(bool(f) for f in filtered) > 1000


def test_envelope_is_bounded_on_long_hostile_text():
    text = "Yth. " * 20000 + BODY
    spans = envelope_spans(text)
    assert spans and all(s.end <= len(text) for s in spans)


# ------------------------------------------------------------------ languages
@pytest.mark.parametrize("text,lang", [
    ("My husband left us and my children have had no food for three days, please help", "en"),
    ("Mijn moeder is ziek en er is niemand die voor haar zorgt", "nl"),
    ("Ana uridu musaada, waladi marid fi bayt wa la amal", "ar"),
])
def test_foreign_languages_are_recognised(text, lang):
    assert detect_foreign(text) == lang


@pytest.mark.parametrize("text", [
    "Nuwun sewu, kulo badhe matur, simbah kulo sakit boten wonten ingkang ngrumat",
    "Punten abdi bade ngawartosan, indung abdi teu tiasa leumpang tos tilu sasih",
    "Sampeyan tak oning, embuk kaule sakek tadak andi' pesse",
    "Tolong pak, anak saya sudah dua hari tidak makan",
    "ok",
])
def test_indonesian_and_regional_languages_are_not_foreign(text):
    assert detect_foreign(text) is None


def test_a_foreign_welfare_complaint_is_told_its_language_is_not_supported(trained):
    p = trained["model"].predict(["My mother is sick and alone at home and nobody from the village helps her"])[0]
    assert (p.status, p.reason) == ("out_of_scope", "language_not_supported")


# ------------------------------------------------------------------ what the model does not know
SHORT_OR_EMPTY = ["anak", "bansos", "suami", "zzzz anak zzzz", "Kucing saya hilang, tolong bantu cari",
                  "qwrty zxcv anak", "halo", "PKH", "ibu", "asdf asdf"]


def test_short_or_meaningless_texts_are_never_confident(trained):
    predictions = trained["model"].predict(SHORT_OR_EMPTY)
    assert len(predictions) == len(SHORT_OR_EMPTY)
    confident = [(t, p.status, p.pair_confidence) for t, p in zip(SHORT_OR_EMPTY, predictions)
                 if p.status == "ok" and p.pair_confidence >= 0.9]
    assert confident == []
    reasons = {t: p.reason for t, p in zip(SHORT_OR_EMPTY, predictions)}
    assert reasons["zzzz anak zzzz"] == "too_little_text" and reasons["anak"] == "too_little_text"


def test_a_real_length_welfare_complaint_is_not_too_little_text(trained):
    p = trained["model"].predict([BODY])[0]
    assert p.reason != "too_little_text" and p.status != "out_of_scope"


# ------------------------------------------------------------------ priors
def test_em_recovers_a_shifted_class_mix():
    rng = np.random.default_rng(7)
    n, true, means = 6000, np.array([0.7, 0.2, 0.1]), np.array([-2.0, 0.0, 2.0])
    y = rng.choice(3, size=n, p=true)
    x = rng.normal(means[y], 1.0)
    likelihood = np.exp(-0.5 * (x[:, None] - means[None, :]) ** 2)
    posteriors = likelihood / likelihood.sum(axis=1, keepdims=True)  # exact Bayes posteriors for a uniform mix
    assert abs(posteriors.mean(axis=0)[0] - true[0]) > 0.05  # the naive average is off: EM has work to do
    est = estimate_prior(posteriors, np.full(3, 1 / 3))
    assert est.converged and np.abs(est.prior - true).max() < 0.04


def test_adjust_moves_mass_to_the_frequent_class_and_keeps_rows_normalised():
    p = np.array([[0.5, 0.5], [0.2, 0.8]])
    q = adjust(p, np.array([0.5, 0.5]), np.array([0.9, 0.1]))
    assert np.allclose(q.sum(axis=1), 1) and (q[:, 0] > p[:, 0]).all()


def test_the_deployment_prior_is_part_of_the_model_and_its_card(trained):
    model, card = trained["model"], trained["card"]
    assert model.prior_ is not None and abs(model.prior_.sum() - 1) < 1e-9
    oos = model.classes_.index("out_of_scope")
    assert model.prior_[oos] == pytest.approx(card["config"]["deployment"]["prior"]["out_of_scope"], rel=0.01)


def test_priors_estimate_stores_an_office_mix_that_loading_applies(trained, tmp_path):
    import shutil

    from classifier.lifecycle.registry import Registry

    models = tmp_path / "models"
    shutil.copytree(trained["models"], models)
    intake = tmp_path / "intake.jsonl"
    texts = ["Lampu jalan di gang kami mati sudah seminggu", "Jalan berlubang di depan pasar belum diperbaiki",
             "Sampah menumpuk di pinggir kali", "KTP saya belum jadi sejak tiga bulan"] * 20
    intake.write_text("".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts)), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "classifier", "priors", "estimate", "--input", str(intake),
                          "--models", str(models), "--format", "json"], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert out["prior"]["out_of_scope"] > 0.8  # intake of roads and lights only
    model = Registry(models).load(trained["version"])
    assert model.prior_[model.classes_.index("out_of_scope")] == pytest.approx(out["prior"]["out_of_scope"], abs=1e-4)
    (models / trained["version"] / "prior.json").write_text('{"prior": {"out_of_scope": 2}}', encoding="utf-8")
    from classifier.lifecycle.registry import RegistryError

    with pytest.raises(RegistryError, match="prior"):
        Registry(models).load(trained["version"])


# ------------------------------------------------------------------ corpus audits
def _v(i, text, method="individual_casework"):
    level = None if method is None else "mikro"
    return Vignette({"id": f"T-{i}", "text": text, "label": "in_scope" if method else "out_of_scope",
                     "level": level, "method": method}, "t.jsonl", i)


def test_near_copies_are_found_and_own_words_are_not(tmp_path):
    outside = tmp_path / "pool"
    outside.mkdir()
    real = "Selamat siang, bantuan PKH untuk ibu saya di Kelurahan Sidomulyo sudah enam bulan tidak cair, tolong dicek"
    (outside / "a.jsonl").write_text(json.dumps({"text": real}) + "\n" + json.dumps({"text": "Jalan rusak"}) + "\n")
    copy = _v(1, real.replace("enam", "lima"))
    mine = _v(2, "Ayah saya terbaring sakit sejak Lebaran dan kartu berobatnya dinonaktifkan tanpa pemberitahuan apa pun")
    found = corpus_audit.near_copies([copy, mine], outside)
    assert [f.vignette_id for f in found] == ["T-1"] and found[0].other.endswith("a.jsonl:1")


def test_cue_audit_counts_texts_that_name_their_method():
    rows = [_v(1, "Perlu kampanye di kampung kami", "social_marketing"),
            _v(2, "Banyak ibu di kampung kami masih membuang sampah ke kali", "social_marketing")]
    audit = corpus_audit.cue_audit(rows)
    assert audit["social_marketing"]["own_cue_share"] == 0.5 and audit["social_marketing"]["vignettes"] == 2


def test_the_corpus_does_not_name_its_own_methods():
    from classifier.lifecycle import corpus

    audit = corpus_audit.cue_audit(corpus.read(ROOT / "corpus").vignettes)
    targets = ["individual_casework", "mpok", "community_development", "community_education", "community_planning",
               "community_action", "social_marketing", "social_planning", "social_policy", "social_legislation"]
    shares = [audit[m]["own_cue_share"] for m in targets]
    assert max(shares) <= 0.35 and sum(shares) / len(shares) <= 0.20


REALPOOL_TEXTS = Path(os.environ.get("INTERVENSI_REALPOOL") or ROOT.parent / "shared" / "realpool") / "texts"


@pytest.mark.skipif(not REALPOOL_TEXTS.is_dir(), reason=f"no real complaints at {REALPOOL_TEXTS}: near-copy check skipped")
def test_no_vignette_is_a_near_copy_of_a_real_complaint():
    from classifier.lifecycle import corpus

    found = corpus_audit.near_copies(corpus.read(ROOT / "corpus").vignettes, REALPOOL_TEXTS)
    assert found == [], "\n".join(map(str, found[:10]))


@pytest.mark.parametrize("threshold", [0.3, 0.6])
def test_near_copies_equal_the_full_similarity_product(tmp_path, root, threshold):
    """The bounded search finds exactly the pairs (and best matches) that comparing every
    vignette with every outside text finds."""
    import json

    from sklearn.feature_extraction.text import TfidfVectorizer

    from classifier.lifecycle import corpus

    vignettes = corpus.read(root / "corpus").vignettes[:300]
    outside = [v["text"] for v in corpus.read(root / "corpus").vignettes[300:900]]
    outside += [vignettes[i]["text"].replace("saya", "kami") + " tolong" for i in range(0, 300, 7)]
    (tmp_path / "out.jsonl").write_text("".join(json.dumps({"text": t}) + "\n" for t in outside), encoding="utf-8")
    found = corpus_audit.near_copies(vignettes, tmp_path, threshold)
    mine = [v for v in vignettes if len(v["text"].split()) >= corpus_audit.NEAR_COPY_MIN_WORDS]
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True).fit(outside)
    sims = (vectorizer.transform([v["text"] for v in mine]) @ vectorizer.transform(outside).T).toarray()
    expected = [(v["id"], round(float(row.max()), 6)) for v, row in zip(mine, sims) if row.max() > threshold]
    assert [(f.vignette_id, round(f.cosine, 6)) for f in found] == expected
    assert len(expected) >= 40
