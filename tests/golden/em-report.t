$ goals --vault examples/engineering-manager --today 2026-11-22 report
? 0
--- stdout
---
generated-by: goals
generated: 2026-11-22
---
# Goals dashboard

Written by `goals report` as of 2026-11-22. Run it again to bring it up to date; changes made here are replaced.

Now: [[2026-Q4|Q4 2026 career sprint]], 2026-10-01 to 2026-12-31: 5/9 milestones done (56%), 1 overdue.
All sprints: 8/15 milestones done (53%), 4 overdue.

## Needs attention

10 findings in 8 notes; `goals lint` says how to fix each.

- [[2026-11-18]]
  - `unresolved-link` (info, line 9): link \[\[Manager README\]\] matches no note or file in the vault
- [[Build a network of engineering managers]]
  - `stale-goal` (info, line 11): goal "Build a network of engineering managers" was last reviewed 2026-05-01, 205 days ago; goals go stale after 90 days
- [[Finish the Coaching for Engineers course]]
  - `overdue` (warning, line 6): goal "Finish the Coaching for Engineers course" was due 2026-10-31, 22 days ago
- [[Get better at leadership]]
  - `no-deadline` (warning, line 2): goal "Get better at leadership" has no deadline
  - `no-metric` (warning, line 2): goal "Get better at leadership" has no metric: nothing says how you will know it is done
  - `vague-goal` (warning, line 12): goal "Get better at leadership" is vague: it says "Get better" but names no deliverable, number or role
- [[Get promoted to Engineering Manager]]
  - `outside-control` (warning, line 14): goal "Get promoted to Engineering Manager" rests on someone else's decision: "Get promoted"
- [[Give a talk at the internal engineering summit]]
  - `orphan-goal` (warning, line 2): goal "Give a talk at the internal engineering summit" has no parent: nothing ties it to a long-term goal or the vision
- [[2026-W47]]
  - `unanswered-review` (warning, line 17): question "Which tasks and priorities did I change?" has no answer
- [[2026-Q4]]
  - `overdue` (warning, line 33): milestone "Week 4-5: Modules 7-8 and the recorded coaching conversation" of goal "Finish the Coaching for Engineers course" was due 2026-10-31, 22 days ago

## Next review

The weekly review, due 2026-11-29: `goals review --cadence weekly` writes it. The last one: [[2026-W47]].

## Wins since the last review (2026-11-22)

None yet: tick off a milestone with its ✅ date and it shows here.

## Timeline

```mermaid
gantt
    dateFormat YYYY-MM-DD
    axisFormat %Y-%m-%d
    section Q4 2026 career sprint
    Q4 2026 career sprint :active, s1, 2026-10-01, 92d
    Mentor 2 junior engineers :active, s1g1, 2026-10-01, 92d
    Agree mentoring goals with Sam and Lea and book a fortnightly slot :done, milestone, s1g1m1, 2026-10-12, 0d
    Three sessions each and one written growth area per mentee :done, milestone, s1g1m2, 2026-11-20, 0d
    Review both growth plans with the mentees and their managers :milestone, s1g1m3, 2026-12-23, 0d
    Lead the sprint planning cycle for Q1 2027 :active, s1g2, 2026-10-01, 92d
    Shadow Dana through the mid-quarter re-plan :done, milestone, s1g2m1, 2026-10-27, 0d
    Build the capacity model and share a draft plan :milestone, s1g2m2, 2026-11-25, 0d
    Run the Q1 planning session :milestone, s1g2m3, 2026-12-18, 0d
    Finish the Coaching for Engineers course :crit, active, s1g3, 2026-10-01, 92d
    Modules 1-4 :done, milestone, s1g3m1, 2026-10-13, 0d
    Modules 5-6 :done, milestone, s1g3m2, 2026-10-30, 0d
    Modules 7-8 and the recorded coaching conversation :crit, milestone, s1g3m3, 2026-10-31, 0d
```

1 other sprint is left out: `goals report --all` shows every sprint.

## Sprints

### Q4 2026 career sprint

[[2026-Q4]], 2026-Q4, 2026-10-01 to 2026-12-31 (running): 5/9 milestones done (56%), 1 overdue.

| Goal | Milestones | Done | Metric | Deadline |
| --- | ---: | ---: | --- | --- |
| [[Mentor 2 junior engineers]] | 2/3 | 67% | Both mentees have a written growth plan and 6 logged sessions each | 2026-12-31 |
| [[Lead the sprint planning cycle for Q1 2027]] | 1/3 | 33% | Q1 2027 plan agreed by the squad and product in one session | 2026-12-18 |
| [[Finish the Coaching for Engineers course]] | 2/3, 1 overdue | 67% | Course certificate received | 2026-10-31 (overdue) |

### Q3 2026 career sprint

[[2026-Q3]], 2026-Q3, 2026-07-01 to 2026-09-30 (ended): 3/6 milestones done (50%), 3 overdue.

