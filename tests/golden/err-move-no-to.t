$ goals --vault examples/engineering-manager --today 2026-11-22 move "capacity model"
? 2
--- stdout
--- stderr
goals: 'goals move' needs --to: The new date (YYYY-MM-DD)
See 'goals move --help'.
