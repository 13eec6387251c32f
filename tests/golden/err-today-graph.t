$ goals --vault examples/engineering-manager graph --today 2026-02-30
? 2
--- stdout
--- stderr
goals: --today: '2026-02-30' is not a date (YYYY-MM-DD)
See 'goals graph --help'.
