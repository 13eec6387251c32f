$ goals --vault examples/engineering-manager --today 2026-11-22 new goal "Lead the Q1 hiring loop" --horizon shrt --dry-run
? 2
--- stdout
--- stderr
goals: --horizon: 'shrt' is not one of long, medium, short; did you mean 'short'?
See 'goals new goal --help'.
