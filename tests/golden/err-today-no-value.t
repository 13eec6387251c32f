$ goals --vault examples/engineering-manager list --today
? 2
--- stdout
--- stderr
goals: --today needs a value: Treat this date (YYYY-MM-DD) as today ($GOALS_TODAY)
See 'goals list --help'.
