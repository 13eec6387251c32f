$ goals --vault examples/engineering-manager --today 2026-11-22 review --cadence weekly --no-input --dry-run
? 0
--- stdout
---
type: review
cadence: weekly
sprint: "[[2026-Q4]]"
date: 2026-11-22
---
# 2026-W47

> [!info] Milestones, 2026-11-16 to 2026-11-22
> **Due this week**
> - nothing
>
> **Overdue**
> - [[Finish the Coaching for Engineers course]]: Week 4-5: Modules 7-8 and the recorded coaching conversation 📅 2026-10-31
>
> **Done this week**
> - [[Mentor 2 junior engineers]]: Week 5-8: Three sessions each and one written growth area per mentee ✅ 2026-11-20

## How am I doing against my goals?

## Which tasks and priorities did I change?

## What small wins can I celebrate?
--- stderr
goals: note: 'examples/engineering-manager/Reviews/2026-W47.md' already exists; without --dry-run the review would be refused
