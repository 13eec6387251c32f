$ goals --vault examples/engineering-manager --today 2026-11-22 list --format xml
? 2
--- stdout
--- stderr
goals: --format: xml not in {text,json,jsonl,tsv,paths}
Run 'goals list --help' for usage.
