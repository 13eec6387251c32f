$ goals --vault examples/engineering-manager --today 2026-11-22 list --due-before soon
? 2
--- stdout
--- stderr
goals: --due-before: 'soon' is not a date (YYYY-MM-DD)
See 'goals list --help'.
