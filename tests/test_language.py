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


def test_words_skipped_as_rootless_are_what_sastrawi_returns_unchanged():
    """The shortcut may only skip Sastrawi where Sastrawi itself would change nothing:
    names, typos, random letters, affixed nonsense, digits and punctuation."""
    import random

    from classifier.text.root_reach import may_have_root
    from classifier.text.stemming import _sastrawi_stem, get_stemmer, root_words

    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyz"
    heads = ["me", "mem", "men", "meng", "meny", "di", "ke", "se", "ber", "ter", "pe", "pen", "peng", "per", "kau"]
    tails = ["", "kan", "an", "i", "nya", "lah", "kannya", "isasi"]
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(4, 11))) for _ in range(1500)]
    words += [rng.choice(heads) + "".join(rng.choice(letters) for _ in range(rng.randint(3, 7))) + rng.choice(tails)
              for _ in range(1500)]
    words += ["sumiati", "karangrejo", "whatsapp", "menyelesaikannya", "pelajaran", "gelembung", "kesehatannya"]
    stemmer, roots = get_stemmer(), root_words()
    skipped = [w for w in words if not may_have_root(w, roots)]
    assert len(skipped) > 1000  # the shortcut does skip most rootless words
    assert [w for w in skipped if stemmer.stem(w) != w] == []
    assert may_have_root("menyelesaikannya", roots) and not may_have_root("sumiati", roots)
    odd = ["rp.500", "3bulan", "pak,,jk", "anak-anak", "https://x.go.id/a?b=c", "no:114", "(pengen", "kerja2"]
    assert [_sastrawi_stem(t) for t in odd] == [stemmer.stem(t) for t in odd]


def test_corrections_differ_from_reference_or_protect():
    reference = StemmerFactory().create_stemmer()
    corrections = resources.stem_corrections()
    assert reference.stem("berikan") == "ikan" and corrections["berikan"] == "beri"
    # a correction that agrees with Sastrawi is dead weight
    assert [w for w, s in corrections.items() if reference.stem(w) == s] == []


# --- bounded memory and the shipped stem table -------------------------------------------

def _random_words(n, seed):
    import random

    rng = random.Random(seed)
    return [
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(4, 11)))
        for _ in range(n)
    ]


def test_stem_table_agrees_with_stemming_on_a_random_sample(root):
    import random
    import sys

    import numpy
    from spacy.strings import hash_string

    from classifier.text.stemming import compute_stem, stem_table

    sys.path.insert(0, str(root / "scripts"))
    import make_stem_table

    forms = make_stem_table.all_forms()
    table = stem_table()
    assert len(table) == len(forms) > 400_000
    found, _ = table.find(numpy.fromiter((hash_string(f) for f in forms), dtype="uint64", count=len(forms)))
    assert found.all()
    sample = random.Random(7).sample(forms, 300) + sorted(resources.stem_corrections())
    assert [(f, table.get(f)) for f in sample] == [(f, compute_stem(f)) for f in sample]
    assert table.get("zzzqxq") is None


def test_unseen_words_leave_no_lexemes_or_strings_behind(monkeypatch):
    from classifier.text import language

    nlp = get_nlp()
    language.analyse_texts(["warm up: anak saya tidak dapat bantuan"])
    monkeypatch.setattr(language, "PERMANENT_LEXEMES", 0)
    first = language.analyse_texts([" ".join(_random_words(200, 1)) + " berikan xq2 hp 081234567890"])
    strings_before = len(nlp.vocab.strings)
    for seed in range(2, 12):
        language.analyse_texts([" ".join(_random_words(200, seed))])
    assert len(nlp.vocab.strings) == strings_before
    assert not nlp.vocab.in_memory_zone
    # the same words in a later zone give the same analysis (learnt stems survive the zone)
    again = language.analyse_texts([first[0].text])
    assert (again[0].norms, again[0].stems, again[0].content) == (first[0].norms, first[0].stems, first[0].content)
    assert "beri" in first[0].stems and "<telepon>" in first[0].norms
    tokens = analyze("mxyzptlk berikan")
    assert [t.stem for t in tokens] == ["mxyzptlk", "beri"]


def test_memory_zones_do_not_make_the_hash_tables_grow():
    # spaCy takes a zone's keys out of its tables with preshed's map_clear, which leaves a
    # marked cell that preshed counts as filled: without hash_tables, both tables double
    # every few zones although they hold the same keys (here: 64k and 128k cells)
    from spacy.vocab import Vocab

    from classifier.text.hash_tables import drop_deleted_cells, lexeme_table

    vocab = Vocab(strings=["anak", "bantuan"])
    kept = vocab["anak"].orth
    for zone in range(60):
        with vocab.memory_zone():
            for word in _random_words(500, 1000 + zone):
                vocab[word]
        drop_deleted_cells(vocab)
    assert vocab.strings._map.capacity <= 4096 and lexeme_table(vocab).capacity <= 4096
    assert vocab["anak"].orth == kept and "anak" in vocab and vocab.strings[kept] == "anak"
    assert "bantuan" in vocab.strings and _random_words(1, 1000)[0] not in vocab


