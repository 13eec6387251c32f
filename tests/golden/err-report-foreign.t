$ goals --vault examples/engineering-manager --today 2026-11-22 report --output 'examples/engineering-manager/Goals/Mentor 2 junior engineers.md'
? 2
--- stdout
--- stderr
goals: examples/engineering-manager/Goals/Mentor 2 junior engineers.md exists and was not written by goals (it has no `generated-by: goals` property); nothing was written (goals replaces only a dashboard it wrote itself)
