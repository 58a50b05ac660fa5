"""Text-generation backends (model server, extractive) and the inference-server simulator."""
