$ goals --vault examples/engineering-manager --today 2026-11-22 new gaol
? 2
--- stdout
--- stderr
goals: unknown command 'gaol' for 'goals new' (one of goal, review, sprint, vision); did you mean 'goal'?
See 'goals new --help'.
