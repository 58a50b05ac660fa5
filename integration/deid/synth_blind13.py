# ruff: noqa: E501
"""Blind evaluation set 13: long-term, home and end-of-life care, in English and Chinese, with gold PHI spans.

Theme: nursing homes and assisted living (MDS-style assessments, care-plan meetings, incident and fall
reports, staff rotas with agency nurses, care-home pharmacy dispensing logs, visitor logs), hospice and
palliative care (goals-of-care conversations, case conferences, chaplaincy, death pronouncement, bereavement
follow-up, death-certificate worksheets), home-health and district-nursing visits, carers' communication
books, dialysis run sheets, inpatient-rehabilitation team conferences, durable-equipment orders, POLST /
ReSPECT / powers of attorney, guardianship and Medicaid paperwork, and a speech-recognition transcript with
recognition errors. English notes are set in the US, UK, Ireland, Canada and Australia (the template name's
prefix); the people in them have US, UK, Irish, Canadian (English and French), Australian, Indian, Filipino,
Nigerian, Hispanic, Vietnamese, Polish, Arabic and Chinese-diaspora names (Faker locales plus hand-written
lists), with nicknames, hyphenated and particle surnames, first-name-only, surname-only, initials,
lower-case, possessive and mis-transcribed forms, names in lists, tables, rotas and signatures. Chinese notes
cover 养老院/护理院入住评估、长护险评估与结算、安宁疗护、居家护理、家庭病床、康复医院团队会议、血透室、社区卫生服务站、
护工交接本、家属微信群、遗嘱与委托书、志愿者探访、语音转写病历、殡葬与死亡证明、医养结合机构 and more, with names from
Faker ``zh_CN``/``zh_TW`` plus hand-written lists (compound surnames, 小X/老X/阿X, given names only, 叠字).

**Written blind**: its author read only ``synth.py`` (the first 135 lines: ``GoldSpan``, ``SynthNote``,
``render``, ``cn_resident_id``, ``GOLD_KINDS`` and the template format), ``model.py`` and the structure test
``tests/test_deid_blind_sets.py`` -- never the analyzer, its gazetteers, name lists, policy, sweeps or any
other set. Its figures estimate how the de-identifier does on text nobody tuned it for, so **do not tune the
de-identifier against these templates or their notes**; look only at aggregate figures.

Gold conventions (those of ``synth.py``): ``<<KIND:key>>`` is a gold span, ``{key}`` is filler.

* PERSON: every person's name in any form -- patients, relatives, staff, volunteers, clergy, notaries,
  judges -- including nicknames, initials in rotas and tables, lower-case and mis-transcribed forms. Titles
  and roles stay outside (Dr, Mr, Fr., Father, RN, MD, 医生, 护士, 老师, 院长, 师傅, 阿姨, 大爷). The 老 and 小
  prefixes of a Chinese surname (老王, 小李) stay outside, the surname alone is gold; a nickname built on a
  given-name character (小娟, 阿芳, 娟娟) is one span.
* ID: record numbers, resident/room/bed/chair numbers, Medicare/Medicaid/NHS/PPS/health-card numbers,
  licence, staff, badge and PIN numbers, POLST, case, claim, order, prescription and incident references,
  device serial numbers, WeChat IDs; 住院号、床号、医保号、长护险编号、护工证号、死亡证明编号 and so on. Each Chinese note
  holds exactly one (valid) 18-digit resident ID, the patient's.
* PHONE (phones and faxes), EMAIL, URL, ADDRESS (street addresses, whole or street part), LOCATION (cities,
  towns, villages below state/province level; countries, states and provinces are not gold), DATE (every
  date that has a day or month; times of day, weekdays and bare years are not gold), AGE (only ages of 90 or
  more; younger ages are rendered but not gold), ORG (named local facilities and firms: care homes,
  hospices, agencies, pharmacies, hospitals, funeral homes, churches, law firms, courts). National
  programmes, regulators and charities (Medicare, Medicaid, NHS, HSE, CMS, Macmillan, 医保, 长护险) are not
  gold, nor are drugs, doses, scores, lab values and eponyms (Foley, Hoyer, Braden, Barthel, 帕金森, 陈-施呼吸).

Deterministic: the same ``(language, count)`` gives the same notes (for one Faker version).

``known`` carries what the patient's record holds, canonical: name (and its parts in English), record
number, the national insurance or resident ID, other record IDs, phone (digits), address, birth date (ISO)
and e-mail; the text often writes them differently.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import string
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from faker import Faker

from integration.deid.model import KnownIdentifier
from integration.deid.synth import SynthNote, cn_resident_id, render

__all__ = [
    "BLIND13_SEED",
    "BLIND13_SPLIT",
    "EN_BLIND13_TEMPLATES",
    "ZH_BLIND13_TEMPLATES",
    "blind13_age_of",
    "generate_blind13",
]

BLIND13_SEED: Final = 83920571
BLIND13_SPLIT: Final = "blind13"

# Template names start with the country the note is set in: au, ca, ie, uk, us.
EN_BLIND13_TEMPLATES: dict[str, str] = {
    "au_aged_care_incident": """SERIOUS INCIDENT RESPONSE SCHEME - INTERNAL INCIDENT RECORD
Service: <<ORG:org_rac>>, <<ADDRESS:addr1>>
Incident ref <<ID:inc>>   SIRS notification <<ID:sirs>>   Priority 1 (reported within 24 h)
Resident: <<PERSON:pt_caps>>   Room <<ID:room>>   DOB <<DATE:dob_uk>>   Medicare <<ID:ausmed>>   DVA file <<ID:dva>>
Date/time of incident: <<DATE:d1_ukl>>, approx. 02:40   Date reported: <<DATE:d1_uk>>

