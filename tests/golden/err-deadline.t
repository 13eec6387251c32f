$ goals --vault examples/engineering-manager --today 2026-11-22 new goal "Lead the Q1 hiring loop" --deadline 2027-13-01 --dry-run
? 2
--- stdout
--- stderr
goals: --deadline: '2027-13-01' is not a date (YYYY-MM-DD)
See 'goals new goal --help'.
