$ goals --vault examples/engineering-manager --today 2026-11-22 show "No such goal"
? 2
--- stdout
--- stderr
goals: no note named 'No such goal' in vault 'examples/engineering-manager'; create it with: goals new goal "No such goal"
