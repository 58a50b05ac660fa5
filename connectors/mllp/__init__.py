"""MLLP: framing, acknowledgements, the durable listener, the sender and the send-hl7 command."""
