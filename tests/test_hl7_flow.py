"""HL7 v2 end to end: MLLP in -> record -> rules -> de-identified draft -> MDM^T02 out over MLLP.

The EMR on the far side is a second medgo-bridge MLLP listener with its own database: it stores
what it receives byte for byte, so the test reads back exactly what an HL7-only EMR would get.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select

from connectors.hl7v2.parse import parse
from connectors.mllp.client import SyncMllpClient
from connectors.mllp.server import RunningServer
from integration import record
from integration.db import session_scope
from integration.inprocess import InProcessDispatcher
from integration.models import InboundMessage, Job


class Recorder:
    def ingest(self, _id: int) -> None: ...

    def draft(self, _id: int) -> None: ...

    def deliver(self, _id: int) -> None: ...


def adt(event: str, charset: str, *, control_id: str, status_fields: str = "") -> bytes:
    codec = {"UNICODE UTF-8": "utf-8", "GB 18030-2000": "gb18030"}[charset]
    segments = [
        f"MSH|^~\\&|HIS|JCH|MEDGO|JCH|20260117102000+0800||ADT^{event}^ADT_A01|{control_id}|P|2.5|||AL|NE|CHN|{charset}",
        f"EVN|{event}|20260117102000+0800",
        "PID|1||ZY20260117^^^JCH^MR~43010219560317002X^^^CHN^NNCHN||王^秀英^^^^^L||19560317|F|||"
        "五一大道100号^^江城市^湖南省^410000^CHN||13812345678",
        "PV1|1|I|RESP^301^2^JCH||||1001^张^伟^^^^^^JCH||||||||||||V20260117001^^^JCH^VN|||||||||||||||||||||||||"
        f"20260117102000+0800{status_fields}",
        "DG1|1||J18.9^肺炎^I10||20260117|A",
        "AL1|1|DA|^头孢类抗生素||皮疹",
    ]
    return ("\r".join(segments) + "\r").encode(codec)


ORU = (
    "MSH|^~\\&|LIS|JCH|MEDGO|JCH|20260118080000+0800||ORU^R01^ORU_R01|LAB-1|P|2.5|||AL|NE|CHN|UNICODE UTF-8\r"
    "PID|1||ZY20260117^^^JCH^MR||王^秀英^^^^^L||19560317|F\r"
    "PV1|1|I|RESP^301^2^JCH|||||||||||||||||V20260117001^^^JCH^VN\r"
    "OBR|1||F-778^LIS|58410-2^CBC panel^LN|||20260118070000+0800|||||||||||||||20260118080000+0800|||F\r"
    "OBX|1|NM|6690-2^白细胞计数^LN||13.5|10*9/L|3.5-9.5|H|||F\r"
    "OBX|2|NM|718-7^血红蛋白^LN||128|g/L|115-150|N|||F\r"
).encode()

PHI = ["王秀英", "秀英", "ZY20260117", "43010219560317002X", "13812345678", "五一大道", "张伟"]


@pytest.fixture
def emr_listener(make_services: Any) -> Any:
    """The HL7-only EMR: a listener that stores what it receives and does nothing else."""
    emr_services = make_services()
    emr_services.dispatcher.close()
    emr_services.dispatcher = Recorder()
    emr_services.hl7_mapper = None
    with RunningServer(emr_services, port=0) as server:
        yield emr_services, server


def _received(emr_services: Any) -> list[bytes]:
    with session_scope(emr_services.sessions) as session:
        return [m.raw for m in session.scalars(select(InboundMessage).order_by(InboundMessage.id))]


def test_admission_discharge_and_result_become_mdm_t02_drafts(
    make_settings: Any, emr_listener: Any, llm: Any, tmp_path: Any
) -> None:
    from medgo_bridge.wiring import build_services

    emr_services, emr_server = emr_listener
    services = build_services(
        make_settings(data_dir=tmp_path / "bridge", emr_mllp_address=f"127.0.0.1:{emr_server.port}", llm_url=llm.url),
        dispatch="inprocess",
    )
    try:
        with RunningServer(services, port=0) as listener, SyncMllpClient("127.0.0.1", listener.port) as client:
            acks = [
                client.send(adt("A01", "UNICODE UTF-8", control_id="ADT-1")),
                client.send(adt("A03", "GB 18030-2000", control_id="ADT-2", status_fields="|20260124090000+0800")),
                client.send(ORU),
            ]
            assert [a.code for a in acks] == ["CA", "CA", "CA"]  # MSH-15 = AL asks for enhanced mode
            assert isinstance(services.dispatcher, InProcessDispatcher)
            assert services.dispatcher.wait_idle(120)

        with session_scope(services.sessions) as session:
            jobs = {j.task: j for j in session.scalars(select(Job))}
            patient = record.get(session, jobs["discharge_summary"].patient_ref)
        assert set(jobs) == {"admission_ddx", "discharge_summary", "result_interpretation"}
        assert {j.state for j in jobs.values()} == {"delivered"}
        # the exact Chinese name survived UTF-8 (A01) and GB18030 (A03) into the FHIR Patient
        assert patient is not None
        assert patient["name"][0]["text"] == "王秀英"

        prompts = json.dumps([r["body"] for r in llm.requests()], ensure_ascii=False)
        assert prompts.count("<PERSON_1>") >= 3
        for phi in PHI:
            assert phi not in prompts

        sent = _received(emr_services)
        assert len(sent) == 3
        types = set()
        for raw in sent:
            msg = parse(raw)
            txa = msg.first("TXA")
            assert msg.event == "MDM^T02"
            assert txa is not None and txa.get(17) == "DO"
            types.add(txa.get(2))
            text = "\n".join(o.text(5) for o in msg.all("OBX") if o.get(2) == "TX")
            assert text.startswith("【AI生成草稿")
            assert "王秀英" in text  # re-identified for the clinician
        assert types == {"51848-0", "18842-5", "11502-2"}
    finally:
        if isinstance(services.dispatcher, InProcessDispatcher):
            services.dispatcher.close()
        services.engine.dispose()
