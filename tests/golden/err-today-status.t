$ goals --vault examples/engineering-manager --today 22-11-2026 status
? 2
--- stdout
--- stderr
goals: --today: '22-11-2026' is not a date (YYYY-MM-DD)
See 'goals status --help'.
