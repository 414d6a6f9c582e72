"""Benchmark tools: a synthetic seed generator (synth) and the benchmark harness (run)."""
