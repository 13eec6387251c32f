$ goals --vault examples/engineering-manager --today 2026-11-22 report
? 0
--- stdout
---
generated-by: goals
generated: 2026-11-22
---
# Goals dashboard

Written by `goals report` as of 2026-11-22. Run it again to bring it up to date; changes made here are replaced.

Now: [Q4 2026 career sprint](Sprints/2026-Q4.md), 2026-10-01 to 2026-12-31: 5/9 milestones done (56%), 1 overdue.
All sprints: 8/15 milestones done (53%), 4 overdue.

## Timeline

```mermaid
gantt
    dateFormat YYYY-MM-DD
    axisFormat %Y-%m-%d
    section Q3 2026 career sprint
    Q3 2026 career sprint :done, s1, 2026-07-01, 92d
    Have a career growth conversation with my manager :done, s1g1, 2026-07-01, 92d
    Write down three questions for Marcus :done, milestone, s1g1m1, 2026-07-10, 0d
    Hold the conversation in our 1#58;1 :done, milestone, s1g1m2, 2026-07-21, 0d
    Send a written summary and get it confirmed :done, milestone, s1g1m3, 2026-07-22, 0d
    Identify one leadership opportunity on the Payments team :crit, s1g2, 2026-07-01, 92d
    List the gaps the team has today (planning, reviews, on-call, onboarding) :crit, milestone, s1g2m1, 2026-07-28, 0d
    Pick one gap and test it by running two design reviews :crit, milestone, s1g2m2, 2026-08-25, 0d
    Agree a concrete role with Marcus before the quarter ends :crit, milestone, s1g2m3, 2026-09-29, 0d
    section Q4 2026 career sprint
    Q4 2026 career sprint :active, s2, 2026-10-01, 92d
    Mentor 2 junior engineers :active, s2g1, 2026-10-01, 92d
    Agree mentoring goals with Sam and Lea and book a fortnightly slot :done, milestone, s2g1m1, 2026-10-12, 0d
    Three sessions each and one written growth area per mentee :done, milestone, s2g1m2, 2026-11-20, 0d
    Review both growth plans with the mentees and their managers :milestone, s2g1m3, 2026-12-23, 0d
    Lead the sprint planning cycle for Q1 2027 :active, s2g2, 2026-10-01, 92d
    Shadow Dana through the mid-quarter re-plan :done, milestone, s2g2m1, 2026-10-27, 0d
    Build the capacity model and share a draft plan :milestone, s2g2m2, 2026-11-25, 0d
    Run the Q1 planning session :milestone, s2g2m3, 2026-12-18, 0d
    Finish the Coaching for Engineers course :crit, active, s2g3, 2026-10-01, 92d
    Modules 1-4 :done, milestone, s2g3m1, 2026-10-13, 0d
    Modules 5-6 :done, milestone, s2g3m2, 2026-10-30, 0d
    Modules 7-8 and the recorded coaching conversation :crit, milestone, s2g3m3, 2026-10-31, 0d
```

## Sprints

### Q4 2026 career sprint

[Sprints/2026-Q4.md](Sprints/2026-Q4.md), 2026-Q4, 2026-10-01 to 2026-12-31 (running): 5/9 milestones done (56%), 1 overdue.

| Goal | Milestones | Done | Metric | Deadline |
| --- | ---: | ---: | --- | --- |
| [Mentor 2 junior engineers](Goals/Mentor%202%20junior%20engineers.md) | 2/3 | 67% | Both mentees have a written growth plan and 6 logged sessions each | 2026-12-31 |
| [Lead the sprint planning cycle for Q1 2027](Goals/Lead%20the%20sprint%20planning%20cycle%20for%20Q1%202027.md) | 1/3 | 33% | Q1 2027 plan agreed by the squad and product in one session | 2026-12-18 |
| [Finish the Coaching for Engineers course](Goals/Finish%20the%20Coaching%20for%20Engineers%20course.md) | 2/3, 1 overdue | 67% | Course certificate received | 2026-10-31 (overdue) |

### Q3 2026 career sprint

[Sprints/2026-Q3.md](Sprints/2026-Q3.md), 2026-Q3, 2026-07-01 to 2026-09-30 (ended): 3/6 milestones done (50%), 3 overdue.

