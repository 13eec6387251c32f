$ goals --vault examples/engineering-manager --today 2026-11-22 list --type gaol
? 2
--- stdout
--- stderr
goals: --type: 'gaol' is not one of vision, goal, sprint, review, note, all; did you mean 'goal'?
