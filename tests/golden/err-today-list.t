$ goals --vault examples/engineering-manager --today garbage list
? 2
--- stdout
--- stderr
goals: --today: 'garbage' is not a date (YYYY-MM-DD)
See 'goals list --help'.
