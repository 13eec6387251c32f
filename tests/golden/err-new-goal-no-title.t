$ goals --vault examples/engineering-manager --today 2026-11-22 new goal
? 2
--- stdout
--- stderr
goals: 'goals new goal' needs a title: What you will do, e.g. "Mentor 2 junior engineers"
See 'goals new goal --help'.
