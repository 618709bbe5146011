"""Corpus reading, validation rules, statistics, splits and import."""

import json
import subprocess
import sys

import pytest

from classifier.lifecycle import corpus

GOOD = [
    {"id": "t-1", "text": "Ibu saya sudah tiga bulan tidak menerima bantuan PKH padahal namanya masih terdaftar di DTKS.",
     "label": "in_scope", "level": "mikro", "method": "individual_casework", "register": "terse",
     "source": "test", "split": "train"},
    {"id": "t-2", "text": "Warga dusun kami ingin bersama-sama menolak rencana penggusuran lapak pasar oleh pengembang swasta.",
     "label": "in_scope", "level": "mezzo", "method": "community_action", "register": "informal_message",
     "source": "test", "split": "test", "group": "g1", "notes": "minimal pair"},
    {"id": "t-3", "text": "Lampu jalan di depan balai desa mati sejak minggu lalu.", "label": "out_of_scope",
     "level": None, "method": None, "register": "terse", "source": "test", "split": "train"},
]


def write(path, records, raw_lines=()):
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        for line in raw_lines:
            fh.write(line + "\n")
    return path


def problems_for(tmp_path, records, raw_lines=()):
    path = write(tmp_path / "c.jsonl", records, raw_lines)
    result = corpus.read(path)
    return [str(p) for p in result.problems + corpus.validate(result.vignettes)]


def variant(i, **changes):
    record = dict(GOOD[i])
    record.update(changes)
    return record


def test_good_fixture_is_clean(tmp_path):
    assert problems_for(tmp_path, GOOD) == []


@pytest.mark.parametrize("record, expected", [
    ({k: v for k, v in GOOD[0].items() if k != "source"}, "missing field 'source'"),
    (variant(0, label="maybe"), "label must be"),
    (variant(0, level="makro", method="mpok"), "not one of the 18 valid"),
    (variant(0, level="mikro", method="social_policy"), "not one of the 18 valid"),
    (variant(2, level="mikro"), "out_of_scope must have level and method null"),
    (variant(0, register="tweet"), "register must be one of"),
    (variant(0, split="dev"), "split must be 'train' or 'test'"),
    (variant(0, text="   "), "text must be a non-empty string"),
    (variant(0, text=" ".join(["kata"] * 401)), "text has 401 words"),
    (variant(0, id="has space"), "id must be"),  # GOOD[0] left out: same text
    (variant(0, colour="red"), "unknown field(s): colour"),
    (variant(0, text=GOOD[0]["text"] + " NIK 3201124507890003."), "real-looking NIK"),
    (variant(0, text=GOOD[0]["text"] + " Hubungi 0812-3456-7890."), "phone number"),
])
def test_each_record_rule(tmp_path, record, expected):
    others = [g for g in GOOD if g["id"] != record.get("id") and g["text"] != record.get("text")]
    problems = problems_for(tmp_path, [record, *others])
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{tmp_path / 'c.jsonl'}:1: ")
    assert expected in problems[0]


def test_short_in_scope_texts_are_valid(tmp_path):
    """Real messages are short ("PKH sy gk cair"): no minimum length for labelled texts."""
    for text in ("PKH sy gk cair", "tolong pak anak sy dipukul", "lansia terlantar"):
        assert problems_for(tmp_path, [variant(0, text=text)]) == [], text


def test_short_real_messages_can_be_imported_and_evaluated(tmp_path, root):
    folder = tmp_path / "corpus"
    folder.mkdir()
    write(folder / "seed.jsonl", GOOD)
    csv_file = tmp_path / "short.csv"
    csv_file.write_text("text,level,method,register\nPKH sy gk cair,mikro,individual_casework,terse\n"
                        "suami mukul sy tiap mlm,mikro,family_casework,terse\n", encoding="utf-8")
    out = run_cli("corpus", "import", str(csv_file), "--corpus", str(folder), cwd=root)
    assert out.returncode == 0, out.stdout + out.stderr
    assert len((folder / "imported.jsonl").read_text(encoding="utf-8").splitlines()) == 2
    labelled = corpus.read_labelled(csv_file)
    assert labelled.problems == [] and len(labelled.vignettes) == 2


def test_masked_personal_data_is_fine(tmp_path):
    record = variant(0, text=GOOD[0]["text"] + " NIK 3201xxxxxxxxxxxx, HP 0812-xxxx-xxxx.")
    assert problems_for(tmp_path, [record]) == []


