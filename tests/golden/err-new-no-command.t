$ goals --vault examples/engineering-manager new
? 2
--- stdout
--- stderr
goals: 'goals new' needs a command: goal, review, sprint, vision
See 'goals new --help'.
