"""clubcrm's benchmarks: `python -m bench` (see bench/RESULTS.md).

Timings live here and only here; tests never time anything. Every figure is
compared within one run on one machine, because these 2-core machines drift
by about 35 % from run to run (PERFORMANCE.md).
"""
