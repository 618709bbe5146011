"""The fast feature paths give exactly scikit-learn's matrices, on the corpus and on
random texts."""

import json
import pickle

import numpy as np
import pytest

from classifier.model.features import CharTfidf, Preprocessor, StemTfidf, l2_normalize_rows


@pytest.fixture(scope="module")
def docs(root):
    texts = []
    for path in sorted((root / "corpus").glob("*.jsonl"))[:3]:
        texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    texts += ["", "tes", "!!!", "hub 0812-3456-7890", "anak2 sy gk dpt PKH"]
    return Preprocessor().transform(texts)


@pytest.mark.parametrize("cls", [StemTfidf, CharTfidf])
def test_fast_transform_equals_scikit_learn(docs, cls):
    t = cls().fit(docs[:400])
    fast, reference = t.transform(docs), t.vectorizer_.transform(docs)
    assert fast.shape == reference.shape
    assert abs(fast - reference).max() < 1e-6
    again = pickle.loads(pickle.dumps(t))  # caches are rebuilt after unpickling
    assert abs(again.transform(docs) - reference).max() < 1e-6


ALPHABET = list("aaaabdeeeggiiikklmmnnnooprsstuuy2-.,!") + [" ", " ", " ", "😀", "é", "0812"]
VOCABULARY = ("anak saya ibu keluarga warga desa kabupaten bantuan PKH tidak cair panti upah gk yg bgt anak2 "
              "sy dpt hub 0812-3456-7890 NIK 3201123456789012 www.contoh.id Jl. Kab. dll. bangeeet tolongg").split()


def random_texts(rng: np.random.Generator, n: int) -> list[str]:
    """Texts of known words, random letter strings, emoji, numbers, punctuation and empties."""
    texts = []
    for _ in range(n):
        words = []
        for _ in range(int(rng.integers(0, 30))):
            if rng.random() < 0.6:
                words.append(str(rng.choice(VOCABULARY)))
            else:
                words.append("".join(rng.choice(ALPHABET, size=int(rng.integers(1, 12)))))
        texts.append(" ".join(words))
    return texts


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("cls, params", [
    (StemTfidf, {}), (StemTfidf, {"ngram_range": (1, 3), "min_df": 1, "sublinear_tf": False}),
    (CharTfidf, {}), (CharTfidf, {"ngram_range": (2, 4), "min_df": 1, "max_features": 500}),
])
def test_fast_transform_equals_scikit_learn_on_random_texts(cls, params, seed):
    rng = np.random.default_rng(seed)
    docs = Preprocessor().transform(random_texts(rng, 160))
    t = cls(**params).fit(docs[:100])  # the rest holds terms the vocabulary has never seen
    fast, reference = t.transform(docs), t.vectorizer_.transform(docs)
    assert reference.nnz > 0
    assert fast.shape == reference.shape
    assert abs(fast - reference).max() < 1e-6


@pytest.mark.parametrize("cls", [StemTfidf, CharTfidf])
def test_token_columns_point_at_the_tokens_that_made_them(docs, cls):
    t = cls().fit(docs[:400])
    doc = docs[3]
    tokens, cols = t.token_columns(doc)
    names = t.get_feature_names_out()
    assert len(tokens) > 0 and len(tokens) == len(cols)
    for tok, col in list(zip(tokens.tolist(), cols.tolist()))[:200]:
        term = names[col]
        if cls is StemTfidf:
            assert any(part in doc.stems[tok].split() for part in term.split())
        else:
            assert term.strip() in f" {doc.norms[tok]} "


def test_l2_normalize_rows():
    from scipy import sparse

    m = sparse.csr_matrix(np.array([[3.0, 4.0, 0.0], [0.0, 0.0, 0.0], [1.0, 0.0, 0.0]], dtype=np.float32))
    out = l2_normalize_rows(m).toarray()
    assert np.allclose(out, [[0.6, 0.8, 0.0], [0, 0, 0], [1, 0, 0]])
