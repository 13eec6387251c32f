$ goals --vault examples/engineering-manager --today 2026-11-22 new sprint --goal 'Mentor 2 junior engineers' --goal 'Get better at leadership' --goal 'Give a talk at the internal engineering summit' --goal 'Build a network of engineering managers' --dry-run
? 2
--- stdout
--- stderr
goals: a sprint holds at most 3 goals, and 4 were given: if everything is a priority, nothing is. Pick the ones that matter most this quarter (max-goals-per-sprint in .goals.yaml sets the limit)
