$ goals --vault examples/engineering-manager --today 2026-13-01 show 2026-Q4
? 2
--- stdout
--- stderr
goals: --today: '2026-13-01' is not a date (YYYY-MM-DD)
See 'goals show --help'.
