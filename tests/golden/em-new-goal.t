$ goals --vault examples/engineering-manager --today 2026-11-22 new goal 'Run two design reviews' --horizon short --parent 'Move into engineering management' --deadline 2027-03-31 --metric 'Two reviews held, notes shared' --accountability '[[Priya Natarajan]]' --dry-run
? 0
--- stdout
---
type: goal
horizon: short
status: active
parent: "[[Move into engineering management]]"
deadline: 2027-03-31
metric: "Two reviews held, notes shared"
accountability: "[[Priya Natarajan]]"
created: 2026-11-22
reviewed: 2026-11-22
---
# Run two design reviews

%% Make it SMART; the properties above answer most of it:
- Specific: does the title say exactly what you will do?
- Measurable: `metric` says how you will know it is done (`target` and `current` can track a number).
- Achievable: does it rest on your own actions rather than on someone else's decision?
- Relevant: `parent` links the longer-term goal or the vision it moves you toward.
- Time-bound: `deadline` says when it is due.
- Accountable: `accountability` names who you told and who checks in with you. %%

## Why it matters

## Next steps
--- stderr
