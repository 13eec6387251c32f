$ goals --vault examples/engineering-manager --today 2026-11-22 list --format xml
? 2
--- stdout
--- stderr
goals: --format: 'xml' is not one of text, json, jsonl, tsv, paths
See 'goals list --help'.
