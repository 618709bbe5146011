"""The `intervensi` command as a user meets it, in a subprocess: from any folder, `evaluate`
on a CSV, `explain`'s similar cases, and the models folder a user can find."""

import json
import os
import re
import subprocess
import sys

import pytest

from classifier.lifecycle.registry import PROJECT_DIR, default_models_dir
from tests.servers import ROOT

CSV = ("text,level,method\n"
       "PKH sy gk cair sdh 4 bln,mikro,individual_casework\n"
       "\"Suami sy mukul anak2 tiap mabuk, sy takut\",mikro,family_casework\n"
       "Lampu jalan di gang kami mati sudah seminggu,,\n")


def run(*args, cwd, env=None):
    full_env = {k: v for k, v in os.environ.items() if k != "INTERVENSI_MODELS_DIR"}
    full_env.update(env or {})
    full_env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "classifier", *args], cwd=cwd, env=full_env,
                          capture_output=True, text=True, timeout=600)


def test_models_folder_does_not_depend_on_the_working_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("INTERVENSI_MODELS_DIR", raising=False)
    assert default_models_dir() == PROJECT_DIR / "models"  # a source checkout: the project's folder
    monkeypatch.setenv("INTERVENSI_MODELS_DIR", str(tmp_path))
    assert default_models_dir() == tmp_path


def test_the_error_names_where_it_looked(tmp_path):
    empty = tmp_path / "no-models-here"
    out = run("explain", "PKH sy gk cair", "--models", str(empty), cwd=tmp_path)
    assert out.returncode == 2
    assert str(empty) in out.stderr and "INTERVENSI_MODELS_DIR" in out.stderr
    out = run("explain", "PKH sy gk cair", cwd=tmp_path, env={"INTERVENSI_MODELS_DIR": str(empty)})
    assert out.returncode == 2 and str(empty) in out.stderr


def test_help_names_the_default_models_folder(tmp_path):
    out = run("evaluate", "--help", cwd=tmp_path)
    assert out.returncode == 0 and str(PROJECT_DIR / "models") in out.stdout.replace("\n", "")


def test_evaluate_reads_csv_from_another_folder_and_prints_a_table(trained, tmp_path):
    (tmp_path / "labelled.csv").write_text(CSV, encoding="utf-8")
    out = run("evaluate", "--input", "labelled.csv", cwd=tmp_path, env={"INTERVENSI_MODELS_DIR": str(trained["models"])})
    assert out.returncode == 0, out.stderr
    assert "3 texts (2 in scope, 1 out of scope)" in out.stdout
    assert "None" not in out.stdout and "{" not in out.stdout
    rows = dict(m.groups() for m in re.finditer(r"^  (level|method|pair) +[0-9.-]+ +[0-9.-]+ +(\d+)$", out.stdout,
                                                re.MULTILINE))
    assert rows == {"level": "2", "method": "2", "pair": "2"}, out.stdout
    as_json = run("evaluate", "--input", "labelled.csv", "--format", "json", "--models", str(trained["models"]),
                  cwd=tmp_path)
    figures = json.loads(as_json.stdout)
    assert figures["n"] == 3 and figures["n_out_of_scope"] == 1 and figures["skipped_invalid_lines"] == 0


def test_explain_prints_each_similar_case_on_one_line(trained, tmp_path):
    out = run("explain", "Suami saya sering memukul saya dan anak-anak kalau mabuk", "--models",
              str(trained["models"]), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Kasus serupa"))
    cases = []
    for line in lines[start + 1:]:
        if not line.strip():
            break
        cases.append(line)
    assert 1 <= len(cases) <= 3
    assert all(line.startswith("  [") and len(line) <= 140 for line in cases)
    assert "%" not in "".join(cases)


def test_explain_json_has_the_api_shape(trained, tmp_path):
    out = run("explain", "Lampu jalan di gang kami mati sudah seminggu", "--format", "json", "--models",
              str(trained["models"]), cwd=tmp_path)
    body = json.loads(out.stdout)
    assert body["status"] == "out_of_scope" and body["closest_in_scope"]["level"]
    assert body["explanation"]["evidence"]["out_of_scope"]["for"] and body["model_version"]


@pytest.mark.parametrize("text", ["PKH sy gk cair"])
def test_explain_loads_quickly(trained, tmp_path, text):
    """The start-up is mostly imports and the unpickling: a plain pickle, not joblib's slow
    pure-Python reader. CPU time, not wall time: the test machine is shared."""
    code = ("import resource, sys; from classifier.cli import main; rc = main(sys.argv[1:]); "
            "u = resource.getrusage(resource.RUSAGE_SELF); print(u.ru_utime + u.ru_stime, file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code, "explain", text, "--models", str(trained["models"])],
                         cwd=tmp_path, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stderr
    cpu = float(out.stderr.strip().splitlines()[-1])
    assert cpu < 6.0, cpu


@pytest.mark.parametrize("command", [["predict", "--output", "-"], ["priors", "estimate"]])
def test_a_missing_input_file_is_named_in_both_languages(tmp_path, command):
    missing = tmp_path / "intake.jsonl"
    out = run(*command, "--input", str(missing), cwd=tmp_path)
    assert out.returncode == 2 and out.stdout == ""
    assert str(missing) in out.stderr and "berkas tidak ada" in out.stderr and "file not found" in out.stderr
