$ goals --vault examples/engineering-manager --today 2026-12-28 new review --dry-run
? 0
--- stdout
---
type: review
cadence: quarterly
sprint: "[[2026-Q4]]"
date: 2026-12-28
---
# 2026-Q4 Review

> [!info] Q4 2026 career sprint: 2026-10-01 to 2026-12-31
> **Set out to do**
> - [[Mentor 2 junior engineers]]: Both mentees have a written growth plan and 6 logged sessions each (2 of 3 milestones done)
> - [[Lead the sprint planning cycle for Q1 2027]]: Q1 2027 plan agreed by the squad and product in one session (1 of 3 milestones done)
> - [[Finish the Coaching for Engineers course]]: Course certificate received (2 of 3 milestones done)
>
> **Done**
> - [[Mentor 2 junior engineers]]: Week 1-4: Agree mentoring goals with Sam and Lea and book a fortnightly slot ✅ 2026-10-12
> - [[Mentor 2 junior engineers]]: Week 5-8: Three sessions each and one written growth area per mentee ✅ 2026-11-20
> - [[Lead the sprint planning cycle for Q1 2027]]: Week 1-4: Shadow Dana through the mid-quarter re-plan ✅ 2026-10-27
> - [[Finish the Coaching for Engineers course]]: Week 1-2: Modules 1-4 ✅ 2026-10-13
> - [[Finish the Coaching for Engineers course]]: Week 3-4: Modules 5-6 ✅ 2026-10-30

## What was I trying to achieve this quarter?

## What did I really get done?

## What got in my way?

%% Be honest here: overcommitting, too many goals, losing interest or picking the wrong goal are all useful to know. %%

## What did I learn about how I work?

## Given this quarter's lessons, which goals come next?

%% Link the goal notes here: they are the candidates for the next sprint. %%
--- stderr
