"""The HTTP API: FastAPI app factory, authentication, read endpoints and health."""
