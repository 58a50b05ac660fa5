"""Celery workers: the app, its queues, and the tasks that run the pipeline steps."""