What happened: during the 0200 round AIN <<PERSON:p1_full>> found <<PERSON:pt_first>> on the floor beside the bed in the dark, sensor mat unplugged. <<PERSON:pt_first>> said "I was going to see Mum" and had a skin tear to the left forearm (approx 4 cm, STAR category 2a). RN <<PERSON:p2_full>> assessed: GCS 14 (baseline), no hip pain, full range of movement, BP {bp}, HR {hr}, SpO2 {spo2}% on room air. Neuro obs commenced as the resident is on apixaban.
Second AIN on shift, <<PERSON:p3_fi>>, reports that the sensor mat cord had been unplugged to charge a phone - all staff reminded at handover.
Notifications: GP Dr <<PERSON:p4_full>> (<<ORG:org_gp>>) paged 03:05 and reviewed by phone; NOK <<PERSON:fam1f_full>> (daughter) called at 07:15 on <<PHONE:fam1f_tel>>, happy with the plan, will visit after work. Clinical care coordinator emailed at <<EMAIL:p5_email>>.
Background: <<AGE:age>> y.o., born in <<LOCATION:town_o>>, moved to <<LOCATION:pt_city>> after {his} {spouse} <<PERSON:sp_first>> died. Advanced dementia (Alzheimer's type), Waterlow {waterlow}, AN-ACC class 9.
Actions: sensor mat re-secured with a cable cover; low-low bed; hourly intentional rounding overnight for 72 h; physio <<PERSON:p6_last>> to review mobility on <<DATE:f1_uksh>>.
Reported by: <<PERSON:p2_ini>>, RN
Reviewed: <<PERSON:p7f_full>>, Facility Manager, <<DATE:d0_uk>>""",
    "au_palliative_case_conference": """PALLIATIVE CARE CASE CONFERENCE - <<ORG:org_rac>>
Resident: <<PERSON:pt_full>> ("<<PERSON:pt_nick>>")   URN <<ID:mrn>>   Medicare <<ID:ausmed>>   DOB <<DATE:dob_uk>>
Date: <<DATE:d0_ukl>>, 14:00-14:50, in the Banksia wing lounge and by video (<<URL:url_meet>>)
Participants:
  <<PERSON:p1_full>> - GP
  <<PERSON:p2f_full>> - palliative care nurse consultant, <<ORG:org_hospice>>
  <<PERSON:p3_full>> - clinical care coordinator
  <<PERSON:p4_full>> - pharmacist (medication review)
  <<PERSON:fam1_full>> and <<PERSON:fam2_first>> - family, dialled in from <<LOCATION:city1>>
  <<PERSON:p5_full>> - pastoral care
Summary: {his_c} oral intake is now sips only, PPS {pps}%, sleeping most of the day. Family understand <<PERSON:pt_nick>> is likely in the last weeks of life. The Advance Care Directive (signed <<DATE:d8_uk>>) confirms no transfer to hospital and no CPR; substitute decision-maker is <<PERSON:fam1_first>>.
Plan: anticipatory medicines charted (morphine 2.5 mg subcut 2-hourly PRN, midazolam 2.5 mg PRN, glycopyrronium 200 mcg PRN); syringe driver if more than 3 PRN doses in 24 h. <<PERSON:p4_last>> to deprescribe atorvastatin and calcium. Mouth care two-hourly. Family may stay overnight; <<PERSON:fam2_first>>'s flight lands on <<DATE:f1_dm>>.
Pastoral: <<PERSON:p5_first>> to ask Father <<PERSON:p6m_last>> from <<ORG:org_church>> to visit for anointing.
Next review <<DATE:f1_uk>> or sooner if needed.
Minutes: <<PERSON:p3_ini>>. Copy to family at <<EMAIL:fam1_email>>.""",
    "au_volunteer_log": """COMPANIONS IN CARE - VOLUNTEER VISIT LOG
Program: <<ORG:org_hospice>> community volunteers   Coordinator: <<PERSON:p1f_full>> (<<PHONE:land1>>)
Client: <<PERSON:pt_lf>>   Client no. <<ID:res>>   Address: <<ADDRESS:pt_addr>>   Key safe code held by coordinator only.
Volunteer | Badge | Date | Time | Notes
<<PERSON:p2_full>> | <<ID:badge1>> | <<DATE:d6_uk>> | 10:00-11:30 | read the paper, talked about the footy, <<PERSON:pt_first>> tired
<<PERSON:p3_full>> | <<ID:badge2>> | <<DATE:d4_uk>> | 14:00-15:00 | hand massage; carer <<PERSON:p4_first>> from the agency was there
<<PERSON:p2_fi>> | <<ID:badge1>> | <<DATE:d2_uk>> | 10:00-11:00 | neighbour <<PERSON:p5_full>> popped in with scones
<<PERSON:p6_full>> | <<ID:badge3>> | <<DATE:d1_uk>> | 13:30-15:30 | legacy project - recorded stories for the grandchildren (shared album <<URL:url_photos>>)
Comments:
- <<PERSON:pt_first>> asked that <<PERSON:p3_first>> not come on Thursdays, as that is when {his} son <<PERSON:fam1m_first>> rings from <<LOCATION:city1>>.
- <<PERSON:p6_first>> noticed a new bruise on the right shin; reported to RN <<PERSON:p7_full>> at <<ORG:org_hh>> by phone on <<DATE:d1_uksh>>. No further action for volunteers.
- <<PERSON:sp_full>> ({spouse}, aged <<AGE:ageo>>) would like a Saturday sitter so they can get to Mass at <<ORG:org_church>>.
- Volunteers' own contact details are held by <<PERSON:p1f_first>> and must not be written in this log.
<<PERSON:p1f_ini>>, <<DATE:d0_uk>>""",
    "ca_home_care_psw": """HOME AND COMMUNITY CARE - PSW VISIT RECORD
Client: <<PERSON:pt_full>>   Health card <<ID:ohip>>   DOB <<DATE:dob_iso>>   Client ID <<ID:res>>
Address: <<ADDRESS:pt_addr>> - side door, dog in kitchen. Phone <<PHONE:pt_tel>>.
Care coordinator: <<PERSON:p1_full>>, <<PHONE:land1>> ext. 4412   Service provider: <<ORG:org_hh>>
Visit log (two visits daily, AM and bedtime):
<<DATE:d3_iso>> AM - PSW <<PERSON:fr1_full>>: sponge bath, compression stockings on, breakfast (toast, tea). Client in good spirits.
<<DATE:d3_iso>> HS - PSW <<PERSON:ph1_full>>: stockings off, commode emptied; evening meds from the blister pack given by {his} daughter.
<<DATE:d2_iso>> AM - PSW <<PERSON:fr1_fi>>: client reports poor sleep and coughing. Daughter <<PERSON:fam1f_full>> aware.
<<DATE:d1_iso>> AM - PSW <<PERSON:in1_full>> (replacement): client confused about time, called for {his} late {spouse} "<<PERSON:sp_nick>>". Temp {tc}. Called the coordinator.
<<DATE:d1_iso>> HS - PSW <<PERSON:ph1_first>>: daughter staying over tonight.
Nursing visit <<DATE:d0_iso>>: RPN <<PERSON:p2_full>> from <<ORG:org_hh>> - chest clear on the left, crackles right base, SpO2 {spo2}%. Discussed with NP <<PERSON:p3_full>>; family physician Dr <<PERSON:p4_last>> informed. Client declines transfer to <<ORG:org_hosp>>; capable, decision documented.
Substitute decision-maker (POA for personal care): <<PERSON:fam1f_first>>, cell <<PHONE:fam1f_tel>>, <<EMAIL:fam1f_email>>.
Long-term care application: on the waitlist for <<ORG:org_ltc>> (first choice) and <<ORG:org_ltc2>>; crisis designation not yet requested.
Signed <<PERSON:p2_fi>>, RPN""",
    "ca_ltc_visitor_log": """<<ORG:org_ltc>> - ESSENTIAL CAREGIVER AND VISITOR LOG, Maple Unit (secure)
Resident: <<PERSON:pt_full>>   Rm <<ID:roombed>>   Health card <<ID:ohip>>   Age <<AGE:age>>
Designated essential caregivers: <<PERSON:fam1_full>>, <<PERSON:fam2f_full>>
Date | In | Out | Visitor | Relationship | Screen | Staff
<<DATE:d5_iso>> | 10:05 | 12:40 | <<PERSON:fam1_full>> | child (ECG) | pass | <<PERSON:p1_inits>>
<<DATE:d5_iso>> | 15:20 | 16:00 | <<PERSON:p2_full>> | friend from church | pass | <<PERSON:p1_inits>>
<<DATE:d4_iso>> | 11:00 | 13:30 | <<PERSON:fam2f_full>> | child (ECG) | pass | <<PERSON:p3_inits>>
<<DATE:d3_iso>> | 18:10 | 19:45 | <<PERSON:fam3_full>> | grandchild | pass | <<PERSON:p3_inits>>
<<DATE:d2_iso>> | 09:30 | 10:15 | <<PERSON:p4_full>> | notary | pass | <<PERSON:p1_inits>>
<<DATE:d1_iso>> | 14:00 | 17:50 | <<PERSON:fam1_first>> | child (ECG) | pass | <<PERSON:p5_inits>>
Notes:
<<DATE:d4_mds>> - <<PERSON:fam2f_first>> brought a framed photo and a tourtière; reminded about the no-nuts rule on the unit (tablemate allergic).
<<DATE:d2_mds>> - Notary <<PERSON:p4_last>> witnessed a new power of attorney for property; resident assessed capable beforehand by Dr <<PERSON:p6_full>> (see progress notes). Copy requested by <<PERSON:fam1_first>> at <<EMAIL:fam1_email>>.
<<DATE:d1_mds>> - family asked whether <<PERSON:pt_first>> can go to Christmas dinner at <<ADDRESS:addr1>>; needs a physician LOA order and an accessible taxi (booking ref <<ID:ref>>).
Per policy, visits after 20:00 need approval from the charge nurse (<<PERSON:p7_full>>, RPN, <<PHONE:land1>>).""",
    "ie_nursing_home_admission": """NURSING HOME ADMISSION ASSESSMENT - <<ORG:org_home>>, <<ADDRESS:addr1>>
Resident: <<PERSON:pt_full>>   PPSN <<ID:ppsn_sp>>   DOB <<DATE:dob_uk>>   Age <<AGE:age>>
Previous address: <<ADDRESS:pt_addr>>   GP: Dr <<PERSON:p1_full>>, <<ORG:org_gp>>, <<PHONE:land1>>
Admitted <<DATE:d0_ukl>> from <<ORG:org_hosp>> (St. Mary's ward) after a three-week stay with delirium and a UTI.
Nursing Home Support Scheme (Fair Deal): application ref <<ID:nhss>>; Common Summary Assessment Report completed by public health nurse <<PERSON:p2_full>> on <<DATE:d7_uk>>. Care Representative: none needed, resident has capacity for this decision.
Next of kin: <<PERSON:fam1_full>> (<<PHONE:fam1_tel>>), living in <<LOCATION:city1>>; nephew <<PERSON:p3m_full>> is the second contact.
Background: <<PERSON:pt_first>> farmed near <<LOCATION:town_o>> all {his} life, widowed, a great one for the bingo and the Angelus. Speaks Irish and English.
Assessment: Barthel {barthel}/100, MMSE {mmse}/30, Waterlow {waterlow}, MUST 1, Morse 55 (high). Wears pads at night. Skin intact. Hearing aid right ear.
Medication reconciliation with pharmacist <<PERSON:p4_full>> of <<ORG:org_pharm>>: sodium valproate stopped in hospital, apixaban continues, Fortisip twice daily.
Key worker: Staff Nurse <<PERSON:ph1f_full>> (NMBI PIN <<ID:lic>>). HCAs this week: <<PERSON:pl1_first>> and <<PERSON:ie2_first>>.
Person in charge: <<PERSON:p5_full>>, CNM2.
Admitting nurse: <<PERSON:ph1f_fi>>   <<DATE:d0_uk>>""",
    "ie_palliative_home_visit": """SPECIALIST PALLIATIVE CARE - HOME VISIT
Community Palliative Care Team, <<ORG:org_hospice>>
Patient: <<PERSON:pt_full>>   MRN <<ID:mrn>>   PPSN <<ID:ppsn>>   Medical card: yes
Address: <<ADDRESS:pt_addr>> (past the church, yellow gate)
Visit <<DATE:d0_ukl>>: CNS <<PERSON:p1f_full>> with student nurse <<PERSON:p2_first>>.
Present: {his} {spouse} <<PERSON:sp_full>> and daughter-in-law <<PERSON:p3f_full>>. Son <<PERSON:fam1m_first>> joined on speaker from <<LOCATION:city1>>.
History: metastatic pancreatic cancer, on the team's caseload since <<DATE:d8_uk>>. Last seen by consultant Dr <<PERSON:p4_full>> at day hospice on the <<DATE:d5_ord>>.
Today: pain 3/10 on MST 30 mg BD plus Oramorph 10 mg PRN twice a day; bowels not opened 4 days - started Laxido 2 sachets. Nausea settled on haloperidol 1.5 mg nocte. Sleeping downstairs in the hospital bed delivered by <<ORG:org_dme>> (order <<ID:order>>).
Discussion: <<PERSON:sp_first>> is exhausted. Night nursing requested for <<DATE:f1_ukl>> and the following two nights. Preferred place of death discussed - home; <<PERSON:pt_first>> wants "no fuss, no ambulance". DNAR discussed with GP Dr <<PERSON:p5_last>> (<<PHONE:land1>>), who will complete the form at the next visit.
Public health nurse <<PERSON:p6_full>> informed; home help hours increased.
Family given the out-of-hours number and the team email <<EMAIL:em_org1>>.
<<PERSON:p1f_ini>>, CNS Palliative Care""",
    "uk_agency_rota": """<<ORG:org_home>> - NURSING ROTA, Rowan Unit (nursing dementia), week commencing <<DATE:d3_ukl>>
Shift | Mon | Tue | Wed | Thu
Early RN | <<PERSON:p1_full>> | <<PERSON:p1_full>> | <<PERSON:p2_full>> (agency) | <<PERSON:p3_fi>>
Late RN | <<PERSON:p4_fi>> | <<PERSON:p2_full>> (agency) | <<PERSON:p4_fi>> | <<PERSON:p5_full>>
Night RN | <<PERSON:p6_full>> | <<PERSON:p6_full>> | <<PERSON:p7_full>> (bank) | <<PERSON:p7_full>> (bank)
Senior carer | <<PERSON:p8_first>> | <<PERSON:p8_first>> | <<PERSON:p9_first>> | <<PERSON:p9_first>>
Agency details: <<PERSON:p2_full>>, <<ORG:org_agency>>, booking <<ID:agy>>, NMC PIN <<ID:nmc1>>, checked on the register by <<PERSON:p1_ini>>. Induction done - fire exits, keypad, eMAR, who's who.
Agency feedback: safe and kind shift. Resident <<PERSON:pt_full>> (Room <<ID:room>>, NHS no. <<ID:nhs>>) refused evening meds twice; <<PERSON:p2_first>> escalated correctly to the on-call GP at <<ORG:org_gp>>.
Bank nurse <<PERSON:p7_full>> (PIN <<ID:nmc2>>) would like more nights - speak to <<PERSON:p10f_full>>, deputy manager.
Sickness: <<PERSON:p5_lc>> off <<DATE:d2_uksh>>-<<DATE:d1_uksh>> (D&V), return-to-work interview done.
Please do not swap shifts on WhatsApp; ask <<PERSON:p10f_first>> or email <<EMAIL:em_org1>>. Agency timesheets must be signed before the nurse leaves the building.
Rota prepared by <<PERSON:p10f_full>>, <<DATE:d4_uk>>""",
    "uk_carers_book": """Carers' communication book - <<PERSON:pt_nickl>>, <<ADDRESS:pt_street>>
(anything worrying ring the office <<PHONE:land1>> or <<PERSON:fam1_first>> on <<PHONE:fam1_tel>>)

<<DATE:d5_ukn>> 8.10am - lovely morning, <<PERSON:pt_nick>> had porridge + tea, all tablets from the dosette taken. Washed & dressed, cream to legs. Bins out. - <<PERSON:p1_first>>
<<DATE:d5_ukn>> 12.30 - lunch soup and half a sandwich. Watched Bargain Hunt together. <<PERSON:p2_lcf>>
<<DATE:d5_ukn>> tea - didn't want much. Said {his} hip hurt, paracetamol given as per MAR. <<PERSON:p2_lcf>>
<<DATE:d4_ukn>> am - <<PERSON:pt_nick>> a bit muddled, thought I was <<PERSON:fam2f_first>>. Wet bed, changed sheets, washing on. Told the office. <<PERSON:p1_first>>
<<DATE:d4_ukn>> - district nurse <<PERSON:p3_full>> came, dressed the leg ulcer, next visit Friday. New dressings in the blue box.
<<DATE:d3_ukn>> lunch - no answer at the door for 10 min!! found in the garden, fine. Gate now locked. Rang <<PERSON:fam1_first>>. -- <<PERSON:p4_fi>>
<<DATE:d3_ukn>> bed - all settled, commode by the bed. <<PERSON:p2_lcf>>
<<DATE:d2_ukn>> - Note from <<PERSON:fam1_first>>: I'm away in <<LOCATION:city1>> until the <<DATE:f1_ord>>, my brother <<PERSON:fam3m_full>> is covering - <<PHONE:fam3m_tel>>. Chiropodist is coming that week too. Please don't let {mum} give money to the man selling dusters!!
<<DATE:d1_ukn>> - social worker <<PERSON:p5_full>> rang about respite at <<ORG:org_home>>. <<PERSON:pt_nick>> said "over my dead body". <<PERSON:p1_first>>
<<DATE:d0_ukn>> 8am - surgery (<<ORG:org_gp>>) rang to book the flu jab, done. <<PERSON:p6_first>> (new, shadowing <<PERSON:p1_first>>)""",
    "uk_care_home_pharmacy": """<<ORG:org_pharm>> - CARE HOME DISPENSING AND DELIVERY LOG
Care home: <<ORG:org_home>>, <<ADDRESS:addr1>>   Account <<ID:acct>>
Cycle start <<DATE:d2_ukl>> (28-day)   Dispensing pharmacist: <<PERSON:p1_full>> (GPhC <<ID:ref>>)
Resident | Room | Item | Qty | Rx no. | Checked
<<PERSON:pt_lf>> | <<ID:room>> | Donepezil 10 mg tablets | 28 | <<ID:rx1>> | <<PERSON:p1_inits>>
<<PERSON:pt_lf>> | <<ID:room>> | Oxycodone 5 mg/5 ml oral solution (CD) | 100 ml | <<ID:rx2>> | <<PERSON:p2_inits>>
<<PERSON:p3_lf>> | <<ID:room2>> | Warfarin 1 mg - dose per INR chart | 56 | <<ID:rx3>> | <<PERSON:p1_inits>>
<<PERSON:p4_lf>> | <<ID:room3>> | Thickener, 126 g | 6 | <<ID:rx4>> | <<PERSON:p2_inits>>
Controlled drugs: oxycodone for <<PERSON:pt_full>> (NHS <<ID:nhs>>) delivered by driver <<PERSON:p5_first>> on <<DATE:d1_uk>> at 16:40, signed for by senior carer <<PERSON:p6_full>> and nurse <<PERSON:p7_full>>, entered in the CD register page 47.
Queries:
- <<PERSON:p3_last>>: INR 3.4 on <<DATE:d3_uksh>>, GP (<<PERSON:p8_full>>) to advise dose - held meanwhile.
- <<PERSON:pt_last>>: GP requested end-of-life anticipatory meds; prescription emailed from <<EMAIL:p8_email>> but unsigned - not dispensed, rang the surgery on <<PHONE:land2>>.
- Resident <<PERSON:p4_fi>> died <<DATE:d4_uk>> - returned medicines logged for destruction (witness <<PERSON:p7_ini>>).
Next delivery <<DATE:f1_uk>>. Out of hours: <<PHONE:mob1>>.""",
    "uk_district_nursing": """DISTRICT NURSING - HOME VISIT RECORD
Patient: <<PERSON:pt_caps>>   NHS No: <<ID:nhs>>   DOB: <<DATE:dob_uk>>   Age: <<AGE:age>>
Address: <<ADDRESS:pt_addr>>   Key safe: yes (code on the electronic record only)   Tel: <<PHONE:pt_tel>>
GP: Dr <<PERSON:p1_full>>, <<ORG:org_gp>>   NOK: <<PERSON:fam1_full>> (<<PHONE:fam1_tel>>)
Visit <<DATE:d0_uk>> 10:20 by <<PERSON:p2_full>> (community staff nurse) with HCA <<PERSON:p3_first>>
Reason: leg ulcer care left gaiter, weekly; catheter review; insulin supervision.
Wound: 4.1 x 3.0 cm, sloughy base 30%, moderate exudate, no odour. Cleansed, Aquacel Ag, two-layer compression (ABPI 0.92 on <<DATE:d7_uk>>). Photo uploaded.
Catheter: 14Ch Foley changed <<DATE:d5_uk>>, draining clear. Next change <<DATE:f2_uk>>.
Diabetes: BM {bgl} mmol/L pre-lunch; insulin glargine 14 units given by carer <<PERSON:p4_full>> from <<ORG:org_hh>>, observed, correct technique.
Social: lives alone since {his} {spouse} <<PERSON:sp_first>> moved into <<ORG:org_home>>. Neighbour <<PERSON:p5_full>> does the shopping. Asked about a Macmillan grant and a blue badge - leaflets left.
Safeguarding: none. Falls: one in the last 3 months. Waterlow {waterlow} - pressure-relieving cushion ordered.
Next visit <<DATE:f1_ukl>>. Handed over to team leader <<PERSON:p6_full>> re: ABPI due.
<<PERSON:p2_ini>>, RN, NMC <<ID:nmc>>""",
    "uk_respect_lpa": """ReSPECT / ADVANCE CARE PLANNING RECORD - <<ORG:org_home>>
Resident: <<PERSON:pt_full>>   NHS number <<ID:nhs_c>>   DOB <<DATE:dob_ukl>>
Lasting Power of Attorney (Health and Welfare): registered with the Office of the Public Guardian, ref <<ID:lpa>>, registered <<DATE:d9_ukl>>.
Attorneys (jointly and severally): <<PERSON:fam1_full>> of <<ADDRESS:addr1>>; <<PERSON:fam2_full>> (<<EMAIL:fam2_email>>).
Replacement attorney: <<PERSON:p1_full>>.
Conversation held <<DATE:d1_ukl>> in the quiet lounge with <<PERSON:pt_first>>, <<PERSON:fam1_first>> and Dr <<PERSON:p2_full>> (GP, <<ORG:org_gp>>); senior nurse <<PERSON:p3_full>> present.
What matters to <<PERSON:pt_first>>: being warm, wartime songs and Irish ballads, {his} cat Biscuit, not going back into hospital. "I've had a good innings."
Clinical recommendation: prioritise comfort. CPR not recommended (DNACPR completed and signed by Dr <<PERSON:p2_last>>). Ward-based treatment only for reversible causes (e.g. chest infection) and only if {he} agrees at the time.
Capacity: <<PERSON:pt_first>> has capacity for these decisions today (assessed by <<PERSON:p2_ini>>).
Copies: resident's file, GP, out-of-hours service, ambulance service via the <<ORG:org_hospice>> palliative care register. Family told the LPA certificate copy is kept in the office safe.
Review: <<DATE:f2_uk>> or on change of condition.
Signed: <<PERSON:p2_full>>   Countersigned: <<PERSON:p3_fi>>, RGN   Date: <<DATE:d1_uk>>""",
    "us_assisted_living_plan": """ASSISTED LIVING SERVICE PLAN - <<ORG:org_al>>
Resident: <<PERSON:pt_fml>>   Apt <<ID:room>>   Move-in: <<DATE:d9_long>>   DOB: <<DATE:dob_long>>
Level of care: 3 (of 5)   Payer: private pay + long-term care insurance, claim <<ID:claim>>
Responsible party: <<PERSON:fam1_full>>, <<PHONE:fam1_tel>>, <<EMAIL:fam1_email>>, who lives in <<LOCATION:city1>>.
Service needs:
1. Medications - med aide passes all meds (metoprolol, sertraline, vitamin D, senna); pharmacy <<ORG:org_pharm>>. Self-administers eye drops.
2. Bathing - standby assist twice weekly; prefers evening showers with aide <<PERSON:p1f_first>>.
3. Dining - regular diet; sits with <<PERSON:p2_full>> and <<PERSON:p3_full>> at table 6 ("the bridge club").
4. Mobility - rollator; PT through <<ORG:org_hh>> (therapist <<PERSON:p4_full>>) twice weekly for 4 weeks after the fall on <<DATE:d4_md>>.
5. Cognition - SLUMS 19/30; some evening anxiety. Calls {his} sister <<PERSON:p5f_full>> (<<AGE:ageo>>) in <<LOCATION:town1>> every Sunday.
6. Spiritual - Catholic; communion from Deacon <<PERSON:p6m_full>> on Fridays.
Med aide notes:
<<DATE:d2_sh>> 20:00 refused sertraline, "tastes like chalk" - <<PERSON:p7_fi>>, CMA
<<DATE:d1_sh>> 08:00 all meds taken, BP {bp} - <<PERSON:p1f_fi>>, CMA
Plan reviewed with the resident and <<PERSON:fam1_first>> on <<DATE:d0_long>> by <<PERSON:p8f_full>>, RN, Wellness Director. Next review in 90 days (<<DATE:f3_us>>).""",
    "us_bereavement_call": """BEREAVEMENT SUPPORT - FOLLOW-UP CALL (<<ORG:org_hospice>>)
Decedent: <<PERSON:pt_full>>   Hospice ID <<ID:hosp>>   Date of death: <<DATE:d8_long>>
Primary bereaved: <<PERSON:sp_full>>, {spouse} of 61 years, <<ADDRESS:pt_addr>>, <<PHONE:pt_tel>>
Other contacts on file: daughter <<PERSON:fam1f_full>> (<<EMAIL:fam1f_email>>); son <<PERSON:fam2m_full>>; granddaughter <<PERSON:p1f_first>>.
Call on <<DATE:d0_us>> by bereavement coordinator <<PERSON:p2_full>>, MSW - 3-month call of the 13-month plan.
<<PERSON:sp_first>> answered after several rings; says the house is "too quiet". Sleeping 4-5 hours, eating "when I remember". Visits <<PERSON:pt_nick>>'s grave at <<ORG:org_church>> every Sunday with <<PERSON:fam2m_first>>. Declined the widowed persons' group at first but would consider the remembrance walk on <<DATE:f1_md>>. No thoughts of self-harm; PHQ-2 score 2.
Risk dates: their wedding anniversary (<<DATE:f2_md>>) and <<PERSON:pt_first>>'s birthday. The coordinator will send a card and the invitation to the memorial service; registration and livestream at <<URL:url_form>>.
Concern: <<PERSON:fam1f_first>> emailed that {s_he} is giving away <<PERSON:pt_first>>'s things very quickly and has stopped {s_his} own blood pressure tablets. Suggested a visit to {s_his} PCP, Dr <<PERSON:p3_full>>. Referral to grief counselor <<PERSON:p4_full>>, LPC (<<PHONE:land1>>).
Obituary link checked for the memorial list: <<URL:url_obit>>.
Next contact: 6-month call around <<DATE:f3_long>>. <<PERSON:p2_ini>>, MSW""",
    "us_care_plan_meeting": """INTERDISCIPLINARY CARE PLAN CONFERENCE - <<ORG:org_home>>
Resident: <<PERSON:pt_full>> (goes by "<<PERSON:pt_nick>>")   MRN <<ID:mrn>>   Rm <<ID:roombed>>
Date of conference: <<DATE:d0_long>>   Type: quarterly + significant change
Attendees:
- <<PERSON:p1f_full>>, DON
- <<PERSON:p2_full>>, MDS coordinator
- <<PERSON:p3f_full>>, activities
- <<PERSON:p4_full>>, social services
- <<PERSON:p5_full>>, CNA (day shift, B hall)
- <<PERSON:fam1f_full>> (daughter, POA), by phone from <<LOCATION:city1>>
- <<PERSON:fam2m_first>> (grandson), in person
Resident invited; declined, napping.
Discussion: weight down 2.1 kg in 30 days (now {wt} kg). Dietitian <<PERSON:p6_ini>> recommends fortified oatmeal and a supplement twice daily. <<PERSON:fam1f_first>> asked whether her {parent}'s dentures could be relined - <<PERSON:p4_last>> to call <<ORG:org_dental>>.
Falls: one unwitnessed fall on <<DATE:d5_md>> (no injury). Low bed, floor mat, non-skid socks; PT screen by <<PERSON:p7_full>>.
Behaviour: sundowning after 4 pm; activities will add the 3:30 music group with volunteer <<PERSON:p8_nickl>>.
Skin: intact, Braden {braden}. Pain: denies, PAINAD 0-1.
Advance directives: DNR on file; POLST reviewed, no changes. <<PERSON:fam1f_first>> will email an updated copy of the health care proxy to <<EMAIL:em_org1>>.
Next conference: <<DATE:f2_us>>. Minutes by <<PERSON:p2_fi>>.""",
    "us_chaplain_note": """SPIRITUAL CARE NOTE - Chaplain <<PERSON:p1_full>>, M.Div., BCC
Patient: <<PERSON:pt_full>>   MRN <<ID:mrn>>   GIP level of care, Room <<ID:roombed>>, <<ORG:org_hospice>>
Date: <<DATE:d0_long>>   Referral: RN case manager <<PERSON:p2_full>> ("patient asking for a priest, family divided").
Present: patient (drowsy, rousable), {his} {spouse} <<PERSON:sp_full>>, daughter <<PERSON:fam1f_first>> and son-in-law <<PERSON:p3m_full>>.
Faith tradition: raised Catholic in <<LOCATION:town_o>>; married at <<ORG:org_church>>; has not attended Mass for decades. <<PERSON:sp_first>> is Pentecostal and worries about "where <<PERSON:pt_nick>> is going".
Assessment (FICA): meaning found in family and work (ran a hardware store for 40 years); unfinished business - "my brother <<PERSON:fam3m_first>>", estranged for twenty years.
Interventions: life review; prayer of the patient's choosing (Our Father); blessing. Called Fr. <<PERSON:p4m_full>> at the parish (<<PHONE:land1>>) - will bring the Anointing of the Sick tomorrow at 10. Left a voicemail for <<PERSON:fam3m_first>> at the number <<PERSON:fam1f_first>> gave (<<PHONE:fam3m_tel>>).
Plan: follow daily while GIP; coordinate with social worker <<PERSON:p5_full>> about a family meeting; after death, bereavement referral for <<PERSON:sp_first>>.
<<PERSON:p1_fi>>, Chaplain   pager <<PHONE:mob1>>""",
    "us_death_certificate_worksheet": """FUNERAL HOME - DEATH CERTIFICATE WORKSHEET (informant interview)
Funeral home: <<ORG:org_funeral>>   Case <<ID:ref>>   Arranger: <<PERSON:p1_full>>, licensed funeral director (lic. <<ID:lic>>)
Decedent legal name: <<PERSON:pt_fml>>   Also known as: "<<PERSON:pt_nick>>"
Sex: {sex}   Date of birth: <<DATE:dob_long>>   Age: <<AGE:age>>   Date of death: <<DATE:d1_long>>   Time: 04:55 (pronounced)
Birthplace: <<LOCATION:town_o>>   SSN: on file (not copied)   Medicare <<ID:mbi_d>>
Residence: <<ADDRESS:pt_addr>>   Inside city limits: yes
Place of death: hospice facility - <<ORG:org_hospice>>, <<ADDRESS:addr1>>
Marital status at death: widowed; spouse: <<PERSON:sp_full>> (deceased)
Father: <<PERSON:p2m_full>>   Mother (maiden name): <<PERSON:p3f_full>>
Informant: <<PERSON:fam1_full>>, child, <<ADDRESS:addr2>>, <<PHONE:fam1_tel>>
Occupation: school custodian; industry: public schools. Education: 10th grade. Veteran: no.
Disposition: cremation at <<ORG:org_funeral2>>. Medical examiner release not required (expected hospice death); attending physician Dr <<PERSON:p4_full>>, NPI <<ID:npi>>, to certify.
State file number (after registration): <<ID:dc>>. Certified copies: 6, to <<PERSON:fam1_first>>.
Obituary to run <<DATE:f1_md>>; online at <<URL:url_obit>>. Service at <<ORG:org_church>> on <<DATE:f1_long>>, 11 am.
Worksheet completed <<DATE:d0_us>> by <<PERSON:p1_ini>>, reviewed with the informant by phone.""",
    "us_death_pronouncement": """HOSPICE RN - DEATH VISIT / PRONOUNCEMENT NOTE
Patient: <<PERSON:pt_full>>   MRN <<ID:mrn>>   Age <<AGE:age>>   Location: home, <<ADDRESS:pt_addr>>
Called by {his} daughter <<PERSON:fam1f_full>> at 03:12 on <<DATE:d0_long>> (<<PHONE:fam1f_tel>>): "I think {he}'s gone."
Arrived 03:58. Present: <<PERSON:fam1f_first>>, {his} {spouse} <<PERSON:sp_first>>, grandson <<PERSON:fam2m_first>>, and private caregiver <<PERSON:ph1f_full>> (from <<ORG:org_hh>>).
Assessment: no spontaneous respirations for 60 s, no apical pulse on auscultation for 60 s, pupils fixed and dilated, no response to verbal or tactile stimuli. Time of death pronounced 04:06; per family, last breath about 02:50.
Post-mortem care with <<PERSON:ph1f_first>>: Foley and O2 removed, bathed, dressed in clothes the family chose. Family spent time; <<PERSON:sp_first>> asked for a prayer - said the Lord's Prayer together.
Notifications: hospice physician Dr <<PERSON:p1_full>> at 04:20 (will sign the death certificate); funeral home <<ORG:org_funeral>> (<<PHONE:land1>>), removal by <<PERSON:p2_full>> and <<PERSON:p3_full>> at 05:45; no coroner involvement (expected death). Son <<PERSON:fam3m_full>> in <<LOCATION:city1>> informed by <<PERSON:fam1f_first>>.
Medications: controlled substances destroyed in the presence of <<PERSON:fam1f_first>>: morphine 20 mg/ml 22 ml, lorazepam 0.5 mg x 14 tabs. Equipment pickup requested from <<ORG:org_dme>>.
Bereavement: referral made for <<PERSON:sp_first>> and <<PERSON:fam1f_first>>; 13-month program explained.
<<PERSON:p4_full>>, RN   Visit 03:58-06:10   <<DATE:d0_us>>""",
    "us_dialysis_run_sheet": """OUTPATIENT HEMODIALYSIS RUN SHEET - <<ORG:org_dial>>
Patient: <<PERSON:pt_lf>>   MRN <<ID:mrn_s>>   DOB <<DATE:dob_us>>   Chair <<ID:chair>>   Machine SN <<ID:serial>>
Treatment date: <<DATE:d0_us>>   Nephrologist: Dr <<PERSON:p1_full>>   Charge RN: <<PERSON:p2_full>>
Access: left upper arm AVF, thrill and bruit present, cannulated 15g x2 by <<PERSON:p3_fi>>, PCT (one stick each).
Prescription: 3.5 h, Qb 400, Qd 600, 2K/2.5Ca bath, heparin 1000 u bolus, EDW 68.5 kg. Pre weight 71.4 kg, post 69.1 kg.
Time | BP | HR | Qb | VP | AP | UF rate | Initials
14:05 | {bp} | {hr} | 400 | 160 | -180 | 800 | <<PERSON:p3_inits>>
14:35 | 118/60 | 88 | 400 | 170 | -190 | 800 | <<PERSON:p3_inits>>
15:05 | 96/52 | 94 | 300 | 150 | -170 | 500 | <<PERSON:p2_inits>>
15:35 | 110/58 | 86 | 400 | 160 | -180 | 700 | <<PERSON:p4_inits>>
Events: 15:05 leg cramps with BP drop - UF reduced, 200 ml NS bolus, legs elevated; resolved. Dr <<PERSON:p1_last>> notified by secure text.
Patient says {his} granddaughter <<PERSON:p5f_first>> is getting married on <<DATE:f2_md>> and asks to switch schedule that week; social worker <<PERSON:p6_full>> to request transient treatment at <<ORG:org_dial2>> in <<LOCATION:city1>>.
Medicare MBI <<ID:mbi>>. Lives at <<ORG:org_home>>; report called to their nurse <<PERSON:p7_full>> at <<PHONE:land1>>, fax <<PHONE:fax1>>.
Post-treatment: access hemostasis 10 min, dressings dry. Signed <<PERSON:p2_fi>>, RN   <<DATE:d0_sh>>""",
    "us_dictation_snf_visit": """[DICTATED BUT NOT READ - speech recognition transcript, errors possible]
Skilled nursing facility physician visit, dictated by Dr <<PERSON:p1_full>> on <<DATE:d0_long>>, job number <<ID:ref>>.
patient name <<PERSON:pt_asr>> comma medical record number <<ID:mrn>> period date of birth <<DATE:dob_spk>> period new paragraph
this is a <<AGE:age_w>> year old {woman} seen today at <<ORG:org_home>> room <<ID:roombed>> for the monthly regulatory visit and for a fall on <<DATE:d3_spk>> period nursing reports from the nurse <<PERSON:p2_asr>> that the patient was found on the floor by the bed comma no head strike comma x ray of the hip negative period
the daughter <<PERSON:fam1f_asr>> called the office yesterday and is concerned about weight loss and the new cough period she lives in <<LOCATION:city1>> and her number is <<PHONE:fam1f_tel>> period new paragraph
past medical history colon dementia of the alzheimer's type comma hypertension comma chronic kidney disease stage three comma osteo arthritis period medications reviewed with the pharmacist <<PERSON:p3_lcf>> period donepezil ten milligrams daily comma amlodipine five comma mirtazapine seven point five at bedtime period
exam colon blood pressure {bp} comma pulse {hr} comma lungs with crackles at the right base comma mild dysphasia at lunch per speech therapy <<PERSON:p4_asr>> period
assessment and plan colon one period possible aspiration pneumonia period chest x ray comma cbc comma start augmentin for seven days period two period weight loss period dietary consult comma magic cup twice daily period three period goals of care period discussed with daughter by phone comma she wants to continue current level of care but no hospital transfer unless comfort needs cannot be met period will update the polst period
follow up in two weeks on <<DATE:f1_spk>> period copy to doctor <<PERSON:p5_asr>> primary care period end of dictation period thank you <<PERSON:p1_lcf>>""",
    "us_dme_order": """DURABLE MEDICAL EQUIPMENT ORDER / DETAILED WRITTEN ORDER
Supplier: <<ORG:org_dme>>, <<ADDRESS:addr1>>, phone <<PHONE:land1>>, fax <<PHONE:fax1>>
Order # <<ID:order>>   Order date <<DATE:d0_us>>
Beneficiary: <<PERSON:pt_full>>   DOB <<DATE:dob_us>>   MBI <<ID:mbi_d>>   Medicaid <<ID:medicaid>>
Delivery address: <<ADDRESS:pt_addr>>   Contact: <<PERSON:fam1_full>>, <<PHONE:fam1_tel>> (call before delivery, narrow stairs)
Hospice: <<ORG:org_hospice>> (hospice-related items billed to the hospice)
Items:
1. E0260 semi-electric hospital bed with half rails - dementia, unable to reposition self.
2. E0277 alternating pressure low-air-loss mattress - stage 3 sacral pressure injury.
3. E0630 hydraulic patient lift (Hoyer type) with 2 full-body slings, size L.
4. E1390 oxygen concentrator 5 L/min, serial <<ID:serial>>, 50 ft tubing; backup E cylinders x4.
5. K0001 standard wheelchair with elevating leg rests.
Length of need: 99 months (lifetime).
Ordering practitioner: <<PERSON:p2_full>>, MD, hospice medical director, NPI <<ID:npi>>.
Face-to-face encounter: <<DATE:d3_us>> by <<PERSON:p3_full>>, NP.
Delivered <<DATE:d0_sh>> by technician <<PERSON:p4_first>>; lift training given to {his} {spouse} <<PERSON:sp_first>> and aide <<PERSON:p5_full>>. No-smoking signs posted; son <<PERSON:fam2m_first>> smokes on the porch - counselled.
Practitioner signature: <<PERSON:p2_ini>>   Date <<DATE:d0_us>>""",
    "us_fall_incident": """INCIDENT / ACCIDENT REPORT - RESIDENT FALL (confidential quality-improvement document)
Facility: <<ORG:org_home>>   Report # <<ID:inc>>
Resident: <<PERSON:pt_full>>   Room <<ID:roombed>>   Resident # <<ID:res>>   Age <<AGE:age>>
Date/time of fall: <<DATE:d0_us>> 21:50   Location: resident bathroom   Witnessed: no
Found by: CNA <<PERSON:p1_full>>, who heard "help me".
Description: resident found sitting on the floor between toilet and wheelchair; wheelchair brakes unlocked, non-skid socks not on. States "I didn't want to bother the girls."
Injuries: abrasion right elbow 2 x 1 cm; right hip pain 4/10 with ROM. Nurse <<PERSON:p2_full>>, LPN: no shortening or rotation, neuro checks WNL, BP {bp}, HR {hr}, T {tf}.
Notifications: on-call physician Dr <<PERSON:p3_full>> at 22:15 - portable X-ray right hip and pelvis ordered (next morning: no acute fracture). Responsible party <<PERSON:fam1_full>> called 22:30 at <<PHONE:fam1_tel>>, voicemail; reached at 07:10. DON <<PERSON:p4f_full>> notified by text.
Witness statements:
- <<PERSON:p1_first>> (CNA): last saw resident at 21:20 in bed, call light in reach.
- <<PERSON:p5_full>> (CNA, hall B): "heard a thump about 21:45".
- roommate <<PERSON:p6_full>>: "{he_c} was trying to get to the bathroom on {his} own."
Root cause (IDT huddle next morning): toileting need, impulsivity, evening lorazepam.
Interventions: toileting schedule every 2 h while awake and at 21:30; brakes checked with each transfer; PT screen (<<PERSON:p7_full>>, PT); Dr <<PERSON:p3_last>> to review lorazepam.
Prior falls: <<DATE:d6_us>>, <<DATE:d8_us>>.
Completed by <<PERSON:p2_fi>>, LPN   Reviewed by <<PERSON:p4f_ini>>, RN, DON""",
    "us_guardianship_medicaid": """SOCIAL SERVICES NOTE - GUARDIANSHIP AND MEDICAID LONG-TERM CARE APPLICATION
Resident: <<PERSON:pt_full>>   DOB <<DATE:dob_us>>   MRN <<ID:mrn>>   Facility: <<ORG:org_home>>
Prepared by <<PERSON:p1_full>>, LMSW, <<DATE:d0_long>>
Background: resident has advanced vascular dementia and no valid health care proxy. The only relative is a nephew, <<PERSON:p2m_full>>, in <<LOCATION:city1>>, who declined to serve. Balance unpaid since <<DATE:d7_long>>.
Guardianship: petition filed in <<ORG:org_court>>, case no. <<ID:case>>, by facility counsel <<PERSON:p3_full>> of <<ORG:org_law>>. Court evaluator: <<PERSON:p4_full>>. At the hearing on <<DATE:d2_long>>, Judge <<PERSON:p5_full>> appointed <<PERSON:p6_full>> (professional guardian; <<PHONE:land1>>, <<EMAIL:p6_email>>) guardian of the person and property.
Medicaid: application submitted to the county <<DATE:d1_us>>, reference <<ID:ref>>; five-year look-back documents still needed - statements for two bank accounts (guardian obtaining), proof of the irrevocable burial contract with <<ORG:org_funeral>>, the Social Security award letter, and the life insurance cash value.
Temporary Medicaid ID: <<ID:medicaid>> (issued <<DATE:d0_sh>>).
The resident's former apartment at <<ADDRESS:pt_addr>> has been vacated; belongings in storage, arranged by the guardian.
A friend from church, <<PERSON:p7f_full>>, visits weekly and has been added to the visitor list with the guardian's approval.
Next steps: guardian to sign the monthly income budget; social services to update the care plan and inform the business office (<<PERSON:p8_full>>).""",
    "us_home_health_soc": """HOME HEALTH - START OF CARE (OASIS) NARRATIVE
Agency: <<ORG:org_hh>>   Patient: <<PERSON:pt_full>>   DOB <<DATE:dob_us>>   MRN <<ID:mrn_d>>   Patient ID <<ID:oasis>>
SOC date: <<DATE:d0_us>>   Referred by <<ORG:org_hosp>>, discharged <<DATE:d1_us>>   Physician: Dr <<PERSON:p1_full>> (NPI <<ID:npi>>)
Address: <<ADDRESS:pt_addr>>   Phone <<PHONE:pt_tel>>   Lives with {his} {spouse} <<PERSON:sp_full>>, <<AGE:ageo>>, who has macular degeneration.
Primary dx: heart failure exacerbation; secondary: CKD 3b, type 2 diabetes, osteoarthritis of both knees.
Visit by <<PERSON:p2_full>>, RN: BP {bp}, HR {hr} irregular, RR {rr}, SpO2 {spo2}% RA, weight {lb} lb. 2+ pitting edema both ankles; fine crackles at the bases.
Medications reconciled - 14 meds; furosemide increased to 40 mg BID at discharge, old 20 mg bottle still in the cabinet and removed with the patient's permission. Pill organizer filled on Sundays by daughter <<PERSON:fam1f_full>>.
Home safety: throw rugs in the hall, no grab bars, tub only; referred to OT <<PERSON:p3_full>>.
Emergency plan: daughter <<PHONE:fam1f_tel>>; neighbor <<PERSON:p4_full>>. POLST (DNR, selective treatment) on the fridge, form <<ID:polst>>.
Plan: SN 2w3, 1w4; PT 2w4; OT eval; MSW 1-2 visits for the Medicaid waiver and home-delivered meals. Daily weights; call if gain over 3 lb in 2 days or 5 lb in a week - 24-h line <<PHONE:land1>>.
Telehealth scale set up; family portal <<URL:url_portal>>.
<<PERSON:p2_fi>>, RN, case manager""",
    "us_hospice_goals_of_care": """HOSPICE - GOALS OF CARE CONVERSATION (family meeting)
Patient: <<PERSON:pt_full>>   MRN <<ID:mrn>>   Hospice admission: <<DATE:d5_long>>   Terminal diagnosis: end-stage COPD
Setting: patient's home, <<ADDRESS:pt_addr>>, on <<DATE:d0_long>>; remote family joined at <<URL:url_meet>>.
Present: the patient; {his} {spouse} <<PERSON:sp_full>>; children <<PERSON:fam1_full>>, <<PERSON:fam2_full>> (remote, from <<LOCATION:city1>>) and <<PERSON:fam3_first>>; hospice physician Dr <<PERSON:p1_full>>; RN case manager <<PERSON:p2_full>>; social worker <<PERSON:p3_full>>; phone interpreter no. <<ID:staff>>.
Understanding: <<PERSON:pt_first>> said "I know my lungs are done. I want to be home, not back on that machine." <<PERSON:fam2_first>> had hoped for another round of antibiotics in hospital; we talked about how the last two admissions went (<<DATE:d8_md>>: intubated for 5 days).
Values: being at home with the dog; seeing {his} grandson <<PERSON:p5m_first>> graduate on <<DATE:f2_long>> (family will arrange a video link).
Decisions: DNR/DNI confirmed; POLST updated to comfort-focused treatment, no transfer unless comfort cannot be achieved at home. Oxygen up to 4 L for comfort; morphine oral solution 5 mg every 2 h PRN dyspnea; lorazepam 0.5 mg PRN anxiety.
Health care agent (durable POA): <<PERSON:fam1_first>>; alternate <<PERSON:sp_first>>.
Follow-up: RN visits increased to three a week; chaplain <<PERSON:p6_full>> offered; continuous care criteria reviewed with family; on-call line <<PHONE:land1>>.
Time spent: 70 minutes, more than half counselling. <<PERSON:p1_ini>>, MD""",
    "us_irf_team_conference": """INPATIENT REHABILITATION FACILITY - WEEKLY INTERDISCIPLINARY TEAM CONFERENCE
<<ORG:org_rehab>>, Unit 3 West   Patient: <<PERSON:pt_caps>>   MRN <<ID:mrn>>   Room <<ID:roombed>>
Impairment group: stroke, right body involvement   Admitted <<DATE:d4_us>>   Conference <<DATE:d0_us>>
Rehabilitation physician (leader): Dr <<PERSON:p1_full>>
Team: <<PERSON:p2_full>> PT | <<PERSON:p3_full>> OT | <<PERSON:p4_full>> SLP | <<PERSON:p5_full>> RN | <<PERSON:p6_full>> case manager | <<PERSON:p7_full>> neuropsychology
Progress toward goals:
- PT (<<PERSON:p2_last>>): sit to stand with supervision; gait 150 ft with hemi-walker, min assist; 4 stairs with rail, CGA.
- OT (<<PERSON:p3_first>>): upper-body dressing set-up, lower-body dressing moderate assist; right grip 6 kg.
- SLP: mild expressive aphasia; diet advanced to IDDSI level 6, thin liquids.
- Nursing: continent of bladder with timed voids; skin intact; sleeping better off zolpidem.
- Psychology: tearful about not driving again; sertraline started by Dr <<PERSON:p1_last>>.
Family: {his} {spouse} <<PERSON:sp_full>> attends training twice a week; son <<PERSON:fam1m_full>> is building a ramp at <<ADDRESS:pt_street>>.
Barriers: {spouse}'s own health (hip replacement planned for <<DATE:f2_md>>).
Discharge plan: home with <<ORG:org_hh>> on <<DATE:f1_us>>; tub transfer bench and hemi-walker; outpatient therapy at <<ORG:org_rehab2>>. If not safe: short stay at <<ORG:org_home>>.
Medicare MBI <<ID:mbi>>. Estimated length of stay 18 days.
I led this conference and agree with the above. <<PERSON:p1_fi>>, DO""",
    "us_mds_quarterly": """MDS 3.0 QUARTERLY ASSESSMENT - WORKING COPY
Facility: <<ORG:org_home>>   Unit: Magnolia (long stay)
Resident: <<PERSON:pt_caps>>   Room/Bed: <<ID:roombed>>   Resident #: <<ID:res_d>>
A0500 Legal name: <<PERSON:pt_fml>>   A0800 Gender: {sex}   A0900 Birth date: <<DATE:dob_us>>
A0600 Medicare (MBI): <<ID:mbi_d>>   A0700 Medicaid: <<ID:medicaid>>
A1600 Entry date: <<DATE:d9_us>>   A2300 Assessment reference date: <<DATE:d1_us>>
Section C - BIMS: summary score {bims}/15. Section D - PHQ-9 OV (staff) 4.
Section GG - eating 05 set-up; oral hygiene 04; toileting hygiene 02; sit to stand 03 with one-person assist; walk 10 ft 88 (not attempted, safety).
Section J - falls since prior assessment: one, no injury (see incident of <<DATE:d5_md>>).
Section M - one stage 2 pressure ulcer, sacrum; Braden {braden}.
Section N - antipsychotic: quetiapine 12.5 mg at bedtime, GDR attempted <<DATE:d7_us>>; anticoagulant: apixaban 2.5 mg BID.
Notes: resident is a <<AGE:age>>-year-old {woman} who enjoys bingo and the rosary group led by volunteer <<PERSON:p1f_full>>. Daughter <<PERSON:fam1f_full>> (<<PHONE:fam1f_tel>>) is the responsible party and asked for the care plan meeting to be moved to <<DATE:f1_long>>.
Signatures (Z0400):
<<PERSON:p2f_full>>, RN, MDS Coordinator - sections A, J, M, O - <<DATE:d0_us>>
<<PERSON:p3_full>>, LSW - sections C, D, Q - <<DATE:d0_us>>
<<PERSON:p4_fi>>, RD - section K
Z0500 RN assessment coordinator: <<PERSON:p2f_ini>>""",
    "us_polst_hcpoa": """PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST) - transcription into the EHR
Patient: <<PERSON:pt_lf>>   DOB <<DATE:dob_usn>>   POLST form ID <<ID:polst>>   Age <<AGE:age>>
Section A - CPR: do not attempt resuscitation.
Section B - Selective treatment: IV fluids and antibiotics allowed; no intubation; transfer to hospital only if comfort needs cannot be met where the patient is.
Section C - Artificially administered nutrition: no feeding tube.
Discussed with the patient and health care agent; signed by the patient <<DATE:d3_usn>>.
Health care provider: <<PERSON:p1_full>>, NP, license <<ID:lic>>, phone <<PHONE:land1>>.
HEALTH CARE POWER OF ATTORNEY (durable), executed <<DATE:d9_long>> before notary <<PERSON:p2_full>> (commission <<ID:ref>>) in <<LOCATION:city1>>.
Agent: <<PERSON:fam1_full>>, <<ADDRESS:addr1>>, mobile <<PHONE:fam1_tel>>, <<EMAIL:fam1_email>>
Alternate agent: <<PERSON:fam2_full>>, <<PHONE:fam2_tel>>
Witnesses: <<PERSON:p3_full>> and <<PERSON:p4_full>> (not related, not employees of <<ORG:org_home>>).
Living will: "If I am in a coma and not expected to recover, I do not want to be kept alive by machines. Keep me clean and warm, and give me my rosary." Organ donation: corneas only.
Scanned to the chart <<DATE:d0_us>> by HIM clerk <<PERSON:p5_fi>>. The original is in the red envelope on the fridge at <<ADDRESS:pt_street>>; neighbor <<PERSON:p6_full>> has a key. The patient asked that {his} daughter-in-law <<PERSON:p7f_first>> NOT be called.""",
}

ZH_BLIND13_TEMPLATES: dict[str, str] = {
    "admission_assessment": """<<ORG:org_yly>>入住评估表
评估日期：<<DATE:d0_zh>>　评估编号：<<ID:pg>>
老人姓名：<<PERSON:pt_full>>　性别：{xb}　出生日期：<<DATE:dob_zh>>　年龄：<<AGE:age>>岁
身份证号：<<ID:sfz>>　医保卡号：<<ID:yb>>
户籍地址：<<ADDRESS:pt_addr>>
籍贯：<<LOCATION:city1>>　文化程度：小学　原职业：纺织厂挡车工（退休）
紧急联系人：长子<<PERSON:fam1m_full>>，电话<<PHONE:fam1m_tel>>；次女<<PERSON:fam2f_full>>，电话<<PHONE:fam2f_tel>>
入住房间：<<ID:bed>>床　护理等级：二级（介助）
一、能力评估：日常生活活动（巴氏指数）{barthel}分；简易智能精神状态检查（MMSE）{mmse}分，近期记忆减退；右耳戴助听器；喜欢听越剧、打麻将。
二、健康状况：高血压二十余年，服氨氯地平5mg每日一次；2型糖尿病，二甲双胍0.5g每日两次；三年前左股骨颈骨折术后，行走需助行器。入院时血压{bp}mmHg，脉搏{hr}次/分。
三、入住原因：老伴<<PERSON:sp_full>>前年去世后独居，夜间曾两次摔倒；子女均在外地工作（儿子在<<LOCATION:city2>>开店），无法照料，故申请入住。
四、风险告知：跌倒高风险、噎食风险已向家属告知，家属<<PERSON:fam1m_given>>签字确认。
五、生活习惯：早上五点起床，喜欢喝浓茶，忌辣；信佛，每月初一、十五吃素。
评估员：<<PERSON:z1_full>>（社工）、<<PERSON:z2f_full>>（护士）
院长审核：<<PERSON:z3_sur>>院长　<<DATE:d0_zhs>>""",
    "advance_directive": """生前预嘱（"我的五个愿望"）
填写人：<<PERSON:pt_full>>　身份证号：<<ID:sfz>>　出生日期：<<DATE:dob_zh>>
填写日期：<<DATE:d2_zh>>　填写地点：<<ORG:org_yiyang>><<ID:bed>>床
愿望一：我要或不要什么医疗服务。如果我患了不可治愈的疾病并处于生命末期，我不要心肺复苏，不要气管切开和呼吸机，不要鼻饲管。
愿望二：我希望使用或不使用生命支持治疗。不使用。
愿望三：我希望别人怎么对待我。希望有人握着我的手，给我放邓丽君的歌，床头放我和老伴的合影。
愿望四：我想让我的家人和朋友知道什么。告诉女儿<<PERSON:fam1f_given>>，{mama}不怪她当年去了<<LOCATION:city1>>；告诉外孙<<PERSON:p1m_xiao>>要好好读书。
愿望五：我希望谁帮助我。我指定女儿<<PERSON:fam1f_full>>（电话<<PHONE:fam1f_tel>>，邮箱<<EMAIL:fam1f_email>>）在我不能表达意愿时替我做决定；她不在时由侄子<<PERSON:z2m_full>>代为决定。
见证人：护士长<<PERSON:z3f_full>>、社工<<PERSON:z4_full>>
医生意见：患者意识清楚，理解上述内容。主治医师<<PERSON:z5_full>>　<<DATE:d2_zhs>>
备注：本预嘱已录入机构信息系统，家属可通过<<URL:url_fam>>查阅；原件交家属保管，复印件存病历。患者年龄<<AGE:age>>岁，本预嘱每年复核一次，下次复核<<DATE:f3_zh>>。""",
    "bereavement_followup": """<<ORG:org_anning>> 哀伤随访记录（第二次）
逝者：<<PERSON:pt_full>>　身份证号：<<ID:sfz>>　住院号：<<ID:mrn>>
逝世日期：<<DATE:d8_zh>>　随访日期：<<DATE:d0_zh>>　随访方式：电话＋上门
随访对象：逝者{zhangfu}<<PERSON:sp_full>>（<<AGE:ageo>>岁），住<<ADDRESS:pt_street>>；女儿<<PERSON:fam1f_full>>
随访人员：社工<<PERSON:z1_full>>、志愿者<<PERSON:z2f_given>>
情况记录：
<<PERSON:sp_sur>>{spch}说，老伴走后家里一下子空了，晚上常常睡不着，半夜起来坐在阳台上。每天早上还是习惯煮两个人的粥。头七、三七都是女儿陪着过的，女儿<<PERSON:fam1f_given>>上个月回了<<LOCATION:city1>>上班，现在每天晚上视频。
<<PERSON:sp_sur>>{spch}提到，最遗憾的是最后那天夜里自己打了个盹，"没听见{ta}最后说什么"。社工给予倾听和正常化，告知临终时患者处于昏迷状态，护士<<PERSON:z3f_sur>>当时一直在床旁。
评估：哀伤反应属正常范围，无自伤念头；睡眠差，食欲一般。
干预：1.邀请参加<<DATE:f1_zhmd>>的"生命花园"追思会；2.转介社区心理咨询师<<PERSON:z4_full>>（电话<<PHONE:mob1>>）；3.联系居委会干部<<PERSON:z5_sur>>阿姨每周上门看看；4.建议去<<ORG:org_sq>>看睡眠门诊。
下次随访：逝世满半年前后（约<<DATE:f3_zhym>>）。
记录：<<PERSON:z1_full>>""",
    "care_plan_meeting": """<<ORG:org_hly>> 个案护理计划讨论会
时间：<<DATE:d0_zh>>下午2点　地点：二楼护士站会议室
老人：<<PERSON:pt_full>>，{xb}，<<AGE:age>>岁，<<ID:bed>>床，身份证号<<ID:sfz>>，入院<<DATE:d9_zh>>
参加人员：护理部主任<<PERSON:z1_full>>、主管医生<<PERSON:z2_full>>、责任护士<<PERSON:z3f_full>>、康复师<<PERSON:z4_full>>、营养师<<PERSON:z5_given>>、护工组长<<PERSON:z6f_full>>、家属<<PERSON:fam1_full>>
一、近一月情况：体重下降2.5kg（现{wt}kg），进食时间延长，常含饭不咽；夜间喊叫，白天嗜睡；骶尾部一处Ⅱ期压力性损伤（2×1.5cm）。
二、讨论：
1.营养：<<PERSON:z5_given>>建议改为软食加营养粉，每日加餐两次；由护工<<PERSON:z7f_a>>负责喂饭，每餐不少于30分钟。
2.睡眠：<<PERSON:z2_sur>>医生考虑阿尔茨海默病伴精神行为症状，暂不加药，先调整作息，白天安排康复活动。
3.皮肤：每2小时翻身，使用气垫床，护士<<PERSON:z3f_sur>>每日换药并拍照记录。
4.家属诉求：家属希望每周视频两次，因在<<LOCATION:city1>>工作无法常来。护士站联系电话<<PHONE:land1>>，视频由护工组长安排。
三、下次讨论：<<DATE:f2_zhmd>>
记录人：<<PERSON:z3f_full>>　家属签字：<<PERSON:fam1_full>>""",
    "carer_handover_book": """护工交接本　<<ORG:org_hly>>　三楼东区
<<DATE:d2_mdot>> 白班→夜班
<<ID:bed>>床 <<PERSON:pt_full>>（身份证<<ID:sfz>>）：中午吃了半碗粥，下午两点大便一次，量中等。翻身卡已签。家属<<PERSON:fam1_given>>下午来过，带了香蕉放冰箱了。交给<<PERSON:z1f_xiao>>。——<<PERSON:z2f_given>>
<<ID:bed2>>床 <<PERSON:z3m_sur>>大爷：尿袋已倒，尿色偏深，跟护士<<PERSON:z4f_die>>讲过了。
<<ID:bed3>>床 <<PERSON:z5f_sur>>阿姨：又把假牙藏枕头下面了，是小<<PERSON:z9f_sur>>帮着找到的，在杯子里泡着。
<<DATE:d2_mdot>> 夜班→白班
<<PERSON:pt_sur>>{yy}夜里2点多醒了要找{laoban}，哄了半个小时才睡，4点换过尿垫。<<ID:bed2>>床老<<PERSON:z3m_sur>>咳了一夜，护士给雾化了。——<<PERSON:z1f_xiao>>
<<DATE:d1_mdot>> 白班
<<PERSON:pt_sur>>{yy}早上不肯吃药，说药苦，<<PERSON:z6f_full>>护士长来劝才吃。上午理发师来了，剪了头。下午<<ORG:org_zyz>>的志愿者来唱歌。
护工组长<<PERSON:z7_full>>交代：<<DATE:d0_mdot>>起<<PERSON:z2f_given>>调到二楼，新来的护工<<PERSON:z8f_full>>（证号<<ID:hgz>>，电话<<PHONE:z8f_tel>>）接班，大家带一下。
<<DATE:d1_mdot>> 夜班
一切正常。<<PERSON:pt_sur>>{yy}家属打电话来问，已告知情况。——<<PERSON:z8f_given>>""",
    "community_station": """<<ORG:org_zhan>> 高龄独居老人上门随访记录
随访对象：<<PERSON:pt_full>>（<<AGE:age_zh>>岁），身份证号<<ID:sfz>>，独居
签约家庭医生：<<PERSON:z1_full>>　签约护士：<<PERSON:z2f_full>>
住址：<<ADDRESS:pt_addr>>　联系电话：<<PHONE:pt_tel>>
随访日期：<<DATE:d0_zhmd>>　随访方式：入户
情况：老人自述近来腿脚没力气，上下楼要扶着扶手，一周只下楼一次。血压{bp}mmHg，空腹血糖{bgl}mmol/L。家中药品过期两盒（已带回处理）。冰箱里剩菜较多，已提醒。
安全：燃气灶无熄火保护，已联系居委会<<PERSON:z3_sur>>主任申请免费更换；床头已装"一键通"呼叫器，测试正常。
社会支持：楼组长<<PERSON:z4f_sur>>阿姨每天上午来敲门看看；助餐点中午送饭（送餐员<<PERSON:z5_given>>）。远在<<LOCATION:city1>>的侄子<<PERSON:z6m_full>>每月寄钱，电话<<PHONE:z6m_tel>>。
评估：高龄、独居、跌倒风险高，建议申请长护险评估及居家适老化改造；已将老人信息报街道养老顾问<<PERSON:z7_full>>（邮箱<<EMAIL:em_org1>>）。
下次随访：<<DATE:f1_zhmd>>
随访人：<<PERSON:z2f_full>>""",
    "dialysis_record": """血液透析治疗记录单
<<ORG:org_tx>>　透析号：<<ID:txh>>
姓名：<<PERSON:pt_full>>　性别：{xb}　年龄：<<AGE:age>>　身份证号：<<ID:sfz>>　医保号：<<ID:yb>>
透析日期：<<DATE:d0_zhs>>　机号：12　床位：<<ID:bed>>
透析方式：HD 4小时　血管通路：左前臂动静脉内瘘　抗凝：低分子肝素4000IU
干体重：{wt}kg　超滤目标：2.5L
时间 | 血压 | 心率 | 血流量 | 静脉压 | 跨膜压 | 签名
13:00 | {bp} | {hr} | 220 | 120 | 80 | <<PERSON:z1f_given>>
14:00 | 128/70 | 80 | 230 | 130 | 90 | <<PERSON:z1f_given>>
15:00 | 102/58 | 92 | 200 | 110 | 70 | <<PERSON:z2f_full>>
16:00 | 116/64 | 84 | 220 | 120 | 80 | <<PERSON:z2f_full>>
透析前评估：患者神志清，自述两天前夜间胸闷一次，休息后缓解；内瘘震颤良好，穿刺点无红肿。透析间期体重增长3.1kg，再次宣教控制饮水（每日不超过800ml）及低钾饮食，少吃香蕉、橙子。
特殊情况：15:00患者诉小腿抽筋，血压下降，予减慢超滤、生理盐水100ml快速输注后缓解，已报告医生<<PERSON:z3_full>>。
备注：患者由养老院护工<<PERSON:z4_full>>陪同（<<ORG:org_yly>>，电话<<PHONE:land1>>），下次透析<<DATE:f1_zhmdh>>。家属<<PERSON:fam1_full>>要求把化验单拍照发微信（微信号<<ID:wx>>）。
穿刺护士：<<PERSON:z2f_sur>>　核对：<<PERSON:z1f_full>>""",
    "equipment_rental": """<<ORG:org_fj>> 康复辅具租赁及居家适老化改造单
单号：<<ID:htb>>　日期：<<DATE:d1_zh>>
使用人：<<PERSON:pt_full>>　身份证号：<<ID:sfz>>　长护险编号：<<ID:cxh>>
安装地址：<<ADDRESS:pt_addr>>
联系人：<<PERSON:fam1_full>>（子女）　电话：<<PHONE:fam1_tel>>
租赁项目：
1. 三折电动护理床（带护栏）一张，序列号<<ID:serial>>，月租金120元；
2. 防压疮气垫床一张，月租金40元；
3. 轮椅（可躺式）一台，押金500元；
4. 坐便椅一把。
改造项目：卫生间加装扶手两处、淋浴凳一个、门槛斜坡一处，卧室夜灯感应一套。改造前评估由治疗师<<PERSON:z1_full>>完成（<<DATE:d3_zhmd>>）。
费用：长护险及区民政补贴后个人自付386元，收款人<<PERSON:z2f_full>>，发票号<<ID:fph>>，电子发票发送至<<EMAIL:fam1_email>>。
送货安装：<<DATE:d0_zhmd>>上午，安装师傅<<PERSON:z3m_sur>>师傅、<<PERSON:z4m_given>>，已现场教会家属及保姆<<PERSON:z5f_a>>使用护理床和刹车。
回访：安装后第七天电话回访（<<PHONE:land1>>），满意。""",
    "family_sickbed": """家庭病床查床记录
建床单位：<<ORG:org_sq>>　家庭病床号：<<ID:jcb>>
患者：<<PERSON:pt_full>>，{xb}，<<AGE:age>>岁　身份证号：<<ID:sfz>>
建床日期：<<DATE:d7_zh>>　地址：<<ADDRESS:pt_addr>>
建床诊断：1.慢性阻塞性肺疾病急性加重后 2.慢性心力衰竭 3.高血压3级
本次查床：<<DATE:d0_zh>>，全科医生<<PERSON:z1_full>>、护士<<PERSON:z2f_full>>上门。
主诉：近三天夜间憋醒两次，双下肢浮肿加重。
查体：体温{tc}℃，脉搏{hr}次/分，血压{bp}mmHg，指脉氧{spo2}%（鼻导管吸氧2L/min）。双肺底可闻及湿啰音，双下肢凹陷性水肿（++）。
处理：呋塞米片20mg改为40mg每日一次，加螺内酯20mg每日一次，嘱记录每日出入量及体重；抽血查肾功能、电解质、NT-proBNP，标本由<<PERSON:z2f_sur>>护士送检。
家属情况：主要照顾者为儿媳<<PERSON:z3f_full>>（电话<<PHONE:z3f_tel>>），儿子<<PERSON:fam1m_given>>在外地跑运输。
如病情加重，拨打120或联系签约团队值班电话<<PHONE:land1>>；上级医院绿色通道：<<ORG:org_yy>>。
下次查床：<<DATE:f1_zhmd>>
记录：<<PERSON:z1_full>>""",
    "fall_incident": """不良事件报告表（跌倒/坠床）
报告单位：<<ORG:org_yiyang>>　事件编号：<<ID:xy>>
当事老人：<<PERSON:pt_full>>　性别：{xb}　年龄：<<AGE:age>>岁　床号：<<ID:bed>>　身份证号：<<ID:sfz>>
发生时间：<<DATE:d1_zh>> 05:20　发生地点：卫生间门口
事件经过：护工<<PERSON:z1f_full>>听到响声赶到，发现老人侧卧在卫生间门口地上，自述起夜没开灯，拖鞋打滑。当班护士<<PERSON:z2f_full>>立即评估：神志清，左髋部疼痛，不能站立，左下肢外旋短缩；血压{bp}mmHg，心率{hr}次/分。
处理：就地制动，通知值班医生<<PERSON:z3_full>>，5:50经120送<<ORG:org_yy>>急诊，X线示左股骨粗隆间骨折。家属<<PERSON:fam1_full>>（电话<<PHONE:fam1_tel>>）6:10到达医院。
原因分析：夜间如厕未呼叫；床边夜灯损坏未及时报修；老人服用唑吡坦；防滑拖鞋未穿。
整改措施：全院夜灯排查（后勤<<PERSON:z4m_sur>>师傅负责，<<DATE:d0_zhmd>>完成）；高风险老人夜间每小时巡视；药物由<<PERSON:z3_sur>>医生重新评估。
报告人：<<PERSON:z2f_full>>　科室负责人：<<PERSON:z5f_full>>　报告日期：<<DATE:d0_zh>>
上报护理部邮箱：<<EMAIL:em_org1>>""",
    "family_wechat_group": """【<<PERSON:pt_sur>>{yy}家属群】聊天记录（导出日期<<DATE:d0_zh>>）
<<PERSON:z1f_full>>（<<ORG:org_yly>>护理部）：各位家属好，今天<<PERSON:pt_sur>>{yy}早饭吃了一个鸡蛋、半碗粥，上午参加了手工活动[图片]
<<PERSON:fam1m_given>>（大儿子）：谢谢<<PERSON:z1f_xiao>>！辛苦了
<<PERSON:fam2f_given>>：@<<PERSON:z1f_full>> 下周降温，麻烦帮{wma}加一床被子，我周末过来
<<PERSON:z2_full>>（医生）：今天查房<<PERSON:pt_sur>>{yy}血压{bp}，比上周高，氨氯地平加到10mg，观察三天。
<<PERSON:fam1m_given>>（大儿子）：<<URL:url_pic>> 这是上次<<ORG:org_yy>>的出院小结和CT片子，提取码8k2d，麻烦<<PERSON:z2_sur>>医生看看
<<PERSON:fam3m_given>>（孙子）：医保卡年审要老人身份证号，我发一下：<<ID:sfz>>，原件周末带来
<<PERSON:z3_full>>（院长）：提醒大家群里不要发证件号哈，已撤回不了的请私聊护理部。
<<PERSON:fam2f_given>>：好的好的。{wma}生日<<DATE:f1_zhmdh>>，我们想订个蛋糕来院里过，可以吗？
<<PERSON:z1f_full>>（护理部）：可以的，提前跟<<PERSON:z4f_die>>说一下，她安排活动室。
<<PERSON:fam1m_given>>（大儿子）：这个月的费用发票请发我邮箱<<EMAIL:fam1m_email>>，谢谢
<<PERSON:z4f_full>>（社工）：收到。另外<<DATE:f2_zhmd>>下午有家属座谈会，在线参加：<<URL:url_meet>>""",
    "funeral_registration": """<<ORG:org_byg>> 遗体接运及火化登记表
登记号：<<ID:hhz>>　登记日期：<<DATE:d0_zh>>
逝者姓名：<<PERSON:pt_full>>　性别：{xb}　享年：<<AGE:age>>岁　身份证号：<<ID:sfz>>
死亡日期：<<DATE:d1_zh>>　死亡地点：<<ORG:org_hly>>
死亡证明编号：<<ID:swz>>（<<ORG:org_sq>>医师<<PERSON:z1_full>>出具）
户籍地址：<<ADDRESS:pt_addr>>
经办人：<<PERSON:fam1_full>>（与逝者关系：子女），电话<<PHONE:fam1_tel>>
接运：<<DATE:d1_zhmd>>下午，由接运员<<PERSON:z2_sur>>师傅、<<PERSON:z3_full>>从护理院接运至本馆。
告别仪式：<<DATE:f1_zhmd>>上午9:00，福寿厅，预计来宾八十人；网上祭奠页面：<<URL:url_jd>>
火化：告别后当日火化，骨灰由家属领回，拟安葬于老家<<LOCATION:town_o>>公墓，与{laoban}<<PERSON:sp_full>>合葬。
服务项目：遗体冷藏两天、整容化妆、鲜花布置、骨灰盒（家属自选）。
注意事项：户口注销请家属持死亡证明第四联到户籍所在地派出所办理；丧葬补助金向原单位或社保中心申领。
业务员：<<PERSON:z4f_full>>　家属签字：<<PERSON:fam1_full>>""",
    "guardianship_notarization": """意定监护协议公证申请材料摘要
公证机构：<<ORG:org_gzc>>　承办公证员：<<PERSON:z1_full>>　公证书编号：<<ID:gz>>
委托人（被监护人）：<<PERSON:pt_full>>，{xb}，<<DATE:dob_zh>>出生，身份证号<<ID:sfz>>，现住<<ORG:org_yly>>
受托人（监护人）：<<PERSON:z2_full>>，系委托人之侄（外甥），港澳居民来往内地通行证<<ID:gat>>，电话<<PHONE:z2_tel>>
背景：委托人无子女，{laoban}<<PERSON:sp_full>>已故。委托人患早期认知障碍（MMSE {mmse}分），经<<ORG:org_yy>>精神科<<PERSON:z3_sur>>医生评估，目前具有完全民事行为能力。
协议主要内容：
一、委托人丧失或部分丧失民事行为能力时，由<<PERSON:z2_given>>担任监护人，负责医疗决定、养老机构选择及财产管理；
二、委托人名下房产（<<ADDRESS:addr1>>）不得出售，租金用于支付养老费用；
三、监护人每季度向监督人<<PERSON:z4_full>>（<<ORG:org_sg>>社工）报告一次财产收支；
四、委托人希望临终时接受安宁疗护，不做有创抢救。
谈话笔录：<<DATE:d2_zh>>在养老院会客室进行，全程录像，委托人表示"<<PERSON:z2_xiao>>从小在我身边长大，我信得过这孩子"。
在场人员：养老院社工<<PERSON:z5f_full>>、公证员助理<<PERSON:z6_given>>
出证日期：<<DATE:d0_zh>>""",
    "hospice_death_record": """死亡记录
姓名：<<PERSON:pt_full>>　性别：{xb}　年龄：<<AGE:age_zh>>岁　住院号：<<ID:mrn>>　床号：<<ID:bed>>
身份证号：<<ID:sfz>>
入院日期：<<DATE:d6_zh>>　死亡时间：<<DATE:d0_zh>> 04时17分
入院情况：患者因"肺癌晚期，呼吸困难加重"由<<ORG:org_yy>>转入我院安宁疗护病区。
诊疗经过：入院后予吗啡持续皮下泵入控制呼吸困难，咪达唑仑镇静，家属二十四小时陪护。<<DATE:d1_zhmd>>起出现陈-施呼吸，四肢末梢发绀。
死亡经过：今日凌晨3时50分护士<<PERSON:z1f_full>>巡视发现患者呼吸微弱，血氧测不出，立即通知值班医师<<PERSON:z2_full>>。患者{zhangfu}<<PERSON:sp_given>>及儿子<<PERSON:fam1m_given>>在旁。遵家属意愿未行心肺复苏。4时17分心电图呈直线，宣告临床死亡。
死亡原因：呼吸循环衰竭；根本死因：肺腺癌（多发转移）。
遗体料理：护工<<PERSON:z3_full>>（护工证号<<ID:hgz>>）协助完成。遗体由<<ORG:org_byg>>接运，联系人<<PERSON:z4_sur>>师傅，电话<<PHONE:mob1>>。
《居民死亡医学证明（推断）书》编号<<ID:swz>>，已交家属<<PERSON:fam1m_full>>签收。
记录医师：<<PERSON:z2_full>>　上级医师：<<PERSON:z5_full>>　<<DATE:d0_zhs>>""",
    "hospice_family_meeting": """<<ORG:org_anning>> 家庭会议记录
患者：<<PERSON:pt_full>>　住院号：<<ID:mrn>>　床号：<<ID:bed>>　身份证：<<ID:sfz>>
诊断：胃癌晚期伴肝转移，恶病质　KPS 30分
会议时间：<<DATE:d0_zh>> 15:00—16:10　地点：病区谈心室
参会人员：主治医师<<PERSON:z1_full>>、责任护士<<PERSON:z2f_full>>、社工<<PERSON:z3_full>>、心理咨询师<<PERSON:z4_given>>；家属：患者{zhangfu}<<PERSON:sp_full>>、儿子<<PERSON:fam1m_full>>、儿媳<<PERSON:z5f_full>>、女儿<<PERSON:fam2f_given>>（在<<LOCATION:city1>>，视频参会<<URL:url_meet>>）
一、病情告知：<<PERSON:z1_sur>>医生向家属说明病情进展，预计生存期以周计。患者本人已知晓诊断，曾对护士<<PERSON:z2f_die>>说"不想再去ICU插管"。
二、家属意见：儿子希望"再试试营养液"，女儿同意以舒适为主。经讨论，家属一致同意：不行心肺复苏、不气管插管，停止常规抽血化验；疼痛以吗啡缓释片加即释片滴定；口干予口腔护理。
三、心愿：患者想回<<LOCATION:town_o>>老家看看，并希望在孙女<<PERSON:fam3f_xiao>>婚礼（<<DATE:f2_zhmd>>）前见一面。社工<<PERSON:z3_sur>>负责协调。
四、后事：家属表示已与<<ORG:org_byg>>初步联系。
签字：家属<<PERSON:fam1m_full>>　医师<<PERSON:z1_full>>　记录：<<PERSON:z2f_full>>""",
    "home_nursing_visit": """居家护理上门服务记录单
服务对象：<<PERSON:pt_full>>　身份证号：<<ID:sfz>>　长护险编号：<<ID:cxh>>
地址：<<ADDRESS:pt_street>>　联系电话：<<PHONE:pt_tel>>
服务机构：<<ORG:org_hg>>　护理员：<<PERSON:z1f_full>>（证号<<ID:hgz>>）
日期 | 到达 | 离开 | 服务项目 | 签字
<<DATE:d4_zhs>> | 08:30 | 09:30 | 头面部清洁、协助进食、翻身拍背 | <<PERSON:fam1_full>>
<<DATE:d3_zhs>> | 08:35 | 09:35 | 温水擦浴、会阴护理、更换尿垫 | <<PERSON:fam1_full>>
<<DATE:d2_zhs>> | 08:20 | 09:20 | 协助服药、被动关节活动 | <<PERSON:sp_full>>
<<DATE:d1_zhs>> | 08:40 | 09:40 | 压疮预防护理、剪指甲 | <<PERSON:fam1_given>>
护理员记录：
<<DATE:d3_zhmd>>：骶尾部皮肤发红约3×4cm，按压不褪色，已告知家属<<PERSON:fam1_given>>，建议使用气垫床。
<<DATE:d2_zhmd>>：<<PERSON:pt_sur>>{yy}今天精神好，说起年轻时在<<LOCATION:city1>>当兵的事。老伴<<PERSON:sp_sur>>{spch}腰不好，夜间翻身困难，家属考虑请住家保姆。
<<DATE:d1_zhmd>>：社区护士<<PERSON:z2f_full>>上门更换导尿管（16Fr），嘱多饮水。
督导回访：<<PERSON:z3_full>>（<<ORG:org_hg>>督导，电话<<PHONE:mob1>>），服务满意度：满意。本月服务共22次，结算清单见长护险平台。""",
    "ltci_assessment": """长期护理保险需求评估记录
申请人：<<PERSON:pt_full>>　身份证号：<<ID:sfz>>　长护险编号：<<ID:cxh>>
居住地址：<<ADDRESS:pt_street>>
评估机构：<<ORG:org_sq>>　评估员：<<PERSON:z1_full>>、<<PERSON:z2_full>>（评估员编号<<ID:pg>>）
评估时间：<<DATE:d2_zh>>上午9:30，入户评估。申请人之女<<PERSON:fam1f_full>>陪同（电话<<PHONE:fam1f_tel>>）。
基本情况：{xb}，<<AGE:age>>岁，与保姆<<PERSON:z3f_full>>同住。既往脑梗死两次，左侧肢体偏瘫，卧床约8个月；帕金森病史六年。
自理能力：进食需部分帮助，洗澡、穿衣完全依赖，如厕需帮助，床椅转移需两人协助；大便偶有失禁，留置导尿。
认知：能叫出女儿小名"<<PERSON:fam1f_die>>"，但说不出今天的日期。
评估结论：失能等级五级。建议服务：居家上门护理，每周7次，每次1小时；服务机构：<<ORG:org_hg>>。
复核：区医保中心工作人员<<PERSON:z4_sur>>老师于<<DATE:d1_zhmd>>电话回访，家属对结论无异议。
结果告知书已短信发送至<<PHONE:pt_tel>>，也可在<<URL:url_form>>查询。
复评时间：<<DATE:f3_zh>>""",
    "ltci_settlement": """长护险居家护理服务费用结算单（<<DATE:d0_zhym>>）
服务机构：<<ORG:org_hg>>　机构编码：<<ID:zls>>
参保人：<<PERSON:pt_full>>　身份证号：<<ID:sfz>>　长护险编号：<<ID:cxh>>　医保号：<<ID:yb>>
失能等级：四级　服务地址：<<ADDRESS:pt_addr>>
本月服务明细：
护理员 | 证号 | 服务次数 | 时长
<<PERSON:z1f_full>> | <<ID:hgz1>> | 18 | 18小时
<<PERSON:z2f_full>> | <<ID:hgz2>> | 6 | 6小时
<<PERSON:z3m_full>>（男护理员，洗浴） | <<ID:hgz3>> | 4 | 4小时
费用合计：1820元；长护险基金支付90%：1638元；个人自付：182元。
异常情况：<<DATE:d4_zhmd>>、<<DATE:d3_zhmd>>两天老人住院（<<ORG:org_yy>>），服务暂停，已在系统中登记。
家属意见：家属<<PERSON:fam1_full>>反映护理员<<PERSON:z2f_given>>上门时间不固定，希望固定在上午；机构督导<<PERSON:z4_full>>已电话沟通（<<PHONE:land1>>）。
结算确认：参保人或家属签字<<PERSON:fam1_full>>　<<DATE:d0_zhs>>
电子结算单已推送至家属手机<<PHONE:fam1_tel>>。""",
    "palliative_consult": """安宁疗护会诊记录
申请科室：<<ORG:org_hly>>老年护理病区　会诊科室：<<ORG:org_anning>>
患者：<<PERSON:pt_full>>　{xb}　<<AGE:age>>岁　住院号：<<ID:mrn_p>>　床号：<<ID:bed>>　身份证号：<<ID:sfz>>
会诊时间：<<DATE:d0_zh>>　会诊医师：<<PERSON:z1_full>>　申请医师：<<PERSON:z2_full>>
病史摘要：结肠癌术后复发、腹膜转移，近两周腹痛加重，NRS评分{pain}分，进食后呕吐，大便五天未解。目前口服羟考酮缓释片10mg每12小时一次。
会诊意见：
1.疼痛：羟考酮缓释片加量至20mg每12小时一次，爆发痛予吗啡即释片5mg口服，24小时内超过3次请再联系；
2.恶心呕吐：考虑不全性肠梗阻，禁食或少量流质，奥曲肽皮下注射，甲氧氯普胺暂停；
3.便秘：乳果糖＋开塞露，必要时灌肠；
4.心理社会：患者反复问"我是不是快不行了"，建议由社工<<PERSON:z3_full>>和家属<<PERSON:fam1_full>>一起进行病情沟通；
5.转介：如家属同意，可转入我科病房，联系电话<<PHONE:land1>>，联系人护士长<<PERSON:z4f_full>>。
家属情况：{zhangfu}<<PERSON:sp_full>>年迈体弱，主要由女儿<<PERSON:fam2f_given>>照顾，女儿电话<<PHONE:fam2f_tel>>。
会诊医师签名：<<PERSON:z1_full>>""",
    "pharmacy_dispensing": """<<ORG:org_yiyang>> 摆药核对记录（<<DATE:d1_zhmd>>—<<DATE:d0_zhmd>>）
摆药药师：<<PERSON:z1_full>>　核对护士：<<PERSON:z2f_full>>
床号 | 姓名 | 药品 | 用法 | 摆药 | 核对
<<ID:bed>> | <<PERSON:pt_full>> | 多奈哌齐片5mg | 每晚一次 | <<PERSON:z1_sur>> | <<PERSON:z2f_sur>>
<<ID:bed>> | <<PERSON:pt_full>> | 美托洛尔缓释片47.5mg | 每日一次 | <<PERSON:z1_sur>> | <<PERSON:z2f_sur>>
<<ID:bed2>> | <<PERSON:z3m_full>> | 华法林片2.5mg | 按INR调整 | <<PERSON:z1_sur>> | <<PERSON:z4f_sur>>
<<ID:bed3>> | <<PERSON:z5_full>> | 奥氮平片2.5mg | 每晚一次 | <<PERSON:z1_sur>> | <<PERSON:z4f_sur>>
<<ID:bed4>> | <<PERSON:z6_full>> | 呋塞米片20mg | 每早一次 | <<PERSON:z1_sur>> | <<PERSON:z2f_sur>>
特殊说明：
1.<<PERSON:pt_full>>（身份证号<<ID:sfz>>）本周起由家属自带药改为机构代配，处方号<<ID:cfh>>，药费从预交款扣除。
2.<<ID:bed2>>床<<PERSON:z3m_sur>>大爷INR 3.6，已通知<<PERSON:z7_sur>>医生，今晚华法林暂停。
3.<<ID:bed4>>床家属<<PERSON:z8_full>>送来保健品（深海鱼油），按规定不予摆放，已退还并说明。
4.夜班护士<<PERSON:z4f_given>>反映<<ID:bed3>>床老人把药吐在纸巾里，改为研碎后拌入果泥，已报医生同意。
药房电话：<<PHONE:land1>>""",
    "rehab_team_meeting": """<<ORG:org_kf>> 康复团队评价会记录
患者：<<PERSON:pt_full>>　住院号：<<ID:mrn_p>>　床号：<<ID:bed>>　身份证号：<<ID:sfz>>
诊断：脑出血恢复期（右侧基底节区），左侧偏瘫，吞咽障碍　入院：<<DATE:d5_zh>>　会议：<<DATE:d0_zh>>
主持：康复科主任<<PERSON:z1_full>>
出席：PT治疗师<<PERSON:z2_full>>、OT治疗师<<PERSON:z3f_full>>、ST治疗师<<PERSON:z4_given>>、针灸科<<PERSON:z5_sur>>医生、责任护士<<PERSON:z6f_full>>、营养师<<PERSON:z7_full>>、家属<<PERSON:fam1_full>>
PT：Brunnstrom分期左上肢Ⅲ期、下肢Ⅳ期，可在平行杠内步行10米；Berg平衡量表28分。
OT：改良Barthel指数{barthel}分，进食需部分帮助，穿衣需大量帮助。
ST：洼田饮水试验3级，目前鼻饲加治疗性进食（糊状），每日训练两次。
护理：留置胃管；骶尾部Ⅰ期压力性损伤已愈合。
家属诉求：希望患者能回家过年，家住<<ADDRESS:pt_street>>，六楼无电梯。
会议决定：继续住院康复三周；<<PERSON:z2_sur>>治疗师加强转移训练，<<PERSON:z3f_given>>教家属穿衣技巧；出院前一周进行家访评估（<<DATE:f2_zhmd>>），由<<PERSON:z6f_sur>>护士联系家属（电话<<PHONE:fam1_tel>>）。
记录：<<PERSON:z6f_full>>""",
    "social_worker_case": """个案工作记录
机构：<<ORG:org_sg>>（驻<<ORG:org_fly>>）　个案编号：<<ID:dbh>>
服务对象：<<PERSON:pt_full>>，{xb}，<<AGE:age>>岁，身份证号<<ID:sfz>>
社工：<<PERSON:z1_full>>　督导：<<PERSON:z2f_full>>
接案日期：<<DATE:d6_zh>>　本次面谈：<<DATE:d0_zh>>（第五次）
背景：服务对象年轻时在<<LOCATION:city1>>做小学老师，退休后随儿子来本市。儿子<<PERSON:fam1m_full>>三年前因病去世，儿媳<<PERSON:z3f_full>>改嫁后很少联系，孙女<<PERSON:fam2f_given>>在外地读大学。
面谈内容：服务对象谈起儿子仍会流泪，说"白发人送黑发人"。近期拒绝参加集体活动，只和同屋的<<PERSON:z4f_sur>>奶奶说话。本次一起翻看旧相册，服务对象说出了很多学生的名字，情绪逐渐平稳。
评估：复杂性哀伤风险，社会支持薄弱；有希望与孙女恢复联系的愿望。
计划：1.协助服务对象给孙女写信，通过<<EMAIL:fam2f_email>>发送扫描件；2.邀请其参加"老照片"小组（带领人：志愿者<<PERSON:z5_full>>）；3.与护理员<<PERSON:z6f_a>>沟通，注意夜间情绪；4.下次面谈<<DATE:f1_zhmd>>。
社工签名：<<PERSON:z1_full>>""",
    "staff_rota": """<<ORG:org_hly>> 护理部排班表（<<DATE:d2_zhmd>>起）　二病区
班次 | 周一 | 周二 | 周三 | 周四
白班 | <<PERSON:z1f_full>> | <<PERSON:z1f_full>> | <<PERSON:z2f_full>> | <<PERSON:z3f_full>>
中班 | <<PERSON:z4f_given>> | <<PERSON:z2f_given>> | <<PERSON:z4f_given>> | <<PERSON:z5f_full>>
夜班 | <<PERSON:z6_full>> | <<PERSON:z6_full>> | <<PERSON:z7f_full>>（外聘） | <<PERSON:z7f_full>>（外聘）
护工 | <<PERSON:z8f_xiao>>、<<PERSON:z9f_die>> | <<PERSON:z8f_xiao>>、老<<PERSON:z10m_sur>> | 老<<PERSON:z10m_sur>>、<<PERSON:z11f_full>> | <<PERSON:z11f_full>>、<<PERSON:z9f_die>>
说明：
1.外聘护士<<PERSON:z7f_full>>来自<<ORG:org_hg>>，执业证书编号<<ID:hszy>>，已核对，入职培训由<<PERSON:z1f_sur>>护士负责。
2.<<PERSON:z5f_full>>病假（<<DATE:d1_zhmd>>—<<DATE:d0_zhmd>>），由<<PERSON:z2f_given>>顶班。
3.护工<<PERSON:z11f_full>>（证号<<ID:hgz>>）本周起负责<<ID:bed>>床<<PERSON:pt_full>>（身份证号<<ID:sfz>>）的专护，家属要求女性护工。
4.换班须提前一天报护士长<<PERSON:z12f_full>>，不得私下在微信群调班；联系电话<<PHONE:land1>>。
5.本周重点：二病区有三位老人处于安宁疗护阶段，夜班每小时巡视一次并记录翻身、疼痛评分；老<<PERSON:z10m_sur>>周四请假半天，由<<PERSON:z8f_xiao>>替班。新入职护工须在本周内完成防跌倒和噎食急救培训。
制表：<<PERSON:z12f_full>>　<<DATE:d3_zhs>>""",
    "transfer_handover": """<<ORG:org_yly>>—<<ORG:org_yy>> 转院交接单
老人姓名：<<PERSON:pt_full>>　性别：{xb}　年龄：<<AGE:age>>岁　身份证号：<<ID:sfz>>　医保卡号：<<ID:yb>>
转出时间：<<DATE:d0_zh>> 10:40　转出原因：发热两天，咳嗽咳痰，血氧下降至{spo2}%
入住本院日期：<<DATE:d9_zh>>　床号：<<ID:bed>>
既往史：阿尔茨海默病，高血压，慢性肾功能不全3期；青霉素过敏。
目前用药：多奈哌齐5mg每晚，氨氯地平5mg每日，碳酸氢钠片1g每日三次。
生命体征：体温{tc}℃，脉搏{hr}次/分，血压{bp}mmHg。
皮肤：右足跟Ⅰ期压力性损伤，已贴泡沫敷料。
随身物品：医保卡、眼镜、假牙一副、病历复印件，由护工<<PERSON:z1f_full>>陪同交接。
家属：儿子<<PERSON:fam1m_full>>（电话<<PHONE:fam1m_tel>>）已同意转院并直接去医院；女儿<<PERSON:fam2f_full>>在<<LOCATION:city1>>，已电话告知。
交接护士（转出）：<<PERSON:z2f_full>>　接收护士（转入）：<<PERSON:z3f_full>>　接收医生：<<PERSON:z4_full>>
养老院联系电话：<<PHONE:land1>>　邮箱：<<EMAIL:em_org1>>""",
    "voice_transcript": """【语音录入，系统自动转写，未经校对】
查房记录 <<DATE:d0_zh>> 上午 <<PERSON:z1_full>>医生口述
患者<<PERSON:pt_full>> 逗号 <<AGE:age_zh>>岁 逗号 住院号<<ID:mrn>> 句号 身份证号<<ID:sfz>> 句号
今天查房患者神志清 逗号 精神差 逗号 昨夜睡眠不好 句号 家属<<PERSON:fam1_given>>说{ta}半夜老是要起来找东西 句号 查体 冒号 体温{tc}度 逗号 血压{bp} 逗号 两肺呼吸音粗 逗号 右下肺可闻及湿落音 句号 双下肢无浮肿 句号
嗯 那个 血氧饱和度{spo2}趴 句号 考虑吸入性肺炎可能 逗号 给予头孢类抗生素 逗号 加强翻身拍背 逗号 进食时抬高床头 句号
然后 那个 联系一下社工<<PERSON:z2_sur>>老师 逗号 跟家属谈一下后续是不是考虑安宁疗护 句号 家属电话是 <<PHONE:fam1_telcn>> 句号
另外 护工<<PERSON:z3f_xiao>>反映 逗号 老人这两天吃饭呛咳 逗号 请营养科<<PERSON:z4_full>>会诊 句号
下次复查时间 <<DATE:f1_zhmdcn>> 句号 完毕
转写校对：<<PERSON:z5f_given>>（未完成）""",
    "volunteer_visit": """<<ORG:org_zyz>>"银龄陪伴"探访记录
探访日期：<<DATE:d0_zh>>　探访地点：<<ORG:org_fly>>四楼
志愿者：<<PERSON:z1f_full>>（志愿者编号<<ID:zyz>>）、<<PERSON:z2_full>>、<<PERSON:tw1f_full>>（台湾交换生）
服务对象：<<PERSON:pt_full>>（身份证号<<ID:sfz>>，<<ID:bed>>床），<<AGE:age>>岁
探访内容：陪老人聊天、读报、修剪指甲，帮老人给远在<<LOCATION:city1>>的外孙女<<PERSON:p1f_given>>打视频电话。老人讲起年轻时在<<LOCATION:town1>>插队的经历，说到"那时候<<PERSON:z3m_sur>>队长对我们很照顾"。
观察：老人右手有新的淤青，询问说是"自己碰的"，已告知护士<<PERSON:z4f_sur>>；老人说想吃家乡的酒酿圆子，<<PERSON:z1f_given>>答应下次带来（需先问护理部能否食用）。
老人心愿：想去一次<<ORG:org_byg>>看看老伴<<PERSON:sp_full>>的骨灰存放处，已转告社工<<PERSON:z5_full>>。
下次探访：<<DATE:f1_zhmd>>
志愿者联系人：<<PERSON:z1f_full>>　电话<<PHONE:z1f_tel>>
活动照片已上传：<<URL:url_pic>>""",
    "yiyang_ward_round": """<<ORG:org_yiyang>> 医养结合区 主任查房记录
查房日期：<<DATE:d0_zh>>　查房医师：<<PERSON:z1_full>>主任　参加：主治医师<<PERSON:z2_full>>、护士长<<PERSON:z3f_full>>、康复师<<PERSON:z4_given>>
老人：<<PERSON:pt_full>>，{xb}，<<AGE:age>>岁，<<ID:bed>>床，身份证号<<ID:sfz>>，入住<<DATE:d9_zh>>，病案号<<ID:bah>>
主诉：近一周食欲差，乏力，夜间尿频。
现病史：糖尿病二十年，胰岛素治疗中；慢性心衰（NYHA Ⅲ级）；轻度认知障碍。近三日空腹血糖{bgl}mmol/L，体重{wt}kg。
查体：血压{bp}mmHg，心率{hr}次/分，双下肢轻度浮肿，心尖区可闻及收缩期杂音。
主任意见：1.复查血常规、肾功能、尿常规、BNP；2.门冬胰岛素减量2单位，防低血糖；3.与家属沟通，如需进一步检查可转<<ORG:org_yy>>；4.康复师<<PERSON:z4_given>>每日床旁训练30分钟。
家属沟通：已电话告知女儿<<PERSON:fam1f_full>>（<<PHONE:fam1f_tel>>），女儿表示周末从<<LOCATION:city1>>回来，同意检查方案。家属希望老人的检验报告同步发送到邮箱<<EMAIL:fam1f_email>>。
记录：<<PERSON:z2_full>>""",
    "will_and_poa": """自书遗嘱
立遗嘱人：<<PERSON:pt_full>>，{xb}，<<DATE:dob_zh>>出生，公民身份号码<<ID:sfz>>，住<<ADDRESS:pt_addr>>。
我现年<<AGE:age_zh>>岁，目前居住于<<ORG:org_hly>>，头脑清楚，特立遗嘱如下：
一、我名下位于<<ADDRESS:addr1>>的房屋一套，由长女<<PERSON:fam1f_full>>继承。
二、我名下银行存款，扣除丧葬费用后，由长女<<PERSON:fam1f_full>>、次子<<PERSON:fam2m_full>>平均分配。
三、我去世后丧事从简，骨灰安葬在<<LOCATION:town_o>>老家，与老伴<<PERSON:sp_full>>合葬。
四、指定<<ORG:org_ls>><<PERSON:z1_full>>律师为遗嘱执行人，律师执业证号<<ID:hszy>>，电话<<PHONE:land1>>。
五、照顾我多年的护工<<PERSON:z2f_a>>，给她两万元作为感谢。
见证人：<<PERSON:z3_full>>（护理院社工）、<<PERSON:z4_full>>
立遗嘱人：<<PERSON:pt_full>>（签名、手印）
<<DATE:d1_zhcn>>

授权委托书
委托人<<PERSON:pt_full>>因年老行动不便，委托次子<<PERSON:fam2m_full>>（港澳居民来往内地通行证<<ID:gat>>，电话<<PHONE:fam2m_tel>>）代为办理养老金领取、医保报销等事务。委托期限自<<DATE:d1_zh>>至<<DATE:f3_zh>>。
委托人签字：<<PERSON:pt_full>>　受托人签字：<<PERSON:fam2m_full>>""",
}


# ---------------------------------------------------------------------------------------------
# Hand-written name, place and organisation material (Faker supplies the rest)
# ---------------------------------------------------------------------------------------------
_MARK: Final = re.compile(r"<<([A-Z]+):([a-z0-9_]+)>>|\{([a-z0-9_]+)\}")
_PERSON_KEY: Final = re.compile(
    r"(pt|sp|(?:p|fam|us|gb|ie|ca|au|in|ph|ng|hi|vn|pl|ar|cn|fr|z|tw|cp)\d+[fm]?)_([a-z0-9]+)"
)
_DATE_KEY: Final = re.compile(r"(d\d|f\d|dob)_([a-z0-9]+)")
_NUMBERED: Final = re.compile(r"([a-z_]+?)_?(\d*)")

_ELDER_F: Final = (
    "Dorothy", "Margaret", "Mildred", "Evelyn", "Florence", "Agnes", "Edna", "Gladys", "Irene", "Hazel",
    "Marjorie", "Doris", "Elizabeth", "Lorraine", "Bernadette", "Winifred", "Eileen", "Maureen", "Kathleen",
    "Josephine", "Rosemary", "Phyllis", "Joan", "Sheila", "Beryl", "Norma", "Vera", "Mavis", "Patricia",
    "Theresa", "Catherine", "Frances", "Harriet", "Loretta", "Imogen", "Ethel", "Violet",
)  # fmt: skip
_ELDER_M: Final = (
    "Harold", "Walter", "Eugene", "Clarence", "Bernard", "Albert", "Herbert", "Leonard", "Kenneth", "Raymond",
    "Stanley", "Ernest", "Cyril", "Desmond", "Dennis", "Norman", "Gerald", "Francis", "Patrick", "Cornelius",
    "Lloyd", "Wilbur", "Alfred", "Reginald", "William", "Robert", "Richard", "James", "Edward", "Joseph",
    "Anthony", "Thomas", "Douglas", "Maurice", "Vincent",
)  # fmt: skip
_NICKS: Final[dict[str, tuple[str, ...]]] = {
    "Margaret": ("Peggy", "Maggie", "Madge"), "Elizabeth": ("Betty", "Liz", "Bess"), "Dorothy": ("Dot", "Dottie"),
    "Patricia": ("Pat", "Patsy"), "Catherine": ("Kate", "Cathy"), "Theresa": ("Tess", "Terri"),
    "Josephine": ("Jo", "Josie"), "Frances": ("Fran", "Frankie"), "Kathleen": ("Kath", "Kay"),
    "Mildred": ("Millie",), "Florence": ("Flo", "Florrie"), "Harriet": ("Hattie",), "Winifred": ("Winnie",),
    "Bernadette": ("Bernie",), "Evelyn": ("Evie",), "Agnes": ("Aggie",), "Violet": ("Vi",),
    "William": ("Bill", "Billy"), "Robert": ("Bob", "Bobby"), "Richard": ("Dick", "Rick"), "James": ("Jim", "Jimmy"),
    "Edward": ("Ted", "Eddie"), "Joseph": ("Joe", "Joey"), "Anthony": ("Tony",), "Thomas": ("Tom", "Tommy"),
    "Francis": ("Frank",), "Patrick": ("Paddy", "Pat"), "Cornelius": ("Neil", "Con"), "Alfred": ("Alf", "Fred"),
    "Albert": ("Bert", "Al"), "Herbert": ("Herb",), "Leonard": ("Len", "Lenny"), "Kenneth": ("Ken",),
    "Raymond": ("Ray",), "Stanley": ("Stan",), "Reginald": ("Reg", "Reggie"), "Douglas": ("Doug",),
    "Gerald": ("Gerry",), "Vincent": ("Vinnie",), "Desmond": ("Des",), "Norman": ("Norm",),
}  # fmt: skip
_IE_F: Final = (
    "Siobhán",
    "Niamh",
    "Aoife",
    "Bríd",
    "Máire",
    "Caoimhe",
    "Gráinne",
    "Nuala",
    "Sinéad",
    "Orla",
    "Úna",
    "Dervla",
)
_IE_M: Final = (
    "Seán",
    "Pádraig",
    "Donal",
    "Ciarán",
    "Tadhg",
    "Eoin",
    "Colm",
    "Fergal",
    "Diarmuid",
    "Cathal",
    "Ruairí",
    "Declan",
)
_IE_L: Final = (
    "O'Driscoll", "Ó Súilleabháin", "McGrath", "Fitzgerald", "Ní Bhriain", "Mac Giolla", "O'Donoghue", "Kavanagh",
    "Ó Ceallaigh", "Mac Carthaigh", "Breathnach", "Uí Néill", "Moynihan", "Ní Dhomhnaill", "Cassidy", "Keohane",
)  # fmt: skip
_PH_F: Final = (
    "Maricel",
    "Rowena",
    "Jocelyn",
    "Lorna",
    "Analyn",
    "Marites",
    "Rosario",
    "Cherry",
    "Divina",
    "Imelda",
    "Mary Grace",
    "Jennelyn",
    "Ma. Cristina",
)
_PH_M: Final = (
    "Rodel",
    "Ramil",
    "Arnel",
    "Danilo",
    "Reynaldo",
    "Jomar",
    "Rogelio",
    "Efren",
    "Jose Mari",
    "Noel",
    "Ariel",
    "Rommel",
)
_PH_L: Final = (
    "Dela Cruz", "Santos", "Reyes", "Bautista", "Manalo", "Villanueva", "Macaraeg", "Dimaculangan", "Pangilinan",
    "de los Santos", "Magbanua", "Tolentino", "Evangelista", "Lacson", "Sumulong", "Cabrera", "Dizon", "Soriano",
)  # fmt: skip
_PH_NICK_F: Final = ("Baby", "Girlie", "Neneng", "Jing", "Bing", "Cherry")
_PH_NICK_M: Final = ("Bong", "Jun-Jun", "Boy", "Dodong", "Toto", "Jun")
_VN_F: Final = ("Lan", "Hoa", "Mai", "Hanh", "Thu", "Phuong", "Ngoc", "Huong", "Linh", "Trang", "Thuy")
_VN_M: Final = ("Minh", "Tuan", "Hung", "Dung", "Quang", "Bao", "Long", "Thanh", "Khoa", "Duc", "Vinh")
_VN_L: Final = ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Vo", "Dang", "Bui", "Do", "Truong", "Ngo", "Duong")
_AR_F: Final = ("Fatima", "Aisha", "Mariam", "Layla", "Noor", "Huda", "Samira", "Rania", "Amal", "Yasmin", "Souad")
_AR_M: Final = ("Mohammed", "Ahmed", "Omar", "Khalid", "Youssef", "Tariq", "Hassan", "Karim", "Walid", "Sami", "Nabil")
_AR_L: Final = (
    "Al-Masri", "Haddad", "El-Sayed", "Abdullah", "Nasser", "Al-Rashid", "Khoury", "Hamdan", "El-Amin", "Saleh",
    "Mansour", "Al Hashimi", "Abu Zayd", "Ben Youssef", "Darwish",
)  # fmt: skip
_CN_F: Final = (
    "Mei Ling",
    "Siew Lan",
    "Wai Yee",
    "Grace",
    "Lai Fong",
    "Shu-Fen",
    "Yuk Ying",
    "Mabel",
    "Xiaoyan",
    "Pui Ki",
    "Winnie",
)
_CN_M: Final = (
    "Kwok Wah",
    "Wing Chung",
    "Boon Hock",
    "Kenneth",
    "Chee Keong",
    "Ah Seng",
    "Wei",
    "Man Kit",
    "Jian",
    "Tak Ming",
    "Eddie",
)
_CN_L: Final = (
    "Chan",
    "Wong",
    "Lim",
    "Tan",
    "Ng",
    "Lee",
    "Cheung",
    "Leung",
    "Ho",
    "Yip",
    "Chua",
    "Teo",
    "Lau",
    "Tse",
    "Kwan",
    "Ong",
    "Zhou",
    "Liu",
)
_PARTICLE_L: Final = (
    "van der Berg", "de la Cruz", "Di Stefano", "van Rensburg", "du Plessis", "von Holt", "Le Blanc", "da Silva",
    "ter Horst", "St. Clair", "De Luca", "van Dyke", "D'Souza", "La Rosa", "de Vries",
)  # fmt: skip
_EN_LOCALES: Final[dict[str, str]] = {
    "us": "en_US", "gb": "en_GB", "ie": "en_IE", "ca": "en_CA", "au": "en_AU", "in": "en_IN", "hi": "es_MX",
    "pl": "pl_PL", "fr": "fr_CA",
}  # fmt: skip
_NG_LOCALES: Final = ("en_NG", "yo_NG", "ig_NG", "ha_NG")
_ANGLO: Final = frozenset({"us", "gb", "ie", "ca", "au"})
_ORIGIN_WEIGHTS: Final[dict[str, tuple[tuple[str, int], ...]]] = {
    "us": (
        ("us", 40),
        ("hi", 12),
        ("ph", 8),
        ("ng", 5),
        ("vn", 5),
        ("cn", 5),
        ("in", 6),
        ("ar", 4),
        ("pl", 4),
        ("ie", 3),
        ("gb", 2),
        ("fr", 1),
    ),
    "uk": (
        ("gb", 45),
        ("ie", 8),
        ("in", 10),
        ("ng", 8),
        ("ph", 7),
        ("pl", 8),
        ("ar", 4),
        ("cn", 4),
        ("hi", 2),
        ("us", 1),
    ),
    "ie": (
        ("ie", 50),
        ("gb", 8),
        ("pl", 10),
        ("ph", 8),
        ("in", 8),
        ("ng", 6),
        ("ar", 3),
        ("cn", 3),
        ("hi", 2),
        ("vn", 2),
    ),
    "ca": (
        ("ca", 35),
        ("fr", 15),
        ("in", 10),
        ("ph", 10),
        ("cn", 10),
        ("vn", 4),
        ("ar", 5),
        ("pl", 4),
        ("hi", 3),
        ("ng", 3),
        ("ie", 1),
    ),
    "au": (
        ("au", 40),
        ("gb", 8),
        ("ie", 4),
        ("vn", 8),
        ("cn", 10),
        ("in", 8),
        ("ph", 6),
        ("ar", 4),
        ("pl", 3),
        ("ng", 2),
        ("hi", 2),
    ),
}
_ASR: Final[dict[str, str]] = {
    "nguyen": "new win", "siobhán": "shiv on", "siobhan": "shiv on", "niamh": "neeve", "aoife": "eefa",
    "caoimhe": "keeva", "tadhg": "tige", "pádraig": "pawrig", "sinéad": "shin aid", "gráinne": "grawn ya",
    "ciarán": "keer on", "diarmuid": "dermot", "ruairí": "rory", "colm": "column", "niamhs": "neeves",
    "pham": "farm", "huynh": "when", "tran": "train", "le": "lee", "ngo": "no", "bui": "buoy",
    "kowalski": "co wall ski", "wojcik": "voy chick", "szymański": "shim on ski", "khoury": "curry",
    "haddad": "had dad", "el": "l", "al": "all", "chukwu": "chuck woo", "okafor": "oak a for",
    "ogunde": "oh goon day", "dela": "della", "cruz": "cruise", "santos": "santa's", "reyes": "rays",
    "bautista": "baptista", "dimaculangan": "dima coolong an", "macaraeg": "macker egg", "chan": "chant",
    "wong": "wrong", "lim": "limb", "ng": "n g", "leung": "lung", "teo": "tio",
    "o": "oh", "mc": "mack", "mac": "mack", "fitzgerald": "fits gerald", "mcgrath": "mcgraw",
}  # fmt: skip

# (city, state/province, postal stub) per country; the city alone is a LOCATION
_US_CITIES: Final = (
    ("Dayton", "OH", "454"), ("Toledo", "OH", "436"), ("Scranton", "PA", "185"), ("Albuquerque", "NM", "871"),
    ("Fresno", "CA", "937"), ("Spokane", "WA", "992"), ("Chattanooga", "TN", "374"), ("Lubbock", "TX", "794"),
    ("Macon", "GA", "312"), ("Duluth", "MN", "558"), ("Green Bay", "WI", "543"), ("Tucson", "AZ", "857"),
    ("Bangor", "ME", "044"), ("Shreveport", "LA", "711"), ("Worcester", "MA", "016"), ("Yonkers", "NY", "107"),
)  # fmt: skip
_UK_CITIES: Final = (
    ("Leeds", "LS"), ("Swansea", "SA"), ("Wolverhampton", "WV"), ("Norwich", "NR"), ("Preston", "PR"),
    ("Bristol", "BS"), ("Sheffield", "S"), ("Exeter", "EX"), ("Hull", "HU"), ("Stoke-on-Trent", "ST"),
    ("Sunderland", "SR"), ("Lincoln", "LN"), ("Bolton", "BL"), ("Gloucester", "GL"),
)  # fmt: skip
_IE_CITIES: Final = (
    ("Ballincollig", "Cork", "P31"), ("Salthill", "Galway", "H91"), ("Ennis", "Clare", "V95"),
    ("Drogheda", "Louth", "A92"), ("Tralee", "Kerry", "V92"), ("Castlebar", "Mayo", "F23"),
    ("Mullingar", "Westmeath", "N91"), ("Newbridge", "Kildare", "W12"), ("Clonmel", "Tipperary", "E91"),
    ("Letterkenny", "Donegal", "F92"),
)  # fmt: skip
_CA_CITIES: Final = (
    ("Hamilton", "ON", "L8"), ("Sudbury", "ON", "P3"), ("Moncton", "NB", "E1"), ("Saskatoon", "SK", "S7"),
    ("Kelowna", "BC", "V1"), ("Laval", "QC", "H7"), ("Halifax", "NS", "B3"), ("Winnipeg", "MB", "R2"),
    ("Kingston", "ON", "K7"), ("Lethbridge", "AB", "T1"),
)  # fmt: skip
_AU_CITIES: Final = (
    ("Ballarat", "VIC", "3350"), ("Geelong", "VIC", "3220"), ("Toowoomba", "QLD", "4350"),
    ("Wollongong", "NSW", "2500"), ("Launceston", "TAS", "7250"), ("Bunbury", "WA", "6230"),
    ("Mount Gambier", "SA", "5290"), ("Cairns", "QLD", "4870"), ("Bendigo", "VIC", "3550"),
    ("Dubbo", "NSW", "2830"),
)  # fmt: skip
_ORIGIN_TOWNS: Final[dict[str, tuple[str, ...]]] = {
    "us": ("Scranton", "Youngstown", "Muncie", "Altoona"), "gb": ("Sunderland", "Dundee", "Merthyr Tydfil", "Barnsley"),
    "ie": ("Skibbereen", "Sligo", "Athlone", "Dungarvan"), "ca": ("Timmins", "Truro", "Brandon", "Cornwall"),
    "au": ("Wagga Wagga", "Broken Hill", "Mildura", "Kalgoorlie"), "in": ("Kochi", "Ludhiana", "Madurai", "Mangalore"),
    "hi": ("Guadalajara", "Ponce", "Ciudad Juárez", "San Salvador"), "ph": ("Cebu City", "Iloilo City", "Lipa", "Dagupan"),
    "ng": ("Ibadan", "Enugu", "Abeokuta", "Onitsha"), "vn": ("Hue", "Da Nang", "Can Tho", "Nha Trang"),
    "pl": ("Kraków", "Rzeszów", "Łódź", "Gdańsk"), "ar": ("Aleppo", "Mosul", "Alexandria", "Irbid"),
    "cn": ("Taishan", "Ipoh", "Kowloon City", "Xiamen"), "fr": ("Trois-Rivières", "Rimouski", "Chicoutimi", "Edmundston"),
}  # fmt: skip
_STREET_WORDS: Final = (
    "Maple", "Church", "Station", "Elm", "Mill", "Kingsley", "Hawthorn", "Orchard", "Victoria", "Park", "Willow",
    "Chapel", "Cedar", "Beacon", "Fairview", "Primrose", "Lakeview", "Ridge", "Sycamore", "Linden", "Ashgrove",
    "Brook", "Harbour", "Meadow", "Quarry", "Glebe", "Abbey", "Foxglove", "Bramble", "Cherrywood",
)  # fmt: skip
_STREET_TYPES: Final[dict[str, tuple[str, ...]]] = {
    "us": ("Street", "Avenue", "Road", "Drive", "Lane", "Court", "Boulevard"),
    "uk": ("Road", "Street", "Close", "Crescent", "Lane", "Terrace", "Gardens", "Way"),
    "ie": ("Road", "Street", "Park", "Lawn", "Avenue", "Drive", "Grove"),
    "ca": ("Street", "Avenue", "Road", "Crescent", "Drive", "Boulevard"),
    "au": ("Street", "Road", "Avenue", "Parade", "Crescent", "Court", "Terrace"),
}
_ORG_WORDS: Final = (
    "Willowbrook", "Maple Grove", "Cedar Hollow", "Ashfield", "Briarwood", "Heatherleigh", "Oakmont", "Riverside",
    "Pinecrest", "Fernhill", "Larkspur", "Glenview", "Brookhaven", "Hollyfield", "Kilbride", "Ardmore", "Rosemount",
    "Bethany", "Mount Carmel", "Silver Birch", "Harbourview", "Lilac Court", "Stonebridge", "Greenacres",
)  # fmt: skip
_SAINTS: Final = (
    "Columba's",
    "Brigid's",
    "Joseph's",
    "Anne's",
    "Vincent's",
    "Luke's",
    "Monica's",
    "Christopher's",
    "Patrick's",
    "Agnes'",
)
_ORG_TYPES: Final[dict[str, tuple[str, ...]]] = {
    "home": (
        "Care Home",
        "Nursing Home",
        "Nursing & Rehabilitation Center",
        "Health and Rehabilitation",
        "Manor",
        "Lodge",
    ),
    "al": ("Assisted Living", "Senior Living", "Retirement Residence", "Gardens Assisted Living"),
    "hospice": ("Hospice", "Hospice & Palliative Care", "Hospice House", "Palliative Care Service"),
    "hh": ("Home Health", "Home Care Services", "Visiting Nurses", "Community Care"),
    "dial": ("Dialysis Center", "Kidney Center", "Renal Unit", "Dialysis Clinic"),
    "rehab": ("Rehabilitation Hospital", "Rehab Institute", "Rehabilitation Centre"),
    "dme": ("Medical Supply", "Home Medical Equipment", "Mobility & Oxygen", "Healthcare Supplies"),
    "pharm": ("Pharmacy", "LTC Pharmacy", "Chemist", "Dispensary"),
    "agency": ("Nursing Agency", "Staffing Solutions", "Care Recruitment", "Nurse Bank"),
    "gp": ("Medical Practice", "Surgery", "Health Centre", "Family Practice"),
    "hosp": ("General Hospital", "Regional Medical Center", "Community Hospital", "University Hospital"),
    "dental": ("Family Dentistry", "Dental Practice", "Mobile Dental"),
    "rac": ("Residential Aged Care", "Aged Care", "Care Community"),
    "ltc": ("Long-Term Care Home", "Manor", "Place", "Lodge"),
}
_US_PHONE_AREAS: Final = (
    "937",
    "419",
    "570",
    "505",
    "559",
    "509",
    "423",
    "806",
    "478",
    "218",
    "920",
    "520",
    "207",
    "318",
    "508",
    "914",
)

# Chinese material
_ZH_ELDER_F: Final = (
    "桂英",
    "秀兰",
    "凤英",
    "玉珍",
    "淑珍",
    "招娣",
    "桂兰",
    "素芬",
    "月娥",
    "金凤",
    "惠芳",
    "秀珍",
    "彩霞",
    "爱华",
    "美娟",
    "翠英",
)
_ZH_ELDER_M: Final = (
    "建国",
    "德福",
    "长顺",
    "福生",
    "根宝",
    "振华",
    "国栋",
    "志刚",
    "守仁",
    "德明",
    "永福",
    "金水",
    "宝根",
    "树林",
    "卫东",
    "炳坤",
)
_ZH_COMPOUND: Final = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "慕容",
    "端木",
    "令狐",
    "夏侯",
    "尉迟",
    "公孙",
    "司徒",
    "宇文",
    "申屠",
)
_ZH_PLACES: Final = (
    ("上海市", "", ("静安区", "普陀区", "徐汇区", "杨浦区", "虹口区", "闵行区"), ("延长中路", "长寿路", "凯旋路", "控江路", "曲阳路", "莘松路"), "021"),
    ("北京市", "", ("朝阳区", "海淀区", "西城区", "丰台区"), ("安贞路", "花园路", "德胜门外大街", "方庄路"), "010"),
    ("江苏省", "苏州市", ("姑苏区", "吴中区", "相城区"), ("干将西路", "东环路", "人民路"), "0512"),
    ("浙江省", "杭州市", ("拱墅区", "西湖区", "上城区"), ("湖墅南路", "文三路", "庆春路"), "0571"),
    ("广东省", "广州市", ("越秀区", "荔湾区", "海珠区"), ("东风中路", "中山八路", "江南大道中"), "020"),
    ("湖北省", "武汉市", ("江岸区", "武昌区", "洪山区"), ("解放大道", "中南路", "珞喻路"), "027"),
    ("四川省", "成都市", ("锦江区", "青羊区", "武侯区"), ("东大街", "青华路", "玉林北路"), "028"),
    ("山东省", "青岛市", ("市南区", "市北区", "李沧区"), ("延吉路", "书院路", "南京路"), "0532"),
)  # fmt: skip
_ZH_ESTATES: Final = (
    "阳光花园",
    "金桥新村",
    "幸福里小区",
    "锦绣家园",
    "春晖苑",
    "梅园新村",
    "和平里",
    "翠湖苑",
    "康乐小区",
    "工人新村",
)
_ZH_CITIES: Final = (
    "苏州", "南通", "盐城", "绍兴", "宁波", "周口", "信阳", "阜阳", "安庆", "黄冈", "孝感", "邵阳", "赣州", "泉州",
    "温州", "扬州", "泰州", "徐州", "淮安", "开封", "洛阳", "常德", "宜宾", "九江", "湛江", "台州",
)  # fmt: skip
_ZH_TOWNS: Final = (
    "周庄镇",
    "同里镇",
    "七宝镇",
    "朱家角镇",
    "南浔镇",
    "西塘镇",
    "甪直镇",
    "木渎镇",
    "枫泾镇",
    "新场镇",
    "罗店镇",
    "练塘镇",
)
_ZH_VILLAGES: Final = ("前进村", "联合村", "新华村", "红旗村", "永丰村", "长桥村", "东湖村", "杨庄村")
_ZH_ORG_WORDS: Final = (
    "颐康", "福寿", "康乐", "安泰", "瑞福", "夕阳红", "松鹤", "慈晖", "恒爱", "馨园", "长青", "同心", "仁济", "德和",
    "普爱", "怡养", "金色港湾", "百岁", "孝亲", "乐龄", "安馨", "佳园", "爱晚", "福乐",
)  # fmt: skip
_ZH_ORG_TYPES: Final[dict[str, tuple[str, ...]]] = {
    "yly": ("养老院", "敬老院", "老年公寓", "养老服务中心"),
    "hly": ("护理院", "老年护理院", "护理中心"),
    "fly": ("社会福利院", "福利院"),
    "sq": ("社区卫生服务中心",),
    "zhan": ("社区卫生服务站", "卫生服务站"),
    "anning": ("安宁疗护中心", "安宁疗护病区", "宁养院"),
    "kf": ("康复医院", "康复中心"),
    "yy": ("人民医院", "中心医院", "中医医院", "第二人民医院"),
    "tx": ("血液透析中心", "肾病透析中心"),
    "byg": ("殡仪馆", "殡仪服务中心", "殡葬服务站"),
    "ls": ("律师事务所",),
    "gzc": ("公证处",),
    "hg": ("家政服务有限公司", "护工服务有限公司", "养老服务有限公司"),
    "yiyang": ("医养结合中心", "医养中心", "颐养院"),
    "zyz": ("志愿服务队", "志愿者协会", "义工队"),
    "sg": ("社会工作服务社", "社工服务中心"),
    "fj": ("康复辅具租赁站", "辅具服务中心"),
    "yd": ("大药房", "药房"),
}
_ZH_COURT_CODES: Final = (
    ("沪", "0106"),
    ("京", "0105"),
    ("苏", "0508"),
    ("浙", "0105"),
    ("粤", "0104"),
    ("鄂", "0102"),
)
_PINYIN: Final = (
    "wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu", "zhu", "gao",
    "lin", "he", "guo", "ma", "luo", "mei", "hua", "jun", "xiao", "ying", "min", "jian", "guo", "fang", "lan",
)  # fmt: skip
_EN_SMALL: Final = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_EN_TENS: Final = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EN_ORD: Final = (
    "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    "twentieth",
)  # fmt: skip
_ZH_DIGITS: Final = "零一二三四五六七八九"
_MONTHS: Final = (
    "", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Numbers in words, and reading them back
# ---------------------------------------------------------------------------------------------
def _en_words(number: int) -> str:
    """1..119 in English words: "ninety-three", "one hundred and two", "a hundred"."""
    if number >= 100:
        rest = number - 100
        return "a hundred" if rest == 0 else f"one hundred and {_en_words(rest)}"
    if number < 20:
        return _EN_SMALL[number]
    tens, unit = divmod(number, 10)
    return _EN_TENS[tens] if unit == 0 else f"{_EN_TENS[tens]}-{_EN_SMALL[unit]}"


def _zh_words(number: int) -> str:
    """0..199 in Chinese numerals: 九十三, 一百零二, 一百一十."""
    if number >= 100:
        rest = number - 100
        if rest == 0:
            return "一百"
        if rest < 10:
            return "一百零" + _ZH_DIGITS[rest]
        return "一百" + ("一" if rest < 20 else "") + _zh_words(rest)
    if number < 10:
        return _ZH_DIGITS[number]
    tens, unit = divmod(number, 10)
    head = "" if tens == 1 else _ZH_DIGITS[tens]
    return f"{head}十{_ZH_DIGITS[unit] if unit else ''}"


def _read_zh(text: str) -> int:
    total = 0
    current = -1
    for char in text:
        if char in "〇零":
            current = 0
        elif char in _ZH_DIGITS or char == "两":
            current = 2 if char == "两" else _ZH_DIGITS.index(char)
        elif char == "百":
            total += (current if current > 0 else 1) * 100
            current = -1
        elif char == "十":
            total += (current if current > 0 else 1) * 10
            current = -1
        else:
            raise ValueError("not a Chinese number")
    return total + max(current, 0)


def _read_en(text: str) -> int:
    total = 0
    current = 0
    for word in re.split(r"[\s-]+", text):
        if word in ("", "and"):
            continue
        if word == "a":
            current = 1
        elif word == "hundred":
            total += (current or 1) * 100
            current = 0
        elif word in _EN_SMALL:
            current += _EN_SMALL.index(word)
        elif word in _EN_TENS[2:]:
            current += _EN_TENS.index(word) * 10
        else:
            raise ValueError("not an English number")
    return total + current


def blind13_age_of(value: str) -> int:
    """The age an ``<<AGE:…>>`` value states: digits ("93"), English words ("ninety-three", "one hundred and
    two", "a hundred") or Chinese numerals ("九十三", "一百零二")."""
    text = value.strip().lower()
    if not text:
        raise ValueError("empty age")
    if text.isdigit():
        return int(text)
    if any(char in _ZH_DIGITS or char in "〇两十百" for char in text):
        return _read_zh(text)
    return _read_en(text)


def _spoken_year(year: int) -> str:
    high, low = divmod(year, 100)
    if high == 20 and low < 10:
        return f"two thousand {_en_words(low)}" if low else "two thousand"
    if low == 0:
        return f"{_en_words(high)} hundred"
    return f"{_en_words(high)} {_en_words(low) if low >= 10 else 'oh ' + _en_words(low)}"


def _ordinal(day: int) -> str:
    if day <= 20:
        return _EN_ORD[day]
    tens, unit = divmod(day, 10)
    return _EN_TENS[tens][:-1] + "ieth" if unit == 0 else f"{_EN_TENS[tens]}-{_EN_ORD[unit]}"


def _suffix(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _format_date(day: dt.date, style: str) -> str:
    y, m, d = day.year, day.month, day.day
    month = _MONTHS[m]
    formats: dict[str, Callable[[], str]] = {
        "us": lambda: f"{m:02d}/{d:02d}/{y}",
        "usn": lambda: f"{m}/{d}/{y}",
        "us2": lambda: f"{m:02d}/{d:02d}/{y % 100:02d}",
        "uk": lambda: f"{d:02d}/{m:02d}/{y}",
        "ukn": lambda: f"{d}/{m}/{y % 100:02d}",
        "long": lambda: f"{month} {d}, {y}",
        "ukl": lambda: f"{d} {month} {y}",
        "md": lambda: f"{month} {d}",
        "mds": lambda: f"{month[:3]} {d}",
        "dm": lambda: f"{d} {month[:3]}",
        "iso": lambda: f"{y}-{m:02d}-{d:02d}",
        "sh": lambda: f"{m}/{d}",
        "uksh": lambda: f"{d}/{m}",
        "ab": lambda: f"{d:02d}-{month[:3]}-{y}",
        "ord": lambda: f"{d}{_suffix(d)} {month}",
        "ordy": lambda: f"the {d}{_suffix(d)} of {month} {y}",
        "dot": lambda: f"{d:02d}.{m:02d}.{y % 100:02d}",
        "spk": lambda: f"{month.lower()} {_ordinal(d)} {_spoken_year(y)}",
        "zh": lambda: f"{y}年{m}月{d}日",
        "zhmd": lambda: f"{m}月{d}日",
        "zhmdh": lambda: f"{m}月{d}号",
        "zhs": lambda: f"{y}/{m}/{d}",
        "zhdot": lambda: f"{y}.{m}.{d}",
        "mdot": lambda: f"{m}.{d}",
        "zhcn": lambda: (
            "".join("〇" if c == "0" else _ZH_DIGITS[int(c)] for c in str(y)) + f"年{_zh_words(m)}月{_zh_words(d)}日"
        ),
        "zhym": lambda: f"{y}年{m}月",
        "zhmdcn": lambda: f"{_zh_words(m)}月{_zh_words(d)}号",
    }
    if style not in formats:
        raise KeyError(f"unknown date style {style!r}")
    return formats[style]()


# ---------------------------------------------------------------------------------------------
# Identifier formats
# ---------------------------------------------------------------------------------------------
_MBI_LETTERS: Final = "ACDEFGHJKMNPQRTUVWXY"


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(count))


def _alnum(rng: random.Random, count: int, alphabet: str = string.ascii_uppercase + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(count))


def _mbi(rng: random.Random) -> str:
    """A Medicare Beneficiary Identifier (CMS format: no S, L, O, I, B, Z)."""
    alnum = _MBI_LETTERS + string.digits
    return (
        str(rng.randint(1, 9)) + rng.choice(_MBI_LETTERS) + rng.choice(alnum) + _digits(rng, 1)
        + rng.choice(_MBI_LETTERS) + rng.choice(alnum) + _digits(rng, 1) + rng.choice(_MBI_LETTERS)
        + rng.choice(_MBI_LETTERS) + _digits(rng, 2)
    )  # fmt: skip


def _luhn_digit(body: str) -> str:
    total = 0
    for i, char in enumerate(reversed(body)):
        value = int(char)
        if i % 2 == 0:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return str((10 - total % 10) % 10)


def _npi(rng: random.Random) -> str:
    body = str(rng.randint(1, 2)) + _digits(rng, 8)
    return body + _luhn_digit("80840" + body)


def _nhs(rng: random.Random) -> str:
    """A 10-digit NHS number with a valid modulus-11 check digit."""
    while True:
        body = str(rng.randint(3, 7)) + _digits(rng, 8)
        check = 11 - sum(int(c) * w for c, w in zip(body, range(10, 1, -1), strict=True)) % 11
        if check == 11:
            check = 0
        if check != 10:
            return body + str(check)


def _ppsn(rng: random.Random) -> str:
    """An Irish PPS number: seven digits, a check letter, sometimes a second letter."""
    body = _digits(rng, 7)
    second = rng.choice(("", "", "A", "W"))
    total = sum(int(c) * w for c, w in zip(body, range(8, 1, -1), strict=True))
    if second:
        total += 9 * (ord(second) - 64)
    return body + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] + second


def _ohip(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + _digits(rng, 8)
    return body + _luhn_digit(body)


def _aus_medicare(rng: random.Random) -> str:
    body = str(rng.randint(2, 6)) + _digits(rng, 7)
    check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    return f"{body}{check}{rng.randint(1, 9)}"


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if c.isascii() and c.isalnum()).lower()


def _id_value(kind: str, rng: random.Random, year: int) -> str:
    """A non-record identifier of the given family (bed, licence, reference, ...)."""
    yy = year % 100
    generators: dict[str, Callable[[], str]] = {
        "roombed": lambda: f"{rng.randint(1, 3)}{rng.randint(1, 40):02d}-{rng.choice('ABCD')}",
        "room": lambda: f"{rng.choice(('', '', 'E', 'W', 'N'))}{rng.randint(1, 3)}{rng.randint(1, 40):02d}",
        "medicaid": lambda: rng.choice(
            (
                f"{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 5)}{rng.choice(string.ascii_uppercase)}",
                _digits(rng, 10),
                f"9{_digits(rng, 7)}{rng.choice('ABCDEFGH')}",
            )
        ),
        "npi": lambda: _npi(rng),
        "lic": lambda: rng.choice(
            (f"RN{_digits(rng, 7)}", f"RN-{_digits(rng, 6)}", f"LPN {_digits(rng, 6)}", f"{_digits(rng, 7)}")
        ),
        "nmc": lambda: f"{_digits(rng, 2)}{rng.choice('ABCDEFGHIJ')}{_digits(rng, 4)}{rng.choice('ENOSW')}",
        "ahpra": lambda: f"NMW{_digits(rng, 10)}",
        "staff": lambda: rng.choice((f"EMP-{_digits(rng, 5)}", f"S{_digits(rng, 4)}", f"{_digits(rng, 6)}")),
        "badge": lambda: f"V-{_digits(rng, 4)}",
        "agy": lambda: f"AGY-{_digits(rng, 6)}",
        "polst": lambda: f"POLST-{yy:02d}-{_digits(rng, 5)}",
        "case": lambda: rng.choice(
            (f"{year}-GU-{_digits(rng, 5)}", f"P-{yy:02d}-{_digits(rng, 4)}", f"{yy:02d}GDN{_digits(rng, 6)}")
        ),
        "claim": lambda: f"CLM{_digits(rng, 10)}",
        "rx": lambda: rng.choice((f"RX{_digits(rng, 7)}", f"{_digits(rng, 7)}", f"Rx-{_digits(rng, 6)}")),
        "order": lambda: f"DME-{_digits(rng, 6)}",
        "serial": lambda: rng.choice(
            (f"SN{_alnum(rng, 3)}{_digits(rng, 6)}", f"{_alnum(rng, 2, string.ascii_uppercase)}-{_digits(rng, 7)}")
        ),
        "chair": lambda: f"{rng.choice('ABCD')}-{rng.randint(1, 24):02d}",
        "lpa": lambda: f"7{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
        "sirs": lambda: f"SIRS-{year}-{_digits(rng, 6)}",
        "nhss": lambda: f"NHSS/{_digits(rng, 5)}/{yy:02d}",
        "me": lambda: f"ME-{yy:02d}-{_digits(rng, 5)}",
        "dc": lambda: f"{year}-{_digits(rng, 7)}",
        "acct": lambda: f"ACCT-{_digits(rng, 8)}",
        "inc": lambda: f"IR-{yy:02d}-{_digits(rng, 4)}",
        "ref": lambda: f"{_alnum(rng, 3, string.ascii_uppercase)}{_digits(rng, 6)}",
        "dea": lambda: f"{rng.choice('ABFM')}{rng.choice(string.ascii_uppercase)}{_digits(rng, 7)}",
        "ramq": lambda: f"{_alnum(rng, 4, string.ascii_uppercase)} {_digits(rng, 4)} {_digits(rng, 4)}",
        "phil": lambda: f"{_digits(rng, 2)}-{_digits(rng, 9)}-{_digits(rng, 1)}",
        "hosp": lambda: f"HOS-{_digits(rng, 6)}",
        "oasis": lambda: f"{_digits(rng, 4)}-{_alnum(rng, 4)}",
        "ndis": lambda: f"43{_digits(rng, 7)}",
        "dva": lambda: f"{rng.choice(('V', 'N', 'Q'))}X{_digits(rng, 6)}",
        # Chinese
        "bed": lambda: rng.choice(
            (
                f"{rng.randint(2, 9)}{rng.randint(1, 30):02d}-{rng.randint(1, 4)}",
                f"{rng.choice('ABCDE')}{rng.randint(1, 40):02d}",
            )
        ),
        "bah": lambda: f"{rng.randint(1, 9)}{_digits(rng, 6)}",
        "hgz": lambda: f"HG{_digits(rng, 8)}",
        "zyz": lambda: f"ZYZ{_digits(rng, 6)}",
        "swz": lambda: f"{rng.choice('ABCDEFGHJK')}{_digits(rng, 9)}",
        "hhz": lambda: f"{year}{_digits(rng, 5)}",
        "gz": lambda: (
            f"（{year}）{rng.choice(('沪静', '京朝', '苏姑', '浙杭', '粤越', '鄂武'))}证字第{rng.randint(100, 9999)}号"
        ),
        "ah": lambda: "（{}）{}{}民特{}号".format(year, *rng.choice(_ZH_COURT_CODES), rng.randint(10, 999)),
        "wx": lambda: rng.choice(
            (
                f"wxid_{_alnum(rng, 12, string.ascii_lowercase + string.digits)}",
                f"{rng.choice(_PINYIN)}{rng.choice(_PINYIN)}{_digits(rng, 4)}",
            )
        ),
        "cfh": lambda: f"CF{_digits(rng, 9)}",
        "jcb": lambda: f"JCB{year}{_digits(rng, 4)}",
        "gat": lambda: rng.choice((f"C{_digits(rng, 8)}", f"H{_digits(rng, 8)}")),
        "hszy": lambda: f"20{_digits(rng, 10)}",
        "sbk": lambda: f"{rng.choice(string.ascii_uppercase)}{_digits(rng, 8)}",
        "pg": lambda: f"PG{yy:02d}{_digits(rng, 7)}",
        "mzh": lambda: f"MZ{_digits(rng, 8)}",
        "txh": lambda: f"HD{_digits(rng, 5)}",
        "dbh": lambda: f"DB{year}{_digits(rng, 4)}",
        "htb": lambda: f"YL-{year}-{_digits(rng, 4)}",
        "zls": lambda: f"ZL{_digits(rng, 7)}",
        "xy": lambda: f"XY{yy:02d}{_digits(rng, 5)}",
        "fph": lambda: _digits(rng, 8),
    }
    if kind not in generators:
        raise KeyError(f"no identifier generator for {kind!r}")
    return generators[kind]()


# ---------------------------------------------------------------------------------------------
# The cast of a note and the values of its template keys
# ---------------------------------------------------------------------------------------------
@dataclass
class _Person:
    first: str
    last: str
    sex: str
    origin: str
    middle: str = ""
    nick: str = ""
    tel: str = ""
    tel_canonical: str = ""
    email: str = ""


_FAKERS: dict[str, Faker] = {}


def _faker(locale: str, rng: random.Random) -> Faker:
    fake = _FAKERS.get(locale)
    if fake is None:
        fake = _FAKERS[locale] = Faker(locale)
    fake.seed_instance(rng.randrange(2**32))
    return fake


def _clean_name(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


class _Note:
    """Everything one note's template can ask for, created lazily and memoised by key."""

    def __init__(self, language: str, country: str, rng: random.Random) -> None:
        self.language = language
        self.country = country
        self.rng = rng
        self.today = dt.date(2022, 1, 3) + dt.timedelta(days=rng.randrange(1270))
        self.people: dict[str, _Person] = {}
        self.memo: dict[str, str] = {}
        self.taken: set[str] = set()
        self.firsts: set[str] = set()
        roll = rng.random()
        self.age = rng.randint(90, 104) if roll < 0.42 else rng.randint(75, 89) if roll < 0.85 else rng.randint(58, 74)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        birthday = dt.date(self.today.year, month, day)
        self.dob = dt.date(self.today.year - self.age - (1 if birthday > self.today else 0), month, day)
        self.past = [self.today]
        for low, high in ((1, 4), (1, 7), (2, 10), (3, 14), (5, 20), (7, 30), (10, 45), (15, 60), (20, 120)):
            self.past.append(self.past[-1] - dt.timedelta(days=rng.randint(low, high)))
        self.future = [self.today]
        for low, high in ((3, 14), (7, 30), (14, 90), (20, 120)):
            self.future.append(self.future[-1] + dt.timedelta(days=rng.randint(low, high)))
        sex = rng.choice("fm")
        if language == "en":
            origin = self._origin()
            self.people["pt"] = self._en_person(origin, sex, elder=True)
        else:
            self.people["pt"] = self._zh_person(rng.choice(("z", "z", "z", "z", "cp")), sex, elder=True)
        patient = self.people["pt"]
        self._contact(patient)
        self.address, self.street, self.city = self._address()
        self.record_ids = self._record_ids()

    # ------------------------------------------------------------------ people
    def _origin(self) -> str:
        table = _ORIGIN_WEIGHTS[self.country]
        return self.rng.choices([name for name, _ in table], [weight for _, weight in table])[0]

    def _en_person(self, origin: str, sex: str, *, elder: bool = False, last: str = "", attempt: int = 0) -> _Person:
        rng = self.rng
        female = sex == "f"
        fake = _faker(_EN_LOCALES.get(origin, "en_US"), rng)
        nick = ""
        if origin == "ph":
            first, surname = rng.choice(_PH_F if female else _PH_M), rng.choice(_PH_L)
            if rng.random() < 0.4:
                nick = rng.choice(_PH_NICK_F if female else _PH_NICK_M)
        elif origin == "vn":
            first, surname = rng.choice(_VN_F if female else _VN_M), rng.choice(_VN_L)
        elif origin == "ar":
            first, surname = rng.choice(_AR_F if female else _AR_M), rng.choice(_AR_L)
        elif origin == "cn":
            first, surname = rng.choice(_CN_F if female else _CN_M), rng.choice(_CN_L)
        elif origin == "ng":
            fake = _faker(rng.choice(_NG_LOCALES), rng)
            first = fake.first_name_female() if female else fake.first_name_male()
            surname = fake.last_name()
        elif origin == "ie" and rng.random() < 0.45:
            first, surname = rng.choice(_IE_F if female else _IE_M), rng.choice(_IE_L)
            if surname.startswith(("Ní ", "Uí ")) and not female:
                surname = "Ó " + surname[3:]
        else:
            first = fake.first_name_female() if female else fake.first_name_male()
            surname = fake.last_name_female() if female else fake.last_name_male()
            if origin in _ANGLO:
                roll = rng.random()
                if roll < 0.07:
                    surname = rng.choice(_PARTICLE_L)
                elif roll < 0.13:
                    surname = f"{surname}-{fake.last_name()}"
            elif origin == "hi" and rng.random() < 0.35:
                surname = f"{surname} {fake.last_name()}"
        if elder and origin in _ANGLO and rng.random() < 0.7:
            first = rng.choice(_ELDER_F if female else _ELDER_M)
        if last:
            surname = last
        if not nick and first in _NICKS and rng.random() < 0.8:
            nick = rng.choice(_NICKS[first])
        middle = rng.choice("ABCDEFGHJKLMNPRSTW") if origin not in ("vn", "cn", "ar") else ""
        if origin == "vn":
            middle = "T" if female else "V"
        person = _Person(_clean_name(first), _clean_name(surname), sex, origin, middle, nick)
        full = f"{person.first} {person.last}"
        if (
            person.first == "Pastor"
            or person.last.startswith("Pastor")
            or full in self.taken
            or (person.first in self.firsts and attempt < 30)
        ):
            return self._en_person(origin, sex, elder=elder, last=last, attempt=attempt + 1)
        self.taken.add(full)
        self.firsts.add(person.first)
        return person

    def _zh_person(self, origin: str, sex: str, *, elder: bool = False, last: str = "", attempt: int = 0) -> _Person:
        rng = self.rng
        female = sex == "f"
        fake = _faker("zh_TW" if origin == "tw" else "zh_CN", rng)
        first = fake.first_name_female() if female else fake.first_name_male()
        surname = fake.last_name()
        if origin == "cp" or (origin == "z" and rng.random() < 0.04):
            surname = rng.choice(_ZH_COMPOUND)
        if elder and rng.random() < 0.6:
            first = rng.choice(_ZH_ELDER_F if female else _ZH_ELDER_M)
        if last:
            surname = last
        person = _Person(first, surname, sex, origin)
        if surname.startswith("老") or surname + first in self.taken or (first in self.firsts and attempt < 30):
            return self._zh_person(origin, sex, elder=elder, last=last, attempt=attempt + 1)
        self.taken.add(surname + first)
        self.firsts.add(first)
        return person

    def person(self, base: str) -> _Person:
        if base in self.people:
            return self.people[base]
        rng = self.rng
        patient = self.people["pt"]
        match = re.fullmatch(r"([a-z]+?)(\d*)([fm]?)", base)
        if not match:
            raise KeyError(base)
        origin, sex = match.group(1), match.group(3) or rng.choice("fm")
        if base == "sp":
            sex = "m" if patient.sex == "f" else "f"
        if self.language == "en":
            if base == "sp":
                same = rng.random() < 0.85
                person = self._en_person(patient.origin, sex, elder=True, last=patient.last if same else "")
            elif origin == "fam":
                keep = sex == "m" or rng.random() < 0.5
                person = self._en_person(patient.origin, sex, last=patient.last if keep else "")
            elif origin == "p":
                person = self._en_person(self._origin(), sex)
            else:
                person = self._en_person(origin, sex)
        elif base == "sp":
            person = self._zh_person("z", sex, elder=True)
        elif origin == "fam":
            father = patient if patient.sex == "m" else self.person("sp")
            person = self._zh_person("z", sex, last=father.last)
        else:
            person = self._zh_person("z" if origin == "p" else origin, sex)
        self._contact(person)
        self.people[base] = person
        return person

    def _contact(self, person: _Person) -> None:
        rng = self.rng
        if self.language == "zh":
            canonical = f"1{rng.choice('3456789')}{_digits(rng, 9)}"
            person.tel_canonical = canonical
            person.tel = rng.choice((
                canonical, canonical, f"{canonical[:3]}-{canonical[3:7]}-{canonical[7:]}",
                f"{canonical[:3]} {canonical[3:7]} {canonical[7:]}", f"+86 {canonical}",
            ))  # fmt: skip
            person.email = rng.choice((
                f"{rng.randint(10**6, 10**10)}@qq.com",
                f"{rng.choice(_PINYIN)}{rng.choice(_PINYIN)}{rng.randint(1950, 2005)}@{rng.choice(('163.com', '126.com', 'sina.com', 'foxmail.com'))}",
            ))  # fmt: skip
            return
        person.tel, person.tel_canonical = self._phone(mobile=True)
        first, last = _ascii(person.first), _ascii(person.last)
        domain = rng.choice(
            {
                "us": ("gmail.com", "yahoo.com", "aol.com", "comcast.net", "outlook.com", "icloud.com"),
                "uk": ("gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com"),
                "ie": ("gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "icloud.com"),
                "ca": ("gmail.com", "rogers.com", "shaw.ca", "sympatico.ca", "hotmail.com"),
                "au": ("gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com", "icloud.com"),
            }[self.country]
        )
        person.email = rng.choice((
            f"{first}.{last}@{domain}", f"{first[0]}{last}{rng.randint(1, 99)}@{domain}",
            f"{first}{last[:1]}{rng.randint(40, 99)}@{domain}", f"{last}.{first}{rng.randint(1, 9)}@{domain}",
        ))  # fmt: skip

    def person_form(self, base: str, form: str) -> str:
        person = self.person(base)
        if self.language == "zh":
            return self._zh_form(person, form)
        first, last = person.first, person.last
        initial = last.split()[-1][0] if last[0].islower() else last[0]
        forms: dict[str, Callable[[], str]] = {
            "full": lambda: f"{first} {last}",
            "first": lambda: first,
            "last": lambda: last,
            "fml": lambda: f"{first} {person.middle}. {last}" if person.middle else f"{first} {last}",
            "lf": lambda: f"{last}, {first}",
            "caps": lambda: f"{last.upper()}, {first}",
            "upper": lambda: f"{first} {last}".upper(),
            "ini": lambda: f"{first[0]}. {last}",
            "fi": lambda: f"{first} {initial}.",
            "inits": lambda: f"{first[0]}{initial}",
            "dots": lambda: f"{first[0]}.{initial}.",
            "lc": lambda: f"{first} {last}".lower(),
            "lcf": lambda: first.lower(),
            "lcl": lambda: last.lower(),
            "nick": lambda: person.nick or first,
            "nickl": lambda: f"{person.nick or first} {last}",
            "asr": lambda: self._asr(f"{first} {last}"),
            "asrl": lambda: self._asr(last),
            "tel": lambda: person.tel,
            "email": lambda: person.email,
        }
        return forms[form]()

    @staticmethod
    def _asr(name: str) -> str:
        words = re.sub(r"['’\-.]", " ", name.lower())
        words = re.sub(r"\b(mc|mac)(?=[a-z]{3})", r"\1 ", words)
        return " ".join(_ASR.get(word, word) for word in words.split())

    @staticmethod
    def _zh_form(person: _Person, form: str) -> str:
        given, last = person.first, person.last
        forms: dict[str, Callable[[], str]] = {
            "full": lambda: last + given,
            "sur": lambda: last,
            "given": lambda: given if len(given) > 1 else last + given,  # nobody is called by one character
            "g1": lambda: given[-1],
            "die": lambda: given[-1] * 2,
            "xiao": lambda: "小" + given[-1],
            "a": lambda: "阿" + given[-1],
            "tel": lambda: person.tel,
            "telc": lambda: person.tel_canonical,
            "telcn": lambda: "".join("零幺二三四五六七八九"[int(c)] for c in person.tel_canonical),
            "email": lambda: person.email,
        }
        return forms[form]()

    # ------------------------------------------------------------------ places, phones, organisations
    def _phone(self, *, mobile: bool) -> tuple[str, str]:
        """(as written, canonical digits) in this note's country."""
        rng = self.rng
        country = self.country
        if country in ("us", "ca"):
            area = (
                rng.choice(_US_PHONE_AREAS)
                if country == "us"
                else rng.choice(("905", "705", "506", "306", "250", "450", "902", "204", "613", "403"))
            )
            exchange, line = f"{rng.randint(2, 9)}{_digits(rng, 2)}", _digits(rng, 4)
            canonical = f"{area}{exchange}{line}"
            written = rng.choice((
                f"({area}) {exchange}-{line}", f"{area}-{exchange}-{line}", f"{area}.{exchange}.{line}", f"+1 {area} {exchange} {line}",
            ))  # fmt: skip
        elif country == "uk":
            if mobile:
                canonical = f"07{rng.randint(400, 999)}{_digits(rng, 6)}"
                written = rng.choice(
                    (f"{canonical[:5]} {canonical[5:]}", f"+44 {canonical[1:5]} {canonical[5:]}", canonical)
                )
            else:
                code = rng.choice(("0113", "01792", "01902", "01603", "01772", "0117", "0114", "01392"))
                canonical = code + _digits(rng, 11 - len(code))
                written = f"{code} {canonical[len(code) : len(code) + 3]} {canonical[len(code) + 3 :]}"
        elif country == "ie":
            if mobile:
                canonical = f"08{rng.choice('35679')}{_digits(rng, 7)}"
                written = rng.choice(
                    (
                        f"{canonical[:3]} {canonical[3:6]} {canonical[6:]}",
                        f"+353 {canonical[1:3]} {canonical[3:]}",
                        canonical,
                    )
                )
            else:
                code = rng.choice(("021", "091", "065", "041", "066", "094"))
                canonical = code + _digits(rng, 7)
                written = f"({code}) {canonical[3:6]} {canonical[6:]}"
        else:  # au
            if mobile:
                canonical = f"04{_digits(rng, 8)}"
                written = rng.choice(
                    (
                        f"{canonical[:4]} {canonical[4:7]} {canonical[7:]}",
                        f"+61 {canonical[1:4]} {canonical[4:7]} {canonical[7:]}",
                    )
                )
            else:
                code = rng.choice(("03", "07", "02", "08"))
                canonical = code + _digits(rng, 8)
                written = f"({code}) {canonical[2:6]} {canonical[6:]}"
        return written, canonical

    def _zh_landline(self) -> str:
        rng = self.rng
        code = rng.choice(_ZH_PLACES)[4]
        number = f"{rng.randint(2, 8)}{_digits(rng, 7 if len(code) == 3 else 6 + rng.randint(0, 1))}"
        return rng.choice((f"{code}-{number}", f"({code}){number}", f"{code}{number}"))

    def _address(self) -> tuple[str, str, str]:
        """(full canonical address, street part, city) in this note's country."""
        rng = self.rng
        if self.language == "zh":
            province, city, districts, roads, _ = rng.choice(_ZH_PLACES)
            district, road = rng.choice(districts), rng.choice(roads)
            if province == "上海市" and rng.random() < 0.6:
                street = (
                    f"{road}{rng.randint(10, 999)}弄{rng.randint(1, 60)}号{rng.randint(1, 6)}0{rng.randint(1, 4)}室"
                )
            else:
                street = f"{road}{rng.randint(1, 999)}号{rng.choice(_ZH_ESTATES)}{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}室"
            return f"{province}{city}{district}{street}", f"{district}{street}", city or province
        country = self.country
        number = str(rng.randint(1, 240) if country != "us" else rng.randint(100, 9899))
        street = f"{number} {rng.choice(_STREET_WORDS)} {rng.choice(_STREET_TYPES[country])}"
        if rng.random() < 0.2:
            street = (
                f"Apt {rng.randint(1, 24)}{rng.choice('ABCD')}, "
                if country in ("us", "ca")
                else f"Flat {rng.randint(1, 30)}, "
            ) + street
        if country == "us":
            city, state, stub = rng.choice(_US_CITIES)
            return f"{street}, {city}, {state} {stub}{_digits(rng, 2)}", street, city
        if country == "uk":
            city, area = rng.choice(_UK_CITIES)
            postcode = f"{area}{rng.randint(1, 19)} {rng.randint(1, 9)}{_alnum(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
            return f"{street}, {city} {postcode}", street, city
        if country == "ie":
            city, county, routing = rng.choice(_IE_CITIES)
            return (
                f"{street}, {city}, Co. {county}, {routing} {_alnum(rng, 4, 'ACDEFHKNPRTVWXY0123456789')}",
                street,
                city,
            )
        if country == "ca":
            city, province, stub = rng.choice(_CA_CITIES)
            postal = f"{stub}{rng.choice('ABCEGHJKLMNPRSTVXY')} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}"
            return f"{street}, {city}, {province} {postal}", street, city
        city, state, postcode = rng.choice(_AU_CITIES)
        return f"{street}, {city} {state} {postcode}", street, city

    def _city(self) -> str:
        rng = self.rng
        if self.language == "zh":
            name = rng.choice(_ZH_CITIES)
            return name + "市" if rng.random() < 0.4 else name
        table: tuple[tuple[str, ...], ...] = {
            "us": _US_CITIES, "uk": _UK_CITIES, "ie": _IE_CITIES, "ca": _CA_CITIES, "au": _AU_CITIES,
        }[self.country]  # fmt: skip
        return rng.choice(table)[0]

    def _org(self, kind: str) -> str:
        rng = self.rng
        if self.language == "zh":
            place = rng.choice((rng.choice(rng.choice(_ZH_PLACES)[2]), rng.choice(_ZH_CITIES) + "市", ""))
            word = rng.choice(_ZH_ORG_WORDS)
            if kind == "yy":
                return f"{rng.choice(_ZH_CITIES)}市{rng.choice(_ZH_ORG_TYPES['yy'])}"
            if kind in ("sq", "zhan"):
                return f"{rng.choice(rng.choice(_ZH_PLACES)[2])}{rng.choice(('长寿路', '曹杨新村', '石门二路', '江宁路', '彭浦镇', '真如镇', '大宁路'))}街道{rng.choice(_ZH_ORG_TYPES[kind])}"
            if kind == "ls":
                return f"{rng.choice(('君和', '正信', '明理', '德衡', '中伦信'))}律师事务所"
            if kind == "gzc":
                return f"{rng.choice(rng.choice(_ZH_PLACES)[2])}公证处"
            return f"{place}{word}{rng.choice(_ZH_ORG_TYPES[kind])}"
        word = rng.choice(_ORG_WORDS)
        if kind == "funeral":
            fake = _faker(_EN_LOCALES.get(self.country if self.country != "uk" else "gb", "en_US"), rng)
            return rng.choice((
                f"{fake.last_name()} & Sons Funeral Home", f"{fake.last_name()} Funeral Directors",
                f"{fake.last_name()}-{fake.last_name()} Funeral Chapel", f"{word} Memorial Chapel",
            ))  # fmt: skip
        if kind == "church":
            return rng.choice((
                f"St. {rng.choice(_SAINTS)} Parish", f"First Baptist Church of {self._city()}", f"{self._city()} Islamic Centre",
                "Holy Trinity Church, " + self._city(), f"Our Lady of {rng.choice(('Lourdes', 'Fatima', 'Good Counsel'))} Church",
                f"{self._city()} Vietnamese Buddhist Temple",
            ))  # fmt: skip
        if kind == "law":
            fake = _faker("en_US", rng)
            return rng.choice(
                (
                    f"{fake.last_name()} & {fake.last_name()} LLP",
                    f"{fake.last_name()} Elder Law",
                    f"{fake.last_name()} Solicitors",
                )
            )
        if kind == "court":
            return rng.choice(
                (
                    f"{self._city()} County Probate Court",
                    f"Probate and Family Court, {self._city()}",
                    f"{self._city()} Circuit Court",
                )
            )
        if kind == "hosp":
            return rng.choice(
                (
                    f"{self._city()} {rng.choice(_ORG_TYPES['hosp'])}",
                    f"St. {rng.choice(_SAINTS)} Hospital",
                    f"{word} {rng.choice(_ORG_TYPES['hosp'])}",
                )
            )
        if rng.random() < 0.15 and kind in ("home", "hospice", "hosp", "ltc", "rac"):
            return f"St. {rng.choice(_SAINTS)} {rng.choice(_ORG_TYPES[kind])}"
        return f"{word} {rng.choice(_ORG_TYPES[kind])}"

    def _url(self, kind: str) -> str:
        rng = self.rng
        patient = self.people["pt"]
        first, last = _ascii(patient.first), _ascii(patient.last)
        low = string.ascii_lowercase + string.digits
        if self.language == "zh":
            generators: dict[str, Callable[[], str]] = {
                "meet": lambda: (
                    f"https://meeting.tencent.com/dm/{_alnum(rng, 12, string.ascii_letters + string.digits)}"
                ),
                "fam": lambda: f"https://jiashu.{rng.choice(_PINYIN)}{rng.choice(_PINYIN)}yl.cn/p/{_digits(rng, 6)}",
                "pic": lambda: f"https://pan.baidu.com/s/1{_alnum(rng, 22, string.ascii_letters + string.digits)}",
                "form": lambda: f"https://wj.qq.com/s2/{_digits(rng, 8)}/{_alnum(rng, 4, low)}",
                "jd": lambda: f"https://jidian.{rng.choice(_PINYIN)}byg.cn/m/{_digits(rng, 7)}",
                "live": lambda: f"https://v.douyin.com/{_alnum(rng, 8, string.ascii_letters + string.digits)}/",
            }
        else:
            generators = {
                "cb": lambda: f"https://www.caringbridge.org/site/{first}{last}{rng.randint(1, 99)}",
                "obit": lambda: (
                    f"https://www.{rng.choice(_STREET_WORDS).lower()}funeralhome.com/obituaries/{first}-{last}-{rng.randint(1, 999)}"
                ),
                "meet": lambda: rng.choice(
                    (
                        f"https://zoom.us/j/{_digits(rng, 11)}?pwd={_alnum(rng, 16, string.ascii_letters + string.digits)}",
                        f"https://meet.google.com/{_alnum(rng, 3, string.ascii_lowercase)}-{_alnum(rng, 4, string.ascii_lowercase)}-{_alnum(rng, 3, string.ascii_lowercase)}",
                        f"https://teams.microsoft.com/l/meetup-join/{_alnum(rng, 20, low)}",
                    )
                ),
                "portal": lambda: (
                    f"https://family.{rng.choice(_STREET_WORDS).lower()}care.org/resident/{_digits(rng, 6)}"
                ),
                "fund": lambda: f"https://gofund.me/{_alnum(rng, 8, '0123456789abcdef')}",
                "photos": lambda: f"https://photos.app.goo.gl/{_alnum(rng, 17, string.ascii_letters + string.digits)}",
                "form": lambda: (
                    f"https://forms.{rng.choice(_STREET_WORDS).lower()}hospice.org/bereavement?ref={_alnum(rng, 8, low)}"
                ),
            }
        return generators[kind]()

    def _record_ids(self) -> dict[str, str]:
        """The identifiers the record holds for the patient, canonical."""
        rng = self.rng
        ids = {
            "mrn": f"{rng.randint(0, 2)}{_digits(rng, 7)}"
            if self.language == "en"
            else f"{rng.randint(1, 9)}{_digits(rng, 7)}"
        }
        if self.language == "zh":
            ids["sfz"] = cn_resident_id(rng, self.dob)
            ids["yb"] = f"{rng.choice(('31', '32', '33', '44', '42', '51', '37', '11'))}{_digits(rng, 10)}"
            ids["cxh"] = f"CH{self.today.year % 100:02d}{_digits(rng, 8)}"
        else:
            national = {"us": _mbi, "uk": _nhs, "ie": _ppsn, "ca": _ohip, "au": _aus_medicare}[self.country]
            ids["national"] = national(rng)
            ids["res"] = f"R{_digits(rng, 5)}"
        return ids

    # ------------------------------------------------------------------ dispatch
    def value(self, key: str) -> str:
        if key not in self.memo:
            self.memo[key] = self._compute(key)
        return self.memo[key]

    def _compute(self, key: str) -> str:
        rng = self.rng
        patient = self.people["pt"]
        female = patient.sex == "f"
        fillers: dict[str, Callable[[], str]] = {
            "sex": lambda: "F" if female else "M",
            "he": lambda: "she" if female else "he",
            "he_c": lambda: "She" if female else "He",
            "his": lambda: "her" if female else "his",
            "his_c": lambda: "Her" if female else "His",
            "him": lambda: "her" if female else "him",
            "woman": lambda: "woman" if female else "man",
            "lady": lambda: "lady" if female else "gentleman",
            "parent": lambda: "mother" if female else "father",
            "mum": lambda: "Mum" if female else "Dad",
            "spouse": lambda: "husband" if female else "wife",
            "hon": lambda: ("Mrs" if female else "Mr") + ("." if self.country in ("us", "ca") else ""),
            "ta": lambda: "她" if female else "他",
            "xb": lambda: "女" if female else "男",
            "ch": lambda: "女士" if female else "先生",
            "yy": lambda: "奶奶" if female else "爷爷",
            "lao": lambda: "老太太" if female else "老爷子",
            "laoban": lambda: "老伴",
            "spch": lambda: "大爷" if female else "阿姨",
            "wma": lambda: "我妈" if female else "我爸",
            "mama": lambda: "妈妈" if female else "爸爸",
            "s_he": lambda: "he" if female else "she",
            "s_his": lambda: "his" if female else "her",
            "s_him": lambda: "him" if female else "her",
            "zhangfu": lambda: "丈夫" if female else "妻子",
            "bp": lambda: f"{rng.randint(96, 168)}/{rng.randint(50, 94)}",
            "hr": lambda: str(rng.randint(54, 112)),
            "rr": lambda: str(rng.randint(12, 28)),
            "spo2": lambda: str(rng.randint(86, 99)),
            "tf": lambda: f"{rng.uniform(96.8, 100.9):.1f}",
            "tc": lambda: f"{rng.uniform(36.0, 38.4):.1f}",
            "wt": lambda: f"{rng.uniform(38.0, 92.0):.1f}",
            "lb": lambda: str(rng.randint(88, 210)),
            "pain": lambda: str(rng.randint(0, 8)),
            "bims": lambda: str(rng.randint(3, 15)),
            "braden": lambda: str(rng.randint(9, 20)),
            "pps": lambda: str(rng.choice((10, 20, 30, 40, 50, 60))),
            "barthel": lambda: str(rng.randrange(0, 75, 5)),
            "mmse": lambda: str(rng.randint(8, 27)),
            "waterlow": lambda: str(rng.randint(10, 24)),
            "bgl": lambda: f"{rng.uniform(4.2, 14.8):.1f}",
            "kg": lambda: f"{rng.uniform(0.4, 3.6):.1f}",
        }
        if key in fillers:
            return fillers[key]()
        record = self.record_ids
        patient_keys: dict[str, Callable[[], str]] = {
            "age": lambda: str(self.age),
            "age_w": lambda: _en_words(self.age),
            "age_zh": lambda: _zh_words(self.age),
            "mrn": lambda: record["mrn"],
            "mrn_d": lambda: f"{record['mrn'][:4]}-{record['mrn'][4:]}",
            "mrn_s": lambda: record["mrn"].lstrip("0") or "0",
            "mrn_p": lambda: ("ZY" if self.language == "zh" else "MR") + record["mrn"],
            "res": lambda: record["res"],
            "res_d": lambda: f"R-{record['res'][1:]}",
            "mbi": lambda: record["national"],
            "mbi_d": lambda: f"{record['national'][:4]}-{record['national'][4:7]}-{record['national'][7:]}",
            "nhs": lambda: f"{record['national'][:3]} {record['national'][3:6]} {record['national'][6:]}",
            "nhs_c": lambda: record["national"],
            "ppsn": lambda: record["national"],
            "ppsn_sp": lambda: f"{record['national'][:7]} {record['national'][7:]}",
            "ohip": lambda: (
                f"{record['national'][:4]}-{record['national'][4:7]}-{record['national'][7:]}-{_alnum(rng, 2, string.ascii_uppercase)}"
            ),
            "ohip_c": lambda: record["national"],
            "ausmed": lambda: f"{record['national'][:4]} {record['national'][4:9]} {record['national'][9]}",
            "ausmed_c": lambda: record["national"][:10],
            "sfz": lambda: record["sfz"],
            "sfz_x": lambda: record["sfz"].lower(),
            "yb": lambda: record["yb"],
            "cxh": lambda: record["cxh"],
            "pt_addr": lambda: self.address,
            "pt_street": lambda: self.street,
            "pt_city": lambda: self.city,
            "town_o": lambda: (
                rng.choice(_ORIGIN_TOWNS[patient.origin]) if self.language == "en" else rng.choice(_ZH_TOWNS)
            ),
        }
        if key in patient_keys:
            return patient_keys[key]()
        if match := _PERSON_KEY.fullmatch(key):
            return self.person_form(match.group(1), match.group(2))
        if match := _DATE_KEY.fullmatch(key):
            base, style = match.groups()
            if base == "dob":
                day = self.dob
            elif base[0] == "d":
                day = self.past[int(base[1])]
            else:
                day = self.future[int(base[1])]
            return _format_date(day, style)
        match = _NUMBERED.fullmatch(key)
        if not match:
            raise KeyError(key)
        family, _ = match.groups()
        if family in ("ageo", "ageo_w", "ageo_zh"):  # the age of the patient's spouse or sibling
            number = max(58, min(103, self.age + rng.randint(-7, 5)))
            return {"ageo": str(number), "ageo_w": _en_words(number), "ageo_zh": _zh_words(number)}[family]
        if family in ("mob", "land", "fax"):
            if self.language == "zh":
                return f"1{rng.choice('3456789')}{_digits(rng, 9)}" if family == "mob" else self._zh_landline()
            return self._phone(mobile=family == "mob")[0]
        if family == "addr":
            return self._address()[0]
        if family == "addrs":
            return self._address()[1]
        if family == "city":
            return self._city()
        if family == "town":
            return rng.choice(_ZH_TOWNS) if self.language == "zh" else rng.choice(_ORIGIN_TOWNS[self._origin()])
        if family == "village":
            return f"{rng.choice(_ZH_TOWNS)}{rng.choice(_ZH_VILLAGES)}{rng.randint(1, 12)}组{rng.randint(1, 80)}号"
        if family.startswith("org_"):
            return self._org(family[4:])
        if family.startswith("url_"):
            return self._url(family[4:])
        if family == "em_org":
            word = _ascii(rng.choice(_ORG_WORDS if self.language == "en" else _PINYIN))
            mailbox = rng.choice(("admissions", "office", "nursing", "familyliaison", "records", "billing"))
            tld = {"us": "org", "uk": "co.uk", "ie": "ie", "ca": "ca", "au": "com.au", "cn": "cn"}[self.country]
            return f"{mailbox}@{word}{rng.choice(('care', 'health', 'hospice', 'living'))}.{tld}"
        return _id_value(family, rng, self.today.year)

    def known(self) -> tuple[KnownIdentifier, ...]:
        patient = self.people["pt"]
        record = self.record_ids
        if self.language == "zh":
            items = [
                KnownIdentifier("PERSON", patient.last + patient.first),
                KnownIdentifier("ID", record["mrn"]),
                KnownIdentifier("ID", record["sfz"]),
                KnownIdentifier("ID", record["yb"]),
                KnownIdentifier("ID", record["cxh"]),
            ]
        else:
            items = [
                KnownIdentifier("PERSON", f"{patient.first} {patient.last}"),
                KnownIdentifier("PERSON", patient.first),
                KnownIdentifier("PERSON", patient.last),
                KnownIdentifier("ID", record["mrn"]),
                KnownIdentifier("ID", record["national"]),
                KnownIdentifier("ID", record["res"]),
            ]
        items += [
            KnownIdentifier("PHONE", patient.tel_canonical),
            KnownIdentifier("ADDRESS", self.address),
            KnownIdentifier("DATE", self.dob.isoformat()),
            KnownIdentifier("EMAIL", patient.email),
        ]
        return tuple(items)


# ---------------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------------
def _country(language: str, template_name: str) -> str:
    return "cn" if language == "zh" else template_name.split("_", 1)[0]


def generate_blind13(language: str, count: int) -> list[SynthNote]:
    """``count`` notes in ``language`` ("en" or "zh"): note i takes the i-th template in sorted name order
    (round robin) and its own ``random.Random(f"{BLIND13_SEED}:{language}:{i}")``."""
    if language == "en":
        templates = EN_BLIND13_TEMPLATES
    elif language == "zh":
        templates = ZH_BLIND13_TEMPLATES
    else:
        raise ValueError(f"unsupported language {language!r}; expected 'en' or 'zh'")
    names = sorted(templates)
    notes: list[SynthNote] = []
    for i in range(count):
        name = names[i % len(names)]
        template = templates[name]
        rng = random.Random(f"{BLIND13_SEED}:{language}:{i}")
        note = _Note(language, _country(language, name), rng)
        values: dict[str, str] = {}
        for match in _MARK.finditer(template):
            key = match.group(2) or match.group(3)
            values[key] = note.value(key)
        text, spans = render(template, values, age_of=blind13_age_of)
        notes.append(
            SynthNote(
                note_id=f"{BLIND13_SPLIT}-{language}-{i + 1:04d}",
                split=BLIND13_SPLIT,
                language=language,
                template=name,
                text=text,
                spans=spans,
                known=note.known(),
            )
        )
    return notes
