"""medgo-bridge core: settings, storage, the patient record, rules, the draft pipeline, de-identification.

Nothing in here imports ``connectors``, ``workers`` or ``inference``: they implement the small
interfaces in :mod:`integration.ports` and are wired together in :mod:`medgo_bridge.wiring`.
"""

__version__ = "0.1.0"
