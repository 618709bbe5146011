"""The fast feature paths give exactly scikit-learn's matrices."""

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


@pytest.mark.parametrize("cls", [StemTfidf, CharTfidf])
def test_token_columns_point_at_the_tokens_that_made_them(docs, cls):
    t = cls().fit(docs[:400])
    doc = docs[3]
    tokens, cols = t.token_columns(doc)
    names = t.get_feature_names_out()
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
