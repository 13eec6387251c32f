$ goals --vault examples/engineering-manager --today 2026-11-22 new goal 'Get better at leadership'
? 2
--- stdout
--- stderr
goals: examples/engineering-manager/Goals/Get better at leadership.md already exists; nothing was written (goals never overwrites a note)
