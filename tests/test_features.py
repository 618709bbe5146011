"""The fast feature paths give exactly scikit-learn's matrices, on the corpus and on
random texts."""

import json
import pickle

import numpy as np
import pytest

from classifier.model.features import CharTfidf, Preprocessor, StemTfidf


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


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_csr_row_helpers_equal_scipy(seed):
    """The hand-made CSR operations of the prediction path give scipy's results, empty
    rows and empty matrices included."""
    from scipy import sparse

    from classifier.model.sparse_rows import hstack_csr, leading_columns, row_columns, row_max_nonnegative

    rng = np.random.default_rng(seed)
    a = sparse.random(6, 9, density=0.3, format="csr", random_state=seed, dtype=np.float32)
    b = sparse.random(6, 4, density=0.4, format="csr", random_state=seed + 9, dtype=np.float32)
    a = (sparse.diags([1.0, 1, 0, 1, 1, 1]) @ a).astype(np.float32).tocsr()  # row 2 empty in both,
    b = (sparse.diags([1.0, 1, 0, 1, 1, 0]) @ b).astype(np.float32).tocsr()  # row 5 empty in b
    a.eliminate_zeros()
    b.eliminate_zeros()
    stacked = hstack_csr([a, b], [1.0, 0.5])
    assert np.allclose(stacked.toarray(), sparse.hstack([a, b * 0.5]).toarray())
    assert np.allclose(leading_columns(stacked, 9, 2.0).toarray(), (stacked[:, :9] / 2.0).toarray())
    mask = rng.random(13) < 0.5
    expected = np.asarray(stacked[:, np.flatnonzero(mask)].max(axis=1).todense()).ravel()
    assert np.allclose(row_max_nonnegative(stacked, mask), expected)
    assert row_columns(stacked, 4).tolist() == stacked[4].indices.tolist()
    empty = sparse.csr_matrix((3, 5), dtype=np.float32)
    assert row_max_nonnegative(empty, np.ones(5, bool)).tolist() == [0, 0, 0]
    assert leading_columns(empty, 2).shape == (3, 2)