def test_fake_nik_pattern_is_not_flagged():
    assert corpus.looks_like_real_nik("3201124507890003")
    assert not corpus.looks_like_real_nik("1234567890123456")  # no province 12? day 78 invalid
    assert not corpus.looks_like_real_nik("0000000000000000")


def test_duplicate_id(tmp_path):
    problems = problems_for(tmp_path, [GOOD[0], variant(2, id="t-1")])
    assert problems == [f"{tmp_path / 'c.jsonl'}:2: duplicate id 't-1' (first at {tmp_path / 'c.jsonl'}:1)"]


def test_exact_duplicate_and_conflicting_labels(tmp_path):
    same = variant(0, id="t-9", text=GOOD[0]["text"].upper())
    conflict = variant(0, id="t-8", text=GOOD[0]["text"] + "!!", level="mikro", method="family_casework")
    problems = problems_for(tmp_path, [GOOD[0], same, conflict])
    assert any(":2: exact duplicate text" in p for p in problems)
    assert any(":3: conflicting labels for the same text" in p for p in problems)


def test_near_duplicate_flagged_unless_same_group(tmp_path):
    near = variant(0, id="t-5", text=GOOD[0]["text"].replace("tiga", "empat"))
    problems = problems_for(tmp_path, [GOOD[0], near, GOOD[2]])
    assert len(problems) == 1 and "near duplicate of t-1" in problems[0]
    siblings = [variant(0, group="g7"), dict(near, group="g7")]
    assert problems_for(tmp_path, siblings) == []


def test_group_must_stay_on_one_side(tmp_path):
    a = variant(0, group="g2", split="train")
    b = variant(2, group="g2", split="test")
    problems = problems_for(tmp_path, [a, b])
    assert len(problems) == 1 and "group 'g2' is split across" in problems[0]


def test_unreadable_lines_are_reported_with_line_numbers(tmp_path):
    problems = problems_for(tmp_path, GOOD, raw_lines=['{"id": broken', '[1, 2]'])
    assert problems == [f"{tmp_path / 'c.jsonl'}:4: invalid JSON: Expecting value",
                        f"{tmp_path / 'c.jsonl'}:5: a line must be a JSON object"]