def test_a_memory_zone_leaves_the_pipeline_tables_without_deleted_cells(monkeypatch):
    import sys

    from classifier.text import hash_tables, language

    nlp = get_nlp()
    before = language.analyse_texts(["warm up: anak saya tidak dapat bantuan"])
    monkeypatch.setattr(language, "PERMANENT_LEXEMES", 0)
    monkeypatch.setattr(hash_tables, "FULL", 0)  # rebuild after every zone
    old = hash_tables.lexeme_table(nlp.vocab)
    references = sys.getrefcount(old)
    language.analyse_texts([" ".join(_random_words(300, 77))])
    new = hash_tables.lexeme_table(nlp.vocab)
    for table in (nlp.vocab.strings._map, new):
        assert len(table) == sum(1 for _ in table.items())  # filled cells == live keys
    del table
    # the vocabulary let go of the old lexeme table and holds the new one once
    assert new is not old
    assert sys.getrefcount(old) == references - 1 and sys.getrefcount(new) == references
    after = language.analyse_texts([before[0].text])
    assert (after[0].norms, after[0].stems, after[0].content) == (before[0].norms, before[0].stems,
                                                                  before[0].content)


def test_stemmer_memory_is_bounded(monkeypatch):
    from classifier.text import language

    stemmer = get_nlp().get_pipe("sastrawi_stem")
    monkeypatch.setattr(type(stemmer), "LEARNT", 100)
    language.analyse_texts([" ".join(_random_words(500, 99))])
    assert len(stemmer.learnt_) <= 100


def test_word_caches_are_bounded():
    from classifier.model import features
    from classifier.text.normalize import normalize_word
    from classifier.text.stemming import stem_word

    for cached in (normalize_word, stem_word, features._word_char_ngrams, features._norm_words):
        assert cached.cache_info().maxsize is not None
    assert get_stemmer().__class__.__name__ == "Stemmer"  # not Sastrawi's unbounded CachedStemmer


PREFIX_PROBES = st.text(alphabet=st.sampled_from(list("ab<>/$US(\"'.,-—…#& 1xé«")), max_size=12)


@settings(max_examples=400, deadline=None)
@given(PREFIX_PROBES)
def test_the_tokenizers_prefix_search_finds_what_re_search_finds(probe):
    """The pipeline finds spaCy's prefixes with ``match`` (and a full search only when an
    unanchored branch such as ``<a ...>`` could match further in): always ``search``'s answer."""
    search = get_nlp().tokenizer.prefix_search
    full = search.__self__.search(probe)
    fast = search(probe)
    assert (fast and fast.span()) == (full and full.span())


def test_the_prefix_search_keeps_spacys_unanchored_branch():
    search = get_nlp().tokenizer.prefix_search
    for probe in ("x<ab>", "kata<a href=1>", "(PKH", "US$5", "pkh"):
        full = search.__self__.search(probe)
        assert (search(probe) and search(probe).span()) == (full and full.span())
    assert search("x<ab>").span() == (1, 5)  # spaCy's own pattern, kept as it is


def test_threads_analysing_at_once_get_their_own_analyses(monkeypatch):
    """The service may run several model threads: a memory zone that ends frees the strings
    added since it began, so without one analysis at a time another thread's strings go too
    (wrong norms, or a KeyError: a 500)."""
    import random
    import sys
    import threading

    import classifier.text.language as language

    monkeypatch.setattr(language, "PERMANENT_LEXEMES", 0)  # a memory zone around every call
    rng = random.Random(3)
    texts = [" ".join("".join(rng.choice("abcdefghijklmnoprstu") for _ in range(rng.randint(4, 10)))
                      for _ in range(30)) for _ in range(400)]
    expected = [(d.norms, d.stems) for d in (language.analyse_texts([t])[0] for t in texts)]
    wrong, failed = [], []

    def work(part):
        try:
            for i in part:
                d = language.analyse_texts([texts[i]])[0]
                if (d.norms, d.stems) != expected[i]:
                    wrong.append(i)
        except Exception as exc:  # noqa: BLE001 - what a request thread would turn into a 500
            failed.append(exc)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    try:
        threads = [threading.Thread(target=work, args=(range(k, len(texts), 4),)) for k in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
    assert not failed and not wrong
