$ goals --vault examples/engineering-manager --today 2026-11-22 wins --since 2026-13-01
? 2
--- stdout
--- stderr
goals: --since: '2026-13-01' is not a date (YYYY-MM-DD)
See 'goals wins --help'.