| Goal | Milestones | Done | Metric | Deadline |
| --- | ---: | ---: | --- | --- |
| [[Have a career growth conversation with my manager]] | 3/3 | 100% | A summary Marcus agrees with, naming one leadership opportunity | 2026-07-31 |
| Identify one leadership opportunity on the Payments team | 0/3, 3 overdue | 0% | One named leadership role agreed for Q4 | 2026-09-30 (overdue) |

## Goals

| Goal | Horizon | Status | Milestones | Done | Metric | Deadline |
| --- | --- | --- | ---: | ---: | --- | --- |
| [[Move into engineering management]] | long | active | — | — | Hold an Engineering Manager role with at least 4 direct reports for 6 months | 2028-12-31 |
| [[Build a network of engineering managers]] | medium | active | 1/2 | 50% | A monthly conversation with 3 engineering managers outside my company | 2027-06-30 |
| [[Develop coaching and mentoring skills]] | medium | active | 2/4 | 50% | Two mentees finish a written growth plan and rate the mentoring 4 out of 5 or better, and I hold the coaching course certificate | 2027-06-30 |
| [[Earn promotion to Senior Software Engineer by the March 2026 review cycle]] | medium | done | 4/4 | 100% | Lead 2 cross-functional projects, mentor 1 junior developer and pass the internal system design certification, then meet the senior bar of the leveling rubric | 2026-03-31 |
| [[Get better at leadership]] | medium | active | — | — | — | — |
| [[Get promoted to Engineering Manager]] | medium | active | — | — | Engineering Manager title confirmed in the September 2027 promotion round | 2027-09-30 |
| [[Serve as acting tech lead for two quarters]] | medium | active | 2/5 | 40% | Two full quarters as acting tech lead of the Payments squad, with written feedback from the team and my manager | 2027-06-30 |
| [[Earn the AWS Solutions Architect certification]] | short | dropped | 1/1 | 100% | Pass the AWS Solutions Architect Associate exam | 2026-06-30 |
| [[Finish the Coaching for Engineers course]] | short | active | 2/3 | 67% | Complete all 8 modules and receive the course certificate | 2026-10-31 (overdue) |
| [[Give a talk at the internal engineering summit]] | short | active | 1/3 | 33% | Deliver a 20-minute talk on our incident review process at the December summit | 2026-12-10 |
| [[Have a career growth conversation with my manager]] | short | done | 3/3 | 100% | A written summary of the conversation, agreed with Marcus, that names one leadership opportunity | 2026-07-31 |
| [[Lead the sprint planning cycle for Q1 2027]] | short | active | 1/3 | 33% | The Q1 2027 plan is agreed by the squad and by product in a single planning session | 2026-12-18 |
| [[Mentor 2 junior engineers]] | short | active | 5/7 | 71% | Both mentees have a written growth plan and 6 logged sessions each | 2026-12-31 |
| [[Pass the internal system design certification]] | short | done | 3/3 | 100% | Pass the internal system design certification on the first attempt | 2025-12-15 |
| [[Run the interview loop for two backend hires]] | short | planned | — | — | Act as loop lead for 2 backend hires, with debrief notes signed off by the hiring manager | 2027-03-31 |
| Identify one leadership opportunity on the Payments team | short | active | 0/3 | 0% | One named leadership role agreed for Q4 | 2026-09-30 (overdue) |

## Goal tree

```mermaid
flowchart LR
    n21{{"My north star"}}
    n11("Move into engineering management")
    n0("Build a network of engineering managers (1/2)")
    n1("Develop coaching and mentoring skills (2/4)")
    n2("Earn promotion to Senior Software Engineer by the March 2026 review cycle (4/4)")
    n5("Get better at leadership")
    n6("Get promoted to Engineering Manager")
    n14("Serve as acting tech lead for two quarters (2/5)")
    n3("Earn the AWS Solutions Architect certification (1/1)")
    n4("Finish the Coaching for Engineers course (2/3)")
    n7("Give a talk at the internal engineering summit (1/3)")
    n8("Have a career growth conversation with my manager (3/3)")
    n9("Lead the sprint planning cycle for Q1 2027 (1/3)")
    n10("Mentor 2 junior engineers (5/7)")
    n12("Pass the internal system design certification (3/3)")
    n13("Run the interview loop for two backend hires")
    n22("Identify one leadership opportunity on the Payments team (0/3)")
    n21 --> n11
    n11 --> n0
    n11 --> n1
    n11 --> n2
    n11 --> n5
    n11 --> n6
    n11 --> n14
    n11 --> n3
    n1 --> n4
    n14 --> n8
    n14 --> n9
    n1 --> n10
    n2 --> n12
    n14 --> n13
    n11 --> n22
    classDef done fill:#d3f9d8,stroke:#2b8a3e,color:#1b4332
    classDef dropped fill:#f1f3f5,stroke:#868e96,color:#495057,stroke-dasharray:4 3
    classDef overdue fill:#ffe3e3,stroke:#c92a2a,color:#5c0f0f
    class n2,n8,n12 done
    class n3 dropped
    class n4,n22 overdue
```
