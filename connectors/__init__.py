"""EMR connectors: the FHIR R4 write-back client and a stand-in EMR server for tests and the demo."""