def test_invalid_utf8(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes(json.dumps(GOOD[0]).encode() + b"\n" + b'{"text": "\xff\xfe"}\n')
    assert [str(p) for p in corpus.read(path).problems] == [f"{path}:2: not valid UTF-8"]


def test_stats_counts(tmp_path):
    vignettes = corpus.read(write(tmp_path / "c.jsonl", GOOD)).vignettes
    figures = corpus.stats(vignettes)
    assert figures["total"] == 3
    assert figures["label"] == {"in_scope": 2, "out_of_scope": 1}
    assert figures["pair"]["mikro/individual_casework"] == 1 and figures["pair"]["global/international_legislation"] == 0
    assert len(figures["pair"]) == 18
    assert figures["split"] == {"test": 1, "train": 2}
    assert figures["length_band"] == {"8-25": 3}


def test_assign_splits_is_stratified_deterministic_and_keeps_groups():
    records = []
    for i in range(100):
        records.append(corpus.Vignette({"id": f"x{i}", "label": "in_scope", "level": "mikro",
                                        "method": "group_work", "group": f"g{i // 4}" if i < 40 else None}))
    corpus.assign_splits(records)
    first = [v["split"] for v in records]
    corpus.assign_splits(records)
    assert first == [v["split"] for v in records]
    assert 15 <= first.count("test") <= 25
    for g in range(10):
        assert len({v["split"] for v in records if v["group"] == f"g{g}"}) == 1


def run_cli(*args, cwd):
    return subprocess.run([sys.executable, "-m", "classifier", *args], cwd=cwd, capture_output=True, text=True)


def test_cli_validate_exit_status(tmp_path, root):
    good = write(tmp_path / "good.jsonl", GOOD)
    assert run_cli("corpus", "validate", str(good), cwd=root).returncode == 0
    bad = write(tmp_path / "bad.jsonl", [GOOD[0], variant(1, level="global")])
    out = run_cli("corpus", "validate", str(bad), cwd=root)
    assert out.returncode == 1
    assert out.stdout.splitlines() == [f"{bad}:2: (global, community_action) is not one of the 18 valid (level, method) pairs"]


def test_cli_stats_json(tmp_path, root):
    path = write(tmp_path / "c.jsonl", GOOD)
    out = run_cli("corpus", "stats", str(path), "--format", "json", cwd=root)
    assert out.returncode == 0
    assert json.loads(out.stdout)["register"] == {"informal_message": 1, "terse": 2}


def test_import_csv_adds_rows_with_new_ids(tmp_path, root):
    folder = tmp_path / "corpus"
    folder.mkdir()
    write(folder / "seed.jsonl", GOOD)
    csv_file = tmp_path / "new.csv"
    csv_file.write_text(
        "text,level,method,register\n"
        "\"Pengurus panti asuhan di kecamatan kami memotong uang makan anak-anak dan pengasuhnya sering absen.\",mezzo,mpok,letter\n"
        "Halo min kantor dinas buka jam berapa ya hari Sabtu?,,,informal_message\n",
        encoding="utf-8")
    out = run_cli("corpus", "import", str(csv_file), "--corpus", str(folder), cwd=root)
    assert out.returncode == 0, out.stdout + out.stderr
    added = [json.loads(line) for line in (folder / "imported.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["label"] for r in added] == ["in_scope", "out_of_scope"]
    assert all(r["id"].startswith("imp-") and r["split"] in ("train", "test") for r in added)
    assert run_cli("corpus", "validate", str(folder), cwd=root).returncode == 0
    # importing the same file again: duplicates, nothing written
    again = run_cli("corpus", "import", str(csv_file), "--corpus", str(folder), cwd=root)
    assert again.returncode == 1 and "duplicate" in again.stdout
    assert len((folder / "imported.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_import_with_a_bad_row_writes_nothing(tmp_path, root):
    folder = tmp_path / "corpus"
    folder.mkdir()
    write(folder / "seed.jsonl", GOOD)
    before = (folder / "seed.jsonl").read_bytes()
    bad = tmp_path / "new.jsonl"
    rows = [
        {"text": "Suami saya sering memukul anak-anak kalau mabuk, kami sekeluarga takut pulang ke rumah.",
         "level": "mikro", "method": "family_casework", "register": "terse"},
        {"text": "Sekolah di desa kami memungut biaya seragam yang mahal sekali dari murid miskin.",
         "level": "mezzo", "method": "social_policy", "register": "terse"},
    ]
    write(bad, rows, raw_lines=["not json"])
    out = run_cli("corpus", "import", str(bad), "--corpus", str(folder), cwd=root)
    assert out.returncode == 1
    lines = out.stdout.splitlines()
    assert any(line.startswith(f"{bad}:2: (mezzo, social_policy) is not one of") for line in lines)
    assert any(line.startswith(f"{bad}:3: invalid JSON") for line in lines)
    assert not (folder / "imported.jsonl").exists()
    assert (folder / "seed.jsonl").read_bytes() == before


def test_shipped_corpus_validates_clean(root):
    result = corpus.read(root / "corpus")
    assert result.problems == []
    assert [str(p) for p in corpus.validate(result.vignettes)] == []


def test_shipped_corpus_is_balanced_and_broad(root):
    vignettes = corpus.read(root / "corpus").vignettes
    figures = corpus.stats(vignettes)
    assert min(figures["pair"].values()) >= 70
    assert figures["total"] >= 4400 and figures["label"]["out_of_scope"] >= 1400
    # the registers of real intake, each a real share of the welfare texts
    for register in ("informal_message", "letter", "portal_ticket", "terse", "case_note", "app_review"):
        assert figures["register_in_scope_share"][register] >= 0.03, register
    # real intake's in-scope part is dominated by one household's casework
    assert figures["pair"]["mikro/individual_casework"] == max(figures["pair"][p] for p in figures["pair"] if p != "out_of_scope")
    words = [v.words for v in vignettes]
    assert max(words) <= 400
    oos = [v["text"].lower() for v in vignettes if v["label"] == "out_of_scope"]
    for near_miss in ("lampu", "jalan", "gaji", "jam", "slot", "tes"):
        assert any(near_miss in t for t in oos), near_miss
    assert figures["groups"] >= 6
    # each minimal-pair group spans more than one label
    groups = {}
    for v in vignettes:
        if v["group"]:
            groups.setdefault(v["group"], set()).add(v.pair)
    assert sum(len(pairs) > 1 for pairs in groups.values()) >= 0.9 * len(groups)
    # the split is stratified: every pair and out of scope has held-out texts
    assert all(split.get("test", 0) >= 10 for split in figures["split_by_pair"].values())
