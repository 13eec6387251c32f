$ goals --vault examples/product-manager --today 2026-11-22 report
? 0
--- stdout
---
generated-by: goals
generated: 2026-11-22
---
# Goals dashboard

Written by `goals report` as of 2026-11-22. Run it again to bring it up to date; changes made here are replaced.

Now: [[2026-Q4|Q4 2026 career sprint]], 2026-10-01 to 2026-12-31: 5/11 milestones done (45%), 1 overdue.
All sprints: 5/11 milestones done (45%), 1 overdue.

## Needs attention

2 findings in 1 note; `goals lint` says how to fix each.

- [[2026-Q4]]
  - `too-many-goals` (error, line 33): sprint "2026-Q4" holds 4 goals; at most 3 keep a quarter focused
  - `overdue` (warning, line 34): milestone "Week 1-6: Read "Inspired"" of goal "Read two product management books" was due 2026-11-11, 11 days ago

## Next review

The weekly review, due 2026-11-29: `goals review --cadence weekly` writes it. The last one: [[2026-W47]].

## Wins since the last review (2026-11-21)

None yet: tick off a milestone with its ✅ date and it shows here.

## Timeline

```mermaid
gantt
    dateFormat YYYY-MM-DD
    axisFormat %Y-%m-%d
    section Q4 2026 career sprint
    Q4 2026 career sprint :active, s1, 2026-10-01, 92d
    Complete the Google Project Management Certificate :active, s1g1, 2026-10-01, 92d
    Courses 1 and 2 :done, milestone, s1g1m1, 2026-10-17, 0d
    Courses 3 and 4 :done, milestone, s1g1m2, 2026-11-15, 0d
    Courses 5 and 6 :milestone, s1g1m3, 2026-12-20, 0d
    Attend 2 local product management meetups :active, s1g2, 2026-10-01, 92d
    October meetup :done, milestone, s1g2m1, 2026-10-22, 0d
    Coffee with one person I met :done, milestone, s1g2m2, 2026-11-05, 0d
    December meetup :milestone, s1g2m3, 2026-12-10, 0d
    Lead a small internal project :active, s1g3, 2026-10-01, 92d
    Spec agreed with the support lead :done, milestone, s1g3m1, 2026-10-16, 0d
    Build and test with two engineers :milestone, s1g3m2, 2026-12-04, 0d
    Ship, then run the retro :milestone, s1g3m3, 2026-12-18, 0d
    Read two product management books :crit, active, s1g4, 2026-10-01, 92d
    Read #quot;Inspired#quot; :crit, milestone, s1g4m1, 2026-11-11, 0d
    Read #quot;Continuous Discovery Habits#quot; :milestone, s1g4m2, 2026-12-23, 0d
```

## Sprints

### Q4 2026 career sprint

[[2026-Q4]], 2026-Q4, 2026-10-01 to 2026-12-31 (running): 5/11 milestones done (45%), 1 overdue.

| Goal | Milestones | Done | Metric | Deadline |
| --- | ---: | ---: | --- | --- |
| [[Complete the Google Project Management Certificate]] | 2/3 | 67% | Certificate issued | 2026-12-20 |
| [[Attend 2 local product management meetups]] | 2/3 | 67% | 2 meetups attended, 2 follow-up conversations | 2026-12-31 |
| [[Lead a small internal project]] | 1/3 | 33% | Feedback form live and retro notes shared | 2026-12-18 |
| Read two product management books | 0/2, 1 overdue | 0% | A one-page summary of each | 2026-12-31 |

## Goals

| Goal | Horizon | Status | Milestones | Done | Metric | Deadline |
| --- | --- | --- | ---: | ---: | --- | --- |
| [[Become a product manager at a mid-size tech company]] | long | active | — | — | Hired as a Product Manager (not associate) at a company of 200-2000 people | 2029-06-30 |
| [[Attend 2 local product management meetups]] | short | active | 4/6 | 67% | Attend 2 PM meetups and follow up with at least 1 person from each | 2026-12-31 |
| [[Complete the Google Project Management Certificate]] | short | active | 6/9 | 67% | All 6 courses passed and the certificate added to my resume and LinkedIn | 2026-12-20 |
| [[Lead a small internal project]] | short | active | 2/6 | 33% | Ship the in-app feedback form with 2 engineers, write the one-page spec, and run the retro | 2026-12-18 |
| Read two product management books | short | active | 0/2 | 0% | A one-page summary of each | 2026-12-31 |

## Goal tree

```mermaid
flowchart LR
    n6{{"Where I want to be"}}
    n1("Become a product manager at a mid-size tech company")
    n0("Attend 2 local product management meetups (4/6)")
    n2("Complete the Google Project Management Certificate (6/9)")
    n3("Lead a small internal project (2/6)")
    n7("Read two product management books (0/2)")
    n6 --> n1
    n1 --> n0
    n1 --> n2
    n1 --> n3
    n1 --> n7
    classDef done fill:#d3f9d8,stroke:#2b8a3e,color:#1b4332
    classDef dropped fill:#f1f3f5,stroke:#868e96,color:#495057,stroke-dasharray:4 3
    classDef overdue fill:#ffe3e3,stroke:#c92a2a,color:#5c0f0f
```