| Goal | Milestones | Done | Metric | Deadline |
| --- | ---: | ---: | --- | --- |
| [Have a career growth conversation with my manager](Goals/Have%20a%20career%20growth%20conversation%20with%20my%20manager.md) | 3/3 | 100% | A summary Marcus agrees with, naming one leadership opportunity | 2026-07-31 |
| Identify one leadership opportunity on the Payments team | 0/3, 3 overdue | 0% | One named leadership role agreed for Q4 | 2026-09-30 (overdue) |

## Goals

| Goal | Horizon | Status | Milestones | Done | Metric | Deadline |
| --- | --- | --- | ---: | ---: | --- | --- |
| [Move into engineering management](Goals/Move%20into%20engineering%20management.md) | long | active | — | — | Hold an Engineering Manager role with at least 4 direct reports for 6 months | 2028-12-31 |
| [Build a network of engineering managers](Goals/Build%20a%20network%20of%20engineering%20managers.md) | medium | active | 1/2 | 50% | A monthly conversation with 3 engineering managers outside my company | 2027-06-30 |
| [Develop coaching and mentoring skills](Goals/Develop%20coaching%20and%20mentoring%20skills.md) | medium | active | 2/4 | 50% | Two mentees finish a written growth plan and rate the mentoring 4 out of 5 or better, and I hold the coaching course certificate | 2027-06-30 |
| [Earn promotion to Senior Software Engineer by the March 2026 review cycle](Goals/Earn%20promotion%20to%20Senior%20Software%20Engineer%20by%20the%20March%202026%20review%20cycle.md) | medium | done | 4/4 | 100% | Lead 2 cross-functional projects, mentor 1 junior developer and pass the internal system design certification, then meet the senior bar of the leveling rubric | 2026-03-31 |
| [Get better at leadership](Goals/Get%20better%20at%20leadership.md) | medium | active | — | — | — | — |
| [Get promoted to Engineering Manager](Goals/Get%20promoted%20to%20Engineering%20Manager.md) | medium | active | — | — | Engineering Manager title confirmed in the September 2027 promotion round | 2027-09-30 |
| [Serve as acting tech lead for two quarters](Goals/Serve%20as%20acting%20tech%20lead%20for%20two%20quarters.md) | medium | active | 2/5 | 40% | Two full quarters as acting tech lead of the Payments squad, with written feedback from the team and my manager | 2027-06-30 |
| [Earn the AWS Solutions Architect certification](Goals/Earn%20the%20AWS%20Solutions%20Architect%20certification.md) | short | dropped | 1/1 | 100% | Pass the AWS Solutions Architect Associate exam | 2026-06-30 |
| [Finish the Coaching for Engineers course](Goals/Finish%20the%20Coaching%20for%20Engineers%20course.md) | short | active | 2/3 | 67% | Complete all 8 modules and receive the course certificate | 2026-10-31 (overdue) |
| [Give a talk at the internal engineering summit](Goals/Give%20a%20talk%20at%20the%20internal%20engineering%20summit.md) | short | active | 1/3 | 33% | Deliver a 20-minute talk on our incident review process at the December summit | 2026-12-10 |
| [Have a career growth conversation with my manager](Goals/Have%20a%20career%20growth%20conversation%20with%20my%20manager.md) | short | done | 3/3 | 100% | A written summary of the conversation, agreed with Marcus, that names one leadership opportunity | 2026-07-31 |
| [Lead the sprint planning cycle for Q1 2027](Goals/Lead%20the%20sprint%20planning%20cycle%20for%20Q1%202027.md) | short | active | 1/3 | 33% | The Q1 2027 plan is agreed by the squad and by product in a single planning session | 2026-12-18 |
| [Mentor 2 junior engineers](Goals/Mentor%202%20junior%20engineers.md) | short | active | 5/7 | 71% | Both mentees have a written growth plan and 6 logged sessions each | 2026-12-31 |
| [Pass the internal system design certification](Goals/Pass%20the%20internal%20system%20design%20certification.md) | short | done | 3/3 | 100% | Pass the internal system design certification on the first attempt | 2025-12-15 |
| [Run the interview loop for two backend hires](Goals/Run%20the%20interview%20loop%20for%20two%20backend%20hires.md) | short | planned | — | — | Act as loop lead for 2 backend hires, with debrief notes signed off by the hiring manager | 2027-03-31 |
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
