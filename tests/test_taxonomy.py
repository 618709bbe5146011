import json
import re

import pytest

from classifier import taxonomy
from classifier.taxonomy import TaxonomyError


def guide_pairs(root):
    """The (level, method) pairs as the labelling guide's method table lists them."""
    text = (root / "docs/source/LABELING_GUIDE.md").read_text(encoding="utf-8")
    text = text.split("## Methods and the valid")[1].split("**Decision")[0]
    pairs = set()
    for method, levels in re.findall(r"^\| `(\w+)` \| ([a-z, ]+) \|", text, flags=re.M):
        for level in levels.split(","):
            pairs.add((level.strip(), method))
    return pairs


def test_pairs_match_the_labelling_guide(root):
    tax = taxonomy.get()
    expected = guide_pairs(root)
    assert len(expected) == 18
    assert {(p.level, p.method) for p in tax.pairs} == expected
    counts = {lv: sum(p.level == lv for p in tax.pairs) for lv in tax.level_ids}
    assert counts == {"mikro": 3, "mezzo": 6, "makro": 6, "global": 3}


def test_levels_and_target_units_follow_the_source():
    tax = taxonomy.get()
    assert tax.level_ids == ("mikro", "mezzo", "makro", "global")
    assert tax.level("mikro").target_units["id"] == ("individu", "keluarga", "kelompok kecil")
    assert "organisasi" in tax.level("mezzo").target_units["id"]
    assert "masyarakat internasional" in tax.level("global").target_units["id"]
    assert len(tax.methods) == 15


@pytest.mark.parametrize("method_id, phrase", [
    ("group_work", "eks-pengguna NAPZA"),
    ("mpok", "manusia, keuangan, dan waktu"),
    ("international_social_marketing", "vaksin booster"),
    ("international_legislation", "Konvensi Jenewa"),
])
def test_method_texts_quote_the_source(root, method_id, phrase):
    method = taxonomy.get().method(method_id)
    blob = " ".join([method.definition.id, method.goal.id, *method.examples["id"]])
    assert phrase in blob
    seed = " ".join((root / "docs/source/seed_document.txt").read_text(encoding="utf-8").split())
    assert phrase in seed


def test_every_definition_is_bilingual_and_cited():
    tax = taxonomy.get()
    for item in (*tax.levels, *tax.methods):
        assert item.definition.id and item.definition.en and item.definition.id != item.definition.en
    assert "Gray (1997)" in tax.citation.id and "Adi (2002)" in tax.citation.en


def test_invalid_pair_is_rejected():
    tax = taxonomy.get()
    assert tax.is_valid_pair("mezzo", "mpok")
    assert not tax.is_valid_pair("makro", "mpok")
    assert not tax.is_valid_pair("makro", "community_education")
    assert not tax.is_valid_pair(None, None)


def _raw():
    return json.loads(taxonomy.DATA_FILE.read_text(encoding="utf-8"))


def test_unknown_level_in_pair_is_a_clear_error():
    raw = _raw()
    raw["pairs"][0]["level"] = "meso"
    with pytest.raises(TaxonomyError, match=r"pairs\[0\].*unknown level 'meso'"):
        taxonomy.parse(raw)


def test_missing_translation_is_a_clear_error():
    raw = _raw()
    del raw["methods"][3]["definition"]["en"]
    with pytest.raises(TaxonomyError, match=r"methods\[3\]\.definition"):
        taxonomy.parse(raw)


def test_duplicate_pair_and_orphan_method_are_errors():
    raw = _raw()
    raw["pairs"].append(dict(raw["pairs"][0]))
    with pytest.raises(TaxonomyError, match="listed twice"):
        taxonomy.parse(raw)
    raw = _raw()
    raw["pairs"] = [p for p in raw["pairs"] if p["method"] != "group_work"]
    with pytest.raises(TaxonomyError, match="'group_work' belongs to no valid pair"):
        taxonomy.parse(raw)


def test_broken_file_reports_line(tmp_path):
    bad = tmp_path / "taxonomy.json"
    bad.write_text('{\n  "levels": [\n  oops\n]}', encoding="utf-8")
    with pytest.raises(TaxonomyError, match=r"taxonomy.json:3: invalid JSON"):
        taxonomy.load(bad)
