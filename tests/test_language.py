"""The preprocessing pipeline, with the real spaCy tokenizer and the real Sastrawi stemmer."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

from classifier.text import resources
from classifier.text.language import analyze, get_nlp
from classifier.text.stemming import get_stemmer

HOSTILE = [
    "",
    "   \t\t\n  ",
    "?!?!...,,,;;;---",
    "Anak saya 😭😭 gak sekolah 🙏🏽 tolong pak",
    "Tabs\tbetween\twords\tand\r\nwindows lines",
    "Mixed scripts: Москва 東京 القاهرة ทดสอบ anak2 ｆｕｌｌｗｉｄｔｈ ﬁle",
    "Zero\u200bwidth\u00a0nbsp\u2028line sep e\u0301 combining",
    "<script>alert('x')</script> & &amp; \"quotes\"",
    "0812-3456-7890/3201123456789012@x.co.id",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
]


def assert_spans_exact(text):
    tokens = analyze(text)
    assert tokens or not text.strip(), "a text with characters gave no tokens"
    for tok in tokens:
        assert tok.text == text[tok.start:tok.end]
        assert tok.norm and tok.stem
    return tokens


@pytest.mark.parametrize("text", HOSTILE)
def test_token_text_is_the_original_slice(text):
    assert_spans_exact(text)


def test_token_spans_on_50_kb_of_text():
    chunk = "Assalamualaikum pak Bupati, anak2 sy gk dpt PKH 🙏 hub 0812-3456-7890!!\t"
    text = (chunk * (50_000 // len(chunk) + 1))[:50_000]
    tokens = assert_spans_exact(text)
    assert len(tokens) > 5_000


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_token_spans_on_random_text(text):
    assert_spans_exact(text)


def test_tokens_cover_every_non_space_character():
    text = "Bu RT,   warga  kampung\tkami (RW 05) sdh 3x lapor!!"
    covered = set()
    for tok in analyze(text):
        covered.update(range(tok.start, tok.end))
    assert covered == {i for i, ch in enumerate(text) if not ch.isspace()}


def norms(text):
    return [t.norm for t in analyze(text)]


@pytest.mark.parametrize("word, expected", [
    ("gak", "tidak"), ("nggak", "tidak"), ("ga", "tidak"), ("tdk", "tidak"),
    ("yg", "yang"), ("dgn", "dengan"), ("krn", "karena"), ("sy", "saya"),
    ("udh", "sudah"), ("blm", "belum"), ("bgt", "banget"), ("Gmn", "bagaimana"),
    ("GAK", "tidak"), ("gaaak", "tidak"), ("gpp", "tidak apa apa"), ("mboten", "tidak"),
])
def test_slang_is_normalized(word, expected):
    assert norms(word) == [expected]


def test_slang_lexicon_is_large_and_data_driven():
    lexicon = resources.slang()
    assert len(lexicon) >= 300
    assert all(k == k.lower() and v.strip() for k, v in lexicon.items())


@pytest.mark.parametrize("word, expected", [
    ("bangeeet", "banget"), ("tolongg", "tolong"), ("lamaaa", "lama"),
    ("tinggggal", "tinggal"), ("tinggal", "tinggal"), ("maaf", "maaf"), ("saaaat", "saat"),
])
def test_repeated_letters_are_squeezed_to_a_known_word(word, expected):
    assert norms(word) == [expected]


@pytest.mark.parametrize("word, expected", [
    ("anak2", "anak anak"), ("Anak2nya", "anak anaknya"), ("bener2", "benar benar"),
])
def test_reduplication_with_2(word, expected):
    assert norms(word) == [expected]


def test_unicode_is_nfkc_normalized():
    assert norms("ＰＫＨ ﬁle") == ["pkh", "file"]


def test_latin_diacritics_are_dropped_but_other_scripts_keep_their_marks():
    assert norms("bâdâ béja") == ["bada", "beja"]
    assert norms("ทดสอบ") == ["ทดสอบ"]


@pytest.mark.parametrize("text, placeholder, secret", [
    ("hubungi 0812-3456-7890 ya", "<telepon>", "0812-3456-7890"),
    ("wa +62 812 3456 7890", "<telepon>", "+62 812 3456 7890"),
    ("NIK 3201123456789012 KK", "<nik>", "3201123456789012"),
    ("nik 3201 1234 5678 9012", "<nik>", "3201 1234 5678 9012"),
    ("email budi.santoso@gmail.com", "<email>", "budi.santoso@gmail.com"),
    ("lihat https://bit.ly/bansos-cair", "<url>", "https://bit.ly/bansos-cair"),
    ("rekening 123456789012 BRI", "<nomor>", "123456789012"),
])
def test_personal_data_becomes_one_placeholder_token(text, placeholder, secret):
    tokens = analyze(text)
    masked = [t for t in tokens if t.norm == placeholder]
    assert len(masked) == 1
    assert masked[0].text == secret == text[masked[0].start:masked[0].end]
    assert not any(secret in t.norm or secret in t.stem for t in tokens)


def test_ordinary_numbers_are_not_masked():
    assert norms("tahun 2024 ada 150 KK, Rp 1.500.000") [:2] == ["tahun", "2024"]
    assert not any(n.startswith("<") for n in norms("tahun 2024 ada 150 KK, Rp 1.500.000"))


@pytest.mark.parametrize("word", ["seorang", "ibu", "kami", "mereka", "bersama", "semua", "orang",
                                  "saya", "keluarga", "warga", "desa", "tidak", "sendiri", "setempat"])
def test_cue_words_are_not_stop_words(word):
    assert not analyze(word)[0].is_stop


@pytest.mark.parametrize("text", ["yang", "yg", "dan", "adalah", "ini", "nya", "Assalamualaikum"])
def test_function_words_are_stop_words(text):
    assert analyze(text)[0].is_stop


@pytest.mark.parametrize("word, stem", [
    ("berikan", "beri"), ("menangis", "tangis"), ("Bekasi", "bekasi"), ("dengerin", "dengar"),
    ("pemberdayaan", "daya"), ("pengungsi", "ungsi"),
])
def test_stems(word, stem):
    assert analyze(word)[0].stem == stem


def test_one_stemmer_per_process():
    assert get_stemmer() is get_stemmer()
    assert get_nlp() is get_nlp()


def _vocabulary(root):
    """(norm, stem) of every distinct token of the source document and the corpus."""
    texts = [(root / "docs/source/seed_document.txt").read_text(encoding="utf-8")]
    for path in sorted((root / "corpus").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {(tok.norm_, tok.lemma_) for doc in get_nlp().pipe(texts) for tok in doc}


def test_stems_equal_reference_sastrawi_except_corrections(root):
    reference = StemmerFactory().create_stemmer()
    corrections = resources.stem_corrections()
    checked, mismatches = 0, []
    for norm, stem in _vocabulary(root):
        if not any(ch.isalpha() for ch in norm) or norm.startswith("<"):
            continue  # punctuation, numbers, placeholders are their own stem
        parts = norm.split()
        if any(part in corrections for part in parts):
            continue
        checked += 1
        expected = " ".join(reference.stem(part) or part for part in parts)
        if expected != stem:
            mismatches.append((norm, stem, expected))
    assert checked > 5000
    assert mismatches == []


def test_corrections_differ_from_reference_or_protect():
    reference = StemmerFactory().create_stemmer()
    corrections = resources.stem_corrections()
    assert reference.stem("berikan") == "ikan" and corrections["berikan"] == "beri"
    # a correction that agrees with Sastrawi is dead weight
    assert [w for w, s in corrections.items() if reference.stem(w) == s] == []
