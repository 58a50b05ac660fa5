"""HL7 v2: header reading, character sets, parsing and mapping to FHIR R4, outbound MDM^T02."""
