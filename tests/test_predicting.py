"""`intervensi predict` and `intervensi evaluate` on files, with malformed input."""

import json
import subprocess
import sys


def run(root, *args):
    return subprocess.run([sys.executable, "-m", "classifier", *args], cwd=root, capture_output=True, text=True)


def test_predict_jsonl_with_malformed_lines(trained, root, tmp_path):
    src = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Suami saya sering memukul saya dan anak-anak kalau pulang mabuk."}),
        "{not json",
        json.dumps({"id": "c", "text": "   "}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "e", "text": "tes"}),
        json.dumps({"id": "f", "text": 42}),
        json.dumps({"id": "g", "text": "x" * 20001}),
    ]
    src.write_bytes(("\n".join(lines[:2]) + "\n").encode() + b'{"id": "bad", "text": "\xff\xfe"}\n'
                    + ("\n".join(lines[2:]) + "\n").encode())
    out = tmp_path / "out.jsonl"
    res = run(root, "predict", "--input", str(src), "--output", str(out), "--models", str(trained["models"]))
    assert res.returncode == 0, res.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 8
    assert [r["status"] for r in rows][:1] != ["error"]
    assert rows[0]["id"] == "a" and rows[0]["level"] and rows[0]["method"] and rows[0]["alternatives"]
    assert set(rows[0]) >= {"id", "status", "level", "method", "level_confidence", "method_confidence", "alternatives"}
    errors = {r["line"]: r["error"]["code"] for r in rows if r["status"] == "error"}
    assert errors == {2: "invalid_json", 3: "invalid_utf8", 4: "empty_text", 5: "invalid_json",
                      7: "invalid_text", 8: "text_too_long"}
    assert rows[5]["id"] == "e" and rows[5]["status"] == "out_of_scope" and rows[5]["level"] is None
    assert all(r["error"]["message_id"] and r["error"]["message_en"] for r in rows if r["status"] == "error")


def test_predict_csv_and_parallel_jobs_give_the_same_output(trained, root, tmp_path):
    corpus_rows = [json.loads(line) for line in (root / "corpus" / "news-hearings-and-posts.jsonl").open(encoding="utf-8")]
    src = tmp_path / "in.csv"
    import csv

    with src.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "text"])
        for r in corpus_rows[:300]:
            writer.writerow([r["id"], r["text"]])
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run(root, "predict", "--input", str(src), "--output", str(one), "--models", str(trained["models"])).returncode == 0
    res = run(root, "predict", "--input", str(src), "--output", str(two), "--models", str(trained["models"]), "--jobs", "2")
    assert res.returncode == 0, res.stderr
    a, b = one.read_text(encoding="utf-8"), two.read_text(encoding="utf-8")
    assert a == b
    assert [json.loads(line)["id"] for line in a.splitlines()] == [r["id"] for r in corpus_rows[:300]]
    assert res.stderr.count("\r") == 0  # quiet when not on a terminal


def test_predict_without_model_says_what_to_do(root, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "text": "halo"}) + "\n")
    res = run(root, "predict", "--input", str(src), "--output", str(tmp_path / "o.jsonl"), "--models", str(tmp_path / "none"))
    assert res.returncode == 2
    assert "intervensi train" in res.stderr


def test_evaluate_json(trained, root, tmp_path):
    src = tmp_path / "labelled.jsonl"
    rows = [
        {"text": "Suami saya sering memukul saya dan anak-anak kalau pulang mabuk, saya takut pulang.",
         "label": "in_scope", "level": "mikro", "method": "family_casework"},
        {"text": "Lampu jalan di gang kami mati sudah dua minggu.", "label": "out_of_scope", "level": None, "method": None},
        {"text": "baris tanpa label yang benar", "label": "in_scope", "level": "makro", "method": "mpok"},
    ]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    res = run(root, "evaluate", "--input", str(src), "--format", "json", "--models", str(trained["models"]))
    assert res.returncode == 0, res.stderr
    m = json.loads(res.stdout)
    assert m["n"] == 2 and m["skipped_invalid_lines"] == 1
    assert ":3: (makro, mpok) is not one of the 18 valid" in res.stderr
    assert m["model"] == trained["version"]


def test_long_runs_hand_free_memory_back_on_glibc():
    """`intervensi predict` fixes glibc's mmap threshold and trims the heap every few
    thousand texts; elsewhere both calls say they did nothing."""
    import platform

    from classifier.heap import fix_mmap_threshold, release_free_memory

    glibc = platform.libc_ver()[0] == "glibc"
    assert fix_mmap_threshold() is glibc
    assert isinstance(release_free_memory(), bool)
